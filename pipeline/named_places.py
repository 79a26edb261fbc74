"""Places the gazetteer lacks, named by the text itself: a name after a government form
(`Kabupaten Badung`, `Kota Gimje, Korea Selatan`), a misspelt partner one letter off a known
place of a country the sentence names, and the other mentions of such names."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Set as AbstractSet
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span

from .gazetteer import Place
from .lexicon import is_derived_word, is_indonesian_word
from .place_candidates import Occurrence, Reading, joined_spelling, place_span
from .place_evidence import CONTEXT_CHARS
from .place_rules import PlaceRules, compact_key, place_key
from .rules import SUBNATIONAL, alternation

LOCATING = ("COUNTRY", "PROVINCE")  # what a name's country is read from, written after it
FUZZY_MIN_LENGTH = 6  # shorter names are one letter off too many others
# a capitalized word long enough to be matched by its spelling (acronyms are set aside after)
NAME_SHAPED = re.compile(rf"(?<!\w)[^\W\d_a-z][^\W\d_]{{{FUZZY_MIN_LENGTH - 1},}}(?!\w)")


class NamedPlaces:
    """Finds the places a text names beyond the gazetteer, with the rules it was made with."""

    def __init__(self, rules: PlaceRules):
        self.rules = rules

    def named_by_form(
        self, doc: Doc, reading: Reading, occurrences: list[Occurrence]
    ) -> list[Span]:
        """`Kabupaten Badung`, `Kota Gimje, Korea Selatan`: a name the gazetteer lacks, marked
        as a place by its government form. A name one letter off a known place of a country
        the text names is that place (`Provinsi Gyonggi`); a foreign country or province
        named after it, before any pair joiner, gives its country; otherwise it is Indonesian."""
        text = reading.text
        taken = [(o.span.start_char, o.span.end_char) for o in occurrences] + [
            (s.start_char, s.end_char)
            for s in reading.candidates
            if s.label_ != "PLACE"  # `Kota Kembar` is a term
        ]
        lowered = reading.lowered
        countries = {
            o.candidates[0].country for o in occurrences if o.candidates[0].label == "COUNTRY"
        }
        found: list[tuple[Span, str]] = []
        joined: dict[str, Place] = {}
        country_of: dict[str, str] = {}
        for match in self.rules.form_name.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            if any(start < b and a < end for a, b in taken) or self.a_word(name, lowered):
                continue
            if self.rules.after_title.search(text, 0, match.end("form")):
                continue  # `Wali Kota Tri Rismaharini`: the form ends an official's title
            if self.rules.not_form(text[max(0, match.start() - CONTEXT_CHARS) : match.end("form")]):
                continue  # `Ibu Kota Negri Selangor`: a capital, not a city named Negri
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is None or not len(span):
                continue
            label = "PROVINCE" if match.group("form") in self.rules.province_forms else "CITY"
            whole = joined_spelling(span, reading, self.rules)
            if whole.end > span.end:  # `Provinsi Chung Cheong Buk-Do`: a known name in parts
                key = self.rules.compact[compact_key(place_key(whole.text))]
                candidates = self.rules.by_key[key]
                joined[whole.text] = next(
                    (p for p in candidates if p.label == label), candidates[0]
                )
                continue
            found.append((span, label))
            known = self.near_spelling(name, label, countries)
            if known is not None:
                country_of[name] = known.country
            elif (country := self.country_after(span, reading, occurrences)) not in ("", "ID"):
                country_of[name] = country
        places = dict(joined)
        found += [(whole, "") for whole in self.same_names(doc, text, joined, taken)]
        for span, label in found:
            if span.text in joined:
                continue
            known = self.near_spelling(span.text, label, countries)
            places[span.text] = known or Place(span.text, label, country_of.get(span.text, "ID"))
        spans = [place_span(span, places[span.text], places[span.text].norm) for span, _ in found]
        return spans + self.same_names(
            doc, reading.text, places, taken + [(s.start_char, s.end_char) for s in spans]
        )

    def misspelt_partners(
        self, doc: Doc, reading: Reading, occurrences: list[Occurrence], formed: list[Span]
    ) -> list[Span]:
        """`Samargand (Republic of Uzbekistan)`: in a sentence that pairs an Indonesian place
        in cooperation and names a foreign country, an unknown name one letter off a place of
        that country is that place (a scan's misreading, an older spelling)."""
        countries: dict[int, set[str]] = defaultdict(set)
        indonesian = {reading.sentence(s.start).start for s in formed if s._.country == "ID"}
        for o in occurrences:
            best = o.candidates[0]
            if best.label == "COUNTRY" and best.country != "ID":
                countries[reading.sentence(o.span.start).start].add(best.country)
            elif best.country == "ID" and not o.other_name:
                indonesian.add(reading.sentence(o.span.start).start)
        sentences = [
            reading.sentence(start)
            for start in sorted(set(countries) & indonesian)
            if self.rules.cooperation.search(reading.text_of(reading.sentence(start)))
        ]
        if not sentences:
            return []
        spans_taken = [o.span for o in occurrences] + formed + reading.candidates
        taken_tokens = {i for span in spans_taken for i in range(span.start, span.end)}
        lowered = reading.lowered
        places: dict[str, Place] = {}
        spans = []
        for sent in sentences:
            for match in NAME_SHAPED.finditer(reading.text, sent.start_char, sent.end_char):
                word = match.group(0)
                if (
                    not word[0].isupper()
                    or word.isupper()
                    or self.a_word(word, lowered)
                    or is_indonesian_word(word)
                ):
                    continue
                token = doc.char_span(*match.span())
                if token is None or token.start in taken_tokens:
                    continue  # part of a longer token, or of a name already read
                place = self.near_spelling(word, "CITY", countries[sent.start])
                if place is not None:
                    places[word] = place
                    spans.append(place_span(token, place, place.norm))
        taken = [(s.start_char, s.end_char) for s in spans_taken + spans]
        return spans + self.same_names(doc, reading.text, places, taken)

    @staticmethod
    def same_names(
        doc: Doc, text: str, places: dict[str, Place], taken: list[tuple[int, int]]
    ) -> list[Span]:
        """The other mentions of a name a form made a place (`Gimje-Batam` after `Kota Gimje`)."""
        if not places:
            return []
        spans = []
        for match in re.finditer(rf"(?<!\w)(?:{alternation(places)})(?!\w)", text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and len(span):
                place = places[match.group(0)]
                spans.append(place_span(span, place, place.norm))
        return spans

    @staticmethod
    def a_word(name: str, lowered: frozenset[str]) -> bool:
        """`Provinsi Termaju`, `Kota Tua`: a word after the form, not a name."""
        return any(w.lower() in lowered or is_derived_word(w) for w in name.split())

    def near_spelling(self, name: str, label: str, countries: AbstractSet[str]) -> Place | None:
        """The known place one edit away from `name`, of `label`, in a country the text names."""
        key = place_key(name)
        if len(name) < FUZZY_MIN_LENGTH or key in self.rules.by_key:
            return None  # a name the gazetteer knows was turned down, not misspelt
        fitting = [
            p
            for country in sorted(countries)
            for p in self.rules.by_key.get(self.nearest_key(key, country), [])
            if p.label in SUBNATIONAL and p.country == country and not p.alternate
        ]
        fitting.sort(key=lambda p: p.label != label)
        return fitting[0] if fitting else None

    @lru_cache(maxsize=4096)  # noqa: B019  (one resolver per process, kept for its life)
    def nearest_key(self, key: str, country: str) -> str:
        """The name of a place of `country` one edit away from `key`, or ""."""
        keys = self.rules.subnational_keys.get(country, [])
        match = process.extractOne(key, keys, scorer=Levenshtein.distance, score_cutoff=1)
        return match[0] if match else ""

    def country_after(self, span: Span, reading: Reading, occurrences: list[Occurrence]) -> str:
        """The country of the first country or province named after `span` in its sentence
        (`Kota Gimje, Korea Selatan`), unless a pair joiner stands between (`Kampar dengan
        Kota Melaka` is two parties) or a city comes first (`Siak-Melaka` is a pair)."""
        sentence = reading.sentence(span.start)
        for o in occurrences:
            if o.span.start_char <= span.end_char or o.span.start >= sentence.end:
                continue
            between = span.doc[span.end : o.span.start].text
            best = o.candidates[0]
            if self.rules.joiner.search(between) or best.label not in LOCATING:
                return ""  # a city named after it is its partner, not where it lies
            return best.country
        return ""
