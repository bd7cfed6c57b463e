"""PDF to ResumeDocument with PDFium (pypdfium2, which pdfplumber installs anyway).

pdfplumber builds every character in pure Python (pdfminer); PDFium does it in C++, so a
two-page resume reads in tens of milliseconds instead of hundreds. The engine asks
PDFium for each character's code, box and text object, groups the characters into the
same `Word` objects as the pdfplumber engine (same grouping rules, same WORD_GAP), and
hands them to the same layout code (layout.py) and page assembly (page.py). What
PDFium reports differently is listed in DIFFERENCES.

One ctypes call is made per character (its box), in batches, and one for its text object
only where objects change (pdfium_words.text_objects asks every eighth character, then the
gaps between probes that differ); fonts, sizes and colours are read once per text object;
everything else per character (runs, lines, words, boxes, hidden text) is done on numpy
arrays for the whole page (pdfium_words.py), so Python works once per word, not once per
character.

This module reads a document page by page and lays each page out; the pieces it reads
with are pdfium_native.py (the C calls and text-object styles), pdfium_frame.py (page
coordinates), pdfium_words.py (characters to words, ligatures mended), pdfium_glyphs.py
(pdfminer's reading of glyphs PDFium cannot map) and pdfium_shapes.py (fills, images,
ruled tables and links).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ...errors import CorruptFileError, EncryptedFileError
from ..document import PageFacts, ResumeDocument
from ..limits import Deadline, Limits
from .guard import check_pdf_streams
from .layout import layout_page
from .page import CORRUPT, ENCRYPTED, MIN_TEXT_CHARS, PdfPage, annotation_links, check_page_count, document_from_pages
from .pdfium_frame import Frame
from .pdfium_glyphs import GlyphNames
from .pdfium_shapes import LinkPage, find_tables, read_shapes, uri_links
from .pdfium_words import page_characters, words_from_characters
from .rows import Word

DIFFERENCES = """\
What the engines report differently (tests/test_pdfium_engine.py pins what they share):
- Character boxes: PDFium's "loose" box takes in a glyph's ink where it overhangs its
  advance (an italic f, a j), so a gap just over WORD_GAP can close: about one pair of
  letters in 10,000 on the corpus ("ofTechnology").
- Text drawn with no ink (render mode 3, a way to stuff keywords) is hidden text,
  reason "invisible", unless an image lies under it (the text layer of a scan).
  pdfminer reads it as ordinary text.
- /ActualText replacements are read (icons tagged "email:" read so); pdfminer reads the
  glyphs. A ligature glyph under /ActualText (Chrome, Google Docs) reads as its letters in
  both, and its letters take the glyph's place (pdfium_words._Ligatures).
- A glyph PDFium cannot map to Unicode is written "(cid:N)" as pdfminer writes it, though
  pdfminer maps a few more through the font's encoding ("§"); inside a word such a glyph
  is read as pdfminer reads it ("f_l" -> "fl", pdfium_glyphs.py).
- Text turned on its side on an upright page (a label up the margin) reads as words;
  pdfminer's boxes for such glyphs part most of its letters ("C", "u", "rr", ...).
- Type 3 fonts (Chrome prints macOS system fonts so) have no name in PDFium: their words
  are never bold by name, and the font table shows "".
- Ruled tables are found by pdfplumber's TableFinder on the boxes of PDFium's straight
  paths, not on pdfminer's segments.
- No parser warnings: PDFium repairs what it can without saying so. A PDF it cannot open
  at all is read by pdfplumber when engine="auto" (reading.read_resume)."""

_LOCK = threading.Lock()  # PDFium is not thread-safe; reads from threads take turns in C


def read_pdf_pdfium(data: bytes, source: str, limits: Limits) -> ResumeDocument:
    """Read a PDF resume with PDFium. The same errors as plumber.read_pdf: encrypted ->
    EncryptedFileError, damaged -> CorruptFileError, no text -> NoTextLayerError, too many
    pages -> LimitExceededError, each naming `source`."""
    deadline = Deadline(limits.timeout_seconds, source)
    check_pdf_streams(data, source, limits, deadline)  # guard.py: bombs, before PDFium inflates them
    with _LOCK:
        raw_pages = _extract(data, source, limits, deadline)
    pages = [_lay_out(raw) for raw in raw_pages]
    return document_from_pages(pages, source, len(data))


# ---------------------------------------------------------------------------- PDFium, page by page


@dataclass
class _RawPage:
    """What PDFium gives for one page, before layout: words, geometry and side facts."""

    number: int
    width: float
    height: float
    words: list[Word]
    images: int
    edges: list[dict[str, Any]]
    links: list[tuple[tuple[float, float, float, float], str]]  # (x0, top, x1, bottom), uri


def _extract(data: bytes, source: str, limits: Limits, deadline: Deadline) -> list[_RawPage]:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedFileError(ENCRYPTED, source=source) from None
        raise CorruptFileError(CORRUPT, source=source) from None
    try:
        count = len(pdf)
        check_page_count(count, limits, source)
        names = GlyphNames(data, limits, deadline)  # opens nothing unless a word holds an unmapped glyph
        out = []
        for index in range(count):
            deadline.check()  # limits.py: the time limit, between pages
            try:
                out.append(_read_page(pdf, index, names))
            except pdfium.PdfiumError:
                raise CorruptFileError(CORRUPT, source=source) from None
        return out
    finally:
        pdf.close()


def _read_page(pdf: pdfium.PdfDocument, index: int, names: GlyphNames) -> _RawPage:
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        frame = Frame.of(page)
        chars = page_characters(textpage, frame, lambda font, code: names.text(index, font, code))
        # the shapes after the characters: the text objects these name need no type asked
        shapes = read_shapes(page, frame, chars.text_objects if chars is not None else None)
        words = words_from_characters(chars, frame, shapes) if chars is not None else []
        links = uri_links(pdf, page, frame)
        return _RawPage(index + 1, frame.width, frame.height, words, shapes.images, shapes.edges, links)
    finally:
        textpage.close()
        page.close()


def _lay_out(raw: _RawPage) -> PdfPage:
    """The engine-neutral half: tables, reading order and page facts (pure Python)."""
    tables, table_count = find_tables(raw.edges, raw.words, raw.width, raw.height)
    layout = layout_page(raw.words, raw.width, raw.height, raw.number, tables)
    visible = [w for w in raw.words if not w.hidden]
    chars = len("".join([w.text for w in visible]))
    facts = PageFacts(
        number=raw.number,
        width=round(raw.width, 2),
        height=round(raw.height, 2),
        columns=layout.columns,
        chars=chars,
        has_text_layer=chars >= MIN_TEXT_CHARS,
        images=raw.images,
        tables=table_count,
    )
    annots = annotation_links(LinkPage(raw.links), visible, raw.number)
    return PdfPage(layout.lines, facts, visible, annots, layout.hidden_text)
