"""Known terms written with a look-alike character ("Cl/CD" with a lower-case L for the I,
"D0cker" and "0penAI" with a zero for the O), as OCR and some text layers give them: the
glyphs check names each with its fix, and the matcher credits the term where the reading is
unambiguous, and only there (matching/glyphs.py)."""

from __future__ import annotations

import pytest

import ats_match
from ats_match.api import check
from ats_match.matching.glyphs import misreadings, shipped_vocabulary, vocabulary
from ats_match.reading import read_resume
from helpers import MLE, corpus_dir

HEAD = "Jane Doe\njane.doe@example.com | (555) 123-4567\n"


def glyphs_check(text: str, role: str | None = None) -> ats_match.checks.Check:
    return next(c for c in check(ats_match.read_text(text), role=role) if c.id == "glyphs")


# ---------------------------------------------------------------------------- the check


@pytest.mark.parametrize(
    ("written", "advice"),
    [
        ("Cl/CD", "'Cl/CD' reads as 'CI/CD' with a lower-case L; retype it"),
        ("D0cker", "'D0cker' reads as 'Docker' with a zero for the O; retype it"),
        ("0penAI", "'0penAI' reads as 'OpenAI' with a zero for the O; retype it"),
        ("OpenAl", "'OpenAl' reads as 'OpenAI' with a lower-case L; retype it"),
    ],
)
@pytest.mark.parametrize("role", [None, MLE])
def test_the_glyphs_check_names_a_misread_term_and_its_fix(written, advice, role):
    text = HEAD + f"EXPERIENCE\nPlatform Engineer, Acme Corp, 2020 - Present\n- Ran {written} for twelve teams\n"
    item = glyphs_check(text, role)
    assert item.status == "warn"
    assert item.message == "1 word written with a look-alike character."
    assert item.evidence == (f"page 1, line 5: {advice}",)
    assert item.fix == f"{advice}."


def test_several_misread_words_are_each_listed():
    text = HEAD + "SKILLS\nCl/CD, D0cker, Kubernetes\nEXPERIENCE\n- Built Cl/CD for 0penAI integrations\n"
    item = glyphs_check(text)
    assert item.message == "4 words written with a look-alike character."
    assert [e.split(": ", 1)[1].split(" reads")[0] for e in item.evidence] == [
        "'Cl/CD'",
        "'D0cker'",
        "'Cl/CD'",
        "'0penAI'",
    ]
    assert item.fix.startswith("'Cl/CD' reads as 'CI/CD' with a lower-case L; retype it, and likewise")


@pytest.mark.parametrize(
    "line",
    [
        "Cloud, Client and Clinical data; CalTech; NeuralPrune; ModelOps",  # l after a capital, in words
        "Worked with Al Smith and Ol Parker",  # too short to be read as a term
        "Served 10M users, 50K+ requests, 200TB; B10S; 20XX; v0.1; H100",  # numbers
        "Languages: Python, SQL, Docker, CI/CD, OpenAI",  # written right
    ],
)
def test_words_that_only_look_suspect_pass(line):
    assert glyphs_check(HEAD + f"SKILLS\n{line}\n").status == "pass"


def test_letter_spacing_and_a_misread_word_are_both_reported():
    item = glyphs_check("J A N E  D O E\njane.doe@example.com\nSKILLS\nD0cker, Python\n")
    assert item.message == "Letters spaced apart in 1 place and 1 word written with a look-alike character."
    assert "Type words as plain letters" in item.fix and "'D0cker' reads as 'Docker'" in item.fix


# ---------------------------------------------------------------------------- the reading rules


def test_a_reading_must_be_the_only_one():
    """Two known terms a look-alike could stand for: neither is read."""
    known = vocabulary(["AIOps", "AlOps"])
    assert misreadings("Set up Al0ps", known) == []
    assert [m.meant for m in misreadings("Set up Al0ps", vocabulary(["AIOps"]))] == ["AIOps"]


def test_a_word_that_is_a_term_or_english_is_never_read_otherwise():
    known = vocabulary(["Col"])
    assert [m.meant for m in misreadings("C0l", known)] == ["Col"]
    assert misreadings("Col", known) == []  # written right
    assert misreadings("c0de", vocabulary(["code"])) != []  # not a word as written: read
    assert misreadings("lOOK", vocabulary(["IOOK"])) == []  # "look" is English: left alone


def test_the_shipped_vocabulary_is_read_only_when_needed():
    shipped_vocabulary.cache_clear()
    glyphs_check(HEAD + "SKILLS\nPython, Cloud, 10M users\n")
    assert shipped_vocabulary.cache_info().misses == 0
    glyphs_check(HEAD + "SKILLS\nD0cker\n")
    assert shipped_vocabulary.cache_info().misses == 1


# ---------------------------------------------------------------------------- the matcher


@pytest.mark.parametrize(
    ("written", "role", "item_id", "alias"),
    [
        ("Cl/CD", "mlops-engineer", "ci-cd", "CI/CD"),
        ("D0cker", MLE, "docker", "Docker"),
        ("MLfl0w", MLE, "mlflow", "MLflow"),
        ("0penAI", "generative-ai-engineer", "llm-apis", "openai"),
    ],
)
def test_the_matcher_reads_a_misread_term(written, role, item_id, alias):
    text = HEAD + f"EXPERIENCE\n- Ran {written} for twelve teams\n"
    report = ats_match.score(ats_match.read_text(text), role)
    item = report.item(item_id)
    assert item.status == "demonstrated"
    first = item.evidence[0]
    assert (first.matched, first.alias, first.tier) == (written, alias, "variant")  # as written; not as searched
    assert written in {w for form in report.keywords.variants_only for w in form.wrote}


def test_the_matcher_reads_nothing_that_is_not_unambiguous():
    report = ats_match.score(ats_match.read_text(HEAD + "EXPERIENCE\n- Worked with Al Smith on C0ffee ordering\n"), MLE)
    assert report.item("docker").status == "missing"
    assert all(e.matched != "Al" for item in report.items for e in item.evidence)


def test_mended_text_keeps_every_offset():
    """The evidence quotes the line as written, and its offsets point at the misread word."""
    text = HEAD + "EXPERIENCE\n- Shipped D0cker images and Cl/CD jobs\n"
    document = ats_match.read_text(text)
    report = ats_match.score(document, "mlops-engineer")
    for item_id, written in (("docker", "D0cker"), ("ci-cd", "Cl/CD")):
        evidence = report.item(item_id).evidence[0]
        assert evidence.text == "- Shipped D0cker images and Cl/CD jobs"
        assert evidence.matched == written


CORPUS = corpus_dir()
OCR_RESUME = CORPUS / "pdf" / "17_resumementor-devops-sre-ocr-quality-text.pdf" if CORPUS else None


@pytest.mark.skipif(OCR_RESUME is None or not OCR_RESUME.exists(), reason="the shared corpus is not on this machine")
def test_the_corpus_resume_with_an_ocr_text_layer():
    """Its text layer reads "Cl/CD" three times (labels-dev.json notes it)."""
    document = read_resume(OCR_RESUME)
    item = next(c for c in check(document) if c.id == "glyphs")
    assert sum("'Cl/CD' reads as 'CI/CD' with a lower-case L; retype it" in e for e in item.evidence) == 3
    assert ats_match.score(document, "mlops-engineer").item("ci-cd").status == "demonstrated"
    assert ats_match.score(document, MLE).item("mlops").status == "missing"  # general CI/CD is not MLOps
