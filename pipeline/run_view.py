"""A run as a researcher reviews it: the store's rows with the decisions applied, one finding
with what shows it on its page, and the decisions taken on it.

The review server (`server.py`) only routes requests here; a script can use it directly.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pandas as pd

from .identity import added_event_id
from .model import ROLES
from .page_image import PageUnavailable, page_sizes
from .review import (
    ADDED,
    CORRECTABLE,
    CORRECTED,
    REJECTED,
    VERDICTS,
    Decision,
    ReviewError,
    check_fields,
    reviewed,
)
from .rules import load_rules
from .store import Store, text_path
from .write import split_cell

MARKED_LABELS = ("DATE", "AGREEMENT")
"""The words marked in an event's evidence sentence."""
UNREVIEWED = "unreviewed"
"""The status filter for findings without a decision."""
NUMBERS = ("page", "start", "end", "mentions")
LISTS = ("sectors", "cites")


class NotFound(LookupError):
    """No such document, finding, decision or page; the message names it."""


def vocabulary() -> dict[str, list[str]]:
    """The values a corrected field may take, from the rules."""
    rules = load_rules()
    return {
        "type": rules.event_types,
        "sectors": rules.sector_codes,
        "kind": rules.partnership_kinds,
        "role": list(ROLES),
    }


def as_record(row: dict) -> dict:
    """A table row for JSON: numbers as numbers, lists as lists."""
    result = dict(row)
    for name in NUMBERS:
        if name in result:
            result[name] = int(result[name]) if str(result[name]).isdigit() else None
    for name in LISTS:
        if name in result:
            result[name] = split_cell(result[name])
    return result


def matching(rows: pd.DataFrame, status: str = "", kind: str = "", pair: str = "") -> pd.DataFrame:
    """Rows with a review `status` (`unreviewed`: none), an event `kind`, and a `pair` of
    places written `A|B` in either order; an empty filter keeps every row."""
    if status:
        rows = rows[rows["review"] == ("" if status == UNREVIEWED else status)]
    if kind:
        rows = rows[rows["type"] == kind]
    if pair:
        wanted = {c.strip() for c in pair.split("|")}
        rows = rows[[{a, b} == wanted for a, b in zip(rows["city_a"], rows["city_b"], strict=True)]]
    return rows


