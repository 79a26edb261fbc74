"""The documents for reference managers: `articles.json` (CSL-JSON), `articles.bib` (BibTeX)
and `articles.ris` (RIS), all three from the same CSL-JSON items (`csl.py`); and the parsed
references of every article as `references.json` (CSL-JSON), each linked to the article
citing it.

BibTeX is written by bibtexparser and RIS by rispy, so quoting, field syntax and tags are
theirs. Every file is made from the store's tables alone, in their fixed order, so an
unchanged dataset gives byte-identical files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import bibtexparser
import pandas as pd
import rispy
from bibtexparser import model

from .csl import ARTICLE, WEBPAGE, article_item, reference_item

BIBTEX_TYPES = {ARTICLE: "article"}
"""BibTeX entry types by CSL type; any other is `misc`."""
RIS_TYPES = {ARTICLE: "JOUR", WEBPAGE: "ELEC"}
"""RIS reference types by CSL type; any other is `GEN`."""
KEY_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]")
PAGE_RANGE = re.compile(r"\s*[-\u2013\u2014]+\s*")


class PlainRisWriter(rispy.RisWriter):
    """RIS records without the running number rispy puts before each one, which no
    reference manager needs."""

    def set_header(self, count: int) -> str:
        return ""


def articles(documents: pd.DataFrame) -> list[dict]:
    """The CSL-JSON items of the documents that were read (an error row gives none)."""
    items = (article_item(row) for row in documents.to_dict("records"))
    return [item for item in items if item]


def references(table: pd.DataFrame) -> list[dict]:
    return [reference_item(row) for row in table.to_dict("records")]


def csl_json(items: list[dict]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def name_text(name: dict) -> str:
    """A CSL name as reference managers read it: "Family, Given", or a literal as it is."""
    return f"{name['family']}, {name['given']}" if "family" in name else name["literal"]


def year_of(item: dict) -> str:
    issued = item.get("issued", {})
    return str(issued["date-parts"][0][0]) if "date-parts" in issued else issued.get("literal", "")


def balanced(value: str) -> str:
    """A value with the braces BibTeX would misread (an unmatched one) left out."""
    kept: list[str] = []
    opened: list[int] = []
    for char in value:
        if char == "{":
            opened.append(len(kept))
        elif char == "}":
            if not opened:
                continue
            opened.pop()
        kept.append(char)
    for position in reversed(opened):
        del kept[position]
    return "".join(kept)


def bibtex_entry(item: dict, key: str) -> model.Entry:
    """A CSL-JSON item as a BibTeX entry; a literal name in braces, so that BibTeX takes it
    as one name."""
    authors = [
        name_text(n) if "family" in n else "{" + n["literal"] + "}" for n in item.get("author", [])
    ]
    values = {
        "author": " and ".join(authors),
        "title": item.get("title", ""),
        "journal": item.get("container-title", ""),
        "year": year_of(item),
        "volume": item.get("volume", ""),
        "number": item.get("issue", ""),
        "pages": item.get("page", ""),
        "doi": item.get("DOI", ""),
        "url": item.get("URL", ""),
        "keywords": item.get("keyword", ""),
        "abstract": item.get("abstract", ""),
        "language": item.get("language", ""),
        "note": item.get("note", ""),
        "file": item.get("custom", {}).get("file", ""),
    }
    fields = [model.Field(name, balanced(value)) for name, value in values.items() if value]
    return model.Entry(BIBTEX_TYPES.get(item["type"], "misc"), key, fields)


def bibtex(items: list[dict]) -> str:
    """The items as BibTeX, each keyed by its id (made safe for BibTeX, and unique)."""
    library = bibtexparser.Library()
    seen: set[str] = set()
    for item in items:
        key = base = KEY_UNSAFE.sub("_", item["id"]) or "item"
        number = 1
        while key in seen:
            number += 1
            key = f"{base}_{number}"
        seen.add(key)
        library.add(bibtex_entry(item, key))
    return bibtexparser.write_string(library)


def one_line(value: str) -> str:
    """A RIS value holds one line."""
    return " ".join(value.split())


def ris_record(item: dict) -> dict:
    """A CSL-JSON item as a rispy record."""
    first, last = (PAGE_RANGE.split(item.get("page", ""), maxsplit=1) + [""])[:2]
    record = {
        "type_of_reference": RIS_TYPES.get(item["type"], "GEN"),
        "id": item["id"],
        "title": item.get("title", ""),
        "authors": [name_text(n) for n in item.get("author", [])],
        "year": year_of(item),
        "journal_name": item.get("container-title", ""),
        "volume": item.get("volume", ""),
        "number": item.get("issue", ""),
        "start_page": first,
        "end_page": last,
        "doi": item.get("DOI", ""),
        "urls": [item["URL"]] if item.get("URL") else [],
        "keywords": [k for k in item.get("keyword", "").split(", ") if k],
        "abstract": item.get("abstract", ""),
        "language": item.get("language", ""),
        "notes": [item["note"]] if item.get("note") else [],
        "file_attachments1": item.get("custom", {}).get("file", ""),
    }
    return {
        key: [one_line(v) for v in value] if isinstance(value, list) else one_line(value)
        for key, value in record.items()
        if value
    }


def ris(items: list[dict]) -> str:
    return rispy.dumps([ris_record(item) for item in items], implementation=PlainRisWriter)


def write_bibliography(out: Path, tables: dict[str, pd.DataFrame]) -> None:
    """`articles.json`, `articles.bib`, `articles.ris` and `references.json` in `out`."""
    out = Path(out)
    items = articles(tables["documents"])
    (out / "articles.json").write_text(csl_json(items), encoding="utf-8")
    (out / "articles.bib").write_text(bibtex(items), encoding="utf-8")
    (out / "articles.ris").write_text(ris(items), encoding="utf-8")
    cited = references(tables["references"])
    (out / "references.json").write_text(csl_json(cited), encoding="utf-8")
