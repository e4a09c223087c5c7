"""Sentence sentiment and tone (analysis.sentiment)."""

from __future__ import annotations

import pytest
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import lexicons, sentiment
from helpers import corpus_sentences

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


def test_chunk_by_chunk_reading_equals_whole_text_counts():
    """Stem counts and model words are summed per whitespace chunk (cached); they must equal a whole-text read."""
    texts = corpus_sentences(10, 3) + ["Don't—they slammed ‘talks’", "rejected,rejected…praised", "  \n\t "]
    negative, positive = sentiment._stems("tone_negative"), sentiment._stems("tone_positive")
    vocab = sentiment._model()["vocab"]
    for text in texts:
        values, vocab_words = sentiment._read(text)
        feats = dict(zip(sentiment.FEATURES, values))
        found = lexicons.words_of(text)
        assert (feats["neg_stems"], feats["pos_stems"]) == (negative.count(text, found), positive.count(text, found)), text
        assert set(vocab_words) == {w for w in sentiment.words(text) if w in vocab}, text
