"""Page furniture: running heads and feet, DOI and licence lines, page numbers.

Furniture is what a journal's template prints at the same place on page after page, with only
its numbers changed (`Vol. 1 No. 2 ... 15`, `... 16`), a page number, or a short line set far
apart at a page edge. It is found from each page edge inwards, so a footer of three stacked
lines goes as one, and the first body line stops the search.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from .layout import typical_gap
from .model import Line, Page
from .params import DEFAULTS, ExtractParams

PAGE_NUMBER = re.compile(r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|halaman \d+|page \d+|[ivxlc]{1,6})$", re.I)


@dataclass(frozen=True)
class MarginLine:
    """A line in a page's head or foot band, as the furniture test compares it."""

    index: int
    key: str
    band: str
    offset: float


def furniture_key(line: Line) -> str:
    """The line's letters in lower case: page, volume and year numbers masked away."""
    return re.sub(r"[^a-z]", "", line.text.lower())


def margin_lines(page: Page, params: ExtractParams) -> list[MarginLine]:
    """The page's lines in its head and foot bands, nearest to the page edge first."""
    band_height = page.height * params.margin_share
    marks = []
    for index, line in enumerate(page.lines):
        if line.top < band_height:
            marks.append(MarginLine(index, furniture_key(line), "head", line.top))
        elif line.bottom > page.height - band_height:
            marks.append(MarginLine(index, furniture_key(line), "foot", page.height - line.bottom))
    return sorted(marks, key=lambda mark: mark.offset)


def same_furniture(a: str, b: str, params: ExtractParams) -> bool:
    """Two margin lines' keys read as one running head or foot: alike as a whole, alike in
    full where a key has only a few letters (`Hal 7`, `Hal 8`), or one a piece of the other
    (a footer that a column gutter cut in two on one page)."""
    if min(len(a), len(b)) < params.furniture_min_letters:
        return a == b
    if fuzz.ratio(a, b, score_cutoff=params.furniture_similarity):
        return True
    return bool(fuzz.partial_ratio(a, b, score_cutoff=params.furniture_similarity))


def recurs(mark: MarginLine, others: list[list[MarginLine]], params: ExtractParams) -> bool:
    """Whether the same line, numbers aside, stands at the same place on enough other pages."""
    if not mark.key or not others:
        return False
    hits = sum(
        any(
            other.band == mark.band
            and abs(other.offset - mark.offset) <= params.furniture_shift
            and same_furniture(other.key, mark.key, params)
            for other in page_marks
        )
        for page_marks in others
    )
    return hits >= max(1, math.ceil(params.furniture_page_share * len(others)))


def distance_to_body(line: Line, others: list[Line]) -> float:
    """Vertical white space between a line and the nearest other line not on its row."""
    gaps = [
        max(other.top - line.bottom, line.top - other.bottom)
        for other in others
        if other.bottom <= line.top or other.top >= line.bottom
    ]
    return min(gaps, default=float("inf"))


def stands_apart(
    line: Line, others: list[Line], gap: float, body_size: float, params: ExtractParams
) -> bool:
    """A page number, or a short line in body type or smaller far from the body: furniture
    even where it does not recur (the first page's running head, a page number box). A bold
    or larger line is a heading or a title, however much space is around it."""
    distance = distance_to_body(line, others)
    if distance <= params.furniture_gap * gap + 2:
        return False
    if PAGE_NUMBER.match(line.text.strip()):
        return True
    plain = not line.bold and line.size <= body_size + params.type_change
    far = max(4 * gap, params.isolated_min_distance)
    return plain and len(line.words) <= params.isolated_max_words and distance >= far


def page_furniture(
    page: Page,
    marks: list[MarginLine],
    others: list[list[MarginLine]],
    typeset: tuple[float, float],
    params: ExtractParams,
) -> set[int]:
    """Indices of the page's furniture lines (`typeset`: the document's line gap and body
    type size). A line recurring in place is furniture; then lines that stand apart once
    the furniture found so far is gone, until no more are found (a page number under a
    licence line)."""
    gap, body_size = typeset
    found = {mark.index for mark in marks if recurs(mark, others, params)}
    changed = True
    while changed:
        changed = False
        for mark in marks:
            if mark.index in found:
                continue
            rest = [ln for i, ln in enumerate(page.lines) if i not in found and i != mark.index]
            if stands_apart(page.lines[mark.index], rest, gap, body_size, params):
                found.add(mark.index)
                changed = True
    return found


def body_type_size(pages: list[Page]) -> float:
    """The type size most of the document's characters are set in."""
    sizes: Counter = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def numbered_keys(
    pages: list[Page], marks: list[list[MarginLine]], found: list[set[int]], params: ExtractParams
) -> set[str]:
    """Keys of numbered furniture (`NO. 5 2008 SERI. E`, `Vol. 1 No. 2`) found on enough
    pages to be the document's own running head or foot."""
    pages_with: Counter = Counter()
    for page, page_marks, indices in zip(pages, marks, found, strict=True):
        pages_with.update(
            {
                mark.key
                for mark in page_marks
                if mark.index in indices
                and len(mark.key) >= params.furniture_min_letters
                and re.search(r"\d", page.lines[mark.index].text)
            }
        )
    need = max(2, math.ceil(params.furniture_page_share * (len(pages) - 1)))
    return {key for key, count in pages_with.items() if count >= need}


def strip_furniture(pages: list[Page], params: ExtractParams = DEFAULTS) -> list[Page]:
    """The pages without their furniture, each keeping what it lost in `Page.furniture`.

    Numbered furniture printed once more elsewhere on the first page (a gazette's number on
    its cover, a journal's volume line in the masthead) goes too. A document whose every line
    would go (a page of one short line, a cover) keeps them all: there is no body for them to
    be the furniture of."""
    typeset = (typical_gap(pages), body_type_size(pages))
    marks = [margin_lines(page, params) for page in pages]
    found = [
        page_furniture(page, marks[index], marks[:index] + marks[index + 1 :], typeset, params)
        for index, page in enumerate(pages)
    ]
    running = numbered_keys(pages, marks, found, params)
    if pages and running:
        found[0] |= {
            i
            for i, line in enumerate(pages[0].lines)
            if furniture_key(line) in running and re.search(r"\d", line.text)
        }
    stripped = []
    for page, gone in zip(pages, found, strict=True):
        kept = [line for i, line in enumerate(page.lines) if i not in gone]
        dropped = [line.text for i, line in enumerate(page.lines) if i in gone]
        stripped.append(replace(page, lines=kept, furniture=page.furniture + dropped))
    if not any(page.lines for page in stripped):
        return pages
    return stripped
