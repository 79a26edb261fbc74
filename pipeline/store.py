"""The dataset of record: one SQLite file in the output folder.

Each document's rows are written in one transaction by the single writer, so a run killed at
any moment keeps every finished document and no half-written one; the next run skips what is
unchanged (same file name, same sha256) and carries on. The corpus tables (`timeline`,
`partnerships_all`) are kept here too, and every export (CSV, Excel, Parquet, the report) is
made from here alone, in a fixed order, so an unchanged corpus gives byte-identical files.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .dataset import CORPUS_TABLES
from .review import Decision
from .write import LAYOUT_TABLES, TABLES, DocumentRows

DATABASE = "kembar.sqlite"
DOCUMENT_TABLES = {**TABLES, **LAYOUT_TABLES}
"""Every table kept per document: replaced whole when its document is read again."""
REVIEWS = ["id", "doc_id", "target", "status", "fields", "original", "decided"]
"""The researcher's decisions, keyed by the finding's stable id (`identity.py`); never
replaced by a run, so they outlive re-reading and rules changes."""


class OutdatedStore(RuntimeError):
    """A store written by a Kembar whose tables had other columns."""


def text_path(out: Path, doc_id: str) -> Path:
    """Where a run keeps a document's clean text, the text every offset of its rows counts in."""
    return out / "text" / f"{doc_id}.txt"


