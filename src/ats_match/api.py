"""score(): the steps wired together. Each step can also be called alone."""

from __future__ import annotations

from pathlib import Path

from .extract import extractor_for
from .keywords import keyword_coverage
from .reading import DEFAULT_LIMITS, Limits, ResumeSource, read_resume
from .report import Report, ResumeInfo, RoleInfo
from .roles import RoleProfile, load_role
from .scoring import FORMULA, core_tools, coverage, score_items


def score(resume: ResumeSource, role: str | Path | RoleProfile, *, limits: Limits = DEFAULT_LIMITS) -> Report:
    """How well one resume covers one role, with the evidence for every item."""
    profile = load_role(role)
    document = read_resume(resume, limits=limits)
    mentions = extractor_for(profile).extract(document)
    items = score_items(profile, mentions)
    statuses = {item.id: item.status for item in items}
    credited = {item.id for item in items if item.status != "missing"}
    hidden = tuple(dict.fromkeys(line.text for line in document.lines if line.hidden))
    return Report(
        score=coverage(profile, statuses),
        role=RoleInfo(profile.id, profile.name, profile.source.title),
        resume=ResumeInfo(
            document.source,
            document.kind,
            document.pages,
            tuple(dict.fromkeys(section.id for section in document.sections)),
        ),
        items=items,
        tool_coverage=coverage(profile, statuses, core_tools(profile)),
        keywords=keyword_coverage(profile, mentions, credited),
        formula=FORMULA,
        hidden_text=hidden,
    )
