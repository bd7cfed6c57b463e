"""The walk through one opened DOCX: headers, body and footers in document order, through
tables, content controls, hyperlinks and text boxes, turning runs into Lines while counting
the layout facts (pages, tables, pictures, fonts, hidden text) on the way."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from docx.document import Document as DocxDocument
from docx.opc.part import Part
from lxml import etree

from ...errors import LimitExceededError
from ..document import HiddenText, Line, Link, PageFacts
from ..limits import Limits
from ..links import SAFE_SCHEMES, text_links, unique_links
from ..normalize import normalize_text
from .lines import LineSplitter, row_lines, symbol
from .ooxml import (
    ALT,
    ALT_CHUNK,
    BODY,
    BR,
    CHAR,
    CR,
    CUSTOM_XML,
    DRAWING,
    FLD_SIMPLE,
    HYPERLINK,
    INLINE_WRAPPERS,
    INSTR,
    INSTR_TEXT,
    NO_BREAK_HYPHEN,
    OBJECT,
    PAGE_BREAK_BEFORE,
    PICT,
    PPR,
    PTAB,
    R_ID,
    RENDERED_BREAK,
    RPR,
    SDT,
    SDT_CONTENT,
    SECT_PR,
    SHD,
    SYM,
    TAB,
    TBL,
    TC,
    TCPR,
    TR,
    TYPE,
    V_MERGE,
    VAL,
    P,
    R,
    T,
    children,
    is_on,
    qualified,
    val,
)
from .shapes import alt_branch, box_filled, section_shape, shape_parts
from .styles import DEFAULT_SIZE, ParaStyle, RunProps, Styles, filled, hidden_reason, shading_fill, theme_fonts

_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')


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

    lines: LineSplitter
    style: ParaStyle
    ctx: _Context
    shaded: bool
    text_boxes: list[tuple[etree._Element, bool]] = field(default_factory=list)  # (w:txbxContent, before text)
    instr: list[str] = field(default_factory=list)  # field codes, for HYPERLINK fields


# ---------------------------------------------------------------- the walker


class Walker:
    """Walks one opened document: headers, body, footers. Also counts the layout facts."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.styles = Styles(document.styles.element, theme_fonts(document.part))
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
        background = self.document.element.find(qualified("w:background"))
        shaded = background is not None and filled(background.get(qualified("w:color")))
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
                branch = alt_branch(el)
                if branch is not None:
                    self._blocks(branch, ctx)
            elif tag == ALT_CHUNK:
                self._warn("an embedded document (altChunk) was not read; paste its text into the resume")

    def _table(self, tbl: etree._Element, ctx: _Context) -> None:
        """Row by row: a row of one-line cells becomes one line "a | b | c" (a skills grid);
        a row whose cells hold several paragraphs is a layout table, read cell by cell."""
        self.tables += 1
        self.page_tables[self.page] += 1
        for tr in children(tbl, TR):
            cells: list[list[Line]] = []
            for tc in children(tr, TC):
                tcpr = tc.find(TCPR)
                merge = tcpr.find(V_MERGE) if tcpr is not None else None
                if merge is not None and merge.get(VAL) != "restart":
                    continue  # the lower part of a vertically merged cell: its text is above
                shd = tcpr.find(SHD) if tcpr is not None else None
                out: list[Line] = []
                self._blocks(tc, ctx.inner("table", out, shaded=ctx.shaded or filled(shading_fill(shd))))
                cells.append(out)
            ctx.out.extend(row_lines(cells))

    def _paragraph(self, p: etree._Element, ctx: _Context) -> None:
        ppr = p.find(PPR)
        if ctx.paged:
            if self._break_pending or (not self._rendered and ppr is not None and is_on(ppr.find(PAGE_BREAK_BEFORE))):
                self._new_page()
            self._break_pending = False
        shd = ppr.find(SHD) if ppr is not None else None
        para = _Paragraph(LineSplitter(), self.styles.paragraph(ppr), ctx, ctx.shaded or filled(shading_fill(shd)))
        self._inline(p, para)
        para.lines.newline()
        before, after = self._text_boxes(para)
        ctx.out.extend(before)
        ctx.out.extend(para.lines.finish(para.style, ctx.region, self.hidden))
        ctx.out.extend(after)
        for url in _HYPERLINK_FIELD.findall(" ".join(para.instr)):
            self._add_link(url, "")
        if ctx.paged and ppr is not None and ppr.find(SECT_PR) is not None:
            self._end_section()

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
                branch = alt_branch(el)
                if branch is not None:
                    self._inline(branch, para)
            elif tag in INLINE_WRAPPERS:
                self._inline(el, para)
            # anything else (w:pPr, w:del, w:moveFrom, bookmarks, proofing marks) holds no visible text

    def _run(self, r: etree._Element, para: _Paragraph) -> None:
        props = self.styles.run(para.style, r.find(RPR))
        reason = hidden_reason(props, para.shaded)
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
                self._add(para, symbol(el.get(CHAR)), props, reason)
            elif tag == RENDERED_BREAK:
                if para.ctx.paged:
                    self._new_page()
            elif tag in (DRAWING, PICT):
                self._shape(el, para)
            elif tag == ALT:
                branch = alt_branch(el)
                for shape in branch if branch is not None else ():
                    if shape.tag in (DRAWING, PICT):
                        self._shape(shape, para)
            elif tag == INSTR_TEXT:
                para.instr.append(el.text or "")
            elif tag == OBJECT:
                self._warn("an embedded object was not read; type its text into the resume")

    def _add(self, para: _Paragraph, text: str, props: RunProps, reason: str | None) -> None:
        if not text:
            return
        para.lines.add(text, props, reason, self.page)
        if reason is None and para.ctx.paged:
            self._content_on_page = True
        if reason is None and not text.isspace():
            self.fonts[(props.font or "unknown", props.size or DEFAULT_SIZE)] += len(text.replace(" ", ""))

    def _shape(self, el: etree._Element, para: _Paragraph) -> None:
        """A drawing or VML picture: count its picture, keep its text boxes for later."""
        boxes, picture = shape_parts(el)
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
            self._blocks(box, para.ctx.inner("textbox", out, paged=False, shaded=box_filled(box)))
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
            for ref in section.iterfind(qualified(f"w:{kind}Reference")):
                kind_of_page = ref.get(TYPE, "default")
                if (kind_of_page == "first" and not is_on(section.find(qualified("w:titlePg")))) or (
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
        shape = section_shape(self._sections[self._section])
        for page in range(self._section_start, self.page + 1):
            old = self._page_shape.get(page)
            self._page_shape[page] = shape if old is None or shape[2] > old[2] else old
        self._section += 1
        self._section_start = self.page
        if self._section < len(self._sections) and not self._rendered:
            self._break_pending = val(self._sections[self._section].find(TYPE)) != "continuous"

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
