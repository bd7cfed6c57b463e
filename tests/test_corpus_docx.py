"""The DOCX reader on the real resumes of the shared corpus (../shared/corpus, or
$ATS_MATCH_CORPUS). Skipped when the corpus is not on this machine."""

from __future__ import annotations

import csv
import json
import re
from functools import cache
from pathlib import Path

import pytest

from ats_match.reading import ResumeDocument, read_resume
from ats_match.reading.normalize import normalize_text
from helpers import corpus_dir

CORPUS = corpus_dir()
DOCX_FILES = sorted((CORPUS / "docx").glob("*.docx")) if CORPUS and (CORPUS / "docx").is_dir() else []
NO_CORPUS = pytest.mark.skipif(not DOCX_FILES, reason="the shared corpus is not on this machine")


@cache
def manifest() -> dict[str, dict[str, str]]:
    """MANIFEST.tsv rows by file, with the facts in layout_notes ("pages(app.xml)=2; tables=7")."""
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        rows = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
    for row in rows.values():
        for note in row["layout_notes"].split(";"):
            key, _, value = note.strip().partition("=")
            if value.isdigit():
                row[key] = value
    return rows


def read(prefix: str) -> ResumeDocument:
    path = next((p for p in DOCX_FILES if p.name.startswith(prefix)), None)
    if path is None:
        pytest.skip(f"docx/{prefix}* is not in the corpus")
    return read_resume(path)


def texts(document: ResumeDocument, **where: object) -> list[str]:
    return [ln.text for ln in document.lines if all(getattr(ln, k) == v for k, v in where.items())]


@pytest.mark.parametrize("path", DOCX_FILES or [None], ids=lambda p: p.name[:2] if p else "no-corpus")
@NO_CORPUS
def test_every_docx_reads_with_sections(path: Path):
    """Each file reads, has text, and has a section beyond contact; its page and table
    counts match what the manifest measured."""
    document = read_resume(path)
    assert document.kind == "docx" and document.text.strip()
    assert {s.id for s in document.sections} - {"contact"}
    facts = manifest()[f"docx/{path.name}"]
    assert document.pages == int(facts["pages(app.xml)"])
    assert document.layout.tables == int(facts["tables"])
    # every line has a number, a section and a region the model knows
    assert [ln.number for ln in document.lines] == list(range(1, len(document.lines) + 1))


@NO_CORPUS
def test_labelled_evidence_is_in_the_text():
    """The evidence quotes of labels-dev.json are read as written (after normalising)."""
    labels = json.loads((CORPUS / "labels-dev.json").read_text(encoding="utf-8"))["resumes"]
    checked = 0
    for name, label in labels.items():
        if name.startswith("docx/") and (CORPUS / name).exists():
            text = read_resume(CORPUS / name).text
            for quote in label["evidence"].values():
                assert normalize_text(quote) in text, (name, quote)
                checked += 1
    assert checked


@NO_CORPUS
def test_01_layout_tables_and_footer():
    document = read("01_")
    assert {ln.region for ln in document.lines} >= {"table", "body", "footer"}
    assert "TYLER BOGGLE" in texts(document, region="table")  # the name sits in a layout table
    assert "- Bootstrap" in texts(document, region="table")  # a skills grid with two skills per cell
    # "TECHNOLOGIES USED IN PROJECTS" heads the skills grid
    assert [s.id for s in document.sections][1:] == ["summary", "projects", "skills", "education", "experience"]
    assert texts(document, region="footer") == ["2"]  # the page-number field's saved result


@NO_CORPUS
def test_07_page_breaks_from_word_layout():
    document = read("07_")
    assert document.pages == 3
    projects = next(ln for ln in document.lines if ln.text == "Projects")
    assert projects.page == 2 and projects.section == "projects"
    assert texts(document)[1:4] == [  # one paragraph split by line breaks, icons kept
        "📞 9876543210 | ✉️ john.doe.dev@gmail.com",
        "🔗 LinkedIn: https://linkedin.com/in/johndoe-dev",
        "💻 GitHub: https://github.com/johndoe-dev",
    ]
    assert "https://github.com/johndoe-dev" in [link.url for link in document.links]


@NO_CORPUS
def test_08_contact_only_in_header():
    document = read("08_")
    header = texts(document, region="header")
    assert header == ["Alex R. Nguyen | alex.nguyen@example.com | (555) 222-3333"]
    assert document.lines[0].region == "header"
    assert not any("@" in text for text in texts(document, region="body"))
    assert document.layout.header_footer_lines == 1


@NO_CORPUS
def test_09_hidden_keyword_stuffing():
    document = read("09_")
    for stuffed in ("Kubernetes", "Six Sigma", "Machine Learning"):
        assert stuffed not in document.text
    reasons = {h.reason: h.text for h in document.layout.hidden_text}
    assert set(reasons) == {"vanish", "white"}
    assert "Kubernetes" in reasons["vanish"] and "Six Sigma" in reasons["white"]
    assert texts(document, hidden=False)[-1] == "Program management, supplier management, risk management"


@NO_CORPUS
def test_10_certifications_table():
    document = read("10_")
    assert texts(document, region="table") == ["Certification | Year", "PMP | 2019", "Certified Scrum Master | 2021"]
    assert {ln.section for ln in document.lines if ln.region == "table"} == {"certifications"}


@NO_CORPUS
def test_11_text_box_headings_read_once_without_anchor_digits():
    document = read("11_")
    lines = texts(document)
    for heading in ("PROFESSIONAL SUMMARY", "AREAS OF EXPERTISE", "WORK EXPERIENCE"):
        assert lines.count(heading) == 1
        assert heading in texts(document, region="textbox")
    assert not [text for text in lines if re.fullmatch(r"[\d\s.,-]+", text)]  # no wp:posOffset values
    assert document.layout.text_boxes == 5  # 3 in the body, 2 in the header; fallbacks not counted
    assert [s.id for s in document.sections][1:4] == ["summary", "skills", "experience"]
    assert texts(document, region="header")[0] == "Mickey Mouse"
    assert document.pages == 3
