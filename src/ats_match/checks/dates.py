"""Readability checks on time: dates (each job dated, one way throughout) and length
(pages and words against the years of work shown). Also the date and job-title patterns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..reading import Line
from .base import PASS, WARN, Check, CheckInput, at, capped, join_and, plural, quote

LONG_PAGES, LONG_YEARS = 2, 10  # over 2 pages for under 10 years of work is long
THIN_WORDS = 150  # fewer words than this is too thin to match a job

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"(?P<month>\b{_MONTH}\s*(?:\d{{1,2}},?\s*)?{_YEAR}\b)"  # Jan 2020, January 2020, Sep 13, 2009
    rf"|(?P<numeric>\b(?:0?[1-9]|1[0-2])\s?[/.]\s?{_YEAR}\b)"  # 01/2020
    rf"|(?P<iso>\b{_YEAR}[-/.](?:0[1-9]|1[0-2])\b)"  # 2020-01
    rf"|(?P<season>\b(?:spring|summer|fall|autumn|winter)\s+{_YEAR}\b)"  # Summer 2021
    r"|(?P<present>(?:[-–—]|\bto|\buntil)\s*(?:present|current|now|today|ongoing|date)\b)"  # - Present
    rf"|(?P<year>\b{_YEAR}\b)",  # 2019
    re.I,
)

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


@dataclass(frozen=True)
class DateMention:
    text: str
    format: str  # month | numeric | iso | season | year | present
    year: int | None  # None for "Present"


# Every date above holds a year or one of these words: most lines have neither.
_MAY_HOLD_DATE = re.compile(rf"{_YEAR}|present|current|now|today|ongoing|date", re.I)


@lru_cache(maxsize=4096)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """Cached: the dates and length checks both read every experience line."""
    if not _MAY_HOLD_DATE.search(text):
        return ()
    out = []
    for match in _DATE.finditer(text):
        year = re.search(_YEAR, match.group())
        out.append(
            DateMention(match.group().strip(" -–—"), match.lastgroup or "year", int(year.group()) if year else None)
        )
    return tuple(out)


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

    An entry is a line of the experience section that holds a date, or that names a role
    ("Data Scientist, Acme"); a role has its dates when a date is on its line, the two
    lines before it or the three after it (dates often sit on the next line or at the right).
    """
    work = [line for line in facts.lines if line.section == "experience" and not line.is_heading]
    if not work:
        return Check("dates", PASS, "not checked: no experience section found (see headings)")
    found = {line.number: find_dates(line.text) for line in work}
    dated = [number for number, mentions in found.items() if mentions]
    if not dated:
        return Check("dates", WARN, "Your experience section shows no dates.", (), _FIX_DATES)
    undated = [
        line
        for line in work
        if looks_like_job_title(line.text) and not any(found.get(n) for n in range(line.number - 2, line.number + 4))
    ]
    formats: dict[str, str] = {}  # format -> its first example
    for mention in (m for mentions in found.values() for m in mentions):
        if mention.format in DATE_FORMATS:
            formats.setdefault(mention.format, mention.text)
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
    """Pages and words, with the years of work they cover: informational."""
    pages = facts.document.pages
    words = sum(len(line.text.split()) for line in facts.lines)
    years = years_shown(facts.lines)
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


def years_shown(lines: Sequence[Line]) -> int | None:
    """From the earliest year in the experience section to the latest ("Present" is this year)."""
    years = [
        mention.year if mention.year is not None else date.today().year
        for line in lines
        if line.section == "experience"
        for mention in find_dates(line.text)
    ]
    return max(years) - min(years) if years else None
