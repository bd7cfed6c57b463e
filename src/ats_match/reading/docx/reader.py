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
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
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
from ..document import HiddenText, LayoutFacts, Line, Link, PageFacts, ResumeDocument
from ..limits import Deadline, Limits
from ..links import SAFE_SCHEMES, text_links, unique_links
from ..normalize import BULLETS, normalize_text
from .guard import check_zip
from .messages import CORRUPT

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}


def _q(name: str) -> str:
    """'w:p' -> '{namespace}p', the form lxml compares tags in."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def _tags(names: str) -> tuple[str, ...]:
    return tuple(_q(name) for name in names.split())


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

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING_STYLES = frozenset({"heading 1", "heading 2", "heading 3", "title"})
_LIST_STYLES = ("list bullet", "list number", "list paragraph")
_DEFAULT_SIZE = 10.0  # points; what Word uses when no w:sz is set anywhere (ECMA-376 17.3.2.38)
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')


def read_docx(data: bytes, source: str, limits: Limits) -> ResumeDocument:
    """Read a DOCX file's bytes. Every failure is an AtsMatchError naming `source`."""
    if len(data) > limits.max_bytes:
        raise LimitExceededError(f"file is over the {limits.max_bytes / 1e6:.1f} MB limit", source=source)
    if data[:8] == _OLE_MAGIC:
        raise _ole_error(data, source)
    deadline = Deadline(limits.timeout_seconds, source)
    check_zip(data, source, limits)  # safety.py: zip bombs and XML DTDs, before python-docx inflates anything
    try:
        document = docx.Document(io.BytesIO(data))
        deadline.check()
        reader = _Reader(document)
        lines = reader.read()
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
    pages = reader.page_facts(lines, app_pages, limits, source)
    layout = LayoutFacts(
        pages=pages,
        tables=reader.tables,
        images=reader.images,
        text_boxes=reader.text_boxes,
        header_footer_lines=sum(1 for ln in lines if ln.region in ("header", "footer") and not ln.hidden),
        fonts=tuple((name, size, n) for (name, size), n in reader.fonts.most_common()),
        hidden_text=tuple(reader.hidden),
        file_size=len(data),
        warnings=tuple(reader.warnings),
    )
    return build_document(source, "docx", lines, reader.all_links(lines), layout)


