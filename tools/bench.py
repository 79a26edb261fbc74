"""`kembar bench`: speed and memory, measured on a corpus built from the sample articles.

Reports, in one run on the same files (each timing the best of three): bare pdfplumber
`extract_text()` throughput, the full pipeline with 1 and 2 workers (documents and pages per
second, peak memory per worker), OCR pages per second, and tagging words per second on one
core.
"""

from __future__ import annotations

import argparse
import logging
import resource
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pdfplumber

from pipeline.runner import pdf_files, process_document
from pipeline.structure import plain_text_article
from tools.render import ArticleSpec, render_article, render_scan

RUNS = 3  # timings per figure; the best is reported (other work only ever adds time)


def build_corpus(sources: Path, target: Path, copies: int) -> list[Path]:
    """`copies` renders of every sample article (distinct files, same content)."""
    target.mkdir(parents=True, exist_ok=True)
    specs = [ArticleSpec.from_yaml(p) for p in sorted(sources.glob("*.yaml"))]
    files = []
    for i in range(copies):
        for spec in specs:
            files.append(render_article(spec, target / f"{spec.doc_id}_{i:03d}.pdf"))
    return files


def page_count(files: list[Path]) -> int:
    total = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            total += len(pdf.pages)
    return total


def bare_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def peak_memory_mb() -> float:
    """Largest resident set of this process or any worker it waited for, in MB (Linux: KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def warm_worker(_: int) -> None:
    """Load the gazetteer once per worker, as a long run would, outside the timing."""
    from pipeline.tag import tag

    tag(plain_text_article("Kota Surabaya dan Busan."))


def seconds_for(pool: ProcessPoolExecutor, function, files: list[Path]) -> float:
    started = time.perf_counter()
    list(pool.map(function, files, chunksize=1))
    return time.perf_counter() - started


def bare_and_pipeline_seconds(files: list[Path], workers: int) -> tuple[float, float]:
    """Bare pdfplumber and the full pipeline on the same files, their timings taken in turns
    so that a busy moment of the machine does not fall on one of them only."""
    with (
        ProcessPoolExecutor(max_workers=workers) as bare_pool,
        ProcessPoolExecutor(max_workers=workers) as full_pool,
    ):
        list(bare_pool.map(bare_pdfplumber, files[:workers], chunksize=1))
        list(full_pool.map(warm_worker, range(workers)))
        bare, full = [], []
        for _ in range(RUNS):
            bare.append(seconds_for(bare_pool, bare_pdfplumber, files))
            full.append(seconds_for(full_pool, process_document, files))
        return min(bare), min(full)


def tagging_words_per_second(texts: list[str]) -> float:
    from pipeline.tag import tag

    articles = [plain_text_article(text) for text in texts]
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    for article in articles:
        tag(article)
    return words / (time.perf_counter() - started)


def words_per_second_best(texts: list[str]) -> float:
    return max(tagging_words_per_second(texts) for _ in range(RUNS))


def tagging_lines(texts: list[str]) -> list[str]:
    """Tagging speed twice: on text the tagger meets for the first time (every word new to the
    tokenizer's cache and the vocabulary), then once those words are known, as they are after
    the first articles of a run."""
    from pipeline.tag import tag

    tag(plain_text_article("Kota Surabaya."))
    distinct = list(dict.fromkeys(texts))
    words = sum(len(t.split()) for t in texts)
    first = tagging_words_per_second(distinct)
    known = words_per_second_best(texts)
    return [
        f"tagging, first reading: {first:,.0f} words/s on one core ({len(distinct)} texts)",
        f"tagging, words already seen: {known:,.0f} words/s on one core ({words} words)",
    ]


def ocr_pages_per_second(sample: Path, folder: Path) -> str:
    if shutil.which("tesseract") is None:
        return "OCR: tesseract not installed, skipped"
    scan = render_scan(sample, folder / "scan.pdf", dpi=200)
    pages = page_count([scan])
    started = time.perf_counter()
    row = process_document(scan).rows["documents"][0]
    seconds = time.perf_counter() - started
    return f"OCR pages: {pages / seconds:.2f} pages/s on one core ({row['status']}, {pages} pages)"


def report(copies: int, sources: Path) -> str:
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = build_corpus(sources, folder / "corpus", copies)
        pages = page_count(files)
        lines.append(f"corpus: {len(files)} PDFs, {pages} pages (from {sources})")
        bare, full = {}, {}
        for workers in (1, 2):
            bare[workers], full[workers] = bare_and_pipeline_seconds(files, workers)
        for label, seconds in (("bare pdfplumber extract_text", bare), ("kembar pipeline", full)):
            for workers in (1, 2):
                lines.append(
                    f"{label}, {workers} worker(s): {len(files) / seconds[workers]:.1f} docs/s, "
                    f"{pages / seconds[workers]:.1f} pages/s"
                )
        lines.append(f"pipeline / bare pdfplumber (1 worker): {bare[1] / full[1]:.2f}")
        lines.append(f"2 workers / 1 worker: {full[1] / full[2]:.2f}")
        lines.append(f"peak memory per worker: {peak_memory_mb():.0f} MB")
        texts = [process_text(p) for p in pdf_files(folder / "corpus")[: len(files)]]
        lines.extend(tagging_lines(texts))
        lines.append(ocr_pages_per_second(files[0], folder))
    return "\n".join(lines)


def process_text(path: Path) -> str:
    from pipeline.extract import extract

    return extract(path).text


def main() -> None:
    parser = argparse.ArgumentParser(description="measure speed and memory on rendered samples")
    parser.add_argument("--copies", type=int, default=10, help="renders of each sample article")
    parser.add_argument("--sources", type=Path, default=Path("corpus/src"))
    args = parser.parse_args()
    # pdfminer warns about every malformed object; the figures are what this prints
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    print(report(args.copies, args.sources))


if __name__ == "__main__":
    main()