class RunView:
    """The run in `out`, read from its store on every call (the store may change between
    two calls: a decision, a run)."""

    def __init__(self, out: Path):
        self.out = Path(out)
        self.allowed = vocabulary()

    def store(self) -> Store:
        return Store(self.out)

    def table(self, name: str, doc_id: str | None = None) -> pd.DataFrame:
        """A table with the decisions applied; one document's rows if `doc_id` is given."""
        store = self.store()
        try:
            frame = store.frame(name, doc_id)
            decisions = [d for d in store.decisions() if doc_id is None or d.doc_id == doc_id]
        finally:
            store.close()
        return reviewed(name, frame, decisions)

    def decision(self, finding_id: str) -> Decision | None:
        store = self.store()
        try:
            return next(iter(store.decisions(finding_id)), None)
        finally:
            store.close()

    def rules_row(self, name: str, finding_id: str) -> dict | None:
        """The finding as the rules found it in the last run, if they still do."""
        store = self.store()
        try:
            return store.row(name, finding_id)
        finally:
            store.close()

    def finding(self, name: str, finding_id: str) -> dict:
        """One reviewed event or partnership."""
        decision = self.decision(finding_id)
        rules_row = None if decision else self.rules_row(name, finding_id)
        doc_id = decision.doc_id if decision else rules_row["doc_id"] if rules_row else None
        rows = self.table(name, doc_id) if doc_id else pd.DataFrame(columns=["id"])
        match = rows[rows["id"] == finding_id].to_dict("records")
        if not match:
            raise NotFound(f"no {name[:-1]} with id {finding_id}")
        return match[0]

    def document(self, doc_id: str) -> dict:
        rows = self.table("documents", doc_id).to_dict("records")
        if not rows:
            raise NotFound(f"no document {doc_id}")
        return rows[0]

    def text(self, doc_id: str) -> str:
        path = text_path(self.out, doc_id)
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def pdf(self, doc_id: str) -> Path:
        """The document's PDF: its path as given to the run, from here or from beside the
        output folder."""
        given = Path(self.document(doc_id)["path"])
        for path in (given, self.out.resolve().parent / given):
            if path.is_file():
                return path
        raise NotFound(f"the PDF of {doc_id} is no longer at {given}")

    def lines(self, doc_id: str) -> pd.DataFrame:
        """Where each line of the document's text was printed."""
        frame = self.table("lines", doc_id)
        return frame.astype({"page": int, "start": int, "end": int}).astype(
            {"x0": float, "top": float, "x1": float, "bottom": float}
        )

    def documents(self) -> list[dict]:
        """Every document with its review progress."""
        events, partnerships = self.table("events"), self.table("partnerships")
        return [
            {
                "doc_id": row["doc_id"],
                "title": row["title"],
                "status": row["status"],
                "pages": int(row["pages"] or 0),
                "events": int((events["doc_id"] == row["doc_id"]).sum()),
                "reviewed": int(
                    ((events["doc_id"] == row["doc_id"]) & (events["review"] != "")).sum()
                ),
                "partnerships": int((partnerships["doc_id"] == row["doc_id"]).sum()),
            }
            for row in self.table("documents").to_dict("records")
        ]

    def pages(self, doc_id: str) -> list[dict]:
        """Each page's stretch of the text and its size in points (none if the PDF is gone)."""
        count = int(self.document(doc_id)["pages"] or 0)
        spans = self.lines(doc_id)
        try:
            sizes = {s.number: s for s in page_sizes(self.pdf(doc_id))}
        except (NotFound, PageUnavailable):
            sizes = {}
        result = []
        for number in range(1, count + 1):
            own = spans[spans["page"] == number]
            size = sizes.get(number)
            result.append(
                {
                    "page": number,
                    "start": int(own["start"].min()) if len(own) else None,
                    "end": int(own["end"].max()) if len(own) else None,
                    "width": size.width if size else None,
                    "height": size.height if size else None,
                }
            )
        return result

    def event(self, finding_id: str) -> dict:
        """One event with its lines' boxes on the page, the marked words of its evidence,
        its decision, and what the rules say now where that differs from what was decided."""
        event = as_record(self.finding("events", finding_id))
        start, end = event["start"] or 0, event["end"] or 0
        spans = self.lines(event["doc_id"])
        own = spans[(spans["start"] < end) & (spans["end"] > start)]
        event["boxes"] = own[["page", "x0", "top", "x1", "bottom"]].to_dict("records")
        mentions = self.table("mentions", event["doc_id"]).astype({"start": int, "end": int})
        inside = mentions[
            mentions["label"].isin(MARKED_LABELS)
            & (mentions["start"] >= start)
            & (mentions["end"] <= end)
        ]
        event["marks"] = [
            {"label": m["label"], "start": m["start"] - start, "end": m["end"] - start}
            for m in inside.to_dict("records")
        ]
        decision = self.decision(finding_id)
        event["decision"] = asdict(decision) if decision else None
        rules_row = self.rules_row("events", finding_id) if decision else None
        event["rules_now"] = {
            name: rules_row[name]
            for name in CORRECTABLE["events"]
            if rules_row and rules_row[name] != decision.original.get(name, rules_row[name])
        }
        return event

    def keep(self, decision: Decision) -> None:
        store = self.store()
        try:
            store.decide(decision)
        finally:
            store.close()

    def review(self, name: str, finding_id: str, status: str, fields: dict) -> dict:
        """Accept, reject or correct a finding; returns it as reviewed. A correction after a
        correction adds to it; rejecting an added event withdraws it."""
        if status not in VERDICTS:
            raise ReviewError(f"status must be one of: {', '.join(VERDICTS)}")
        if status == CORRECTED and not fields:
            raise ReviewError("a correction names the fields it corrects")
        if status != CORRECTED and fields:
            raise ReviewError(f"only a correction carries fields ({status} was sent with some)")
        current = self.finding(name, finding_id)
        checked = check_fields(name, fields, self.allowed)
        earlier = self.decision(finding_id)
        if earlier and earlier.status == ADDED:
            if status == REJECTED:
                self.withdraw(finding_id)
                return {**current, "review": "", "withdrawn": True}
            fields = {**earlier.fields, **checked}
            self.keep(Decision(finding_id, earlier.doc_id, name, ADDED, fields))
        else:
            if earlier and earlier.status == CORRECTED and status == CORRECTED:
                checked = {**earlier.fields, **checked}
            seen = earlier.original if earlier else self.rules_row(name, finding_id)
            self.keep(Decision(finding_id, current["doc_id"], name, status, checked, seen or {}))
        return self.finding(name, finding_id)

    def withdraw(self, finding_id: str) -> None:
        store = self.store()
        try:
            found = store.withdraw(finding_id)
        finally:
            store.close()
        if not found:
            raise NotFound(f"no decision on {finding_id}")

    def add_event(self, doc_id: str, start, end, given: dict) -> dict:
        """An event the rules missed, its evidence the text from `start` to `end`."""
        self.document(doc_id)
        text = self.text(doc_id)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise ReviewError(
                f"start and end must select the evidence in the text (0 to {len(text)})"
            )
        while text[start].isspace() and start < end - 1:
            start += 1  # the selection's own words, without the spaces around them
        while text[end - 1].isspace() and end > start + 1:
            end -= 1
        checked = check_fields("events", given, self.allowed)
        if not checked.get("type"):
            raise ReviewError("an added event needs its type")
        if not (checked.get("city_a") and checked.get("city_b")):
            raise ReviewError("an added event needs its pair, city_a and city_b")
        spans = self.lines(doc_id)
        at = spans[(spans["start"] <= start) & (spans["end"] > start)]
        finding_id = added_event_id(
            doc_id, start, end, checked["type"], checked["city_a"], checked["city_b"]
        )
        row = {
            "date": "",
            "sectors": "",
            **checked,
            "doc_id": doc_id,
            "page": str(int(at["page"].iloc[0])) if len(at) else "",
            "evidence": " ".join(text[start:end].split()),
            "start": str(start),
            "end": str(end),
            "id": finding_id,
        }
        self.keep(Decision(finding_id, doc_id, "events", ADDED, row))
        return self.finding("events", finding_id)
