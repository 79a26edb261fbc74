"""The date vocabulary of rules/dates.yaml, checked against dateparser's language data."""

from __future__ import annotations

import dateparser

from pipeline.rules import load_rules

LANGUAGES = ["id", "en"]


def test_every_month_name_dateparser_knows_is_the_same_month():
    read = {}
    months = load_rules().dates["months"]
    for number, names in months.items():
        for name in names:
            parsed = dateparser.parse(
                f"5 {name} 2001", languages=LANGUAGES, settings={"STRICT_PARSING": True}
            )
            if parsed is not None:
                read[name] = (int(number), parsed.month)
    assert all(ours == theirs for ours, theirs in read.values()), read
    # all but old spellings and rare abbreviations (djanuari is known, dop is not)
    assert len(read) >= 0.6 * sum(len(names) for names in months.values())


def test_weekdays_are_listed_monday_first():
    for index, names in enumerate(load_rules().dates["weekdays"]):
        parsed = [dateparser.parse(name, languages=LANGUAGES) for name in names]
        known = [p.weekday() for p in parsed if p is not None]
        assert known and set(known) == {index}, names
