"""Scoring of figure extractors, shared by benchmarks/figures.py and the tests.

A prediction is a dict with ``value``, ``low``, ``high``, ``unit``, ``qualifier``,
``kind``, ``start``, ``end`` (NaN or None where absent).

* A gold single value is found by an unused prediction whose value is equal
  within 1e-6 (relative); a gold range by one whose low and high are. On sets
  with spans (Recognizers-Text) the prediction must also overlap the gold span.
* NewsQuant labels no dates and no ordinals, so those rows are left out of precision
  there (``drop_kinds``); benchmarks/figures.py also prints the score with ordinals kept.
* Unit accuracy: on matched figures, the canonical unit names agree after
  singularising, or the counted noun is the gold unit's head word.
* Qualifier accuracy: on matched figures whose gold ``change`` is =, ~, > or <
  (up/down are changes, not qualifiers); approximately is ~, more than and at least
  are >, less than, up to and at most are <, none and between (a range) are =.
"""

from __future__ import annotations

import math

QUALIFIER_CODE = {
    "approximately": "~", "more than": ">", "at least": ">", "less than": "<", "up to": "<",
    "at most": "<", "between": "=", None: "=",
}
UNIT_NAMES = {
    "USD": {"dollar", "us dollar"}, "EUR": {"euro"}, "GBP": {"pound sterling", "pound"}, "CAD": {"canadian dollar", "dollar"},
    "AUD": {"australian dollar", "dollar"}, "JPY": {"yen", "japanese yen"}, "CNY": {"yuan", "chinese yuan"},
    "INR": {"rupee", "indian rupee"}, "RUB": {"rouble", "ruble", "russian ruble"}, "UAH": {"hryvnia"},
    "percent": {"percentage", "percent", "percentage point"}, "kilometre": {"kilometre", "kilometer"},
    "metre": {"metre", "meter"}, "square metre": {"square metre", "square meter"},
    "square kilometre": {"square kilometre", "square kilometer"}, "tonne": {"tonne", "ton", "metric ton"},
    "degree Celsius": {"celsius", "degree celsius"}, "degree Fahrenheit": {"fahrenheit", "degree fahrenheit"},
    "litre": {"litre", "liter"}, "GBp": {"penny", "pence", "p"}, "kilometre per hour": {"kilometre per hour", "kilometer per hour"},
}


def _close(a, b) -> bool:
    if a is None or b is None:
        return False
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    if math.isnan(a) or math.isnan(b):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def singular(word: str) -> str:
    w = word.lower().strip()
    for suffix, repl in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    return w


def _names(code: str) -> set[str]:
    """Names a canonical unit goes by: the table above, and each currency's words."""
    from analysis import lexicons

    names = set(UNIT_NAMES.get(code, set())) | {code}
    for iso, _, words in lexicons.load_rows("currencies"):
        if iso == code:
            names |= {w.lower() for w in words.split("|")}
    return {singular(n) for n in names}


def unit_ok(pred, gold_unit, gold_surface=None) -> bool:
    """Whether a predicted unit names the gold unit (see module docstring).

    A rate ("USD per barrel") is right when both its parts are.
    """
    if pred is None or (isinstance(pred, float) and math.isnan(pred)):
        return gold_unit is None
    if gold_unit is None:
        return False
    if " per " in pred and " per " in gold_unit:
        (p1, p2), (g1, g2) = pred.split(" per ", 1), gold_unit.split(" per ", 1)
        return unit_ok(p1, g1) and unit_ok(p2, g2)
    gold = singular(gold_unit)
    names = _names(pred)
    if gold in names or gold.split()[-1] in names:
        return True
    surface = (gold_surface or "").lower()
    return bool(surface) and singular(pred) in {singular(w) for w in surface.replace("-", " ").split()}


def match(gold: list[dict], preds: list[dict], spans: bool) -> list[tuple[dict, dict]]:
    """Pairs of (gold, prediction), each prediction used once, gold in order."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        rng = g.get("range")
        if isinstance(rng, dict):
            rng = [rng.get("low"), rng.get("high")]
        for i, p in enumerate(preds):
            if i in used:
                continue
            if spans and g.get("start") is not None and not (p["start"] < g["end"] and g["start"] < p["end"]):
                continue
            if rng:
                lo, hi = rng
                if lo is not None and hi is not None and lo == hi:
                    ok = _close(p.get("value"), lo)  # "equal to 20"
                elif lo is not None and hi is not None:
                    lo, hi = min(lo, hi), max(lo, hi)  # NewsQuant keeps "from 9 to 2" in text order
                    ok = _close(p.get("low"), lo) and _close(p.get("high"), hi)
                else:
                    ok = _close(p.get("value"), lo if lo is not None else hi)
            else:
                ok = _close(p.get("value"), g.get("value"))
            if ok:
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def scorable(g: dict) -> bool:
    rng = g.get("range")
    return g.get("value") is not None or bool(rng)


def score_set(records: list[dict], extract, spans: bool, drop_kinds=("date",)) -> dict:
    """Value precision/recall/F1, unit and qualifier accuracy over one benchmark file."""
    gold_n = pred_n = found = unit_right = 0
    q_all = q_all_right = q_marked = q_marked_right = 0
    for record in records:
        preds = [p for p in extract(record["text"]) if p["kind"] not in drop_kinds]
        gold = [g for g in record["quantities"] if scorable(g)]
        pairs = match(gold, preds, spans)
        gold_n += len(gold)
        pred_n += len(preds)
        found += len(pairs)
        for g, p in pairs:
            unit_right += unit_ok(p.get("unit"), g.get("unit"), g.get("unit_surface"))
            change = g.get("change")
            if change in ("=", "~", ">", "<"):
                right = QUALIFIER_CODE.get(p.get("qualifier"), "=") == change
                q_all += 1
                q_all_right += right
                if change != "=":
                    q_marked += 1
                    q_marked_right += right
    precision = found / pred_n if pred_n else 0.0
    recall = found / gold_n if gold_n else 0.0
    return {
        "texts": len(records), "gold": gold_n, "predictions": pred_n, "found": found,
        "precision": precision, "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "unit_accuracy": unit_right / found if found else 0.0,
        "qualifier_accuracy": q_all_right / q_all if q_all else float("nan"),
        "qualifier_accuracy_marked": q_marked_right / q_marked if q_marked else float("nan"),
    }
