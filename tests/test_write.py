"""The whole run over a folder: tables with the contract's columns, and error rows for bad
files while every other file is still processed."""

from __future__ import annotations

import csv
import subprocess
import sys

from conftest import CORPUS

from pipeline.write import TABLES

CONTRACT = {
    "documents": "doc_id,path,sha256,pages,status,error,title,authors,language,keywords",
    "mentions": "doc_id,page,sentence,start,end,label,text,norm,country",
    "partnerships": (
        "doc_id,city_a,country_a,city_b,country_b,kind,role,sectors,first_date,mentions"
    ),
    "events": "doc_id,city_a,city_b,type,date,sectors,page,evidence,cites",
    "references": "doc_id,n,raw",
}


def read(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_table_starts_with_the_contract_columns():
    for name, columns in CONTRACT.items():
        assert TABLES[name][: len(columns.split(","))] == columns.split(",")


def test_a_folder_with_bad_files_gives_error_rows_and_complete_results(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = (CORPUS / "101_surabaya_gaziantep.pdf").read_bytes()
    (folder / "101_surabaya_gaziantep.pdf").write_bytes(good)
    (folder / "a_empty.pdf").write_bytes(b"")
    (folder / "b_truncated.pdf").write_bytes(good[: len(good) // 3])
    (folder / "c_notes.pdf").write_text("Catatan lapangan, bukan PDF.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "extract",
            str(folder),
            "--out",
            str(out),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    documents = {row["doc_id"]: row for row in read(out / "documents.csv")}
    assert {d: r["status"] for d, r in documents.items()} == {
        "101_surabaya_gaziantep": "ok",
        "a_empty": "error",
        "b_truncated": "error",
        "c_notes": "error",
    }
    assert documents["a_empty"]["error"] == "empty file (0 bytes)"
    assert documents["b_truncated"]["error"].startswith("the PDF could not be opened")
    assert documents["c_notes"]["error"] == "not a PDF saved as .pdf (no %PDF header)"
    events = read(out / "events.csv")
    assert {(e["type"], e["date"]) for e in events} == {
        ("loi_signed", "2019-12-11"),
        ("legislative", "2020-10-05"),
        ("mou_signed", "2021-04-27"),
    }
    assert all(e["doc_id"] == "101_surabaya_gaziantep" for e in events)
    text = (out / "text" / "101_surabaya_gaziantep.txt").read_text(encoding="utf-8")
    assert text.startswith("Jejak Kerja Sama Sister City Surabaya dan Gaziantep")
    assert len(read(out / "references.csv")) == 4
    assert "Traceback" not in result.stderr


def test_a_run_writes_the_corpus_timeline_and_partnership_tables(tmp_path):
    out = tmp_path / "out"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "extract",
            str(CORPUS),
            "--out",
            str(out),
            "--workers",
            "1",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    timeline = read(out / "timeline.csv")
    assert [
        (r["city_a"], r["city_b"], r["type"], r["date"])
        for r in timeline
        if r["city_b"] == "Gaziantep"
    ] == [
        ("Surabaya", "Gaziantep", "loi_signed", "2019-12-11"),
        ("Surabaya", "Gaziantep", "legislative", "2020-10-05"),
        ("Surabaya", "Gaziantep", "mou_signed", "2021-04-27"),
    ]
    partnerships = {(r["city_a"], r["city_b"]): r for r in read(out / "partnerships_all.csv")}
    assert set(partnerships) == {
        ("Bandung", "Braunschweig"),
        ("Bandung", "Petaling Jaya"),
        ("Bandung", "Suwon"),
        ("Jawa Tengah", "Queensland"),
        ("Surabaya", "Gaziantep"),
        ("Surabaya", "Kitakyushu"),
    }
    queensland = partnerships[("Jawa Tengah", "Queensland")]
    assert (queensland["kinds"], queensland["first_date"], queensland["country_b"]) == (
        "sister_province",
        "1989",
        "AU",
    )


def crash_on_b(path, *limits):
    """A stand-in for a parser that kills its process on one file."""
    import os

    from pipeline.write import error_rows

    if path.stem == "b":
        os._exit(1)
    return error_rows(path.stem, path, "sha", "read")


def test_a_worker_that_dies_costs_only_its_own_file(tmp_path):
    from pipeline.runner import results

    files = []
    for name in "abcde":
        files.append(tmp_path / f"{name}.pdf")
        files[-1].write_bytes(b"%PDF-1.4\n")
    rows = {r.doc_id: r.rows["documents"][0]["error"] for r in results(files, 2, 10, crash_on_b)}
    assert rows == {
        "a": "read",
        "b": "the PDF parser crashed on this file",
        "c": "read",
        "d": "read",
        "e": "read",
    }


def test_the_readme_lists_every_table_with_its_columns_in_order():
    import re
    from pathlib import Path

    from pipeline.dataset import CORPUS_TABLES
    from pipeline.write import TABLES

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    listed = {}
    for name, cell in re.findall(r"^\| `(\w+)\.csv` \| (.*) \|$", readme, re.M):
        cell = re.sub(r"\([^()]*\)", "", cell).split(":")[-1]
        listed[name] = [item.split()[0] for item in cell.split(",") if item.strip()]
    assert listed == {**TABLES, **CORPUS_TABLES}


def test_parquet_gets_lists_as_lists_and_numbers_as_numbers():
    import pandas as pd

    from pipeline.write import typed

    frame = pd.DataFrame(
        {"doc_id": ["a", "b"], "pages": ["3", ""], "authors": ["Sari W; Budi H", ""]}, dtype=str
    )
    out = typed("documents", frame)
    assert out["authors"].tolist() == [["Sari W", "Budi H"], []]
    assert out["pages"].tolist()[0] == 3 and pd.isna(out["pages"].tolist()[1])
    assert out["doc_id"].tolist() == ["a", "b"]
    assert typed("timeline", pd.DataFrame({"doc_ids": []}, dtype=str))["doc_ids"].dtype == object


def test_every_row_has_exactly_its_tables_columns():
    from pipeline.events import events
    from pipeline.structure import plain_text_article
    from pipeline.tag import tag
    from pipeline.write import TABLES, error_rows, findings_rows

    text = (
        "Pada 12 Mei 2019 Kota Surabaya dan Kota Busan menandatangani MoU kerja sama di bidang "
        "pendidikan (Sari, 2020).\n\nDAFTAR PUSTAKA\n\nSari, A. (2020). Kota Kembar. Jurnal Kota."
    )
    rows = findings_rows(events(tag(plain_text_article(text)))).rows
    rows["documents"] += error_rows("x", "x.pdf", "", "unreadable").rows["documents"]
    assert all(rows[name] for name in ("documents", "mentions", "partnerships", "events"))
    for name, table in rows.items():
        assert all(list(row) == TABLES[name] for row in table), name
