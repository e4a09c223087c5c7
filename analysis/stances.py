"""Actors' stances toward each other, and the shifts between them, from clauses and quotes.

A stance is an actor acting on or speaking about a target with a polarity: +1
(support, authorise, supply), -1 (oppose, criticise, sanction, attack) or 0
(considering, undecided). Stance words are a data file (``stance_words.tsv``);
actors come from :mod:`analysis.resolver` (people, countries, capitals standing
for governments, organisations). In a clause the actor is the nearest person
named before the stance word (else the nearest actor, else the first person
after it: "criticism … such as Trump’s letter"), the target the first actor after
it ("authorised Kyiv"), or before it for words like "contentious". A possessive or
nationality adjective right before a stance noun is its actor ("Russia's aggression
against Ukraine"); "by X" or "from X" after it names an agent; "mutual" words give both
directions when two actors are joined ("cooperation between Ukraine and Slovakia").
A person speaks for the country their title names in the article. A quote's
speaker takes the stance of the stance words inside it toward the actors it names.
"previously", "earlier", "once", "initially" and "despite earlier" mark a stance as
"earlier"; its ``when`` is then the date the sentence states, else the article's (a date
after "since" starts a period and is never a stance's ``when``). A verb after "and" takes the
first verb's subject ("Zakharova accused London … and warned"); an institution after
"according to" is a source, not an actor; " and said" ends a clause like "; " does; a sentence
opening with "He" or "She" takes the person the pronoun resolves to as its actor, and a
nationality opening a sentence acts through its noun ("Ukrainian air defenses downed …").

Shifts are stated ("reversing a position", "a harder stance", "no longer",
``shift_phrases.txt``) or found across time: an actor's polarity toward a target
changes between dated stances, within an article or across a corpus. People are
also counted for the actor they speak for (``actor_countries.tsv``), so a
president's reversal is his country's.

>>> import analysis
>>> table = stances(analysis.load_seed())
>>> table[["sentence", "actor", "target", "polarity"]].values.tolist()[:2]
[[0, 'Donald Trump', 'Ukraine', 1], [1, 'Keith Kellogg', 'Ukraine', 1]]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from . import lexicons
from .articles import as_articles
from .figures import figure_rows
from .quotes import _ACCORDING as _ACCORDING_WITHIN  # "according to" anywhere in a span
from .quotes import _OPENING_DETERMINER  # only "The" before a sentence's first word
from .patterns import scanner
from .quotes import extract as quote_rows
from .resolver import Registry, build_registry, person_actor
from .segmenter import split_sentences
from .tables import typed_table

STANCE_COLUMNS = ["article_id", "sentence", "actor", "target", "polarity", "cue", "when", "timing", "evidence", "source"]
_STANCE_DTYPES = {
    "article_id": "string", "sentence": "int64", "actor": "string", "target": "string", "polarity": "int64",
    "cue": "string", "when": "datetime64[ns]", "timing": "string", "evidence": "string", "source": "string",
}
SHIFT_COLUMNS = ["actor", "target", "before", "after", "direction", "article_id", "sentence", "cue", "evidence",
                 "when", "kind"]
_SHIFT_DTYPES = {
    "actor": "string", "target": "string", "before": "Int64", "after": "Int64", "direction": "string",
    "article_id": "string", "sentence": "int64", "cue": "string", "evidence": "string", "when": "datetime64[ns]",
    "kind": "string",
}
# "had blocked", "had long resisted": a stance taken before the one reported now
_EARLIER = scanner(r"\b(?:previously|earlier|once|initially|formerly|had\s+(?:(?:long|already|previously|repeatedly|also|"
                      r"initially|once|not|never)\s+)?(?:[a-z]+ed|been|said|sent|given|taken|made|held|struck|fought|sought|"
                      r"spoken|written|shown|won|lost|built|withheld))\b", re.I)


@dataclass(frozen=True)
class _Lex:
    cue_finder: lexicons.PhraseFinder
    cues: tuple  # (word, polarity, side), in the finder's order
    shift_re: re.Pattern
    shifts: dict
    negation: re.Pattern  # a denial right before a stance word
    ending: re.Pattern  # a verb ending what a support word names: "ending military aid"
    clause_end: re.Pattern  # where a clause ends: "; ", " – ", ", which", " and said"


@lru_cache(maxsize=1)
def _lexicon() -> _Lex:
    rows = sorted(lexicons.load_rows("stance_words"), key=lambda r: len(r[0]), reverse=True)
    cues = [(word, int(polarity), side.strip()) for word, polarity, side in rows]
    shifts = {}
    for line in lexicons.load("shift_phrases"):
        phrase_sign = line.rsplit(None, 1)
        if len(phrase_sign) == 2 and phrase_sign[1] in "+-?":
            shifts[phrase_sign[0].strip().lower()] = phrase_sign[1]
    shift_re = scanner(r"\b%s\b" % lexicons.alternation(shifts, ignore_case=True), re.I)
    negations = lexicons.alternation(lexicons.load("negations"), ignore_case=True)
    negation = scanner(r"(?:\b|(?<=\w))%s\s+(?:\w+\s+)?$" % negations, re.I)
    reporting = lexicons.alternation(sorted(w for w in lexicons.load("cue_verbs") if not w.endswith("ing")))
    clause_end = re.compile(r"%s|\s(?:and|but)\s+(?:also\s+)?(?:%s)\b" % (_CLAUSE_END.pattern, reporting))
    ending = scanner(r"\b%s\s+(?:\w+\s+)?$" % lexicons.alternation(lexicons.load("ending_verbs"), ignore_case=True), re.I)
    return _Lex(lexicons.PhraseFinder(word for word, _, _ in cues), tuple(cues), shift_re, shifts, negation, ending,
                clause_end)


lexicons.on_change(_lexicon.cache_clear)


def side_of(actor: str) -> str:
    """The actor a person speaks for ("Donald Trump" → "United States"), or the actor itself."""
    return person_actor(actor) or actor


def stance_rows(article_id: str, text: str, published=None, spans=None, registry: Registry | None = None,
                quotes: list[dict] | None = None, figures: list[dict] | None = None) -> list[dict]:
    """The stance rows of one article (see the module docstring)."""
    lex = _lexicon()
    spans = spans if spans is not None else split_sentences(text)
    reg = registry if registry is not None else build_registry(text, spans)
    quotes = quotes if quotes is not None else quote_rows(text, reg, spans=spans)
    figures = figures if figures is not None else figure_rows(article_id, text, published, spans)
    article_date = pd.NaT if published is None or pd.isna(published) else pd.Timestamp(published)
    day, month = {}, {}
    for f in figures:
        if f["kind"] == "date" and f["precision"] in ("day", "month", "year") and not pd.isna(f["date"]) \
                and not _SINCE.search(text, max(0, f["start"] - 60), f["start"]):
            # "since the invasion began on 24 February 2022" starts a period: not when a stance is taken
            if f["precision"] == "day":
                day.setdefault(f["sentence"], f["date"])
            elif f["sentence"] < len(spans) and _IN_MONTH.fullmatch(text, spans[f["sentence"]][0], f["start"]):
                month.setdefault(f["sentence"], f["date"])  # "In early March, the United States paused …", "In 2023 he …"
    for sentence, date in month.items():
        day.setdefault(sentence, date)
    mentions = _outermost([m for m in reg.mentions if m[3] in ("person", "actor")])
    sides = _sides(reg)
    starts = [m[0] for m in mentions]
    quoted = sorted((q["start"], q["end"]) for q in quotes if q["kind"] in ("direct", "partial") and q["field"] == "text")
    rows: list[dict] = []
    cues_in = lex.cue_finder.in_spans(text, spans)
    for i, (s, e) in enumerate(spans):
        found_cues = cues_in[i]
        if not found_cues:
            continue  # (no stance word: nothing to read)
        inside = [m for m in mentions[bisect_left(starts, s) : bisect_left(starts, e)] if not _in(quoted, m[0])]
        inside_starts = [m[0] for m in inside]
        sentence = text[s:e]
        earlier_marker = None  # whether the sentence has a word of an earlier stance, read when needed
        clause_ends = _clause_ends(text, s, e)
        # the hostile words of the sentence, in order, and those with an agent right before them
        # ("Russian aggression", "Russia's war"), whose agent is no target of a support word
        hostile = [c.start() for k, (c, index) in enumerate(found_cues)
                   if lex.cues[index][1] == -1 and not _preposition_of_previous(text, found_cues, k)
                   and (lex.cues[index][2] != "at" or _AIMED_AT.search(text, c.end(), min(e, c.end() + 30)))]
        # (weapons aimed at no one are no hostile word: "will send 100 Storm Shadow missiles to Ukraine")
        owned = {h for h in hostile if _agent_before(text, inside, inside_starts, h)}
        hostile = [h for h in hostile if h not in owned]  # "sanctions": it claims the actor after it
        before_cue = len(rows)
        for k, (m, index) in enumerate(found_cues):
            previous_stated, before_cue = len(rows) > before_cue, len(rows)  # the cue before this one gave rows
            if _in(quoted, m.start()) or _inside_name(mentions, starts, m.start(), m.end()):
                continue  # quoted, or part of a name ("Rapid Support Forces", "Aid Center")
            word, polarity, side = lex.cues[index]
            if side == "ignore":
                continue
            if k + 1 < len(found_cues) and _TO_NEXT.fullmatch(text, m.end(), found_cues[k + 1][0].start()):
                continue  # "refused to condemn": the second word, denied, states the stance
            if previous_stated and _preposition_of_previous(text, found_cues, k):
                continue  # "sanctions against Russia": the preposition of the stance word before it, which spoke
            if k + 1 < len(found_cues):
                nxt = found_cues[k + 1][0]
                denial = lex.negation.search(text, m.start(), nxt.start())
                if denial and denial.start() == m.start() and not _mention_between(inside_starts, m.end(), nxt.start()):
                    continue  # "opposed new sanctions on Russia": the object, denied, states the stance
                if polarity == 1 and lex.cues[found_cues[k + 1][1]][1] == -1 and _OBJECT_GAP.fullmatch(text, m.end(), nxt.start()):
                    continue  # "supported increasing pressure on the Russian regime": the hostile object states it
            denial = lex.negation.search(text, max(s, m.start() - 30), m.start())
            if denial and not _mention_between(inside_starts, denial.start(), m.start()) \
                    and not _denied_twice(text, found_cues, k, s, lex):
                # (but "opposed Russian aggression": the aggression is Russia's, opposed, no denial)
                polarity = -1 if polarity == 1 else 0
            elif polarity == 1 and lex.ending.search(text, max(s, m.start() - 30), m.start()):
                polarity = -1  # "campaigned on ending military aid to Kyiv"
            # the actors a stance word can reach: within _REACH characters (a run-on sentence of
            # thousands of mentions would otherwise make every stance word read all of them)
            near = inside[bisect_left(inside_starts, m.start() - _REACH) : bisect_left(inside_starts, m.end() + _REACH)]
            glued = _glued(text, m, near)
            if glued is not None:  # "Iran-backed Houthis": Iran backs them; "a U.S.-backed proposal": no actor
                rows.extend(_stance(article_id, i, a, t, polarity, m.group(), day.get(i, article_date), "now", sentence,
                                    "clause") for a, t in glued)
                continue
            pairs = _mutual(text, m, near, sides) if side == "mutual" else []
            if not pairs:
                pairs = _clause_stance(text, m, side, polarity, near, mentions, starts, spans, i, sides, clause_ends, reg,
                                       hostile, owned)
            if not pairs:
                continue
            timing = "earlier" if _EARLIER.search(text, max(s, m.start() - 45), m.end()) else "now"
            if timing == "now" and earlier_marker is None:
                earlier_marker = bool(_EARLIER.search(sentence))  # (read once, for the sentence's first stance)
            when = day.get(i, article_date) if (timing == "earlier" or not earlier_marker) else article_date
            for actor, target in pairs:
                rows.append(_stance(article_id, i, actor, target, polarity, m.group(), when, timing, sentence, "clause"))
    evidence: dict[tuple[int, int], str] = {}
    span_starts = [start for start, _ in spans]
    for q in quotes:
        if q["kind"] not in ("direct", "partial") or q["field"] != "text" or pd.isna(q["speaker"]) or q["speaker"] is None:
            continue
        found = [c for c in lex.cue_finder.finditer(text, q["start"], q["end"]) if lex.cues[c[1]][2] != "ignore"]
        if not found:
            continue
        targets = [m for m in mentions[bisect_left(starts, q["start"]) : bisect_left(starts, q["end"])]
                   if sides(m[2]) != sides(q["speaker"]) and m[3] == "actor"]
        if not targets:
            continue
        # the first target with a stance word in its sentence; the word nearest before it there ("ready to
        # support a ceasefire with sanctions if Russia refuses"), else the first after it ("… sanctions,
        # reputation, partners. Russia is looking at all this": no stance from the sentence before)
        cue_starts = [c[0].start() for c in found]
        for target in targets:
            t = bisect_right(span_starts, target[0]) - 1
            low, high = (spans[t][0], spans[t][1]) if t >= 0 else (q["start"], q["end"])
            near = found[bisect_left(cue_starts, low) : bisect_left(cue_starts, high)]  # (found is in text order)
            if near:
                break
        else:
            continue
        cue, index = next((c for c in reversed(near) if c[0].end() <= target[0]), near[0])
        word, polarity, _ = lex.cues[index]
        si = q["sentence"] if q["sentence"] is not None and not pd.isna(q["sentence"]) else 0
        s, e = spans[si] if si < len(spans) else (q["start"], q["end"])
        close = max(e, q["end"])
        when = day.get(si, article_date)
        if (s, close) not in evidence:  # one copy of a sentence however many of its quotes take a stance
            evidence[(s, close)] = text[s:close]
        rows.append(_stance(article_id, si, q["speaker"], target[2], polarity, cue.group(), when, "now",
                            evidence[(s, close)], "quote"))
    return _dedupe(rows)


_GLUED_TARGET = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?$")


def _denied_twice(text: str, found_cues: list, k: int, floor: int, lex: _Lex) -> bool:
    """The stance word ``k`` is the object of a verb of opposition that is itself denied: "would no
    longer block sanctions against Russia" keeps the sanctions' stance."""
    if not k:
        return False
    verb = found_cues[k - 1][0]
    by_verb = lex.negation.search(text, verb.start(), found_cues[k][0].start())
    return by_verb is not None and by_verb.start() == verb.start() \
        and lex.negation.search(text, max(floor, verb.start() - 30), verb.start()) is not None


