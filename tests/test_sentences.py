"""The sentences table (analysis.sentences)."""

from __future__ import annotations

import analysis


def test_seed_sentences_table(seed, gold):
    table = analysis.sentences(seed)
    assert list(table.columns[:10]) == [
        "article_id", "paragraph", "sentence", "start", "end", "text",
        "polarity", "subjectivity", "compound", "tone",
    ]
    assert len(table) == 23
    text = seed.loc[0, "text"]
    assert all(text[s:e] == t for s, e, t in zip(table["start"], table["end"], table["text"]))
    assert table["sentence"].tolist() == list(range(23))
    assert table["paragraph"].tolist() == [0] * 6 + [1] * 4 + [2] * 3 + [3] * 8 + [4] * 2
    assert set(table["tone"]) <= {-1, 0, 1}


def test_several_articles_and_empty_input():
    arts = analysis.articles_from_records([{"id": "a", "text": "One. Two."}, {"id": "b", "text": "Three."}])
    table = analysis.sentences(arts)
    assert table[["article_id", "sentence"]].values.tolist() == [["a", 0], ["a", 1], ["b", 0]]
    empty = analysis.sentences(arts.iloc[0:0])
    assert empty.empty and str(empty["start"].dtype) == "int64"
