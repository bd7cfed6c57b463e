"""`ats-match score ... --format parquet`: one row per (resume, role) in a Parquet table,
the columns of ats_match.scale (source, role, score, ..., report_json).

Without --scheduler the files are scored here, as any batch (--jobs worker processes), and
written as one Parquet file. With --scheduler tcp://HOST:8786 (or `local`, a LocalCluster
of --jobs workers on this machine) they are listed, read, scored and written by the Dask
workers: the output is then a directory of Parquet files (part.N.parquet) at a path or URL
the workers can write to. Both need the `dask` extra: pip install 'ats-match[dask]'.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import typer

from ..errors import AtsMatchError
from ..reading import Limits
from ..reports.safe import visible
from ..roles import RoleProfile, load_role
from .io import STDIN, STDIN_NAME, error, fail, note, posting_role, resume_sources, usage, with_progress, write_whole

if TYPE_CHECKING:
    import pandas as pd

LOCAL = "local"


def score_to_parquet(
    files: list[str],
    roles: list[str],
    postings: list[str],
    title: str | None,
    output: str | None,
    scheduler: str | None,
    format: str,
    jobs: int,
    hours: float,
    limits: Limits,
    follow_symlinks: bool,
    ignored: dict[str, bool],
) -> None:
    """The parquet and cluster path of `ats-match score` (score.py hands over here). Exit 1
    when a file could not be scored (its rows say why; the table is written all the same),
    as for any batch."""
    if format != "parquet":
        usage("--scheduler writes a Parquet table: add --format parquet")
    if output is None or output in (STDIN, "/dev/stdout"):
        usage("--format parquet writes a table: give the file (or, with --scheduler, the folder) with -o/--output")
    if not roles and not postings:
        usage("give --role or --job (repeat either for several)")
    if title is not None and len(postings) > 1:
        usage("--title names one posting's title; with several --job each posting gives its own")
    if files.count(STDIN) + postings.count(STDIN) > 1:
        usage("standard input (-) can be read once: for the resume or for the posting")
    if scheduler is not None and STDIN in files:
        usage("standard input (-) cannot be sent to a cluster; save it as a file")
    for option, given in ignored.items():
        if given:
            usage(f"{option} does not apply to --format parquet")
    try:
        from .. import scale
    except ImportError as exc:
        fail(str(exc))
    try:
        profiles = [load_role(role) for role in roles] + [posting_role(job, title) for job in postings]
        scale.check_ids(profiles)
    except AtsMatchError as exc:
        fail(exc)
    if scheduler is None:
        failed = _score_here(scale, files, profiles, output, jobs, hours, limits, follow_symlinks)
    else:
        failed = _score_on_cluster(scale, files, profiles, output, scheduler, jobs, hours, limits, follow_symlinks)
    if failed:
        raise typer.Exit(1)


def _score_here(
    scale: ModuleType,
    files: list[str],
    profiles: list[RoleProfile],
    output: str,
    jobs: int,
    hours: float,
    limits: Limits,
    follow_symlinks: bool,
) -> int:
    """Score here (--jobs worker processes), role by role; write one Parquet file whole."""
    from ..batch import iter_scores

    sources = resume_sources([Path(f) for f in files], limits, follow_symlinks=follow_symlinks)
    if not sources:
        fail("no resume files found")
    piped = {index: source.getvalue() for index, source in enumerate(sources) if not isinstance(source, Path)}
    names = [str(source) if isinstance(source, Path) else STDIN_NAME for source in sources]
    by_role = []
    for profile in profiles:
        batch = [_named(piped[i], STDIN_NAME) if i in piped else source for i, source in enumerate(sources)]
        scores = iter_scores(batch, profile, jobs=jobs, hours=hours, limits=limits)
        by_role.append(list(with_progress(scores, len(batch))))
    schema = scale.Schema.of(profiles)
    rows = [
        schema.row(name, profile.id, results[index])
        for index, name in enumerate(names)
        for profile, results in zip(profiles, by_role, strict=True)
    ]
    _write_whole(schema.frame(rows), Path(output))
    failures = [row["message"] for row in rows if row.get("error")]
    for message in dict.fromkeys(failures):
        error(message)
    return len(failures)


def _named(data: bytes, name: str) -> io.BytesIO:
    """Standard input, read once, as a fresh stream for each role."""
    stream = io.BytesIO(data)
    stream.name = name  # type: ignore[attr-defined]
    return stream


def _write_whole(frame: pd.DataFrame, output: Path) -> None:
    """One Parquet file, written whole: never a partial table."""
    write_whole(output, lambda path: frame.to_parquet(path, index=False), " (a folder of parts needs --scheduler)")


def _score_on_cluster(
    scale: ModuleType,
    files: list[str],
    profiles: list[RoleProfile],
    output: str,
    scheduler: str,
    jobs: int,
    hours: float,
    limits: Limits,
    follow_symlinks: bool,
) -> int:
    """List, read, score and write on the Dask workers; here only counts come back."""
    import dask
    import distributed
    from fsspec.core import url_to_fs

    target = os.path.abspath(output) if "://" not in output and "::" not in output else output
    fs, path = url_to_fs(target)
    if fs.exists(path) and (not fs.isdir(path) or fs.ls(path)):
        fail(f"{visible(output)}: already exists; give a new path, or remove it first")
    cluster = None
    try:
        if scheduler == LOCAL:
            cluster = scale.local_cluster(jobs or os.cpu_count() or 1)
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        fail(f"cannot reach the Dask scheduler at {visible(scheduler)} ({type(exc).__name__})")
    try:
        frame = scale.score_frame(
            files, profiles, client=client, hours=hours, limits=limits, follow_symlinks=follow_symlinks
        )
        scale.write_parquet(frame, target, client=client)
        column = dask.dataframe.read_parquet(target, columns=["error"])["error"]
        rows, failed = client.compute([column.size, column.count()], sync=True)
    except AtsMatchError as exc:
        fail(exc)
    except OSError as exc:  # the workers could not write there
        fail(f"{visible(output)}: cannot write it ({exc.strerror or type(exc).__name__})")
    except KeyboardInterrupt:
        error(f"interrupted; {visible(output)} may hold some of the parts")
        raise typer.Exit(130) from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    note(
        f"{rows // len(profiles)} resume(s) x {len(profiles)} role(s) written to {visible(output)}"
        + (f"; {failed} row(s) could not be scored (see their error and message columns)" if failed else "")
    )
    return failed
