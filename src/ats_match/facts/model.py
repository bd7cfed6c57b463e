"""What parse() returns: frozen facts, each with the page and line it was read from, so a
person can check every value against the resume."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date

from .lexicon import is_internship

# Degree levels from highest to lowest; "other" is an entry whose level cannot be told.
DEGREE_LEVELS = ("phd", "master", "bachelor", "associate", "diploma", "certificate", "high school", "other")


@dataclass(frozen=True)
class At:
    """Where a fact was read: 1-based page and line number (ResumeDocument.lines[n - 1]).
    The line is None for a fact read only from a hyperlink's address."""

    page: int
    line: int | None = None


@dataclass(frozen=True)
class Name:
    text: str  # as written
    at: At


@dataclass(frozen=True)
class Email:
    address: str
    at: At


@dataclass(frozen=True)
class Phone:
    number: str  # E.164 ("+15551234567") when the region is known, else the digits as grouped when written
    written: str
    region: str | None  # ISO 3166 code the number was read in, when told
    at: At

    @property
    def e164(self) -> bool:
        return self.number.startswith("+")


@dataclass(frozen=True)
class Link:
    kind: str  # linkedin | github | portfolio
    url: str
    label: str  # the text the address sat behind or was written as
    at: At


@dataclass(frozen=True)
class Location:
    text: str  # as written: "Austin, TX"
    city: str | None
    region: str | None  # state or province as written
    country: str | None  # as written
    country_code: str | None  # ISO 3166 alpha-2, derived from the country, state or province
    at: At


@dataclass(frozen=True)
class Education:
    degree_level: str  # one of DEGREE_LEVELS
    degree: str | None  # as written: "B.S.", "Master of Science"
    field: str | None
    institution: str | None
    end_year: int | None
    at: At
    in_progress: bool = False  # "expected May 2027", "final year", "2023 - present": not yet held


@dataclass(frozen=True)
class Job:
    title: str | None
    employer: str | None
    start: str | None  # "YYYY-MM" or "YYYY"
    end: str | None  # "YYYY-MM", "YYYY" or "present"
    months: int | None  # inclusive, "present" counted to as_of; None when the dates do not tell
    location: str | None
    section: str  # experience | volunteering
    at: At

    @property
    def is_internship(self) -> bool:
        return is_internship(self.title or "")


@dataclass(frozen=True)
class Certification:
    name: str  # as written
    at: At


@dataclass(frozen=True)
class Language:
    name: str  # English name: "French"
    written: str  # as written: "Français"
    at: At


@dataclass(frozen=True)
class ResumeFacts:
    source: str
    as_of: date
    name: Name | None = None
    email: Email | None = None
    emails: tuple[Email, ...] = ()
    phone: Phone | None = None
    links: tuple[Link, ...] = ()
    location: Location | None = None
    education: tuple[Education, ...] = ()
    experience: tuple[Job, ...] = ()
    total_years: float | None = None
    certifications: tuple[Certification, ...] = ()
    languages: tuple[Language, ...] = ()

    @property
    def employers(self) -> tuple[tuple[int, str], ...]:
        """(line, name) of each job's employer: where a name is the employer's, not a tool's."""
        return tuple((job.at.line, job.employer) for job in self.experience if job.employer and job.at.line)

    @property
    def highest_degree(self) -> Education | None:
        """The entry of the highest level; the first written among equals."""
        ranked = [e for e in self.education if e.degree_level != "other"]
        return min(ranked, key=lambda e: DEGREE_LEVELS.index(e.degree_level), default=None)

    def to_dict(self) -> dict:
        """JSON-ready: dates as ISO strings, facts as nested dicts with their `at`."""
        out = _lists(asdict(self))
        out["as_of"] = self.as_of.isoformat()
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _lists(value: object) -> object:
    """Tuples as lists, as JSON has them, all the way down."""
    if isinstance(value, dict):
        return {key: _lists(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(item) for item in value]
    return value
