"""The `ats-match` command: a thin layer over the public functions.

Domain errors become one line on stderr; nothing prints a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .errors import AtsMatchError
from .reading import DEFAULT_LIMITS

EXIT_CODES = "Exit codes: 0 done; 1 bad input (one line on stderr); 2 usage error; 3 a resume scored below --min-score."

app = typer.Typer(
    help=f"How well a resume fits a role, with evidence, and what to do about the gap.\n\n{EXIT_CODES}",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)
roles_app = typer.Typer(invoke_without_command=True, rich_markup_mode=None, no_args_is_help=False)
app.add_typer(roles_app, name="roles")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"


def _fail(exc: AtsMatchError) -> None:
    typer.echo(f"ats-match: error: {exc}", err=True)
    raise typer.Exit(1)


def _console(no_color: bool) -> Console:
    # rich already honours NO_COLOR and only colours a terminal; --no-color forces it off.
    return Console(no_color=no_color or "NO_COLOR" in os.environ, highlight=False)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        typer.echo(text.rstrip("\n"))
    else:
        output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


# ---------------------------------------------------------------- roles


@roles_app.callback()
def roles(ctx: typer.Context) -> None:
    """List the shipped roles: id, name, number of skills and tools.

    Example: ats-match roles
    """
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table

    from .roles import list_roles, load_role

    table = Table("id", "name", "skills", "tools")
    try:
        for role_id in list_roles():
            role = load_role(role_id)
            table.add_row(role.id, role.name, str(len(role.skills)), str(len(role.tools)))
    except AtsMatchError as exc:
        _fail(exc)
    Console().print(table)


@roles_app.command("show")
def roles_show(
    role: Annotated[str, typer.Argument(help="A role id or a profile file.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Print a role profile: its skills and tools with their weights, and the rest as data.

    Example: ats-match roles show machine-learning-engineer
    """
    from rich.table import Table

    from .roles import load_role

    try:
        profile = load_role(role)
    except AtsMatchError as exc:
        _fail(exc)
    if format == "json":
        typer.echo(json.dumps(profile.to_dict(), indent=2, ensure_ascii=False))
        return
    console = Console()
    console.print(f"[bold]{profile.name}[/bold] ({profile.id}) from {profile.source.title}", highlight=False)
    table = Table("id", "name", "kind", "importance", "hours", "interview", "weight")
    for item in profile.items:
        table.add_row(
            item.id,
            item.name,
            item.kind,
            str(item.importance),
            f"{item.learning_hours:g}" if item.learning_hours else "-",
            item.interview_weight or "-",
            f"{profile.weight(item):g}",
        )
    console.print(table)
    for stage in profile.roadmap:
        console.print(f"{stage.level} ({stage.duration}): {stage.focus}. Build: {stage.build}", highlight=False)
    console.print(
        f"Projects: {len(profile.projects)}; interview questions: {len(profile.interview_questions)}; "
        f"certifications: {len(profile.certifications)}; next: {', '.join(n.name for n in profile.next_roles) or '-'}"
    )


