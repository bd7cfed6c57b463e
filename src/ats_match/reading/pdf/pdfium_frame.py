"""Page coordinates for the PDFium engine: PDFium reports boxes in PDF user space, the
reader works in pdfplumber's page space. Its own module because the characters
(pdfium_words.py), the shapes (pdfium_shapes.py) and the page (pdfium.py) all convert."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pypdfium2 as pdfium


@dataclass(frozen=True)
class Frame:
    """PDF user space (origin bottom-left) to the reader's page space (origin top-left of
    the media box, page rotation applied, as pdfplumber reports it)."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int
    visible: tuple[float, float, float, float]  # the crop box in page space

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> Frame:
        left, bottom, right, top = page.get_mediabox()
        rotation = page.get_rotation() % 360
        frame = cls(left, bottom, right, top, rotation, (0.0, 0.0, 0.0, 0.0))
        return replace(frame, visible=frame.box(*page.get_cropbox()))

    @property
    def width(self) -> float:
        return self.top - self.bottom if self.rotation in (90, 270) else self.right - self.left

    @property
    def height(self) -> float:
        return self.right - self.left if self.rotation in (90, 270) else self.top - self.bottom

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """A user-space rectangle as (x0, top, x1, bottom) in page space."""
        (ax, ay), (bx, by) = self.point(x0, y0), self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation == 90:
            return y - self.bottom, x - self.left
        if self.rotation == 180:
            return self.right - x, y - self.bottom
        if self.rotation == 270:
            return self.top - y, self.right - x
        return x - self.left, self.top - y

    def boxes(
        self, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """`box` on arrays of rectangles: x0, top, x1, bottom arrays in page space."""
        (ax, ay), (bx, by) = self.point(x0, y0), self.point(x1, y1)  # type: ignore[arg-type]
        return np.minimum(ax, bx), np.minimum(ay, by), np.maximum(ax, bx), np.maximum(ay, by)
