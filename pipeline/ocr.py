"""OCR for pages without a usable text layer: tesseract's word boxes, in PDF points."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

from .model import Word

DPI = 300
TIMEOUT_SECONDS = 240
INSTALL_HINT = (
    "install tesseract-ocr and tesseract-ocr-ind (apt-get install tesseract-ocr tesseract-ocr-ind)"
)


class OcrUnavailable(Exception):
    """Tesseract (or a language it needs) is not installed on this machine."""


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


def render_page(path: Path, number: int, dpi: int = DPI) -> bytes:
    """The page as a grey PNG, rendered by pdfium (which pdfplumber already depends on)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        image = document[number - 1].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def page_words(path: Path, number: int, languages: str = "ind+eng", dpi: int = DPI) -> list[Word]:
    """Tesseract's words for one page, scaled from pixels to PDF points."""
    binary = check_tesseract(languages)
    png = render_page(path, number, dpi)
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
    return parse_tsv(result.stdout.decode("utf-8", "replace"), 72 / dpi)


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
