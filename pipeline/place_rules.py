"""What the places component reads from the rules: the gazetteer by spelling key, the
government forms around a name, the titles of officials, the words that make a name a
person's or an institution's, and the words of cooperation that pair two places."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import Place, gazetteer
from .rules import SUBNATIONAL, Rules, alternation, load_rules


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
    not_form: EndsWith  # a form's words that name no government here (`Ibu Kota`)
    pair_between: re.Pattern  # what stands between the two names of a pair
    compact: dict[str, str]  # a multiword key without its spaces -> the key


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
        not_form=EndsWith(places.get("not_forms", [])),
        pair_between=pair_between_pattern(rules),
        compact={compact_key(key): key for key in by_key if " " in key},
    )


def compact_key(key: str) -> str:
    """A key without its spaces: `Chung Cheong Buk-Do` and `Chungcheongbuk-do` are one name."""
    return key.replace(" ", "")


def pair_between_pattern(rules: Rules) -> re.Pattern:
    """A pair joiner, then perhaps a government form: `Denpasar dengan Kota Mossel Bay`."""
    forms = alternation(rules.government_forms("CITY") + rules.government_forms("PROVINCE"))
    joiners = alternation(rules.events["pair_joiners"])
    return re.compile(rf"\s*(?:{joiners})\s*(?:(?:{forms})\s+)?", re.I)


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
