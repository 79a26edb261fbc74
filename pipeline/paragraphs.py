"""Paragraphs: lines re-joined into blocks across line, column and page breaks.

A block breaks at a gap, a change of type, a heading in capitals, a short last line or an
indent; a paragraph cut mid-sentence by a column or page break carries on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import typical_gap
from .model import Block, Line, LineSpan, Page
from .params import DEFAULTS, ExtractParams
from .words import continues_url, join_lines, vocabulary


def column_bounds(lines: list[Line]) -> tuple[float, float]:
    return min(line.x0 for line in lines), max(line.x1 for line in lines)


def caps_heading(line: Line) -> bool:
    """A short line in capitals with no final punctuation: a heading even without bold type
    (scans carry no font information)."""
    text = line.text.strip()
    return len(line.words) <= 6 and len(text) > 3 and text.isupper() and text[-1].isalpha()


def starts_block(
    line: Line, previous: Line | None, bounds: dict, gap: float, params: ExtractParams = DEFAULTS
) -> bool:
    """Paragraph breaks from geometry and type: a gap, a heading, a short last line, an indent."""
    if previous is None:
        return True
    broken = previous.text.endswith("-") or continues_url(
        previous.words[-1].text, line.words[0].text
    )
    if caps_heading(line) != caps_heading(previous) and not broken:
        return True
    if abs(line.size - previous.size) > params.type_change or line.bold != previous.bold:
        return True
    left, right = bounds[id(line)]
    prev_left, prev_right = bounds[id(previous)]
    same_column = line.page == previous.page and abs(left - prev_left) < 2
    if same_column and line.top - previous.bottom > gap * params.paragraph_gap + 2:
        return True
    if previous.text.endswith("-") and previous.text[-2:-1].isalpha():
        return False  # a word broken at the line end goes on in the next line
    first = line.words[0]
    if prev_right - previous.x1 > (first.x1 - first.x0) + params.indent:
        return True  # the next word would have fitted: the previous line ended on purpose
    ends_sentence = bool(re.search(r"[.!?:\"\u201d)]$", previous.text))
    indented = line.x0 - left > params.indent and previous.x0 - prev_left < params.flush
    return indented and ends_sentence


def carries_on(
    paragraph: str, line: Line, previous: Line | None, params: ExtractParams = DEFAULTS
) -> bool:
    """A paragraph cut short: it stops mid-sentence and the next line goes on in lower case
    (or with a number) in the same type, whether a column or page break or a stray paragraph
    break in the source split it."""
    if previous is None or previous.bold or line.bold:
        return False
    if abs(line.size - previous.size) > params.type_change:
        return False
    if len(paragraph) < params.carried_min_chars:
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


@dataclass
class Draft:
    """A paragraph being joined: its text so far and where each of its lines starts in it."""

    text: str
    first: Line
    hanging: bool = False
    starts: list[tuple[Line, int]] = field(default_factory=list)


def collapsed_offset(text: str, offset: int) -> int:
    """Where `offset` of `text` lands once its whitespace is collapsed and stripped."""
    return len(re.sub(r"\s+", " ", text[:offset]).lstrip())


def draft_spans(draft: Draft, block: Block) -> list[LineSpan]:
    """The block's lines with their stretch of the text (line ends where the next begins)."""
    raw = draft.text
    offsets = [collapsed_offset(raw, start) for _, start in draft.starts] + [len(block.text)]
    return [
        LineSpan(
            line.page,
            block.start + offsets[i],
            block.start + max(offsets[i + 1], offsets[i]),
            line.x0,
            line.top,
            line.x1,
            line.bottom,
        )
        for i, (line, _) in enumerate(draft.starts)
    ]


def build_blocks(
    pages: list[Page], params: ExtractParams = DEFAULTS
) -> tuple[list[Block], str, list[LineSpan]]:
    """Paragraphs re-joined across lines, columns and pages, the text they make, and where
    each line's stretch of that text was printed."""
    vocab = vocabulary(pages)
    bounds = line_bounds(pages)
    gap = typical_gap(pages)
    drafts: list[Draft] = []
    previous: Line | None = None
    for page in pages:
        for line in page.lines:
            left = bounds[id(line)][0]
            indented = line.x0 - left > params.indent
            hanging_ends = bool(drafts) and drafts[-1].hanging and not indented
            breaks = hanging_ends or starts_block(line, previous, bounds, gap, params)
            if breaks and drafts and carries_on(drafts[-1].text, line, previous, params):
                breaks = False
            if breaks:
                drafts.append(Draft(line.text, line, starts=[(line, 0)]))
            else:
                draft = drafts[-1]
                first_left = bounds[id(draft.first)][0]
                if (
                    len(draft.starts) == 1
                    and indented
                    and draft.first.x0 - first_left < params.flush
                ):
                    draft.hanging = True  # a reference-list entry: first line out, the rest in
                draft.text = join_lines(draft.text, line.text, vocab)
                draft.starts.append((line, max(len(draft.text) - len(line.text), 0)))
            previous = line
    blocks: list[Block] = []
    spans: list[LineSpan] = []
    offset = 0
    for draft in drafts:
        text = re.sub(r"\s+", " ", draft.text).strip()
        first = draft.first
        block = Block(text, first.page, offset, offset + len(text), first.size, first.bold)
        blocks.append(block)
        spans += draft_spans(draft, block)
        offset += len(text) + 2
    return blocks, "\n\n".join(b.text for b in blocks) + ("\n" if blocks else ""), spans
