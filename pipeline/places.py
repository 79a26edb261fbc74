"""The places component: which candidate names of the span ruler are places, and which.

A name the gazetteer knows is not yet a place. `Medan` is the city, `medan` a field; `Kita`
is an Indonesian word before it is Quito; `Hamilton, I.` is an author, `Dublin Core` a
standard, `Auto Parts Toyota` a shop. The decision is made once per name for the whole
document, from evidence: a government form (`Kota`, `Prefecture`), the place's country named
beside it, a sentence that tells of a partnership with an Indonesian place, or the same name
shown to be a place elsewhere. A foreign name that is an Indonesian word, an acronym, one of
GeoNames' alternate names, or is read only in a reference list needs such evidence; one that
appears inside another proper name needs it too.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import Place, gazetteer
from .lexicon import is_derived_word, is_indonesian_word, load_lexicon
from .rules import SUBNATIONAL, Rules, alternation, load_rules
from .tokens import text_of

SPANS_KEY = "places"
if not Span.has_extension("country"):
    Span.set_extension("country", default="")  # ISO 3166 code of a place
BODY_END = "kembar.body_end"  # doc.user_data: where the reference list starts
SMALL_CITY = 100_000
CONTEXT_CHARS = 30
# a place in a country the text names wins over a namesake up to this many times bigger
# (Kochi, Japan over Kochi, India; not Rotterdam, New York over Rotterdam)
NAMED_COUNTRY_WEIGHT = 10
FUZZY_MIN_LENGTH = 6  # shorter names are one letter off too many others
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
# a capitalized word long enough to be matched by its spelling (acronyms are set aside after)
NAME_SHAPED = re.compile(rf"(?<!\w)[^\W\d_a-z][^\W\d_]{{{FUZZY_MIN_LENGTH - 1},}}(?!\w)")


@lru_cache(maxsize=65_536)
def place_key(text: str) -> str:
    """Spelling variants share a key: case (`KOTA BANDUNG`), hyphens (`Saint-Louis`),
    apostrophes and spacing."""
    return " ".join(re.sub(r"[-–’']", " ", text).upper().split())


def spelling(text: str) -> str:
    """The name as written, a line break after a hyphen undone (`Souss- Massa`)."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


class EndsWith:
    """Whether a text ends with one of `phrases` after a `boundary`: one match anchored at
    the start of the reversed text, where a `$`-anchored search would try every position
    (it runs for every candidate name)."""

    def __init__(self, phrases: list[str], boundary: str = r"\W", trailing: str = ""):
        reversed_phrases = alternation(p[::-1] for p in phrases)
        self.pattern = re.compile(rf"{trailing}(?:{reversed_phrases})(?:{boundary}|$)")

    def __call__(self, text: str) -> bool:
        return self.pattern.match(text[::-1]) is not None


@dataclass(frozen=True)
class PlaceRules:
    """What the component reads from `rules/places.yaml` and `rules/events.yaml`."""

    by_key: dict[str, list[Place]]
    spellings: frozenset[str]
    forms: dict[str, tuple[EndsWith, tuple[str, ...]]]
    regency_form: EndsWith
    form_name: re.Pattern
    after_title: re.Pattern
    province_forms: frozenset[str]
    form_words: frozenset[str]  # every word of every government form
    joiner: re.Pattern
    subnational_keys: dict[str, list[str]]  # country -> keys of its cities and provinces
    regency_twins: frozenset[str]
    aliases: frozenset[str]
    not_before: EndsWith
    not_after: frozenset[str]
    cooperation: re.Pattern


@lru_cache(maxsize=4)
def place_rules(folder: str | None = None) -> PlaceRules:
    rules: Rules = load_rules(folder)
    table = gazetteer(rules.folder)
    by_key: dict[str, list[Place]] = defaultdict(list)
    for form, places in table.items():
        by_key[place_key(form)].extend(places)
    for candidates in by_key.values():
        candidates.sort(key=lambda p: (p.alternate, -p.population))
    places = rules.places
    context = places["not_place_context"]
    regency_forms = places["regency_forms"]
    return PlaceRules(
        by_key=dict(by_key),
        spellings=frozenset(spelling(form) for form in table),
        forms={
            label: (
                EndsWith(rules.government_forms(label)),
                tuple(rules.government_suffixes(label)),
            )
            for label in SUBNATIONAL
        },
        regency_form=EndsWith(regency_forms),
        form_name=form_name_pattern(rules),
        after_title=re.compile(rf"(?:{alternation(places['official_titles'])})$"),
        province_forms=frozenset(rules.government_forms("PROVINCE")),
        form_words=frozenset(
            word
            for label in SUBNATIONAL
            for form in rules.government_forms(label) + rules.government_suffixes(label)
            for word in form.split()
        ),
        joiner=re.compile(rf"(?<!\w)(?:{alternation(rules.events['pair_joiners'])})(?!\w)", re.I),
        subnational_keys=keys_by_country(by_key),
        regency_twins=frozenset(places.get("regency_twins", [])),
        aliases=frozenset(place_key(alias["name"]) for alias in places["aliases"]),
        not_before=EndsWith(context["before"], boundary=r"\s", trailing=r"\s*"),
        not_after=frozenset(context["after"]),
        cooperation=re.compile(
            rf"(?<!\w)(?:{alternation(rules.events['cooperation'])})(?!\w)", re.I
        ),
    )


