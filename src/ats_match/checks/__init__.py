"""ATS readability checks: could an applicant tracking system read this resume?

Each check is one small function from a CheckInput to a Check (status, a one-line message
for the job seeker, the evidence, how to fix it). The checks never change the score.

    base.py     Check, CheckInput, how evidence is quoted
    layout.py   text-layer, file, layout, glyphs, hidden-text (how the file is made and drawn)
    text.py     contact, name, headings (what is written)
    dates.py    dates, length (time on the resume)
    run.py      keyword-form, the list in order, and files that cannot be read
"""

from .base import Check, CheckInput, summarize
from .run import CHECK_IDS, CHECKS, read_for_checks, run_checks, run_document_checks

__all__ = [
    "CHECKS",
    "CHECK_IDS",
    "Check",
    "CheckInput",
    "read_for_checks",
    "run_checks",
    "run_document_checks",
    "summarize",
]
