"""`ats-match check`, `compare` and `roles`: the commands that look rather than score one resume."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import AtsMatchError
from ..reports.safe import cell
from .app import app, roles_app
from .io import console, emit, fail, one_source, render, resume_sources
from .io import error as fail_line


class CheckFormat(str, Enum):
    table = "table"
    json = "json"


class CompareFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    html = "html"
    json = "json"


@roles_app.callback()
def roles(ctx: typer.Context) -> None:
    """List the shipped roles: id, name, number of skills and tools.

    Example: ats-match roles
    """
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table

    from ..roles import list_roles, load_role

    table = Table("id", "name", "skills", "tools")
    try:
        for role_id in list_roles():
            role = load_role(role_id)
            table.add_row(cell(role.id), cell(role.name), str(len(role.skills)), str(len(role.tools)))
    except AtsMatchError as exc:
        fail(exc)
    console().print(table)


@roles_app.command("show")
def roles_show(
    role: Annotated[str, typer.Argument(help="A role id or a profile file.")],
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="table or json.")] = CheckFormat.table,
) -> None:
    """Print a role profile: its skills and tools with their weights, and the rest as data.

    Example: ats-match roles show machine-learning-engineer
    """
    from rich.table import Table

    from ..roles import load_role

    try:
        profile = load_role(role)
    except AtsMatchError as exc:
        fail(exc)
    if format is CheckFormat.json:
        emit(json.dumps(profile.to_dict(), indent=2, ensure_ascii=False), None)
        return
    out = console()
    out.print(cell(f"{profile.name} ({profile.id}) from {profile.source.title}", "bold"))
    table = Table("id", "name", "kind", "importance", "hours", "interview", "weight")
    for item in profile.items:
        table.add_row(
            cell(item.id),
            cell(item.name),
            item.kind,
            str(item.importance),
            f"{item.learning_hours:g}" if item.learning_hours else "-",
            item.interview_weight or "-",
            f"{profile.weight(item):g}",
        )
    out.print(table)
    for stage in profile.roadmap:
        out.print(cell(f"{stage.level} ({stage.duration}): {stage.focus}. Build: {stage.build}"))
    nexts = ", ".join(n.name for n in profile.next_roles) or "-"
    counts = (
        f"Projects: {len(profile.projects)}; interview questions: {len(profile.interview_questions)}; "
        f"certifications: {len(profile.certifications)}; next: {nexts}"
    )
    out.print(cell(counts))


@roles_app.command("suggest")
def roles_suggest(
    resume: Annotated[Path, typer.Argument(help="The resume: PDF, DOCX, text or Markdown, or - for stdin.")],
    top_gaps: Annotated[int, typer.Option("--top-gaps", min=0, help="Gaps to show per role.")] = 3,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="table or json.")] = CheckFormat.table,
) -> None:
    """Rank every shipped role by how well the resume fits it, with the first gaps to close.

    Example: ats-match roles suggest examples/resume_data_analyst.txt
    """
    from rich.table import Table

    from ..suggest import suggest_roles

    source = one_source(resume)
    try:
        suggestions = suggest_roles(source, top_gaps=top_gaps)
    except AtsMatchError as exc:
        fail(exc)
    if format is CheckFormat.json:
        emit(json.dumps([s.to_dict() for s in suggestions], indent=2, ensure_ascii=False), None)
        return
    table = Table("role", "name", "score", "tools", "learn first")
    for s in suggestions:
        gaps = ", ".join(g.name for g in s.top_gaps)
        table.add_row(cell(s.id), cell(s.name), f"{s.score:.1f}", f"{s.tool_coverage:.0f}%", cell(gaps))
    console().print(table)


# ---------------------------------------------------------------- check and compare


@app.command("check")
def check_command(
    file: Annotated[Path, typer.Argument(help="The resume: PDF, DOCX, text or Markdown, or - for stdin.")],
    role: Annotated[str | None, typer.Option("--role", "-r", help="Also check keyword forms for this role.")] = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="table or json.")] = CheckFormat.table,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour, even on a terminal.")] = False,
) -> None:
    """Check that an applicant tracking system can read a resume: text layer, contact
    details, headings, columns, tables, hidden text, dates and more. Works on scans too.

    Example: ats-match check examples/resume_ml_engineer.md --role machine-learning-engineer
    """
    from ..api import check

    source = one_source(file)
    try:
        checks = check(source, role)
    except AtsMatchError as exc:
        fail(exc)
    if format is CheckFormat.json:
        emit(json.dumps({"checks": [c.to_dict() for c in checks]}, indent=2, ensure_ascii=False), None)
    else:
        from ..reports.terminal import print_checks

        print_checks(checks, console(no_color))


@app.command("compare")
def compare_command(
    files: Annotated[list[Path], typer.Argument(help="Resumes, folders of them, or - for stdin.")],
    role: Annotated[str, typer.Option("--role", "-r", help="A role id or a profile file.")],
    format: Annotated[
        CompareFormat, typer.Option("--format", "-f", help="table, markdown, html or json.")
    ] = CompareFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")] = 1,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour, even on a terminal.")] = False,
    follow_symlinks: Annotated[
        bool, typer.Option("--follow-symlinks", help="Compare links in a folder that lead out of it.")
    ] = False,
) -> None:
    """Compare resumes side by side: score and each item's status per resume, best score first.

    Example: ats-match compare examples/ --role machine-learning-engineer
    """
    from ..batch import compare
    from ..reports import ScoreFailure
    from ..reports.terminal import print_comparison

    try:
        comparison = compare(resume_sources(files, follow_symlinks=follow_symlinks), role, jobs=jobs)
    except AtsMatchError as exc:
        fail(exc)
    if format is CompareFormat.json:
        emit(json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False), output)
    elif format is CompareFormat.html:
        emit(comparison._repr_html_(), output)
    elif format is CompareFormat.markdown:
        emit(comparison.to_markdown(), output)
    elif output is not None:
        emit(render(lambda out: print_comparison(comparison, out)), output)
    else:
        print_comparison(comparison, console(no_color))
    failed = [r for r in comparison.reports if isinstance(r, ScoreFailure)]
    for failure in failed:
        fail_line(failure.message)
    if failed:
        raise typer.Exit(1)
