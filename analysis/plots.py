"""One chart style for every notebook and report, and the charts themselves.

Each function takes a table from this package, draws on a matplotlib Axes
(a new figure when none is given) and returns the Axes. Notebook cells stay a
call and a chart.
"""

from __future__ import annotations

import matplotlib
import matplotlib.ticker

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


def _annotate_bars(ax, bars, labels) -> None:
    """Write each label just past the end of its horizontal bar."""
    for bar, label in zip(bars, labels):
        ax.annotate(f" {label}", (bar.get_width(), bar.get_y() + bar.get_height() / 2), va="center", fontsize=8)


def _dates_axis(ax) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _empty(ax, title: str, what: str):
    ax.set_title(title)
    ax.text(0.5, 0.5, f"No {what} in this corpus", ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def sentiment_over_time(by_date: pd.DataFrame, ax=None):
    """Mean sentence sentiment per publication date (from views.sentiment_by_date)."""
    ax = _axes(ax)
    title = "Sentiment over time: mean per publication date"
    if by_date.empty:
        return _empty(ax, title, "dated articles")
    ax.axhline(0, color="black", linewidth=0.8)
    style = "-" if len(by_date) > 1 else ""
    ax.plot(by_date["date"], by_date["compound"], marker="o", linestyle=style, color="#e9c46a", label="VADER compound")
    ax.plot(by_date["date"], by_date["polarity"], marker="s", linestyle=style, color="#264653", label="TextBlob polarity")
    ax.set_ylabel("mean sentence score")
    ax.set_xlabel("publication date")
    ax.set_title(title)
    _dates_axis(ax)
    ax.legend(loc="best", fontsize=8)
    return ax


def speaker_sentiment(by_speaker: pd.DataFrame, ax=None):
    """Mean polarity of each speaker's quotes, bars labelled with how many quotes."""
    ax = _axes(ax)
    title = "Sentiment of quotes per speaker (TextBlob polarity)"
    if by_speaker.empty:
        return _empty(ax, title, "attributed quotes")
    rows = by_speaker.iloc[::-1]
    colours = [POSITIVE if v > 0.05 else NEGATIVE if v < -0.05 else NEUTRAL for v in rows["polarity"]]
    bars = ax.barh(rows["speaker"], rows["polarity"], color=colours, height=0.6)
    _annotate_bars(ax, bars, [f"{n} quote{'s' if n != 1 else ''}" for n in rows["quotes"]])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel("mean polarity of the speaker's quotes")
    ax.set_title(title)
    return ax


def loss_counts(losses: pd.DataFrame, ax=None):
    """Stated losses against the date they refer to, one marker per stating source."""
    ax = _axes(ax)
    title = "Stated losses over time"
    if losses.empty:
        return _empty(ax, title, "loss figures")
    data = losses.dropna(subset=["value", "refers_to"])  # vague ranges ("thousands of dead") have no value
    if data.empty:
        return _empty(ax, title, "loss figures with a stated value")
    data = data.assign(shown=data["value"])
    top = data["stated_by"].fillna("unknown").value_counts().index[:8]
    data = data.assign(stated_by=data["stated_by"].fillna("unknown").where(lambda s: s.isin(top), "others"))
    if data["shown"].max() > 100 * max(data["shown"].min(), 1):
        ax.set_yscale("log")
    for who, group in data.groupby("stated_by"):
        group = group.sort_values("refers_to")
        ax.plot(group["refers_to"], group["shown"], marker="o", linestyle="-" if 1 < len(group) <= 12 else "",
                label=who, alpha=0.8)
        if len(data) <= 12:
            for _, r in group.iterrows():
                unit = "" if pd.isna(r["unit"]) else r["unit"]
                ax.annotate(f" {r['shown']:,.0f} {unit}", (r["refers_to"], r["shown"]), fontsize=8)
    ax.set_ylabel("stated losses")
    ax.set_xlabel("date the figure refers to")
    ax.set_title(title)
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    _dates_axis(ax)
    ax.legend(title="stated by", fontsize=8)
    return ax


def distances(rows: pd.DataFrame, ax=None):
    """Stated distances and ranges as labelled horizontal bars in kilometres."""
    ax = _axes(ax)
    title = "Distances and ranges stated (km)"
    if rows.empty:
        return _empty(ax, title, "distances")
    rows = rows.drop_duplicates("label").head(15).iloc[::-1]
    bars = ax.barh(rows["label"], rows["km"], color="#264653", height=0.5)
    ax.set_ylim(-0.75, len(rows) - 0.25)
    _annotate_bars(ax, bars, [f"{km:,.0f} km" for km in rows["km"]])
    ax.set_xlabel("kilometres")
    ax.set_title(title)
    ax.set_xlim(0, rows["km"].max() * 1.25)
    return ax


def event_timeline(events: pd.DataFrame, ax=None, top: int = 20):
    """The dated events the articles mention, on a time axis, labelled with what happened."""
    ax = _axes(ax)
    title = "Timeline of dated events mentioned"
    if events.empty:
        return _empty(ax, title, "dated events")
    # the most often mentioned dates, each labelled with its first description
    grouped = events.groupby("date").agg(mentions=("surface", "size"), about=("about", "first"),
                                         surface=("surface", "first"), precision=("precision", "first"))
    shown = grouped.sort_values("mentions", ascending=False).head(top).sort_index().reset_index()
    if grouped["mentions"].max() > 1:
        title = f"Timeline of dated events mentioned (the {len(shown)} most mentioned dates)"
    y = list(range(len(shown)))
    ax.scatter(shown["date"], y, color="#e76f51", zorder=3)
    for i, r in shown.iterrows():
        label = str(r["surface"] if pd.isna(r["about"]) else r["about"])[:60]
        times = f" ({r['mentions']}×)" if r["mentions"] > 1 else ""
        when = r["date"].strftime({"year": "%Y", "month": "%b %Y"}.get(r["precision"], "%d %b %Y"))
        ax.annotate(f"  {when}{times}: {label}", (r["date"], i), va="center", fontsize=8)
    ax.set_yticks([])
    ax.set_xlabel("date of the event")
    ax.set_title(title)
    _dates_axis(ax)
    span = shown["date"].max() - shown["date"].min()
    pad = max(span * 0.6, pd.Timedelta(days=60))
    ax.set_xlim(shown["date"].min() - pad * 0.1, shown["date"].max() + pad)
    ax.set_ylim(-1, len(shown))
    return ax


def counts(table: pd.DataFrame, label: str, value: str, title: str, xlabel: str, ax=None):
    """A horizontal bar chart of counts (speakers, cue verbs, kinds of speech)."""
    ax = _axes(ax)
    if table.empty or table[value].sum() == 0:
        return _empty(ax, title, xlabel)
    rows = table.iloc[::-1]
    bars = ax.barh(rows[label].astype(str), rows[value], color="#2a9d8f", height=0.6)
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    _annotate_bars(ax, bars, [str(n) for n in rows[value]])
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return ax


def articles_per_date(summary: pd.DataFrame, ax=None):
    """How many articles were published on each date (from analysis.article_summary)."""
    ax = _axes(ax)
    title = "Articles per publication date"
    dated = summary.dropna(subset=["date"])
    if dated.empty:
        return _empty(ax, title, "dated articles")
    per_day = dated.groupby("date").size()
    if len(per_day) > 60:
        per_day = per_day.resample("W").sum()
        title = "Articles per week"
    ax.bar(per_day.index, per_day.values, width=5 if len(per_day) > 60 else 0.8, color="#264653")
    ax.set_ylabel("articles")
    ax.set_xlabel("publication date")
    ax.set_title(title)
    _dates_axis(ax)
    return ax


def article_lengths(summary: pd.DataFrame, ax=None):
    """Distribution of article lengths in words."""
    ax = _axes(ax)
    title = "Article length"
    if summary.empty:
        return _empty(ax, title, "articles")
    ax.hist(summary["words"], bins=min(30, max(1, len(summary))), color="#2a9d8f")
    ax.set_xlabel("words per article")
    ax.set_ylabel("articles")
    ax.set_title(title)
    return ax


def stance_timeline(pairs: pd.DataFrame, shifts: pd.DataFrame, ax=None):
    """Each actor → target pair on its own row: stances over time by polarity, stars at shifts."""
    ax = _axes(ax)
    title = "Stance timeline: actor → target"
    if pairs.empty:
        return _empty(ax, title, "stances")
    labels = list(dict.fromkeys(pairs["pair"]))
    y = {label: i for i, label in enumerate(labels)}
    colour = {1: POSITIVE, 0: NEUTRAL, -1: NEGATIVE}
    for polarity, name in ((1, "support (+1)"), (0, "undecided (0)"), (-1, "opposition (-1)")):
        rows = pairs[pairs["polarity"] == polarity]
        ax.scatter(rows["when"], rows["pair"].map(y), color=colour[polarity], s=60, label=name, zorder=3,
                   marker="o" if polarity else "s")
    if shifts is not None and not shifts.empty:
        marked = shifts.assign(pair=shifts["actor"] + " → " + shifts["target"])
        marked = marked[marked["pair"].isin(y)]
        ax.scatter(marked["when"], marked["pair"].map(y), marker="*", s=260, facecolor="none",
                   edgecolor="black", label="shift", zorder=4)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(-0.7, len(labels) - 0.3)
    ax.set_xlabel("date of the stance")
    ax.set_title(title)
    _dates_axis(ax)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), fontsize=8, ncol=4)
    return ax


def weekly_stance(weekly: pd.DataFrame, ax=None, mark: str | None = None):
    """Weekly mean polarity of each pair (from views.weekly_stance), an optional dated line marked."""
    ax = _axes(ax)
    title = "Weekly stance: mean polarity of each actor toward each target"
    if weekly.empty:
        return _empty(ax, title, "stances")
    for pair, rows in weekly.groupby("pair", sort=False):
        rows = rows[rows["stances"] > 0]
        ax.plot(rows["week"], rows["polarity"], marker="o", markersize=3, label=pair)
    if mark:
        ax.axvline(pd.Timestamp(mark), color="black", linestyle="--", linewidth=1)
        ax.annotate(f" {mark}", (pd.Timestamp(mark), 1.02), fontsize=8)
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.set_ylim(-1.1, 1.15)
    ax.set_ylabel("mean polarity (-1 to +1)")
    ax.set_xlabel("week")
    ax.set_title(title)
    _dates_axis(ax)
    ax.legend(fontsize=7, ncol=2)
    return ax
