"""PDF to ResumeDocument. pdfplumber gives words with font, size and colour; pdf_layout
puts them in reading order; this module adds what the ATS checks need on the side
(hidden text, links, tables, fonts) and turns every parser failure into a ResumeError."""

from __future__ import annotations

import io
import logging
import re
import threading
import warnings
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from statistics import median
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage

from .documents import HiddenText, LayoutFacts, Line, Link, PageFacts, ResumeDocument
from .errors import CorruptFileError, EncryptedFileError, LimitExceededError, NoTextLayerError, ResumeError
from .links import text_links, unique_links
from .pdf_layout import WORD_GAP, TableBox, Word, hidden_reason, layout_page, mark_running_lines
from .reading import Limits, build_document
from .safety import Deadline, check_pdf

MIN_TEXT_CHARS = 20  # visible non-space characters below which a page counts as having no text layer
_BOLD = re.compile(r"bold|black|heavy|demi|cmbx|cmssbx|sfbx", re.I)
_SUBSET = re.compile(r"^[A-Z]{6}\+")

_ENCRYPTED = "is password-protected; save an unprotected copy and try again"
_CORRUPT = "is not a readable PDF (damaged or truncated); export it again"
_NO_TEXT = "has no text layer (a scan or an image); export it with text or run OCR first"


def read_pdf(data: bytes, source: str, limits: Limits) -> ResumeDocument:
    """Read a PDF resume. Raises a ResumeError subclass naming `source` on any failure;
    pdfminer's warnings go into LayoutFacts.warnings, never to the terminal."""
    with _NOISE.capture() as noise:
        try:
            deadline = Deadline(limits.timeout_seconds, source)  # safety.py: bombs, loops, time
            check_pdf(data, source, limits, deadline)
            return _read(data, source, limits, noise, deadline)
        except ResumeError:
            raise
        except Exception as exc:  # the parser's errors are many and undocumented
            raise _as_resume_error(exc, source) from None


def check_page_count(count: int, limits: Limits, source: str) -> None:
    """Both engines refuse a PDF with no pages or more than limits.max_pages, in these words."""
    if count > limits.max_pages:
        raise LimitExceededError(
            f"has more than {limits.max_pages} pages; a resume should be one or two", source=source
        )
    if count == 0:
        raise CorruptFileError("has no pages; export it again", source=source)


def _read(data: bytes, source: str, limits: Limits, noise: list[str], deadline: Deadline) -> ResumeDocument:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        check_page_count(sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), limits.max_pages + 1)), limits, source)
        pages = []
        for number, page in enumerate(pdf.pages, start=1):
            deadline.check()  # safety.py: the time limit, between pages
            pages.append(_read_page(page, number))
    return document_from_pages(pages, source, len(data), noise)


def document_from_pages(
    pages: Sequence[_Page], source: str, file_size: int, warnings: Sequence[str] = ()
) -> ResumeDocument:
    """The pages of either engine (this one or pdf_pdfium) as one document: running
    headers and footers, layout facts, links and sections."""
    if not any(p.facts.has_text_layer for p in pages):
        raise NoTextLayerError(_NO_TEXT, source=source)
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


@dataclass(frozen=True)
class _Page:
    """What one page gives: lines in reading order, facts, visible words, link boxes."""

    lines: tuple[Line, ...]
    facts: PageFacts
    words: list[Word]
    annots: list[tuple[float, Link]]
    hidden_text: tuple[HiddenText, ...]


def _read_page(page: Any, number: int) -> _Page:
    words = _words_from_pdfplumber(page)
    tables, table_count = _tables(page, words)
    layout = layout_page(words, float(page.width), float(page.height), number, tables)
    chars = sum(len(w.text) for w in words if not w.hidden)
    facts = PageFacts(
        number=number,
        width=round(float(page.width), 2),
        height=round(float(page.height), 2),
        columns=layout.columns,
        chars=chars,
        has_text_layer=chars >= MIN_TEXT_CHARS,
        images=len(page.images),
        tables=table_count,
    )
    annots = _annotation_links(page, words, number)
    page.close()  # drop pdfplumber's per-page caches: a long resume stays small in memory
    return _Page(layout.lines, facts, [w for w in words if not w.hidden], annots, layout.hidden_text)


# ---------------------------------------------------------------------------- words


def _words_from_pdfplumber(page: Any) -> list[Word]:
    """The page's words with font, size, boldness and why they are hidden, in page
    coordinates (origin at the top-left of the media box). The one place that knows
    pdfplumber's word dicts; another engine would provide the same list."""
    raw = page.extract_words(
        extra_attrs=["fontname", "size", "non_stroking_color"],
        keep_blank_chars=False,
        use_text_flow=False,
        x_tolerance_ratio=WORD_GAP,  # pdfplumber's 3 points glue LaTeX words together
    )
    left, top = float(page.bbox[0]), float(page.bbox[1])
    crop = page.cropbox  # what a viewer shows; text outside it is never seen
    visible = (crop[0] - left, crop[1] - top, crop[2] - left, crop[3] - top)
    fills: list[tuple[float, float, float, float, bool]] | None = None
    words = []
    for w in raw:
        font = _SUBSET.sub("", w.get("fontname") or "")
        word = Word(
            text=w["text"],
            x0=float(w["x0"]) - left,
            top=float(w["top"]) - top,
            x1=float(w["x1"]) - left,
            bottom=float(w["bottom"]) - top,
            font=font,
            size=round(float(w.get("size") or 0.0), 2),
            bold=bool(_BOLD.search(font)),
        )
        white = _is_white(w.get("non_stroking_color"))
        if white:
            fills = _fills(page, left, top) if fills is None else fills
            white = not _on_colour(word, fills)
        reason = hidden_reason(word, visible, white=white)
        words.append(replace(word, hidden=reason) if reason else word)
    return words


