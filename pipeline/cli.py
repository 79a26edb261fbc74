"""The `kembar` command: wires the stages; no logic of its own."""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import signal
import sys
import webbrowser
from pathlib import Path

from . import evaluate, runner
from .exports import export_all
from .store import DATABASE, OutdatedStore, Store
from .structure import plain_text_article


def tag_command(args: argparse.Namespace) -> int:
    from .tag import tag

    data = sys.stdin.read()
    texts = data.splitlines() if args.lines else [data]
    for number, text in enumerate(texts, start=1):
        if not text.strip():
            continue
        for mention in tag(plain_text_article(text)).mentions:
            record = {
                "label": mention.label,
                "text": mention.text,
                "start": mention.start,
                "end": mention.end,
                "norm": mention.norm,
            }
            if mention.country:
                record["country"] = mention.country
            if mention.modifier:
                record["modifier"] = mention.modifier
            if mention.inferred:
                record["inferred"] = True
            if args.lines:
                record["line"] = number
            print(json.dumps(record, ensure_ascii=False))
    return 0


def extract_command(args: argparse.Namespace) -> int:
    if not args.input.is_dir():
        print(f"kembar: {args.input} is not a folder", file=sys.stderr)
        return 2
    if args.scheduler and args.executor != "dask":
        print("kembar: --scheduler needs --executor dask", file=sys.stderr)
        return 2
    if args.executor == "dask" and importlib.util.find_spec("distributed") is None:
        print(f"kembar: {runner.DASK_MISSING}", file=sys.stderr)
        return 2
    summary = runner.run(
        args.input,
        args.out,
        args.workers,
        args.timeout,
        args.force,
        args.prune,
        executor=args.executor,
        scheduler=args.scheduler,
        max_memory=args.max_memory,
    )
    print(
        f"{summary['ok']} ok, {summary['error']} error, {summary['skipped']} unchanged, "
        f"{summary['pruned']} pruned; {summary['partnerships']} partnerships, "
        f"{summary['events']} events in {summary['seconds']} s -> {args.out}",
        file=sys.stderr,
    )
    return 0


def usable_store(out: Path) -> bool:
    """Whether `out` holds a store this Kembar reads; if not, says why on one line."""
    if not (out / DATABASE).exists():
        print(f"kembar: {out / DATABASE} not found (run kembar extract first)", file=sys.stderr)
        return False
    try:
        Store(out).close()
    except OutdatedStore as error:
        print(f"kembar: {error}", file=sys.stderr)
        return False
    return True


def export_command(args: argparse.Namespace) -> int:
    if not usable_store(args.out):
        return 2
    export_all(args.out)
    return 0


def stop_serving(signum, frame) -> None:
    """A terminated review server stops as Ctrl+C stops it, writing the exports."""
    raise KeyboardInterrupt


def review_command(args: argparse.Namespace) -> int:
    from .gold import export_run_gold
    from .server import serve

    if not usable_store(args.out):
        return 2
    if args.export_gold:
        written = export_run_gold(args.out, args.export_gold)
        print(f"{len(written)} gold files -> {args.export_gold}", file=sys.stderr)
        return 0
    try:
        server = serve(args.out, args.port)
    except OSError as error:
        print(f"kembar: cannot listen on 127.0.0.1:{args.port}: {error.strerror}", file=sys.stderr)
        return 2
    url = f"http://127.0.0.1:{server.server_port}/"
    print(f"Reviewing {args.out} at {url} (Ctrl+C to stop)", file=sys.stderr)
    if not args.no_browser:
        webbrowser.open(url)
    signal.signal(signal.SIGTERM, stop_serving)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        export_all(args.out)
        print(f"decisions kept; exports written to {args.out}", file=sys.stderr)
    return 0


def eval_command(args: argparse.Namespace) -> int:
    if not args.skip_run:
        runner.run(args.input, args.out, args.workers, args.timeout, force=True, prune=True)
    text, _, _ = evaluate.report(args.gold, args.out, args.seeds)
    print(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kembar", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="process a folder of PDFs into tables")
    extract.add_argument("input", type=Path)
    extract.add_argument("--out", type=Path, default=Path("output"))
    extract.add_argument("--workers", type=int, default=None, help="processes (default: cores)")
    extract.add_argument(
        "--timeout", type=float, default=runner.DEFAULT_TIMEOUT, help="seconds allowed per document"
    )
    extract.add_argument(
        "--max-memory",
        type=float,
        default=runner.DEFAULT_MAX_MEMORY_GB,
        help="gigabytes of memory a document may take (0: no limit)",
    )
    extract.add_argument("--force", action="store_true", help="reprocess unchanged files too")
    extract.add_argument(
        "--prune",
        action="store_true",
        help="drop documents whose files are no longer in the folder",
    )
    extract.add_argument(
        "--executor",
        choices=["processes", "dask"],
        default="processes",
        help="a local process pool, or a Dask distributed cluster",
    )
    extract.add_argument(
        "--scheduler",
        default=None,
        help="address of the Dask scheduler (default: a local cluster of --workers processes)",
    )
    extract.set_defaults(func=extract_command)

    export = commands.add_parser(
        "export",
        help="re-create the CSV, Excel, Parquet, report, bibliography and QDA project files "
        "from kembar.sqlite",
    )
    export.add_argument("out", type=Path, help="the output folder of a run")
    export.set_defaults(func=export_command)

    review = commands.add_parser(
        "review", help="check the events and partnerships of a run in the browser"
    )
    review.add_argument("out", type=Path, help="the output folder of a run")
    review.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any)")
    review.add_argument("--no-browser", action="store_true", help="do not open a browser")
    review.add_argument(
        "--export-gold",
        type=Path,
        metavar="DIR",
        help="write a gold YAML per reviewed document to DIR (for kembar eval) and exit",
    )
    review.set_defaults(func=review_command)

    tag = commands.add_parser("tag", help="tag UTF-8 text from stdin, one JSON object per mention")
    tag.add_argument("--lines", action="store_true", help="every input line is a separate text")
    tag.set_defaults(func=tag_command)

    ev = commands.add_parser("eval", help="run on a folder and score against gold YAML files")
    ev.add_argument("input", type=Path)
    ev.add_argument("--gold", type=Path, required=True)
    ev.add_argument("--out", type=Path, default=Path("output/eval"))
    ev.add_argument("--seeds", type=Path, default=None, help="reference texts for word error rate")
    ev.add_argument("--workers", type=int, default=None)
    ev.add_argument("--timeout", type=float, default=runner.DEFAULT_TIMEOUT)
    ev.add_argument("--skip-run", action="store_true", help="score the tables already in --out")
    ev.set_defaults(func=eval_command)

    args = parser.parse_args(argv)
    # pdfminer warns about every malformed object; the document's row already tells the story
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
