"""The first hour of a new user (issue 19): each case as they met it, through the CLI
(CliRunner or a real subprocess) or the API as the README shows it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import ats_match
from ats_match.cli import app
from helpers import EXAMPLES, MLE, ROOT

runner = CliRunner(env={"COLUMNS": "400"})
EXAMPLE = EXAMPLES / "resume_ml_engineer.md"
JUNIOR = EXAMPLES / "resume_junior_sklearn.txt"
POSTING = EXAMPLES / "postings" / "ml_engineer.md"


def test_compare_of_no_resumes_is_an_error_not_an_empty_table():
    with pytest.raises(ats_match.ResumeError, match="no resumes to compare"):
        ats_match.compare([], MLE)


def test_compare_table_is_a_table_sorted_by_score_within_100_columns():
    run = subprocess.run(
        [sys.executable, "-m", "ats_match", "compare", str(EXAMPLES), "--role", MLE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "250"},  # a wide terminal: the table still keeps to 100
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert "\\_" not in run.stdout and "**" not in run.stdout and "|---" not in run.stdout  # no raw Markdown
    legend = dict(re.findall(r"^(R\d+) = (.+)$", run.stdout, re.M))
    scores = [float(v) for v in re.search(r"^\s*score\s+(.+)$", run.stdout, re.M).group(1).split()]
    assert scores == sorted(scores, reverse=True) and len(scores) == len(legend) == 3
    expected = {
        f"R{n}": r.resume.source
        for n, r in enumerate(
            sorted((ats_match.score(p, MLE) for p in sorted(EXAMPLES.glob("resume_*"))), key=lambda r: -r.score), 1
        )
    }
    assert legend == expected


def test_compare_table_splits_many_resumes_over_several_tables(tmp_path):
    for number in range(12):
        (tmp_path / f"candidate_with_a_long_file_name_{number:02}.txt").write_text(JUNIOR.read_text(), encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path), "--role", MLE])
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 100
    assert result.stdout.count(" score ") >= 2 and "R12 = candidate_with_a_long_file_name_" in result.stdout


def test_compare_errors_name_the_file_not_the_exception_class(tmp_path):
    (tmp_path / "good.txt").write_text(JUNIOR.read_text(), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["compare", str(tmp_path), "--role", MLE])
    assert result.exit_code == 1
    assert "ats-match: error: empty.txt: the file is empty" in result.stderr
    assert "EmptyResumeError" not in result.stderr


def test_a_text_file_named_pdf_fails_the_file_check(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(JUNIOR.read_bytes())
    file_check = next(c for c in ats_match.check(path) if c.id == "file")
    assert file_check.status == "fail" and "name says PDF (.pdf) but the content is plain text" in file_check.message
    honest = next(c for c in ats_match.check(JUNIOR) if c.id == "file")
    assert honest.status == "pass"


def test_what_to_learn_shows_tool_points():
    result = runner.invoke(app, ["score", str(JUNIOR), "--role", MLE])
    assert result.exit_code == 0
    report = ats_match.score(JUNIOR, MLE)
    tool_gap = next(g for g in report.recommendations.learn if g.kind == "tool" and g.tool_points > 0)
    row = next(line for line in result.stdout.splitlines() if f" {tool_gap.name} " in line and "+" in line)
    assert f"+{tool_gap.tool_points:.1f}" in row and "tool points" in result.stdout


def test_score_with_a_posting_puts_the_explanations_behind_explain():
    plain = runner.invoke(app, ["score", str(EXAMPLE), "--job", str(POSTING)])
    assert plain.exit_code == 0, plain.output
    assert "requirements read" not in plain.stdout and "importance" not in plain.stdout.split("\n", 3)[1]
    explained = runner.invoke(app, ["score", str(EXAMPLE), "--job", str(POSTING), "--explain"])
    table_end = explained.stdout.index("requirements read")
    assert table_end > explained.stdout.index("evidence")  # under the table, not before it


def test_brief_format_is_about_15_lines():
    result = runner.invoke(app, ["score", str(JUNIOR), "--role", MLE, "--format", "brief"])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    report = ats_match.score(JUNIOR, MLE)
    assert len(lines) <= 18 and f"score {report.score:.1f}/100" in lines[0]
    assert any(line.startswith("Learn: ") for line in lines)
    failed = [c for c in report.checks if c.status != "pass"]
    assert all(any(c.id in line for line in lines) for c in failed)


def test_a_check_that_did_not_run_is_shown_as_not_checked():
    result = runner.invoke(app, ["check", str(JUNIOR)])
    row = next(line for line in result.stdout.splitlines() if "keyword-form" in line)
    assert "not checked" in row and " pass " not in row
    as_json = json.loads(runner.invoke(app, ["check", str(JUNIOR), "--format", "json"]).stdout)
    keyword = next(c for c in as_json["checks"] if c["id"] == "keyword-form")
    assert keyword["checked"] is False


def test_a_posting_url_is_not_fetched_and_says_so():
    result = runner.invoke(app, ["score", str(EXAMPLE), "--job", "https://jobs.example.com/123"])
    assert result.exit_code == 1
    assert "URLs are not fetched" in result.stderr and "file not found" not in result.stderr


def test_a_folder_run_lists_what_it_skipped(tmp_path):
    (tmp_path / "cv.txt").write_text(JUNIOR.read_text(), encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG....")
    (tmp_path / "scores.csv").write_text("a,b\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path), "--role", MLE, "--format", "csv"])
    assert result.exit_code == 0
    assert "skipped 2 file(s) that are not resumes (.csv, .png): photo.png, scores.csv" in result.stderr


@pytest.mark.parametrize("command", ["score", "check", "compare"])
def test_resume_text_from_stdin(command):
    args = [command, "-"] + (["--role", MLE] if command != "check" else [])
    result = runner.invoke(app, args, input=JUNIOR.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    if command == "score":
        assert f"score {ats_match.score(JUNIOR, MLE).score:.1f}/100" in result.stdout
        assert "<stdin>" in result.stdout
    else:
        assert "keyword-form" in result.stdout or "<stdin>" in result.stdout


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["score", str(JUNIOR), "--role", "no-such-role"], 1),  # bad input: a role that cannot be read
        (["score", str(JUNIOR), "--role", MLE, "--format", "pdf"], 2),  # usage: a value the option does not take
        (["check", str(JUNIOR), "--format", "yaml"], 2),
        (["compare", str(JUNIOR), "--role", MLE, "--format", "csv"], 2),
        (["score", str(JUNIOR)], 2),  # usage: neither --role nor --job
        (["score", str(JUNIOR), "--role", MLE, "--no-such-option"], 2),
        (["score", str(EXAMPLES / "missing.pdf"), "--role", MLE], 1),  # bad input: no such file
    ],
)
def test_exit_codes_usage_is_2_bad_input_is_1(args, code):
    assert runner.invoke(app, args).exit_code == code


def test_the_readme_names_no_file_a_new_user_does_not_have():
    """Placeholders like cv.pdf, scan.pdf or cvs/ sent a new user looking for files."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [line for line in readme.splitlines() if line.startswith(("ats-match ", "ats_match."))]
    assert commands
    for placeholder in ("cv.pdf", "scan.pdf", "cvs/", "posting.md"):
        assert not [line for line in commands if placeholder in line and "yours" not in line], placeholder