def _agent_before(text: str, mentions: list[tuple], starts: list[int], pos: int) -> bool:
    """A mention ends right before ``pos``, owning the word there: "Russian aggression", "Russia's war"."""
    i = bisect_left(starts, pos) - 1
    return i >= 0 and bool(_OWNS.fullmatch(text, mentions[i][1], pos))


_OWNS = re.compile(r"(?:['’]s)?\s+")


def _mention_between(starts: list[int], start: int, end: int) -> bool:
    """A person or actor mention starts in ``text[start:end]`` (``starts`` sorted)."""
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _glued(text: str, m: re.Match, near: list[tuple]) -> list[tuple[str, str]] | None:
    """A stance word glued to its actor by a hyphen ("Iran-backed Houthi rebels"): that actor toward
    the actor the compound modifies, within two words; None when the word is no such compound."""
    actor = next((x for x in near if x[1] == m.start() - 1 and text[x[1]] in "-‑"), None)
    if actor is None:
        return None
    target = next((x for x in near if x[0] >= m.end() and _GLUED_TARGET.fullmatch(text, m.end(), x[0])), None)
    return [(actor[2], target[2])] if target is not None and target[2] != actor[2] else []


def _inside_name(mentions: list[tuple], starts: list[int], start: int, end: int) -> bool:
    """The span lies within a mention of a person or actor."""
    i = bisect_left(starts, start + 1) - 1
    return i >= 0 and mentions[i][0] <= start and end <= mentions[i][1]


