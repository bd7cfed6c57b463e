"""Step 1 of the flow: a resume in any form (path, bytes, file object, text) to a
ResumeDocument: lines in reading order with page, section, region and box, plus the
layout facts the ATS checks read. Limits bound the work a hostile file can cause."""

from .build import build_document
from .document import HiddenText, LayoutFacts, Line, Link, PageFacts, ResumeDocument, Section
from .limits import DEFAULT_LIMITS, Deadline, Limits, hard_deadline, timeout_message
from .pdf import PDF_ENGINES
from .resume import read_resume
from .source import ResumeSource, display_name, load_bytes, sniff
from .text import read_text

__all__ = [
    "DEFAULT_LIMITS",
    "PDF_ENGINES",
    "Deadline",
    "HiddenText",
    "LayoutFacts",
    "Limits",
    "Line",
    "Link",
    "PageFacts",
    "ResumeDocument",
    "ResumeSource",
    "Section",
    "build_document",
    "display_name",
    "hard_deadline",
    "load_bytes",
    "read_resume",
    "read_text",
    "sniff",
    "timeout_message",
]
