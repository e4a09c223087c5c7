"""Word lists the extractors read: data files in ``analysis/data``, loaded once.

Users extend a lexicon at run time with :func:`extend` (or replace it with
:func:`replace`) instead of editing code. Files are UTF-8, one entry per line;
a line starting with ``# `` is a comment and blank lines are ignored.

>>> "Mr." in load("abbreviations_title")
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from collections.abc import Iterable

_EXTRA: dict[str, set[str]] = {}
_REPLACED: dict[str, frozenset[str]] = {}
_EXTRA_ROWS: dict[str, list[tuple[str, ...]]] = {}


def data_path(name: str):
    """Return the packaged data file ``analysis/data/<name>``."""
    return resources.files("analysis").joinpath("data", name)


@lru_cache(maxsize=None)
def _read(name: str) -> frozenset[str]:
    text = data_path(f"{name}.txt").read_text(encoding="utf-8")
    entries = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not (line == "#" or line.startswith("# ")):
            entries.add(line)
    return frozenset(entries)


@lru_cache(maxsize=None)
def load(name: str) -> frozenset[str]:
    """Return the entries of lexicon ``name`` plus whatever users added."""
    base = _REPLACED.get(name)
    if base is None:
        base = _read(name)
    return frozenset(base | _EXTRA.get(name, set()))


@lru_cache(maxsize=None)
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of the tab-separated lexicon ``name.tsv`` plus rows users added.

    >>> load_rows("currencies")[0][0]
    'USD'
    """
    text = data_path(f"{name}.tsv").read_text(encoding="utf-8")
    rows = [tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(rows + _EXTRA_ROWS.get(name, []))


def extend_rows(name: str, rows: Iterable[Iterable[str]]) -> None:
    """Add rows (same columns as the file) to the tab-separated lexicon ``name``."""
    _EXTRA_ROWS.setdefault(name, []).extend(tuple(r) for r in rows)
    _invalidate()


def extend(name: str, entries: Iterable[str]) -> None:
    """Add ``entries`` to lexicon ``name`` for the rest of the session."""
    _EXTRA.setdefault(name, set()).update(e.strip() for e in entries if e.strip())
    _invalidate()


def replace(name: str, entries: Iterable[str]) -> None:
    """Use ``entries`` instead of the packaged lexicon ``name``."""
    _REPLACED[name] = frozenset(e.strip() for e in entries if e.strip())
    _EXTRA.pop(name, None)
    _invalidate()


def reset() -> None:
    """Forget every extension and replacement (the packaged files again)."""
    _EXTRA.clear()
    _REPLACED.clear()
    _EXTRA_ROWS.clear()
    _invalidate()


_LISTENERS: list = []


def on_change(callback) -> None:
    """Call ``callback()`` whenever a lexicon changes, so modules can rebuild caches."""
    _LISTENERS.append(callback)


def _invalidate() -> None:
    load.cache_clear()
    load_rows.cache_clear()
    for callback in _LISTENERS:
        callback()
