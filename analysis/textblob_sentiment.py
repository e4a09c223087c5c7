"""TextBlob's sentiment (polarity, subjectivity), the same numbers in a fraction of the time.

``TextBlob(text).sentiment`` runs Pattern's tokenizer and lexicon walk; the walk
goes through a lazily loaded dict whose every ``in`` is a Python call, and the
tokenizer splits every word again for every sentence. Here the lexicon is a
plain dict read once from TextBlob's own data, each whitespace-separated chunk
is split into tokens once per process (cached), and the walk is the same state
machine with the same arithmetic. Texts that hit the tokenizer's rarer paths
(a blank line, an emoticon or the sarcasm mark "(!)") go to Pattern's own
tokenizer and walk, built as TextBlob builds them.
``tests/test_textblob_sentiment.py`` checks equality with TextBlob on real
sentences and random text.

>>> from textblob import TextBlob
>>> text = "Not a very good plan, they say. It's really bad!"
>>> polarity_subjectivity(text) == tuple(TextBlob(text).sentiment)
True
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from . import lexicons

_REPLACE = ("'d", "'m", "'s", "'ll", "'re", "'ve", "n't")  # TextBlob's contractions, in its order
_QUOTES = ("“", "”", "‘", "’", "'", '"')
_QUOTE_SET = frozenset(_QUOTES)
_NEGATIONS = ("no", "not", "n't", "never")
_EOS = "END-OF-SENTENCE"


@lru_cache(maxsize=1)
def _textblob():
    """Pattern's text module and TextBlob's English sentiment analyser, built from TextBlob's own files
    as ``textblob.en`` builds them, without importing the ``textblob`` package (its ``__init__``
    imports nltk and scipy: about 0.9 s per process, for a lexicon read in 0.02 s). ``_text.py``
    needs only the standard library."""
    folder = Path(importlib.util.find_spec("textblob").submodule_search_locations[0])
    spec = importlib.util.spec_from_file_location("analysis._pattern_text", folder / "_text.py")
    _text = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(_text)
    parser = _text.Parser(lexicon={}, default=("NN", "NNP", "CD"), language="en")  # its tokenizer needs no lexicon
    sentiment = _text.Sentiment(path=str(folder / "en" / "en-sentiment.xml"), synset="wordnet_id",
                                negations=_NEGATIONS, modifiers=("RB",), modifier=lambda w: w.endswith("ly"),
                                tokenizer=parser.find_tokens, language="en")
    sentiment.load()
    for w, pos in list(dict.items(sentiment)):  # textblob.en.Sentiment.load: "terrible" gives "terribly"
        if "JJ" in pos:
            if w.endswith("y"):
                w = w[:-1] + "i"
            if w.endswith("le"):
                w = w[:-2]
            p, s, i = pos["JJ"]
            sentiment.annotate(w + "ly", "RB", p, s, i)
    lexicon = {w: tuple(entry[None]) for w, entry in dict.items(sentiment) if None in entry}
    modifies = {w for w, entry in dict.items(sentiment) if any(tag in entry for tag in sentiment.modifiers)}
    emoticons: dict[str, float] = {}
    for (_, p), marks in _text.EMOTICONS.items():  # the first kind listed wins, as in Pattern
        for mark in marks:
            emoticons.setdefault(mark.lower(), p)
    return _text, sentiment, lexicon, modifies, emoticons


def _tokens(chunk: str) -> tuple[str, ...]:
    """Pattern's split of one whitespace-free chunk into tokens (punctuation apart)."""
    _text, *_ = _textblob()
    punctuation = tuple(_text.PUNCTUATION.replace(".", ""))
    trailing = punctuation + (".",)
    abbreviations = _text.ABBREVIATIONS
    t = chunk
    tokens: list[str] = []
    tail: list[str] = []
    while t.startswith(punctuation) and t not in _REPLACE:
        tokens.append(t[0])
        t = t[1:]
    while t.endswith(trailing) and t not in _REPLACE:
        if t.endswith(punctuation):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if (t in abbreviations or _text.RE_ABBR1.match(t) is not None
                    or _text.RE_ABBR2.match(t) is not None or _text.RE_ABBR3.match(t) is not None):
                break
            tail.append(t[-1])
            t = t[:-1]
    if t != "":
        tokens.append(t)
    tokens.extend(reversed(tail))
    return tuple(tokens)


def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """Pattern's tokens for one whitespace-free chunk: contractions and quote marks set apart, then
    punctuation (the replacements only insert spaces, so they never reach across chunks)."""
    if "'" in chunk:  # (every contraction has one)
        for contraction in _REPLACE:
            chunk = chunk.replace(contraction, " " + contraction)
    if not _QUOTE_SET.isdisjoint(chunk):
        for mark in _QUOTES:
            chunk = chunk.replace(mark, f" {mark} ")
    return tuple(token for piece in chunk.split() for token in _tokens(piece))


