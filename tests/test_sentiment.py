"""Sentence sentiment and tone (analysis.sentiment)."""

from __future__ import annotations

import pytest
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import lexicons, sentiment

TEXTS = [
    "Russia has lost roughly 1,109,590 troops since the invasion.",
    "I’m very dissatisfied with what Russia is doing.",
    "The summit was a great success, leaders said.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scores_are_textblob_and_vader_exactly(text):
    got = sentiment.score(text)
    blob = TextBlob(text).sentiment
    assert (got["polarity"], got["subjectivity"]) == (blob.polarity, blob.subjectivity)
    assert got["compound"] == SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    assert got["tone"] in (-1, 0, 1)


def test_tone_reads_news_words_vader_misses():
    assert sentiment.score("Critics slammed the plan and accused the minister of fraud.")["tone"] == -1
    assert sentiment.score("Leaders praised the agreement and thanked the mediators.")["tone"] == 1


def test_negative_stems_lexicon_is_user_extensible():
    text = "The delegation walked out of the talks."
    before = sentiment.features(text)["neg_stems"]
    lexicons.extend("tone_negative", ["walked out"])
    try:
        assert sentiment.features(text)["neg_stems"] == before + 1
    finally:
        lexicons.reset()
    assert sentiment.features(text)["neg_stems"] == before
