"""From mentions to a status per item and a weighted score.

    weight(item)   = importance x interview factor          (High 1.0, Medium 0.6: the profile's)
    score          = 100 x sum(weight x strength) / sum(weight)   over the role's skills
    tool coverage  = the same sum over the core tools, a checklist beside the score

An item's status is its strongest counted mention: demonstrated (named in experience or
project work), listed (named anywhere else), implied (only a tool or term that implies it),
missing. Repeating a name adds nothing: only the status counts. The evidence comes in
strength order (matching.evidence): the first is the mention that set the status, and the
reason quotes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .matching import NAMED, NOT_COUNTED, WORKED, Mention, strongest_first, supports
from .roles import Item, RoleProfile

FORMULA = (
    "score = 100 x sum(weight x strength) / sum(weight) over the role's skills; "
    "weight = importance x interview factor; strength by status"
)


@dataclass(frozen=True)
class Evidence:
    """A mention as the report shows it."""

    text: str  # the line it sits on
    matched: str  # the words that matched
    alias: str  # the profile entry that matched
    tier: str
    qualifier: str
    proficiency: str | None
    page: int
    line: int
    section: str
    counted: bool  # False for hidden mentions and those qualified negated, hedged, other-sense, employer or hobby


@dataclass(frozen=True)
class ItemResult:
    id: str
    name: str
    kind: str  # skill | tool
    core_tool: bool
    weight: float
    status: str
    strength: float
    points: float  # what the item adds to the score (skills) or to tool coverage (tools)
    max_points: float
    reason: str  # why this status, in words
    evidence: tuple[Evidence, ...]


def item_status(mentions: Iterable[Mention], item: Item | None = None) -> tuple[str, str]:
    """The strongest status the mentions support, and why, in the words of the mention that
    set it: the first in the strength order (matching.evidence), which a report shows first."""
    mentions = list(mentions)
    ordered = strongest_first(mentions, item)
    first = ordered[0] if ordered else None
    support = supports(first) if first is not None else NOT_COUNTED
    if first is None or support == NOT_COUNTED:
        return "missing", _missing_reason(mentions)
    if support == WORKED:
        return "demonstrated", f"used in {first.section} (line {first.line}): {first.text!r}"
    if support == NAMED:
        where = "coursework" if first.qualifier == "coursework" else first.section
        return "listed", f"named in {where} (line {first.line}): {first.text!r}"
    return "implied", f"not named; implied by {first.implied_by or first.text!r} (line {first.line})"


def _missing_reason(mentions: Iterable[Mention]) -> str:
    mentions = list(mentions)
    if any(m.hidden for m in mentions):
        return "only in hidden text, which is never evidence"
    for kind in ("negated", "hedged"):
        cue = next((m for m in mentions if m.qualifier == kind), None)
        if cue is not None:
            return f"only {kind} ({cue.cue!r}, line {cue.line})"
    employer = next((m for m in mentions if m.qualifier == "employer"), None)
    if employer is not None:
        return f"only as the name of an employer ({employer.cue!r}, line {employer.line})"
    other = next((m for m in mentions if m.qualifier == "other-sense"), None)
    if other is not None:
        return f"only in another sense ({other.cue!r}, line {other.line})"
    hobby = next((m for m in mentions if m.qualifier == "hobby"), None)
    if hobby is not None:
        return f"only among the interests ({hobby.cue!r}, line {hobby.line}), which are not evidence"
    return "not found"


def coverage(role: RoleProfile, statuses: Mapping[str, str], items: Iterable[Item] | None = None) -> float:
    """Weighted coverage (0-100) of the given items (default: the role's skills) for the
    given statuses. The one scoring function: the report and every what-if use it."""
    weighted = role.skill_weights if items is None else [(item.id, role.weight(item)) for item in items]
    total = sum(weight for _, weight in weighted)
    if total == 0:
        return 0.0
    strengths = role.scoring.strengths
    earned = sum(weight * strengths[statuses.get(item_id, "missing")] for item_id, weight in weighted)
    return round(100 * earned / total, 2)


def statuses_after(role: RoleProfile, statuses: Mapping[str, str], changes: Mapping[str, str]) -> dict[str, str]:
    """The statuses a resume would have after the changes (an item newly named, say),
    including what the newly named items imply: the what-if behind every gap's points."""
    after = {item.id: statuses.get(item.id, "missing") for item in role.items} | dict(changes)
    named = {"demonstrated", "listed"}
    for item_id, sources in role.implications:
        if after[item_id] == "missing" and any(after[source] in named for source in sources):
            after[item_id] = "implied"
    return after


def core_tools(role: RoleProfile) -> list[Item]:
    return [role.item(item_id) for item_id in role.core_tools] or list(role.tools)


def score_items(role: RoleProfile, mentions: Iterable[Mention]) -> tuple[ItemResult, ...]:
    """Status, strength, points and evidence of every item of the role, in profile order."""
    by_item: dict[str, list[Mention]] = {item.id: [] for item in role.items}
    for mention in mentions:
        by_item.setdefault(mention.item_id, []).append(mention)
    skill_total = sum(role.weight(item) for item in role.skills) or 1.0
    tools = core_tools(role)
    tool_total = sum(role.weight(item) for item in tools) or 1.0
    tool_ids = {item.id for item in tools}
    results = []
    for item in role.items:
        ordered = strongest_first(by_item[item.id], item)  # the one that set the status first
        status, reason = item_status(ordered, item)
        strength = role.scoring.strengths[status]
        total = skill_total if item.kind == "skill" else tool_total
        weight = role.weight(item)
        results.append(
            ItemResult(
                id=item.id,
                name=item.name,
                kind=item.kind,
                core_tool=item.id in tool_ids,
                weight=round(weight, 3),
                status=status,
                strength=strength,
                points=round(100 * weight * strength / total, 2),
                max_points=round(100 * weight / total, 2),
                reason=reason,
                evidence=tuple(_evidence(m) for m in ordered),
            )
        )
    return tuple(results)


def _evidence(mention: Mention) -> Evidence:
    return Evidence(
        text=mention.line_text,
        matched=mention.text,
        alias=mention.alias,
        tier=mention.tier,
        qualifier=mention.qualifier,
        proficiency=mention.proficiency,
        page=mention.page,
        line=mention.line,
        section=mention.section,
        counted=mention.counts,
    )
