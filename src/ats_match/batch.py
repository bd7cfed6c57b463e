"""Many resumes, one role: in parallel, in input order, and past bad files.

The matcher is built once per worker process (extract.extractor_for caches by content),
and each worker gets a contiguous chunk of the inputs so that the start-up cost is paid
once per worker, not once per file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .api import score
from .errors import AtsMatchError
from .reading import DEFAULT_LIMITS, Limits, ResumeSource
from .recommend import DEFAULT_HOURS
from .report import Report
from .roles import RoleProfile, load_role

RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")


@dataclass(frozen=True)
class ScoreFailure:
    """A resume that could not be scored, in place of its report."""

    source: str
    error: str  # the AtsMatchError subclass name
    message: str  # one line, naming the file


def source_name(src: ResumeSource) -> str:
    if isinstance(src, (str, os.PathLike)):
        return Path(src).name
    return getattr(src, "source", None) or getattr(src, "name", None) or "<bytes>"


def _score_one(src: ResumeSource, role: RoleProfile, hours: float, limits: Limits) -> Report | ScoreFailure:
    try:
        return score(src, role, hours=hours, limits=limits)
    except AtsMatchError as exc:
        return ScoreFailure(source_name(src), type(exc).__name__, str(exc))


def _score_chunk(
    chunk: Sequence[ResumeSource], role: RoleProfile, hours: float, limits: Limits
) -> list[Report | ScoreFailure]:
    return [_score_one(src, role, hours, limits) for src in chunk]


def iter_scores(
    resumes: Sequence[ResumeSource],
    role: str | Path | RoleProfile,
    *,
    jobs: int = 1,
    hours: float = DEFAULT_HOURS,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Report | ScoreFailure]:
    """Reports (or failures) in input order, as they are ready: for progress bars."""
    profile = load_role(role)
    jobs = max(1, min(jobs if jobs > 0 else os.cpu_count() or 1, len(resumes) or 1))
    if jobs == 1:
        for src in resumes:
            yield _score_one(src, profile, hours, limits)
        return
    from joblib import Parallel, delayed

    # Chunks of a few files: big enough to amortise the hand-off, small enough to balance.
    size = max(1, min(16, len(resumes) // (jobs * 4) or 1))
    chunks = [resumes[i : i + size] for i in range(0, len(resumes), size)]
    parallel = Parallel(n_jobs=jobs, backend="loky", return_as="generator")
    for results in parallel(delayed(_score_chunk)(chunk, profile, hours, limits) for chunk in chunks):
        yield from results


def score_many(
    resumes: Iterable[ResumeSource],
    role: str | Path | RoleProfile,
    *,
    jobs: int = 1,
    hours: float = DEFAULT_HOURS,
    limits: Limits = DEFAULT_LIMITS,
) -> list[Report | ScoreFailure]:
    """Score many resumes against one role with `jobs` worker processes (0: one per core).

    Returns one entry per input, in input order: a Report, or a ScoreFailure for a file
    that could not be read. One bad file never stops the batch.
    """
    return list(iter_scores(list(resumes), role, jobs=jobs, hours=hours, limits=limits))


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the resume files inside directories (sorted, not recursive)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in RESUME_SUFFIXES))
        else:
            found.append(path)
    return found
