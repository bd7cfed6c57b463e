"""The resume as a person sees it: lines in reading order, each with its page,
position, section and region. Readers build these; every later step reads them."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in points, origin top-left

# Where on the page a line sits. Only "body" and "table" lines are what an ATS reliably
# parses; the checks use the rest.
REGIONS = ("body", "table", "header", "footer", "textbox")


@dataclass(frozen=True)
class Line:
    """One visual line of text."""

    text: str
    page: int = 1  # 1-based
    number: int = 0  # 1-based position in the document's reading order
    section: str = "other"  # canonical section id, see sections.py
    region: str = "body"
    bbox: BBox | None = None
    column: int = 0  # 0-based column on its page, left to right
    font_size: float | None = None
    bold: bool = False
    is_heading: bool = False
    hidden: bool = False  # drawn invisible (white, tiny, off-page, w:vanish): never evidence
    letter_spaced: bool = False  # drawn as spaced letters ("J O H N") that the reader joined back


def changed(line: Line, **changes: object) -> Line:
    """dataclasses.replace for a Line at a sixth of its cost, for the steps that touch every
    line of every document (sections.assign_sections). A Line has no __post_init__ and no
    slots, so copying its fields and setting the changed ones is all replace does."""
    copy = object.__new__(Line)
    copy.__dict__.update(line.__dict__, **changes)
    return copy


@dataclass(frozen=True)
class Link:
    url: str
    text: str = ""
    page: int = 1


@dataclass(frozen=True)
class Section:
    id: str  # canonical id: experience, skills, ...
    heading: str  # the heading as written
    first_line: int  # line numbers, inclusive
    last_line: int


@dataclass(frozen=True)
class PageFacts:
    number: int
    width: float = 0.0
    height: float = 0.0
    columns: int = 1
    chars: int = 0  # visible non-space characters
    has_text_layer: bool = True
    images: int = 0
    tables: int = 0


@dataclass(frozen=True)
class HiddenText:
    """Text a reader found but a person cannot see."""

    text: str
    page: int
    reason: str  # white, tiny, off-page, vanish


@dataclass(frozen=True)
class LayoutFacts:
    """What the ATS checks need to know about how the text is laid out."""

    pages: tuple[PageFacts, ...] = ()
    tables: int = 0
    images: int = 0
    text_boxes: int = 0
    header_footer_lines: int = 0
    fonts: tuple[tuple[str, float, int], ...] = ()  # (font name, size, characters)
    hidden_text: tuple[HiddenText, ...] = ()
    file_size: int = 0
    warnings: tuple[str, ...] = ()  # dependency noise and oddities, never shown raw


@dataclass(frozen=True)
class ResumeDocument:
    source: str  # file name (never a full path of someone's machine) or "<text>"
    kind: str  # pdf | docx | text | markdown
    lines: tuple[Line, ...]
    sections: tuple[Section, ...] = ()
    links: tuple[Link, ...] = ()
    layout: LayoutFacts = field(default_factory=LayoutFacts)

    @property
    def text(self) -> str:
        """The visible text in reading order."""
        return "\n".join(line.text for line in self.lines if not line.hidden)

    @property
    def pages(self) -> int:
        return max((p.number for p in self.layout.pages), default=max((ln.page for ln in self.lines), default=1))

    def to_dict(self) -> dict:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
