"""PDF resumes: two engines (PDFium, fast; pdfplumber, pure Python with the parser's
warnings) that hand over the same page model (page.py), laid out by layout.py.
The engines are imported on first use: scoring text never loads them."""

from __future__ import annotations

from ...errors import CorruptFileError
from ..document import ResumeDocument
from ..limits import Limits

PDF_ENGINES = ("auto", "pdfplumber", "pdfium")


def read_pdf(data: bytes, name: str, limits: Limits, engine: str) -> ResumeDocument:
    """PDFium first unless pdfplumber is asked for. "auto" hands a file PDFium cannot open
    to pdfplumber, which reads some damaged files and names the fault ("has no pages")."""
    from .plumber import read_pdf as read_with_pdfplumber

    if engine == "pdfplumber":
        return read_with_pdfplumber(data, name, limits)
    from .pdfium import read_pdf_pdfium

    try:
        return read_pdf_pdfium(data, name, limits)
    except CorruptFileError:
        if engine == "pdfium":
            raise
    return read_with_pdfplumber(data, name, limits)
