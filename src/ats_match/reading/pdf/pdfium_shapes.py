"""Everything on a PDFium page that is not text: filled shapes and images (what lies under
the words), the edges of ruled tables, and link annotations, handed to the shared page
code (page.py) in the shapes of the pdfplumber objects it reads. Its own module because
none of it touches the per-character work of pdfium_words.py."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .page import ruled_tables
from .pdfium_frame import Frame
from .pdfium_native import (
    VOID,
    Out,
    form_count,
    form_object,
    object_bounds,
    object_fill,
    object_type,
    page_object,
    path_count,
    path_draw_mode,
    path_segment,
    segment_type,
)
from .rows import TableBox, Word


@dataclass
class Shapes:
    """The page's drawing apart from text, in drawing order: filled shapes and images
    (to tell white text on a coloured box from white text on the page), images, and the
    edges of paths (for the table finder)."""

    fills: list[tuple[float, float, float, float, bool]] = ()  # type: ignore[assignment]
    image_boxes: list[tuple[float, float, float, float]] = ()  # type: ignore[assignment]
    images: int = 0
    edges: list[dict[str, Any]] = ()  # type: ignore[assignment]


def read_shapes(page: pdfium.PdfPage, frame: Frame, text_objects: np.ndarray | None = None) -> Shapes:
    """The page's shapes. `text_objects`, the sorted handles of the page's text objects when
    the characters have named them, spares asking PDFium the type of each (Chrome's PDFs
    draw every glyph as a text object of its own)."""
    fills: list[tuple[float, float, float, float, bool]] = []
    images: list[tuple[float, float, float, float]] = []
    edges: list[dict[str, Any]] = []
    bounds, modes, rgba = Out(ctypes.c_float, 4), Out(ctypes.c_int, 2), Out(ctypes.c_uint, 4)
    known = text_objects if text_objects is not None else np.empty(0, dtype=np.uint64)
    for kind, obj in _page_objects(ctypes.cast(page.raw, VOID).value, known):
        object_bounds(obj, *bounds.addresses)  # left, bottom, right, top
        box = frame.box(*bounds.values)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append(box)
            fills.append((*box, False))
            continue
        path_draw_mode(obj, *modes.addresses)
        if modes.values[0] != pdfium_c.FPDF_FILLMODE_NONE:
            object_fill(obj, *rgba.addresses)
            fills.append((*box, min(rgba.values[:3]) >= 243))
        if _is_straight(obj):
            edges += _box_edges(box)
    return Shapes(fills, images, len(images), edges)


def _page_objects(page: int, text_objects: np.ndarray) -> list[tuple[int, int]]:
    """(type, handle) of every path and image on the page, inside form XObjects too. The
    calls run in batches, as in pdfium_native.batch, and the text objects are left out on
    arrays: those among `text_objects` (sorted) without asking their type."""
    found = []
    stack = [(pdfium_c.FPDFPage_CountObjects(ctypes.cast(page, pdfium_c.FPDF_PAGE)), page, page_object)]
    while stack:
        count, parent, get = stack.pop()
        objects = list(map(get, repeat(parent, count), range(count)))
        kinds = np.full(count, pdfium_c.FPDF_PAGEOBJ_TEXT, dtype=np.intp)
        unknown = np.arange(count)
        if len(text_objects) and count:
            handles = np.array(objects, dtype=np.uint64)
            nearest = text_objects[np.minimum(np.searchsorted(text_objects, handles), len(text_objects) - 1)]
            unknown = np.flatnonzero(nearest != handles)
        unknown_list = unknown.tolist()
        kinds[unknown] = np.fromiter(
            map(object_type, [objects[at] for at in unknown_list]), dtype=np.intp, count=len(unknown_list)
        )
        for at in np.flatnonzero(kinds == pdfium_c.FPDF_PAGEOBJ_FORM).tolist():
            stack.append((form_count(objects[at]), objects[at], form_object))
        drawn = np.flatnonzero((kinds == pdfium_c.FPDF_PAGEOBJ_PATH) | (kinds == pdfium_c.FPDF_PAGEOBJ_IMAGE))
        found += [(int(kinds[at]), objects[at]) for at in drawn.tolist()]
    return found


def _is_straight(path: int) -> bool:
    """A rule or a rectangle: a few straight segments (curves are icons and rounded boxes)."""
    count = path_count(path)
    return 0 < count <= 5 and all(
        segment_type(path_segment(path, i)) != pdfium_c.FPDF_SEGMENT_BEZIERTO for i in range(count)
    )


# ---------------------------------------------------------------------------- ruled tables


def _box_edges(box: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    """A path as pdfplumber's table finder sees a rectangle: its four sides (a rule is a
    thin rectangle; the finder drops sides shorter than 3 points and merges the rest)."""
    x0, top, x1, bottom = box
    width, height = x1 - x0, bottom - top
    sides = [
        (x0, top, x1, top, "h"),
        (x0, bottom, x1, bottom, "h"),
        (x0, top, x0, bottom, "v"),
        (x1, top, x1, bottom, "v"),
    ]
    return [
        {
            "x0": a,
            "top": t,
            "x1": c,
            "bottom": d,
            "width": width if o == "h" else 0.0,
            "height": height if o == "v" else 0.0,
            "orientation": o,
            "object_type": "rect",
        }
        for a, t, c, d, o in sides
    ]


class _EdgePage:
    """The little of a pdfplumber Page that its TableFinder reads: edges and a box."""

    def __init__(self, edges: list[dict[str, Any]], width: float, height: float) -> None:
        self.edges = edges
        self.bbox = (0.0, 0.0, width, height)

    def find_tables(self) -> list[Any]:
        from pdfplumber.table import TableFinder  # only for pages with a grid of rules

        return TableFinder(self).tables


def find_tables(
    edges: list[dict[str, Any]], words: list[Word], width: float, height: float
) -> tuple[list[TableBox], int]:
    """The ruled tables of a page with these path `edges` (from read_shapes) and `words`."""
    # A table of two rows and two columns needs three rules each way, at three places
    # apart (snapping only merges places): else skip the finder (and its import). One box
    # drawn behind a sidebar has two of each.
    across = {round(e["top"]) for e in edges if e["orientation"] == "h" and e["width"] >= 3}
    down = {round(e["x0"]) for e in edges if e["orientation"] == "v" and e["height"] >= 3}
    if len(across) < 3 or len(down) < 3:
        return [], 0
    return ruled_tables(_EdgePage(edges, width, height), words)


# ---------------------------------------------------------------------------- links


@dataclass
class LinkPage:
    """The little of a pdfplumber Page that page.annotation_links reads."""

    found: list[tuple[tuple[float, float, float, float], str]]
    bbox: tuple[float, float] = (0.0, 0.0)

    @property
    def hyperlinks(self) -> list[dict[str, Any]]:
        return [{"x0": b[0], "top": b[1], "x1": b[2], "bottom": b[3], "uri": uri} for b, uri in self.found]


def uri_links(
    pdf: pdfium.PdfDocument, page: pdfium.PdfPage, frame: Frame
) -> list[tuple[tuple[float, float, float, float], str]]:
    """Link annotations that open a URI (web or mailto), with their boxes in page space."""
    out = []
    position = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    while pdfium_c.FPDFLink_Enumerate(page.raw, position, link):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        length = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
        buffer = ctypes.create_string_buffer(length)
        pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, length)
        uri = buffer.value.decode("utf-8", errors="replace").strip()
        if uri and pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            out.append((frame.box(rect.left, rect.bottom, rect.right, rect.top), uri))
    return out
