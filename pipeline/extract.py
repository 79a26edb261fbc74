"""Extract stage: a PDF file into clean reading-order text with page offsets kept.

Pages with a text layer are read from pdfplumber's word boxes; pages without one go through
OCR. Both then share the same layout, page-furniture and hyphenation logic, so a scan is
cleaned exactly like a born-digital page.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pdfplumber
from pdfplumber.utils.text import WordExtractor

from . import ocr
from .furniture import strip_furniture
from .layout import reading_order, typical_gap
from .model import Block, Document, Line, Page, Word

MIN_TEXT_CHARS = 25
URL_START = re.compile(r"(?:https?://|<https?://|www\.|doi\.org/)", re.I)
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)
LIST_NUMBER = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}\.)(?:[A-Z“\"]|https?:|www\.|$)")
CID_RUN = re.compile(r"(?:\(cid:\d+\))+")
REDUPLICATION_MIN_LETTERS = 5
"""A line-end `kelompok-` + `kelompoknya` keeps its hyphen when the repeated stem is this long,
even where the document never has the stem alone."""
WORD_RE = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)


class DocumentError(Exception):
    """A document that cannot be read; the message is shown to the user in documents.csv."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def clean_word(text: str) -> str:
    """Ligatures and odd spaces normalized, invisible characters dropped; glyphs without
    a character (`(cid:14)` runs of formula fonts) marked with U+FFFD, a word of nothing else
    dropped.

    Only presentation forms are folded: NFKC on everything would also turn the superscript
    author markers (¹⁾) into ordinary digits glued to the names.
    """
    text = "".join(
        unicodedata.normalize("NFKC", ch) if "\ufb00" <= ch <= "\ufb4f" else ch for ch in text
    )
    text = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in text)
    text = CID_RUN.sub("\ufffd", text.translate(INVISIBLE)).strip()
    return "" if text.strip("\ufffd") == "" else text


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


def turned_upright(chars: list[dict]) -> tuple[list[dict], float, float] | None:
    """A page whose text runs down or up (a rotated page, a landscape table) as the upright page
    it was typeset on: its chars and that page's width and height; None when it reads across.
    The turned page's margins are taken to be as wide on both sides."""
    vertical = [c for c in chars if not c["upright"]]
    if len(vertical) <= len(chars) / 2:
        return None
    downward = sum(b["top"] > a["top"] for a, b in zip(vertical, vertical[1:], strict=False))
    if downward >= len(vertical) / 2:  # read top to bottom: lines follow from right to left
        side = max(c["x1"] for c in vertical) + min(c["x0"] for c in vertical)
        turned = [
            {
                **c,
                "x0": c["top"],
                "x1": c["bottom"],
                "top": side - c["x1"],
                "bottom": side - c["x0"],
            }
            for c in vertical
        ]
    else:  # read bottom to top: lines follow from left to right
        side = max(c["bottom"] for c in vertical) + min(c["top"] for c in vertical)
        turned = [
            {
                **c,
                "x0": side - c["bottom"],
                "x1": side - c["top"],
                "top": c["x0"],
                "bottom": c["x1"],
            }
            for c in vertical
        ]
    for char in turned:
        char.update(upright=True, doctop=char["top"])
    width = max(c["x1"] for c in turned) + min(c["x0"] for c in turned)
    height = max(c["bottom"] for c in turned) + min(c["top"] for c in turned)
    return turned, width, height


def text_layer_words(page: pdfplumber.page.Page) -> tuple[list[Word], float, float]:
    """The page's words, and the width and height of the page they read upright on."""
    options = {"extra_attrs": ["fontname", "size"], "keep_blank_chars": False}
    turned = turned_upright(page.chars)
    if turned:
        chars, width, height = turned
        raw = WordExtractor(**options).extract_words(chars)
    else:
        raw = page.extract_words(**options)
        width, height = float(page.width), float(page.height)
    words = []
    for w in raw:
        text = clean_word(w["text"])
        if not text:
            continue
        font = w.get("fontname", "")
        words.append(
            Word(text, w["x0"], w["x1"], w["top"], w["bottom"], round(w["size"], 1), is_bold(font))
        )
    return words, width, height


def is_bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold", fontname, re.I))


def read_pages(path: Path, ocr_languages: str = "ind+eng") -> list[Page]:
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
                words, width, height = text_layer_words(page)
                is_ocr = sum(len(w.text) for w in words) < MIN_TEXT_CHARS
                if is_ocr:
                    words = ocr.page_words(path, number, languages=ocr_languages)
                    width, height = float(page.width), float(page.height)
                lines = reading_order(words, width, number)
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


