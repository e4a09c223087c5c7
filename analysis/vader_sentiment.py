"""VADER's polarity scores, the same numbers in a fraction of the time.

``SentimentIntensityAnalyzer.polarity_scores`` walks every word through its
full rule set and lower-cases the whole sentence again for each negation
check (quadratic in the sentence). Here each whitespace-separated chunk is read
once per process (cached), a sentence without a lexicon word is neutral at once,
words outside VADER's lexicon score 0 at once, and the rules for lexicon words are
VADER's rules, in its order, on that one lower-cased list (a lexicon word with no
rule word in the three words before it scores at once); the "but" rule is VADER's
own, the final scoring VADER's ``score_valence`` arithmetic in its order. Texts
with an emoji go to VADER itself. ``tests/test_vader_sentiment.py`` checks
equality with VADER on real sentences and random text.

>>> from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
>>> text = "The plan is not very good, but it kind of works!"
>>> polarity_scores(text) == SentimentIntensityAnalyzer().polarity_scores(text)
True
"""

from __future__ import annotations

import math
import string
from itertools import compress
from functools import lru_cache

from . import lexicons


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment import vaderSentiment

    analyzer = vaderSentiment.SentimentIntensityAnalyzer()
    emoji_chars = frozenset(key for key in analyzer.emojis if len(key) == 1)
    # the first words of the idioms and phrase boosters: every phrase the idiom rule looks up starts at
    # one of the three words before a lexicon word or at the word itself
    idiom_starts = frozenset(key.split()[0] for key in (*vaderSentiment.SPECIAL_CASES, *vaderSentiment.BOOSTER_DICT)
                             if " " in key)
    negate = frozenset(vaderSentiment.NEGATE)
    # every word a rule for a lexicon word looks at: boosters, negations ("n't" too, see read_chunk),
    # "no", "or"/"nor", "never so/this", "without doubt", "least" and the idioms' first words
    triggers = frozenset(vaderSentiment.BOOSTER_DICT) | negate | idiom_starts | frozenset(
        "no or nor never so this without doubt least".split())
    return vaderSentiment, analyzer, emoji_chars, negate, idiom_starts, triggers


_NEUTRAL = {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}  # VADER's scores when no word scores


def read_chunk(chunk: str) -> tuple[str, str, bool, bool, bool, bool]:
    """VADER's word for one whitespace-free chunk (punctuation stripped unless that leaves <= 2
    characters), lower-cased, whether it may score (a lexicon word that is no booster), whether it
    holds an emoji, whether the word is in capitals and whether a rule for a lexicon word near it
    looks at it (a booster, a negation, an idiom's first word …)."""
    vader, analyzer, emoji_chars, _, _, triggers = _vader()
    stripped = chunk.strip(string.punctuation)
    word = chunk if len(stripped) <= 2 else stripped
    low = word.lower()
    return (word, low, low in analyzer.lexicon and low not in vader.BOOSTER_DICT, not emoji_chars.isdisjoint(chunk),
            word.isupper(), low in triggers or "n't" in low)


_chunks = lexicons.ChunkReadings(read_chunk)  # read_chunk of each chunk of a text


def polarity_scores(text: str) -> dict[str, float]:
    """``SentimentIntensityAnalyzer().polarity_scores(text)``: neg, neu, pos and compound."""
    entries = _chunks(text)
    return scores_of_columns(text, tuple(zip(*entries)) if entries else ((),) * 6)


def scores_of_columns(text: str, columns) -> dict[str, float]:
    """:func:`polarity_scores` from the :func:`read_chunk` of each of ``text``'s chunks, field by field
    (the words of every chunk, their lower-cased forms, …)."""
    vader, analyzer, _, negate, idiom_starts, _ = _vader()
    words, low, scores, emoji, capitals, triggers = columns
    if not words:
        return analyzer.score_valence([], text)
    if any(emoji):
        return analyzer.polarity_scores(text)
    if not any(scores):
        return dict(_NEUTRAL)
    lexicon = analyzer.lexicon
    cap_diff = 0 < len(words) - sum(capitals) < len(words)  # VADER's allcap_differential
    last = len(words) - 1
    sentiments: list[float] = [0] * len(words)  # (0 for a word that cannot score, as VADER appends)
    scoring = list(compress(range(len(words)), scores))
    for i in scoring:
        if not (i < last and low[i] == "kind" and low[i + 1] == "of"):
            if not (cap_diff and capitals[i]) and not any(triggers[max(0, i - 3) : i + 1]):
                sentiments[i] = lexicon[low[i]]  # no rule applies (each would add 0.0 or leave it)
            else:
                sentiments[i] = _valence(vader, lexicon, negate, idiom_starts, words, low, i, cap_diff)
    if "but" in low:
        sentiments = analyzer._but_check(words, sentiments)
    return _scores([sentiments[i] for i in scoring], len(words), text)


