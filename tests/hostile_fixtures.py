"""Hostile and broken files, built by the tests so no such file is ever committed.

Each builder returns bytes. DOCX ones start from docx_fixtures.plain_resume(); PDF ones are
written object by object (raw_pdf) so that every byte of the attack is visible here. Large
payloads are compressed in 1 MB steps, so building a "gigabyte" bomb never holds a gigabyte.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zipfile
import zlib
from collections.abc import Iterable

import docx_fixtures as dx

MB = 1024 * 1024
RESUME_TEXT = (
    "Jane Doe",
    "jane.doe@example.com",
    "EXPERIENCE",
    "ML Engineer, Acme Corp, 2020 - Present",
    "Deployed PyTorch models with Docker and MLflow",
    "SKILLS",
    "Python, SQL, Pandas, scikit-learn",
)


def _deflate(chunks: Iterable[bytes], raw: bool = False) -> bytes:
    """Deflate a stream given in pieces (zlib-wrapped, as PDF wants, unless raw)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
    return b"".join(compressor.compress(chunk) for chunk in chunks) + compressor.flush()


def _repeat(byte: bytes, size: int) -> Iterable[bytes]:
    block = byte * MB
    for start in range(0, size, MB):
        yield block[: min(MB, size - start)]


# ---------------------------------------------------------------------------- DOCX


def with_parts(base: bytes, parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A copy of a DOCX with extra (or replaced) parts."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info, source.read(info))
        for name, content in parts.items():
            target.writestr(name, content, compress_type=compression)
    return out.getvalue()


def zip_bomb_docx(megabytes: int = 150) -> bytes:
    """A resume with one extra part of zeros: about 150 KB on disk, 150 MB inflated."""
    out = io.BytesIO(dx.plain_resume())
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("word/media/filler.bin", "w") as part:
        for chunk in _repeat(b"\0", megabytes * MB):
            part.write(chunk)
    return out.getvalue()


def ratio_bomb_docx() -> bytes:
    """Within the size limit (4 MB inflated) but a part inflates about 1000 times."""
    return zip_bomb_docx(4)


def many_entries_docx(count: int = 3000) -> bytes:
    """A resume plus `count` empty parts (a zip's central directory is the cost)."""
    return with_parts(dx.plain_resume(), {f"customXml/item{i}.xml": b"" for i in range(count)})


def lying_size_docx(megabytes: int = 150) -> bytes:
    """word/document.xml followed by `megabytes` of spaces in the same deflate stream, with
    the zip headers declaring only the document's length and its CRC. Python's zipfile
    inflates the whole stream in one call before it truncates it to the declared length,
    so python-docx alone would read a valid resume after allocating the whole payload."""
    base = dx.plain_resume()
    document = dx.part_bytes(base, "word/document.xml")
    payload = _deflate([document, *_repeat(b" ", megabytes * MB)], raw=True)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info, source.read(info))
        target.writestr("word/document.xml", b"")  # placeholder: its headers are rewritten below
    return _replace_stored_deflate(out.getvalue(), "word/document.xml", payload, len(document), zlib.crc32(document))


def _replace_stored_deflate(data: bytes, name: str, payload: bytes, size: int, crc: int) -> bytes:
    """Rewrite one (last, empty) entry: new compressed payload, declared size and CRC."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(name)
    local = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[local + 26 : local + 30])
    body = local + 30 + name_length + extra_length
    central = data.index(b"PK\x01\x02", body + info.compress_size)
    header = bytearray(data[local:body])
    struct.pack_into("<III", header, 14, crc, len(payload), size)
    struct.pack_into("<H", header, 8, zipfile.ZIP_DEFLATED)
    tail = bytearray(data[central:])
    shift = len(payload) - info.compress_size
    position = 0
    while (position := tail.find(b"PK\x01\x02", position)) >= 0:
        entry_name_length = struct.unpack("<H", tail[position + 28 : position + 30])[0]
        if tail[position + 46 : position + 46 + entry_name_length] == name.encode():
            struct.pack_into("<H", tail, position + 10, zipfile.ZIP_DEFLATED)
            struct.pack_into("<III", tail, position + 16, crc, len(payload), size)
        position += 46
    end = tail.rfind(b"PK\x05\x06")
    struct.pack_into("<I", tail, end + 16, central + shift)  # where the central directory now starts
    return data[:local] + bytes(header) + payload + bytes(tail)


def nested_zip_docx(megabytes: int = 150) -> bytes:
    """A resume carrying a zip bomb as an embedded object (stored, so its own ratio is 1)."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("zeros.bin", "w") as part:
        for chunk in _repeat(b"\0", megabytes * MB):
            part.write(chunk)
    return with_parts(dx.plain_resume(), {"word/embeddings/package.zip": inner.getvalue()}, zipfile.ZIP_STORED)


