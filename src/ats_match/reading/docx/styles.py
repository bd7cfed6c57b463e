"""Run and paragraph formatting as Word resolves it: document defaults, the style chain and
direct formatting, theme fonts, shading fills, and from all that whether a run can be seen."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.parser import parse_xml
from lxml import etree

from .ooxml import (
    CAPS,
    COLOR,
    FILL,
    HIGHLIGHT,
    NUM_ID,
    NUM_PR,
    OUTLINE,
    PPR,
    PSTYLE,
    RFONTS,
    RPR,
    RSTYLE,
    SHD,
    SZ,
    TYPE,
    VAL,
    VANISH,
    B,
    is_on,
    qualified,
    to_int,
    val,
)

_HEADING_STYLES = frozenset({"heading 1", "heading 2", "heading 3", "title"})
_LIST_STYLES = ("list bullet", "list number", "list paragraph")
DEFAULT_SIZE = 10.0  # points; what Word uses when no w:sz is set anywhere (ECMA-376 17.3.2.38)


@dataclass(frozen=True)
class RunProps:
    """The effective look of a run, after defaults, styles and direct formatting."""

    bold: bool = False
    size: float | None = None
    font: str = ""
    vanish: bool = False
    white: bool = False
    caps: bool = False
    shaded: bool = False  # run shading or highlight: white text on it is visible


@dataclass(frozen=True)
class ParaStyle:
    run: dict[str, Any]  # run properties the paragraph style gives its runs
    heading: bool = False
    listed: bool = False


def filled(fill: str | None) -> bool:
    """A shading fill that paints something behind the text."""
    return fill is not None and fill.lower() not in ("auto", "ffffff", "none", "")


def shading_fill(shd: etree._Element | None) -> str | None:
    return shd.get(FILL) if shd is not None else None


class Styles:
    """Effective formatting: document defaults, then the style chain (w:basedOn), then the
    run's own w:rPr. python-docx's run.font only reports direct formatting, and a heading
    is usually bold or large through its style."""

    def __init__(self, styles: etree._Element, theme_fonts: dict[str, str]) -> None:
        self._theme = theme_fonts
        self._by_id = {s.get(qualified("w:styleId")): s for s in styles.iterfind(qualified("w:style"))}
        self._defaults = self.rpr(styles.find(f"{qualified('w:docDefaults')}/{qualified('w:rPrDefault')}/{RPR}"))
        self._default_para = next(
            (
                s.get(qualified("w:styleId"))
                for s in self._by_id.values()
                if s.get(TYPE) == "paragraph" and _is_default(s)
            ),
            None,
        )
        self._paragraphs: dict[str | None, ParaStyle] = {}
        self._characters: dict[str, dict[str, Any]] = {}

    def rpr(self, rpr: etree._Element | None) -> dict[str, Any]:
        """The run properties a w:rPr sets, only those present (so they can be layered)."""
        out: dict[str, Any] = {}
        if rpr is None:
            return out
        for child in rpr:
            tag = child.tag
            if tag == B:
                out["bold"] = is_on(child)
            elif tag == SZ:
                half_points = to_int(child.get(VAL))
                if half_points is not None:
                    out["size"] = half_points / 2
            elif tag == RFONTS:
                theme = child.get(qualified("w:asciiTheme")) or child.get(qualified("w:hAnsiTheme")) or ""
                name = child.get(qualified("w:ascii")) or child.get(qualified("w:hAnsi")) or self._theme.get(theme, "")
                if name:
                    out["font"] = name
            elif tag == VANISH:
                out["vanish"] = is_on(child)
            elif tag == COLOR:
                out["white"] = (child.get(VAL) or "").upper() == "FFFFFF"
            elif tag == CAPS:
                out["caps"] = is_on(child)
            elif tag == SHD:
                out["shaded"] = filled(child.get(FILL))
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
            based = style.find(qualified("w:basedOn"))
            style_id = based.get(VAL) if based is not None else None
        return chain[::-1]

    def paragraph(self, ppr: etree._Element | None) -> ParaStyle:
        """The paragraph's style, with heading and list marks from its direct w:pPr."""
        style_el = ppr.find(PSTYLE) if ppr is not None else None
        style = self._paragraph_style(style_el.get(VAL) if style_el is not None else self._default_para)
        if ppr is None:
            return style
        heading, listed = style.heading, style.listed
        outline = to_int(val(ppr.find(OUTLINE)))
        if outline is not None:
            heading = outline <= 2
        num_id = val(ppr.find(f"{NUM_PR}/{NUM_ID}"))
        if num_id is not None:
            listed = num_id != "0"
        return (
            style
            if (heading, listed) == (style.heading, style.listed)
            else replace(style, heading=heading, listed=listed)
        )

    def _paragraph_style(self, style_id: str | None) -> ParaStyle:
        if style_id not in self._paragraphs:
            run, heading, listed = dict(self._defaults), False, False
            for style in self._chain(style_id):
                run.update(self.rpr(style.find(RPR)))
                name = (val(style.find(qualified("w:name"))) or "").lower()
                heading = heading or name in _HEADING_STYLES
                listed = listed or name.startswith(_LIST_STYLES)
                ppr = style.find(PPR)
                num_id = val(ppr.find(f"{NUM_PR}/{NUM_ID}")) if ppr is not None else None
                if num_id is not None:
                    listed = num_id != "0"
                outline = to_int(val(ppr.find(OUTLINE))) if ppr is not None else None
                if outline is not None:
                    heading = outline <= 2
            self._paragraphs[style_id] = ParaStyle(run, heading, listed)
        return self._paragraphs[style_id]

    def run(self, para: ParaStyle, rpr: etree._Element | None) -> RunProps:
        props = dict(para.run)
        if rpr is not None:
            char_style = rpr.find(RSTYLE)
            if char_style is not None:
                props.update(self._character(char_style.get(VAL, "")))
            props.update(self.rpr(rpr))
        return RunProps(**props)

    def _character(self, style_id: str) -> dict[str, Any]:
        if style_id not in self._characters:
            props: dict[str, Any] = {}
            for style in self._chain(style_id):
                props.update(self.rpr(style.find(RPR)))
            self._characters[style_id] = props
        return self._characters[style_id]


def _is_default(style: etree._Element) -> bool:
    return style.get(qualified("w:default"), "0").lower() in ("1", "true", "on")


def hidden_reason(props: RunProps, shaded: bool) -> str | None:
    """Why a person cannot see this run, or None when they can."""
    if props.vanish:
        return "vanish"
    if props.white and not (shaded or props.shaded):
        return "white"
    if props.size is not None and props.size < 2:
        return "tiny"
    return None


def theme_fonts(part: Part) -> dict[str, str]:
    """Theme font slots (minorHAnsi, ...) to the typeface names they stand for."""
    try:
        theme = parse_xml(part.part_related_by(RT.THEME).blob)
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return {}
    fonts: dict[str, str] = {}
    for slot in ("major", "minor"):
        latin = theme.find(f".//{qualified('a:' + slot + 'Font')}/{qualified('a:latin')}")
        if latin is not None and latin.get("typeface"):
            for suffix in ("HAnsi", "Ascii", "Bidi", "EastAsia"):
                fonts[slot + suffix] = latin.get("typeface")
    return fonts
