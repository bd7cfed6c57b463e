"""From whatever the user holds (a path, bytes, a file object) to bytes, a display name
and a kind. The kind is decided by the content, not the file name."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import BinaryIO

from ..errors import (
    CorruptFileError,
    EmptyResumeError,
    EncryptedFileError,
    LimitExceededError,
    ResumeError,
    UnsupportedFormatError,
)
from .document import ResumeDocument
from .limits import DEFAULT_LIMITS, Limits

ResumeSource = str | os.PathLike | bytes | BinaryIO | ResumeDocument


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
        name = display_name(path)
        try:
            if not path.exists():
                raise ResumeError("file not found", source=name)
            if path.is_dir():
                raise ResumeError("is a directory, not a resume file", source=name)
            if not path.is_file():  # stat follows links: /dev/zero, a FIFO, a socket behind any name
                raise ResumeError("is not a regular file (a device, pipe or socket); refused", source=name)
            size = path.stat().st_size
            if size > limits.max_bytes:
                raise LimitExceededError(
                    f"file is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.1f} MB limit", source=name
                )
            with path.open("rb") as stream:  # bounded: a file that grows while read is still capped
                data = stream.read(limits.max_bytes + 1)
        except OSError as exc:  # a name too long, no permission, a broken disk
            raise ResumeError(f"cannot read the file ({exc.strerror or type(exc).__name__})", source=name) from None
    elif hasattr(src, "read"):
        name = display_name(Path(str(getattr(src, "name", "<stream>"))))
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


def display_name(path: Path) -> str:
    """The file name only (never the folders: they say who the user is), printable: bytes
    that are not UTF-8 (a name from another system) shown as escapes, not as surrogates
    that no output can encode."""
    name = path.name
    if not name.isascii() and any("\udc80" <= char <= "\udcff" for char in name):
        name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


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


def sniff_named(data: bytes, name: str) -> str:
    try:
        return sniff(data)
    except ResumeError as exc:
        raise type(exc)(str(exc), source=name) from None


def decode_text(data: bytes, name: str) -> str:
    if not data.strip():
        raise EmptyResumeError("the file is empty", source=name)
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")
