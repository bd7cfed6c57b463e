"""Reading order of a PDF page: words with boxes in, lines in the order a person reads
them out. Pure geometry with no PDF library, so any text engine (pdfplumber today,
pypdfium2 later) can feed it.

A page is read as one column unless a vertical gutter splits it: an x position that
almost no word crosses, with text on both sides. Then the full-width lines above the
columns (the name banner) come first and each column is read top to bottom, left
column first. Label grids (section names or dates in a narrow margin, each on the
baseline of the text it labels) are read row by row instead, as a person does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from operator import attrgetter
from statistics import median

from ..document import BBox, HiddenText, Line
from ..normalize import join_hyphenated, normalize_text
from .columns import column_order, find_gutter, split_rows
from .rows import TOP_X0, WORD_GAP, Row, TableBox, Word, rows_of_sorted, same_row

BAND = 0.06  # share of the page height at the top and bottom that holds headers and footers
RUNNING_BAND = 0.15  # a line repeated on several pages counts as header/footer inside this share


@dataclass(frozen=True)
class PageLayout:
    lines: tuple[Line, ...]
    columns: int = 1
    hidden_text: tuple[HiddenText, ...] = ()


def _join_table_rows(rows: list[Row], tables: Sequence[TableBox]) -> list[Row]:
    """The cells of one table row are one line, whatever gutter runs between them."""
    if not tables:
        return rows
    out: list[Row] = []
    last: dict[int, Row] = {}  # table index -> its latest row
    for row in sorted(rows, key=lambda r: (r.top, r.x0)):
        index = next((i for i, t in enumerate(tables) if _inside(row, t.bbox)), None)
        previous = last.get(index) if index is not None else None
        if previous is not None and same_row(previous.top, previous.bottom, row.top, row.bottom):
            previous.merge(row)
            continue
        if index is not None:
            last[index] = row
        out.append(row)
    return out


def _inside(row: Row, bbox: BBox) -> bool:
    cx, cy = (row.x0 + row.x1) / 2, (row.top + row.bottom) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


# ---------------------------------------------------------------------------- lines


_X0 = attrgetter("x0")  # words left to right
_LETTER = re.compile(r"^[^\W\d_]{1,3}$")


def row_text(words: Sequence[Word], tables: Sequence[TableBox] = ()) -> str:
    """The text of a row, words left to right. Words split only by a change of font or
    colour are glued back; cells of a ruled table are joined by " | "; letter-spaced
    capitals ("J O H N  D O E") are read as words ("JOHN DOE")."""
    words = sorted(words, key=_X0)
    return _text(words, tables, _letter_spaced(words))


def _text(words: Sequence[Word], tables: Sequence[TableBox], letter_spaced: bool) -> str:
    """row_text of words sorted left to right, whether they are letter-spaced known."""
    if letter_spaced:
        return _join_letter_spaced(words)
    edges = _row_edges(words, tables)
    parts = [words[0].text]
    for prev, word in pairwise(words):
        gap = word.x0 - prev.x1
        if edges and any(prev.x1 - 1 <= e <= word.x0 + 1 for e in edges):
            parts.append(" | ")
        elif gap > WORD_GAP * (prev.size if prev.size > word.size else word.size) and gap > WORD_GAP:
            parts.append(" ")
        parts.append(word.text)
    return normalize_text("".join(parts))


def _letter_spaced(words: Sequence[Word]) -> bool:
    if len(words) < 4 or not all(_LETTER.match(w.text) for w in words):  # most rows fail at their first long word
        return False
    return sum(1 for w in words if len(w.text) == 1 and w.text.isalpha()) >= 0.6 * len(words)


def _join_letter_spaced(words: Sequence[Word]) -> str:
    gaps = [b.x0 - a.x1 for a, b in pairwise(words)]
    letter_gap = median(gaps)
    parts = [words[0].text]
    for gap, word in zip(gaps, words[1:], strict=True):
        parts.append((" " if gap > 1.6 * letter_gap + 0.5 else "") + word.text)
    return normalize_text("".join(parts))


def _row_edges(words: Sequence[Word], tables: Sequence[TableBox]) -> tuple[float, ...]:
    cy = (words[0].top + words[0].bottom) / 2
    for table in tables:
        x0, top, x1, bottom = table.bbox
        if top <= cy <= bottom and x0 <= words[0].x0 and words[-1].x1 <= x1:
            return table.column_edges
    return ()


def _make_line(row: Row, page: int, column: int, region: str, tables: Sequence[TableBox], hidden: bool) -> Line:
    words = sorted(row.words, key=_X0)
    lengths = [len(w.text) for w in words]
    chars = sum(lengths)
    bold = sum([length for length, w in zip(lengths, words, strict=True) if w.bold])
    first = words[0].size
    if all([w.size == first for w in words]):  # most rows: one size
        size = round(first, 1)
    else:  # characters per size, summed before rounding, then per rounded size
        sizes: dict[float, int] = {}
        for w, length in zip(words, lengths, strict=True):
            rounded = round(w.size, 1)
            sizes[rounded] = sizes.get(rounded, 0) + length
        size = max(sizes, key=lambda s: (sizes[s], s))
    letter_spaced = _letter_spaced(words)
    return Line(
        text=_text(words, tables, letter_spaced),
        page=page,
        region=region,
        bbox=row.box,
        column=column,
        font_size=size or None,
        bold=bold * 2 > chars,
        hidden=hidden,
        letter_spaced=letter_spaced,
    )


def layout_page(
    words: Sequence[Word], width: float, height: float, page: int = 1, tables: Sequence[TableBox] = ()
) -> PageLayout:
    """One page's lines in reading order: header band, body (columns read one after the
    other), hidden text, footer band."""
    visible: list[Word] = []
    hidden_by_reason: dict[str, list[Word]] = {}
    for word in sorted(words, key=TOP_X0):  # sorted once: every row grouping below keeps the order
        if word.hidden:
            hidden_by_reason.setdefault(word.hidden, []).append(word)
        else:
            visible.append(word)
    head, body, foot = _bands(visible, height)
    gutter = find_gutter(body)
    rows = _join_table_rows(split_rows(body, gutter), tables)
    if gutter is None:
        ordered, columns = [(r, 0) for r in sorted(rows, key=lambda r: (r.top, r.x0))], 1
    else:
        ordered, columns = column_order(rows, gutter)

    lines = [_make_line(r, page, 0, "header", (), False) for r in head]
    body_lines = [
        _make_line(r, page, col, "table" if any(_inside(r, t.bbox) for t in tables) else "body", tables, False)
        for r, col in ordered
    ]
    lines += _join_hyphens(body_lines)
    hidden: list[HiddenText] = []
    for reason in ("white", "tiny", "off-page", "invisible"):
        for row in rows_of_sorted(hidden_by_reason.get(reason, ())):
            lines.append(_make_line(row, page, 0, "body", (), True))
            hidden.append(HiddenText(lines[-1].text, page, reason))
    lines += [_make_line(r, page, 0, "footer", (), False) for r in foot]
    return PageLayout(tuple(line for line in lines if line.text), columns, tuple(h for h in hidden if h.text))


def _bands(words: list[Word], height: float) -> tuple[list[Row], list[Word], list[Row]]:
    """Header rows, body words and footer rows of words sorted by TOP_X0 (the body comes
    out so sorted too). A row in the top or bottom BAND of the page is a header or footer
    only when a gap of at least its own height parts it from the body; otherwise it is the
    first or last line of a tightly set page."""
    head_limit, foot_limit = height * BAND, height * (1 - BAND)
    head_words: list[Word] = []
    foot_words: list[Word] = []
    body: list[Word] = []
    for w in words:  # one pass: the three bands part every word
        if w.bottom <= head_limit:
            head_words.append(w)
        elif w.top >= foot_limit:
            foot_words.append(w)
        else:
            body.append(w)
    head, foot = rows_of_sorted(head_words), rows_of_sorted(foot_words)
    moved = False
    edge = min((w.top for w in body), default=height)
    while head and edge - head[-1].bottom < head[-1].bottom - head[-1].top:
        row = head.pop()
        body += row.words
        edge, moved = row.top, True
    edge = max((w.bottom for w in body), default=0.0)
    while foot and foot[0].top - edge < foot[0].bottom - foot[0].top:
        row = foot.pop(0)
        body += row.words
        edge, moved = row.bottom, True
    if moved:
        body.sort(key=TOP_X0)
    return head, body, foot


def _join_hyphens(lines: list[Line]) -> list[Line]:
    """Rejoin words broken over a line end, within one column."""
    out: list[Line] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i].column != lines[start].column:
            texts = join_hyphenated([ln.text for ln in lines[start:i]])
            out += [ln if ln.text == t else replace(ln, text=t) for ln, t in zip(lines[start:i], texts, strict=True)]
            start = i
    return out


# ---------------------------------------------------------------------------- pages


_DIGITS = re.compile(r"\d+")


def mark_running_lines(pages: Sequence[Sequence[Line]], heights: Sequence[float]) -> list[list[Line]]:
    """Mark lines repeated at the same place at the top or bottom of several pages (page
    numbers, a name on every page) as header or footer. Only the two outermost lines at
    each end of a page are candidates, so a list that runs over a page break is not."""
    edges = [_edge_lines(lines, height) for lines, height in zip(pages, heights, strict=True)]
    seen: dict[str, list[tuple[int, float]]] = {}
    for index, (lines, edge) in enumerate(zip(pages, edges, strict=True)):
        for i in edge:
            seen.setdefault(_running_key(lines[i].text), []).append((index, lines[i].bbox[1]))
    running = {key for key, places in seen.items() if _repeats(places, len(pages))}
    return [
        [
            replace(ln, region=edge[i]) if i in edge and _running_key(ln.text) in running else ln
            for i, ln in enumerate(lines)
        ]
        for lines, edge in zip(pages, edges, strict=True)
    ]


def _edge_lines(lines: Sequence[Line], height: float) -> dict[int, str]:
    """Indexes of the two top-most and two bottom-most visible body lines that lie
    inside RUNNING_BAND, with the region they would get."""
    body = sorted(
        (i for i, ln in enumerate(lines) if ln.region == "body" and ln.bbox and not ln.hidden),
        key=lambda i: lines[i].bbox[1],
    )
    edge = {i: "header" for i in body[:2] if lines[i].bbox[3] <= height * RUNNING_BAND}
    edge.update({i: "footer" for i in body[-2:] if lines[i].bbox[1] >= height * (1 - RUNNING_BAND) and i not in edge})
    return edge


def _running_key(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def _repeats(places: list[tuple[int, float]], pages: int) -> bool:
    """Found within three points of the same height on more than half the pages, and
    on two at least (a value that happens to open two pages of five is not)."""
    places.sort(key=lambda p: p[1])
    need = max(2, pages // 2 + 1)
    return any(len({p for p, t in places[i:] if t - top <= 3}) >= need for i, (_, top) in enumerate(places))
