"""Quotes (analysis.quotes); the resolver behind speakers has tests/test_resolver.py."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import importlib

import analysis
from analysis.quotes import extract, pair_marks
from helpers import CountingList, CountingText, DATA

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


def test_a_headline_of_a_name_and_a_colon_names_the_speaker_of_its_quote():
    articles = pd.DataFrame([
        {"article_id": "a", "title": "Zelensky: ‘We will not give up Donbas’", "date": "2025-08-17",
         "text": "President Volodymyr Zelensky spoke on Sunday. ‘We will not give up Donbas,’ he said."},
        {"article_id": "b", "title": "Ukraine war: ‘We hid in the basement’", "date": "2025-08-17",
         "text": "Residents of Kharkiv spent the night underground."},
    ])
    table = analysis.quotes(articles)
    title_rows = table[table["field"] == "title"].set_index("article_id")
    assert title_rows.loc["a", "speaker"] == "Volodymyr Zelensky" and title_rows.loc["a", "kind"] == "direct"
    assert articles.loc[0, "title"][title_rows.loc["a", "speaker_start"] : title_rows.loc["a", "speaker_end"]] == "Zelensky"
    assert pd.isna(title_rows.loc["b", "speaker"])  # a topic label before the colon is no speaker


@pytest.mark.parametrize("title, speaker, kind", [
    ("Trump Weighs Tomahawks as Putin Warns of ‘New Stage’ in Relations", "Vladimir Putin", "partial"),
    ("Putin Calls Sanctions ‘Illegal’", "Vladimir Putin", "partial"),
    ("Kremlin Says Talks «Impossible»", "Russia", "partial"),  # a body acting in a headline speaks too
    # a name that does not speak right before the quote names no speaker
    ("Trump Clears Ukraine to Strike Deep into Russia: ‘No Sanctuaries Left’", None, "partial"),
    # a person's name and a colon opening the headline: what follows is theirs, a quote inside it too
    ("Putin: talks possible only on «new realities»", "Vladimir Putin", "partial"),
    ("Analysis: why the «new realities» matter", None, "partial"),
])
def test_a_headline_name_with_a_reporting_verb_names_the_speaker(title, speaker, kind):
    articles = pd.DataFrame([{"article_id": "a", "title": title, "date": "2025-10-16",
                              "text": "Vladimir Putin and Donald Trump spoke on Thursday."}])
    row = analysis.quotes(articles).query("field == 'title'").iloc[0]
    assert (None if pd.isna(row["speaker"]) else row["speaker"], row["kind"]) == (speaker, kind)


def test_table_contract(seed):
    table = analysis.quotes(seed)
    for col in ("article_id", "start", "end", "text", "speaker", "speaker_mention", "speaker_start",
                "speaker_end", "cue", "kind", "closed", "sentence", "polarity"):
        assert col in table.columns
    assert set(table["kind"]) <= {"direct", "partial", "indirect", "scare"}
    assert analysis.quotes(seed.iloc[0:0]).empty


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


def test_many_quotes_in_one_long_sentence_copy_a_bounded_window_each():
    """Linear by counting: the characters sliced out of the text grow with the text, not with
    quotes × sentence length (one 66-kB sentence of 3,000 quotes; the copy per quote was once the
    whole sentence before it, 1,504 characters sliced per character of text)."""
    CountingText.sliced = 0
    text = CountingText('Kyiv said "ok go" and ' * 3000)
    assert len([r for r in extract(text) if r["kind"] == "partial"]) == 3000
    assert CountingText.sliced <= 20 * len(text)


def test_a_long_run_of_quoted_paragraphs_merges_without_copying_each_step():
    """Linear by counting: 3,000 one-line quoted paragraphs run on as one quotation; cutting the
    merged text at each merge copied 1,507 characters per character of this text."""
    CountingText.sliced = 0
    text = CountingText("“We will win,”\n\n" * 3000)
    rows = [r for r in extract(text) if r["kind"] == "direct"]
    assert len(rows) == 1 and rows[0]["text"] == text[rows[0]["start"] : rows[0]["end"]]
    assert CountingText.sliced <= 20 * len(text)


def test_reporting_verbs_in_one_long_sentence_do_not_copy_the_rest_of_it():
    """Linear by counting: reported speech copied the rest of the sentence after every reporting verb
    (600 characters sliced per character of this 72-kB sentence of 1,200 tags)."""
    CountingText.sliced = 0
    text = CountingText("Kyiv denies — “why would we?” asked Olha Bilyk, a minister; " * 1200)
    rows = [r for r in extract(text) if r["kind"] == "partial"]
    assert len(rows) == 1200 and {r["speaker"] for r in rows} == {"Olha Bilyk"}
    assert CountingText.sliced <= 20 * len(text)


def test_paragraphs_each_opening_a_quote_never_closed_run_on_a_bounded_length():
    """3,000 paragraphs that each open a quote and never close it: a quote carried on to the next
    paragraph stops growing past 5,000 characters, so no one row holds the whole text (its polarity
    went through TextBlob's own tokenizer, super-linear on a long text of blank lines)."""
    text = "“Kyiv will stand and Russia will fail\n\n" * 3000
    rows = [r for r in extract(text) if r["field"] == "text"]
    assert rows and max(len(r["text"]) for r in rows) < 6000
    assert sum(len(r["text"]) for r in rows) > 0.9 * len(text.replace("“", "").replace("\n\n", ""))


def test_a_long_sentence_of_cues_reads_each_person_mention_a_bounded_number_of_times():
    """Linear by counting: looking for the subject of each reporting verb walked every person named
    before it in the sentence (4 times the text took 10 times as long)."""
    from analysis.resolver import build_registry

    text = "The war, said, " + "Ivan Petrenko, said, " * 2000
    reg = build_registry(text)
    reg.mentions = CountingList(reg.mentions)
    CountingList.reads = 0
    extract(text, registry=reg)
    assert CountingList.reads <= 50 * len(reg.mentions)


def _python_calls(function, *args) -> int:
    """How many Python-level calls (generator steps included) running ``function(*args)`` makes."""
    import sys

    calls = 0

    def profile(frame, event, arg):
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(profile)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return calls


def test_reported_speech_among_thousands_of_quotes_grows_linearly():
    """Linear by counting: each reporting verb once walked every quote of the article to see whether
    it stood inside one (4 times the text made 14.7 times the calls); now a bisection."""
    extract("Warm up: “x,” he said.")
    text = "“He said ‘they said “no” and ‘yes’’ ” "
    small, large = _python_calls(extract, text * 300), _python_calls(extract, text * 1200)
    assert large <= 5 * small


def test_relative_pronouns_in_one_long_sentence_scan_a_bounded_stretch(monkeypatch):
    """Linear by counting: whether a "who" before a naming verb is someone else's report was read
    from the sentence's start, once per quote (4 times the text took 13.6 times as long); now at most
    a bounded stretch before the pronoun."""
    from analysis.lexicons import PhraseFinder

    scanned = 0
    finditer = PhraseFinder.finditer

    def counting(self, text, start=0, end=None):
        nonlocal scanned
        scanned += (len(text) if end is None else end) - start
        return finditer(self, text, start, end)

    monkeypatch.setattr(PhraseFinder, "finditer", counting)
    text = "Petrenko, who called it “a trap for us all”, and " * 2000
    rows = [r for r in extract(text) if r["kind"] == "partial"]
    assert len(rows) == 2000 and rows[-1]["speaker_mention"] == "who"
    assert scanned <= 20 * len(text)


def test_many_tags_going_on_with_adding_in_one_sentence_stay_linear():
    """Reports after an earlier report of the same sentence start after it: one unsplit sentence of
    "…, Peskov said, adding that x." repeated gives rows of the same length, not ever longer ones
    (whose sentiment, read per row, grew as a square)."""
    def text(n):
        return "Talks resume, Peskov said, adding that x. " * n  # ("x." reads as an initial: one sentence)

    assert extract(text(3))[-1]["text"] == "adding that x. Talks resume"
    small = sum(len(r["text"]) for r in extract(text(200)))
    large = sum(len(r["text"]) for r in extract(text(800)))
    assert large < 5 * small


@pytest.mark.parametrize("title, speaker", [
    ("Dam Destroyed: ‘Ecological Bomb’, Zelensky Says", "Volodymyr Zelensky"),  # a tag after the quote
    ("‘We Will Win’ – Zelensky Says Before Summit", "Volodymyr Zelensky"),
    ("‘We Will Win’, Experts Say", None),  # a tag naming no one the article names
])
def test_a_headline_tag_after_the_quote_names_its_speaker(title, speaker):
    articles = pd.DataFrame({"article_id": ["x"], "date": [pd.NaT], "title": [title],
                             "text": ["Volodymyr Zelensky spoke in Kyiv."]})
    rows = analysis.quotes(articles)
    row = rows[rows["field"] == "title"].iloc[0]
    assert (None if pd.isna(row["speaker"]) else row["speaker"]) == speaker


def test_a_headline_verb_s_subject_names_the_quote_after_its_object():
    articles = pd.DataFrame({"article_id": ["x"], "date": [pd.NaT],
                             "title": ["Trump Calls Zelensky a ‘Dictator’ as Rift Deepens"],
                             "text": ["Donald Trump spoke in Washington."]})
    rows = analysis.quotes(articles)
    assert rows.loc[rows["field"] == "title", "speaker"].tolist() == ["Donald Trump"]


def test_reports_whose_clause_opens_at_a_stop_are_read_in_linear_work():
    """Counting the characters sliced: 'he said. " ' repeated, each "said" a report whose clause opens at
    its stop (the word before a stop was read from the start of the text when no space preceded it)."""
    text = CountingText('he said. " ' * 2000)
    CountingText.sliced = 0
    extract(text)
    assert CountingText.sliced < 30 * len(text)
