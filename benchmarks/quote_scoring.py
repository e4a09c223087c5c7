"""Scoring of quote extractors on PolNeAR, shared by benchmarks/quotes.py and the tests.

Follows ../shared/benchmarks/quotes/SOURCE.md ("Scoring"):

* Spans are compared exactly after stripping whitespace and edge punctuation on both sides.
* Only a system's direct and partial rows count: indirect rows are reported speech and
  "scare" rows are quoted terms and titles ("‘terrorist’", “Jane the Virgin”), neither a
  quotation in marks attributed to a speaker.
* "without partials inside indirect": an unmatched partial row lying inside a gold
  ``indirect`` span is not counted as false (PolNeAR labels a fragment in marks inside
  reported speech as part of that indirect attribution).
* Speaker-mention accuracy, on matched quotes with a gold Source: the system's
  speaker_mention overlaps the gold Source span and has the same head word (the last word
  before an appositive, parenthesis, relative clause or prepositional phrase: the head of
  "Ronald R. Fieldstone, a Miami lawyer who …" is "Fieldstone").
* Named-speaker accuracy, on gold quotes whose Source is a name (not a pronoun, last word
  capitalised): the system's resolved speaker contains that surname.
* Reported speech (``score_indirect``): indirect rows against PolNeAR's non-direct attribution
  runs, IoU >= 0.5. Those runs are every other attribution's content, much of it no reported clause
  ("according to" phrases, beliefs), so recall is low by construction; precision says whether the
  clauses found are attributions at all.
* Pronoun agreement (SILVER, not gold): on matched quotes whose Source is he/she/him/her
  and that carry ``speaker_name_corenlp`` (CoreNLP's automatic coreference, right in about
  10 of 16 spot-checked cases), the system's speaker contains that name's last word. It
  shows whether pronouns go to a plausible person; it cannot show accuracy.
"""

from __future__ import annotations

import re

_EDGE = " \t\n\r,.;:!?\"'“”‘’«»()[]—–-"


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _EDGE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE or text[end - 1].isspace()):
        end -= 1
    return start, end


# Where a Source's head phrase ends: an appositive or parenthesis ("Ronald R. Fieldstone, a Miami
# lawyer who …", "Rep. Jim Clyburn (D-S.C.)"), a relative clause, or a prepositional phrase
# ("a narrator in the Clinton ad", "one Democratic source on the panel").
_HEAD_END = re.compile(r"\s*[,(—–]|\s+(?:who|which|that|whose)\b|\s+(?:in|on|at|of|for|from|with)\s+(?=[a-z])")

_PLACE = re.compile(r"\s+(?:of|from)\s+(?=[A-Z])")


def _head(text: str) -> str:
    """The head word of a mention: the last word before any appositive, clause or preposition."""
    words = re.findall(r"[\w’'.-]+", _head_phrase(text))
    return words[-1].strip(".’'").lower() if words else ""


def _head_phrase(text: str) -> str:
    """The mention up to its head: no appositive, clause, prepositional phrase or "of <Place>"."""
    cut = _HEAD_END.search(text)
    if cut and cut.start() > 0:
        text = text[: cut.start()]
    place = _PLACE.search(text)  # "Patricia Moran of Cheyenne", not "Secretary of State John Kerry"
    if place and len(re.findall(r"\b[A-Z]", text[: place.start()])) >= 2:
        text = text[: place.start()]
    return text


def surname(speaker_text: str | None) -> str | None:
    """The name a Source is: the last capitalised word of its head phrase ("Trump's manager Kellyanne
    Conway" → Conway; "Patricia Moran of Cheyenne" → Moran; "Ryan Ellis, a Republican tax consultant" → Ellis)."""
    if not speaker_text:
        return None
    words = [w.strip(".,’'") for w in _head_phrase(speaker_text).split()]
    words = [re.sub(r"(?:’s|'s)$", "", w) for w in words if w]
    if not words or not words[-1][:1].isupper():
        return None
    return words[-1]


_PERSONAL = frozenset("he she him her".split())


