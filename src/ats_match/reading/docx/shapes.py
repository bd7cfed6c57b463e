"""Shapes: the text boxes and pictures a drawing holds, which branch of mc:AlternateContent
to read, whether a text box sits on a coloured fill, and the page shape of a section."""

from __future__ import annotations

from lxml import etree

from .ooxml import ALT, BLIP, CHOICE, FALLBACK, IMAGEDATA, SOLID_FILL, SP_PR, TXBX_CONTENT, WSP, qualified, to_int

_VML = "{urn:schemas-microsoft-com:vml}"
_WHITE = frozenset({"ffffff", "#ffffff", "#fff", "white", "bg1", "lt1"})


def alt_branch(alt: etree._Element) -> etree._Element | None:
    """The branch of mc:AlternateContent to read: the first mc:Choice (DrawingML), whose
    mc:Fallback (VML) repeats the same content for old readers."""
    choice = alt.find(CHOICE)
    return choice if choice is not None else alt.find(FALLBACK)


def shape_parts(el: etree._Element) -> tuple[list[etree._Element], bool]:
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
        inner = alt_branch(child) if tag == ALT else None if tag == FALLBACK else child
        if inner is not None:
            inner_boxes, inner_picture = shape_parts(inner)
            boxes.extend(inner_boxes)
            picture = picture or inner_picture
    return boxes, picture


def box_filled(box: etree._Element) -> bool:
    """Whether the shape holding a text box paints a non-white fill behind its text."""
    for anc in box.iterancestors():
        if anc.tag == WSP:  # DrawingML: a colour in wps:spPr/a:solidFill
            colour = anc.find(f"{SP_PR}/{SOLID_FILL}/*")
            return colour is not None and (colour.get("val") or "").lower() not in _WHITE
        if anc.tag.startswith(_VML) and anc.get("fillcolor"):  # VML: filled unless filled="f"
            return anc.get("filled", "t") not in ("f", "false") and anc.get("fillcolor", "").lower() not in _WHITE
    return False


def section_shape(sect: etree._Element) -> tuple[float, float, int]:
    """(width, height in points, columns) of a section."""
    size = sect.find(qualified("w:pgSz"))
    width = to_int(size.get(qualified("w:w"))) if size is not None else None
    height = to_int(size.get(qualified("w:h"))) if size is not None else None
    cols = sect.find(qualified("w:cols"))
    columns = 1
    if cols is not None:
        explicit = len(cols.findall(qualified("w:col")))
        columns = max(1, explicit or to_int(cols.get(qualified("w:num"))) or 1)
    return (width or 0) / 20, (height or 0) / 20, columns
