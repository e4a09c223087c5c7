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
    _invalidate()


_LISTENERS: list = []


def on_change(callback) -> None:
    """Call ``callback()`` whenever a lexicon changes, so modules can rebuild caches."""
    _LISTENERS.append(callback)


def _invalidate() -> None:
    load.cache_clear()
    for callback in _LISTENERS:
        callback()
