"""Every table from one pass per article, in parallel, cached, on one machine or a Dask cluster.

:func:`analyze` reads a source, splits each article into sentences once and runs
every extractor over those spans, in worker processes (``jobs``) or on Dask
(``engine="dask"``). Results are cached per article, keyed by its content and
the package version, in parquet files of a folder the user chooses, so a
notebook re-run over an unchanged corpus computes nothing. :func:`extract_to`
writes the same tables to files a chunk of articles at a time, for corpora whose
tables do not fit in memory.

>>> from analysis import load_seed
>>> tables = analyze(load_seed())
>>> {name: len(table) for name, table in tables.items()}
{'articles': 1, 'sentences': 23, 'figures': 9, 'quotes': 12, 'actors': 57, 'stances': 8, 'shifts': 2, 'errors': 0}
"""

from __future__ import annotations

import hashlib
import logging
import os
import uuid
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from .actors import _DTYPES as ACTOR_DTYPES
from .actors import ACTOR_COLUMNS, actor_rows
from .figures import _DTYPES as FIGURE_DTYPES
from .figures import FIGURE_COLUMNS, figure_rows
from .quotes import _DTYPES as QUOTE_DTYPES
from .quotes import QUOTE_COLUMNS
from .quotes import extract as quote_rows
from .articles import as_articles, errors_table, read_articles, read_in_chunks
from .resolver import build_registry
from .segmenter import split_sentences
from .sentences import SENTENCE_COLUMNS, sentence_rows
from .sentences import _DTYPES as SENTENCE_DTYPES
from .stances import _STANCE_DTYPES as STANCE_DTYPES
from .stances import STANCE_COLUMNS, shifts, stance_rows
from .tables import typed_table

__all__ = ["analyze", "extract_article", "extract_to", "TABLES"]

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


def _compute(records: list[dict], workers: "_Workers", bar) -> dict[str, pd.DataFrame]:
    """The per-article tables of ``records``, in their order (batches come back in order)."""
    if not records:
        return _frames({name: [] for name in PER_ARTICLE})
    results = workers.run(records, bar)
    return {name: pd.concat([r[name] for r in results], ignore_index=True) for name in PER_ARTICLE}


class _Workers:
    """Where batches run: in this process, in worker processes (a pool started on first need and kept
    for every chunk of a corpus), or on a Dask client."""

    def __init__(self, engine: str, jobs: int, client):
        self.engine, self.jobs, self.client, self._pool = engine, jobs, client, None

    def run(self, records: list[dict], bar) -> list[dict[str, pd.DataFrame]]:
        if self.engine == "dask":
            return _dask_map(records, self.client, bar)
        batches = _batches(records, self.jobs)
        if self.jobs <= 1 or len(batches) <= 1:
            return [_advance(bar, len(batch), _run_batch(batch)) for batch in batches]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
        return [_advance(bar, len(batch), result) for batch, result in zip(batches, self._pool.map(_run_batch, batches))]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()


def _advance(bar, n: int, result):
    if bar is not None:
        bar.update(n)
    return result


@contextmanager
def _progress_bar(total: int | None, show: bool):
    """A tqdm bar on stderr counting articles (of ``total``, when known), or None."""
    if not show:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="article", desc="analysing") as bar:
        yield bar


def _check_engine(engine: str) -> None:
    if engine not in ("processes", "dask"):
        raise ValueError("engine must be 'processes' or 'dask'")


@contextmanager
def _engine(engine: str, jobs: int, client):
    """The :class:`_Workers` to run on, closed afterwards: with Dask, ``client`` or a two-worker
    LocalCluster of its own."""
    if engine == "processes" or client is not None:
        workers = _Workers(engine, jobs, client)
        try:
            yield workers
        finally:
            workers.close()
        return
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as own:
        yield _Workers(engine, jobs, own)


