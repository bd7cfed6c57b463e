"""Privacy: --redact masks contact details in every output format, and errors and logs
name a file but never quote its content."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys

import pytest
from rich.console import Console

import ats_match
import docx_fixtures as dx
import hostile_fixtures as hf
from ats_match.errors import AtsMatchError
from ats_match.reports.redact import redact_report, redact_report_dict, redact_text
from ats_match.reports.terminal import print_report
from helpers import EXAMPLES, MLE

EMAIL, PHONE, STREET, HANDLE = "jane.doe@example.com", "+1 416 555 0142", "221B Baker Street", "jane-doe-4711"
SECRETS = (EMAIL, PHONE, STREET, HANDLE, "416 555", "jane.doe@")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jane.doe@example.com | (555) 123-4567 | Austin, TX", "[email] | [phone] | Austin, TX"),
        ("Toronto · priya@example.com · +1 416 555 0142", "Toronto · [email] · [phone]"),
        ("+39 02 5550 1234, tel:+14165550142", "[phone], [phone]"),
        ("mailto:jane@example.com", "[email]"),
        (
            "linkedin.com/in/jane-doe-4711 | https://github.com/jdoe",
            "linkedin.com/in/[profile] | https://github.com/[profile]",
        ),
        ("221B Baker Street, London", "[address], London"),
        ("1600 Amphitheatre Pkwy, Suite 200, Mountain View", "[address], Mountain View"),
        ("Hauptstraße 5, 10115 Berlin", "[address], 10115 Berlin"),
        ("Via Roma 12, Milano", "[address], Milano"),
        ("email: 'jane.doe@exa…' (page 1, line 2)", "email: '[email]…' (page 1, line 2)"),
        # what must survive: dates, numbers, versions, skills
        ("ML Engineer, Acme Corp, 2019 - 2023", "ML Engineer, Acme Corp, 2019 - 2023"),
        ("AUC 0.81 to 0.87 on 1.2M rows, 40k predictions/min", "AUC 0.81 to 0.87 on 1.2M rows, 40k predictions/min"),
        ("Python 3.11, PyTorch 2.1, scikit-learn", "Python 3.11, PyTorch 2.1, scikit-learn"),
        ("", ""),
    ],
)
def test_redact_text(text, expected):
    assert redact_text(text) == expected


def resume_with_contact_details() -> str:
    """The example resume with an email, a phone, a street address and a profile link,
    in the header and again in the experience section (so they reach the evidence)."""
    text = (EXAMPLES / "resume_ml_engineer.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    lines[2] = f"Machine Learning Engineer · {STREET}, London · {EMAIL} · {PHONE} · linkedin.com/in/{HANDLE}"
    experience = next(i for i, line in enumerate(lines) if line.startswith("- Deployed"))
    lines.insert(experience, f"- Built Python and SQL tooling; ask me at {EMAIL} or {PHONE}, {STREET}")
    lines.append(f"Hidden note {EMAIL}")
    return "\n".join(lines)


def every_format(report: ats_match.Report) -> dict[str, str]:
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, width=200, no_color=True))
    return {
        "json": report.to_json(),
        "markdown": report.to_markdown(),
        "html": report.to_html(),
        "terminal": buffer.getvalue(),
    }


def test_a_redacted_report_shows_no_contact_details_in_any_format():
    report = ats_match.score(ats_match.read_text(resume_with_contact_details(), source="cv.md"), MLE)
    plain = every_format(report)
    assert all(EMAIL in out for name, out in plain.items() if name != "terminal")  # they were there to mask
    redacted = redact_report(report)
    for name, out in every_format(redacted).items():
        assert not [s for s in SECRETS if s in out], name
    assert "[email]" in redacted.to_json() and "[phone]" in redacted.to_json()
    assert redacted.score == report.score and redacted.statuses == report.statuses
    assert [len(i.evidence) for i in redacted.items] == [len(i.evidence) for i in report.items]
    assert redacted.profile is report.profile


def test_redacting_the_dict_equals_redacting_the_report():
    report = ats_match.score(ats_match.read_text(resume_with_contact_details(), source="cv.md"), MLE)
    data = redact_report_dict(report.to_dict())
    assert data == redact_report(report).to_dict()
    assert json.loads(json.dumps(data))["score"] == report.score


def test_a_redacted_docx_report_masks_hyperlinks_and_headers():
    report = ats_match.score(dx.hyperlink_resume(), MLE)
    assert "jane.doe@example.com" in report.to_json() or "janedoe" in report.to_json()
    out = redact_report(report).to_json()
    assert "jane.doe@example.com" not in out and "linkedin.com/in/janedoe" not in out


# ---------------------------------------------------------------------------- errors and logs


def corrupt_files() -> dict[str, bytes]:
    """Broken files whose bytes carry contact details a careless message would quote."""
    secret = f"{EMAIL} {PHONE} {STREET}".encode()
    broken_xml = hf.with_parts(dx.plain_resume(), {"word/document.xml": b"<w:document><w:t>" + secret})
    return {
        "cv.pdf": b"%PDF-1.7\n1 0 obj << /Title (" + secret + b") >> endobj\n" + secret * 3,
        "cv2.pdf": hf.good_pdf().replace(b"Jane Doe", secret[:8])[:-200] + secret,
        "cv.docx": broken_xml,
        "cv2.docx": dx.plain_resume()[:-300] + secret,
        "cv.txt": b"\x00\x01" + secret,
    }


@pytest.mark.parametrize("name", sorted(corrupt_files()))
@pytest.mark.parametrize("engine", ["auto", "pdfplumber"])
def test_errors_and_logs_name_the_file_never_its_content(name, engine, caplog, tmp_path):
    path = tmp_path / name
    path.write_bytes(corrupt_files()[name])
    caplog.set_level(logging.DEBUG)
    try:
        ats_match.read_resume(path, engine=engine)
    except AtsMatchError as exc:
        message = str(exc)
        assert message.startswith(f"{name}: ")
        assert not [s for s in SECRETS if s in message]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert not [s for s in SECRETS if s in logged]


def test_the_cli_error_line_names_the_file_only(tmp_path):
    for name, data in corrupt_files().items():
        (tmp_path / name).write_bytes(data)
    run = subprocess.run(
        [sys.executable, "-m", "ats_match", "score", str(tmp_path), "--role", MLE, "--format", "csv"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "error:" in run.stderr and "Traceback" not in run.stderr
    assert not [s for s in SECRETS if s in run.stderr]
