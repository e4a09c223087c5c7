"""Helpers for the benchmarks: where ../shared is, and macro-F1."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def require_shared(*parts: str) -> Path:
    """The path under ../shared, or exit with a clear reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        sys.exit(f"skipped: {path} is absent (the benchmark data lives in ../shared beside the project)")
    return path


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def macro_f1(gold: list[int], pred: list[int], classes=(-1, 0, 1)) -> float:
    scores = []
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)
