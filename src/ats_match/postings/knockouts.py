"""The knock-out facts of a posting, assembled from every line that asks them: the years
of experience (the most a required line asks, the least of alternatives joined by "or")
and the degree level (the lowest a required line accepts), each a Requirement. asks.py
finds them in a line; this module decides what the posting as a whole asks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..reading import Line
from .asks import LEVELS
from .cues import SOFT_CUE, required_by_cues
from .importance import SECTION_POINTS, clause_of, wording
from .model import DEGREE_ORDER, Requirement
from .sections import is_bullet
from .text import slug
from .vocabulary import title_words

LEVEL_NAMES = {
    "high school": "High school diploma or GED",
    "associate": "Associate degree",
    "bachelor": "Bachelor's degree",
    "master": "Master's degree",
    "phd": "Doctorate",
}


@dataclass(frozen=True)
class Seen:
    """Years or a degree asked on one line: the value, how it is asked, where."""

    value: Any  # years (float) or degree level (str)
    field: str | None
    written: str  # "3+ years", "BSN"
    required: bool
    points: int
    line: int
    text: str
    start: int = 0
    end: int = 0
    waived: bool = False  # a degree "desired but not required": asked, but no level to screen on


def line_points(section: str, text: str, start: int, end: int) -> int:
    """The importance points of a mention: its section's, plus its clause's wording."""
    return SECTION_POINTS[section] + wording(clause_of(text, start, end))[0]


def seen_at(
    value: Any, field_: str | None, written: str, section: str, line: Line, start: int, end: int, asked_end: int = 0
) -> Seen:
    """Years or a degree asked at `start`-`end`; `asked_end` is where the ask ends for its cues
    (a degree's field: "Bachelor's degree in Business, Accounting, Finance preferred")."""
    required = required_by_cues(section, line.text, start, max(end, asked_end), knockout=True)
    points = line_points(section, line.text, start, end)
    return Seen(value, field_, written, required, points, line.number, line.text, start, end)


# "2 years of full-time or 4 years of part-time experience": an "or" just before the second
# ask (a few words of what the first is of may come between); not the "or" of a list of fields
# ("in Shipping, Inventory, or Materials Management ..., with 1 or more years of supervisory")
_OR_BETWEEN = re.compile(
    r"\bor\b(?:\s+\S+){0,2}\s*$|^(?:\s+\S+){0,4}\s+or\s*$"
    # another route by another qualification: "a degree holder with at least 3 years teaching
    # experience or a diploma holder with at least 4 years"
    r"|\bor\s+(?:an?\s+)?\w+\s+(?:holder|graduate)s?\s+with\s+(?:at least\s+|a minimum of\s+)?$",
    re.I,
)
_OR_AT_END = re.compile(r"(?:;|,)?\s*\bor\s*:?\s*$", re.I)


def alternatives(years: list[Seen]) -> list[list[Seen]]:
    """Years asks in groups of alternatives: "2 years of full-time or 4 years of part-time
    experience", or numbered requirements joined by "; or" at the end of a line. A
    candidate meets the group with its least, so the group asks for its least."""
    groups: list[list[Seen]] = []
    for ask in sorted(years, key=lambda y: (y.line, y.start)):
        if groups:
            last = groups[-1][-1]
            same_line = last.line == ask.line and _OR_BETWEEN.search(ask.text[last.end : ask.start])
            next_item = ask.line > last.line and _OR_AT_END.search(last.text)
            if same_line or next_item:
                groups[-1].append(ask)
                continue
        groups.append([ask])
    return groups


# years that stand in for something else, not the years every route needs: "Four (4) years of
# additional experience may be substituted for a bachelor's degree", "or 7 years of experience in
# lieu of a degree", "(a Master's degree can substitute for 2 years)", "... for a total of ten (10)
# years" in a sentence of substitutes
_SUBSTITUTED_AFTER = re.compile(
    r"^[^.;()]{0,60}?\b(?:(?:may|can|will) be substituted|(?:may|can) substitute|in lieu of)\b", re.I
)
_SUBSTITUTE_FOR_BEFORE = re.compile(
    r"\b(?:substitut\w* for|in lieu of [^,.;()]{1,40},)\s+(?:at least\s+|a minimum of\s+)?$", re.I
)
_TOTAL_BEFORE = re.compile(r"\bfor a total of\s+(?:at least\s+|a minimum of\s+)?$", re.I)
_SUBSTITUTION = re.compile(r"\bsubstitut\w*|\bin lieu of\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.;!?](?=\s|$)")


def _stands_in(seen: Seen) -> bool:
    """Whether the years are a substitute's (or the total a substitute makes), not an ask."""
    if _SUBSTITUTED_AFTER.match(seen.text, seen.end):
        return True
    before = seen.text[: seen.start]
    if _TOTAL_BEFORE.search(before):
        # the total of a substitute's route; "plus 1 year ..., for a total of 3 years" asks 3
        start = max((m.end() for m in _SENTENCE_BREAK.finditer(seen.text, 0, seen.start)), default=0)
        return bool(_SUBSTITUTION.search(seen.text, start, seen.start))
    return bool(_SUBSTITUTE_FOR_BEFORE.search(before))


def years_asked(years: list[Seen]) -> tuple[float | None, list[Requirement]]:
    """The years of experience the posting requires: the most among the required asks ("5+
    years, including 2 as a lead" asks for 5; of alternatives, the least). Years only preferred
    give a preferred requirement (the least of them) and no floor: None, as an ATS screens."""
    if not years:
        return None, []
    # "Four (4) years of additional experience may be substituted for a bachelor's degree for a
    # total of ten (10) years": another route to the degree, not the years every route needs
    years = [y for y in years if not _stands_in(y)] or years
    required = [min(group, key=lambda y: y.value) for group in alternatives([y for y in years if y.required])]
    chosen = max(required, key=lambda y: y.value) if required else min(years, key=lambda y: y.value)
    floors = [y for y in required if _FLOOR_BEFORE.search(y.text, 0, y.start)]
    if floors:
        # "1. Three years ...; or 2. education and experience equivalent ... However, all
        # candidates must have a minimum of two years": the least any route accepts
        chosen = min(floors, key=lambda y: y.value)
    if len({_role_label(y.text) for y in required} - {None}) >= 2:
        # "- Service Technician - Minimum 2 Years ...", "- Lead Service Technician - Minimum 6
        # Years ...": one posting for several grades, each its own ask; the least opens the door
        chosen = min(required, key=lambda y: y.value)
    if chosen.value == 0:
        return 0.0, []  # "0-2 years": no experience needed, so nothing for a resume to meet
    requirement = Requirement(
        name=f"{chosen.value:g}+ years of experience",
        kind="experience",
        required=chosen.required,
        forms=(chosen.written,),
        importance=max(1, min(10, chosen.points)),
        line=chosen.line,
        id="experience-years",
        source="years",
        text=chosen.text,
        count=len(years),
    )
    # only preferred ("5+ years preferred"): asked, but no floor to screen on
    return (chosen.value if chosen.required else None), [requirement]


# A floor under every route to the job: "However, all candidates must have a minimum of"
_FLOOR_BEFORE = re.compile(
    r"\b(?:however|in (?:all|any|every) cases?|all (?:candidates|applicants))\b[^.;]{0,50}\b(?:minimum of|at least)\s*$",
    re.I,
)


# An item that opens with the grade it is for: "- Lead Service Technician - Minimum 6 Years ..."
_ROLE_LABEL = re.compile(r"^\W{0,4}(?:[-*•·]\s*)?((?:[A-Z][\w/&-]*\s+){0,4}[A-Z][\w/&-]*)\s*(?:[-–—:]\s|\(|,)")


def _role_label(text: str) -> str | None:
    """The grade an item opens with, when its last word is a job's ("Lead Service Technician")."""
    label = _ROLE_LABEL.match(text)
    if label is None:
        return None
    head = label.group(1).split()[-1].lower()
    return label.group(1) if head in title_words() or head.removesuffix("s") in title_words() else None


_SAID_REQUIRED = re.compile(r"\b(?:required|is a must|mandatory|essential)\b(?! to\b)", re.I)


_AND_BETWEEN = re.compile(r"^\s*(?:/\s*\w+\s*)?(?:,\s*)?and\s+(?:an?\s+)?(?:(?!or\b)[\w-]+\s+){0,3}$", re.I)


def _both_asked(lower: Seen, higher: Seen) -> bool:
    """Whether `lower` is asked together with `higher` on its line ("... and two-year degree")."""
    return (
        lower.line == higher.line
        and LEVELS.index(lower.value) < LEVELS.index(higher.value)
        and lower.end <= higher.start
        # not "Bachelor's degree and Master's preferred" (a wish after a comma is another item's)
        and not SOFT_CUE.search(lower.text[higher.end :].split(",")[0].split(";")[0])
        and bool(_AND_BETWEEN.match(lower.text[lower.end : higher.start]))
    )


def _school_and_degree_listed(school: Seen, degree: Seen) -> bool:
    """Whether `school` (a school-leaving level) is asked on a list item of its own beside a
    required degree on another, neither written as the other's alternative ("or")."""
    return (
        school.value == "high school"
        and degree.value != "high school"
        and school.required
        and degree.required
        and school.line != degree.line
        and abs(school.line - degree.line) <= _LIST_REACH
        and is_bullet(school.text)
        and is_bullet(degree.text)
        and not any(_OR_ALTERNATIVE.search(d.text) for d in (school, degree))
    )


_LIST_REACH = 3  # lines: items of one short education list
# "... or equivalent", "OR", "or relevant experience": alternatives, the lower one the floor
_OR_ALTERNATIVE = re.compile(r"\bor\s*$|^\W*or\b|\bor\s+(?:an?\s+)?(?:equivalent|relevant|related|comparable)\b", re.I)


def degree_asked(degrees: list[Seen]) -> tuple[str | None, str | None, list[Requirement]]:
    """The lowest degree a required ask accepts ("Bachelor's or Master's" accepts a
    bachelor's), or None when a degree is only preferred ("BSN preferred"); one requirement
    per level asked, preferred ones marked so."""
    if not degrees:
        return None, None, []
    # "High School Diploma/GED and two-year related degree": both asked, so the lower is no floor
    degrees = [d for d in degrees if not any(_both_asked(d, e) for e in degrees)]
    # "- A levels BBC or higher" and "- Degree 2:2 or higher" as two items of one list: the
    # schooling a degree needs anyway, both asked; the degree is the floor
    floors = [d for d in degrees if not any(_school_and_degree_listed(d, e) for e in degrees)]
    required = [d for d in floors if d.required]
    pool = required or [d for d in floors if not d.waived]
    level = min(pool, key=lambda d: LEVELS.index(d.value)).value if pool else None
    # a higher degree whose own line says it is required, with no lower one on that line:
    # "Master's degree in Library Science from an accredited program required" beside an
    # "Undergraduate degree in Art History" asks both, so a master's (not alternatives on
    # numbered lines, "Bachelor's ... or" / "A Master's degree ...", which name no "required")
    for d in required:
        own_line = [e for e in pool if e.line == d.line]
        if _SAID_REQUIRED.search(d.text) and min(LEVELS.index(e.value) for e in own_line) == LEVELS.index(d.value):
            level = max(level, d.value, key=LEVELS.index) if level else d.value
    field_ = next((d.field for d in pool if d.value == level and d.field), None) or next(
        (d.field for d in pool if d.field and d.value != "high school"), None
    )
    requirements = []
    for asked in DEGREE_ORDER:
        same = [d for d in degrees if d.value == asked]
        if not same:
            continue
        is_required = any(d.required for d in same)
        if is_required and required and LEVELS.index(asked) > LEVELS.index(level):
            is_required = False  # "Bachelor's or Master's": the master's is not required
        # a school-leaving level has no field: "SSCE, NCE, ND in Marketing" is the diploma's field
        field_of = next((d.field for d in same if d.field), None) if asked != "high school" else None
        first = min(same, key=lambda d: d.line)
        requirements.append(
            Requirement(
                name=LEVEL_NAMES[asked] + (f" in {field_of}" if field_of else ""),
                kind="degree",
                required=is_required,
                forms=tuple(dict.fromkeys((LEVEL_NAMES[asked], *(d.written for d in same)))),
                importance=max(1, min(10, max(d.points for d in same))),
                line=first.line,
                id=f"degree-{slug(asked)}",
                source="degree",
                text=first.text,
                count=len(same),
            )
        )
    if not required:
        return None, None, requirements  # "BSN preferred": asked, but no floor to screen on
    return level, field_, requirements
