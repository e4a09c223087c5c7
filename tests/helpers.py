"""Paths and skips shared by the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
SEED_ID = "000_d8b0215c73bd77e3"


def corpus_sentences(every: int, offset: int) -> list[str]:
    """The sentences of every ``every``-th release of the shared corpus, starting at ``offset``
    (skipped with the reason when the corpus is absent)."""
    from analysis.segmenter import split_sentences

    path = shared("corpus", "ru_ua_presidential_releases", "articles.jsonl")
    sentences = []
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n % every == offset:
                text = json.loads(line)["text"]
                sentences.extend(text[s:e] for s, e in split_sentences(text))
    return sentences


def shared(*parts: str) -> Path:
    """A path under ../shared; the test is skipped with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the benchmark data beside the project); absent here")
    return path


class CountingText(str):
    """Text that counts the characters sliced out of it (``CountingText.sliced``): a linearity
    test by counting, not timing. Reset ``sliced`` to 0 before use."""

    sliced = 0

    def __getitem__(self, key):
        out = super().__getitem__(key)
        if isinstance(key, slice):
            CountingText.sliced += len(out)
        return out


class CountingList(list):
    """A list that counts its item reads (``CountingList.reads``): for a walk over a registry's
    mentions. Reset ``reads`` to 0 before use."""

    reads = 0

    def __getitem__(self, key):
        CountingList.reads += 1
        return super().__getitem__(key)


def count_lines(func, *args) -> int:
    """How many lines of the package's own code ``func(*args)`` runs: a measure of work by counting,
    not timing (a loop over every earlier name for each name shows as a square)."""
    import sys

    import analysis

    package = str(Path(analysis.__file__).resolve().parent)
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if not frame.f_code.co_filename.startswith(package):
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        func(*args)
    finally:
        sys.settrace(None)
    return count
