"""Write stage: one document's findings (or its error) as the rows of the output tables.

The rows go to the store (`store.py`), which keeps them and exports the CSV tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .identity import event_ids, partnership_id
from .model import Findings

TABLES: dict[str, list[str]] = {
    "documents": [
        "doc_id",
        "path",
        "sha256",
        "pages",
        "status",
        "error",
        "title",
        "authors",
        "language",
        "keywords",
        "title_second",
        "affiliations",
        "emails",
        "abstract_en",
        "abstract_id",
        "keywords_en",
        "keywords_id",
        "year",
        "journal",
        "volume",
        "issue",
        "doi",
        "ocr_pages",
    ],
    "mentions": [
        "doc_id",
        "page",
        "sentence",
        "start",
        "end",
        "label",
        "text",
        "norm",
        "country",
        "modifier",
        "inferred",
    ],
    "partnerships": [
        "doc_id",
        "city_a",
        "country_a",
        "city_b",
        "country_b",
        "kind",
        "role",
        "sectors",
        "first_date",
        "mentions",
        "source",
        "id",
        "review",
        "extracted",
    ],
    "events": [
        "doc_id",
        "city_a",
        "city_b",
        "type",
        "date",
        "sectors",
        "page",
        "evidence",
        "cites",
        "section",
        "start",
        "end",
        "id",
        "review",
        "extracted",
    ],
    "references": [
        "doc_id",
        "n",
        "raw",
        "authors",
        "year",
        "title",
        "container",
        "volume",
        "issue",
        "pages",
        "doi",
        "url",
    ],
    "sections": ["doc_id", "n", "level", "number", "title", "page"],
    "citations": ["doc_id", "page", "sentence", "text", "reference_n"],
}
"""The tables of the dataset, each exported as it is listed. In `events` and `partnerships`
the store keeps what the rules found (`review` empty, `extracted` yes); the exports apply
the researcher's decisions (`review.py`)."""

LAYOUT_TABLES: dict[str, list[str]] = {
    "lines": ["doc_id", "page", "start", "end", "x0", "top", "x1", "bottom"],
}
"""Tables the store keeps for the review page and does not export: where each line of the
text was printed."""


LIST = "list"
INTEGER = "integer"
COLUMN_KINDS: dict[str, dict[str, str]] = {
    "documents": {
        "pages": INTEGER,
        "authors": LIST,
        "keywords": LIST,
        "affiliations": LIST,
        "emails": LIST,
        "keywords_en": LIST,
        "keywords_id": LIST,
        "ocr_pages": LIST,
    },
    "mentions": {"page": INTEGER, "sentence": INTEGER, "start": INTEGER, "end": INTEGER},
    "partnerships": {"sectors": LIST, "mentions": INTEGER},
    "events": {"sectors": LIST, "page": INTEGER, "cites": LIST, "start": INTEGER, "end": INTEGER},
    "references": {"n": INTEGER},
    "sections": {"n": INTEGER, "level": INTEGER, "page": INTEGER},
    "citations": {"page": INTEGER, "sentence": INTEGER, "reference_n": INTEGER},
    "timeline": {"doc_ids": LIST, "documents": INTEGER, "conflict_with": LIST, "review": LIST},
    "partnerships_all": {
        "kinds": LIST,
        "roles": LIST,
        "sectors": LIST,
        "events": INTEGER,
        "documents": INTEGER,
        "doc_ids": LIST,
        "review": LIST,
    },
}
"""The columns that are not plain text: lists (`;`-separated in CSV and Excel, lists in
Parquet) and whole numbers (empty where there is none). Every other column is text."""


def split_cell(cell) -> list[str]:
    """A list cell's items (`;`-separated in CSV and Excel)."""
    return [v.strip() for v in str(cell).split(";") if v.strip()]


