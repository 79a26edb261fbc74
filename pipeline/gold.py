"""Gold files from a researcher's review: one YAML per reviewed document, in the format
`kembar eval` reads, so the articles a researcher checked score the next rules change.

A document is reviewed once any of its findings has a decision. Its gold holds its kept
partnerships and events (accepted, corrected, added, and those not yet reviewed, as the
rules found them); the header says how many were left unreviewed.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from .review import STATUSES, Decision, kept, reviewed_tables
from .store import Store
from .write import split_cell


def gold_document(doc_id: str, events: pd.DataFrame, partnerships: pd.DataFrame) -> dict:
    """One document's gold, from its reviewed rows."""
    return {
        "document": doc_id,
        "partnerships": [
            {
                "cities": [row["city_a"], row["city_b"]],
                "countries": [row["country_a"], row["country_b"]],
                "kind": row["kind"],
                "role": row["role"],
                "sectors": split_cell(row["sectors"]),
            }
            for _, row in kept(partnerships).iterrows()
        ],
        "events": [
            {
                "cities": [row["city_a"], row["city_b"]],
                "type": row["type"],
                "date": row["date"],
                "evidence": row["evidence"],
                "page": int(row["page"]) if str(row["page"]).isdigit() else None,
                "cites": split_cell(row["cites"]),
            }
            for _, row in kept(events).iterrows()
        ],
    }


def header(doc_id: str, events: pd.DataFrame, partnerships: pd.DataFrame) -> str:
    both = pd.concat([events["review"], partnerships["review"]])
    done = ", ".join(f"{(both == s).sum()} {s}" for s in STATUSES if (both == s).any())
    left = int((both == "").sum())
    return (
        f"# Gold for {doc_id} from a review in Kembar: {done}; "
        f"{left} finding(s) not reviewed, kept as the rules found them.\n"
    )


def export_gold(
    tables: dict[str, pd.DataFrame], decisions: list[Decision], folder: Path
) -> list[Path]:
    """Write `<doc_id>.yaml` for every reviewed document of the reviewed `tables`; returns
    the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for doc_id in sorted({d.doc_id for d in decisions}):
        events = tables["events"][tables["events"]["doc_id"] == doc_id]
        partnerships = tables["partnerships"][tables["partnerships"]["doc_id"] == doc_id]
        data = gold_document(doc_id, events, partnerships)
        path = folder / f"{doc_id}.yaml"
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        path.write_text(header(doc_id, events, partnerships) + text, encoding="utf-8")
        written.append(path)
    return written


def export_run_gold(out: Path, folder: Path) -> list[Path]:
    """The gold of every reviewed document of the run in `out`, written to `folder`."""
    store = Store(out)
    try:
        decisions = store.decisions()
        tables = reviewed_tables(store.tables(), decisions)
    finally:
        store.close()
    return export_gold(tables, decisions, folder)