def _dask_map(records: list[dict], client, bar) -> list[dict[str, pd.DataFrame]]:
    """The same per-article work on a dask.distributed cluster.

    Batches (sized for the cluster's threads) are submitted a few per thread at a time, so the
    scheduler never holds the whole corpus and results stream back as they finish.
    """
    from dask.distributed import as_completed

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
    for future in running:
        i = index.pop(future.key)
        results[i] = _advance(bar, len(batches[i]), future.result())
        future.release()
        nxt = submit()
        if nxt is not None:
            running.add(nxt)
    return results


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
    _check_engine(engine)
    articles = _articles(source)
    with _engine(engine, jobs, client) as workers, _progress_bar(len(articles), progress) as bar:
        tables = _per_article(articles, workers, _Cache(cache_dir) if cache_dir else None, bar)
    tables |= {"articles": articles, "shifts": shifts(stance_table=tables["stances"]), "errors": errors_table(articles)}
    return {name: tables[name] for name in TABLES}


def extract_to(source, out: str | os.PathLike, fmt: str = "parquet", chunk: int = 5000, jobs: int = 1,
               engine: str = "processes", client=None, cache_dir: str | os.PathLike | None = None,
               progress: bool = False) -> dict[str, int]:
    """Write every table of ``source`` to ``out/<table>.<fmt>`` (``fmt`` "parquet" or "csv"), reading,
    analysing and writing ``chunk`` articles at a time: memory holds one chunk's articles and tables
    (and the stances, for the shifts) however large the corpus, and the files equal those of
    :func:`analyze`'s tables written whole.

    Args:
        source: as for :func:`analyze`; files are read only as chunks are taken.
        out: the folder for the files (made if missing).
        fmt: ``"parquet"`` or ``"csv"``.
        chunk: articles read, analysed and written at a time.
        jobs, engine, client, cache_dir, progress: as for :func:`analyze` (one worker pool, or one
            Dask cluster, serves every chunk).

    Returns:
        The number of rows of each table.
    """
    if fmt not in ("parquet", "csv"):
        raise ValueError("fmt must be 'parquet' or 'csv'")
    if chunk < 1:
        raise ValueError("chunk must be at least 1 article")
    _check_engine(engine)
    if isinstance(source, pd.DataFrame):
        whole = as_articles(source)
        pieces = (whole.iloc[i : i + chunk] for i in range(0, max(len(whole), 1), chunk))
    else:
        pieces = read_in_chunks(source, chunk)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(TABLES, 0)
    stance_parts, articles = [], None
    cache = _Cache(cache_dir) if cache_dir else None
    writers = {name: _TableWriter(folder / f"{name}.{fmt}") for name in ["articles", *PER_ARTICLE]}
    try:
        with _engine(engine, jobs, client) as workers, _progress_bar(None, progress) as bar:
            for articles in pieces:
                tables = {"articles": articles, **_per_article(articles, workers, cache, bar)}
                for name, writer in writers.items():
                    writer.write(tables[name])
                    counts[name] += len(tables[name])
                stance_parts.append(tables["stances"])
    finally:
        for writer in writers.values():
            writer.close()
    for name, table in (("shifts", shifts(stance_table=pd.concat(stance_parts, ignore_index=True))),
                        ("errors", errors_table(whole if isinstance(source, pd.DataFrame) else articles))):
        writer = _TableWriter(folder / f"{name}.{fmt}")
        writer.write(table)
        writer.close()
        counts[name] = len(table)
    return counts


class _TableWriter:
    """One table's file written a chunk at a time: parquet row groups under the first chunk's schema,
    or CSV rows under one header."""

    def __init__(self, path: Path):
        self.path, self._sink = path, None

    def write(self, table: pd.DataFrame) -> None:
        if self.path.suffix == ".csv":
            if self._sink is None:
                self._sink = open(self.path, "w", encoding="utf-8", newline="")
                table.to_csv(self._sink, index=False)
            else:
                table.to_csv(self._sink, index=False, header=False)
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._sink is None:
            arrow = pa.Table.from_pandas(table, preserve_index=False)
            self._sink = pq.ParquetWriter(self.path, arrow.schema)
        else:
            arrow = pa.Table.from_pandas(table, schema=self._sink.schema, preserve_index=False)
        self._sink.write_table(arrow)

    def close(self) -> None:
        if self._sink is not None:
            self._sink.close()


def _articles(source) -> pd.DataFrame:
    return as_articles(source) if isinstance(source, pd.DataFrame) else read_articles(source)


