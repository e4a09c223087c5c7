"""The data behind each chart (analysis.views): nbval does not compare images, so these do."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

import analysis  # noqa: E402
from analysis import plots, views  # noqa: E402


def test_sentiment_views(seed):
    sentences = analysis.sentences(seed)
    top, bottom = views.sentiment_extremes(sentences, n=2)
    assert top["compound"].is_monotonic_decreasing and bottom["compound"].is_monotonic_increasing
    assert top["compound"].iloc[0] == sentences["compound"].max()
    assert bottom["compound"].iloc[0] == sentences["compound"].min()
    by_date = views.sentiment_by_date(sentences, seed)
    assert by_date[["date", "articles", "sentences"]].values.tolist() == [[pd.Timestamp("2025-09-28"), 1, 23]]
    assert abs(by_date["compound"].iloc[0] - sentences["compound"].mean()) < 1e-12


def test_quote_views(seed):
    quotes = analysis.quotes(seed)
    speakers = views.speaker_counts(quotes)
    kellogg = speakers.set_index("speaker").loc["Keith Kellogg"]
    assert (kellogg["direct"], kellogg["partial"], kellogg["indirect"]) == (2, 1, 5)
    # the five reports of Kellogg and one sourced "According to the latest Ukrainian General Staff assessment"
    assert views.kind_counts(quotes).set_index("kind")["quotes"].to_dict() == {
        "direct": 4, "partial": 2, "indirect": 6, "scare": 0}
    assert views.cue_counts(quotes).iloc[0].tolist() == ["said", 2]
    by_speaker = views.quote_sentiment_by_speaker(quotes)
    assert by_speaker["speaker"].tolist() == ["Keith Kellogg", "Donald Trump", "Ukrainian General Staff"]


def test_figure_views(seed):
    figures = analysis.figures(seed)
    losses = views.loss_counts(figures, analysis.quotes(seed), seed)
    assert losses[["value", "unit", "stated_by"]].values.tolist() == [[1109590.0, "troops", "Ukrainian General Staff"]]
    # "since the February 24, 2022 invasion" is a start: the count is as of the article's date
    assert losses["refers_to"].tolist() == [pd.Timestamp("2025-09-28")]
    assert views.distances(figures)["km"].tolist() == [2500.0]
    events = views.event_timeline(figures)
    assert events["date"].is_monotonic_increasing and len(events) == 5
    assert events.set_index("surface").loc["August 22", "about"].startswith("Trump’s letter")


def test_every_chart_draws_its_data_and_titles_itself(seed):
    sentences, figures, quotes = analysis.sentences(seed), analysis.figures(seed), analysis.quotes(seed)
    summary = analysis.article_summary(seed)
    charts = [
        plots.sentiment_arc(sentences), plots.sentiment_over_time(views.sentiment_by_date(sentences, seed)),
        plots.speaker_sentiment(views.quote_sentiment_by_speaker(quotes)),
        plots.loss_counts(views.loss_counts(figures, quotes, seed)), plots.distances(views.distances(figures)),
        plots.event_timeline(views.event_timeline(figures)), plots.articles_per_date(summary),
        plots.article_lengths(summary), plots.counts(views.cue_counts(quotes), "cue", "quotes", "Cues", "quotes"),
    ]
    for ax in charts:
        assert ax.get_title() and ax.get_xlabel()
        assert ax.lines or ax.patches or ax.collections
    empty = plots.distances(views.distances(figures.iloc[0:0]))
    assert "No distances" in empty.texts[0].get_text()
