"""The names of Office Open XML: namespaces, tags in the form lxml compares them in, and the
few helpers every part of the DOCX reader reads elements with. Kept apart so the style
resolver, the shape helpers and the walker share one spelling of each tag."""

from __future__ import annotations

from lxml import etree

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}


def qualified(name: str) -> str:
    """'w:p' -> '{namespace}p', the form lxml compares tags in."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def _tags(names: str) -> tuple[str, ...]:
    return tuple(qualified(name) for name in names.split())


# Blocks and their wrappers
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = _tags("w:p w:tbl w:tr w:tc w:sdt w:sdtContent w:customXml")
BODY, SECT_PR, ALT_CHUNK, OBJECT = _tags("w:body w:sectPr w:altChunk w:object")
# Inside a paragraph
R, T, TAB, PTAB, BR, CR, SYM = _tags("w:r w:t w:tab w:ptab w:br w:cr w:sym")
NO_BREAK_HYPHEN, RENDERED_BREAK = _tags("w:noBreakHyphen w:lastRenderedPageBreak")
HYPERLINK, FLD_SIMPLE, INSTR_TEXT = _tags("w:hyperlink w:fldSimple w:instrText")
INLINE_WRAPPERS = frozenset(_tags("w:smartTag w:customXml w:ins w:moveTo w:dir w:bdo"))
# Drawings and text boxes
DRAWING, PICT, TXBX_CONTENT, ALT, CHOICE, FALLBACK = _tags(
    "w:drawing w:pict w:txbxContent mc:AlternateContent mc:Choice mc:Fallback"
)
BLIP, IMAGEDATA, WSP, SP_PR, SOLID_FILL = _tags("a:blip v:imagedata wps:wsp wps:spPr a:solidFill")
# Properties and attributes
PPR, RPR, TCPR, PSTYLE, RSTYLE, NUM_PR, NUM_ID = _tags("w:pPr w:rPr w:tcPr w:pStyle w:rStyle w:numPr w:numId")
OUTLINE, PAGE_BREAK_BEFORE, SHD, V_MERGE = _tags("w:outlineLvl w:pageBreakBefore w:shd w:vMerge")
B, SZ, RFONTS, VANISH, COLOR, CAPS, HIGHLIGHT = _tags("w:b w:sz w:rFonts w:vanish w:color w:caps w:highlight")
VAL, TYPE, FILL, CHAR, R_ID, INSTR = _tags("w:val w:type w:fill w:char r:id w:instr")


def is_on(el: etree._Element | None) -> bool:
    """A toggle property: present and not switched off by w:val."""
    return el is not None and el.get(VAL, "true").lower() not in ("0", "false", "off", "none")


def to_int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def val(el: etree._Element | None) -> str | None:
    return el.get(VAL) if el is not None else None


def children(parent: etree._Element, tag: str):
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    for el in parent:
        if el.tag == tag:
            yield el
        elif el.tag == SDT:
            content = el.find(SDT_CONTENT)
            if content is not None:
                yield from children(content, tag)
        elif el.tag == CUSTOM_XML:
            yield from children(el, tag)