def _ole_error(data: bytes, source: str) -> AtsMatchError:
    """An OLE container is either a password-protected DOCX (Word wraps the encrypted
    package in one) or an old binary .doc."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return EncryptedFileError(
            "is password protected; remove the password in Word (File > Info) and save it again", source=source
        )
    return UnsupportedFormatError("is an old Word .doc file; save it as DOCX or PDF", source=source)


# ---------------------------------------------------------------- formatting


@dataclass(frozen=True)
class _RunProps:
    """The effective look of a run, after defaults, styles and direct formatting."""

    bold: bool = False
    size: float | None = None
    font: str = ""
    vanish: bool = False
    white: bool = False
    caps: bool = False
    shaded: bool = False  # run shading or highlight: white text on it is visible


@dataclass(frozen=True)
class _ParaStyle:
    run: dict[str, Any]  # run properties the paragraph style gives its runs
    heading: bool = False
    listed: bool = False


def _on(el: etree._Element | None) -> bool:
    """A toggle property: present and not switched off by w:val."""
    return el is not None and el.get(VAL, "true").lower() not in ("0", "false", "off", "none")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _filled(fill: str | None) -> bool:
    """A shading fill that paints something behind the text."""
    return fill is not None and fill.lower() not in ("auto", "ffffff", "none", "")


class _Styles:
    """Effective formatting: document defaults, then the style chain (w:basedOn), then the
    run's own w:rPr. python-docx's run.font only reports direct formatting, and a heading
    is usually bold or large through its style."""

    def __init__(self, styles: etree._Element, theme_fonts: dict[str, str]) -> None:
        self._theme = theme_fonts
        self._by_id = {s.get(_q("w:styleId")): s for s in styles.iterfind(_q("w:style"))}
        self._defaults = self.rpr(styles.find(f"{_q('w:docDefaults')}/{_q('w:rPrDefault')}/{RPR}"))
        self._default_para = next(
            (s.get(_q("w:styleId")) for s in self._by_id.values() if s.get(TYPE) == "paragraph" and _is_default(s)),
            None,
        )
        self._paragraphs: dict[str | None, _ParaStyle] = {}
        self._characters: dict[str, dict[str, Any]] = {}

    def rpr(self, rpr: etree._Element | None) -> dict[str, Any]:
        """The run properties a w:rPr sets, only those present (so they can be layered)."""
        out: dict[str, Any] = {}
        if rpr is None:
            return out
        for child in rpr:
            tag = child.tag
            if tag == B:
                out["bold"] = _on(child)
            elif tag == SZ:
                half_points = _int(child.get(VAL))
                if half_points is not None:
                    out["size"] = half_points / 2
            elif tag == RFONTS:
                theme = child.get(_q("w:asciiTheme")) or child.get(_q("w:hAnsiTheme")) or ""
                name = child.get(_q("w:ascii")) or child.get(_q("w:hAnsi")) or self._theme.get(theme, "")
                if name:
                    out["font"] = name
            elif tag == VANISH:
                out["vanish"] = _on(child)
            elif tag == COLOR:
                out["white"] = (child.get(VAL) or "").upper() == "FFFFFF"
            elif tag == CAPS:
                out["caps"] = _on(child)
            elif tag == SHD:
                out["shaded"] = _filled(child.get(FILL))
            elif tag == HIGHLIGHT:
                out["shaded"] = child.get(VAL, "none") not in ("none", "white")
        return out

    def _chain(self, style_id: str | None) -> list[etree._Element]:
        """The style and its bases, base first (cycles and absurd depths cut off)."""
        chain: list[etree._Element] = []
        while style_id in self._by_id and len(chain) < 16:
            style = self._by_id[style_id]
            if style in chain:
                break
            chain.append(style)
            based = style.find(_q("w:basedOn"))
            style_id = based.get(VAL) if based is not None else None
        return chain[::-1]

    def paragraph(self, ppr: etree._Element | None) -> _ParaStyle:
        """The paragraph's style, with heading and list marks from its direct w:pPr."""
        style_el = ppr.find(PSTYLE) if ppr is not None else None
        style = self._paragraph_style(style_el.get(VAL) if style_el is not None else self._default_para)
        if ppr is None:
            return style
        heading, listed = style.heading, style.listed
        outline = _int(_val(ppr.find(OUTLINE)))
        if outline is not None:
            heading = outline <= 2
        num_id = _val(ppr.find(f"{NUM_PR}/{NUM_ID}"))
        if num_id is not None:
            listed = num_id != "0"
        return (
            style
            if (heading, listed) == (style.heading, style.listed)
            else replace(style, heading=heading, listed=listed)
        )

    def _paragraph_style(self, style_id: str | None) -> _ParaStyle:
        if style_id not in self._paragraphs:
            run, heading, listed = dict(self._defaults), False, False
            for style in self._chain(style_id):
                run.update(self.rpr(style.find(RPR)))
                name = (_val(style.find(_q("w:name"))) or "").lower()
                heading = heading or name in _HEADING_STYLES
                listed = listed or name.startswith(_LIST_STYLES)
                ppr = style.find(PPR)
                num_id = _val(ppr.find(f"{NUM_PR}/{NUM_ID}")) if ppr is not None else None
                if num_id is not None:
                    listed = num_id != "0"
                outline = _int(_val(ppr.find(OUTLINE))) if ppr is not None else None
                if outline is not None:
                    heading = outline <= 2
            self._paragraphs[style_id] = _ParaStyle(run, heading, listed)
        return self._paragraphs[style_id]

    def run(self, para: _ParaStyle, rpr: etree._Element | None) -> _RunProps:
        props = dict(para.run)
        if rpr is not None:
            char_style = rpr.find(RSTYLE)
            if char_style is not None:
                props.update(self._character(char_style.get(VAL, "")))
            props.update(self.rpr(rpr))
        return _RunProps(**props)

    def _character(self, style_id: str) -> dict[str, Any]:
        if style_id not in self._characters:
            props: dict[str, Any] = {}
            for style in self._chain(style_id):
                props.update(self.rpr(style.find(RPR)))
            self._characters[style_id] = props
        return self._characters[style_id]


