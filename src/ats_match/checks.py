"""ATS readability checks: could an applicant tracking system read this resume?

`check(src, role=None)` reads a file and runs every check; `run_checks(document)` runs
them on a document already read; `summarize(checks)` counts pass / warn / fail. Each
check is one small function from a CheckInput to a Check (status, a one-line message for
the job seeker, the evidence, how to fix it), listed in CHECKS in the order of CHECK_IDS:
adding a check is one function and one line there. The checks never change the score.

    checks_base.py    Check, CheckInput, how evidence is quoted
    checks_layout.py  text-layer, file, layout, glyphs, hidden-text (how it is made and drawn)
    checks_text.py    contact, name, headings (what is written)
    checks_dates.py   dates, length (time on the resume)
    checks.py         keyword-form, the list, and reading files that cannot be scored
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .checks_base import PASS, WARN, Check, CheckInput, plural, summarize
from .checks_dates import dates, length
from .checks_layout import (
    file_check,
    file_too_big,
    file_type,
    glyphs,
    hidden_text,
    layout,
    no_text,
    text_layer,
)
from .checks_text import contact, headings, name
from .documents import ResumeDocument
from .errors import EmptyResumeError, LimitExceededError, NoTextLayerError, ResumeError
from .keywords import KeywordCoverage
from .reading import DEFAULT_LIMITS, Limits, load_bytes, read_resume, sniff

__all__ = ["CHECKS", "CHECK_IDS", "Check", "CheckInput", "check", "run_checks", "summarize"]

CHECK_IDS = (
    "text-layer",
    "file",
    "contact",
    "name",
    "headings",
    "layout",
    "glyphs",
    "hidden-text",
    "dates",
    "length",
    "keyword-form",
)
NOT_CHECKED = "not checked: no readable text"


def keyword_form(facts: CheckInput) -> Check:
    """Skills credited to you but written in a form a recruiter's search misses
    ("sklearn" for scikit-learn), from the scorer's KeywordCoverage."""
    if facts.keywords is None:
        return Check("keyword-form", PASS, "not checked: no role given (use --role)")
    forms = facts.keywords.variants_only
    if not forms:
        return Check("keyword-form", PASS, "Every skill you show is written the way recruiters search for it.")
    return Check(
        "keyword-form",
        WARN,
        f"{plural(len(forms), 'skill')} written in a form a recruiter's search misses.",
        tuple(form.message for form in forms),
        "Write the exact name at least once, e.g. 'Scikit-learn (sklearn)'.",
    )


CHECKS: tuple[Callable[[CheckInput], Check], ...] = (
    text_layer,
    file_type,
    contact,
    name,
    headings,
    layout,
    glyphs,
    hidden_text,
    dates,
    length,
    keyword_form,
)


def run_checks(
    document: ResumeDocument,
    keywords: KeywordCoverage | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Check, ...]:
    """Every check on a document already read, in CHECK_IDS order. Pure: reads nothing."""
    facts = CheckInput(document, keywords, limits)
    return tuple(run(facts) for run in CHECKS)


def check(
    src: str | os.PathLike | bytes | BinaryIO | ResumeDocument,
    role: str | Path | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Check, ...]:
    """Read a resume and run every check. A scan, an empty file or a file over the limits
    still gets its checks (the others say "not checked"); a corrupt or unsupported file
    raises its ResumeError, as `read_resume` does. With a role, keyword-form says which
    skills a recruiter's search for their exact name would miss."""
    from .api import score  # the whole scoring pipeline: only needed with a role
    from .roles import load_role

    profile = load_role(role) if role is not None else None  # a bad role fails before any reading
    if isinstance(src, ResumeDocument):
        document = src
    else:
        try:
            data, source = load_bytes(src, limits)
        except LimitExceededError as exc:
            return _unreadable(file_too_big(exc), reason="not checked: the file is over the limit")
        kind = _sniff(data, source)
        try:
            document = read_resume(_named(data, source), limits=limits)
        except (NoTextLayerError, EmptyResumeError) as exc:
            return _unreadable(file_check(kind, len(data), limits), text_layer=no_text(exc))
        except LimitExceededError as exc:  # too many pages
            return _unreadable(file_too_big(exc), reason="not checked: the file is over the limit")
    keywords = score(document, profile, limits=limits).keywords if profile is not None else None
    return run_checks(document, keywords, limits)


def _unreadable(file: Check, text_layer: Check | None = None, reason: str = NOT_CHECKED) -> tuple[Check, ...]:
    """The checks of a file with nothing to read: what is known, "not checked" for the rest."""
    known = {"file": file, "text-layer": text_layer or Check("text-layer", WARN, reason, fix="Fix the file first.")}
    fix = "Fix the problem the other checks name, then check again."
    return tuple(known.get(cid) or Check(cid, WARN, reason, fix=fix) for cid in CHECK_IDS)


def _named(data: bytes, source: str) -> io.BytesIO:
    """The bytes as a file object that keeps the file's name for messages."""
    stream = io.BytesIO(data)
    stream.name = source
    return stream


def _sniff(data: bytes, source: str) -> str:
    try:
        return sniff(data)
    except ResumeError as exc:
        raise type(exc)(str(exc), source=source) from None
