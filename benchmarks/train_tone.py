"""Train the sentence tone model on the NewsMTSC dev splits and write tone_model.json.

The regularisation strength is chosen by 5-fold cross-validation on the dev
records (rw and mt); the test split is never read here.

    python benchmarks/train_tone.py
"""

from __future__ import annotations

import json
from collections import Counter

import numpy as np

from _shared import ROOT, macro_f1, read_jsonl, require_shared
from analysis import sentiment

MIN_DOCS = 3  # a word enters the bag only if it is in at least this many dev sentences


def _train(x, bags, y, lam_scores, lam_words, iters=2000, lr=0.5):
    """Class-balanced multinomial logistic regression by gradient descent."""
    design = np.hstack([x, bags, np.ones((len(x), 1))])
    target = np.eye(3)[y + 1]
    weight = (len(y) / (3 * np.bincount(y + 1, minlength=3)))[y + 1][:, None]
    reg = np.full((design.shape[1], 1), lam_words)
    reg[: x.shape[1]] = lam_scores
    reg[-1] = 0.0
    w = np.zeros((design.shape[1], 3))
    for _ in range(iters):
        logits = design @ w
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(1, keepdims=True)
        w -= lr * (design.T @ ((p - target) * weight) / len(y) + reg * w)
    return w


def _predict(w, x, bags):
    return (np.hstack([x, bags, np.ones((len(x), 1))]) @ w).argmax(1) - 1


def main() -> None:
    folder = require_shared("benchmarks", "sentiment")
    dev = [r for f in ("newsmtsc_rw.jsonl", "newsmtsc_mt.jsonl") for r in read_jsonl(folder / f) if r["split"] == "dev"]
    texts = [r["text"] for r in dev]
    y = np.array([r["label"] for r in dev])
    raw = np.array([[sentiment.features(t)[f] for f in sentiment.FEATURES] for t in texts])
    mean, scale = raw.mean(0), raw.std(0) + 1e-9
    x = (raw - mean) / scale
    sets = [sentiment.words(t) for t in texts]
    df = Counter(w for s in sets for w in s)
    vocab = sorted(w for w, c in df.items() if c >= MIN_DOCS)
    index = {w: i for i, w in enumerate(vocab)}
    bags = np.zeros((len(texts), len(vocab)))
    for i, s in enumerate(sets):
        for w in s:
            if w in index:
                bags[i, index[w]] = 1.0
    folds = np.array_split(np.random.default_rng(0).permutation(len(y)), 5)
    best = None
    for lam_words in (0.01, 0.03, 0.1, 0.3):
        pred = np.zeros(len(y), int)
        for k in range(5):
            train = np.concatenate([folds[j] for j in range(5) if j != k])
            w = _train(x[train], bags[train], y[train], 0.01, lam_words)
            pred[folds[k]] = _predict(w, x[folds[k]], bags[folds[k]])
        score = macro_f1(list(y), list(pred))
        print(f"lambda {lam_words}: cross-validated macro-F1 on dev {score:.3f}")
        if best is None or score > best[0]:
            best = (score, lam_words)
    w = _train(x, bags, y, 0.01, best[1])
    n = len(sentiment.FEATURES)
    model = {
        "trained_on": "NewsMTSC rw+mt dev splits (%d targets); lambda %s chosen by 5-fold CV" % (len(y), best[1]),
        "classes": [-1, 0, 1],
        "features": sentiment.FEATURES,
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "weights": w[:n].round(6).tolist(),
        "bias": w[-1].round(6).tolist(),
        "vocab": {word: w[n + i].round(5).tolist() for i, word in enumerate(vocab) if np.abs(w[n + i]).max() > 1e-4},
    }
    out = ROOT / "analysis" / "data" / "tone_model.json"
    out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(model['vocab'])} words)")


if __name__ == "__main__":
    main()
