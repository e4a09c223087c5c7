"""The data behind each chart: small tables derived from the extractors' tables.

Notebooks chart these; tests assert on them (nbval does not compare images).

>>> import analysis
>>> arts = analysis.load_seed()
>>> distances(analysis.figures(arts))[["label", "km"]].values.tolist()
[['Tomahawk missiles range (up to 2,500 kilometers)', 2500.0]]
"""

from __future__ import annotations

import re

import pandas as pd


def sentiment_extremes(sentences: pd.DataFrame, n: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``n`` most positive and most negative sentences by VADER compound."""
    cols = ["article_id", "sentence", "text", "compound", "polarity", "tone"]
    ranked = sentences.sort_values(["compound", "sentence"], ascending=[False, True])[cols]
    return ranked.head(n).reset_index(drop=True), ranked.tail(n).iloc[::-1].reset_index(drop=True)


def sentiment_by_date(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Mean sentence sentiment per publication date (articles without a date are left out)."""
    dated = sentences.merge(articles[["article_id", "date"]], on="article_id").dropna(subset=["date"])
    out = dated.groupby("date").agg(
        articles=("article_id", "nunique"), sentences=("sentence", "size"),
        compound=("compound", "mean"), polarity=("polarity", "mean"),
    )
    return out.reset_index()


def quote_sentiment_by_speaker(quotes: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Quotes per named speaker with their mean TextBlob polarity, most quoted first."""
    spoken = quotes[quotes["kind"].isin(["direct", "partial", "indirect"]) & quotes["speaker"].notna()]
    out = spoken.groupby("speaker").agg(quotes=("text", "size"), polarity=("polarity", "mean"))
    return out.sort_values(["quotes", "polarity"], ascending=[False, False]).head(top).reset_index()


def speaker_counts(quotes: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """Who is quoted how often, by kind (direct, partial, indirect)."""
    spoken = quotes[quotes["kind"].isin(["direct", "partial", "indirect"])].copy()
    spoken["speaker"] = spoken["speaker"].fillna("(unattributed)")
    table = pd.crosstab(spoken["speaker"], spoken["kind"])
    for kind in ("direct", "partial", "indirect"):
        if kind not in table:
            table[kind] = 0
    table = table[["direct", "partial", "indirect"]]
    table.columns.name = None
    table["total"] = table.sum(axis=1)
    return table.sort_values(["total", "direct"], ascending=False).head(top).reset_index()


def cue_counts(quotes: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """Reporting verbs by how often they introduce a quote."""
    cues = quotes["cue"].dropna().str.lower()
    return cues.value_counts().head(top).rename_axis("cue").reset_index(name="quotes")


def kind_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """Direct, partial and indirect speech (and scare quotes) by count."""
    order = ["direct", "partial", "indirect", "scare"]
    counts = quotes["kind"].value_counts().reindex(order, fill_value=0)
    return counts.rename_axis("kind").reset_index(name="quotes")


def loss_counts(figures: pd.DataFrame, quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Stated losses: the value against the date it refers to, with who stated it.

    The date is a day-precise date stated in the same sentence, else the article's
    date; who stated it is the speaker of a quote or reported statement holding the
    figure, else a source named with "according to", else the article's source.
    """
    losses = figures[figures["kind"] == "casualties"].copy()
    if losses.empty:
        return pd.DataFrame(columns=["article_id", "refers_to", "value", "low", "high", "unit", "surface", "stated_by"])
    dates = figures[(figures["kind"] == "date") & (figures["precision"] == "day")]
    texts = articles.set_index("article_id")["text"]
    # "lost … troops since the February 24, 2022 invasion": a start, not the date the count is for
    since = [bool(re.search(r"\b(?:since|from|after)\s+(?:the\s+)?$", texts.get(a, "")[max(0, s - 12) : s]))
             for a, s in zip(dates["article_id"], dates["start"])]
    dates = dates[[not x for x in since]]
    day = dates.groupby(["article_id", "sentence"])["date"].max()
    pub = articles.set_index("article_id")["date"]
    source = articles.set_index("article_id")["source"] if "source" in articles else pd.Series(dtype="string")
    rows = []
    for row in losses.itertuples(index=False):
        refers = day.get((row.article_id, row.sentence), pub.get(row.article_id, pd.NaT))
        rows.append({
            "article_id": row.article_id, "refers_to": refers, "value": row.value, "low": row.low, "high": row.high,
            "unit": row.unit, "surface": row.surface,
            "stated_by": _stated_by(row, quotes, texts.get(row.article_id, ""), source.get(row.article_id)),
        })
    return pd.DataFrame(rows).astype({"refers_to": "datetime64[ns]"})


_ACCORDING = re.compile(r"[Aa]ccording to (?:the )?((?:latest )?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")


def _stated_by(fig, quotes: pd.DataFrame, text: str, source) -> str | None:
    mine = quotes[(quotes["article_id"] == fig.article_id) & (quotes["field"] == "text")]
    holder = mine[(mine["start"] <= fig.start) & (mine["end"] >= fig.end) & mine["speaker"].notna()]
    if len(holder):
        return holder["speaker"].iloc[0]
    sentence_start = text.rfind(".", 0, fig.start) + 1
    m = _ACCORDING.search(text, sentence_start, fig.start)
    if m:
        return m.group(1).replace("latest ", "")
    return None if source is None or pd.isna(source) else str(source)


def distances(figures: pd.DataFrame) -> pd.DataFrame:
    """Stated distances and ranges in kilometres, labelled with what they are about."""
    rows = figures[(figures["kind"] == "distance")].copy()
    rows["km"] = rows["km"].fillna(rows["high"])
    rows = rows.dropna(subset=["km"])
    about = rows["about"].fillna("").map(_label_about)
    rows["label"] = [f"{a} ({s})" if a else s for a, s in zip(about, rows["surface"])]
    if "qualifier" in rows and len(rows):
        rows["label"] = [
            lab.replace(f"({s})", f"({q} {s})") if isinstance(q, str) and q not in ("between",) else lab
            for lab, s, q in zip(rows["label"], rows["surface"], rows["qualifier"])
        ]
    return rows[["article_id", "label", "km", "surface"]].sort_values("km", ascending=False).reset_index(drop=True)


def _label_about(about: str) -> str:
    """ "Tomahawk missiles, which have a range of" → "Tomahawk missiles"."""
    about = re.split(r",|\bwhich\b|\bthat\b|\bwith\b", about)[0]
    words = about.split()
    return " ".join(words[-5:])


def event_timeline(figures: pd.DataFrame) -> pd.DataFrame:
    """Every dated event the articles mention: the date, its precision and what happened."""
    events = figures[(figures["kind"] == "date") & figures["date"].notna()]
    out = events[["article_id", "sentence", "date", "precision", "surface", "about"]]
    return out.sort_values(["date", "article_id", "sentence"]).reset_index(drop=True)


def actor_counts(actors: pd.DataFrame) -> pd.DataFrame:
    """How often each person and gazetteer actor is named (from the actors table)."""
    named = actors[actors["kind"].isin(["person", "actor"])]
    out = named.groupby(["actor", "kind"]).agg(mentions=("article_id", "size"), articles=("article_id", "nunique"))
    return out.sort_values(["mentions", "articles"], ascending=False).reset_index()


def stance_pairs(stances: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Stances of the ``top`` most frequent actor → target pairs, in time order, with a ``pair`` label."""
    if stances.empty:
        return stances.assign(pair=pd.Series(dtype="string"))
    pairs = (stances["actor"] + " → " + stances["target"]).rename("pair")
    keep = pairs.value_counts().head(top).index
    out = stances.assign(pair=pairs)[pairs.isin(keep)]
    return out.sort_values(["when", "article_id", "sentence"]).reset_index(drop=True)


def weekly_stance(stances: pd.DataFrame, pairs: list[tuple[str, str]], start=None, end=None) -> pd.DataFrame:
    """Mean polarity per week of each (actor side, target) pair, people counted for their country.

    ``start``/``end`` keep stances dated within the corpus period (a release of 2022
    may date a stance to 2014).
    """
    from .stances import side_of

    data = stances.assign(side=stances["actor"].map(side_of)).dropna(subset=["when"])
    if start is not None:
        data = data[data["when"] >= pd.Timestamp(start)]
    if end is not None:
        data = data[data["when"] <= pd.Timestamp(end)]
    frames = []
    for side, target in pairs:
        part = data[(data["side"] == side) & (data["target"] == target)]
        weekly = part.set_index("when")["polarity"].resample("W-MON").agg(["mean", "size"])
        frames.append(weekly.rename(columns={"mean": "polarity", "size": "stances"}).assign(pair=f"{side} → {target}"))
    if not frames:
        return pd.DataFrame(columns=["week", "polarity", "stances", "pair"])
    return pd.concat(frames).rename_axis("week").reset_index()
