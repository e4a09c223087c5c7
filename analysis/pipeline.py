"""Every table from one pass per article, in parallel, cached, on one machine or a Dask cluster.

:func:`analyze` reads a source, splits each article into sentences once and runs
every extractor over those spans, in worker processes (``jobs``) or on Dask
(``engine="dask"``). Results are cached per article, keyed by its content and
the package version, in parquet files of a folder the user chooses, so a
notebook re-run over an unchanged corpus computes nothing.

>>> from analysis import load_seed
>>> tables = analyze(load_seed())
>>> {name: len(table) for name, table in tables.items()}
{'articles': 1, 'sentences': 23, 'figures': 9, 'quotes': 12, 'actors': 57, 'stances': 8, 'shifts': 2, 'errors': 0}
"""

from __future__ import annotations

import hashlib
import logging
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from .actors import _DTYPES as ACTOR_DTYPES
from .actors import ACTOR_COLUMNS, actor_rows
from .figures import _DTYPES as FIGURE_DTYPES
from .figures import FIGURE_COLUMNS, figure_rows
from .quotes import _DTYPES as QUOTE_DTYPES
from .quotes import QUOTE_COLUMNS
from .quotes import extract as quote_rows
from .articles import as_articles, errors_table, read_articles
from .resolver import build_registry
from .segmenter import split_sentences
from .sentences import SENTENCE_COLUMNS, sentence_rows
from .sentences import _DTYPES as SENTENCE_DTYPES
from .stances import _STANCE_DTYPES as STANCE_DTYPES
from .stances import STANCE_COLUMNS, shifts, stance_rows
from .tables import typed_table

__all__ = ["analyze", "extract_article", "TABLES"]

TABLES = ["articles", "sentences", "figures", "quotes", "actors", "stances", "shifts", "errors"]
PER_ARTICLE = ["sentences", "figures", "quotes", "actors", "stances"]


def extract_article(article: dict) -> dict[str, list[dict]]:
    """All rows of one article: sentences (with sentiment), figures, quotes, actor mentions, stances."""
    article_id, text = article["article_id"], article["text"]
    spans = split_sentences(text)
    sentences = sentence_rows(article_id, text, spans=spans)
    published = article.get("date")
    figs = figure_rows(article_id, text, published, spans)
    registry = build_registry(text, spans)
    title = article.get("title")
    quotes = quote_rows(text, registry, "" if title is None or pd.isna(title) else title, spans)
    for row in quotes:
        row["article_id"] = article_id
    actors = actor_rows(article_id, text, registry)
    stances = stance_rows(article_id, text, published, spans, registry, quotes, figs)
    return {"sentences": sentences, "figures": figs, "quotes": quotes, "actors": actors, "stances": stances}


def _key(article: dict) -> str:
    from . import __version__

    h = hashlib.sha256()
    for part in (__version__, article["article_id"], str(article.get("date")), str(article.get("title")), article["text"]):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def _frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    return {
        "sentences": typed_table(rows["sentences"], SENTENCE_COLUMNS, SENTENCE_DTYPES),
        "figures": typed_table(rows["figures"], FIGURE_COLUMNS, FIGURE_DTYPES),
        "quotes": typed_table(rows["quotes"], QUOTE_COLUMNS, QUOTE_DTYPES),
        "actors": typed_table(rows["actors"], ACTOR_COLUMNS, ACTOR_DTYPES),
        "stances": typed_table(rows["stances"], STANCE_COLUMNS, STANCE_DTYPES),
    }


def _run_batch(records: list[dict]) -> dict[str, pd.DataFrame]:
    """One batch's tables, typed: columns travel between processes far smaller than row dicts."""
    out: dict[str, list[dict]] = {name: [] for name in PER_ARTICLE}
    for record in records:
        for name, rows in extract_article(record).items():
            out[name].extend(rows)
    return _frames(out)


def _batches(records: list[dict], n: int) -> list[list[dict]]:
    """Batches of at most 256 articles (typing a batch's tables costs a few milliseconds whatever its
    size). For several workers their size falls as the work left falls ("guided" scheduling): each
    holds about a quarter of the characters left per worker, and at least 16 articles, so the
    workers finish together; equal batches left one worker alone with the last (seven per cent of
    the wall time on two workers)."""
    if n <= 1:
        return [records[i : i + 256] for i in range(0, len(records), 256)]
    lengths = [len(r["text"]) for r in records]
    left, out, i = sum(lengths), [], 0
    while i < len(records):
        target, size, chars = left / (4 * n), 0, 0
        while i + size < len(records) and size < 256 and (size < 16 or chars < target):
            chars += lengths[i + size]
            size += 1
        out.append(records[i : i + size])
        left -= chars
        i += size
    return out


def _compute(records: list[dict], jobs: int, engine: str, client, progress: bool) -> dict[str, pd.DataFrame]:
    if not records:
        return _frames({name: [] for name in PER_ARTICLE})
    batches = _batches(records, jobs) if engine == "processes" else []
    if engine == "dask":
        results = _dask_map(records, client, progress)
    elif jobs > 1 and len(batches) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(_progress(pool.map(_run_batch, batches), len(batches), progress))
    else:
        results = [_run_batch(b) for b in _progress(batches, len(batches), progress)]
    return {name: pd.concat([r[name] for r in results], ignore_index=True) for name in PER_ARTICLE}


def _progress(iterable, total: int, show: bool):
    if not show:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="batch", desc="analysing")


