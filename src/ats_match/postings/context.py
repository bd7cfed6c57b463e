"""What the reading of one posting line is given: the whole posting's facts
(PostingContext) and how the line itself is read (LineSense). Built by reader.py, read by
the steps that decide which hits on a line ask."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..reading import Line, ResumeDocument
from .hits import Hit

CREDENTIAL_KINDS = ("license", "certification")


@dataclass(frozen=True)
class PostingContext:
    """What the whole posting tells the reading of each line."""

    document: ResumeDocument
    sections: dict[int, str]  # line number -> requirements | preferred | body | notes | about | title
    lines: list[Line]  # the lines that may ask: not hidden, not about the employer
    title: str | None
    has_requirements: bool  # a requirements or preferred section: the body then describes the work
    tech: bool  # the tech lexicon counts
    about_text: str
    employers: frozenset[str]  # organisations the posting names, lower case
    hiring: frozenset[str]  # the names the employer gives itself
    defined: dict[str, frozenset[str]]  # acronyms the posting spells out
    by_line: dict[int, list[Hit]]  # what the lexicon and vocabulary found, line by line
    buttons: re.Pattern[str] | None  # the words of the posting's buttons


@dataclass(frozen=True)
class LineSense:
    """How one line is read: the section it counts in and the spans of it that ask."""

    line: Line
    section: str  # as posting.sections says, but notes, paragraphs and duty items are read as "body"
    in_notes: bool  # process text: read as description, asking only what a clause asks
    described: bool  # the body describes the work (the asks are listed elsewhere, or under "Duties:")
    in_requirements: bool  # the line is an ask: in a requirements list, or an item that asks
    told: bool  # the employer tells of itself: "We have chickens, ducks and rabbits.", "Our offices are in ..."
    asked: list[tuple[int, int]]  # prose that asks: "must hold a valid ...", "knowledge of: a; b"
    title_asks: list[tuple[int, int]]  # "Beauty Advisor (Makeup Artistry Experience Preferred)"
    conditions: list[tuple[int, int]]  # conditions of work and how to reach the employer: no asks
    wished: bool = False  # a paragraph under a heading of wishes ("Preferred Skills"): what it asks is a wish
