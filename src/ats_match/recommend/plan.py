"""The learning plan: the missing items that gain most within an hour budget (an exact
0/1 knapsack), ordered by the roadmap."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..roles import RoleProfile
from ..scoring import coverage, statuses_after
from .model import LEVELS, Gap, PlanStep


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
