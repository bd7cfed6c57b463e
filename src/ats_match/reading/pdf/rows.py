"""Words and rows: what a text engine hands the layout (Word, TableBox), and words grouped
into rows that share a baseline. Pure geometry with no PDF library."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from ..document import BBox

# A gap wider than this share of the font size parts two words. LaTeX draws no space
# characters and sets tight lines at 0.14 em; kerning and tracking stay under 0.08 em.
WORD_GAP = 0.11


class Word(NamedTuple):
    """A run of characters with one font and colour, as a text engine reports it. A named
    tuple, not a frozen dataclass: a page makes hundreds, and a frozen dataclass sets each
    field through object.__setattr__ (four times the cost of the whole tuple)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str = ""
    size: float = 0.0
    bold: bool = False
    hidden: str = ""  # why a person cannot see it: white, tiny, off-page or invisible; "" when visible


@dataclass(frozen=True)
class TableBox:
    """A ruled table the engine found; cells on one row are read as "a | b"."""

    bbox: BBox
    column_edges: tuple[float, ...] = ()  # x of the borders between cells


def hidden_reason(word: Word, visible: BBox, *, white: bool = False) -> str:
    """Why a word cannot be seen, given the page area a viewer shows ("" when it can)."""
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    if not (visible[0] <= cx <= visible[2] and visible[1] <= cy <= visible[3]):
        return "off-page"
    if 0 < word.size < 2:
        return "tiny"
    return "white" if white else ""


@dataclass(eq=False)
class Row:
    """Words that share a baseline. `top` and `bottom` span its text words only: a tall
    icon or bullet beside two lines must not weld them into one row."""

    words: list[Word] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    has_text: bool = False

    def add(self, word: Word) -> None:
        # once per word of every page: comparisons, not min() and max()
        text = word.text[:1].isalnum() or _ALNUM.search(word.text) is not None  # is_text, inline
        if not self.words:
            self.top, self.bottom, self.x0, self.x1 = word.top, word.bottom, word.x0, word.x1
        else:
            if text and not self.has_text:
                self.top, self.bottom = word.top, word.bottom
            elif text:
                if word.top < self.top:
                    self.top = word.top
                if word.bottom > self.bottom:
                    self.bottom = word.bottom
            if word.x0 < self.x0:
                self.x0 = word.x0
            if word.x1 > self.x1:
                self.x1 = word.x1
        if text:
            self.has_text = True
        self.words.append(word)

    def merge(self, other: Row) -> None:
        for word in other.words:
            self.add(word)

    @property
    def box(self) -> BBox:
        top = min(map(_TOP, self.words))
        bottom = max(map(_BOTTOM, self.words))
        return (round(self.x0, 2), round(top, 2), round(self.x1, 2), round(bottom, 2))


_TOP, _BOTTOM = attrgetter("top"), attrgetter("bottom")
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum() accepts: \w is it plus "_"


def is_text(word: Word) -> bool:
    """Whether a word holds letters or digits (not only a bullet, icon or rule)."""
    return word.text[:1].isalnum() or _ALNUM.search(word.text) is not None


def same_row(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> bool:
    """Boxes share a row when they overlap for at least half the shorter one's height.
    Small type beside much larger type (a date in the corner of a name banner) must also
    share its baseline. (Comparisons, not min() and max(): it runs once per word.)"""
    short, tall = a_bottom - a_top, b_bottom - b_top
    if tall < short:
        short, tall = tall, short
    overlap = (a_bottom if a_bottom < b_bottom else b_bottom) - (a_top if a_top > b_top else b_top)
    if overlap < 0.5 * (short if short > 0.1 else 0.1):
        return False
    return tall <= 2 * short or abs(a_bottom - b_bottom) <= 0.3 * tall


TOP_X0 = attrgetter("top", "x0")  # the order rows are grouped in


def group_rows(words: Iterable[Word]) -> list[Row]:
    """Words into rows, top to bottom (one sort and one sweep)."""
    return rows_of_sorted(sorted(words, key=TOP_X0))


def rows_of_sorted(words: Iterable[Word]) -> list[Row]:
    """group_rows of words already sorted by TOP_X0 (the layout sorts a page's words once
    and hands on filtered runs of them). The sweep is Row.add and same_row kept in local
    variables, each Row made once: it runs once per word of every page, several times
    over, and calling them per word was most of the layout's time."""
    rows: list[Row] = []
    members: list[Word] = []
    top = bottom = x0 = x1 = 0.0
    has_text = False
    for word in words:
        w_top, w_bottom = word.top, word.bottom
        if members:  # same_row(top, bottom, w_top, w_bottom), inline
            short, tall = bottom - top, w_bottom - w_top
            if tall < short:
                short, tall = tall, short
            overlap = (bottom if bottom < w_bottom else w_bottom) - (top if top > w_top else w_top)
            joins = overlap >= 0.5 * (short if short > 0.1 else 0.1) and (
                tall <= 2 * short or abs(bottom - w_bottom) <= 0.3 * tall
            )
        else:
            joins = False
        text = word.text[:1].isalnum() or _ALNUM.search(word.text) is not None  # is_text, inline
        if not joins:
            if members:
                rows.append(Row(members, top, bottom, x0, x1, has_text))
            members = [word]
            top, bottom, x0, x1, has_text = w_top, w_bottom, word.x0, word.x1, text
            continue
        if text and not has_text:
            top, bottom, has_text = w_top, w_bottom, True
        elif text:
            if w_top < top:
                top = w_top
            if w_bottom > bottom:
                bottom = w_bottom
        if word.x0 < x0:
            x0 = word.x0
        if word.x1 > x1:
            x1 = word.x1
        members.append(word)
    if members:
        rows.append(Row(members, top, bottom, x0, x1, has_text))
    return rows


def cluster_rows(rows: list[Row]) -> list[Row]:
    """Rows of different columns that share a baseline, ordered top to bottom then left
    to right; used to read label grids row by row."""
    ordered: list[Row] = []
    group: list[Row] = []
    top = bottom = 0.0
    for row in sorted(rows, key=lambda r: (r.top, r.x0)):
        if group and same_row(top, bottom, row.top, row.bottom):
            group.append(row)
            top, bottom = min(top, row.top), max(bottom, row.bottom)
            continue
        ordered.extend(sorted(group, key=lambda r: r.x0))
        group, top, bottom = [row], row.top, row.bottom
    ordered.extend(sorted(group, key=lambda r: r.x0))
    return ordered


# ---------------------------------------------------------------------------- columns