def _outermost(mentions: list[tuple]) -> list[tuple]:
    """Drop a mention inside another ("U.S." inside "the U.S. president")."""
    out: list[tuple] = []
    for m in mentions:
        if out and m[0] < out[-1][1]:
            if m[1] - m[0] > out[-1][1] - out[-1][0]:
                out[-1] = m
            continue
        out.append(m)
    return out


def _owned_next(text: str, end: int, owned: set[int]) -> bool:
    """The word after a mention ending at ``end`` is a hostile word it owns ("Russian invasion")."""
    nxt = _OWNS.match(text, end)
    return nxt is not None and nxt.end() in owned


def _preposition_of_previous(text: str, found_cues: list, k: int) -> bool:
    """Stance word ``k`` is "against" right after the stance word before it ("sanctions against"):
    that word's preposition, no stance word of its own."""
    return k > 0 and found_cues[k][0].group().lower() == "against" \
        and _AGAINST_AFTER.fullmatch(text, found_cues[k - 1][0].end(), found_cues[k][0].start()) is not None


def _adjective(text: str, m: tuple) -> bool:
    """A nationality adjective ("Russian targets"): a target, not an acting subject."""
    word = text[m[0] : m[1]]
    return word != m[2] and bool(_ADJECTIVE.search(word))


