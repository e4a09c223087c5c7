"""The figures table: every number an article states, typed and normalised.

A figure is a number with what it counts or measures ("1,109,590 troops",
"2,500 kilometers", "€210 billion", "three Russian aircraft"), how it is
qualified ("roughly", "up to", "between 5 and 10") and of which kind
(casualties, count, distance, area, money, percentage, duration, date,
ordinal, other). Dates are one row each ("February 24, 2022"), resolved to a
calendar date against the article's date when the year is left out.

Decisions worth knowing:

* Vague plurals are ranges with no single value: "hundreds of" is 100 to 1,000,
  "tens of thousands" 10,000 to 100,000, "millions" 1e6 to 1e7, "dozens" 12 to 120
  (NewsQuant's reading).
  Every row with ``low``/``high`` has qualifier "between" and value NaN.
* A weekday ("on Thursday") is the most recent such day on or before the article
  date, or the next one after it when the sentence speaks of the future
  ("will", "next", "is due to"). A month and day without a year ("September 10")
  take the nearest year that puts them on or before the article date (or on or
  after it, in the future tense).
* A year on its own (1900-2099, no thousands comma, not followed by a counted noun)
  is a date with precision "year"; numbers inside names and codes (G7, Su-34,
  COP26, Section 427), times of day and version-like strings are no figures.
* Values are always finite or NaN: digit runs longer than 30 are no figures.

>>> rows = extract("Russia has lost roughly 1,109,590 troops, the General Staff said.")
>>> [(r["surface"], r["value"], r["unit"], r["qualifier"], r["kind"]) for r in rows]
[('1,109,590 troops', 1109590.0, 'troops', 'approximately', 'casualties')]
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from itertools import compress
from typing import Any

import pandas as pd

from . import lexicons
from .patterns import scanner
from .resolver import is_known_name
from .articles import as_articles
from .segmenter import split_sentences
from .tables import typed_table

FIGURE_COLUMNS = [
    "article_id", "sentence", "start", "end", "surface", "value", "low", "high", "unit", "qualifier",
    "kind", "date", "precision", "km", "about",
]
_DTYPES = {
    "article_id": "string", "sentence": "int64", "start": "int64", "end": "int64", "surface": "string",
    "value": "float64", "low": "float64", "high": "float64", "unit": "string", "qualifier": "string",
    "kind": "string", "date": "datetime64[ns]", "precision": "string", "km": "float64", "about": "string",
}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
    "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_UNITS_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALES_AFTER_DIGITS = {"lakh": 1e5, "crore": 1e7, "dozen": 12.0, "doz": 12.0, "dz": 12.0}
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "tln": 1e12}
_DENOMINATORS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}
# "first" and "second" count only inside a compound denominator ("twenty-first", "three twenty-firsts").
_COMPOUND_ONLY = {"first": 1, "second": 2, "firsts": 1, "seconds": 2}
_FRACTIONS = {"half": 0.5, "halves": 0.5, "quarter": 0.25, "quarters": 0.25}
_FRACTIONS.update({w: 1 / d for w, d in _DENOMINATORS.items()})
_FRACTIONS.update({w + "s": 1 / d for w, d in _DENOMINATORS.items()})
_ORDINAL_WORDS = set(_FRACTIONS) - {"half", "halves"}
_ORDINALS = {w.rstrip("s") if w.endswith("s") and w[:-1] in _DENOMINATORS else w: d for w, d in _DENOMINATORS.items() if d < 10}
_ORDINALS.update({w + "s": d for w, d in list(_ORDINALS.items())})
_ORDINALS.update(_COMPOUND_ONLY)
_VAGUE = {
    "dozens": (12.0, 120.0), "scores": (40.0, 100.0), "tens": (10.0, 100.0), "hundreds": (100.0, 1e3),
    "thousands": (1e3, 1e4), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
}
_VULGAR = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
    "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8, "⅑": 1 / 9, "⅒": 1 / 10,
}
_DEATH_NOUNS = {"casualties", "deaths", "dead", "killed", "wounded", "injured", "fatalities", "losses", "victims"}
_FUTURE = scanner(
    r"\b(?:will|shall|next|upcoming|(?:is|are) (?:due|scheduled|set|expected|to) to|(?:is|are) to)\b", re.I
)

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_MONTH_FORMS = (*_MONTH_NAMES, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_RELATIVE_DAYS = ("yesterday", "today", "tomorrow")
_MONTH = lexicons.alternation(_MONTH_FORMS)  # (the longest form first: "Sept" before "Sep")
_MONTH_FULL = lexicons.alternation(_MONTH_NAMES)
_FULL_MONTHS = frozenset(m.lower() for m in _MONTH_NAMES)
_DATE = re.compile(
    rf"(?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d))"
    rf"|(?P<dmy>\b(?:(?P<d0>[0-3]?\d)[-–])?(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<dm>{_MONTH})\b\.?(?:,?\s+(?P<dy>(?:19|20)\d\d)\b)?)"
    rf"|(?P<mdy>\b(?P<mm>{_MONTH})\b\.?\s+(?P<md>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.:,]\d|\s*%)(?:[-–][0-3]?\d\b)?(?:,?\s+(?P<my>(?:19|20)\d\d)\b)?)"
    rf"|(?P<my_>\b(?P<ym>{_MONTH})\b\.?,?\s+(?P<yy>(?:19|20)\d\d)\b)"
    rf"|(?P<mon>\b(?:in|since|until|till|by|from|during|early|late|mid|last|next|this|before|after|through|of"
    rf"|In|Since|Until|By|From|During|Early|Late|Last|Next|This|Before|After|Through)[ -](?:(?:early|late|mid)[- ])?(?P<om>{_MONTH_FULL})\b(?!\s+\d))"
    rf"|(?P<wd>\b(?P<w>{'|'.join(_WEEKDAYS)})\b)"
    rf"|(?P<rel>\b(?P<r>{'|'.join(_RELATIVE_DAYS)})\b)"
)
_DIGIT = re.compile(r"\d")
_NUMBER = scanner(r"(?<![\d.,/:])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w])\.\d+)(?![\d])")
_NUMBER_WORDS = frozenset(
    "a an zero nought naught point one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "half halves dozen dozens hundred thousand million billion trillion quarter quarters and of scores tens "
    "hundreds thousands millions billions firsts".split()
)  # plus the ordinal denominators below ("fifths", "hundredth")
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_NOT_ONE = re.compile(r"\b(?:no|any|every|each|this|that|which)\s+(?:single\s+)?one\b|\bone\s+(?:another|by one)\b", re.I)
_VULGAR_RE = re.compile("[" + "".join(_VULGAR) + "]")
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.?m\b\.?|:\d\d|/\d)", re.I)
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*-|[:/#]|\d[/.:]|\b(?:No|Nos|no|Art|Sec|Vol|p|pp)\.\s?)$")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_MULTIPLIER = re.compile(
    r"(?:[\s-]?(?P<word>(?i:million|billion|trillion|thousand|lakhs?|crores?|dozens?|dozs?|dzs?))"  # "a 90-billion-euro loan"
    r"|(?P<short>mn|mln|bln|bn|Bn|BN|tn|[kmb])|\s{1,2}(?P<spaced>mln|bln|tln|bn|k)"
    r"|\s?(?P<upper>MM|M|B|K|mil)"
    r"|\s(?P<hundred>(?i:hundred)))(?![A-Za-z])"
)
_SCALED = re.compile(r"(hundred|thousand|million|billion|trillion|(?<=\d)(?:bn|mn|tn|[kmb]))\b", re.I)
_SCALE_OF = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_METRE_CONTEXT = re.compile(r"(?:\(|-?long|-?high|-?deep|-?wide|-?tall|away|above|below|from|sprint|race|hurdles|freestyle|$)", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’]*(?:[.-]+[\w'’]+)*\.?")
_CONNECTOR = re.compile(r"\s*(?:(?P<dash>[-–—])|(?P<word>to|and|or|through))\s*", re.I)
_LOWER_LABELS = frozenset("category level grade tier type class round number no. top bottom".split())
_NUMBER_CONTEXT = frozenset("about around some nearly roughly over under more less up at least only just".split())
_LABELS = frozenset(
    "Section Article Row Resolution Room Flight Route Gate Chapter Paragraph Page Decree Law Protocol "
    "Level Phase Stage Track Channel Episode Season Volume Bill Amendment Title Block Lot Highway Terminal "
    "Platform Band Model Version Windows iPhone Galaxy Pixel Boeing Airbus Covid COVID Apollo Gemini".split()
)


@dataclass(frozen=True)
class _Lexicon:
    unit_re: re.Pattern
    unit_ci_re: re.Pattern
    units: dict
    currency_before: re.Pattern
    currency_symbols: dict
    qualifier_before: re.Pattern
    qualifier_after: re.Pattern
    qualifiers: dict
    qualifier_words: frozenset
    casualty_nouns: frozenset
    casualty_cues: re.Pattern
    stops: frozenset
    after_noun: frozenset  # "familiar" in "two officials familiar with": ends the counted noun phrase
    demonyms: frozenset  # plural names of peoples in the gazetteer ("Ukrainians"): nouns a number counts


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    units: dict[str, tuple[str, str, float]] = {}
    short, long_ = [], []
    for canonical, kind, factor, forms in lexicons.load_rows("units"):
        for form in forms.split("|"):
            units[form if len(form) <= 3 else form.lower()] = (canonical, kind, float(factor))
            (short if len(form) <= 3 else long_).append(form)
    symbols: dict[str, str] = {}
    before = []
    for code, prefixes, words in lexicons.load_rows("currencies"):
        for p in prefixes.split("|"):
            symbols[p] = code
            before.append(p)
        for w in words.split("|"):
            units[w if len(w) <= 3 else w.lower()] = (code, "money", 1.0)
            (short if len(w) <= 3 else long_).append(w)
    qualifiers, q_before, q_after = {}, [], []
    for phrase, qualifier, where in lexicons.load_rows("qualifiers"):
        qualifiers[phrase] = qualifier
        (q_after if where.strip() == "after" else q_before).append(phrase)
    end = r"(?![A-Za-z0-9])"
    return _Lexicon(
        unit_re=re.compile(rf"[\s-]?{lexicons.alternation(short)}{end}"),
        unit_ci_re=re.compile(rf"[\s-]?{lexicons.alternation(long_, ignore_case=True)}{end}", re.I),
        units=units,
        currency_before=re.compile(rf"(?:(?<![A-Za-z]){lexicons.alternation(before)})\s?$"),
        currency_symbols=symbols,
        qualifier_before=re.compile(rf"(?:^|(?<=[^\w]))(?P<q>{lexicons.alternation(q_before, ignore_case=True)})\s*$", re.I),
        qualifier_after=re.compile(rf"\s+(?P<q>{lexicons.alternation(q_after, ignore_case=True)})\b", re.I),
        qualifiers=qualifiers,
        qualifier_words=frozenset(w for phrase in qualifiers for w in phrase.split()),
        casualty_nouns=lexicons.load("casualty_words"),
        casualty_cues=re.compile(r"\b%s\b" % lexicons.alternation(lexicons.load("casualty_cues"), ignore_case=True), re.I),
        stops=lexicons.load("figure_stops"),
        after_noun=lexicons.load("postpositive_adjectives"),
        demonyms=_demonyms(),
    )


def _demonyms() -> frozenset:
    """The gazetteer's plural forms whose singular is also a form ("Ukrainians" beside "Ukrainian")."""
    forms = {form for _, _, written in lexicons.load_rows("gazetteer") for form in written.split("|")}
    return frozenset(f for f in forms if f.endswith("s") and f[:-1] in forms)


