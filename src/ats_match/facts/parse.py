"""parse(): a resume in any form to its facts. Each reader is a pure function of the
ResumeDocument; parse only wires them, and decides what "as of" means."""

from __future__ import annotations

from datetime import date, datetime

from ..errors import EmptyResumeError, NoTextLayerError
from ..reading import ResumeDocument, ResumeSource, read_resume
from .certifications import read_certifications
from .contact import contact_lines, reachable_lines, read_emails, read_location, read_name
from .education import read_education
from .experience import read_jobs
from .languages import read_languages
from .links import read_links
from .model import ResumeFacts
from .phones import read_phone
from .years import total_years


def parse(resume: ResumeSource | ResumeDocument, *, as_of: date | datetime | None = None) -> ResumeFacts:
    """The facts of a resume: a path, bytes, a file object or a ResumeDocument (as
    `read_resume` takes). `as_of` (default today) ends "present" jobs and total_years.

    A resume whose text cannot be read (a scan, an empty file) has no facts to give: its
    ResumeFacts are empty. Any other reading error is raised as read_resume raises it."""
    day = as_of.date() if isinstance(as_of, datetime) else as_of or date.today()
    if isinstance(resume, ResumeDocument):
        document = resume
    else:
        try:
            document = read_resume(resume)
        except (NoTextLayerError, EmptyResumeError) as exc:
            return ResumeFacts(source=exc.source or "", as_of=day)
    return facts_of(document, day)


def facts_of(document: ResumeDocument, as_of: date) -> ResumeFacts:
    """The facts of a document already read."""
    contact = contact_lines(document)
    name = read_name(document)
    location = read_location(contact, name)
    emails = read_emails(document)
    jobs = read_jobs(document, as_of)
    return ResumeFacts(
        source=document.source,
        as_of=as_of,
        name=name,
        email=emails[0] if emails else None,
        emails=emails,
        phone=read_phone(document, reachable_lines(document), location.country_code if location else None),
        links=read_links(document, contact),
        location=location,
        education=read_education(document, as_of),
        experience=jobs,
        total_years=total_years(jobs, as_of),
        certifications=read_certifications(document),
        languages=read_languages(document),
    )
