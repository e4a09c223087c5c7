"""Weekly stance of Russia and Ukraine toward each other, NATO and the United States, Oct 2021 - Jun 2022.

    .venv/bin/python benchmarks/stance.py

Runs analysis.analyze over ../shared/corpus/ru_ua_presidential_releases (1,247 releases),
prints each pair's mean polarity before and after 24 February 2022 and the weekly series,
and saves the chart to docs/stance_weekly.png.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from _shared import ROOT, require_shared  # noqa: E402

import analysis  # noqa: E402
from analysis import plots, views  # noqa: E402
from analysis.stances import side_of  # noqa: E402
from stance_scoring import load_labels, score  # noqa: E402

PAIRS = [("Russia", "Ukraine"), ("Ukraine", "Russia"), ("Russia", "NATO"), ("Ukraine", "NATO"),
         ("Russia", "United States"), ("Ukraine", "United States")]
BREAK = pd.Timestamp("2022-02-24")


def main() -> None:
    path = require_shared("corpus", "ru_ua_presidential_releases", "articles.jsonl")
    tables = analysis.analyze(path, jobs=2)
    stances = tables["stances"]
    print(f"{len(tables['articles'])} articles, {len(stances)} stances, {len(tables['shifts'])} shifts\n")
    dev = score(load_labels(), stances, tables["sentences"])
    print(f"hand-labelled dev sentences: {dev['sentences']} ({dev['gold']} stances): precision {dev['precision']:.3f}, "
          f"recall {dev['recall']:.3f}, polarity accuracy on matches {dev['polarity_accuracy']:.3f}\n")
    sided = stances.assign(side=stances["actor"].map(side_of))
    print(f"{'pair':<28} {'before 24 Feb':>14} {'n':>5} {'from 24 Feb':>12} {'n':>5}")
    for side, target in PAIRS:
        part = sided[(sided["side"] == side) & (sided["target"] == target)
                     & sided["when"].between(tables["articles"]["date"].min(), tables["articles"]["date"].max())]
        pre, post = part[part["when"] < BREAK], part[part["when"] >= BREAK]
        print(f"{side + ' → ' + target:<28} {pre['polarity'].mean():>14.2f} {len(pre):>5} "
              f"{post['polarity'].mean():>12.2f} {len(post):>5}")
    dates = tables["articles"]["date"]
    weekly = views.weekly_stance(stances, PAIRS, start=dates.min(), end=dates.max())
    table = weekly.pivot_table(index="week", columns="pair", values="polarity").round(2)
    print("\nweekly mean polarity (blank: no stance that week)")
    print(table.to_string(na_rep=""))
    plots.use_style()
    ax = plots.weekly_stance(weekly, mark="2022-02-24")
    ax.figure.set_size_inches(11, 5)
    ax.figure.tight_layout()
    out = ROOT / "docs" / "stance_weekly.png"
    ax.figure.savefig(out, dpi=100)
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