def keys_by_country(by_key: dict[str, list[Place]]) -> dict[str, list[str]]:
    """Where a misspelt name is looked up: the known names of each country's places."""
    keys: dict[str, list[str]] = defaultdict(list)
    for key, places in by_key.items():
        for country in {p.country for p in places if p.label in SUBNATIONAL and not p.alternate}:
            keys[country].append(key)
    return dict(keys)


def form_name_pattern(rules: Rules) -> re.Pattern:
    """A government form (not an official's title), then a capitalized name of one word, or
    of two where no third capitalized word follows (`Kabupaten Deli Serdang.`)."""
    titles = set(rules.places["official_titles"])
    forms = [
        form
        for label in SUBNATIONAL
        for form in rules.government_forms(label)
        if form[:1].isupper() and form not in titles
    ]
    word = r"[A-Z][a-z]+"
    return re.compile(
        rf"(?<!\w)(?P<form>{alternation(forms)})\s+"
        rf"(?P<name>{word}(?:[ -]{word}(?![ -]?[A-Z]))?)(?!\w)"
    )


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


def prefixed_by_form(context: Context, rules: PlaceRules) -> bool:
    return any(ends_with_form(context.form_before) for ends_with_form, _ in rules.forms.values())


def government_form(context: Context, rules: PlaceRules) -> str:
    """CITY or PROVINCE when a government form stands right before or after the name."""
    for label, (ends_with_form, suffixes) in rules.forms.items():
        if ends_with_form(context.form_before) or context.form_after.startswith(suffixes):
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
        or (words_after and words_after[0].strip(",.;:") in rules.not_after)
        or INITIAL.search(before)
        or INITIAL_AFTER.match(after)
        or (NARRATIVE_CITATION.match(after) is not None and not listed)
        or (PUBLISHER.match(after) is not None and ELEMENT_START.search(before) is not None)
        or in_parenthesis_with_year(text, start, end)
    )


