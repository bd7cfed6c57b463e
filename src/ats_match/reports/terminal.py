"""The report as a job seeker reads it in a terminal (rich tables; colour only on a TTY)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from ..checks import Check
from ..recommend import Recommendations
from .model import Report

STATUS_STYLE = {"demonstrated": "green", "listed": "cyan", "implied": "yellow", "missing": "red"}
CHECK_STYLE = {"pass": "green", "warn": "yellow", "fail": "red"}


def print_report(report: Report, console: Console) -> None:
    console.print(
        f"[bold]{report.resume.source}[/bold] vs [bold]{report.role.name}[/bold]: "
        f"score [bold]{report.score:.1f}[/bold]/100, core tools {report.tool_coverage:.0f}%, "
        f"literal keywords {report.keywords.percent:.0f}%",
        highlight=False,
    )
    posting = report.to_dict()["role"]
    if posting.get("from_posting"):
        console.print(f"The role comes from a job posting; {len(posting['requirements'])} requirements read:")
        for requirement in posting["requirements"]:
            console.print(f"  {requirement['name']} (importance {requirement['importance']}): {requirement['why']}")
    counts = report.readability
    console.print(
        f"ATS readability: [green]{counts['pass']} pass[/], [yellow]{counts['warn']} warn[/], "
        f"[red]{counts['fail']} fail[/] (see the checks below; they do not change the score)"
    )
    table = Table("item", "kind", "weight", "status", "points", "evidence")
    for status in ("demonstrated", "listed", "implied", "missing"):
        for item in (i for i in report.items if i.status == status):
            first = next((e for e in item.evidence if e.counted), None)
            where = f"p{first.page} l{first.line} {first.section}: {first.matched}" if first else item.reason
            table.add_row(
                item.name,
                item.kind,
                f"{item.weight:g}",
                f"[{STATUS_STYLE[status]}]{status}[/]",
                f"{item.points:.1f}/{item.max_points:.1f}",
                where,
            )
    console.print(table)
    console.print(report.formula, style="dim", highlight=False)
    for form in report.keywords.variants_only:
        console.print(f"Keyword form: {form.message}", highlight=False)
    if report.hidden_text:
        console.print(f"Hidden text found and ignored: {len(report.hidden_text)} line(s).", style="yellow")
    print_recommendations(report.recommendations, console)
    print_checks(report.checks, console)


def print_checks(checks: Sequence[Check], console: Console) -> None:
    table = Table("check", "status", "message", "fix", title="ATS readability")
    for check in checks:
        table.add_row(check.id, f"[{CHECK_STYLE[check.status]}]{check.status}[/]", check.message, check.fix)
        for entry in check.evidence:
            table.add_row("", "", f"  {entry}", "", style="dim")
    console.print(table)


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
        console.print(f"Say: {gap.action}", highlight=False)
    title = f"Learning plan within {rec.hours:g} hours (stage now: {rec.stage or '-'})"
    table = Table("step", "stage", "hours", "cumulative", "points", "projected score", title=title)
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
            f"Project ({project.level}): {project.name}: {project.summary} "
            f"Evidences: {', '.join(project.evidences)} (+{project.points:.1f})",
            highlight=False,
        )
    for prep in rec.interview[:5]:
        console.print(f"Interview ({prep.difficulty}): {prep.question} ({prep.why})", highlight=False)
    for cert in rec.certifications:
        console.print(
            f"Certification: {cert.name} ({cert.issuer}, {cert.value} value) backs {', '.join(cert.backs)}",
            highlight=False,
        )
    if rec.next_role:
        nxt = rec.next_role
        console.print(
            f"Next role: {nxt.name} ({nxt.duration}); shown: {', '.join(nxt.shown) or 'none'}; "
            f"to learn: {', '.join(nxt.missing) or 'none'}",
            highlight=False,
        )


def print_batch(results: Sequence, console: Console) -> None:
    """One row per resume: score, tools, literal keywords, or the error."""
    table = Table("resume", "score", "core tools", "literal keywords", "demonstrated", "missing")
    for result in results:
        if isinstance(result, Report):
            statuses = [i.status for i in result.items]
            table.add_row(
                result.resume.source,
                f"{result.score:.1f}",
                f"{result.tool_coverage:.0f}%",
                f"{result.keywords.percent:.0f}%",
                str(statuses.count("demonstrated")),
                str(statuses.count("missing")),
            )
        else:
            table.add_row(result.source, "[red]error[/]", "", "", "", "")
    console.print(table)
