"""What runs on a Dask worker: the roles, held once per worker process; one partition of
files, each read once and scored against every role; per-file limits; and the journal that
turns a file that kills its worker twice into a row with its error instead of a lost
partition.

Roles arrive with a WorkerPlugin when score_frame registers it: once per worker, and again
on every worker that joins or restarts. Tasks carry only the roles' keys.

Time: the readers check limits.timeout_seconds between PDF pages (reading.Deadline). A
Dask task runs in a worker thread, where SIGALRM (reading.hard_deadline) cannot reach, so a
watchdog thread raises Overrun in that thread instead once the limit and its grace have
passed, where Python code next runs: the same stop, inside one step too. Code in C that
never returns (none has been seen) holds its thread until it does.

A worker that dies (a crash in a C parser, the nanny ending it for its memory) takes the
partition it was scoring with it; Dask runs the partition again elsewhere (the scheduler's
`allowed-failures`, 3 by default). The journal, kept in the scheduler's metadata, makes
that second run careful: it notes each file before reading it, so if the worker dies again
the third run knows the file that was in flight, reports it as an error row and scores the
rest. A careful run costs a round trip to the scheduler per file; any run, three per
partition.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import pandas as pd
from distributed import WorkerPlugin

from ..api import score
from ..errors import AtsMatchError
from ..matching import extractor_for
from ..reading import Limits, hard_deadline, timeout_message
from ..reading.limits import HARD_GRACE
from ..reports import Report, ScoreFailure
from ..roles import RoleProfile
from .rows import Schema
from .sources import label, read_source

LOG = logging.getLogger(__name__)  # the worker log gets the traceback of a file that met a bug
ROLES: dict[str, RoleProfile] = {}  # this worker's roles, by key (RolesPlugin puts them here)


class RolesPlugin(WorkerPlugin):
    """Role profiles sent to each worker once, when it starts or when registered."""

    idempotent = True  # the same roles registered again (a second score_frame) change nothing

    def __init__(self, profiles: dict[str, RoleProfile]) -> None:
        self.profiles = profiles

    def setup(self, worker: object) -> None:
        ROLES.update(self.profiles)

    def teardown(self, worker: object) -> None:
        for key in self.profiles:
            ROLES.pop(key, None)


def registered(key: str) -> RoleProfile:
    try:
        return ROLES[key]
    except KeyError:
        raise RuntimeError(
            f"role {key} is not on this worker: compute the frame on the cluster of the client given to score_frame"
        ) from None


class Overrun(BaseException):
    """Raised in a worker thread whose file ran out of time. A BaseException, so that no
    reader's `except Exception` can take it for a broken file."""


class Watchdog:
    """One thread per process that raises Overrun in every thread past its deadline,
    looking every POLL seconds: no thread started per file (starting and stopping a timer
    for each file cost about 6% of a worker's time)."""

    POLL = 0.2

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.due: dict[int, float] = {}  # thread id -> monotonic deadline
        self.fired: set[int] = set()
        self.thread: threading.Thread | None = None

    def watch(self, ident: int, deadline: float) -> None:
        with self.lock:
            self.due[ident] = deadline
            self.fired.discard(ident)
            if self.thread is None:
                self.thread = threading.Thread(target=self.run, name="ats-match-watchdog", daemon=True)
                self.thread.start()

    def release(self, ident: int) -> None:
        """The block ended: forget it; an Overrun sent but not raised yet is withdrawn, so it
        cannot land in whatever the thread does next."""
        with self.lock:
            self.due.pop(ident, None)
            if ident in self.fired:
                self.fired.discard(ident)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)

    def run(self) -> None:
        while True:
            time.sleep(self.POLL)
            now = time.monotonic()
            with self.lock:
                for ident, deadline in list(self.due.items()):
                    if now > deadline:
                        del self.due[ident]
                        self.fired.add(ident)
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(Overrun))


WATCHDOG = Watchdog()


