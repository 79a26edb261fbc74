"""Events stage: a `TaggedArticle` into partnerships and their dated events (`Findings`).

A partnership is a pair of subnational governments, one Indonesian (city_a) and one foreign,
that the text puts together with words of cooperation or as a hyphenated pair. An event is a
date in a clause with a trigger of `rules/events.yaml`; it belongs to the partnership named in
its sentence, or else to the one its section or paragraph is about.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .lexicon import compact_root, rule_root
from .model import (
    MENTIONED,
    SUBJECT,
    Block,
    Event,
    Findings,
    Mention,
    Partnership,
    Sentence,
    TaggedArticle,
)
from .rules import SUBNATIONAL, Rules, alternation, load_rules

WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class EventRules:
    """The patterns the partnership and event finders read, built once from `Rules`."""

    priority: list[str]
    kinds: list[str]
    roots: frozenset[str]  # every root a trigger names: the stemmer's whole dictionary
    signing: Trigger
    agreement_types: dict[str, str]
    triggers: dict[str, Trigger]
    planned: Trigger
    happening: Trigger
    negations: frozenset[str]
    relative: re.Pattern
    perfect_relative: re.Pattern  # with the word it governs
    not_triggers: frozenset[str]
    about_the_study: re.Pattern
    cooperation: re.Pattern
    study_period: re.Pattern
    restated: re.Pattern
    agreements: dict[str, re.Pattern]
    fields: re.Pattern
    between_pair: re.Pattern
    venue: re.Pattern
    qualifier: re.Pattern
    clause_break: re.Pattern
    coordinator: re.Pattern  # a clause opener without its comma

    @property
    def all_triggers(self) -> list[Trigger]:
        return [self.signing, self.happening, *self.triggers.values()]


@dataclass(frozen=True)
class Trigger:
    """What makes a clause speak of one kind of step: an affixed form of one of its Indonesian
    `roots` (`menandatangani` for `tandatangan`), or one of its `words` as written."""

    roots: frozenset[str]
    words: re.Pattern | None
    together: tuple[Trigger, ...] = ()  # a frame: found where all of these are

    def found_in(self, text: str, present: AbstractSet[str]) -> bool:
        """`present`: the roots the text's words are affixed forms of (`roots_in`)."""
        return (
            not self.roots.isdisjoint(present)
            or bool(self.words and self.words.search(text))
            or bool(self.together and all(t.found_in(text, present) for t in self.together))
        )


def trigger(spec: dict) -> Trigger:
    words = spec.get("words") or []
    return Trigger(
        frozenset(compact_root(r) for r in spec.get("roots") or []),
        words_pattern(words) if words else None,
        tuple(trigger(part) for part in spec.get("together") or []),
    )


def trigger_roots(events: dict) -> frozenset[str]:
    specs = [events["signing"], events["planned"], events["happening"]]
    specs += events["triggers"].values()
    specs += [part for spec in list(specs) for part in spec.get("together") or []]
    return frozenset(compact_root(r) for spec in specs for r in spec.get("roots") or [])


def roots_in(text: str, rules: EventRules) -> set[str]:
    """The trigger roots whose affixed forms the text uses, unless a negation stands a few
    words before (`tanpa ada usaha perpanjangan`: without any attempt at renewal)."""
    words = WORD.findall(text)
    found = set()
    for i, word in enumerate(words):
        if word.lower() in rules.not_triggers:
            continue
        root = rule_root(word, rules.roots)
        if root and rules.negations.isdisjoint(w.lower() for w in words[max(0, i - 3) : i]):
            found.add(root)
    return found


def words_pattern(words: list[str]) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.I)


