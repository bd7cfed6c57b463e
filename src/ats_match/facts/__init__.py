"""The step ResumeDocument -> ResumeFacts: who the person is (name, email, phone, links,
location), their education, jobs and years of experience, certifications and languages,
each fact with the page and line it was read from."""

from .dates import DateRange, find_dates
from .model import (
    DEGREE_LEVELS,
    At,
    Certification,
    Education,
    Email,
    Job,
    Language,
    Link,
    Location,
    Name,
    Phone,
    ResumeFacts,
)
from .parse import facts_of, parse

__all__ = [
    "DEGREE_LEVELS",
    "At",
    "Certification",
    "DateRange",
    "Education",
    "Email",
    "Job",
    "Language",
    "Link",
    "Location",
    "Name",
    "Phone",
    "ResumeFacts",
    "facts_of",
    "find_dates",
    "parse",
]
