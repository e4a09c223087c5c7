"""Actors (analysis.actors): every person, country, capital and organisation named, resolved."""

from __future__ import annotations

import pytest

import analysis
from analysis import lexicons


def test_seed_actors_resolve_titles_surnames_roles_and_capitals(seed):
    table = analysis.actors(seed)
    text = seed["text"].iloc[0]
    by_mention = {(text[r.start : r.end], r.actor) for r in table.itertuples()}
    assert ("Kellogg", "Keith Kellogg") in by_mention
    assert ("the president", "Donald Trump") in by_mention
    assert ("Kyiv", "Ukraine") in by_mention
    assert {"person", "country", "organisation"} <= set(table["type"])
    assert (table["mention"] == [text[s:e] for s, e in zip(table["start"], table["end"])]).all()


def test_capitals_and_seats_of_government_stand_for_their_country():
    table = analysis.actors("Washington and Moscow talked; the Kremlin and the White House agreed; Kyiv waited.")
    assert table["actor"].tolist() == ["United States", "Russia", "Russia", "United States", "Ukraine"]
    assert set(table["type"]) == {"country"}


def test_a_currency_prefix_names_no_country():
    table = analysis.actors("The US sent US$7bn in aid.")
    assert table[["mention", "actor"]].values.tolist() == [["US", "United States"]]


def test_a_place_naming_an_outlet_or_institution_is_no_actor():
    table = analysis.actors("The Washington Post and the Kyiv School of Economics said Kyiv posted gains in Washington.")
    assert table[["mention", "actor"]].values.tolist() == [["Kyiv", "Ukraine"], ["Washington", "United States"]]


def test_the_gazetteer_is_extensible():
    try:
        lexicons.extend_rows("gazetteer", [("Transnistria", "country", "Transnistria|Tiraspol")])
        table = analysis.actors("Tiraspol said nothing.")
        assert table[["mention", "actor", "type"]].values.tolist() == [["Tiraspol", "Transnistria", "country"]]
    finally:
        lexicons.reset()


@pytest.mark.parametrize("text", ["", "No one was named here at all.", "qwerty " * 1000])
def test_no_actors_no_rows(text):
    table = analysis.actors(text)
    assert table.empty and list(table.columns) == ["article_id", "start", "end", "mention", "actor", "kind", "type"]