@lru_cache(maxsize=4)
def event_rules(rules_folder: str | None = None) -> EventRules:
    rules = load_rules(rules_folder)
    raw = rules.events
    return EventRules(
        rules.event_types,
        rules.partnership_kinds,
        trigger_roots(raw),
        trigger(raw["signing"]),
        raw["agreement_types"],
        {kind: trigger(spec) for kind, spec in raw["triggers"].items()},
        trigger(raw["planned"]),
        trigger(raw["happening"]),
        frozenset(w.lower() for w in raw["negations"]),
        words_pattern(raw["relatives"]),
        re.compile(rf"{words_pattern(raw['perfect_relatives']).pattern}\s+\w+", re.I),
        frozenset(w.lower() for w in raw["not_triggers"]),
        words_pattern(raw["about_the_study"]),
        words_pattern(raw["cooperation"]),
        words_pattern(raw["study_period"]),
        re.compile(rf"(?:{words_pattern(raw['restated']).pattern})\s*$", re.I),
        {code: words_pattern(words) for code, words in rules.agreements.items()},
        words_pattern(raw["fields"]),
        between_pair_pattern(raw["pair_joiners"], rules),
        venue_pattern(raw["venue_words"], rules),
        qualifier_pattern(rules),
        re.compile(
            rf"[;:]|,\s+(?:{words_pattern(raw['clause_openers']).pattern})|,\s+(?=\w+kan\b)", re.I
        ),
        words_pattern(raw["clause_openers"]),
    )


def subnational_forms(rules: Rules) -> list[str]:
    return [form for label in SUBNATIONAL for form in rules.government_forms(label)]


def venue_pattern(words: list[str], rules: Rules) -> re.Pattern:
    """What stands before a place named as a venue: `di`, `in`, then perhaps its form."""
    forms = alternation(subnational_forms(rules))
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+(?:(?:{forms})\s+)?$", re.I)


def qualifier_pattern(rules: Rules) -> re.Pattern:
    """What stands between a place and the province that locates it: `Seattle (Washington`,
    `Kitakyushu, Fukuoka`, `Kota Linyi Provinsi Shandong`."""
    forms = alternation(rules.government_forms("PROVINCE"))
    return re.compile(rf"\s*[,(/]?\s*(?:(?:{forms})\s+)?", re.I)


def between_pair_pattern(joiners: list[str], rules: Rules) -> re.Pattern:
    """What may stand between the two names of a pair: a joiner, then a government form."""
    forms = alternation(subnational_forms(rules))
    return re.compile(rf"\s*(?:{alternation(joiners)})\s*(?:(?:{forms})\s+)?", re.I)


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
            sentence.text, places_in(sentence, by_sentence), sentence.start, rules.qualifier
        )
        domestic, foreign = domestic_and_foreign(places)
        at_home, abroad = domestic_and_foreign(
            [m for m in places if not rules.venue.search(text[max(0, m.start - 30) : m.start])]
        )
        agreements = [m.norm for m in by_sentence.get(sentence.n, []) if m.label == "AGREEMENT"]
        cooperative = bool(agreements) or bool(rules.cooperation.search(sentence.text))
        if cooperative and not sentence.in_references:
            cooperating.update((m.norm, m) for m in domestic)
        if abroad and not domestic and not sentence.in_references:
            same_block = "\n\n" not in text[max(0, sentence.start - 3) : sentence.start]
            if cooperative or (sentence.n - 1 in paired and same_block):
                kinds = [k for k in agreements if k in rules.kinds]
                foreign_only.append((sentence, abroad, kinds))
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


def with_year(date: Mention, mentions: list[Mention]) -> Mention:
    """`In 1992 ... signed on September 29`: a day and month without a year take the year
    the sentence states, where it states one."""
    if not date.norm.startswith("XXXX-") or date.inferred:
        return date
    years = {m.norm[:4] for m in mentions if m.label == "DATE" and m.norm[:4].isdigit()}
    return replace(date, norm=years.pop() + date.norm[4:]) if len(years) == 1 else date


def eventish(date: Mention, sentence: Sentence, rules: EventRules) -> bool:
    """Dates that can carry an event: not decades, centuries, recurrences or study periods."""
    value = date.norm
    if date.label != "DATE" or value.startswith("XXXX") or len(value.split("/")[0]) < 4:
        return False
    digits = re.search(r"\d", date.text)
    before = (
        sentence.text[: date.start - sentence.start] + date.text[: digits.start() if digits else 0]
    )
    if rules.restated.search(before):
        return False
    return not ("/" in value and rules.study_period.search(before[-40:]))


