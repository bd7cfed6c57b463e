"""Refuse a hostile PDF before a parser meets it: more pages than the limit, indirect
objects that point at themselves (pdfminer loops on them), and streams that inflate past
the limit (pdfminer inflates a stream in one unbounded call). check_pdf is the thorough
check for the pdfplumber engine; check_pdf_streams the fast one for PDFium."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator

from ...errors import AtsMatchError, CorruptFileError, LimitExceededError
from ..limits import Deadline, Limits, inflate_bounded, size_text
from .noise import PARSER_NOISE


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

    A stream whose length its dictionary states (and `endstream` confirms) can inflate to
    no more than its length times its filters' largest growth (_most_inflated); only when
    those bounds add up past the limit are streams inflated, the largest bound first, so the
    verdict is the one inflating every stream would give, in a fraction of the time.
    """
    deadline = deadline or Deadline(None, source)
    tail = data[data.rfind(b"trailer") :] if b"trailer" in data else b""
    if b"/Encrypt" in data or _ESCAPED_NAME.search(tail):
        check_pdf(data, source, limits, deadline)
        return
    budget = limits.max_unzipped_bytes
    view = memoryview(data)  # never copied
    bounded: list[tuple[int, memoryview, list[str]]] = []  # (the most it can inflate to, its data, its filters)
    for number, (start, filters, length) in enumerate(_raw_streams(data)):
        if filters is None:
            check_pdf(data, source, limits, deadline)
            return
        if number % 64 == 0:
            deadline.check()
        if not filters:
            continue
        # with no length known, a stream's data runs to the end of the file: each decoder
        # stops at its own end-of-data mark
        stream = view[start : start + length] if length is not None else view[start:]
        most = _most_inflated(filters, length)
        if most is not None:
            bounded.append((most, stream, filters))
            continue
        budget -= _decoded_length(stream, filters, budget + 1, deadline)
        if budget < 0:
            raise _bomb(limits, source)
    # Inflate only what the bounds cannot clear, the largest bound first: the verdict is the
    # one inflating every stream would give, and most resumes inflate nothing here.
    bounded.sort(key=lambda entry: entry[0], reverse=True)
    pending = sum(most for most, _, _ in bounded)
    for most, stream, filters in bounded:
        if pending <= budget:
            return
        deadline.check()
        pending -= most
        budget -= _decoded_length(stream, filters, budget + 1, deadline)
        if budget < 0:
            raise _bomb(limits, source)


# The most one byte can become through each filter that expands, for streams whose length
# is known: deflate's limit is 1032 to 1 (a 258-byte match in two bits), RunLength's 64 (two
# bytes to 128), ASCII85's 4 ("z" for four zero bytes); ASCIIHex halves. Image codecs end
# the chain, as in _decoded_length. LZW (up to thousands to 1, and rare) is always run.
_GROWTH = {**dict.fromkeys(("FlateDecode", "Fl"), 1032), **dict.fromkeys(("RunLengthDecode", "RL"), 64)}
_GROWTH |= {**dict.fromkeys(("ASCII85Decode", "A85"), 4), **dict.fromkeys(("ASCIIHexDecode", "AHx"), 1)}
_IMAGE_CODECS = {"DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF"}
_MOST_GROWTH = 1032 * 4  # one deflate behind ASCII85; two deflates in a row are inflated
_SLACK = 16  # bytes: a parser's idea of where the data starts may differ by an end of line


def _most_inflated(filters: list[str], length: int | None) -> int | None:
    """The most a stream of `length` bytes can decode to through `filters`, or None when
    no bound is cheap enough to trust (no length, an unknown or LZW filter, stacked
    deflates)."""
    if length is None:
        return None
    growth = 1
    for name in filters:
        if name in _IMAGE_CODECS:
            break
        if name not in _GROWTH:
            return None
        growth *= _GROWTH[name]
    return growth * (length + _SLACK) if growth <= _MOST_GROWTH else None


