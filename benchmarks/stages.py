"""Where one process spends its time per article, stage by stage, on the 1,247-article corpus.

    .venv/bin/python benchmarks/stages.py

Prints milliseconds per article for each stage of ``analysis.pipeline.extract_article``
(sentence split, sentence rows with sentiment, figures, people/actor registry, quotes,
actor mentions, stances), then TextBlob's and VADER's own scoring beside the equivalent
fast paths the sentences table uses (``analysis.textblob_sentiment``,
``analysis.vader_sentiment``) on every sentence of the corpus. Lexicons are loaded before
timing, so one-time loads do not count.
"""

from __future__ import annotations

import time

import pandas as pd

from _shared import read_jsonl, require_shared

from analysis.actors import actor_rows
from analysis.figures import figure_rows
from analysis.quotes import extract as quote_rows
from analysis.resolver import build_registry
from analysis.segmenter import split_sentences
from analysis.sentences import sentence_rows
from analysis.stances import stance_rows
from analysis.textblob_sentiment import polarity_subjectivity
from analysis.vader_sentiment import polarity_scores


def main() -> None:
    records = read_jsonl(require_shared("corpus", "ru_ua_presidential_releases", "articles.jsonl"))
    articles = [(str(i), r["text"], pd.Timestamp(r["date"]), r.get("title") or "") for i, r in enumerate(records)]
    warm = "Kyiv said on 3 May that Russia fired 12 missiles. “We will win,” Zelensky said."
    sentence_rows("warm", warm)
    stance_rows("warm", warm, None, split_sentences(warm), build_registry(warm), [], [])

    spent = dict.fromkeys(["split", "sentences", "figures", "registry", "quotes", "actors", "stances"], 0.0)
    for article_id, text, published, title in articles:
        clock = time.perf_counter()
        spans = split_sentences(text)
        spent["split"] += time.perf_counter() - clock
        clock = time.perf_counter()
        sentence_rows(article_id, text, spans=spans)
        spent["sentences"] += time.perf_counter() - clock
        clock = time.perf_counter()
        figures = figure_rows(article_id, text, published, spans)
        spent["figures"] += time.perf_counter() - clock
        clock = time.perf_counter()
        registry = build_registry(text, spans)
        spent["registry"] += time.perf_counter() - clock
        clock = time.perf_counter()
        quotes = quote_rows(text, registry, title, spans)
        spent["quotes"] += time.perf_counter() - clock
        clock = time.perf_counter()
        actor_rows(article_id, text, registry)
        spent["actors"] += time.perf_counter() - clock
        clock = time.perf_counter()
        stance_rows(article_id, text, published, spans, registry, quotes, figures)
        spent["stances"] += time.perf_counter() - clock
    n = len(articles)
    print(f"corpus: {n} articles, one process, ms per article")
    for stage, seconds in spent.items():
        print(f"  {stage:10s} {seconds / n * 1000:6.2f}")
    total = sum(spent.values())
    print(f"  {'total':10s} {total / n * 1000:6.2f}   ({n / total:.1f} articles/s)")

    from textblob.en import sentiment as textblob_sentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    sentences = [text[s:e] for _, text, _, _ in articles for s, e in split_sentences(text)]
    print(f"\nsentiment on all {len(sentences)} sentences, ms per article")
    for name, score in [("TextBlob", textblob_sentiment), ("analysis.textblob_sentiment", polarity_subjectivity),
                        ("VADER", vader.polarity_scores), ("analysis.vader_sentiment", polarity_scores)]:
        clock = time.perf_counter()
        for sentence in sentences:
            score(sentence)
        print(f"  {name:28s} {(time.perf_counter() - clock) / n * 1000:6.2f}")


if __name__ == "__main__":
    main()
