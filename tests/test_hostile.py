"""Hostile files: each is built here (hostile_fixtures.py) and refused with a clear
AtsMatchError, within loose bounds of time and memory; a batch holding them scores every
good file and reports every hostile one, in a worker pool and through the CLI."""

from __future__ import annotations

import functools
import json
import os
import socket
import subprocess
import sys
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ats_match
import docx_fixtures as dx
import hostile_fixtures as hf
import pdf_fixtures as px
from ats_match import LimitExceededError, Limits, read_resume
from ats_match.batch import score_many
from ats_match.errors import AtsMatchError, CorruptFileError
from ats_match.reading import DEFAULT_LIMITS
from ats_match.reading.pdf import guard as pdf_guard
from ats_match.reports.model import ScoreFailure
from helpers import EXAMPLES, MLE

MB = 1024 * 1024
SECONDS = 20  # loose bound for refusing one file: a refusal takes well under a second or two
PEAK = 80 * MB  # loose bound on what Python allocates while refusing one; each bomb inflates to 150 MB


@functools.cache
def built(name: str) -> bytes:
    return hf.HOSTILE[name][0]()


STRUCTURE = {"self-reference", "reference-cycle"}  # pdfminer loops on these; PDFium finds no text


def refused(data: bytes, limits: Limits = DEFAULT_LIMITS, engine: str = "auto") -> tuple[AtsMatchError, float, int]:
    """The error reading `data` raises, the seconds it took and the peak Python allocation."""
    tracemalloc.start()
    start = time.monotonic()
    try:
        with pytest.raises(AtsMatchError) as caught:
            read_resume(data, limits=limits, engine=engine)
        return caught.value, time.monotonic() - start, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _cases() -> list:
    """Each hostile file, and each PDF once per engine (check_pdf guards pdfminer,
    check_pdf_streams guards PDFium)."""
    cases = []
    for name, (_, file_name, _) in sorted(hf.HOSTILE.items()):
        for engine in ("pdfplumber", "pdfium") if file_name.endswith(".pdf") else ("auto",):
            cases.append(pytest.param(name, engine, id=f"{name}-{engine}"))
    return cases


@pytest.mark.parametrize(("name", "engine"), _cases())
def test_each_hostile_file_is_refused_clearly_within_bounds(name, engine):
    _, file_name, error = hf.HOSTILE[name]
    exc, seconds, peak = refused(built(name), engine=engine)
    if not (engine == "pdfium" and name in STRUCTURE):
        assert type(exc).__name__ == error, str(exc)
    assert str(exc).startswith("<bytes>: ") and len(str(exc).splitlines()) == 1
    assert seconds < SECONDS and peak < PEAK, (seconds, peak / MB)


@pytest.mark.parametrize(
    "name", sorted(n for n, (_, f, e) in hf.HOSTILE.items() if f.endswith(".pdf") and "Limit" in e)
)
def test_the_fast_stream_check_refuses_every_pdf_bomb(name):
    if name == "many-pages":  # a page count is the engine's to check; PDFium counts pages in C
        pdf_guard.check_pdf_streams(built(name), "x.pdf", DEFAULT_LIMITS)
        return
    with pytest.raises(LimitExceededError, match="inflate past the 100 MB limit"):
        pdf_guard.check_pdf_streams(built(name), "x.pdf", DEFAULT_LIMITS)


