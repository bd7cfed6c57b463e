"""The list of checks and how they run: `run_checks(document)` on a document already read,
`read_for_checks(src)` for a file that may not be readable at all (a scan still gets its
checks). Adding a check is one function and one line in CHECKS."""

from __future__ import annotations

import io
from collections.abc import Callable

from ..errors import EmptyResumeError, LimitExceededError, NoTextLayerError, ResumeError
from ..facts import ResumeFacts
from ..matching import KeywordCoverage
from ..reading import DEFAULT_LIMITS, Limits, ResumeDocument, ResumeSource, load_bytes, read_resume, sniff
from .base import PASS, WARN, Check, CheckInput, plural
from .dates import dates, length
from .layout import file_check, file_too_big, file_type, glyphs, hidden_text, layout, no_text, text_layer
from .text import contact, headings, name

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
# The checks that read the role's terms (look-alike letters in them, their keyword forms):
# the others give the same result for a document whatever the role.
ROLE_CHECKS = frozenset({glyphs, keyword_form})


def run_checks(
    document: ResumeDocument,
    keywords: KeywordCoverage | None = None,
    limits: Limits = DEFAULT_LIMITS,
    facts: ResumeFacts | None = None,
    *,
    document_checks: tuple[Check, ...] | None = None,
) -> tuple[Check, ...]:
    """Every check on a document already read, in CHECK_IDS order. Pure: reads nothing.
    `facts` are the resume's facts when the caller has them (score() does);
    `document_checks`, what run_document_checks gave for this document, when the caller
    scores it against several roles: only ROLE_CHECKS then run again."""
    given = CheckInput(document, keywords, limits, facts)
    done = iter(document_checks if document_checks is not None else run_document_checks(document, limits, facts))
    return tuple(run(given) if run in ROLE_CHECKS else next(done) for run in CHECKS)


def run_document_checks(
    document: ResumeDocument, limits: Limits = DEFAULT_LIMITS, facts: ResumeFacts | None = None
) -> tuple[Check, ...]:
    """The checks that need no role (all of CHECKS but ROLE_CHECKS), in CHECKS order."""
    given = CheckInput(document, None, limits, facts)
    return tuple(run(given) for run in CHECKS if run not in ROLE_CHECKS)


def read_for_checks(src: ResumeSource, limits: Limits = DEFAULT_LIMITS) -> ResumeDocument | tuple[Check, ...]:
    """The document to check, or, for a file with nothing to read (a scan, an empty file, a
    file over the limits), its checks already: what is known, "not checked" for the rest.
    A corrupt or unsupported file raises its ResumeError, as `read_resume` does."""
    if isinstance(src, ResumeDocument):
        return src
    try:
        data, source = load_bytes(src, limits)
    except LimitExceededError as exc:
        return _unreadable(file_too_big(exc), reason="not checked: the file is over the limit")
    kind = _sniff(data, source)
    try:
        return read_resume(_named(data, source), limits=limits)
    except (NoTextLayerError, EmptyResumeError) as exc:
        return _unreadable(file_check(kind, len(data), limits, name=source), text_layer=no_text(exc))
    except LimitExceededError as exc:  # too many pages
        return _unreadable(file_too_big(exc), reason="not checked: the file is over the limit")


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
