"""Stable ids for findings, so a researcher's decision finds its finding again after a re-run.

An event is known by its document, type, pair and evidence sentence (compared by its words
alone, so a changed line break or hyphen does not lose it), not by its date or its offsets:
a rules change that re-dates an event or shifts the text keeps the decision on it. A
partnership is known by its document and pair.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from .model import Event


def fingerprint(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def comparable(text: str) -> str:
    """A sentence's words in lower case, without punctuation or spacing."""
    return " ".join(re.findall(r"\w+", text.lower()))


def event_ids(doc_id: str, events: list[Event]) -> list[str]:
    """One id per event; the n-th event with the same key in a document gets n in its id."""
    seen: Counter = Counter()
    ids = []
    for event in events:
        key = ("event", doc_id, event.type, event.city_a, event.city_b, comparable(event.evidence))
        ids.append("e" + fingerprint(*key, str(seen[key])))
        seen[key] += 1
    return ids


def partnership_id(doc_id: str, city_a: str, city_b: str) -> str:
    return "p" + fingerprint("partnership", doc_id, city_a, city_b)


def added_event_id(doc_id: str, start: int, end: int, type_: str, city_a: str, city_b: str) -> str:
    """An event a researcher added (its evidence selected in the text)."""
    return "a" + fingerprint("added", doc_id, str(start), str(end), type_, city_a, city_b)
