"""Scoring stances against the hand-labelled sentences of tests/data/stance_dev.jsonl.

Each record names a sentence of ../shared/corpus/ru_ua_presidential_releases by article id
and offsets (the text itself stays in ../shared) and lists its stances (actor, target,
polarity); a sentence with none is a negative example. A predicted stance in a labelled
sentence matches a gold one when the targets agree and the actors agree directly or through
the actor a person speaks for (Zelensky for Ukraine). Precision and recall count matches;
polarity accuracy is over matched pairs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from analysis.stances import side_of

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "stance_dev.jsonl"


def load_labels() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(labels: list[dict], stances: pd.DataFrame, sentences: pd.DataFrame) -> dict:
    """Precision, recall and polarity accuracy of ``stances`` on the labelled sentences."""
    index = sentences.set_index(["article_id", "start"])["sentence"]
    n_pred = n_gold = matched_pred = matched_gold = right = 0
    for label in labels:
        sentence = index.get((label["article_id"], label["start"]))
        preds = [] if sentence is None else stances[
            (stances["article_id"] == label["article_id"]) & (stances["sentence"] == sentence)
        ].to_dict("records")
        gold = label["stances"]
        n_pred += len(preds)
        n_gold += len(gold)
        used = set()
        for g in gold:
            for i, p in enumerate(preds):
                same_actor = p["actor"] == g["actor"] or side_of(p["actor"]) == side_of(g["actor"])
                if i not in used and same_actor and p["target"] == g["target"]:
                    used.add(i)
                    matched_gold += 1
                    right += int(p["polarity"]) == g["polarity"]
                    break
        matched_pred += len(used)
    return {
        "sentences": len(labels), "gold": n_gold, "predicted": n_pred,
        "precision": matched_pred / n_pred if n_pred else 0.0,
        "recall": matched_gold / n_gold if n_gold else 0.0,
        "polarity_accuracy": right / matched_gold if matched_gold else 0.0,
    }
