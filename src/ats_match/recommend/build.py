"""What to do about the gap: learn, show, say; a plan within an hour budget; projects,
interview questions, certifications and the next role.

Every figure of "points" is a what-if through the one scoring function
(`scoring.coverage` on `scoring.statuses_after`), never a copy of its formula.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ..roles import Item, RoleProfile
from ..scoring import core_tools, coverage, statuses_after

DEFAULT_HOURS = 100.0
LEVELS = ("Beginner", "Intermediate", "Advanced")


@dataclass(frozen=True)
class Gap:
    id: str
    name: str
    kind: str  # skill | tool
    status: str  # now
    target: str  # the status closing the gap gives
    points: float  # score change when closed
    tool_points: float  # tool coverage change when closed
    hours: float | None  # learning hours (learn gaps)
    points_per_hour: float | None
    interview_weight: str | None
    action: str  # one line: what to do


@dataclass(frozen=True)
class PlanStep:
    id: str
    name: str
    stage: str  # roadmap level, or "" when the profile has no roadmap entry for it
    hours: float
    points: float
    cumulative_hours: float
    projected_score: float


@dataclass(frozen=True)
class ProjectPick:
    name: str
    level: str
    summary: str
    evidences: tuple[str, ...]  # gap item ids it would evidence
    points: float  # score change if all of them were demonstrated


@dataclass(frozen=True)
class InterviewPrep:
    question: str
    difficulty: str
    testing: str
    item: str
    why: str  # "you claim SQL" or "a gap: SQL"


@dataclass(frozen=True)
class CertificationPick:
    name: str
    issuer: str
    value: str
    backs: tuple[str, ...]  # missing item ids it backs


@dataclass(frozen=True)
class NextRoleGap:
    name: str
    duration: str
    shown: tuple[str, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Recommendations:
    learn: tuple[Gap, ...]
    show: tuple[Gap, ...]
    say: tuple[Gap, ...]
    hours: float
    plan: tuple[PlanStep, ...]
    stage: str  # the roadmap stage the resume is at
    projects: tuple[ProjectPick, ...]
    interview: tuple[InterviewPrep, ...]
    certifications: tuple[CertificationPick, ...]
    next_role: NextRoleGap | None

    @property
    def plan_hours(self) -> float:
        return self.plan[-1].cumulative_hours if self.plan else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["plan_hours"] = self.plan_hours
        return data


def build_recommendations(
    role: RoleProfile,
    statuses: dict[str, str],
    *,
    hours: float = DEFAULT_HOURS,
    keyword_gaps: Sequence[tuple[str, str]] = (),
    next_role: NextRoleGap | None = None,
) -> Recommendations:
    """All recommendations for a resume with the given item statuses.

    `keyword_gaps` are (item id, message) pairs for items credited only through a variant
    (from keywords.py); `next_role` is computed where the resume text is at hand.
    """
    statuses = statuses_after(role, statuses, {})  # what named items imply, as scoring does
    base = coverage(role, statuses)
    tools = core_tools(role)
    base_tools = coverage(role, statuses, tools)

    def gain(changes: dict[str, str]) -> tuple[float, float]:
        after = statuses_after(role, statuses, changes)
        return round(coverage(role, after) - base, 2), round(coverage(role, after, tools) - base_tools, 2)

    learn = _learn_gaps(role, statuses, gain)
    show = _show_gaps(role, statuses, gain)
    say = _say_gaps(role, statuses, gain, keyword_gaps)
    stage = resume_stage(role, statuses)
    return Recommendations(
        learn=learn,
        show=show,
        say=say,
        hours=hours,
        plan=learning_plan(role, statuses, learn, hours),
        stage=stage,
        projects=pick_projects(role, statuses, stage),
        interview=interview_prep(role, statuses),
        certifications=pick_certifications(role, statuses),
        next_role=next_role,
    )


def _learn_gaps(role: RoleProfile, statuses: dict[str, str], gain: Callable) -> tuple[Gap, ...]:
    gaps = []
    for item in role.items:
        if statuses.get(item.id, "missing") != "missing":
            continue
        points, tool_points = gain({item.id: "demonstrated"})
        per_hour = round(points / item.learning_hours, 4) if item.learning_hours else None
        gaps.append(
            Gap(
                item.id,
                item.name,
                item.kind,
                "missing",
                "demonstrated",
                points,
                tool_points,
                item.learning_hours,
                per_hour,
                item.interview_weight,
                f"Learn {item.name}, then show it: {_example(item)}",
            )
        )
    gaps.sort(key=lambda g: (-(g.points_per_hour or 0), -g.points, -g.tool_points, g.id))
    return tuple(gaps)


def _show_gaps(role: RoleProfile, statuses: dict[str, str], gain: Callable) -> tuple[Gap, ...]:
    gaps = []
    for item in role.items:
        status = statuses.get(item.id, "missing")
        if status not in ("listed", "implied"):
            continue
        points, tool_points = gain({item.id: "demonstrated"})
        section = "Projects" if item.kind == "tool" else "Experience"
        gaps.append(
            Gap(
                item.id,
                item.name,
                item.kind,
                status,
                "demonstrated",
                points,
                tool_points,
                None,
                None,
                item.interview_weight,
                f"Add to {section} a line that shows real use: {_example(item)!r}",
            )
        )
    gaps.sort(key=lambda g: (-g.points, -g.tool_points, g.id))
    return tuple(gaps)


def _say_gaps(
    role: RoleProfile, statuses: dict[str, str], gain: Callable, keyword_gaps: Sequence[tuple[str, str]]
) -> tuple[Gap, ...]:
    gaps = []
    seen = set()
    for item_id, message in keyword_gaps:
        item = role.item(item_id)
        seen.add(item_id)
        gaps.append(
            Gap(
                item.id,
                item.name,
                item.kind,
                statuses[item_id],
                statuses[item_id],
                0.0,
                0.0,
                None,
                None,
                item.interview_weight,
                f"Add {_search(item)} as written. {message}",
            )
        )
    for item in role.items:
        if statuses.get(item.id) == "implied" and item.id not in seen:
            points, tool_points = gain({item.id: "listed"})
            gaps.append(
                Gap(
                    item.id,
                    item.name,
                    item.kind,
                    "implied",
                    "listed",
                    points,
                    tool_points,
                    None,
                    None,
                    item.interview_weight,
                    f"Name it: add {_search(item)} to Skills; today it is only implied by a tool you name",
                )
            )
    gaps.sort(key=lambda g: (-g.points, g.id))
    return tuple(gaps)


def _example(item: Item) -> str:
    return item.show_example or f"Used {item.name} to <do what> in <project or job>, <result>"


def _search(item: Item) -> str:
    return " or ".join(f"'{term}'" for term in item.searches)


# ---------------------------------------------------------------- the plan


def best_subset(
    hours: Sequence[float],
    values: Sequence[float],
    budget: float,
    value_of: Callable[[frozenset[int]], float] | None = None,
) -> frozenset[int]:
    """The set of candidates worth the most within the budget (0/1 knapsack, exact).

    `values` are each candidate's value alone; `value_of` gives a set's real value, which
    may be less than the sum of its parts (two gaps that both imply a third) but never
    more. Branch and bound: a set's value plus the fractional relaxation of the remaining
    single values bounds every extension of it, so pruning never loses the optimum.
    """
    order = sorted(range(len(hours)), key=lambda i: (-(values[i] / hours[i]), i))
    value_of = value_of or (lambda chosen: sum(values[i] for i in chosen))
    best_set, best_value = frozenset(), value_of(frozenset())

    def bound(position: int, room: float, value: float) -> float:
        for i in order[position:]:
            if hours[i] <= room:
                room -= hours[i]
                value += values[i]
            else:
                return value + values[i] * room / hours[i]
        return value

    def search(position: int, chosen: frozenset[int], spent: float) -> None:
        nonlocal best_set, best_value
        value = value_of(chosen)
        if value > best_value + 1e-9:
            best_set, best_value = chosen, value
        if position == len(order) or bound(position, budget - spent, value) <= best_value + 1e-9:
            return
        i = order[position]
        if spent + hours[i] <= budget + 1e-9:
            search(position + 1, chosen | {i}, spent + hours[i])
        search(position + 1, chosen, spent)

    search(0, frozenset(), 0.0)
    return best_set


def learning_plan(
    role: RoleProfile, statuses: dict[str, str], learn: Sequence[Gap], budget: float
) -> tuple[PlanStep, ...]:
    """The missing items that gain the most points within `budget` hours, in roadmap order."""
    candidates = [gap for gap in learn if gap.hours and gap.points > 0]
    hours = [gap.hours or 0.0 for gap in candidates]
    values = [gap.points for gap in candidates]

    base = coverage(role, statuses)

    def value_of(chosen: frozenset[int]) -> float:
        after = statuses_after(role, statuses, {candidates[i].id: "demonstrated" for i in chosen})
        return coverage(role, after) - base

    chosen = best_subset(hours, values, budget, value_of)
    stage_of = {item_id: stage.level for stage in role.roadmap for item_id in stage.covers}
    picked = sorted(
        (candidates[i] for i in chosen),
        key=lambda g: (
            LEVELS.index(stage_of[g.id]) if g.id in stage_of else len(LEVELS),
            -(g.points_per_hour or 0),
            g.id,
        ),
    )
    steps, spent, changes = [], 0.0, {}
    for gap in picked:
        before = coverage(role, statuses_after(role, statuses, changes))
        changes[gap.id] = "demonstrated"
        projected = coverage(role, statuses_after(role, statuses, changes))
        spent += gap.hours or 0.0
        steps.append(
            PlanStep(
                gap.id,
                gap.name,
                stage_of.get(gap.id, ""),
                gap.hours or 0.0,
                round(projected - before, 2),
                spent,
                projected,
            )
        )
    return tuple(steps)


# ---------------------------------------------------------------- projects and the rest


def resume_stage(role: RoleProfile, statuses: dict[str, str]) -> str:
    """The first roadmap stage whose items the resume does not yet mostly demonstrate."""
    for stage in role.roadmap:
        if not stage.covers:
            continue
        shown = sum(statuses.get(i) == "demonstrated" for i in stage.covers)
        if shown < len(stage.covers) / 2:
            return stage.level
    return role.roadmap[-1].level if role.roadmap else ""


def pick_projects(role: RoleProfile, statuses: dict[str, str], stage: str, limit: int = 3) -> tuple[ProjectPick, ...]:
    """Greedy weighted set cover: each pick is the project that evidences the most points of
    the gap not yet covered by earlier picks, with a bonus for the resume's own level."""
    open_gap = {item.id for item in role.items if statuses.get(item.id, "missing") != "demonstrated"}
    base = coverage(role, statuses)
    covered: dict[str, str] = {}  # what the picks so far would demonstrate
    picks: list[ProjectPick] = []
    remaining = list(role.projects)
    while remaining and len(picks) < limit:
        before = coverage(role, statuses_after(role, statuses, covered))
        ranked = []
        for position, project in enumerate(remaining):
            new = {i: "demonstrated" for i in project.covers if i in open_gap}
            gained = coverage(role, statuses_after(role, statuses, covered | new)) - before
            # weighted gain at the resume's level first, then breadth, then the guide's order
            ranked.append((gained * _level_fit(project.level, stage), len(new), -position, project, new))
        _, _, _, project, new = max(ranked, key=lambda entry: entry[:3])
        if not new:
            break
        remaining.remove(project)
        covered |= new
        open_gap -= set(new)
        alone = coverage(role, statuses_after(role, statuses, new)) - base
        picks.append(ProjectPick(project.name, project.level, project.summary, tuple(new), round(alone, 2)))
    return tuple(picks)


