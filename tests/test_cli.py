"""The ats-match command, through typer's CliRunner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

import ats_match
from ats_match.cli import app
from helpers import EXAMPLES, MLE

runner = CliRunner()
EXAMPLE = EXAMPLES / "resume_ml_engineer.md"


def test_roles_lists_id_name_and_counts():
    result = runner.invoke(app, ["roles"])
    assert result.exit_code == 0
    assert MLE in result.output and "Machine Learning Engineer" in result.output
    row = next(line for line in result.output.splitlines() if MLE in line)
    assert "10" in row and "5" in row


def test_score_json_is_exactly_report_to_json():
    result = runner.invoke(app, ["score", str(EXAMPLE), "--role", MLE, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ats_match.score(EXAMPLE, MLE).to_json()
    ids = [item["id"] for item in json.loads(result.stdout)["items"]]
    assert ids == [item.id for item in ats_match.load_role(MLE).items]


def test_score_table_shows_score_and_items():
    result = runner.invoke(app, ["score", str(EXAMPLE), "--role", MLE])
    assert result.exit_code == 0
    report = ats_match.score(EXAMPLE, MLE)
    assert f"{report.score:.1f}/100" in result.stdout
    assert "MLflow" in result.stdout and "demonstrated" in result.stdout


def test_bad_input_is_one_line_on_stderr_and_exit_1(tmp_path):
    bad = tmp_path / "photo.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    result = runner.invoke(app, ["score", str(bad), "--role", MLE])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "photo.pdf" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_role_is_bad_input():
    result = runner.invoke(app, ["score", str(EXAMPLE), "--role", "astronaut"])
    assert result.exit_code == 1
    assert "unknown role 'astronaut'" in result.stderr


def test_usage_errors_exit_2():
    assert runner.invoke(app, ["score", str(EXAMPLE)]).exit_code == 2  # no --role
    assert runner.invoke(app, ["score", str(EXAMPLE), "--role", MLE, "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["nonsense"]).exit_code == 2


def test_python_dash_m_and_console_script_agree():
    out = subprocess.run(
        [sys.executable, "-m", "ats_match", "score", str(EXAMPLE), "--role", MLE, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out)["score"] == ats_match.score(EXAMPLE, MLE).score


def test_every_command_has_an_example_in_its_help():
    for args in (["roles", "--help"], ["score", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Example: ats-match" in result.output