class Store:
    """The dataset of record in `out`. A store whose tables have other columns than this
    Kembar writes is upgraded by a run (`upgrade=True`: its documents are dropped, to be
    read again; the decisions stay); anything else refuses it with `OutdatedStore`."""

    def __init__(self, out: Path, upgrade: bool = False):
        self.out = Path(out)
        (self.out / "text").mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.out / DATABASE)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        if self.outdated():
            if not upgrade:
                self.db.close()
                raise OutdatedStore(
                    f"{self.out / DATABASE} was written by an older Kembar: run kembar extract "
                    "into this folder again first (its review decisions are kept)"
                )
            self.drop([*DOCUMENT_TABLES, *CORPUS_TABLES])
        for name, columns in DOCUMENT_TABLES.items():
            fields = ", ".join(f'"{c}" TEXT' for c in ["doc_id", "position", *columns[1:]])
            self.db.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ({fields}, key TEXT)')
            self.db.execute(f'CREATE INDEX IF NOT EXISTS "{name}_by_document" ON "{name}" (doc_id)')
        for name, columns in CORPUS_TABLES.items():
            fields = ", ".join(f'"{c}" TEXT' for c in ["position", *columns])
            self.db.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ({fields})')
        fields = ", ".join(f'"{c}" TEXT' for c in REVIEWS[1:])
        self.db.execute(f"CREATE TABLE IF NOT EXISTS reviews (id TEXT PRIMARY KEY, {fields})")
        self.db.commit()

    def columns(self, name: str) -> list[str]:
        return [row[1] for row in self.db.execute(f'PRAGMA table_info("{name}")')]

    def outdated(self) -> bool:
        """Whether any table was written with other columns than this Kembar's."""
        expected = {
            **{n: ["doc_id", "position", *c[1:], "key"] for n, c in DOCUMENT_TABLES.items()},
            **{n: ["position", *c] for n, c in CORPUS_TABLES.items()},
        }
        return any(
            (present := self.columns(name)) and present != columns
            for name, columns in expected.items()
        )

    def drop(self, names: list[str]) -> None:
        with self.db:
            for name in names:
                self.db.execute(f'DROP TABLE IF EXISTS "{name}"')

    def fingerprints(self) -> dict[str, str]:
        """doc_id to the sha256 of the file its rows came from."""
        return dict(self.db.execute('SELECT doc_id, sha256 FROM "documents"'))

    def save(self, document: DocumentRows) -> None:
        """Replace one document's rows, all tables in one transaction."""
        if document.text:
            text_path(self.out, document.doc_id).write_text(document.text, encoding="utf-8")
        sha = document.rows["documents"][0]["sha256"]
        with self.db:
            self.forget(document.doc_id)
            for name, rows in document.rows.items():
                columns = DOCUMENT_TABLES[name]
                names = ", ".join(f'"{c}"' for c in ["position", *columns, "key"])
                marks = ", ".join("?" for _ in range(len(columns) + 2))
                self.db.executemany(
                    f'INSERT INTO "{name}" ({names}) VALUES ({marks})',
                    [(i, *(str(row[c]) for c in columns), sha) for i, row in enumerate(rows)],
                )

    def forget(self, doc_id: str) -> None:
        for name in DOCUMENT_TABLES:
            self.db.execute(f'DELETE FROM "{name}" WHERE doc_id = ?', (doc_id,))

    def prune(self, present: set[str]) -> list[str]:
        """Drop documents whose files are gone; returns their ids."""
        gone = sorted(set(self.fingerprints()) - present)
        with self.db:
            for doc_id in gone:
                self.forget(doc_id)
                text_path(self.out, doc_id).unlink(missing_ok=True)
        return gone

    def rows(self, name: str, doc_id: str | None = None) -> tuple[list[str], list[tuple]]:
        """A table's columns and rows (one document's, if `doc_id` is given) in their fixed
        order: by document and original row order, or, for a corpus table, as it was
        built."""
        columns = DOCUMENT_TABLES.get(name) or CORPUS_TABLES[name]
        order = "doc_id, " if name in DOCUMENT_TABLES else ""
        quoted = ", ".join(f'"{c}"' for c in columns)
        where, values = ("WHERE doc_id = ? ", (doc_id,)) if doc_id is not None else ("", ())
        rows = self.db.execute(
            f'SELECT {quoted} FROM "{name}" {where}ORDER BY {order}CAST(position AS INTEGER)',
            values,
        ).fetchall()
        return columns, rows

    def row(self, name: str, finding_id: str) -> dict | None:
        """The row of `events` or `partnerships` with this id, as the rules found it."""
        columns = DOCUMENT_TABLES[name]
        quoted = ", ".join(f'"{c}"' for c in columns)
        found = self.db.execute(f'SELECT {quoted} FROM "{name}" WHERE id = ?', (finding_id,))
        values = found.fetchone()
        return dict(zip(columns, values, strict=True)) if values else None

    def frame(self, name: str, doc_id: str | None = None) -> pd.DataFrame:
        columns, rows = self.rows(name, doc_id)
        return pd.DataFrame(rows, columns=columns, dtype=str)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every exported per-document table, as a frame of strings (the corpus tables are
        built from these)."""
        return {name: self.frame(name) for name in TABLES}

    def replace_table(self, name: str, frame: pd.DataFrame) -> None:
        """Write a corpus table (built from the per-document ones) in one transaction."""
        columns = CORPUS_TABLES[name]
        names = ", ".join(f'"{c}"' for c in ["position", *columns])
        marks = ", ".join("?" for _ in range(len(columns) + 1))
        values = frame[columns].astype(str).itertuples(index=False, name=None)
        with self.db:
            self.db.execute(f'DELETE FROM "{name}"')
            self.db.executemany(
                f'INSERT INTO "{name}" ({names}) VALUES ({marks})',
                [(i, *row) for i, row in enumerate(values)],
            )

    def export(self, tables: dict[str, pd.DataFrame]) -> None:
        """Every table (`tables()`, read once for every export) as CSV, each file replaced
        atomically."""
        for name, frame in tables.items():
            target = self.out / f"{name}.csv"
            partial = target.with_suffix(".csv.partial")
            with partial.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(frame.columns)
                writer.writerows(frame.itertuples(index=False, name=None))
            os.replace(partial, target)

    def decisions(self, finding_id: str | None = None) -> list[Decision]:
        """Every decision, oldest first; or the one on `finding_id`, if any."""
        where, values = ("WHERE id = ? ", (finding_id,)) if finding_id is not None else ("", ())
        rows = self.db.execute(
            f"SELECT {', '.join(REVIEWS)} FROM reviews {where}ORDER BY decided, id", values
        )
        return [
            Decision(id_, doc_id, target, status, json.loads(fields), json.loads(original), when)
            for id_, doc_id, target, status, fields, original, when in rows
        ]

    def decide(self, decision: Decision) -> Decision:
        """Keep a decision (replacing an earlier one on the same finding), stamped now."""
        kept = Decision(
            decision.id,
            decision.doc_id,
            decision.target,
            decision.status,
            decision.fields,
            decision.original,
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    kept.id,
                    kept.doc_id,
                    kept.target,
                    kept.status,
                    json.dumps(kept.fields, ensure_ascii=False, sort_keys=True),
                    json.dumps(kept.original, ensure_ascii=False, sort_keys=True),
                    kept.decided,
                ),
            )
        return kept

    def withdraw(self, finding_id: str) -> bool:
        """Remove the decision on a finding (an added event goes with it)."""
        with self.db:
            return self.db.execute("DELETE FROM reviews WHERE id = ?", (finding_id,)).rowcount > 0

    def close(self) -> None:
        self.db.close()
