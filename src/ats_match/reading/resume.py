"""read_resume: the one entry to every reader. The PDF and DOCX readers are imported
when a file of their kind arrives, so scoring text never loads pdfplumber or python-docx."""

from __future__ import annotations

from .document import ResumeDocument
from .limits import DEFAULT_LIMITS, Limits
from .pdf import PDF_ENGINES, read_pdf
from .source import ResumeSource, decode_text, load_bytes, sniff_named
from .text import read_text


def read_resume(src: ResumeSource, *, engine: str = "auto", limits: Limits = DEFAULT_LIMITS) -> ResumeDocument:
    """Read a resume from a path, bytes or a binary file object.

    `engine` reads PDFs: "pdfium" (pypdfium2, C++, fast), "pdfplumber" (pdfminer, pure
    Python, also reports the parser's warnings) or "auto": pdfium, about ten times
    faster with the same item statuses (bench/run.py measures both), and pdfplumber for
    a file PDFium cannot open.
    """
    if engine not in PDF_ENGINES:
        raise ValueError(f"engine must be one of {', '.join(PDF_ENGINES)}, not {engine!r}")
    if isinstance(src, ResumeDocument):
        return src
    data, name = load_bytes(src, limits)
    kind = sniff_named(data, name)
    if kind == "pdf":
        return read_pdf(data, name, limits, engine)
    if kind == "docx":
        from .docx import read_docx

        return read_docx(data, name, limits)
    markdown = True if name.lower().endswith((".md", ".markdown")) else None  # else decided by the content
    return read_text(decode_text(data, name), source=name, markdown=markdown)