def _scores(values: list[float], n: int, text: str) -> dict[str, float]:
    """VADER's ``score_valence`` for a sentence of ``n`` words whose lexicon words scored ``values``
    (every other word scores 0): the same sums in the same order, without its per-call method lookups
    or a walk over the zeros."""
    ep = min(text.count("!"), 4) * 0.292  # (strip() leaves every "!" and "?", so the text is counted as is)
    qm = text.count("?")
    emphasis = ep + (0 if qm <= 1 else qm * 0.18 if qm <= 3 else 0.96)
    sum_s = float(sum(values))  # (VADER's sum adds the zeros too: the same float)
    if sum_s > 0:
        sum_s += emphasis
    elif sum_s < 0:
        sum_s -= emphasis
    compound = max(-1.0, min(1.0, sum_s / math.sqrt(sum_s * sum_s + 15)))
    pos_sum = neg_sum = 0.0
    neu_count = n - len(values)
    for s in values:
        if s > 0:
            pos_sum += float(s) + 1  # (VADER's neutral-word compensation)
        elif s < 0:
            neg_sum += float(s) - 1
        else:
            neu_count += 1
    if pos_sum > -neg_sum:
        pos_sum += emphasis
    elif pos_sum < -neg_sum:
        neg_sum -= emphasis
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {"neg": round(math.fabs(neg_sum / total), 3), "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3), "compound": round(compound, 4)}


def _valence(vader, lexicon, negate, idiom_starts, words: list[str], low: list[str], i: int, cap_diff: bool) -> float:
    """VADER's ``sentiment_valence`` for the lexicon word at ``i`` (its negation, booster and idiom rules)."""
    item = low[i]
    valence = lexicon[item]
    if item == "no" and i != len(low) - 1 and low[i + 1] in lexicon:
        valence = 0.0
    if (i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no") \
            or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor")):
        valence = lexicon[item] * vader.N_SCALAR
    if words[i].isupper() and cap_diff:
        valence = valence + vader.C_INCR if valence > 0 else valence - vader.C_INCR
    for start_i in range(0, 3):
        before = low[i - (start_i + 1)] if i > start_i else None
        if before is None or before in lexicon:
            continue
        s = vader.scalar_inc_dec(words[i - (start_i + 1)], valence, cap_diff) if before in vader.BOOSTER_DICT else 0.0
        if start_i == 1 and s != 0:
            s = s * 0.95
        if start_i == 2 and s != 0:
            s = s * 0.9
        valence = valence + s
        valence = _negation(vader, negate, valence, low, start_i, i)
        if start_i == 2 and not idiom_starts.isdisjoint(low[i - 3 : i + 1]):
            valence = _idioms(vader, valence, low, i)
    if i > 1 and low[i - 1] not in lexicon and low[i - 1] == "least":
        if low[i - 2] != "at" and low[i - 2] != "very":
            valence = valence * vader.N_SCALAR
    elif i > 0 and low[i - 1] not in lexicon and low[i - 1] == "least":
        valence = valence * vader.N_SCALAR
    return valence


def _negated(negate, word: str) -> bool:
    return word in negate or "n't" in word


def _negation(vader, negate, valence: float, low: list[str], start_i: int, i: int) -> float:
    """VADER's ``_negation_check``."""
    if start_i == 0:
        if _negated(negate, low[i - 1]):
            valence = valence * vader.N_SCALAR
    if start_i == 1:
        if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
            valence = valence * 1.25
        elif low[i - 2] == "without" and low[i - 1] == "doubt":
            pass
        elif _negated(negate, low[i - 2]):
            valence = valence * vader.N_SCALAR
    if start_i == 2:
        if low[i - 3] == "never" and (low[i - 2] == "so" or low[i - 2] == "this") or \
                (low[i - 1] == "so" or low[i - 1] == "this"):
            valence = valence * 1.25
        elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
            pass
        elif _negated(negate, low[i - 3]):
            valence = valence * vader.N_SCALAR
    return valence


def _idioms(vader, valence: float, low: list[str], i: int) -> float:
    """VADER's ``_special_idioms_check`` (called with i >= 3)."""
    special = vader.SPECIAL_CASES
    onezero = f"{low[i - 1]} {low[i]}"
    twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
    twoone = f"{low[i - 2]} {low[i - 1]}"
    threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
    threetwo = f"{low[i - 3]} {low[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(low) - 1 > i:
        zeroone = f"{low[i]} {low[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if len(low) - 1 > i + 1:
        zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in vader.BOOSTER_DICT:
            valence = valence + vader.BOOSTER_DICT[n_gram]
    return valence
