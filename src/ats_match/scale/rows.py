"""The table score_frame gives: one row per (resume, role), the same columns and types in
every partition, so that the Parquet files the workers write form one dataset that pandas,
DuckDB and Spark read without a schema of their own."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from ..errors import RoleError
from ..reports import Report, ScoreFailure
from ..roles import RoleProfile

HEAD = ("source", "role", "score", "tool_coverage", "checks_failed")
TAIL = ("error", "message", "report_json")
# Typed, nullable columns: an all-null partition keeps its column's Parquet type.
TEXT = "string[pyarrow]"
DTYPES = {
    "source": TEXT,
    "role": TEXT,
    "score": "Float64",
    "tool_coverage": "Float64",
    "checks_failed": "Int64",
    "error": TEXT,
    "message": TEXT,
    "report_json": TEXT,
}


def check_ids(profiles: Sequence[RoleProfile]) -> None:
    """Roles of one table need distinct ids: the role column tells their rows apart."""
    ids = [profile.id for profile in profiles]
    if not ids:
        raise RoleError("give at least one role")
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise RoleError(f"two roles have the same id ({', '.join(twice)}); the role column could not tell them apart")


@dataclass(frozen=True)
class Schema:
    """The columns for a set of roles: the fixed ones, then one per item of the roles'
    union (first seen first), named by the item id; an id that would take a fixed
    column's name gets the prefix `item_`."""

    items: tuple[tuple[str, str], ...]  # (item id, column name)

    @classmethod
    def of(cls, profiles: Iterable[RoleProfile]) -> Schema:
        seen: dict[str, str] = {}
        for profile in profiles:
            for item in profile.items:
                if item.id not in seen:
                    seen[item.id] = f"item_{item.id}" if item.id in HEAD + TAIL else item.id
        return cls(tuple(seen.items()))

    @property
    def columns(self) -> list[str]:
        return [*HEAD, *(column for _, column in self.items), *TAIL]

    def frame(self, rows: Sequence[dict]) -> pd.DataFrame:
        """Rows (dicts from `row`) as a DataFrame of this schema's columns and types."""
        dtypes = {column: DTYPES.get(column, TEXT) for column in self.columns}
        frame = pd.DataFrame.from_records(list(rows), columns=self.columns)
        return frame.astype(dtypes) if len(frame) else pd.DataFrame({c: pd.Series(dtype=t) for c, t in dtypes.items()})

    def row(self, source: str, role: str, result: Report | ScoreFailure, report_json: bool = True) -> dict:
        """One row: the report's figures, statuses and JSON; or the failure's error and message."""
        row: dict = {"source": source, "role": role}
        if isinstance(result, ScoreFailure):
            row.update(error=result.error, message=result.message)
            return row
        statuses = result.statuses
        columns = dict(self.items)
        row.update(
            score=result.score,
            tool_coverage=result.tool_coverage,
            checks_failed=sum(check.status == "fail" for check in result.checks),
            report_json=result.to_json() if report_json else None,
        )
        row.update({columns[item_id]: status for item_id, status in statuses.items() if item_id in columns})
        return row
