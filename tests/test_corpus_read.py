"""The PDF reader on the real resumes of the shared corpus (../shared/corpus, or
$ATS_MATCH_CORPUS). Skipped when the corpus is not on this machine."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pytest

from ats_match.errors import NoTextLayerError
from ats_match.reading import ResumeDocument, read_resume
from helpers import corpus_dir

CORPUS = corpus_dir()
PDF_FILES = sorted((CORPUS / "pdf").glob("*.pdf")) if CORPUS and (CORPUS / "pdf").is_dir() else []
NO_CORPUS = pytest.mark.skipif(not PDF_FILES, reason="the shared corpus is not on this machine")

IMAGE_ONLY = {"28", "29"}  # scans with no text layer at all
# Headings in Portuguese: sections.py knows the common ones.
FOREIGN_HEADINGS: set[str] = set()


@cache
def document(prefix: str) -> ResumeDocument:
    path = next((p for p in PDF_FILES if p.name.startswith(prefix)), None)
    if path is None:
        pytest.skip(f"pdf/{prefix}* is not in the corpus")
    return read_resume(path)


@cache
def manifest_pages() -> dict[str, int]:
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["file"]: int(m.group(1)) for row in rows if (m := re.search(r"pages=(\d+)", row["layout_notes"]))}


def params(files: list[Path]) -> list:
    marks = {name: pytest.mark.xfail(strict=True, reason="Portuguese headings") for name in FOREIGN_HEADINGS}
    return [pytest.param(p, id=p.name[:2], marks=marks.get(p.name[:2], ())) for p in files] or [
        pytest.param(None, id="no-corpus")
    ]


@NO_CORPUS
@pytest.mark.parametrize("path", params(PDF_FILES))
def test_every_pdf_reads_with_sections_or_says_it_is_a_scan(path: Path):
    if path.name[:2] in IMAGE_ONLY:
        with pytest.raises(NoTextLayerError, match=re.escape(path.name)):
            read_resume(path)
        return
    resume = document(path.name[:2])
    assert resume.text.strip()
    assert resume.pages == manifest_pages()[f"pdf/{path.name}"]
    assert {s.id for s in resume.sections} - {"contact"}


@NO_CORPUS
@pytest.mark.parametrize("prefix", ["02", "12", "14", "15", "16"])
def test_two_column_layouts_are_detected(prefix: str):
    assert document(prefix).layout.pages[0].columns == 2


@NO_CORPUS
@pytest.mark.parametrize("prefix", ["03", "04", "13", "17", "20", "21", "22", "23", "25", "31", "32"])
def test_single_column_layouts_stay_one_column(prefix: str):
    assert {p.columns for p in document(prefix).layout.pages} == {1}


@NO_CORPUS
@pytest.mark.parametrize(
    ("prefix", "headings"),
    [
        ("02", ["EDUCATION", "LINKS", "COURSEWORK", "SKILLS", "EXPERIENCE", "RESEARCH", "AWARDS", "PUBLICATIONS"]),
        ("12", ["SUMMARY", "EXPERIENCE", "PROJECTS", "EDUCATION", "SKILLS", "LINKS"]),
        ("14", ["EXPERIENCE", "PROJECTS", "SUMMARY", "EDUCATION", "SKILLS", "LINKS"]),
        ("15", ["CONTACT", "SKILLS", "EDUCATION", "LANGUAGES", "CERTIFICATES", "SUMMARY", "EXPERIENCE", "PROJECTS"]),
        ("16", ["CONTACT", "EDUCATION", "SKILLS", "CERTIFICATIONS", "WORK EXPERIENCE"]),
        ("22", ["SUMMARY", "EDUCATION", "SKILLS", "EXPERIENCE", "PROJECTS"]),
    ],
)
def test_column_headings_are_found_in_reading_order(prefix: str, headings: list[str]):
    """Each column's headings, left column first; a label grid (22) keeps its labels
    as headings of the rows beside them."""
    found = [s.heading for s in document(prefix).sections if s.heading]
    assert [h for h in found if h in headings][: len(headings)] == headings


@NO_CORPUS
def test_banner_comes_before_the_columns():
    assert [ln.text for ln in document("15").lines[:3]] == ["JOHN DOE", "SENIOR BACKEND DEVELOPER", "CONTACT"]
    assert [ln.text for ln in document("16").lines[:2]] == ["CATHERINE STARK", "AWS DevOps Engineer"]
    assert document("19").lines[0].text == "John Doe"


@NO_CORPUS
def test_bullets_keep_their_words_in_order():
    texts = [ln.text for ln in document("15").lines]
    assert "- Designed and implemented multiple high-performance backend systems using" in texts
    assert "Kotlin Backend System Jan 2020 - Present" in texts


@NO_CORPUS
def test_ligature_reads_as_letters():
    assert "classification" in document("20").text


@NO_CORPUS
def test_latex_words_keep_their_spaces():
    """LaTeX draws no space characters; gaps must still part the words."""
    assert "CORNELL UNIVERSITY" in document("02").text
    assert "Advanced Machine Learning" in document("02").text
    assert "Machine Learning based Fashion Tagging API" in document("01").text  # a tight line: 0.14 em gaps


@NO_CORPUS
def test_few_lines_of_text_beside_an_image_still_read():
    resume = document("30")
    assert resume.layout.pages[0].has_text_layer and resume.layout.images >= 1
    assert len(resume.lines) <= 5 and "skills" in [s.id for s in resume.sections]


@NO_CORPUS
def test_font_warnings_are_collected_quietly(capsys):
    path = next((p for p in PDF_FILES if p.name.startswith("12")), None)
    if path is None:
        pytest.skip("pdf/12* is not in the corpus")
    resume = read_resume(path, engine="pdfplumber")  # pdfminer's warnings; PDFium gives none
    assert any("FontBBox" in w for w in resume.layout.warnings)
    assert capsys.readouterr().err == ""


@NO_CORPUS
def test_page_footers_are_marked():
    footers = [ln.text for ln in document("01").lines if ln.region == "footer"]
    assert len(footers) == 5 and all("Curriculum Vitae" in t for t in footers)
