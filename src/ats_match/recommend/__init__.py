"""What to do about the gap: learn, show, say; a plan within an hour budget; projects,
interview questions, certifications and the next role (build.py wires them)."""

from .build import build_recommendations
from .model import (
    DEFAULT_HOURS,
    LEVELS,
    Career,
    CertificationPick,
    Gap,
    InterviewPrep,
    NextRoleGap,
    PlanStep,
    ProjectPick,
    Recommendations,
)
from .plan import best_subset, learning_plan

__all__ = [
    "DEFAULT_HOURS",
    "LEVELS",
    "Career",
    "CertificationPick",
    "Gap",
    "InterviewPrep",
    "NextRoleGap",
    "PlanStep",
    "ProjectPick",
    "Recommendations",
    "best_subset",
    "build_recommendations",
    "learning_plan",
]
