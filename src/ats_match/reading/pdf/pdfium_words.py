"""Characters to words for the PDFium engine: PDFium's characters, grouped by the rules
pdfplumber's extract_words follows, into the same `Word` objects as the pdfplumber
engine. Its own module because it is the engine's hot loop: everything per character
lives here, and nothing else does."""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat

import numpy as np
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
_TRANSLATED = re.compile("[" + "".join(map(chr, _TEXT)) + "]")
# The letters a ligature glyph stands for. PDFium reads a ligature drawn under /ActualText
# (as Chrome and Google Docs draw one) as these letters, in boxes it makes up; see _Ligatures.
LIGATURE_LETTERS = frozenset({"ff", "fi", "fl", "ffi", "ffl", "ft", "st"})
_LIGATURE_OPENERS = [ord("f"), ord("s")]  # every one of them opens so
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
    The engine calls the two halves itself (page_characters, words_from_characters), to
    read the page's shapes in between with the text objects the characters name.
    """
    chars = page_characters(textpage, frame, glyphs)
    return words_from_characters(chars, frame, shapes or Shapes()) if chars is not None else []


@dataclass
class Characters:
    """A page's characters in drawing order, one array entry each, PDFium's made-up spaces
    and line breaks left out (pdfplumber never sees them). Arrays, because the grouping
    into words is done on whole pages at once (words_from_characters), not character by character."""

    letters: np.ndarray  # object: the text of each, mostly one letter ("(cid:N)" for unmapped glyphs)
    blank: np.ndarray  # bool: a space drawn in the PDF (a word ends there)
    index: np.ndarray  # PDFium's character index
    objects: np.ndarray  # the text object each belongs to
    style: np.ndarray  # index into `styles`
    size: np.ndarray  # its style's font size
    run: np.ndarray  # number of the run of one style it belongs to
    x0: np.ndarray  # box in page space
    top: np.ndarray
    x1: np.ndarray
    bottom: np.ndarray
    styles: list[Style]
    text_objects: np.ndarray  # the distinct text objects of the characters, sorted


def page_characters(textpage: pdfium.PdfTextPage, frame: Frame, glyphs: GlyphLookup | None = None) -> Characters | None:
    """Every character PDFium drew, with its box in page space and its style. The calls
    per character (text object, box) run in batches (pdfium_native.batch) and everything
    after them on arrays; only characters outside printable ASCII are looked at one by one
    (_unusual). What ligatures need is mended afterwards (_Ligatures)."""
    handle = ctypes.cast(textpage.raw, VOID).value
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    if count <= 0:
        return None
    try:
        text = textpage.get_text_range()
    except (RecursionError, ctypes.ArgumentError):  # pypdfium2 recurses once per trailing generated char
        text = ""
    if len(text) != count:  # PDFium's text and character lists disagree (rare): one by one
        text = "".join(chr(char_code(handle, i)) for i in range(count))
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    objects = text_objects(handle, count, codes)  # 0: a line break PDFium inferred
    boxes = (ctypes.c_float * (4 * count))()  # FS_RECTF per character: left, top, right, bottom
    batch(char_box, handle, count, ctypes.addressof(boxes), 16)
    letters = np.array(list(text), dtype=object)
    drawn = objects != 0
    # a space is drawn (a word ends there) unless PDFium made it up
    spaces = np.flatnonzero(drawn & (codes == 32))
    made_up = np.array(batch(char_generated, handle, spaces.tolist()), dtype=bool)
    drawn[spaces[made_up]] = False
    blank = np.zeros(count, dtype=bool)
    blank[spaces[~made_up]] = True
    unmapped = []  # glyphs without Unicode, written "(cid:N)"
    for i in np.flatnonzero(drawn & ((codes < 32) | (codes > 126))).tolist():
        char = _unusual(handle, i, text[i])
        if char is None:
            drawn[i] = False
        else:
            letters[i] = char
            blank[i] = char.isspace()
            if char[0] == "(":
                unmapped.append(i)
    kept = np.flatnonzero(drawn)
    if not len(kept):
        return None
    handles, firsts, inverse = np.unique(objects[kept], return_index=True, return_inverse=True)
    styles, by_handle = Styles(frame.rotation).read(handle, handles.tolist(), kept[firsts].tolist())
    style = by_handle[inverse.ravel()]
    run = np.cumsum(np.r_[True, style[1:] != style[:-1]]) - 1
    size = np.array([s.size for s in styles])[style]
    # PDF user space (origin bottom left) to page space (origin top left), as float64 from
    # the start: the same arithmetic, bit for bit, as on Python floats
    left, up, right, down = np.frombuffer(boxes, dtype=np.float32).reshape(count, 4)[kept].astype(np.float64).T
    if frame.rotation:
        x0, top, x1, bottom = frame.boxes(left, down, right, up)
    else:
        bottom = frame.top - down
        x0, top, x1 = left - frame.left, bottom - size, right - frame.left  # one font size tall, as pdfminer
    chars = Characters(
        letters[kept], blank[kept], kept, objects[kept], style, size, run, x0, top, x1, bottom, styles, handles
    )
    if not frame.rotation:
        page = ctypes.cast(textpage.parent.raw, VOID).value if textpage.parent is not None else None
        _Ligatures(page, text, objects, codes).mend(chars, frame)
    if unmapped and glyphs is not None:
        _name_glyphs(chars, np.searchsorted(kept, unmapped).tolist(), glyphs)
    return chars


# Every _PROBE_STEP-th character's text object is asked for first; see text_objects.
_PROBE_STEP = 8
# Scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, ... and their
# presentation forms): PDFium reorders such a line's characters, so a text object's
# characters need not stand together.
_RIGHT_TO_LEFT = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF), (0x1E800, 0x1EFFF))


def text_objects(textpage: int, count: int, codes: np.ndarray) -> np.ndarray:
    """Each character's text object (0 for none), asking PDFium for fewer than all of them.

    PDFium lists a page's characters object by object, in drawing order, so one object's
    characters stand together (and a character with none, a line break it inferred, stands
    between objects). Between two probes that name the same object every character is that
    object's; only the gaps between probes that differ are asked for in full. A line in a
    right-to-left script is reordered, so its page is asked for in full."""
    if count <= 2 * _PROBE_STEP or any(((codes >= a) & (codes <= b)).any() for a, b in _RIGHT_TO_LEFT):
        return np.array(batch(char_object, textpage, count), dtype=np.uint64)
    probes = np.r_[np.arange(0, count - 1, _PROBE_STEP), count - 1]
    found = np.array(batch(char_object, textpage, probes.tolist()), dtype=np.uint64)
    objects = np.append(np.repeat(found[:-1], np.diff(probes)), found[-1])
    unknown = np.repeat((found[:-1] != found[1:]) | (found[:-1] == 0), np.diff(probes))
    unknown[probes[:-1]] = False
    asked = np.flatnonzero(unknown)
    objects[asked] = batch(char_object, textpage, asked.tolist())
    return objects


def words_from_characters(chars: Characters, frame: Frame, shapes: Shapes) -> list[Word]:
    """pdfplumber's extract_words on the whole page at once. Within a run, lines are
    chains of tops (x0 for text on its side) each within _Y_TOLERANCE of the one before
    (cluster_objects); a line reads left to right (top to bottom on its side), and a word
    ends at a space, at a step back, at a gap along the line wider than its tolerance, or
    at a shift across it wider than its tolerance. Text on its side swaps the tolerances.
    The words come out run by run, line by line, left to right, as pdfplumber's do."""
    upright = np.array([s.upright for s in chars.styles])[chars.style]
    gap = WORD_GAP * chars.size
    line_key = np.where(upright, chars.top, chars.x0)
    by_line = np.lexsort((line_key, chars.run))
    ordered = line_key[by_line]
    new_line = np.r_[True, (np.diff(chars.run[by_line]) != 0) | (ordered[1:] > ordered[:-1] + _Y_TOLERANCE)]
    line = np.empty(len(by_line), dtype=np.intp)
    line[by_line] = np.cumsum(new_line)
    along = np.where(upright, chars.x0, chars.top)
    # lexsort is stable: ties keep drawing order; text on its side also sorts by its bottom
    order = np.lexsort((along, line) if upright.all() else (np.where(upright, 0.0, chars.bottom), along, line))
    start, end = along[order], np.where(upright, chars.x1, chars.bottom)[order]
    across = np.where(upright, chars.top, chars.x0)[order]
    along_tolerance = np.where(upright, gap, _Y_TOLERANCE)[order]
    across_tolerance = np.where(upright, _Y_TOLERANCE, gap)[order]
    blank, line = chars.blank[order], line[order]
    new_word = np.r_[
        True,
        (line[1:] != line[:-1])
        | blank[:-1]
        | (start[1:] < start[:-1])
        | (start[1:] > end[:-1] + along_tolerance[1:])
        | (np.abs(across[1:] - across[:-1]) > across_tolerance[1:]),
    ]
    inked = order[~blank]
    if not len(inked):
        return []
    firsts = np.flatnonzero(new_word[~blank])
    x0 = np.minimum.reduceat(chars.x0[inked], firsts)
    top = np.minimum.reduceat(chars.top[inked], firsts)
    x1 = np.maximum.reduceat(chars.x1[inked], firsts)
    bottom = np.maximum.reduceat(chars.bottom[inked], firsts)
    style = chars.style[inked][firsts]
    # Upright, the bottom is one font size down from the highest top: PDFium's loose box
    # also takes in ink below the font's descent ("y", ")").
    bottom = np.where(upright[inked][firsts], top + chars.size[inked][firsts], bottom)
    visible = frame.visible
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    off_page = ~((visible[0] <= cx) & (cx <= visible[2]) & (visible[1] <= cy) & (cy <= visible[3]))
    styles = chars.styles
    fonts, sizes, bolds = (
        np.array([getattr(st, key) for st in styles], dtype=object)[style].tolist() for key in ("font", "size", "bold")
    )
    # tuple.__new__ over zipped columns makes each Word in C, at a third of calling Word
    # (a named tuple's __new__ is Python); every field is given, `hidden` blank for now
    columns = zip(
        _texts(chars.letters[inked], firsts),
        x0.tolist(),
        top.tolist(),
        x1.tolist(),
        bottom.tolist(),
        fonts,
        sizes,
        bolds,
        repeat(""),
        strict=False,
    )
    words: list[Word] = list(map(tuple.__new__, repeat(Word), columns))
    suspect = np.array([0 < st.size < 2 or st.white or st.invisible for st in styles])[style]
    for position in np.flatnonzero(off_page | suspect).tolist():
        words[position] = _hide(words[position], styles[style[position]], frame, shapes)
    return words


