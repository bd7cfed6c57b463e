"""From whatever the user holds (a path, bytes, a file object, text) to a ResumeDocument.
The format is decided by the content, not the file name."""

from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .documents import LayoutFacts, Line, Link, PageFacts, ResumeDocument
from .errors import (
    CorruptFileError,
    EmptyResumeError,
    EncryptedFileError,
    LimitExceededError,
    ResumeError,
    UnsupportedFormatError,
)
from .links import text_links, unique_links
from .normalize import join_hyphenated, normalize_text
from .sections import assign_sections

ResumeSource = str | os.PathLike | bytes | BinaryIO | ResumeDocument


@dataclass(frozen=True)
class Limits:
    """What a reader accepts before it refuses a file. Resumes are small; these bound the
    work a hostile or broken upload can cause."""

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 30
    # DOCX zips and PDF streams (safety.py): refused before the parser inflates them
    max_zip_entries: int = 1000  # Word writes 10-40 parts
    max_unzipped_bytes: int = 100 * 1024 * 1024  # every DOCX part, or every PDF stream, inflated
    max_zip_ratio: float = 200.0  # inflated / compressed, for DOCX parts over 1 MiB; Word's XML is 5-20
    # Wall-clock seconds per file (None: no limit). A read checks it between PDF pages; a batch
    # with worker processes (batch.py) stops a worker that runs past it.
    timeout_seconds: float | None = 30.0


DEFAULT_LIMITS = Limits()


def build_document(
    source: str,
    kind: str,
    lines: list[Line],
    links: tuple[Link, ...] = (),
    layout: LayoutFacts | None = None,
) -> ResumeDocument:
    """Finish a reader's work: sections and numbering, shared by every format."""
    from .safety import tame_lines

    lines = tame_lines(lines, source)  # safety.py: a size cap, and no word the tokenizer chokes on
    numbered, sections = assign_sections(lines)
    return ResumeDocument(source, kind, numbered, sections, links, layout or LayoutFacts())


def load_bytes(src: str | os.PathLike | bytes | BinaryIO, limits: Limits = DEFAULT_LIMITS) -> tuple[bytes, str]:
    """The raw content and a display name (the file name only, never a full path)."""
    if isinstance(src, (bytes, bytearray, memoryview)):
        data, name = bytes(src), "<bytes>"
    elif isinstance(src, (str, os.PathLike)):
        if isinstance(src, str) and ("\n" in src or len(src) > 4096):  # never repeat the text: it is personal
            raise ResumeError(
                "is resume text, not a file path: pass its bytes (text.encode()) or use read_text(text)",
                source="<text>",
            )
        path = Path(src)
        name = path.name
        try:
            if not path.exists():
                raise ResumeError("file not found", source=name)
            if path.is_dir():
                raise ResumeError("is a directory, not a resume file", source=name)
            size = path.stat().st_size
            if size > limits.max_bytes:
                raise LimitExceededError(
                    f"file is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.1f} MB limit", source=name
                )
            data = path.read_bytes()
        except OSError as exc:  # a name too long, no permission, a broken disk
            raise ResumeError(f"cannot read the file ({exc.strerror or type(exc).__name__})", source=name) from None
    elif hasattr(src, "read"):
        name = Path(str(getattr(src, "name", "<stream>"))).name
        data = src.read(limits.max_bytes + 1)
        if isinstance(data, str):
            data = data.encode("utf-8")
    else:
        raise UnsupportedFormatError(
            f"cannot read a {type(src).__name__}; give a path, bytes, a binary file or a ResumeDocument"
        )
    if len(data) > limits.max_bytes:
        raise LimitExceededError(f"file is over the {limits.max_bytes / 1e6:.1f} MB limit", source=name)
    return data, name


