"""Guards that run before a parser meets a file from a stranger.

Resumes arrive through upload forms and in folders of unknown files. A parser handed a
hostile file can be made to allocate gigabytes (a small zip or PDF stream that inflates
enormously), to read local files or URLs (XML external entities) or to run for ever. These
checks look at the file's structure first, with every step bounded, and refuse it with a
clear AtsMatchError naming the file, never quoting its content:

- check_zip (DOCX, a zip): entry count, declared and *actual* inflated sizes, the
  inflation ratio, and XML document type declarations (which Word never writes).
- check_pdf (the pdfminer engine): page count, indirect objects that point at themselves
  (pdfminer loops on them), and the inflated size of every stream, decrypted when the PDF
  opens without a password.
- check_pdf_streams (the PDFium engine): the inflated size of every stream, from the raw
  bytes, in milliseconds; check_pdf decides whenever the bytes alone cannot.
- tame_lines (every format, via reading.build_document): a cap on the text's size, and no
  word that makes the tokenizer's work quadratic.
- Deadline: a wall-clock limit that readers check between units of work (PDF pages).

The parsers keep their own defences (python-docx's XML parser resolves no entities and
loads no DTD or URL; tests/test_hostile.py proves it); these checks make the refusal early,
cheap and clear.
"""

from __future__ import annotations

import contextlib
import io
import re
import struct
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace

from lxml import etree

from .documents import Line
from .errors import AtsMatchError, CorruptFileError, LimitExceededError, UnsupportedFormatError
from .reading import Limits

_CHUNK = 64 * 1024  # inflate in steps this size, so no single step can allocate much
_RATIO_FLOOR = 1024 * 1024  # parts smaller than this may compress as well as they like
# A DTD is where entities are declared; OPC (ECMA-376 Part 2, 8.1.4) forbids DTDs in
# package XML, which is UTF-8 or UTF-16.
_DOCTYPE = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))

_DOCX_CORRUPT = "is not a readable DOCX (damaged or truncated); save it again from your editor"  # docx_reader's words
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)  # python-docx's settings


# ---------------------------------------------------------------------------- time


class Deadline:
    """A wall-clock limit checked by the reader between units of work. Cooperative: a
    single unit that never returns is stopped only by batch.py, which runs files in worker
    processes and ends a worker that overruns."""

    def __init__(self, seconds: float | None, source: str) -> None:
        self.seconds = seconds
        self.source = source
        self.end = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self.end is not None and time.monotonic() > self.end:
            raise LimitExceededError(timeout_message(self.seconds or 0), source=self.source)


def timeout_message(seconds: float) -> str:
    """The one wording for a file stopped by the time limit, in a read or in a batch."""
    return f"took longer than {seconds:g} s; stopped"


# ---------------------------------------------------------------------------- text

MAX_TEXT_CHARS = 300_000  # of text in one resume (hidden text included): 60 dense pages
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{17,}")
_LONG_WORD = re.compile(r"\S{128}(?=\S)")


def tame_lines(lines: list[Line], source: str) -> list[Line]:
    """Refuse a document with more than MAX_TEXT_CHARS of text, and tame words that would
    make the tokenizer's work quadratic. spaCy strips a word's leading and trailing marks one
    at a time, searching the whole word each time: a 200 000-character "[[[...]]]" from a
    damaged PDF took hours. Runs of more than 16 marks are cut to 16 and words longer than
    128 characters get a space every 128; no resume word is that long, and a mark run
    that long is a rule or dot leaders, which mean nothing to the score."""
    total = sum(len(line.text) for line in lines)
    if total > MAX_TEXT_CHARS:
        raise LimitExceededError(
            f"has {total:,} characters of text, over the {MAX_TEXT_CHARS:,} limit; is it really a resume?",
            source=source,
        )
    return [_tame(line) for line in lines]


def _tame(line: Line) -> Line:
    text = _PUNCTUATION_RUN.sub(lambda m: m.group()[:16], line.text)
    text = _LONG_WORD.sub(lambda m: m.group() + " ", text)
    return line if text == line.text else replace(line, text=text)


# ---------------------------------------------------------------------------- DOCX (zip)


