"""Every tolerance of the extract stage in one object, passed down to the code that uses it.

Distances are in PDF points (1/72 inch) unless a name says otherwise. The defaults were chosen
on the shared real journal PDFs and the rendered sample corpus; a caller with an odd layout
builds an `ExtractParams` with other values instead of editing code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractParams:
    """Tolerances for reading order, page furniture and word spacing."""

    min_text_chars: int = 25
    """A page with fewer text-layer characters than this is read by OCR."""

    max_content_mb: float = 100.0
    """A page whose content stream inflates past this many megabytes is refused (a
    decompression bomb); a dense vector map takes a few."""

    ocr_dpi: int = 300
    """Resolution a page is rendered at for OCR."""

    ocr_max_pixels: float = 60e6
    """Most pixels a page is rendered with for OCR (an A4 page at 300 dpi has 8.7 million);
    a larger page is rendered at a lower resolution..."""

    ocr_min_dpi: int = 100
    """... but not below this: a page that would need less is refused with a reason (a
    200-inch page would need a few gigabytes)."""

    word_gap_spaces_share: float = 0.02
    """A page with at least this share of space characters has its words separated already;
    below it, word gaps are inferred from the page's character gaps."""

    word_gap_min: float = 0.06
    word_gap_max: float = 0.3
    """Bounds, as shares of the type size, of the gap that separates words where no space
    characters do."""

    touching_gap: float = 0.6
    """Word boxes closer than this are one printed word (a font change inside a word)."""

    overprint: float = 1.0
    """Word boxes overlapping by more than this are not on one printed line."""

    margin_share: float = 0.11
    """Share of the page height at the top and at the bottom where furniture can stand."""

    furniture_shift: float = 8.0
    """How far a running head or foot may move between pages and still be the same one."""

    furniture_similarity: float = 85.0
    """Minimum similarity (0-100) of two margin lines' letters to be the same furniture once
    their numbers are masked (`Vol. 1 No. 2 ... 15` and `... 16` are one running head)."""

    furniture_page_share: float = 0.3
    """Share of the other pages a margin line must recur on, at the same place, to be
    furniture (a template header printed on even pages only still counts)."""

    furniture_min_letters: int = 4
    """Margin lines with fewer letters (`Hal 7`) are the same furniture only when their
    letters are the same; with more, a line may be a piece of another."""

    furniture_gap: float = 1.5
    """A margin line nearer the body than this many line gaps (plus 2 points) is part of it,
    unless it recurs in place on other pages."""

    isolated_max_words: int = 16
    """A margin line of at most this many words, far from every other line, is a running head
    even on a page where it does not recur."""

    isolated_min_distance: float = 18.0
    """... far meaning at least this far (or four line gaps, whichever is more)."""

    gutter_min_width: float = 8.0
    """Width of the white band that must separate two columns."""

    gutter_min_share: float = 0.1
    """Share of the rows leaving a gutter white (at least three) that must stand, in one run,
    on each side of it for it to count: a few rows of columns under a long abstract do."""

    gutter_near_share: float = 0.9
    """Of the white bands, the gutter is the leftmost that this share of the most rows any
    band has leave white (a band inside a right column's hanging numbers is whiter still)."""

    type_change: float = 0.6
    """A change of type size larger than this between two lines starts a new block."""

    paragraph_gap: float = 1.8
    """White space above a line larger than this many line gaps (plus 2 points) starts a
    paragraph."""

    indent: float = 6.0
    """A first line starting this much further in than its column is indented (and a line
    this much shorter than the next word's width ended on purpose)."""

    flush: float = 3.0
    """A line starting within this of its column's left edge is flush."""

    carried_min_chars: int = 80
    """A block shorter than this (a heading, a label) is not a paragraph cut by a break."""


DEFAULTS = ExtractParams()
"""The tolerances every function uses unless it is handed others."""
