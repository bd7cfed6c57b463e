"""Text helpers every part of posting reading shares: markup and URLs to drop, what a word
is, and ids from names."""

from __future__ import annotations

import re
import unicodedata

MARKUP = re.compile(r"[*_`#>]+")
URL_IN_PARENS = re.compile(r"\(?\s*(?:https?://|www\.)\S+?\s*\)?(?=\s|$)")
TOKEN = r"(?u)\b[a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*\b"


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