def check_zip(data: bytes, source: str, limits: Limits) -> None:
    """Refuse a zip that would inflate past the limits, before python-docx opens it.

    The sizes a zip declares are checked first (cheap); then every entry is inflated in
    bounded steps and compared with what it declares, because Python's zipfile reads a
    whole deflate stream in one call: an entry declaring 1 KB that really holds 1 GB would
    allocate that gigabyte inside python-docx before the size mismatch is noticed.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError) as exc:
        raise CorruptFileError(_DOCX_CORRUPT, source=source) from exc
    if len(entries) > limits.max_zip_entries:
        raise LimitExceededError(
            f"has {len(entries)} parts in its zip, over the {limits.max_zip_entries}-part limit", source=source
        )
    declared = sum(entry.file_size for entry in entries)
    if declared > limits.max_unzipped_bytes:
        raise LimitExceededError(_inflates_to(declared, limits), source=source)
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > _RATIO_FLOOR and ratio > limits.max_zip_ratio:
            raise LimitExceededError(
                f"has a zip part that inflates {ratio:.0f} times, over the {limits.max_zip_ratio:g}x limit "
                "(a decompression bomb?)",
                source=source,
            )
    pictures = _svg_pictures(data, archive, source)
    for entry in entries:
        content = _inflate_entry(data, entry, source)
        if entry.filename not in pictures and any(marker in content for marker in _DOCTYPE):
            raise CorruptFileError(
                "contains an XML document type declaration (DOCTYPE), which Word never writes and which can "
                "hide entity attacks; refused. Save the resume again from your editor",
                source=source,
            )


def _svg_pictures(data: bytes, archive: zipfile.ZipFile, source: str) -> set[str]:
    """Parts that are SVG pictures by both name and [Content_Types].xml. An SVG exported by
    a drawing program may carry a harmless DOCTYPE, and python-docx keeps pictures as bytes,
    never parsing them; every other part may be parsed as XML, so every other part is
    scanned. (Were a part passed off as a picture parsed after all, python-docx's parser
    would still resolve no entity: the scan is for a clear refusal, not the only defence.)"""
    svgs = [name for name in archive.namelist() if name.lower().endswith(".svg")]
    if not svgs:
        return set()
    try:
        types = etree.fromstring(_inflate_entry(data, archive.getinfo("[Content_Types].xml"), source), _SAFE_XML)
    except (KeyError, etree.XMLSyntaxError):
        return set()  # python-docx refuses a package without readable content types
    svg_type = "image/svg+xml"
    by_default = any(el.get("Extension", "").lower() == "svg" and el.get("ContentType") == svg_type for el in types)
    overrides = {el.get("PartName", "").lower(): el.get("ContentType") for el in types if el.get("PartName")}
    return {name for name in svgs if overrides.get("/" + name.lower(), svg_type if by_default else None) == svg_type}


def _inflate_entry(data: bytes, entry: zipfile.ZipInfo, source: str) -> bytes:
    """An entry's content, inflated in bounded steps; refused if it is longer than it says."""
    if entry.flag_bits & 0x1:
        raise UnsupportedFormatError("has encrypted zip parts; save it again without a password", source=source)
    raw = _raw_entry(data, entry, source)
    if entry.compress_type == zipfile.ZIP_STORED:
        return raw[: entry.file_size]
    if entry.compress_type != zipfile.ZIP_DEFLATED:
        raise UnsupportedFormatError(
            "uses a zip compression method Word never writes; save it again from your editor", source=source
        )
    out = bytearray()
    for piece in _inflate(raw, zlib.decompressobj(-zlib.MAX_WBITS), entry.file_size + 1):
        out += piece
    if len(out) > entry.file_size:
        raise LimitExceededError(
            "has a zip part that inflates past the size it declares (a decompression bomb?)", source=source
        )
    return bytes(out)


