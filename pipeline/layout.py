"""Page geometry: word boxes into lines in reading order, column by column.

Text-layer pages and OCR pages both arrive here as word boxes, so one piece of code decides
reading order for both.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Line, Page, Word
from .params import DEFAULTS, ExtractParams


def overlap_width(a: Word, b: Word) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def rows_of(words: Iterable[Word], params: ExtractParams = DEFAULTS) -> list[list[Word]]:
    """Words sharing a baseline band, top to bottom, each row left to right.

    A word that would cover another word of the row is on another printed line (a running
    head printed over a title, lines set with too tight a leading) and starts or joins its
    own row; a copy of a word printed over itself (faked bold) is dropped."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        for row in reversed(rows[-3:]):
            top = min(w.top for w in row)
            bottom = max(w.bottom for w in row)
            if not top <= middle <= bottom:
                continue
            covered = [w for w in row if overlap_width(w, word) > params.overprint]
            if any(w.text == word.text for w in covered):
                break  # the same word printed again over itself
            if not covered:
                row.append(word)
                break
        else:
            rows.append([word])
    rows.sort(key=lambda row: min(w.top for w in row))
    return [merge_touching(sorted(row, key=lambda w: w.x0), params) for row in rows]


def merge_touching(row: list[Word], params: ExtractParams = DEFAULTS) -> list[Word]:
    """Glue boxes with no space between them: a font change (italic word, then its comma)
    splits one printed word into two boxes. The glued word keeps the weight and slant of its
    longer part (a bold title word keeps its bold with a footnote mark in plain type)."""
    merged = [row[0]]
    for word in row[1:]:
        last = merged[-1]
        if -params.overprint <= word.x0 - last.x1 < params.touching_gap:
            main = last if len(last.text) >= len(word.text) else word
            merged[-1] = Word(
                last.text + word.text,
                last.x0,
                word.x1,
                min(last.top, word.top),
                max(last.bottom, word.bottom),
                max(last.size, word.size),
                main.bold,
                main.italic,
            )
        else:
            merged.append(word)
    return merged


@dataclass(frozen=True)
class RowSpan:
    """What the gutter search needs of a row: the x positions its words cover (band
    included), where its first word ends and where each of its words starts."""

    covered: frozenset[int]
    first_end: float
    starts: tuple[float, ...]


def row_spans(rows: list[list[Word]], lo: int, hi: int, half: float) -> list[RowSpan]:
    spans = []
    for row in rows:
        covered: set[int] = set()
        for word in row:
            first = max(lo, math.floor(word.x0 - half) + 1)
            last = min(hi - 1, math.ceil(word.x1 + half) - 1)
            covered.update(range(first, last + 1))
        spans.append(RowSpan(frozenset(covered), row[0].x1, tuple(w.x0 for w in row)))
    return spans


def sits_beside(spans: list[RowSpan], x: int, need: float) -> bool:
    """Whether a gutter at `x` has columns on both sides: within one run of rows that leave
    the band white, enough rows end left of it and enough start right of it, the right ones
    at one or two aligned edges. (Rows crossing the band, such as a title or an abstract
    above the columns, end a run; a narrow title block beside a heading is no column.)"""
    run_left = run_right = best_run = 0
    right_edges: Counter = Counter()
    for span in spans:
        if x in span.covered:
            run_left = run_right = 0
            continue
        run_left += span.first_end <= x
        index = bisect_left(span.starts, x)
        if index < len(span.starts):
            run_right += 1
            right_edges[round(span.starts[index] / 6)] += 1
        best_run = max(best_run, min(run_left, run_right))
    aligned = sum(count for _, count in right_edges.most_common(2))
    return min(aligned, best_run) >= need


def find_gutter(
    rows: list[list[Word]], width: float, params: ExtractParams = DEFAULTS
) -> float | None:
    """The x of the white band between two columns, if the page has two columns.

    At a gutter, no word of enough rows in a row enters a band `gutter_min_width` wide, and
    enough rows have words to its left and to its right. Column lines need not share
    baselines; rows that cross the band (a title block, an abstract above the columns, a wide
    table) are full width, however many there are. Of several white bands (one inside a
    table in a column) the gutter is the leftmost that nearly as many rows leave white as the
    best one: a right column's hanging reference numbers (`[1]`) stay in their column.
    """
    if len(rows) < 4:
        return None
    half = params.gutter_min_width / 2
    lo, hi = int(width * 0.3), int(width * 0.7)
    spans = row_spans(rows, lo, hi, half)
    white = []
    enough = max(3, params.gutter_min_share * len(rows))
    for x in range(lo, hi):
        left_white = sum(x not in span.covered for span in spans)
        need = max(3, params.gutter_min_share * left_white)
        beside = left_white >= enough and sits_beside(spans, x, need)
        white.append(left_white if beside else 0)
    most = max(white)
    if not most:
        return None
    near = [count >= params.gutter_near_share * most for count in white]
    start = near.index(True)
    end = near.index(False, start) if False in near[start:] else len(near)
    return lo + (start + end - 1) / 2


def reading_order(
    words: list[Word], width: float, page: int, params: ExtractParams = DEFAULTS
) -> list[Line]:
    """Lines in the order a reader takes them: full-width rows in place, column runs left first."""
    rows = rows_of(words, params)
    gutter = find_gutter(rows, width, params)
    ordered: list[Line] = []
    left_run: list[Line] = []
    right_run: list[Line] = []

    def flush() -> None:
        ordered.extend(left_run + right_run)
        left_run.clear()
        right_run.clear()

    half = params.gutter_min_width / 2
    for row in rows:
        if gutter is None or any(w.x0 < gutter + half and w.x1 > gutter - half for w in row):
            flush()
            ordered.append(Line(row, page))
            continue
        left = [w for w in row if w.x1 <= gutter]
        right = [w for w in row if w.x0 >= gutter]
        if left:
            left_run.append(Line(left, page))
        if right:
            right_run.append(Line(right, page))
    flush()
    return ordered


def typical_gap(pages: list[Page]) -> float:
    """The median white space between a line and the next: the document's leading."""
    gaps = []
    for page in pages:
        for a, b in zip(page.lines, page.lines[1:], strict=False):
            if 0 < b.top - a.bottom < 40:
                gaps.append(b.top - a.bottom)
    return sorted(gaps)[len(gaps) // 2] if gaps else 4.0
