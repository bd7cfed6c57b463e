"""Many resumes, one role: in parallel, in input order, and past bad files; compare() lines
the reports up side by side.

With jobs > 1 each file is scored in a worker process, one file per worker at a time, so
that a file can be stopped on its own: a worker that runs past limits.timeout_seconds on
one file (a parser caught in a loop) or dies on it (a crash, the system killing it for its
memory) is ended, the file is reported as a ScoreFailure, and a fresh worker takes its
place. Each worker builds the role's matcher once, before its first file's clock starts.
With jobs == 1 files are scored in this process, where the time limit is the readers'
cooperative check between PDF pages (reading.limits.Deadline).

Workers outlive the call that started them: the next call with the same role, hours and
limits takes them up warm (starting one costs about two seconds: Python, spaCy, the
matcher), as joblib's reusable executor does. A parked worker ends itself after
IDLE_SECONDS without work; `stop_workers()` ends them at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from .api import score
from .errors import AtsMatchError, ResumeError
from .reading import DEFAULT_LIMITS, Limits, ResumeDocument, ResumeSource, display_name, hard_deadline, timeout_message
from .recommend import DEFAULT_HOURS
from .reports import Report, ScoreFailure
from .reports.comparison import Comparison, ItemColumn, row_from
from .roles import RoleProfile, load_role

RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")
_GRACE = 1.0  # seconds past the limit before a worker is ended: the reader's own check speaks first
IDLE_SECONDS = 300.0  # a parked worker with no work for this long ends itself
_REUSE_WITHIN = IDLE_SECONDS - 30.0  # never hand out a worker about to end itself


def source_name(src: ResumeSource) -> str:
    if isinstance(src, (str, os.PathLike)):
        return display_name(Path(src))
    return getattr(src, "source", None) or getattr(src, "name", None) or "<bytes>"


def _score_one(src: ResumeSource, role: RoleProfile, hours: float, limits: Limits) -> Report | ScoreFailure:
    try:
        with hard_deadline(limits.timeout_seconds, source_name(src)):  # holds inside a step too
            return score(src, role, hours=hours, limits=limits)
    except AtsMatchError as exc:
        return ScoreFailure(source_name(src), type(exc).__name__, str(exc))


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
    yield from _in_workers(resumes, profile, jobs, hours, limits)


# ---------------------------------------------------------------------------- worker processes

_READY = "ready"


def _serve(conn: Connection, profile: RoleProfile, hours: float, limits: Limits, parent: int) -> None:
    """A worker's life: build the matcher, say so, then score each (index, source) it is
    sent until it is sent None. An unexpected error is a failure of that file, not of the batch.

    Ctrl-C is the parent's to handle (it stops the workers and keeps what is done), so a
    worker ignores SIGINT; and a worker dies with its parent, even one killed with -9."""
    from .matching import extractor_for

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(parent)

    extractor_for(profile)
    conn.send(_READY)
    while True:
        try:
            task = conn.recv() if conn.poll(IDLE_SECONDS) else None
        except EOFError:  # the caller's process ended
            task = None
        if task is None:
            return
        index, src = task
        try:
            result = _score_one(src, profile, hours, limits)
        except Exception as exc:  # a bug met on this file: reported with the file, never its content
            result = ScoreFailure(
                source_name(src), "ResumeError", f"{source_name(src)}: could not be scored ({type(exc).__name__})"
            )
        # The parent has the profile: a report travels without it (unpickling a pydantic
        # profile was most of the parent's work per file) and gets it back in _collect.
        conn.send((index, replace(result, profile=None) if isinstance(result, Report) else result))


def _die_with(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies (PR_SET_PDEATHSIG); elsewhere the
    closed pipe ends the worker at its next wait. A parent gone already ends it now."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)


class _Worker:
    """One worker process and the file it is scoring, if any."""

    def __init__(self, context: Any, args: tuple, key: str) -> None:
        self.key = key  # what it was started for: the role, hours and limits
        self.idle_since = time.monotonic()  # when it last became idle: its own idle clock started then
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, *args, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.task: int | None = None
        self.started = 0.0

    def send(self, index: int, src: ResumeSource) -> None:
        self.task, self.started = index, time.monotonic()
        self.conn.send((index, src))

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()  # SIGTERM: Python installs no handler, so even a busy parser ends
            self.process.join(5)
            if self.process.is_alive() and hasattr(signal, "SIGKILL"):
                os.kill(self.process.pid, signal.SIGKILL)
        self.process.join()
        self.conn.close()


def _in_workers(
    resumes: Sequence[ResumeSource], profile: RoleProfile, jobs: int, hours: float, limits: Limits
) -> Iterator[Report | ScoreFailure]:
    """Hand files to idle workers one at a time; wait for a result, a dead worker or the
    next deadline; replace a worker that overran or died; yield results in input order."""
    # loky's process context (joblib's) starts workers without re-running the caller's
    # script, so a script without `if __name__ == "__main__":` still works.
    from joblib.externals.loky.backend import get_context

    context = get_context("loky")
    args = (profile, hours, limits)
    key = f"{profile.model_dump_json()}|{hours!r}|{limits!r}"
    limit = None if limits.timeout_seconds is None else limits.timeout_seconds + _GRACE
    todo = deque((index, _portable(src, limits)) for index, src in enumerate(resumes))
    workers = _unpark(key, jobs)
    workers += [_Worker(context, args, key) for _ in range(jobs - len(workers))]
    results: dict[int, Report | ScoreFailure] = {}
    next_out = 0
    try:
        while next_out < len(resumes):
            for worker in workers:
                if worker.ready and worker.task is None and todo:
                    index, src = todo.popleft()
                    try:
                        worker.send(index, src)
                    except OSError:  # it died while idle: the file goes to the next worker, this
                        todo.appendleft((index, src))  # one is replaced once its pipe reports the end
                        worker.task = None
            busy = [w.started + limit for w in workers if w.task is not None and limit is not None]
            timeout = max(0.0, min(busy) - time.monotonic()) if busy else None
            readable = wait([w.conn for w in workers], timeout)
            for position, worker in enumerate(workers):
                failure = _collect(worker, readable, results, resumes, limits, limit)
                if failure is not None:
                    worker.stop()
                    if failure == "startup":
                        raise RuntimeError("ats_match: a worker process could not start; try jobs=1")
                    workers[position] = _Worker(context, args, key)
            while next_out in results:
                result = results.pop(next_out)
                yield replace(result, profile=profile) if isinstance(result, Report) else result
                next_out += 1
    except BaseException as exc:  # Ctrl-C, or the caller stopped reading (GeneratorExit)
        if not isinstance(exc, GeneratorExit):
            for worker in workers:
                worker.stop()
            raise
        _park(workers)
        raise
    _park(workers)


_PARKED: list[_Worker] = []


def _unpark(key: str, jobs: int) -> list[_Worker]:
    """Up to `jobs` parked workers started for the same role, hours and limits, alive and
    not about to end themselves; the others are stopped."""
    taken, now = [], time.monotonic()
    while _PARKED:
        worker = _PARKED.pop()
        if (
            len(taken) < jobs
            and worker.key == key
            and now - worker.idle_since < _REUSE_WITHIN
            and worker.process.is_alive()
        ):
            taken.append(worker)
        else:
            worker.stop()
    return taken


def _park(workers: list[_Worker]) -> None:
    """Keep the workers with no file for the next call, ready or still starting; stop those
    busy with a file (the caller stopped reading results)."""
    for worker in workers:
        if worker.task is None and worker.process.is_alive():
            _PARKED.append(worker)
        else:
            worker.stop()


def stop_workers() -> None:
    """End the worker processes kept for the next call."""
    while _PARKED:
        _PARKED.pop().stop()


def _collect(
    worker: _Worker,
    readable: list,
    results: dict[int, Report | ScoreFailure],
    resumes: Sequence[ResumeSource],
    limits: Limits,
    limit: float | None,
) -> str | None:
    """Take what one worker has to say. Returns why it must be replaced, or None."""
    if worker.conn in readable:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            if worker.task is None:
                return "startup" if not worker.ready else "died"
            name = source_name(resumes[worker.task])
            worker.process.join(5)  # the pipe may close a moment before the exit code is known
            code = worker.process.exitcode
            results[worker.task] = ScoreFailure(
                name, "ResumeError", f"{name}: the reader stopped on this file (worker exit code {code})"
            )
            return "died"
        if message == _READY:
            worker.ready = True
        else:
            index, result = message
            results[index] = result
            worker.task = None
        worker.idle_since = time.monotonic()
        return None
    if worker.task is not None and limit is not None and time.monotonic() - worker.started > limit:
        name = source_name(resumes[worker.task])
        results[worker.task] = ScoreFailure(
            name, "LimitExceededError", f"{name}: {timeout_message(limits.timeout_seconds or 0)}"
        )
        return "overran"
    return None


def _portable(src: ResumeSource, limits: Limits) -> ResumeSource:
    """File objects cannot cross to a worker process: their bytes go, under their name."""
    if hasattr(src, "read") and not isinstance(src, (bytes, ResumeDocument)):
        data = src.read(limits.max_bytes + 1)  # type: ignore[union-attr]
        copy = io.BytesIO(data.encode("utf-8") if isinstance(data, str) else data)
        copy.name = Path(str(getattr(src, "name", "<stream>"))).name  # type: ignore[attr-defined]
        return copy
    return src


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


def compare(resumes: Iterable[ResumeSource], role: str | Path | RoleProfile, *, jobs: int = 1) -> Comparison:
    """Score every resume against the role (with `jobs` worker processes) and line them up.

    A file that cannot be read becomes a row with its error; it never stops the rest. No
    resumes at all is an error, not an empty table (a wrong folder or glob, most often).
    """
    profile = load_role(role)
    resumes = list(resumes)
    if not resumes:
        raise ResumeError("no resumes to compare (is the folder or pattern right?)")
    results = score_many(resumes, profile, jobs=jobs)
    return Comparison(
        role={"id": profile.id, "name": profile.name, "source": profile.source.title},
        items=tuple(ItemColumn(i.id, i.name, i.kind, profile.weight(i)) for i in profile.items),
        rows=tuple(row_from(result) for result in results),
        reports=tuple(results),
    )
