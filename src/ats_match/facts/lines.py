"""What every reading of a resume's lines needs: the text without icons and bullets, a
line cut into its parts ("Title | Employer | City"), the lines that are section headings,
and which lines sit to the right of another on the same row of a PDF page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..reading import Line, ResumeDocument

# Icons fonts and emoji put before contact details, and pdfminer's unmapped glyphs.
_ICONS = re.compile(r"[\ue000-\uf8ff\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d\u25aa\u25cf\u2022]|\(cid:\d+\)")
BULLET = re.compile(r"^\s*(?:[-–—•·▪●○◦►▸✓✔➢➤❖*+>]|\d{1,2}[.)]|[a-z][.)])\s+|^\s*[•·▪●○◦►▸✓✔➢➤❖]")
# What parts a line: pipes, spaced dashes and dots, commas, semicolons, colons, tabs.
_SEPARATOR = re.compile(r"\s*\|\s*|\s+[–—•·-]+\s+|\s*[,;]\s+|:\s+|\t+|\s{3,}")
# Organisation suffixes that follow a comma and belong to the name before it.
_SUFFIX = re.compile(
    r"^(?:inc|llc|ltd|limited|corp|co|gmbh|ag|s\.?a|plc|pvt|pty|lp|llp|ltda|s/a|s\.?a\.?s|b\.?v|n\.?v)\.?$", re.I
)


_DANGLING_WORD = re.compile(r"\s+(?:at|in|for|of|and|&|with|@)$", re.I)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """Text without icons, with runs of spaces made one."""
    return _SPACES.sub(" ", _ICONS.sub(" ", text)).strip()


def is_bullet(text: str) -> bool:
    return bool(BULLET.match(text))


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text, count=1).strip()


def split_parts(text: str) -> list[tuple[str, str]]:
    """A line's parts with the separator before each, outside brackets:
    "Engineer, Acme (Paris, FR) | 2020" -> [("", "Engineer"), (", ", "Acme (Paris, FR)"), (" | ", "2020")].
    "Inc." after a comma stays with its name."""
    masked = re.sub(r"\([^()]*\)", lambda m: "\0" * len(m.group()), text)
    out: list[tuple[str, str]] = []
    start, sep = 0, ""
    for match in _SEPARATOR.finditer(masked):
        out.append((sep, text[start : match.start()]))
        sep, start = match.group(), match.end()
    out.append((sep, text[start:]))
    return merge_suffixes([(sep, trim(part)) for sep, part in out if trim(part)])


def trim(part: str) -> str:
    """A part without the separators and the unmatched brackets at its ends."""
    part = part.strip(" -–—|,;:")
    if part.endswith(")") and part.count(")") > part.count("("):
        part = part[:-1].strip()
    if part.startswith("(") and part.count("(") > part.count(")"):
        part = part[1:].strip()
    part = _DANGLING_WORD.sub("", part).strip(" -–—|,;:")
    return part[1:-1].strip() if part.startswith("(") and part.endswith(")") and part.count("(") == 1 else part


def merge_suffixes(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Acme", "Inc." -> "Acme, Inc.": a legal form after a comma stays with its name."""
    merged: list[tuple[str, str]] = []
    for sep, part in parts:
        if merged and _SUFFIX.match(part) and "," in sep and part != "CO":  # Colorado, not "Co."
            merged[-1] = (merged[-1][0], f"{merged[-1][1]}, {part}")
        else:
            merged.append((sep, part))
    return merged


def heading_numbers(document: ResumeDocument) -> frozenset[int]:
    """The numbers of the lines that open a section."""
    return frozenset(s.first_line for s in document.sections if s.heading)


_last_visible: tuple = (None, ())  # (the lines tuple last asked about, its visible lines)


def visible(lines: Sequence[Line]) -> list[Line]:
    """The lines a person sees. Every reader asks for the same document's lines in turn, so
    the answer for the last tuple asked about is kept: matched by identity (never a stale
    answer) and swapped as one tuple (safe when threads parse at once)."""
    global _last_visible
    key, found = _last_visible
    if key is not lines:
        found = tuple(line for line in lines if not line.hidden and line.text.strip())
        _last_visible = (lines, found)
    return list(found)


def right_fragments(lines: Sequence[Line]) -> frozenset[int]:
    """Lines that sit right of another line on the same row of a page (a date or a city in
    a right-hand column): the reader gives them their own line."""
    found = set()
    boxed = sorted((ln for ln in lines if ln.bbox), key=lambda ln: (ln.page, ln.bbox[1]))
    for i, line in enumerate(boxed):
        for other in boxed[max(0, i - 3) : i + 4]:
            if (
                other is not line
                and other.page == line.page
                and abs(other.bbox[1] - line.bbox[1]) < 3
                and line.bbox[0] > other.bbox[2]
            ):
                found.add(line.number)
                break
    return frozenset(found)


def left_edges(lines: Sequence[Line]) -> dict[tuple[int, int], float]:
    """The left edge of the text per page and column: a line indented from it continues a
    bullet or a paragraph."""
    edges: dict[tuple[int, int], float] = {}
    for line in lines:
        if line.bbox:
            key = (line.page, line.column)
            edges[key] = min(edges.get(key, line.bbox[0]), line.bbox[0])
    return edges


def line_of(document: ResumeDocument, page: int, label: str) -> int | None:
    """The line on a page that shows a hyperlink's label (None for an icon or no label)."""
    key = clean(label).lower()
    if len(key) < 3:
        return None
    return next((ln.number for ln in document.lines if ln.page == page and key in ln.text.lower()), None)


def outdented(lines: Sequence[Line], heading: Line | None) -> int | None:
    """The index of the first line set back to the heading's left edge after indented items:
    a sub-heading the reader did not know ("Presentation" after "Certificates"), where the
    section's own list ends."""
    if heading is None or heading.bbox is None:
        return None
    boxed = [ln for ln in lines if ln.bbox and ln.page == heading.page and ln.column == heading.column]
    if not boxed or min(ln.bbox[0] for ln in boxed[:3]) < heading.bbox[0] + 6:
        return None
    for i, line in enumerate(lines):
        if line.bbox and line.column == heading.column and line.bbox[0] < heading.bbox[0] + 2:
            return i
    return None
