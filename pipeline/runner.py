"""Run the stages over a folder: one document at a time per worker, one writer, and an error
row (never a crash) for a document that cannot be read or takes too long."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

try:
    import resource
except ImportError:  # not on Windows: no memory cap there
    resource = None

from .events import events
from .exports import export_all
from .extract import DocumentError, extract, sha256_of
from .ocr import OcrUnavailable
from .store import Store
from .structure import structure
from .tag import tag
from .write import DocumentRows, error_rows, findings_rows

DEFAULT_TIMEOUT = 600
DEFAULT_MAX_MEMORY_GB = 3.0


class DocumentTimeout(TimeoutError):
    """A document ran past the per-document time limit."""


class TimeLimit:
    """Stops a document that runs past `seconds` (Unix only; elsewhere no limit applies).

    On the main thread an alarm signal interrupts it; on another thread (a Dask worker runs
    documents in threads) a timer raises the timeout in that thread, which Python delivers
    at its next bytecode. `expired` stays true once the limit rang, so a timeout is reported
    as such even when a parser caught the exception and raised one of its own.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self.previous = None
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()

    @property
    def message(self) -> str:
        return f"took longer than the {self.seconds:g} s limit per document"

    def expire(self, signum, frame):
        self.expired = True
        raise DocumentTimeout(self.message)

    def interrupt(self, thread_id: int) -> None:
        with self.lock:
            if self.timer is not None:
                self.expired = True
                raise_in_thread(thread_id, DocumentTimeout)

    def __enter__(self) -> TimeLimit:
        if not self.seconds:
            return self
        if threading.current_thread() is threading.main_thread():
            if hasattr(signal, "SIGALRM"):
                self.previous = signal.signal(signal.SIGALRM, self.expire)
                signal.setitimer(signal.ITIMER_REAL, self.seconds)
        else:
            self.timer = threading.Timer(self.seconds, self.interrupt, [threading.get_ident()])
            self.timer.daemon = True
            self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        if self.timer is not None:
            with self.lock:
                self.timer.cancel()
                self.timer = None
                if self.expired and exc[0] is None:
                    raise_in_thread(threading.get_ident(), None)  # not delivered: withdraw it


def raise_in_thread(thread_id: int, error: type[BaseException] | None) -> None:
    """Ask Python to raise `error` in another thread (None withdraws a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(error) if error else ctypes.c_void_p(None)
    )


class MemoryLimit:
    """Caps the address space while one document is read (Unix only), so a decompression
    bomb or a giant image ends as a MemoryError in this document instead of a frozen
    machine. The soft limit is lowered and restored, so the writer is never capped."""

    def __init__(self, gigabytes: float):
        self.gigabytes = gigabytes
        self.previous: tuple[int, int] | None = None

    @property
    def message(self) -> str:
        return f"needed more than the {self.gigabytes:g} GB of memory allowed per document"

    def __enter__(self) -> MemoryLimit:
        if self.gigabytes and resource is not None:
            self.previous = resource.getrlimit(resource.RLIMIT_AS)
            cap = int(self.gigabytes * 2**30)
            hard = self.previous[1]
            resource.setrlimit(resource.RLIMIT_AS, (min(cap, hard) if hard > 0 else cap, hard))
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            resource.setrlimit(resource.RLIMIT_AS, self.previous)


def process_document(
    path: Path, timeout: float = DEFAULT_TIMEOUT, max_memory: float = DEFAULT_MAX_MEMORY_GB
) -> DocumentRows:
    """Every stage for one PDF; any failure becomes the document's error row."""
    path = Path(path)
    doc_id = path.stem
    try:
        sha = sha256_of(path)
    except OSError as error:
        return error_rows(doc_id, path, "", f"cannot read the file: {error.strerror or error}")
    limit, memory = TimeLimit(timeout), MemoryLimit(max_memory)
    try:
        with memory, limit:  # the cap is set before the alarm can ring
            return findings_rows(events(tag(structure(extract(path, doc_id)))))
    except Exception as error:  # a bad file, a parser failure or a bug must not end the run
        if limit.expired:
            reason = limit.message
        elif out_of_memory(error):
            reason = memory.message
        elif isinstance(error, (DocumentError, OcrUnavailable)):
            reason = str(error)
        else:
            reason = f"internal error: {type(error).__name__}: {error}"
        return error_rows(doc_id, path, sha, reason)