def vocabulary(pages: list[Page]) -> Counter:
    """How often each word form occurs in the document, to decide hyphenation by evidence."""
    counts: Counter = Counter()
    for page in pages:
        for line in page.lines:
            for word in line.words:
                for token in WORD_RE.findall(word.text):
                    if not token.endswith("-"):
                        counts[token.lower()] += 1
    return counts


def join_hyphenated(head: str, tail: str, vocab: Counter) -> str | None:
    """The joined form of `head` (ending in '-') and `tail`, or None to keep a space.

    Decided by the document's own words: `menimbul-` + `kan` joins when `menimbulkan` is
    a word here or nothing says otherwise; `kota-` + `kota` keeps its hyphen; `Surabaya-` +
    `Busan` keeps its hyphen because the second part is a name.
    """
    stem = head[:-1]
    lead = re.search(r"([^\W\d_][\w-]*)$", stem)
    if not lead:
        return head + tail if stem[-1:].isdigit() else None
    if tail.startswith("-"):
        return stem + tail
    tail_word = re.match(r"[\w-]*", tail).group(0)
    if not tail_word:
        return None
    left = lead.group(1).lower()
    joined = (left + tail_word).lower()
    hyphenated = f"{left}-{tail_word}".lower()
    if tail_word[0].isdigit() or (tail_word[0].isupper() and not tail_word.isupper()):
        return head + tail
    if vocab[hyphenated] > vocab[joined]:
        return head + tail
    if vocab[joined] > 0 or tail_word.isupper():
        return stem + tail
    if repeated_stem(left.rsplit("-", 1)[-1], tail_word.lower(), vocab):
        return head + tail
    return stem + tail


def repeated_stem(part: str, tail: str, vocab: Counter) -> bool:
    """A reduplication cut at its hyphen: the next line repeats the word, or its stem after a
    prefix of up to three letters (`kelompok-` + `kelompoknya`, `selambat-` + `lambatnya`).
    A short stem must be a word of the document (`kota-` + `kota`, not `sela-` + `lama`)."""
    for cut in range(0, 4):
        repeated = part[cut:]
        if len(repeated) < 3 or not tail.startswith(repeated):
            continue
        if len(repeated) >= REDUPLICATION_MIN_LETTERS or vocab[repeated] > 0:
            return True
    return False


def continues_url(head: str, tail: str) -> bool:
    """A URL cut by a line break: the next line carries on without a space. The head may be
    the middle of an address already cut once (`itory.ub.ac.id/id/eprint/1/SK`); a next line
    opening with a list number (`4.`, `[4]`) starts the next entry."""
    address = URL_START.search(head) or re.fullmatch(r"\S*\w\.\w\S*/\S*", head)
    if not address or head.endswith((">", ")", ".")) or LIST_NUMBER.match(tail):
        return False
    return bool(
        re.match(r"[a-z0-9/_%#?=&.~-]", tail) or re.fullmatch(r"[A-Z0-9/_%#?=&.~-]+>?", tail)
    )


def join_lines(previous: str, line: str, vocab: Counter) -> str:
    """Append `line` to the paragraph text `previous`, undoing end-of-line breaks."""
    if not previous:
        return line
    head, _, rest = previous.rpartition(" ")
    last = rest or head
    prefix = previous[: len(previous) - len(last)]
    first, _, remainder = line.partition(" ")
    if last.endswith("-") and len(last) > 1:
        joined = join_hyphenated(last, first, vocab)
        if joined is not None:
            return prefix + joined + (" " + remainder if remainder else "")
    if continues_url(last, first):
        return previous + line
    return previous + " " + line


def column_bounds(lines: list[Line]) -> tuple[float, float]:
    return min(line.x0 for line in lines), max(line.x1 for line in lines)


def caps_heading(line: Line) -> bool:
    """A short line in capitals with no final punctuation: a heading even without bold type
    (scans carry no font information)."""
    text = line.text.strip()
    return len(line.words) <= 6 and len(text) > 3 and text.isupper() and text[-1].isalpha()


