"""The gaps: what to learn (missing items), show (listed or implied, not yet used in work)
and say (credited through a variant a recruiter's search misses), each with the points it
would gain, from the one scoring function."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..roles import Item, RoleProfile
from .model import Gap


def learn_gaps(role: RoleProfile, statuses: dict[str, str], gain: Callable) -> tuple[Gap, ...]:
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


def show_gaps(role: RoleProfile, statuses: dict[str, str], gain: Callable) -> tuple[Gap, ...]:
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


def say_gaps(
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
