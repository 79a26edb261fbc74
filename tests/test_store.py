"""The store behind re-runs: unchanged files are skipped, tables stay byte-identical, removed
files stay until --prune, and a run killed half-way carries on where it stopped."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import CORPUS, sample_folder

from pipeline.runner import run
from pipeline.store import DATABASE

BIBLIOGRAPHY = ["articles.json", "articles.bib", "articles.ris", "references.json"]
TABLES = ["documents", "mentions", "partnerships", "events", "references", "sections", "citations"]


def snapshot(out: Path) -> dict[str, bytes]:
    return {
        name: (out / f"{name}.csv").read_bytes()
        for name in [*TABLES, "timeline", "partnerships_all"]
    }


def test_a_second_run_skips_everything_and_the_tables_are_byte_identical(tmp_path):
    folder, out = sample_folder(tmp_path), tmp_path / "out"
    first = run(folder, out, workers=1)
    tables = snapshot(out)
    second = run(folder, out, workers=1)
    assert (first["ok"], first["skipped"]) == (3, 0)
    assert (second["ok"], second["error"], second["skipped"]) == (0, 0, 3)
    assert snapshot(out) == tables


def test_changed_files_are_reprocessed_and_removed_ones_stay_until_prune(tmp_path):
    folder, out = sample_folder(tmp_path), tmp_path / "out"
    run(folder, out, workers=1)
    (folder / "101_surabaya_gaziantep.pdf").write_bytes(
        (CORPUS / "103_jateng_queensland.pdf").read_bytes()
    )
    (folder / "102_bandung_braunschweig.pdf").unlink()
    again = run(folder, out, workers=1)
    assert (again["ok"], again["skipped"], again["pruned"]) == (1, 1, 0)
    documents = (out / "documents.csv").read_text(encoding="utf-8")
    assert "102_bandung_braunschweig" in documents
    events = (out / "events.csv").read_text(encoding="utf-8")
    assert "Gaziantep" not in events  # the file now holds the Queensland article
    assert events.count("101_surabaya_gaziantep,Jawa Tengah,Queensland") == 6
    pruned = run(folder, out, workers=1, prune=True)
    assert pruned["pruned"] == 1
    assert "102_bandung_braunschweig" not in (out / "documents.csv").read_text(encoding="utf-8")
    assert not (out / "text" / "102_bandung_braunschweig.txt").exists()


def committed(out: Path) -> int:
    database = out / DATABASE
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(database, timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_a_run_killed_half_way_ends_like_an_uninterrupted_one(tmp_path):
    folder = sample_folder(tmp_path, copies=8)
    total = len(list(folder.glob("*.pdf")))
    killed, whole = tmp_path / "killed", tmp_path / "whole"
    command = [sys.executable, "-m", "pipeline", "extract", str(folder), "--workers", "1", "--out"]
    process = subprocess.Popen([*command, str(killed)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while committed(killed) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done_before_kill = committed(killed)
    assert 2 <= done_before_kill < total
    resumed = subprocess.run([*command, str(killed)], capture_output=True, text=True, check=True)
    assert f"{total - done_before_kill} ok, 0 error, {done_before_kill} unchanged" in resumed.stderr
    subprocess.run([*command, str(whole)], capture_output=True, check=True)
    assert snapshot(killed) == snapshot(whole)


def test_every_table_is_also_a_workbook_sheet_and_a_parquet_file(tmp_path):
    import pandas as pd

    out = tmp_path / "out"
    run(sample_folder(tmp_path), out, workers=1)
    sheets = pd.read_excel(out / "kembar.xlsx", sheet_name=None, dtype=str, keep_default_na=False)
    assert list(sheets) == [*TABLES, "timeline", "partnerships_all"]
    for name, sheet in sheets.items():
        table = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        assert sheet.equals(table), name
        parquet = pd.read_parquet(out / "parquet" / f"{name}.parquet")
        assert parquet.columns.tolist() == table.columns.tolist() and len(parquet) == len(table)
    assert len(sheets["events"]) == 15
    documents = pd.read_parquet(out / "parquet" / "documents.parquet")
    assert [list(a) for a in documents["authors"]][0] == ["Sari Wulandari", "Budi Hartono"]
    assert documents["pages"].tolist() == [2, 2, 1]
    numbers = pd.read_excel(out / "kembar.xlsx", sheet_name="documents")
    assert numbers["pages"].tolist() == [2, 2, 1]


def test_every_export_comes_back_byte_identical_from_the_store_alone(tmp_path):
    import sqlite3
    import subprocess
    import sys

    folder, out = sample_folder(tmp_path), tmp_path / "out"
    run(folder, out, workers=1)
    exports = [*(out / f"{name}.csv" for name in [*TABLES, "timeline", "partnerships_all"])]
    exports += [*sorted((out / "parquet").glob("*.parquet")), out / "report.html"]
    exports += [out / name for name in [*BIBLIOGRAPHY, "kembar.qdpx"]]
    before = {path.name: path.read_bytes() for path in exports}
    for path in exports + [out / "kembar.xlsx"]:
        path.unlink()
    command = [sys.executable, "-m", "pipeline", "export", str(out)]
    subprocess.run(command, check=True, capture_output=True)
    assert {path.name: path.read_bytes() for path in exports} == before
    assert (out / "kembar.xlsx").exists()
    with sqlite3.connect(out / "kembar.sqlite") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "events", "partnerships", "timeline", "partnerships_all"} <= tables
    assert len(before) == len(TABLES) + 2 + len(TABLES) + 2 + 1 + len(BIBLIOGRAPHY) + 1


def test_export_without_a_store_says_so(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["export", str(tmp_path)]) == 2
    assert "kembar.sqlite not found (run kembar extract first)" in capsys.readouterr().err


def test_a_store_with_older_columns_is_read_again_and_keeps_its_decisions(tmp_path):
    from pipeline.review import Decision
    from pipeline.store import Store

    folder, out = sample_folder(tmp_path), tmp_path / "out"
    run(folder, out, workers=1)
    store = Store(out)
    store.decide(Decision("e1", "101_surabaya_gaziantep", "events", "rejected", {}, {}))
    store.close()
    with sqlite3.connect(out / DATABASE) as db:
        db.execute('ALTER TABLE "events" DROP COLUMN "extracted"')
    refused = subprocess.run(
        [sys.executable, "-m", "pipeline", "export", str(out)], capture_output=True, text=True
    )
    assert refused.returncode == 2
    assert refused.stderr.strip().endswith(
        "was written by an older Kembar: run kembar extract into this folder again first "
        "(its review decisions are kept)"
    )
    again = run(folder, out, workers=1)
    assert (again["ok"], again["skipped"]) == (3, 0)
    store = Store(out)
    try:
        assert [(d.id, d.status) for d in store.decisions()] == [("e1", "rejected")]
        assert store.columns("events")[-2:] == ["extracted", "key"]
    finally:
        store.close()
