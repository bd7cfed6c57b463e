"""PDF to ResumeDocument with PDFium (pypdfium2, which pdfplumber installs anyway).

pdfplumber builds every character in pure Python (pdfminer); PDFium does it in C++, so a
two-page resume reads in tens of milliseconds instead of hundreds. This module asks
PDFium for each character's code, box and text object, groups the characters into the
same `Word` objects as the pdfplumber engine (same grouping rules, same WORD_GAP), and
hands them to the same layout code (pdf_layout) and page assembly (pdf_reader). What
PDFium reports differently is listed in DIFFERENCES.

Only a few ctypes calls are made per character; fonts, sizes and colours are read once
per text object and cached, so the Python work per character stays close to the cost of
merely asking PDFium for the character's box.
"""

from __future__ import annotations

import ctypes
import struct
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import repeat
from operator import itemgetter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ...errors import CorruptFileError, EncryptedFileError
from ..document import PageFacts, ResumeDocument
from ..limits import Deadline, Limits
from .guard import check_pdf_streams
from .layout import WORD_GAP, TableBox, Word, hidden_reason, layout_page
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

DIFFERENCES = """\
What the engines report differently (tests/test_pdfium_engine.py pins what they share):
- Character boxes: PDFium's "loose" box takes in a glyph's ink where it overhangs its
  advance (an italic f, a j), so a gap just over WORD_GAP can close: about one pair of
  letters in 10,000 on the corpus ("ofTechnology").
- Text drawn with no ink (render mode 3, a way to stuff keywords) is hidden text,
  reason "invisible", unless an image lies under it (the text layer of a scan).
  pdfminer reads it as ordinary text.
- /ActualText replacements are read (icons tagged "email:" read so); pdfminer reads the
  glyphs. A glyph PDFium cannot map to Unicode is written "(cid:N)" as pdfminer writes
  it, though pdfminer maps a few more through the font's encoding ("§").
- Type 3 fonts (Chrome prints macOS system fonts so) have no name in PDFium: their words
  are never bold by name, and the font table shows "".
- Ruled tables are found by pdfplumber's TableFinder on the boxes of PDFium's straight
  paths, not on pdfminer's segments.
- No parser warnings: PDFium repairs what it can without saying so. A PDF it cannot open
  at all is read by pdfplumber when engine="auto" (reading.read_resume)."""

_LOCK = threading.Lock()  # PDFium is not thread-safe; reads from threads take turns in C
_Y_TOLERANCE = 3.0  # pdfplumber's default: chars whose tops differ more are on other lines
_INVISIBLE = (pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE, pdfium_c.FPDF_TEXTRENDERMODE_CLIP)
# Ligatures as pdfplumber expands them, and PDFium's code for a hyphen that ends a line.
_TEXT = str.maketrans({"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st", "\x02": "-"})


def read_pdf_pdfium(data: bytes, source: str, limits: Limits) -> ResumeDocument:
    """Read a PDF resume with PDFium. The same errors as pdf_reader.read_pdf: encrypted ->
    EncryptedFileError, damaged -> CorruptFileError, no text -> NoTextLayerError, too many
    pages -> LimitExceededError, each naming `source`."""
    deadline = Deadline(limits.timeout_seconds, source)
    check_pdf_streams(data, source, limits, deadline)  # safety.py: bombs, before PDFium inflates them
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
        out = []
        for index in range(count):
            deadline.check()  # safety.py: the time limit, between pages
            try:
                out.append(_read_page(pdf, index))
            except pdfium.PdfiumError:
                raise CorruptFileError(CORRUPT, source=source) from None
        return out
    finally:
        pdf.close()


def _read_page(pdf: pdfium.PdfDocument, index: int) -> _RawPage:
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        frame = _Frame.of(page)
        shapes = _shapes(page, frame)
        words = words_from_pdfium(textpage, frame, shapes)
        links = _uri_links(pdf, page, frame)
        return _RawPage(index + 1, frame.width, frame.height, words, shapes.images, shapes.edges, links)
    finally:
        textpage.close()
        page.close()


