"""`ats-match score RESUME --job a.md --job b.md`: one resume against many job postings,
ranked best fit first (ats_match.score_jobs: the resume is read once). A posting that
cannot be read is reported and the others are ranked; the exit code is then 1."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..api import score_jobs
from ..errors import AtsMatchError
from ..reading import Limits
from ..reports import Report
from ..reports.safe import csv_cell, visible
from ..roles import RoleProfile
from .io import STDIN, console, emit, error, fail, posting_role, render, resume_sources, usage

FORMATS = ("table", "json", "jsonl", "csv")


def rank_postings(
    files: list[str],
    postings: list[str],
    format: str,
    output: Path | None,
    hours: float,
    limits: Limits,
    no_color: bool,
    redact: bool,
) -> int:
    """Rank the postings for one resume and emit the ranking; the number of postings that
    could not be read."""
    if format not in FORMATS:
        usage(f"several --job rank the postings as {', '.join(FORMATS)}; --format {format} takes one posting")
    if postings.count(STDIN) > 1 or (STDIN in postings and STDIN in files):
        usage("standard input (-) can be read once: for the resume or for one posting")
    sources = resume_sources([Path(f) for f in files], limits)
    if len(sources) != 1:
        usage("several --job rank postings for one resume; give one resume file")
    roles: list[RoleProfile] = []
    names: dict[int, str] = {}
    failed = 0
    for posting in dict.fromkeys(postings):
        try:
            role = posting_role(posting, None)
        except AtsMatchError as exc:
            error(visible(str(exc)))
            failed += 1
            continue
        roles.append(role)
        names[id(role)] = "<stdin>" if posting == STDIN else Path(posting).name
    if not roles:
        fail("no job posting could be read")
    try:
        reports = score_jobs(sources[0], roles, hours=hours, limits=limits)
    except AtsMatchError as exc:
        fail(exc)
    if redact:
        reports = [report.redacted() for report in reports]
    ranked = [(names[id(report.profile)], report) for report in reports]
    emit(_text(ranked, format, no_color, output is not None), output)
    return failed


def summary(report: Report) -> dict[str, object]:
    """What a ranking shows of one posting: score, knock-outs and requirements met."""
    knockouts = [r for r in report.requirements if r.knockout]
    unmet = [r.name for r in knockouts if r.status != "met"]
    return {
        "title": report.role.name,
        "score": report.score,
        "knockouts_met": sum(r.status == "met" for r in knockouts),
        "knockouts": len(knockouts),
        "requirements_met": sum(r.status == "met" for r in report.requirements),
        "requirements": len(report.requirements),
        "knockouts_not_met": unmet,
    }


def _text(ranked: list[tuple[str, Report]], format: str, no_color: bool, to_file: bool) -> str:
    rows = [(name, report, summary(report)) for name, report in ranked]
    if format in ("json", "jsonl"):
        records = [
            {"rank": rank, "posting": name, **row, "report": report.to_dict()}
            for rank, (name, report, row) in enumerate(rows, start=1)
        ]
        if format == "json":
            return json.dumps(records, indent=2, ensure_ascii=False)
        return "\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    if format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        columns = ["title", "score", "knockouts_met", "knockouts", "requirements_met", "requirements"]
        writer.writerow(["rank", "posting", *columns, "knockouts_not_met"])
        for rank, (name, _report, row) in enumerate(rows, start=1):
            cells = [rank, name, *(row[c] for c in columns), "; ".join(row["knockouts_not_met"])]
            writer.writerow([csv_cell(value) for value in cells])
        return buffer.getvalue()
    from ..reports.terminal import print_postings

    resume = ranked[0][1].resume.source
    table = [(name, row) for name, _report, row in rows]
    if to_file:
        return render(lambda out: print_postings(resume, table, out))
    print_postings(resume, table, console(no_color))
    return ""
