"""Events stage: a `TaggedArticle` into partnerships and their dated events (`Findings`).

A partnership is a pair of subnational governments, one Indonesian (city_a) and one foreign,
that the text puts together with words of cooperation or as a hyphenated pair. An event is a
date in a clause with a trigger of `rules/events.yaml`; it belongs to the partnership named in
its sentence, or else to the one its section or paragraph is about.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .event_dates import announced, between_dates, clause_around, eventish, planned, with_year
from .event_rules import EventRules, event_rules, roots_in
from .model import (
    SUBJECT,
    Block,
    Event,
    Findings,
    Mention,
    Partnership,
    Sentence,
    TaggedArticle,
)
from .pairing import build_partnerships, find_pairs
from .rules import SUBNATIONAL


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
    documents = named - set(rules.kinds) | (
        {"agreement"} if rules.declarations.search(text) else set()
    )
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