def _with_doctype(doctype: str, entity_use: str, encoding: str = "utf-8") -> bytes:
    """plain_resume() whose document.xml declares a DTD and uses an entity in a run."""

    def edit(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        declaration, rest = text.split("?>", 1)
        text = declaration + "?>" + doctype + rest.replace("<w:t>Python, SQL", f"<w:t>{entity_use} Python, SQL", 1)
        if encoding != "utf-8":
            text = text.replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"', 1)
        return text.encode(encoding)

    return dx.replace_part(dx.plain_resume(), "word/document.xml", edit)


def billion_laughs_docx() -> bytes:
    """Nine levels of entities, each ten of the one below: a billion "lol"s if expanded."""
    levels = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return _with_doctype(f"<!DOCTYPE w:document [{''.join(levels)}]>", "&lol9;")


def external_entity_docx(target: str, encoding: str = "utf-8") -> bytes:
    """XXE: an entity whose value is a local file or a URL, used in the skills line."""
    return _with_doctype(f'<!DOCTYPE w:document [<!ENTITY ext SYSTEM "{target}">]>', "&ext;", encoding)


def bzip2_docx() -> bytes:
    """A resume whose document part is compressed with bzip2, which Word never writes."""
    base = dx.plain_resume()
    return with_parts(base, {"word/document.xml": dx.part_bytes(base, "word/document.xml")}, zipfile.ZIP_BZIP2)


def svg_picture_docx() -> bytes:
    """A resume with an SVG picture that carries a DOCTYPE, as Illustrator writes it: a
    harmless image part python-docx never parses, so the file must be read."""
    svg = (
        b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>'
    )
    base = with_parts(dx.plain_resume(), {"word/media/icon.svg": svg})

    def register(types: bytes) -> bytes:
        return types.replace(b"</Types>", b'<Default Extension="svg" ContentType="image/svg+xml"/></Types>')

    return dx.replace_part(base, "[Content_Types].xml", register)


# ---------------------------------------------------------------------------- PDF


def raw_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of the given objects, numbered from 1 (1 is the catalog), with a correct
    cross-reference table; `trailer` adds keys to the trailer dictionary."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def stream(data: bytes, keys: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), keys, data)


def resume_content(lines: Iterable[str] = RESUME_TEXT) -> bytes:
    """A page content stream writing `lines` in Helvetica (font /F1), top down."""
    ops = [b"BT /F1 11 Tf 72 720 Td 14 TL"]
    ops += [b"(%s) Tj T*" % line.encode("latin-1") for line in lines]
    return b"\n".join([*ops, b"ET"]) + b"\n"


def one_page_pdf(contents: bytes = b"4 0 R", objects: Iterable[bytes] | None = None, trailer: bytes = b"") -> bytes:
    """Catalog, page tree, one page with /Contents `contents`, Helvetica as object 5.
    Object 4 is the resume's content stream unless `objects` (4, 5 is the font, 6...) says otherwise."""
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents %s >>"
    )
    rest = list(objects) if objects is not None else [stream(resume_content()), _FONT]
    return raw_pdf([_CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page % contents, *rest], trailer)


_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def good_pdf() -> bytes:
    """The hand-written resume every hostile PDF below is a variant of: it reads."""
    return one_page_pdf()


def flate_bomb_pdf(megabytes: int = 150) -> bytes:
    """The resume's content stream followed by `megabytes` of spaces, deflated: ~150 KB."""
    data = _deflate([resume_content(), *_repeat(b" ", megabytes * MB)])
    return one_page_pdf(objects=[stream(data, b"/Filter /FlateDecode "), _FONT])


def hex_flate_bomb_pdf(megabytes: int = 150) -> bytes:
    """The same bomb behind an ASCIIHexDecode filter: [/ASCIIHexDecode /FlateDecode]."""
    data = _deflate([resume_content(), *_repeat(b" ", megabytes * MB)]).hex().encode() + b">"
    return one_page_pdf(objects=[stream(data, b"/Filter [/ASCIIHexDecode /FlateDecode] "), _FONT])