_IN_MONTH = re.compile(r"\W*In\s+(?:(?:early|mid|late)[\s-])?")  # a month opening the sentence dates it
_BE = r"(?:is|are|was|were|be|been|being)"
_AUXILIARY = re.compile(rf"\b{_BE}\b")
_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:representatives\s+of\s+(?:the\s+)?)?$")
_ADJECTIVE = re.compile(r"(?:ian|ish|ese|can|ean|ic)s?$")
_CLAUSE_END = re.compile(r"\s[-–—]\s|[;:]|,\s+(?:(?!targeting\b)\w+ing|which|while|whereas|but|and\s+that|after|before|"
                         r"although|though|when|until|amid|despite)\b")


def _in(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_REACH = 1000


def _clause_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every place a clause ends in ``text[start:end]`` ("; ", " – ", ", which"), as (start, end),
    found once per sentence: a search per stance word and mention was cubic in a long sentence."""
    found = []
    pos = start
    clause_end = _lexicon().clause_end
    while (m := clause_end.search(text, pos, end)) is not None:
        found.append(m.span())
        pos = m.start() + 1
    return found


def _clause_stance(text, m, side, polarity, inside, mentions, starts, spans, i, sides, clause_ends, reg, hostile, owned):
    """The (actor, target) pairs of the stance word ``m`` in sentence ``i``: one, or one per actor of a
    listed subject ("Germany, France and Britain"), or none."""
    before = [x for x in inside if x[1] <= m.start()]
    j = bisect_left(clause_ends, (m.end(),))
    clause_end = clause_ends[j][1] if j < len(clause_ends) else float("inf")  # the first clause end after m
    after = [x for x in inside if m.end() <= x[0] and x[0] < clause_end]
    if side == "before":  # "Ukraine’s strikes were previously contentious, Washington is now …"
        if not before:
            return []
        target = before[-1][2]
        actors = [x for x in after if sides(x[2]) != sides(target)]
        return [(actors[0][2], target)] if actors else []
    active_verb = m.group().endswith("ed") and not _PASSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    agent = [x for x in after if x[0] - m.end() < 60 and _BY.search(text, max(m.end(), x[0] - 30), x[0])
             and not _AUXILIARY.search(text, m.end(), x[0])  # "missiles are funded by Norway": another verb's agent
             and not (active_verb and _PARTICIPLE.search(text, m.end(), x[0]))]  # "rejected a ceasefire proposed by Kyiv"
    if not agent and m.group().endswith("ed") and _BY_NEXT.match(text, m.end()):
        return []  # "a loan backed by the proceeds of Russian assets": a passive with no actor as agent
    subject = before and _SUBJECT_GAP.fullmatch(text, before[-1][1], m.start())
    if agent and subject and m.group().endswith("ed") and _BY_NEXT.match(text, m.end()) \
            and _AUXILIARY.search(subject.group()) and sides(agent[0][2]) != sides(before[-1][2]):
        return [(agent[0][2], before[-1][2])]  # "Kyiv was attacked by Russia": the agent acts on the subject
    if agent and not subject:  # "shelling by Russian troops of Ukrainian towns", "support for Ukraine from the EU"
        actor = agent[0][2]
        others = [x for x in inside if x is not agent[0] and sides(x[2]) != sides(actor) and x[3] == "actor"]
        between = [x for x in others if m.end() <= x[0] < agent[0][0]]
        return [(actor, sides((between or others)[0][2]))] if others else []
    owner = before[-1] if before else None
    if owner and (_adjective(text, owner) or _POSSESSIVE_END.search(text, owner[0], owner[1] + 3)) \
            and _NOMINAL.fullmatch(text, owner[1], m.start()):
        # "Russia's aggression against Ukraine", "the Russian invasion of Ukraine": the owner acts
        actor = owner[2]
        targets = [x for x in after if x[3] == "actor" and sides(x[2]) != sides(actor) and x[0] - m.end() < 90]
        targets = targets or [x for x in before[:-1] if x[3] == "actor" and sides(x[2]) != sides(actor)
                              and m.start() - x[1] < 90 and not _CLAUSE_END.search(text, x[1], m.start())][-1:]
        return [(actor, targets[0][2])] if targets else []
    if polarity == -1 and _THE_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _OF_AFTER.match(text, m.end()):
        return []  # "since the invasion of Ukraine began", "due to the aggression of Russia": the subject is no agent
    # a person with a known country stands for it as a target ("Zelensky thanked Trump": the United States)
    targets = [x if x[3] == "actor" else (x[0], x[1], person_actor(x[2]), "actor") for x in after
               if (x[3] == "actor" or person_actor(x[2])) and x[0] - m.end() < 90 and not _MADE_BY.match(text, x[1])
               and (side != "at" or _AIMED_AT.search(text, m.end(), x[0]))  # "missiles at Kyiv", not "missiles, ahead of a visit to Washington"
               and not (_AND_CLAUSE_BEFORE.search(text, max(0, x[0] - 25), x[0]) and _VERB_AFTER.match(text, x[1]))
               and not (polarity >= 0 and _adjective(text, x) and _owned_next(text, x[1], owned))  # "support … since the Russian invasion"
               and not (polarity == 1 and bisect_left(hostile, m.end()) < bisect_left(hostile, x[0]))]
    # (a hostile word between a support word and an actor claims it: "support our defence and strengthen
    # sanctions against the Russian Federation")
    # "According to the United Nations, … have been killed": an institution cited is a source, no actor
    # (a person cited states their own view: "According to Zelenskyy, sanctions would …")
    subjects = [x for x in before if not _adjective(text, x) and not _MADE_BY.match(text, x[1])
                and not (x[3] == "actor" and _ACCORDING.search(text, max(0, x[0] - 24), x[0]))
                and not (_owner_of_other(text, x[1]) and text.find(",", x[1], min(m.start(), x[1] + 200)) >= 0)]
    relative = [r.span() for r in _RELATIVE_ASIDE.finditer(text, max(spans[i][0], m.start() - 300), m.start())]
    if relative:  # "Robert Fico, who campaigned on ending aid to Kyiv, said …": no one in the aside acts
        subjects = [x for x in subjects if not any(a <= x[0] and x[1] <= b for a, b in relative)]
    aside = _ASIDE.search(text, max(0, m.start() - 120), m.start())
    if aside and subjects:
        # "Viktor Orban, the European leader closest to Moscow, again criticized": the name before
        # the aside acts, not an actor inside it
        outside = [x for x in subjects if x[1] <= aside.start()]
        if outside and outside[-1][3] == "person" and outside[-1][1] >= aside.start() - 2:
            subjects = outside
    relative_verb = _RELATIVE_SUBJECT.search(text, max(spans[i][0], m.start() - 40), m.start())
    if relative_verb and not _AMONG_THOSE.search(text, max(spans[i][0], relative_verb.start() - 40), relative_verb.start()):
        # "Russia, which has attacked …" acts; "the war that has killed …" is no actor's (but "Sweden is
        # among those who support Ukraine": the subject of "is among" is)
        subjects = [x for x in subjects if _RELATIVE_ANTECEDENT.fullmatch(text, x[1], relative_verb.start())][-1:]
    actor = subjects[-1][2] if subjects else None
    listed = _listed_before(text, subjects)  # "The United States, Canada and the EU imposed sanctions"
    if subjects and _AND_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        # "Zakharova … accused London of … and warned that …": the first verb's subject, not its object
        people = [x for x in subjects if x[3] == "person"]
        actor = (people or subjects)[0][2]
        listed = [actor]
    if actor is None and before and _adjective(text, before[0]) \
            and _OPENING_DETERMINER.fullmatch(text, spans[i][0], before[0][0]) \
            and _ADJECTIVE_SUBJECT.fullmatch(text, before[0][1], m.start()):
        # "Ukrainian air defenses downed …", "Russian troops shelled …": the nationality opening the sentence acts
        actor = before[0][2]
    if actor is None:
        # "He urged partners to tighten sanctions on Russian oil exports": a pronoun opening the sentence
        pronoun = _PRONOUN_SUBJECT.match(text, spans[i][0], m.start())
        person = reg.resolve(pronoun.group(1), pronoun.start(1)) if pronoun else None
        actor = person if person in reg.people else None
    if actor is None:  # "Despite earlier criticism of Ukrainian strikes … such as Trump’s letter"
        people_after = [x for x in inside if x[0] >= m.end() and x[3] == "person"]
        actor = people_after[0][2] if people_after else None
    if actor is None:
        return []
    targets = [x for x in targets if sides(x[2]) != sides(actor)]
    if targets:
        return [(a, targets[0][2]) for a in (listed if actor in listed else [actor]) if sides(a) != sides(targets[0][2])]
    if polarity == 0 and i > 0:
        # "While the U.S. is considering providing the cruise missiles": the other side of the story
        ps, pe = spans[i - 1]
        previous = mentions[bisect_left(starts, ps) : bisect_left(starts, pe)]
        others = [sides(x[2]) for x in previous if sides(x[2]) != sides(actor)]
        if others:
            return [(actor, others[-1])]
    return []


# ", and three Russian aircraft breached …": the subject of a clause of its own, no target
_AND_CLAUSE_BEFORE = re.compile(r",\s+(?:and|but|while)\s+(?:[\w-]+\s+)?$")
_VERB_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:have|has|had|also)\s+)?[a-z]{2,}ed\b")
_ADJECTIVE_SUBJECT = re.compile(r"(?:\s+[a-z][\w’'-]*){1,3}(?:,\s+(?:in|on|at|after|speaking)\b[^,;:]{0,40},)?"  # ", in a statement,"
                                r"\s+(?:(?:have|has|had|also|again|reportedly)\s+)*")
_PRONOUN_SUBJECT = re.compile(r"\W*(?:(?:But|And|Yet|Later|Then|Earlier|Meanwhile),?\s+)?"
                              r"(?:(?:In|On|By|Since)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{1,2})?),?\s+)?"  # "In 2023 he accused"
                              r"([Hh]e|[Ss]he)\s")
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|again|[a-z]+ly)\s+)?$")
# "Since Russia's full-scale invasion, Western governments have committed aid": an owner of another
# noun in a phrase the comma closes is no subject of a later verb
_OWNER_OF_OTHER = re.compile(r"(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)[,\s]")


def _owner_of_other(text: str, end: int) -> bool:
    """A possessive owning someone else ("Zelensky's wife, …"); not a body speaking for the owner ("Netanyahu's office")."""
    owned = _OWNER_OF_OTHER.match(text, end)
    return owned is not None and owned.group(1) not in lexicons.load("body_nouns")


_SINCE = re.compile(r"\bsince\b[^,;:.!?]*$", re.I)
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _listed_before(text: str, subjects: list[tuple]) -> list[str]:
    """The last subject and the actors listed before it ("Germany, France and Britain"), in text order."""
    if not subjects:
        return []
    k = len(subjects) - 1
    while k > 0 and subjects[k][3] == subjects[k - 1][3] == "actor" \
            and _LIST_JOIN.fullmatch(text, subjects[k - 1][1], subjects[k][0]):
        k -= 1
    return list(dict.fromkeys(x[2] for x in subjects[k:]))


# a hostile noun in a prepositional phrase: "since the invasion of", "due to the aggression of"
_THE_BEFORE = re.compile(r"\b(?:during|since|after|before|of|from|to|in|amid|against|over|about|for|by|with|on)\s+"
                         r"the\s+(?:[a-z]+-[a-z]+\s+|[a-z]+\s+)?$")
_OF_AFTER = re.compile(r"\s+(?:of|on|against|in)\b")
_AIMED_AT = re.compile(r"\b(?:at|on|against|into|toward|towards|over|hit|hitting|struck|striking|targeting|from)\b")
# "U.S.-made missiles", "a Kremlin-backed party": the actor qualifies a thing, it is no target or subject
_MADE_BY = re.compile(r"[-‑](?:made|built|flagged|supplied|produced|drafted|designed|manufactured|provided|donated|funded|backed|"
                      r"brokered|led|sponsored|owned|run|controlled|occupied|held|annexed)\b")
_BY_NEXT = re.compile(r"\s+by\b")
_PASSIVE_BEFORE = re.compile(rf"\b{_BE}\s+(?:[a-z]+\s+)?$")
# "Sweden is among those who support", "Ukraine is a country that has destroyed": the subject of the copula
_AMONG_THOSE = re.compile(r"\b(?:among|is|are|was|were)\s+(?:the\s+|those\s+|an?\s+|one\s+of\s+(?:the\s+)?)?(?:[a-z]+\s+)?$")
_PARTICIPLE = re.compile(r"\b[a-z]{3,}(?:ed|en)\s+(?:by|from)\b")
# a stance verb opening a relative clause: its subject is the word right before "that"/"which"/"who"
# (not "stressed that sanctions …", "said that": after a verb "that" opens a report, not a relative clause)
_RELATIVE_SUBJECT = scanner(r"(?<!ed\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\bsay\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bso\s)\bthat\s+"
                               r"(?:(?:has|have|had|been|is|are|was|were|would|will|could|also)\s+)*$"
                               r"|\b(?:which|who)\s+(?:(?:has|have|had|been|is|are|was|were|would|will|could|also)\s+)*$")
_RELATIVE_ANTECEDENT = re.compile(r"[,\s]*(?:[a-z]+\s+)?(?:[a-z]+s\s+)?")  # "Russia, which", "NATO member states that"
_RELATIVE_ASIDE = re.compile(r",\s+(?:(?:who|which|whose)\s|(?:a|an|the)\s+[a-z])[^,;:]{3,200},")  # or ", a close ally of Moscow,"
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
_ASIDE = re.compile(r",\s+(?:the|a|an|his|her|who|whose)\s[^,;:]{3,100},\s+(?:(?:again|also|strongly|repeatedly|once\s+again|[a-z]+ly)\s+)*$")
# Between an owner and its stance noun: "Russia's aggression", "the Russian full-scale invasion".
_NOMINAL = re.compile(r"(?:’s|'s|')?\s+(?:[a-z]+-[a-z]+\s+|(?:military|armed|brutal|unprovoked|ongoing|further)\s+)?")
# Between a subject and its verb: "The Netherlands backed", "Russia has also threatened".
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|is|was|were|are|also|again|strongly|firmly|repeatedly)\s+)*")
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|a|an|new|further|more|tougher|stronger|increasing|increased|additional|its|their)\s+)*")
_AGAINST_AFTER = re.compile(r"\s+")  # "sanctions against", "strikes against"
_TO_NEXT = re.compile(r"\s+to\s+(?:[a-z]+\s+)?")  # "refused to condemn", "urged partners to tighten sanctions"
_POSSESSIVE_END = re.compile(r"(?:’s|'s|')(?=\s)")
_PAIR_JOIN = re.compile(r"\s*(?:-|–|and|\s)\s*(?:the\s+)?")


def _mutual(text, m, inside, sides) -> list[tuple[str, str]]:
    """Both directions when two actors share the stance word: "cooperation between Ukraine and
    Slovakia", "Ukrainian-French cooperation", "Russia and Belarus have been working together"."""
    actors = [x for x in inside if x[3] == "actor" and (m.start() - 120 < x[1] <= m.start() or 0 <= x[0] - m.end() < 40)]
    for a, b in zip(actors, actors[1:]):
        if b[1] <= m.start() and _ACCORDING_WITHIN.search(text, b[1], m.start()):
            continue  # "Norway and the Netherlands, according to the … Cooperation Agency": a source between
        if sides(a[2]) != sides(b[2]) and _PAIR_JOIN.fullmatch(text, a[1], b[0]):
            return [(a[2], b[2]), (b[2], a[2])]
    return []


def _sides(reg: Registry):
    """The actor a canonical name speaks for in this article: a person's stated nationality
    ("British Defence Secretary Ben Wallace" → United Kingdom), else the domain list, else itself."""
    def side(name: str) -> str:
        person = reg.people.get(name)
        if person is not None and len(person.nationality) == 1:
            return next(iter(person.nationality))
        return side_of(name)
    return side


def _stance(article_id, sentence, actor, target, polarity, cue, when, timing, evidence, source) -> dict:
    return {"article_id": article_id, "sentence": sentence, "actor": actor, "target": target, "polarity": polarity,
            "cue": cue, "when": when, "timing": timing, "evidence": evidence, "source": source}


def _dedupe(rows: list[dict]) -> list[dict]:
    """One stance per sentence, actor, target and timing; a committed stance beats "considering"."""
    best: dict[tuple, dict] = {}
    for row in rows:
        key = (row["sentence"], row["actor"], row["target"], row["timing"])
        kept = best.get(key)
        if kept is None or (kept["polarity"] == 0 and row["polarity"] != 0):
            best[key] = row
    return sorted(best.values(), key=lambda r: (r["sentence"], r["timing"] != "earlier"))


def stances(articles) -> pd.DataFrame:
    """Every stance statement of every article (see the module docstring).

    Returns:
        article_id, sentence, actor, target, polarity (-1, 0, +1), cue, when, timing
        ("earlier"/"now"), evidence (the sentence) and source ("clause" or "quote").
    """
    arts = as_articles(articles)
    dates = arts["date"] if "date" in arts else [pd.NaT] * len(arts)
    rows = []
    for article_id, text, published in zip(arts["article_id"], arts["text"], dates):
        rows.extend(stance_rows(article_id, text, published))
    return typed_table(rows, STANCE_COLUMNS, _STANCE_DTYPES)


def shifts(articles=None, stance_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Changes of an actor's stance toward a target: stated in a sentence, or found across time.

    Args:
        articles: the articles table (or a string); not needed when ``stance_table`` is given.
        stance_table: the stances table, if already computed.

    Returns:
        actor, target, before, after, direction ("toward support"/"toward opposition"),
        article_id, sentence, cue, evidence, when, and kind ("stated" or "over time").
    """
    table = stance_table if stance_table is not None else stances(articles)
    lex = _lexicon()
    rows = []
    # only sentences that hold a shift phrase: one regex pass per distinct sentence, not a group each
    stated = {e for e in table["evidence"].dropna().unique() if lex.shift_re.search(e)}
    candidates = table[table["evidence"].isin(stated)]
    for (article_id, sentence), group in candidates.groupby(["article_id", "sentence"], sort=False):
        evidence = group["evidence"].iloc[0]
        for m in lex.shift_re.finditer(evidence):
            sign = lex.shifts[m.group().lower()]
            now = group[group["timing"] == "now"]
            if sign == "?":
                now = now[now["polarity"] != 0]
                if now.empty:
                    continue
                pick = now.iloc[-1]
                after = int(pick["polarity"])
            else:
                after = 1 if sign == "+" else -1
                matching = now[now["polarity"] == after]
                if matching.empty:
                    continue
                pick = matching.iloc[0]
            earlier = group[(group["timing"] == "earlier") & (group["target"] == pick["target"])]
            before = int(earlier["polarity"].iloc[0]) if len(earlier) else None
            rows.append(_shift(side_of(pick["actor"]) if len(earlier) else pick["actor"], pick["target"], before, after,
                               article_id, sentence, m.group(), evidence, pick["when"], "stated"))
    rows.extend(_shifts_over_time(table))
    out: dict[tuple, dict] = {}
    for row in rows:  # a stated shift wins over the same one found across time
        key = (row["actor"], row["target"], row["direction"], row["article_id"])
        if key not in out or (out[key]["kind"] != "stated" and row["kind"] == "stated"):
            out[key] = row
    return typed_table(list(out.values()), SHIFT_COLUMNS, _SHIFT_DTYPES)


def _shift(actor, target, before, after, article_id, sentence, cue, evidence, when, kind) -> dict:
    direction = "toward support" if (after > (before if before is not None else 0) or (before is None and after > 0)) \
        else "toward opposition"
    return {"actor": actor, "target": target, "before": before, "after": after, "direction": direction,
            "article_id": article_id, "sentence": int(sentence), "cue": cue, "evidence": evidence, "when": when,
            "kind": kind}


def _shifts_over_time(table: pd.DataFrame) -> list[dict]:
    """Sign changes of one actor's (or its country's) polarity toward one target, in date order."""
    if table.empty:
        return []
    kept = (table["polarity"] != 0).to_numpy()
    # every column but the evidence, which only the rows that shift need (read at the end: a corpus's
    # evidence sentences copied and listed whole dominated the memory of this step)
    data = table.loc[kept, ["actor", "target", "polarity", "timing", "when", "article_id", "sentence", "cue"]].copy()
    data["row"] = np.flatnonzero(kept)
    data["side"] = data["actor"].map(side_of)
    data["order"] = data["timing"].map({"earlier": 0, "now": 1})
    # an earlier stance with no date of its own is dated like the article: it comes before the article's
    # stances of now ("had paused deliveries two weeks earlier" before "announced on Monday it would send")
    first_now = data[data["timing"] == "now"].groupby("article_id")["when"].min()
    earlier = data["timing"] == "earlier"
    data.loc[earlier, "when"] = pd.concat([data.loc[earlier, "when"], data.loc[earlier, "article_id"].map(first_now)],
                                          axis=1).min(axis=1)
    data["pair"] = data.groupby(["side", "target"], sort=False).ngroup()
    data = data[data["pair"] >= 0]
    # one sort for every pair (pairs in order of first appearance), then one pass
    data = data.sort_values(["pair", "when", "order", "article_id", "sentence"])
    rows, at = [], []
    previous = None
    columns = ["pair", "side", "target", "polarity", "article_id", "sentence", "cue", "row", "when"]
    for pair, side, target, polarity, article_id, sentence, cue, row, when in zip(
            *(data[c].tolist() for c in columns)):
        if side == target:
            continue
        if previous is not None and previous[0] == pair and polarity != previous[1]:
            rows.append(_shift(side, target, int(previous[1]), int(polarity), article_id, sentence, cue, None,
                               when, "over time"))
            at.append(row)
        previous = (pair, polarity)
    for shift, evidence in zip(rows, table["evidence"].take(at).tolist()):
        shift["evidence"] = evidence
    return rows