lexicons.on_change(_lexicon.cache_clear)


def figures(articles) -> pd.DataFrame:
    """Every stated figure of every article, as typed rows (see the module docstring).

    Args:
        articles: the articles table (or a string, read as one undated article).

    Returns:
        The figures table of ``docs/tables.md``: article_id, sentence, start, end,
        surface, value, low, high, unit, qualifier, kind, date, precision, plus
        ``km`` (distances in kilometres) and ``about``.
    """
    arts = as_articles(articles)
    dates = arts["date"] if "date" in arts else [pd.NaT] * len(arts)
    rows: list[dict] = []
    for article_id, text, published in zip(arts["article_id"], arts["text"], dates):
        rows.extend(figure_rows(article_id, text, published))
    return typed_table(rows, FIGURE_COLUMNS, _DTYPES)


def figure_rows(article_id: str, text: str, published=None, spans=None) -> list[dict]:
    """The figure rows of one article; ``spans`` are its sentence spans if already known."""
    ref = None if published is None or pd.isna(published) else pd.Timestamp(published).date()
    rows = []
    for i, start, end, vulgar, dated in _hinted(text, spans if spans is not None else split_sentences(text)):
        for row in _scan(text, start, end, ref, vulgar, dated):
            row["article_id"] = article_id
            row["sentence"] = i
            rows.append(row)
    return rows


def _hinted(text: str, spans: list[tuple[int, int]]):
    """(index, start, end, whether the text has a vulgar fraction, whether the sentence may hold a date)
    of the sentences that hold a word where a figure may start, or cut a word at either end: the others
    have no figure. A date needs a month, weekday or relative-day word, or an ISO date's hyphen."""
    words, offsets, distinct = lexicons.word_index(text)
    starts = list(compress(offsets, map(_HINT_WORDS.current().__getitem__, words)))
    date_starts = list(compress(offsets, map(_DATE_WORDS.__contains__, words))) if not _DATE_WORDS.isdisjoint(distinct) else []
    vulgar = _VULGAR_RE.search(text) is not None  # (most articles have no "½": no sentence is scanned for one)
    for i, (start, end) in enumerate(spans):
        k = bisect_left(starts, start)
        cut = lexicons.cuts_word(text, start) or lexicons.cuts_word(text, end)
        if k < len(starts) and starts[k] < end or cut:
            d = bisect_left(date_starts, start)
            dated = d < len(date_starts) and date_starts[d] < end or cut or text.find("-", start, end) >= 0
            yield i, start, end, vulgar, dated


def extract(text: str, published: Any = None) -> list[dict]:
    """The figures of a short text as dicts (no article id or sentence index)."""
    ref = None if published is None or pd.isna(published) else pd.Timestamp(published).date()
    return [row for _, start, end, vulgar, dated in _hinted(text, split_sentences(text))
            for row in _scan(text, start, end, ref, vulgar, dated)]


def _row(start, end, text, **fields) -> dict:
    row = {
        "start": start, "end": end, "surface": text[start:end], "value": math.nan, "low": math.nan,
        "high": math.nan, "unit": None, "qualifier": None, "kind": "other", "date": pd.NaT,
        "precision": None, "km": math.nan, "about": None,
    }
    row.update(fields)
    return row


# --- dates -----------------------------------------------------------------


_SOON = timedelta(days=31)
# "ahead of his planned visit to Washington on Friday", "a summit scheduled for Monday": to come
_PLANNED_BEFORE = re.compile(r"\b(?:planned|scheduled|upcoming|expected|ahead\s+of)\b[^.;!?,]*\b(?:on|for)\s+$")
_WOULD_BEFORE = re.compile(r"\bwould\s+(?!like\b|have\b|be\b)[a-z]+\b[^.;!?]*$")


def _resolve_month_day(month: int, day: int, ref: Date | None, future: bool, past: bool = False) -> Date | None:
    """The date of a day without a year: the next one in a sentence about the future, else the last one,
    unless the next one is within a month and the last one most of a year back ("December 15" in an
    article of December 14 is tomorrow, not a year ago) and no past-tense verb stands before it."""
    if ref is None:
        return None
    if not future and not past:
        upcoming = _resolve_month_day(month, day, ref, True)
        if upcoming is not None and upcoming - ref <= _SOON:
            return upcoming
    for year in ((ref.year, ref.year + 1) if future else (ref.year, ref.year - 1)):
        try:
            candidate = Date(year, month, day)
        except ValueError:
            continue
        if (candidate >= ref) if future else (candidate <= ref):
            return candidate
    return None


# A past-tense verb right before a date ("announced on Thursday", "resumed in late November", "since
# December 7"): the date is past even in a sentence that speaks of the future elsewhere.
_PAST_BEFORE = re.compile(
    r"(?:\b(?:[a-z]{3,}ed|began|met|said|told|spoke|held|took|came|went|made|gave|was|were)"
    r"(?:\s+[a-z]+){0,2}?(?:\s+(?:on|in|at|late|early|last))*|\bsince)\s+$")  # also "took effect on"


_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(this|next|last)\s+year\b", re.I)
_YEAR_SHIFT = {"this": 0, "next": 1, "last": -1}


def _past_at(text: str, start: int, s: int) -> bool:
    """Whether the date at ``s`` follows a past-tense verb (and no future marker) in its sentence."""
    window = max(start, s - 40)
    window = max(window, text.rfind(",", window, s) + 1)  # within its clause
    return bool(_PAST_BEFORE.search(text, window, s)) and not _FUTURE.search(text, window, s)


_QUOTED = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^«»]*(?:»|$)")  # (a quote may run past its sentence)


