"""The report dict made ready for people: the facts both renderings show (statuses and
their colours, readability counts, number formats, the chart) and the jinja2 environment.

Both renderings (markdown.py, html.py) start from `report.to_dict()`, the JSON contract,
never from internal objects: what a person reads is what `ats-match score --format json`
prints, and a dict from elsewhere (an older JSON file, a dict with `checks` added) renders
the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .safe import visible

if TYPE_CHECKING:
    import jinja2

STATUSES = ("demonstrated", "listed", "implied", "missing")  # strongest first
STATUS_MEANING = {
    "demonstrated": "used in experience or project work",
    "listed": "named only in a skills list, summary or headline",
    "implied": "not named, but a named tool or term implies it",
    "missing": "not found; negated or hedged mentions do not count",
}
# Colour by status, dark enough for white text (WCAG AA) and told apart by lightness too.
STATUS_COLORS = {"demonstrated": "#1a7f37", "listed": "#0969da", "implied": "#9a6700", "missing": "#cf222e"}
CHECK_STATUSES = ("pass", "warn", "fail")
CHECK_COLORS = {"pass": "#1a7f37", "warn": "#9a6700", "fail": "#cf222e"}
NOT_RUN = "ATS checks: not run"


@functools.cache
def environment() -> jinja2.Environment:
    """The jinja2 environment for the templates in ats_match/templates (built once).

    jinja2 is imported here, not at module level, so `import ats_match` stays fast.
    """
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("ats_match.reports", "templates"),
        autoescape=True,  # every {{ value }} is HTML-escaped; no template uses |safe
        undefined=jinja2.StrictUndefined,  # a misspelt key fails loudly instead of rendering ""
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_inert,  # no terminal escapes in the page (`cat report.html` must not run them)
    )
    env.filters["num"] = num
    env.filters["highlight"] = highlight
    return env


def _inert(value: object) -> object:
    """Text from a file with its control characters shown as escapes; markup the templates
    made themselves (macros, blocks) passes as it is."""
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return visible(value, one_line=False)
    return value


# ---------------------------------------------------------------- shared facts


def num(value: float | int | None) -> str:
    """A figure as people write it: 10 not 10.0, 88.78, 0.6; "-" for none."""
    if value is None:
        return "-"
    return format(round(float(value), 2), "g")


def highlight(text: str, matched: str) -> tuple[str, str, str]:
    """The line split around the first case-insensitive occurrence of the matched words,
    as (before, match, after); the match is "" when the words are not in the line as written."""
    start = text.lower().find(matched.lower()) if matched else -1
    if start < 0:
        return text, "", ""
    end = start + len(matched)
    return text[:start], text[start:end], text[end:]


def readability(data: Mapping[str, Any]) -> dict[str, int] | None:
    """Counts of pass / warn / fail checks, or None when the checks did not run."""
    if data.get("checks") is None:
        return None
    counts = data.get("readability") or {}
    return {
        status: int(counts.get(status, sum(check["status"] == status for check in data["checks"])))
        for status in CHECK_STATUSES
    }


def readability_text(counts: Mapping[str, int] | None) -> str:
    if counts is None:
        return NOT_RUN
    return "ATS readability: " + ", ".join(f"{counts[s]} {s}" for s in CHECK_STATUSES)


def plan_note(recs: Mapping[str, Any]) -> str:
    """Why there is no plan: nothing left to learn, or hours nobody knows (a posting
    seldom says how long a skill takes to learn; unknown is never 0)."""
    unknown = [gap["name"] for gap in recs.get("learn", []) if gap.get("hours") is None]
    if recs.get("plan") or not unknown:
        return "Nothing to learn within the budget raises the score."
    first = ", ".join(unknown[:3])
    return (
        f"No plan by hours: the learning hours of {len(unknown)} missing item(s) are unknown. "
        f"By points, learn first: {first}."
    )


def requirement_cells(req: Mapping[str, Any]) -> tuple[str, ...]:
    """A requirement as a row of the keyword table (Jobscan-style): what, how asked, status,
    times in the posting, times in the resume, evidence."""
    asked = ("knock-out" if req["knockout"] else "required") if req["required"] else "preferred"
    in_resume = "-" if req["in_resume"] is None else str(req["in_resume"])
    evidence = "; ".join(req["evidence"][:1]) or req["reason"]
    return (req["name"], req["kind"], asked, req["status"], str(req["in_posting"]), in_resume, evidence)


REQUIREMENT_COLUMNS = ("requirement", "kind", "asked", "status", "in posting", "in resume", "evidence")


def report_view(data: Mapping[str, Any]) -> dict[str, Any]:
    """What both renderings show, worked out once: the dict's parts plus groupings,
    the chart geometry and id -> name lookups."""
    items = data["items"]
    recs = data["recommendations"]
    plan = recs["plan"]
    return {
        "data": data,
        "role": data["role"],
        "resume": data["resume"],
        "items": items,
        "names": {item["id"]: item["name"] for item in items},
        "groups": [(status, [item for item in items if item["status"] == status]) for status in STATUSES],
        "recs": recs,
        "plan_end": plan[-1]["projected_score"] if plan else data["score"],
        "checks": data.get("checks"),
        "readability": readability(data),
        "readability_text": readability_text(readability(data)),
        "not_run": NOT_RUN,
        "keyword_coverage": data.get("keywords", {}).get("literal_coverage"),
        "hidden_text": data.get("hidden_text", []),
        "facts": facts_view(data.get("facts")),
        "requirements": data.get("requirements", []),
        "posting_warnings": data.get("posting_warnings", []),
        "plan_note": plan_note(recs),
        "requirement_columns": REQUIREMENT_COLUMNS,
        "requirement_cells": requirement_cells,
        "chart": bar_chart(items),
        "status_meaning": STATUS_MEANING,
        "status_colors": STATUS_COLORS,
        "check_colors": CHECK_COLORS,
    }


def facts_view(facts: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The resume facts as people read them: (label, value) rows, then the jobs and the
    education as written, each with where it was read. None when the report has no facts."""
    if facts is None:
        return None

    def where(entry: Mapping[str, Any]) -> str:
        at = entry.get("at") or {}
        return f"p{at.get('page', '?')} l{at['line']}" if at.get("line") else f"p{at.get('page', '?')}"

    rows = []
    for label, entry, key in (
        ("name", facts.get("name"), "text"),
        ("email", facts.get("email"), "address"),
        ("phone", facts.get("phone"), "number"),
        ("location", facts.get("location"), "text"),
    ):
        rows.append((label, f"{entry[key]} ({where(entry)})" if entry else "not found"))
    links = facts.get("links") or []
    rows.append(("links", ", ".join(f"{link['kind']}: {link['url']}" for link in links) or "none found"))
    years = facts.get("total_years")
    rows.append(("years of work", f"{years:g} (as of {facts.get('as_of')})" if years is not None else "not told"))
    rows.append(("certifications", ", ".join(c["name"] for c in facts.get("certifications") or []) or "none found"))
    rows.append(("languages", ", ".join(x["name"] for x in facts.get("languages") or []) or "none found"))
    jobs = [
        {
            "title": job.get("title") or "-",
            "employer": job.get("employer") or "-",
            "dates": f"{job.get('start') or '?'} - {job.get('end') or '?'}",
            "months": job.get("months"),
            "where": where(job),
        }
        for job in facts.get("experience") or []
    ]
    education = [
        {
            "level": entry.get("degree_level"),
            "degree": " ".join(x for x in (entry.get("degree"), entry.get("field")) if x) or "-",
            "institution": entry.get("institution") or "-",
            "year": f"{entry.get('end_year') or '-'}{' (in progress)' if entry.get('in_progress') else ''}",
            "where": where(entry),
        }
        for entry in facts.get("education") or []
    ]
    return {"rows": rows, "jobs": jobs, "education": education}


