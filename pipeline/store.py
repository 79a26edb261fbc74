"""The dataset of record: one SQLite file in the output folder.

Each document's rows are written in one transaction by the single writer, so a run killed at
any moment keeps every finished document and no half-written one; the next run skips what is
unchanged (same file name, same sha256) and carries on. The CSV tables are exported from here,
in a fixed order, so an unchanged corpus gives byte-identical tables.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from pathlib import Path

from .write import TABLES, DocumentRows

DATABASE = "kembar.sqlite"


class Store:
    def __init__(self, out: Path):
        self.out = Path(out)
        (self.out / "text").mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.out / DATABASE)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        for name, columns in TABLES.items():
            fields = ", ".join(f'"{c}" TEXT' for c in ["doc_id", "position", *columns[1:]])
            self.db.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ({fields}, key TEXT)')
        self.db.commit()

    def fingerprints(self) -> dict[str, str]:
        """doc_id to the sha256 of the file its rows came from."""
        return dict(self.db.execute('SELECT doc_id, sha256 FROM "documents"'))

    def save(self, document: DocumentRows) -> None:
        """Replace one document's rows, all tables in one transaction."""
        if document.text:
            text_file = self.out / "text" / f"{document.doc_id}.txt"
            text_file.write_text(document.text, encoding="utf-8")
        sha = document.rows["documents"][0]["sha256"]
        with self.db:
            self.forget(document.doc_id)
            for name, rows in document.rows.items():
                columns = TABLES[name]
                names = ", ".join(f'"{c}"' for c in ["position", *columns, "key"])
                marks = ", ".join("?" for _ in range(len(columns) + 2))
                self.db.executemany(
                    f'INSERT INTO "{name}" ({names}) VALUES ({marks})',
                    [
                        (i, *(str(row.get(c, "")) for c in columns), sha)
                        for i, row in enumerate(rows)
                    ],
                )

    def forget(self, doc_id: str) -> None:
        for name in TABLES:
            self.db.execute(f'DELETE FROM "{name}" WHERE doc_id = ?', (doc_id,))

    def prune(self, present: set[str]) -> list[str]:
        """Drop documents whose files are gone; returns their ids."""
        gone = sorted(set(self.fingerprints()) - present)
        with self.db:
            for doc_id in gone:
                self.forget(doc_id)
                (self.out / "text" / f"{doc_id}.txt").unlink(missing_ok=True)
        return gone

    def export(self) -> None:
        """Every table as CSV, ordered by document and original row order, replaced atomically."""
        for name, columns in TABLES.items():
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = self.db.execute(
                f'SELECT {quoted} FROM "{name}" ORDER BY doc_id, CAST(position AS INTEGER)'
            )
            target = self.out / f"{name}.csv"
            partial = target.with_suffix(".csv.partial")
            with partial.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                writer.writerows(rows)
            os.replace(partial, target)

    def close(self) -> None:
        self.db.close()
