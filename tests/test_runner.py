"""Running documents elsewhere than the writer: a Dask cluster computes, the run writes."""

from __future__ import annotations

import subprocess
import sys

import pytest
from test_store import sample_folder, snapshot

from pipeline.runner import run


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
