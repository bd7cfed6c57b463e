"""Which mention of an item comes first: the strongest, most specific one of those that set
its status. A report shows an item's first evidence as the reason for its status (the JSON's
first evidence, the terminal's evidence column, the Markdown and HTML lists), so that one
must be the bullet that names the method, not the job title above it.

The strength order, strongest first (strength_key):

1. counted: visible, neither negated nor only hoped for;
2. the status it supports: used in work (named, plainly, in experience or projects), then
   named (anywhere else, or as coursework), then implied (a tool or term that implies it);
3. where: a named mention in the skills list first, then the other sections, the contact
   lines, and last the work sections (coursework there); any other in the work sections
   first, then the skills list, the other sections and the contact lines;
4. the line: a bullet or sentence, then a list of names ("Tools: Docker, MLflow"), then a
   line that heads something: a title or header line ("Machine Learning Engineer |
   Toronto", "Data Scientist, Acme Corp, 2019 - 2021"), a heading, the contact lines;
5. plain before qualified (a course);
6. specific before general: one of the item's terms or patterns ("random forests") before
   its name or an alias ("machine learning");
7. reading order.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..reading.sections import WORK_SECTIONS
from ..roles import Item
from .extractor import Mention

# ---------------------------------------------------------------------------- the order

WORKED, NAMED, IMPLIED, NOT_COUNTED = 0, 1, 2, 3  # what a mention supports, strongest first


def supports(mention: Mention) -> int:
    """The status a mention supports on its own: WORKED (demonstrated), NAMED (listed),
    IMPLIED, or NOT_COUNTED (negated, hedged, hidden)."""
    if not mention.counts:
        return NOT_COUNTED
    if mention.tier == "implied":
        return IMPLIED
    if mention.section in WORK_SECTIONS and mention.qualifier == "none":
        return WORKED
    return NAMED


def _place(mention: Mention, support: int) -> int:
    """Rank of the mention's section for what it supports (module docstring, point 3)."""
    section = mention.section
    work = section in WORK_SECTIONS
    if support == NAMED:
        return 3 if work else 0 if section == "skills" else 2 if section == "contact" else 1
    return 0 if work else 1 if section == "skills" else 3 if section == "contact" else 2


def strength_key(mention: Mention, item: Item | None = None) -> tuple:
    """The mention's place in the strength order (module docstring): smaller is stronger."""
    support = supports(mention)
    specific = item is not None and (mention.alias in item.terms or mention.alias.startswith("pattern "))
    return (
        support,
        _place(mention, support),
        mention.line_kind,
        mention.qualifier != "none",
        not specific,
        mention.hidden,
        mention.line,
        mention.start,
        -(mention.end - mention.start),
        mention.alias,
    )


def strongest_first(mentions: Iterable[Mention], item: Item | None = None) -> list[Mention]:
    """The mentions of one item in strength order: the first is the one that set the item's
    status, and the evidence a report shows first."""
    return sorted(mentions, key=lambda mention: strength_key(mention, item))
