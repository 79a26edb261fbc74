"""Stable ids: a finding keeps its id through re-dating and re-spacing, not through a new
sentence or pair."""

from __future__ import annotations

from pipeline.identity import event_ids, partnership_id
from pipeline.model import Event


def event(evidence: str, date: str = "2019", start: int = 0, kind: str = "mou_signed") -> Event:
    return Event("Medan", "Gwangju", kind, date, [], 1, evidence, [], start, start + 40)


SENTENCE = "Kota Medan dan Kota Gwangju menandatangani MoU pada 1997."


def test_an_event_keeps_its_id_when_its_date_offsets_or_spacing_change():
    before = event_ids("a", [event(SENTENCE, "1997", start=120)])
    after = event_ids("a", [event(SENTENCE.replace(" dan ", "  dan\n"), "1997-09", start=480)])
    assert before == after
    assert len(before[0]) == 17 and before[0].startswith("e")


def test_another_sentence_type_or_document_gives_another_id():
    base = event_ids("a", [event(SENTENCE)])[0]
    assert event_ids("a", [event(SENTENCE + " Lalu")])[0] != base
    assert event_ids("a", [event(SENTENCE, kind="loi_signed")])[0] != base
    assert event_ids("b", [event(SENTENCE)])[0] != base


def test_two_events_alike_in_one_document_get_two_ids_in_order():
    first, second = event_ids("a", [event(SENTENCE, "1997"), event(SENTENCE, "2003")])
    assert first != second
    assert event_ids("a", [event(SENTENCE, "1997")]) == [first]


def test_a_partnership_is_known_by_its_document_and_pair():
    assert partnership_id("a", "Medan", "Gwangju") == partnership_id("a", "Medan", "Gwangju")
    assert partnership_id("a", "Medan", "Gwangju") != partnership_id("a", "Medan", "Ichikawa")
