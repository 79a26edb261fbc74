"""People's names as a title page prints them: names lines parted into names, with markers,
emails and degrees taken off, and the test of whether a line is one of names at all."""

from __future__ import annotations

import re

MARKERS = re.compile(
    r"\^\{[^}]*\}|[\u00b9\u00b2\u00b3\u2070-\u209f]+|(?<!\w)\d(?:,\d)*\)(?=\w)|[*#\u2020\u2021\u00a7\u2709]"
)
LETTER_MARKER = re.compile(r"(?<=\s)[a-z]\)?(?=\s*$)|^\s*[a-z]\)?\s*$")
"""A footnote letter left of a names part once its digits are off (`Name1, a)`, `Name b`)."""
TRAILING_MARKERS = re.compile(
    r"(?<=[^\W\d_])\d+(?:\s*,\s*\d+)*\)?(?=\s*(?:[,;]|$|\s(?:dan|and)\b))"
)
EMAIL = re.compile(r"[\w.+-]+ ?@ ?[\w-]+(?:\.[\w-]+)+")
NAME_SPLIT = re.compile(r"\s*(?:,|;|\b(?:dan|and|DAN|AND)\b|&)\s*")
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'\u2019-]*\.?$")
LEADING_MARKER = re.compile(
    r"^\s*(?:\d+(?:\s*,\s*\d+)*\)?|[\u00b9\u00b2\u00b3\u2070-\u209f]+)\s*[^\W\d_]"
)


def degree_key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def strip_degrees(name: str, degrees: frozenset[str]) -> str:
    """A name without the degrees printed before or after it (`Dr. Ir. Budi Santoso, M.T.`)."""
    parts = name.split()
    while parts and degree_key(parts[0]) in degrees and len(parts) > 1:
        parts.pop(0)
    while parts and degree_key(parts[-1]) in degrees and len(parts) > 1:
        parts.pop()
    return " ".join(parts)


def split_names(text: str, degrees: frozenset[str] = frozenset()) -> list[str]:
    """The names of a names line: markers, emails and degrees off, a part that is only a
    degree (`MT`, `Dr.Eng`, `S.Kom., M.Kom.`) dropped."""
    cleaned = TRAILING_MARKERS.sub("", MARKERS.sub(" ", text))
    names = []
    for part in NAME_SPLIT.split(cleaned):
        part = LETTER_MARKER.sub("", re.sub(r"\s+", " ", part))
        part = part.strip(" ,\"'?^()0123456789")
        if not part or EMAIL.search(part) or degree_key(part) in degrees:
            continue
        name = strip_degrees(part, degrees)
        if name and degree_key(name) not in degrees:
            names.append(name)
    return names


def looks_like_names(
    text: str,
    common: set[str] = frozenset(),
    degrees: frozenset[str] = frozenset(),
    particles: frozenset[str] = frozenset(),
) -> bool:
    """Capitalized names of letters (lower-case `particles` like `bin` aside), few words each,
    and mostly words the document never uses in lower case (a title's `Hubungan Kota Dengan`
    are ordinary words; `Djaja` is a name; a student number `J2A 303` is none)."""
    names = split_names(text, degrees)
    if not names:
        return False
    words = []
    for name in names:
        parts = name.replace(".", ". ").split()
        capitalized = all(
            NAME_WORD.match(w) and w[0].isupper() for w in parts if w not in particles
        )
        capitalized = capitalized and parts[0][0].isupper()
        if not 1 <= len(parts) <= 6 or not capitalized:
            return False
        words += [w for w in parts if w not in particles]
    ordinary = sum(w.lower() in common for w in words)
    return ordinary * 3 <= len(words)
