"""Profile links: LinkedIn, GitHub and a portfolio site, written out or behind a word such
as "LinkedIn" (a hyperlink the reader kept with its label), one of each kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..reading import Line, ResumeDocument
from .lines import clean, line_of
from .model import At, Link

_URL = re.compile(
    r"(?:https?://|www\.)[^\s|,;)<>\]]+"
    r"|(?<![@\w.])(?:[\w-]+\.)+(?:com|io|dev|me|net|org|ai|app|site|tech|page|co|xyz|info|blog)(?:/[^\s|,;)<>\]]*)?(?![\w@])",
    re.I,
)
# "GitHub: @jdoe", "Github:// deedydas", "LinkedIn: /in/jdoe": a handle after a site's name
_HANDLE = re.compile(r"\b(?P<site>github|linkedin)\s*:\s*(?://\s*)?(?:/?in/|@)?\s*(?P<handle>[\w-]{2,39})\b", re.I)
# Hosts that are never a person's own site.
_NOT_PORTFOLIO = re.compile(
    r"(?:^|\.)(?:linkedin|github|gitlab|twitter|x|facebook|fb|instagram|youtube|medium|stackoverflow|doi|wikipedia"
    r"|google|example|email|gmail|yahoo|outlook|hotmail|linkedon)\.\w+$|^(?:doi\.org|wa\.me)$",
    re.I,
)
_PORTFOLIO_LABEL = re.compile(r"\b(?:portfolio|website|web|homepage|home page|site|blog|personal)\b", re.I)


def _full(url: str) -> str:
    url = url.rstrip(".,;:)/")
    return url if "://" in url else f"https://{url}"


def _host(url: str) -> str:
    try:
        return urlsplit(_full(url)).netloc.lower().removeprefix("www.")
    except ValueError:  # "http://[oops" is no address: urllib refuses its brackets
        return ""


def _path_parts(url: str) -> list[str]:
    try:
        return [p for p in urlsplit(_full(url)).path.split("/") if p]
    except ValueError:
        return []


def kind_of(url: str, label: str = "") -> str | None:
    """linkedin | github | portfolio | None, from the address (and a portfolio's label)."""
    host = _host(url)
    if not host:
        return None
    path = _path_parts(url)
    if host.endswith("linkedin.com"):
        return "linkedin" if path[:1] in (["in"], ["pub"]) and len(path) >= 2 else None
    if host == "github.com":
        return "github" if path else None
    if host.endswith("github.io"):
        return "portfolio"
    if "." not in host or _NOT_PORTFOLIO.search(host) or url.lower().startswith(("mailto:", "tel:")):
        return None
    return "portfolio" if path[:1] in ([],) or _PORTFOLIO_LABEL.search(label) or len(path) <= 1 else None


def read_links(document: ResumeDocument, lines: Sequence[Line]) -> tuple[Link, ...]:
    """One link of each kind: written on a contact line, else behind a hyperlink there or on
    page 1, else a handle after the site's name ("GitHub: @jdoe")."""
    found: dict[str, Link] = {}
    numbers = {line.number for line in lines}
    for line in lines:
        text = clean(line.text)
        for match in _URL.finditer(text):
            if "@" in text[max(0, match.start() - 1) : match.start()]:
                continue
            url = _full(match.group())
            label = text[max(0, match.start() - 12) : match.start()]
            kind = kind_of(url, label)
            if kind and kind not in found:
                found[kind] = Link(kind, url, match.group().rstrip(".,;:"), At(line.page, line.number))
    for link in document.links:
        kind = kind_of(link.url, link.text)
        number = line_of(document, link.page, link.text)
        on_contact = number in numbers or (number is None and link.page == 1)
        if kind and kind not in found and (on_contact or kind != "portfolio"):
            if kind == "github" and len(_path_parts(link.url)) > 1 and not on_contact:
                continue  # a repository linked from a project, not the profile
            found[kind] = Link(kind, link.url.rstrip("/"), link.text.strip(), At(link.page, number))
    for line in lines:
        for match in _HANDLE.finditer(clean(line.text)):
            kind = match["site"].lower()
            if kind not in found and match["handle"].lower() not in ("http", "https", "www"):
                path = f"in/{match['handle']}" if kind == "linkedin" else match["handle"]
                url = f"https://{'www.linkedin.com' if kind == 'linkedin' else 'github.com'}/{path}"
                found[kind] = Link(kind, url, match.group(), At(line.page, line.number))
    order = ("linkedin", "github", "portfolio")
    return tuple(found[k] for k in order if k in found)
