"""Sentence sentiment: TextBlob polarity/subjectivity, VADER compound and a 3-class tone.

TextBlob and VADER are general-purpose lexicons; news tone turns on words like
"slammed" or "praised" that they half-know. The ``tone`` combines both scores
with news stems (``tone_negative.txt``, ``tone_positive.txt``) and a small
bag of words in a multinomial logistic model (``tone_model.json``), trained
on the NewsMTSC dev splits only by ``benchmarks/train_tone.py``.

>>> s = score("Critics slammed the senator's disastrous plan.")
>>> s["tone"], s["compound"] < 0
(-1, True)
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from itertools import chain
from typing import Any, Iterable


from . import lexicons, textblob_sentiment, vader_sentiment

_WORD = re.compile(r"[a-z']+")
FEATURES = ["polarity", "subjectivity", "compound", "pos", "neg", "neu", "neg_stems", "pos_stems", "log_words"]


@lru_cache(maxsize=None)
def _stems(name: str) -> lexicons.PhraseFinder:
    stems = sorted(lexicons.load(name), key=len, reverse=True)
    return lexicons.PhraseFinder(stem + "*" for stem in stems)


lexicons.on_change(_stems.cache_clear)


@lru_cache(maxsize=1)
def _model() -> dict[str, Any]:
    raw = json.loads(lexicons.data_path("tone_model.json").read_text(encoding="utf-8"))
    # Plain floats: a sentence's 9 features and 3 classes are cheaper in Python than in numpy calls.
    return {
        # (mean, (weight of each class)) per feature, in FEATURES order, each weight over the feature's scale
        "rows": tuple((float(mean), tuple(float(w) / float(scale) for w in row))
                      for mean, scale, row in zip(raw["mean"], raw["scale"], raw["weights"])),
        "bias": [float(v) for v in raw["bias"]],
        "vocab": {w: tuple(float(x) for x in v) for w, v in raw["vocab"].items()},
    }


def _chunk(chunk: str) -> tuple:
    """One whitespace-free chunk's reading by TextBlob (4 fields) and by VADER (6 fields), its negative
    and positive stem counts and its words in the model's vocabulary, in one flat tuple."""
    vocab = _model()["vocab"]
    if chunk.isascii() and chunk.isalpha():  # a plain word: its own only word, in either reading
        found, low = [chunk], chunk.lower()
        in_vocab: tuple[str, ...] = (low,) if low in vocab else ()
    else:
        found = lexicons.words_of(chunk)
        in_vocab = tuple(w for w in _WORD.findall(chunk.lower()) if w in vocab)
    return (*textblob_sentiment.chunk_readings.reading(chunk), *vader_sentiment.read_chunk(chunk),
            _stems("tone_negative").count(chunk, found), _stems("tone_positive").count(chunk, found), in_vocab)


_chunks = lexicons.ChunkReadings(_chunk)  # _chunk of each chunk of a text
lexicons.on_change(_chunks.clear)  # (the stem lexicons may change)


def _read(text: str) -> tuple[tuple[float, ...], dict[str, None]]:
    """:func:`features` (their values in ``FEATURES`` order) and the sentence's words in the model's
    vocabulary (each once, in text order: the same sum whatever the hash seed), from one pass over its
    chunks.

    TextBlob's tokens, VADER's words, stem counts and vocabulary words never cross whitespace, so
    each chunk is read once per process and the sentence's scores are built from those readings (a
    stem lexicon with a multi-word entry is counted over the whole text).
    """
    entries = _chunks(text)
    columns = tuple(zip(*entries)) if entries else ((),) * 13  # (one transposition for both readers)
    polarity, subjectivity = textblob_sentiment.polarity_of_columns(text, columns[:4])
    vader = vader_sentiment.scores_of_columns(text, columns[4:10])
    negs, poss, vocab = columns[10:]
    neg, pos = sum(negs), sum(poss)
    vocab_words = dict.fromkeys(chain.from_iterable(vocab))
    negative, positive = _stems("tone_negative"), _stems("tone_positive")
    if not (negative.one_word and positive.one_word):
        found = lexicons.words_of(text)
        neg, pos = negative.count(text, found), positive.count(text, found)
    values = (float(polarity), float(subjectivity), vader["compound"], vader["pos"], vader["neg"], vader["neu"],
              float(neg), float(pos), math.log1p(len(entries)))
    return values, vocab_words


def features(text: str) -> dict[str, float]:
    """The scores and counts the tone model reads, by name (see ``FEATURES``)."""
    return dict(zip(FEATURES, _read(text)[0]))


def words(text: str) -> set[str]:
    """The lower-case word set the tone model's bag of words reads."""
    return set(_WORD.findall(text.lower()))


def _tone(values: tuple[float, ...], vocab_words: Iterable[str]) -> int:
    """-1, 0 or +1 from the :func:`features` values and the sentence's words in the model's vocabulary."""
    model = _model()
    a, b, c = model["bias"]
    for f, (mean, (wa, wb, wc)) in zip(values, model["rows"]):
        f -= mean
        a += f * wa
        b += f * wb
        c += f * wc
    vocab = model["vocab"]
    for w in vocab_words:
        va, vb, vc = vocab[w]
        a += va
        b += vb
        c += vc
    return (-1 if a >= c else 1) if a >= b else (0 if b >= c else 1)


def score(text: str) -> dict[str, float | int]:
    """polarity, subjectivity (TextBlob), compound (VADER) and tone for one text."""
    values, vocab_words = _read(text)
    return {"polarity": values[0], "subjectivity": values[1], "compound": values[2], "tone": _tone(values, vocab_words)}
