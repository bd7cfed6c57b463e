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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, pairwise
from operator import attrgetter
from statistics import median

from ..document import BBox, HiddenText, Line
from ..normalize import join_hyphenated, normalize_text

BAND = 0.06  # share of the page height at the top and bottom that holds headers and footers
RUNNING_BAND = 0.15  # a line repeated on several pages counts as header/footer inside this share
MIN_GUTTER = 4  # points of x that no column word crosses
MAX_CROSSING = 0.2  # words across a gutter, as a share of the rows beside it (see find_gutter)
# A gap wider than this share of the font size parts two words. LaTeX draws no space
# characters and sets tight lines at 0.14 em; kerning and tracking stay under 0.08 em.
WORD_GAP = 0.11


@dataclass(frozen=True, slots=True)
class Word:
    """A run of characters with one font and colour, as a text engine reports it."""

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


@dataclass(frozen=True)
class PageLayout:
    lines: tuple[Line, ...]
    columns: int = 1
    hidden_text: tuple[HiddenText, ...] = ()


def hidden_reason(word: Word, visible: BBox, *, white: bool = False) -> str:
    """Why a word cannot be seen, given the page area a viewer shows ("" when it can)."""
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    if not (visible[0] <= cx <= visible[2] and visible[1] <= cy <= visible[3]):
        return "off-page"
    if 0 < word.size < 2:
        return "tiny"
    return "white" if white else ""


@dataclass(eq=False)
class _Row:
    """Words that share a baseline. `top` and `bottom` span its text words only: a tall
    icon or bullet beside two lines must not weld them into one row."""

    words: list[Word] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    has_text: bool = False

    def add(self, word: Word) -> None:
        text = _is_text(word)
        if not self.words:
            self.top, self.bottom, self.x0, self.x1 = word.top, word.bottom, word.x0, word.x1
        else:
            if text and not self.has_text:
                self.top, self.bottom = word.top, word.bottom
            elif text:
                self.top, self.bottom = min(self.top, word.top), max(self.bottom, word.bottom)
            self.x0, self.x1 = min(self.x0, word.x0), max(self.x1, word.x1)
        self.has_text = self.has_text or text
        self.words.append(word)

    def merge(self, other: _Row) -> None:
        for word in other.words:
            self.add(word)

    @property
    def box(self) -> BBox:
        top = min(w.top for w in self.words)
        bottom = max(w.bottom for w in self.words)
        return (round(self.x0, 2), round(top, 2), round(self.x1, 2), round(bottom, 2))


_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum() accepts: \w is it plus "_"


def _is_text(word: Word) -> bool:
    """Whether a word holds letters or digits (not only a bullet, icon or rule)."""
    return _ALNUM.search(word.text) is not None


