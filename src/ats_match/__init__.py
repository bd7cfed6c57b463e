"""ats_match: how well a resume fits a role, and what to do about the gap.

>>> import ats_match
>>> report = ats_match.score("resume.pdf", "machine-learning-engineer")
>>> report.score, [(i.id, i.status) for i in report.items]
"""

import gc as _gc
from typing import TYPE_CHECKING

# Loading spaCy and our modules makes a few hundred thousand objects that live as long as
# the process; Python's cyclic collector would walk all of them dozens of times while they
# are made (a fifth of a short command's time). It runs rarely while they load, then as
# before. (The command line also freezes them afterwards: __main__.py.)
_thresholds = _gc.get_threshold()
_gc.set_threshold(100_000, 50, 1000)
try:
    from .api import check, recommend, score, score_jobs
    from .batch import compare, score_many
    from .checks import Check
    from .errors import (
        AtsMatchError,
        CorruptFileError,
        EmptyResumeError,
        EncryptedFileError,
        LimitExceededError,
        NoTextLayerError,
        PostingError,
        ResumeError,
        RoleError,
        UnsupportedFormatError,
    )
    from .facts import ResumeFacts, parse
    from .reading import Limits, ResumeDocument, read_resume, read_text
    from .recommend import Recommendations
    from .reports import Comparison, Report, ScoreFailure, redact_report, redact_text
    from .roles import RoleProfile, list_roles, load_role
    from .suggest import RoleSuggestion, suggest_roles
finally:
    _gc.set_threshold(*_thresholds)

if TYPE_CHECKING:
    from .postings import JobPosting, Requirement, read_job, role_from_job

__version__ = "0.1.0"

# Job postings load their vocabularies (O*NET, credentials, word frequencies) and their
# code on first use: scoring a resume against a role never needs them.
_POSTINGS = frozenset({"JobPosting", "Requirement", "read_job", "role_from_job"})


def __getattr__(name: str) -> object:
    if name in _POSTINGS:
        from . import postings

        return getattr(postings, name)
    raise AttributeError(f"module 'ats_match' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _POSTINGS)


__all__ = [
    "AtsMatchError",
    "Check",
    "Comparison",
    "CorruptFileError",
    "EmptyResumeError",
    "EncryptedFileError",
    "JobPosting",
    "LimitExceededError",
    "Limits",
    "NoTextLayerError",
    "PostingError",
    "Recommendations",
    "Requirement",
    "Report",
    "ResumeFacts",
    "ResumeDocument",
    "ResumeError",
    "RoleError",
    "RoleProfile",
    "RoleSuggestion",
    "ScoreFailure",
    "UnsupportedFormatError",
    "check",
    "compare",
    "list_roles",
    "load_role",
    "parse",
    "read_job",
    "read_resume",
    "read_text",
    "recommend",
    "redact_report",
    "redact_text",
    "role_from_job",
    "score",
    "score_jobs",
    "score_many",
    "suggest_roles",
]