def clause_around(
    sentence: Sentence, start: int, end: int, clause_break: re.Pattern
) -> tuple[int, int]:
    """Character span (in the article) of the clause holding [start, end)."""
    text, base = sentence.text, sentence.start
    cuts = [0, *(m.end() for m in clause_break.finditer(text)), len(text)]
    left = max(c for c in cuts if c <= start - base)
    right = min((c for c in cuts if c >= end - base), default=len(text))
    return base + left, base + right


def event_type(text: str, agreements: list[Mention], offset: int, rules: EventRules) -> str | None:
    """The event type a clause's triggers give, by the priority of the rules. An agreement
    named in the clause is signed when a signing trigger governs it; a document (LoI, MoU)
    also when the clause only says it took place (`LoI sudah dilakukan pada ...`). Agreeing to
    explore a sister-city tie is a proposal, not the tie's signing."""
    present = roots_in(text, rules)
    found = {kind for kind, t in rules.triggers.items() if t.found_in(text, present)}
    named = {
        m.norm
        for m in agreements
        if offset <= m.start < offset + len(text) and m.norm in rules.agreement_types
    }
    documents = named - set(rules.kinds)
    signed = set()
    if rules.signing.found_in(text, present) and not signed_before(text, found, rules):
        # the document, where one is named (`piagam kota kembar`: the charter); the tie itself
        # only where none is and the clause does not just agree to explore it
        signed = documents or (set() if "proposal" in found else named)
    elif rules.happening.found_in(text, present):
        signed = documents
    found |= {rules.agreement_types[code] for code in signed}
    for kind in rules.priority:
        if kind in found:
            return kind
    return None


def signed_before(text: str, found: set[str], rules: EventRules) -> bool:
    """`menyerahkan MoU yang sudah ditandatangani ... pada pertemuan ... (15/11/2023)`: the
    signing is told as done before (`yang sudah`) and the clause's own step is another one."""
    if not found:
        return False
    rest = rules.perfect_relative.sub(" ", text)
    return not rules.signing.found_in(rest, roots_in(rest, rules))


def partnership_for(
    sentence: Sentence,
    places: list[Mention],
    partnerships: list[Partnership],
    context: list[Partnership],
) -> list[Partnership]:
    """The partnerships a sentence speaks of: those it names (`Solo dengan Xian dan Zhuhai`
    speaks of two), else the ones in context."""
    names = {m.norm for m in places}
    subjects = [p for p in partnerships if p.role == SUBJECT]
    both = [p for p in partnerships if p.city_a in names and p.city_b in names]
    if both:
        return both
    one = [p for p in subjects if p.city_a in names or p.city_b in names]
    if len(one) == 1:
        return one
    countries = {m.country for m in places}
    in_context = [p for p in context if countries <= {p.country_a, p.country_b}]
    if in_context:
        return in_context
    return subjects if len(subjects) == 1 and not names - {"Indonesia"} else []


def section_partnership(title: str, partnerships: list[Partnership]) -> Partnership | None:
    lowered = title.lower()
    for p in partnerships:
        if p.city_a.lower() in lowered and p.city_b.lower() in lowered:
            return p
    return None


def citations_by_sentence(tagged: TaggedArticle) -> dict[int, list[str]]:
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for citation in tagged.citations:
        by_sentence[citation.sentence].append(citation.text)
    return by_sentence


def cites_for(
    tagged: TaggedArticle, sentence: Sentence, by_sentence: dict[int, list[str]]
) -> list[str]:
    """Citations of the sentence, else the next one in its paragraph (authors cite at the end)."""
    if by_sentence.get(sentence.n):
        return by_sentence[sentence.n]
    block = tagged.article.document.blocks
    following = sentence.n + 1
    if following < len(tagged.sentences):
        nxt = tagged.sentences[following]
        same_block = any(b.start <= sentence.start and nxt.end <= b.end for b in block)
        if same_block and not re.search(r"\d{4}", re.sub(r"\([^)]*\)", "", nxt.text)):
            return by_sentence.get(following, [])
    return []