def score_article(record: dict, rows: list[dict]) -> dict:
    """Counts for one article: tp, fp (all and after the partial rule), fn, speakers."""
    text = record["text"]
    gold = {}
    for q in record["quotes"]:
        gold[strip_span(text, q["start"], q["end"])] = q
    indirect = [(d["start"], d["end"]) for d in record.get("indirect", [])]
    counts = {"tp": 0, "fp": 0, "fp_kept": 0, "fp_ptb": 0, "fn": 0, "mention_n": 0, "mention_ok": 0,
              "named_n": 0, "named_ok": 0, "pronoun_n": 0, "pronoun_ok": 0}
    matched = set()
    by_span = {}
    for row in rows:
        if row["kind"] not in ("direct", "partial") or row.get("field", "text") != "text":
            continue
        span = strip_span(text, row["start"], row["end"])
        if span[0] >= span[1]:
            continue
        if span in gold and span not in matched:
            matched.add(span)
            by_span[span] = row
            counts["tp"] += 1
            continue
        counts["fp"] += 1
        inside = any(a <= span[0] and span[1] <= b for a, b in indirect)
        if not (row["kind"] == "partial" and inside):
            counts["fp_kept"] += 1
            if not (inside and text[max(0, row["start"] - 2) : row["start"]] == "''"):
                counts["fp_ptb"] += 1
    counts["fn"] = len(gold) - len(matched)
    for span, q in gold.items():
        row = by_span.get(span)
        if row is not None and q.get("speaker_start") is not None:
            counts["mention_n"] += 1
            s, e = row.get("speaker_start"), row.get("speaker_end")
            if s is not None and e is not None and s < q["speaker_end"] and q["speaker_start"] < e \
                    and _head(text[s:e]) == _head(q["speaker_text"]):
                counts["mention_ok"] += 1
        silver = q.get("speaker_name_corenlp")
        if row is not None and silver and str(q.get("speaker_text")).lower() in _PERSONAL:
            counts["pronoun_n"] += 1
            if row.get("speaker") and silver.split()[-1].lower() in str(row["speaker"]).lower():
                counts["pronoun_ok"] += 1
        name = None if q.get("speaker_is_pronoun") else surname(q.get("speaker_text"))
        if name:
            counts["named_n"] += 1
            speaker = row.get("speaker") if row is not None else None
            if speaker and name.lower() in str(speaker).lower():
                counts["named_ok"] += 1
    return counts


def score_indirect(record: dict, rows: list[dict]) -> dict:
    """Reported speech against PolNeAR's ``indirect`` runs (the content of every attribution that is
    not a direct quote: reported clauses, but also "according to" phrases, beliefs and mixed quotes).
    An indirect row is right when its span overlaps an unused gold run with IoU >= 0.5."""
    text = record["text"]
    gold = [strip_span(text, d["start"], d["end"]) for d in record.get("indirect", [])]
    used: set[int] = set()
    tp = fp = 0
    for row in rows:
        if row["kind"] != "indirect" or row.get("field", "text") != "text":
            continue
        a = strip_span(text, row["start"], row["end"])
        best, best_iou = None, 0.0
        for i, b in enumerate(gold):
            if i in used:
                continue
            union = max(a[1], b[1]) - min(a[0], b[0])
            iou = max(0, min(a[1], b[1]) - max(a[0], b[0])) / union if union else 0.0
            if iou > best_iou:
                best, best_iou = i, iou
        if best is not None and best_iou >= 0.5:
            used.add(best)
            tp += 1
        else:
            fp += 1
    return {"indirect_tp": tp, "indirect_fp": fp, "indirect_fn": len(gold) - len(used)}


def summarise(totals: dict) -> dict:
    def f1(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f = f1(totals["tp"], totals["fp"], totals["fn"])
    kp, kr, kf = f1(totals["tp"], totals["fp_kept"], totals["fn"])
    _, _, tf = f1(totals["tp"], totals["fp_ptb"], totals["fn"])
    ip, ir, _ = f1(totals.get("indirect_tp", 0), totals.get("indirect_fp", 0), totals.get("indirect_fn", 0))
    return {
        "precision": p, "recall": r, "f1": f,
        "precision_partial_rule": kp, "recall_partial_rule": kr, "f1_partial_rule": kf,
        "f1_partial_rule_ptb_excused": tf,
        "mention_accuracy": totals["mention_ok"] / totals["mention_n"] if totals["mention_n"] else 0.0,
        "named_accuracy": totals["named_ok"] / totals["named_n"] if totals["named_n"] else 0.0,
        "pronoun_silver": totals["pronoun_ok"] / totals["pronoun_n"] if totals["pronoun_n"] else 0.0,
        "indirect_precision": ip, "indirect_recall": ir,
        **totals,
    }


def score(records: list[dict], extract) -> dict:
    totals: dict[str, int] = {}
    for record in records:
        rows = extract(record["text"])
        for key, value in (score_article(record, rows) | score_indirect(record, rows)).items():
            totals[key] = totals.get(key, 0) + value
    return summarise(totals)