def _raw_entry(data: bytes, entry: zipfile.ZipInfo, source: str) -> bytes:
    """The compressed bytes of an entry: after its local header, which zipfile skips in
    the same way (fixed 30 bytes, then the name and extra field of the *local* header)."""
    start = entry.header_offset
    header = data[start : start + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise CorruptFileError(_DOCX_CORRUPT, source=source)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    begin = start + 30 + name_length + extra_length
    return data[begin : begin + entry.compress_size]


def _inflate(raw: bytes | memoryview, inflater, limit: int) -> Iterator[bytes]:
    """Inflate `raw` in steps of at most _CHUNK bytes out, stopping once `limit` bytes came
    out, at the end of the stream, or where the data breaks (what came out still counts).

    The input goes in in slices of _CHUNK too: zlib copies what it has not used (the rest of
    the file, when `raw` runs past the stream), and per stream of a PDF that was most of the
    check's time."""
    view = memoryview(raw)
    produced = offset = 0
    pending: bytes | memoryview = b""
    while produced < limit and not inflater.eof:
        if not pending:
            if offset >= len(view):
                return
            pending, offset = view[offset : offset + _CHUNK], offset + _CHUNK
        try:
            piece = inflater.decompress(pending, min(_CHUNK, limit - produced))
        except zlib.error:
            return
        pending = inflater.unconsumed_tail
        produced += len(piece)
        yield piece


def _inflates_to(size: int, limits: Limits) -> str:
    return f"inflates to {_mb(size)}, over the {_mb(limits.max_unzipped_bytes)} limit"


# ---------------------------------------------------------------------------- PDF


def check_pdf(data: bytes, source: str, limits: Limits, deadline: Deadline | None = None) -> None:
    """The thorough check, for the pdfminer engine: refuse a PDF with more pages than
    limits.max_pages, with indirect objects that point at themselves (pdfminer's resolve1
    loops on them for ever), or with streams that inflate past limits.max_unzipped_bytes
    in total (pdfminer inflates a stream in one unbounded call).

    pdfminer parses the objects (and decrypts what opens without a password); the filters
    are run here, in bounded steps, counting bytes without keeping them. The page count
    comes first because pdfplumber, once open, walks every page when it closes. A PDF
    pdfminer cannot open at all is left to the reader, which reports it.
    """
    with _pdfminer_quiet():
        _check_pdf(data, source, limits, deadline or Deadline(None, source))


def _check_pdf(data: bytes, source: str, limits: Limits, deadline: Deadline) -> None:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except Exception:  # damaged or locked: the reader says which, in its own words
        return
    if _count_pages(document, limits.max_pages + 1, source) > limits.max_pages:
        raise LimitExceededError(
            f"has more than {limits.max_pages} pages; a resume should be one or two", source=source
        )
    budget = limits.max_unzipped_bytes
    for objid in _object_ids(document):
        deadline.check()
        try:
            obj = document.getobj(objid)
        except Exception:  # a broken object: the reader decides whether it matters
            continue
        obj = _resolve(document, obj, source)
        if isinstance(obj, PDFStream):
            budget -= _stream_size(obj, budget + 1, deadline)
            if budget < 0:
                raise _bomb(limits, source)


def check_pdf_streams(data: bytes, source: str, limits: Limits, deadline: Deadline | None = None) -> None:
    """The fast check, for engines that need only the inflation bound (PDFium): refuse a
    PDF whose streams inflate past limits.max_unzipped_bytes in total, in milliseconds.

    Streams are found by their `stream` keyword, and decoded with the filters their
    dictionary names, from the raw bytes, without parsing the file. Whenever the bytes
    alone cannot say what a parser would do (an encrypted file, a filter given by reference
    or as a name with #-escapes, two /Filter keys, no dictionary in sight), check_pdf
    decides instead. Images are counted like any stream: a picture is rarely a bomb, but a
    bomb can say it is a picture.
    """
    deadline = deadline or Deadline(None, source)
    tail = data[data.rfind(b"trailer") :] if b"trailer" in data else b""
    if b"/Encrypt" in data or _ESCAPED_NAME.search(tail):
        check_pdf(data, source, limits, deadline)
        return
    budget = limits.max_unzipped_bytes
    view = memoryview(data)  # each stream's data runs to the end of the file: never copied
    for number, (start, filters) in enumerate(_raw_streams(data)):
        if filters is None:
            check_pdf(data, source, limits, deadline)
            return
        if number % 64 == 0:
            deadline.check()
        if filters:
            budget -= _decoded_length(view[start:], filters, budget + 1, deadline)
            if budget < 0:
                raise _bomb(limits, source)


def _pdfminer_quiet() -> contextlib.AbstractContextManager:
    """pdfminer logs what it finds odd, at times quoting the file's bytes. Its records go to
    the running read's warnings (pdf_reader's router), never to the terminal or a log."""
    from .pdf_reader import _NOISE

    if getattr(_NOISE.local, "sink", None) is not None:  # inside pdf_reader.read_pdf already
        return contextlib.nullcontext()
    return _NOISE.capture()


_EOLS = (b"\r\n", b"\n", b"\r")
_FILTER = re.compile(rb"/Filter(?![\w#])\s*(\[[^\]]*\]|/[^\s/\[\]<>()]*|\d+\s+\d+\s+R)?")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_ESCAPED_NAME = re.compile(rb"/[^\s/\[\]<>()]*#[0-9A-Fa-f]{2}")
_DICT_WINDOW = 64 * 1024  # how far before `stream` its object's dictionary may start


def stream_keywords(data: bytes) -> Iterator[tuple[int, int]]:
    """Where each `stream` keyword starts and where its data starts (after the end of line);
    not `endstream`. bytes.find, not a regular expression: scanning megabytes of binary
    with `re` was most of the check's time."""
    at = data.find(b"stream")
    while at >= 0:
        after = at + len(b"stream")
        if data[max(0, at - 3) : at] != b"end":
            eol = next((eol for eol in _EOLS if data.startswith(eol, after)), None)
            if eol is not None:
                yield at, after + len(eol)
        at = data.find(b"stream", after)


def _raw_streams(data: bytes) -> Iterator[tuple[int, list[str] | None]]:
    """(where the data starts, the filter names) of each stream in the file; None for the
    names when the dictionary does not show them plainly."""
    for at, data_start in stream_keywords(data):
        header = data.rfind(b"obj", max(0, at - _DICT_WINDOW), at)
        if header < 0 or data[header - 3 : header] == b"end":
            yield data_start, None
            continue
        head = data[header:at]
        filters = _FILTER.findall(head)
        if not filters:
            yield data_start, []
        elif len(filters) > 1 or not filters[0] or _ESCAPED_NAME.search(head) or re.search(rb"\d\s+R", filters[0]):
            yield data_start, None
        else:
            yield data_start, [name.decode("latin-1") for name in _NAME.findall(filters[0])]


def _object_ids(document) -> list[int]:
    ids: set[int] = set()
    for xref in document.xrefs:
        try:
            ids.update(xref.get_objids())
        except Exception:
            continue
    return sorted(ids)


def _resolve(document, obj: object, source: str) -> object:
    """What a reference leads to, through chains of references. pdfminer's resolve1()
    follows a chain with `while`, for ever when it is a loop; here a loop is refused."""
    from pdfminer.pdftypes import PDFObjRef

    seen: set[int] = set()
    while isinstance(obj, PDFObjRef):
        if obj.objid in seen:
            raise CorruptFileError("is not a readable PDF (its objects refer to each other in a loop)", source=source)
        seen.add(obj.objid)
        try:
            obj = document.getobj(obj.objid)
        except Exception:
            return None
    return obj


def _count_pages(document, stop: int, source: str) -> int:
    """The leaves of the page tree, counted up to `stop`, each node once. pdfminer's own
    walk builds every page, resolving its contents (and would loop on a reference loop);
    this one only reads /Kids."""
    try:
        root = document.catalog.get("Pages")
    except Exception:
        return 0
    count, seen, todo = 0, set(), [root]
    while todo and count < stop:
        ref = todo.pop()
        key = getattr(ref, "objid", None)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        node = _resolve(document, ref, source)
        if not isinstance(node, dict):
            continue
        kids = _resolve(document, node.get("Kids"), source)
        if isinstance(kids, list):
            todo.extend(reversed(kids))
        elif getattr(node.get("Type"), "name", None) == "Page" or "Kids" not in node:
            count += 1
    return count


def _stream_size(stream, limit: int, deadline: Deadline) -> int:
    """A pdfminer stream's length once decrypted and decoded, counted up to `limit`."""
    data = stream.rawdata if stream.rawdata is not None else stream.data or b""
    if stream.rawdata is not None and stream.decipher and stream.objid is not None:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    try:
        filters = [str(getattr(f, "name", f)) for f, _ in stream.get_filters()]
    except Exception:
        return len(data)
    return _decoded_length(data, filters, limit, deadline)


_FLATE = {"FlateDecode", "Fl"}
_LZW = {"LZWDecode", "LZW"}
_ASCII85 = {"ASCII85Decode", "A85"}
_ASCIIHEX = {"ASCIIHexDecode", "AHx"}
_RUNLENGTH = {"RunLengthDecode", "RL"}


def _decoded_length(data: bytes | memoryview, filters: list[str], limit: int, deadline: Deadline) -> int:
    """How long `data` is once each filter has run in turn, counted up to `limit`. Each
    decoder stops at its own end-of-data mark, so `data` may run past the stream. The last
    filter's output is counted, never kept. A filter that does not expand (images: DCT,
    JPX, JBIG2, CCITT) ends the chain at its input's length."""
    from pdfminer.lzw import LZWDecoder

    for position, name in enumerate(filters):
        if name in _FLATE:
            pieces: Iterator[bytes] = _inflate(data, zlib.decompressobj(), limit)
        elif name in _LZW:  # the other decoders take bytes, and are rare
            pieces = _bounded(LZWDecoder(io.BytesIO(bytes(data))).run(), limit, deadline)
        elif name in _ASCII85:
            pieces = iter([_ascii85(bytes(data))])
        elif name in _ASCIIHEX:
            pieces = iter([_ascii_hex(bytes(data))])
        elif name in _RUNLENGTH:
            pieces = iter([_run_length(bytes(data), limit)])
        else:
            break
        if position == len(filters) - 1:
            return sum(len(piece) for piece in pieces)
        data = b"".join(pieces)
    return len(data)


def _bounded(pieces: Iterator[bytes], limit: int, deadline: Deadline) -> Iterator[bytes]:
    """Pieces until `limit` bytes came out; a decoder's error ends them (what came out counts)."""
    produced = 0
    try:
        for number, piece in enumerate(pieces):
            yield piece
            produced += len(piece)
            if produced >= limit:
                return
            if number % 4096 == 0:
                deadline.check()
    except AtsMatchError:
        raise
    except Exception:
        return


def _ascii85(data: bytes) -> bytes:
    """ASCII85 up to its end mark or the first character outside its alphabet."""
    from base64 import a85decode

    body = data.lstrip()
    body = body[2:] if body.startswith(b"<~") else body
    body = re.match(rb"[!-uz\s]*", body).group()  # type: ignore[union-attr]
    body = re.sub(rb"\s", b"", body)
    if len(body.replace(b"z", b"")) % 5 == 1:
        body = body[:-1]
    try:
        return a85decode(body)
    except ValueError:
        return b""


def _ascii_hex(data: bytes) -> bytes:
    """ASCIIHex up to its end mark `>` or the first character that is not a hex digit."""
    digits = re.sub(rb"\s", b"", re.match(rb"[0-9A-Fa-f\s]*", data).group())  # type: ignore[union-attr]
    return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))


def _run_length(data: bytes, limit: int) -> bytes:
    """RunLengthDecode (up to 64 times its input), stopped once `limit` bytes came out."""
    out = bytearray()
    i = 0
    while i < len(data) and len(out) < limit:
        length = data[i]
        if length == 128:  # end of data
            break
        if length < 128:
            out += data[i + 1 : i + length + 2]
            i += length + 2
        else:
            out += data[i + 1 : i + 2] * (257 - length)
            i += 2
    return bytes(out)


def _bomb(limits: Limits, source: str) -> LimitExceededError:
    return LimitExceededError(
        f"has streams that inflate past the {_mb(limits.max_unzipped_bytes)} limit (a decompression bomb?)",
        source=source,
    )


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size / 2**10:.0f} KB"
