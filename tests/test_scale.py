"""ats_match.scale on a real Dask cluster (issue 20): every file x role row is what
ats_match.score gives for it, bad files are rows with their error, the roles reach each
worker once, the limits hold on the workers, a killed worker loses nothing, and a file
that kills its worker twice becomes an error row. One LocalCluster per test module and
process (pytest-xdist), two worker processes of one thread, on loopback."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")
pytest.importorskip("fsspec")

import dask.bag  # noqa: E402
import pandas as pd  # noqa: E402
from fsspec.spec import AbstractFileSystem  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

import ats_match  # noqa: E402
import docx_fixtures as dx  # noqa: E402
import hostile_fixtures as hf  # noqa: E402
import pdf_fixtures as pf  # noqa: E402
from ats_match.cli import app  # noqa: E402
from ats_match.scale import Schema, score_frame, write_parquet  # noqa: E402
from ats_match.scale.worker import Overrun, thread_deadline  # noqa: E402
from helpers import EXAMPLES, MLE, corpus_dir  # noqa: E402

pytestmark = pytest.mark.slow  # a cluster of worker processes per module and test process
DS = "data-scientist"
POSTING = EXAMPLES / "postings" / "ml_engineer.md"
WAIT = 240  # seconds: no test here waits longer for the cluster


def _cluster_client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.wait_for_workers(2, timeout=WAIT)
        yield client


@pytest.fixture(scope="module")
def client():
    yield from _cluster_client()


@pytest.fixture
def own_client():
    """A cluster of its own, for a test that kills workers: how soon the nanny brings one
    back is no other test's concern (on a loaded machine one took over 240 s)."""
    yield from _cluster_client()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    """Generated resumes of every kind, and hostile and broken files among them."""
    folder = tmp_path_factory.mktemp("resumes")
    made = {
        "one_column.pdf": pf.one_column(),
        "two_column.pdf": pf.two_column(),
        "sidebar.pdf": pf.sidebar(),
        "three_pages.pdf": pf.pages(3),
        "scanned.pdf": pf.scanned(),
        "plain.docx": dx.plain_resume(),
        "table.docx": dx.skills_table_resume(),
        "text.txt": (EXAMPLES / "resume_data_analyst.txt").read_bytes(),
        "notes.md": (EXAMPLES / "resume_ml_engineer.md").read_bytes(),
        "empty.txt": b"",
        "corrupt.pdf": pf.one_column()[:400],
        "encrypted.pdf": pf.encrypted("secret"),
        "zip_bomb.docx": hf.zip_bomb_docx(),
        "photo.pdf": b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
    }
    for name, data in made.items():
        (folder / name).write_bytes(data)
    (folder / "not_a_resume.csv").write_text("a,b\n")  # a folder lists resume files only
    return folder


def expected(path: Path, role, limits: ats_match.Limits | None = None) -> tuple:
    """What ats_match.score says about one file: its report's JSON, or its error."""
    try:
        return ("report", ats_match.score(path, role, limits=limits or ats_match.Limits()).to_json())
    except ats_match.AtsMatchError as exc:
        return (type(exc).__name__, str(exc))


def got(row) -> tuple:
    return ("report", row.report_json) if pd.isna(row.error) else (row.error, row.message)


def compute(client, frame) -> pd.DataFrame:
    """The frame's rows, waiting at most WAIT seconds."""
    return client.compute(frame).result(timeout=WAIT)


def held_roles() -> list[str]:
    """Run on a worker: the keys of the roles it holds."""
    from ats_match.scale import worker

    return sorted(worker.ROLES)


def by_row(frame: pd.DataFrame) -> dict[tuple[str, str], object]:
    """Rows by (source, role); a file listed twice has two equal rows."""
    assert not frame.astype(str).drop_duplicates().duplicated(["source", "role"]).any()
    return {(row.source, row.role): row for row in frame.itertuples(index=False)}


# ---------------------------------------------------------------------------- without a cluster