def read_chunk(chunk: str) -> tuple[str, tuple[str, ...], bool, bool]:
    """One whitespace-free chunk's tokens joined by spaces, those tokens lower-cased, whether one of
    them may score (a lexicon word or an emoticon: a text none of whose chunks may score has polarity
    and subjectivity 0) and whether none can change the walk's state (no lexicon word, negation,
    emoticon or "!"). A chunk has at least one token; lower-casing never reaches across the spaces
    between tokens, so a text's lower-cased tokens are its chunks' in turn."""
    _, _, lexicon, _, emoticons = _textblob()
    if chunk.isalnum():  # one token (no punctuation, quote or contraction to set apart)
        low = chunk.lower()
        scores = low in lexicon or low in emoticons
        return chunk, (low,), scores, not scores and low not in _NEGATIONS
    if chunk[-1] in ",;:!?" and chunk[:-1].isalnum():  # "word," is the word and its mark
        tokens = (chunk[:-1], chunk[-1])
    else:
        tokens = _chunk_tokens(chunk)
    joined = " ".join(tokens)
    low = tuple(joined.lower().split(" "))
    inert = not any(t in lexicon or t in _NEGATIONS or t in emoticons or t == "!" for t in low)
    return joined, low, any(t.lower() in lexicon or t.lower() in emoticons for t in tokens), inert


chunk_readings = lexicons.ChunkReadings(read_chunk)  # read_chunk of each chunk of a text (shared with analysis.sentiment)


def _assessed(text: str, columns) -> tuple[tuple[tuple[str, ...], ...], tuple[bool, ...]] | None:
    """The lower-case tokens TextBlob assesses and whether they are inert, chunk by chunk ((), () when
    no word may score), or None when only TextBlob can tell."""
    _text, *_ = _textblob()
    if _EOS in text or ("\n" in text and "\n\n" in text.replace("\r\n", "\n")):
        return None
    joined, lowered, may_score, inert = columns
    if not joined:
        return (), ()
    joined = " ".join(joined)  # Pattern looks for "(!)" and emoticons before lower-casing
    if "!" in text and _text.RE_SARCASM.search(joined) or _text.RE_EMOTICONS.search(joined):
        return None  # (the tokens hold every "!" of the text and add none)
    return (lowered, inert) if any(may_score) else ((), ())


def polarity_subjectivity(text: str) -> tuple[float, float]:
    """``TextBlob(text).sentiment`` as a (polarity, subjectivity) tuple of floats."""
    chunks = chunk_readings(text)
    return polarity_of_columns(text, tuple(zip(*chunks)) if chunks else ((), (), (), ()))


def polarity_of_columns(text: str, columns) -> tuple[float, float]:
    """:func:`polarity_subjectivity` from the :func:`read_chunk` of each of ``text``'s chunks, field by
    field (the joined tokens of every chunk, their lower-cased tokens, …)."""
    _text, sentiment, lexicon, modifies, emoticons = _textblob()
    assessed = _assessed(text, columns)
    if assessed is None:  # a rare path (a blank line, an emoticon, "(!)"): Pattern's own tokenizer and walk
        polarity, subjectivity = sentiment(text)
        return polarity, subjectivity
    found: list[list] = []  # [polarity, subjectivity, intensity, negated] per assessed word
    m = None  # the preceding modifier ("very good")
    n = None  # the preceding negation ("not good")
    for words, inert in zip(*assessed):
        if inert and m is None and n is None:
            continue  # (its tokens would leave everything as it is)
        for w in words:
            entry = lexicon.get(w)
            if entry is not None:
                p, s, i = entry
                if m is None:
                    found.append([p, s, i, 1])
                else:
                    last = found[-1]
                    last[0] = max(-1.0, min(p * last[2], +1.0))
                    last[1] = max(-1.0, min(s * last[2], +1.0))
                    last[2] = i
                if n is not None:
                    found[-1][2] = 1.0 / found[-1][2]
                    found[-1][3] = -1
                m = w if w in modifies else None
                n = w if w in _NEGATIONS else None
            else:
                if w in _NEGATIONS:
                    n = w
                elif n and len(w.strip("'")) > 1:
                    n = None
                if n is not None and m is not None and m.endswith("ly"):
                    found[-1][3] = -1
                    n = None
                elif m and len(w) > 2:
                    m = None
                if w == "!" and found:
                    found[-1][0] = max(-1.0, min(found[-1][0] * 1.25, +1.0))
                if w.isalpha() is False and len(w) <= 5 and w not in _text.PUNCTUATION:  # a substring test
                    p = emoticons.get(w)
                    if p is not None:
                        found.append([p, 1.0, 1.0, 1])
    if not found:
        return 0.0, 0.0
    polarity = subjectivity = 0
    for p, s, _, negated in found:
        polarity += p * -0.5 if negated < 0 else p
        subjectivity += s
    return polarity / float(len(found)), subjectivity / float(len(found))
