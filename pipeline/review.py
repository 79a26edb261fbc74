"""A researcher's decisions on what the rules found, and the reviewed tables they make.

A decision accepts, rejects or corrects one event or partnership (found again after a re-run
by its stable id, `identity.py`), or adds an event the rules missed. The store keeps the
decisions apart from the rules' rows; the exports show the reviewed rows: the values the
researcher saw when deciding, their corrections over them, the added events, and decisions
whose finding the rules no longer produce (`extracted` = no), so no decision is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .write import split_cell

ACCEPTED, REJECTED, CORRECTED, ADDED = "accepted", "rejected", "corrected", "added"
VERDICTS = (ACCEPTED, REJECTED, CORRECTED)
"""What a review of a found row says; `added` is the status of an event the researcher adds."""
STATUSES = (*VERDICTS, ADDED)

CORRECTABLE: dict[str, tuple[str, ...]] = {
    "events": ("type", "date", "city_a", "city_b", "sectors"),
    "partnerships": ("city_a", "country_a", "city_b", "country_b", "kind", "role", "sectors"),
}
"""The fields a decision may set on each reviewed table."""

DATE = re.compile(r"^\d{2,4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
"""A date at its own precision as the tables write it: 2019, 2019-12, 2019-12-11, 198 (the
1980s), or a range 2015-06-03/2015-06-08."""


@dataclass(frozen=True)
class Decision:
    """One decision on one finding. `original` is the row as the researcher saw it (empty
    for an added event); `fields` the corrected values, or the whole row of an added event."""

    id: str
    doc_id: str
    target: str
    status: str
    fields: dict = field(default_factory=dict)
    original: dict = field(default_factory=dict)
    decided: str = ""


class ReviewError(ValueError):
    """A decision that cannot be kept; the message says what to change."""


def check_fields(target: str, fields: dict, vocabulary: dict[str, list[str]]) -> dict:
    """The corrected fields of a decision, checked against the rules' vocabularies
    (`vocabulary` maps a field to its allowed values); sectors as a `;`-separated text."""
    unknown = sorted(set(fields) - set(CORRECTABLE[target]))
    if unknown:
        allowed = ", ".join(CORRECTABLE[target])
        raise ReviewError(f"{', '.join(unknown)} cannot be corrected (only {allowed})")
    checked = {}
    for name, value in fields.items():
        if name == "sectors":
            values = value if isinstance(value, list) else split_cell(value)
            value = ";".join(sorted({v.strip() for v in values if v.strip()}))
        value = str(value).strip()
        allowed = vocabulary.get(name)
        parts = [p for p in value.split(";") if p] if name == "sectors" else [value]
        if allowed is not None and any(p not in allowed for p in parts):
            raise ReviewError(f"{name} {value!r} is not one of: {', '.join(allowed)}")
        if name == "date" and value and not DATE.match(value):
            raise ReviewError(f"date {value!r} is not like 2019, 2019-12, 2019-12-11 or a/b")
        if name.startswith("city_") and not value:
            raise ReviewError(f"{name} cannot be empty")
        checked[name] = value
    return checked


def decided_row(row: dict, decision: Decision) -> dict:
    """A row as the decision leaves it: the values seen when deciding, then the
    corrections, then the status."""
    values = dict(row)
    for name in CORRECTABLE[decision.target]:
        if name in decision.original:
            values[name] = decision.original[name]
    values.update(decision.fields)
    values["review"] = decision.status
    return values


def reviewed(name: str, frame: pd.DataFrame, decisions: list[Decision]) -> pd.DataFrame:
    """A table of the rules' rows with the decisions on `name` applied; rows of decisions
    whose finding is not in `frame` (added, or no longer extracted) follow their document's
    rows."""
    own = {d.id: d for d in decisions if d.target == name}
    if not own:
        return frame
    rows = []
    for row in frame.to_dict("records"):
        decision = own.pop(row["id"], None)
        rows.append(decided_row(row, decision) if decision else row)
    blank = dict.fromkeys(frame.columns, "")
    for decision in own.values():
        base = {**blank, **decision.original, "doc_id": decision.doc_id, "id": decision.id}
        rows.append({**decided_row(base, decision), "extracted": "no"})
    result = pd.DataFrame(rows, columns=frame.columns, dtype=str).fillna("")
    return result.sort_values("doc_id", kind="stable").reset_index(drop=True)


def kept(frame: pd.DataFrame) -> pd.DataFrame:
    """The reviewed rows a researcher did not reject."""
    return frame[frame["review"] != REJECTED]


def reviewed_tables(tables: dict[str, pd.DataFrame], decisions: list[Decision]) -> dict:
    """Every per-document table, with `events` and `partnerships` reviewed."""
    return {
        name: reviewed(name, frame, decisions) if name in CORRECTABLE else frame
        for name, frame in tables.items()
    }


def counts(events: pd.DataFrame) -> dict[str, int]:
    """Events reviewed, and per status."""
    statuses = events["review"].value_counts()
    result = {status: int(statuses.get(status, 0)) for status in STATUSES}
    return {"events": len(events), "reviewed": sum(result.values()), **result}
