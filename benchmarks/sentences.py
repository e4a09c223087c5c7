"""Sentence splitting and sentence tone, ours beside syntok and pySBD in one run.

    .venv/bin/python benchmarks/sentences.py

Needs ../shared/benchmarks/{sentences,sentiment}; the peers come from
requirements-bench.txt (``make bench`` installs them).
"""

from __future__ import annotations

import time

from _shared import macro_f1, read_jsonl, require_shared
from sentence_scoring import boundary_scores, clean_sentences, golden_rules, pseudo_articles

from analysis import lexicons, sentiment, split_sentences


def syntok_segmenter():
    from syntok import segmenter

    def segment(text):
        spans = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                first, last = sentence[0], sentence[-1]
                spans.append((first.offset, last.offset + len(last.value)))
        return spans

    return segment


def pysbd_segmenter():
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def segment(text):
        spans = []
        for span in seg.segment(text):
            start, end = span.start, span.end
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            spans.append((start, end))
        return spans

    return segment


def timed(segment, articles, repeats=3) -> float:
    """Seconds for the fastest of ``repeats`` passes over every pseudo-article."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text, _, _ in articles:
            segment(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    folder = require_shared("benchmarks", "sentences")
    rules = read_jsonl(folder / "golden_rules_en.jsonl")
    titles = set(lexicons.load("abbreviations_title")) | set(lexicons.load("abbreviations_numeric"))
    news = clean_sentences(read_jsonl(folder / "newsmtsc_sentences.jsonl"), titles)
    articles = pseudo_articles(news)
    unclosed = pseudo_articles(news, unclosed=True)
    n_sentences = len(news)

    segmenters = {"analysis": split_sentences}
    for name, factory in (("syntok", syntok_segmenter), ("pySBD", pysbd_segmenter)):
        try:
            segmenters[name] = factory()
        except ImportError:
            print(f"{name}: not installed (pip install -r requirements-bench.txt)")

    print(f"Golden Rules: {len(rules)} rules; news: {n_sentences} clean NewsMTSC sentences "
          f"in {len(articles)} pseudo-articles\n")
    print(f"{'segmenter':<10} {'golden':>7} {'news P':>7} {'news R':>7} {'news F1':>8} "
          f"{'unclosed R':>10} {'sent/s':>9}")
    for name, segment in segmenters.items():
        passed, failed = golden_rules(segment, rules)
        news_scores = boundary_scores(segment, articles)
        after_quote = boundary_scores(segment, unclosed)
        speed = n_sentences / timed(segment, articles, repeats=3 if name != "pySBD" else 1)
        print(f"{name:<10} {passed:>4}/{len(rules)} {news_scores['precision']:>7.4f} {news_scores['recall']:>7.4f} "
              f"{news_scores['f1']:>8.4f} {after_quote['recall']:>10.4f} {speed:>9,.0f}")
        if name == "analysis":
            print(f"{'':<10} failed rules: {', '.join(failed) or 'none'}")

    tone_benchmark()


def tone_benchmark() -> None:
    folder = require_shared("benchmarks", "sentiment")
    test = [r for r in read_jsonl(folder / "newsmtsc_rw.jsonl") if r["split"] == "test"]
    gold = [r["label"] for r in test]
    band = lambda v, b: 1 if v > b else -1 if v < -b else 0  # noqa: E731
    scores = [sentiment.score(r["text"]) for r in test]
    rows = {
        "TextBlob polarity (0 band)": [band(s["polarity"], 0.0) for s in scores],
        "VADER compound (0.05 band)": [band(s["compound"], 0.05) for s in scores],
        "analysis tone": [s["tone"] for s in scores],
    }
    print(f"\nTone on NewsMTSC rw test ({len(test)} sentence-target pairs), macro-F1:")
    for name, pred in rows.items():
        print(f"  {name:<28} {macro_f1(gold, pred):.3f}")


if __name__ == "__main__":
    main()
