"""Reports for people: Markdown, and one self-contained HTML page (or notebook fragment).

Both render from `report.to_dict()`, the JSON contract, never from internal objects: what a
person reads is what `ats-match score --format json` prints, and a dict from elsewhere (an
older JSON file, a dict with `checks` added) renders the same way.

Resume text is untrusted. HTML goes through jinja2 with autoescape on and nothing marked
safe; Markdown goes through `md()`, which turns `<` into `&lt;` and escapes the characters
Markdown would act on. The HTML page loads nothing: CSS and the SVG chart are inline, there
is no script, and a Content-Security-Policy forbids any fetch.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

    from .report import Report

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


# ---------------------------------------------------------------- entry points


def to_markdown(report: Report) -> str:
    """The report as Markdown (what `report.to_markdown()` returns)."""
    return markdown_from_dict(report.to_dict())


def to_html(report: Report, *, full_page: bool = True) -> str:
    """The report as one HTML page, or as the fragment a notebook shows (`full_page=False`)."""
    return html_from_dict(report.to_dict(), full_page=full_page)


def html_from_dict(data: Mapping[str, Any], *, full_page: bool = True) -> str:
    """HTML from a report dict (the shape of `Report.to_dict()`)."""
    template = environment().get_template("report.html.j2")
    return template.render(full_page=full_page, **report_view(data))


@functools.cache
def environment() -> jinja2.Environment:
    """The jinja2 environment for the templates in ats_match/templates (built once).

    jinja2 is imported here, not at module level, so `import ats_match` stays fast.
    """
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("ats_match", "templates"),
        autoescape=True,  # every {{ value }} is HTML-escaped; no template uses |safe
        undefined=jinja2.StrictUndefined,  # a misspelt key fails loudly instead of rendering ""
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = num
    env.filters["highlight"] = highlight
    return env


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
        "chart": bar_chart(items),
        "status_meaning": STATUS_MEANING,
        "status_colors": STATUS_COLORS,
        "check_colors": CHECK_COLORS,
    }


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


# ---------------------------------------------------------------- Markdown

_MD_ACTIVE = re.compile(r"([\\`*_\[\]|~#])")  # characters that start Markdown syntax inline
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")  # "&lt;" in the text must stay "&lt;" when shown


def md(value: object) -> str:
    """Text made inert for Markdown: one line, no HTML (`<` becomes `&lt;`, which every
    Markdown renderer shows as `<`), no emphasis, links, code or table breaks."""
    text = re.sub(r"\s+", " ", str(value))  # one line; a space at either end is kept
    text = _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return _MD_ACTIVE.sub(r"\\\1", text)


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    """A Markdown table; header and cells are escaped here."""
    header, rows = [md(h) for h in header], list(rows)
    if not rows:
        return ["None.", ""]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md(cell).strip() for cell in row) + " |" for row in rows]
    return lines + [""]


def markdown_from_dict(data: Mapping[str, Any]) -> str:
    """Markdown from a report dict (the shape of `Report.to_dict()`): the same sections,
    in the same order, as the HTML page."""
    view = report_view(data)
    sections = (_md_summary, _md_items, _md_gaps, _md_plan, _md_next_steps, _md_checks)
    lines = [line for section in sections for line in section(view)]
    return "\n".join(lines).rstrip("\n") + "\n"


def _md_summary(view: dict[str, Any]) -> list[str]:
    data, role, resume = view["data"], view["role"], view["resume"]
    figures = [f"**Score {num(data['score'])} / 100**", f"tool coverage {num(data['tool_coverage'])} / 100"]
    if view["keyword_coverage"] is not None:
        figures.append(f"keyword search coverage {num(view['keyword_coverage'])}%")
    figures.append(md(view["readability_text"]))
    pages = f"{resume['pages']} page" + ("" if resume["pages"] == 1 else "s")
    sections = ", ".join(resume["sections"]) or "-"
    return [
        f"# ATS match: {md(role['name'])} · {md(resume['source'])}",
        "",
        " · ".join(figures),
        "",
        f"Role: {md(role['name'])} ({md(role['id'])}), from {md(role['source'])}.  ",
        f"Resume: {md(resume['source'])} ({md(resume['kind'])}, {pages}; sections: {md(sections)}).  ",
        f"How the score works: {md(data['formula'])}.",
        "",
    ]


def _md_items(view: dict[str, Any]) -> list[str]:
    """Items grouped by status, each with its figures, the reason and every evidence line."""
    out = ["## Items", ""]
    for status, items in view["groups"]:
        out += [f"### {status.capitalize()} ({len(items)}): {STATUS_MEANING[status]}", ""]
        for item in items:
            facts = (
                f"{md(item['id'])} · {md(item['kind'])} · weight {num(item['weight'])} · "
                f"strength {num(item['strength'])} · {num(item['points'])} of {num(item['max_points'])} points"
            )
            out.append(f"- **{md(item['name'])}** ({facts}): {md(item['reason'])}")
            for ev in item["evidence"]:
                before, hit, after = highlight(ev["text"], ev["matched"])
                line = md(before) + (f"**{md(hit)}**" if hit else "") + md(after)
                how = f"{ev['tier']} via {ev['alias']}" + (f", {ev['qualifier']}" if ev["qualifier"] != "none" else "")
                counted = "" if ev["counted"] else " · not counted"
                where = f"page {ev['page']}, line {ev['line']}, {md(ev['section'])}"
                out.append(f"  - {where}: {line} ({md(how)}{counted})")
        out += [] if items else ["None."]
        out.append("")
    return out


def _md_gaps(view: dict[str, Any]) -> list[str]:
    recs = view["recs"]
    return [
        "## Gaps",
        "",
        "### Learn: missing items, then show them in work",
        "",
        *_table(
            ["item", "points", "tool points", "hours", "points per hour", "what to do"],
            [
                (
                    g["name"],
                    num(g["points"]),
                    num(g["tool_points"]),
                    num(g["hours"]),
                    num(g["points_per_hour"]),
                    g["action"],
                )
                for g in recs["learn"]
            ],
        ),
        "### Show: listed or implied items, shown in real use",
        "",
        *_table(
            ["item", "now", "points", "tool points", "what to do"],
            [(g["name"], g["status"], num(g["points"]), num(g["tool_points"]), g["action"]) for g in recs["show"]],
        ),
        "### Say: the exact words a recruiter searches for",
        "",
        *_table(
            ["item", "now", "points", "what to do"],
            [(g["name"], g["status"], num(g["points"]), g["action"]) for g in recs["say"]],
        ),
    ]


def _md_plan(view: dict[str, Any]) -> list[str]:
    """The plan's steps in order, with the hours so far and the score each step reaches."""
    recs = view["recs"]
    out = [f"## Plan within {num(recs['hours'])} hours", ""]
    if not recs["plan"]:
        return out + ["Nothing to learn within the budget raises the score.", ""]
    out += _table(
        ["step", "item", "stage", "hours", "cumulative hours", "points", "projected score"],
        [
            (
                n,
                s["name"],
                s["stage"] or "-",
                num(s["hours"]),
                num(s["cumulative_hours"]),
                num(s["points"]),
                num(s["projected_score"]),
            )
            for n, s in enumerate(recs["plan"], 1)
        ],
    )
    score, end = num(view["data"]["score"]), num(view["plan_end"])
    return out + [f"{num(recs['plan_hours'])} hours take the score from {score} to {end}.", ""]


