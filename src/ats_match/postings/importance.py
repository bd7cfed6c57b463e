"""How much a posting asks for an item, read from where and how it asks.

Importance of an item (1-10), from its best line plus repetition:

| part of the score                                                        | points        |
|--------------------------------------------------------------------------|---------------|
| best line in the title                                                   | 8             |
| best line in a requirements section ("Requirements", "Qualifications",   | 7             |
|   "Must have", "What you'll need", "You have", "Skills", ...)            |               |
| best line elsewhere (description, responsibilities, untitled text)       | 5             |
| best line in a nice-to-have section ("Nice to have", "Preferred",        | 4             |
|   "Bonus points", "Pluses", "Desirable", ...)                            |               |
| best line about the company or benefits ("About us", "Benefits", ...)    | 3             |
| strong wording in the same clause: must, required, strong, expert,       | +2            |
|   proficient, solid, extensive, essential, proven, in-depth, "5+ years"  |               |
| soft wording in the same clause: preferred, a plus, nice to have, bonus, | -2            |
|   familiarity / familiar with, exposure to, ideally, desirable, basic    |               |
| each further line that names the item (repetition)                       | +1, at most +2|

importance = clamp(best line's section points + its wording points + repetition, 1, 10),
where the best line is the one with the highest section + wording points. A clause is the
part of a line between ";", "|" or sentence ends. Each item's "why" in the overview spells
the sum out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..matching import Mention

SECTION_POINTS: dict[str, int] = {"title": 8, "requirements": 7, "body": 5, "notes": 5, "preferred": 4, "about": 3}
SECTION_LABELS: dict[str, str] = {
    "title": "title",
    "requirements": "requirements",
    "body": "description",
    "notes": "notes",
    "preferred": "nice to have",
    "about": "about the company",
}
STRONG_POINTS = 2
SOFT_POINTS = -2
REPEAT_POINTS = 1
MAX_REPEAT_POINTS = 2
FORMULA = (
    "importance = clamp(section of the best line [title 8, requirements 7, description 5, nice to have 4, "
    "about the company 3] + wording in its clause [strong +2, soft -2] + 1 per further line [at most +2], 1, 10)"
)

_CLAUSE_END = re.compile(r"[;|]|[.!?](?=\s|$)")
_STRONG = re.compile(
    r"\b(?:must|required|strong|expert|expertise|proficien(?:t|cy)|solid|extensive|(?<!not )essential|proven"
    r"|in-depth|mastery|deep (?:understanding|knowledge|experience|expertise))\b"
    r"|\b\d+\s*\+?\s*(?:years?|yrs)\b",
    re.I,
)
_SOFT = re.compile(
    r"\b(?:preferred|preferably|(?:a|big|huge|nice|is a|are a) plus|nice[- ]to[- ]haves?|bonus|familiar(?:ity)?"
    r"|exposure|ideally|desirable|desired|good to have|optional|basic understanding|some experience|not required"
    r"|not essential|non-essential|not mandatory|favou?rably considered)\b|\(\s*(?:an? )?asset\s*\)",
    re.I,
)


def clause_of(text: str, start: int, end: int) -> str:
    """The part of a line around a mention, between ; | or sentence ends."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    return text[left:right]


def wording(clause: str) -> tuple[int, tuple[str, ...]]:
    """Points and cues of the wording of a clause: strong +2, soft -2 (the table above)."""
    points, cues = 0, []
    if strong := _STRONG.search(clause):
        points += STRONG_POINTS
        cues.append(f"'{strong.group(0)}' {STRONG_POINTS:+d}")
    if soft := _SOFT.search(clause):
        points += SOFT_POINTS
        cues.append(f"'{soft.group(0)}' {SOFT_POINTS:+d}")
    return points, tuple(cues)


@dataclass(frozen=True)
class Reading:
    """How one mention asks for its item: section, wording, points."""

    mention: Mention
    section: str
    cues: tuple[str, ...]  # e.g. ("'strong' +2",)
    points: int


def read_mention(mention: Mention, section: str) -> Reading:
    points, cues = wording(clause_of(mention.line_text, mention.start, mention.end))
    return Reading(mention, section, cues, SECTION_POINTS[section] + points)


@dataclass(frozen=True)
class Asked:
    """What the posting asks for one item, and why that importance."""

    item_id: str
    importance: int
    why: str
    lines: tuple[str, ...]
    first_line: int


def asked_for(item_id: str, readings: list[Reading]) -> Asked:
    best = max(readings, key=lambda r: (r.points, -r.mention.line))
    line_numbers = sorted({r.mention.line for r in readings})
    repeat = min(MAX_REPEAT_POINTS, REPEAT_POINTS * (len(line_numbers) - 1))
    raw = best.points + repeat
    importance = min(10, max(1, raw))
    parts = [f"{SECTION_LABELS[best.section]} line {best.mention.line} ({SECTION_POINTS[best.section]})"]
    parts += list(best.cues)
    if repeat:
        parts.append(f"on {len(line_numbers)} lines {repeat:+d}")
    why = ", ".join(parts) + f" = {raw}"
    if raw != importance:
        why += f", kept to {importance}"
    texts = tuple(dict.fromkeys(r.mention.line_text for r in sorted(readings, key=lambda r: r.mention.line)))
    return Asked(item_id, importance, why, texts, line_numbers[0])
