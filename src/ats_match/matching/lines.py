"""What kind of line a mention sits on: a bullet or sentence, a list of names, or a line
that heads something (a job title, a header, a heading, the contact lines). A bullet that
names a method is stronger evidence than the job title above it (evidence.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..reading import Line

# Kinds of line, strongest first.
SENTENCE, LIST, TITLE = 0, 1, 2
LINE_KINDS = ("sentence", "list", "title")

# What opens a bullet, in text and as PDF and DOCX readers give bullets.
BULLET = re.compile(r"^\s*(?:[-*+•·●○◦▪▫■□►▸‣⁃–—➢➤✓✔]|\(?\d{1,2}[.)])\s*")
_YEAR = r"(?:19|20)\d{2}"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "2019 - 2021", "Mar 2021 - Present", "06/2019 – now", "2020 to date": a span of time, as
# a job, a degree or a project is headed.
_DATE_RANGE = re.compile(
    rf"(?:{_MONTH}\s*|\d{{1,2}}/)?{_YEAR}\s*(?:-|–|—|to|until)\s*"
    rf"(?:(?:{_MONTH}\s*|\d{{1,2}}/)?{_YEAR}|present|current|now|today|date|ongoing)",
    re.I,
)
_SEPARATORS = re.compile(r"\s+[|•·–—]\s+|\s*\|\s*")
# The last word of a job title.
_TITLES = (
    "engineer engineers scientist scientists developer developers analyst analysts manager intern internship "
    "researcher architect consultant specialist lead director officer associate assistant administrator "
    "designer programmer technician fellow founder co-founder cofounder cto ceo head owner freelancer "
    "contractor student candidate professor lecturer instructor trainee apprentice"
)
_TITLE_WORDS = frozenset(_TITLES.split())
_WORD = re.compile(r"[\w+#/.-]+")


@lru_cache(maxsize=4096)
def line_kind(text: str, section: str = "other", heading: bool = False, bold: bool = False) -> int:
    """SENTENCE, LIST or TITLE: what kind of line a mention sits on (see the module)."""
    if heading or section == "contact":
        return TITLE
    bullet = BULLET.match(text)
    body = text[bullet.end() :] if bullet else text
    if not bullet:
        words = _WORD.findall(body)
        if _DATE_RANGE.search(body) and len(words) <= 14:
            return TITLE  # "Data Scientist, Acme Corp, 2019 - 2021"
        if len(words) <= 8 and not body.rstrip().endswith("."):
            parts = re.split(r"[,(@|•·–—]| at | - ", body)
            if bold or any(_last_word(part) in _TITLE_WORDS for part in parts):
                return TITLE  # "Senior Machine Learning Engineer, Acme Corp"
            if body.upper() == body and any(c.isalpha() for c in body):
                return TITLE  # a heading the reader did not take for one
    if _is_list(body):
        return LIST
    if not bullet:
        parts = [part for part in _SEPARATORS.split(body) if part.strip()]
        if len(parts) > 1 and all(len(_WORD.findall(part)) <= 5 for part in parts):
            return TITLE  # "Acme Corp | Toronto | 2021"
    return SENTENCE


def kind_of(line: Line) -> int:
    """line_kind of a document line (its text, section, and whether it is a heading or bold)."""
    return line_kind(line.text, line.section, line.is_heading, line.bold)


def _last_word(text: str) -> str:
    words = _WORD.findall(text.lower())
    return words[-1].strip(".") if words else ""


def _is_list(text: str) -> bool:
    """A label and names ("Tools: Docker, MLflow"), or names alone ("Python, SQL, Docker"),
    not a sentence that lists ("Built APIs, dashboards, and tests.")."""
    label, colon, rest = text.partition(":")
    if colon and rest.strip() and len(_WORD.findall(label)) <= 4 and "," in rest:
        return True
    if text.rstrip().endswith("."):
        return False
    items = [item.strip() for item in re.split(r"[,;|]", text) if item.strip()]
    return (
        len(items) >= 3
        and all(len(_WORD.findall(item)) <= 3 for item in items)
        and not any(item.lower().startswith(("and ", "or ")) for item in items)
    )
