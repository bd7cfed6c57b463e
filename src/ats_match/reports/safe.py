"""Untrusted text on its way out. Resume lines, file names, posting titles and the evidence
quoted from them reach a terminal, a spreadsheet and Markdown; none of them may act there.

- `visible(text)`: control characters (C0, DEL, C1: escape sequences that set a window
  title, clear the screen or write the clipboard; a newline that forges a second error
  line) and bidi overrides and isolates (which reorder what is shown) become visible
  escapes such as `\\x1b` and `\\u202e`.
- `cell(value)`: a rich `Text` of the visible text, so that `[bold]` or `[/]` in a resume
  is shown as written, never read as rich markup (no live `[link=...]` either).
- `csv_cell(value)`: a spreadsheet cell that cannot start a formula (OWASP: a leading
  `=`, `+`, `-`, `@`, tab or carriage return gets a `'` in front).
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls (but not the tab, shown as a space), DEL, C1 controls, and the bidi
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_BLOCK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # tabs, newlines kept
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(value: object, *, one_line: bool = True) -> str:
    """The text with every control and bidi override shown as an escape, on one line (or
    keeping its line breaks and tabs, for HTML, where they do nothing)."""
    text = "" if value is None else str(value)
    if one_line:
        return _UNSAFE.sub(_escape, text).replace("\t", " ")
    return _UNSAFE_IN_BLOCK.sub(_escape, text)


def cell(value: object, style: str = "") -> Text:
    """A terminal cell: visible text, never markup."""
    return Text(visible(value), style=style)


def csv_cell(value: object) -> object:
    """A CSV value a spreadsheet shows as text: numbers stay numbers."""
    if not isinstance(value, str):
        return value
    text = visible(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
