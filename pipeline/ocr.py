"""OCR for pages without a usable text layer: tesseract's word boxes, in PDF points."""

from __future__ import annotations

import csv
import io
import math
import os
import shutil
import subprocess
from pathlib import Path

from .model import Word
from .params import DEFAULTS, ExtractParams

TIMEOUT_SECONDS = 240
INSTALL_HINT = (
    "install tesseract-ocr and tesseract-ocr-ind (apt-get install tesseract-ocr tesseract-ocr-ind)"
)


class OcrUnavailable(Exception):
    """Tesseract (or a language it needs) is not installed on this machine."""


class PageTooLarge(Exception):
    """A page too large to render for OCR within the pixel bound."""


def check_tesseract(languages: str) -> str:
    """The tesseract binary, after checking it knows every language asked for."""
    binary = shutil.which("tesseract")
    if binary is None:
        raise OcrUnavailable(
            f"page has no text layer and tesseract is not installed: {INSTALL_HINT}"
        )
    listed = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    known = set(listed.stdout.split())
    missing = [lang for lang in languages.split("+") if lang not in known]
    if missing:
        raise OcrUnavailable(f"tesseract lacks language data {', '.join(missing)}: {INSTALL_HINT}")
    return binary


def render_scale(width: float, height: float, params: ExtractParams = DEFAULTS) -> float:
    """Pixels per point for OCR: `ocr_dpi`, lowered so the page stays within `ocr_max_pixels`;
    a page that would need fewer than `ocr_min_dpi` to fit is refused, with a reason."""
    scale = params.ocr_dpi / 72
    pixels = width * height * scale * scale
    if pixels > params.ocr_max_pixels:
        scale *= math.sqrt(params.ocr_max_pixels / pixels)
    if scale * 72 < params.ocr_min_dpi:
        raise PageTooLarge(
            f"the page is {width / 72:.0f} × {height / 72:.0f} in: too large to read by OCR"
            f" within {params.ocr_max_pixels / 1e6:.0f} million pixels"
        )
    return scale


def render_page(path: Path, number: int, params: ExtractParams = DEFAULTS) -> tuple[bytes, float]:
    """The page as a grey PNG, rendered by pdfium (which pdfplumber already depends on), and
    the pixels per point it was rendered at."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[number - 1]
        scale = render_scale(*page.get_size(), params)
        image = page.render(scale=scale, grayscale=True).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue(), scale


def page_words(
    path: Path, number: int, languages: str = "ind+eng", params: ExtractParams = DEFAULTS
) -> list[Word]:
    """Tesseract's words for one page, scaled from pixels to PDF points."""
    binary = check_tesseract(languages)
    png, scale = render_page(path, number, params)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    result = subprocess.run(
        [binary, "stdin", "stdout", "-l", languages, "--psm", "3", "tsv"],
        input=png,
        capture_output=True,
        env=env,
        timeout=TIMEOUT_SECONDS,
    )
    if result.returncode != 0:
        raise OcrUnavailable(f"tesseract failed on page {number}: {result.stderr.decode()[:200]}")
    return parse_tsv(result.stdout.decode("utf-8", "replace"), 1 / scale)


def parse_tsv(tsv: str, scale: float) -> list[Word]:
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if text == "-":
            text = "–"  # tesseract reads a dash set between spaces as a hyphen
        if row.get("level") != "5" or not text or float(row.get("conf") or -1) < 0:
            continue
        left, top = float(row["left"]) * scale, float(row["top"]) * scale
        width, height = float(row["width"]) * scale, float(row["height"]) * scale
        words.append(Word(text, left, left + width, top, top + height))
    return words
