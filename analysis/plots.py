"""One chart style for every notebook and report, and the charts themselves.

Each function takes a table from this package, draws on a matplotlib Axes
(a new figure when none is given) and returns the Axes. Notebook cells stay a
call and a chart.
"""

from __future__ import annotations

import matplotlib

import matplotlib.pyplot as plt
import pandas as pd

STYLE = {
    "figure.figsize": (9, 4),
    "figure.dpi": 100,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "legend.frameon": False,
    "font.family": "DejaVu Sans",
}
POSITIVE, NEUTRAL, NEGATIVE = "#2a9d8f", "#8d99ae", "#e76f51"


def use_style() -> None:
    """Apply the package's chart style to matplotlib (call once per notebook)."""
    matplotlib.rcParams.update(STYLE)


def _axes(ax):
    if ax is None:
        use_style()
        _, ax = plt.subplots()
    return ax


def sentiment_arc(sentences: pd.DataFrame, article_id: str | None = None, ax=None):
    """Polarity and VADER compound by sentence position, paragraph breaks marked.

    Args:
        sentences: the sentences table.
        article_id: which article (the first one when None).
    """
    ax = _axes(ax)
    if sentences.empty:
        ax.set_title("Sentiment arc: no sentences")
        return ax
    if article_id is None:
        article_id = sentences["article_id"].iloc[0]
    rows = sentences[sentences["article_id"] == article_id].sort_values("sentence")
    x = rows["sentence"].to_numpy()
    ax.axhline(0, color="black", linewidth=0.8)
    ax.plot(x, rows["polarity"], marker="o", color="#264653", label="TextBlob polarity")
    ax.plot(x, rows["compound"], marker="s", color="#e9c46a", label="VADER compound")
    colours = rows["tone"].map({1: POSITIVE, 0: NEUTRAL, -1: NEGATIVE})
    ax.scatter(x, [-1.08] * len(x), c=list(colours), marker="|", s=200, label="tone (-/0/+)")
    for pos in rows.loc[rows["paragraph"].diff().fillna(0) != 0, "sentence"]:
        ax.axvline(pos - 0.5, color="grey", linestyle="--", linewidth=0.8)
    ax.set_ylim(-1.15, 1.05)
    ax.set_xlabel("sentence (dashed lines: paragraph breaks)")
    ax.set_ylabel("sentiment score")
    ax.set_title(f"Sentiment arc of {article_id}")
    ax.legend(loc="upper right", fontsize=8)
    return ax
