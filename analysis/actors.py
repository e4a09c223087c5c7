"""Actors: every person, country, capital standing for its government, organisation and group named.

One row per mention, resolved within its article by :mod:`analysis.resolver` (the
resolver quote speakers and stance actors use): a full name, a surname or a role
("the envoy") gives the person's full name; a country, its capital or seat of
government ("Kyiv", "the Kremlin") or an adjective ("Ukrainian") gives the
gazetteer's canonical actor; "European leaders" is a group. The gazetteer is the data
file ``gazetteer.tsv``; extend it with ``analysis.lexicons.extend_rows("gazetteer", …)``.

>>> import analysis
>>> table = actors(analysis.load_seed())
>>> table[table["type"] == "person"]["actor"].drop_duplicates().tolist()[:3]
['Keith Kellogg', 'Donald Trump', 'Volodymyr Zelensky']
"""

from __future__ import annotations

import pandas as pd

from .articles import as_articles
from .resolver import Registry, actor_types, build_registry
from .tables import typed_table

ACTOR_COLUMNS = ["article_id", "start", "end", "mention", "actor", "kind", "type"]
_DTYPES = {"article_id": "string", "start": "int64", "end": "int64", "mention": "string", "actor": "string",
           "kind": "string", "type": "string"}


def actor_rows(article_id: str, text: str, registry: Registry | None = None) -> list[dict]:
    """The actor mentions of one article; ``kind`` is "person", "actor" (a gazetteer entry) or
    "group", ``type`` is "person", "group" or the gazetteer's type ("country", "organisation")."""
    reg = registry if registry is not None else build_registry(text)
    types = actor_types()
    return [{"article_id": article_id, "start": s, "end": e, "mention": text[s:e], "actor": canonical, "kind": kind,
             "type": types.get(canonical, "organisation") if kind == "actor" else kind}
            for s, e, canonical, kind in reg.mentions]


def actors(articles) -> pd.DataFrame:
    """Every actor mention of every article (see the module docstring).

    Args:
        articles: the articles table, or anything :func:`analysis.articles.as_articles` accepts.

    Returns:
        article_id, start, end, mention (the words in the text), actor (canonical name),
        kind ("person", "actor", "group") and type ("person", "country", "organisation", "group").
    """
    arts = as_articles(articles)
    rows = []
    for article_id, text in zip(arts["article_id"], arts["text"]):
        rows.extend(actor_rows(article_id, text))
    return typed_table(rows, ACTOR_COLUMNS, _DTYPES)
