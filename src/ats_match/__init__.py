"""ats_match: how well a resume fits a role, and what to do about the gap.

>>> import ats_match
>>> report = ats_match.score("resume.pdf", "machine-learning-engineer")
>>> report.score, [(i.id, i.status) for i in report.items]
"""

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
from .postings import JobPosting, Requirement, read_job, role_from_job
from .reading import Limits, ResumeDocument, read_resume, read_text
from .recommend import Recommendations
from .reports import Comparison, Report, ScoreFailure, redact_report, redact_text
from .roles import RoleProfile, list_roles, load_role
from .suggest import RoleSuggestion, suggest_roles

__version__ = "0.1.0"

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