def _writer_future(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    """The sentence's quotations and whether its words outside them speak of the future: outside its
    quotations only the writer's words count ('Belousov told a meeting on Thursday: “They will answer …”'
    is past); a date inside one is the speaker's, whose future marker may well be in it."""
    quoted = [q.span() for q in _QUOTED.finditer(text, start, end)]
    outside, last = [], start
    for a, b in quoted:
        outside.append(text[last:a])
        last = b
    outside.append(text[last:end])
    return quoted, bool(_FUTURE.search(" ".join(outside)))


def _dates(text: str, start: int, end: int, ref: Date | None):
    sentence_future = bool(_FUTURE.search(text[start:end]))
    writer = None  # read once per sentence, when a date needs it
    for m in _DATE.finditer(text, start, end):
        g = m.groupdict()
        when, precision = None, "day"
        at = m.start("om") if g["mon"] else m.start()
        past = _past_at(text, start, at)  # "was signed on January 30"
        future = sentence_future and not past
        if future:
            writer = writer or _writer_future(text, start, end)
            k = bisect_right(writer[0], (at, len(text))) - 1
            future = writer[1] or (k >= 0 and writer[0][k][1] > at)
        try:
            if g["iso"]:
                when = Date(int(g["iy"]), int(g["im"]), int(g["id"]))
            elif g["dmy"] or g["mdy"]:
                month = MONTHS[(g["dm"] or g["mm"]).lower().rstrip(".")]
                day = int(g["d0"] or g["dd"] or g["md"])  # "the night of 5-6 June" is the 5th, as "June 5-6"
                year = g["dy"] or g["my"]
                if not year and ref is not None and (named := _YEAR_AFTER.match(text, m.end(), end)):
                    year = ref.year + _YEAR_SHIFT[named.group(1).lower()]  # "December 10 this year"
                when = Date(int(year), month, day) if year else _resolve_month_day(month, day, ref, future, past)
                if not year and when is None:
                    Date(2000, month, day)  # raises for an impossible day
            elif g["my_"]:
                when, precision = Date(int(g["yy"]), MONTHS[g["ym"].lower()], 1), "month"
            elif g["mon"]:
                precision = "month"
                month = MONTHS[g["om"].lower()]
                named = _YEAR_AFTER.match(text, m.end("om"), end) if ref is not None else None
                if named:  # "in June this year", "by April next year"
                    when = Date(ref.year + _YEAR_SHIFT[named.group(1).lower()], month, 1)
                else:
                    when = _resolve_month_day(month, 1, ref.replace(day=1) if ref else None, future)
            elif g["wd"]:
                if ref is not None:
                    # "said he would discuss it with Zelensky when he visits on Friday": that Friday is to come
                    future = future or (_WOULD_BEFORE.search(text, max(start, m.start() - 120), m.start()) is not None
                                        and not _past_at(text, start, m.start())) \
                        or _PLANNED_BEFORE.search(text, max(start, m.start() - 60), m.start()) is not None
                    shift = (ref.weekday() - WEEKDAYS[g["w"].lower()]) % 7
                    when = ref + timedelta(days=(7 - shift) % 7) if future and shift else ref - timedelta(days=shift)
            elif g["rel"]:
                if ref is not None:
                    when = ref + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[g["r"].lower()])
        except ValueError:
            continue  # "February 30": no date, and no stray numbers either
        s, e = m.span("om") if g["mon"] else m.span()
        if text[e - 1] == "." and text[s:e].rsplit(None, 1)[-1][:-1].lower() in _FULL_MONTHS:
            e -= 1  # "on 6 June.": the full stop ends the sentence (but "Feb." keeps its)
        yield _row(s, e, text, kind="date", date=pd.Timestamp(when) if when else pd.NaT, precision=precision)


# --- numbers ---------------------------------------------------------------


def _integer_words(words: list[str]) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w in ("and", "of", "a", "an"):
            continue  # "a dozen", "a million": a scale word alone counts one of itself
        if w in _UNITS_WORDS:
            current += _UNITS_WORDS[w]
        elif w in ("dozen", "dozens"):
            current = (current or 1.0) * 12
        elif w == "hundred":
            current = (current or 1.0) * 100
        elif w in _SCALES:
            total += (current or 1.0) * _SCALES[w]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _fraction_words(words: list[str]) -> float | None:
    """ "a half", "three quarters", "half a million", "two-thirds", "three twenty-firsts"."""
    i = next(i for i, w in enumerate(words) if w in _FRACTIONS or w in _COMPOUND_ONLY)
    fraction = _FRACTIONS.get(words[i])
    numerator = words[:i]
    if i > 1 and words[i - 1] in _UNITS_WORDS and 20 <= _UNITS_WORDS[words[i - 1]] <= 90 and words[i] in _ORDINALS:
        fraction = 1 / (_UNITS_WORDS[words[i - 1]] + _ORDINALS[words[i]])  # "twenty-fifth"
        numerator = words[: i - 1]
    if fraction is None:
        return None
    count = _integer_words(numerator) if any(w in _UNITS_WORDS or w == "hundred" for w in numerator) else 1.0
    scale = _integer_words(words[i + 1 :]) if words[i + 1 :] and words[i + 1 :] != ["a"] else 1.0
    if count is None or scale is None:
        return None
    return count * fraction * scale


def _word_value(words: list[str]) -> float | None:
    """Value of number words: "twenty-five", "three hundred and forty", "a dozen",
    "half a million", "one and a half", "five billion and three quarters", "nine point nought four".
    """
    if "point" in words:
        i = words.index("point")
        whole = _integer_words(words[:i]) if i else 0.0
        tail = words[i + 1 :]
        if tail and all(_UNITS_WORDS.get(w, 99) < 10 for w in tail):
            decimals = "".join(str(_UNITS_WORDS[w]) for w in tail)  # "point nought four"
        else:
            value = _integer_words(tail) if tail else None  # "point seventy-one"
            decimals = str(int(value)) if value is not None else ""
        if whole is None or not decimals:
            return None
        return whole + float("0." + decimals)
    if not any(w in _FRACTIONS or w in _COMPOUND_ONLY for w in words):
        return _integer_words(words)
    frac_at = next(i for i, w in enumerate(words) if w in _FRACTIONS or w in _COMPOUND_ONLY)
    cut = max((i for i, w in enumerate(words[:frac_at]) if w == "and"), default=None)
    if cut is None:
        return _fraction_words(words)
    count = _integer_words(words[cut + 1 : frac_at]) if words[cut + 1 : frac_at] else None
    if count is not None and count > 9 and words[frac_at].rstrip("s") not in ("hundredth", "thousandth"):
        numerator = _integer_words(words[:frac_at])  # "one hundred and thirty fifths" is 130/5
        fraction = _FRACTIONS.get(words[frac_at])
        return numerator * fraction if numerator is not None and fraction else None
    whole, part = _integer_words(words[:cut]), _fraction_words(words[cut + 1 :])
    if whole is None or part is None:
        return None
    last = words[cut - 1] if cut else ""
    tail_scale = words[-1] if words[-1] in _SCALES and words[-1] != "hundred" else None
    if tail_scale and not any(w in _SCALES for w in words[:cut]):
        return (whole + part / _SCALES[tail_scale]) * _SCALES[tail_scale]  # "five and a half million"
    if last in _SCALES and _SCALES[last] >= 1e6 and not tail_scale:
        part *= _SCALES[last]  # "five billion and three quarters" is 5.75 billion
    return whole + part


_SPECIAL_NUMBER = scanner(
    r"(?<![\d.,/])(?:(?P<whole>\d{1,3})\s{1,2})?(?P<num>\d{1,3})[/⁄](?P<den>\d{1,3})(?![\d/])"        # 1/2, 10 1/2
    r"|(?<![\d.,])(?P<mant>\d+(?:\.\d+)?)(?:[eE](?P<exp>[+-]?\d{1,3})|\s?[x×]\s?10(?:\^(?P<exp10>[+-]?\d{1,3})"
    r"|(?P<minus>−\d{1,3})|(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})))(?![\w])"  # 1.3e6, 3 x 10^8, 2.998×10−8, 6×10²³
    r"|(?<![\d.,])(?P<base>\d+(?:\.\d+)?)\^(?P<pow>[+-]{0,2}\d{1,3})(?![\w])"
    r"|(?<![\d.,])(?P<indian>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?)(?![\d,])"
    r"|(?<![\d.,])(?P<spaced>\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?)(?![\d])"
)


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _special_value(m: re.Match) -> float | None:
    """Fractions ("1/2", "10 1/2"), scientific notation ("1.3e6") and spaced thousands ("1 234 567")."""
    if m.group("den"):
        num, den = int(m.group("num")), int(m.group("den"))
        if den not in (2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128) or not 0 < num < den:
            return None  # "9/11", "24/7"
        return (int(m.group("whole")) if m.group("whole") else 0) + num / den
    if m.group("mant"):
        if m.group("sup"):
            exp = int(m.group("sup").translate(_SUPERSCRIPTS))
        elif m.group("minus"):
            exp = -int(m.group("minus")[1:])  # "×10−8": a superscript minus that lost its height
        else:
            exp = int(m.group("exp") or m.group("exp10"))
        value = float(m.group("mant")) * 10.0**exp if abs(exp) <= 300 else math.inf
        return value if math.isfinite(value) else None
    if m.group("base"):
        power = m.group("pow")
        sign = -1 if power.count("-") % 2 else 1
        value = float(m.group("base")) ** (sign * int(power.lstrip("+-")))
        return value if math.isfinite(value) else None
    if m.group("indian"):
        return float(m.group("indian").replace(",", ""))
    return float(re.sub(r"[\s\u00a0\u202f]", "", m.group("spaced")))


