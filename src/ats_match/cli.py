"""The `ats-match` command: a thin layer over the public functions.

Exit codes: 0 done; 1 bad input (one line on stderr); 2 usage; 3 below --min-score.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import AtsMatchError
from .recommend import Recommendations
from .report import Report

app = typer.Typer(
    help="How well a resume fits a role, with evidence, and what to do about the gap.\n\n"
    "Exit codes: 0 done; 1 bad input; 2 usage error; 3 below --min-score.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)
roles_app = typer.Typer(invoke_without_command=True, rich_markup_mode=None)
app.add_typer(roles_app, name="roles")


class Format(str, Enum):
    table = "table"
    json = "json"


def _fail(exc: AtsMatchError) -> None:
    typer.echo(f"ats-match: error: {exc}", err=True)
    raise typer.Exit(1)


@roles_app.callback()
def roles(ctx: typer.Context) -> None:
    """List the shipped roles: id, name, number of skills and tools.

    Example: ats-match roles
    """
    if ctx.invoked_subcommand is not None:
        return
    from .roles import list_roles, load_role

    table = Table("id", "name", "skills", "tools")
    for role_id in list_roles():
        try:
            role = load_role(role_id)
        except AtsMatchError as exc:
            _fail(exc)
        table.add_row(role.id, role.name, str(len(role.skills)), str(len(role.tools)))
    Console().print(table)


@app.command("score")
def score_command(
    file: Annotated[Path, typer.Argument(help="The resume: PDF, DOCX, text or Markdown.")],
    role: Annotated[str, typer.Option("--role", "-r", help="A role id (see `ats-match roles`) or a profile file.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    hours: Annotated[float, typer.Option("--hours", min=0, help="Learning budget for the plan, in hours.")] = 100.0,
) -> None:
    """Score a resume against a role, with evidence and a learning plan within --hours.

    Example: ats-match score examples/resume_ml_engineer.md --role machine-learning-engineer --format json
    """
    from .api import score

    try:
        report = score(file, role, hours=hours)
    except AtsMatchError as exc:
        _fail(exc)
    if format is Format.json:
        typer.echo(report.to_json())
    else:
        print_table(report)


def print_table(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    console.print(
        f"[bold]{report.resume.source}[/bold] vs [bold]{report.role.name}[/bold]: "
        f"score [bold]{report.score:.1f}[/bold]/100, core tools {report.tool_coverage:.0f}%, "
        f"literal keywords {report.keywords.percent:.0f}%"
    )
    table = Table("item", "kind", "weight", "status", "points", "evidence")
    for item in report.items:
        first = next((e for e in item.evidence if e.counted), None)
        where = f"p{first.page} l{first.line} {first.section}: {first.matched}" if first else item.reason
        table.add_row(
            item.name, item.kind, f"{item.weight:g}", item.status, f"{item.points:.1f}/{item.max_points:.1f}", where
        )
    console.print(table)
    console.print(report.formula, style="dim")
    for form in report.keywords.variants_only:
        console.print(f"Keyword form: {form.message}")
    if report.hidden_text:
        console.print(f"Hidden text found and ignored: {len(report.hidden_text)} line(s).", style="yellow")
    print_recommendations(report.recommendations, console)


def print_recommendations(rec: Recommendations, console: Console) -> None:
    if rec.learn:
        table = Table("learn (missing)", "points", "hours", "points/hour", "interview", title="What to learn")
        for gap in rec.learn:
            table.add_row(
                gap.name,
                f"+{gap.points:.1f}",
                f"{gap.hours or 0:g}",
                f"{gap.points_per_hour or 0:.2f}",
                gap.interview_weight or "-",
            )
        console.print(table)
    if rec.show:
        table = Table("show (listed or implied)", "points", "how", title="What to show")
        for gap in rec.show:
            table.add_row(gap.name, f"+{gap.points:.1f}", gap.action)
        console.print(table)
    for gap in rec.say:
        console.print(f"Say: {gap.action}")
    table = Table(
        "step",
        "stage",
        "hours",
        "cumulative",
        "points",
        "projected score",
        title=f"Learning plan within {rec.hours:g} hours (stage now: {rec.stage or '-'})",
    )
    for step in rec.plan:
        table.add_row(
            step.name,
            step.stage,
            f"{step.hours:g}",
            f"{step.cumulative_hours:g}",
            f"+{step.points:.1f}",
            f"{step.projected_score:.1f}",
        )
    console.print(table if rec.plan else f"No missing item fits within {rec.hours:g} hours.")
    for project in rec.projects:
        console.print(
            f"Project ({project.level}): {project.name}: {project.summary} Evidences: {', '.join(project.evidences)} (+{project.points:.1f})"
        )
    for prep in rec.interview[:5]:
        console.print(f"Interview ({prep.difficulty}): {prep.question} ({prep.why})")
    for cert in rec.certifications:
        console.print(f"Certification: {cert.name} ({cert.issuer}, {cert.value} value) backs {', '.join(cert.backs)}")
    if rec.next_role:
        nxt = rec.next_role
        console.print(
            f"Next role: {nxt.name} ({nxt.duration}); shown: {', '.join(nxt.shown) or 'none'}; to learn: {', '.join(nxt.missing) or 'none'}"
        )


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"ats-match {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: bool = typer.Option(
        False, "--version", callback=version_callback, is_eager=True, help="Show the version."
    ),
) -> None:
    """How well a resume fits a role."""


def main() -> None:
    sys.exit(app())  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    main()
