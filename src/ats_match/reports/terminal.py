"""The report as a job seeker reads it in a terminal (rich tables; colour only on a TTY)."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..checks import Check
from ..recommend import Recommendations
from .comparison import Comparison
from .model import Report, ScoreFailure
from .safe import cell, visible
from .view import REQUIREMENT_COLUMNS, plan_note, requirement_cells

STATUS_STYLE = {"demonstrated": "green", "listed": "cyan", "implied": "yellow", "missing": "red"}
CHECK_STYLE = {"pass": "green", "warn": "yellow", "fail": "red"}
REQUIREMENT_STYLE = {"met": "green", "missing": "red", "unknown": "yellow"}


def print_report(report: Report, console: Console) -> None:
    """Every value that comes from a file (names, evidence, messages) goes through safe.cell:
    shown as written, never read as markup or run as a control sequence."""
    console.print(_headline(report, f", literal keywords {report.keywords.percent:.0f}%"))
    print_facts(report, console)
    print_posting_requirements(report, console)
    counts = report.readability
    console.print(
        Text.assemble(
            "ATS readability: ",
            (f"{counts['pass']} pass", "green"),
            ", ",
            (f"{counts['warn']} warn", "yellow"),
            ", ",
            (f"{counts['fail']} fail", "red"),
            " (see the checks below; they do not change the score)",
        )
    )
    table = Table("item", "kind", "weight", "status", "points", "evidence")
    for status in ("demonstrated", "listed", "implied", "missing"):
        for item in (i for i in report.items if i.status == status):
            first = next((e for e in item.evidence if e.counted), None)
            where = f"p{first.page} l{first.line} {first.section}: {first.matched}" if first else item.reason
            table.add_row(
                cell(item.name),
                item.kind,
                f"{item.weight:g}",
                cell(status, STATUS_STYLE[status]),
                f"{item.points:.1f}/{item.max_points:.1f}",
                cell(where),
            )
    console.print(table)
    console.print(cell(report.formula, "dim"))
    for form in report.keywords.variants_only:
        console.print(cell(f"Keyword form: {form.message}"))
    if report.hidden_text:
        console.print(f"Hidden text found and ignored: {len(report.hidden_text)} line(s).", style="yellow")
    print_recommendations(report.recommendations, console)
    print_checks(report.checks, console)


def print_posting_requirements(report: Report, console: Console) -> None:
    """With a job posting: its warnings and its requirements, knock-outs first, as met,
    missing or unknown, with how often the posting and the resume name each."""
    for warning in report.posting_warnings:
        console.print(cell(f"Warning: {warning}", "yellow"))
    if not report.requirements:
        return
    table = Table(*REQUIREMENT_COLUMNS, title="Job posting requirements")
    for req in report.requirements:
        cells = requirement_cells(req.to_dict())
        style = REQUIREMENT_STYLE[req.status]
        table.add_row(*(cell(value, style) if n == 3 else cell(value) for n, value in enumerate(cells)))
    console.print(table)


def _headline(report: Report, more: str = "") -> Text:
    """ "cv.pdf vs Machine Learning Engineer: score 47.3/100, core tools 18%"."""
    return Text.assemble(
        cell(report.resume.source, "bold"),
        " vs ",
        cell(report.role.name, "bold"),
        ": score ",
        (f"{report.score:.1f}", "bold"),
        f"/100, core tools {report.tool_coverage:.0f}%{more}",
    )


def print_facts(report: Report, console: Console) -> None:
    """One line of what an ATS reads the resume as: who, how to reach them, years, degree, jobs."""
    facts = report.facts
    if facts is None:
        return
    degree = facts.highest_degree
    parts = [
        facts.name.text if facts.name else "no name found",
        facts.email.address if facts.email else "no email found",
        facts.phone.number if facts.phone else "no phone found",
    ]
    parts += [facts.location.text] if facts.location else []
    parts += [f"{facts.total_years:g} years of work"] if facts.total_years is not None else []
    parts += [f"{degree.degree_level} ({degree.degree or degree.field or '-'})"] if degree else []
    parts += [f"{len(facts.experience)} job(s)"] if facts.experience else []
    console.print(cell("Read as: " + " · ".join(parts), "dim"))


def print_brief(report: Report, console: Console, gaps: int = 3) -> None:
    """The essentials in about 15 lines: the score, what to learn and show first, and the
    checks that did not pass."""
    rec = report.recommendations
    console.print(_headline(report))
    print_facts(report, console)
    statuses = [item.status for item in report.items]
    counts = ", ".join(f"{statuses.count(s)} {s}" for s in STATUS_STYLE)
    console.print(f"Items: {counts}")
    for warning in report.posting_warnings:
        console.print(cell(f"Warning: {warning}", "yellow"))
    if report.requirements:
        knockouts = [r for r in report.requirements if r.knockout]
        states = ", ".join(f"{r.name}: {r.status}" for r in knockouts) or "none"
        met = sum(r.status == "met" for r in report.requirements)
        console.print(cell(f"Posting: {met} of {len(report.requirements)} requirements met; knock-outs: {states}"))
    for gap in rec.learn[:gaps]:
        hours = "unknown hours" if gap.hours is None else f"{gap.hours:g} h"
        console.print(cell(f"Learn: {gap.name} (+{gap.points:.1f} points, {hours})"))
    for gap in rec.show[:gaps]:
        console.print(cell(f"Show: {gap.name} (+{gap.points:.1f} points): {gap.action}"))
    if rec.plan:
        last = rec.plan[-1]
        console.print(
            cell(
                f"Plan: {len(rec.plan)} step(s) in {last.cumulative_hours:g} of {rec.hours:g} hours "
                f"-> score {last.projected_score:.1f}"
            )
        )
    problems = [c for c in report.checks if c.checked and c.status != "pass"]
    for check in problems:
        console.print(
            Text.assemble(cell(check.status, CHECK_STYLE[check.status]), " ", cell(f"{check.id}: {check.message}"))
        )
    if not problems:
        console.print(Text("ATS readability: every check passed.", "green"))


def print_requirements(report: Report, console: Console) -> None:
    """Why each requirement of a job posting weighs what it weighs (--explain)."""
    posting = report.to_dict()["role"]
    if not posting.get("from_posting"):
        return
    console.print(f"The role comes from a job posting; {len(posting['requirements'])} requirements read:")
    for requirement in posting["requirements"]:
        line = f"  {requirement['name']} (importance {requirement['importance']}): {requirement['why']}"
        console.print(cell(line))


def print_checks(checks: Sequence[Check], console: Console) -> None:
    table = Table("check", "status", "message", "fix", title="ATS readability")
    for check in checks:
        status = cell(check.status, CHECK_STYLE[check.status]) if check.checked else cell("not checked", "dim")
        table.add_row(check.id, status, cell(check.message), cell(check.fix))
        for entry in check.evidence:
            table.add_row("", "", cell(f"  {entry}"), "", style="dim")
    console.print(table)


def print_recommendations(rec: Recommendations, console: Console) -> None:
    if rec.learn:
        columns = ("learn (missing)", "points", "tool points", "hours", "points/hour", "interview")
        table = Table(*columns, title="What to learn")
        for gap in rec.learn:
            table.add_row(
                cell(gap.name),
                f"+{gap.points:.1f}",
                f"+{gap.tool_points:.1f}",
                "unknown" if gap.hours is None else f"{gap.hours:g}",
                "-" if gap.points_per_hour is None else f"{gap.points_per_hour:.2f}",
                gap.interview_weight or "-",
            )
        console.print(table)
    if rec.show:
        table = Table("show (listed or implied)", "points", "tool points", "how", title="What to show")
        for gap in rec.show:
            table.add_row(cell(gap.name), f"+{gap.points:.1f}", f"+{gap.tool_points:.1f}", cell(gap.action))
        console.print(table)
    for gap in rec.say:
        console.print(cell(f"Say: {gap.action}"))
    title = f"Learning plan within {rec.hours:g} hours (stage now: {rec.stage or '-'})"
    table = Table("step", "stage", "hours", "cumulative", "points", "projected score", title=title)
    for step in rec.plan:
        table.add_row(
            cell(step.name),
            step.stage,
            f"{step.hours:g}",
            f"{step.cumulative_hours:g}",
            f"+{step.points:.1f}",
            f"{step.projected_score:.1f}",
        )
    if rec.plan:
        console.print(table)
    elif any(gap.hours is None for gap in rec.learn):
        console.print(cell(plan_note({"plan": [], "learn": [{"name": g.name, "hours": g.hours} for g in rec.learn]})))
    else:
        console.print(f"No missing item fits within {rec.hours:g} hours.")
    for project in rec.projects:
        line = (
            f"Project ({project.level}): {project.name}: {project.summary} "
            f"Evidences: {', '.join(project.evidences)} (+{project.points:.1f})"
        )
        console.print(cell(line))
    for prep in rec.interview[:5]:
        console.print(cell(f"Interview ({prep.difficulty}): {prep.question} ({prep.why})"))
    for cert in rec.certifications:
        console.print(
            cell(f"Certification: {cert.name} ({cert.issuer}, {cert.value} value) backs {', '.join(cert.backs)}")
        )
    if rec.next_role:
        nxt = rec.next_role
        line = (
            f"Next role: {nxt.name} ({nxt.duration}); shown: {', '.join(nxt.shown) or 'none'}; "
            f"to learn: {', '.join(nxt.missing) or 'none'}"
        )
        console.print(cell(line))


def print_batch(results: Sequence[Report | ScoreFailure], console: Console) -> None:
    """One row per resume: score, tools, literal keywords, or the error."""
    table = Table("resume", "score", "core tools", "literal keywords", "demonstrated", "missing")
    for result in results:
        if isinstance(result, Report):
            statuses = [i.status for i in result.items]
            table.add_row(
                cell(result.resume.source),
                f"{result.score:.1f}",
                f"{result.tool_coverage:.0f}%",
                f"{result.keywords.percent:.0f}%",
                str(statuses.count("demonstrated")),
                str(statuses.count("missing")),
            )
        else:
            table.add_row(cell(result.source), cell("error", "red"), "", "", "", "")
    console.print(table)


def print_postings(resume: str, ranked: Sequence[tuple[str, dict]], console: Console) -> None:
    """One resume against many postings, best fit first: score, knock-outs and
    requirements met, and the knock-outs the resume does not meet."""
    console.print(cell(f"{resume}: {len(ranked)} job postings, best fit first"))
    table = Table("#", box=box.SIMPLE_HEAD, caption="knock-outs and requirements: met / asked")
    table.add_column("posting", overflow="fold", min_width=min(32, max(len(visible(n)) for n, _ in ranked)))
    for header in ("score", "knock-outs", "requirements"):
        table.add_column(header, justify="right")
    table.add_column("knock-outs not met", overflow="fold")
    for number, (name, row) in enumerate(ranked, start=1):
        table.add_row(
            str(number),
            Text("\n").join([cell(name), cell(str(row["title"]), "dim")]),
            f"{row['score']:.1f}",
            f"{row['knockouts_met']}/{row['knockouts']}",
            f"{row['requirements_met']}/{row['requirements']}",
            cell("; ".join(row["knockouts_not_met"]) or "-"),
        )
    console.print(table)


STATUS_LETTER = {"demonstrated": "D", "listed": "L", "implied": "I", "missing": "-"}
TERMINAL_WIDTH = 100  # the comparison is laid out to fit this many columns
_RESUME_COLUMN = 9  # a resume's column when headers are abbreviated: "10/1/0" and the padding


def print_comparison(comparison: Comparison, console: Console) -> None:
    """Items as rows, resumes as columns, best score first. Resume names head the columns
    when they fit in TERMINAL_WIDTH; else R1, R2, ... with a legend, and the resumes are
    shown in as many tables as it takes."""
    rows = sorted(comparison.rows, key=lambda r: (not r.ok, -(r.score or 0.0), r.source))
    label_width = max(len("ATS checks (p/w/f)"), *(len(item.name) for item in comparison.items))
    full_width = label_width + 4 + sum(max(len(r.source), 6) + 3 for r in rows)
    abbreviated = full_width > TERMINAL_WIDTH
    per_table = max(1, (TERMINAL_WIDTH - label_width - 4) // _RESUME_COLUMN) if abbreviated else len(rows)
    console.print(cell(f"{comparison.role['name']}: {len(rows)} resumes, best score first"))
    for start in range(0, len(rows), per_table):
        chunk = list(enumerate(rows[start : start + per_table], start + 1))
        table = Table("item", box=box.SIMPLE_HEAD, pad_edge=False)
        for number, row in chunk:
            table.add_column(f"R{number}" if abbreviated else cell(row.source), justify="right", overflow="fold")
        table.add_row("score", *(f"{r.score:.1f}" if r.ok else Text("error", "red") for _, r in chunk))
        table.add_row("core tools %", *(f"{r.tool_coverage:.0f}" if r.ok else "" for _, r in chunk))
        if any(r.readability is not None for _, r in chunk):
            table.add_row("ATS checks (p/w/f)", *(_check_counts(r.readability) for _, r in chunk))
        for item in comparison.items:
            cells = [_status_cell(r.statuses.get(item.id)) for _, r in chunk]
            table.add_row(cell(item.name), *cells)
        console.print(table)
    console.print("D demonstrated, L listed, I implied, - missing", style="dim", highlight=False)
    if abbreviated:
        for number, row in enumerate(rows, 1):
            console.print(cell(f"R{number} = {row.source}"))


def _status_cell(status: str | None) -> Text:
    if status is None:
        return Text("")
    return Text(STATUS_LETTER[status], STATUS_STYLE[status])


def _check_counts(counts: dict[str, int] | None) -> str:
    return "" if counts is None else f"{counts['pass']}/{counts['warn']}/{counts['fail']}"
