"""Shared test helpers (importable because pytest puts tests/ on sys.path)."""

from __future__ import annotations

import os
from pathlib import Path

import ats_match

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
MLE = "machine-learning-engineer"


def corpus_dir() -> Path | None:
    """../shared/corpus beside the checkout, or $ATS_MATCH_CORPUS; None when absent."""
    path = Path(os.environ.get("ATS_MATCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    return path if path.is_dir() else None


def statuses(text: str, role: str | ats_match.RoleProfile = MLE) -> dict[str, str]:
    """Score a text resume and return item id -> status."""
    return ats_match.score(ats_match.read_text(text), role).statuses


def scored_against_posting(posting: str, resume: str) -> ats_match.Report:
    """A resume written for the test scored against a posting written for it."""
    return ats_match.score(ats_match.read_text(resume), ats_match.role_from_job(posting))


def requirement_statuses(report: ats_match.Report) -> dict[str, str]:
    """Each posting requirement's status by name, years and degree left out."""
    return {r.name: r.status for r in report.requirements if r.kind not in ("experience", "degree")}


def statuses_against_posting(posting: str, resume: str) -> dict[str, str]:
    """Requirement name -> status of a resume written for the test against a posting written for it."""
    return requirement_statuses(scored_against_posting(posting, resume))


def required_by_name(posting: str) -> dict[str, bool]:
    """Requirement name -> whether the posting (text written for the test) marks it required."""
    return {r.name: r.required for r in ats_match.read_job(posting).requirements}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    """A fixture's bytes as a named file, for tests of messages that name the file."""
    path = tmp_path / name
    path.write_bytes(data)
    return path
