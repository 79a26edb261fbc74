"""Decisions over the rules' rows: what the reviewed tables show, and what a correction may
say."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.review import Decision, ReviewError, check_fields, counts, kept, reviewed
from pipeline.write import TABLES

VOCABULARY = {
    "type": ["mou_signed", "activity"],
    "sectors": ["culture", "education"],
    "kind": ["sister_city"],
    "role": ["subject", "mentioned"],
}


def row(finding_id: str, date: str, doc_id: str = "a", kind: str = "mou_signed") -> dict:
    values = dict.fromkeys(TABLES["events"], "")
    values.update(
        doc_id=doc_id,
        city_a="Medan",
        city_b="Gwangju",
        type=kind,
        date=date,
        evidence=f"Sentence {finding_id}.",
        id=finding_id,
        extracted="yes",
    )
    return values


def events(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=TABLES["events"], dtype=str)


def decision(finding_id: str, status: str, fields=None, original=None, doc_id="a") -> Decision:
    return Decision(finding_id, doc_id, "events", status, fields or {}, original or {})


def test_decisions_mark_correct_add_and_keep_what_the_rules_no_longer_find():
    found = events(row("e1", "1997"), row("e2", "1998"), row("e3", "1999"), row("b1", "2001", "b"))
    decisions = [
        decision("e1", "accepted", original=row("e1", "1997")),
        decision("e2", "rejected", original=row("e2", "1998")),
        decision("e3", "corrected", {"date": "1999-04"}, row("e3", "1999")),
        decision("gone", "accepted", original=row("gone", "1990")),
        decision("a1", "added", {**row("a1", "2005", kind="activity"), "sectors": "culture"}),
    ]
    table = reviewed("events", found, decisions)
    summary = [(r["id"], r["date"], r["review"], r["extracted"]) for _, r in table.iterrows()]
    assert summary == [
        ("e1", "1997", "accepted", "yes"),
        ("e2", "1998", "rejected", "yes"),
        ("e3", "1999-04", "corrected", "yes"),
        ("gone", "1990", "accepted", "no"),
        ("a1", "2005", "added", "no"),
        ("b1", "2001", "", "yes"),
    ]
    assert list(table.columns) == TABLES["events"]
    assert list(kept(table)["id"]) == ["e1", "e3", "gone", "a1", "b1"]
    assert counts(table) == {
        "events": 6,
        "reviewed": 5,
        "accepted": 2,
        "rejected": 1,
        "corrected": 1,
        "added": 1,
    }


def test_an_accepted_event_keeps_the_values_seen_when_the_rules_later_change_them():
    later = events(row("e1", "1997-09-24"))
    table = reviewed("events", later, [decision("e1", "accepted", original=row("e1", "1997"))])
    assert table.loc[0, "date"] == "1997" and table.loc[0, "review"] == "accepted"


def test_a_table_without_decisions_on_it_is_returned_as_it_is():
    found = events(row("e1", "1997"))
    on_partnership = Decision("p9", "a", "partnerships", "accepted")
    assert reviewed("events", found, [on_partnership]) is found


def test_corrections_are_checked_against_the_vocabularies():
    assert check_fields(
        "events", {"date": " 2019-12 ", "sectors": ["education", "culture"]}, VOCABULARY
    ) == {"date": "2019-12", "sectors": "culture;education"}
    assert check_fields("events", {"date": "2015-06-03/2015-06-08"}, VOCABULARY)
    assert check_fields("partnerships", {"role": "mentioned"}, VOCABULARY) == {"role": "mentioned"}
    with pytest.raises(ReviewError, match="type 'signed' is not one of: mou_signed, activity"):
        check_fields("events", {"type": "signed"}, VOCABULARY)
    with pytest.raises(ReviewError, match="date '12 Mei 2019' is not like"):
        check_fields("events", {"date": "12 Mei 2019"}, VOCABULARY)
    with pytest.raises(ReviewError, match="evidence cannot be corrected"):
        check_fields("events", {"evidence": "x"}, VOCABULARY)
    with pytest.raises(ReviewError, match="sectors 'culture;sport'"):
        check_fields("events", {"sectors": "culture;sport"}, VOCABULARY)
    with pytest.raises(ReviewError, match="city_b cannot be empty"):
        check_fields("events", {"city_b": " "}, VOCABULARY)
