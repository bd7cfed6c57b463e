"""A Comparison: many resumes against one role, side by side, for notebooks (batch.compare builds it).

A Comparison is a table with one row per resume (in input order; a file that could not be
read stays as a row with its error) and one status per item of the role. It shows itself
as a heat map in notebooks, as a Markdown table, as a pandas DataFrame and as a matplotlib
figure; pandas and matplotlib are optional (`pip install 'ats-match[notebook]'`) and are
imported only by the methods that need them.

Rows are built from `report.to_dict()`, the JSON contract, like the other renderings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .markdown import md
from .model import Report, ScoreFailure
from .view import CHECK_STATUSES, STATUS_COLORS, STATUSES, environment, num, readability

if TYPE_CHECKING:
    import pandas
    from matplotlib.axes import Axes

INSTALL_HINT = "pip install 'ats-match[notebook]'"


@dataclass(frozen=True)
class ItemColumn:
    """One item of the role: a row of the heat map."""

    id: str
    name: str
    kind: str
    weight: float


@dataclass(frozen=True)
class ComparisonRow:
    """One resume: its figures and each item's status, or why it could not be scored."""

    source: str
    score: float | None
    tool_coverage: float | None
    readability: dict[str, int] | None  # pass / warn / fail counts; None when the checks did not run
    statuses: dict[str, str]  # item id -> status; empty for a failure
    error: str | None = None  # "CorruptFileError: cv.pdf: ..." for a failure

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Comparison:
    role: dict[str, str]  # id, name, source (as in the report JSON)
    items: tuple[ItemColumn, ...]  # the role's items, in profile order
    rows: tuple[ComparisonRow, ...]  # one per resume, in input order
    reports: tuple[Report | ScoreFailure, ...] = field(default=(), repr=False, compare=False)  # to drill down

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": dict(self.role),
            "items": [asdict(item) for item in self.items],
            "rows": [asdict(row) for row in self.rows],
        }

    def to_pandas(self) -> pandas.DataFrame:
        """One row per resume: source, score, tool_coverage, readability counts, error, then
        one column per item id holding its status."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError(f"Comparison.to_pandas() needs pandas: {INSTALL_HINT}") from exc
        checks = [f"checks_{s}" for s in CHECK_STATUSES]
        columns = ["source", "score", "tool_coverage", *checks, "error", *(item.id for item in self.items)]
        records = []
        for row in self.rows:
            counts = row.readability or {}
            records.append(
                [row.source, row.score, row.tool_coverage]
                + [counts.get(column.removeprefix("checks_")) for column in checks]
                + [row.error]
                + [row.statuses.get(item.id) for item in self.items]
            )
        frame = pd.DataFrame.from_records(records, columns=columns)
        for item in self.items:  # statuses ordered strongest first, so sorting a column makes sense
            frame[item.id] = pd.Categorical(frame[item.id], categories=STATUSES, ordered=True)
        return frame

    def to_markdown(self) -> str:
        """Side by side: one column per resume, one row per item, figures on top."""
        header = ["item", "weight", *(md(row.source) for row in self.rows)]
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]

        def line(label: str, weight: str, cells: Iterable[str]) -> None:
            lines.append("| " + " | ".join([label, weight, *cells]) + " |")

        line("**score**", "", (f"**{num(row.score)}**" if row.ok else "error" for row in self.rows))
        line("tool coverage", "", (num(row.tool_coverage) if row.ok else "-" for row in self.rows))
        if any(row.readability is not None for row in self.rows):
            line("ATS checks", "", (_counts(row.readability) if row.ok else "-" for row in self.rows))
        for item in self.items:
            line(md(item.name), num(item.weight), (row.statuses.get(item.id, "-") for row in self.rows))
        if any(not row.ok for row in self.rows):
            line("error", "", (md(row.error or "") for row in self.rows))
        title = f"# {md(self.role['name'])}: {len(self.rows)} resumes compared"
        return "\n".join([title, "", *lines]) + "\n"

    def _repr_html_(self) -> str:
        """A heat map of items (rows) by resumes (columns), coloured by status.

        Colours are inline style attributes, not a stylesheet, so the map keeps them where
        notebook viewers strip <style> elements."""
        template = environment().get_template("comparison.html.j2")
        return template.render(
            comparison=self,
            colors=STATUS_COLORS,
            statuses=STATUSES,
            counts=_counts,
            any_checks=any(row.readability is not None for row in self.rows),
        )

    def plot(self, ax: Axes | None = None) -> Axes:
        """The heat map drawn with matplotlib (items by resumes); returns the Axes."""
        try:
            import matplotlib.pyplot as plt
            from matplotlib.colors import ListedColormap
            from matplotlib.patches import Patch
        except ImportError as exc:
            raise ImportError(f"Comparison.plot() needs matplotlib: {INSTALL_HINT}") from exc
        if ax is None:
            _, ax = plt.subplots(
                figsize=(2.2 + 1.3 * max(1, len(self.rows)), 1.0 + 0.38 * max(1, len(self.items))), layout="constrained"
            )
        code = {status: n for n, status in enumerate(STATUSES)}
        # -1 marks a resume that failed; it is drawn grey by the colormap's "under" colour.
        grid = [[code.get(row.statuses.get(item.id, ""), -1) for row in self.rows] for item in self.items]
        colormap = ListedColormap([STATUS_COLORS[s] for s in STATUSES]).with_extremes(under="#d0d7de")
        ax.imshow(grid, cmap=colormap, vmin=-0.5, vmax=len(STATUSES) - 0.5, aspect="auto")
        for y, item in enumerate(self.items):  # the word as well as the colour: readable without colour vision
            for x, row in enumerate(self.rows):
                if row.ok:
                    ax.text(x, y, row.statuses.get(item.id, ""), ha="center", va="center", color="white", fontsize=7)
        ax.set_xticks(
            range(len(self.rows)),
            [f"{row.source}\nscore {num(row.score)}" if row.ok else f"{row.source}\nnot scored" for row in self.rows],
            rotation=30,
            ha="right",
            fontsize=8,
        )
        ax.set_yticks(range(len(self.items)), [item.name for item in self.items], fontsize=8)
        ax.set_xticks([x - 0.5 for x in range(1, len(self.rows))], minor=True)
        ax.set_yticks([y - 0.5 for y in range(1, len(self.items))], minor=True)
        ax.grid(which="minor", color="white", linewidth=1.5)
        ax.tick_params(which="minor", length=0)
        ax.set_title(f"{self.role['name']}: item status by resume", fontsize=10)
        handles = [Patch(color=STATUS_COLORS[s], label=s) for s in STATUSES]
        if any(not row.ok for row in self.rows):
            handles.append(Patch(color="#d0d7de", label="not scored"))
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
        return ax


def _counts(counts: Mapping[str, int] | None) -> str:
    """Readability counts in a cell: "9 pass, 1 warn, 0 fail", or "not run"."""
    return "not run" if counts is None else ", ".join(f"{counts[s]} {s}" for s in CHECK_STATUSES)


def row_from(result: Report | ScoreFailure) -> ComparisonRow:
    if isinstance(result, ScoreFailure):
        return ComparisonRow(result.source, None, None, None, {}, f"{result.error}: {result.message}")
    data = result.to_dict()
    return ComparisonRow(
        source=data["resume"]["source"],
        score=data["score"],
        tool_coverage=data["tool_coverage"],
        readability=readability(data),
        statuses={item["id"]: item["status"] for item in data["items"]},
    )
