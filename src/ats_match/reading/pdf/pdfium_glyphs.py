"""What pdfminer reads for a glyph PDFium cannot map to Unicode, for the PDFium engine.

PDFium maps a glyph to text through the font's ToUnicode map or a standard glyph name
("fl"); pdfminer also splits a ligature's name into its parts ("f_l", "f_f_l", as
OpenType fonts name them), so for such a font pdfplumber reads "workflows" where PDFium
sees a code it cannot map and the engine wrote "work(cid:129)ows". Only glyphs inside a
word are looked up (an icon standing alone keeps its "(cid:N)"), and only then is the
file opened with pdfminer, once, and only the page's font dictionaries are read: the
common PDF pays nothing.
"""

from __future__ import annotations

import io
from typing import Any

from ..limits import Deadline, Limits
from .guard import check_pdf
from .noise import PARSER_NOISE


class GlyphNames:
    """A document's fonts as pdfminer decodes them, read on first use."""

    def __init__(self, data: bytes, limits: Limits, deadline: Deadline) -> None:
        self._data = data
        self._limits = limits
        self._deadline = deadline
        self._document: Any = None
        self._failed = False
        self._pages: dict[int, dict[str, list[Any]]] = {}

    def text(self, page: int, font: str, code: int) -> str | None:
        """The text pdfminer gives `code` in the font named `font` (subset tag included) on
        page `page` (0-based), or None when it has none either or the file cannot be read
        so (it is then never tried again)."""
        if not font or self._failed:
            return None
        try:
            with PARSER_NOISE.capture():
                fonts = self._fonts(page)
                for candidate in fonts.get(font, ()):
                    text = _unicode(candidate, code)
                    if text:
                        return text
        except Exception:  # pdfminer's errors are many and undocumented: keep PDFium's reading
            self._deadline.check()  # ... unless the time is up
            self._failed = True
        return None

    def _fonts(self, page: int) -> dict[str, list[Any]]:
        if page not in self._pages:
            self._pages[page] = self._read_fonts(page)
        return self._pages[page]

    def _read_fonts(self, index: int) -> dict[str, list[Any]]:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdftypes import dict_value
        from pdfminer.psparser import literal_name

        if self._document is None:
            # the thorough guard first: pdfminer loops on objects that point at themselves
            check_pdf(self._data, "", self._limits, self._deadline)
            self._document = PDFDocument(PDFParser(io.BytesIO(self._data)))
        for number, page in enumerate(PDFPage.create_pages(self._document)):
            self._deadline.check()
            if number < index:
                continue
            manager = PDFResourceManager(caching=False)
            fonts: dict[str, list[Any]] = {}
            for reference in dict_value(page.resources.get("Font")).values():
                spec = dict_value(reference)
                name = literal_name(spec.get("BaseFont")) if spec.get("BaseFont") is not None else ""
                fonts.setdefault(str(name), []).append(manager.get_font(None, spec))
            return fonts
        return {}


def _unicode(font: Any, code: int) -> str | None:
    try:
        return font.to_unichr(code)
    except Exception:  # PDFUnicodeNotDefined, or a font pdfminer cannot decode
        return None