_SIGN = re.compile(r"(?:\b(?:minus|negative)[\s-]|(?:^|(?<=[\s(]))[-−])$|^[-−]\s$")
_OF_THE = re.compile(r"\s+of\s+(?:the|its|his|her|their|our|my|your|these|those)(?:\s+(?:most|least))?(?=\s)", re.I)
_RATE = re.compile(r"\s+(?:per|a|an|each)\s+(?P<per>day|week|month|year|hour|night|barrel|ounce|gallon|litre|liter|share|person|head|capita|kilogram|kg|tonne|ton|pound|gram|square (?:foot|metre|meter)|sq (?:ft|m))\b", re.I)
_MEGA_CODE = re.compile(r"\s?M([A-Z]{3})\b")
_CENTS = re.compile(r"\s+(?:and\s+)?$", re.I)
_CENT_WORD = re.compile(r"\s+cents?\b", re.I)
_AND_FRACTION = re.compile(r"\s+and\s+(?:a|an|one)\s+(half|quarter|third)\b", re.I)
_RATIO = re.compile(r"\s+(?:over|out of)\s+", re.I)
# A run is kept only with one of these words (not just "a", "an", "and", "of", "point").
_RUN_WORDS = (_NUMBER_WORDS | set(_FRACTIONS) | set(_COMPOUND_ONLY)) - {"a", "an", "and", "of", "point"}
# a word of _RUN_WORDS as a whole _WORD_TOKEN, in any case (ASCII folding only, as str.lower on ASCII letters)
_RUN_WORD = scanner(r"(?<![A-Za-z])%s(?![A-Za-z])" % lexicons.alternation(_RUN_WORDS), re.I | re.A)
# The words where a figure may start: a month or weekday, today/yesterday/tomorrow, a number word (in any
# case), and any word that is not all ASCII letters (a digit, "½", "5thousand"). A sentence without one
# has no figure (every date and number pattern needs one): only the others are scanned.
_DATE_WORDS = frozenset((*_MONTH_FORMS, *_WEEKDAYS, *_RELATIVE_DAYS))  # (the words every _DATE match but an ISO date holds)


def _is_hint(word: str) -> bool:
    return not (word.isascii() and word.isalpha()) or word.lower() in _RUN_WORDS or word in _DATE_WORDS


_HINT_WORDS = lexicons.WordTable(_is_hint)  # word -> whether a figure may start at it


_SCORE = {"score": True}  # a marker: the two numbers of a score are no figures
_OF = re.compile(r"\s+of\b")
_AGE = re.compile(r"[A-Z][\w'’.-]*, $")
_EDGE = ("and", "of", "a", "an")


def _word_runs(text: str, start: int, end: int) -> list[list[tuple[str, int, int]]]:
    """Runs of number words ("three hundred and forty", "twenty-five") joined by spaces or hyphens."""
    if not _RUN_WORD.search(text, start, end):
        return []  # only "a", "and", "of" …: no run would be kept
    runs, run = [], []
    for t in _WORD_TOKEN.finditer(text, start, end):
        word = t.group().lower()
        if word in _NUMBER_WORDS or word in _FRACTIONS or (word in _COMPOUND_ONLY and text[t.start() - 1] == "-"):
            if run and text[run[-1][2] : t.start()].strip(" -\t") != "":
                runs.append(run)
                run = []
            run.append((word, t.start(), t.end()))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if any(w not in ("a", "an", "and", "of", "point") for w, _, _ in r)]


