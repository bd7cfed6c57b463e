"""Characters to words for the PDFium engine: PDFium's characters, grouped by the rules
pdfplumber's extract_words follows, into the same `Word` objects as the pdfplumber
engine. Its own module because it is the engine's hot loop: everything per character
lives here, and nothing else does."""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable
from dataclasses import replace
from operator import itemgetter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .page import on_colour
from .pdfium_frame import Frame
from .pdfium_native import (
    VOID,
    Style,
    Styles,
    base_font_name,
    batch,
    char_box,
    char_code,
    char_generated,
    char_object,
    char_unmapped,
    drop_actual_text,
    has_actual_text,
    object_font,
    text_close_page,
    text_count_chars,
    text_load_page,
)
from .pdfium_shapes import Shapes
from .rows import WORD_GAP, Word, hidden_reason

_Y_TOLERANCE = 3.0  # pdfplumber's default: chars whose tops differ more are on other lines
# Ligatures as pdfplumber expands them, and PDFium's code for a hyphen that ends a line.
_TEXT = str.maketrans({"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st", "\x02": "-"})
# The letters a ligature glyph stands for. PDFium reads a ligature drawn under /ActualText
# (as Chrome and Google Docs draw one) as these letters, in boxes it makes up; see _Ligatures.
LIGATURE_LETTERS = frozenset({"ff", "fi", "fl", "ffi", "ffl", "ft", "st"})
_LIGATURE_OPENERS = "fs"  # every one of them opens so
# Glyph names to text for glyphs PDFium cannot map (font name with its subset tag, code).
GlyphLookup = Callable[[str, int], "str | None"]


def words_from_pdfium(
    textpage: pdfium.PdfTextPage, frame: Frame, shapes: Shapes | None = None, glyphs: GlyphLookup | None = None
) -> list[Word]:
    """The page's words in page space with font, size, boldness and why they are hidden:
    the counterpart of plumber._words_from_pdfplumber.

    Characters are grouped as pdfplumber's extract_words groups them: runs of characters
    with one style (font, size, colour), within a run lines of tops less than 3 points
    apart, and within a line a new word at a space, at a step back, or at a gap wider than
    WORD_GAP times the size of the character before. `glyphs` names what PDFium cannot map
    (pdfium_glyphs.GlyphNames): a ligature named "f_l" inside a word reads "fl".
    """
    shapes = shapes or Shapes()
    words: list[Word] = []
    for style, run in _runs(textpage, frame, glyphs):
        for line in _cluster(run, 2 if style.upright else 1):
            words += (
                _word(chars, style, frame, shapes) for chars in _split(line, style.upright, WORD_GAP * style.size)
            )
    return words


_Char = tuple[str, float, float, float, float]  # text, x0, top, x1, bottom (page space)


def _runs(
    textpage: pdfium.PdfTextPage, frame: Frame, glyphs: GlyphLookup | None = None
) -> list[tuple[Style, list[_Char]]]:
    """Every character PDFium drew, in drawing order, with its box in page space, in runs
    of one style. Characters PDFium made up (spaces and line breaks it inferred) are left
    out: pdfplumber never sees them. The engine's hot loop: the two per-character calls
    (text object, box) run in batches (pdfium_native.batch), and a printable ASCII
    character then costs only its tuple. What ligatures need is noted in passing (an
    object that opens with f or s, a glyph without Unicode) and mended afterwards."""
    handle = ctypes.cast(textpage.raw, VOID).value
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    if count <= 0:
        return []
    try:
        text = textpage.get_text_range()
    except (RecursionError, ctypes.ArgumentError):  # pypdfium2 recurses once per trailing generated char
        text = ""
    if len(text) != count:  # PDFium's text and character lists disagree (rare): one by one
        text = "".join(chr(char_code(handle, i)) for i in range(count))
    objects = batch(char_object, handle, count)
    boxes = (ctypes.c_float * (4 * count))()  # FS_RECTF per character: left, top, right, bottom
    batch(char_box, handle, count, ctypes.addressof(boxes), 16)
    by_object = Styles(frame.rotation).read(handle, objects)
    left, top = frame.left, frame.top
    rotated = frame.rotation != 0
    runs: list[tuple[Style, list[_Char]]] = []
    run: list[_Char] = []
    run_style = last_object = None
    size = 0.0
    openers: list[tuple[list[_Char], int, int]] = []  # objects that open with f or s: run, position, index
    unmapped: list[int] = []  # indexes of glyphs without Unicode, written "(cid:N)"
    for i, char, obj, (x0, y1, x1, y0) in zip(
        range(count), text, objects, struct.iter_unpack("4f", boxes), strict=True
    ):
        if obj is None:
            continue  # a line break PDFium inferred
        if not " " < char <= "~":
            char = _unusual(handle, i, char)
            if char is None:
                continue
            if char[0] == "(":
                unmapped.append(i)
        if obj != last_object:  # characters come object by object
            last_object = obj
            style = by_object[obj]
            if style is not run_style:
                run, run_style, size = [], style, style.size
                runs.append((style, run))
            if char in _LIGATURE_OPENERS:
                openers.append((run, len(run), i))
        if rotated:
            run.append((char, *frame.box(x0, y0, x1, y1)))
        else:
            bottom = top - y0
            run.append((char, x0 - left, bottom - size, x1 - left, bottom))
    if openers and not rotated:
        page = ctypes.cast(textpage.parent.raw, VOID).value if textpage.parent is not None else None
        _Ligatures(page, text, objects, by_object).mend(openers, frame)
    if unmapped and glyphs is not None:
        _name_glyphs(runs, unmapped, objects, glyphs)
    return runs