@contextmanager
def thread_deadline(seconds: float | None, source: str) -> Iterator[None]:
    """Stop the block once `seconds` (plus reading.limits.HARD_GRACE) have passed, by
    raising Overrun in this thread (WATCHDOG); in the main thread, reading.hard_deadline's
    alarm."""
    if seconds is None:
        yield
        return
    if threading.current_thread() is threading.main_thread():
        with hard_deadline(seconds, source):
            yield
        return
    ident = threading.get_ident()
    WATCHDOG.watch(ident, time.monotonic() + seconds + HARD_GRACE)
    try:
        yield
    finally:
        WATCHDOG.release(ident)


def score_source(source: str, profiles: list[RoleProfile], hours: float, limits: Limits) -> list[Report | ScoreFailure]:
    """One file read once and scored against each role: a Report or a ScoreFailure per role,
    never an exception (a bug met on one file is that file's failure, as in batch.py)."""
    name = label(source)
    try:
        try:
            with thread_deadline(limits.timeout_seconds, name):
                document = read_source(source, limits)
        except Overrun:
            return [_timeout(name, limits)] * len(profiles)
        results: list[Report | ScoreFailure] = []
        for profile in profiles:
            try:
                with thread_deadline(limits.timeout_seconds, name):
                    results.append(score(document, profile, hours=hours, limits=limits))
            except Overrun:
                results.append(_timeout(name, limits))
        return results
    except AtsMatchError as exc:
        return [ScoreFailure(name, type(exc).__name__, str(exc))] * len(profiles)
    except Exception as exc:
        LOG.warning("%s: could not be scored", name, exc_info=True)
        return [ScoreFailure(name, "ResumeError", f"{name}: could not be scored ({type(exc).__name__})")] * len(
            profiles
        )


def _timeout(name: str, limits: Limits) -> ScoreFailure:
    return ScoreFailure(name, "LimitExceededError", f"{name}: {timeout_message(limits.timeout_seconds or 0)}")


class Journal:
    """A partition's attempts, in the scheduler's metadata under `key`: how many runs
    started, and in a careful run the file in flight. Without a distributed client
    (dask's local schedulers) it keeps nothing and every run is a first."""

    def __init__(self, key: list[str] | None) -> None:
        self.key = key
        self.client = None
        self.state: dict = {}
        if key is not None:
            from distributed import get_client

            try:
                self.client = get_client()
            except ValueError:  # not on a distributed worker and no client: nothing to keep
                self.client = None

    def begin(self) -> set[int]:
        """Record this run; return the files that were in flight when a careful run died."""
        if self.client is None:
            return set()
        old = self.client.get_metadata(self.key, default=None) or {}
        culprits = set(old.get("culprits", ()))
        if old.get("in_flight") is not None:
            culprits.add(old["in_flight"])
        self.state = {"runs": old.get("runs", 0) + 1, "in_flight": None, "culprits": sorted(culprits)}
        self.client.set_metadata(self.key, self.state)
        return culprits

    @property
    def careful(self) -> bool:
        return self.state.get("runs", 0) > 1

    def enter(self, index: int) -> None:
        if self.client is not None and self.careful:
            self.state["in_flight"] = index
            self.client.set_metadata(self.key, self.state)

    def finish(self) -> None:
        if self.client is not None:
            self.client.set_metadata(self.key, None)


def score_partition(
    sources: Iterable[str],
    roles: tuple[str, ...],
    hours: float,
    limits: Limits,
    report_json: bool = True,
    journal: list[str] | None = None,
) -> pd.DataFrame:
    """The rows of a partition's files, each against every role (file by file, role by role)."""
    profiles = [registered(key) for key in roles]
    schema = Schema.of(profiles)
    for profile in profiles:  # matchers built before the first file's clock starts
        extractor_for(profile)
    files = [str(source) for source in sources]
    record = Journal(journal)
    culprits = record.begin()
    rows = []
    for index, source in enumerate(files):
        if index in culprits:
            name = label(source)
            message = f"{name}: the worker scoring this file died twice (a crash, or ended for its memory); skipped"
            results: list[Report | ScoreFailure] = [ScoreFailure(name, "ResumeError", message)] * len(profiles)
        else:
            record.enter(index)
            results = score_source(source, profiles, hours, limits)
        rows += [
            schema.row(source, profile.id, result, report_json)
            for profile, result in zip(profiles, results, strict=True)
        ]
    record.finish()
    return schema.frame(rows)