def attribute_sentences(
    tagged: TaggedArticle, partnerships: list[Partnership], by_sentence
) -> dict[int, list[Partnership]]:
    """The partnerships each sentence speaks of, carrying the context of its section and the
    sentences before it (`kedua kota`, `kota tersebut`, one partner named alone)."""
    attributed: dict[int, list[Partnership]] = {}
    context: list[Partnership] = []
    current_section = ""
    for sentence in tagged.sentences:
        if sentence.in_references:
            continue
        if sentence.section != current_section:
            current_section = sentence.section
            titled = section_partnership(sentence.section, partnerships)
            context = [titled] if titled else context
        places = [m for m in by_sentence.get(sentence.n, []) if m.label in SUBNATIONAL]
        found = partnership_for(sentence, places, partnerships, context)
        if found:
            attributed[sentence.n] = context = found
    return attributed


def partnerships_of_date(
    date: Mention, mentions: list[Mention], partnerships: list[Partnership]
) -> list[Partnership]:
    """Of several partnerships a sentence names, the one a date is listed with
    (`Ichikawa (1989), Gwangju (1997)`): the partner named last before it, with no other
    date between. A sentence with one date tells of all of them."""
    dates = [m for m in mentions if m.label == "DATE"]
    if len(partnerships) < 2 or len(dates) < 2:
        return partnerships
    before = [m for m in mentions if m.end <= date.start and m.label in SUBNATIONAL + ("DATE",)]
    if not before or before[-1].label == "DATE":
        return partnerships
    named = before[-1].norm
    return [p for p in partnerships if named in (p.city_a, p.city_b)] or partnerships


def find_events(
    tagged: TaggedArticle, attributed: dict[int, list[Partnership]], rules: EventRules, by_sentence
) -> list[Event]:
    events: list[Event] = []
    cited = citations_by_sentence(tagged)
    unused: Mention | None = None  # the one date of the sentence before, which told of nothing
    for sentence in tagged.sentences:
        partnerships = attributed.get(sentence.n)
        if not partnerships or rules.about_the_study.search(sentence.text):
            unused = None
            continue
        mentions = by_sentence.get(sentence.n, [])
        dates = [with_year(m, mentions) for m in mentions if m.label == "DATE"]
        dates = [m for m in dates if eventish(m, sentence, rules)]
        typed = typed_dates(tagged, sentence, mentions, dates, rules)
        if not dates and unused is not None and in_one_block(tagged, unused.start, sentence):
            typed = carried_signing(sentence, mentions, unused, rules)
        unused = dates[0] if len(dates) == 1 and not typed else None
        sectors = sorted({m.norm for m in mentions if m.label == "SECTOR"})
        events.extend(
            Event(
                partnership.city_a,
                partnership.city_b,
                kind,
                date.norm,
                sectors,
                sentence.page,
                sentence.text,
                cites_for(tagged, sentence, cited),
                sentence.start,
                sentence.end,
                sentence.section,
            )
            for date, kind in typed
            for partnership in partnerships_of_date(date, mentions, partnerships)
        )
    return merge_events(exploratory(events, proposing_pairs(tagged, attributed, rules)))


def typed_dates(
    tagged: TaggedArticle,
    sentence: Sentence,
    mentions: list[Mention],
    dates: list[Mention],
    rules: EventRules,
) -> list[tuple[Mention, str]]:
    """Each date of the sentence with the event type its clause (else its sentence) gives."""
    agreements = [m for m in mentions if m.label == "AGREEMENT"]
    text = tagged.article.document.text
    home = any(m.label in SUBNATIONAL and m.country == "ID" for m in mentions)
    typed = []
    for date in dates:
        wide = clause_around(sentence, date.start, date.end, rules.clause_break)
        start, end = between_dates(text, wide, date, dates, rules)
        if planned(text[start : date.start], rules) or announced(text, start, end, date, rules):
            continue
        kind = event_type(text[start:end], agreements, start, rules)
        if kind is None and len(dates) > 1:
            # `menandatangani LoI pada 2019 dan MoU pada 2021`: a predicate before the date
            # is shared, with the document each date names (or the one named before both)
            own = [m for m in agreements if start <= m.start < end] or agreements
            kind = event_type(text[sentence.start : end], own, sentence.start, rules)
        elif kind is None:
            kind = event_type(sentence.text, agreements, sentence.start, rules)
            if kind is None and home and paragraph_activity(tagged, sentence, rules):
                kind = "activity"
        if kind is not None:
            typed.append((date, kind))
    return typed


