"""Word error rate of extracted text against a reference text (the issue's measure)."""

from __future__ import annotations

import re

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


def edit_distance(a: list[str], b: list[str]) -> int:
    """Levenshtein distance over words."""
    previous = list(range(len(b) + 1))
    for i, word in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other))
        previous = current
    return previous[-1]


def word_error_rate(hypothesis: str, reference: str) -> float:
    ref = words_of(reference)
    return edit_distance(words_of(hypothesis), ref) / max(len(ref), 1)
