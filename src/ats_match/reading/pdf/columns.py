"""Columns: the vertical gutter that splits a page into two columns, and the order a person
reads the rows of a two-column page in (full-width lines first, then each column, or row
by row for label grids)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from .rows import Row, Word, cluster_rows, is_text, rows_of_sorted, same_row

MIN_GUTTER = 4  # points of x that no column word crosses
MAX_CROSSING = 0.2  # words across a gutter, as a share of the rows beside it (see find_gutter)


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
    words = [w for w in words if is_text(w)]  # bullets and icons hug their text
    if len(words) < 12:
        return None
    x0 = np.array([w.x0 for w in words]).astype(np.int64)  # truncated, as int() does
    x1 = np.array([w.x1 + 0.999 for w in words]).astype(np.int64)
    lo = int(x0.min())
    hi = int(max(w.x1 for w in words)) + 1
    n = hi - lo
    if n < 150:
        return None
    diff = np.bincount(x0 - lo, minlength=n + 1) - np.bincount(np.minimum(x1, hi) - lo, minlength=n + 1)
    cov = np.cumsum(diff[:n])
    left_rows, right_rows = np.maximum.accumulate(cov), np.maximum.accumulate(cov[::-1])[::-1]
    # Where a gutter may run: rows on both sides, and few words across x per row of the
    # longer side (strong gutters use the shorter).
    clear = (np.minimum(left_rows, right_rows) >= 3) & (
        cov / np.maximum(np.maximum(left_rows, right_rows), 1) <= MAX_CROSSING
    )
    margin = int(n * 0.12)
    inner = np.r_[False, clear[margin : n - margin], False].astype(np.int8)
    edges = np.flatnonzero(np.diff(inner))  # runs of clear x: starts and ends, alternating
    best: tuple[float, int, float] | None = None  # (crossing share of the shorter side, -width, x)
    for start, stop in zip((edges[::2] + margin).tolist(), (edges[1::2] + margin).tolist(), strict=True):
        if stop - start < MIN_GUTTER:
            continue
        low = cov[start:stop].min()
        plateau = np.flatnonzero(cov[start:stop] == low) + start
        first, last = int(plateau[0]), int(plateau[-1])
        share = int(low) / min(int(left_rows[first]), int(right_rows[first]))
        candidate = (round(share, 2), start - stop, lo + (first + last + 1) / 2)
        best = candidate if best is None or candidate < best else best
    return Gutter(best[2], best[0] <= MAX_CROSSING) if best else None


def _is_label_grid(left: list[Row], right: list[Row]) -> bool:
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
    # A row with nothing beside it at all (a section heading over the grid) neither
    # aligns nor breaks alignment, unless such rows are most of the side.
    bands = RowIndex(dense)
    beside = [r for r in sparse if any(bands.overlapping(r))]
    measured = beside if len(beside) >= 0.6 * len(sparse) else sparse
    aligned = sum(1 for r in measured if _near(centres, (r.top + r.bottom) / 2, max(1.5, 0.25 * (r.bottom - r.top))))
    if aligned < 0.8 * len(measured):
        return False
    holes = sum(1 for a, b in pairwise(measured) if bisect_left(centres, b.top) > bisect_right(centres, a.bottom))
    return holes >= 0.3 * (len(measured) - 1) or (sparse is right and _flush_right(right))


def _flush_right(rows: list[Row]) -> bool:
    """Rows set ragged-left against the right margin, as dates and places are (a
    justified or left-aligned column is not)."""
    right, left = max(r.x1 for r in rows), min(r.x0 for r in rows)
    flush = sum(1 for r in rows if r.x1 >= right - 2)
    ragged = sum(1 for r in rows if r.x0 > left + 2)
    return flush >= 0.8 * len(rows) and ragged >= 0.5 * len(rows)


def _near(sorted_values: list[float], x: float, tolerance: float) -> bool:
    i = bisect_left(sorted_values, x - tolerance)
    return i < len(sorted_values) and sorted_values[i] <= x + tolerance


def column_order(rows: list[Row], gutter: Gutter) -> tuple[list[tuple[Row, int]], int]:
    """Rows in reading order with their column, and the number of columns read.

    Full-width rows cut the page into blocks; inside a block the left column is read
    before the right one.
    """
    split = gutter.x
    by_top = sorted(rows, key=lambda r: (r.top, r.x0))
    left = [r for r in by_top if r.x1 <= split]
    right = [r for r in by_top if r.x0 >= split]
    if not gutter.strong or len(left) < 3 or len(right) < 3 or _is_label_grid(left, right):
        return [(r, 0) for r in cluster_rows(rows)], 1
    lead = {id(r) for r in _lead_rows(left, right) + _lead_rows(right, left)}
    spanning = [r for r in by_top if r.x0 < split < r.x1 or id(r) in lead]
    left = [r for r in left if id(r) not in lead]
    right = [r for r in right if id(r) not in lead]
    out: list[tuple[Row, int]] = []
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


def _lead_rows(side: list[Row], other: list[Row]) -> list[Row]:
    """Rows of one side above the first row of the other that end in a gap: a block on
    its own over the columns (a name beside a photo, a job title under the banner), read
    before both columns. Rows that run on into their column stay in it."""
    lead = [r for r in side if r.bottom <= other[0].top]
    if not lead or len(lead) == len(side):
        return []
    last, after = lead[-1], side[len(lead)]
    return lead if after.top - last.bottom > 1.2 * (last.bottom - last.top) else []


def split_rows(words: list[Word], gutter: Gutter | None) -> list[Row]:
    """Rows per side of the gutter, from words sorted by TOP_X0; a row with a word across
    the gutter is full width and takes in the column rows on its baseline."""
    if gutter is None:
        return rows_of_sorted(words)
    split = gutter.x
    left = rows_of_sorted([w for w in words if w.x1 <= split])
    right = rows_of_sorted([w for w in words if w.x0 >= split])
    left, right, bridged = bridge(left, right)
    spanning = RowIndex(rows_of_sorted([w for w in words if w.x0 < split < w.x1]) + bridged)
    kept: list[Row] = []
    for row in left + right:
        host = next(spanning.on_baseline_of(row), None)
        if host is None:
            kept.append(row)
        else:
            host.merge(row)
    return kept + spanning.rows


class RowIndex:
    """Rows sorted by top, to find those on a row's baseline with a bisect."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self.rows = sorted(rows, key=lambda r: r.top)
        self.tops = [r.top for r in self.rows]
        self.reach = max((r.bottom - r.top for r in self.rows), default=0.0)

    def overlapping(self, row: Row) -> Iterator[Row]:
        """Rows whose vertical band overlaps the row's."""
        for other in self.rows[bisect_left(self.tops, row.top - self.reach) :]:
            if other.top >= row.bottom:
                return
            if other.bottom > row.top:
                yield other

    def on_baseline_of(self, row: Row) -> Iterator[Row]:
        """Rows sharing the row's baseline (same_row: they overlap it, and enough)."""
        for other in self.overlapping(row):
            if same_row(other.top, other.bottom, row.top, row.bottom):
                yield other


def bridge(left: list[Row], right: list[Row]) -> tuple[list[Row], list[Row], list[Row]]:
    """Join the left and right rows that are one line cut by the gutter: same baseline,
    less than an em apart (letter-spaced names like "J O H N  D O E"). Returns the rows
    left on each side and the joined ones."""
    index = RowIndex(right)
    joined: list[Row] = []
    taken: set[int] = set()
    kept_left: list[Row] = []
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
