"""The page model both PDF engines hand over (pdfplumber in plumber.py, PDFium in
pdfium.py), and what turns their pages into one ResumeDocument: running headers and
footers, layout facts, links, fonts. What both engines share lives here, so neither
reaches into the other."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from statistics import median
from typing import Any

import numpy as np

from ...errors import CorruptFileError, LimitExceededError, NoTextLayerError
from ..build import build_document
from ..document import HiddenText, LayoutFacts, Line, Link, PageFacts, ResumeDocument
from ..limits import Limits
from ..links import text_links, unique_links
from .layout import mark_running_lines
from .rows import TableBox, Word

MIN_TEXT_CHARS = 20  # visible non-space characters below which a page counts as having no text layer
BOLD_FONT = re.compile(r"bold|black|heavy|demi|cmbx|cmssbx|sfbx", re.I)
SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")

ENCRYPTED = "is password-protected; save an unprotected copy and try again"
CORRUPT = "is not a readable PDF (damaged or truncated); export it again"
NO_TEXT = "has no text layer (a scan or an image); export it with text or run OCR first"


@dataclass(frozen=True)
class PdfPage:
    """What one page gives: lines in reading order, facts, visible words, link boxes."""

    lines: tuple[Line, ...]
    facts: PageFacts
    words: list[Word]
    annots: list[tuple[float, Link]]
    hidden_text: tuple[HiddenText, ...]


def check_page_count(count: int, limits: Limits, source: str) -> None:
    """Both engines refuse a PDF with no pages or more than limits.max_pages, in these words."""
    if count > limits.max_pages:
        raise LimitExceededError(
            f"has more than {limits.max_pages} pages; a resume should be one or two", source=source
        )
    if count == 0:
        raise CorruptFileError("has no pages; export it again", source=source)


def document_from_pages(
    pages: Sequence[PdfPage], source: str, file_size: int, warnings: Sequence[str] = ()
) -> ResumeDocument:
    """The pages of either engine (plumber.py or pdfium.py) as one document: running
    headers and footers, layout facts, links and sections."""
    if not any(p.facts.has_text_layer for p in pages):
        raise NoTextLayerError(NO_TEXT, source=source)
    marked = mark_running_lines([p.lines for p in pages], [p.facts.height for p in pages])
    lines = [line for page_lines in marked for line in page_lines]
    layout = LayoutFacts(
        pages=tuple(p.facts for p in pages),
        tables=sum(p.facts.tables for p in pages),
        images=sum(p.facts.images for p in pages),
        header_footer_lines=sum(1 for ln in lines if ln.region in ("header", "footer") and not ln.hidden),
        fonts=_font_table(w for p in pages for w in p.words),
        hidden_text=tuple(h for p in pages for h in p.hidden_text),
        file_size=file_size,
        warnings=tuple(dict.fromkeys(warnings)),
    )
    return build_document(source, "pdf", lines, _links(pages, lines), layout)


def on_colour(word: Word, fills: list[tuple[float, float, float, float, bool]]) -> bool:
    """Whether the last shape drawn under the word's centre is not white (white text on
    a coloured sidebar is visible)."""
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    under = [white for x0, t, x1, b, white in fills if x0 <= cx <= x1 and t <= cy <= b]
    return bool(under) and not under[-1]


# ---------------------------------------------------------------------------- tables, links, fonts


def ruled_tables(page: Any, words: Sequence[Word]) -> tuple[list[TableBox], int]:
    """Ruled tables that hold text in short cells (counted), and those of them whose
    words keep within their cells (read as "a | b"). A grid of a few big cells is page
    layout (a coloured sidebar), and a grid drawn behind running text (Word's shaded
    layouts) is counted but not split at its borders. find_tables costs about 1% of
    word extraction, the page's objects being parsed already."""
    left, top = float(page.bbox[0]), float(page.bbox[1])
    boxes, count = [], 0
    for table in page.find_tables():
        if len(table.rows) < 2 or len(table.columns) < 2:
            continue
        x0, t, x1, b = table.bbox
        bbox = (x0 - left, t - top, x1 - left, b - top)
        inside = [w for w in words if not w.hidden and _centre_in(w, bbox)]
        xs = sorted({c[0] - left for c in table.cells})
        ys = sorted({c[1] - top for c in table.cells})
        if not inside or _lines_per_cell(inside, xs, ys) > 3:
            continue
        count += 1
        edges = xs[1:]
        straddling = sum(1 for w in inside if any(w.x0 + 1 < e < w.x1 - 1 for e in edges))
        if straddling <= 0.1 * len(inside):
            boxes.append(TableBox(bbox, tuple(edges)))
    return boxes, count