def _val(el: etree._Element | None) -> str | None:
    return el.get(VAL) if el is not None else None


def _is_default(style: etree._Element) -> bool:
    return style.get(_q("w:default"), "0").lower() in ("1", "true", "on")


def _hidden_reason(props: _RunProps, shaded: bool) -> str | None:
    """Why a person cannot see this run, or None when they can."""
    if props.vanish:
        return "vanish"
    if props.white and not (shaded or props.shaded):
        return "white"
    if props.size is not None and props.size < 2:
        return "tiny"
    return None


# ---------------------------------------------------------------- one paragraph


@dataclass
class _RawLine:
    page: int
    pieces: list[tuple[str, _RunProps]] = field(default_factory=list)
    hidden: list[tuple[str, str]] = field(default_factory=list)  # (reason, text) chunks


class _LineSplitter:
    """Collects one paragraph's runs into lines, splitting at w:br. Hidden runs are kept
    apart, so the visible part of the line reads as a person sees it."""

    def __init__(self) -> None:
        self.done: list[_RawLine] = []
        self.current: _RawLine | None = None
        self._joined_hidden = False  # the last piece was hidden: the next hidden one continues it

    @property
    def empty(self) -> bool:
        return not self.done and self.current is None

    def add(self, text: str, props: _RunProps, reason: str | None, page: int) -> None:
        if self.current is None:
            self.current = _RawLine(page)
        if reason is None:
            self.current.pieces.append((text, props))
            self._joined_hidden = False
        elif self._joined_hidden and self.current.hidden and self.current.hidden[-1][0] == reason:
            self.current.hidden[-1] = (reason, self.current.hidden[-1][1] + text)
        else:
            self.current.hidden.append((reason, text))
            self._joined_hidden = True

    def newline(self) -> None:
        if self.current is not None:
            self.done.append(self.current)
        self.current, self._joined_hidden = None, False


@dataclass
class _Context:
    """Where the blocks being read sit."""

    region: str  # body | table | header | footer | textbox
    part: Part  # resolves the r:id of hyperlinks
    out: list[Line]
    paged: bool  # page breaks count here: the body and its tables, not headers or text boxes
    shaded: bool = False  # a fill sits behind the text (cell, text box, page colour)

    def inner(self, region: str, out: list[Line], **changes: Any) -> _Context:
        """A nested container: headers, footers and text boxes keep their region."""
        keep = self.region in ("header", "footer", "textbox")
        return replace(self, region=self.region if keep else region, out=out, **changes)


@dataclass
class _Paragraph:
    """State while reading one w:p."""

    lines: _LineSplitter
    style: _ParaStyle
    ctx: _Context
    shaded: bool
    text_boxes: list[tuple[etree._Element, bool]] = field(default_factory=list)  # (w:txbxContent, before text)
    instr: list[str] = field(default_factory=list)  # field codes, for HYPERLINK fields


# ---------------------------------------------------------------- the reader