def _same_row(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> bool:
    """Boxes share a row when they overlap for at least half the shorter one's height.
    Small type beside much larger type (a date in the corner of a name banner) must also
    share its baseline."""
    short, tall = a_bottom - a_top, b_bottom - b_top
    if tall < short:
        short, tall = tall, short
    overlap = min(a_bottom, b_bottom) - max(a_top, b_top)
    if overlap < 0.5 * max(short, 0.1):
        return False
    return tall <= 2 * short or abs(a_bottom - b_bottom) <= 0.3 * tall


def group_rows(words: Iterable[Word]) -> list[_Row]:
    """Words into rows, top to bottom (one sort and one sweep)."""
    rows: list[_Row] = []
    for word in sorted(words, key=attrgetter("top", "x0")):
        if rows and _same_row(rows[-1].top, rows[-1].bottom, word.top, word.bottom):
            rows[-1].add(word)
        else:
            rows.append(_Row())
            rows[-1].add(word)
    return rows


def _cluster_rows(rows: list[_Row]) -> list[_Row]:
    """Rows of different columns that share a baseline, ordered top to bottom then left
    to right; used to read label grids row by row."""
    ordered: list[_Row] = []
    group: list[_Row] = []
    top = bottom = 0.0
    for row in sorted(rows, key=lambda r: (r.top, r.x0)):
        if group and _same_row(top, bottom, row.top, row.bottom):
            group.append(row)
            top, bottom = min(top, row.top), max(bottom, row.bottom)
            continue
        ordered.extend(sorted(group, key=lambda r: r.x0))
        group, top, bottom = [row], row.top, row.bottom
    ordered.extend(sorted(group, key=lambda r: r.x0))
    return ordered


# ---------------------------------------------------------------------------- columns


@dataclass(frozen=True)
class Gutter:
    """Where a page splits. A weak gutter (the narrower side is crossed by a banner of
    several lines, as over a column of section labels) only splits rows, never the
    reading order."""

    x: float
    strong: bool


def find_gutter(words: Sequence[Word]) -> Gutter | None:
    """The vertical gutter between two columns, or None for a single column.

    A projection profile: for each point of x, how many words cover it. A gutter is a run
    of at least MIN_GUTTER points that few words cross (the name banner may) while each
    side holds at least three rows of its own. Linear in words plus page width.
    """
    words = [w for w in words if _is_text(w)]  # bullets and icons hug their text
    if len(words) < 12:
        return None
    lo = int(min(w.x0 for w in words))
    hi = int(max(w.x1 for w in words)) + 1
    n = hi - lo
    if n < 150:
        return None
    diff = [0] * (n + 1)
    for w in words:
        diff[int(w.x0) - lo] += 1
        diff[min(int(w.x1 + 0.999), hi) - lo] -= 1
    cov = list(accumulate(diff[:n]))
    left_rows, right_rows = list(accumulate(cov, max)), list(accumulate(reversed(cov), max))[::-1]
    # Where a gutter may run: rows on both sides, and few words across x per row of the
    # longer side (strong gutters use the shorter).
    clear = [
        min(a, b) >= 3 and c / max(a, b, 1) <= MAX_CROSSING for c, a, b in zip(cov, left_rows, right_rows, strict=True)
    ]
    best: tuple[float, int, float] | None = None  # (crossing share of the shorter side, -width, x)
    margin = int(n * 0.12)
    i = margin
    while i < n - margin:
        if not clear[i]:
            i += 1
            continue
        start = i
        while i < n - margin and clear[i]:
            i += 1
        if i - start >= MIN_GUTTER:
            low = min(cov[start:i])
            plateau = [k for k in range(start, i) if cov[k] == low]
            share = low / min(left_rows[plateau[0]], right_rows[plateau[0]])
            candidate = (round(share, 2), start - i, lo + (plateau[0] + plateau[-1] + 1) / 2)
            best = candidate if best is None or candidate < best else best
    return Gutter(best[2], best[0] <= MAX_CROSSING) if best else None


def _is_label_grid(left: list[_Row], right: list[_Row]) -> bool:
    """Whether two sides are one grid read row by row (section labels, or dates and
    places beside each entry), not two columns.

    In a grid nearly every row of the sparser side sits on the baseline of a row of the
    other side, and the other side has rows in between (the lines of the entry a label
    or date belongs to) or the sparser side is a right-aligned column of dates. Two real
    columns may share baselines by chance of equal leading, but each then reads on
    without the other's rows in between.
    """
    sparse, dense = (right, left) if len(right) <= len(left) else (left, right)
    if len(sparse) < 2:
        return True
    centres = sorted((r.top + r.bottom) / 2 for r in dense)
    aligned = sum(1 for r in sparse if _near(centres, (r.top + r.bottom) / 2, max(1.5, 0.25 * (r.bottom - r.top))))
    if aligned < 0.8 * len(sparse):
        return False
    holes = sum(1 for a, b in pairwise(sparse) if bisect_left(centres, b.top) > bisect_right(centres, a.bottom))
    return holes >= 0.3 * (len(sparse) - 1) or (sparse is right and _flush_right(right))


def _flush_right(rows: list[_Row]) -> bool:
    """Rows set ragged-left against the right margin, as dates and places are (a
    justified or left-aligned column is not)."""
    right, left = max(r.x1 for r in rows), min(r.x0 for r in rows)
    flush = sum(1 for r in rows if r.x1 >= right - 2)
    ragged = sum(1 for r in rows if r.x0 > left + 2)
    return flush >= 0.8 * len(rows) and ragged >= 0.5 * len(rows)


def _near(sorted_values: list[float], x: float, tolerance: float) -> bool:
    i = bisect_left(sorted_values, x - tolerance)
    return i < len(sorted_values) and sorted_values[i] <= x + tolerance


def _column_order(rows: list[_Row], gutter: Gutter) -> tuple[list[tuple[_Row, int]], int]:
    """Rows in reading order with their column, and the number of columns read.

    Full-width rows cut the page into blocks; inside a block the left column is read
    before the right one.
    """
    split = gutter.x
    by_top = sorted(rows, key=lambda r: (r.top, r.x0))
    left = [r for r in by_top if r.x1 <= split]
    right = [r for r in by_top if r.x0 >= split]
    if not gutter.strong or len(left) < 3 or len(right) < 3 or _is_label_grid(left, right):
        return [(r, 0) for r in _cluster_rows(rows)], 1
    lead = {id(r) for r in _lead_rows(left, right) + _lead_rows(right, left)}
    spanning = [r for r in by_top if r.x0 < split < r.x1 or id(r) in lead]
    left = [r for r in left if id(r) not in lead]
    right = [r for r in right if id(r) not in lead]
    out: list[tuple[_Row, int]] = []
    i = j = 0
    for row in [*spanning, None]:
        limit = row.top if row is not None else float("inf")
        start_j = j
        while i < len(left) and left[i].top < limit:
            out.append((left[i], 0))
            i += 1
        while j < len(right) and right[j].top < limit:
            j += 1
        out += [(r, 1) for r in right[start_j:j]]
        if row is not None:
            out.append((row, 0))
    return out, 2


def _lead_rows(side: list[_Row], other: list[_Row]) -> list[_Row]:
    """Rows of one side above the first row of the other that end in a gap: a block on
    its own over the columns (a name beside a photo, a job title under the banner), read
    before both columns. Rows that run on into their column stay in it."""
    lead = [r for r in side if r.bottom <= other[0].top]
    if not lead or len(lead) == len(side):
        return []
    last, after = lead[-1], side[len(lead)]
    return lead if after.top - last.bottom > 1.2 * (last.bottom - last.top) else []


def _split_rows(words: list[Word], gutter: Gutter | None) -> list[_Row]:
    """Rows per side of the gutter; a row with a word across the gutter is full width
    and takes in the column rows on its baseline."""
    if gutter is None:
        return group_rows(words)
    split = gutter.x
    left = group_rows(w for w in words if w.x1 <= split)
    right = group_rows(w for w in words if w.x0 >= split)
    left, right, bridged = _bridge(left, right)
    spanning = _RowIndex(group_rows(w for w in words if w.x0 < split < w.x1) + bridged)
    kept: list[_Row] = []
    for row in left + right:
        host = next(spanning.on_baseline_of(row), None)
        if host is None:
            kept.append(row)
        else:
            host.merge(row)
    return kept + spanning.rows


class _RowIndex:
    """Rows sorted by top, to find those on a row's baseline with a bisect."""

    def __init__(self, rows: Iterable[_Row]) -> None:
        self.rows = sorted(rows, key=lambda r: r.top)
        self.tops = [r.top for r in self.rows]
        self.reach = max((r.bottom - r.top for r in self.rows), default=0.0)

    def on_baseline_of(self, row: _Row) -> Iterator[_Row]:
        for other in self.rows[bisect_left(self.tops, row.top - self.reach) :]:
            if other.top >= row.bottom:
                return
            if _same_row(other.top, other.bottom, row.top, row.bottom):
                yield other


def _bridge(left: list[_Row], right: list[_Row]) -> tuple[list[_Row], list[_Row], list[_Row]]:
    """Join the left and right rows that are one line cut by the gutter: same baseline,
    less than an em apart (letter-spaced names like "J O H N  D O E"). Returns the rows
    left on each side and the joined ones."""
    index = _RowIndex(right)
    joined: list[_Row] = []
    taken: set[int] = set()
    kept_left: list[_Row] = []
    for a in left:
        em = max(w.size for w in a.words) or (a.bottom - a.top)
        b = next((b for b in index.on_baseline_of(a) if id(b) not in taken and b.x0 - a.x1 <= em), None)
        if b is None:
            kept_left.append(a)
            continue
        taken.add(id(b))
        a.merge(b)
        joined.append(a)
    return kept_left, [r for r in right if id(r) not in taken], joined


def _join_table_rows(rows: list[_Row], tables: Sequence[TableBox]) -> list[_Row]:
    """The cells of one table row are one line, whatever gutter runs between them."""
    if not tables:
        return rows
    out: list[_Row] = []
    last: dict[int, _Row] = {}  # table index -> its latest row
    for row in sorted(rows, key=lambda r: (r.top, r.x0)):
        index = next((i for i, t in enumerate(tables) if _inside(row, t.bbox)), None)
        previous = last.get(index) if index is not None else None
        if previous is not None and _same_row(previous.top, previous.bottom, row.top, row.bottom):
            previous.merge(row)
            continue
        if index is not None:
            last[index] = row
        out.append(row)
    return out


def _inside(row: _Row, bbox: BBox) -> bool:
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
        elif gap > WORD_GAP * max(prev.size, word.size, 1.0):
            parts.append(" ")
        parts.append(word.text)
    return normalize_text("".join(parts))


def _letter_spaced(words: Sequence[Word]) -> bool:
    singles = sum(1 for w in words if len(w.text) == 1 and w.text.isalpha())
    return len(words) >= 4 and all(_LETTER.match(w.text) for w in words) and singles >= 0.6 * len(words)


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


def _make_line(row: _Row, page: int, column: int, region: str, tables: Sequence[TableBox], hidden: bool) -> Line:
    sizes: dict[float, int] = {}
    bold = 0
    for w in row.words:
        size = round(w.size, 1)
        sizes[size] = sizes.get(size, 0) + len(w.text)
        bold += len(w.text) if w.bold else 0
    chars = sum(sizes.values())
    size = max(sizes, key=lambda s: (sizes[s], s)) if sizes else None
    words = sorted(row.words, key=_X0)
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
    head, body, foot = _bands([w for w in words if not w.hidden], height)
    gutter = find_gutter(body)
    rows = _join_table_rows(_split_rows(body, gutter), tables)
    if gutter is None:
        ordered, columns = [(r, 0) for r in sorted(rows, key=lambda r: (r.top, r.x0))], 1
    else:
        ordered, columns = _column_order(rows, gutter)

    lines = [_make_line(r, page, 0, "header", (), False) for r in head]
    body_lines = [
        _make_line(r, page, col, "table" if any(_inside(r, t.bbox) for t in tables) else "body", tables, False)
        for r, col in ordered
    ]
    lines += _join_hyphens(body_lines)
    hidden: list[HiddenText] = []
    for reason in ("white", "tiny", "off-page", "invisible"):
        for row in group_rows(w for w in words if w.hidden == reason):
            lines.append(_make_line(row, page, 0, "body", (), True))
            hidden.append(HiddenText(lines[-1].text, page, reason))
    lines += [_make_line(r, page, 0, "footer", (), False) for r in foot]
    return PageLayout(tuple(line for line in lines if line.text), columns, tuple(h for h in hidden if h.text))


def _bands(words: list[Word], height: float) -> tuple[list[_Row], list[Word], list[_Row]]:
    """Header rows, body words and footer rows. A row in the top or bottom BAND of the
    page is a header or footer only when a gap of at least its own height parts it from
    the body; otherwise it is the first or last line of a tightly set page."""
    head = group_rows(w for w in words if w.bottom <= height * BAND)
    foot = group_rows(w for w in words if w.top >= height * (1 - BAND) and w.bottom > height * BAND)
    body = [w for w in words if height * BAND < w.bottom and w.top < height * (1 - BAND)]
    edge = min((w.top for w in body), default=height)
    while head and edge - head[-1].bottom < head[-1].bottom - head[-1].top:
        row = head.pop()
        body += row.words
        edge = row.top
    edge = max((w.bottom for w in body), default=0.0)
    while foot and foot[0].top - edge < foot[0].bottom - foot[0].top:
        row = foot.pop(0)
        body += row.words
        edge = row.bottom
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
