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
from typing import Any


from . import lexicons
from .textblob_sentiment import polarity_subjectivity
from .vader_sentiment import polarity_scores

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
        "mean": [float(v) for v in raw["mean"]],
        "scale": [float(v) for v in raw["scale"]],
        "weights": [[float(v) for v in row] for row in raw["weights"]],
        "bias": [float(v) for v in raw["bias"]],
        "vocab": {w: tuple(float(x) for x in v) for w, v in raw["vocab"].items()},
    }


def features(text: str) -> dict[str, float]:
    """The scores and counts the tone model reads, by name (see ``FEATURES``)."""
    polarity, subjectivity = polarity_subjectivity(text)
    vader = polarity_scores(text)
    found = lexicons.words_of(text)
    return {
        "polarity": float(polarity),
        "subjectivity": float(subjectivity),
        "compound": vader["compound"],
        "pos": vader["pos"],
        "neg": vader["neg"],
        "neu": vader["neu"],
        "neg_stems": float(_stems("tone_negative").count(text, found)),
        "pos_stems": float(_stems("tone_positive").count(text, found)),
        "log_words": math.log1p(len(text.split())),
    }


def words(text: str) -> set[str]:
    """The lower-case word set the tone model's bag of words reads."""
    return set(_WORD.findall(text.lower()))


def tone_of(feats: dict[str, float], text: str) -> int:
    """-1, 0 or +1 from :func:`features` and the sentence's words."""
    model = _model()
    x = [(feats[f] - mean) / scale for f, mean, scale in zip(FEATURES, model["mean"], model["scale"])]
    a = b = c = 0.0
    for xi, (wa, wb, wc) in zip(x, model["weights"]):
        a += xi * wa
        b += xi * wb
        c += xi * wc
    ba, bb, bc = model["bias"]
    a, b, c = a + ba, b + bb, c + bc
    vocab = model["vocab"]
    for w in sorted([w for w in words(text) if w in vocab]):  # sorted: the same sum whatever the hash seed
        va, vb, vc = vocab[w]
        a += va
        b += vb
        c += vc
    logits = [a, b, c]
    return logits.index(max(logits)) - 1


def score(text: str) -> dict[str, float | int]:
    """polarity, subjectivity (TextBlob), compound (VADER) and tone for one text."""
    feats = features(text)
    return {
        "polarity": feats["polarity"],
        "subjectivity": feats["subjectivity"],
        "compound": feats["compound"],
        "tone": tone_of(feats, text),
    }
