"""Rules are data: every list, taxonomy and pattern the stages use is read from `rules/`.

`load_rules` is the one loader: it reads every file, checks that the vocabularies agree with
each other (an event type named in one file exists in the other, a place label is a label),
and gives one `Rules` object. A researcher who mistypes a key gets the file and key named.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "rules"

# Mention labels: places, then the rest. Places are what partnerships are made of.
PLACE_LABELS = ("CITY", "PROVINCE", "COUNTRY")
SUBNATIONAL = ("CITY", "PROVINCE")
LABELS = (*PLACE_LABELS, "DATE", "LAW", "AGREEMENT", "SECTOR")


class RulesError(ValueError):
    """A rules file that does not hold what the stages need; the message names file and key."""


def rules_dir() -> Path:
    """The rules folder: $KEMBAR_RULES if set, else the repository's `rules/`."""
    return Path(os.environ.get("KEMBAR_RULES", DEFAULT_RULES))


def alternation(words) -> str:
    """A regular-expression alternation of literal words, longest first so that
    `sampai dengan` wins over `sampai`."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=32)
def load_yaml(name: str, folder: str | None = None) -> Any:
    path = Path(folder or rules_dir()) / name
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@dataclass(frozen=True)
class Rules:
    """Every vocabulary of `rules/`, checked. Codes (event types, agreement and sector codes)
    are defined here once; the stages take them from this object."""

    folder: str
    places: dict
    dates: dict
    agreements: dict[str, list[str]]
    sectors: dict[str, list[str]]
    events: dict
    sections: dict

    @property
    def event_types(self) -> list[str]:
        """Event types, strongest first: where several fit one date, the first wins."""
        return list(self.events["priority"])

    @property
    def partnership_kinds(self) -> list[str]:
        """The agreement codes that name a partnership's kind."""
        return list(self.events["partnership_kinds"])

    @property
    def agreement_codes(self) -> list[str]:
        return list(self.agreements)

    @property
    def sector_codes(self) -> list[str]:
        return list(self.sectors)

    def government_forms(self, label: str) -> list[str]:
        """Words before a name that make it a place of `label` (`Kota`, `Prefektur`)."""
        return list(self.places["government_forms"][label])

    def government_suffixes(self, label: str) -> list[str]:
        """Words after a name that make it a place of `label` (`City`, `Prefecture`)."""
        return list(self.places["government_forms"][f"suffix_{label}"])


def require(data: Any, keys: list[str], where: str) -> None:
    if not isinstance(data, dict):
        raise RulesError(f"{where}: expected a mapping")
    missing = [k for k in keys if k not in data]
    if missing:
        raise RulesError(f"{where}: missing {', '.join(missing)}")


def word_lists(data: Any, where: str) -> dict[str, list[str]]:
    """A mapping of code to a list of words, as agreements.yaml and sectors.yaml hold."""
    if not isinstance(data, dict):
        raise RulesError(f"{where}: expected code: [words]")
    for code, words in data.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise RulesError(f"{where}: {code}: expected a list of words")
    return data


def check_places(places: dict) -> None:
    where = "places.yaml"
    require(places, ["aliases", "government_forms", "not_places", "not_place_context"], where)
    forms = places["government_forms"]
    require(forms, [f"{p}{label}" for label in SUBNATIONAL for p in ("", "suffix_")], where)
    for alias in places["aliases"]:
        require(alias, ["name", "norm", "label", "country"], f"{where}: aliases")
        if alias["label"] not in PLACE_LABELS:
            raise RulesError(f"{where}: aliases: {alias['name']}: label {alias['label']!r}")
        if not re.fullmatch(r"[A-Z]{2}", str(alias["country"])):
            raise RulesError(f"{where}: aliases: {alias['name']}: country is an ISO code")


def check_events(events: dict, agreements: dict) -> None:
    where = "events.yaml"
    frames = ["signing", "planned", "happening"]
    keys = ["priority", "agreement_types", "partnership_kinds", "triggers", *frames, "negations"]
    keys += ["not_triggers", "about_the_study", "relatives", "perfect_relatives"]
    require(events, [*keys, "cooperation", "pair_joiners", "venue_words"], where)
    types = events["priority"]
    for code in events["partnership_kinds"]:
        if code not in agreements:
            raise RulesError(f"{where}: partnership_kinds: {code} is not in agreements.yaml")
    for code, kind in events["agreement_types"].items():
        if code not in agreements:
            raise RulesError(f"{where}: agreement_types: {code} is not in agreements.yaml")
        if kind not in types:
            raise RulesError(f"{where}: agreement_types: {kind} is not an event type")
    for kind in events["triggers"]:
        if kind not in types:
            raise RulesError(f"{where}: triggers: {kind} is not in priority")
    for name, spec in [(name, events[name]) for name in frames] + [
        (f"triggers: {kind}", spec) for kind, spec in events["triggers"].items()
    ]:
        check_trigger(spec, f"{where}: {name}")
        for i, part in enumerate(spec.get("together") or []):
            check_trigger(part, f"{where}: {name}: together {i + 1}", nested=False)


def check_trigger(spec, where: str, nested: bool = True) -> None:
    """`roots` and/or `words`; a trigger also `together`: triggers that count when all are found."""
    allowed = {"roots", "words", "together"} if nested else {"roots", "words"}
    if not isinstance(spec, dict) or not set(spec) <= allowed:
        raise RulesError(f"{where}: expected roots: [...] and/or words: [...]")


@lru_cache(maxsize=8)
def load_rules(folder: str | None = None) -> Rules:
    """Every rules file of `folder` (default: `rules_dir()`), checked."""
    folder = str(folder or rules_dir())
    try:
        rules = Rules(
            folder=folder,
            places=load_yaml("places.yaml", folder),
            dates=load_yaml("dates.yaml", folder),
            agreements=word_lists(load_yaml("agreements.yaml", folder), "agreements.yaml"),
            sectors=word_lists(load_yaml("sectors.yaml", folder), "sectors.yaml"),
            events=load_yaml("events.yaml", folder),
            sections=load_yaml("sections.yaml", folder),
        )
    except FileNotFoundError as error:
        raise RulesError(
            f"rules folder {folder}: {Path(error.filename).name} is missing"
        ) from error
    check_places(rules.places)
    check_events(rules.events, rules.agreements)
    require(rules.dates, ["months", "patterns"], "dates.yaml")
    return rules