def _per_article(articles: pd.DataFrame, workers: _Workers, cache: "_Cache | None", bar) -> dict[str, pd.DataFrame]:
    """The per-article tables of ``articles``, in their order: from the cache where it has them."""
    records = articles[["article_id", "date", "title", "text"]].to_dict("records")
    keys = [_key(r) for r in records] if cache else []
    cached, found = cache.load(keys) if cache else ({}, set())
    todo = [r for r, k in zip(records, keys) if k not in found] if cache else records
    if bar is not None and len(todo) < len(records):
        bar.update(len(records) - len(todo))
    fresh = _compute(todo, workers, bar)
    if cache:
        cache.save(fresh, [r["article_id"] for r in todo], [k for r, k in zip(records, keys) if k not in found])
    tables = {}
    order = {a: i for i, a in enumerate(articles["article_id"])}
    for name in PER_ARTICLE:
        table = fresh[name]
        if name in cached and len(cached[name]):
            table = pd.concat([p for p in (table, cached[name]) if len(p)], ignore_index=True).astype(table.dtypes.to_dict())
        tables[name] = _in_order(table, order, "sentence" if name in ("sentences", "stances") else "start")
    return tables


def _in_order(table: pd.DataFrame, order: dict[str, int], within: str) -> pd.DataFrame:
    """``table`` in the articles' order, then by ``within``; fresh rows come in that order already
    (batches and rows follow the articles), so they are only checked."""
    ranks = table["article_id"].map(order).to_numpy()
    inner = table[within].to_numpy()
    if len(table) < 2 or ((ranks[1:] > ranks[:-1]) | ((ranks[1:] == ranks[:-1]) & (inner[1:] >= inner[:-1]))).all():
        return table.reset_index(drop=True)
    return table.assign(_order=ranks).sort_values(["_order", within], kind="stable").drop(columns="_order") \
        .reset_index(drop=True)


class _Cache:
    """Per-article tables on disk, keyed by each article's content and the package version: parts of
    at most ``PART`` articles, each its five table files and a file of its keys, written last (a part
    without one was never finished and is not read). Each run adds parts and rewrites none, so a run
    reads and writes in proportion to its own articles, not to the cache."""

    PART = 2000

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self.part_of: dict[str, str] = {}
        for path in sorted(self.folder.glob("*.keys.parquet")):
            part = path.name[: -len(".keys.parquet")]
            for key in pd.read_parquet(path)["_key"]:
                self.part_of.setdefault(key, part)

    def load(self, keys: list[str]) -> tuple[dict[str, pd.DataFrame], set[str]]:
        """The cached rows of the articles with these keys (by table), and which keys were found."""
        wanted: dict[str, set[str]] = {}
        for key in keys:
            part = self.part_of.get(key)
            if part is not None:
                wanted.setdefault(part, set()).add(key)
        tables: dict[str, list[pd.DataFrame]] = {name: [] for name in PER_ARTICLE}
        for part, part_keys in sorted(wanted.items()):
            for name in PER_ARTICLE:
                table = pd.read_parquet(self.folder / f"{part}.{name}.parquet")
                tables[name].append(table[table["_key"].isin(part_keys)].drop(columns="_key"))
        found = set().union(*wanted.values()) if wanted else set()
        return {name: pd.concat(t, ignore_index=True) for name, t in tables.items() if t}, found

    def save(self, fresh: dict[str, pd.DataFrame], article_ids: list[str], keys: list[str]) -> None:
        """Add the fresh tables of these articles (in their order, as ``fresh`` holds them)."""
        if not article_ids:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        part_no = {a: i // self.PART for i, a in enumerate(article_ids)}
        key_of = dict(zip(article_ids, keys))
        names = [uuid.uuid4().hex for _ in range(0, len(article_ids), self.PART)]
        for name in PER_ARTICLE:
            table = fresh[name].assign(_key=fresh[name]["article_id"].map(key_of).astype("string"))
            bounds = np.searchsorted(table["article_id"].map(part_no).to_numpy(), np.arange(len(names) + 1))
            for i, part in enumerate(names):  # (rows come in the articles' order: each part is one slice)
                table.iloc[bounds[i] : bounds[i + 1]].to_parquet(self.folder / f"{part}.{name}.parquet", index=False)
        for i, part in enumerate(names):
            part_keys = keys[i * self.PART : (i + 1) * self.PART]
            pd.DataFrame({"_key": pd.array(part_keys, dtype="string")}).to_parquet(self.folder / f"{part}.keys.parquet", index=False)
            for key in part_keys:
                self.part_of.setdefault(key, part)