def _texts(letters: np.ndarray, firsts: np.ndarray) -> list[str]:
    """The text of each word, the words starting at `firsts` in `letters` (mostly one
    letter each): one join for the page, then slices."""
    page = "".join(letters.tolist())
    if len(page) == len(letters):
        starts = firsts.tolist()
    else:  # some entries hold several letters ("(cid:9)", a glyph's name)
        starts = np.r_[0, np.cumsum(np.fromiter(map(len, letters), dtype=np.intp, count=len(letters)))][firsts].tolist()
    texts = [page[a:b] for a, b in zip(starts, [*starts[1:], len(page)], strict=True)]
    marks = [found.start() for found in _TRANSLATED.finditer(page)]  # ligatures, line-end hyphens
    for word in set((np.searchsorted(starts, marks, side="right") - 1).tolist()) if marks else ():
        texts[word] = texts[word].translate(_TEXT)
    return texts


def _hide(word: Word, style: Style, frame: Frame, shapes: Shapes) -> Word:
    """The word with why it cannot be seen (rows.hidden_reason), if it cannot."""
    white = style.white and not on_colour(word, shapes.fills)
    reason = hidden_reason(word, frame.visible, white=white)
    if not reason and style.invisible and not _on_image(word, shapes.image_boxes):
        reason = "invisible"
    return word._replace(hidden=reason) if reason else word


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

    def __init__(self, page: int | None, text: str, objects: np.ndarray, codes: np.ndarray) -> None:
        # every character's, made-up ones too
        self.page, self.text, self.objects, self.codes = page, text, objects, codes

    def mend(self, chars: Characters, frame: Frame) -> None:
        # candidates: a character that opens its text object (among those kept) with f or s
        opens = np.r_[True, chars.objects[1:] != chars.objects[:-1]]
        opener = self.codes[chars.index]  # code points, not letters: comparing strings costs more
        candidates = np.flatnonzero(opens & ((opener == _LIGATURE_OPENERS[0]) | (opener == _LIGATURE_OPENERS[1])))
        # ... whose object runs on for one or two characters more (a ligature's length)
        padded = np.r_[self.objects, 0, 0, 0]  # 0: no object
        at = chars.index[candidates]
        obj = padded[at]
        candidates = candidates[(padded[at + 1] == obj) & ~((padded[at + 2] == obj) & (padded[at + 3] == obj))]
        found = []  # (position among chars, letters, object)
        for position in candidates.tolist():
            index, obj = int(chars.index[position]), int(chars.objects[position])
            end = index  # to the object's end, or past the longest ligature
            while end < len(self.objects) and end - index <= 3 and self.objects[end] == obj:
                end += 1
            letters = self.text[index:end]
            last = position + len(letters) - 1
            if letters not in LIGATURE_LETTERS or not chars.styles[chars.style[position]].upright:
                continue
            if last >= len(chars.run) or chars.run[last] != chars.run[position]:
                continue
            if "".join(chars.letters[position : last + 1]) != letters:
                continue
            if has_actual_text(obj):
                found.append((position, letters, obj))
        glyphs = self._glyph_boxes({obj for *_, obj in found}) if found else {}
        for position, letters, obj in found:
            if obj not in glyphs:
                continue  # PDFium's boxes stay
            left, bottom, right = glyphs[obj]
            x0, step, bottom = left - frame.left, (right - left) / len(letters), frame.top - bottom
            size = float(chars.size[position])
            for k in range(len(letters)):
                chars.x0[position + k], chars.x1[position + k] = x0 + k * step, x0 + (k + 1) * step
                chars.top[position + k], chars.bottom[position + k] = bottom - size, bottom

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


