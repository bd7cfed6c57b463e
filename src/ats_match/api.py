"""score(), recommend() and check(): the steps wired together. Each step can also be called alone."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .checks import Check, read_for_checks, run_checks, run_document_checks
from .facts import ResumeFacts, facts_of
from .matching import extractor_for, keyword_coverage
from .reading import DEFAULT_LIMITS, Limits, ResumeDocument, ResumeSource, read_resume
from .recommend import DEFAULT_HOURS, Career, NextRoleGap, Recommendations, build_recommendations
from .reports import Report, ResumeInfo, RoleInfo
from .requirements import assess_requirements, status_lines_below
from .roles import RoleProfile, load_role
from .scoring import FORMULA, core_tools, coverage, score_items

if TYPE_CHECKING:
    from .postings import JobPosting


def score(
    resume: ResumeSource,
    role: str | Path | RoleProfile,
    *,
    hours: float = DEFAULT_HOURS,
    limits: Limits = DEFAULT_LIMITS,
    as_of: date | None = None,
) -> Report:
    """How well one resume covers one role, with the evidence for every item and a plan
    for the gap within `hours` of learning. `as_of` (default today) ends "present" jobs
    in the resume facts."""
    profile = load_role(role)
    document = read_resume(resume, limits=limits)
    reading = _reading(document, as_of or date.today(), limits)
    facts = reading.facts
    extractor = extractor_for(profile)
    mentions = extractor.extract(document, facts.employers)
    items = score_items(profile, mentions)
    statuses = {item.id: item.status for item in items}
    credited = {item.id for item in items if item.status != "missing"}
    keywords = keyword_coverage(profile, mentions, credited)
    hidden = tuple(dict.fromkeys(line.text for line in document.lines if line.hidden))
    shown = extractor.next_role_skills(document)
    next_role = next(
        (
            NextRoleGap(
                n.name,
                n.duration,
                tuple(s for s in n.close if s in shown[n.name]),
                tuple(s for s in n.close if s not in shown[n.name]),
            )
            for n in profile.next_roles
        ),
        None,
    )
    recommendations = build_recommendations(
        profile,
        statuses,
        hours=hours,
        keyword_gaps=[(form.id, form.message) for form in keywords.variants_only],
        next_role=next_role,
        career=career_of(facts),
    )
    posting = profile.overview.get("posting") if profile.overview.get("from_posting") else None
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
        keywords=keywords,
        formula=FORMULA,
        recommendations=recommendations,
        checks=run_checks(document, keywords, limits, facts, document_checks=reading.checks),
        hidden_text=hidden,
        profile=profile,
        facts=facts,
        requirements=assess_requirements(posting, items, mentions, facts, status_lines_below(document.lines))
        if posting
        else (),
        posting_warnings=tuple(posting.get("warnings", ())) if posting else (),
    )


@dataclass(frozen=True)
class _Reading:
    """What score() works out of a document whatever the role."""

    document: ResumeDocument
    as_of: date
    limits: Limits
    facts: ResumeFacts
    checks: tuple[Check, ...]  # run_document_checks


class _LastReading:
    """One slot: the role-free work on the document scored last, so that scoring the same
    document against another role (score_jobs, ats_match.scale, a notebook's loop over
    roles) parses its facts and runs its checks once. Compared by identity: a document
    read again is another document."""

    reading: _Reading | None = None


def _reading(document: ResumeDocument, as_of: date, limits: Limits) -> _Reading:
    last = _LastReading.reading
    if last is not None and last.document is document and last.as_of == as_of and last.limits == limits:
        return last
    facts = facts_of(document, as_of)
    _LastReading.reading = _Reading(document, as_of, limits, facts, run_document_checks(document, limits, facts))
    return _LastReading.reading


def score_jobs(
    resume: ResumeSource,
    postings: Iterable[str | os.PathLike[str] | bytes | JobPosting | RoleProfile],
    *,
    hours: float = DEFAULT_HOURS,
    limits: Limits = DEFAULT_LIMITS,
    as_of: date | None = None,
) -> list[Report]:
    """One resume against many job postings, best fit first (ties in the order given).
    The resume is read once; each posting (a path, text, bytes, a JobPosting or a role
    built from one) is read once. A posting that cannot be read raises its PostingError."""
    from .postings import role_from_job

    document = read_resume(resume, limits=limits)
    roles = [p if isinstance(p, RoleProfile) else role_from_job(p) for p in postings]
    reports = [score(document, role, hours=hours, limits=limits, as_of=as_of) for role in roles]
    order = sorted(range(len(reports)), key=lambda i: (-reports[i].score, i))
    return [reports[i] for i in order]


def recommend(report: Report, *, hours: float = DEFAULT_HOURS) -> Recommendations:
    """Replan a scored resume with another hour budget, without reading or scoring it again."""
    profile = report.profile or load_role(report.role.id)
    old = report.recommendations
    return build_recommendations(
        profile,
        report.statuses,
        hours=hours,
        keyword_gaps=[(form.id, form.message) for form in report.keywords.variants_only],
        next_role=old.next_role,
        career=career_of(report.facts) if report.facts is not None else None,
    )


def career_of(facts: ResumeFacts) -> Career:
    """What the recommendations need to know of a career: years and job titles."""
    return Career(facts.total_years, tuple(job.title for job in facts.experience if job.title))


def check(
    src: ResumeSource,
    role: str | Path | RoleProfile | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Check, ...]:
    """Read a resume and run every ATS check. A scan, an empty file or a file over the limits
    still gets its checks (the others say "not checked"); a corrupt or unsupported file
    raises its ResumeError, as `read_resume` does. With a role, keyword-form says which
    skills a recruiter's search for their exact name would miss."""
    profile = load_role(role) if role is not None else None  # a bad role fails before any reading
    document = read_for_checks(src, limits)
    if not isinstance(document, ResumeDocument):
        return document
    keywords = score(document, profile, limits=limits).keywords if profile is not None else None
    return run_checks(document, keywords, limits)