def _lay_out(raw: _RawPage) -> PdfPage:
    """The engine-neutral half: tables, reading order and page facts (pure Python)."""
    tables, table_count = _find_tables(raw)
    layout = layout_page(raw.words, raw.width, raw.height, raw.number, tables)
    visible = [w for w in raw.words if not w.hidden]
    chars = sum(len(w.text) for w in visible)
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
    annots = annotation_links(_LinkPage(raw.links), visible, raw.number)
    return PdfPage(layout.lines, facts, visible, annots, layout.hidden_text)


# ---------------------------------------------------------------------------- coordinates


@dataclass(frozen=True)
class _Frame:
    """PDF user space (origin bottom-left) to the reader's page space (origin top-left of
    the media box, page rotation applied, as pdfplumber reports it)."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int
    visible: tuple[float, float, float, float]  # the crop box in page space

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> _Frame:
        left, bottom, right, top = page.get_mediabox()
        rotation = page.get_rotation() % 360
        frame = cls(left, bottom, right, top, rotation, (0.0, 0.0, 0.0, 0.0))
        return replace(frame, visible=frame.box(*page.get_cropbox()))

    @property
    def width(self) -> float:
        return self.top - self.bottom if self.rotation in (90, 270) else self.right - self.left

    @property
    def height(self) -> float:
        return self.right - self.left if self.rotation in (90, 270) else self.top - self.bottom

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """A user-space rectangle as (x0, top, x1, bottom) in page space."""
        (ax, ay), (bx, by) = self.point(x0, y0), self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation == 90:
            return y - self.bottom, x - self.left
        if self.rotation == 180:
            return self.right - x, y - self.bottom
        if self.rotation == 270:
            return self.top - y, self.right - x
        return x - self.left, self.top - y


# ---------------------------------------------------------------------------- characters to words


def _c_function(name: str, restype: Any, *argtypes: Any) -> Any:
    """A second binding of a PDFium function that takes and returns handles as plain ints:
    a text object's handle then keys a dict directly, with no ctypes pointer objects made
    per character (the per-character calls are the engine's hot loop)."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_VOID = ctypes.c_void_p
_INT = ctypes.c_int
_char_object = _c_function("FPDFText_GetTextObject", _VOID, _VOID, _INT)
_char_box = _c_function("FPDFText_GetLooseCharBox", _INT, _VOID, _INT, _VOID)
_char_code = _c_function("FPDFText_GetUnicode", ctypes.c_uint, _VOID, _INT)
_char_generated = _c_function("FPDFText_IsGenerated", _INT, _VOID, _INT)
_char_unmapped = _c_function("FPDFText_HasUnicodeMapError", _INT, _VOID, _INT)
_char_matrix = _c_function("FPDFText_GetMatrix", _INT, _VOID, _INT, _VOID)
_object_font = _c_function("FPDFTextObj_GetFont", _VOID, _VOID)
_object_font_size = _c_function("FPDFTextObj_GetFontSize", _INT, _VOID, _VOID)
_object_fill = _c_function("FPDFPageObj_GetFillColor", _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
_object_render_mode = _c_function("FPDFTextObj_GetTextRenderMode", _INT, _VOID)
_object_type = _c_function("FPDFPageObj_GetType", _INT, _VOID)
_object_bounds = _c_function("FPDFPageObj_GetBounds", _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
_page_object = _c_function("FPDFPage_GetObject", _VOID, _VOID, _INT)
_form_object = _c_function("FPDFFormObj_GetObject", _VOID, _VOID, ctypes.c_ulong)
_form_count = _c_function("FPDFFormObj_CountObjects", _INT, _VOID)
_path_draw_mode = _c_function("FPDFPath_GetDrawMode", _INT, _VOID, _VOID, _VOID)
_path_count = _c_function("FPDFPath_CountSegments", _INT, _VOID)
_path_segment = _c_function("FPDFPath_GetPathSegment", _VOID, _VOID, _INT)
_segment_type = _c_function("FPDFPathSegment_GetType", _INT, _VOID)
_font_name = _c_function("FPDFFont_GetBaseFontName", ctypes.c_ulong, _VOID, _VOID, ctypes.c_ulong)


class _Out:
    """Out-parameters for PDFium calls, allocated once per page: `addresses` to pass,
    `values` to read back in one unpacking."""

    def __init__(self, kind: Any, count: int) -> None:
        self.array = (kind * count)()
        size = ctypes.sizeof(kind)
        self.addresses = [ctypes.addressof(self.array) + i * size for i in range(count)]
        code = {ctypes.c_float: "f", ctypes.c_int: "i", ctypes.c_uint: "I"}[kind]
        self.values = memoryview(self.array).cast("B").cast(code)


@dataclass(frozen=True, eq=False)
class _Style:
    """What pdfplumber groups characters by. Made once per distinct value (see _Styles),
    so that equal styles are one object, compared by identity in the hot loop."""

    font: str
    size: float
    white: bool
    invisible: bool
    upright: bool
    bold: bool


class _Styles:
    """The styles of one page's text objects. Many PDFs draw every word as its own text
    object, so a style is looked up by what PDFium reports for the object (font handle,
    render mode and the raw bytes of size, colour and matrix) before any arithmetic."""

    def __init__(self, rotation: int = 0) -> None:
        self.turns = rotation // 90  # the page's quarter turns, to judge uprightness as shown
        self.fonts: dict[int | None, str] = {}
        self.made: dict[tuple[Any, ...], _Style] = {}
        self.seen: dict[tuple[Any, ...], _Style] = {}

    def read(self, textpage: int, objects: list[int | None]) -> dict[int, _Style]:
        """The style of every text object in `objects` (a page's characters' objects): its
        font, effective size (font size times the character matrix's vertical scale, as
        pdfminer measures it), fill colour and render mode. The calls run in batches
        (_batch), each object's out-parameters in its own 44-byte slot: RGBA (4 uints),
        font size (a float) and the character's FS_MATRIX (a b c d e f). A style is looked
        up by the font handle, render mode and the slot's first 36 bytes (e and f, the
        position, are left out) before any arithmetic."""
        first = dict(zip(reversed(objects), range(len(objects) - 1, -1, -1), strict=True))  # object -> first index
        first.pop(None, None)
        count = len(first)
        slots = (ctypes.c_uint32 * (11 * count))()
        base = ctypes.addressof(slots)

        def out(offset: int) -> range:
            return range(base + offset, base + offset + 44 * count, 44)

        handles = list(first)
        deque(map(_object_font_size, handles, out(16)), maxlen=0)
        deque(map(_char_matrix, repeat(textpage), first.values(), out(20)), maxlen=0)
        deque(map(_object_fill, handles, out(0), out(4), out(8), out(12)), maxlen=0)
        raw = memoryview(slots).cast("B")
        keys = zip(map(_object_font, handles), map(_object_render_mode, handles), out(0), strict=True)
        styles = {}
        for obj, (font, mode, address) in zip(handles, keys, strict=True):
            key = (font, mode, bytes(raw[address - base : address - base + 36]))
            style = self.seen.get(key)
            if style is None:
                style = self.seen[key] = self._make(*key)
            styles[obj] = style
        return styles

    def _make(self, font: int | None, mode: int, raw: bytes) -> _Style:
        red, green, blue, _, size, a, b, c, d = struct.unpack("4If4f", raw)
        for _ in range(self.turns):  # a page shown turned clockwise turns its text too
            a, b, c, d = b, -a, d, -c
        key = (
            font,
            round(size * (c * c + d * d) ** 0.5, 2),
            min(red, green, blue) >= 243,  # white: 0.95 of 255, as pdf_reader._is_white
            mode in _INVISIBLE,
            a * d > 0 and b * c <= 0,  # upright, as pdfminer decides it
        )
        style = self.made.get(key)
        if style is None:
            name = self._font(font)
            style = self.made[key] = _Style(name, *key[1:], bold=bool(BOLD_FONT.search(name)))
        return style

    def _font(self, font: int | None) -> str:
        """The font's name without a subset tag. PDFium gives no name for Type 3 fonts
        (Chrome prints macOS system fonts so), so their words are never bold."""
        if font not in self.fonts:
            length = _font_name(font, None, 0) if font else 0
            buffer = ctypes.create_string_buffer(max(length, 1))
            if length > 1:
                _font_name(font, ctypes.addressof(buffer), length)
            self.fonts[font] = SUBSET_PREFIX.sub("", buffer.value.decode("utf-8", errors="replace"))
        return self.fonts[font]


def words_from_pdfium(textpage: pdfium.PdfTextPage, frame: _Frame, shapes: _Shapes | None = None) -> list[Word]:
    """The page's words in page space with font, size, boldness and why they are hidden:
    the counterpart of pdf_reader._words_from_pdfplumber.

    Characters are grouped as pdfplumber's extract_words groups them: runs of characters
    with one style (font, size, colour), within a run lines of tops less than 3 points
    apart, and within a line a new word at a space, at a step back, or at a gap wider than
    WORD_GAP times the size of the character before.
    """
    shapes = shapes or _Shapes()
    words: list[Word] = []
    for style, run in _runs(textpage, frame):
        for line in _cluster(run, 2 if style.upright else 1):
            words += (
                _word(chars, style, frame, shapes) for chars in _split(line, style.upright, WORD_GAP * style.size)
            )
    return words


_Char = tuple[str, float, float, float, float]  # text, x0, top, x1, bottom (page space)


def _runs(textpage: pdfium.PdfTextPage, frame: _Frame) -> list[tuple[_Style, list[_Char]]]:
    """Every character PDFium drew, in drawing order, with its box in page space, in runs
    of one style. Characters PDFium made up (spaces and line breaks it inferred) are left
    out: pdfplumber never sees them. The engine's hot loop: the two per-character calls
    (text object, box) run in batches (_batch), and a printable ASCII character then costs
    only its tuple."""
    handle = ctypes.cast(textpage.raw, _VOID).value
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    if count <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != count:  # PDFium's text and character lists disagree (rare): one by one
        text = "".join(chr(_char_code(handle, i)) for i in range(count))
    objects = _batch(_char_object, handle, count)
    boxes = (ctypes.c_float * (4 * count))()  # FS_RECTF per character: left, top, right, bottom
    _batch(_char_box, handle, count, ctypes.addressof(boxes), 16)
    by_object = _Styles(frame.rotation).read(handle, objects)
    left, top = frame.left, frame.top
    rotated = frame.rotation != 0
    runs: list[tuple[_Style, list[_Char]]] = []
    run: list[_Char] = []
    run_style = last_object = None
    size = 0.0
    for i, char, obj, (x0, y1, x1, y0) in zip(
        range(count), text, objects, struct.iter_unpack("4f", boxes), strict=True
    ):
        if obj is None:
            continue  # a line break PDFium inferred
        if not " " < char <= "~":
            char = _unusual(handle, i, char)
            if char is None:
                continue
        if obj != last_object:  # characters come object by object
            last_object = obj
            style = by_object[obj]
            if style is not run_style:
                run, run_style, size = [], style, style.size
                runs.append((style, run))
        if rotated:
            run.append((char, *frame.box(x0, y0, x1, y1)))
        else:
            bottom = top - y0
            run.append((char, x0 - left, bottom - size, x1 - left, bottom))
    return runs


def _batch(function: Any, textpage: int, count: int, out: int = 0, step: int = 0) -> list[Any]:
    """`function(textpage, i)` for every character index i, or `function(textpage, i,
    out + i * step)` to have each call write its own slot of an array: map() drives the
    calls from C, which halves their cost against a Python loop."""
    if not step:
        return list(map(function, repeat(textpage, count), range(count)))
    return list(map(function, repeat(textpage, count), range(count), range(out, out + count * step, step)))


def _unusual(textpage: int, index: int, char: str) -> str | None:
    """A character outside printable ASCII as pdfplumber would see it, or None for a
    space PDFium inferred."""
    if char == "\ufffe":  # PDFium's text for a line-end hyphen (code 2) and for code 0
        char = chr(_char_code(textpage, index))
    if char.isspace():
        return None if _char_generated(textpage, index) else char
    if char > "~" and _char_unmapped(textpage, index):
        return f"(cid:{ord(char)})"  # a glyph with no Unicode, written as pdfminer writes it
    return char


def _cluster(chars: list[_Char], axis: int) -> list[list[_Char]]:
    """pdfplumber's cluster_objects: the distinct values of one coordinate (the top, or x0
    for text on its side), sorted, chained while each is within _Y_TOLERANCE of the one
    before; one list of characters per chain, in value order."""
    values = sorted({c[axis] for c in chars})
    if len(values) == 1:
        return [chars]
    group_of: dict[float, int] = {}
    group, last = 0, values[0]
    for value in values:
        if value > last + _Y_TOLERANCE:
            group += 1
        group_of[value] = group
        last = value
    groups: list[list[_Char]] = [[] for _ in range(group + 1)]
    for char in chars:
        groups[group_of[char[axis]]].append(char)
    return groups


def _split(line: list[_Char], upright: bool, gap: float) -> list[list[_Char]]:
    """pdfplumber's WordExtractor on one line, in reading order: a new word at a space, at
    a step back, at a gap along the line wider than its tolerance, or at a shift across it
    wider than its tolerance. Upright text reads left to right with `gap` along the line
    and _Y_TOLERANCE across it; text on its side reads top to bottom, and pdfplumber swaps
    the tolerances."""
    if upright:
        line.sort(key=itemgetter(1))
        start, end, across, along_tolerance, across_tolerance = 1, 3, 2, gap, _Y_TOLERANCE
    else:
        line.sort(key=itemgetter(2, 4))
        start, end, across, along_tolerance, across_tolerance = 2, 4, 1, _Y_TOLERANCE, gap
    words: list[list[_Char]] = []
    word: list[_Char] = []
    prev = line[0]
    for char in line:
        if char[0].isspace():
            if word:
                words.append(word)
                word = []
            continue
        if word and (
            char[start] < prev[start]
            or char[start] > prev[end] + along_tolerance
            or abs(char[across] - prev[across]) > across_tolerance
        ):
            words.append(word)
            word = []
        word.append(char)
        prev = char
    if word:
        words.append(word)
    return words


def _word(chars: list[_Char], style: _Style, frame: _Frame, shapes: _Shapes) -> Word:
    text = "".join(map(itemgetter(0), chars)).translate(_TEXT)
    if style.upright:
        # PDFium's loose box also takes in ink below the font's descent ("y", ")"); the
        # highest bottom is the descent line, and pdfminer's box is one font size tall.
        top = min(map(itemgetter(2), chars))
        box = (chars[0][1], top, max(map(itemgetter(3), chars)), top + style.size)
    else:
        x0, top, x1, bottom = zip(*(c[1:] for c in chars), strict=True)
        box = (min(x0), min(top), max(x1), max(bottom))
    word = Word(text, *box, font=style.font, size=style.size, bold=style.bold)
    white = style.white and not on_colour(word, shapes.fills)
    reason = hidden_reason(word, frame.visible, white=white)
    if not reason and style.invisible and not _on_image(word, shapes.image_boxes):
        reason = "invisible"
    return replace(word, hidden=reason) if reason else word


def _on_image(word: Word, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in boxes)


# ---------------------------------------------------------------------------- shapes, tables, links


@dataclass
class _Shapes:
    """The page's drawing apart from text, in drawing order: filled shapes and images
    (to tell white text on a coloured box from white text on the page), images, and the
    edges of paths (for the table finder)."""

    fills: list[tuple[float, float, float, float, bool]] = ()  # type: ignore[assignment]
    image_boxes: list[tuple[float, float, float, float]] = ()  # type: ignore[assignment]
    images: int = 0
    edges: list[dict[str, Any]] = ()  # type: ignore[assignment]


def _shapes(page: pdfium.PdfPage, frame: _Frame) -> _Shapes:
    fills: list[tuple[float, float, float, float, bool]] = []
    images: list[tuple[float, float, float, float]] = []
    edges: list[dict[str, Any]] = []
    bounds, modes, rgba = _Out(ctypes.c_float, 4), _Out(ctypes.c_int, 2), _Out(ctypes.c_uint, 4)
    for kind, obj in _page_objects(ctypes.cast(page.raw, _VOID).value):
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
            continue
        _object_bounds(obj, *bounds.addresses)  # left, bottom, right, top
        box = frame.box(*bounds.values)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append(box)
            fills.append((*box, False))
            continue
        _path_draw_mode(obj, *modes.addresses)
        if modes.values[0] != pdfium_c.FPDF_FILLMODE_NONE:
            _object_fill(obj, *rgba.addresses)
            fills.append((*box, min(rgba.values[:3]) >= 243))
        if _is_straight(obj):
            edges += _box_edges(box)
    return _Shapes(fills, images, len(images), edges)


def _page_objects(page: int) -> Iterator[tuple[int, int]]:
    """(type, handle) of every object on the page, inside form XObjects too (the calls in
    batches, as in _batch: Chrome's PDFs draw each word as an object of its own)."""
    stack = [(pdfium_c.FPDFPage_CountObjects(ctypes.cast(page, pdfium_c.FPDF_PAGE)), page, _page_object)]
    while stack:
        count, parent, get = stack.pop()
        objects = list(map(get, repeat(parent, count), range(count)))
        for obj, kind in zip(objects, map(_object_type, objects), strict=True):
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                stack.append((_form_count(obj), obj, _form_object))
            else:
                yield kind, obj


def _is_straight(path: int) -> bool:
    """A rule or a rectangle: a few straight segments (curves are icons and rounded boxes)."""
    count = _path_count(path)
    return 0 < count <= 5 and all(
        _segment_type(_path_segment(path, i)) != pdfium_c.FPDF_SEGMENT_BEZIERTO for i in range(count)
    )


def _box_edges(box: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    """A path as pdfplumber's table finder sees a rectangle: its four sides (a rule is a
    thin rectangle; the finder drops sides shorter than 3 points and merges the rest)."""
    x0, top, x1, bottom = box
    width, height = x1 - x0, bottom - top
    sides = [
        (x0, top, x1, top, "h"),
        (x0, bottom, x1, bottom, "h"),
        (x0, top, x0, bottom, "v"),
        (x1, top, x1, bottom, "v"),
    ]
    return [
        {
            "x0": a,
            "top": t,
            "x1": c,
            "bottom": d,
            "width": width if o == "h" else 0.0,
            "height": height if o == "v" else 0.0,
            "orientation": o,
            "object_type": "rect",
        }
        for a, t, c, d, o in sides
    ]


class _EdgePage:
    """The little of a pdfplumber Page that its TableFinder reads: edges and a box."""

    def __init__(self, edges: list[dict[str, Any]], width: float, height: float) -> None:
        self.edges = edges
        self.bbox = (0.0, 0.0, width, height)

    def find_tables(self) -> list[Any]:
        from pdfplumber.table import TableFinder  # only for pages with a grid of rules

        return TableFinder(self).tables


def _find_tables(raw: _RawPage) -> tuple[list[TableBox], int]:
    horizontal = sum(1 for e in raw.edges if e["orientation"] == "h" and e["width"] >= 3)
    vertical = sum(1 for e in raw.edges if e["orientation"] == "v" and e["height"] >= 3)
    if horizontal < 2 or vertical < 2:  # no grid: skip the finder (and its import)
        return [], 0
    return ruled_tables(_EdgePage(raw.edges, raw.width, raw.height), raw.words)


@dataclass
class _LinkPage:
    """The little of a pdfplumber Page that pdf_reader._annotation_links reads."""

    found: list[tuple[tuple[float, float, float, float], str]]
    bbox: tuple[float, float] = (0.0, 0.0)

    @property
    def hyperlinks(self) -> list[dict[str, Any]]:
        return [{"x0": b[0], "top": b[1], "x1": b[2], "bottom": b[3], "uri": uri} for b, uri in self.found]


def _uri_links(
    pdf: pdfium.PdfDocument, page: pdfium.PdfPage, frame: _Frame
) -> list[tuple[tuple[float, float, float, float], str]]:
    """Link annotations that open a URI (web or mailto), with their boxes in page space."""
    out = []
    position = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    while pdfium_c.FPDFLink_Enumerate(page.raw, position, link):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        length = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
        buffer = ctypes.create_string_buffer(length)
        pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, length)
        uri = buffer.value.decode("utf-8", errors="replace").strip()
        if uri and pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            out.append((frame.box(rect.left, rect.bottom, rect.right, rect.top), uri))
    return out
