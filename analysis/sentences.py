"""The sentences table: every sentence with its offsets and sentiment."""

from __future__ import annotations

import pandas as pd

from .articles import as_articles
from .segmenter import paragraph_indices, split_paragraphs, split_sentences
from .sentiment import score
from .tables import typed_table

SENTENCE_COLUMNS = [
    "article_id", "paragraph", "sentence", "start", "end", "text",
    "polarity", "subjectivity", "compound", "tone",
]
_DTYPES = {
    "article_id": "string", "paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64",
    "text": "string", "polarity": "float64", "subjectivity": "float64", "compound": "float64", "tone": "int64",
}


def sentence_rows(article_id: str, text: str, with_sentiment: bool = True,
                  spans: list[tuple[int, int]] | None = None) -> list[dict]:
    """The sentence rows of one article's body (``spans`` from :func:`split_sentences` if already split)."""
    spans = split_sentences(text) if spans is None else spans
    paragraphs = paragraph_indices(split_paragraphs(text), [start for start, _ in spans])
    rows = []
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        row = {
            "article_id": article_id,
            "paragraph": paragraphs[i],
            "sentence": i,
            "start": start,
            "end": end,
            "text": sentence,
        }
        if with_sentiment:
            row.update(score(sentence))
        rows.append(row)
    return rows


def sentences(articles) -> pd.DataFrame:
    """Split every article into sentences and score each one.

    Args:
        articles: the articles table (or a string, read as one article).

    Returns:
        One row per sentence: article_id, paragraph, sentence, start, end, text,
        polarity, subjectivity (TextBlob), compound (VADER) and tone (-1, 0, 1).

    >>> t = sentences("Shelling killed civilians in Kyiv. Talks went well.")
    >>> t[["sentence", "start", "end", "tone"]].values.tolist()
    [[0, 0, 34, -1], [1, 35, 51, 1]]
    """
    rows: list[dict] = []
    for article_id, text in zip(*_ids_and_texts(articles)):
        rows.extend(sentence_rows(article_id, text))
    return typed_table(rows, SENTENCE_COLUMNS, _DTYPES)


def _ids_and_texts(articles):
    arts = as_articles(articles)
    return arts["article_id"].tolist(), arts["text"].tolist()
