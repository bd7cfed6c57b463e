"""A report as Markdown. Resume text is untrusted: every value goes through `md()`, which
turns `<` into `&lt;` and escapes the characters Markdown would act on."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .safe import visible
from .view import REQUIREMENT_COLUMNS, STATUS_MEANING, highlight, num, report_view, requirement_cells

_MD_ACTIVE = re.compile(r"([\\`*_\[\]|~#])")  # characters that start Markdown syntax inline
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")  # "&lt;" in the text must stay "&lt;" when shown


def md(value: object) -> str:
    """Text made inert for Markdown: one line, no HTML (`<` becomes `&lt;`, which every
    Markdown renderer shows as `<`), no emphasis, links, code or table breaks."""
    text = visible(re.sub(r"\s+", " ", str(value)))  # one line, no terminal escapes; end spaces kept
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
    sections = (_md_summary, _md_requirements, _md_items, _md_gaps, _md_plan, _md_next_steps, _md_checks, _md_facts)
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


def _md_requirements(view: dict[str, Any]) -> list[str]:
    """With a job posting: its requirements, knock-outs first, as the resume meets them."""
    if not view["requirements"] and not view["posting_warnings"]:
        return []
    out = ["## Job posting requirements", ""]
    out += [f"Warning: {md(w)}  " for w in view["posting_warnings"]]
    if view["posting_warnings"]:
        out.append("")
    return out + _table(REQUIREMENT_COLUMNS, [requirement_cells(r) for r in view["requirements"]])


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
                    "unknown" if g["hours"] is None else num(g["hours"]),
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
        return out + [md(view["plan_note"]), ""]
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
                (
                    c["id"],
                    c["status"] if c.get("checked", True) else "not checked",
                    c["message"],
                    "; ".join(c["evidence"]) or "-",
                    c["fix"] or "-",
                )
                for c in view["checks"]
            ],
        )
    if view["hidden_text"]:
        out += ["## Hidden text (never evidence)", ""] + [f"- {md(text)}" for text in view["hidden_text"]] + [""]
    return out


def _md_facts(view: dict[str, Any]) -> list[str]:
    facts = view["facts"]
    if facts is None:
        return []
    out = ["## Resume facts (as an ATS reads them)", ""]
    out += _table(["fact", "read as"], facts["rows"])
    if facts["jobs"]:
        rows = [(j["title"], j["employer"], j["dates"], num(j["months"]), j["where"]) for j in facts["jobs"]]
        out += _table(["title", "employer", "dates", "months", "where"], rows)
    if facts["education"]:
        rows = [(e["level"], e["degree"], e["institution"], e["year"], e["where"]) for e in facts["education"]]
        out += _table(["level", "degree", "institution", "year", "where"], rows)
    return out
