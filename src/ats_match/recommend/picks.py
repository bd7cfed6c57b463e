"""The rest of the advice: the resume's stage on the roadmap, the portfolio projects that
close the most gap, the interview questions to practise and the certifications to take."""

from __future__ import annotations

import re

from ..roles import RoleProfile
from ..scoring import coverage, statuses_after
from .model import LEVELS, Career, CertificationPick, InterviewPrep, ProjectPick

SENIOR_TITLE = re.compile(
    r"\b(?:senior|sr|lead|principal|staff|architect|head|director|manager|chief|vp|vice president|cto)\b", re.I
)
ADVANCED_YEARS, INTERMEDIATE_YEARS = 6.0, 2.0  # years of work from which a career is at least that stage


def resume_stage(role: RoleProfile, statuses: dict[str, str], career: Career | None = None) -> str:
    """The resume's stage on the role's roadmap: the first stage whose items it does not
    yet mostly demonstrate, raised to what the career shows (an architect with eleven
    years is not a beginner, whatever the role's own items say)."""
    if not role.roadmap:
        return ""
    by_items = role.roadmap[-1].level
    for stage in role.roadmap:
        if not stage.covers:
            continue
        shown = sum(statuses.get(i) == "demonstrated" for i in stage.covers)
        if shown < len(stage.covers) / 2:
            by_items = stage.level
            break
    levels = [stage.level for stage in role.roadmap]
    by_career = career_stage(career)
    if by_career in levels and by_items in levels and levels.index(by_career) > levels.index(by_items):
        return by_career
    return by_items


def career_stage(career: Career | None) -> str | None:
    """Beginner, Intermediate or Advanced from years of work and senior titles; None when
    the resume does not tell."""
    if career is None:
        return None
    years = career.years or 0.0
    if years >= ADVANCED_YEARS or any(SENIOR_TITLE.search(title) for title in career.titles):
        return "Advanced"
    if years >= INTERMEDIATE_YEARS:
        return "Intermediate"
    return None


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
