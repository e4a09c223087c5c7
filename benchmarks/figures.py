"""Stated figures, ours beside quantulum3 in one run.

    .venv/bin/python benchmarks/figures.py

Needs ../shared/benchmarks/figures; quantulum3 comes from requirements-bench.txt.
Scoring rules: benchmarks/figure_scoring.py.
"""

from __future__ import annotations

import math
import time

from _shared import read_jsonl, require_shared
from figure_scoring import score_set

from analysis.figures import extract

# NewsQuant labels no dates, so date rows are left out of precision; it labels no ordinals
# either ("the 10th place"), and the same run prints the score with those left out too.
DROP = ("date",)
SETS = [
    ("NewsQuant", "newsquant_en.jsonl", False),
    ("RT number", "recognizers_en_number.jsonl", True),
    ("RT percent", "recognizers_en_percent.jsonl", True),
    ("RT dimension", "recognizers_en_dimension.jsonl", True),
    ("RT currency", "recognizers_en_currency.jsonl", True),
    ("RT numberrange", "recognizers_en_numberrange.jsonl", True),
]


def quantulum_extractor():
    """quantulum3 without its optional classifier, as the published 0.727 was measured."""
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False  # textacy brings scikit-learn, which would switch the classifier on

    def run(text):
        out = []
        for q in parser.parse(text):
            unc = q.uncertainty or 0.0
            unit = None if q.unit.name == "dimensionless" else q.unit.name
            row = {"value": q.value, "low": math.nan, "high": math.nan, "unit": unit, "qualifier": None,
                   "kind": "other", "start": q.span[0], "end": q.span[1]}
            if unc:
                row.update(low=q.value - unc, high=q.value + unc)
            out.append(row)
        return out

    return run


def main() -> None:
    folder = require_shared("benchmarks", "figures")
    data = {name: read_jsonl(folder / file) for name, file, _ in SETS}
    extractors = {"analysis": extract}
    try:
        extractors["quantulum3"] = quantulum_extractor()
    except ImportError:
        print("quantulum3: not installed (pip install -r requirements-bench.txt)")
    texts = [r["text"] for name, _, _ in SETS for r in data[name]]
    speed = {}
    for tool, run in extractors.items():
        run("warm up 5 km")
        best = float("inf")
        for _ in range(3 if tool == "analysis" else 1):
            t0 = time.perf_counter()
            for t in texts:
                run(t)
            best = min(best, time.perf_counter() - t0)
        speed[tool] = len(texts) / best
    print(f"{'set':<15} {'tool':<11} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'unit':>6} {'qual':>6} {'qual~><':>8}")
    recall_found = {t: [0, 0] for t in extractors}
    for name, _, spans in SETS:
        for tool, run in extractors.items():
            s = score_set(data[name], run, spans=spans, drop_kinds=DROP if tool == "analysis" else ())
            if name.startswith("RT"):
                recall_found[tool][0] += s["found"]
                recall_found[tool][1] += s["gold"]
            print(f"{name:<15} {tool:<11} {s['gold']:>5} {s['predictions']:>5} {s['precision']:>6.3f} {s['recall']:>6.3f} "
                  f"{s['f1']:>6.3f} {s['unit_accuracy']:>6.3f} {s['qualifier_accuracy']:>6.3f} {s['qualifier_accuracy_marked']:>8.3f}")
    kept = score_set(data["NewsQuant"], extract, spans=False, drop_kinds=("date", "ordinal"))
    print(f"NewsQuant, analysis with ordinal rows left out too: P {kept['precision']:.3f} "
          f"R {kept['recall']:.3f} F1 {kept['f1']:.3f}")
    print()
    for tool in extractors:
        found, gold = recall_found[tool]
        print(f"Recognizers-Text value recall (5 sets pooled), {tool}: {found}/{gold} = {found / gold:.3f}")
    print()
    for tool, tps in speed.items():
        print(f"throughput {tool}: {tps:,.0f} texts/s over {len(texts)} texts")
    if "quantulum3" in speed:
        print(f"speed-up over quantulum3: {speed['analysis'] / speed['quantulum3']:.1f}x")


if __name__ == "__main__":
    main()
