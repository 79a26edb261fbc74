"""Page geometry: word boxes into lines in reading order, column by column.

Text-layer pages and OCR pages both arrive here as word boxes, so one piece of code decides
reading order for both.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from .model import Line, Page, Word

GUTTER_MIN_WIDTH = 8.0
GUTTER_MIN_SHARE = 0.1


def rows_of(words: Iterable[Word]) -> list[list[Word]]:
    """Words sharing a baseline band, top to bottom, each row left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        for row in reversed(rows[-3:]):
            top = min(w.top for w in row)
            bottom = max(w.bottom for w in row)
            if top <= middle <= bottom:
                row.append(word)
                break
        else:
            rows.append([word])
    return [merge_touching(sorted(row, key=lambda w: w.x0)) for row in rows]


def merge_touching(row: list[Word]) -> list[Word]:
    """Glue boxes with no space between them: a font change (italic word, then its comma)
    splits one printed word into two boxes."""
    merged = [row[0]]
    for word in row[1:]:
        last = merged[-1]
        if word.x0 - last.x1 < 0.6:
            merged[-1] = Word(
                last.text + word.text,
                last.x0,
                word.x1,
                min(last.top, word.top),
                max(last.bottom, word.bottom),
                max(last.size, word.size),
                last.bold and word.bold,
            )
        else:
            merged.append(word)
    return merged


def crossings(rows: list[list[Word]], lo: int, hi: int, half: float) -> list[int]:
    """For each x from lo to hi, how many rows have a word within `half` of it."""
    counts = [0] * (hi - lo)
    for row in rows:
        covered = set()
        for word in row:
            first = max(lo, math.floor(word.x0 - half) + 1)
            last = min(hi - 1, math.ceil(word.x1 + half) - 1)
            covered.update(range(first, last + 1))
        for x in covered:
            counts[x - lo] += 1
    return counts


def find_gutter(rows: list[list[Word]], width: float) -> float | None:
    """The x of the white band between two columns, if the page has two columns.

    At a gutter, no word of most rows enters a band GUTTER_MIN_WIDTH wide, and enough rows
    have words to its left and to its right. Column lines need not share baselines; rows that
    cross the band (a title block, a wide table) are full width.
    """
    if len(rows) < 4:
        return None
    half = GUTTER_MIN_WIDTH / 2
    lo, hi = int(width * 0.3), int(width * 0.7)
    need = max(3, GUTTER_MIN_SHARE * len(rows))
    crossed = crossings(rows, lo, hi, half)
    good = []
    for x in range(lo, hi):
        if len(rows) - crossed[x - lo] < need:
            good.append(False)  # too few rows leave the band white: no gutter here
            continue
        left = right = crossing = 0
        right_edges: Counter = Counter()
        for row in rows:
            if any(w.x0 < x + half and w.x1 > x - half for w in row):
                crossing += 1
                continue
            left += row[0].x1 <= x
            first_right = next((w for w in row if w.x0 >= x), None)
            if first_right:
                right += 1
                right_edges[round(first_right.x0 / 6)] += 1
        aligned = sum(count for _, count in right_edges.most_common(2))
        good.append(min(left, right, aligned) >= need and crossing < left + right)
    best: tuple[int, int] | None = None
    start = None
    for i, ok in enumerate([*good, False]):
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    if best is None:
        return None
    return lo + (best[0] + best[1]) / 2


def reading_order(words: list[Word], width: float, page: int) -> list[Line]:
    """Lines in the order a reader takes them: full-width rows in place, column runs left first."""
    rows = rows_of(words)
    gutter = find_gutter(rows, width)
    ordered: list[Line] = []
    left_run: list[Line] = []
    right_run: list[Line] = []

    def flush() -> None:
        ordered.extend(left_run + right_run)
        left_run.clear()
        right_run.clear()

    for row in rows:
        if gutter is None or any(w.x0 < gutter < w.x1 for w in row):
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
