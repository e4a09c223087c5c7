"""Lexicons (analysis.lexicons): extension and the PhraseFinder that scans for their phrases."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import lexicons
from analysis.lexicons import PhraseFinder

ENTRIES = sorted((row[0] for row in lexicons.load_rows("stance_words")), key=len, reverse=True)


def _alternation(entries, flags=re.I):
    parts = [re.escape(e.rstrip("*")) + (r"\w*" if e.endswith("*") else "") for e in entries]
    return re.compile(r"\b(?:%s)\b" % "|".join(f"({p})" for p in parts), flags)


_PIECES = st.sampled_from([e.rstrip("*") for e in ENTRIES] + ["ed", "ing", "s", " ", ", ", ".", "-", "The", "Kyiv",
                                                               "ALSO", "’s", "\n\n", "3"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.integers(0, 5))
def test_phrase_finder_finds_what_the_alternation_finds(pieces, cut):
    text = "".join(pieces)
    start = min(cut, len(text))
    regex = _alternation(ENTRIES)
    want = [(m.start(), m.end(), m.lastindex - 1) for m in regex.finditer(text, start)]
    got = [(m.start(), m.end(), i) for m, i in PhraseFinder(ENTRIES).finditer(text, start)]
    assert got == want


_STEMS = sorted(lexicons.load("tone_negative"), key=len, reverse=True)
_STEM_PIECES = st.sampled_from(_STEMS + ["ed", "ing", "s", " ", ", ", "-", "K", "\u212a", "\u0130", "ß", "’s", "3", "_"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_STEM_PIECES, max_size=30))
def test_count_of_one_word_entries_is_the_number_of_matches(pieces):
    # count() skips the confirming match when every entry is one word; odd case folds (Kelvin sign,
    # dotted I) must not make it disagree with the alternation.
    text = "".join(pieces)
    stems = [s + "*" for s in _STEMS]
    assert PhraseFinder(stems).count(text) == len(_alternation(stems).findall(text))


def test_count_of_phrases_confirms_each_match():
    finder = PhraseFinder(["green light", "aid"])
    assert finder.count("A green light, a green lantern, AID and aides.") == 2


def test_case_is_kept_when_asked():
    finder = PhraseFinder(["said", "pointed out"], ignore_case=False)
    text = "Said it. She said it and pointed out more; SAID"
    assert [m.group() for m, _ in finder.finditer(text)] == ["said", "pointed out"]


def test_an_extension_reaches_the_extractors():
    import analysis

    try:
        lexicons.extend_rows("stance_words", [("snubbed", "-1", "after")])
        table = analysis.stances("Russia snubbed Ukraine.")
        assert [(r.actor, r.target, r.polarity, r.cue) for r in table.itertuples()] == [
            ("Russia", "Ukraine", -1, "snubbed")]
    finally:
        lexicons.reset()
    assert analysis.stances("Russia snubbed Ukraine.").empty


_TRIE_WORDS = st.lists(st.text(alphabet="aAb.-", min_size=1, max_size=5), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_TRIE_WORDS, st.text(alphabet="aAb.- ", max_size=60), st.booleans())
def test_trie_alternation_matches_the_longest_first_alternation(entries, text, ignore_case):
    flags = re.I if ignore_case else 0
    plain = "(?:%s)" % "|".join(re.escape(e) for e in sorted(set(entries), key=len, reverse=True))
    trie = lexicons.alternation(entries, ignore_case=ignore_case)
    for wrap in ("%s", r"(?<![\w.])%s(?![\w])", r"%s\s*$"):  # the contexts the extractors use
        want = [m.span() for m in re.finditer(wrap % plain, text, flags)]
        assert [m.span() for m in re.finditer(wrap % trie, text, flags)] == want


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=6))
def test_phrases_in_spans_are_those_found_span_by_span(pieces, cuts):
    # spans that cut words, overlap or run past the text are read as finditer reads each of them
    text = "".join(pieces)
    spans = [(min(start, len(text)), min(start + length, len(text) + 5)) for start, length in cuts]
    finder = PhraseFinder(ENTRIES)
    want = [[(m.span(), i) for m, i in finder.finditer(text, start, end)] for start, end in spans]
    assert [[(m.span(), i) for m, i in found] for found in finder.in_spans(text, spans)] == want


def test_phrases_in_sentences_of_one_article():
    text = "Russia's aggression went on.\n\nKyiv thanked partners for support and aid."
    finder = PhraseFinder(["aggression", "support*", "thank*"])
    found = finder.in_spans(text, [(0, 28), (30, 72)])
    assert [[m.group() for m, _ in f] for f in found] == [["aggression"], ["thanked", "support"]]
    # a span ending inside a word reads the word as cut, as finditer does: "aid" in "aid|ed"
    assert [[m.group() for m, _ in f] for f in PhraseFinder(["aid"]).in_spans("aided the aid", [(0, 3), (4, 9)])] == [["aid"], []]


def test_phrases_in_spans_survive_the_word_caches_being_emptied(monkeypatch):
    # the word log and each finder's cache are emptied past a limit: what a finder finds must not change
    monkeypatch.setattr(lexicons, "_SEEN_LIMIT", 3)
    finder = PhraseFinder(["aid", "green light", "support*"])
    texts = ["Aid came. A green light.", "They supported it. No aid.", "Green light, aid and support.", "Aid came. A green light."]
    for text in texts * 2:
        spans = [(0, len(text) // 2), (len(text) // 2, len(text))]
        want = [[(m.span(), i) for m, i in PhraseFinder(["aid", "green light", "support*"]).finditer(text, s, e)] for s, e in spans]
        assert [[(m.span(), i) for m, i in found] for found in finder.in_spans(text, spans)] == want


def test_chunk_readings_read_each_chunk_once_and_keep_text_order():
    calls = []

    def read(chunk):
        calls.append(chunk)
        return chunk.upper()

    readings = lexicons.ChunkReadings(read, limit=3)
    assert readings("aid  aid war\nAid") == ["AID", "AID", "WAR", "AID"]
    assert readings("war aid") == ["WAR", "AID"]
    assert calls == ["aid", "war", "Aid"]  # a chunk repeated in one text, or seen in an earlier one, is read once
    assert readings("") == []
    assert readings("a b c d") == ["A", "B", "C", "D"]  # past the limit the cache is emptied, not the answer
    assert readings("aid") == ["AID"] and calls[-1] == "aid"
