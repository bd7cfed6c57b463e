"""Evaluation on real job postings (../shared/corpus/jobs, skipped when absent): a role is
built from every posting, and every lexicon item that a requirement line names literally
is in it.

The expected items are computed here, independently of spaCy: the requirement sections
are found with a plain heading regex, and an item is expected when one of its names
(name, search terms, either-of names, aliases; case_sensitive ones with their case) is
written in such a line as a whole word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ats_match.postings import role_from_job
from ats_match.postings.lexicon import lexicon
from ats_match.roles import Item
from helpers import corpus_dir

CORPUS = corpus_dir()
POSTINGS = sorted((CORPUS / "jobs").glob("*.txt")) if CORPUS and (CORPUS / "jobs").is_dir() else []

_BULLET = re.compile(r"^\s*(?:[-*+\u2022\u25cf]|\d{1,2}[.)])\s")
_MARKUP = re.compile(r"[#*_`>]")
_INLINE_LABEL = re.compile(r"^([A-Za-z][\w ',/&-]{0,40}):\s*\S")
_REQUIRED = re.compile(
    r"requirement|qualification|must.have|what you.ll need|you have|skills|expertise|experience", re.I
)
_OPTIONAL = re.compile(r"prefer|nice|bonus|plus|desir", re.I)


def _is_requirements(label: str) -> bool:
    return bool(_REQUIRED.search(label)) and not _OPTIONAL.search(label)


def requirement_lines(text: str) -> list[str]:
    """Lines under a requirements heading ("Requirements", "Minimum Qualifications", "Must
    have", "You have", "Skills"...) up to the next heading; "Requirements: ..." counts too."""
    lines: list[str] = []
    inside = False
    for raw in text.splitlines():
        plain = _MARKUP.sub("", raw).strip()
        bullet = bool(_BULLET.match(raw))
        short = 0 < len(plain.split()) <= 8
        looks_like_heading = raw.lstrip().startswith(("#", "**")) or plain.endswith(":") or plain.isupper()
        if short and not bullet and looks_like_heading:
            inside = _is_requirements(plain)
            continue
        label = _INLINE_LABEL.match(plain)
        if label and not bullet and _is_requirements(label.group(1)):
            inside = True
        if inside and plain:
            lines.append(raw)
    return lines


def _pattern(form: str, case_sensitive: bool) -> re.Pattern[str]:
    # a whole word: not glued to letters, digits, + # & or a following ".x" ("Node.js"), nor after "no-"/"non-"
    body = r"\s+".join(re.escape(word) for word in form.split())
    flags = 0 if case_sensitive else re.I
    return re.compile(r"(?<![\w+#@&.])(?<!\bno-)(?<!\bnon-)" + body + r"(?![\w+#&]|\.\w)", flags)


def literal_patterns(item: Item) -> list[re.Pattern[str]]:
    exact = {form.lower() for form in item.case_sensitive}
    names = (item.name, *item.search_terms, *item.either_of, *item.aliases)
    return [_pattern(f, False) for f in names if f.lower() not in exact] + [
        _pattern(f, True) for f in item.case_sensitive
    ]


def expected_items(text: str) -> dict[str, str]:
    """Item id -> the requirement line that names it."""
    lines = requirement_lines(text)
    found: dict[str, str] = {}
    for item in lexicon().items:
        for pattern in literal_patterns(item):
            line = next((ln for ln in lines if pattern.search(ln)), None)
            if line is not None:
                found[item.id] = line.strip()
                break
    return found


def test_requirement_lines_and_whole_words_of_the_helpers_themselves():
    text = "About us\nWe use Go.\n\nRequirements:\n- Python and R&D\n- SQL\n\nNice to have:\n- Rust\n"
    assert requirement_lines(text) == ["- Python and R&D", "- SQL"]
    assert _pattern("R", True).search("R&D") is None
    assert _pattern("R", True).search("Python, R.") is not None
    assert _pattern("node", False).search("Node.js") is None
    assert _pattern("sql", False).search("No-SQL") is None


@pytest.mark.parametrize(
    "posting",
    POSTINGS or [pytest.param(None, marks=pytest.mark.skip(reason="the shared corpus is not on this machine"))],
    ids=[p.stem for p in POSTINGS] or None,
)
def test_a_role_is_built_from_each_posting_with_the_items_its_requirements_name(posting: Path):
    text = posting.read_text(encoding="utf-8")
    role = role_from_job(text)
    assert role.overview["from_posting"] is True and role.name
    ids = {item.id for item in role.items}
    assert len(ids) >= 5, f"only {sorted(ids)}"
    expected = expected_items(text)
    assert expected, "the requirement lines name no lexicon item: the heading regex missed the section"
    missing = {item_id: line for item_id, line in expected.items() if item_id not in ids}
    assert not missing, f"named in the requirements but not found: {missing}"