# ---------------------------------------------------------------- the chart


def bar_chart(items: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Geometry of the horizontal bar chart the HTML template draws as inline SVG.

    One bar per item, skills then tools: the bar's length is the item's weight (the longest
    weight spans the plot), the filled part its strength (0-1), the colour its status.
    Computed here so the template only places shapes.
    """
    label_width, plot_width, value_width, pad = 230, 400, 150, 12
    row, bar, heading, legend = 24, 14, 26, 46
    items = list(items)
    longest = max((item["weight"] for item in items), default=1.0) or 1.0
    y = pad + legend
    headings, bars = [], []
    for kind, title in (("skill", "Skills (the score)"), ("tool", "Core tools (tool coverage)")):
        members = [item for item in items if item["kind"] == kind]
        if not members:
            continue
        headings.append({"title": title, "y": y + 16})
        y += heading
        for item in members:
            length = plot_width * item["weight"] / longest
            bars.append(
                {
                    "id": item["id"],
                    "name": item["name"],
                    "status": item["status"],
                    "color": STATUS_COLORS.get(item["status"], "#57606a"),
                    "y": y + (row - bar) / 2,
                    "text_y": y + row / 2 + 4,
                    "height": bar,
                    "length": round(length, 1),
                    "filled": round(length * max(0.0, min(1.0, item["strength"])), 1),
                    "value": f"weight {num(item['weight'])} · {round(100 * item['strength'])}%",
                    "title": (
                        f"{item['name']} ({item['kind']}): {item['status']}, weight {num(item['weight'])}, "
                        f"strength {num(item['strength'])}, {num(item['points'])} of {num(item['max_points'])} points"
                    ),
                }
            )
            y += row
    legend_items = [
        {"status": status, "color": STATUS_COLORS[status], "x": pad + i * 130} for i, status in enumerate(STATUSES)
    ]
    return {
        "width": pad + label_width + plot_width + value_width + pad,
        "height": y + pad,
        "label_x": pad + label_width - 8,
        "plot_x": pad + label_width,
        "value_x": pad + label_width + plot_width + 8,
        "pad": pad,
        "legend": legend_items,
        "headings": headings,
        "bars": bars,
    }
