"""Read a DOCX resume into a ResumeDocument.

Word keeps resume text in more places than the body: tables, headers and footers, text
boxes, content controls (``w:sdt``) and hyperlinks. This reader walks the WordprocessingML
tree itself, in document order. python-docx opens the package and resolves the parts and
relationships, but its ``iter_inner_content()`` only yields ``w:p`` and ``w:tbl`` directly
under a container, so it would skip content controls (where Word templates keep headings),
text boxes and runs wrapped in ``w:ins``, ``w:smartTag`` or ``w:sdt``.

Only text elements (``w:t``, tabs, breaks, symbols) are read, so drawing anchor offsets
(``wp:posOffset``) and field codes (``PAGE``, ``HYPERLINK ...``) never leak into the text.
A text box is stored twice, as DrawingML in ``mc:Choice`` and as VML in ``mc:Fallback``;
only the first is read.

How the pieces fit: read_docx (here) checks the bytes, runs the zip guard
(reading/docx/guard.py) and opens the package with python-docx, bounded by a Deadline
(reading/limits.py). The Walker (walker.py) then reads the document tree into Lines:
styles.py resolves the formatting of each run, shapes.py finds the text boxes and
pictures in drawings and the page size of each section, lines.py turns a paragraph's
runs into Lines, and ooxml.py names the tags they all look for. What the walker counted
becomes the LayoutFacts of the ResumeDocument built here.
"""

from __future__ import annotations

import io

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.parser import parse_xml
from lxml import etree

from ...errors import (
    AtsMatchError,
    CorruptFileError,
    EmptyResumeError,
    EncryptedFileError,
    LimitExceededError,
    UnsupportedFormatError,
)
from ..build import build_document
from ..document import LayoutFacts, ResumeDocument
from ..limits import Deadline, Limits
from .guard import check_zip
from .messages import CORRUPT
from .ooxml import qualified, to_int
from .walker import Walker

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_docx(data: bytes, source: str, limits: Limits) -> ResumeDocument:
    """Read a DOCX file's bytes. Every failure is an AtsMatchError naming `source`."""
    if len(data) > limits.max_bytes:
        raise LimitExceededError(f"file is over the {limits.max_bytes / 1e6:.1f} MB limit", source=source)
    if data[:8] == _OLE_MAGIC:
        raise _ole_error(data, source)
    deadline = Deadline(limits.timeout_seconds, source)
    check_zip(
        data, source, limits
    )  # reading/docx/guard.py: zip bombs and XML DTDs, before python-docx inflates anything
    try:
        document = docx.Document(io.BytesIO(data))
        deadline.check()
        walker = Walker(document)
        lines = walker.read()
        app_pages = _app_pages(document)
        deadline.check()
    except AtsMatchError:
        raise
    except ValueError as exc:
        if "content type" in str(exc):  # python-docx refuses .dotx/.docm main parts
            raise UnsupportedFormatError(
                "is a Word template or macro-enabled file; save it as a Word Document (.docx)", source=source
            ) from exc
        raise CorruptFileError(CORRUPT, source=source) from exc
    except Exception as exc:  # zipfile, zlib, lxml and python-docx all raise their own types
        raise CorruptFileError(CORRUPT, source=source) from exc
    if not any(line.text and not line.hidden for line in lines):
        raise EmptyResumeError("has no text; add the resume content and save it again", source=source)
    pages = walker.page_facts(lines, app_pages, limits, source)
    layout = LayoutFacts(
        pages=pages,
        tables=walker.tables,
        images=walker.images,
        text_boxes=walker.text_boxes,
        header_footer_lines=sum(1 for ln in lines if ln.region in ("header", "footer") and not ln.hidden),
        fonts=tuple((name, size, n) for (name, size), n in walker.fonts.most_common()),
        hidden_text=tuple(walker.hidden),
        file_size=len(data),
        warnings=tuple(walker.warnings),
    )
    return build_document(source, "docx", lines, walker.all_links(lines), layout)


def _ole_error(data: bytes, source: str) -> AtsMatchError:
    """An OLE container is either a password-protected DOCX (Word wraps the encrypted
    package in one) or an old binary .doc."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return EncryptedFileError(
            "is password protected; remove the password in Word (File > Info) and save it again", source=source
        )
    return UnsupportedFormatError("is an old Word .doc file; save it as DOCX or PDF", source=source)


def _app_pages(document: DocxDocument) -> int | None:
    """The page count Word saved in docProps/app.xml, if any."""
    try:
        app = parse_xml(document.part.package.part_related_by(RT.EXTENDED_PROPERTIES).blob)
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return None
    pages = app.find(qualified("ep:Pages"))
    value = to_int(pages.text.strip() if pages is not None and pages.text else None)
    return value if value and value > 0 else None
