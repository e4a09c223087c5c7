"""Stated figures (analysis.figures)."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis.figures import extract
from helpers import DATA

CASES = json.loads((DATA / "figure_cases.json").read_text(encoding="utf-8"))


def _same(got, want) -> bool:
    if isinstance(want, (int, float)):
        return isinstance(got, float) and math.isclose(got, want, rel_tol=1e-9)
    if want is None:
        return got is None or (isinstance(got, float) and math.isnan(got)) or got is pd.NaT
    if isinstance(want, str) and len(want) == 10 and want[4] == "-":
        return got == pd.Timestamp(want)
    return got == want


@pytest.mark.parametrize("case", CASES, ids=[c["note"][:50] for c in CASES])
def test_tricky_cases(case):
    rows = extract(case["text"], case["date"])
    assert [r["surface"] for r in rows] == [w["surface"] for w in case["expect"]]
    for row, want in zip(rows, case["expect"]):
        for key, value in want.items():
            assert _same(row[key], value), (key, row[key], value)
        assert case["text"][row["start"] : row["end"]] == row["surface"]


def test_seed_figures_match_the_gold_labels(seed, gold):
    table = analysis.figures(seed)
    offset = gold["body_offset"]
    optional = {tuple(f["span"]) for f in gold["optional_figures"]}
    got = {(s + offset, e + offset): row for s, e, row in zip(table["start"], table["end"], table.to_dict("records"))}
    for fig in gold["figures"]:
        row = got.pop(tuple(fig["span"]))
        assert row["surface"] == fig["surface"]
        assert row["kind"] == fig["kind"]
        if fig["kind"] == "date":
            assert row["date"] == pd.Timestamp(fig["value"])
        else:
            assert row["value"] == fig["value"]
            assert row["unit"] == fig["unit"]
        assert (None if pd.isna(row["qualifier"]) else row["qualifier"]) == fig["qualifier"]
    assert set(got) <= optional, f"extra rows: {[r['surface'] for r in got.values()]}"
    for not_figure in gold["not_figures"]:
        assert not_figure not in table["surface"].tolist()


def test_table_contract_and_dtypes(seed):
    table = analysis.figures(seed)
    for col in ("article_id", "sentence", "start", "end", "surface", "value", "low", "high", "unit",
                "qualifier", "kind", "date", "precision"):
        assert col in table.columns
    assert str(table["value"].dtype) == "float64"
    assert str(table["date"].dtype) == "datetime64[ns]"
    assert table.loc[table["kind"] == "date", "value"].isna().all()
    empty = analysis.figures(seed.iloc[0:0])
    assert empty.empty and list(empty.columns) == list(table.columns)


def test_user_unit_and_currency_rows_extend_the_lexicon():
    from analysis import lexicons

    text = "The drone flew 40 leagues and cost 5 Zorkmids."
    assert [(r["unit"], r["kind"]) for r in extract(text)] == [("leagues", "count"), ("Zorkmids", "count")]
    lexicons.extend_rows("units", [("league", "distance", "4.828", "league|leagues")])
    lexicons.extend_rows("currencies", [("ZRK", "Zk", "Zorkmid|Zorkmids")])
    try:
        rows = extract(text)
        assert [(r["unit"], r["kind"]) for r in rows] == [("league", "distance"), ("ZRK", "money")]
        assert math.isclose(rows[0]["km"], 40 * 4.828)
    finally:
        lexicons.reset()


@pytest.mark.parametrize(
    "text",
    ["", "$", "1,2,3,4", "1e309", "½", "٣٠٠ جندي", "-", "between and", "1" * 1_000_000, "9" * 400 + ".5",
     "“" + "5 km, " * 50_000],
)
def test_bad_input_gives_rows_or_none_with_finite_values(text):
    rows = extract(text)
    for row in rows:
        assert text[row["start"] : row["end"]] == row["surface"]
        for key in ("value", "low", "high"):
            assert row[key] is None or math.isnan(row[key]) or math.isfinite(row[key])


def test_unicode_digits_and_vulgar_fractions_are_read():
    assert [r["value"] for r in extract("٣٠٠ troops and ½ of them")] == [300.0, 0.5]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789,.-$€% kmabilontwhreufsdy½") + [" of ", " to ", " and ", " million",
                                                                              " September ", "twenty-"]), max_size=40))
def test_offsets_always_slice_to_the_surface(pieces):
    text = "".join(pieces)
    for row in extract(text, "2024-01-01"):
        assert text[row["start"] : row["end"]] == row["surface"]
        assert row["start"] < row["end"]
        for key in ("value", "low", "high"):
            assert math.isnan(row[key]) or math.isfinite(row[key])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_any_text_never_raises(text):
    extract(text, "2024-02-29")


def test_a_run_of_thousands_of_numbers_is_read_in_linear_work():
    """Counting lines run: twice the numbers, about twice the work (each figure once walked back over
    every earlier one for the last count, money or measure)."""
    from helpers import count_lines

    from analysis.figures import figure_rows

    def read(text):
        return figure_rows("x", text, None)

    read("12 people")  # (lexicons load once)
    small = count_lines(read, "12 " * 1500)
    large = count_lines(read, "12 " * 3000)
    assert large < 2.5 * small


def test_a_sentence_of_many_quotations_and_weekdays_is_read_in_linear_work():
    """Counting lines run: a future sentence's quotations are read once for all its dates (each weekday
    once walked over every quotation to tell the writer's words from the speakers')."""
    from helpers import count_lines

    from analysis.figures import figure_rows

    def read(text):
        return figure_rows("x", text, "2025-06-06")

    read("He will go on Monday.")  # (lexicons load once)
    small = count_lines(read, "He will go " + "“a” on Monday, " * 500 + ".")
    large = count_lines(read, "He will go " + "“a” on Monday, " * 1000 + ".")
    assert large < 2.5 * small


_HINT_PIECES = st.sampled_from([
    "one", "Two", "thousand", "fifths", "ONE", "someone", "often", "5", "1,200", "3.5", "½", "May", "Monday",
    "today", "yesterday", "12 June", "x", "5thousand", "K", "ſix", " ", ". ", "\n\n", "-", "killed", "were",
    "2024-05-03", "Sept", "in", "March",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_HINT_PIECES, max_size=25), st.lists(st.tuples(st.integers(0, 120), st.integers(1, 40)), max_size=4))
def test_sentences_without_a_hint_are_skipped_only_when_they_hold_no_figure(pieces, cuts):
    # figure_rows scans only the sentences a digit, fraction, month, weekday or number word reaches, and
    # for dates only those with a month, weekday or relative-day word or a hyphen: the rows must be those
    # of scanning every sentence for everything (also for spans that cut a word: "twelve|fold")
    from analysis.figures import _scan, figure_rows
    from analysis.segmenter import split_sentences

    text = "".join(pieces)
    for spans in (split_sentences(text), [(min(a, len(text)), min(a + n, len(text))) for a, n in cuts]):
        every = [(i, row) for i, (start, end) in enumerate(spans) for row in _scan(text, start, end, None)]
        got = figure_rows("a", text, None, spans)
        assert [repr(r) for r in got] == [repr({**row, "article_id": "a", "sentence": i}) for i, row in every]


def test_a_span_that_cuts_a_word_is_scanned_as_cut():
    from analysis.figures import figure_rows

    # "twelvefold" names no number, but a span ending after "twelve" reads "twelve"
    assert [r["value"] for r in figure_rows("a", "Russia fired twelvefold", None, [(0, 19)])] == [12.0]
