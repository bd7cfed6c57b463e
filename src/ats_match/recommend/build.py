"""What to do about the gap: learn, show, say; a plan within an hour budget; projects,
interview questions, certifications and the next role.

Every figure of "points" is a what-if through the one scoring function
(`scoring.coverage` on `scoring.statuses_after`), never a copy of its formula.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..roles import RoleProfile
from ..scoring import core_tools, coverage, statuses_after
from .gaps import learn_gaps, say_gaps, show_gaps
from .model import DEFAULT_HOURS, Career, NextRoleGap, Recommendations
from .picks import interview_prep, pick_certifications, pick_projects, resume_stage
from .plan import learning_plan


def build_recommendations(
    role: RoleProfile,
    statuses: dict[str, str],
    *,
    hours: float = DEFAULT_HOURS,
    keyword_gaps: Sequence[tuple[str, str]] = (),
    next_role: NextRoleGap | None = None,
    career: Career | None = None,
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

    learn = learn_gaps(role, statuses, gain)
    show = show_gaps(role, statuses, gain)
    say = say_gaps(role, statuses, gain, keyword_gaps)
    stage = resume_stage(role, statuses, career)
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