def starts_block(line: Line, previous: Line | None, bounds: dict, gap: float) -> bool:
    """Paragraph breaks from geometry and type: a gap, a heading, a short last line, an indent."""
    if previous is None:
        return True
    broken = previous.text.endswith("-") or continues_url(
        previous.words[-1].text, line.words[0].text
    )
    if caps_heading(line) != caps_heading(previous) and not broken:
        return True
    if abs(line.size - previous.size) > 0.6 or line.bold != previous.bold:
        return True
    left, right = bounds[id(line)]
    prev_left, prev_right = bounds[id(previous)]
    same_column = line.page == previous.page and abs(left - prev_left) < 2
    if same_column and line.top - previous.bottom > gap * 1.8 + 2:
        return True
    if previous.text.endswith("-") and previous.text[-2:-1].isalpha():
        return False  # a word broken at the line end goes on in the next line
    first = line.words[0]
    if prev_right - previous.x1 > (first.x1 - first.x0) + 6:
        return True  # the next word would have fitted: the previous line ended on purpose
    ends_sentence = bool(re.search(r"[.!?:\"\u201d)]$", previous.text))
    return line.x0 - left > 6 and previous.x0 - prev_left < 3 and ends_sentence


def carries_on(paragraph: str, line: Line, previous: Line | None) -> bool:
    """A paragraph cut short: it stops mid-sentence and the next line goes on in lower case
    (or with a number) in the same type, whether a column or page break or a stray paragraph
    break in the source split it."""
    if previous is None or previous.bold or line.bold or abs(line.size - previous.size) > 0.6:
        return False
    if len(paragraph) < 80:
        return False  # a heading or a label, not a paragraph cut short
    return not re.search(r"[.!?:;\"\u201d)\]]$", paragraph) and bool(
        re.match(r"[a-z0-9]", line.text)
    )


def line_bounds(pages: list[Page]) -> dict[int, tuple[float, float]]:
    """The column edges each line is set against (its own column on its own page)."""
    bounds: dict[int, tuple[float, float]] = {}
    for page in pages:
        if not page.lines:
            continue
        full_left, full_right = column_bounds(page.lines)
        middle = (full_left + full_right) / 2
        left_col = [ln for ln in page.lines if ln.x1 <= middle + 1]
        right_col = [ln for ln in page.lines if ln.x0 >= middle - 1]
        for line in page.lines:
            if line in left_col and len(left_col) > 3 and line not in right_col:
                bounds[id(line)] = column_bounds(left_col)
            elif line in right_col and len(right_col) > 3 and line not in left_col:
                bounds[id(line)] = column_bounds(right_col)
            else:
                bounds[id(line)] = (full_left, full_right)
    return bounds


def build_blocks(pages: list[Page]) -> tuple[list[Block], str]:
    """Paragraphs re-joined across lines, columns and pages, and the text they make."""
    vocab = vocabulary(pages)
    bounds = line_bounds(pages)
    gap = typical_gap(pages)
    drafts: list[tuple[str, Line, bool]] = []
    previous: Line | None = None
    lines_in_draft = 0
    for page in pages:
        for line in page.lines:
            left = bounds[id(line)][0]
            indented = line.x0 - left > 6
            hanging_ends = bool(drafts) and drafts[-1][2] and not indented
            breaks = hanging_ends or starts_block(line, previous, bounds, gap)
            if breaks and drafts and carries_on(drafts[-1][0], line, previous):
                breaks = False
            if breaks:
                drafts.append((line.text, line, False))
                lines_in_draft = 1
            else:
                text, first, hanging = drafts[-1]
                first_left = bounds[id(first)][0]
                if lines_in_draft == 1 and indented and first.x0 - first_left < 3:
                    hanging = True  # a reference-list entry: first line out, the rest in
                drafts[-1] = (join_lines(text, line.text, vocab), first, hanging)
                lines_in_draft += 1
            previous = line
    blocks: list[Block] = []
    offset = 0
    for text, first, _ in drafts:
        text = re.sub(r"\s+", " ", text).strip()
        blocks.append(Block(text, first.page, offset, offset + len(text), first.size, first.bold))
        offset += len(text) + 2
    return blocks, "\n\n".join(b.text for b in blocks) + ("\n" if blocks else "")


def extract(path: Path, doc_id: str | None = None) -> Document:
    """Read one PDF into a `Document`; raises DocumentError with a readable reason."""
    path = Path(path)
    check_file(path)
    pages = strip_furniture(read_pages(path))
    blocks, text = build_blocks(pages)
    if not text.strip():
        scanned = sum(page.ocr for page in pages)
        read = f" (OCR read {scanned} of {len(pages)} pages and found no words)" if scanned else ""
        raise DocumentError(f"no text found on any page{read}")
    return Document(doc_id or path.stem, str(path), sha256_of(path), pages, blocks, text)
