"""A run as the review reads it: filters, JSON records, and added events checked."""

from __future__ import annotations

import pandas as pd
import pytest
from test_server import SURABAYA

from pipeline.review import ReviewError
from pipeline.run_view import RunView, as_record, matching

ROWS = pd.DataFrame(
    [
        {"city_a": "Medan", "city_b": "Gwangju", "type": "mou_signed", "review": "accepted"},
        {"city_a": "Medan", "city_b": "Ichikawa", "type": "activity", "review": ""},
        {"city_a": "Gwangju", "city_b": "Medan", "type": "activity", "review": "rejected"},
    ]
)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [0, 1, 2]),
        ({"status": "unreviewed"}, [1]),
        ({"status": "rejected"}, [2]),
        ({"kind": "activity"}, [1, 2]),
        ({"pair": "Gwangju|Medan"}, [0, 2]),
        ({"pair": "Medan | Ichikawa", "kind": "activity"}, [1]),
    ],
)
def test_findings_are_filtered_by_status_type_and_pair_in_either_order(filters, expected):
    assert list(matching(ROWS, **filters).index) == expected


def test_a_record_has_numbers_as_numbers_and_lists_as_lists():
    row = {"page": "3", "start": "", "sectors": "culture;education", "cites": "", "date": "2019"}
    assert as_record(row) == {
        "page": 3,
        "start": None,
        "sectors": ["culture", "education"],
        "cites": [],
        "date": "2019",
    }


def test_an_added_event_needs_a_type_a_pair_and_a_selection_inside_the_text(reviewed_run):
    _, out = reviewed_run
    run = RunView(out)
    length = len(run.text(SURABAYA))
    given = {"type": "activity", "date": "2021", "city_a": "Surabaya", "city_b": "Gaziantep"}
    with pytest.raises(
        ReviewError, match=f"start and end must select the evidence in the text \\(0 to {length}\\)"
    ):
        run.add_event(SURABAYA, 10, length + 5, given)
    with pytest.raises(ReviewError, match="city_b cannot be empty"):
        run.add_event(SURABAYA, 10, 40, {**given, "city_b": ""})
    with pytest.raises(ReviewError, match="type '' is not one of: legislative"):
        run.add_event(SURABAYA, 10, 40, {**given, "type": ""})
    added = run.add_event(SURABAYA, 0, 24, given)
    assert (added["review"], added["extracted"], added["page"]) == ("added", "no", "1")
    assert (added["evidence"], added["start"], added["end"]) == (
        "Jejak Kerja Sama Sister",
        "0",
        "23",
    )
