"""Sentence and paragraph boundaries (analysis.segmenter)."""

from __future__ import annotations

import json
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import lexicons
from analysis.segmenter import split_paragraphs, split_sentences
from helpers import DATA, ROOT, SEED_ID

CASES = json.loads((DATA / "sentence_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["note"][:40] for c in CASES])
def test_tricky_cases(case):
    text = case["text"]
    assert [text[s:e] for s, e in split_sentences(text)] == case["sentences"]


def test_seed_splits_into_the_23_gold_sentences(gold):
    raw = (ROOT / "seeds" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    body = raw[gold["body_offset"]:]
    spans = split_sentences(body)
    expected = [(a - gold["body_offset"], b - gold["body_offset"]) for a, b in (s["span"] for s in gold["sentences"])]
    assert spans == expected
    assert [body[s:e] for s, e in spans] == [s["text"] for s in gold["sentences"]]


def test_paragraphs_skip_blank_lines_with_spaces():
    text = "One.\n \n\nTwo.\n\n\n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["One.", "Two."]


def test_sentences_never_cross_a_paragraph_break():
    text = "Mr.\n\nSmith went home"
    assert [text[s:e] for s, e in split_sentences(text)] == ["Mr.", "Smith went home"]


def test_user_extended_abbreviation_changes_the_split():
    text = "They met the Brig. Commander yesterday."
    lexicons.replace("abbreviations_title", ["Mr."])
    try:
        assert len(split_sentences(text)) == 2
    finally:
        lexicons.reset()
    assert len(split_sentences(text)) == 1


def test_one_unclosed_quote_in_a_megabyte_does_not_swallow_the_rest():
    sentence = "The envoy said the talks went well. "
    text = "“" + sentence * 30000
    spans = split_sentences(text)
    assert len(spans) == 30000
    assert text[spans[-1][0]:spans[-1][1]] == sentence.strip()


def test_a_million_digits_is_one_sentence():
    text = "1" * 1_000_000 + "."
    assert split_sentences(text) == [(0, 1_000_001)]


ALPHABET = string.ascii_letters + string.digits + " .,!?;:'\"“”‘’()…-\n\t•" + "é"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_offsets_slice_in_order_without_overlap_and_cover_every_character(text):
    spans = split_sentences(text)
    previous_end = 0
    covered = set()
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        covered.update(range(start, end))
        previous_end = end
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_splits_without_error(text):
    for start, end in split_sentences(text):
        assert text[start:end].strip()


def test_a_text_of_many_short_lines_is_split_in_linear_work():
    """Counting the characters sliced: each line break reads a bounded window for the word before it
    (slicing the whole paragraph before every break was quadratic in a text of many short lines)."""
    from helpers import CountingText

    from analysis.segmenter import _line_cuts

    text = CountingText("Alpha beta\nGamma delta\n" * 2000)
    CountingText.sliced = 0
    cuts = list(_line_cuts(text))
    assert len(cuts) == 2 * 2000 - 1
    assert CountingText.sliced < 10 * len(text)


def test_lone_opening_marks_after_stops_are_read_in_linear_work():
    """Counting the characters sliced: after 'said. "' the word past the lone mark is read where it
    starts (measuring the space after the mark by slicing the rest of the paragraph was quadratic)."""
    from helpers import CountingText

    from analysis.segmenter import _candidate_cuts

    text = CountingText('he said. " ' * 2000)
    CountingText.sliced = 0
    list(_candidate_cuts(text, []))
    assert CountingText.sliced < 10 * len(text)

