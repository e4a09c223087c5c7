"""TextBlob's sentiment, faster (analysis.textblob_sentiment): the same numbers as TextBlob."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from textblob.en import sentiment as textblob_sentiment

from analysis.textblob_sentiment import polarity_subjectivity
from helpers import corpus_sentences

# Pieces that drive every branch of Pattern's tokenizer and lexicon walk: negations and modifiers
# ("not really good"), contractions, quotes, abbreviations, ellipses, "!", the sarcasm mark,
# emoticons (some only once their spaces are closed: ": )"), blank lines and the tokenizer's
# own end-of-sentence marker.
_PIECES = st.sampled_from([
    "not ", "no ", "never ", "n't ", "very ", "really ", "terribly ", "good", "bad", "happy", "great ",
    "a ", "is ", "the ", "plan", " ", "  ", "\n", "\n\n", "\r\n", ".", ",", "!", "?", "...", "'", '"', "“", "”",
    "‘", "’", "'s ", "don't ", "U.S. ", "e.g. ", "Mr. ", "(!)", "( ! )", ":)", ": )", ":-(", "XD", "x D", "<3",
    "8)", "o.O", "END-OF-SENTENCE", "(", ")", "-", "*", "°", "ly ", "GOOD ", "Ok",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_equals_textblob_on_any_text(pieces):
    text = "".join(pieces)
    assert polarity_subjectivity(text) == tuple(textblob_sentiment(text))


def test_equals_textblob_on_corpus_sentences():
    sentences = corpus_sentences(4, 0)  # every fourth article: a few thousand sentences
    assert len(sentences) > 5000
    differ = [s for s in sentences if polarity_subjectivity(s) != tuple(textblob_sentiment(s))]
    assert differ == []


def test_scoring_does_not_import_textblob():
    # textblob's package imports nltk and scipy (about 0.9 s per process); the lexicon and, for the rare
    # paths (a blank line, an emoticon, "(!)"), Pattern's tokenizer are read from its files
    code = ("import sys, analysis; analysis.sentences('Not a very good plan. It is really bad!'); "
            "from analysis.textblob_sentiment import polarity_subjectivity as ps; ps('Good :) news.\\n\\nBad (!)'); "
            "print(sorted(m for m in ('textblob', 'nltk', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
