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


def test_score_and_roles_help_have_examples():
    for args in (["roles", "--help"], ["score", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Example: ats-match" in result.output


def test_check_json_is_a_list_of_checks_and_works_on_a_scan(tmp_path):
    from pdf_fixtures import scanned

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned())
    result = runner.invoke(app, ["check", str(scan), "--format", "json"])
    assert result.exit_code == 0, result.output
    checks = json.loads(result.stdout)["checks"]
    assert [c["id"] for c in checks] == list(ats_match.checks.CHECK_IDS)
    assert next(c for c in checks if c["id"] == "text-layer")["status"] == "fail"
    table = runner.invoke(app, ["check", str(EXAMPLE), "--role", MLE])
    assert table.exit_code == 0 and "keyword-form" in table.stdout


def test_batch_csv_jsonl_and_failures_listed_at_the_end(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    for path in EXAMPLES.glob("resume_*"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 broken")
    result = runner.invoke(app, ["score", str(folder), "--role", MLE, "--format", "csv", "--jobs", "2"])
    assert result.exit_code == 1  # one bad file: reported, the others scored
    rows = result.stdout.strip().splitlines()
    assert len(rows) == 1 + 4 and rows[0].startswith("source,score,")
    assert "broken.pdf" in result.stderr and rows[1].startswith("broken.pdf,,")
    jsonl = runner.invoke(app, ["score", str(folder), "--role", MLE, "--format", "jsonl"])
    lines = [json.loads(line) for line in jsonl.stdout.strip().splitlines()]
    assert [line.get("error") for line in lines][0] == "CorruptFileError" and all("score" in x for x in lines[1:])


def test_min_score_gate_and_outputs(tmp_path):
    low = runner.invoke(app, ["score", str(EXAMPLE), "--role", MLE, "--min-score", "99.5", "--format", "json"])
    assert low.exit_code == 3 and "below --min-score" in low.stderr
    ok = runner.invoke(app, ["score", str(EXAMPLE), "--role", MLE, "--min-score", "10", "--format", "json"])
    assert ok.exit_code == 0
    out = tmp_path / "report.html"
    html = runner.invoke(app, ["score", str(EXAMPLE), "--role", MLE, "--format", "html", "-o", str(out)])
    assert html.exit_code == 0 and out.read_text().startswith("<!DOCTYPE html>")
    md = runner.invoke(app, ["score", str(EXAMPLE), "--role", MLE, "--format", "markdown"])
    assert md.stdout.startswith("# ATS match")
    two = runner.invoke(app, ["score", str(EXAMPLE), str(EXAMPLE), "--role", MLE, "--format", "html"])
    assert two.exit_code == 2


def test_compare_and_roles_show():
    result = runner.invoke(
        app,
        ["compare", str(EXAMPLES / "resume_ml_engineer.md"), str(EXAMPLES / "resume_data_analyst.txt"), "--role", MLE],
    )
    assert result.exit_code == 0
    assert "resume_ml_engineer.md" in result.stdout and " Python " in result.stdout and "|" not in result.stdout
    markdown = runner.invoke(app, ["compare", str(EXAMPLES), "--role", MLE, "--format", "markdown"])
    assert (
        markdown.exit_code == 0 and "resume\\_ml\\_engineer.md" in markdown.stdout and "| Python |" in markdown.stdout
    )
    shown = runner.invoke(app, ["roles", "show", MLE])
    assert shown.exit_code == 0 and "Python" in shown.stdout and "Beginner" in shown.stdout
    as_json = runner.invoke(app, ["roles", "show", MLE, "--format", "json"])
    assert json.loads(as_json.stdout)["id"] == MLE


def test_help_lists_exit_codes_and_every_command_is_documented():
    top = runner.invoke(app, ["--help"])
    assert "Exit codes: 0 done; 1 bad input" in top.stdout
    import typer.main

    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):  # a group such as `roles`
            names += [f"{name} {sub}" for sub in command.commands] + [name]
        else:
            names.append(name)
    assert {"score", "check", "compare", "roles", "roles show"} <= set(names)
    for name in names:
        result = runner.invoke(app, [*name.split(), "--help"])
        assert result.exit_code == 0 and "Example: ats-match" in result.stdout, name
