"""Resolution: which place each candidate name stands for, and whether the document shows
it is a place at all. Indonesian places and countries are taken by the case and size rules;
a foreign place needs evidence: its government form, its country named in the sentence, a
sentence of cooperation with an Indonesian place, or the same name shown a place elsewhere."""

from __future__ import annotations

import bisect
from collections import defaultdict

from spacy.tokens import Doc, Span

from .gazetteer import Place
from .lexicon import is_indonesian_word
from .place_candidates import Occurrence, Reading, place_span
from .place_rules import PlaceRules
from .rules import SUBNATIONAL

SMALL_CITY = 100_000
# a place in a country the text names wins over a namesake up to this many times bigger
# (Kochi, Japan over Kochi, India; not Rotterdam, New York over Rotterdam)
NAMED_COUNTRY_WEIGHT = 10


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


def decide(
    rules: PlaceRules, doc: Doc, reading: Reading, occurrences: list[Occurrence], formed: list[Span]
) -> list[Span]:
    """Indonesian places and countries first, as today's case rules decide them; then
    foreign places, which need the evidence those give."""
    countries = {o.candidates[0].country for o in occurrences if o.candidates[0].label == "COUNTRY"}
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
    joined = joined_to_indonesian(rules, reading, occurrences, formed)
    chosen: dict[int, Place] = {}
    for i, o in enumerate(occurrences):
        if o.other_name or a_word_not_a_name(o, reading):
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
        if plausible(o, place, lowered, marked, countries, i in joined):
            chosen[i] = place
    foreign = foreign_evidence(rules, doc, reading, occurrences, chosen, formed)
    spans = []
    for i, place in chosen.items():
        o = occurrences[i]
        if place.country != "ID" and place.label != "COUNTRY" and not foreign[i]:
            continue
        norm = place.norm
        if o.regency and place.country == "ID" and norm in rules.regency_twins:
            norm = f"Kabupaten {norm}"
        spans.append(place_span(o.span, place, norm))
    return spans


def plausible(
    o: Occurrence,
    place: Place,
    lowered: frozenset[str],
    marked: dict,
    countries: set[str],
    joined: bool = False,
) -> bool:
    """The case and size rules: a name the text also writes in lower case (`medan`), or
    a small town not marked by a form, by its country or by being written as the partner
    of an Indonesian place (`Kota Denpasar dengan Mossel Bay`), is not taken on its own."""
    key = o.key
    is_common = o.surface.lower() in lowered
    evidence = bool(o.form) or key in marked
    if is_common and not evidence:
        return False
    if place.label == "COUNTRY":
        return True
    named = place.country in countries
    if place.label == "CITY" and place.population < SMALL_CITY and not (o.form or named or joined):
        return False
    unmarked = not evidence and o.span[0].is_sent_start
    return not (unmarked and not named and place.population < SMALL_CITY * 5)


def a_word_not_a_name(o: Occurrence, reading: Reading) -> bool:
    """`Kami membahas...`, `Kepala Urusan`: an Indonesian word that opens a sentence (where
    every word is capitalized) or is only an alternate name of a foreign place is that word,
    unless a government form marks it."""
    best = o.candidates[0] if o.candidates else None
    if o.form or best is None or best.country == "ID" or best.label not in SUBNATIONAL:
        return False
    if not (best.alternate or opens_sentence(o, reading)):
        return False
    return is_indonesian_word(o.surface)


def opens_sentence(o: Occurrence, reading: Reading) -> bool:
    """Only punctuation (a quotation mark, a bracket) stands before the name in its sentence."""
    sentence = reading.sentence(o.span.start)
    return all(token.is_punct for token in reading.doc[sentence.start : o.span.start])


def joined_to_indonesian(
    rules: PlaceRules, reading: Reading, occurrences: list[Occurrence], formed: list[Span]
) -> set[int]:
    """The foreign names written as one pair with an Indonesian place: `Denpasar-Mossel Bay`,
    `Kota Denpasar dengan Mossel Bay`, `Mossel Bay and Denpasar`."""
    indonesian = sorted(
        [(o.span.start_char, o.span.end_char) for o in occurrences if indonesian_name(o)]
        + [(s.start_char, s.end_char) for s in formed if s._.country == "ID"]
    )
    if not indonesian:
        return set()
    text = reading.text
    joined = set()
    for i, o in enumerate(occurrences):
        if indonesian_name(o):
            continue
        start, end = o.span.start_char, o.span.end_char
        k = bisect.bisect_left(indonesian, (start, end))
        before = indonesian[k - 1] if k else None
        after = indonesian[k] if k < len(indonesian) else None
        if (before and rules.pair_between.fullmatch(text, before[1], start)) or (
            after and rules.pair_between.fullmatch(text, end, after[0])
        ):
            joined.add(i)
    return joined


def indonesian_name(o: Occurrence) -> bool:
    return bool(o.candidates) and o.candidates[0].country == "ID" and not o.other_name


def foreign_evidence(
    rules: PlaceRules,
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
                or bool(rules.cooperation.search(reading.text_of(sentence)))
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
                occurrences[i].inside_name or ambiguous(rules, occurrences[i], chosen[i])
                for i in indices
            )
        )
        for i in indices:
            decision[i] = evidence[i] if occurrences[i].in_references else accepted
    return decision


def ambiguous(rules: PlaceRules, o: Occurrence, place: Place) -> bool:
    """A name that may well be something else: an alternate name, an Indonesian word,
    an acronym or a word in capitals. The aliases of the rules are names of places."""
    if o.key in rules.aliases:
        return False
    return place.alternate or o.surface.isupper() or is_indonesian_word(o.surface)
