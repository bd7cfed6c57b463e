"""What every readability check shares: the Check it returns, the CheckInput it reads,
and the way evidence and messages are written (short quotes, plain English lists)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Sized
from dataclasses import asdict, dataclass
from datetime import date
from functools import cached_property

from ..facts import ResumeFacts, facts_of
from ..matching import KeywordCoverage
from ..reading import DEFAULT_LIMITS, Limits, Line, ResumeDocument

PASS, WARN, FAIL = "pass", "warn", "fail"
NOT_CHECKED_PREFIX = "not checked"  # how a check that could not run begins its message
QUOTE_CHARS = 60  # the most resume text one evidence entry quotes (it is personal data)
MAX_EVIDENCE = 8  # entries listed before "... and N more"


@dataclass(frozen=True)
class Check:
    id: str  # one of checks.CHECK_IDS
    status: str  # pass | warn | fail
    message: str  # one line for the job seeker
    evidence: tuple[str, ...] = ()  # where: "page 1, line 3: 'J O H N'"
    fix: str = ""  # what to do; "" when there is nothing to do

    @property
    def checked(self) -> bool:
        """False when the check could not run (no role, no readable text): its status then
        says nothing about the resume, and reports show "not checked"."""
        return not self.message.startswith(NOT_CHECKED_PREFIX)

    def to_dict(self) -> dict:
        return asdict(self) | {"evidence": list(self.evidence), "checked": self.checked}


@dataclass(frozen=True)
class CheckInput:
    """What every check may look at."""

    document: ResumeDocument
    keywords: KeywordCoverage | None = None  # the role's keyword forms, when a role was given
    limits: Limits = DEFAULT_LIMITS
    given_facts: ResumeFacts | None = None  # what score() read already; else read on first use

    @cached_property
    def facts(self) -> ResumeFacts:
        """The resume's facts (jobs with their dates, years): one reading of dates serves
        the dates and length checks and the report alike."""
        return self.given_facts or facts_of(self.document, date.today())

    @property
    def lines(self) -> list[Line]:
        """The visible lines: hidden text is never evidence (hidden-text reads the layout)."""
        return [line for line in self.document.lines if not line.hidden]


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """A piece of the resume, at most `limit` characters, quoted."""
    text = text.strip()
    return repr(text if len(text) <= limit else text[: limit - 1].rstrip() + "…")


def at(line: Line, text: str | None = None) -> str:
    """ "page 1, line 3: 'J O H N'" (the line, or the part of it given)."""
    return f"page {line.page}, line {line.number}: {quote(line.text if text is None else text)}"


def capped(entries: Sequence[str], limit: int = MAX_EVIDENCE) -> tuple[str, ...]:
    """The entries once each, at most `limit` of them and a count of the rest."""
    entries = list(dict.fromkeys(entries))
    if len(entries) <= limit:
        return tuple(entries)
    return (*entries[:limit], f"... and {len(entries) - limit} more")


def plural(count: int, word: str) -> str:
    """'1 page', '3 pages'."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def join_and(items: Sequence[str], word: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def join_or(items: Sequence[str]) -> str:
    return join_and(items, "or")


def is_are(items: Sized) -> str:
    return "is" if len(items) == 1 else "are"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def summarize(checks: Iterable[Check]) -> dict[str, int]:
    """How many checks passed, warned and failed: {"pass": 8, "warn": 2, "fail": 1}."""
    counts = {PASS: 0, WARN: 0, FAIL: 0}
    for item in checks:
        counts[item.status] += 1
    return counts
