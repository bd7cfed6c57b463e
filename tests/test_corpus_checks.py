"""Every readability check on every resume of the shared corpus, and the facts the
corpus manifest states about some of them. Skipped where the corpus is absent."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from ats_match.api import check
from ats_match.checks import CHECK_IDS, Check
from ats_match.checks.base import QUOTE_CHARS
from helpers import MLE, corpus_dir

CORPUS = corpus_dir()
FILES = sorted([*CORPUS.glob("pdf/*.pdf"), *CORPUS.glob("docx/*.docx")]) if CORPUS else []
pytestmark = pytest.mark.skipif(CORPUS is None, reason="the shared corpus is not on this machine")


def short(path: Path) -> str:
    """'pdf/02' for pdf/02_deedy-resume-two-column.pdf."""
    return f"{path.parent.name}/{path.name[:2]}"


@cache
def checks(name: str) -> dict[str, Check]:
    """The checks of corpus file 'pdf/02' (with the ML engineer role), by id."""
    kind, number = name.split("/")
    (path,) = CORPUS.glob(f"{kind}/{number}_*")
    return {c.id: c for c in check(path, role=MLE)}


@pytest.mark.parametrize("path", FILES, ids=short)
def test_every_check_runs_on_every_corpus_file(path):
    results = checks(short(path))
    assert tuple(results) == CHECK_IDS
    for item in results.values():
        assert item.status in ("pass", "warn", "fail")
        assert item.message and "\n" not in item.message
        assert (item.status == "pass") == (item.fix == "") or item.message.startswith("not checked")
        for entry in item.evidence:
            assert "\n" not in entry
            assert len(entry) <= QUOTE_CHARS + 100, entry  # a quoted line at most, never the whole text


@pytest.mark.parametrize("name", ["pdf/28", "pdf/29"])
def test_image_only_pdfs_fail_text_layer(name):
    assert checks(name)["text-layer"].status == "fail"


def test_contact_only_in_the_header_warns():
    item = checks("docx/08")["contact"]
    assert item.status == "warn"
    assert "page header" in item.message


def test_hidden_keyword_stuffing_fails():
    item = checks("docx/09")["hidden-text"]
    assert item.status == "fail"
    assert any("vanish" in entry for entry in item.evidence)


def test_altacv_placeholders_warn_name():
    item = checks("pdf/11")["name"]
    assert item.status == "warn"
    found = "\n".join(item.evidence)
    assert "YOUR NAME HERE" in found and "Job Title 1" in found


def test_letter_spaced_contact_heading_warns_glyphs():
    item = checks("pdf/15")["glyphs"]
    assert item.status == "warn"
    assert any("C O N T" in entry for entry in item.evidence)


def test_two_column_pdf_warns_layout():
    item = checks("pdf/02")["layout"]
    assert item.status == "warn"
    assert "page 1: 2 columns" in item.evidence


def test_plain_single_column_docx_passes_layout():
    assert checks("docx/02")["layout"].status == "pass"