def _name_glyphs(chars: Characters, unmapped: list[int], glyphs: GlyphLookup) -> None:
    """Glyphs PDFium cannot map (at positions `unmapped`), inside a word (a letter drawn
    right beside them), read as pdfminer reads them: "work(cid:129)ows" -> "workflows"
    when the font names the glyph "f_l"."""
    letters, run, count = chars.letters, chars.run, len(chars.letters)
    for position in unmapped:
        char = letters[position]
        reach = WORD_GAP * float(chars.size[position])
        before, after = position - 1, position + 1
        inside = (
            before >= 0
            and run[before] == run[position]
            and letters[before][-1:].isalpha()
            and _touch(chars, before, position, reach)
        ) or (
            after < count
            and run[after] == run[position]
            and letters[after][:1].isalpha()
            and _touch(chars, position, after, reach)
        )
        if not inside:
            continue  # an icon on its own keeps its code, as in pdfminer's reading
        name = glyphs(base_font_name(object_font(int(chars.objects[position]))), int(char[5:-1]))
        if name and name.isprintable():
            letters[position] = name
            chars.blank[position] = name[0].isspace()


def _touch(chars: Characters, left: int, right: int, reach: float) -> bool:
    """Whether two characters sit side by side on one line, as letters of a word do."""
    return bool(
        abs(chars.bottom[left] - chars.bottom[right]) < 1 and -reach <= chars.x0[right] - chars.x1[left] <= reach
    )


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


def _on_image(word: Word, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in boxes)
