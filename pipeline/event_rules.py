"""Event rules: the trigger words and patterns of `rules/events.yaml`, compiled once.

A trigger is an Indonesian root (every affixed form of it counts, read by Sastrawi's stemmer)
or a word as written; the pair, venue and qualifier patterns are built from the joiners and
the government forms of `rules/places.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import compact_root, rule_root
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
    declarations: re.Pattern  # founding documents named outside rules/agreements.yaml
    triggers: dict[str, Trigger]
    planned: Trigger
    plan_nouns: re.Pattern
    happening: Trigger
    negations: frozenset[str]
    relative: re.Pattern
    perfect_relative: re.Pattern  # with the word it governs
    not_triggers: frozenset[str]
    about_the_study: re.Pattern
    cooperation: re.Pattern
    study_period: re.Pattern
    restated: re.Pattern
    stamp_before: re.Pattern  # a publication word before a date stamped on the item
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
        words_pattern(raw["declarations"]),
        {kind: trigger(spec) for kind, spec in raw["triggers"].items()},
        trigger(raw["planned"]),
        plan_noun_pattern(raw["plan_nouns"], raw["demonstratives"]),
        trigger(raw["happening"]),
        frozenset(w.lower() for w in raw["negations"]),
        words_pattern(raw["relatives"]),
        re.compile(rf"{words_pattern(raw['perfect_relatives']).pattern}\s+\w+", re.I),
        frozenset(w.lower() for w in raw["not_triggers"]),
        words_pattern(raw["about_the_study"]),
        words_pattern(raw["cooperation"]),
        words_pattern(raw["study_period"]),
        re.compile(rf"(?:{words_pattern(raw['restated']).pattern})\s*$", re.I),
        stamp_before_pattern(raw["stamp_words"]),
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


def stamp_before_pattern(words: list[str]) -> re.Pattern:
    """A publication word right before a date (`Posted 12 May 2019`, `Diperbarui: Selasa,
    3 Maret 2020`); a weekday name may stand between."""
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s*:?\s*(?:[^\W\d_]+,?\s*)?$", re.I)


# a clock time right after a date: `02 Agustus 2015 12:50 WIB`, `04/11/2016, 12:39`
STAMP_AFTER = re.compile(r"\s*,?\s*\d{1,2}[:.]\d{2}(?!\d)")


def plan_noun_pattern(nouns: list[str], demonstratives: list[str]) -> re.Pattern:
    """A noun that names a step as a plan, unless a demonstrative makes it the plan itself
    (`rencana itu tertunda`: what happened to the plan is a step)."""
    return re.compile(
        rf"(?<!\w)(?:{alternation(nouns)})(?!\w)(?!\s+(?:{alternation(demonstratives)})\b)", re.I
    )
