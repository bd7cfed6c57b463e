"""`ats-match score`: resumes against a role or a job posting, in every format."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, BinaryIO

import typer

from ..errors import AtsMatchError
from ..reading import DEFAULT_LIMITS, Limits
from ..reports import Report, ScoreFailure
from ..reports.safe import csv_cell, visible
from ..roles import RoleProfile
from .app import app
from .io import STDIN, console, emit, error, fail, note, posting_role, render, resume_sources, usage, with_progress


class Format(str, Enum):
    table = "table"
    brief = "brief"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    parquet = "parquet"


@app.command("score")
def score_command(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Resumes (PDF, DOCX, text, Markdown), folders of them, - for stdin; with --scheduler, globs and URLs."
        ),
    ],
    role: Annotated[
        list[str] | None,
        typer.Option(
            "--role", "-r", help="A role id (see `ats-match roles`) or a profile file; repeat it with --format parquet."
        ),
    ] = None,
    job: Annotated[
        list[str] | None,
        typer.Option(
            "--job",
            help="Score against this job posting (a text, Markdown, PDF or DOCX file, or -); repeat it to rank postings.",
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The posting's job title, if not its first line.")
    ] = None,
    format: Annotated[
        Format,
        typer.Option("--format", "-f", help="table, brief, json, jsonl, csv, markdown, html (one file) or parquet."),
    ] = Format.table,
    output_to: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Score on a Dask cluster (tcp://HOST:8786, or local) into --format parquet."),
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="With --job: say why each requirement weighs what it does.")
    ] = False,
    hours: Annotated[float, typer.Option("--hours", min=0, help="Learning budget for the plan, in hours.")] = 100.0,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes for many files (0: one per core).")
    ] = 1,
    min_score: Annotated[
        float | None, typer.Option("--min-score", help="Exit 3 when a resume scores below this.")
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour, even on a terminal.")] = False,
    max_pages: Annotated[
        int, typer.Option("--max-pages", min=1, help="Refuse a file with more pages than this.")
    ] = DEFAULT_LIMITS.max_pages,
    max_mb: Annotated[
        float, typer.Option("--max-mb", min=0.001, help="Refuse a file larger than this many MB.")
    ] = DEFAULT_LIMITS.max_bytes / 2**20,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Stop reading a file after this many seconds (0: no limit).")
    ] = DEFAULT_LIMITS.timeout_seconds or 0,
    follow_symlinks: Annotated[
        bool, typer.Option("--follow-symlinks", help="Score links in a folder that lead out of it.")
    ] = False,
    redact: Annotated[
        bool,
        typer.Option("--redact", help="Mask emails, phone numbers, street addresses and profile handles."),
    ] = False,
) -> None:
    """Score resumes against a role, with evidence and a learning plan within --hours.

    Example: ats-match score examples/resume_ml_engineer.md --role machine-learning-engineer --format json

    The essentials in 15 lines: ats-match score examples/resume_junior_sklearn.txt -r machine-learning-engineer -f brief

    A report to share: ats-match score examples/resume_ml_engineer.md -r machine-learning-engineer -f html -o report.html

    Many files: ats-match score examples/ --role machine-learning-engineer --jobs 2 --format csv -o scores.csv

    Against a posting: ats-match score examples/resume_ml_engineer.md --job examples/postings/ml_engineer.md

    Postings ranked: ats-match score examples/postings/nurse_resume.md --job examples/postings/registered_nurse.md --job examples/postings/ml_engineer.md

    Pasted text: pbpaste | ats-match score - --role machine-learning-engineer
    """
    from ..roles import load_role

    limits = replace(
        DEFAULT_LIMITS, max_pages=max_pages, max_bytes=int(max_mb * 2**20), timeout_seconds=timeout or None
    )
    postings = job or []
    if len(postings) > 1 and format is not Format.parquet and scheduler is None:
        from .postings import rank_postings

        if role or title is not None or explain or min_score is not None:
            usage("several --job rank postings: --role, --title, --explain and --min-score do not apply")
        output = Path(output_to) if output_to is not None else None
        if rank_postings(files, postings, format.value, output, hours, limits, no_color, redact):
            raise typer.Exit(1)
        return None
    if format is Format.parquet or scheduler is not None:
        from .distributed import score_to_parquet

        ignored = {"--min-score": min_score is not None, "--redact": redact, "--explain": explain}
        return score_to_parquet(
            files,
            role or [],
            postings,
            title,
            output_to,
            scheduler,
            format.value,
            jobs,
            hours,
            limits,
            follow_symlinks,
            ignored,
        )
    if role is not None and len(role) > 1:
        usage("--role takes one role here; several roles need --format parquet")
    one_role = role[0] if role else None
    job = postings[0] if postings else None
    output = Path(output_to) if output_to is not None else None
    if (one_role is None) == (job is None):
        usage("give exactly one of --role and --job")
    if [str(f) for f in files].count(STDIN) + (job == STDIN) > 1:
        usage("standard input (-) can be read once: for the resume or for the posting")
    try:
        profile = posting_role(job, title) if job is not None else load_role(one_role)
    except AtsMatchError as exc:
        fail(exc)
    sources = resume_sources([Path(f) for f in files], limits, follow_symlinks=follow_symlinks)
    if not sources:
        fail("no resume files found")
    if format in (Format.markdown, Format.html, Format.brief) and len(sources) > 1:
        usage(f"--format {format.value} takes one resume; for many, use table, csv, json or `ats-match compare`")

    _score_and_report(
        sources,
        profile,
        format=format,
        output=output,
        jobs=jobs,
        hours=hours,
        limits=limits,
        redact=redact,
        no_color=no_color,
        explain=explain,
        min_score=min_score,
    )


def _score_and_report(
    sources: list[Path | BinaryIO],
    profile: RoleProfile,
    *,
    format: Format,
    output: Path | None,
    jobs: int,
    hours: float,
    limits: Limits,
    redact: bool,
    no_color: bool,
    explain: bool,
    min_score: float | None,
) -> None:
    """Score every resume against one profile, with progress; write the report (what was
    scored so far, when interrupted) and exit 1 for a file that failed, 3 below --min-score."""
    from ..batch import iter_scores

    results: list[Report | ScoreFailure] = []
    interrupted = False
    try:
        scores = iter_scores(sources, profile, jobs=jobs, hours=hours, limits=limits)
        for result in with_progress(scores, len(sources)):
            results.append(result)
    except KeyboardInterrupt:
        interrupted = True
    if redact:
        results = [r.redacted() if isinstance(r, Report) else r for r in results]
    reports = [r for r in results if isinstance(r, Report)]
    failures = [r for r in results if isinstance(r, ScoreFailure)]
    if interrupted:
        if results and output is not None:
            emit(_batch_text(results, profile, format, no_color), output)
        error(
            f"interrupted; {len(results)} of {len(sources)} resume(s) scored"
            + (f", written to {output}" if results and output else "")
        )
        raise typer.Exit(130)
    if len(sources) == 1 and failures:
        fail(failures[0].message)
    for warning in dict.fromkeys(w for r in reports[:1] for w in r.posting_warnings):
        note(f"job posting: {warning}")  # a vague posting: the score means less

    if len(sources) == 1:
        emit(_one_text(reports[0], format, no_color, output is not None, explain), output)
    else:
        emit(_batch_text(results, profile, format, no_color, output is not None), output)
    for failure in failures:
        error(failure.message)
    if failures:
        raise typer.Exit(1)
    if min_score is not None and any(r.score < min_score for r in reports):
        below = ", ".join(visible(r.resume.source) for r in reports if r.score < min_score)
        typer.echo(f"ats-match: below --min-score {min_score:g}: {below}", err=True)
        raise typer.Exit(3)


def _one_text(report: Report, format: Format, no_color: bool, to_file: bool, explain: bool) -> str:
    from ..reports.terminal import print_brief, print_report, print_requirements

    if format is Format.json:
        return report.to_json()
    if format is Format.jsonl:
        return json.dumps(report.to_dict(), ensure_ascii=False)
    if format is Format.csv:
        return batch_csv([report], report.profile)
    if format is Format.markdown:
        return report.to_markdown()
    if format is Format.html:
        return report.to_html()

    def draw(out) -> None:
        (print_brief if format is Format.brief else print_report)(report, out)
        if explain:
            print_requirements(report, out)

    if to_file:
        return render(draw)
    draw(console(no_color))
    return ""


def _batch_text(results, profile, format: Format, no_color: bool, to_file: bool = True) -> str:
    from ..reports.terminal import print_batch

    if format is Format.json:
        return json.dumps([_as_dict(r) for r in results], indent=2, ensure_ascii=False)
    if format is Format.jsonl:
        return "\n".join(json.dumps(_as_dict(r), ensure_ascii=False) for r in results)
    if format is Format.csv:
        return batch_csv(results, profile)
    if to_file:
        return render(lambda out: print_batch(results, out))
    print_batch(results, console(no_color))
    return ""


def _as_dict(result: Report | ScoreFailure) -> dict:
    if isinstance(result, Report):
        return result.to_dict()
    return {"source": result.source, "error": result.error, "message": result.message}


FACT_COLUMNS = ("name", "email", "phone", "location", "total_years", "highest_degree", "jobs")


def fact_cells(report: Report) -> list[object]:
    """The scalar resume facts, in FACT_COLUMNS order ("" when not read)."""
    facts = report.facts
    if facts is None:
        return [""] * len(FACT_COLUMNS)
    degree = facts.highest_degree
    return [
        facts.name.text if facts.name else "",
        facts.email.address if facts.email else "",
        facts.phone.number if facts.phone else "",
        facts.location.text if facts.location else "",
        facts.total_years if facts.total_years is not None else "",
        degree.degree_level if degree else "",
        len(facts.experience),
    ]


def batch_csv(results, profile) -> str:
    """One row per resume. Every text cell is made safe for spreadsheets (reports/safe.py)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    ids = [item.id for item in profile.items]
    writer.writerow(["source", "score", "tool_coverage", "literal_coverage", *ids, *FACT_COLUMNS, "error"])
    for result in results:
        if isinstance(result, Report):
            statuses = result.statuses
            row = [result.resume.source, result.score, result.tool_coverage, result.keywords.percent]
            row += [statuses[i] for i in ids] + fact_cells(result) + [""]
        else:
            row = [result.source, "", "", ""] + [""] * (len(ids) + len(FACT_COLUMNS)) + [result.message]
        writer.writerow([csv_cell(value) for value in row])
    return buffer.getvalue()
