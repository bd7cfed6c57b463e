"""Links found in a resume: hyperlinks the reader saw, and addresses written in the text
(emails, URLs, linkedin.com/in/..., github.com/...), one per address. Shared by every reader."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .document import Line, Link

URL = re.compile(  # (?<!...): an address starts where its run of characters starts (linear on a long word)
    r"(?<![\w.+-])(?:mailto:)?[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|https?://[^\s)>\]|]+"
    r"|(?:www\.)?(?:linkedin\.com|github\.com|gitlab\.com)/[^\s)>\]|,;]+"
)
_KEY_PREFIX = re.compile(r"(?i)^(?:https?://|mailto:)?(?:www\.)?")
SAFE_SCHEMES = re.compile(r"(?i)^(?:https?://|mailto:|tel:)")  # never file:// paths of the author's machine


def link_key(url: str) -> str:
    """The same address however it is written: scheme, www. and a trailing slash aside."""
    return _KEY_PREFIX.sub("", url.strip()).rstrip("/").lower()


def full_url(written: str) -> str:
    """An address as written in text, made clickable: "jo@x.io" -> "mailto:jo@x.io"."""
    if "://" in written or written.startswith("mailto:"):
        return written
    return f"mailto:{written}" if "@" in written and "/" not in written else f"https://{written}"


def text_links(lines: Iterable[Line]) -> list[Link]:
    """Addresses written in the visible lines, in reading order."""
    return [
        Link(full_url(url.rstrip(".")), url.rstrip("."), line.page)
        for line in lines
        if not line.hidden and _may_hold_address(line.text)
        for url in URL.findall(line.text)
    ]


def _may_hold_address(text: str) -> bool:
    """Every address URL finds has one of these; most lines have none."""
    return "@" in text or "://" in text or ".com/" in text


def unique_links(links: Iterable[Link]) -> tuple[Link, ...]:
    """Each address once, the first occurrence kept."""
    seen: set[str] = set()
    out = []
    for link in links:
        key = link_key(link.url)
        if key not in seen:
            seen.add(key)
            out.append(link)
    return tuple(out)
