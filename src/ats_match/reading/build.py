"""The last step of every reader: cap and tame the text, then number the lines and find
the sections. A reader hands over lines; build_document hands back a ResumeDocument."""

from __future__ import annotations

import re
from dataclasses import replace

from ..errors import LimitExceededError
from .document import LayoutFacts, Line, Link, ResumeDocument
from .sections import assign_sections

MAX_TEXT_CHARS = 300_000  # of text in one resume (hidden text included): 60 dense pages
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{17,}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone surrogates: not text; spaCy cannot encode them
_LONG_WORD = re.compile(r"\S{128}(?=\S)")


def tame_lines(lines: list[Line], source: str) -> list[Line]:
    """Refuse a document with more than MAX_TEXT_CHARS of text, and tame words that would
    make the tokenizer's work quadratic. spaCy strips a word's leading and trailing marks one
    at a time, searching the whole word each time: a 200 000-character "[[[...]]]" from a
    damaged PDF took hours. Runs of more than 16 marks are cut to 16 and words longer than
    128 characters get a space every 128; no resume word is that long, and a mark run
    that long is a rule or dot leaders, which mean nothing to the score."""
    total = sum(len(line.text) for line in lines)
    if total > MAX_TEXT_CHARS:
        raise LimitExceededError(
            f"has {total:,} characters of text, over the {MAX_TEXT_CHARS:,} limit; is it really a resume?",
            source=source,
        )
    return [_tame(line) for line in lines]


def _tame(line: Line) -> Line:
    text = line.text
    if not text.isascii() and _SURROGATE.search(text):  # a PDF's ToUnicode map can point at one
        text = _SURROGATE.sub("\ufffd", text)
    text = _PUNCTUATION_RUN.sub(lambda m: m.group()[:16], text)
    text = _LONG_WORD.sub(lambda m: m.group() + " ", text)
    return line if text == line.text else replace(line, text=text)


def build_document(
    source: str,
    kind: str,
    lines: list[Line],
    links: tuple[Link, ...] = (),
    layout: LayoutFacts | None = None,
) -> ResumeDocument:
    """Finish a reader's work: sections and numbering, shared by every format."""
    lines = tame_lines(lines, source)  # a size cap, and no word the tokenizer chokes on
    numbered, sections = assign_sections(lines)
    return ResumeDocument(source, kind, numbered, sections, links, layout or LayoutFacts())
