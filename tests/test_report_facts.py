"""The resume facts on every report (issue 16): in JSON, Markdown, HTML, the terminal and
the batch CSV; masked by --redact (name included); the career stage that follows from them;
and the one reading of dates the dates and length checks share (issue 19)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from typer.testing import CliRunner

import ats_match
from ats_match.cli import app
from helpers import EXAMPLES, MLE

runner = CliRunner(env={"COLUMNS": "400"})
EXAMPLE = EXAMPLES / "resume_ml_engineer.md"
AS_OF = date(2026, 3, 1)

ARCHITECT = """Dana Whitfield
dana.whitfield@example.org | +44 20 7946 0958 | London, United Kingdom

Experience
Principal Solutions Architect, Fabrikam Ltd (Jan 2019 - Present)
- Designed data platforms for retail clients; led a team of eight engineers.
Software Engineer, Tailspin Toys (Jan 2015 - Dec 2018)
- Built billing services in Java.

Education
B.Sc. Computer Science, University of Leeds, 2014

Skills
Python, SQL
"""


def test_the_report_carries_the_facts_in_every_format():
    report = ats_match.score(EXAMPLE, MLE, as_of=AS_OF)
    facts = report.facts
    assert facts is not None and facts == ats_match.parse(EXAMPLE, as_of=AS_OF)
    data = json.loads(report.to_json())["facts"]
    assert data["name"]["text"] == facts.name.text and data["email"]["address"] == facts.email.address
    assert data["total_years"] == facts.total_years and data["as_of"] == "2026-03-01"
    assert [job["employer"] for job in data["experience"]] == [job.employer for job in facts.experience]
    markdown, html = report.to_markdown(), report.to_html()
    for text in (markdown, html):
        assert "Resume facts" in text and facts.experience[0].employer in text
    terminal = runner.invoke(app, ["score", str(EXAMPLE), "--role", MLE]).stdout
    assert f"Read as: {facts.name.text}" in terminal and facts.email.address in terminal


def test_batch_csv_has_the_scalar_facts():
    result = runner.invoke(app, ["score", str(EXAMPLES), "--role", MLE, "--format", "csv"])
    rows = {row["source"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    report = ats_match.score(EXAMPLE, MLE)
    row = rows[EXAMPLE.name]
    assert row["name"] == report.facts.name.text and row["email"] == report.facts.email.address
    assert row["highest_degree"] == report.facts.highest_degree.degree_level
    assert float(row["total_years"]) == report.facts.total_years and int(row["jobs"]) == len(report.facts.experience)


def test_redaction_masks_the_name_for_blind_screening():
    report = ats_match.score(ARCHITECT.encode(), MLE, as_of=AS_OF)
    assert report.facts.name.text == "Dana Whitfield"
    redacted = report.redacted()
    for text in (redacted.to_json(), redacted.to_markdown(), redacted.to_html()):
        assert "Dana" not in text and "Whitfield" not in text and "dana.whitfield" not in text
        assert "London" not in text.split('"experience"')[0] or "[location]" in text
    assert redacted.facts.name.text == "[name]" and redacted.facts.total_years == report.facts.total_years
    cli = runner.invoke(app, ["score", "-", "--role", MLE, "--redact", "--format", "csv"], input=ARCHITECT)
    assert "Dana" not in cli.stdout and "[name]" in cli.stdout


def test_an_architect_with_years_is_not_a_beginner():
    report = ats_match.score(ARCHITECT.encode(), MLE, as_of=AS_OF)
    assert report.facts.total_years and report.facts.total_years > 10
    assert report.recommendations.stage == "Advanced"
    junior = ats_match.score(EXAMPLES / "resume_junior_sklearn.txt", MLE)
    assert junior.recommendations.stage != "Advanced"


def test_dates_and_length_read_the_same_dates():
    """Issue 19: "no dates" beside "about 7 years of work shown" on the shipped example."""
    checks = {c.id: c for c in ats_match.check(EXAMPLE)}
    assert checks["dates"].status == "pass" and "Mar 2022" in checks["dates"].message
    years = round(ats_match.parse(EXAMPLE).total_years)
    assert f"about {years} years of work shown" in checks["length"].message


def test_a_company_line_with_dates_is_not_a_heading():
    text = (
        "Jane Doe\njane@example.com\nExperience\nGoogle (June 1999 - Present)\nSoftware Engineer\n"
        "- Built search ranking in Python\nEducation\nB.S. Computer Science, MIT, 1999\nSkills\nPython, SQL\n"
    )
    document = ats_match.read_text(text)
    google = next(line for line in document.lines if line.text.startswith("Google"))
    assert not google.is_heading and google.section == "experience"
    dates = next(c for c in ats_match.check(text.encode()) if c.id == "dates")
    assert dates.status == "pass"


def test_a_degree_under_way_says_so_in_the_markdown_and_html_reports():
    resume = (
        "Sam Lee\nsam.lee@example.org\n\nExperience\nBookkeeper, Acme Ltd (Jan 2019 - Present)\n- Ran payroll\n\n"
        "Education\nBachelor of Business Administration, Accounting - Texas State University\n"
        "In progress (evening program); expected graduation December 2027\n"
    )
    report = ats_match.score(ats_match.read_text(resume), MLE, as_of=AS_OF)
    assert report.facts.education[0].in_progress is True
    assert "2027 (in progress)" in report.to_markdown()
    assert "2027 (in progress)" in report.to_html()