def _pdfminer_quiet() -> contextlib.AbstractContextManager:
    """pdfminer logs what it finds odd, at times quoting the file's bytes. Its records go to
    the running read's warnings (noise.py's PARSER_NOISE), never to the terminal or a log."""
    if PARSER_NOISE.capturing():  # inside the pdfplumber engine's read already
        return contextlib.nullcontext()
    return PARSER_NOISE.capture()


_PDF_SPACE = b" \t\r\n\f\x00"
_WORD_ENDS = [bytes([byte]) for byte in _PDF_SPACE + b"()<>[]{}/%"]  # white space and delimiters end a word
_FILTER = re.compile(rb"/Filter(?![\w#])\s*(\[[^\]]*\]|/[^\s/\[\]<>()]*|\d+\s+\d+\s+R)?")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_ESCAPED_NAME = re.compile(rb"/[^\s/\[\]<>()]*#[0-9A-Fa-f]{2}")
_DICT_WINDOW = 64 * 1024  # how far before `stream` its object's dictionary may start


def stream_keywords(data: bytes) -> Iterator[tuple[int, int]]:
    """Where each `stream` keyword starts and where its data starts; not `endstream`.

    As PDFium reads them: the keyword is a word of its own (what follows it is white space
    or a delimiter), and its data starts after the first end of line that follows, whatever
    comes between ("stream  \n" is a stream to PDFium, though the standard asks for the end
    of line right away). bytes.find, not a regular expression: scanning megabytes of binary
    with `re` was most of the check's time."""
    newline = carriage = -2  # where the next of each is (-1: none left; -2: not looked for yet)
    at = data.find(b"stream")
    while at >= 0:
        after = at + len(b"stream")
        if data[max(0, at - 3) : at] != b"end" and data[after : after + 1] in _WORD_ENDS:
            newline = _next_from(data, b"\n", after, newline)
            carriage = _next_from(data, b"\r", after, carriage)
            ends = [end for end in (newline, carriage) if end >= 0]
            if ends:
                eol = min(ends)
                yield at, eol + (2 if data.startswith(b"\r\n", eol) else 1)
        at = data.find(b"stream", after)


def _next_from(data: bytes, mark: bytes, start: int, last: int) -> int:
    """Where `mark` first occurs at or after `start`, given `last`, the answer for an earlier
    start: searching again only when it lies behind keeps a file of keywords linear."""
    return last if last == -1 or last >= start else data.find(mark, start)


def _raw_streams(data: bytes) -> Iterator[tuple[int, list[str] | None, int | None]]:
    """(where the data starts, the filter names, the data's length) of each stream in the
    file; None for the names when the dictionary does not show them plainly, and None for
    the length unless the dictionary gives it as one plain number and `endstream` follows
    where it says (what PDFium then hands its decoders, and no more)."""
    for at, data_start in stream_keywords(data):
        header = data.rfind(b"obj", max(0, at - _DICT_WINDOW), at)
        if header < 0 or data[header - 3 : header] == b"end":
            yield data_start, None, None
            continue
        head = data[header:at]
        filters = _FILTER.findall(head)
        length = _stream_length(data, head, data_start)
        if not filters:
            yield data_start, [], length
        elif len(filters) > 1 or not filters[0] or _ESCAPED_NAME.search(head) or re.search(rb"\d\s+R", filters[0]):
            yield data_start, None, None
        else:
            yield data_start, [name.decode("latin-1") for name in _NAME.findall(filters[0])], length


_LENGTH = re.compile(rb"/Length(?![\w#])\s*(\d+(?:\s+\d+\s+R)?)")


def _stream_length(data: bytes, head: bytes, data_start: int) -> int | None:
    lengths = _LENGTH.findall(head)
    if len(lengths) != 1 or not lengths[0].isdigit():
        return None  # none, several, or a reference: only a parser knows
    length = int(lengths[0])
    after = data[data_start + length : data_start + length + 32].lstrip(_PDF_SPACE)
    return length if after.startswith(b"endstream") else None


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
            pieces: Iterator[bytes] = inflate_bounded(data, limit)
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
        f"has streams that inflate past the {size_text(limits.max_unzipped_bytes)} limit (a decompression bomb?)",
        source=source,
    )
