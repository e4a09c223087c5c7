"""Read articles from files, folders, globs and records into the articles table.

Bad input never stops a batch: every problem becomes a row of the errors table
(``errors_table(articles)``) naming the file and line, and every input ends up
either as an article or as an error. ``severity`` says which: ``"error"`` means
the input produced no article, ``"warning"`` means the article is in the table
but something about it was repaired (a cp1252 fallback, an unreadable date, a
renamed duplicate id).

>>> arts = articles_from_records([{"id": "a1", "date": "2024-02-30", "text": "Hi."}])
>>> list(arts.article_id), arts.date.isna().tolist()
(['a1'], [True])
>>> errors_table(arts).message.tolist()
["<records>:1: article 'a1': impossible date '2024-02-30'"]
"""

from __future__ import annotations

import csv
import glob as globmod
import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

import pandas as pd

ARTICLE_COLUMNS = ["article_id", "date", "title", "text", "source"]
ERROR_COLUMNS = ["source", "line", "article_id", "severity", "message"]
ARTICLE_SUFFIXES = {".txt", ".jsonl", ".json", ".csv"}

# The seed header: " date 2025-09-28 Trump Clears Ukraine ...".
_HEADER = re.compile(r"^\s*date\s+(\S+)[ \t]*(.*?)\s*$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


class ArticleError(ValueError):
    """Raised by ``read_articles(..., errors="raise")``; the message names file and line."""


@dataclass
class _Batch:
    """Articles and errors gathered while reading one ``source``."""

    mode: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    seen: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # id -> (where, digest of its text)

    def error(self, source: str, line: int | None, message: str, article_id=None, severity="error"):
        where = f"{source}:{line}" if line else source
        text = f"{where}: {message}"
        if self.mode == "raise":
            raise ArticleError(text)
        self.errors.append(
            {"source": source, "line": line, "article_id": article_id, "severity": severity, "message": text}
        )

    def add(self, source: str, line: int | None, record: dict[str, Any], origin: str) -> None:
        """Validate one record and keep it as an article (or an error)."""
        text = record.get("text")
        article_id = record.get("id")
        article_id = None if article_id is None else str(article_id).strip() or None
        if not isinstance(text, str):
            what = "no 'text' field" if text is None else f"'text' is {type(text).__name__}, not a string"
            self.error(source, line, f"record {article_id or ''}: {what}".replace("record :", "record:"), article_id)
            return
        if not text.strip():
            self.error(source, line, f"article {article_id!r}: empty text", article_id)
            return
        if article_id is None:
            article_id = origin
        text = _normalise_newlines(text)
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        previous = self.seen.get(article_id)
        if previous is not None:
            first_where, first_digest = previous
            if first_digest == digest:
                self.error(source, line, f"duplicate id {article_id!r} (same text as {first_where}); skipped", article_id)
                return
            n = 2
            while f"{article_id}~{n}" in self.seen:
                n += 1
            new_id = f"{article_id}~{n}"
            self.error(
                source, line,
                f"duplicate id {article_id!r} (first at {first_where}) with a different text; kept as {new_id!r}",
                new_id, severity="warning",
            )
            article_id = new_id
        where = f"{source}:{line}" if line else source
        self.seen[article_id] = (where, digest)  # (a digest: a streamed corpus need not keep its texts)
        self.rows.append(
            {
                "article_id": article_id,
                "date": self._date(record.get("date"), source, line, article_id),
                "title": _clean_title(record.get("title")),
                "text": text,
                "source": str(record.get("source") or source),
            }
        )

    def _date(self, value, source, line, article_id):
        if value is None or (isinstance(value, float) and value != value) or value == "":
            return pd.NaT
        parsed = parse_date(str(value))
        if parsed is None:
            self.error(source, line, f"article {article_id!r}: impossible date {str(value)!r}", article_id, "warning")
            return pd.NaT
        return parsed


def parse_date(value: str) -> pd.Timestamp | None:
    """Parse an ISO ``YYYY-MM-DD`` date (a time part is ignored); None if impossible.

    >>> parse_date("2022-02-24"), parse_date("2022-02-30")
    (Timestamp('2022-02-24 00:00:00'), None)
    """
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return pd.Timestamp(Date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    except ValueError:
        return None


def _clean_title(title) -> str:
    if title is None or (isinstance(title, float) and title != title):
        return ""
    return " ".join(str(title).split())


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _decode(data: bytes, source: str, batch: _Batch) -> str | None:
    """UTF-8 (with or without BOM), else cp1252 with a warning; None for binary data."""
    if not data.strip():
        batch.error(source, None, "empty file")
        return None
    if b"\x00" in data[:65536]:
        batch.error(source, None, "binary file (NUL bytes), not text")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        batch.error(source, line, "not valid UTF-8; decoded as cp1252", severity="warning")
        return data.decode("cp1252", errors="replace")


def _read_text_file(path: str, text: str, batch: _Batch) -> None:
    stem = Path(path).stem
    lines = text.split("\n", 2)
    first = lines[0]
    m = _HEADER.match(first)
    if m and len(lines) >= 2:
        body = lines[2] if len(lines) > 2 and not lines[1].strip() else "\n".join(lines[1:])
        record = {"id": stem, "title": m.group(2), "text": body}
        parsed = parse_date(m.group(1))
        if parsed is None:
            batch.error(path, 1, f"article {stem!r}: impossible date {m.group(1)!r} in header", stem, "warning")
        else:
            record["date"] = m.group(1)
        batch.add(path, 1, record, stem)
    elif len(lines) == 3 and not lines[1].strip() and _is_headline(first):
        # "Russia Pounds Ukraine's Power Grid as Kyiv Pleads for More Air Defense", a blank line, the
        # body: a title-case first line is the title (its capitals would read as people's names)
        batch.add(path, None, {"id": stem, "title": first, "text": lines[2]}, stem)
    else:
        batch.add(path, None, {"id": stem, "text": text}, stem)


_TITLE_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")


def _is_headline(line: str) -> bool:
    """A first line of at most 25 words, without a closing full stop, most of whose long words are
    capitalised: the title of a plain-text article."""
    words = _TITLE_WORD.findall(line)
    if not words or len(line.split()) > 25 or line.rstrip().endswith((".", ",", ";", ":")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words) and len(words) >= 2


def _read_jsonl(path: str, text: str, batch: _Batch) -> None:
    stem = Path(path).stem
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            batch.error(path, lineno, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            batch.error(path, lineno, f"a JSON {type(record).__name__}, not an object with a 'text' field")
            continue
        batch.add(path, lineno, record, f"{stem}-{lineno}")


def _read_json(path: str, text: str, batch: _Batch) -> None:
    stem = Path(path).stem
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        batch.error(path, exc.lineno, f"not valid JSON ({exc.msg} at column {exc.colno})")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        batch.error(path, 1, "JSON must be an object or a list of objects")
        return
    for i, record in enumerate(data, 1):
        if not isinstance(record, dict):
            batch.error(path, None, f"record {i}: a JSON {type(record).__name__}, not an object")
            continue
        batch.add(path, None, record, f"{stem}-{i}")


def _read_csv(path: str, text: str, batch: _Batch) -> None:
    stem = Path(path).stem
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    except csv.Error as exc:
        batch.error(path, 1, f"unreadable CSV header ({exc})")
        return
    if "text" not in fields:
        batch.error(path, 1, f"CSV has no 'text' column (columns: {', '.join(fields) or 'none'})")
        return
    reader.fieldnames = fields
    start = 1
    try:
        for row in reader:
            line = start + 1
            start = reader.line_num
            if None in row:
                batch.error(path, line, "row has more fields than the header")
                continue
            if not any((v or "").strip() for v in row.values()):
                continue
            batch.add(path, line, row, f"{stem}-{line}")
    except csv.Error as exc:
        batch.error(path, reader.line_num, f"unreadable CSV ({exc})")


_READERS = {".txt": _read_text_file, ".jsonl": _read_jsonl, ".json": _read_json, ".csv": _read_csv}


def _expand(source, batch: _Batch) -> Iterator[str]:
    """Every file a source names: a file, a folder (recursive, sorted), a glob, or a list."""
    if isinstance(source, (list, tuple)):
        for item in source:
            yield from _expand(item, batch)
        return
    path = os.fspath(source)
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = os.path.join(root, name)
                if Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                    yield full
                else:
                    batch.error(full, None, "not an article file (.txt, .jsonl, .json, .csv); skipped")
        return
    if os.path.exists(path):
        yield path
        return
    if any(ch in path for ch in "*?["):
        matches = sorted(globmod.glob(path, recursive=True))
        if not matches:
            batch.error(path, None, "no file matches this pattern")
        for match in matches:
            yield from _expand(match, batch)
        return
    batch.error(path, None, "no such file or folder")


MAX_BYTES = 20 * 1024 * 1024


def read_articles(source, errors: str = "collect", max_bytes: int = MAX_BYTES) -> pd.DataFrame:
    """Read every article that ``source`` names into the articles table.

    Args:
        source: a file, a folder, a glob pattern, or a list of these.
        errors: ``"collect"`` (default) records problems in the errors table,
            available as ``errors_table(result)``; ``"raise"`` raises
            :class:`ArticleError` at the first problem.
        max_bytes: a file larger than this is not read (an error row says so): no news
            article is 20 MB, and one that size would stall a whole batch.

    Returns:
        The articles table (article_id, date, title, text, source).
    """
    if errors not in ("collect", "raise"):
        raise ValueError("errors must be 'collect' or 'raise'")
    batch = _Batch(errors)
    for _ in _read_files(source, batch, max_bytes):
        pass
    return _table(batch.rows, batch.errors)


def read_in_chunks(source, chunk: int, max_bytes: int = MAX_BYTES) -> Iterator[pd.DataFrame]:
    """:func:`read_articles`, lazily: its table in consecutive pieces of ``chunk`` articles (the last
    may be shorter; one empty piece when there is no article), reading files only as pieces are
    taken, so a corpus need not fit in memory. Errors collect as they are met: the last piece's
    ``errors_table`` holds them all."""
    batch = _Batch("collect")
    pieces = 0
    for _ in _read_files(source, batch, max_bytes):
        while len(batch.rows) > chunk:  # (a piece of exactly ``chunk`` may be the last: kept for the end)
            rows, batch.rows = batch.rows[:chunk], batch.rows[chunk:]
            pieces += 1
            yield _table(rows, list(batch.errors))
    while batch.rows or not pieces:
        rows, batch.rows = batch.rows[:chunk], batch.rows[chunk:]
        pieces += 1
        yield _table(rows, batch.errors)


def _read_files(source, batch: _Batch, max_bytes: int) -> Iterator[None]:
    """Read each file ``source`` names into ``batch``, pausing after each."""
    for path in _expand(source, batch):
        suffix = Path(path).suffix.lower()
        reader = _READERS.get(suffix, _read_text_file)
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                batch.error(path, None, f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit; skipped")
                continue
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            batch.error(path, None, f"cannot read ({exc.strerror or exc})")
            continue
        text = _decode(data, path, batch)
        if text is None:
            continue
        reader(path, _normalise_newlines(text), batch)
        yield


def articles_from_records(records: Iterable[dict[str, Any]], errors: str = "collect") -> pd.DataFrame:
    """Build the articles table from dicts with ``id``, ``date``, ``title``, ``text``."""
    if errors not in ("collect", "raise"):
        raise ValueError("errors must be 'collect' or 'raise'")
    batch = _Batch(errors)
    for i, record in enumerate(records, 1):
        if not isinstance(record, dict):
            batch.error("<records>", i, f"a {type(record).__name__}, not a dict")
            continue
        batch.add("<records>", i, record, f"record-{i}")
    return _table(batch.rows, batch.errors)


def _table(rows: list[dict[str, Any]], errors: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    frame = frame.astype({"article_id": "string", "title": "string", "text": "string", "source": "string"})
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    frame.attrs["errors"] = errors
    return frame


def errors_table(articles: pd.DataFrame) -> pd.DataFrame:
    """The problems met while reading ``articles`` (empty when there were none)."""
    rows = articles.attrs.get("errors", [])
    frame = pd.DataFrame(list(rows), columns=ERROR_COLUMNS)
    return frame.astype({"source": "string", "line": "Int64", "article_id": "string",
                         "severity": "string", "message": "string"})


def load_seed() -> pd.DataFrame:
    """The example article shipped with the package (the default corpus).

    >>> load_seed().article_id.tolist()
    ['000_d8b0215c73bd77e3']
    """
    from .lexicons import data_path

    return read_articles(str(data_path("seeds")), errors="raise")


def as_articles(articles) -> pd.DataFrame:
    """Accept the articles table, or a plain string as a one-article table."""
    if isinstance(articles, str):
        # one article, even an empty one: extractors then return no rows rather than raise
        frame = pd.DataFrame({"article_id": ["text"], "date": [pd.NaT], "title": [""],
                              "text": [_normalise_newlines(articles)], "source": ["<text>"]})
        return frame.astype({"article_id": "string", "title": "string", "text": "string", "source": "string",
                             "date": "datetime64[ns]"})
    if isinstance(articles, pd.DataFrame):
        missing = {"article_id", "text"} - set(articles.columns)
        if missing:
            raise ValueError(f"not an articles table: missing column(s) {', '.join(sorted(missing))}")
        return articles
    raise TypeError(f"expected the articles table (a DataFrame) or a string, not {type(articles).__name__}")


def article_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """One line per article without its body: date, title, words, paragraphs, source."""
    from .segmenter import split_paragraphs

    arts = as_articles(articles)
    return pd.DataFrame(
        {
            "article_id": arts["article_id"],
            "date": arts["date"] if "date" in arts else pd.NaT,
            "title": arts["title"] if "title" in arts else "",
            "words": [len(t.split()) for t in arts["text"]],
            "paragraphs": [len(split_paragraphs(t)) for t in arts["text"]],
            "source": arts["source"] if "source" in arts else "",
        }
    ).astype({"words": "int64", "paragraphs": "int64"})