def typed(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A table with its lists as lists and its numbers as numbers, empty as empty."""
    kinds = COLUMN_KINDS.get(name, {})
    columns = {}
    for column in frame.columns:
        values = frame[column]
        if kinds.get(column) == LIST:
            lists = [split_cell(cell) for cell in values]
            columns[column] = pd.Series(lists, index=frame.index, dtype=object)
        elif kinds.get(column) == INTEGER:
            columns[column] = pd.to_numeric(values.replace("", None)).astype("Int64")
        else:
            columns[column] = values
    return pd.DataFrame(columns, index=frame.index, columns=frame.columns)


@dataclass
class DocumentRows:
    """Every table's rows for one document: what a worker hands to the single writer."""

    doc_id: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    text: str = ""

    @property
    def status(self) -> str:
        return self.rows["documents"][0]["status"]


def joined(values: list[str]) -> str:
    return "; ".join(v for v in values if v)


def error_rows(doc_id: str, path: Path, sha256: str, error: str) -> DocumentRows:
    row = dict.fromkeys(TABLES["documents"], "")
    row.update(doc_id=doc_id, path=str(path), sha256=sha256, status="error", error=error, pages=0)
    return DocumentRows(doc_id, {"documents": [row]})


def findings_rows(findings: Findings) -> DocumentRows:
    """The tables' rows for one processed document."""
    tagged = findings.tagged
    article = tagged.article
    document = article.document
    meta = article.metadata
    doc_id = document.doc_id
    sentence_page = {s.n: s.page for s in tagged.sentences}
    rows: dict[str, list[dict]] = {
        "documents": [
            {
                "doc_id": doc_id,
                "path": document.path,
                "sha256": document.sha256,
                "pages": len(document.pages),
                "status": "ok",
                "error": "",
                "title": meta.title,
                "authors": joined(meta.authors),
                "language": meta.language,
                "keywords": joined(meta.keywords_id or meta.keywords_en),
                "title_second": meta.title_second,
                "affiliations": joined(meta.affiliations),
                "emails": joined(meta.emails),
                "abstract_en": meta.abstract_en,
                "abstract_id": meta.abstract_id,
                "keywords_en": joined(meta.keywords_en),
                "keywords_id": joined(meta.keywords_id),
                "year": meta.year,
                "journal": meta.journal,
                "volume": meta.volume,
                "issue": meta.issue,
                "doi": meta.doi,
                "ocr_pages": joined([str(n) for n in document.ocr_pages]),
            }
        ],
        "mentions": [
            {
                "doc_id": doc_id,
                "page": sentence_page[m.sentence]
                if m.sentence in sentence_page
                else document.page_at(m.start),
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
                "label": m.label,
                "text": m.text,
                "norm": m.norm,
                "country": m.country,
                "modifier": m.modifier,
                "inferred": "yes" if m.inferred else "",
            }
            for m in tagged.mentions
        ],
        "partnerships": [
            {
                "doc_id": doc_id,
                "city_a": p.city_a,
                "country_a": p.country_a,
                "city_b": p.city_b,
                "country_b": p.country_b,
                "kind": p.kind,
                "role": p.role,
                "sectors": ";".join(p.sectors),
                "first_date": p.first_date,
                "mentions": p.mentions,
                "source": p.source,
                "id": partnership_id(doc_id, p.city_a, p.city_b),
                "review": "",
                "extracted": "yes",
            }
            for p in findings.partnerships
        ],
        "events": [
            {
                "doc_id": doc_id,
                "city_a": e.city_a,
                "city_b": e.city_b,
                "type": e.type,
                "date": e.date,
                "sectors": ";".join(e.sectors),
                "page": e.page,
                "evidence": e.evidence,
                "cites": joined(e.cites),
                "section": e.section,
                "start": e.start,
                "end": e.end,
                "id": event_id,
                "review": "",
                "extracted": "yes",
            }
            for e, event_id in zip(findings.events, event_ids(doc_id, findings.events), strict=True)
        ],
        "references": [
            {
                "doc_id": doc_id,
                "n": r.n,
                "raw": r.raw,
                "authors": r.authors,
                "year": r.year,
                "title": r.title,
                "container": r.container,
                "volume": r.volume,
                "issue": r.issue,
                "pages": r.pages,
                "doi": r.doi,
                "url": r.url,
            }
            for r in article.references
        ],
        "sections": [
            {
                "doc_id": doc_id,
                "n": s.n,
                "level": s.level,
                "number": s.number,
                "title": s.title,
                "page": s.page,
            }
            for s in article.sections
        ],
        "citations": [
            {
                "doc_id": doc_id,
                "page": c.page,
                "sentence": c.sentence,
                "text": c.text,
                "reference_n": c.reference_n or "",
            }
            for c in tagged.citations
        ],
        "lines": [
            {
                "doc_id": doc_id,
                "page": span.page,
                "start": span.start,
                "end": span.end,
                "x0": round(span.x0, 1),
                "top": round(span.top, 1),
                "x1": round(span.x1, 1),
                "bottom": round(span.bottom, 1),
            }
            for span in document.line_spans
        ],
    }
    return DocumentRows(doc_id, rows, document.text)