def test_the_default_install_never_imports_dask():
    code = (
        "import sys, ats_match, ats_match.cli; "
        "ats_match.score(b'Skills\\nPython, SQL, PyTorch', 'machine-learning-engineer'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'fsspec', 'pyarrow')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_without_dask_scale_is_an_import_error_naming_the_extra():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('dask', 'distributed'):\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import ats_match\n"
        "try:\n"
        "    import ats_match.scale\n"
        "except ImportError as exc:\n"
        "    print(type(exc).__name__, isinstance(exc, ats_match.AtsMatchError), exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("ImportError False ") and "pip install 'ats-match[dask]'" in out


def test_thread_deadline_stops_python_in_a_worker_thread():
    outcome: list[str] = []

    def busy() -> None:
        start = time.monotonic()
        try:
            with thread_deadline(0.1, "busy.pdf"):
                while time.monotonic() - start < 30:
                    pass
            outcome.append("ran on")
        except Overrun:
            outcome.append(f"stopped after {time.monotonic() - start:.1f} s")

    thread = threading.Thread(target=busy)
    thread.start()
    thread.join(10)
    assert outcome and outcome[0].startswith("stopped"), outcome


def test_thread_deadline_leaves_no_exception_behind():
    """Blocks that end before their limit, many times over: no Overrun lands afterwards."""
    failures: list[BaseException] = []

    def many() -> None:
        try:
            for _ in range(200):
                with thread_deadline(0.001, "quick.txt"):
                    pass
            time.sleep(1.5)  # past the limit and its grace: a stray timer would have fired
        except BaseException as exc:  # noqa: BLE001 - what the test is looking for
            failures.append(exc)

    thread = threading.Thread(target=many)
    thread.start()
    thread.join(10)
    assert not failures


def test_a_row_per_report_and_per_failure():
    mle, ds = ats_match.load_role(MLE), ats_match.load_role(DS)
    schema = Schema.of([mle, ds])
    ids = [item.id for item in mle.items] + [item.id for item in ds.items if item.id not in {i.id for i in mle.items}]
    assert schema.columns[5:-3] == ids
    report = ats_match.score(EXAMPLES / "resume_ml_engineer.md", mle)
    failure = ats_match.ScoreFailure("x.pdf", "CorruptFileError", "x.pdf: broken")
    frame = schema.frame([schema.row("a.md", MLE, report), schema.row("x.pdf", DS, failure)])
    first, second = frame.iloc[0], frame.iloc[1]
    assert first.score == report.score and first.report_json == report.to_json() and pd.isna(first.error)
    assert all(first[i.id] == report.item(i.id).status for i in mle.items)
    assert all(pd.isna(first[i]) for i in ids if i not in {item.id for item in mle.items})
    assert second.error == "CorruptFileError" and second.message == "x.pdf: broken" and pd.isna(second.score)
    assert schema.frame([]).dtypes.equals(frame.dtypes)


# ---------------------------------------------------------------------------- on the cluster


def test_every_file_and_role_as_score_gives_it(client, files):
    """Generated files, hostile ones among them, a folder, a glob, a missing file; two
    shipped roles and a job posting."""
    sources = [str(files), str(files / "*.md"), str(files / "missing.pdf")]
    frame = score_frame(sources, [MLE, DS, POSTING], client=client)
    table = compute(client, frame)
    rows = by_row(table)
    paths = sorted(p for p in files.iterdir() if p.suffix != ".csv") + [files / "notes.md", files / "missing.pdf"]
    posting = ats_match.role_from_job(POSTING)
    assert len(table) == len(paths) * 3
    assert list(table.source) == [str(p) for p in paths for _ in range(3)]  # file by file, role by role
    for path in dict.fromkeys(paths):
        for role in (MLE, DS, posting):
            role_id = role if isinstance(role, str) else role.id
            assert got(rows[str(path), role_id]) == expected(path, role), (path.name, role_id)
    errors = {Path(row.source).name: row.error for row in table.itertuples() if not pd.isna(row.error)}
    assert errors == {
        "corrupt.pdf": "CorruptFileError",
        "empty.txt": "EmptyResumeError",
        "encrypted.pdf": "EncryptedFileError",
        "zip_bomb.docx": "LimitExceededError",
        "photo.pdf": "UnsupportedFormatError",
        "scanned.pdf": "NoTextLayerError",
        "missing.pdf": "ResumeError",
    }
    scored = table[table.error.isna()]
    assert scored.score.notna().all() and scored.checks_failed.notna().all()
    assert (scored[scored.role == MLE]["cloud-ml"].notna()).all()
    ds_only = [
        i.id for i in ats_match.load_role(DS).items if i.id not in {j.id for j in ats_match.load_role(MLE).items}
    ]
    assert ds_only and scored[scored.role == MLE][ds_only].isna().all().all()


def test_urls_are_read_through_fsspec_on_the_workers(client, files, tmp_path):
    """A zip archive opened by fsspec on each worker (zip://...::file://...): the bytes path
    of reading, the glob listed inside the archive, the report under the file's own name."""
    archive = tmp_path / "resumes.zip"
    names = ["one_column.pdf", "plain.docx", "text.txt", "corrupt.pdf"]
    with zipfile.ZipFile(archive, "w") as out:
        for name in names:
            out.write(files / name, f"batch/{name}")
    sources = [f"zip://batch/*.pdf::file://{archive}", f"zip://batch/plain.docx::file://{archive}"]
    sources += [f"zip://batch/text.txt::file://{archive}", f"zip://batch/gone.pdf::file://{archive}"]
    table = compute(client, score_frame(sources, MLE, client=client))
    results = {row.source.split("::")[0]: got(row) for row in table.itertuples()}
    assert list(results) == [
        f"zip://batch/{n}" for n in ("corrupt.pdf", "one_column.pdf", "plain.docx", "text.txt")
    ] + ["zip://batch/gone.pdf"]
    for name in names:
        assert results[f"zip://batch/{name}"] == expected(files / name, MLE), name
    assert results["zip://batch/gone.pdf"] == ("ResumeError", "gone.pdf: file not found")


def test_bags_and_series_of_paths_give_the_same_rows(client, files):
    paths = [str(files / name) for name in ("one_column.pdf", "plain.docx", "text.txt", "empty.txt", "sidebar.pdf")]
    listed = compute(client, score_frame(paths, [MLE, DS], client=client)).reset_index(drop=True)
    bag = compute(client, score_frame(dask.bag.from_sequence(paths, npartitions=2), [MLE, DS], client=client))
    series = dd.from_pandas(pd.Series(paths), npartitions=3)
    from_series = compute(client, score_frame(series, [MLE, DS], client=client))
    pd.testing.assert_frame_equal(bag.reset_index(drop=True), listed)
    pd.testing.assert_frame_equal(from_series.reset_index(drop=True), listed)


def test_roles_reach_each_worker_once_and_tasks_carry_only_their_keys(client, files):
    frame = score_frame([str(files / "text.txt")] * 8, [MLE, POSTING], client=client, files_per_partition=2)
    assert frame.npartitions == 4
    graph = dict(frame.__dask_graph__())
    assert graph
    for task in graph.values():
        blob = pickle.dumps(task)
        assert b"RoleProfile" not in blob and b"interview" not in blob  # no profile inside a task
    held = client.run(held_roles)
    assert len(held) == 2
    for keys in held.values():
        assert any(k.startswith(f"{MLE}@") for k in keys)
        assert any(k.startswith("machine-learning-engineer-delivery-intelligence@") for k in keys)
    assert compute(client, frame).error.isna().all()


def test_limits_hold_on_the_workers(client, files):
    """Pages, size and time, each as ats_match.score applies it to the same file."""
    for limits in (
        ats_match.Limits(max_pages=2),
        ats_match.Limits(max_bytes=2000),
        ats_match.Limits(timeout_seconds=0.000001),
    ):
        table = score_frame(
            [str(files / "three_pages.pdf"), str(files / "text.txt")], MLE, client=client, limits=limits
        )
        rows = list(compute(client, table).itertuples())
        first = got(rows[0])
        assert first[0] == "LimitExceededError"
        assert first == expected(files / "three_pages.pdf", MLE, limits)
        if limits.max_pages == 2:
            assert got(rows[1]) == expected(files / "text.txt", MLE, limits)


def test_a_page_that_reads_for_seconds_is_stopped_on_the_worker(client, tmp_path):
    """One slow page, where the readers' check between pages never runs: stopped in the
    worker's thread at the limit (plus its grace), with score_many's message."""
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(hf.slow_page_pdf(600_000))  # about 20 s to read whole on 2 idle cores
    limits = ats_match.Limits(timeout_seconds=0.5)
    pdf = pf.one_column()
    client.run(lambda: ats_match.score(pdf, MLE).score)  # both workers warm: readers imported, matcher built
    start = time.monotonic()
    (row,) = compute(client, score_frame([str(slow)], MLE, client=client, limits=limits)).itertuples()
    assert time.monotonic() - start < 10  # stopped at about 2 s; the bound leaves room for a busy machine
    (failure,) = ats_match.score_many([slow], MLE, limits=limits)
    assert (
        got(row)
        == ("LimitExceededError", failure.message)
        == ("LimitExceededError", "slow.pdf: took longer than 0.5 s; stopped")
    )


def test_no_files_and_bad_roles_are_errors_on_the_client(client, files):
    with pytest.raises(ats_match.ResumeError, match="no resume files found"):
        score_frame([str(files / "*.nothing")], MLE, client=client)
    with pytest.raises(ats_match.RoleError, match="unknown role 'astronaut'"):
        score_frame([str(files)], "astronaut", client=client)
    with pytest.raises(ats_match.RoleError, match="same id"):
        score_frame([str(files)], [MLE, MLE], client=client)


def test_parquet_from_the_workers_reads_in_pandas_and_duckdb(client, files, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    frame = score_frame([str(files)], [MLE, POSTING], client=client)
    out = tmp_path / "scores.parquet"
    write_parquet(frame, str(out), client=client, progress=False)
    parts = sorted(p.name for p in out.iterdir())
    assert len(parts) == frame.npartitions and all(p.startswith("part.") for p in parts)
    back = pd.read_parquet(out)
    table = compute(client, frame)
    key = ["source", "role"]
    pd.testing.assert_frame_equal(
        back.sort_values(key).reset_index(drop=True), table.sort_values(key).reset_index(drop=True)
    )
    schema = pq.read_schema(next(out.iterdir()))
    assert schema.names == Schema.of([ats_match.load_role(MLE), ats_match.role_from_job(POSTING)]).columns
    # Types every reader maps (Spark included): strings, doubles, 64-bit ints; no index column.
    assert {str(t) for t in schema.types} <= {str(pa.string()), str(pa.large_string()), "double", "int64"}
    duckdb = pytest.importorskip("duckdb")
    counted = duckdb.sql(
        f"select role, count(*), count(error), max(score) from read_parquet('{out}/*.parquet') group by role order by role"
    ).fetchall()
    expected_counts = table.groupby("role").agg(n=("source", "size"), e=("error", "count"), s=("score", "max"))
    assert [(r, n, e, pytest.approx(s)) for r, n, e, s in counted] == [
        (role, row.n, row.e, row.s) for role, row in expected_counts.sort_index().iterrows()
    ]
    (report,) = duckdb.sql(
        f"select report_json from read_parquet('{out}/*.parquet') where error is null limit 1"
    ).fetchall()[0]
    assert json.loads(report)["role"]["id"] in (MLE, "machine-learning-engineer-delivery-intelligence")


# ---------------------------------------------------------------------------- the command


runner = CliRunner()


def test_cli_parquet_here_with_two_roles(files, tmp_path):
    out = tmp_path / "scores.parquet"
    args = ["score", str(files / "text.txt"), str(files / "corrupt.pdf"), "-r", MLE, "-r", DS]
    result = runner.invoke(app, [*args, "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 1, result.output  # a file could not be scored: said, and in its rows
    assert "corrupt.pdf" in result.stderr
    table = pd.read_parquet(out)
    assert list(zip(table.source.map(lambda s: Path(s).name), table.role, strict=True)) == [
        ("text.txt", MLE),
        ("text.txt", DS),
        ("corrupt.pdf", MLE),
        ("corrupt.pdf", DS),
    ]
    assert got(next(table.itertuples())) == expected(files / "text.txt", MLE)
    assert got(table.iloc[[3]].itertuples().__next__()) == expected(files / "corrupt.pdf", DS)


def test_cli_usage_errors(files, tmp_path):
    text = str(files / "text.txt")
    for args in (
        [text, "-r", MLE, "-r", DS, "--format", "json"],  # several roles: parquet only
        [text, "-r", MLE, "--scheduler", "local"],  # a cluster writes parquet
        [text, "-r", MLE, "--format", "parquet"],  # no -o
        [text, "-r", MLE, "--format", "parquet", "-o", str(tmp_path / "x"), "--min-score", "50"],
        ["-", "-r", MLE, "--scheduler", "local", "--format", "parquet", "-o", str(tmp_path / "y")],
    ):
        result = runner.invoke(app, ["score", *args])
        assert result.exit_code == 2, (args, result.output)
    assert runner.invoke(app, ["score", text, "-r", MLE, "--format", "json"]).exit_code == 0


def test_cli_on_a_running_scheduler(client, files, tmp_path):
    """`--scheduler tcp://...`: the workers list the folder and write the parts."""
    out = tmp_path / "scores"
    address = client.scheduler.address
    args = ["score", str(files / "*.docx"), str(files / "text.txt"), "-r", MLE, "--job", str(POSTING)]
    result = runner.invoke(app, [*args, "--scheduler", address, "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 1, result.output  # the zip bomb is a row with its error
    assert "4 resume(s) x 2 role(s) written" in result.stderr and "2 row(s) could not be scored" in result.stderr
    table = pd.read_parquet(out)
    posting = ats_match.role_from_job(POSTING)
    for row in table.itertuples():
        role = MLE if row.role == MLE else posting
        assert got(row) == expected(Path(row.source), role)
    again = runner.invoke(app, [*args, "--scheduler", address, "--format", "parquet", "-o", str(out)])
    assert again.exit_code == 1 and "already exists" in again.stderr


def test_cli_starts_a_local_cluster(files, tmp_path):
    out = tmp_path / "scores"
    args = ["score", str(files / "text.txt"), str(files / "plain.docx"), "-r", MLE, "--scheduler", "local", "-j", "1"]
    result = subprocess.run(
        [sys.executable, "-m", "ats_match", *args, "--format", "parquet", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert result.returncode == 0, result.stderr
    assert len(pd.read_parquet(out)) == 2


# ---------------------------------------------------------------------------- workers that die


def _worker_pids(client) -> dict[str, int]:
    return client.run(os.getpid)


def test_a_worker_killed_mid_run_loses_nothing(own_client, files, tmp_path):
    """SIGKILL one worker while it scores: its partition runs again elsewhere, every row is there."""
    paths = [files / name for name in ("one_column.pdf", "two_column.pdf", "sidebar.pdf", "three_pages.pdf")] * 6
    folder = tmp_path / "many"
    folder.mkdir()
    for index, path in enumerate(paths):
        (folder / f"{index:02d}_{path.name}").write_bytes(path.read_bytes())
    client = own_client
    frame = score_frame([str(folder)], [MLE, DS], client=client, files_per_partition=3)
    job = client.compute(frame)
    deadline = time.monotonic() + 60
    while not any(client.processing().values()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    busy = [address for address, keys in client.processing().items() if keys]
    assert busy, "nothing ran"
    os.kill(_worker_pids(client)[busy[0]], signal.SIGKILL)
    table = job.result(timeout=WAIT)
    assert len(table) == len(paths) * 2 and table.error.isna().all()
    for row in table.itertuples():
        assert got(row) == expected(Path(row.source), row.role)


class CrashFileSystem(AbstractFileSystem):
    """Files that end the process reading them, as a crash in a C parser or the kernel's
    OOM killer would (hostile_fixtures.CrashesWorker's counterpart for a cluster)."""

    protocol = "crash"

    def info(self, path, **kwargs):
        return {"name": path, "size": 100, "type": "file"}

    def _open(self, path, mode="rb", **kwargs):
        os._exit(70)


class CrashPlugin(distributed.WorkerPlugin):
    """Registers crash:// on every worker, the restarted ones included."""

    def setup(self, worker) -> None:
        import fsspec

        fsspec.register_implementation("crash", CrashFileSystem, clobber=True)


def test_a_file_that_kills_its_worker_twice_becomes_an_error_row(own_client, files):
    client = own_client
    client.register_plugin(CrashPlugin(), name="crash-filesystem")
    try:
        good = [str(files / "one_column.pdf"), str(files / "text.txt")]
        sources = [good[0], "crash://uploads/boom.pdf", good[1]]
        table = compute(client, score_frame(sources, [MLE, DS], client=client, files_per_partition=10))
    finally:
        client.unregister_worker_plugin("crash-filesystem")
    assert list(table.source) == [s for s in sources for _ in (MLE, DS)]
    crashed = table[table.source == sources[1]]
    assert (crashed.error == "ResumeError").all()
    assert crashed.message.str.startswith("boom.pdf: the worker scoring this file died twice").all()
    for row in table[table.source != sources[1]].itertuples():
        assert got(row) == expected(Path(row.source), row.role)


# ---------------------------------------------------------------------------- real resumes


def test_the_shared_corpus_as_score_gives_it(client):
    corpus = corpus_dir()
    if corpus is None or not (corpus / "pdf").is_dir():
        pytest.skip("the shared corpus is not on this machine")
    sources = [str(corpus / "pdf" / "*.pdf"), str(corpus / "docx")]
    table = compute(client, score_frame(sources, [MLE, DS], client=client))
    paths = sorted((corpus / "pdf").glob("*.pdf")) + sorted(
        p for p in (corpus / "docx").iterdir() if p.suffix.lower() in (".docx", ".pdf", ".txt", ".md")
    )
    assert len(table) == 2 * len(paths) and len(paths) > 10
    rows = by_row(table)
    for path in paths:
        for role in (MLE, DS):
            assert got(rows[str(path), role]) == expected(path, role), (path.name, role)
