"""The corpus dataset: one timeline across articles, conflicts kept and flagged."""

from __future__ import annotations

import pandas as pd

from pipeline.dataset import build_partnerships, build_timeline

PARTNERSHIPS = pd.DataFrame(
    [
        {
            "doc_id": "a",
            "city_a": "Medan",
            "country_a": "ID",
            "city_b": "Gwangju",
            "country_b": "KR",
            "kind": "sister_city",
            "role": "subject",
            "sectors": "education;culture",
            "review": "accepted",
        },
        {
            "doc_id": "b",
            "city_a": "Medan",
            "country_a": "ID",
            "city_b": "Gwangju",
            "country_b": "KR",
            "kind": "sister_city",
            "role": "mentioned",
            "sectors": "trade",
            "review": "",
        },
    ]
)


def event(doc, kind, date, review=""):
    return {
        "doc_id": doc,
        "city_a": "Medan",
        "city_b": "Gwangju",
        "type": kind,
        "date": date,
        "review": review,
    }


def test_articles_that_agree_share_a_row_and_disagreements_are_flagged():
    events = pd.DataFrame(
        [
            event("a", "mou_signed", "1997-09-24", "corrected"),
            event("b", "mou_signed", "1997-09-24", "accepted"),
            event("a", "loi_signed", "1997-04-23"),
            event("b", "loi_signed", "1997-05-02"),
            event("b", "activity", "1999"),
            event("a", "activity", "2002"),
            event("b", "legislative", "1997"),
            event("a", "legislative", "1997-03-10"),
        ]
    )
    timeline = build_timeline(events, PARTNERSHIPS)
    rows = {
        (r.type, r.date): (r.doc_ids, r.documents, r.conflict_with, r.review)
        for r in timeline.itertuples()
    }
    assert rows == {
        ("legislative", "1997"): ("b", 1, "", ""),
        ("legislative", "1997-03-10"): ("a", 1, "", ""),
        ("loi_signed", "1997-04-23"): ("a", 1, "1997-05-02", ""),
        ("loi_signed", "1997-05-02"): ("b", 1, "1997-04-23", ""),
        ("mou_signed", "1997-09-24"): ("a;b", 2, "", "accepted;corrected"),
        ("activity", "1999"): ("b", 1, "", ""),
        ("activity", "2002"): ("a", 1, "", ""),
    }
    assert list(timeline["date"]) == sorted(timeline["date"])
    assert set(timeline["country_b"]) == {"KR"}


def test_one_row_per_partnership_across_the_corpus():
    events = pd.DataFrame([event("a", "loi_signed", "1997-04-23"), event("b", "activity", "2009")])
    table = build_partnerships(events, PARTNERSHIPS)
    row = table.iloc[0].to_dict()
    assert len(table) == 1
    assert row == {
        "city_a": "Medan",
        "country_a": "ID",
        "city_b": "Gwangju",
        "country_b": "KR",
        "kinds": "sister_city",
        "roles": "mentioned;subject",
        "sectors": "culture;education;trade",
        "first_date": "1997-04-23",
        "last_date": "2009",
        "events": 2,
        "documents": 2,
        "doc_ids": "a;b",
        "review": "accepted",
    }