def in_parenthesis_with_year(text: str, start: int, end: int) -> bool:
    """Inside `( ... 2019)`: an author-year citation names people."""
    opening = text.rfind("(", max(0, start - 80), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", end, end + 80)
    return closing >= 0 and "(" not in text[end:closing] and bool(YEAR.search(text[end:closing]))


def spelled_as_a_place(surface: str, rules: PlaceRules) -> bool:
    """Case matters: `Medan` is the city, `medan` a field; a title in capitals keeps its places."""
    return spelling(surface) in rules.spellings or (surface.isupper() and len(surface) > 3)


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


def resolve(candidates: list[Place], form: str, countries: set[str], regency: bool) -> Place:
    """The place a name most likely stands for: of the level its form says (an Indonesian
    regency's form: Indonesian), in a country the document names, else the most populous."""
    pool = [p for p in candidates if p.label == form] or candidates if form else candidates
    if regency:
        pool = [p for p in pool if p.country == "ID"] or pool
    named = [
        p
        for p in pool
        if p.country in countries and p.population * NAMED_COUNTRY_WEIGHT >= pool[0].population
    ]
    best = (named or pool)[0]
    if best.label == "PROVINCE" and not form:
        # a province named like its capital (Chiang Mai, Fukuoka): without `Provinsi` or
        # `Prefecture` around it, a sister-city text means the city
        capital = [p for p in pool if p.label == "CITY" and p.country == best.country]
        best = capital[0] if capital else best
    return best


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


class PlaceResolver:
    """Reads `doc.spans["candidates"]` (label PLACE) and writes `doc.spans["places"]`."""

    def __init__(self, rules_folder: str | None, candidates_key: str):
        self.rules = place_rules(rules_folder)
        self.candidates_key = candidates_key
        load_lexicon()  # with the component, not on the first article

    def __call__(self, doc: Doc) -> Doc:
        reading = Reading.of(doc, self.candidates_key)
        occurrences = self.occurrences(doc, reading)
        formed = self.named_by_form(doc, reading, occurrences)
        formed += self.misspelt_partners(doc, reading, occurrences, formed)
        decided = self.decide(doc, reading, occurrences, formed)
        doc.spans[SPANS_KEY] = sorted(decided + formed, key=lambda s: s.start)
        return doc

    def occurrences(self, doc: Doc, reading: Reading) -> list[Occurrence]:
        text = reading.text
        body_end = doc.user_data.get(BODY_END, len(text))
        found = [
            span
            for span in reading.candidates
            if span.label_ == "PLACE" and spelled_as_a_place(reading.text_of(span), self.rules)
        ]
        spans = filter_longest(found)
        taken = {
            i
            for span in spans
            if self.surely_named(reading.text_of(span))
            for i in range(span.start, span.end)
        }
        words = self.rules.form_words
        lists = [match.span() for match in DATED_LIST.finditer(text, 0, body_end)]
        result = []
        for span in spans:
            start, end = span.start_char, span.end_char
            surface = text[start:end]
            key = place_key(surface)
            candidates = self.rules.by_key.get(key, [])
            # only a foreign city or province needs to show it is no part of another name
            abroad = any(p.country != "ID" and p.label in SUBNATIONAL for p in candidates)
            context = Context.around(text, start, end)
            listed = any(a <= start < b for a, b in lists)
            result.append(
                Occurrence(
                    span,
                    candidates,
                    government_form(context, self.rules),
                    self.rules.regency_form(context.form_before),
                    names_something_else(context, text, start, end, self.rules, listed),
                    abroad
                    and inside_other_name(
                        span, taken, prefixed_by_form(context, self.rules), words
                    ),
                    abroad and name_goes_on(span, taken, words),
                    start >= body_end,
                    surface,
                    key,
                )
            )
        # `Kabupaten Kampar`: a regency's form and no Indonesian place of the name known: the
        # gazetteer's namesake abroad is not meant anywhere in the text; the form names a
        # place of its own
        regencies = {
            o.key
            for o in result
            if o.regency and o.candidates and all(p.country != "ID" for p in o.candidates)
        }
        return [o for o in result if o.candidates and o.key not in regencies]

    def surely_named(self, surface: str) -> bool:
        """A country, an Indonesian place or an alias: a capitalized word beside another name
        that is one of these does not make that name part of a person's or a firm's."""
        key = place_key(surface)
        best = self.rules.by_key.get(key, [None])[0]
        return key in self.rules.aliases or (
            best is not None and (best.label == "COUNTRY" or best.country == "ID")
        )

    def decide(
        self, doc: Doc, reading: Reading, occurrences: list[Occurrence], formed: list[Span]
    ) -> list[Span]:
        """Indonesian places and countries first, as today's case rules decide them; then
        foreign places, which need the evidence those give."""
        countries = {
            o.candidates[0].country for o in occurrences if o.candidates[0].label == "COUNTRY"
        }
        lowered = reading.lowered
        # each name in each form once: a name recurs dozens of times in an article
        resolved: dict[tuple[str, str, bool], Place] = {}
        for o in occurrences:
            if (o.key, o.form, o.regency) not in resolved:
                place = resolve(o.candidates, o.form, countries, o.regency)
                resolved[o.key, o.form, o.regency] = place
        # a name its government form placed (`Kabupaten Kampar`) is that place throughout
        marked = {o.key: resolved[o.key, o.form, o.regency] for o in occurrences if o.form}
        # `Pulau Pinang`, a name only provinces bear, settles that `Penang` means the state
        settled = {
            (o.candidates[0].norm, o.candidates[0].country): o.candidates[0]
            for o in occurrences
            if not o.other_name and all(p.label == "PROVINCE" for p in o.candidates)
        }
        chosen: dict[int, Place] = {}
        for i, o in enumerate(occurrences):
            if o.other_name:
                continue
            place = resolved[o.key, o.form, o.regency]
            if not o.form:
                place = marked.get(o.key) or next(
                    (
                        settled[p.norm, p.country]
                        for p in o.candidates
                        if (p.norm, p.country) in settled
                    ),
                    place,
                )
            if self.plausible(o, place, lowered, marked, countries):
                chosen[i] = place
        foreign = self.foreign_evidence(doc, reading, occurrences, chosen, formed)
        spans = []
        for i, place in chosen.items():
            o = occurrences[i]
            if place.country != "ID" and place.label != "COUNTRY" and not foreign[i]:
                continue
            norm = place.norm
            if o.regency and place.country == "ID" and norm in self.rules.regency_twins:
                norm = f"Kabupaten {norm}"
            spans.append(place_span(o.span, place, norm))
        return spans

    def plausible(
        self, o: Occurrence, place: Place, lowered: frozenset[str], marked: dict, countries
    ) -> bool:
        """The case and size rules: a name the text also writes in lower case (`medan`), or
        a small town not marked by a form or its country, is not taken on its own."""
        key = o.key
        is_common = o.surface.lower() in lowered
        evidence = bool(o.form) or key in marked
        if is_common and not evidence:
            return False
        if place.label == "COUNTRY":
            return True
        named = place.country in countries
        if place.label == "CITY" and place.population < SMALL_CITY and not (o.form or named):
            return False
        unmarked = not evidence and o.span[0].is_sent_start
        return not (unmarked and not named and place.population < SMALL_CITY * 5)

    def foreign_evidence(
        self,
        doc: Doc,
        reading: Reading,
        occurrences: list[Occurrence],
        chosen: dict[int, Place],
        formed: list[Span],
    ) -> dict[int, bool]:
        """Whether each foreign name is a place, decided once for each name of the document."""
        sentence_of = {i: reading.sentence(occurrences[i].span.start).start for i in chosen}
        countries_in: dict[int, set[str]] = defaultdict(set)
        indonesian_in = {
            reading.sentence(span.start).start for span in formed if span._.country == "ID"
        }
        for i, place in chosen.items():
            if place.label == "COUNTRY":
                countries_in[sentence_of[i]].add(place.country)
            elif place.country == "ID":
                indonesian_in.add(sentence_of[i])
        agreements = {
            reading.sentence(span.start).start
            for span in reading.candidates
            if span.label_ == "AGREEMENT"
        }
        evidence: dict[int, bool] = {}
        for i, place in chosen.items():
            o = occurrences[i]
            sentence = reading.sentence(o.span.start)
            partnership = (
                not o.inside_name
                and sentence.start in indonesian_in
                and (
                    sentence.start in agreements
                    or bool(self.rules.cooperation.search(reading.text_of(sentence)))
                )
            )
            # `Kabupaten Deli Serdang` names another place; a reference's title is in title case
            formed = bool(o.form) and (o.in_references or not o.name_goes_on)
            evidence[i] = formed or place.country in countries_in[sentence.start] or partnership
        by_name: dict[str, list[int]] = defaultdict(list)
        for i, place in chosen.items():
            by_name[place.norm].append(i)
        decision: dict[int, bool] = {}
        for indices in by_name.values():
            body = [i for i in indices if not occurrences[i].in_references]
            accepted = any(evidence[i] for i in body) or (
                bool(body)
                and not any(
                    occurrences[i].inside_name or self.ambiguous(occurrences[i], chosen[i])
                    for i in indices
                )
            )
            for i in indices:
                decision[i] = evidence[i] if occurrences[i].in_references else accepted
        return decision

    def ambiguous(self, o: Occurrence, place: Place) -> bool:
        """A name that may well be something else: an alternate name, an Indonesian word,
        an acronym or a word in capitals. The aliases of the rules are names of places."""
        if o.key in self.rules.aliases:
            return False
        return place.alternate or o.surface.isupper() or is_indonesian_word(o.surface)

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
        country_of: dict[str, str] = {}
        for match in self.rules.form_name.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            if any(start < b and a < end for a, b in taken) or self.a_word(name, lowered):
                continue
            if self.rules.after_title.search(text, 0, match.end("form")):
                continue  # `Wali Kota Tri Rismaharini`: the form ends an official's title
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is None or not len(span):
                continue
            label = "PROVINCE" if match.group("form") in self.rules.province_forms else "CITY"
            found.append((span, label))
            known = self.near_spelling(name, label, countries)
            if known is not None:
                country_of[name] = known.country
            elif (country := self.country_after(span, reading, occurrences)) not in ("", "ID"):
                country_of[name] = country
        places = {}
        for span, label in found:
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
        """The country of the first place or country named after `span` in its sentence,
        unless a pair joiner stands between (`Kampar dengan Kota Melaka` is two parties)."""
        sentence = reading.sentence(span.start)
        for o in occurrences:
            if o.span.start_char <= span.end_char or o.span.start >= sentence.end:
                continue
            between = span.doc[span.end : o.span.start].text
            if self.rules.joiner.search(between):
                return ""
            return o.candidates[0].country
        return ""


def filter_longest(spans: list[Span]) -> list[Span]:
    """Overlapping candidates: the longest wins (`Kota Kinabalu` over `Kota`)."""
    from spacy.util import filter_spans

    return sorted(filter_spans(spans), key=lambda s: s.start)


def place_span(span: Span, place: Place, norm: str) -> Span:
    result = Span(span.doc, span.start, span.end, label=place.label, span_id=norm)
    result._.country = place.country
    return result


@Language.factory(
    "kembar_places",
    default_config={"rules": None, "candidates_key": "candidates"},
)
def make_places(nlp: Language, name: str, rules: str | None, candidates_key: str):
    return PlaceResolver(rules, candidates_key)
