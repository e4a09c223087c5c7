"""Command line: ``python -m analysis extract SOURCE --out DIR`` and ``python -m analysis report [CORPUS]``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .pipeline import TABLES, extract_to


def _extract(args) -> int:
    from .articles import _expand, _Batch

    probe = _Batch("collect")
    if not list(_expand(args.source, probe)):
        reasons = "; ".join(e["message"] for e in probe.errors) or "no article files"
        print(f"error: nothing to read in {args.source}: {reasons}", file=sys.stderr)
        return 2
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    counts = extract_to(args.source, args.out, fmt=args.format, chunk=args.chunk, jobs=args.jobs, engine=args.engine,
                        cache_dir=args.cache, progress=show)
    out = Path(args.out)
    for name in TABLES:
        print(f"{out / f'{name}.{args.format}'}: {counts[name]} rows", file=sys.stderr)
    if counts["articles"] == 0:
        print(f"error: no article could be read from {args.source} (see {out}/errors.{args.format})", file=sys.stderr)
        return 1
    return 0


def _report(args) -> int:
    from .report import main as report_main

    argv = ["--notebooks", args.notebooks, "--corpus", args.corpus, "--out", args.out]
    return report_main(argv + (["--no-pdf"] if args.no_pdf else []))


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="News articles as tables and reports.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="write every table (articles, sentences, figures, quotes, actors, stances, shifts, errors)")
    ex.add_argument("source", help="a file, folder or glob of articles (.txt, .jsonl, .json, .csv)")
    ex.add_argument("--out", required=True, help="folder for the tables")
    ex.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    ex.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    ex.add_argument("--engine", choices=["processes", "dask"], default="processes")
    ex.add_argument("--chunk", type=_positive, default=5000,
                    help="articles analysed and written at a time: memory holds one chunk's tables (default: 5000)")
    ex.add_argument("--cache", default=None, help="cache folder: unchanged articles are not computed again")
    ex.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="progress bar on stderr (default: when stderr is a terminal)")
    ex.set_defaults(run=_extract)
    rep = sub.add_parser("report", help="render the notebooks to offline HTML reports")
    rep.add_argument("corpus", nargs="?", default="seeds")
    rep.add_argument("--notebooks", default="notebooks")
    rep.add_argument("--out", default="reports")
    rep.add_argument("--no-pdf", action="store_true")
    rep.set_defaults(run=_report)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