def image_tagged_bomb_pdf(megabytes: int = 150) -> bytes:
    """The bomb as the page's content, its dictionary claiming to be an image (a scan that
    skips images, since text extraction never decodes them, would skip it)."""
    data = _deflate([resume_content(), *_repeat(b" ", megabytes * MB)])
    return one_page_pdf(objects=[stream(data, b"/Subtype /Image /Filter /FlateDecode "), _FONT])


def spaced_keyword_bomb_pdf(megabytes: int = 150) -> bytes:
    """The bomb with spaces between `stream` and its end of line: the standard forbids it,
    PDFium and pdfminer read it, and a scan for "stream" + end of line missed it."""
    data = _deflate([resume_content(), *_repeat(b" ", megabytes * MB)])
    return one_page_pdf(objects=[stream(data, b"/Filter /FlateDecode ").replace(b"stream\n", b"stream  \n", 1), _FONT])


def split_bomb_pdf(parts: int = 15, megabytes: int = 10) -> bytes:
    """The bomb in `parts` content streams, each well under the limit and its bound."""
    pieces = [_deflate([resume_content() if n == 0 else b"", *_repeat(b" ", megabytes * MB)]) for n in range(parts)]
    refs = b" ".join(b"%d 0 R" % (6 + n) for n in range(parts))
    return one_page_pdf(b"[%s]" % refs, [b"<< >>", _FONT, *(stream(p, b"/Filter /FlateDecode ") for p in pieces)])


def indirect_filter_bomb_pdf(megabytes: int = 150) -> bytes:
    """The bomb's filter given by reference (/Filter 6 0 R), invisible to a byte scan."""
    data = _deflate([resume_content(), *_repeat(b" ", megabytes * MB)])
    return one_page_pdf(objects=[stream(data, b"/Filter 6 0 R "), _FONT, b"/FlateDecode"])


def escaped_filter_bomb_pdf(megabytes: int = 150) -> bytes:
    """The bomb's filter as a name with a #-escape: /Fl#61teDecode is /FlateDecode."""
    data = _deflate([resume_content(), *_repeat(b" ", megabytes * MB)])
    return one_page_pdf(objects=[stream(data, b"/Filter /Fl#61teDecode "), _FONT])


# RC4 encryption, standard security handler revision 2 (PDF 1.7, 7.6.3): what an "empty
# password" PDF uses. Encrypted streams look random, so only a reader that decrypts them
# (as check_pdf does, through pdfminer) can see the bomb inside.
_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
_FILE_ID = b"0123456789abcdef"


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_flate_bomb_pdf(megabytes: int = 150) -> bytes:
    """flate_bomb_pdf() encrypted with RC4 40-bit, empty user password: opens without one."""
    permissions = -4
    owner_key = hashlib.md5(b"owner".ljust(32, b"\0")[:5] + _PAD[5:]).digest()[:5]
    owner = _rc4(owner_key, _PAD)
    file_key = hashlib.md5(_PAD + owner + struct.pack("<i", permissions) + _FILE_ID).digest()[:5]
    user = _rc4(file_key, _PAD)
    object_key = hashlib.md5(file_key + struct.pack("<i", 4)[:3] + b"\0\0").digest()[:10]
    data = _rc4(object_key, _deflate([resume_content(), *_repeat(b" ", megabytes * MB)]))
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        owner.hex().encode(),
        user.hex().encode(),
        permissions,
    )
    trailer = b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (_FILE_ID.hex().encode(), _FILE_ID.hex().encode())
    return one_page_pdf(objects=[stream(data, b"/Filter /FlateDecode "), _FONT, encrypt], trailer=trailer)


def self_reference_pdf() -> bytes:
    """The page's content is object 4, and object 4 is "4 0 R": pdfminer's resolve1 loops."""
    return one_page_pdf(objects=[b"4 0 R", _FONT])


def reference_cycle_pdf() -> bytes:
    """Object 4 is "6 0 R" and object 6 is "4 0 R"."""
    return one_page_pdf(objects=[b"6 0 R", _FONT, b"4 0 R"])


def deep_nesting_pdf(depth: int = 100_000) -> bytes:
    """A page whose /Annots is an array nested `depth` deep."""
    annots = b"[" * depth + b"]" * depth
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R /Annots 6 0 R >>"
    )
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    return raw_pdf([_CATALOG, pages, page, stream(resume_content()), _FONT, annots])


