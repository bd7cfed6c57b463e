"""score() and read_text()/read_resume() for every kind of input the API takes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

import ats_match
from helpers import EXAMPLES, MLE

EXAMPLE = EXAMPLES / "resume_ml_engineer.md"


def test_every_input_kind_gives_the_same_report():
    data = EXAMPLE.read_bytes()
    reports = [
        ats_match.score(str(EXAMPLE), MLE),
        ats_match.score(EXAMPLE, MLE),
        ats_match.score(io.BytesIO(data), MLE),
        ats_match.score(ats_match.read_resume(EXAMPLE), MLE),
    ]
    assert len({r.score for r in reports}) == 1
    assert len({r.statuses.__repr__() for r in reports}) == 1
    from_bytes = ats_match.score(data, MLE)  # no file name: read as text, Markdown headings still found
    assert from_bytes.statuses == reports[0].statuses


def test_the_example_resume_scores_with_evidence():
    report = ats_match.score(EXAMPLE, MLE)
    assert report.resume.source == "resume_ml_engineer.md"
    assert report.resume.kind == "markdown"
    assert report.resume.sections[:3] == ("contact", "summary", "experience")
    assert report.item("docker").status == "demonstrated"
    assert report.item("cloud-ml").status == "missing"
    assert 50 < report.score < 100


def test_markdown_headings_links_and_emphasis():
    doc = ats_match.read_text("# Jo\n## Skills\n- **Python**\n[GitHub](https://github.com/jo)\n")
    assert [line.text for line in doc.lines] == ["Jo", "Skills", "- Python", "GitHub (https://github.com/jo)"]
    assert doc.lines[1].is_heading and doc.lines[2].section == "skills"
    assert doc.links[0].url == "https://github.com/jo"


def test_text_normalisation_and_hyphenation():
    doc = ats_match.read_text(
        "Experience\n• Built pipelines with scikit-\nlearn and the de\u00adploy-\nment of models\nclassi\ufb01cation"
    )
    assert doc.lines[1].text == "- Built pipelines with scikit-learn"
    assert doc.lines[2].text == "and the deployment"
    assert doc.lines[-1].text == "classification"


def test_inline_labels_give_a_line_its_section():
    doc = ats_match.read_text("Jo\nTechnical Skills: Python, SQL\nExperience\n- Tools: Docker")
    assert [line.section for line in doc.lines] == ["contact", "skills", "experience", "experience"]


@pytest.mark.parametrize(
    ("content", "name", "error", "words"),
    [
        (b"", "empty.txt", ats_match.EmptyResumeError, "empty"),
        (b"   \n\n", "blank.txt", ats_match.EmptyResumeError, "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "photo.png", ats_match.UnsupportedFormatError, "PNG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, "old.doc", ats_match.UnsupportedFormatError, ".doc"),
        (b"PK\x03\x04broken zip", "cv.docx", ats_match.CorruptFileError, "damaged"),
        (b"\x00\x01\x02binary", "blob.bin", ats_match.UnsupportedFormatError, "binary"),
    ],
)
def test_bad_files_get_a_clear_error_naming_the_file(tmp_path, content, name, error, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as caught:
        ats_match.score(path, MLE)
    assert str(caught.value).startswith(f"{name}: ")
    assert words in str(caught.value)
    assert str(tmp_path) not in str(caught.value), "no full paths in errors"


def test_a_zip_that_is_not_a_docx(tmp_path):
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(ats_match.UnsupportedFormatError, match="archive.docx: is a zip archive, not a DOCX"):
        ats_match.read_resume(path)


def test_missing_file_directory_and_wrong_type(tmp_path):
    with pytest.raises(ats_match.ResumeError, match="nope.pdf: file not found"):
        ats_match.score(tmp_path / "nope.pdf", MLE)
    with pytest.raises(ats_match.ResumeError, match="is a directory"):
        ats_match.score(tmp_path, MLE)
    with pytest.raises(ats_match.UnsupportedFormatError, match="cannot read a int"):
        ats_match.score(42, MLE)  # type: ignore[arg-type]


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Python\n" * 2000)
    with pytest.raises(ats_match.LimitExceededError, match="big.txt: file is .* over the"):
        ats_match.read_resume(path, limits=ats_match.Limits(max_bytes=1000))


def test_a_text_file_in_latin1_still_reads(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_bytes("Skills\nPython, café SQL\n".encode("cp1252"))
    assert ats_match.score(path, MLE).item("sql").status == "listed"


def test_same_input_same_json():
    first = ats_match.score(EXAMPLE, MLE).to_json()
    assert ats_match.score(Path(EXAMPLE), MLE).to_json() == first


@pytest.mark.parametrize("text", ["Jane Doe\nSkills\nPython, SQL", "Python " * 1000])
def test_regression_resume_text_passed_as_a_path_gets_a_clear_error(text):
    """A str is a path. Text given as one raised pathlib's OSError (file name too long),
    or an error quoting the whole text as its file name."""
    with pytest.raises(ats_match.ResumeError) as raised:
        ats_match.score(text, MLE)
    assert str(raised.value).startswith("<text>: is resume text, not a file path")
    assert "Jane" not in str(raised.value) and "Python" not in str(raised.value)


def test_regression_a_path_too_long_for_the_system_is_a_resume_error():
    with pytest.raises(ats_match.ResumeError, match="cannot read the file|file not found"):
        ats_match.score("x" * 300 + ".pdf", MLE)


def test_a_second_role_reuses_the_reading_and_scores_as_if_alone():
    """score() keeps the role-free work (facts, the checks that need no role, the tokens)
    of the document scored last: the second role's report equals a report made with
    nothing kept, and shares the first one's facts."""
    from dataclasses import replace

    document = ats_match.read_resume(EXAMPLES / "resume_ml_engineer.md")
    first = ats_match.score(document, "machine-learning-engineer", as_of=date(2026, 1, 1))
    second = ats_match.score(document, "data-scientist", as_of=date(2026, 1, 1))
    assert second.facts is first.facts
    assert {c.id: c for c in second.checks}["contact"] is {c.id: c for c in first.checks}["contact"]
    fresh = ats_match.score(replace(document), "data-scientist", as_of=date(2026, 1, 1))  # a copy: nothing kept
    assert fresh.facts is not first.facts
    assert fresh.to_json() == second.to_json()
    # another date is another reading: "present" jobs end elsewhere
    later = ats_match.score(document, "data-scientist", as_of=date(2030, 1, 1))
    assert later.facts is not first.facts


def test_the_role_checks_follow_the_role_when_the_reading_is_reused():
    """glyphs and keyword-form read the role's terms, so they run again for each role: the
    same checks as a document read afresh for that role."""
    text = b"Jane Doe\njane@example.com\nSkills\nPython, sklearn, k8s, PyTorch, Docker, Cl/CD, MLflow\n"
    document = ats_match.read_resume(text)
    forms = {}
    for role in ("machine-learning-engineer", "mlops-engineer", "machine-learning-engineer"):
        report = ats_match.score(document, role)
        assert report.checks == ats_match.score(ats_match.read_resume(text), role).checks
        forms[role] = {c.id: c for c in report.checks}["keyword-form"]
    assert forms["machine-learning-engineer"] != forms["mlops-engineer"]  # k8s is Kubernetes only for MLOps