def between_dates(
    text: str, clause: tuple[int, int], date: Mention, dates: list[Mention], rules: EventRules
) -> tuple[int, int]:
    """A clause that holds other dates is cut at the coordinator between them (`Sejak 2019
    ... menjalin kerja sama | dan berakhir pada November 2022`): each date its own predicate."""
    start, end = clause
    for other in dates:
        if start <= other.start and other.end <= date.start:
            cuts = list(rules.coordinator.finditer(text, other.end, date.start))
            start = max(start, cuts[-1].start()) if cuts else start
        elif date.end <= other.start and other.end <= end:
            cut = rules.coordinator.search(text, date.end, other.start)
            end = min(end, cut.start()) if cut else end
    return start, end


def announced(text: str, start: int, end: int, date: Mention, rules: EventRules) -> bool:
    """`17 Agustus kali ini ..., tujuh pejabat Gimje akan berkunjung`: nothing happened before
    the date in its clause, and the step told after it is still to come."""
    before = text[start : date.start]
    if any(t.found_in(before, roots_in(before, rules)) for t in rules.all_triggers):
        return False
    return planned(text[date.end : end], rules)


def carried_signing(
    sentence: Sentence, mentions: list[Mention], date: Mention, rules: EventRules
) -> list[tuple[Mention, str]]:
    """`..., kata Wali Kota, Senin 7 Januari 2019. Program itu ditandai dengan penandatanganan
    nota kesepahaman ...`: a signing told without a date, right after a sentence whose date
    told of nothing, happened on that date."""
    agreements = [m for m in mentions if m.label == "AGREEMENT"]
    kind = event_type(sentence.text, agreements, sentence.start, rules)
    if kind not in SIGNINGS or planned(sentence.text, rules):
        return []
    return [(date, kind)]


def block_of(tagged: TaggedArticle, sentence: Sentence) -> Block:
    """The paragraph (block) a sentence lies in."""
    return next(b for b in tagged.article.document.blocks if b.start <= sentence.start < b.end + 2)


def in_one_block(tagged: TaggedArticle, offset: int, sentence: Sentence) -> bool:
    """Whether `offset`, before `sentence`, lies in the sentence's paragraph."""
    return block_of(tagged, sentence).start <= offset


SIGNINGS = ("loi_signed", "mou_signed", "agreement_signed")


def proposing_pairs(
    tagged: TaggedArticle, attributed: dict[int, list[Partnership]], rules: EventRules
) -> set[tuple[str, str]]:
    """The pairs the text speaks of as explored or proposed (`menjajaki`, `mengusulkan`)."""
    proposal = rules.triggers["proposal"]
    pairs = set()
    for sentence in tagged.sentences:
        partnerships = attributed.get(sentence.n, [])
        if partnerships and proposal.found_in(sentence.text, roots_in(sentence.text, rules)):
            pairs |= {p.key for p in partnerships}
    return pairs


def exploratory(events: list[Event], proposing: set[tuple[str, str]]) -> list[Event]:
    """A visit or meeting before the pair signed anything explores the tie: a proposal. So
    is every one of a pair the text tells of as proposed and never as signed."""
    first_signed: dict[tuple[str, str], str] = {}
    for e in events:
        key = (e.city_a, e.city_b)
        if e.type in SIGNINGS and (key not in first_signed or e.date < first_signed[key]):
            first_signed[key] = e.date
    result = []
    for e in events:
        key = (e.city_a, e.city_b)
        signed = first_signed.get(key)
        earlier = signed is not None and e.date[: len(signed)] < signed[: len(e.date)]
        if e.type == "activity" and (earlier or (signed is None and key in proposing)):
            e = replace(e, type="proposal")
        result.append(e)
    return result


