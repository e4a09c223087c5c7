"""Quotes (analysis.quotes) and the speaker resolver (analysis.resolver)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import importlib

import analysis
from analysis.quotes import extract, pair_marks
from analysis.resolver import build_registry
from helpers import DATA

CASES = json.loads((DATA / "quote_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["note"][:50] for c in CASES])
def test_tricky_cases(case):
    rows = [r for r in extract(case["text"]) if r["field"] == "text"]
    assert [r["text"] for r in rows] == [w["text"] for w in case["expect"]]
    for row, want in zip(rows, case["expect"]):
        for key, value in want.items():
            assert row[key] == value, (key, row[key], value)
        assert case["text"][row["start"] : row["end"]] == row["text"]


def test_seed_quotes_and_reported_speech_match_the_gold(seed, gold):
    table = analysis.quotes(seed)
    offset = gold["body_offset"]
    body = table[table["field"] == "text"]
    direct = body[body["kind"].isin(["direct", "partial"])]
    got = {(s + offset, e + offset): r for s, e, r in zip(direct["start"], direct["end"], direct.to_dict("records"))}
    assert len(got) == len(gold["quotes"])
    for q in gold["quotes"]:
        row = got[tuple(q["span"])]
        assert row["text"] == q["text"]
        assert row["speaker"] == q["speaker"]
        assert bool(row["closed"]) == q["closed"]
        assert row["kind"] == q["kind"]
        assert (None if pd.isna(row["cue"]) else row["cue"]) == q["cue"]
    indirect = body[body["kind"] == "indirect"]
    spans = {(s + offset, e + offset): r for s, e, r in zip(indirect["start"], indirect["end"], indirect.to_dict("records"))}
    for rs in gold["reported_speech"]:
        row = spans[tuple(rs["span"])]
        assert (row["speaker"], row["cue"], row["text"]) == (rs["speaker"], rs["cue"], rs["content"])


def test_headline_quote_is_a_title_row(seed):
    table = analysis.quotes(seed)
    title_rows = table[table["field"] == "title"]
    assert title_rows["text"].tolist() == ["No Sanctuaries Left"]
    title = seed.loc[0, "title"]
    start, end = int(title_rows["start"].iloc[0]), int(title_rows["end"].iloc[0])
    assert title[start:end] == "No Sanctuaries Left"


def test_table_contract(seed):
    table = analysis.quotes(seed)
    for col in ("article_id", "start", "end", "text", "speaker", "speaker_mention", "speaker_start",
                "speaker_end", "cue", "kind", "closed", "sentence", "polarity"):
        assert col in table.columns
    assert set(table["kind"]) <= {"direct", "partial", "indirect", "scare"}
    assert analysis.quotes(seed.iloc[0:0]).empty


def test_resolver_titles_roles_pronouns_and_groups():
    text = ("Hungarian Prime Minister Viktor Orban met US Special Envoy Keith Kellogg in Kyiv. "
            "The envoy said he would return. European leaders said they were ready. Orban left.")
    reg = build_registry(text)
    assert reg.resolve("Orban", len(text) - 5) == "Viktor Orban"
    assert reg.resolve("the envoy", text.index("The envoy")) == "Keith Kellogg"
    assert reg.resolve("he", text.index("he would")) == "Keith Kellogg"
    assert reg.resolve("they", text.index("they were")) == "European leaders"
    assert reg.resolve("Kyiv", 0) == "Ukraine"
    assert reg.resolve("the Kremlin", 0) == "Russia"


@pytest.mark.parametrize(
    "text",
    ["", "“", "”", "\"", "'", "“““", "”””", "‘’‘’'''\"\"\"", "« » « »", "Ukraine’s " * 2000, "“" + "a " * 50_000,
     "“nested ‘single “double” inside’ quote”", "'' `` '' ``"],
)
def test_bad_marks_give_rows_or_none(text):
    for row in extract(text):
        assert text[row["start"] : row["end"]] == row["text"] or row["field"] == "title"


def test_one_opening_mark_in_100kb_is_scanned_once(monkeypatch):
    """Linear by counting: the mark scanner visits each mark once however long the open quote runs."""
    quotes_module = importlib.import_module("analysis.quotes")
    calls = 0
    real = quotes_module._is_close_single

    def counting(text, i):
        nonlocal calls
        calls += 1
        return real(text, i)

    monkeypatch.setattr(quotes_module, "_is_close_single", counting)
    text = "‘" + "It’s Ukraine’s war, isn’t it " * 3500  # ~100 kB, one opening mark, 10,500 apostrophes
    quotes = pair_marks(text)
    assert len(quotes) == 1 and not quotes[0].closed
    assert calls == text.count("’")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab .,\n“”\"‘’'«»") + [" said Ann", " he said", "\n\n"]), max_size=40))
def test_any_marks_never_raise_and_offsets_slice(pieces):
    text = "".join(pieces)
    for row in extract(text):
        if row["field"] == "text":
            assert text[row["start"] : row["end"]] == row["text"]
            if row["speaker_start"] is not None:
                assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_mention"]


@pytest.mark.parametrize("text, mention, canonical", [
    ("President of Lithuania Gitanas Nausėda met Recep Tayyip Erdoğan.", "Gitanas Nausėda", "Gitanas Nausėda"),
    ("Chief of the President's Office Andriy Yermak spoke.", "Andriy Yermak", "Andriy Yermak"),
    ("He called United Kingdom Boris Johnson.", "Boris Johnson", "Boris Johnson"),
    ("Donald Trump spoke. Trump’s August 22 letter was sent.", "Trump’s", "Donald Trump"),
    ("Professor Michael McFaul wrote it.", "Michael McFaul", "Michael McFaul"),
])
def test_resolver_reads_names_inside_titles_possessives_and_accents(text, mention, canonical):
    people = {text[s:e]: c for s, e, c, k in build_registry(text).mentions if k == "person"}
    assert people.get(mention) == canonical, people


@pytest.mark.parametrize("text", [
    "What Russia has done. The Crimea Platform met. Nord Stream 2 and World War II were named.",
    "Our countries agreed. Ukraine's European future is near.",
    "The President noted it. The Ukrainian President said so. Vice President said nothing.",
])
def test_resolver_finds_no_person_in_places_events_and_sentence_starters(text):
    assert [text[s:e] for s, e, _, k in build_registry(text).mentions if k == "person"] == []


def test_a_place_in_a_document_name_is_not_an_actor():
    text = "Russia withdrew from the Minsk agreements; the Budapest Memorandum failed; Minsk said no."
    actors = [(text[s:e], c) for s, e, c, k in build_registry(text).mentions if k == "actor"]
    assert actors == [("Russia", "Russia"), ("Minsk", "Belarus")]


def test_resolving_a_mention_of_thousands_of_capitalised_words_stays_linear():
    words = ["Kim"] * 5000
    reg = build_registry("Kim Jones said so.")

    class Counting(dict):
        lookups = 0

        def __contains__(self, key):
            Counting.lookups += 1
            return super().__contains__(key)

    reg.people = Counting(reg.people)
    reg.resolve(" ".join(words) + " of the Club", 0)
    assert Counting.lookups <= 6 * len(words) + 10


def test_many_quoted_paragraphs_walk_the_paragraph_list_a_fixed_number_of_times(monkeypatch):
    """Linear by counting: a quote looks its paragraph up by bisection, not by a walk of every paragraph."""
    quotes_module = importlib.import_module("analysis.quotes")
    real = quotes_module.split_paragraphs

    class Walked(list):
        walks = 0

        def __iter__(self):
            Walked.walks += 1
            return super().__iter__()

    monkeypatch.setattr(quotes_module, "split_paragraphs", lambda text: Walked(real(text)))
    text = "\n\n".join(f"“Quote number {i} is here,” Kellogg said." for i in range(2000))
    assert len([r for r in extract(text) if r["kind"] == "direct"]) == 2000
    assert Walked.walks <= 5