def out_of_memory(error: BaseException) -> bool:
    """A MemoryError, or one a parser wrapped in its own exception."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, MemoryError):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def pdf_files(folder: Path) -> list[Path]:
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() == ".pdf")


def run(
    folder: Path,
    out: Path,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    force: bool = False,
    prune: bool = False,
    executor: str = "processes",
    scheduler: str | None = None,
    max_memory: float = DEFAULT_MAX_MEMORY_GB,
) -> dict:
    """Process the new and changed PDFs of `folder` into the dataset in `out`, then export
    its tables; returns the run's summary. With `executor="dask"` the documents run on the
    Dask cluster at `scheduler` (or a local one of `workers` processes) and their rows come
    back here, to the one writer."""
    files = pdf_files(folder)
    workers = max(1, workers or os.cpu_count() or 1)
    started = time.monotonic()
    summary = {"ok": 0, "error": 0, "skipped": 0, "pruned": 0, "partnerships": 0, "events": 0}
    store = Store(out, upgrade=True)
    try:
        known = store.fingerprints()
        todo = [f for f in files if force or known.get(f.stem) != file_fingerprint(f)]
        summary["skipped"] = len(files) - len(todo)
        progress = Progress(len(todo))
        if executor == "dask":
            finished = dask_results(todo, scheduler, workers, timeout, max_memory)
        else:
            finished = results(todo, workers, timeout, max_memory=max_memory)
        for result in finished:
            store.save(result)
            summary[result.status] += 1
            summary["partnerships"] += len(result.rows.get("partnerships", []))
            summary["events"] += len(result.rows.get("events", []))
            progress.update(result, summary["error"])
        progress.close()
        if prune:
            summary["pruned"] = len(store.prune({f.stem for f in files}))
    finally:
        store.close()
    export_all(out)
    summary["seconds"] = round(time.monotonic() - started, 1)
    return summary


def file_fingerprint(path: Path) -> str:
    try:
        return sha256_of(path)
    except OSError:
        return ""


def results(
    files: list[Path],
    workers: int,
    timeout: float,
    work=process_document,
    max_memory: float = DEFAULT_MAX_MEMORY_GB,
):
    """Each file's rows as it finishes. If a worker dies (a parser crashing the process), the
    files not yet done are read again one process each, so a crash costs only its own file."""
    if workers == 1 or len(files) <= 1:
        for path in files:
            yield work(path, timeout, max_memory)
        return
    pending = list(files)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(work, path, timeout, max_memory): path for path in files}
        try:
            for future in as_completed(futures):
                result = future.result()
                pending.remove(futures[future])
                yield result
        except BrokenProcessPool:
            pass
    for path in pending:
        with ProcessPoolExecutor(max_workers=1) as pool:
            try:
                yield pool.submit(work, path, timeout, max_memory).result()
            except BrokenProcessPool:
                yield error_rows(path.stem, path, "", "the PDF parser crashed on this file")


DASK_MISSING = "--executor dask needs Dask's 'distributed' package: pip install 'kembar[dask]'"


def dask_results(
    files: list[Path],
    scheduler: str | None,
    workers: int,
    timeout: float,
    max_memory: float = DEFAULT_MAX_MEMORY_GB,
    work=process_document,
):
    """Each file's rows as a Dask worker finishes it. Paths are sent, not bytes, so the workers
    must see the folder at the same absolute path (a shared file system)."""
    try:
        from distributed import Client, LocalCluster
        from distributed import as_completed as finished
    except ImportError as error:
        raise RuntimeError(DASK_MISSING) from error
    if not files:
        return
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1)
    try:
        with Client(scheduler or cluster) as client:
            futures = {
                client.submit(work, p.resolve(), timeout, max_memory, pure=False): p for p in files
            }
            for future in finished(futures):
                path = futures[future]
                if future.status == "finished":
                    yield future.result()
                else:
                    reason = f"the Dask worker failed on this file: {future.exception()}"
                    yield error_rows(path.stem, path, "", reason)
    finally:
        if cluster is not None:
            cluster.close()


class Progress:
    """A progress bar on a terminal (documents, pages per second, errors, time left); a plain
    line per document otherwise, for logs."""

    def __init__(self, total: int):
        self.bar = None
        self.pages = 0
        self.started = time.monotonic()
        if sys.stderr.isatty() and total:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr)

    def update(self, result: DocumentRows, errors: int) -> None:
        row = result.rows["documents"][0]
        self.pages += int(row["pages"] or 0)
        if self.bar is None:
            print(line_for(result), file=sys.stderr, flush=True)
            return
        rate = self.pages / max(time.monotonic() - self.started, 1e-6)
        self.bar.set_postfix_str(f"{rate:.1f} pages/s, {errors} errors")
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def line_for(result: DocumentRows) -> str:
    row = result.rows["documents"][0]
    if row["status"] == "error":
        detail = row["error"]
    else:
        detail = f"{row['pages']} pages, {len(result.rows['events'])} events"
    return f"{row['status']:5} {result.doc_id}: {detail}"
