"""Worker processes kept between batch calls (issue 9: a notebook user rescoring a folder
should not wait for new workers each time)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import ats_match
from ats_match import batch

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FILES = [
    EXAMPLES / "resume_ml_engineer.md",
    EXAMPLES / "resume_data_analyst.txt",
    EXAMPLES / "resume_junior_sklearn.txt",
]
MLE = "machine-learning-engineer"


pytestmark = pytest.mark.slow  # worker processes start Python and spaCy: seconds each


def _parked_pids() -> list[int]:
    return sorted(worker.process.pid for worker in batch._PARKED)


@pytest.fixture(autouse=True)
def no_parked_workers():
    batch.stop_workers()
    yield
    batch.stop_workers()


def _scores(results) -> list[tuple[str, float]]:
    return [(r.resume.source, r.score) for r in results]


def test_the_next_call_takes_up_the_same_workers():
    first = ats_match.score_many(FILES, MLE, jobs=2)
    pids = _parked_pids()
    assert len(pids) == 2
    second = ats_match.score_many(FILES[::-1], MLE, jobs=2)
    assert _parked_pids() == pids
    assert _scores(second) == _scores(first)[::-1]
    assert _scores(first) == _scores(ats_match.score_many(FILES, MLE, jobs=1))


def test_another_role_or_limits_get_new_workers():
    ats_match.score_many(FILES, MLE, jobs=2)
    pids = _parked_pids()
    old = list(batch._PARKED)
    results = ats_match.score_many(FILES, "data-scientist", jobs=2)
    assert all(r.role.id == "data-scientist" for r in results)
    assert not set(_parked_pids()) & set(pids)
    assert not any(worker.process.is_alive() for worker in old)
    ats_match.score_many(FILES, "data-scientist", jobs=2, limits=ats_match.Limits(timeout_seconds=10))
    assert len(batch._PARKED) == 2


def test_a_worker_near_its_idle_limit_is_not_handed_out():
    ats_match.score_many(FILES, MLE, jobs=2)
    pids = _parked_pids()
    for worker in batch._PARKED:
        worker.idle_since = time.monotonic() - batch.IDLE_SECONDS
    ats_match.score_many(FILES, MLE, jobs=2)
    assert not set(_parked_pids()) & set(pids)


def test_stop_workers_ends_them():
    ats_match.score_many(FILES, MLE, jobs=2)
    workers = list(batch._PARKED)
    batch.stop_workers()
    assert batch._PARKED == [] and not any(w.process.is_alive() for w in workers)


def test_a_caller_that_stops_reading_leaves_no_busy_worker_parked():
    results = batch.iter_scores(FILES * 4, MLE, jobs=2)
    next(results)
    results.close()
    assert all(w.task is None and w.process.is_alive() for w in batch._PARKED)


def test_reports_from_workers_are_the_reports_of_one_process():
    """A report crosses from a worker without its profile (the parent has it) and gets it
    back: the same report as jobs=1, down to the profile recommend() replans with."""
    profile = ats_match.load_role(MLE)
    alone = ats_match.score_many(FILES, profile, jobs=1)
    parallel = ats_match.score_many(FILES, profile, jobs=2)
    assert [r.to_json() for r in parallel] == [r.to_json() for r in alone]
    assert all(r.profile is profile for r in parallel)
    assert ats_match.recommend(parallel[1], hours=20) == ats_match.recommend(alone[1], hours=20)
