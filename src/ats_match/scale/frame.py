"""score_frame: many resumes x many roles as a Dask DataFrame, and write_parquet to store
it from the workers. What runs on the client is small: the roles (loaded once, sent to
each worker once), the listing of folders and globs done by tasks on the cluster (only the
number of files comes back), and a graph of one task per partition of files."""

from __future__ import annotations

import hashlib
import math
import os
import sys
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

import dask
import dask.bag
import dask.dataframe as dd
import distributed

from ..errors import ResumeError
from ..postings import role_from_job
from ..reading import DEFAULT_LIMITS, Limits
from ..recommend import DEFAULT_HOURS
from ..roles import RoleProfile, load_role
from .rows import Schema, check_ids
from .sources import absolute, expand
from .worker import RolesPlugin, score_partition

RoleSpec = str | os.PathLike | RoleProfile
MAX_FILES_PER_PARTITION = 200  # about 10-40 s of work on one core, and 20-40 MB of rows per role
PATTERNS_PER_LISTING = 1000  # sources listed by one task
PARTITIONS_PER_THREAD = 8  # small enough that no worker idles long at the end, large enough to cost nothing


def resolve_role(spec: RoleSpec) -> RoleProfile:
    """A role as given: a profile; a profile file (.yaml, .yml); a job posting file (any
    other path, through role_from_job); or a shipped role id. Loaded on the client, where
    the files are."""
    if isinstance(spec, RoleProfile):
        return spec
    text = os.fspath(spec)
    if text.lower().endswith((".yaml", ".yml")):
        return load_role(text)
    if isinstance(spec, os.PathLike) or "/" in text or "\\" in text or Path(text).suffix:
        return role_from_job(Path(text))
    return load_role(text)  # an id; one not shipped is a RoleError naming those that are


def role_key(profile: RoleProfile) -> str:
    """A role's key on the workers: its id and a digest of its content."""
    return f"{profile.id}@{hashlib.sha256(profile.model_dump_json().encode()).hexdigest()[:16]}"


def score_frame(
    sources: str | os.PathLike | Iterable[str | os.PathLike] | dask.bag.Bag | dd.Series,
    roles: RoleSpec | Sequence[RoleSpec],
    *,
    client: distributed.Client | None = None,
    hours: float = DEFAULT_HOURS,
    limits: Limits = DEFAULT_LIMITS,
    files_per_partition: int | None = None,
    follow_symlinks: bool = False,
    report_json: bool = True,
) -> dd.DataFrame:
    """Every resume against every role, on a Dask cluster: one row per (resume, role).

    Columns: source (the path or URL read), role (id), score, tool_coverage, checks_failed
    (ATS checks that failed), one per item of the roles' union (its status; null where the
    row's role lacks the item), error and message (the AtsMatchError class and its line;
    null when scored), report_json (exactly `ats_match.score(file, role).to_json()`).

    `sources`: paths, globs, folders or fsspec URLs, listed by tasks on the cluster when
    this is called (a folder gives its resume files, not recursive; `**` globs recurse); or
    a dask Bag or Series of file paths/URLs, taken as they are. `roles`: role ids, profile
    files, job posting files, or RoleProfiles. `client`: the cluster's client (default: the
    current one). `files_per_partition`: by default about PARTITIONS_PER_THREAD partitions per
    worker thread, at most MAX_FILES_PER_PARTITION files each. `report_json=False` leaves that
    column null: the JSON is about 45 KB a row and a tenth of a PDF's scoring time.

    The frame is lazy: `.compute()`, `.to_parquet()` or `write_parquet()` score the files.
    Each file is read once, scored against every role, under `limits` on the worker; a bad
    file is a row with its error. The listings stay on the cluster: a `client.restart()`
    drops them, so call score_frame again after one.
    """
    client = client or distributed.get_client()
    specs = [roles] if isinstance(roles, (str, os.PathLike, RoleProfile)) else list(roles)
    profiles = [resolve_role(spec) for spec in specs]
    check_ids(profiles)
    keys = {role_key(profile): profile for profile in profiles}
    digest = hashlib.sha256("|".join(keys).encode()).hexdigest()[:16]
    client.register_plugin(RolesPlugin(keys), name=f"ats-match-roles-{digest}")
    meta = Schema.of(profiles).frame([])
    run = uuid.uuid4().hex
    common = (tuple(keys), hours, limits, report_json)
    if isinstance(sources, (dask.bag.Bag, dd.Series)):
        parts = sources.to_delayed()
    else:
        parts = _partitions(client, _as_list(sources), files_per_partition, follow_symlinks)
    tasks = [
        dask.delayed(score_partition, pure=False)(part, *common, ["ats-match", run, str(index)])
        for index, part in enumerate(parts)
    ]
    return dd.from_delayed(tasks, meta=meta, verify_meta=False)


def _as_list(sources: str | os.PathLike | Iterable[str | os.PathLike]) -> list[str]:
    items = [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)
    return [absolute(os.fspath(source)) for source in items]


def _partitions(
    client: distributed.Client, sources: list[str], size: int | None, follow_symlinks: bool
) -> list[distributed.Future]:
    """List the sources on the cluster (a task per PATTERNS_PER_LISTING of them), then cut
    each listing into partitions there; only the counts come back."""
    listings = [
        client.submit(expand, sources[start : start + PATTERNS_PER_LISTING], follow_symlinks, pure=False)
        for start in range(0, len(sources), PATTERNS_PER_LISTING)
    ]
    counts = client.gather(client.map(len, listings, pure=False))
    total = sum(counts)
    if not total:
        raise ResumeError("no resume files found (is the folder or pattern right?)")
    if size is None:
        threads = max(1, sum(client.nthreads().values()))
        size = max(1, min(MAX_FILES_PER_PARTITION, math.ceil(total / (PARTITIONS_PER_THREAD * threads))))
    return [
        client.submit(_slice, listing, start, start + size, pure=False)
        for listing, count in zip(listings, counts, strict=True)
        for start in range(0, count, size)
    ]


def _slice(files: list[str], start: int, stop: int) -> list[str]:
    return files[start:stop]


# Worker settings for scoring (bench/scale.py measured them on 2 cores): the statistical
# profiler sampled the scoring thread every 10 ms for about a fifth of its CPU time, and the
# event loops' housekeeping kept an idle 2-worker cluster at 9% of a core (2% with these).
# A cluster of your own takes them as DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False and so on.
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def local_cluster(workers: int) -> distributed.LocalCluster:
    """A cluster on this machine, set up for scoring: `workers` processes of one thread
    (scoring is Python that holds the GIL: threads would take turns), the dashboard on a
    free port, and WORKER_CONFIG."""
    with dask.config.set(WORKER_CONFIG):
        return distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
        )


def write_parquet(
    frame: dd.DataFrame, path: str, *, client: distributed.Client | None = None, progress: bool | None = None
) -> None:
    """Write the frame as a directory of Parquet files (part.N.parquet), each written by the
    worker that scored it; `path` must be where the workers can write (a shared disk, a
    bucket). `progress`: show Dask's progress bar (default: when stdout is a terminal)."""
    client = client or distributed.get_client()
    job = client.compute(frame.to_parquet(path, write_index=False, compute=False))
    if progress if progress is not None else sys.stdout.isatty():
        distributed.progress(job)
        print(file=sys.stdout)
    job.result()
