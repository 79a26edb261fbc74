"""Evidence around a candidate name that it names a person, an institution or a citation
rather than a place (King Sejong, Jalan Surabaya, `Hamilton, I.`, `Auto Parts Toyota`), and
the government form (`Kota`, `Prefecture`) that marks it as a place of a level."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from .place_rules import PlaceRules

CONTEXT_CHARS = 30
INITIAL = re.compile(r"(?:^|\s)(?:[A-Z]\.\s?){1,3}$")
INITIAL_AFTER = re.compile(r"^\s*,\s*(?:[A-Z]\.\s?){1,3}|^\s*,\s*[A-Z](?:,|\s|$)")
NARRATIVE_CITATION = re.compile(r"^\s*(?:et al\.?\s*)?\((?:19|20)\d{2}")
DATED_NAME = r"[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*\s\((?:19|20)\d{2}\)"
# `Ichikawa (1989), Gwangju (1997) dan Chengdu (2008)`: partners listed with their years,
# not authors cited with theirs
DATED_LIST = re.compile(rf"{DATED_NAME}(?:\s*(?:,|;|\bdan\b|\band\b|&)\s*{DATED_NAME})+")
PUBLISHER = re.compile(r"^\s*:\s*[A-Z]")  # `Boston: Pearson`, a reference's place of publication
ELEMENT_START = re.compile(r"(?:^|[.,]\s*)$")
YEAR = re.compile(r"(?:19|20)\d{2}")
# `Konsulat Jenderal RI (KJRI) Hamburg`: an institution's acronym in parentheses before the
# name is read as if written without them, so `KJRI` is seen before `Hamburg`
ACRONYM_BEFORE = re.compile(r"\((\w+)\)(\s*)$")
MAX_ABBREVIATED = 4  # words an abbreviation is made of, at most


@dataclass(frozen=True)
class Context:
    """The text around one candidate name, sliced once: as written, and as a government form
    reads it (a title in capitals, `KOTA BANDUNG`, read as `Kota Bandung`)."""

    before: str
    after: str
    form_before: str
    form_after: str

    @classmethod
    def around(cls, text: str, start: int, end: int) -> Context:
        before = text[max(0, start - CONTEXT_CHARS) : start]
        after = text[end : end + CONTEXT_CHARS]
        form_before = before.rstrip()
        if form_before.isupper():
            form_before = form_before.title()
        form_after = after.lstrip()
        if form_after.split(" ", 1)[0].isupper():
            form_after = form_after.title()
        return cls(before, after, form_before, form_after)


def form_before(context: Context, rules: PlaceRules, ends_with_form) -> bool:
    """A government form ends the text before the name, and is no `Ibu Kota` (capital)."""
    return ends_with_form(context.form_before) and not rules.not_form(context.form_before)


def prefixed_by_form(context: Context, rules: PlaceRules) -> bool:
    return any(form_before(context, rules, ends_with) for ends_with, _ in rules.forms.values())


def government_form(context: Context, rules: PlaceRules) -> str:
    """CITY or PROVINCE when a government form stands right before or after the name."""
    for label, (ends_with_form, suffixes) in rules.forms.items():
        if form_before(context, rules, ends_with_form) or context.form_after.startswith(suffixes):
            return label
    return ""


def names_something_else(
    context: Context, text: str, start: int, end: int, rules: PlaceRules, listed: bool = False
) -> bool:
    """King Sejong, Jalan Surabaya, Sejong Institute, `Hamilton, I.`, `(Yao, 2019)`: a person
    or an institution named like a place, not the place. `listed`: the name stands in a list
    of names with years, which is not a run of citations."""
    before, after = context.before, context.after
    words_after = after.split()
    return bool(
        rules.not_before(before)
        or rules.not_before(ACRONYM_BEFORE.sub(r"\1\2", before))
        or (words_after and words_after[0].strip(",.;:") in rules.not_after)
        or INITIAL.search(before)
        or INITIAL_AFTER.match(after)
        or (NARRATIVE_CITATION.match(after) is not None and not listed)
        or (PUBLISHER.match(after) is not None and ELEMENT_START.search(before) is not None)
        or in_parenthesis_with_year(text, start, end)
    )


def abbreviation(before: str, name: str, after: str) -> bool:
    """`Wali Kota (Wako)`, `Pemerintah Provinsi (Pemprov)`: a name in parentheses made of the
    first letters of the words before it abbreviates them; it is no place."""
    if not (before.endswith("(") and after.startswith(")")):
        return False
    words = before[:-1].lower().split()[-MAX_ABBREVIATED:]
    return any(built_from(name.lower(), words[-count:]) for count in range(2, len(words) + 1))


def built_from(name: str, words: list[str]) -> bool:
    """Whether `name` is a run of non-empty beginnings of `words`, one for each, in order."""
    if not words:
        return not name
    first, rest = words[0], words[1:]
    return any(
        name.startswith(first[:size]) and built_from(name[size:], rest)
        for size in range(1, min(len(first), len(name) - len(rest)) + 1)
    )


def in_parenthesis_with_year(text: str, start: int, end: int) -> bool:
    """Inside `( ... 2019)`: an author-year citation names people."""
    opening = text.rfind("(", max(0, start - 80), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", end, end + 80)
    return closing >= 0 and "(" not in text[end:closing] and bool(YEAR.search(text[end:closing]))


def capitalized_word(token, taken: set[int], form_words: frozenset[str]) -> bool:
    """A capitalized word inside a sentence that is neither a place's nor a government form's."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.is_upper  # an acronym or a title in capitals
        and not token.is_sent_start
        and token.i not in taken
        and token.text not in form_words
    )


def name_goes_on(span: Span, taken: set[int], form_words: frozenset[str]) -> bool:
    """`Deli Serdang`, `Dublin Core`: a capitalized word that is not a candidate place follows."""
    doc = span.doc
    return span.end < len(doc) and capitalized_word(doc[span.end], taken, form_words)


def inside_other_name(
    span: Span, taken: set[int], prefixed: bool, form_words: frozenset[str]
) -> bool:
    """`Auto Parts Toyota`, `Dublin Core`, `Little Bandung Mobile`: a capitalized word stands
    right before the name (other than its government form), or one that is not a place
    right after it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    capitalized_before = (
        before is not None
        and before.is_alpha
        and before.text[:1].isupper()
        and not before.is_upper
        and not before.is_sent_start
        and not span[0].is_sent_start
    )
    return name_goes_on(span, taken, form_words) or (capitalized_before and not prefixed)