def planned(before: str, rules: EventRules) -> bool:
    """`akan ditandatangani pada ...`: the clause announces the dated step, it did not happen.
    Only the words after the last relative word count (`yang akan ditandatangani` is planned;
    `akan diperkuat, yang ditandatangani pada 1984` is not)."""
    relatives = list(rules.relative.finditer(before))
    if relatives:
        before = before[relatives[-1].end() :]
    return rules.planned.found_in(before, roots_in(before, rules))


def paragraph_activity(tagged: TaggedArticle, sentence: Sentence, rules: EventRules) -> bool:
    """A dated sentence with no trigger of its own that names the Indonesian side (not the
    partner's own history), in a paragraph that tells of an activity (`Mereka berada di
    Medan sejak 3 sampai 8 November 2012` after a visit is announced)."""
    block = block_of(tagged, sentence)
    earlier = tagged.article.document.text[block.start : sentence.start]
    return rules.triggers["activity"].found_in(earlier, roots_in(earlier, rules))


def absorb(event: Event, other: Event) -> None:
    """Keep another mention's evidence, citations and sectors on the same event."""
    if other.evidence not in event.evidence:
        event.evidence = f"{event.evidence} | {other.evidence}"
    event.cites = list(dict.fromkeys(event.cites + other.cites))
    event.sectors = sorted(set(event.sectors) | set(other.sectors))


def merge_events(events: list[Event]) -> list[Event]:
    """One event per partnership, type and date, with all its evidence; a vaguer date of a
    one-time event folds into the precise one (`2021` into `2021-04-27`)."""
    merged: dict[tuple, Event] = {}
    for event in events:
        key = (event.city_a, event.city_b, event.type, event.date)
        if key in merged:
            absorb(merged[key], event)
        else:
            merged[key] = event
    kept = []
    for key, event in merged.items():
        finer = [
            other
            for k, other in merged.items()
            if k[:3] == key[:3] and k[3] != key[3] and k[3].startswith(key[3]) and "/" not in k[3]
        ]
        if event.type != "activity" and finer:
            absorb(finer[0], event)
            continue
        kept.append(event)
    return sorted(kept, key=lambda e: (e.city_a, e.city_b, e.date, e.type))


def partnership_sectors(
    tagged: TaggedArticle,
    partnership: Partnership,
    attributed: dict[int, list[Partnership]],
    rules: EventRules,
    by_sentence,
) -> list[str]:
    """Sectors named where the text speaks of this partnership's cooperation or its fields."""
    found: set[str] = set()
    for sentence in tagged.sentences:
        if partnership not in attributed.get(sentence.n, []):
            continue
        if rules.cooperation.search(sentence.text) or rules.fields.search(sentence.text):
            found |= {m.norm for m in by_sentence.get(sentence.n, []) if m.label == "SECTOR"}
    return sorted(found)


def events(tagged: TaggedArticle, rules_folder: str | None = None) -> Findings:
    """Partnerships and dated events of one tagged article."""
    rules = event_rules(rules_folder)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in tagged.mentions:
        by_sentence[mention.sentence].append(mention)
    partnerships = build_partnerships(find_pairs(tagged, rules, by_sentence))
    attributed = attribute_sentences(tagged, partnerships, by_sentence)
    found = find_events(tagged, attributed, rules, by_sentence)
    for partnership in partnerships:
        own = [e for e in found if (e.city_a, e.city_b) == partnership.key]
        partnership.first_date = min((e.date for e in own), default="")
        if partnership.role == SUBJECT:
            partnership.sectors = partnership_sectors(
                tagged, partnership, attributed, rules, by_sentence
            )
    return Findings(tagged, partnerships, found)
