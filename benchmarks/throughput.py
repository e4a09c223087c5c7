"""Whole-pipeline throughput on the 1,247-article corpus, beside quantulum3 and textacy.

    .venv/bin/python benchmarks/throughput.py [--rounds 3] [--peer-sample 100] [--repeat 100]

Prints wall time, articles/s, MB/s and peak memory for analysis.analyze with 1 and 2
processes, ``--rounds`` times in turn, and the median of the rounds (a shared machine's speed
drifts by about a tenth between runs; the first round's single process also reads every
lexicon word and chunk for the first time, later rounds find them cached, as a long run
does); quantulum3 (figures only) and textacy with spaCy's small model (quotes only)
on the first ``--peer-sample`` articles (they are slow: the rate, not the total, compares);
then the corpus repeated ``--repeat`` times under new ids through a two-worker Dask
LocalCluster, checked equal to the in-process result on the first copy.
"""

from __future__ import annotations

import argparse
import logging
import resource
import statistics
import time

import pandas as pd

from _shared import require_shared

import analysis


def peak_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--peer-sample", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    path = require_shared("corpus", "ru_ua_presidential_releases", "articles.jsonl")
    articles = analysis.read_articles(path)
    n, mb = len(articles), articles["text"].str.len().sum() / 1e6
    print(f"corpus: {n} articles, {mb:.1f} M characters\n")
    results, rates = {}, {1: [], 2: []}
    for round_ in range(1, args.rounds + 1):
        for jobs in (1, 2):
            t0 = time.perf_counter()
            tables = analysis.analyze(articles, jobs=jobs)
            dt = time.perf_counter() - t0
            if round_ > 1 and not all(tables[k].equals(results[jobs][k]) for k in tables):
                raise SystemExit(f"round {round_}, {jobs} processes: the tables differ from round 1")
            results[jobs] = tables
            rates[jobs].append(n / dt)
            print(f"round {round_}, analysis, {jobs} process{'es' if jobs > 1 else ''}: {dt:6.1f} s  "
                  f"{n / dt:6.1f} articles/s  {mb / dt:5.2f} MB/s  peak {peak_mb():,.0f} MB  "
                  + ", ".join(f"{k} {len(v)}" for k, v in tables.items() if k != "articles"))
    one, two = statistics.median(rates[1]), statistics.median(rates[2])
    print(f"median of {args.rounds} round{'s' if args.rounds > 1 else ''}: 1 process {one:.1f} articles/s, "
          f"2 processes {two:.1f} articles/s ({two / 2:.1f} per core)")
    sample = articles.head(args.peer_sample)
    t0 = time.perf_counter()
    analysis.figures(sample)
    ours_fig = len(sample) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    analysis.quotes(sample)
    ours_q = len(sample) / (time.perf_counter() - t0)
    print(f"\npeers on the first {len(sample)} articles (articles/s, one process):")
    print(f"  analysis.figures  {ours_fig:8.1f}")
    try:
        from figures import quantulum_extractor

        q3 = type("Q3", (), {"parse": staticmethod(quantulum_extractor())})

        t0 = time.perf_counter()
        for text in sample["text"]:
            q3.parse(text)
        rate = len(sample) / (time.perf_counter() - t0)
        print(f"  quantulum3        {rate:8.1f}   (analysis is {ours_fig / rate:.0f}x)")
    except Exception as exc:  # noqa: BLE001 - a peer that fails to load is reported, not fatal
        print(f"  quantulum3: unavailable ({type(exc).__name__}: {exc})")
    print(f"  analysis.quotes   {ours_q:8.1f}")
    try:
        from quotes import textacy_extractor

        run = textacy_extractor()
        t0 = time.perf_counter()
        for text in sample["text"]:
            run(text)
        rate = len(sample) / (time.perf_counter() - t0)
        print(f"  textacy           {rate:8.1f}   (analysis is {ours_q / rate:.0f}x)")
    except Exception as exc:  # noqa: BLE001
        print(f"  textacy: unavailable ({type(exc).__name__}: {exc})")

    from dask.distributed import Client, LocalCluster

    copies = pd.concat(
        [articles.assign(article_id=articles["article_id"] + f"#{i}") for i in range(args.repeat)], ignore_index=True
    )
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        t0 = time.perf_counter()
        big = analysis.analyze(copies, engine="dask", client=client)
        dt = time.perf_counter() - t0
    same = {name: _first_copy(big[name]).equals(results[1][name].reset_index(drop=True))
            for name in ("articles", "sentences", "figures", "quotes", "actors", "stances")}
    print(f"\nDask LocalCluster (2 workers), corpus x{args.repeat} = {len(copies)} articles: {dt:.1f} s, "
          f"{len(copies) / dt:.1f} articles/s, peak {peak_mb():,.0f} MB; first copy equal to in-process: "
          + ", ".join(f"{k} {v}" for k, v in same.items()))


def _first_copy(table: pd.DataFrame) -> pd.DataFrame:
    """Rows of copy #0 under their original ids, to compare with the in-process tables."""
    first = table[table["article_id"].str.endswith("#0")].copy()
    first["article_id"] = first["article_id"].str[:-2]
    return first.reset_index(drop=True)


if __name__ == "__main__":
    main()
