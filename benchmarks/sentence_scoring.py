"""Sentence-boundary scoring shared by benchmarks/sentences.py and the tests.

A segmenter is any function ``text -> list[(start, end)]``.

* Golden Rules: the list of sentences must match exactly after ``strip()`` and
  collapsing inner whitespace.
* News boundary F1: NewsMTSC's sentences (the "clean" view: one line, balanced
  quotation marks, ending in . ! or ? with optional closing marks, starting with
  a capital, digit or quote, and not ending in a title abbreviation, which are
  upstream mis-splits) joined with single spaces into pseudo-articles of
  ``GROUP`` consecutive sentences; a boundary is the end offset of a sentence.
* Unclosed quote: the same pseudo-articles with an opening “ put before the
  second sentence and never closed; recall of the gold boundaries after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Segmenter = Callable[[str], list[tuple[int, int]]]
GROUP = 20
_WS = re.compile(r"\s+")
_ENDS = re.compile(r"[.!?][\"”’')]*$")


def _norm(s: str) -> str:
    return _WS.sub(" ", s.strip())


def golden_rules(segment: Segmenter, rules: list[dict]) -> tuple[int, list[str]]:
    """How many rules pass, and the ids of those that fail."""
    failed = []
    for rule in rules:
        got = [_norm(rule["text"][s:e]) for s, e in segment(rule["text"])]
        got = [g for g in got if g]
        if got != [_norm(x) for x in rule["sentences"]]:
            failed.append(rule["id"])
    return len(rules) - len(failed), failed


def clean_sentences(records: list[dict], titles: set[str]) -> list[str]:
    """The clean view of NewsMTSC's sentences (see the module docstring)."""
    out = []
    for record in records:
        t = record["text"].strip()
        if not t or "\n" in t:
            continue
        if t.count("“") != t.count("”") or t.count('"') % 2:
            continue
        if t.split()[-1].rsplit("-", 1)[-1] in titles:
            continue
        if not _ENDS.search(t) or not (t[0].isupper() or t[0].isdigit() or t[0] in "\"“‘'"):
            continue
        out.append(t)
    return out


def pseudo_articles(sentences: list[str], unclosed: bool = False) -> list[tuple[str, set[int], int]]:
    """(text, gold boundary offsets, offset from which recall is measured)."""
    out = []
    for i in range(0, len(sentences), GROUP):
        group = sentences[i : i + GROUP]
        if unclosed and len(group) > 1:
            group = [group[0], "“" + group[1]] + group[2:]
        gold, pos = set(), 0
        for s in group:
            pos += len(s)
            gold.add(pos)
            pos += 1
        after = len(group[0]) + 1 if unclosed else 0
        out.append((" ".join(group), gold, after))
    return out


def boundary_scores(segment: Segmenter, articles: list[tuple[str, set[int], int]]) -> dict[str, float]:
    """Precision, recall and F1 of sentence ends; recall counts only ends past ``after``."""
    tp = fp = fn = 0
    for text, gold, after in articles:
        pred = {e for _, e in segment(text) if e > after}
        gold = {g for g in gold if g > after}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
