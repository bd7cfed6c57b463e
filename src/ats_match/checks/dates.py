"""Readability checks on time: dates (each job dated, one way throughout) and length
(pages and words against the years of work shown), both from the resume facts' one
reading of dates. Also the job-title pattern the headings check uses."""

from __future__ import annotations

import re

from ..facts import find_dates as read_dates
from .base import PASS, WARN, Check, CheckInput, at, capped, join_and, plural, quote

LONG_PAGES, LONG_YEARS = 2, 10  # over 2 pages for under 10 years of work is long
THIN_WORDS = 150  # fewer words than this is too thin to match a job

# How a date is written, as a job seeker would name it. "year" is left out of the
# consistency test: years alone for some jobs and months for others is common and harmless.
DATE_FORMATS = {
    "month": "month name and year",
    "numeric": "month number/year",
    "iso": "year-month",
    "season": "season and year",
}

# A line that names a role: "Senior Data Scientist, Acme" or "ACME | SOFTWARE ENGINEER".
_TITLE_WORDS = re.compile(
    r"\b(?:engineer|developer|programmer|manager|analyst|scientist|intern|consultant|specialist|director|"
    r"architect|accountant|assistant|associate|coordinator|administrator|officer|designer|researcher|"
    r"technician|founder|co-founder|cto|ceo|cfo|president|supervisor|representative|teacher|lecturer|"
    r"fellow|contractor|freelancer|executive|advisor|strategist|lead|head of)\b",
    re.I,
)
_FIX_DATES = "Give every job a start and end date in one form, e.g. 'Mar 2021 - Present' or '03/2021 - 05/2023'."


_RANGE_SEPARATOR = re.compile(r"\s[-–—]\s*|\s*[–—]\s*|\s+(?:to|bis|à|a|hasta|até|until)\s+", re.I)


def _first_date(written: str) -> str:
    """The first date of a range as written ("Mar 2021" of "Mar 2021 - Present")."""
    return _RANGE_SEPARATOR.split(written.strip(" -–—"), maxsplit=1)[0]


def looks_like_job_title(text: str) -> bool:
    """A short line, not a bullet or a sentence, that names a role."""
    return (
        text[:1].isupper()  # not a bullet, not the rest of a sentence
        and ". " not in text
        and not text.rstrip().endswith(".")
        and len(text.split()) <= 10
        and bool(_TITLE_WORDS.search(text))  # last: the slowest test
    )


def dates(facts: CheckInput) -> Check:
    """Each job has dates an ATS can parse, written one way throughout.

    The jobs and their dates are the resume facts' (facts/): the same reading of dates
    gives report.facts, this check and the years of the length check, so they cannot
    disagree. Dates on a job's heading line ("### Engineer, Acme (Mar 2022 - Present)")
    count like any other.
    """
    work = [line for line in facts.lines if line.section == "experience"]
    if not work:
        return Check("dates", PASS, "not checked: no experience section found (see headings)")
    ranges = {line.number: read_dates(line.text) for line in work}
    dated = [number for number, found in ranges.items() if found]
    if not dated:
        return Check("dates", WARN, "Your experience section shows no dates.", (), _FIX_DATES)
    by_number = {line.number: line for line in work}
    jobs = [job for job in facts.facts.experience if job.section == "experience"]
    undated = [by_number[job.at.line] for job in jobs if job.start is None and job.at.line in by_number]
    formats: dict[str, str] = {}  # form -> its first example, as written
    for number in dated:
        text = by_number[number].text
        for found in ranges[number]:
            if found.form in DATE_FORMATS:
                formats.setdefault(found.form, _first_date(text[found.span[0] : found.span[1]]))
    evidence = [f"{at(line)} has no dates" for line in undated]
    problems = [f"{plural(len(undated), 'job')} without dates"] if undated else []
    if len(formats) > 1:
        problems.append(
            f"written {len(formats)} ways, "
            + join_and([f"{quote(ex)} ({DATE_FORMATS[k]})" for k, ex in formats.items()])
        )
        evidence += [f"{DATE_FORMATS[k]}: {quote(ex)}" for k, ex in formats.items()]
    elif "season" in formats:
        problems.append(f"seasons such as {quote(formats['season'])}, which an ATS cannot turn into months")
    if problems:
        return Check("dates", WARN, f"Dates: {'; '.join(problems)}.", capped(evidence), _FIX_DATES)
    shown = join_and([quote(ex) for ex in formats.values()]) if formats else "years"
    return Check(
        "dates", PASS, f"Dates found in {plural(len(dated), 'line')} of experience, written one way ({shown})."
    )


def length(facts: CheckInput) -> Check:
    """Pages and words, with the years of work they cover (the facts' total_years): informational."""
    pages = facts.document.pages
    words = sum(len(line.text.split()) for line in facts.lines)
    total = facts.facts.total_years
    years = round(total) if total else None
    span = f", about {plural(years, 'year')} of work shown" if years else ""
    figures = f"{plural(pages, 'page')}, {plural(words, 'word')}{span}"
    if words < THIN_WORDS:
        return Check(
            "length",
            WARN,
            f"{figures}: too thin for an ATS to match you to a job.",
            fix="Describe each job, project and skill in a few lines; aim for 300-700 words.",
        )
    if pages > LONG_PAGES and (years is None or years < LONG_YEARS):
        return Check(
            "length",
            WARN,
            f"{figures}: long for under {LONG_YEARS} years of work.",
            fix="Keep to one or two pages: cut old or unrelated detail.",
        )
    return Check("length", PASS, f"{figures}.")