@roles_app.command("suggest")
def roles_suggest(
    resume: Annotated[Path, typer.Argument(help="The resume: PDF, DOCX, text or Markdown.")],
    top_gaps: Annotated[int, typer.Option("--top-gaps", min=0, help="Gaps to show per role.")] = 3,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Rank every shipped role by how well the resume fits it, with the first gaps to close.

    Example: ats-match roles suggest examples/resume_data_analyst.txt
    """
    from rich.table import Table

    from .suggest import suggest_roles

    try:
        suggestions = suggest_roles(resume, top_gaps=top_gaps)
    except AtsMatchError as exc:
        _fail(exc)
    if format == "json":
        typer.echo(json.dumps([s.to_dict() for s in suggestions], indent=2, ensure_ascii=False))
        return
    table = Table("role", "name", "score", "tools", "learn first")
    for s in suggestions:
        table.add_row(s.id, s.name, f"{s.score:.1f}", f"{s.tool_coverage:.0f}%", ", ".join(g.name for g in s.top_gaps))
    Console().print(table)


# ---------------------------------------------------------------- score


@app.command("score")
def score_command(
    files: Annotated[list[Path], typer.Argument(help="Resumes (PDF, DOCX, text, Markdown) or folders of them.")],
    role: Annotated[
        str | None, typer.Option("--role", "-r", help="A role id (see `ats-match roles`) or a profile file.")
    ] = None,
    job: Annotated[
        Path | None, typer.Option("--job", help="Score against this job posting (text, Markdown, PDF, DOCX).")
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The posting's job title, if not its first line.")
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="table, json, jsonl, csv, markdown or html (one file).")
    ] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")] = None,
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
    redact: Annotated[
        bool, typer.Option("--redact", help="Mask emails, phone numbers, street addresses and profile handles.")
    ] = False,
) -> None:
    """Score resumes against a role, with evidence and a learning plan within --hours.

    Example: ats-match score examples/resume_ml_engineer.md --role machine-learning-engineer --format json

    A report to share: ats-match score cv.pdf --role machine-learning-engineer --format html -o report.html

    Many files: ats-match score examples/ --role machine-learning-engineer --jobs 2 --format csv -o scores.csv

    Against a posting: ats-match score examples/resume_ml_engineer.md --job examples/postings/ml_engineer.md
    """
    from .batch import expand_paths, iter_scores
    from .reports import Report, ScoreFailure
    from .roles import load_role

    if (role is None) == (job is None):
        typer.echo("ats-match: error: give exactly one of --role and --job", err=True)
        raise typer.Exit(2)
    try:
        if job is not None:
            from .postings import role_from_job

            profile = role_from_job(job, title=title)
        else:
            profile = load_role(role)
    except AtsMatchError as exc:
        _fail(exc)
    paths = expand_paths(files)
    if not paths:
        typer.echo("ats-match: error: no resume files found", err=True)
        raise typer.Exit(1)
    if format in (Format.markdown, Format.html) and len(paths) > 1:
        typer.echo(
            f"ats-match: error: --format {format.value} takes one resume; for many, use `ats-match compare`", err=True
        )
        raise typer.Exit(2)
    limits = replace(
        DEFAULT_LIMITS, max_pages=max_pages, max_bytes=int(max_mb * 2**20), timeout_seconds=timeout or None
    )
    results = list(_with_progress(iter_scores(paths, profile, jobs=jobs, hours=hours, limits=limits), len(paths)))
    if redact:
        from .reports.redact import redact_report

        results = [redact_report(r) if isinstance(r, Report) else r for r in results]
    reports = [r for r in results if isinstance(r, Report)]
    failures = [r for r in results if isinstance(r, ScoreFailure)]
    if len(paths) == 1 and failures:
        typer.echo(f"ats-match: error: {failures[0].message}", err=True)
        raise typer.Exit(1)

    console = _console(no_color)
    if format is Format.json:
        _emit(reports[0].to_json() if len(paths) == 1 else json.dumps([_as_dict(r) for r in results], indent=2), output)
    elif format is Format.jsonl:
        _emit("\n".join(json.dumps(_as_dict(r), ensure_ascii=False) for r in results), output)
    elif format is Format.csv:
        _emit(_csv(results, profile), output)
    elif format is Format.markdown:
        _emit(reports[0].to_markdown(), output)
    elif format is Format.html:
        _emit(reports[0].to_html(), output)
    else:
        from .reports.terminal import print_batch, print_report

        if output is not None:
            console = Console(file=output.open("w", encoding="utf-8"), no_color=True, width=120)
        if len(paths) == 1:
            print_report(reports[0], console)
        else:
            print_batch(results, console)

    for failure in failures:
        typer.echo(f"ats-match: error: {failure.message}", err=True)
    if failures:
        raise typer.Exit(1)
    if min_score is not None and any(r.score < min_score for r in reports):
        below = ", ".join(r.resume.source for r in reports if r.score < min_score)
        typer.echo(f"ats-match: below --min-score {min_score:g}: {below}", err=True)
        raise typer.Exit(3)


@app.command("check")
def check_command(
    file: Annotated[Path, typer.Argument(help="The resume: PDF, DOCX, text or Markdown.")],
    role: Annotated[str | None, typer.Option("--role", "-r", help="Also check keyword forms for this role.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour, even on a terminal.")] = False,
) -> None:
    """Check that an applicant tracking system can read a resume: text layer, contact
    details, headings, columns, tables, hidden text, dates and more. Works on scans too.

    Example: ats-match check examples/resume_ml_engineer.md --role machine-learning-engineer
    """
    from .api import check

    if format not in ("table", "json"):
        typer.echo("ats-match: error: --format must be table or json", err=True)
        raise typer.Exit(2)
    try:
        checks = check(file, role)
    except AtsMatchError as exc:
        _fail(exc)
    if format == "json":
        typer.echo(json.dumps({"checks": [c.to_dict() for c in checks]}, indent=2, ensure_ascii=False))
    else:
        from .reports.terminal import print_checks

        print_checks(checks, _console(no_color))


@app.command("compare")
def compare_command(
    files: Annotated[list[Path], typer.Argument(help="Resumes or folders of them.")],
    role: Annotated[str, typer.Option("--role", "-r", help="A role id or a profile file.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table, markdown, html or json.")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")] = 1,
) -> None:
    """Compare resumes side by side: score and each item's status per resume.

    Example: ats-match compare examples/ --role machine-learning-engineer
    """
    from .batch import compare, expand_paths

    if format not in ("table", "markdown", "html", "json"):
        typer.echo("ats-match: error: --format must be table, markdown, html or json", err=True)
        raise typer.Exit(2)
    try:
        comparison = compare(expand_paths(files), role, jobs=jobs)
    except AtsMatchError as exc:
        _fail(exc)
    if format == "json":
        _emit(json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False), output)
    elif format == "html":
        _emit(comparison._repr_html_(), output)
    else:
        _emit(comparison.to_markdown(), output)
    failed = [row for row in comparison.rows if not row.ok]
    for row in failed:
        typer.echo(f"ats-match: error: {row.error}", err=True)
    if failed:
        raise typer.Exit(1)


def _with_progress(results, total: int):
    """A tqdm bar on stderr for batches, only when stderr is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield from results
        return
    from tqdm import tqdm

    yield from tqdm(results, total=total, unit="resume", file=sys.stderr)


def _as_dict(result) -> dict:
    if hasattr(result, "to_dict"):
        return result.to_dict()
    return {"source": result.source, "error": result.error, "message": result.message}


def _csv(results, profile) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    ids = [item.id for item in profile.items]
    writer.writerow(["source", "score", "tool_coverage", "literal_coverage", *ids, "error"])
    for result in results:
        if hasattr(result, "items"):
            statuses = result.statuses
            writer.writerow(
                [result.resume.source, result.score, result.tool_coverage, result.keywords.percent]
                + [statuses[i] for i in ids]
                + [""]
            )
        else:
            writer.writerow([result.source, "", "", ""] + [""] * len(ids) + [result.message])
    return buffer.getvalue()


# ---------------------------------------------------------------- entry points


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"ats-match {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """How well a resume fits a role."""


def main() -> None:
    sys.exit(app())  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    main()
