"""What a stranger's file can do around the reader (issue 18): to the terminal, the
spreadsheet, output paths and the process. Each test is named after the case it guards."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ats_match
from ats_match.cli import app
from ats_match.reading import hard_deadline
from ats_match.reports.safe import csv_cell, visible
from helpers import EXAMPLES, MLE

runner = CliRunner(env={"COLUMNS": "400"})  # wide: a value is never wrapped across table lines
WIDE = {**os.environ, "COLUMNS": "400"}
RESUME = (EXAMPLES / "resume_data_analyst.txt").read_text(encoding="utf-8")
NAMELESS = "jane@example.com | +1 555 123 4567\nExperience\nAnalyst, Acme (Jan 2020 - Present)\nSkills\nPython\n"
MARKUP_LINE = "[/] Curriculum [bold] [link=javascript:alert(1)]x"  # quoted by the name check


def surrogate_pdf() -> bytes:
    """One page whose font maps "A" to U+D800 (a lone surrogate) through its ToUnicode CMap."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def "
        b"/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <D800> "
        b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = b"BT /F1 12 Tf 72 720 Td (Skills: Python, SQL A) Tj 0 -20 Td (Jane Doe jane@example.com) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# ---------------------------------------------------------------- 1. rich markup


@pytest.mark.parametrize("command", ["score", "check"])
def test_rich_markup_in_a_resume_line_is_shown_as_written(tmp_path, command):
    path = tmp_path / "cv.txt"
    path.write_text(MARKUP_LINE + "\n" + NAMELESS, encoding="utf-8")
    args = [command, str(path)] + (["--role", MLE] if command == "score" else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "MarkupError" not in result.output
    assert MARKUP_LINE in result.output  # shown as written, so [link=...] never became a hyperlink


def test_rich_markup_in_a_file_name_is_shown_as_written(tmp_path):
    path = tmp_path / "[bold]cv[red].txt"  # a name cannot hold "/": the markup crash case is in the text
    path.write_text(RESUME, encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--role", MLE])
    assert result.exit_code == 0, result.output
    assert "[bold]cv[red].txt" in result.output


def test_rich_markup_in_a_posting_title_is_shown_as_written(tmp_path):
    posting = tmp_path / "job.md"
    posting.write_text("# Data Engineer [/] [bold]\n\nRequirements:\n- Python\n- SQL\n- Airflow\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(EXAMPLES / "resume_data_analyst.txt"), "--job", str(posting)])
    assert result.exit_code == 0, result.output
    assert "Data Engineer [/] [bold]" in result.output


def test_redacted_masks_show_in_the_table():
    """Issue 19: `[email]` was read as markup and the table showed `email: ''`."""
    result = runner.invoke(app, ["score", str(EXAMPLES / "resume_ml_engineer.md"), "--role", MLE, "--redact"])
    assert result.exit_code == 0, result.output
    assert "[email]" in result.output or "[phone]" in result.output
    assert "priya.raman@example.com" not in result.output


# ---------------------------------------------------------------- 2. CSV formulas


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_formula_in_a_file_name_is_neutralised(tmp_path, start):
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / f"{start}HYPERLINK(1).txt").write_text(RESUME, encoding="utf-8")
    (folder / f"{start}cmd.txt").write_bytes(b"")  # fails: its error message starts with the name too
    result = runner.invoke(app, ["score", str(folder), "--role", MLE, "--format", "csv"])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    cells = [c for row in rows[1:] for c in row if c]
    assert len(rows) == 3 and cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r")) and not _number(c)]
    assert any(c.startswith("'" + start) for c in cells)


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_csv_cell_keeps_numbers_and_plain_text():
    assert csv_cell(12.5) == 12.5 and csv_cell("cv.pdf") == "cv.pdf"
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("\tx") == " x" and csv_cell("-2") == "'-2"


# ---------------------------------------------------------------- 3. control characters


def test_control_characters_in_file_names_are_escaped_on_stdout_and_stderr(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "a\x1b]0;pwned\x07.txt").write_text(RESUME, encoding="utf-8")
    (folder / "b\nats-match: error: forged.txt").write_bytes(b"")
    run = subprocess.run(
        [sys.executable, "-m", "ats_match", "score", str(folder), "--role", MLE],
        capture_output=True,
        text=True,
        timeout=120,
        env=WIDE,
    )
    assert run.returncode == 1
    assert "\x1b]0;" not in run.stdout and "\x07" not in run.stdout and "\\x1b]0;pwned\\x07" in run.stdout
    errors = [line for line in run.stderr.splitlines() if line.startswith("ats-match: error:")]
    assert len(errors) == 1 and "\\x0aats-match: error: forged" in errors[0]


def test_escape_sequences_in_resume_text_stay_out_of_markdown_and_html():
    osc52 = "\x1b]52;c;ZXZpbA==\x07"
    report = ats_match.score(f"Jane Doe\nSkills\nPython {osc52} SQL\n".encode(), MLE)
    for text in (report.to_markdown(), report.to_html()):
        assert "\x1b" not in text and "\x07" not in text


def test_visible_escapes_controls_and_bidi_overrides():
    assert visible("a\x1b[2Jb\nc\u202ed") == "a\\x1b[2Jb\\x0ac\\u202ed"
    assert visible("plain text, café") == "plain text, café"


def test_bidi_override_around_a_keyword_fails_the_glyphs_check():
    text = "Jane Doe\nSkills\n\u202eLQS\u202c, Python\n"
    glyphs = next(c for c in ats_match.check(text.encode()) if c.id == "glyphs")
    assert glyphs.status == "fail" and "direction override" in glyphs.message


def test_left_to_right_marks_around_a_skill_do_not_hide_it():
    """Word puts U+200E/U+200F around words in mixed-direction text: "Python" must still count."""
    text = "Jane Doe\nSkills\n\u200ePython\u200f, \u200fSQL\u200e\n"
    statuses = ats_match.score(text.encode(), MLE).statuses
    assert statuses["python"] == "listed" and statuses["sql"] == "listed"


# ---------------------------------------------------------------- 4. surrogates and file names


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_lone_surrogate_in_pdf_text_is_replaced_not_a_crash(engine):
    document = ats_match.read_resume(surrogate_pdf(), engine=engine)
    assert not any("\ud800" in line.text for line in document.lines)
    report = ats_match.score(document, MLE)
    assert report.statuses["python"] == "listed"


def test_a_file_name_that_is_not_utf8_is_shown_escaped_and_written(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    name = os.fsdecode(b"cv-\xff.txt")
    (folder / name).write_text(RESUME, encoding="utf-8")
    (folder / "ok.txt").write_text(RESUME, encoding="utf-8")
    out = tmp_path / "scores.json"
    result = runner.invoke(app, ["score", str(folder), "--role", MLE, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    sources = [report["resume"]["source"] for report in __import__("json").loads(out.read_text(encoding="utf-8"))]
    assert sources == ["cv-\\xff.txt", "ok.txt"]


# ---------------------------------------------------------------- 5. output paths


@pytest.mark.parametrize("target", ["dir", "missing/dir/x.json", "/dev/full"])
def test_unwritable_output_is_one_line_and_exit_1(tmp_path, target):
    output = tmp_path if target == "dir" else (Path(target) if target.startswith("/") else tmp_path / target)
    if target == "/dev/full" and not Path(target).exists():
        pytest.skip("no /dev/full here")
    run = subprocess.run(
        [sys.executable, "-m", "ats_match", "score", str(EXAMPLES / "resume_data_analyst.txt"), "-r", MLE]
        + ["-f", "json", "-o", str(output)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert len(run.stderr.strip().splitlines()) == 1 and run.stderr.startswith("ats-match: error:")
    assert "Traceback" not in run.stderr


def test_a_written_output_leaves_no_temporary_file(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("old", encoding="utf-8")
    result = runner.invoke(
        app, ["score", str(EXAMPLES / "resume_data_analyst.txt"), "-r", MLE, "-f", "json", "-o", str(out)]
    )
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("{") and [p.name for p in tmp_path.iterdir()] == ["report.json"]


# ---------------------------------------------------------------- 6. special files


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "link-to-dev-zero"])
def test_special_files_are_refused_not_read(tmp_path, kind):
    if kind == "fifo":
        path = tmp_path / "cv.txt"
        os.mkfifo(path)
    elif kind == "dev-zero":
        path = Path("/dev/zero")
    else:
        path = tmp_path / "cv.pdf"
        path.symlink_to("/dev/zero")
    run = subprocess.run(
        [sys.executable, "-m", "ats_match", "score", str(path), "--role", MLE],
        capture_output=True,
        text=True,
        timeout=60,  # before the fix a FIFO hung for ever and /dev/zero read until memory ran out
    )
    assert run.returncode == 1 and "not a regular file" in run.stderr


def test_a_link_out_of_the_folder_is_skipped_and_listed(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "mine.txt").write_text(RESUME, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\nSkills\nPython\n", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(secret)
    result = runner.invoke(app, ["score", str(folder), "--role", MLE, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "root:x:0:0" not in result.stdout and "passwd.txt" not in result.stdout
    assert "lead out of their folder: passwd.txt" in result.stderr
    followed = runner.invoke(app, ["score", str(folder), "--role", MLE, "-f", "csv", "--follow-symlinks"])
    assert "passwd.txt" in followed.stdout


# ---------------------------------------------------------------- 7. limits inside a step


def big_docx(paragraphs: int, attributes: int) -> bytes:
    """A DOCX whose document.xml holds many attribute-heavy paragraphs (python-docx builds
    the whole tree before any deadline check: memory grows with it)."""
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("Jane Doe")
    buffer = io.BytesIO()
    document.save(buffer)
    extra = "".join(f' w:x{i}="{i:08d}"' for i in range(attributes))
    paragraph = f"<w:p{extra}><w:r><w:t>ab</w:t></w:r></w:p>".encode()
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:sectPr", paragraph * paragraphs + b"<w:sectPr", 1)
            target.writestr(item, data)
    return out.getvalue()


def test_docx_xml_over_the_cap_is_refused_before_parsing():
    data = big_docx(21_500, 70)  # 25 MB of XML in a 200 KB file
    started = time.monotonic()
    with pytest.raises(ats_match.LimitExceededError, match="XML"):
        ats_match.read_resume(data)
    assert time.monotonic() - started < 10


@pytest.mark.slow
def test_docx_xml_just_under_the_cap_stays_under_1_gb(tmp_path):
    path = tmp_path / "big.docx"
    path.write_bytes(big_docx(20_500, 70))  # 23.8 MB of XML: read in full
    code = (
        "import resource, sys, ats_match; ats_match.read_resume(sys.argv[1]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    run = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-500:]
    assert int(run.stdout) < 1024 * 1024  # KB


def test_hard_deadline_stops_a_step_that_never_checks():
    started = time.monotonic()
    with pytest.raises(ats_match.LimitExceededError, match="took longer than 0.2 s"), hard_deadline(0.2, "slow.pdf"):
        while time.monotonic() - started < 30:  # one long step, no cooperative check inside
            sum(range(10_000))
    assert time.monotonic() - started < 5


def test_a_single_file_run_stops_at_the_time_limit(tmp_path):
    """--jobs 1 (the default): the limit holds inside one read, not only between pages."""
    import pdf_fixtures

    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_fixtures.pages(30))
    started = time.monotonic()
    result = runner.invoke(
        app, ["score", str(path), "-r", MLE, "--timeout", "0.01", "--jobs", "1"], catch_exceptions=False
    )
    assert result.exit_code == 1 and "took longer than" in result.stderr
    assert time.monotonic() - started < 15


# ---------------------------------------------------------------- 8. interrupts


@pytest.mark.slow
def test_ctrl_c_on_a_parallel_batch_is_one_line_exit_130_and_keeps_results(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    for number in range(10_000):  # far more than 8 s of CPU scores, however fast scoring gets
        (folder / f"cv{number:04}.txt").write_text(RESUME, encoding="utf-8")
    out = tmp_path / "scores.csv"
    command = [sys.executable, "-m", "ats_match", "score", str(folder), "-r", MLE, "--jobs", "2", "-f", "csv"]
    process = subprocess.Popen(
        command + ["-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # a shell without job control starts a background job with SIGINT ignored, and Python
        # keeps it so (no KeyboardInterrupt): a suite run as `bash .ci/run &` must not pass that on
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    # the workers started and scored some files (on a loaded machine that took over 8 s)
    _wait_for_children_cpu(process.pid, cpu_seconds=8, seconds=180)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines() == [stderr.strip()] and "interrupted" in stderr
    assert "Traceback" not in stderr
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("source,") and 1 < len(rows) < 10_001


@pytest.mark.slow
def test_workers_end_when_their_parent_is_killed(tmp_path):
    code = (
        "import ats_match, pathlib, sys, time\n"
        f"paths = sorted(pathlib.Path({str(EXAMPLES)!r}).glob('resume_*'))\n"
        f"ats_match.score_many(paths, {MLE!r}, jobs=2)\n"
        "print(' '.join(str(w.process.pid) for w in ats_match.batch._PARKED), flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2
    parent.kill()
    parent.wait(10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def _wait_for_children_cpu(pid: int, cpu_seconds: float, seconds: float) -> None:
    """Wait until the process's children have used `cpu_seconds` of CPU between them (/proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        used = 0.0
        try:
            children = [
                c for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()
            ]
            for child in children:
                fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
                used += (int(fields[11]) + int(fields[12])) / ticks
        except OSError:  # a child ended meanwhile
            pass
        if used >= cpu_seconds:
            return
        time.sleep(0.2)
    raise AssertionError(f"the workers did not use {cpu_seconds} s of CPU within {seconds} s")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


# ---------------------------------------------------------------- found by tools/fuzz.py (seed 31)


def test_fuzz_a_bracketed_address_is_no_link_not_a_crash():
    """urllib raises ValueError ("Invalid IPv6 URL") on "http://[..."; the facts skip it."""
    from ats_match.facts.links import kind_of

    assert kind_of("http://[oops/jane") is None
    facts = ats_match.parse(b"Jane Doe\nPortfolio: http://[jane.dev\nExperience\nAcme (2020 - 2021)\n")
    assert facts.name is not None and all(link.url != "http://[jane.dev" for link in facts.links)
