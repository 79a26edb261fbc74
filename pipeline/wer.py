"""Word error rate of extracted text against a reference text (the issue's measure)."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

WORD = re.compile(r"\w+")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower())


def clean_reference(
    markdown: str, drop_line_prefixes: tuple[str, ...] = (), drop_lines: tuple[str, ...] = ()
) -> str:
    """The reference without markdown markup and without the header lines it names."""
    kept = []
    for line in markdown.splitlines():
        stripped = line.strip()
        if any(stripped.startswith(p) for p in drop_line_prefixes) or stripped in drop_lines:
            continue
        kept.append(line)
    text = LINK.sub(r"\1", "\n".join(kept))
    return re.sub(r"[*#]", "", text)


def word_error_rate(hypothesis: str, reference: str) -> float:
    """Word-level Levenshtein distance over the reference's length (rapidfuzz's C++ edit
    distance on word sequences; a Python loop took seconds on a long article)."""
    ref = words_of(reference)
    return Levenshtein.distance(words_of(hypothesis), ref) / max(len(ref), 1)
