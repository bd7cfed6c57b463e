"""Refuse a hostile DOCX before python-docx opens it: zip bombs (declared and actual
inflated sizes, ratio, entry count) and XML document type declarations, which Word never
writes and which can hide entity attacks. Every step is bounded (reading/limits.py)."""

from __future__ import annotations

import io
import struct
import zipfile

from lxml import etree

from ...errors import CorruptFileError, LimitExceededError, UnsupportedFormatError
from ..limits import Limits, inflate_bounded, size_text
from .messages import CORRUPT

_RATIO_FLOOR = 1024 * 1024  # parts smaller than this may compress as well as they like
# A DTD is where entities are declared; OPC (ECMA-376 Part 2, 8.1.4) forbids DTDs in
# package XML, which is UTF-8 or UTF-16.
_DOCTYPE = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)  # python-docx's settings


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
        raise CorruptFileError(CORRUPT, source=source) from exc
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
        xml = entry.filename.lower().endswith((".xml", ".rels"))
        if xml and entry.file_size > limits.max_xml_bytes:
            raise LimitExceededError(_xml_too_big(f"{size_text(entry.file_size)} of XML", limits), source=source)
        content = _inflate_entry(data, entry, source)
        if xml and content.count(b"<") > limits.max_xml_elements:
            raise LimitExceededError(
                _xml_too_big(f"over {limits.max_xml_elements:,} XML elements", limits), source=source
            )
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
    for piece in inflate_bounded(raw, entry.file_size + 1, zip_entry=True):
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
        raise CorruptFileError(CORRUPT, source=source)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    begin = start + 30 + name_length + extra_length
    return data[begin : begin + entry.compress_size]


def _inflates_to(size: int, limits: Limits) -> str:
    return f"inflates to {size_text(size)}, over the {size_text(limits.max_unzipped_bytes)} limit"


def _xml_too_big(what: str, limits: Limits) -> str:
    return (
        f"has a part with {what}, over the limit of {size_text(limits.max_xml_bytes)} and "
        f"{limits.max_xml_elements:,} elements a resume needs; refused before parsing"
    )