def _word_groups(tokens: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Split a run of number words into numbers: "one of four" is two, "tens of thousands" one."""
    groups, current = [], []
    for i, token in enumerate(tokens):
        after = [t[0] for t in tokens[i + 1 : i + 3]]
        of_scale = current and current[-1][0] in _FRACTIONS and len(after) == 2 and after[0] == "a" and after[1] in _SCALES
        if token[0] == "of" and not (current and current[-1][0] in _VAGUE) and not of_scale:
            groups.append(current)
            current = []
            continue
        if (token[0] == "and" and current and current[-1][0] not in _SCALES and current[-1][0] != "dozen"
                and not any(t[0] in _FRACTIONS for t in tokens[i + 1 : i + 4])):
            groups.append(current)  # "ten and fifteen" are two numbers; "a hundred and ten" one
            current = []
            continue
        current.append(token)
    groups.append(current)
    out = []
    for group in groups:
        while group and group[-1][0] in _EDGE:
            group = group[:-1]
        while group and (group[0][0] in ("and", "of") or (group[0][0] in ("a", "an") and len(group) > 1
                                                           and group[1][0] in _UNITS_WORDS
                                                           and not any(t[0] in _ORDINALS for t in group))):
            group = group[1:]
        if group and not (len(group) == 1 and group[0][0] in ("a", "an")):
            out.append(group)
    return out


def _numbers(text: str, start: int, end: int, vulgar: bool = True):
    """(start, end, value, digits) of every number token, digits or words, in order (``vulgar``: whether
    the text may hold a vulgar fraction)."""
    found = []
    digit = _DIGIT.search(text, start, end)
    # Numbers in digits start at the first digit (or the point before it): the scans begin there.
    first = end if digit is None else max(start, digit.start() - 1)
    for m in _NUMBER.finditer(text, first, end) if digit else ():
        raw = m.group().replace(",", "")
        if len(raw) > 30 or (len(raw) > 1 and raw[0] == "0" and raw[1] != "."):
            continue  # a run of digits, or a code such as "0401"
        value = float(raw)
        if math.isfinite(value):
            found.append((m.start(), m.end(), value, True))
    for run in _word_runs(text, start, end):
        for group in _word_groups(run):
            s, e = group[0][1], group[-1][2]
            words = [w for w, _, _ in group]
            if len(words) == 1 and (
                words[0] in _SCALES or words[0] in _ORDINAL_WORDS or words[0] == "dozen"
                or (words[0] == "half" and not _OF.match(text, e) and not text[max(0, s - 5) : s].lower() == "than ")
            ):
                continue  # "parts per million", "the fourth quarter", "the second half", "a baker's dozen"
            if words[0] in _VAGUE:
                if words[0] in ("scores", "tens") and not _OF.match(text, e):
                    continue  # "he scores", but "scores of people"
                found.append((s, e, math.nan, False))
                continue
            value = _word_value(words)
            if value is None:
                continue
            if words == ["one"] and _is_label(text, s, _lexicon()):
                continue  # "BBC One": a name
            if text[s].isupper() and _CAPITAL_WORD_BEFORE.search(text, max(start, s - 30), s):
                continue  # "World War Two", "Formula One": a capitalised number word inside a name
            found.append((s, e, value, False))
    for m in _SPECIAL_NUMBER.finditer(text, first, end) if digit else ():  # (both start with a digit)
        value = _special_value(m)
        if value is not None:
            found = [f for f in found if not (m.start() <= f[0] < m.end())]
            found.append((m.start(), m.end(), value, True))
    for m in _VULGAR_RE.finditer(text, start, end) if vulgar else ():
        found.append((m.start(), m.end(), _VULGAR[m.group()], True))
    found.sort()
    return found


_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_PARTICIPLE_WORD = re.compile(r"[a-z]{3,}(?:ed|en)")
_AND_BEFORE = re.compile(r"\b(?:and|while|but)\s+(?:(?:at\s+least|about|some|nearly|almost|over|more\s+than|another)\s+)?$")
_PASSIVE_LOSS = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|are)\s+(?:being\s+)?(\w+)")
# "including", "among them", with a qualifier: a part of the count before it ("killed nine people, including
# two children", "1,150,000 troops, including 1,050 over the past day")
_PART_OF = r"(?:including|among\s+them|among\s+whom)(?:\s+(?:at\s+least|about|some|nearly|almost|over|more\s+than))?"
_INCLUDED_BEFORE = re.compile(rf"\b{_PART_OF}\s+$", re.I)
_INCLUDING = re.compile(rf"\s*{_PART_OF}\s*", re.I)
def _loss_verb_before(text: str, start: int, pos: int, lex: _Lexicon) -> bool:
    """A loss verb right before ``pos``, past a qualifier ("wounded more than 90")."""
    q = lex.qualifier_before.search(text, max(start, pos - 32), pos)
    before = text[max(start, pos - 40) : q.start() if q else pos].split()
    return bool(before) and lex.casualty_cues.fullmatch(before[-1]) is not None


_COMPARED_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.)(?:\s+(?:about|around|roughly|nearly|almost|some))?\s+$")
_TO_ONLY = re.compile(r"\s+to\s+")
_OF_THE_COUNT = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?")
# "the death toll from a week of shelling rose above 460", "the number of wounded reached 31": a bare
# number completing a toll counts casualties (the toll's noun is the unit)
_TOLL_BEFORE = re.compile(
    r"\b(?:(?P<kind>death|casualty)\s+tolls?|number\s+of\s+(?:(?P<noun>dead|deaths|killed|wounded|injured|casualties|victims|fatalities)|"
    r"(?:[\w-]+\s+){0,2}?(?P<counted>soldiers|troops|civilians|people)\s+(?:killed|dead|wounded|injured))|"
    r"(?:total|overall|combat|personnel|(?P<owner>its|their|[\w-]+[’']s))\s+(?P<losses>losses))"  # "bringing total losses since … to around 856,000", "its losses"
    r"\b(?:[^.;!?]|\.(?=\s?\d)){0,60}?\b(?:(?:rose|risen|rises|rising|climbed|reached|stood|stands|increased|jumped|hit|passed|topped|surpassed|is|was|of)"
    r"(?:\s+(?:to|at|above|past|over|beyond))?|at|to)(?:\s+(?:about|around|roughly|nearly|almost|some|at\s+least|more\s+than))?\s+$", re.I)
_OF_THE_SUPERLATIVE = re.compile(r"\s+of\s+the\s+(?:[a-z]+est|most|best|worst|largest)\b")
_SPREAD_OVER = re.compile(r"[^,;.]*(?:,\s*(?:to\s+be\s+)?[a-z]+ed\b[^,;.]*)?\s+over\s+")  # (", to be disbursed over")
_PREPOSITION_AFTER = re.compile(r"\s+(?:over|under)\s+", re.I)


# a plural noun, then a bare number its estimate: "North Korean troops, estimated at between 10,000 and 12,000"
_ESTIMATED_AT = re.compile(r"\b(?P<noun>[a-z]{3,}s),?\s+(?:(?:which|who)\s+(?:are|were)\s+)?(?:estimated|numbering|put|"
                           r"thought|believed)(?:\s+to\s+(?:be|number))?(?:\s+at)?(?:\s+(?:between|about|around|some|roughly|"
                           r"nearly|almost|more\s+than|up\s+to|at\s+least|over))?\s+$")


_TIMES_AFTER = re.compile(r"\s+times\b")
_POPULATION_OF = re.compile(r"\b(?:population|populace|inhabitants)\s+(?:of|was|is|stood\s+at|had\s+been)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|just|only|at\s+least)\s+)?$")


_SPEAKER_NOUN = re.compile(r"(?:ial|at|ist|er|or|man|woman|person|ee|ent|ant|source|witness)$")
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
_WORD_AFTER = re.compile(r",?\s+(?:[a-z]+ly\s+)?([a-z]+)")


def _speaks(text: str, s: int, end: int, limit: int) -> bool:
    """A reporting verb right before "one <noun>" or right after it ("said one diplomat", "one official told")."""
    cues = lexicons.load("cue_verbs")
    before = _WORD_BEFORE.search(text, max(0, s - 20), s)
    after = _WORD_AFTER.match(text, end, limit)
    return bool(before and before.group(1) in cues or after and after.group(1) in cues)


def _scan(text: str, start: int, end: int, ref: Date | None, vulgar: bool = True, dated: bool = True) -> list[dict]:
    lex = _lexicon()
    rows = list(_dates(text, start, end, ref)) if dated else []
    date_spans = [(r["start"], r["end"]) for r in rows]  # sorted, non-overlapping
    covered_until = 0  # figures come in order: the end of the last one
    # the last figure of each sort read so far (kept as rows are added: a walk back over every earlier
    # row for each new one was quadratic in a run of thousands of numbers)
    last_money = last_casualties = last_measured = last_counted = None
    numbers = _numbers(text, start, end, vulgar)
    i = 0
    while i < len(numbers):
        s, e, value, digits = numbers[i]
        i += 1
        if s < covered_until or _inside(date_spans, s, e):
            continue
        fig = _figure(text, s, e, value, digits, end, lex)
        if fig is None:
            continue
        if rows and rows[-1]["kind"] != "date" and _PREPOSITION_AFTER.fullmatch(text, rows[-1]["end"], fig["start"]):
            fig["qualifier"] = None  # "67 drones over seven regions", "$5bn over three years": a preposition
        elif fig["kind"] == "duration" and (money := last_money) \
                and fig["start"] - money["end"] <= 80 and _SPREAD_OVER.fullmatch(text, money["end"], fig["start"]):
            # "a €50 billion package for Ukraine over four years", "a 90-billion-euro loan … last December, to be
            # disbursed over two years": the money spread out
            fig["qualifier"] = None
        # the last count, not a part of one ("26 people, including three children, and wounded more than 90")
        counted = last_counted
        if counted and fig["unit"] is None and fig["kind"] == "other":
            if _INCLUDED_BEFORE.search(text, max(start, fig["start"] - 30), fig["start"]):
                fig.update(unit=counted["unit"], kind=counted["kind"])  # "1,150,000 troops, including 1,050 over the past day"
            elif (loss := _PASSIVE_LOSS.match(text, fig["end"], end)) and lex.casualty_cues.fullmatch(loss.group(1)):
                # "2 people were killed and 14 were wounded", "19 drones crossed …, and at least four had been destroyed"
                fig.update(unit=counted["unit"], kind=counted["kind"])
            elif loss and (_PARTICIPLE_WORD.fullmatch(loss.group(1)) or loss.group(1) in lexicons.load("irregular_past_verbs")) \
                    and _AND_BEFORE.search(text, max(start, fig["start"] - 12), fig["start"]):
                # "42,000 people were at risk …, and 17,000 were being evacuated": the same count, no loss
                fig.update(unit=counted["unit"], kind="count")
            elif counted["kind"] == "casualties" and _loss_verb_before(text, start, fig["start"], lex):
                fig.update(unit=counted["unit"], kind="casualties")  # "killed at least 26 people … and wounded more than 90"
        if fig["unit"] is None and fig["kind"] == "other" and not fig.get("year_like") \
                and (toll := _TOLL_BEFORE.search(text, max(start, fig["start"] - 100), fig["start"])) \
                and not (toll.group("owner") and last_casualties is None):  # "its losses" after a casualty figure, not a firm's
            lost = last_casualties["unit"] if last_casualties else "losses"
            noun = toll.group("noun") or toll.group("counted") or (lost if toll.group("losses") else None) \
                or ("deaths" if toll.group("kind").lower() == "death" else "casualties")
            fig.update(unit=noun.lower(), kind="casualties")
        if fig["unit"] is None and fig["kind"] == "other" and not fig.get("year_like") \
                and (counted_noun := _ESTIMATED_AT.search(text, max(start, fig["start"] - 80), fig["start"])):
            fig.update(unit=counted_noun.group("noun"), kind="count")  # "North Korean troops, estimated at 10,000"
        elif fig["unit"] is None and fig["kind"] == "other" and not fig.get("year_like") \
                and _POPULATION_OF.search(text, max(start, fig["start"] - 60), fig["start"]) \
                and not _TIMES_AFTER.match(text, fig["end"]):  # (not "whose population is three times larger")
            fig.update(unit="people", kind="count")  # "a pre-war population of about 15,000"
        if fig["unit"] is None and fig["kind"] == "other" and rows and not fig.get("year_like") and (_COMPARED_BEFORE.search(
                text, max(start, fig["start"] - 30), fig["start"]) or rows[-1]["kind"] in ("count", "casualties")
                and _TO_ONLY.fullmatch(text, rows[-1]["end"], fig["start"])):  # (not "rose 1.2 percent to 1,333.18")
            # "60,000 soldiers this year, up from 40,000", "$5 billion, compared with 3 billion", "311 votes to 112":
            # the same measure
            measured = last_measured
            if measured is not None:
                fig.update(unit=measured["unit"], kind=measured["kind"])
        # a range: "252 to 287 miles", "between 15kHz and 17kHz", "two or three", "10-15%"
        if i < len(numbers) and math.isfinite(value):
            nxt = _range_partner(text, fig, numbers[i], end, lex)
            if nxt is _SCORE:
                i += 1
                continue
            if nxt is not None:
                fig = nxt
                i += 1
            elif _SCALE_END.search(text, fig["start"], fig["end"]) and fig["unit"] is None:
                fig, i = _scale_sum(text, fig, numbers, i, end, lex)
            elif _is_cents(text, fig, numbers[i]):
                # "15 dollars 50", "thirteen dollars and forty-five cents"
                s2, e2, value2, _ = numbers[i]
                cents = _CENT_WORD.match(text, e2, end)
                fig.update(value=fig["value"] + value2 / 100, end=cents.end() if cents else e2)
                fig["surface"] = text[fig["start"] : fig["end"]]
                i += 1
            elif fig["qualifier"] in _LOWER_BOUNDS + _UPPER_BOUNDS:
                fig, i = _bounded_range(text, fig, numbers, i, end, lex)
            elif (fig["unit"] is None and _RATIO.fullmatch(text, fig["end"], numbers[i][0]) and numbers[i][2]
                  and 0 <= fig["value"] <= numbers[i][2]):
                # "one out of three", "1 over 20": a ratio
                fig = _row(fig["start"], numbers[i][1], text, value=fig["value"] / numbers[i][2], kind="other")
                i += 1
        if fig.pop("year_like", False) and fig["kind"] in ("count", "other"):
            fig.update(kind="date", date=pd.Timestamp(Date(int(value), 1, 1)), precision="year", value=math.nan,
                       unit=None, end=fig["start"] + 4, surface=text[fig["start"] : fig["start"] + 4])
        elif fig["kind"] in ("count", "other") and fig["unit"] is not None:
            noun = fig["unit"].lower()
            if noun in _DEATH_NOUNS or ((noun in lex.casualty_nouns or fig["unit"] in lex.demonyms)  # "46,000 Palestinians"
                                        and _loss_cue(text, start, end, fig, lex)):
                fig["kind"] = "casualties"
        rows.append(fig)
        covered_until = fig["end"]
        if fig["kind"] == "money":
            last_money = fig
        if fig["kind"] == "casualties":
            last_casualties = fig
        if fig["unit"] is not None and fig["kind"] != "date":
            last_measured = fig
        if fig["kind"] in ("casualties", "count") \
                and not _INCLUDED_BEFORE.search(text, max(start, fig["start"] - 30), fig["start"]):
            last_counted = fig
    rows.sort(key=lambda r: r["start"])
    for row, nxt in zip(rows, rows[1:]):
        if row["unit"] is None and row["kind"] == "other" and nxt["kind"] in ("count", "casualties") \
                and _OF_THE_COUNT.fullmatch(text, row["end"], nxt["start"]):
            row.update(unit=nxt["unit"], kind=nxt["kind"])  # "repelled 53 of the 165 attacks"
    for row in rows:
        row["about"] = _about(text, start, end, row, lex)
    return rows


def _figure(text: str, s: int, e: int, value: float, digits: bool, limit: int, lex: _Lexicon) -> dict | None:
    """One figure starting at the number text[s:e], or None when it is no figure."""
    before = text[max(0, s - 14) : s]
    if digits:
        if (_NAME_BEFORE.search(before) and not before.endswith("minus-")) or _TIME_AFTER.match(text, e, limit):
            return None
        has_currency = lex.currency_before.search(text, max(0, s - 6), s)
        if s and text[s - 1].isalpha() and not has_currency:
            return None  # G7, COP26, MH17
        if not has_currency and _is_label(text, s, lex) and not _unit(text, e, limit, lex):
            return None
        if (_AGE.search(text, max(0, s - 30), s) and text[e : e + 1] == ",") or (
            text[s - 1 : s] == "(" and text[e : e + 1] == ")"
        ):
            return None  # "Jamie Armstrong, 25, said", "Dak Prescott (4)": ages and shirt numbers
    fields: dict[str, Any] = {}
    first, last = s, e
    # currency before: "$", "C$", "€", "USD"
    cur = lex.currency_before.search(text, max(0, s - 6), s)
    if cur:
        fields.update(unit=lex.currency_symbols[cur.group().strip()], kind="money")
        first = cur.start()
    sign = _SIGN.search(text, max(0, s - 9), s)
    if sign:
        value = -value
        first = min(first, sign.start())
    ordinal = digits and _ORDINAL_SUFFIX.match(text, e, limit)
    if ordinal:
        return _row(first, ordinal.end(), text, value=value, kind="ordinal", **_qualify(text, first, ordinal.end(), lex))
    if not digits and text[e : e + 1] == "-" and not _unit(text, e, limit, lex):
        return None  # "a third-party", "first-quarter"
    vague = None
    if math.isnan(value):
        word = text[s:e].lower().split()[0].split("-")[0]
        vague = _VAGUE.get(word)
        inner = re.match(r"(?:tens|hundreds|dozens) of (thousands|millions|billions)\b", text[s:e].lower())
        if inner:
            low, high = _VAGUE[word]
            vague = (low * _VAGUE[inner.group(1)][0], high * _VAGUE[inner.group(1)][0])
    mult = _MULTIPLIER.match(text, e, limit)
    early_unit = _unit(text, e, limit, lex) if mult else None
    if early_unit and early_unit[3] > mult.end():
        mult = None  # "24703m2" is square metres, not millions
    mult_used, factor_used = False, 1.0
    while mult and not vague:
        factor = None
        if mult.group("word"):
            word = mult.group("word").lower().rstrip("s")
            factor = _SCALES.get(word) or _SCALES_AFTER_DIGITS.get(word)
        elif mult.group("upper"):
            factor = {"MM": 1e6, "M": 1e6, "B": 1e9, "K": 1e3, "mil": 1e6}[mult.group("upper")]
        elif mult.group("hundred"):
            factor = 100.0
        elif mult.group("spaced"):
            factor = _SHORT_SCALES[mult.group("spaced").lower()]
        elif digits:
            short = mult.group("short").lower()
            nxt = text[mult.end() : mult.end() + 12].lstrip()
            if short != "m" or cur or not _METRE_CONTEXT.match(nxt):
                factor = _SHORT_SCALES.get(short)
        if not factor:
            break
        value *= factor
        last = mult.end()
        mult_used = True
        factor_used = factor
        mult = _MULTIPLIER.match(text, last, limit) if mult.group("hundred") or mult.group("word") else None
    if mult_used:
        half = _AND_FRACTION.match(text, last, limit)
        if half:
            value += _FRACTIONS[half.group(1).lower()] * factor_used
            last = half.end()
    unit = _unit(text, last, limit, lex)
    mega = None if unit else _MEGA_CODE.match(text, last, limit)
    if mega and mega.group(1) in lex.currency_symbols:
        unit = (lex.currency_symbols[mega.group(1)], "money", 1.0, mega.end())
        value *= 1e6  # "120 MEUR"
    if unit:
        canonical, kind, factor, unit_end = unit
        if kind == "money" or not fields.get("kind"):
            fields.update(unit=canonical, kind=kind)
        if kind == "distance":
            fields["km"] = value * factor
        last = unit_end
        scale = _MULTIPLIER.match(text, last, limit) if kind == "money" and not mult_used else None
        if scale and scale.group("word"):
            value *= _SCALES.get(scale.group("word").lower(), 1.0)  # "75 USD million"
            last = scale.end()
    elif "kind" not in fields:
        skip = re.compile(r"\s+of\b").match(text, last, limit) if vague else None
        if not vague:
            if text[s:e].lower() == "one" and _OF_THE_SUPERLATIVE.match(text, e, limit):
                return None  # "one of the deadliest strikes": a superlative, no count
            if value >= 1 and float(value).is_integer():  # (but "2/3 of the prosecutors" is a share)
                skip = _OF_THE.match(text, last, limit)  # "one of the pilots", "shot down 98 of the drones"
        # "one more question" is discourse, not a count: only other numbers count past "more"
        noun = _counted_noun(text, skip.end() if skip else last, limit, lex, added=digits or text[s:e].lower() != "one")
        if noun and not skip and text[s:e].lower() == "one" and _SPEAKER_NOUN.search(noun[0]) and _speaks(text, s, noun[1], limit):
            return None  # "said one European diplomat", "One official said": a speaker, no count
        if noun:
            currency = lex.units.get(noun[0].lower()) if vague else None
            if currency is not None and currency[1] == "money":
                fields.update(unit=currency[0], kind="money")  # "billions of dollars"
            else:
                fields.update(unit=noun[0], kind="count")
            last = noun[1]
        elif not digits and text[s:e].lower() == "one" and (
            _NOT_ONE.search(text, max(0, s - 13), min(len(text), e + 9))  # "every single one of them"
            or not (_OF.match(text, e) or _CONNECTOR.match(text, e) or _RATIO.match(text, e) or sign)
        ):
            return None  # "a good one", "the same one": a pronoun
        elif digits and last < limit and text[last].isalpha():  # (a span may end at the number: "5|G")
            code = re.match(r"[^\W\d_]+", text[last:limit]).group()
            fields.update(unit=code, kind="other")  # "5G", "4K"
            last += len(code)
        else:
            fields["kind"] = "other"
    if fields.get("kind") == "money":
        rate = _RATE.match(text, last, limit)
        if rate:
            fields["unit"] = f"{fields['unit']} per {rate.group('per').lower()}"
            last = rate.end()
    if vague:
        fields.update(low=vague[0], high=vague[1], qualifier="between")
        value = math.nan
    else:
        fields.update(_qualify(text, first, last, lex))
    row = _row(first, last, text, value=value, **fields)
    row["year_like"] = (
        digits and not cur and first == s and 1900 <= value <= 2099 and text[s:e].isdigit() and not mult_used
    )
    return row


_OBJECT_THEN_COUNT = re.compile(r"\b[a-z]{2,}\s+$")  # a verb or preposition before the name: "gave Putin"
# the number, then a noun ("10 to 12 days", "31 Abrams tanks")
_LOWER_NEXT = re.compile(r"[\d.,]+\s+(?:to\s+[\d.,]+\s+)?(?:[a-z]|[A-Z][a-z]+\s+(?!(?:has|was|is|does|says)\b)[a-z]+s\b)")


def _is_label(text: str, s: int, lex: _Lexicon) -> bool:
    """True for a number that is part of a name: "Section 427", "Game 6", "S&P 500", "category 4"."""
    if s < 2 or text[s - 1] != " ":
        return False
    ws = text.rfind(" ", 0, s - 1) + 1
    prev = text[ws : s - 1]
    if not prev or prev.lower() in _LOWER_LABELS:
        return bool(prev)
    if prev in _LABELS or "&" in prev:
        return True
    if not prev[0].isupper() or prev.endswith(("'s", "’s", "s'", ".")) or not prev.replace("-", "").isalnum():
        return False
    low = prev.lower()
    if low in lex.stops or low in lex.qualifiers or low in MONTHS or low in WEEKDAYS or low in _NUMBER_CONTEXT:
        return False
    if is_known_name(prev) and _OBJECT_THEN_COUNT.search(text, max(0, ws - 30), ws) and _LOWER_NEXT.match(text, s):
        return False  # "gave Putin 10 to 12 days", "sent Kyiv 31 tanks": an object, then the count
    head = text[max(0, ws - 8) : ws].rstrip()
    return bool(head) and head[-1] not in ".!?:;\"“”'‘’(" and not text[: ws].endswith("\n")


def _qualify(text: str, first: int, last: int, lex: _Lexicon) -> dict:
    q = lex.qualifier_before.search(text, max(0, first - 32), first)
    if q:
        return {"qualifier": lex.qualifiers[q.group("q").lower()]}
    q = lex.qualifier_after.match(text, last)
    if q:
        return {"qualifier": lex.qualifiers[q.group("q").lower()]}
    return {}


def _unit(text: str, pos: int, limit: int, lex: _Lexicon):
    best = None
    for pattern in (lex.unit_re, lex.unit_ci_re):
        m = pattern.match(text, pos, limit)
        if m and (best is None or m.end() > best.end()):
            best = m
    if best is None:
        return None
    form = best.group().lstrip(" -\t\n")
    entry = lex.units.get(form) or lex.units.get(form.lower())
    if entry is None:
        return None
    if form == "in." or (form in ("in", "t", "g", "l", "m") and text[best.end() : best.end() + 2].strip()[:1].isalpha()):
        return None  # "in" the preposition, "5 m people"
    return entry[0], entry[1], entry[2], best.end()


_ADDED = frozenset("more additional extra further fewer other such".split())  # "two more batteries", "500 other such missiles"
_THAN = re.compile(r"\s+than\b")
_TIME_ADVERBS = frozenset("overnight daily nightly weekly monthly yearly annually".split())
_MODEL = re.compile(r"[A-Z][A-Za-z]*-\d+[A-Z]?")  # "12 F-16 jets", "four Su-34 bombers": a model name, not a number
_MODEL_NUMBER = re.compile(r"\d{1,3}[A-Z]{0,2}\d?(?=\s+[a-z])")  # after a capitalised name: "Leopard 2", "Patriot PAC 3"


def _counted_noun(text: str, pos: int, limit: int, lex: _Lexicon, added: bool = True):
    """The noun a number counts: "three Russian aircraft" gives ("aircraft", end); with ``added``,
    past a word such as "more" ("two more batteries")."""
    tokens = []
    cursor = pos
    while len(tokens) < 5:
        model = _MODEL_NUMBER.match(text, cursor + 1, limit) if tokens and tokens[-1][0][:1].isupper() \
            and text[cursor : cursor + 1] == " " else None
        if model:  # "18 Leopard 2 tanks": the model's number is part of the name
            tokens.append((model.group(), model.start(), model.end()))
            cursor = model.end()
            continue
        m = _WORD.match(text, cursor + 1) if text[cursor : cursor + 1] in (" ", "-") else None
        if m is None or m.end() > limit:
            break
        word = m.group().rstrip(".")
        low = word.lower()
        if added and len(tokens) < 2 and all(w.lower() in _ADDED for w, _, _ in tokens) and low in _ADDED \
                and text[cursor : cursor + 1] == " " and not _THAN.match(text, m.end()):
            tokens.append((word, m.start(), m.start() + len(word)))  # "two more batteries": the batteries
            cursor = m.start() + len(word)
            continue
        if low in lex.stops or low in _UNITS_WORDS or low in _SCALES or any(ch.isdigit() for ch in word) \
                and not _MODEL.fullmatch(word):
            break
        if tokens and _PLURAL.search(tokens[-1][0]) and not _PLURAL.search(low) and word.islower():
            break  # "two sides resume direct negotiations": a plural noun ends the phrase ("weapons systems" goes on)
        tokens.append((word, m.start(), m.start() + len(word)))
        cursor = m.start() + len(word)
        if text[cursor : cursor + 1] in (",", ";", ":", ")", "."):
            break
    head = None
    for i, (word, _, end) in enumerate(tokens):
        low = word.lower()
        plain = "-" not in word
        if low in _ADDED and all(w.lower() in _ADDED for w, _, _ in tokens[:i]) or word[:1].isdigit():
            continue  # "10 more": no noun counted; "Leopard 2": a model number
        if plain and low.endswith("ly") and i + 1 < len(tokens):
            continue  # "dozens more heavily wounded": an adverb
        if low in _TIME_ADVERBS and i and i + 1 == len(tokens):
            break  # "62 drones overnight", but "two overnight attacks"
        if plain and low.endswith("ed") and (i or i + 1 == len(tokens) and not lex.casualty_cues.fullmatch(low)) \
                or i and low in lex.after_noun:
            # "three aircraft breached", "every five fired by": a verb (but "300 recorded songs", "12 wounded");
            # "two officials familiar with": an adjective after its noun
            break
        if head is None and word[:1].isupper() and not word.isupper() and _PLURAL.search(low) \
                and (i + 1 == len(tokens) or tokens[i + 1][0].islower() and not _PLURAL.search(tokens[i + 1][0])):
            head = (word, end)  # "101 Republicans joining", "20 Bradleys"
            break
        if plain and low.endswith("ing"):
            if i + 1 == len(tokens):
                break
            continue  # "public housing properties"
        if word in lex.demonyms and head is None:
            head = (word, end)  # "about 8,000 Ukrainians remain"
            break
        if word.islower():
            head = (word, end)
        elif word.isupper() and len(word) > 1 and i + 1 == len(tokens) and head is None:
            head = (word, end)  # "20 HIMARS"
        elif not word[:1].isupper() and plain:
            break
    return head


_PLURAL = re.compile(r"[a-z]{2}s$(?<!ss)(?<!us)(?<!is)(?<!as)")  # "sides", "weapons", not "gas", "bus", "crisis", "press"
_SCALE_END = re.compile(r"(hundred|thousand|million|billion|trillion|lakhs?|crores?)$", re.I)
_SUM_JOIN = re.compile(r"\s+(?:and\s+)?", re.I)
_DECIMAL = re.compile(r"\d\.\d")


def _scale_sum(text: str, fig: dict, numbers: list, i: int, limit: int, lex: _Lexicon):
    """ "4 thousand 3 hundred and 21": each smaller part adds to the number before it."""
    while i < len(numbers):
        scale = _SCALE_END.search(text, fig["start"], fig["end"])
        s2, e2, value2, digits2 = numbers[i]
        if not scale or not _SUM_JOIN.fullmatch(text, fig["end"], s2) or _DECIMAL.search(text, fig["start"], scale.start()):
            break  # but "2.9 million 9-litre cases": a decimal before the scale is a whole number on its own
        part = _figure(text, s2, e2, value2, digits2, limit, lex)
        if part is None and not digits2:
            part = _row(s2, e2, text, value=value2)  # "3 hundred and one"
        factor = _SCALES.get(scale.group(1).lower()) or _SCALES_AFTER_DIGITS.get(scale.group(1).lower().rstrip("s"))
        if part is None or not (0 < part["value"] < factor):
            break
        fig = dict(fig, value=fig["value"] + part["value"], end=part["end"], surface=text[fig["start"] : part["end"]],
                   unit=part["unit"], kind=part["kind"] if part["unit"] else fig["kind"])
        i += 1
    return fig, i


def _is_cents(text: str, fig: dict, nxt: tuple) -> bool:
    """A money figure written after its number and followed by a count of cents."""
    s2, e2, value2, _ = nxt
    return (
        fig["kind"] == "money" and text[fig["end"] - 1 : fig["end"]].isalpha() and math.isfinite(value2)
        and value2 == int(value2)
        and 0 < value2 < 100 and bool(_CENTS.fullmatch(text, fig["end"], s2))
        and not text[e2 : e2 + 1].isalnum()
        and not re.match(r"\s+(?:[a-bd-z]|c(?!ents?\b))", text[e2 : e2 + 8])
    )


_LOWER_BOUNDS = ("more than", "at least")
_UPPER_BOUNDS = ("less than", "at most", "up to")
_BOUND_JOIN = re.compile(r"\s*(?:,|and|but|,\s*and|,\s*but)\s+", re.I)


def _bounded_range(text: str, fig: dict, numbers: list, i: int, limit: int, lex: _Lexicon):
    """ "more than 10 and less than 20": one range from two bounds."""
    s2, e2, value2, digits2 = numbers[i]
    second = _figure(text, s2, e2, value2, digits2, limit, lex)
    if second is None or not math.isfinite(value2):
        return fig, i
    q1, q2 = fig["qualifier"], second["qualifier"]
    pair = (q1 in _LOWER_BOUNDS and q2 in _UPPER_BOUNDS) or (q1 in _UPPER_BOUNDS and q2 in _LOWER_BOUNDS)
    qual = lex.qualifier_before.search(text, max(0, fig["end"]), second["start"])
    if not pair or not qual or not _BOUND_JOIN.fullmatch(text, fig["end"], qual.start()):
        return fig, i
    lower, upper = (fig, second) if q1 in _LOWER_BOUNDS else (second, fig)
    if not lower["value"] < upper["value"]:
        return fig, i  # "more than 40 and less than 10" are two open ranges
    low, high = lower["value"], upper["value"]
    if fig["unit"] is not None and second["unit"] is not None and fig["unit"] != second["unit"]:
        return fig, i
    row = _row(fig["start"], second["end"], text, low=low, high=high, unit=fig["unit"] or second["unit"],
               kind=fig["kind"] if fig["unit"] else second["kind"], qualifier="between")
    return row, i + 1


_BY_BEFORE = re.compile(r"\bby\s+$", re.I)


def _range_partner(text: str, fig: dict, nxt: tuple, limit: int, lex: _Lexicon) -> dict | None:
    """Merge ``fig`` with the next number when a range joins them."""
    s2, e2, value2, digits2 = nxt
    between = re.search(r"\bbetween\s+$", text[max(0, fig["start"] - 9) : fig["start"]], re.I)
    from_ = re.search(r"\bfrom\s+$", text[max(0, fig["start"] - 6) : fig["start"]], re.I)
    gap_start = fig["end"]
    cur2 = lex.currency_before.search(text, max(gap_start, s2 - 6), s2)
    gap_end = cur2.start() if cur2 else s2
    m = _CONNECTOR.fullmatch(text, gap_start, gap_end)
    if not m or not math.isfinite(value2):
        return None
    if m.group("dash") and (not digits2 or (text[gap_start : gap_start + 1] == " " and text[s2 - 1] == m.group("dash"))):
        return None  # "Stoxx 50 -1.3%": a sign, not a range
    word = (m.group("word") or "").lower()
    if word == "and" and not between:
        return None
    second = _figure(text, s2, e2, value2, digits2, limit, lex)
    if second is None or (fig.get("year_like") and not second.get("year_like") and not m.group("dash")):
        return None
    if fig.get("year_like") and (second.get("year_like") or (m.group("dash") and e2 - s2 == 2)):
        row = _row(fig["start"], second["end"], text, kind="date", precision="year",
                   date=pd.Timestamp(Date(int(fig["value"]), 1, 1)))
        return row  # "between 2014 and 2017", "the 2014-15 season"
    if m.group("dash") and fig["value"] >= second["value"]:
        return _SCORE  # "2-2", "9-2": a score, not a range nor two figures
    if word in ("to", "through"):
        if fig["unit"] is not None and _BY_BEFORE.search(text, max(0, fig["start"] - 4), fig["start"]):
            return None  # "increased by $43.6 billion to $419.2 billion": a change, then a level (not "by 2 to 3%")
        if fig["value"] > second["value"] and not from_:
            return None  # "rose 5 percent to 3.2 billion": two figures
        if not (from_ or between or fig["unit"] is None or (second["unit"] or "").startswith(fig["unit"])):
            return None
    low, high = fig["value"], second["value"]
    if fig["unit"] is not None and second["unit"] is not None and not second["unit"].startswith(fig["unit"]):
        return None
    unit, kind = (second["unit"], second["kind"]) if second["unit"] is not None else (fig["unit"], fig["kind"])
    scaled = _SCALED.search(text, s2, second["end"])
    scale = high / value2 if value2 and value2 != high else _SCALE_OF.get(scaled.group(1).lower(), 1.0) if scaled else 1.0
    if scale > 1 and not _SCALED.search(text, fig["start"], fig["end"]) and low * scale <= high:
        low = low * scale  # "1.5 to 2 million", "four to five thousand": the scale belongs to both
    qualifier = fig["qualifier"] or "between"  # "about 14-18 mpg" stays approximate
    if not (math.isfinite(low) and math.isfinite(high)):
        return None
    row = _row(
        fig["start"], second["end"], text, low=min(low, high), high=max(low, high), unit=unit, kind=kind,
        qualifier=qualifier,
    )
    if kind == "distance":
        row["km"] = math.nan
    return row


_CLAUSE_BREAK = re.compile(r",\s|[;:()“”\"—–]|\s-\s")
_CUE_CLAUSE = re.compile(r",\s|[;:()“”\"—–]|\s-\s|\b(?:and|but|while|whereas|as)\b")
_EDGE_WORDS = {"on", "in", "of", "at", "by", "since", "from", "to", "for", "and", "the", "a", "an", "with", "that"}


_RELATIVE = frozenset("which that who whose".split())
_LIGHT_VERBS = frozenset("have has had is are was were be been".split())
_WINDOW = 160  # how far around a figure its clause is looked for: bounded, so long sentences stay linear


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (s, math.inf)) - 1
    return (i >= 0 and spans[i][1] > s) or (i + 1 < len(spans) and spans[i + 1][0] < e)


def _loss_cue(text: str, start: int, end: int, row: dict, lex: _Lexicon) -> bool:
    """True when the figure's clause has a loss word ("lost", "killed", "casualties")."""
    clauses = _CUE_CLAUSE.split(text[max(start, row["start"] - _WINDOW) : row["start"]])
    before = clauses[-1]
    after = _CUE_CLAUSE.split(text[row["end"] : min(end, row["end"] + _WINDOW)])
    if _INCLUDING.fullmatch(before) and len(clauses) > 1:
        before = clauses[-2]  # "killed nine people, including two children": the list's clause
        if len(after) > 1 and not after[0].strip():
            after = after[1:]  # "37 people, including 11 children, were killed": the verb after the part
    elif len(after) > 2 and not after[0].strip() and _INCLUDING.match(after[1]):
        after = after[2:]  # "37 people, including 11 children, were killed": past the list's part
    return bool(lex.casualty_cues.search(before) or lex.casualty_cues.search(after[0]))


def _about(text: str, start: int, end: int, row: dict, lex: _Lexicon) -> str | None:
    """A few words of the figure's clause that say what it is about.

    Before the figure when the clause has at least two words there ("Russian
    jets violated Polish airspace" for "on September 10"), else after it.
    """
    clauses = _CLAUSE_BREAK.split(text[max(start, row["start"] - _WINDOW) : row["start"]])
    before = clauses[-1].split()
    if before and before[0].lower() in _RELATIVE and len(clauses) > 1:
        # "Tomahawk missiles, which have a range of up to 2,500 km": about the missiles' range
        head = clauses[-2].split()[-2:]
        core = [w for w in before[1:] if w.lower() not in _EDGE_WORDS and w.lower() not in _LIGHT_VERBS
                and w.lower() not in lex.qualifier_words]
        return " ".join(head + core) or None
    while before and (before[-1].lower() in _EDGE_WORDS or before[-1].lower() in lex.qualifier_words):
        before.pop()
    before = before[-7:]
    while before and before[0].lower() in _EDGE_WORDS:
        before.pop(0)
    if before and re.search(r"(?:'s|’s)$", before[-1]):
        # "Trump’s August 22 letter to Hungarian Prime Minister Viktor Orban"
        tail = _CLAUSE_BREAK.split(text[row["end"] : min(end, row["end"] + _WINDOW)])[0].split()[:7]
        return " ".join([before[-1]] + tail).rstrip(".") or None
    if len(before) >= 2:
        return " ".join(before)
    after = _CLAUSE_BREAK.split(text[row["end"] : min(end, row["end"] + _WINDOW)])[0].split()[:6]
    while after and after[-1].lower() in _EDGE_WORDS:
        after.pop()
    words = before + after
    return " ".join(words).rstrip(".") or None
