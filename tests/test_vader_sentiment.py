"""VADER's scores, faster (analysis.vader_sentiment): the same numbers as VADER."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.vader_sentiment import polarity_scores
from helpers import corpus_sentences

_VADER = SentimentIntensityAnalyzer()

# Words that drive VADER's rules: negations up to three words back ("not so very good"),
# "no" before a lexicon word, boosters in capitals, "kind of", "least"/"at least", "never so",
# "without doubt", idioms ("the bomb", "kiss of death"), "but", punctuation emphasis and emoji.
_WORDS = st.sampled_from([
    "no", "not", "never", "isn't", "nor", "or", "so", "this", "without", "doubt", "least", "at", "very",
    "VERY", "kind", "of", "sort", "kinda", "but", "BUT", "good", "GOOD", "bad", "great", "hate", "the",
    "bomb", "kiss", "death", "to", "die", "for", "yeah", "right", "extremely", "barely", "plan", "a",
    "!", "?", "??", "...", ",", ":)", ":D", "😁", "💘", "'good'", "(bad)", "ok.",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, max_size=16), st.sampled_from([" ", "  ", "\n", "\t"]))
def test_equals_vader_on_any_text(words, space):
    text = space.join(words)
    assert polarity_scores(text) == _VADER.polarity_scores(text)


def test_equals_vader_on_corpus_sentences():
    sentences = corpus_sentences(4, 1)
    assert len(sentences) > 5000
    differ = [s for s in sentences if polarity_scores(s) != _VADER.polarity_scores(s)]
    assert differ == []