def _is_white(colour: Any) -> bool:
    """Gray or RGB close to 1, or CMYK close to 0: white ink."""
    if not isinstance(colour, (tuple, list)) or not colour:
        return False
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return False
    if len(values) == 4:
        return all(v <= 0.05 for v in values)
    return len(values) in (1, 3) and all(v >= 0.95 for v in values)


def _fills(page: Any, left: float, top: float) -> list[tuple[float, float, float, float, bool]]:
    """Filled shapes and images in drawing order, each with whether it is white."""
    out = []
    for shape in list(page.rects) + list(page.curves):
        if shape.get("fill"):
            colour = shape.get("non_stroking_color")
            out.append(
                (shape["x0"] - left, shape["top"] - top, shape["x1"] - left, shape["bottom"] - top, _is_white(colour))
            )
    for image in page.images:
        out.append((image["x0"] - left, image["top"] - top, image["x1"] - left, image["bottom"] - top, False))
    return out


def _on_colour(word: Word, fills: list[tuple[float, float, float, float, bool]]) -> bool:
    """Whether the last shape drawn under the word's centre is not white (white text on
    a coloured sidebar is visible)."""
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    under = [white for x0, t, x1, b, white in fills if x0 <= cx <= x1 and t <= cy <= b]
    return bool(under) and not under[-1]


# ---------------------------------------------------------------------------- tables, links, fonts


def _tables(page: Any, words: Sequence[Word]) -> tuple[list[TableBox], int]:
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


def _annotation_links(page: Any, words: Sequence[Word], number: int) -> list[tuple[float, Link]]:
    """Link annotations with the words they cover, keyed by their top for ordering."""
    left, top = float(page.bbox[0]), float(page.bbox[1])
    out = []
    for annot in page.hyperlinks:
        uri = annot.get("uri")
        if not uri:
            continue
        x0, t, x1, b = annot["x0"] - left, annot["top"] - top, annot["x1"] - left, annot["bottom"] - top
        covered = [
            w.text
            for w in words
            if not w.hidden and x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and t - 1 <= (w.top + w.bottom) / 2 <= b + 1
        ]
        out.append((t, Link(str(uri).strip(), " ".join(covered), number)))
    return out


def _links(pages: Sequence[_Page], lines: Sequence[Line]) -> tuple[Link, ...]:
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
    counts: dict[tuple[str, float], int] = {}
    for w in words:
        key = (w.font, round(w.size, 1))
        counts[key] = counts.get(key, 0) + len(w.text)
    return tuple(sorted(((f, s, n) for (f, s), n in counts.items()), key=lambda x: (-x[2], x[0], x[1])))


# ---------------------------------------------------------------------------- failures and noise


def _as_resume_error(exc: Exception, source: str) -> ResumeError:
    """A parser exception (pdfplumber wraps pdfminer's) as the ResumeError a user can act on."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
        return EncryptedFileError(_ENCRYPTED, source=source)
    return CorruptFileError(_CORRUPT, source=source)


class _NoiseRouter(logging.Handler):
    """While any read runs, pdfminer's log records and Python warnings go to the list of
    the read running in the same thread, not to the terminal. Reads may run in threads:
    the loggers and warning hooks are set up by the first read and undone by the last
    (entering warnings.catch_warnings once per read would undo each other)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.local = threading.local()
        self.lock = threading.Lock()
        self.readers = 0
        self.propagate: dict[str, bool] = {}
        self.catcher: warnings.catch_warnings | None = None
        self.fallback = warnings.showwarning

    @contextmanager
    def capture(self) -> Iterator[list[str]]:
        """The messages of one read, in order."""
        sink: list[str] = []
        with self.lock:
            if self.readers == 0:
                self._install()
            self.readers += 1
        self.local.sink = sink
        try:
            yield sink
        finally:
            self.local.sink = None
            with self.lock:
                self.readers -= 1
                if self.readers == 0:
                    self._uninstall()

    def emit(self, record: logging.LogRecord) -> None:
        self._keep(record.getMessage())

    def showwarning(
        self,
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: Any = None,
        line: str | None = None,
    ) -> None:
        if not self._keep(str(message)):  # a warning from a thread that is not reading
            self.fallback(message, category, filename, lineno, file, line)

    def _keep(self, text: str) -> bool:
        sink = getattr(self.local, "sink", None)
        if sink is not None:
            sink.append(text)
        return sink is not None

    def _install(self) -> None:
        for name in _NOISY:
            logger = logging.getLogger(name)
            self.propagate[name] = logger.propagate
            logger.propagate = False
            logger.addHandler(self)
        self.catcher = warnings.catch_warnings()
        self.catcher.__enter__()
        warnings.simplefilter("always")
        self.fallback, warnings.showwarning = warnings.showwarning, self.showwarning

    def _uninstall(self) -> None:
        if self.catcher is not None:
            self.catcher.__exit__(None, None, None)
            self.catcher = None
        for name in _NOISY:
            logger = logging.getLogger(name)
            logger.removeHandler(self)
            logger.propagate = self.propagate.pop(name, True)


_NOISY = ("pdfminer", "pdfplumber")
_NOISE = _NoiseRouter()