_FAST_CHECK_LIMITS = Limits(max_unzipped_bytes=400_000)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 300_000), st.sampled_from(["/FlateDecode", "[/AHx /Fl]", "/DCTDecode", "/RL", ""])),
        max_size=6,
    )
)
def test_the_fast_stream_check_refuses_exactly_what_inflating_every_stream_would(streams):
    """Bounds stand in for inflating where they can; the verdict must not change: refused
    exactly when the streams' decoded bytes add up past the limit."""
    objects, decoded = [hf.stream(hf.resume_content()), hf._FONT], 0
    for size, filters in streams:
        if filters == "/DCTDecode":  # counted as it is: an image codec does not expand
            data, out = b"\xff" * (size // 50), size // 50
        elif filters == "/RL":  # runs of 128 spaces, two bytes each
            data, out = b"\x81 " * (size // 128) + b"\x80", 128 * (size // 128)
        elif filters:
            data, out = zlib.compress(b" " * size), size
            data = data.hex().encode() + b">" if "AHx" in filters else data
        else:
            data, out = b"x" * (size // 50), 0  # plain bytes inflate to nothing more
        objects.append(hf.stream(data, b"/Filter %s " % filters.encode() if filters else b""))
        decoded += out
    pdf = hf.one_page_pdf(objects=objects)
    if decoded > _FAST_CHECK_LIMITS.max_unzipped_bytes:
        with pytest.raises(LimitExceededError):
            pdf_guard.check_pdf_streams(pdf, "x.pdf", _FAST_CHECK_LIMITS)
    else:
        pdf_guard.check_pdf_streams(pdf, "x.pdf", _FAST_CHECK_LIMITS)


def test_the_fast_stream_check_passes_real_pdfs_quickly():
    for build in (px.one_column, px.ligatures, px.links, px.scanned, lambda: px.encrypted(""), hf.good_pdf):
        start = time.monotonic()
        pdf_guard.check_pdf_streams(build(), "x.pdf", DEFAULT_LIMITS)
        assert time.monotonic() - start < 2


def test_a_lying_zip_part_would_inflate_inside_zipfile_without_the_guard():
    """Why check_zip inflates every part itself: zipfile inflates the whole stream in one
    call, truncating only afterwards to the size the headers declare."""
    data = built("lying-size")
    tracemalloc.start()
    try:
        with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
            document = archive.read("word/document.xml")  # what python-docx does
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert document.startswith(b"<?xml") and len(document) < 10_000  # a valid part, after all
    assert peak > 100 * MB


def test_limits_are_settable_and_checked_before_inflating():
    plain = dx.plain_resume()
    with pytest.raises(LimitExceededError, match="over the 10 KB limit"):
        read_resume(plain, limits=Limits(max_unzipped_bytes=10 * 1024))
    with pytest.raises(LimitExceededError, match="over the 5-part limit"):
        read_resume(plain, limits=Limits(max_zip_entries=5))
    with pytest.raises(LimitExceededError, match=r"inflates 10\d\d times, over the 500x limit"):
        read_resume(hf.zip_bomb_docx(2), limits=Limits(max_zip_ratio=500))
    assert read_resume(hf.zip_bomb_docx(2), limits=Limits(max_zip_ratio=5000)).kind == "docx"


def test_small_parts_may_compress_well_and_an_svg_doctype_is_no_entity_attack():
    blank = hf.with_parts(dx.plain_resume(), {"customXml/item1.xml": b" " * 500_000})  # ratio ~1000, under 1 MiB
    assert read_resume(blank).kind == "docx"
    assert "Python, SQL" in read_resume(hf.svg_picture_docx()).text


def test_a_zip_inside_the_docx_is_never_opened():
    start = time.monotonic()
    tracemalloc.start()
    try:
        document = read_resume(hf.nested_zip_docx())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "Python, SQL" in document.text
    assert time.monotonic() - start < SECONDS and peak < PEAK


# ---------------------------------------------------------------------------- XML entities, without the guard


@pytest.fixture
def without_zip_check(monkeypatch):
    """The reader with check_zip switched off: python-docx's own XML parser must still
    expand no entity, read no file and open no socket."""
    monkeypatch.setattr("ats_match.reading.docx.reader.check_zip", lambda data, source, limits: None)
    connections = []

    def refuse(self, address):
        connections.append(address)
        raise OSError("the test forbids the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return connections


def _text_or_error(data: bytes) -> str:
    try:
        return read_resume(data).text
    except AtsMatchError as exc:
        return str(exc)


def test_python_docx_does_not_resolve_external_entities(without_zip_check, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    for encoding in ("utf-8", "utf-16"):
        out = _text_or_error(hf.external_entity_docx(secret.as_uri(), encoding))
        assert "TOPSECRET" not in out
    out = _text_or_error(hf.external_entity_docx("http://127.0.0.1:9/resume.txt"))
    assert without_zip_check == [] and "resume.txt" not in out


def test_python_docx_does_not_expand_a_billion_laughs(without_zip_check):
    start = time.monotonic()
    out = _text_or_error(hf.billion_laughs_docx())
    assert "lollol" not in out and time.monotonic() - start < SECONDS


# ---------------------------------------------------------------------------- PDF structure and time


def test_page_limits_hold_for_real_pages_and_for_a_huge_page_tree():
    with pytest.raises(LimitExceededError, match="more than 30 pages"):
        read_resume(px.pages(31))
    assert read_resume(px.pages(3), limits=Limits(max_pages=3)).pages == 3
    exc, seconds, _ = refused(hf.many_pages_pdf(20_000))
    assert isinstance(exc, LimitExceededError) and seconds < SECONDS


@pytest.mark.parametrize("build", [hf.deep_nesting_pdf, hf.xref_loop_pdf, hf.page_tree_loop_pdf])
def test_deep_nesting_and_structural_loops_end_quickly(build):
    start = time.monotonic()
    try:
        document = read_resume(build())
    except AtsMatchError as exc:
        assert isinstance(exc, CorruptFileError)
    else:
        assert "Jane Doe" in document.text
    assert time.monotonic() - start < SECONDS


def test_the_hand_written_pdf_the_hostile_ones_vary_reads():
    assert "Deployed PyTorch models" in read_resume(hf.good_pdf()).text


def test_the_time_limit_is_checked_while_reading():
    for data in (px.pages(3), dx.plain_resume()):
        with pytest.raises(LimitExceededError, match=r"^<bytes>: took longer than 1e-09 s; stopped$"):
            read_resume(data, limits=Limits(timeout_seconds=1e-9))
    assert read_resume(px.pages(3), limits=Limits(timeout_seconds=None)).pages == 3


# ---------------------------------------------------------------------------- batches


def _folder(tmp_path: Path, slow: bool) -> tuple[Path, set[str], set[str]]:
    """Good resumes (text, PDF, DOCX) and hostile ones side by side: (folder, good, hostile)."""
    folder = tmp_path / "uploads"
    folder.mkdir()
    good = {"a_good.pdf": px.one_column(), "b_good.docx": dx.plain_resume(), "c_good.pdf": hf.good_pdf()}
    for path in EXAMPLES.glob("resume_*"):
        good[path.name] = path.read_bytes()
    hostile = {file_name: built(name) for name, (_, file_name, _) in hf.HOSTILE.items()}
    if slow:
        hostile["slow_page.pdf"] = hf.slow_page_pdf()
    for name, data in {**good, **hostile}.items():
        (folder / name).write_bytes(data)
    return folder, set(good), set(hostile)


@pytest.mark.slow
def test_a_batch_scores_every_good_file_and_reports_every_hostile_one(tmp_path):
    folder, good, hostile = _folder(tmp_path, slow=True)
    paths = ats_match.batch.expand_paths([folder])
    start = time.monotonic()
    results = score_many(paths, MLE, jobs=2, limits=Limits(timeout_seconds=3))
    elapsed = time.monotonic() - start
    by_name = {getattr(r, "source", None) or r.resume.source: r for r in results}
    assert [p.name for p in paths] == [getattr(r, "source", None) or r.resume.source for r in results]  # input order
    assert {n for n, r in by_name.items() if isinstance(r, ats_match.Report)} == good
    assert {n for n, r in by_name.items() if isinstance(r, ScoreFailure)} == hostile
    stopped = by_name["slow_page.pdf"]
    assert (stopped.error, stopped.message) == ("LimitExceededError", "slow_page.pdf: took longer than 3 s; stopped")
    for name, (_, file_name, error) in hf.HOSTILE.items():
        if name not in STRUCTURE:  # batches read PDFs with PDFium, which finds no text in these
            assert by_name[file_name].error == error, name
    assert elapsed < 120  # the slow page alone would read for about a minute


@pytest.mark.slow
def test_a_worker_that_dies_is_replaced_and_the_file_reported():
    example = EXAMPLES / "resume_ml_engineer.md"
    results = score_many([example, hf.CrashesWorker(), example, example], MLE, jobs=2)
    assert [type(r).__name__ for r in results] == ["Report", "ScoreFailure", "Report", "Report"]
    assert results[1].message == "crash.pdf: the reader stopped on this file (worker exit code 70)"


def test_a_batch_in_process_reports_the_hostile_files_too(tmp_path):
    folder, good, hostile = _folder(tmp_path, slow=False)
    results = score_many(ats_match.batch.expand_paths([folder]), MLE, jobs=1)
    assert {r.resume.source for r in results if isinstance(r, ats_match.Report)} == good
    assert {r.source for r in results if isinstance(r, ScoreFailure)} == hostile


@pytest.mark.slow
def test_the_cli_scores_a_folder_of_hostile_and_good_files(tmp_path):
    help_text = subprocess.run(
        [sys.executable, "-m", "ats_match", "score", "--help"], capture_output=True, text=True, check=True
    ).stdout
    timeout = "--timeout" in help_text  # once the CLI has --timeout, the slow page joins the folder
    folder, good, hostile = _folder(tmp_path, slow=timeout)
    command = [sys.executable, "-m", "ats_match", "score", str(folder), "--role", MLE, "--format", "jsonl", "-j", "2"]
    run = subprocess.run(
        command + (["--timeout", "3"] if timeout else []),
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ | {"NO_COLOR": "1"},
    )
    assert run.returncode == 1  # bad input among the files; the good ones are still scored
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert {r["resume"]["source"] for r in rows if "score" in r} == good
    assert {r["source"] for r in rows if "error" in r} == hostile
    assert all(f"{name}: " in run.stderr for name in hostile)
    assert "Traceback" not in run.stderr


# ---------------------------------------------------------------------------- found by tools/fuzz.py


def test_a_zip_of_an_unknown_version_is_a_corrupt_file():
    data = bytearray(dx.plain_resume())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 84  # "needs zip version 8.4": zipfile raises NotImplementedError
    with pytest.raises(CorruptFileError, match="damaged"):
        read_resume(bytes(data))


def test_long_words_and_blank_runs_do_not_stall_reading_or_scoring():
    """A damaged PDF gave a 200 000-character line of "[[[...]]]"; spaCy's tokenizer took
    hours on it (it strips marks one at a time, searching the whole word each time). A long
    word stalled the address pattern of links.py, a long blank run the bullet pattern of
    normalize.py (each tried again from every position): 8 minutes for 250 000 characters."""
    start = time.monotonic()
    long_ones = ("[" * 100_000 + "]" * 100_000, "a)" * 100_000, "x" * 250_000, " " * 250_000 + "SQL", " •" * 100_000)
    for text in ("Python\n" + one for one in long_ones):
        report = ats_match.score(ats_match.read_text(text), MLE)
        assert report.item("python").status != "missing"
    assert time.monotonic() - start < 3 * SECONDS


def test_text_beyond_any_resume_is_refused():
    with pytest.raises(LimitExceededError, match="characters of text, over the 300,000 limit"):
        ats_match.read_text("Python SQL Docker\n" * 20_000)


def test_a_lone_surrogate_in_text_is_replaced_not_fatal():
    report = ats_match.score(ats_match.read_text("Python \ud800 and Docker"), MLE)
    report.to_json().encode("utf-8")


def test_broken_ascii85_before_flate_is_counted_not_fatal():
    data = hf.one_page_pdf(objects=[hf.stream(b"\x00\xff not ascii85", b"/Filter [/A85 /Fl] "), hf._FONT])
    pdf_guard.check_pdf(data, "x.pdf", DEFAULT_LIMITS)
    pdf_guard.check_pdf_streams(data, "x.pdf", DEFAULT_LIMITS)