class _Reader:
    """Walks one opened document: headers, body, footers. Also counts the layout facts."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.styles = _Styles(document.styles.element, _theme_fonts(document.part))
        body = document.element.find(BODY)
        self.body = body if body is not None else etree.Element(BODY)
        self.links: list[Link] = []
        self.hidden: list[HiddenText] = []
        self.warnings: list[str] = []
        self.fonts: Counter[tuple[str, float]] = Counter()
        self.tables = self.images = self.text_boxes = 0
        self.page_tables: Counter[int] = Counter()
        self.page_images: Counter[int] = Counter()
        # Pages: Word writes w:lastRenderedPageBreak where each page began when it last laid
        # the document out. Without them, count the breaks the author forced.
        self.page = 1
        self._content_on_page = False
        self._rendered = self.body.find(f".//{RENDERED_BREAK}") is not None
        self._sections = [s for s in self.body.iter(SECT_PR) if s.getparent().tag in (PPR, BODY)]
        self._section = 0
        self._section_start = 1
        self._break_pending = False
        self._page_shape: dict[int, tuple[float, float, int]] = {}

    def read(self) -> list[Line]:
        """Header lines first, then the body, then the footer lines."""
        part = self.document.part
        header = self._header_footer("header")
        body: list[Line] = []
        background = self.document.element.find(_q("w:background"))
        shaded = background is not None and _filled(background.get(_q("w:color")))
        self._blocks(self.body, _Context("body", part, body, paged=True, shaded=shaded))
        self._end_section()
        footer = self._header_footer("footer")
        return header + body + footer

    # blocks ----------------------------------------------------------------

    def _blocks(self, parent: etree._Element, ctx: _Context) -> None:
        for el in parent:
            tag = el.tag
            if tag == P:
                self._paragraph(el, ctx)
            elif tag == TBL:
                self._table(el, ctx)
            elif tag == SDT:
                content = el.find(SDT_CONTENT)
                if content is not None:
                    self._blocks(content, ctx)
            elif tag == CUSTOM_XML:
                self._blocks(el, ctx)
            elif tag == ALT:
                branch = _alt_branch(el)
                if branch is not None:
                    self._blocks(branch, ctx)
            elif tag == ALT_CHUNK:
                self._warn("an embedded document (altChunk) was not read; paste its text into the resume")

    def _table(self, tbl: etree._Element, ctx: _Context) -> None:
        """Row by row: a row of one-line cells becomes one line "a | b | c" (a skills grid);
        a row whose cells hold several paragraphs is a layout table, read cell by cell."""
        self.tables += 1
        self.page_tables[self.page] += 1
        for tr in _children(tbl, TR):
            cells: list[list[Line]] = []
            for tc in _children(tr, TC):
                tcpr = tc.find(TCPR)
                merge = tcpr.find(V_MERGE) if tcpr is not None else None
                if merge is not None and merge.get(VAL) != "restart":
                    continue  # the lower part of a vertically merged cell: its text is above
                shd = tcpr.find(SHD) if tcpr is not None else None
                out: list[Line] = []
                self._blocks(tc, ctx.inner("table", out, shaded=ctx.shaded or _filled(_fill(shd))))
                cells.append(out)
            ctx.out.extend(_row_lines(cells))

    def _paragraph(self, p: etree._Element, ctx: _Context) -> None:
        ppr = p.find(PPR)
        if ctx.paged:
            if self._break_pending or (not self._rendered and ppr is not None and _on(ppr.find(PAGE_BREAK_BEFORE))):
                self._new_page()
            self._break_pending = False
        shd = ppr.find(SHD) if ppr is not None else None
        para = _Paragraph(_LineSplitter(), self.styles.paragraph(ppr), ctx, ctx.shaded or _filled(_fill(shd)))
        self._inline(p, para)
        para.lines.newline()
        before, after = self._text_boxes(para)
        ctx.out.extend(before)
        ctx.out.extend(self._finish(para))
        ctx.out.extend(after)
        for url in _HYPERLINK_FIELD.findall(" ".join(para.instr)):
            self._add_link(url, "")
        if ctx.paged and ppr is not None and ppr.find(SECT_PR) is not None:
            self._end_section()

    def _finish(self, para: _Paragraph) -> list[Line]:
        """Turn the collected runs into Lines; hidden runs become their own hidden Lines."""
        out: list[Line] = []
        first = True
        for raw in para.lines.done:
            text = normalize_text("".join(t for t, _ in raw.pieces))
            if text:
                if para.style.listed and first and not text.startswith("- "):
                    text = "- " + text
                first = False
                inked = [(t, props) for t, props in raw.pieces if t.strip()]
                sizes: Counter[float] = Counter()
                for t, props in inked:
                    sizes[props.size or _DEFAULT_SIZE] += len(t)
                out.append(
                    Line(
                        text=text,
                        page=raw.page,
                        region=para.ctx.region,
                        font_size=sizes.most_common(1)[0][0] if sizes else None,
                        bold=bool(inked) and all(props.bold for _, props in inked),
                        is_heading=para.style.heading,
                    )
                )
            for reason, hidden in raw.hidden:
                hidden_text = normalize_text(hidden)
                if hidden_text:
                    self.hidden.append(HiddenText(hidden_text, raw.page, reason))
                    out.append(Line(text=hidden_text, page=raw.page, region=para.ctx.region, hidden=True))
        return out

    # inside a paragraph ------------------------------------------------------

    def _inline(self, parent: etree._Element, para: _Paragraph) -> None:
        for el in parent:
            tag = el.tag
            if tag == R:
                self._run(el, para)
            elif tag == HYPERLINK:
                self._hyperlink(el, para.ctx.part)
                self._inline(el, para)
            elif tag == FLD_SIMPLE:
                para.instr.append(el.get(INSTR, ""))
                self._inline(el, para)
            elif tag == SDT:
                content = el.find(SDT_CONTENT)
                if content is not None:
                    self._inline(content, para)
            elif tag == ALT:
                branch = _alt_branch(el)
                if branch is not None:
                    self._inline(branch, para)
            elif tag in INLINE_WRAPPERS:
                self._inline(el, para)
            # anything else (w:pPr, w:del, w:moveFrom, bookmarks, proofing marks) holds no visible text

    def _run(self, r: etree._Element, para: _Paragraph) -> None:
        props = self.styles.run(para.style, r.find(RPR))
        reason = _hidden_reason(props, para.shaded)
        for el in r:
            tag = el.tag
            if tag == T:
                text = el.text or ""
                self._add(para, text.upper() if props.caps else text, props, reason)
            elif tag in (TAB, PTAB):
                self._add(para, " ", props, reason)
            elif tag == BR:
                para.lines.newline()
                if el.get(TYPE) == "page" and para.ctx.paged and not self._rendered:
                    self._new_page()
            elif tag == CR:
                para.lines.newline()
            elif tag == NO_BREAK_HYPHEN:
                self._add(para, "-", props, reason)
            elif tag == SYM:
                self._add(para, _symbol(el.get(CHAR)), props, reason)
            elif tag == RENDERED_BREAK:
                if para.ctx.paged:
                    self._new_page()
            elif tag in (DRAWING, PICT):
                self._shape(el, para)
            elif tag == ALT:
                branch = _alt_branch(el)
                for shape in branch if branch is not None else ():
                    if shape.tag in (DRAWING, PICT):
                        self._shape(shape, para)
            elif tag == INSTR_TEXT:
                para.instr.append(el.text or "")
            elif tag == OBJECT:
                self._warn("an embedded object was not read; type its text into the resume")

    def _add(self, para: _Paragraph, text: str, props: _RunProps, reason: str | None) -> None:
        if not text:
            return
        para.lines.add(text, props, reason, self.page)
        if reason is None and para.ctx.paged:
            self._content_on_page = True
        if reason is None and not text.isspace():
            self.fonts[(props.font or "unknown", props.size or _DEFAULT_SIZE)] += len(text.replace(" ", ""))

    def _shape(self, el: etree._Element, para: _Paragraph) -> None:
        """A drawing or VML picture: count its picture, keep its text boxes for later."""
        boxes, picture = _shape_parts(el)
        if picture:
            self.images += 1
            self.page_images[self.page] += 1
        self.text_boxes += len(boxes)
        para.text_boxes.extend((box, para.lines.empty) for box in boxes)

    def _text_boxes(self, para: _Paragraph) -> tuple[list[Line], list[Line]]:
        """Text-box lines sit where the anchor does: before the paragraph's text when the
        anchor comes first (as for a heading box anchored in an empty paragraph), else after."""
        before: list[Line] = []
        after: list[Line] = []
        for box, first in para.text_boxes:
            out = before if first else after
            self._blocks(box, para.ctx.inner("textbox", out, paged=False, shaded=_box_filled(box)))
        return before, after

    def _hyperlink(self, el: etree._Element, part: Part) -> None:
        rid = el.get(R_ID)
        rel = part.rels.get(rid) if rid else None
        if rel is not None and rel.is_external:
            self._add_link(rel.target_ref, normalize_text("".join(t.text or "" for t in el.iter(T))))

    def _add_link(self, url: str, text: str) -> None:
        url = url.strip()
        if url.lower().startswith("www."):
            url = "https://" + url
        if SAFE_SCHEMES.match(url):  # never file:// paths of the author's machine
            self.links.append(Link(url, text, self.page))

    def all_links(self, lines: list[Line]) -> tuple[Link, ...]:
        """Hyperlinks first, then addresses written in the visible text; one per address."""
        return unique_links(self.links + text_links(lines))

    # headers and footers ----------------------------------------------------

    def _header_footer(self, kind: str) -> list[Line]:
        """Every header (or footer) part the sections use, each once: the default one, the
        first-page one when the section has w:titlePg, the even-page one when the settings
        ask for different odd and even pages. Lines repeated across parts are kept once."""
        even_pages = self.document.settings.odd_and_even_pages_header_footer
        seen_parts: set[int] = set()
        out: list[Line] = []
        saved_page, self.page = self.page, 1
        for section in self._sections:
            for ref in section.iterfind(_q(f"w:{kind}Reference")):
                kind_of_page = ref.get(TYPE, "default")
                if (kind_of_page == "first" and not _on(section.find(_q("w:titlePg")))) or (
                    kind_of_page == "even" and not even_pages
                ):
                    continue
                part = self.document.part.related_parts.get(ref.get(R_ID))
                if part is None or id(part) in seen_parts:
                    continue
                seen_parts.add(id(part))
                self._blocks(part.element, _Context(kind, part, out, paged=False))
        self.page = saved_page
        seen_text: set[tuple[str, bool]] = set()
        unique = []
        for line in out:
            if (line.text, line.hidden) not in seen_text:
                seen_text.add((line.text, line.hidden))
                unique.append(line)
        return unique

    # pages -------------------------------------------------------------------

    def _new_page(self) -> None:
        """Start a page, unless nothing was written on this one yet."""
        if self._content_on_page:
            self.page += 1
            self._content_on_page = False

    def _end_section(self) -> None:
        """The pages a section covered get its size and columns; the next section starts
        on a new page unless it says "continuous"."""
        if self._section >= len(self._sections):
            return
        shape = _section_shape(self._sections[self._section])
        for page in range(self._section_start, self.page + 1):
            old = self._page_shape.get(page)
            self._page_shape[page] = shape if old is None or shape[2] > old[2] else old
        self._section += 1
        self._section_start = self.page
        if self._section < len(self._sections) and not self._rendered:
            self._break_pending = _val(self._sections[self._section].find(TYPE)) != "continuous"

    def page_facts(
        self, lines: list[Line], app_pages: int | None, limits: Limits, source: str
    ) -> tuple[PageFacts, ...]:
        """One PageFacts per page. Pages come from the page breaks Word rendered (or the
        author forced) and docProps/app.xml, whichever says more; lines we cannot place
        beyond the last break stay on the page they started."""
        count = max(self.page, app_pages or 1, max((ln.page for ln in lines), default=1))
        if count > limits.max_pages:
            raise LimitExceededError(f"has {count} pages, over the {limits.max_pages}-page limit", source=source)
        chars: Counter[int] = Counter()
        for line in lines:
            if not line.hidden:
                chars[line.page] += len(line.text.replace(" ", ""))
        last = self._page_shape.get(max(self._page_shape, default=1), (0.0, 0.0, 1))
        facts = []
        for number in range(1, count + 1):
            width, height, columns = self._page_shape.get(number, last)
            facts.append(
                PageFacts(
                    number=number,
                    width=width,
                    height=height,
                    columns=columns,
                    chars=chars[number],
                    images=self.page_images[number],
                    tables=self.page_tables[number],
                )
            )
        return tuple(facts)

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


# ---------------------------------------------------------------- small helpers


def _children(parent: etree._Element, tag: str):
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    for el in parent:
        if el.tag == tag:
            yield el
        elif el.tag == SDT:
            content = el.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif el.tag == CUSTOM_XML:
            yield from _children(el, tag)


def _row_lines(cells: list[list[Line]]) -> list[Line]:
    visible = [[ln for ln in cell if not ln.hidden] for cell in cells]
    if any(len(v) > 1 for v in visible):
        return [ln for cell in cells for ln in cell]
    texts = [v[0] for v in visible if v]
    hidden = [ln for cell in cells for ln in cell if ln.hidden]
    if not texts:
        return hidden
    longest = max(texts, key=lambda ln: len(ln.text))
    row = replace(
        texts[0],
        text=" | ".join(ln.text for ln in texts),
        font_size=longest.font_size,
        bold=all(ln.bold for ln in texts),
        is_heading=all(ln.is_heading for ln in texts),
    )
    return [row, *hidden]


def _alt_branch(alt: etree._Element) -> etree._Element | None:
    """The branch of mc:AlternateContent to read: the first mc:Choice (DrawingML), whose
    mc:Fallback (VML) repeats the same content for old readers."""
    choice = alt.find(CHOICE)
    return choice if choice is not None else alt.find(FALLBACK)


def _shape_parts(el: etree._Element) -> tuple[list[etree._Element], bool]:
    """The outermost text boxes in a drawing and whether it draws a picture. Looks neither
    inside text boxes (their own drawings are met when their content is read) nor into
    mc:Fallback copies."""
    boxes: list[etree._Element] = []
    picture = False
    for child in el:
        tag = child.tag
        if tag == TXBX_CONTENT:
            boxes.append(child)
            continue
        picture = picture or tag in (BLIP, IMAGEDATA)
        inner = _alt_branch(child) if tag == ALT else None if tag == FALLBACK else child
        if inner is not None:
            inner_boxes, inner_picture = _shape_parts(inner)
            boxes.extend(inner_boxes)
            picture = picture or inner_picture
    return boxes, picture


def _box_filled(box: etree._Element) -> bool:
    """Whether the shape holding a text box paints a non-white fill behind its text."""
    for anc in box.iterancestors():
        if anc.tag == WSP:  # DrawingML: a colour in wps:spPr/a:solidFill
            colour = anc.find(f"{SP_PR}/{SOLID_FILL}/*")
            return colour is not None and (colour.get("val") or "").lower() not in _WHITE
        if anc.tag.startswith(_VML) and anc.get("fillcolor"):  # VML: filled unless filled="f"
            return anc.get("filled", "t") not in ("f", "false") and anc.get("fillcolor", "").lower() not in _WHITE
    return False


_VML = "{urn:schemas-microsoft-com:vml}"
_WHITE = frozenset({"ffffff", "#ffffff", "#fff", "white", "bg1", "lt1"})


def _fill(shd: etree._Element | None) -> str | None:
    return shd.get(FILL) if shd is not None else None


def _symbol(char: str | None) -> str:
    """w:sym: a glyph from a symbol font. Known bullet glyphs stay (normalize_text turns them
    into "- "); other private-use icons (phone, envelope) become a space."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    glyph = chr(code) if 0x20 <= code <= 0x10FFFF else ""
    return " " if 0xE000 <= code <= 0xF8FF and glyph not in BULLETS else glyph


