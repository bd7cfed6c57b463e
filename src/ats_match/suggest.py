"""Which shipped roles a resume fits best: the resume is read once and scored against every
role, best first, with the first gaps to learn for each."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .api import score
from .reading import ResumeSource, read_resume
from .recommend import Gap
from .roles import RoleProfile, list_roles


@dataclass(frozen=True)
class RoleSuggestion:
    """One role's fit: its score, its core-tool coverage and what to learn first."""

    id: str
    name: str
    score: float  # 0-100, as report.score
    tool_coverage: float  # 0-100, as report.tool_coverage
    top_gaps: tuple[Gap, ...]  # the first learn gaps of the report's recommendations

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def suggest_roles(
    resume: ResumeSource,
    top_gaps: int = 3,
    *,
    roles: Iterable[str | Path | RoleProfile] | None = None,
) -> list[RoleSuggestion]:
    """Score one resume against every shipped role (or the given ones), best score first,
    ties by role id. The resume is read once; each role's matcher is cached as in score()."""
    document = read_resume(resume)
    suggestions = []
    for role in list_roles() if roles is None else roles:
        report = score(document, role)
        suggestions.append(
            RoleSuggestion(
                id=report.role.id,
                name=report.role.name,
                score=report.score,
                tool_coverage=report.tool_coverage,
                top_gaps=report.recommendations.learn[: max(0, top_gaps)],
            )
        )
    return sorted(suggestions, key=lambda s: (-s.score, s.id))
