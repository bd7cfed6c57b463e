"""The PDFium engine's calls into C: its own ctypes bindings of PDFium's functions, the
helpers that make those calls in batches, and the text-object styles they are read into.
Its own module so that the characters (pdfium_words.py) and the shapes
(pdfium_shapes.py) share one function table and one way of calling it cheaply."""

from __future__ import annotations

import ctypes
import struct
from collections import deque
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np
import pypdfium2.raw as pdfium_c

from .page import BOLD_FONT, SUBSET_PREFIX

_INVISIBLE = (pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE, pdfium_c.FPDF_TEXTRENDERMODE_CLIP)


def c_function(name: str, restype: Any, *argtypes: Any) -> Any:
    """A second binding of a PDFium function that takes and returns handles as plain ints:
    a text object's handle then keys a dict directly, with no ctypes pointer objects made
    per character (the per-character calls are the engine's hot loop)."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


VOID = ctypes.c_void_p
_INT = ctypes.c_int
# A character's text object as a plain int, 0 for none, so that a page's list of them
# turns into a numpy array in one step.
char_object = c_function("FPDFText_GetTextObject", ctypes.c_size_t, VOID, _INT)
char_box = c_function("FPDFText_GetLooseCharBox", _INT, VOID, _INT, VOID)
char_code = c_function("FPDFText_GetUnicode", ctypes.c_uint, VOID, _INT)
char_generated = c_function("FPDFText_IsGenerated", _INT, VOID, _INT)
char_unmapped = c_function("FPDFText_HasUnicodeMapError", _INT, VOID, _INT)
_char_matrix = c_function("FPDFText_GetMatrix", _INT, VOID, _INT, VOID)
object_font = c_function("FPDFTextObj_GetFont", ctypes.c_size_t, VOID)  # 0, not None, for none: numpy takes it
_object_font_size = c_function("FPDFTextObj_GetFontSize", _INT, VOID, VOID)
object_fill = c_function("FPDFPageObj_GetFillColor", _INT, VOID, VOID, VOID, VOID, VOID)
_object_render_mode = c_function("FPDFTextObj_GetTextRenderMode", _INT, VOID)
object_type = c_function("FPDFPageObj_GetType", _INT, VOID)
object_bounds = c_function("FPDFPageObj_GetBounds", _INT, VOID, VOID, VOID, VOID, VOID)
# handles as plain ints, 0 for none, as char_object: a page's list of them is one array
page_object = c_function("FPDFPage_GetObject", ctypes.c_size_t, VOID, _INT)
form_object = c_function("FPDFFormObj_GetObject", ctypes.c_size_t, VOID, ctypes.c_ulong)
form_count = c_function("FPDFFormObj_CountObjects", _INT, VOID)
path_draw_mode = c_function("FPDFPath_GetDrawMode", _INT, VOID, VOID, VOID)
path_count = c_function("FPDFPath_CountSegments", _INT, VOID)
path_segment = c_function("FPDFPath_GetPathSegment", VOID, VOID, _INT)
segment_type = c_function("FPDFPathSegment_GetType", _INT, VOID)
object_marks = c_function("FPDFPageObj_CountMarks", _INT, VOID)
object_mark = c_function("FPDFPageObj_GetMark", VOID, VOID, ctypes.c_ulong)
mark_value_type = c_function("FPDFPageObjMark_GetParamValueType", _INT, VOID, ctypes.c_char_p)
_remove_mark = c_function("FPDFPageObj_RemoveMark", _INT, VOID, VOID)
text_load_page = c_function("FPDFText_LoadPage", VOID, VOID)
text_close_page = c_function("FPDFText_ClosePage", None, VOID)
text_count_chars = c_function("FPDFText_CountChars", _INT, VOID)
_font_name = c_function("FPDFFont_GetBaseFontName", ctypes.c_ulong, VOID, VOID, ctypes.c_ulong)


class Out:
    """Out-parameters for PDFium calls, allocated once per page: `addresses` to pass,
    `values` to read back in one unpacking."""

    def __init__(self, kind: Any, count: int) -> None:
        self.array = (kind * count)()
        size = ctypes.sizeof(kind)
        self.addresses = [ctypes.addressof(self.array) + i * size for i in range(count)]
        code = {ctypes.c_float: "f", ctypes.c_int: "i", ctypes.c_uint: "I"}[kind]
        self.values = memoryview(self.array).cast("B").cast(code)


def batch(function: Any, textpage: int, count: int | list[int], out: int = 0, step: int = 0) -> list[Any]:
    """`function(textpage, i)` for every character index i below `count` (or in `count`,
    a list), or `function(textpage, i, out + i * step)` for every i below `count` to have
    each call write its own slot of an array: map() drives the calls from C, which halves
    their cost against a Python loop."""
    if isinstance(count, list):
        return list(map(function, repeat(textpage, len(count)), count))
    if not step:
        return list(map(function, repeat(textpage, count), range(count)))
    return list(map(function, repeat(textpage, count), range(count), range(out, out + count * step, step)))


# ---------------------------------------------------------------------------- text-object styles


@dataclass(frozen=True, eq=False)
class Style:
    """What pdfplumber groups characters by. Made once per distinct value (see Styles),
    so that equal styles are one object, compared by identity in the hot loop."""

    font: str
    size: float
    white: bool
    invisible: bool
    upright: bool
    bold: bool


class Styles:
    """The styles of one page's text objects. Many PDFs draw every word as its own text
    object, so a style is looked up by what PDFium reports for the object (font handle,
    render mode and the raw bytes of size, colour and matrix) before any arithmetic."""

    def __init__(self, rotation: int = 0) -> None:
        self.turns = rotation // 90  # the page's quarter turns, to judge uprightness as shown
        self.fonts: dict[int, str] = {}
        self.made: dict[tuple[Any, ...], Style] = {}

    def read(self, textpage: int, handles: list[int], firsts: list[int]) -> tuple[list[Style], np.ndarray]:
        """The style of each text object in `handles`, whose first character on the page is
        at the index of the same place in `firsts`: its font, effective size (font size
        times the character matrix's vertical scale, as pdfminer measures it), fill colour
        and render mode; as the page's distinct styles and, for each object, the index of
        its own among them.

        The calls run in batches (batch), each object's out-parameters in its own 48-byte
        row: RGBA (4 uints), font size (a float), the character's FS_MATRIX (a b c d e f),
        then the font handle (8 bytes) and the render mode. Objects are told apart by the
        row without e and f (the position), on arrays, so that a page drawn one text object
        a word makes one style per distinct row, not one lookup per object."""
        count = len(handles)
        rows = np.zeros((count, 12), dtype=np.uint32)
        base = rows.ctypes.data

        def out(offset: int) -> range:
            return range(base + offset, base + offset + 48 * count, 48)

        deque(map(_object_font_size, handles, out(16)), maxlen=0)
        deque(map(_char_matrix, repeat(textpage), firsts, out(20)), maxlen=0)
        deque(map(object_fill, handles, out(0), out(4), out(8), out(12)), maxlen=0)
        rows[:, 9:11] = np.fromiter(map(object_font, handles), dtype=np.uint64, count=count)[:, None].view(np.uint32)
        rows[:, 11] = np.fromiter(map(_object_render_mode, handles), dtype=np.int32, count=count).view(np.uint32)
        # e and f (bytes 36 to 44) are overwritten by the font handle: the row is the key
        _, firsts_of, which = np.unique(
            rows.view(np.dtype((np.void, 48))).ravel(), return_index=True, return_inverse=True
        )
        made = [self._make(rows[at].tobytes()) for at in firsts_of.tolist()]
        styles = list({id(style): style for style in made}.values())
        number = {id(style): n for n, style in enumerate(styles)}
        return styles, np.array([number[id(style)] for style in made], dtype=np.intp)[which.ravel()]

    def _make(self, row: bytes) -> Style:
        red, green, blue, _, size, a, b, c, d, font, mode = struct.unpack("<4If4fQi", row)
        for _ in range(self.turns):  # a page shown turned clockwise turns its text too
            a, b, c, d = b, -a, d, -c
        key = (
            font,
            round(size * (c * c + d * d) ** 0.5, 2),
            min(red, green, blue) >= 243,  # white: 0.95 of 255, as plumber._is_white
            mode in _INVISIBLE,
            a * d > 0 and b * c <= 0,  # upright, as pdfminer decides it
        )
        style = self.made.get(key)
        if style is None:
            name = self._font(font)
            style = self.made[key] = Style(name, *key[1:], bold=bool(BOLD_FONT.search(name)))
        return style

    def _font(self, font: int) -> str:
        """The font's name without a subset tag. PDFium gives no name for Type 3 fonts
        (Chrome prints macOS system fonts so), so their words are never bold."""
        if font not in self.fonts:
            self.fonts[font] = SUBSET_PREFIX.sub("", base_font_name(font))
        return self.fonts[font]


def base_font_name(font: int | None) -> str:
    """A font's /BaseFont as written, subset tag included ("" for none, as Type 3 fonts)."""
    length = _font_name(font, None, 0) if font else 0
    buffer = ctypes.create_string_buffer(max(length, 1))
    if length > 1:
        _font_name(font, ctypes.addressof(buffer), length)
    return buffer.value.decode("utf-8", errors="replace")


def has_actual_text(obj: int) -> bool:
    """Whether a page object sits in marked content with /ActualText (PDFium then reads
    that text in place of the glyphs, with boxes it makes up)."""
    return bool(_actual_text_marks(obj))


def drop_actual_text(obj: int) -> bool:
    """Remove a page object's /ActualText marks, so that a text page made afterwards reads
    its glyphs; whether every one went."""
    return all(_remove_mark(obj, mark) for mark in _actual_text_marks(obj))


def _actual_text_marks(obj: int) -> list[int]:
    marks = (object_mark(obj, index) for index in range(object_marks(obj)))
    return [mark for mark in marks if mark_value_type(mark, b"ActualText") != pdfium_c.FPDF_OBJECT_UNKNOWN]
