"""Running documents elsewhere than the writer: a Dask cluster computes, the run writes."""

from __future__ import annotations

import csv
import resource
import subprocess
import sys
import threading

import pytest
from hostile_pdfs import write_bomb, write_giant_page
from test_store import sample_folder, snapshot

from pipeline.runner import DocumentTimeout, TimeLimit, run


def computed_per_worker(dask_worker) -> list[str]:
    """The tasks a Dask worker was given (read from its own transition log)."""
    return sorted({entry[0] for entry in dask_worker.state.log if entry[1] == "compute-task"})


def test_a_dask_cluster_of_two_workers_gives_the_same_tables_as_one_process(tmp_path):
    distributed = pytest.importorskip("distributed")
    folder = sample_folder(tmp_path, copies=2)
    run(folder, tmp_path / "local", workers=1)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        command = [sys.executable, "-m", "pipeline", "extract", str(folder), "--executor", "dask"]
        command += ["--scheduler", cluster.scheduler_address, "--out", str(tmp_path / "dask")]
        finished = subprocess.run(command, capture_output=True, text=True, check=True)
        started = client.run(computed_per_worker)
    assert "6 ok, 0 error, 0 unchanged" in finished.stderr
    assert len(started) == 2 and all(started.values())
    # a task may be handed to both workers when the scheduler rebalances; each runs once
    assert len(set().union(*started.values())) == 6
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")


def test_a_scheduler_without_the_dask_executor_is_refused(tmp_path):
    command = [sys.executable, "-m", "pipeline", "extract", str(tmp_path), "--scheduler", "x:1"]
    refused = subprocess.run(command, capture_output=True, text=True)
    assert refused.returncode == 2
    assert "--scheduler needs --executor dask" in refused.stderr


def test_the_dask_executor_without_distributed_installed_says_how_to_get_it(
    tmp_path, monkeypatch, capsys
):
    import importlib.util

    from pipeline import cli

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name)
    )
    assert cli.main(["extract", str(tmp_path), "--executor", "dask"]) == 2
    assert capsys.readouterr().err.strip() == (
        "kembar: --executor dask needs Dask's 'distributed' package: pip install 'kembar[dask]'"
    )


def test_a_bomb_and_a_giant_page_become_error_rows_and_the_good_article_is_read(tmp_path):
    folder = sample_folder(tmp_path)
    write_bomb(folder / "bomb.pdf")
    write_giant_page(folder / "giant.pdf")
    command = [sys.executable, "-m", "pipeline", "extract", str(folder), "--workers", "2"]
    command += ["--timeout", "120", "--out", str(tmp_path / "out")]
    subprocess.run(command, capture_output=True, text=True, check=True)
    with open(tmp_path / "out" / "documents.csv", encoding="utf-8") as table:
        rows = {r["doc_id"]: r for r in csv.DictReader(table)}
    assert rows["bomb"]["error"] == (
        "page 1's content stream inflates to more than 100 MB (a decompression bomb?)"
    )
    assert rows["giant"]["error"] == (
        "page 1: the page is 200 × 200 in: too large to read by OCR within 60 million pixels"
    )
    assert [r["status"] for d, r in rows.items() if d not in ("bomb", "giant")] == ["ok"] * 3
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert peak < 3 * 2**30


MEMORY_HOG = """
import sys
from pathlib import Path
import pipeline.runner as runner
runner.extract = lambda path, doc_id: bytearray(2 * 2**30)
row = runner.process_document(Path(sys.argv[1]), max_memory=1.5).rows["documents"][0]
print(row["status"], row["error"])
"""


def test_a_document_past_the_memory_cap_gets_an_error_row_and_the_process_goes_on(tmp_path):
    pdf = next(iter(sample_folder(tmp_path).glob("*.pdf")))
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_HOG, str(pdf)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "error needed more than the 1.5 GB of memory allowed per document"


def test_the_time_limit_also_stops_a_document_read_on_another_thread():
    outcome = {}

    def spin():
        limit = TimeLimit(0.2)
        try:
            with limit:
                while True:
                    pass
        except DocumentTimeout:
            outcome["expired"] = limit.expired

    worker = threading.Thread(target=spin, daemon=True)
    worker.start()
    worker.join(10)
    assert outcome == {"expired": True} and not worker.is_alive()