def page_tree_loop_pdf() -> bytes:
    """A page tree whose node lists itself among its kids."""
    pages = b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
    return raw_pdf([_CATALOG, pages, page, stream(resume_content()), _FONT])


def xref_loop_pdf() -> bytes:
    """A trailer whose /Prev points back at its own cross-reference table."""
    data = good_pdf()
    xref = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    return data.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev %d " % xref)


def many_pages_pdf(count: int = 20_000) -> bytes:
    """`count` pages sharing one content stream: a small file with a huge page count."""
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(count))
    pages = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
    return raw_pdf([_CATALOG, pages, b"null", stream(resume_content()), _FONT] + [page] * count)


def slow_page_pdf(operations: int = 600_000) -> bytes:
    """One page whose (deflated, small) content shows `operations` one-letter strings at
    distinct places: pdfminer and pdfplumber build an object per glyph, so it reads for a long
    time on a single page, where a cooperative time check never runs. PDFium reads it in
    about 10 s (the batch test stops it at 3 s); 200,000 took 3.7 s once the engine got
    faster, and a worker finished it inside the limit."""
    body = (b"BT /F1 1 Tf %d %d Td (x) Tj ET\n" % (i % 600, i % 780) for i in range(operations))
    data = _deflate([resume_content(), *_batched(body, 10_000)])
    return one_page_pdf(objects=[stream(data, b"/Filter /FlateDecode "), _FONT])


def _batched(pieces: Iterable[bytes], size: int) -> Iterable[bytes]:
    batch: list[bytes] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) == size:
            yield b"".join(batch)
            batch = []
    if batch:
        yield b"".join(batch)


# ---------------------------------------------------------------------------- catalogue

# name -> (builder, file name, the error class a read must raise). Used by the hostile
# batch tests and by tools/fuzz.py as seeds. All of them are refused within the default limits.
HOSTILE: dict[str, tuple] = {
    "zip-bomb": (zip_bomb_docx, "zip_bomb.docx", "LimitExceededError"),
    "ratio-bomb": (ratio_bomb_docx, "ratio_bomb.docx", "LimitExceededError"),
    "many-entries": (many_entries_docx, "many_entries.docx", "LimitExceededError"),
    "lying-size": (lying_size_docx, "lying_size.docx", "LimitExceededError"),
    "billion-laughs": (billion_laughs_docx, "laughs.docx", "CorruptFileError"),
    "xxe-file": (lambda: external_entity_docx("file:///etc/passwd"), "xxe_file.docx", "CorruptFileError"),
    "xxe-url": (lambda: external_entity_docx("http://127.0.0.1:9/x"), "xxe_url.docx", "CorruptFileError"),
    "xxe-utf16": (lambda: external_entity_docx("file:///etc/passwd", "utf-16"), "xxe16.docx", "CorruptFileError"),
    "bzip2": (bzip2_docx, "bzip2.docx", "UnsupportedFormatError"),
    "flate-bomb": (flate_bomb_pdf, "flate_bomb.pdf", "LimitExceededError"),
    "hex-flate-bomb": (hex_flate_bomb_pdf, "hex_bomb.pdf", "LimitExceededError"),
    "encrypted-bomb": (encrypted_flate_bomb_pdf, "encrypted_bomb.pdf", "LimitExceededError"),
    "image-tagged-bomb": (image_tagged_bomb_pdf, "image_bomb.pdf", "LimitExceededError"),
    "spaced-keyword-bomb": (spaced_keyword_bomb_pdf, "spaced_bomb.pdf", "LimitExceededError"),
    "split-bomb": (split_bomb_pdf, "split_bomb.pdf", "LimitExceededError"),
    "indirect-filter-bomb": (indirect_filter_bomb_pdf, "indirect_bomb.pdf", "LimitExceededError"),
    "escaped-filter-bomb": (escaped_filter_bomb_pdf, "escaped_bomb.pdf", "LimitExceededError"),
    "self-reference": (self_reference_pdf, "self_ref.pdf", "CorruptFileError"),
    "reference-cycle": (reference_cycle_pdf, "cycle.pdf", "CorruptFileError"),
    "many-pages": (many_pages_pdf, "many_pages.pdf", "LimitExceededError"),
}


class CrashesWorker:
    """A batch input that ends the worker process unpickling it (exit code 70), as a crash
    of a parser written in C, or the system killing a worker for its memory, would."""

    name = "crash.pdf"

    def __reduce__(self) -> tuple:
        return (os._exit, (70,))
