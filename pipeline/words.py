"""Words: the text layer's words with their boxes, and words joined again across line ends.

Word boxes come from pdfplumber's word extractor, with the gap that separates two words taken
from the page's own character gaps where the PDF has no space characters. Line-end hyphens
are decided by the document's own vocabulary, so a reduplication keeps its hyphen and a
syllable break does not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pdfplumber
from pdfplumber.utils.text import WordExtractor

from .model import Page, Word
from .params import DEFAULTS, ExtractParams

URL_START = re.compile(r"(?:https?://|<https?://|www\.|doi\.org/)", re.I)
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)
LIST_NUMBER = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}\.)(?:[A-Z“\"]|https?:|www\.|$)")
CID_RUN = re.compile(r"(?:\(cid:\d+\))+")
REDUPLICATION_MIN_LETTERS = 5
"""A line-end `kelompok-` + `kelompoknya` keeps its hyphen when the repeated stem is this long,
even where the document never has the stem alone."""
WORD_RE = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)


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


def text_layer_words(
    page: pdfplumber.page.Page, params: ExtractParams = DEFAULTS
) -> tuple[list[Word], float, float]:
    """The page's words, and the width and height of the page they read upright on."""
    turned = turned_upright(page.chars)
    if turned:
        chars, width, height = turned
    else:
        chars, width, height = page.chars, float(page.width), float(page.height)
    options = {"extra_attrs": ["fontname", "size"], "keep_blank_chars": False}
    tolerance = word_gap_tolerance(chars, params)
    if tolerance is not None:
        options["x_tolerance"] = tolerance
    raw = WordExtractor(**options).extract_words(chars)
    words = []
    for w in raw:
        text = clean_word(w["text"])
        if not text:
            continue
        font = w.get("fontname", "")
        size = round(w["size"], 1)
        box = (w["x0"], w["x1"], w["top"], w["bottom"])
        words.append(Word(text, *box, size, is_bold(font), is_italic(font)))
    return words, width, height


def letter_gaps(chars: list[dict]) -> list[float]:
    """White space between neighbouring characters of a line, as a share of their size."""
    ordered = sorted(chars, key=lambda c: (round(c["top"]), c["x0"]))
    return [
        (b["x0"] - a["x1"]) / a["size"]
        for a, b in zip(ordered, ordered[1:], strict=False)
        if abs(a["top"] - b["top"]) < 1 and a["size"] and b["x0"] >= a["x0"]
    ]


def word_gap_tolerance(chars: list[dict], params: ExtractParams = DEFAULTS) -> float | None:
    """The largest gap inside a word, for a page whose text layer has no space characters
    (pdfTeX sets justified lines with positioned glyphs only): the emptiest point of the
    page's own gap distribution between `word_gap_min` and `word_gap_max` (shares of the
    type size), times the usual size. None where spaces separate the words already, or
    where the gaps show no two kinds."""
    spaces = sum(c["text"] == " " for c in chars)
    if not chars or spaces >= params.word_gap_spaces_share * len(chars):
        return None
    gaps = letter_gaps(chars)
    if len(gaps) < 50:
        return None
    steps = range(round(params.word_gap_min * 100), round(params.word_gap_max * 100) + 1)
    near = {t: sum(abs(g - t / 100) < 0.02 for g in gaps) for t in steps}
    emptiest = [t for t in steps if near[t] == min(near.values())]
    threshold = emptiest[len(emptiest) // 2] / 100  # the middle of the emptiest stretch
    wider = sum(g > threshold for g in gaps)
    if not 0.05 * len(gaps) <= wider <= 0.5 * len(gaps):
        return None
    sizes = sorted(c["size"] for c in chars)
    return threshold * sizes[len(sizes) // 2]


def is_bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold", fontname, re.I))


def is_italic(fontname: str) -> bool:
    """`Times-BoldItalic`, `Arial-ItalicMT`, `Helvetica-Oblique`, `Cambria-BoldIt`."""
    return bool(re.search(r"(?i:italic|oblique)|(?<=[-,a-z])It(?:MT)?$", fontname))


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
