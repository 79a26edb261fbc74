"""Candidate names: the span ruler's PLACE spans that are spelled as places, read once per
document with what stands around each (`Reading`, `Occurrence`)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy
from spacy.tokens import Doc, Span

from .gazetteer import Place
from .place_evidence import (
    DATED_LIST,
    Context,
    abbreviation,
    government_form,
    inside_other_name,
    name_goes_on,
    names_something_else,
    prefixed_by_form,
)
from .place_rules import PlaceRules, compact_key, place_key, spelling
from .rules import SUBNATIONAL
from .tokens import text_of

MAX_PARTS = 4  # tokens a name written in parts may run on after its first part

if not Span.has_extension("country"):
    Span.set_extension("country", default="")  # ISO 3166 code of a place


@dataclass
class Occurrence:
    """One candidate name in the text, with what its surroundings say."""

    span: Span
    candidates: list[Place]
    form: str  # CITY or PROVINCE when a government form marks the name
    regency: bool  # the form is a regency's (Kabupaten, Bupati)
    other_name: bool  # a person, an institution or a shop named with it
    inside_name: bool  # flanked by capitalized words that are not places
    name_goes_on: bool  # a capitalized word follows: a form before it marks a longer name
    in_references: bool
    surface: str  # the name as written
    key: str  # its `place_key`


def spelled_as_a_place(surface: str, rules: PlaceRules) -> bool:
    """Case matters: `Medan` is the city, `medan` a field; a title in capitals keeps its places."""
    return spelling(surface) in rules.spellings or (surface.isupper() and len(surface) > 3)


def common_words(text: str) -> frozenset[str]:
    """Words this document also uses in lower case ("medan", "padang", "batu", "kota")."""
    return frozenset(re.findall(r"(?<![\w.])[a-z][a-z-]+", text))


@dataclass(frozen=True)
class Reading:
    """What every step reads of one `Doc`, taken once: its text, the words it writes in lower
    case, and where each sentence starts (`Span.sent` and `doc.sents` walk the tokens on every
    call; a sentence's `Span` is made only when a step asks for it)."""

    text: str
    lowered: frozenset[str]
    doc: Doc
    starts: list[int]
    candidates: list[Span]  # the span ruler's, read out of their group once
    made: dict[int, Span] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, candidates_key: str) -> Reading:
        text = text_of(doc)
        starts = [int(i) for i in numpy.flatnonzero(doc.to_array("SENT_START") == 1)]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        candidates = list(doc.spans.get(candidates_key, []))
        return cls(text, common_words(text), doc, starts, candidates)

    def sentence(self, i: int) -> Span:
        """The sentence of token `i`."""
        k = bisect.bisect_right(self.starts, i) - 1
        if k not in self.made:
            end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.doc)
            self.made[k] = self.doc[self.starts[k] : end]
        return self.made[k]

    def text_of(self, span: Span) -> str:
        """`span.text` without joining its tokens again."""
        return self.text[span.start_char : span.end_char]


def occurrences(rules: PlaceRules, doc: Doc, reading: Reading, body_end: int) -> list[Occurrence]:
    """Every candidate name spelled as a place, with its government form and the evidence
    around it that it names something else; `body_end`: where the reference list starts."""
    text = reading.text
    found = [
        span
        for span in reading.candidates
        if span.label_ == "PLACE" and spelled_as_a_place(reading.text_of(span), rules)
    ]
    spans = filter_longest([joined_spelling(span, reading, rules) for span in found])
    taken = {
        i
        for span in spans
        if surely_named(rules, reading.text_of(span))
        for i in range(span.start, span.end)
    }
    words = rules.form_words
    lists = [match.span() for match in DATED_LIST.finditer(text, 0, body_end)]
    result = []
    abbreviations: set[str] = set()  # `Wali Kota (Wako)`: Wako is the title, throughout
    for span in spans:
        start, end = span.start_char, span.end_char
        surface = text[start:end]
        key = place_key(surface)
        key = key if key in rules.by_key else rules.compact.get(compact_key(key), key)
        candidates = rules.by_key.get(key, [])
        # only a foreign city or province needs to show it is no part of another name
        abroad = any(p.country != "ID" and p.label in SUBNATIONAL for p in candidates)
        context = Context.around(text, start, end)
        listed = any(a <= start < b for a, b in lists)
        if abbreviation(context.before, surface, context.after) and not surely_named(
            rules, surface
        ):
            abbreviations.add(key)  # `Jawa Timur (Jatim)` abbreviates a place: Jatim is one
        result.append(
            Occurrence(
                span,
                candidates,
                government_form(context, rules),
                rules.regency_form(context.form_before),
                names_something_else(context, text, start, end, rules, listed),
                abroad and inside_other_name(span, taken, prefixed_by_form(context, rules), words),
                abroad and name_goes_on(span, taken, words),
                start >= body_end,
                surface,
                key,
            )
        )
    # `Kabupaten Kampar`: a regency's form and no Indonesian place of the name known: the
    # gazetteer's namesake abroad is not meant anywhere in the text; the form names a
    # place of its own
    for o in result:
        o.other_name = o.other_name or o.key in abbreviations
    regencies = {
        o.key
        for o in result
        if o.regency and o.candidates and all(p.country != "ID" for p in o.candidates)
    }
    return [o for o in result if o.candidates and o.key not in regencies]


def joined_spelling(span: Span, reading: Reading, rules: PlaceRules) -> Span:
    """`Chung Cheong Buk-Do` is Chungcheongbuk-do: a name written in parts, spaced or
    hyphenated, is the place whose name has the same letters (the longest such)."""
    doc = span.doc
    following = 0
    while (
        following < MAX_PARTS
        and span.end + following < len(doc)
        and (doc[span.end + following].text == "-" or doc[span.end + following].text[:1].isupper())
        and not doc[span.end + following].is_sent_start
    ):
        following += 1
    for extra in range(following, 0, -1):
        longer = doc[span.start : span.end + extra]
        if compact_key(place_key(reading.text_of(longer))) in rules.compact:
            return Span(doc, longer.start, longer.end, label=span.label)
    return span


def surely_named(rules: PlaceRules, surface: str) -> bool:
    """A country, an Indonesian place or an alias: a capitalized word beside another name
    that is one of these does not make that name part of a person's or a firm's."""
    key = place_key(surface)
    best = rules.by_key.get(key, [None])[0]
    return key in rules.aliases or (
        best is not None and (best.label == "COUNTRY" or best.country == "ID")
    )


def filter_longest(spans: list[Span]) -> list[Span]:
    """Overlapping candidates: the longest wins (`Kota Kinabalu` over `Kota`)."""
    from spacy.util import filter_spans

    return sorted(filter_spans(spans), key=lambda s: s.start)


def place_span(span: Span, place: Place, norm: str) -> Span:
    result = Span(span.doc, span.start, span.end, label=place.label, span_id=norm)
    result._.country = place.country
    return result
