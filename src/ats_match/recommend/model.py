"""What the recommendations are made of: frozen results a report carries and renders."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

DEFAULT_HOURS = 100.0
LEVELS = ("Beginner", "Intermediate", "Advanced")


@dataclass(frozen=True)
class Career:
    """What the resume facts say of a career, for the stage: years of work and job titles."""

    years: float | None = None
    titles: tuple[str, ...] = ()


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