def sniff(data: bytes) -> str:
    """pdf | docx | text, by the first bytes of the content."""
    head = data[:2048]
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, OSError) as exc:  # all seen in fuzzing
            raise CorruptFileError(f"looks like a zip or DOCX file but is damaged ({exc})") from None
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedFormatError("is a zip archive, not a DOCX; save the resume as PDF, DOCX or text")
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        if "EncryptedPackage".encode("utf-16-le") in data:  # a password-protected DOCX is an OLE container
            raise EncryptedFileError(
                "is password protected; remove the password in Word (File > Info) and save it again"
            )
        raise UnsupportedFormatError("is an old Word .doc file; save it as DOCX or PDF")
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise UnsupportedFormatError(f"is {what}, not a resume document; give a PDF, DOCX or text file")
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        raise UnsupportedFormatError("is a binary file, not a PDF, DOCX or text file")
    return "text"


_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF media file"),
    (b"{\\rtf", "an RTF file; save it as DOCX or PDF"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)


PDF_ENGINES = ("auto", "pdfplumber", "pdfium")


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
    kind = _sniff_named(data, name)
    if kind == "pdf":
        return _read_pdf(data, name, limits, engine)
    if kind == "docx":
        from .docx_reader import read_docx

        return read_docx(data, name, limits)
    markdown = True if name.lower().endswith((".md", ".markdown")) else None  # else decided by the content
    return read_text(_decode(data, name), source=name, markdown=markdown)


def _read_pdf(data: bytes, name: str, limits: Limits, engine: str) -> ResumeDocument:
    """PDFium first unless pdfplumber is asked for. "auto" hands a file PDFium cannot open
    to pdfplumber, which reads some damaged files and names the fault ("has no pages")."""
    from .pdf_reader import read_pdf

    if engine == "pdfplumber":
        return read_pdf(data, name, limits)
    from .pdf_pdfium import read_pdf_pdfium

    try:
        return read_pdf_pdfium(data, name, limits)
    except CorruptFileError:
        if engine == "pdfium":
            raise
    return read_pdf(data, name, limits)


def _sniff_named(data: bytes, name: str) -> str:
    try:
        return sniff(data)
    except ResumeError as exc:
        raise type(exc)(str(exc), source=name) from None


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise EmptyResumeError("the file is empty", source=name)
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_URL = re.compile(
    r"(?:mailto:)?[\w.+-]+@[\w-]+\.[\w.-]+|https?://[^\s)>\]]+|(?:www\.)?(?:linkedin\.com|github\.com)/[^\s)>\]|,;]+"
)


def read_text(text: str, *, source: str = "<text>", markdown: bool | None = None) -> ResumeDocument:
    """A ResumeDocument from plain text or Markdown (headings by `#`, bold by `**`)."""
    if not text or not text.strip():
        raise EmptyResumeError("the resume has no text", source=source)
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # a lone surrogate becomes U+FFFD
    if markdown is None:
        markdown = bool(re.search(r"^\s{0,3}#{1,6}\s+\S", text, re.M))
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cleaned: list[str] = []
    headings: set[int] = set()
    links: list[Link] = []
    for raw in raw_lines:
        if markdown:
            if _MD_HEADING.match(raw):
                headings.add(len(cleaned))
                raw = _MD_HEADING.sub("", raw).rstrip("#").strip()
            for label, url in _MD_LINK.findall(raw):
                links.append(Link(url, label, 1))
            raw = _MD_LINK.sub(r"\1 (\2)", raw)
            if raw.strip() in ("---", "***", "___"):
                raw = ""
            raw = _MD_EMPHASIS.sub("", raw)
        cleaned.append(normalize_text(raw))
    keep = [i for i, t in enumerate(cleaned) if t]
    texts = join_hyphenated([cleaned[i] for i in keep])
    lines = [Line(text=t, is_heading=i in headings) for i, t in zip(keep, texts, strict=True) if t]
    chars = sum(len(t.replace(" ", "")) for t in texts)
    layout = LayoutFacts(pages=(PageFacts(number=1, chars=chars),), file_size=len(text.encode("utf-8")))
    return build_document(
        source, "markdown" if markdown else "text", lines, unique_links(links + text_links(lines)), layout
    )
