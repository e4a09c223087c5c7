"""Deterministic accuracy floors on the public benchmark sets (skipped without ../shared)."""

from __future__ import annotations

import json

from _shared import macro_f1
from sentence_scoring import boundary_scores, clean_sentences, golden_rules, pseudo_articles

from analysis import lexicons, sentiment, split_sentences
from helpers import shared


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _news():
    titles = set(lexicons.load("abbreviations_title")) | set(lexicons.load("abbreviations_numeric"))
    return clean_sentences(_jsonl(shared("benchmarks", "sentences", "newsmtsc_sentences.jsonl")), titles)


def test_golden_rules_at_least_46_of_52():
    passed, failed = golden_rules(split_sentences, _jsonl(shared("benchmarks", "sentences", "golden_rules_en.jsonl")))
    assert passed >= 46, failed


def test_news_boundary_f1_at_least_0995():
    assert boundary_scores(split_sentences, pseudo_articles(_news()))["f1"] >= 0.995


def test_recall_after_an_unclosed_quote_at_least_099():
    assert boundary_scores(split_sentences, pseudo_articles(_news(), unclosed=True))["recall"] >= 0.99


def test_tone_macro_f1_on_newsmtsc_rw_test_at_least_055():
    test = [r for r in _jsonl(shared("benchmarks", "sentiment", "newsmtsc_rw.jsonl")) if r["split"] == "test"]
    pred = [sentiment.score(r["text"])["tone"] for r in test]
    assert macro_f1([r["label"] for r in test], pred) >= 0.55


def _figure_set(name):
    from figure_scoring import score_set

    from analysis.figures import extract

    return score_set(_jsonl(shared("benchmarks", "figures", name)), extract, spans=name != "newsquant_en.jsonl",
                     drop_kinds=("date",))


def test_newsquant_value_f1_unit_and_qualifier_floors():
    s = _figure_set("newsquant_en.jsonl")
    assert s["f1"] >= 0.92
    assert s["unit_accuracy"] >= 0.85
    assert s["qualifier_accuracy"] >= 0.85
    assert s["qualifier_accuracy_marked"] >= 0.80


def test_recognizers_text_value_recall_at_least_090():
    names = ["number", "percent", "dimension", "currency", "numberrange"]
    scores = [_figure_set(f"recognizers_en_{n}.jsonl") for n in names]
    assert sum(s["found"] for s in scores) / sum(s["gold"] for s in scores) >= 0.90


def test_quote_speakers_on_polnear_dev():
    """Speaker mentions and resolved names on PolNeAR dev (tuning split; test is kept for the benchmark)."""
    from quote_scoring import score

    from analysis.quotes import extract

    result = score(_jsonl(shared("benchmarks", "quotes", "polnear_dev.jsonl")), extract)
    assert result["f1_partial_rule"] >= 0.87
    assert result["mention_accuracy"] >= 0.97
    assert result["named_accuracy"] >= 0.95
    assert result["indirect_precision"] >= 0.80  # reported clauses found are attributions