def _centre_in(word: Word, bbox: tuple[float, float, float, float]) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def _lines_per_cell(words: Sequence[Word], xs: list[float], ys: list[float]) -> float:
    """Median number of text lines in the non-empty cells of a grid."""
    lines: dict[tuple[int, int], set[int]] = {}
    for w in words:
        cell = (bisect_right(xs, (w.x0 + w.x1) / 2), bisect_right(ys, (w.top + w.bottom) / 2))
        lines.setdefault(cell, set()).add(round(w.bottom))
    return median(len(tops) for tops in lines.values())


def annotation_links(page: Any, words: Sequence[Word], number: int) -> list[tuple[float, Link]]:
    """Link annotations with the words they cover, keyed by their top for ordering."""
    left, top = float(page.bbox[0]), float(page.bbox[1])
    out = []
    texts: list[str] = []
    cx = cy = np.empty(0)  # the centres of the visible words, once there is a link
    for annot in page.hyperlinks:
        uri = annot.get("uri")
        if not uri:
            continue
        if not texts:
            visible = [w for w in words if not w.hidden]
            texts = [w.text for w in visible]
            x0s, tops, x1s, bottoms = (
                np.array([(w.x0, w.top, w.x1, w.bottom) for w in visible], dtype=float).reshape(-1, 4).T
            )
            cx, cy = (x0s + x1s) / 2, (tops + bottoms) / 2
        x0, t, x1, b = annot["x0"] - left, annot["top"] - top, annot["x1"] - left, annot["bottom"] - top
        inside = (x0 - 1 <= cx) & (cx <= x1 + 1) & (t - 1 <= cy) & (cy <= b + 1)
        covered = [texts[i] for i in np.flatnonzero(inside).tolist()]
        out.append((t, Link(str(uri).strip(), " ".join(covered), number)))
    return out


def _links(pages: Sequence[PdfPage], lines: Sequence[Line]) -> tuple[Link, ...]:
    """Link annotations and URLs written in the visible text, in page and reading
    order, each once (compared without scheme, "www." and a trailing slash)."""
    found: list[tuple[int, float, int, Link]] = []
    for page in pages:
        found += [(page.facts.number, t, 0, link) for t, link in page.annots]
    visible = [line for line in lines if not line.hidden]
    for line, link in zip(visible, (text_links([line]) for line in visible), strict=True):
        found += [(line.page, line.bbox[1] if line.bbox else 0.0, 1, one) for one in link]
    return unique_links(link for *_, link in sorted(found, key=lambda f: f[:3]))


def _font_table(words: Iterator[Word]) -> tuple[tuple[str, float, int], ...]:
    exact: dict[tuple[str, float], int] = {}  # summed before rounding: a page has few distinct sizes
    for w in words:
        key = (w.font, w.size)
        exact[key] = exact.get(key, 0) + len(w.text)
    counts: dict[tuple[str, float], int] = {}
    for (font, size), chars in exact.items():
        key = (font, round(size, 1))
        counts[key] = counts.get(key, 0) + chars
    return tuple(sorted(((f, s, n) for (f, s), n in counts.items()), key=lambda x: (-x[2], x[0], x[1])))