class _Ligatures:
    """Ligatures PDFium read from /ActualText, put where the glyph they replace stands.

    Chrome and Google Docs draw a ligature glyph as a text object of its own inside a span
    whose /ActualText holds its letters ("fl"). PDFium reads the letters, not the glyph, and
    makes up their boxes from the object's ink (or, in other versions, gives each the width
    of the plain letter from the object's origin): the letters stop short of the next one
    ("workfl ows"), and their bottom is the ink's, not the font's, so in a large heading
    they fall out of their line. Here the letters share the glyph's own box, as PDFium gives
    it when it reads the glyph (from its origin over its advance, down to the font's bottom
    line, as pdfminer boxes a glyph), read from a second text page made once those objects'
    /ActualText marks are removed. The page is read only once, so nothing else sees the
    change; the letters stay those of /ActualText, whatever the glyph maps to."""

    def __init__(self, page: int | None, text: str, objects: list[int | None], styles: dict[int, Style]) -> None:
        self.page, self.text, self.objects, self.styles = page, text, objects, styles

    def mend(self, openers: list[tuple[list[_Char], int, int]], frame: Frame) -> None:
        found = []  # (run, position, letters, object)
        for run, position, index in openers:
            obj = self.objects[index]
            end = index
            while end < len(self.objects) and self.objects[end] == obj:
                end += 1
            letters = self.text[index:end]
            if letters not in LIGATURE_LETTERS or not self.styles[obj].upright:
                continue
            if "".join(c[0] for c in run[position : position + len(letters)]) != letters:
                continue
            if has_actual_text(obj):
                found.append((run, position, letters, obj))
        glyphs = self._glyph_boxes({obj for *_, obj in found}) if found else {}
        for run, position, letters, obj in found:
            if obj not in glyphs:
                continue  # PDFium's boxes stay
            left, bottom, right = glyphs[obj]
            x0, step, bottom = left - frame.left, (right - left) / len(letters), frame.top - bottom
            size = self.styles[obj].size
            for k, letter in enumerate(letters):
                run[position + k] = (letter, x0 + k * step, bottom - size, x0 + (k + 1) * step, bottom)

    def _glyph_boxes(self, objects: set[int]) -> dict[int, tuple[float, float, float]]:
        """Each object's glyph box (left, bottom, right in PDF space), as PDFium gives it when
        it reads the glyph: from a text page made once the objects' /ActualText is removed."""
        if self.page is None or not all([drop_actual_text(obj) for obj in objects]):
            return {}
        textpage = text_load_page(self.page)
        if not textpage:
            return {}
        try:
            count = text_count_chars(textpage)
            box = (ctypes.c_float * 4)()  # FS_RECTF: left, top, right, bottom
            found: dict[int, tuple[float, float, float]] = {}
            for index, obj in enumerate(batch(char_object, textpage, max(count, 0))):
                if obj in objects:
                    char_box(textpage, index, ctypes.addressof(box))
                    left, _, right, bottom = box
                    if obj in found:  # the glyph's letters, when PDFium splits it (U+FB02 -> f, l)
                        left, right = min(left, found[obj][0]), max(right, found[obj][2])
                    found[obj] = (left, bottom, right)
            return found
        finally:
            text_close_page(textpage)


def _name_glyphs(
    runs: list[tuple[Style, list[_Char]]], unmapped: list[int], objects: list[int | None], glyphs: GlyphLookup
) -> None:
    """Glyphs PDFium cannot map, inside a word (a letter drawn right beside them), read as
    pdfminer reads them: "work(cid:129)ows" -> "workflows" when the font names the glyph
    "f_l". The n-th "(cid:N)" in the runs is the n-th index in `unmapped` (both in drawing
    order)."""
    indexes = iter(unmapped)
    for style, run in runs:
        reach = WORD_GAP * style.size
        for position, char in enumerate(run):
            if not (char[0].startswith("(cid:") and char[0].endswith(")")):
                continue
            index = next(indexes, None)
            if index is None:
                return
            before = run[position - 1] if position else None
            after = run[position + 1] if position + 1 < len(run) else None
            inside = (before is not None and before[0][-1:].isalpha() and _touch(before, char, reach)) or (
                after is not None and after[0][:1].isalpha() and _touch(char, after, reach)
            )
            if not inside:
                continue  # an icon on its own keeps its code, as in pdfminer's reading
            name = glyphs(base_font_name(object_font(objects[index])), int(char[0][5:-1]))
            if name and name.isprintable():
                run[position] = (name, *char[1:])


def _touch(left: _Char, right: _Char, reach: float) -> bool:
    """Whether two characters sit side by side on one line, as letters of a word do."""
    return abs(left[4] - right[4]) < 1 and -reach <= right[1] - left[3] <= reach


def _unusual(textpage: int, index: int, char: str) -> str | None:
    """A character outside printable ASCII as pdfplumber would see it, or None for a
    space PDFium inferred."""
    if char == "\ufffe":  # PDFium's text for a line-end hyphen (code 2) and for code 0
        char = chr(char_code(textpage, index))
    if char.isspace():
        return None if char_generated(textpage, index) else char
    if char > "~" and char_unmapped(textpage, index):
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


def _word(chars: list[_Char], style: Style, frame: Frame, shapes: Shapes) -> Word:
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
