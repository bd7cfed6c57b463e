"""`ats-match score RESUME --job a --job b`: postings ranked for one resume (issue 15,
part 6), through typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

import ats_match
from ats_match.cli import app
from helpers import EXAMPLES, ROOT

runner = CliRunner()
NURSE_RESUME = EXAMPLES / "postings" / "nurse_resume.md"
NURSE = EXAMPLES / "postings" / "registered_nurse.md"
ML = EXAMPLES / "postings" / "ml_engineer.md"
ACCOUNTANT = ROOT / "tests" / "data" / "jobs" / "fields" / "senior_accountant.md"


def rank(*args: str):
    return runner.invoke(app, ["score", str(NURSE_RESUME), *args])


def test_postings_are_ranked_best_fit_first_as_score_jobs_ranks_them():
    result = rank("--job", str(ML), "--job", str(NURSE), "--job", str(ACCOUNTANT), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["posting"] for row in rows][0] == "registered_nurse.md"
    assert [int(row["rank"]) for row in rows] == [1, 2, 3]
    scores = [float(row["score"]) for row in rows]
    assert scores == sorted(scores, reverse=True)
    expected = ats_match.score_jobs(NURSE_RESUME, [ML, NURSE, ACCOUNTANT])
    assert scores == [report.score for report in expected]
    nurse = rows[0]
    assert int(nurse["knockouts"]) >= 3 and nurse["knockouts_met"] == nurse["knockouts"]
    assert rows[-1]["knockouts_not_met"]  # the accountant posting asks for what a nurse lacks


def test_json_carries_each_report_and_the_table_names_every_posting():
    result = rank("--job", str(NURSE), "--job", str(ACCOUNTANT), "--format", "json")
    rows = json.loads(result.stdout)
    assert [row["rank"] for row in rows] == [1, 2]
    assert rows[0]["report"]["requirements"] and rows[0]["report"]["score"] == rows[0]["score"]
    table = rank("--job", str(NURSE), "--job", str(ACCOUNTANT), "--no-color")
    assert table.exit_code == 0
    assert "2 job postings, best fit first" in table.stdout
    assert "registered_nurse.md" in table.stdout and "senior_accountant.md" in table.stdout


def test_a_posting_that_cannot_be_read_is_reported_and_the_others_are_ranked(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("")
    result = rank("--job", str(NURSE), "--job", str(empty), "--job", str(tmp_path / "gone.md"), "--format", "csv")
    assert result.exit_code == 1
    assert [row["posting"] for row in csv.DictReader(io.StringIO(result.stdout))] == ["registered_nurse.md"]
    assert "empty.md" in result.stderr and "gone.md" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_of_a_ranking(tmp_path):
    two = ["score", str(NURSE_RESUME), str(EXAMPLES / "resume_ml_engineer.md"), "--job", str(NURSE), "--job", str(ML)]
    assert runner.invoke(app, two).exit_code == 2  # one resume only
    assert rank("--job", str(NURSE), "--job", str(ML), "--format", "html").exit_code == 2
    assert rank("--job", str(NURSE), "--job", str(ML), "--role", "data-scientist").exit_code == 2
    assert rank("--job", str(NURSE), "--job", str(ML), "--title", "Nurse").exit_code == 2


def test_parquet_takes_several_postings_one_row_per_resume_and_posting(tmp_path):
    pd = __import__("pytest").importorskip("pandas")
    __import__("pytest").importorskip("pyarrow")
    out = tmp_path / "scores.parquet"
    args = ["score", str(NURSE_RESUME), str(EXAMPLES / "resume_ml_engineer.md"), "--job", str(NURSE)]
    result = runner.invoke(app, [*args, "--job", str(ML), "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pd.read_parquet(out)
    assert len(table) == 4 and table.error.isna().all()
    assert table.groupby("source").role.nunique().tolist() == [2, 2]
