"""PDF pages as images for the review page, rendered with PDFium (pypdfium2).

Boxes from the text layer and from OCR are in PDF points with the origin at the page's top
left, so the page's size in points is all the browser needs to place them over the image.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium

DEFAULT_WIDTH = 900
"""Pixels across a rendered page: sharp beside the text on a laptop screen."""
MAX_WIDTH = 2400
"""The widest rendering served, so a request cannot ask for a huge image."""


@dataclass(frozen=True)
class PageSize:
    number: int
    width: float
    height: float


class PageUnavailable(LookupError):
    """The PDF is gone, unreadable, or has no such page; the message says which."""


def page_sizes(path: Path) -> list[PageSize]:
    """Every page's size in points."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as error:
        raise PageUnavailable(f"{path} cannot be opened: {error}") from error
    try:
        return [PageSize(n, *pdf[n - 1].get_size()) for n in range(1, len(pdf) + 1)]
    finally:
        pdf.close()


@lru_cache(maxsize=64)
def page_png(path: str, number: int, width: int = DEFAULT_WIDTH, stamp: float = 0.0) -> bytes:
    """One page as a PNG `width` pixels wide (`stamp`, the file's modification time, makes a
    changed file render again)."""
    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError) as error:
        raise PageUnavailable(f"{path} cannot be opened: {error}") from error
    try:
        if not 1 <= number <= len(pdf):
            raise PageUnavailable(f"{path} has no page {number} (it has {len(pdf)})")
        page = pdf[number - 1]
        scale = min(width, MAX_WIDTH) / page.get_width()
        image = page.render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=False)
        return buffer.getvalue()
    finally:
        pdf.close()
