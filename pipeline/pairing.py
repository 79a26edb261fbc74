"""Pairing: which Indonesian and foreign places a text puts together as partners.

A pair is written as one unit (`Surabaya-Busan`, `Medan dan Gwangju`), or named in a
sentence of cooperation; a partner listed in a sentence of its own belongs to the one
Indonesian side the text pairs. Role and kind follow from where and how the pair is named.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .event_rules import EventRules
from .model import MENTIONED, SUBJECT, Mention, Partnership, Sentence, TaggedArticle
from .rules import SUBNATIONAL

# a dateline's name is followed by a dash or a comma (perhaps a bracket), then a word
DATELINE_AFTER = re.compile(r"\s*[-–—,]\s*\(?\s*([^\W\d_]+)")


@dataclass
class PairEvidence:
    """What the article says about one city pair, gathered before deciding role and kind."""

    a: Mention
    b: Mention
    sentences: set[int] = field(default_factory=set)
    kinds: Counter = field(default_factory=Counter)
    in_front: bool = False
    in_references: bool = False
    in_body: bool = False


def places_in(sentence: Sentence, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    return [m for m in by_sentence.get(sentence.n, []) if m.label in SUBNATIONAL]


def domestic_and_foreign(places: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    domestic = [m for m in places if m.country == "ID"]
    foreign = [m for m in places if m.country and m.country != "ID"]
    return domestic, foreign


def joined_pairs(
    text: str, places: list[Mention], base: int, between_pair: re.Pattern
) -> list[tuple[Mention, Mention]]:
    """Pairs written as one unit: `Surabaya-Busan`, `Medan dan Gwangju`, `Kota X dengan Kota Y`.

    Read left to right, each name joins at most one pair, so `Medan dengan Gwangju dan
    Surabaya dengan Busan` gives two pairs, not a third across them.
    """
    ordered = sorted(places, key=lambda m: m.start)
    pairs = []
    i = 0
    while i < len(ordered) - 1:
        first, second = ordered[i], ordered[i + 1]
        between = text[first.end - base : second.start - base]
        opposite = (first.country == "ID") != (second.country == "ID")
        if opposite and between_pair.fullmatch(between):
            pairs.append((first, second) if first.country == "ID" else (second, first))
            i += 2
        else:
            i += 1
    return pairs


def proximity_pairs(
    domestic: list[Mention], foreign: list[Mention]
) -> set[tuple[Mention, Mention]]:
    """One city named with several partners pairs with each; several with several pair by
    nearness, so a comparison of two partnerships does not invent cross pairs."""
    if len({m.norm for m in domestic}) == 1:
        return {(domestic[0], b) for b in foreign}
    pairs = set()
    for b in foreign:
        a = min(domestic, key=lambda m: abs(m.start - b.start))
        if a.label == b.label:
            pairs.add((a, b))
    return pairs


def without_qualifiers(
    text: str, places: list[Mention], base: int, qualifier: re.Pattern
) -> list[Mention]:
    """`Seattle (Washington)`, `Kitakyushu, Fukuoka`, `Penang (Georgetown)`: of two foreign
    places of one country written side by side, the province locates the city; the city is
    the partner."""
    ordered = sorted(places, key=lambda m: m.start)
    dropped: set[int] = set()
    for first, second in zip(ordered, ordered[1:], strict=False):
        between = text[first.end - base : second.start - base]
        if first.country == second.country != "ID" and qualifier.fullmatch(between):
            dropped.add(
                id(second if second.label == "PROVINCE" or first.label == second.label else first)
            )
    return [m for m in places if id(m) not in dropped]


def dateline(mention: Mention, text: str) -> bool:
    """`HARBIN - The provincial government...`, `MANADO, (news.com)`: a news item's dateline,
    a name in capitals then a dash or comma before ordinary text, says where it was written,
    not who the partners are."""
    if not mention.text.isupper() or len(mention.text) < 3:
        return False
    after = DATELINE_AFTER.match(text, mention.end)
    return after is not None and not after.group(1).isupper()


@lru_cache(maxsize=4)
def listing(between_pair: re.Pattern) -> re.Pattern:
    """A comma, a semicolon or a pair joiner starting a word: two names listed, not one
    locating the other."""
    return re.compile(rf"[,;]|(?<!\w)(?:{between_pair.pattern})", between_pair.flags)


def without_locating_provinces(
    foreign: list[Mention], domestic: list[Mention], text: str, listing: re.Pattern
) -> list[Mention]:
    """`Shah Alam yang merupakan ibu kota Selangor`: a foreign province written after a city
    of its country, with no list between them (`Los Angeles and Arkansas`), locates the
    city; unless the Indonesian side is a province too, it is no partner of its own (a pair
    written as one unit, `Siak dan Terengganu`, is read apart from this)."""
    if any(m.label == "PROVINCE" for m in domestic):
        return foreign
    ordered = sorted(foreign, key=lambda m: m.start)
    located = {
        id(province)
        for city, province in zip(ordered, ordered[1:], strict=False)
        if province.label == "PROVINCE"
        and city.label == "CITY"
        and city.country == province.country
        and not listing.search(text, city.end, province.start)
    }
    return [m for m in foreign if id(m) not in located]


def alternating_runs(places: list[Mention]) -> list[tuple[Mention, Mention]] | None:
    """`Surabaya ... Busan ... Medan ... Gwangju`: names that alternate between the two sides
    pair in reading order, as comparisons are written."""
    ordered: list[Mention] = []
    for mention in sorted(places, key=lambda m: m.start):
        if ordered and ordered[-1].norm == mention.norm:
            continue
        ordered.append(mention)
    sides = [m.country == "ID" for m in ordered]
    if (
        len(ordered) < 4
        or len(ordered) % 2
        or any(a == b for a, b in zip(sides, sides[1:], strict=False))
    ):
        return None
    pairs = zip(ordered[::2], ordered[1::2], strict=True)
    return [(a, b) if a.country == "ID" else (b, a) for a, b in pairs]


def reference_units(tagged: TaggedArticle) -> list[Sentence]:
    """Each reference entry read as one unit: a cited title names a pair across its lines."""
    text = tagged.article.document.text
    return [
        Sentence(-1 - ref.n, ref.start, ref.end, text[ref.start : ref.end], ref.page, "", True)
        for ref in tagged.article.references
    ]


def find_pairs(tagged: TaggedArticle, rules: EventRules, by_sentence) -> dict[tuple, PairEvidence]:
    pairs: dict[tuple, PairEvidence] = {}
    front_end = body_start(tagged)
    text = tagged.article.document.text
    units = [s for s in tagged.sentences if not s.in_references] + reference_units(tagged)
    for unit in units[len(units) - len(tagged.article.references) :]:
        by_sentence[unit.n] = [m for m in tagged.mentions if unit.start <= m.start < unit.end]
    foreign_only: list[tuple[Sentence, list[Mention], list[str]]] = []
    cooperating: dict[str, Mention] = {}  # Indonesian places of cooperative sentences
    paired: set[int] = set()
    for sentence in units:
        places = without_qualifiers(
            sentence.text,
            [m for m in places_in(sentence, by_sentence) if not dateline(m, text)],
            sentence.start,
            rules.qualifier,
        )
        domestic, foreign = domestic_and_foreign(places)
        at_home, abroad = domestic_and_foreign(
            [m for m in places if not rules.venue.search(text[max(0, m.start - 30) : m.start])]
        )
        abroad = without_locating_provinces(abroad, domestic, text, listing(rules.between_pair))
        agreements = [m.norm for m in by_sentence.get(sentence.n, []) if m.label == "AGREEMENT"]
        cooperative = bool(agreements) or bool(rules.cooperation.search(sentence.text))
        if cooperative and not sentence.in_references:
            cooperating.update((m.norm, m) for m in domestic)
        if abroad and not domestic and not sentence.in_references:
            same_block = "\n\n" not in text[max(0, sentence.start - 3) : sentence.start]
            listed = sentence.n - 1 in paired and same_block
            if cooperative or listed:
                kinds = [k for k in agreements if k in rules.kinds]
                foreign_only.append((sentence, abroad, kinds))
            if listed:
                paired.add(sentence.n)  # a list of partners goes on, item by item
        if list_intro(sentence, cooperative, domestic, foreign):
            paired.add(sentence.n)
        if not domestic or not foreign:
            continue
        runs = alternating_runs(domestic + foreign)
        joined = set(
            runs
            or joined_pairs(sentence.text, domestic + foreign, sentence.start, rules.between_pair)
        )
        nearby = proximity_pairs(at_home, abroad) if cooperative and at_home and abroad else set()
        candidates = joined or nearby
        if sentence.in_references:
            flat = " ".join(sentence.text.split())
            agreements += [
                code for code, pattern in rules.agreements.items() if pattern.search(flat)
            ]
        if candidates:
            paired.add(sentence.n)
        kinds = [k for k in agreements if k in rules.kinds]
        for a, b in sorted(candidates, key=lambda pair: (pair[0].start, pair[1].start)):
            note_pair(pairs, a, b, sentence, kinds, front_end)
    # partners listed in sentences of their own belong to the one Indonesian side the text
    # pairs (or, pairing none, names cooperating)
    anchors = {e.a.norm: e.a for e in pairs.values() if e.in_body or e.in_front} or cooperating
    if len(anchors) == 1:
        (anchor,) = anchors.values()
        for sentence, foreign, kinds in foreign_only:
            for b in foreign:
                note_pair(pairs, anchor, b, sentence, kinds, front_end)
    return pairs


def list_intro(
    sentence: Sentence, cooperative: bool, domestic: list[Mention], foreign: list[Mention]
) -> bool:
    """`Kota Medan memiliki kota kembar berikut:`: an Indonesian place's partnerships
    announced before a colon; the partners follow as items of their own."""
    return (
        cooperative
        and bool(domestic)
        and not foreign
        and not sentence.in_references
        and sentence.text.rstrip().endswith(":")
    )


def note_pair(
    pairs: dict[tuple, PairEvidence],
    a: Mention,
    b: Mention,
    sentence: Sentence,
    kinds: list[str],
    front_end: int,
) -> None:
    """Record that `sentence` pairs `a` (Indonesian) with `b`, naming partnership `kinds`."""
    evidence = pairs.setdefault((a.norm, b.norm), PairEvidence(a, b))
    evidence.sentences.add(sentence.n)
    evidence.kinds.update(kinds)
    if sentence.in_references:
        evidence.in_references = True
    elif sentence.start < front_end:
        evidence.in_front = True
    else:
        evidence.in_body = True


def body_start(tagged: TaggedArticle) -> int:
    sections = tagged.article.sections
    return sections[0].start if sections else 0


def partnership_kind(evidence: PairEvidence) -> str:
    if evidence.kinds:
        kind = evidence.kinds.most_common(1)[0][0]
        if kind == "sister_city" and evidence.a.label == evidence.b.label == "PROVINCE":
            return "sister_province"
        return kind
    return "cooperation"


def build_partnerships(pairs: dict[tuple, PairEvidence]) -> list[Partnership]:
    """Role: subject when the front matter names the pair or the body keeps returning to it."""
    body_counts = {key: len(e.sentences) for key, e in pairs.items() if e.in_body}
    partnerships = []
    for key, evidence in pairs.items():
        subject = evidence.in_front or body_counts.get(key, 0) >= 3
        source = "text" if evidence.in_body or evidence.in_front else "reference"
        partnerships.append(
            Partnership(
                evidence.a.norm,
                evidence.a.country,
                evidence.b.norm,
                evidence.b.country,
                partnership_kind(evidence),
                SUBJECT if subject else MENTIONED,
                mentions=len(evidence.sentences),
                source=source,
            )
        )
    return partnerships