def _level_fit(level: str, stage: str) -> float:
    """1.25 at the resume's stage, 1.0 one step away, 0.6 two steps away."""
    if not stage or level not in LEVELS or stage not in LEVELS:
        return 1.0
    distance = abs(LEVELS.index(level) - LEVELS.index(stage))
    return (1.25, 1.0, 0.6)[distance]


def interview_prep(role: RoleProfile, statuses: dict[str, str]) -> tuple[InterviewPrep, ...]:
    """Questions for what the resume claims (high interview weight first), then for the gaps."""
    claimed, gaps = [], []
    for question in role.interview_questions:
        for item_id in question.tests:
            item = role.item(item_id)
            status = statuses.get(item_id, "missing")
            if status in ("demonstrated", "listed"):
                why = f"you claim {item.name}: expect this"
                claimed.append(
                    (
                        item.interview_weight != "High",
                        -role.weight(item),
                        InterviewPrep(question.question, question.difficulty, question.testing, item_id, why),
                    )
                )
            else:
                why = f"a gap: {item.name} ({status})"
                gaps.append(
                    (
                        -role.weight(item),
                        InterviewPrep(question.question, question.difficulty, question.testing, item_id, why),
                    )
                )
            break  # one entry per question, for its first item
    claimed.sort(key=lambda entry: entry[:2])
    gaps.sort(key=lambda entry: entry[0])
    return tuple(entry[-1] for entry in claimed) + tuple(entry[-1] for entry in gaps)


def pick_certifications(role: RoleProfile, statuses: dict[str, str]) -> tuple[CertificationPick, ...]:
    """Certifications that back missing items, most backed weight first."""
    value_rank = {"Very High": 0, "High": 1, "Medium": 2, "Low": 3}
    picks = []
    for cert in role.certifications:
        backs = tuple(i for i in cert.backs if statuses.get(i, "missing") == "missing")
        if backs:
            weight = sum(role.weight(role.item(i)) for i in backs)
            picks.append(
                (-weight, value_rank.get(cert.value, 9), CertificationPick(cert.name, cert.issuer, cert.value, backs))
            )
    picks.sort(key=lambda entry: entry[:2])
    return tuple(entry[-1] for entry in picks)
