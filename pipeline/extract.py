"""Extract stage: a PDF file into clean reading-order text with page offsets kept.

This module opens and checks the file and wires the steps, each its own module: words
(`words`), or OCR for pages without a text layer (`ocr`); reading order (`layout`); page
furniture (`furniture`); paragraphs (`paragraphs`). A scan is cleaned exactly like a
born-digital page, and every tolerance comes from one `ExtractParams`.
"""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path

import pdfplumber
from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.pdftypes import PDFStream, resolve1

from . import ocr
from .furniture import strip_furniture
from .layout import reading_order
from .model import Document, Page
from .paragraphs import build_blocks
from .params import DEFAULTS, ExtractParams
from .words import text_layer_words


class DocumentError(Exception):
    """A document that cannot be read; the message is shown to the user in documents.csv."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_file(path: Path) -> None:
    """Refuse what is plainly not a PDF, with a reason a researcher can act on."""
    size = path.stat().st_size
    if size == 0:
        raise DocumentError("empty file (0 bytes)")
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        sniff = head.lstrip()[:15].decode("latin-1", "replace").lower()
        kind = "an HTML page" if sniff.startswith(("<!doctype", "<html")) else "not a PDF"
        raise DocumentError(f"{kind} saved as .pdf (no %PDF header)")


def inflated_size(stream: PDFStream, limit: int) -> int:
    """How many bytes a Flate-compressed stream inflates to, counted in chunks and given up
    past `limit`; 0 for a stream in another encoding (the memory cap still guards it)."""
    filters = [f.name if hasattr(f, "name") else str(f) for f, _ in stream.get_filters()]
    data = stream.rawdata
    if data is None or not filters or filters[-1] not in ("FlateDecode", "Fl"):
        return 0
    for name in filters[:-1]:
        if name in ("ASCII85Decode", "A85"):
            data = ascii85decode(data)
        elif name in ("ASCIIHexDecode", "AHx"):
            data = asciihexdecode(data)
        else:
            return 0
    inflater, size = zlib.decompressobj(), 0
    try:
        while data and size <= limit:
            size += len(inflater.decompress(data, 1 << 20))
            data = inflater.unconsumed_tail
    except zlib.error:
        return 0  # a damaged stream is the parser's to report
    return size


def check_content(page: pdfplumber.page.Page, number: int, params: ExtractParams) -> None:
    """Refuse a page whose content stream inflates past `max_content_mb` (a decompression
    bomb) before the parser tries to hold it in memory."""
    limit = int(params.max_content_mb * 2**20)
    for ref in page.page_obj.contents:
        stream = resolve1(ref)
        if isinstance(stream, PDFStream) and inflated_size(stream, limit) > limit:
            raise DocumentError(
                f"page {number}'s content stream inflates to more than "
                f"{params.max_content_mb:g} MB (a decompression bomb?)"
            )


def read_pages(
    path: Path, ocr_languages: str = "ind+eng", params: ExtractParams = DEFAULTS
) -> list[Page]:
    """Every page's lines in reading order; pages without usable text go through OCR."""
    try:
        pdf = pdfplumber.open(path)
    except Exception as error:  # pdfminer raises many unrelated types for broken files
        raise DocumentError(describe_open_error(error)) from error
    try:
        pdf_pages = pdf.pages
    except Exception as error:  # a page tree pdfplumber cannot lay out (a page without a size)
        pdf.stream.close()
        raise DocumentError(f"the PDF's page tree is malformed ({describe(error)})") from error
    with pdf:
        if not pdf_pages:
            raise DocumentError("the PDF has no pages")
        pages = []
        for number, page in enumerate(pdf_pages, start=1):
            try:
                check_content(page, number, params)
                words, width, height = text_layer_words(page, params)
                is_ocr = sum(len(w.text) for w in words) < params.min_text_chars
                if is_ocr:
                    words = ocr.page_words(path, number, ocr_languages, params)
                    width, height = float(page.width), float(page.height)
                lines = reading_order(words, width, number, params)
            except ocr.PageTooLarge as error:
                raise DocumentError(f"page {number}: {error}") from error
            except (DocumentError, ocr.OcrUnavailable, TimeoutError):
                raise
            except Exception as error:  # pdfplumber wraps what pdfminer raises, a timeout too
                wrapped = [a for a in error.args if isinstance(a, TimeoutError)]
                if wrapped:
                    raise wrapped[0] from error
                raise DocumentError(f"page {number} could not be parsed: {error}") from error
            pages.append(Page(number, width, height, lines, is_ocr))
    return pages


def describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error or 'damaged or truncated file'}"


def describe_open_error(error: Exception) -> str:
    causes = " ".join(f"{type(part).__name__} {part}" for part in (error, *error.args)).lower()
    if "password" in causes or "encrypt" in causes:
        return "the PDF is password-protected (encrypted); save an unprotected copy"
    return f"the PDF could not be opened ({describe(error)})"


def extract(path: Path, doc_id: str | None = None, params: ExtractParams = DEFAULTS) -> Document:
    """Read one PDF into a `Document`; raises DocumentError with a readable reason."""
    path = Path(path)
    check_file(path)
    pages = strip_furniture(read_pages(path, params=params), params)
    blocks, text, spans = build_blocks(pages, params)
    if not text.strip():
        scanned = sum(page.ocr for page in pages)
        read = f" (OCR read {scanned} of {len(pages)} pages and found no words)" if scanned else ""
        raise DocumentError(f"no text found on any page{read}")
    return Document(doc_id or path.stem, str(path), sha256_of(path), pages, blocks, text, spans)
