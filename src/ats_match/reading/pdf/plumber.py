"""The pdfplumber engine: pdfplumber gives words with font, size and colour, layout.py puts
them in reading order, page.py makes the pages one document (hidden text, links, tables,
fonts). Every parser failure becomes a ResumeError; pdfminer's noise goes to the read's
warnings (noise.py)."""

from __future__ import annotations

import io
from itertools import islice
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage

from ...errors import CorruptFileError, EncryptedFileError, ResumeError
from ..document import PageFacts, ResumeDocument
from ..limits import Deadline, Limits
from .guard import check_pdf
from .layout import layout_page
from .noise import PARSER_NOISE
from .page import (
    BOLD_FONT,
    CORRUPT,
    ENCRYPTED,
    MIN_TEXT_CHARS,
    SUBSET_PREFIX,
    PdfPage,
    annotation_links,
    check_page_count,
    document_from_pages,
    on_colour,
    ruled_tables,
)
from .rows import WORD_GAP, Word, hidden_reason


def read_pdf(data: bytes, source: str, limits: Limits) -> ResumeDocument:
    """Read a PDF resume. Raises a ResumeError subclass naming `source` on any failure;
    pdfminer's warnings go into LayoutFacts.warnings, never to the terminal."""
    with PARSER_NOISE.capture() as noise:
        try:
            deadline = Deadline(limits.timeout_seconds, source)  # guard.py: bombs, loops; limits.py: time
            check_pdf(data, source, limits, deadline)
            return _read(data, source, limits, noise, deadline)
        except ResumeError:
            raise
        except Exception as exc:  # the parser's errors are many and undocumented
            raise _as_resume_error(exc, source) from None


def _read(data: bytes, source: str, limits: Limits, noise: list[str], deadline: Deadline) -> ResumeDocument:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        check_page_count(sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), limits.max_pages + 1)), limits, source)
        pages = []
        for number, page in enumerate(pdf.pages, start=1):
            deadline.check()  # the time limit, between pages
            pages.append(_read_page(page, number))
    return document_from_pages(pages, source, len(data), noise)


def _read_page(page: Any, number: int) -> PdfPage:
    words = _words_from_pdfplumber(page)
    tables, table_count = ruled_tables(page, words)
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
    annots = annotation_links(page, words, number)
    page.close()  # drop pdfplumber's per-page caches: a long resume stays small in memory
    return PdfPage(layout.lines, facts, [w for w in words if not w.hidden], annots, layout.hidden_text)


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
        font = SUBSET_PREFIX.sub("", w.get("fontname") or "")
        word = Word(
            text=w["text"],
            x0=float(w["x0"]) - left,
            top=float(w["top"]) - top,
            x1=float(w["x1"]) - left,
            bottom=float(w["bottom"]) - top,
            font=font,
            size=round(float(w.get("size") or 0.0), 2),
            bold=bool(BOLD_FONT.search(font)),
        )
        white = _is_white(w.get("non_stroking_color"))
        if white:
            fills = _fills(page, left, top) if fills is None else fills
            white = not on_colour(word, fills)
        reason = hidden_reason(word, visible, white=white)
        words.append(word._replace(hidden=reason) if reason else word)
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


# ---------------------------------------------------------------------------- failures and noise


def _as_resume_error(exc: Exception, source: str) -> ResumeError:
    """A parser exception (pdfplumber wraps pdfminer's) as the ResumeError a user can act on."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
        return EncryptedFileError(ENCRYPTED, source=source)
    return CorruptFileError(CORRUPT, source=source)
