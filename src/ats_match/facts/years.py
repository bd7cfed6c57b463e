"""Years of professional experience: the union of the job intervals (overlapping jobs count
once), leaving out volunteering and internships shorter than six months."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .dates import Point, months_in
from .model import Job

SHORT_INTERNSHIP = 6  # months


def _point(text: str) -> Point:
    year, _, month = text.partition("-")
    return Point(int(year), int(month), int(month)) if month else Point(int(year))


def job_span(job: Job, as_of: date) -> tuple[date, date] | None:
    """First and last month of a job, read back from its start and end as written in Job
    (a bare year is taken at mid-year, as months are counted)."""
    if job.start is None or job.end is None or job.months is None:
        return None
    start = _point(job.start)
    first = date(start.year, start.first or 7, 1)
    now = date(as_of.year, as_of.month, 1)
    if job.end == "present":
        last = now
    else:
        end = _point(job.end)
        last = date(end.year, end.last or 6, 1)
    last = min(last, now)
    return (first, last) if last >= first else None


def total_years(jobs: Sequence[Job], as_of: date) -> float | None:
    """Rounded to one decimal; None when no job in the experience section has dates."""
    spans = []
    for job in jobs:
        if job.section != "experience":
            continue
        span = job_span(job, as_of)
        if span is None or (job.is_internship and months_in(*span) < SHORT_INTERNSHIP):
            continue
        spans.append(span)
    if not spans and not any(j.section == "experience" and j.months is not None for j in jobs):
        return None
    months = 0
    current: tuple[date, date] | None = None
    for first, last in sorted(spans):
        if current is not None and first <= _next_month(current[1]):
            current = (current[0], max(current[1], last))
            continue
        if current is not None:
            months += months_in(*current)
        current = (first, last)
    if current is not None:
        months += months_in(*current)
    return round(months / 12, 1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