def _md_next_steps(view: dict[str, Any]) -> list[str]:
    """Projects, interview questions, certifications and the next role."""
    recs, names = view["recs"], view["names"]

    def named(ids: Iterable[str]) -> str:
        return ", ".join(names.get(i, i) for i in ids) or "-"

    out = [f"## Projects (you are at the {md(recs['stage'] or '-')} stage)", ""]
    out += _table(
        ["project", "level", "what", "would show", "points"],
        [(p["name"], p["level"], p["summary"], named(p["evidences"]), num(p["points"])) for p in recs["projects"]],
    )
    out += ["## Interview questions", ""]
    out += _table(
        ["question", "difficulty", "tests", "why"],
        [(q["question"], q["difficulty"], q["testing"], q["why"]) for q in recs["interview"]],
    )
    out += ["## Certifications", ""]
    out += _table(
        ["certification", "issuer", "value", "backs"],
        [(c["name"], c["issuer"], c["value"], named(c["backs"])) for c in recs["certifications"]],
    )
    out += ["## Next role", ""]
    nxt = recs["next_role"]
    if not nxt:
        return out + ["The role profile names no next role.", ""]
    shown, missing = ", ".join(nxt["shown"]) or "-", ", ".join(nxt["missing"]) or "-"
    return out + [
        f"**{md(nxt['name'])}** ({md(nxt['duration'])}): already shown: {md(shown)}; to learn: {md(missing)}.",
        "",
    ]


def _md_checks(view: dict[str, Any]) -> list[str]:
    out = ["## ATS checks", "", md(view["readability_text"]), ""]
    if view["checks"] is not None:
        out += _table(
            ["check", "status", "message", "evidence", "fix"],
            [
                (c["id"], c["status"], c["message"], "; ".join(c["evidence"]) or "-", c["fix"] or "-")
                for c in view["checks"]
            ],
        )
    if view["hidden_text"]:
        out += ["## Hidden text (never evidence)", ""] + [f"- {md(text)}" for text in view["hidden_text"]] + [""]
    return out