def _section_shape(sect: etree._Element) -> tuple[float, float, int]:
    """(width, height in points, columns) of a section."""
    size = sect.find(_q("w:pgSz"))
    width = _int(size.get(_q("w:w"))) if size is not None else None
    height = _int(size.get(_q("w:h"))) if size is not None else None
    cols = sect.find(_q("w:cols"))
    columns = 1
    if cols is not None:
        explicit = len(cols.findall(_q("w:col")))
        columns = max(1, explicit or _int(cols.get(_q("w:num"))) or 1)
    return (width or 0) / 20, (height or 0) / 20, columns


def _theme_fonts(part: Part) -> dict[str, str]:
    """Theme font slots (minorHAnsi, ...) to the typeface names they stand for."""
    try:
        theme = parse_xml(part.part_related_by(RT.THEME).blob)
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return {}
    fonts: dict[str, str] = {}
    for slot in ("major", "minor"):
        latin = theme.find(f".//{_q('a:' + slot + 'Font')}/{_q('a:latin')}")
        if latin is not None and latin.get("typeface"):
            for suffix in ("HAnsi", "Ascii", "Bidi", "EastAsia"):
                fonts[slot + suffix] = latin.get("typeface")
    return fonts


def _app_pages(document: DocxDocument) -> int | None:
    """The page count Word saved in docProps/app.xml, if any."""
    try:
        app = parse_xml(document.part.package.part_related_by(RT.EXTENDED_PROPERTIES).blob)
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return None
    pages = app.find(_q("ep:Pages"))
    value = _int(pages.text.strip() if pages is not None and pages.text else None)
    return value if value and value > 0 else None
