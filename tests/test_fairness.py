"""Fairness invariance: the score and every item's status and points stay the same when
what a resume says about the person (name, pronouns, gendered words, age or birth date,
nationality, marital status, a photo) changes. Evidence line numbers may shift when lines
are added, so items are compared by status, strength and points."""

from __future__ import annotations

import io
import re
import struct
import zlib

import docx
import pytest
from docx.shared import Inches

import ats_match
from helpers import EXAMPLES, MLE

NAMES = [
    "John Smith", "Mohammed Al-Farsi", "Ngozi Okafor", "Li Wei", "José García-Núñez", "Anna-Lena Müller",
    "Julia Kowalski", "Aiyana Redcloud", "Nguyễn Thị Minh Khai", "Dmitri Ivanov",
]  # fmt: skip

PERSONAL = {
    "pronouns she": ["Pronouns: she/her"],
    "pronouns he": ["Pronouns: he/him"],
    "pronouns they": ["Pronouns: they/them"],
    "young": ["Date of birth: 14 May 2002 (age 23)"],
    "older": ["Date of birth: 2 January 1961 (age 64)"],
    "nationality ng": ["Nationality: Nigerian"],
    "nationality de": ["Nationality: German citizen, work permit for Canada"],
    "nationality in": ["Citizenship: Indian"],
    "married": ["Marital status: married, two children"],
    "single": ["Marital status: single"],
    "everything": ["Born 1975 (age 50), Brazilian, divorced, father of three", "Pronouns: he/him", "Religion: Muslim"],
}

# The same sentence about the person, in gendered forms, placed in the summary.
GENDERED = [
    "She is a mother of two and a women-in-tech mentor; her team called her their chairwoman.",
    "He is a father of two and a men's mental-health mentor; his team called him their chairman.",
    "They are a parent of two and a mentor; their team called them their chairperson.",
]


def fingerprint(report: ats_match.Report) -> tuple:
    """What must not move: the score, the tool coverage and each item's verdict."""
    items = tuple((i.id, i.status, i.strength, i.points, i.max_points) for i in report.items)
    return report.score, report.tool_coverage, items


def score_text(text: str, source: str) -> tuple:
    return fingerprint(ats_match.score(ats_match.read_text(text, source=source), MLE))


def example_texts() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("resume_*"))]


def _name_of(text: str) -> str:
    """The first line without Markdown: each example starts with the person's name."""
    return text.splitlines()[0].lstrip("# ").strip()


def _after_contact(text: str, lines: list[str]) -> str:
    """Personal details where European CVs put them: right under the contact lines."""
    rows = text.splitlines()
    contact = next(i for i, row in enumerate(rows) if "@" in row)
    return "\n".join(rows[: contact + 1] + lines + rows[contact + 1 :])


def _in_summary(text: str, sentence: str) -> str:
    rows = text.splitlines()
    heading = next((i for i, row in enumerate(rows) if re.search(r"summary|profile", row, re.I)), 2)
    return "\n".join(rows[: heading + 1] + [sentence] + rows[heading + 1 :])


@pytest.mark.parametrize(("source", "text"), example_texts(), ids=lambda v: v if v.startswith("resume") else "")
def test_name_and_personal_details_do_not_move_the_score(source, text):
    baseline = score_text(text, source)
    assert baseline[0] > 0  # a resume with something to lose
    name = _name_of(text)
    for other in NAMES:
        swapped = text.replace(name, other)
        first, last = name.split()[0].lower(), name.split()[-1].lower()
        swapped = swapped.replace(f"{first}.{last}", "candidate").replace(f"{first}-{last}", "candidate")
        assert score_text(swapped, source) == baseline, other
    for label, lines in PERSONAL.items():
        assert score_text(_after_contact(text, lines), source) == baseline, label


@pytest.mark.parametrize(("source", "text"), example_texts(), ids=lambda v: v if v.startswith("resume") else "")
def test_gendered_words_do_not_move_the_score(source, text):
    results = {sentence: score_text(_in_summary(text, sentence), source) for sentence in GENDERED}
    assert len(set(results.values())) == 1
    assert next(iter(results.values())) == score_text(_in_summary(text, "A parent of two and a mentor."), source)


# ---------------------------------------------------------------------------- DOCX, with and without a photo


def portrait_png(size: int = 96) -> bytes:
    """A small RGB PNG (a gradient standing in for a head-and-shoulders photo)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    def row(y: int) -> bytes:
        return b"\x00" + b"".join(bytes((x * 2 % 256, y * 2 % 256, 160)) for x in range(size))  # filter 0, RGB

    rows = b"".join(row(y) for y in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def docx_resume(name: str, photo: bool, personal: list[str] = ()) -> bytes:
    document = docx.Document()
    if photo:
        document.add_picture(io.BytesIO(portrait_png()), width=Inches(1.2))
    document.add_paragraph(name, style="Title")
    document.add_paragraph("candidate@example.com | (555) 123-4567 | Austin, TX")
    for line in personal:
        document.add_paragraph(line)
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("ML Engineer, Acme Corp, 2020 - Present")
    document.add_paragraph("Deployed PyTorch models with Docker and MLflow on SageMaker", style="List Bullet")
    document.add_paragraph("Built feature pipelines in SQL and Pandas", style="List Bullet")
    document.add_paragraph("Skills", style="Heading 1")
    document.add_paragraph("Python, scikit-learn, statistics, deep learning")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_photo_name_and_personal_details_in_a_docx_do_not_move_the_score():
    baseline = fingerprint(ats_match.score(docx_resume("Jane Doe", photo=False), MLE))
    with_photo = ats_match.score(docx_resume("Jane Doe", photo=True), MLE)
    assert with_photo.score > 0 and fingerprint(with_photo) == baseline
    variants = [
        docx_resume("Mohammed Al-Farsi", photo=True, personal=["Pronouns: he/him", "Nationality: Omani"]),
        docx_resume("Ngozi Okafor", photo=False, personal=["Date of birth: 1 April 1968", "Married, three children"]),
        docx_resume("Li Wei", photo=True, personal=["Age 22, single", "Pronouns: they/them"]),
    ]
    for data in variants:
        assert fingerprint(ats_match.score(data, MLE)) == baseline


def test_the_photo_really_is_in_the_docx():
    """The fixture is what it claims: python-docx sees one inline picture."""
    document = docx.Document(io.BytesIO(docx_resume("Jane Doe", photo=True)))
    assert len(document.inline_shapes) == 1
    assert ats_match.read_resume(docx_resume("Jane Doe", photo=True)).layout.images == 1