def _dask_map(records: list[dict], client, progress: bool) -> list[dict[str, pd.DataFrame]]:
    """The same per-article work on a dask.distributed cluster (a LocalCluster when none is given).

    Batches (sized for the cluster's threads) are submitted a few per thread at a time, so the
    scheduler never holds the whole corpus and results stream back as they finish.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    own = None
    if client is None:
        own = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR)
        client = Client(own)
    try:
        threads = max(1, sum(client.nthreads().values()))
        batches = _batches(records, threads)
        window = 4 * threads
        pending = iter(enumerate(batches))
        index = {}

        def submit():
            for i, batch in pending:
                future = client.submit(_run_batch, batch, pure=False)
                index[future.key] = i
                return future
            return None

        running = as_completed([f for f in (submit() for _ in range(window)) if f is not None])
        results: list = [None] * len(batches)
        for future in _progress(running, len(batches), progress):
            results[index.pop(future.key)] = future.result()
            future.release()
            nxt = submit()
            if nxt is not None:
                running.add(nxt)
        return results
    finally:
        if own is not None:
            client.close()
            own.close()


def analyze(source, jobs: int = 1, engine: str = "processes", client=None, cache_dir: str | os.PathLike | None = None,
            progress: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of ``source`` from one pass per article.

    Args:
        source: a file, folder, glob or list (as :func:`read_articles`), or an articles table.
        jobs: worker processes for ``engine="processes"`` (1 runs in this process).
        engine: ``"processes"`` or ``"dask"`` (on ``client``, or a two-worker LocalCluster).
        client: a ``dask.distributed.Client`` for ``engine="dask"``.
        cache_dir: folder of parquet files keyed by each article's content and the package
            version; articles already there are not computed again.
        progress: show a tqdm progress bar on stderr.

    Returns:
        A dict of DataFrames: articles, sentences, figures, quotes, actors, stances, shifts, errors.
    """
    if engine not in ("processes", "dask"):
        raise ValueError("engine must be 'processes' or 'dask'")
    articles = as_articles(source) if isinstance(source, pd.DataFrame) else read_articles(source)
    records = articles[["article_id", "date", "title", "text"]].to_dict("records")
    keys = [_key(r) for r in records] if cache_dir else []
    cached = _load_cache(cache_dir, set(keys)) if cache_dir else None
    todo = [r for r, k in zip(records, keys) if k not in cached["keys"]] if cached is not None else records
    fresh = _compute(todo, jobs, engine, client, progress)
    if cache_dir:
        _save_cache(cache_dir, fresh, {r["article_id"]: k for r, k in zip(todo, keys)}, cached)
    tables = {}
    order = {a: i for i, a in enumerate(articles["article_id"])}
    for name in PER_ARTICLE:
        table = fresh[name]
        if cached is not None:
            old = cached[name]
            current = old["article_id"].map(dict(zip(articles["article_id"], keys)))
            parts = [table, old[old["_key"] == current].drop(columns="_key")]
            table = pd.concat([p for p in parts if len(p)] or [table], ignore_index=True).astype(table.dtypes.to_dict())
        tables[name] = _in_order(table, order, "sentence" if name in ("sentences", "stances") else "start")
    tables["articles"] = articles
    tables["shifts"] = shifts(stance_table=tables["stances"])
    tables["errors"] = errors_table(articles)
    return {name: tables[name] for name in TABLES}


def _in_order(table: pd.DataFrame, order: dict[str, int], within: str) -> pd.DataFrame:
    """``table`` in the articles' order, then by ``within``; fresh rows come in that order already
    (batches and rows follow the articles), so they are only checked."""
    ranks = table["article_id"].map(order).to_numpy()
    inner = table[within].to_numpy()
    if len(table) < 2 or ((ranks[1:] > ranks[:-1]) | ((ranks[1:] == ranks[:-1]) & (inner[1:] >= inner[:-1]))).all():
        return table.reset_index(drop=True)
    return table.assign(_order=ranks).sort_values(["_order", within], kind="stable").drop(columns="_order") \
        .reset_index(drop=True)


def _load_cache(cache_dir, wanted: set[str]) -> dict | None:
    folder = Path(cache_dir)
    if not (folder / "sentences.parquet").exists():
        return None
    out = {"keys": set()}
    for name in PER_ARTICLE:
        path = folder / f"{name}.parquet"
        table = pd.read_parquet(path) if path.exists() else pd.DataFrame(columns=["_key", "article_id"])
        out[name] = table[table["_key"].isin(wanted)]
    done = pd.read_parquet(folder / "articles.parquet") if (folder / "articles.parquet").exists() else pd.DataFrame(columns=["_key"])
    out["keys"] = set(done["_key"]) & wanted
    return out


def _save_cache(cache_dir, fresh: dict[str, pd.DataFrame], key_of: dict[str, str], cached: dict | None) -> None:
    folder = Path(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for name in PER_ARTICLE:
        new = fresh[name].assign(_key=fresh[name]["article_id"].map(key_of).astype("string"))
        path = folder / f"{name}.parquet"
        old = pd.read_parquet(path) if path.exists() else None
        table = pd.concat([old, new], ignore_index=True) if old is not None and len(old) else new
        table.to_parquet(path, index=False)
    done = pd.DataFrame({"_key": pd.array(list(key_of.values()), dtype="string")})
    path = folder / "articles.parquet"
    if path.exists():
        done = pd.concat([pd.read_parquet(path), done], ignore_index=True).drop_duplicates()
    done.to_parquet(path, index=False)
