"""The quotes table: who said what, direct, partial or reported, with the speaker named.

Quotation marks are paired in one left-to-right pass that never needs them to
balance: curly, straight, single (telling ’ the apostrophe from ’ the closing
mark) and guillemets. A quote left open runs to its attribution
("…the way the president is,Kellogg said") or to the end of its paragraph, or
on into the next paragraph when that one opens with a mark, the convention for
a quote that continues. Each quote then gets its attribution from the words
around it (a reporting verb from ``cue_verbs.txt`` and the noun phrase beside
it), a continuing speaker when it has none, and a canonical speaker from
:mod:`analysis.resolver`. Reported speech ("Kellogg confirmed that …",
"…, the minister said.") comes out as kind "indirect" with the reported clause
as its span.

>>> rows = extract('“We will win,” Zelensky said. “Russia is losing.')
>>> [(r["text"], r["speaker"], r["cue"], r["closed"]) for r in rows]
[('We will win', 'Volodymyr Zelensky', 'said', True), ('Russia is losing.', 'Volodymyr Zelensky', None, False)]
"""

from __future__ import annotations

import calendar
import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import lexicons
from .articles import as_articles
from .resolver import (_AGE_NOUN, _ARTICLE_PREFIX, CALENDAR_WORDS, GROUP_PRONOUNS, NAME_PARTICLES, PARTICLE, PERSON_PRONOUNS, PRONOUN_GENDER, Registry,
                       actor_of, build_registry, inside, is_demonym, role_nouns)
from .segmenter import split_paragraphs, split_sentences
from .tables import typed_table
from .textblob_sentiment import polarity_subjectivity

QUOTE_COLUMNS = [
    "article_id", "start", "end", "text", "speaker", "speaker_mention", "speaker_start", "speaker_end",
    "cue", "kind", "closed", "sentence", "polarity", "field",
]
_DTYPES = {
    "article_id": "string", "start": "int64", "end": "int64", "text": "string", "speaker": "string",
    "speaker_mention": "string", "speaker_start": "Int64", "speaker_end": "Int64", "cue": "string",
    "kind": "string", "closed": "bool", "sentence": "Int64", "polarity": "float64", "field": "string",
}

_MARKS = re.compile("''|``|[“”\"‘’'«»„‟]")
_DOUBLE_OPEN = "“„‟"
_DOUBLE_CLOSE = "”"
_WORDY = re.compile(r"\w")
_BLANK_LINES = re.compile(r"\n\s*\n")
_PRONOUN_WORDS = PERSON_PRONOUNS | GROUP_PRONOUNS | {"i", "we", "you", "it"}
_SPEAKER_STOP = frozenset(
    "that which who whom whose where when while as and but or because if then also however though although "
    "is was are were has have had will would could should may might can did does do not been being be "
    "in on at by for from with to of into about after before during since over under "
    "said says told asked added".split()
)
_TIME_NOUN = r"(?:week|weekend|month|year|morning|afternoon|evening|night|summer|winter|spring|fall|autumn)"
_ADVERBS = frozenset("also later then again further once repeatedly previously recently earlier now still often always usually "
                     "sometimes never already just even".split())
_AUXILIARIES = frozenset("has have had would will could might may did does must should can shall".split())
_DETERMINERS = frozenset("the a an this that these those his her their its our my".split())
_WEEKDAYS = frozenset(calendar.day_name)
_QUANTIFIERS = frozenset("the a an one another two three four five six seven eight nine ten several some many multiple "
                         "numerous".split())  # "two U.S. officials said"


@dataclass
class _Quote:
    open: int  # offset of the opening mark (or of the text for a quote continued without one)
    start: int  # first quoted character
    end: int  # after the last quoted character
    close: int  # after the closing mark (== end when unclosed)
    closed: bool
    parts: int = 1


_NOT_AFTER_DETERMINER = "".join(rf"(?<!\b{d} )" for d in "the a an his her their its our my these those".split())


@dataclass(frozen=True)
class _Lex:
    cues: frozenset
    cue_finder: lexicons.PhraseFinder
    cue_at: re.Pattern  # a cue at the very position
    speech_verb_at: re.Pattern  # a cue or naming verb at the very position ("and accused Europe of …")
    title_before: re.Pattern  # a title noun right before an opening mark: the Law “On …”
    relative_namer: re.Pattern  # "which he called “", "who Beck on Wednesday dubbed “"
    relative_namer_object: re.Pattern  # "what he calls the ‘"
    title_speaker: re.Pattern  # a headline's "Putin Warns of ‘", "Zelensky Says Ukraine ‘"
    cue_that: re.Pattern  # a cue and "that" before a quote in the same clause: "stressed that there would be “"
    namer_of: re.Pattern  # "accused London of ‘", "hailed the deal as “", "thanked them for their “"
    namer_object: re.Pattern  # "called the sanctions policy a “", "branded the vote “"
    from_document: re.Pattern  # "From the report:" before a quote (source_documents.txt, message_nouns.txt)


@lru_cache(maxsize=1)
def _lexicon() -> _Lex:
    cues = lexicons.load("cue_verbs")
    singles = sorted(cues, key=len, reverse=True)
    namers = lexicons.alternation(sorted(cues | lexicons.load("naming_verbs"), key=len, reverse=True))
    relative = (r"\b(?:who|whom|which|that|what)\s+(?P<subject>%s)"
                r"(?:\s+(?:on\s+[A-Z][a-z]+day|(?:last|this)\s+[a-z]+|[a-z]+ly|%s|has|have|had))*"
                r"\s+(?P<verb>%s)(?:\s+(?:it|them|him|her|as%%s))*\s*,?\s*$" % (_NAME_WORDS, "|".join(sorted(_ADVERBS)), namers))
    return _Lex(
        cues=cues,
        cue_finder=lexicons.PhraseFinder(singles, ignore_case=False),
        cue_at=re.compile(r"%s\b" % lexicons.alternation(singles)),
        speech_verb_at=re.compile(r"%s\b(?!\s+of\b)" % namers),  # ("appeals and calls of Ukrainians": a noun)
        title_before=re.compile(r"\b%s(?:\s+No\.?\s*[\w/.-]+)?\s*(?P<comma>,\s*)?$" % lexicons.alternation(lexicons.load("title_nouns"), ignore_case=True),
                                re.I),
        relative_namer=re.compile(relative % ""),
        relative_namer_object=re.compile(relative % "|the|a|an"),
        title_speaker=re.compile(r"(?:^|[:,;]\s*|\b(?:as|and|after)\s+)(%s)\s+(?i:%s)(?:\s+(?:[Oo]f|[Tt]hat|[Aa]gainst|[A-Z][\w’'-]*))?"
                                 r"(?:\s+(?:[Aa]n?|[Tt]he))?\s+$"  # "Trump Calls Zelensky a ‘Dictator’"
                                 % (_NAME, lexicons.alternation(cues | lexicons.load("naming_verbs"), ignore_case=True))),
        cue_that=re.compile(r"\b(?P<verb>%s)\s+that\s[^“”\"«»]*$" % lexicons.alternation(singles)),
        namer_of=re.compile(r"\b%s(?P<verb>%s)\s+(?:[\w.’'-]+\s+){0,4}?(?:of|as|for)\s+(?:(?:their|his|her|its|our)\s+)?$"
                            % (_NOT_AFTER_DETERMINER, namers)),  # (not "the declared goal of “")
        namer_object=re.compile(r"\b(?P<verb>%s)\s+(?:[\w.’'-]+\s+){1,5}?(?:(?:a|an)\s+)?$"
                                % lexicons.alternation(lexicons.load("naming_verbs"))),
        from_document=re.compile(r"\b(?:From|In)\s+((?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}%s)\s*:\s*$"
                                 % lexicons.alternation(lexicons.load("source_documents") | lexicons.load("message_nouns"))),
    )


lexicons.on_change(_lexicon.cache_clear)


# --- pairing the marks ---------------------------------------------------------


def _is_open_single(text: str, i: int) -> bool:
    """‘ or ' opening a quote: after a space or bracket, before a letter, and not an elision ('90s, 'em)."""
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 2]
    if not (before.isspace() or before in "([{—–-\"“"):
        return False
    if not after or not (after.isalpha() or after in "“\""):
        return False
    return not re.match(r"(?:em|cause|til|n|tis|twas)\b", text[i + 1 : i + 6], re.I)


def _is_close_single(text: str, i: int) -> bool:
    """’ or ' closing a quote, not the apostrophe of Ukraine’s, won’t or soldiers’ families."""
    after = text[i + 1 : i + 2]
    before = text[i - 1 : i]
    if after.isalnum():
        return False  # Ukraine’s, won’t
    if before == "s" and after == " " and re.match(r" [a-z]", text[i + 1 : i + 3]):
        return False  # "the soldiers’ families": a plural possessive
    return bool(before) and not before.isspace()


def pair_marks(text: str) -> list[_Quote]:
    """Every quoted span of ``text`` in order; linear in the text, whatever the marks."""
    paragraphs = split_paragraphs(text)
    quotes: list[_Quote] = []
    pending: _Quote | None = None  # an open quote carried across paragraphs
    pending_end = 0  # where that quote's paragraph ended
    resume = 0  # where scanning resumes after a quote closed inside the next paragraph
    for p_index, (ps, pe) in enumerate(paragraphs):
        kind = None  # "double", "single", "guillemet" of the open quote
        depth = 0  # inner quotations open inside it in the same marks
        current: _Quote | None = None
        if pending is not None:
            lead = text[ps : ps + 1]
            if lead in _DOUBLE_OPEN + "\"«" or (lead in "‘'" and _is_open_single(text, ps)):
                current, kind = pending, ("double" if lead in _DOUBLE_OPEN + "\"" else
                                          "guillemet" if lead == "«" else "single")
                current.parts += 1
                scan_from = ps + 1
            else:
                quotes.append(_finish_open(text, pending, pending_end))
                scan_from = ps
            pending = None
        else:
            scan_from = max(ps, resume)
        for m in _MARKS.finditer(text, scan_from, pe):
            ch, i = m.group(), m.start()
            if ch in ("''", "``"):
                ch = "“" if (ch == "``" or _opens_straight(text, i)) and current is None else "”"
                if current is None and ch == "“":
                    kind = "double"
                    current = _Quote(open=i, start=i + 2, end=i + 2, close=i + 2, closed=False)
                    continue
                if current is not None and kind == "double":
                    current.end, current.close, current.closed = i, i + 2, True
                    quotes.append(current)
                    current, kind = None, None
                continue
            if current is None:
                if ch in _DOUBLE_OPEN or ch == "«" or (ch == '"' and _opens_straight(text, i)):
                    kind = "guillemet" if ch == "«" else "double"
                    current = _Quote(open=i, start=i + 1, end=i + 1, close=i + 1, closed=False)
                elif ch in "‘'" and _is_open_single(text, i):
                    kind = "single"
                    current = _Quote(open=i, start=i + 1, end=i + 1, close=i + 1, closed=False)
                continue
            if kind == "double" and _opens_inner(text, i, ch):
                depth += 1  # 'no "cheap" oil' inside a quote in the same marks: an inner quotation
                continue
            if depth and (ch in _DOUBLE_CLOSE or ch == '"') and kind == "double":
                depth -= 1
                continue
            closes = (
                (kind == "double" and (ch in _DOUBLE_CLOSE or ch == '"' or (ch == "“" and _closes_like(text, i)))
                 and not _INCHES.search(text, max(0, i - 4), i))
                or (kind == "guillemet" and ch == "»")
                or (kind == "single" and ch in "’'" and _is_close_single(text, i))
            )
            if closes:
                current.end, current.close, current.closed = i, i + 1, True
                quotes.append(current)
                current, kind = None, None
        if current is not None:
            nxt = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
            close = _closes_next_paragraph(text, paragraphs[p_index + 1]) if kind == "double" and nxt is not None \
                and not depth else None
            if nxt is not None and _same_marks(text[current.open : current.open + 2], text[nxt : nxt + 1]) \
                    and pe - current.start < 5000:
                pending, pending_end = current, pe
            elif close is not None:
                # '"On the path …\n\nAnd this is proof of it," the President said.': the quote goes on
                # unmarked into the next paragraph, whose first mark closes it
                current.end, current.close, current.closed = close, close + 1, True
                current.parts += 1
                quotes.append(current)
                resume = close + 1
            else:
                quotes.append(_finish_open(text, current, pe))
    if pending is not None:
        quotes.append(_finish_open(text, pending, pending_end))
    return [q for q in quotes if text[q.start : q.end].strip()]


def _same_marks(opening: str, lead: str) -> bool:
    """The next paragraph opens with a mark of the open quote's kind, the convention for a quotation
    running over paragraphs (“…¶“…”); a straight mark then a curly one ('"Kevin was snoring.¶“Here he
    is,” she said') is a stray mark, not a continuation. ``opening``: the first two characters of the
    open quote's mark."""
    if opening in ("''", "``") or opening[:1] in _DOUBLE_OPEN:
        return lead in _DOUBLE_OPEN or (opening[:1] in "'`" and lead in "\"'`")
    if opening[:1] == '"':
        return lead == '"'
    if opening[:1] == "«":
        return lead == "«"
    return lead in "‘'"


def _closes_next_paragraph(text: str, paragraph: tuple[int, int]) -> int | None:
    """The offset of a closing mark opening-free in the next paragraph's first 3,000 characters: a first
    double mark placed like a closing one, right after a comma or a full stop ('…proof of it," he said')."""
    start, end = paragraph
    m = _MARKS.search(text, start, min(end, start + 3000))
    if m is None or m.group() not in ('"', "”") or text[m.start() - 1] not in ",.!?" \
            or not _closes_like(text, m.start()):
        return None
    return m.start()


def _opens_inner(text: str, i: int, ch: str) -> bool:
    """A double mark inside an open double quote that opens an inner one: after a word or a colon and a
    space, before a letter ('there will be no "cheap" oil', 'they told me: “Wait.”'); not a closing mark
    after a comma or full stop with a stray space ('high, "Zelensky said')."""
    if ch not in '"“' or not i or not text[i - 1].isspace():
        return False
    after = text[i + 1 : i + 2]
    if not after.isalnum():
        return False
    k = i - 1
    while k > 0 and text[k].isspace():
        k -= 1
    return text[k].isalnum() or text[k] in ":("


_INCHES = re.compile(r"\d[’′']\d{1,2}$")  # 6’2”: feet and inches, not a closing mark


def _closes_like(text: str, i: int) -> bool:
    """A mark placed like a closing one: after a word or punctuation, before a space or the end."""
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 2]
    return not before.isspace() and (not after or after.isspace() or after in ",.;:")


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 2]
    return (before.isspace() or before in "([{—–-:,") and bool(after) and not after.isspace()


_OPEN_ATTRIBUTION = re.compile(r"[,;]\s*(?=(?:[A-Z][\w.’'-]*\s+){0,4}(?:[A-Z][\w’'-]*|he|she|they)\s+[a-z]+\b)")


def _finish_open(text: str, q: _Quote, limit: int) -> _Quote:
    """An unclosed quote ends at its attribution (",Kellogg said") or its paragraph's end."""
    cues = _lexicon().cues
    for m in _OPEN_ATTRIBUTION.finditer(text, q.start, limit):
        words = text[m.end() : m.end() + 80].split()
        for w in words[:6]:
            if w.rstrip(".,") in cues:
                q.end = q.close = m.start()
                return q
            if not (w[:1].isupper() or w in ("he", "she", "they")):
                break
    end = limit
    while end > q.start and text[end - 1].isspace():
        end -= 1
    q.end = q.close = end
    return q


# --- attribution -------------------------------------------------------------


_LOCATED_BODY = re.compile(r"(?<![\w’'-])((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*)\s+(?:in|at|from)\s+$")
_OWNER_COPULA_COLON = re.compile(r"(?<![\w’'-])((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*[’']s)\s+(?:[a-z]+\s+){1,2}(?:was|is|were|are)\s*:\s*$")
_REFLEXIVES = frozenset("himself herself themselves itself".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())
_INDEFINITE_PRONOUNS = frozenset("anyone anybody someone somebody everyone everybody nobody".split())
_TIME_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast|[Ee]arly|[Ll]ate)\s+$")


def _noun_phrase_before(text: str, end: int, floor: int, past_participle: bool = True) -> tuple[int, int] | None:
    """The noun phrase ending at ``end``: "US Special Envoy to Ukraine Keith Kellogg", "the minister", "he"."""
    tokens = list(re.finditer(r"[\w.’'$&-]+", text[max(floor, end - 120) : end]))
    base = max(floor, end - 120)
    if not tokens or base + tokens[-1].end() != end:
        return None
    if len(tokens) > 1 and tokens[-1].group().lower() in _REFLEXIVES and not text[base + tokens[-2].end() : base + tokens[-1].start()].strip():
        return _noun_phrase_before(text, base + tokens[-2].end(), floor, past_participle)  # "Orban himself wrote"
    chosen = []
    for k in range(len(tokens) - 1, -1, -1):
        t = tokens[k]
        word = t.group()
        low = word.lower().strip(".")
        between = text[base + t.end() : base + chosen[0].start()] if chosen else ""
        if chosen and between.strip() or not _WORDY.search(word):
            break  # punctuation between words, or a dash of its own, ends the phrase
        if low in _SPEAKER_STOP and not (chosen and low in ("of", "for", "to")):
            break
        chosen.insert(0, t)
        if (low in _PRONOUN_WORDS or low in _DETERMINERS) and not _INITIAL.fullmatch(word) \
                and not _INSIDE_NAME.fullmatch(text, base + tokens[k - 1].start() if k else base, base + t.end()):
            break  # but "CBS This Morning co-anchor DeMarco Morgan": a capitalised "This" inside a name goes on
        if len(chosen) >= 8:
            break
    while chosen and (chosen[0].group().lower() in ("of", "for", "to") or not _WORDY.search(chosen[0].group())):
        chosen.pop(0)  # "(Reuters) - Ukrainian Prime Minister …": no dash
    while chosen and chosen[-1].group().islower() and (chosen[-1].group().endswith("ly") or chosen[-1].group() in _ADVERBS):
        chosen.pop()  # "Trump reportedly said"
    if len(chosen) > 1 and chosen[0].group() in CALENDAR_WORDS and chosen[1].group()[:1].isupper() \
            and _TIME_PREPOSITION.search(text, max(floor, base + chosen[0].start() - 12), base + chosen[0].start()):
        chosen.pop(0)  # "in September Trump said": the month is no part of the name (but "April Ryan said")
    if not chosen:
        return None
    if chosen[-1].group().endswith(("'s", "’s")) and chosen[-1].group()[:1].isupper():
        k = len(chosen) - 1  # "The Kremlin called Biden's (remarks)": the owner is the name before the possessive
        while k > 0 and chosen[k - 1].group()[:1].isupper() and base + chosen[k - 1].end() + 1 == base + chosen[k].start():
            k -= 1
        chosen = chosen[k:]
    words = [t.group() for t in chosen]
    if len(words) == 1 and words[0].islower() and words[0].endswith("ing"):
        return None  # "-- having suggested that": a participle, no speaker
    if 1 < len(words) <= 3 and words[0].lower() in _SUBJECT_PRONOUNS and all(w.islower() for w in words[1:]):
        chosen, words = chosen[:1], words[:1]  # "they keep saying", "we all said": the pronoun speaks
    elif len(words) > 2 and words[0].lower() in _SUBJECT_PRONOUNS and words[1].islower() and words[-1][:1].isupper():
        k = max(i for i, w in enumerate(words) if w.islower()) + 1  # "you remember how Russia bragged": Russia
        chosen, words = chosen[k:], words[k:]
    elif len(words) > 1 and words[-1].lower() in _INDEFINITE_PRONOUNS:
        return None  # "we did not hear anyone say", "saying anybody who complains": no one in particular
    if not any(w[:1].isupper() or w.lower() in _PRONOUN_WORDS or w.lower() in _DETERMINERS for w in words) and len(words) > 2:
        return None
    if words[0].lower() not in _PRONOUN_WORDS and words[0].lower() not in _DETERMINERS | _QUANTIFIERS \
            and not words[0][:1].isupper():
        # a bare common-noun phrase ("officials said") is fine, and role words before a name
        # ("former presidential candidate Herman Cain said"); a verb phrase is not
        if len(words) > 2 and not (_capitalised(words[-1]) and (words[-2][:1].isupper() or PARTICLE.fullmatch(words[-2]))):
            return None  # (but "von der Leyen wrote": a surname with particles)
    start = base + chosen[0].start()
    # "A senior official speaking to the BBC said", "Another source speaking to Fox News said": the
    # head stands before the participle, whose object is (or ends) the phrase (one step back)
    participle = None
    if past_participle:
        for m in _PARTICIPLE_PHRASE.finditer(text, max(floor, start - 40), base + chosen[-1].end()):
            if m.end() >= start:
                participle = m
    if participle:
        head = _noun_phrase_before(text, participle.start(), floor, past_participle=False)
        if head:  # "Another source familiar with Cruz’s thinking said": the modifier is part of who it is
            return head if participle.group().split()[0].endswith("ing") else (head[0], base + chosen[-1].end())
    located = _LOCATED_BODY.search(text, max(floor, start - 60), start) if words[0][:1].isupper() else None
    if located and any(w.lower() in lexicons.load("body_nouns") or w.lower() in role_nouns() for w in located.group(1).split()):
        # "The ministry of defence in London said", "The senator from Vermont said": the body or role, where
        return located.start(1), base + chosen[-1].end()
    chain = _TITLE_OF_CHAIN.search(text, max(floor, start - 120), start)
    if chain and words[0].lower() == "the":  # "The Head of the Office of the President stressed": the Head
        return chain.start(), base + chosen[-1].end()
    owner = _OF_OWNER.search(text, max(floor, start - 60), start)
    if owner and words[0].lower() == "the":  # "Mr. Morgan of the Sierra Club said": Mr. Morgan speaks
        return owner.start(1), base + chosen[-1].end()
    return start, base + chosen[-1].end()


_INITIAL = re.compile(r"[A-Z]\.")
_ARTICLE_SURNAME = re.compile(rf"{_ARTICLE_PREFIX}[A-Z]")


def _capitalised(word: str) -> bool:
    """A word that may end a name: capitalised, or a surname with the Arabic article ("al-Burhan")."""
    return word[:1].isupper() or bool(_ARTICLE_SURNAME.match(word))

_INSIDE_NAME = re.compile(r"[A-Z][\w&.-]*[^\S\n]+(?:This|That|These|Those|Our|My|Her|His)")
_CHAIN_WORD = r"(?:(?!(?:of|to|for|the|with|and|or|that|said|says|in|on|at|by|from|as|after|before|during|[a-z]+ed)\b)[\w’'-]+\s+)"
_TITLE_OF_CHAIN = re.compile(rf"\b[Tt]he\s+{_CHAIN_WORD}{{1,3}}?(?:(?:of|to|for)\s+(?:the\s+)?{_CHAIN_WORD}{{1,3}}?)*?(?:of|to|for)\s+$")
_PARTICIPLE_PHRASE = re.compile(r"(?<=\w)\s+(?:[a-z]{2,}ing\s+(?:to|for|with|on|in|at|from|about|through|into|across|along|around|"
                                r"outside|inside|near|toward|towards|against|past)|familiar\s+with|close\s+to|briefed\s+on|"
                                r"with\s+(?:direct\s+)?knowledge\s+of|involved\s+in)\s+")  # "two officials familiar with the matter"
_OF_OWNER = re.compile(r"((?:[A-Z][a-z]{0,3}\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+(?:of|from)\s+$")


# A full name after a few role words: "GOP strategist Keith Nahigian", "former Sen. Evan Bayh",
# "Judicial Watch president Tom Fitton"; the name is not followed by another role word and name.
_ROLE_NAME = re.compile(
    r"\s*((?:[\w’'$/-]+\s+){0,5}?)"
    r"((?:[A-Z][a-z]{0,3}\.\s+)?[A-Z][\w’'-]*"
    rf"(?:\s+(?:[A-Z][a-z]{{0,3}}\.\s+|[A-Z]\.\s*|{NAME_PARTICLES}\s+){{0,3}}[A-Z][\w’'-]*){{1,5}})"
    r"(?!\s+(?!(?:in|at|on|of|from|to|for|during|after|before|while|when|who|and|as|with|told|said)\b|[a-z]+(?:ly|ed)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+[A-Z])(?![\w’'-])"
    r"(?![ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z])"  # the name goes on
    r"(?![ \t]+\d+(?:st|nd|rd|th)\b)"  # "Air Force 1st Lt. Tyler Livingston": a rank follows
)


# Nouns for people by their ending ("businessman", "strategist", "consultant", "senator"): after a
# capitalised word they make it a modifier, not a name.
_AGENT_NOUN = re.compile(r"[a-z]{2,}(?:man|woman|person|ist|ant|ent|ian|ial|ee|eer|er|or|ate|ive)s?")
_POSSESSIVE_DETERMINERS = frozenset("his her their its our my".split())


_AND_NAME = re.compile(r"\s+and\s+[A-Z]")
_OF_TITLE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _role_and_name_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """ "…,” said Judicial Watch president Tom Fitton": the whole phrase, ending at the name."""
    m = _ROLE_NAME.match(text, start, limit)
    if not m:
        return None
    roles = m.group(1).split()
    after = re.match(r"\s+([a-z]+)", text[m.end(2) : m.end(2) + 30])
    if after and (after.group(1) in role_nouns() or _AGENT_NOUN.fullmatch(after.group(1))
                  or m.group(2).endswith(("’s", "'s"))):
        return None  # "A Warren adviser", "the New York businessman", "Carson’s business manager": a modifier
    if _OF_TITLE.match(text, m.end(2), limit) and m.group(2).split()[-1].lower() in role_nouns():
        return None  # "the Ukrainian Head of State", "the Deputy Minister of Defence": a title, read whole
    determiner = roles == [] and m.group(2).split()[0] in ("The", "A", "An") or len(roles) == 1 and roles[0].lower() in ("the", "a", "an")
    if after and determiner and after.group(1) in lexicons.load("body_nouns"):
        return m.start(1) if roles else m.start(2), m.end(2) + after.end(1)  # "The Clinton campaign": one mention
    if after and determiner and after.group(1) not in _SPEAKER_STOP \
            and after.group(1) not in _lexicon().cues and not _ADVERB.fullmatch(after.group(1)) \
            and not after.group(1).endswith("ed") and after.group(1) not in lexicons.load("organisation_nouns"):
        return None  # "The Israeli prime minister’s office": a determiner, a proper adjective and its noun
    if roles and roles[0].lower() in _POSSESSIVE_DETERMINERS:
        roles = roles[1:]  # "his campaign manager Jeff Weaver"
    if roles and _AND_NAME.match(text, m.end(2), limit) and not _is_role_word(roles[-1]):
        # "the Secretary of the National Security and Defense Council …": the title goes on (but after a
        # role noun a name is a person's: "state Senate leader Phil Berger and House Speaker Tim Moore")
        return None
    if any((w.lower() in _SPEAKER_STOP and w.lower() not in ("of", "for")) or w.lower() in _PRONOUN_WORDS
           for w in roles):  # "President of the European Commission Ursula von der Leyen" is one mention
        return None
    return m.start(1) if roles else m.start(2), m.end(2)


def _is_role_word(word: str) -> bool:
    """A lower-case role noun, singular or plural: "leader", "experts", "strategist"."""
    if not word.islower():
        return False
    singular = word[:-1] if word.endswith("s") else word
    return any(w in role_nouns() or _AGENT_NOUN.fullmatch(w) for w in (word, singular))


_ROLE_WORDS = re.compile(r"(?:\s+(?:[A-Z]\.(?=\s+[A-Z])|[a-z][\w-]*|[A-Z][\w’'-]*)){0,12}")


_LEADING_ADVERBS = re.compile(r"\s*(?:(?:even|also|only|just|then|now|later|again)\s+)*")  # "…, even a top GOP strategist said"
_ROLE_THEN_NAME_AFTER = re.compile(r"\s+([a-z]+)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")
_GROUP_AFTER = re.compile(r"\s+(?:groups?\s+of\s+)?([a-z]+)\b")


_SECOND_TITLE = re.compile(r"\.?\s+and\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w.’'&-]*\s+){1,6}[A-Z][\w’'&-]*")


def _second_title_end(text: str, end: int, limit: int) -> int:
    """Past a second title joined by "and" when the phrase ending at ``end`` ends in a title abbreviation
    and names no one yet: "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"."""
    word = text[text.rfind(" ", 0, end) + 1 : end].rstrip(".") + "."
    if word in lexicons.load("abbreviations_title"):
        second = _SECOND_TITLE.match(text, end, limit)
        if second:
            return second.end()
    return end


# "the envoy", "Oleksandr Merezhko", "von der Leyen" (a surname's particles), "the Secretary of State"
_PHRASE_AFTER = re.compile(rf"\s*((?:(?i:the|a|an|one|another)\s+)?(?:[\w.’'$&-]+)"
                           rf"(?:\s+(?:of\s+|for\s+|(?:{NAME_PARTICLES}\s+){{1,2}}(?=[A-Z]))?[A-Z][\w.’'&-]*)*)")


def _noun_phrase_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``start``: "Oleksandr Merezhko, who…" gives "Oleksandr Merezhko"."""
    named = _role_and_name_after(text, start, limit)
    if named:
        return named[0], _second_title_end(text, named[1], limit)
    m = _PHRASE_AFTER.match(text, start, limit)
    if not m or not m.group(1):
        return None
    phrase = text[m.start(1) : _second_title_end(text, m.end(1), limit)]
    for end in re.finditer(r"(?<=[a-z]{2})\.\s", phrase):  # "the envoy. Kellogg": the sentence ended
        word = phrase[: end.start()].split()[-1] + "."
        if word not in lexicons.load("abbreviations_title"):  # "Sen. Ben Cardin" goes on
            phrase = phrase[: end.start()]
            break
    words = phrase.split()
    if words[0].lower() in _SPEAKER_STOP:
        return None
    if len(words) == 1 and words[0].lower() in _DETERMINERS:
        return None
    # "said the envoy" / "said the U.S. president": let a common noun follow the determiner
    s = m.start(1)
    e = s + len(phrase.rstrip("."))
    if len(words) == 1 and words[0][1:].islower():  # one capitalised word: a modifier opening the sentence?
        group = _GROUP_AFTER.match(text, e, limit)
        if group and (group.group(1) in lexicons.load("group_nouns") or group.group(1) in lexicons.load("organisation_nouns")
                      or group.group(1) in lexicons.load("media_nouns")):
            e = group.end()  # "Federal officials", "Small groups of protesters", "Time magazine"
        role = _ROLE_THEN_NAME_AFTER.match(text, e, limit)
        if role and (role.group(1) in role_nouns() or _AGENT_NOUN.fullmatch(role.group(1))):
            e = role.end()  # "Band member Flea", "Party chairman Kelly Armstrong": a role and the name
    if (words[0].lower() in _QUANTIFIERS and len(words) <= 5 or words[-1].endswith(("’s", "'s")) and len(words) <= 3):
        # "said the envoy", "said one Democrat familiar with", "said a top GOP strategist"
        more = _ROLE_WORDS.match(text, e, limit)
        modifier = _POST_MODIFIER.search(text, e, more.end()) if more else None  # read after the noun below
        tail = text[e : modifier.start() if modifier else more.end()].split() if more else []
        keep = []
        for i, w in enumerate(tail):
            role_of = (w == "of" and i + 1 < len(tail) and tail[i + 1].islower() and tail[i + 1] not in _DETERMINERS
                       or w in ("of", "to") and tail[i + 1 : i + 2] == ["the"] and tail[i + 2 : i + 3] != []
                       and tail[i + 2][:1].isupper()  # "the Adviser to the Head of the Office", "close to the Zelensky team"
                       or w == "and" and i and tail[i - 1][:1].isupper() and tail[i + 1 : i + 2] != []
                       and tail[i + 1][:1].isupper()  # "the Secretary of the National Security and Defense Council"
                       or w in ("of", "to") and i + 1 < len(tail) and tail[i + 1][:1].isupper())  # "adviser to Trump"
            if (w.lower() in _SPEAKER_STOP and not role_of) or w.islower() and w.endswith(("ed", "ing")) \
                    or w.lower() in lexicons.load("cue_verbs") or w in lexicons.load("irregular_past_verbs"):
                break  # but "chief of staff" goes on
            keep.append(w)
        if keep:
            e = text.index(keep[-1], e) + len(keep[-1])
        e = _post_modifier_end(text, e, limit)  # "said one Republican involved in the planning"
        if text[e : e + 2] in ("’s", "'s") and e + 2 <= limit:
            e += 2  # "The Israeli prime minister’s [office]": the owned noun is joined by _whole_mention
    return s, e


# What a description goes on with after its noun, as part of who it is: "a source familiar with the
# talks", "one Republican involved in the planning", "the base chief known as Bob", "a longtime adviser
# to both Clintons" (a noun of a role, then "to" and whom the role serves).
_POST_MODIFIER = re.compile(r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|with\s+(?:direct\s+)?knowledge\s+of|"
                            r"known\s+as)\s+")
_FROM_PLACE = re.compile(r"\s+(?:from|in|of)\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,3})\b(?![’'])")
_SERVES = re.compile(r"\s+to\s+(?=(?:both|the|his|her|their|its|[A-Z]))")
_LAST_LOWER_WORD = re.compile(r"[a-z-]+$")
_MODIFIER_OBJECT = re.compile(r"[\w’'.$&-]+(?:\s+[\w’'.$&-]+){0,7}")


def _post_modifier_end(text: str, end: int, limit: int) -> int:
    """Where a description ending its noun at ``end`` ends with its post-modifier, if it has one."""
    noun = _LAST_LOWER_WORD.search(text, max(0, end - 30), end)
    m = _POST_MODIFIER.match(text, end, limit) or (
        noun and (noun.group() in role_nouns() or _AGENT_NOUN.fullmatch(noun.group())
                  or noun.group() + "s" in lexicons.load("group_nouns"))  # "an aide to the president"
        and _SERVES.match(text, end, limit))
    if m is None and noun and (noun.group() in role_nouns() or _AGENT_NOUN.fullmatch(noun.group())):
        place = _FROM_PLACE.match(text, end, limit)
        if place:  # "a German user from Hanover", "a resident of Kharkiv": where the person is from
            return place.end(1)
    words = _MODIFIER_OBJECT.match(text, m.end(), limit) if m else None
    if not words:
        return end
    keep = []
    for w in words.group().split():
        if w.lower() in _SPEAKER_STOP and w not in ("of", "for", "and") or w in _lexicon().cues:
            break
        keep.append(w)
        if w.endswith(".") and w not in lexicons.load("abbreviations_title"):
            break  # the sentence ended
    while keep and keep[-1] in ("of", "for", "and"):
        keep.pop()
    if not keep:
        return end
    stop = words.start() + len(" ".join(keep))
    return stop - 1 if text[stop - 1] == "." and keep[-1] not in lexicons.load("abbreviations_title") else stop


def _last_char(text: str, q: _Quote) -> str:
    """The quote's last character before any inner closing marks: "…, 'this is not what we want,'” gives ","."""
    end = q.end
    while end > q.start and text[end - 1] in "’'”\"»":
        end -= 1
    return text[end - 1 : end]


def _attribute_after(text: str, q: _Quote, limit: int, lex: _Lex):
    """ '…,” Zelensky said', '…,” said Oleksandr Merezhko', '…,” he told reporters'. """
    line_end = text.find("\n", q.close, limit)
    limit = limit if line_end < 0 else line_end  # the attribution is on the quote's line
    window = text[q.close : min(limit, q.close + 160)]
    m = re.match(r"[\s,;:.?!—–'’-]*", window)  # (and the closing mark of a quote inside the quote)
    pos = q.close + m.end()
    if pos >= limit:
        return None
    if _last_char(text, q) == ".":
        # '“…campaign.” Kasich said he would …': after a full stop, a cue that opens a clause of its
        # own reports other speech; only a short tag ('“…” Zelensky said.') attributes the quote
        found = _attribute_after_tag(text, q, pos, limit, lex)
        if found is None:
            return None
        tag_end = max(found[0][1], found[1][1] if found[1] else 0)
        if found[1] and text[found[1][0] : found[1][1]] not in _ADDRESSEE_CUES and _OBJECT_AFTER_CUE.match(text, tag_end):
            return None  # '“…” The star then recalled an incident': a verb with an object is a new clause
        if _INTRODUCES_NEXT.match(text, tag_end):
            return None  # '“…up.” Another advised, “…”': the tag introduces the next quote
        return None if _CLAUSE_AFTER_CUE.match(text, tag_end) else found
    return _attribute_after_tag(text, q, pos, limit, lex)


_TAG_REACH = 260  # characters after a quote to the cue of its tag ("…,” Trump, the frontrunner …, said)
_TAG_ONLY = re.compile(r"(?:\s+[a-z]+ly)?\s*[.!]?\s*")
_VERB_AFTER_PRONOUN = re.compile(r"\s+(?:%s|is|was|are|were|had)\b" % "|".join(sorted(_AUXILIARIES)))
_INTRODUCES_NEXT = re.compile(r"[^\S\n]*[,:][^\S\n]*[“\"‘«]")
_ENDS_IN_COMMA = re.compile(r"[^\S\n]*(?:,[\"”’'»]*|[\"”’'»]+\s*,)\s*")
_OBJECT_AFTER_CUE = re.compile(r"\s+(?:%s)\s" % "|".join(sorted(_DETERMINERS - {"that"})))
_CLAUSE_AFTER_CUE = re.compile(
    r",?\s+(?:that|he|she|they|it|we|I|there|his|her|their|its|to|both|neither|either|all|most|many|some|no|[A-Z]"
    r"|[A-Z][\w’'-]+\s+(?:%s|is|was|are|were)\b)\b" % "|".join(sorted(_AUXILIARIES)))  # "said Clinton would"


def _attribute_after_tag(text: str, q: _Quote, pos: int, limit: int, lex: _Lex):
    dash = _DASH_BYLINE.match(text, q.close, limit)
    if dash:  # "“…” ― Pamela Padilla": a byline after a dash
        named = _byline_name(text, dash.end(), limit)
        if named:
            return named, None
    according = _ACCORDING.match(text, pos, limit)
    if according:  # "…,” according to CNN."
        np = _noun_phrase_after(text, according.end(), limit)
        if np:
            return np, according.span()
    cue = lex.cue_at.match(text, pos, limit)
    if cue and cue.group().endswith("ing"):
        return None  # '“…,” promising the Friends of Abe will return': what follows is said, not who says it
    if cue:  # "said Oleksandr Merezhko"
        np = _noun_phrase_after(text, cue.end(), limit)
        if np and text[np[0] : np[1]].lower() in _PRONOUN_WORDS and _VERB_AFTER_PRONOUN.match(text, np[1], limit):
            return None  # '“…,” said he would vote against it': the pronoun opens the reported clause
        if np:
            return np, cue.span()
        return None
    for c, _ in lex.cue_finder.finditer(text, pos, min(limit, pos + _TAG_REACH)):
        if _NOUN_BEFORE.search(text, max(pos, c.start() - 5), c.start()):
            continue  # "one of the states suing the EPA": a noun, not the cue
        end = _skip_adverbs_back(text, c.start())
        np = _noun_phrase_before(text, end, pos)
        if np and text[np[0] : np[1]] in lexicons.load("irregular_past_verbs"):
            continue  # '“…,” came shouts from the crowd': a verb before it, the cue word is a noun
        if np and np[0] > pos and (_CONJOINED_SUBJECT.fullmatch(text, pos, np[0]) or _OF_CHAIN.fullmatch(text, pos, np[0])
                                   or _OF_CHAIN_AND.fullmatch(text, pos, np[0])):
            # "Olha Stefanishyna and Denys Shmyhal wrote", "the senator and candidate said", "the secretary
            # of the National Security and Defense Council said"
            np = (pos, np[1])
        elif _CONJOINED_ROLES.fullmatch(text, pos, end) and _AGENT_NOUN.fullmatch(text[pos:end].split()[-1]):
            np = (pos, end)  # "the South Carolina senator and former Air Force lawyer told"
        elif np and np[0] > pos and _ADJECTIVE_SERIES.fullmatch(text, pos, np[0]):
            np = (pos, np[1])  # "the tall, 61-year-old general said": adjectives set off by commas
        elif np and np[0] > pos and _CAPITALISED_WORDS.fullmatch(text, pos, np[0]) \
                and not any(w in lexicons.load("sentence_starters") for w in text[pos : np[0]].split()):
            np = (pos, np[1])  # "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told": a long title and name
        if np and np[0] == pos:
            return np, c.span()
        head = _appositive_subject(text, pos, c.start())
        if head:
            return head, c.span()
        role = _ROLE_THEN_NAME.fullmatch(text, pos, end)
        if role:  # "Rep. Duncan Hunter’s chief of staff, Joe Kasper, told"
            return role.span(1), c.span()
        break
    last = _last_char(text, q)
    if last in (",", "?", "!"):
        # '“…,” Toomey fumed', '“…?” reacted Trump': a quote ending in a comma hands over to its
        # attribution, whatever the verb
        m = _NAME_VERB.match(text, pos, limit) or _VERB_NAME.match(text, pos, limit) or _NP_VERB.match(text, pos, limit)
        if not m and last == ",":
            m = _NP_PRESENT.match(text, pos, limit)  # '“…,” the authors note.'
            m = m if m and _is_cue_lemma(m.group("verb"), lex) else None
        if m and last != "," and (not m.group("verb").endswith("ed") or " " in m.group("verb")):
            m = None  # after “…?” or “…!” a new sentence may begin: only a past tense ('“…?” Trump asked')
        if m and m.group("name").lower() in _EXPLETIVES:
            m = None  # '“…!” It is planned that …': no one
        if m:
            name = m.span("name")
            if text[name[1] - 2 : name[1]] in ("’s", "'s"):
                # '“…,” exhorted Clinton's introducer, actress Jamie Lee Curtis': the owned noun speaks
                owned = _OWNED_WORDS.match(text, name[1], limit)
                if not owned:
                    return None
                name = (name[0], owned.end())
            return name, m.span("verb")
    return None


_OWNED_WORD = r"(?:\s+(?!(?:and|or|but|who|which|that|said|says)\b)[a-z][\w-]*)"  # "Clinton's [introducer]"
_OWNED_WORDS = re.compile(_OWNED_WORD + r"{1,3}(?=\s*[,.;:]|\s*$)")  # the noun ends the tag


_ADJECTIVE_SERIES = re.compile(r"(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*(?:,\s+[a-z0-9][\w-]*)*,\s+")
_CONJOINED_ROLES = re.compile(r"(?:[Tt]he|[Aa]n?)\s+[^,;:.!?“”\"\n]{1,60}?\s+and\s+[^,;:.!?“”\"\n]{1,60}")
# a title whose head stands before "of/to the …": '“…,” the Adviser to the Head of the President's Office said'
_OF_CHAIN = re.compile(r"[Tt]he\s+(?:[\w’'-]+\s+){1,4}?(?:(?:of|to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?)*?(?:of|to|for)\s+(?:the\s+)?")
_OF_CHAIN_AND = re.compile(_OF_CHAIN.pattern + r"(?:[A-Z][\w’'-]*\s+){1,4}and\s+")  # "… of the National Security and "
_CONJOINED_SUBJECT = re.compile(  # (or two titles of one person: "former Pennsylvania Gov. and party chairman Ed Rendell")
    r"[^\s,;:.!?“”\"]+(?:\s+[^\s,;:.!?“”\"]+){0,4}\s+and\s+|(?:[^\s,;:.!?“”\"]+\s+){0,3}[A-Z][a-z]{1,4}\.\s+and\s+")
_NAME_WORDS = r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)"
_NAME_VERB = re.compile(  # any verb: '“…,” Toomey fumed', '“…,” Bennett shot back', '“…,” Podolyak is convinced'
    rf"(?P<name>{_NAME_WORDS})\s+(?P<verb>(?:is|was)\s+[a-z]+ed|(?!(?:is|was|are|were|be|and|or|but|who|which|that|of|in|on|at|to|for|with|from)\b)"
    rf"[a-z]+)\b(?![’'-])")
_NP_PRESENT = re.compile(r"(?P<name>(?:[Tt]he|[Bb]oth)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*s)\s+(?P<verb>[a-z]+)\s*\.")
_NP_VERB = re.compile(  # '“…,” an angry Hollande retaliated', '“…,” the Head of State is convinced'
    r"(?P<name>(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:(?:is|was)\s+)?(?P<verb>[a-z]+ed)\b(?![’'-])")
_NAME_VERB_BEFORE = re.compile(
    rf"\s*(?P<name>{_NAME_WORDS})(?<![’'])(?<![’']s)\s+(?P<verb>(?!(?:is|was|are|were|be|and|or|but)\b)[a-z]+(?:\s+(?:back|out|up|in|on|off))?)"
    r"\s*,\s*")
_VERB_NAME = re.compile(rf"(?P<verb>[a-z]+ed)\s+(?P<name>{_NAME_WORDS})\b(?![’'-])")


_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)
_I_QUOTE = re.compile(r"\b(?:I|we)\s+quote$")
_ACCORDING_OPENING = re.compile(r"\s*According\s+to\s+")
_TRAILING_LOWER = re.compile(r"(?<=[A-Za-z0-9.])(?:\s+[a-z][\w’'-]*)+$")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
_OWNER_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|my|these|those)|\w[’']s?)\s+$", re.I)  # a cue word as a noun
_APPOSITIVE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:,\s+[^,“”\"]{1,160}){1,4},\s+(?:\w+ly\s+|also\s+|later\s+)?"  # "X (R-Ohio), a member, said"
    # an appositive whose closing comma is missing: "Nadia Kovalenko, the pollster who founded it wrote",
    # "another neighbour, Oksana Melnyk told the station"
    r"|,\s+(?:(?:the|a|an|who)\s+[^,;“”\"\n]{1,100}?|[A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})\s+"
    r"|\s+(?:in|of|for|at|from|with|on)\s+[^,“”\"\n]{1,60}?\s+")  # "a narrator in the Clinton ad asks"


_DASH_BYLINE = re.compile(r"[.,]?[^\S\n]*[―—–-][^\S\n]*")  # no-break spaces too
_PARTY_TAG = re.compile(r"\s*(?:\([A-Z][\w.]*(?:-[A-Z][\w.]*)*\),?|,\s*[A-Z]-[A-Z][\w.]*,)$")


_TIME_BEFORE_CUE = re.compile(rf"\s(?:this|last|next)\s+{_TIME_NOUN}$")  # "Trump this week said"
# "Braynard is quoted as saying", "a reporter can be heard asking": the subject stands before the passive
_PASSIVE_REPORT = re.compile(r"\s(?:is|was|are|were|(?:has|have|had|can|could|may|might|will|would)\s+be(?:en)?)\s+"
                             r"(?:quoted|heard|seen|caught|overheard|recorded|filmed|shown)(?:\s+as)?$")


def _appositive_subject(text: str, pos: int, cue: int) -> tuple[int, int] | None:
    """The name opening a subject whose appositive runs up to the cue: "Jim Bennett, 57, told", "Amy Pope,
    deputy homeland security advisor, said", "Sam Lau, the party's spokesman said"."""
    head = _noun_phrase_after(text, pos, cue)
    if not head or head[0] != pos:
        return None
    joined = _AND_NEXT.match(text, head[1], cue) if text[text.rfind(" ", head[0], head[1]) + 1].isupper() else None
    second = _noun_phrase_after(text, joined.end(), cue) if joined else None
    if second and second[0] == joined.end() and text[text.rfind(" ", second[0], second[1]) + 1].isupper() \
            and (_APPOSITIVE.fullmatch(text[second[1] : cue]) or not text[second[1] : cue].strip()):
        # "state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said": both speak
        return head[0], second[1]
    return head if _APPOSITIVE.fullmatch(text[head[1] : cue]) else None


_AND_NEXT = re.compile(r"\s+and\s+")
_RELATIVE_PRONOUN = re.compile(r"(?<![\w’'-])(?:who|which)$")
_BEFORE_RELATIVE = re.compile(r"\s*(?:,|\s[—–-]{1,2})?\s*$")  # "Donald Trump, who", "Donald Trump - who"


_CLAUSE_BREAK = re.compile(r"\s[—–]\s|;|\s--\s")
_CLAUSE_REACH = 300  # characters back from a relative pronoun to a cue of the clause around it (a bound)
_INVERTED_SUBJECT = re.compile(r"\s+(?:(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*,\s+)?")  # "said Scott Reed, the …, who"


def _relative_subject(text: str, pos: int, floor: int, lex: _Lex) -> tuple[int, int] | None:
    """The span of "who"/"which" ending at ``pos`` when a noun phrase stands before it ("Mike Pence, who"),
    the subject of the verb after it; the head it stands for is its speaker (see ``_antecedent``). Not
    when an earlier cue in the clause reports someone else's words around it ("told a young woman who
    suggested …", "saying anybody who complains …"), unless the head is that cue's inverted subject."""
    m = _RELATIVE_PRONOUN.search(text, max(floor, pos - 5), pos)
    head = _antecedent(text, m.start(), floor) if m else None
    if not head:
        return None
    for cue, _ in lex.cue_finder.finditer(text, max(floor, m.start() - _CLAUSE_REACH), m.start()):
        if _CLAUSE_BREAK.search(text, cue.end(), head[0]):
            continue  # '“…,” the office said — a position echoed by Andrii Sybiha, who said': another clause
        if cue.end() > head[0] or cue.group() in _ADDRESSEE_CUES \
                or not _INVERTED_SUBJECT.fullmatch(text, cue.end(), head[0]):
            return None
    return m.span()


def _antecedent(text: str, pos: int, floor: int = 0) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``pos`` stands for: "Indiana Gov. Mike Pence, who"."""
    before = _BEFORE_RELATIVE.search(text, max(floor, pos - 6), pos)
    return _noun_phrase_before(text, before.start(), max(floor, pos - 200)) if before else None


def _skip_adverbs_back(text: str, pos: int) -> int:
    """Back over spaces, adverbs, a party tag and a passive before a cue: "Kellogg also stressed", "Moore
    (D-Wis.) said", "Braynard is quoted as saying"."""
    end = pos
    while True:
        while end > 0 and text[end - 1].isspace():
            end -= 1
        tag = _PARTY_TAG.search(text, max(0, end - 24), end) or _PASSIVE_REPORT.search(text, max(0, end - 40), end) \
            or _TIME_BEFORE_CUE.search(text, max(0, end - 24), end)
        if tag:
            end = tag.start()
            continue
        word = re.search(r"[\w]+$", text[max(0, end - 20) : end])
        if word and (word.group().lower() in _ADVERBS or word.group() in _WEEKDAYS  # "Priebus later Thursday said"
                     or word.group() in _AUXILIARIES):  # "Sotomayor has said"
            end -= len(word.group())
            continue
        return end


_OPENING = re.compile(
    r"\s*(?:on|in|at|after|before|during|since|when|while|with|without|from|following|despite|amid|later|earlier|"
    r"alongside|beyond|throughout|under|unlike|like|against|toward|towards|across|within|between|by|upon|regarding|given|"
    r"then|meanwhile|yesterday|today|however|still|but|and|so|for|of|about|as for|instead|indeed|"
    r"even\s+(?:before|after|as|though|if|when|while|so)|nevertheless|nonetheless|otherwise|thus|therefore|"
    r"besides|moreover|furthermore|ultimately|finally|similarly|likewise|separately|notably|overall|here|there|"
    rf"(?:last|next|this|that|each|every)\s+(?:{_TIME_NOUN}|time|[A-Z][a-z]+day)|"
    r"(?:[\w-]+\s+){0,2}(?:seconds?|minutes?|hours?|moments?|years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier|later)|"
    r"(?:shortly|immediately|soon|just|right|long)\s+(?:after|before)|"  # "Shortly after the call ended, …"
    r"(?-i:Having|Being)\s|"  # "Having announced that …, Judge Berman …"
    r"(?-i:[A-Z][a-z]+ing)(?=\s+(?:to|at|in|on|with|from|after|before|for|about|during|over|as|into|through|out|up|back|"
    r"down|off|ahead|the|a|an|his|her|their|its|this|that|one|some|several|many|what|all|both|each|it|them|him|us|me)\b)|"
    # "Speaking to reporters, Trump …", "Reprising one of her lines, the former secretary …" (not "Manning said, …")
    r"(?-i:[A-Z][a-z]+ed)(?=\s+(?:by|about|whether|if|on|in|at|with|for|to|from|after|during)\b))"  # "Reached by Politico, …"
    r"\b[^,“”\"\n]{0,80},\s*",
    re.I)


# a long prepositional phrase opening the sentence: "In response to Donald Trump’s proposal to bar Muslims
# from entering the United States, Hillary Clinton’s right-hand woman rallied supporters"
_LONG_OPENING = re.compile(r"\s*(?:In|On|After|Following|Despite|Amid|During|Since)\s[^,“”\"\n]{80,140},\s*")
# a time phrase without a comma before a pronoun subject: "In 2023 he accused …", "On Friday she said …"
_SHORT_WHEN = re.compile(r"\s*(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{1,2}(?:,\s+\d{4})?|\s+\d{4})?)\s+"
                         r"(?=(?:he|she|they|we|I)\b)")


def _owned_noun(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """ "his campaign", "her spokesman": a possessive determiner and its noun as a clause subject."""
    m = _OWNED_NOUN.match(text, start, limit)
    return m.span(1) if m else None


_OWNED_NOUN = re.compile(r"\s*((?i:%s)\s+[a-z][\w-]*)\b" % "|".join(sorted(_POSSESSIVE_DETERMINERS)))
# A name of up to four capitalised words ("Marta Kovalenko", "Sen. Jeanne Shaheen"), for the patterns below.
_NAME = r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+"
_NAME_THEN_DESCRIPTION = re.compile(rf"({_NAME}),\s+(?=[a-z]|(?:the|a|an)\s)[^,;:“”\"\n]{{1,120}}")
# A role owned by someone and the name it is ("Clinton’s press secretary, Brian Fallon,"): the role is
# the mention, the name after it the speaker.
_ROLE_THEN_NAME = re.compile(
    r"((?:(?i:his|her|their|its|our|my|the|a|an)|(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*(?:’s|'s))"
    rf"(?:\s+[\w’'-]+){{0,5}}?\s+[a-z][\w-]*),\s+(?:[A-Z][a-z]{{0,3}}\.\s+)?{_NAME},")
_WITH_NAME = re.compile(rf"\b(?:with|of)\s+({_NAME})(?:\s+[a-z]+ly)?\s*$")
_DATE_WORDS = re.compile(r"\b(?:%s|\d{4})\b" % "|".join(sorted(CALENDAR_WORDS)))
_NAME_THEN_WHEN = re.compile(r"((?:[A-Z][\w.’'-]*(?<![’']s)\s+){0,3}[A-Z][\w’'-]+)\s+(?:in|on|at|during)\s+(?:[\w,-]+\s+){0,4}$")
_THEN_ING = re.compile(r"(?:\s+[\w’'-]+){0,4}\s*,\s*")  # "said on Friday, adding"
_ADVERB = re.compile(r"[a-z]+ly|%s" % "|".join(sorted(_ADVERBS)))  # "who responds enthusiastically: “…”"
_OBJECT_PRONOUNS = frozenset("it them him her us me this that".split())
_CONJUNCTIONS = re.compile(r"\s*(?:(?:and|but|so|yet|then)\s+)*", re.I)


# "WASHINGTON —", "KYIV, Ukraine (AP) -": a dateline opening the first sentence
# "KYIV, Ukraine (AP) — ", "Kyiv, Ukraine — ", "Doha, Jan. 15 (Reuters) - ", "Brussels, 14 February 2025 — "
_DATELINE = re.compile(r"\s*(?:(?:[A-Z][A-Z.’'-]+(?:,?\s+[A-Z][\w.’'-]+){0,3}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+"
                       r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))"
                       r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[—–]|-(?=\s))"  # (not "NATO Secretary-General")
                       r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[—–]))\s*")


def _skip_opening_phrases(text: str, pos: int, end: int) -> int:
    """Past a dateline and the adverbial phrases that open a clause ("On Thursday, after remaining
    neutral, Warren …")."""
    dateline = _DATELINE.match(text, pos, end)
    if dateline:
        pos = dateline.end()
    while True:
        m = _OPENING.match(text, pos, end) or _SHORT_WHEN.match(text, pos, end) or _LONG_OPENING.match(text, pos, end)
        if not m:
            return pos
        pos = m.end()


_CUE_OBJECT = re.compile(r"[^,;:.!?—–“”\"\n]{1,60}")  # a cue's object and adverbials, up to a colon


def _attribute_before(text: str, q: _Quote, floor: int, lex: _Lex):
    """ 'Sullivan defended the change: “…”', 'Kellogg emphasized that “…”', 'He added, “…' """
    head = text[floor : q.open]
    reach = 300 if head.rstrip().endswith(":") else 160  # "X informed about …, launched at her initiative: “…”"
    cues = [c for c, _ in lex.cue_finder.finditer(text, max(floor, q.open - reach), q.open)
            if not _cue_noun(text, floor, c, owned=False)
            and not (_object_noun(text, floor, c) and (not text[c.end() : q.open].strip()
                                                       or c.group().endswith("s") and _owned_as_object(text, floor, c)))]
    # ("Priebus called Clinton's remarks “…”"; "told Reuters the RSF's claims were “lies”": an owned plural noun
    # after a verb is no cue; but "Clark’s comments further “…”" are Clark's)
    colon = re.search(r"([\w.’'-]+(?:\s+[\w.’'-]+){0,5})\s*:\s*$", head)
    if colon and cues and _I_QUOTE.search(colon.group(1)):
        colon = None  # "Mr Peskov has already said, I quote: “…”": the words are the report's speaker's
    if colon and cues and _CUE_OBJECT.fullmatch(text, cues[-1].end(), floor + colon.start()):
        colon = None  # "Belousov told a meeting in Moscow on Thursday: “…”": the cue's clause runs to the colon
    owned = (_OWNER_COPULA_COLON.search(head) or lex.from_document.search(head)) if head.rstrip().endswith(":") else None
    if owned and (not cues or cues[-1].end() < floor + owned.start()):
        return (floor + owned.start(1), floor + owned.end(1)), None  # "Clinton’s response was: “…”", "From the report: “…”"
    if colon and (not cues or cues[-1].end() < floor + colon.start()):
        np = _noun_phrase_before(text, floor + colon.end(1), floor)  # "Carl Bialik: “…”"
        if np and text[np[0] : np[1]] in lexicons.load("sentence_starters") \
                and text[np[0] : np[1]].lower() not in _PRONOUN_WORDS:
            np = None  # "Namely: “…”", "However: …": a sentence adverb, no speaker
        lead = np and _LEAD_PRONOUN.match(text, np[0], np[1])
        if lead and text[floor : np[0]].rstrip().endswith(","):
            np = lead.span()  # "Asked which district was worst hit, she demurred: “…”": the pronoun, not its verb
        if np and _DATE_WORDS.search(text, np[0], np[1]):
            # "Here’s Clinton in December 1992: “…”": the date is when, the name before it who
            owner = _NAME_THEN_WHEN.search(text, max(floor, np[0] - 80), np[0])
            np = owner.span(1) if owner else np
        if np and text[np[0] : np[1]].lower() in _OBJECT_PRONOUNS:
            # "Senator Ruiz called them on it: “…”": an object pronoun ends the clause, its subject speaks
            opening = _skip_opening_phrases(text, floor, np[0])
            subject = _noun_phrase_after(text, opening, np[0])
            np = subject if subject and subject[0] - opening <= 2 and text[subject[0]].isupper() else None
        if np and not text[np[0]].isupper() and text[np[0] : np[1]].lower() not in _PRONOUN_WORDS:
            # "Reid said both are non-entities, but he gave the Texan a compliment: “…”": the object
            # ends a clause of its own, whose subject speaks
            joined = None
            for joined in _CLAUSE_JOIN.finditer(text, max(floor, np[0] - 120), np[0]):
                pass
            subject = _noun_phrase_after(text, joined.end(), np[0]) if joined else None
            if subject and subject[0] == joined.end() and text[subject[0] : subject[1]].lower() in PERSON_PRONOUNS:
                return subject, None
        if np and (text[np[0]].isupper() or text[np[0] : np[1]].lower() in _PRONOUN_WORDS):
            # "Kasich resisted: “…”", "Rubio fired back forcefully: “…”": the name, not the verb
            verb = _TRAILING_LOWER.search(text, np[0], np[1])
            if verb and verb.start() > np[0] and verb.group().split()[-1] not in lexicons.load("body_nouns"):
                np = (np[0], verb.start())  # (but "The Clinton campaign" ends in its noun)
            return np, None
    verb = _INFINITIVE_CUE.search(text, max(floor, q.open - 80), q.open)
    if verb and _is_cue_lemma(verb.group("cue"), lex):
        # "Kovalenko went on to say, “…”", "the governor was quick to add: “…”": the subject of the verb
        # before "to" speaks
        opening = _skip_opening_phrases(text, floor, verb.start())
        subject = _noun_phrase_before(text, verb.start(), opening)
        if subject and subject[0] - opening <= 2 and not _ADVERB.fullmatch(text, subject[0], subject[1]) \
                and text[subject[0] : subject[1]].lower() not in _EXPLETIVES:  # (not "it is right to say")
            return subject, verb.span("cue")
    if not cues:
        m = _ACCORDING.search(head)
        if m:
            return _noun_phrase_after(text, floor + m.end(), q.open), None
        # "Stefanishyna hit back, “…”": a clause of only a name and a verb hands over to the quote
        m = _NAME_VERB_BEFORE.fullmatch(text, _skip_opening_phrases(text, floor, q.open), q.open)
        if m and m.group("name") not in lexicons.load("sentence_starters") and text[q.start : q.start + 1].isupper():
            return m.span("name"), m.span("verb")
        return None
    c = cues[-1]
    owner = _OWNER_OF_CUE.search(text, max(floor, c.start() - 60), c.start()) if _THAT_NEXT.match(text, c.end()) else None
    if owner and owner.group(1) not in lexicons.load("sentence_starters"):
        return owner.span(1), c.span()  # "The Kremlin called Biden's remarks that Putin was “a war criminal”": Biden's words
    if c.group().endswith("ing"):
        near = _WITH_NAME.search(text, max(floor, c.start() - 80), c.start())
        if near:  # "with Kellogg reportedly shouting: “…”", "footage of Trump saying, “…”": the one who shouts
            return near.span(1), c.span()
        # "…, Stefanishyna said, adding, “…”": the -ing cue goes on from the reporting verb just before it
        if len(cues) > 1 and not cues[-2].group().endswith("ing") and _THEN_ING.fullmatch(text, cues[-2].end(), c.start()) \
                and not _OWNER_BEFORE.search(text, max(floor, cues[-2].start() - 40), cues[-2].start()):  # "Trump’s comments"
            np = _noun_phrase_before(text, _skip_adverbs_back(text, cues[-2].start()), floor)
            if np and (text[np[0]].isupper() or _capitalised(text[np[0] : np[1]].split()[-1])
                       or text[np[0] : np[1]].lower() in _PRONOUN_WORDS):  # (and "spokesman Dmitry Peskov")
                return np, c.span()
        # "…, telling reporters, “…”": the speaker is the subject of the clause
        for opening in (_LEADING_ADVERBS.match(text, _skip_opening_phrases(text, floor, c.start()), c.start()).end(),
                        _CONJUNCTIONS.match(text, floor, c.start()).end()):  # "And then Kellogg went on, saying"
            subject = _noun_phrase_after(text, opening, c.start()) or _owned_noun(text, opening, c.start())
            if subject and subject[0] - opening <= 2 and not _ADVERB.fullmatch(text, subject[0], subject[1]):
                return subject, c.span()  # (not "…, particularly his warning that")
    conjoined = _CONJOINED.search(text, max(floor, c.start() - 24), c.start())
    if conjoined:
        # "she laughed and admitted “…”": the subject right before the first verb speaks
        verb = re.search(r"(?<=\s)[a-z]+\s+$", text[max(floor, conjoined.start() - 30) : conjoined.start()])
        if verb:
            near = _noun_phrase_before(text, conjoined.start() - len(verb.group()) - 1, floor)
            if near and (text[near[0]].isupper() or text[near[0] : near[1]].lower() in _PRONOUN_WORDS) \
                    and text[near[0] : near[1]].lower() not in _DETERMINERS:
                return near, c.span()
        # "… after NATO Secretary General Mark Rutte visited Kyiv and promised “…”": the name before
        # the first verb of the conjoined pair
        acting = None
        for acting in _NAME_THEN_PAST.finditer(text, max(floor, conjoined.start() - 120), conjoined.start()):
            pass
        if acting and acting.group("name") not in lexicons.load("sentence_starters") \
                and _NAMED_OBJECT.fullmatch(text, acting.end(), conjoined.start()):
            return acting.span("name"), c.span()
        # "Suu Kyi, 70, said it was too early but added, “…”": the subject of the first verb speaks
        opening = _skip_opening_phrases(text, floor, c.start())
        subject = _noun_phrase_after(text, opening, c.start())
        if subject and subject[0] - opening <= 2 and (
                text[subject[0]].isupper() or text[subject[0] : subject[1]].lower() in _PRONOUN_WORDS):
            return subject, c.span()
    end = _skip_adverbs_back(text, c.start())
    relative = _relative_subject(text, end, floor, lex)
    if relative:  # "… Mike Lee, who declared in the spin room, “…”": the relative pronoun speaks for its head
        return relative, c.span()
    opening = _skip_opening_phrases(text, floor, end)
    role = _ROLE_THEN_NAME.fullmatch(text, opening, end)
    if role and role.group(1).split()[0].lower() in ("a", "an"):
        # "An army spokesman, Brigadier Nabil Abdallah, told …": an unnamed role names no one, the name does
        name_start = role.end(1) + 1
        while text[name_start].isspace():
            name_start += 1
        return (name_start, text.rindex(",", name_start, end)), c.span()
    if role:  # "In a statement, her senior policy adviser, Jake Sullivan, said: “…”"
        return role.span(1), c.span()
    named = _NAME_THEN_DESCRIPTION.fullmatch(text, opening, end)
    pronoun = named and _PRONOUN_TAG.fullmatch(text, named.end(1), end)
    if pronoun:  # "Moscow, he added, would respond “…”": the tag set off inside the sentence speaks
        return pronoun.span(1), c.span()
    if named and named.group(1) in lexicons.load("sentence_starters"):
        tag = _noun_phrase_after(text, named.end(1) + 1, end)  # "That, the commission said, “…”": the tag's subject
        if tag and text[tag[1] : end].strip() == "":
            return tag, c.span()
        named = None
    if named and not _DATE_WORDS.search(text, *named.span(1)):  # not "In Hudson, New Hampshire Monday, the …"  # "Anna Ruiz, president and CEO of the association stated, “…”": the closing comma is missing
        return named.span(1), c.span()
    np = _noun_phrase_before(text, end, floor) or _subject_before_aside(text, floor, end)
    if np is None:
        after = _noun_phrase_after(text, c.end(), q.open)  # '…, said the minister: “' (not 'told reporters: “')
        if after and text[after[1] : q.open].strip(" ,:") == "" and c.group() not in _ADDRESSEE_CUES \
                and (":" in text[after[1] : q.open] or "," in text[after[1] : q.open]) \
                and not c.group().endswith("ing") \
                and text[after[0] : after[1]] not in _WEEKDAYS and not _ADVERB.fullmatch(text, after[0], after[1]):
            return after, c.span()
        # "a White House official who spoke anonymously said Wednesday, “…”": the relative clause's head
        who = re.search(r",?\s+who\s+[^,“”\"]{1,100}$", text[max(floor, c.start() - 120) : end])
        if who:
            head = _noun_phrase_before(text, max(floor, c.start() - 120) + who.start(), floor)
            if head:
                return head, c.span()
        # "An army spokesman, Brigadier Nabil Abdallah, told …": the name set off after the role
        apposed = _noun_phrase_before(text, end - 1, floor) if text[end - 1 : end] == "," else None
        if apposed and text[max(floor, apposed[0] - 2) : apposed[0]] == ", " \
                and not _not_a_person_before(text, max(floor, apposed[0] - 60), apposed[0] - 2) \
                and all(w[:1].isupper() for w in text[apposed[0] : apposed[1]].split()) and " " in text[apposed[0] : apposed[1]]:
            return apposed, c.span()
        # "Brian Fallon, a spokesman for the Clinton campaign, said: “…”"
        if text[end - 1 : end] == ",":
            base = max(floor, end - 200)
            commas = [base + m.start() for m in re.finditer(r",", text[base : end - 1])]
            for comma in reversed(commas[-4:]):
                tag = _PARTY_TAG.search(text, max(floor, comma - 24), comma)  # "Sen. Jeanne Shaheen (D-N.H.),"
                np = _noun_phrase_before(text, tag.start() if tag else comma, floor)
                if np and text[np[0]].isupper() and text[np[1] - 1].isalpha() and (
                        text[text.rfind(" ", np[0], np[1]) + 1].isupper()
                        or re.match(r"[\w-]+[’']s\s", text[np[0] : np[1]])  # "Carney’s business manager, …,"
                        or text[np[0] : np[1]].split()[0].lower() in _QUANTIFIERS):  # "A Warren adviser, who …,"
                    return np, c.span()
        return None
    return _conjoined_before(text, np, floor), c.span()


_NAME_AND = re.compile(rf"(?<![\w’'.-])({_NAME})\s+and\s+$")


def _conjoined_before(text: str, np: tuple[int, int], floor: int) -> tuple[int, int]:
    """A name speaking with another named before it, both one mention: "Emmanuel Macron and Keir
    Starmer said in a joint statement" (the resolver reads "A and B" as both)."""
    if not text[np[0]].isupper() or not text[text.rfind(" ", np[0], np[1]) + 1].isupper():
        return np  # (not "Kyiv and Moscow officials")
    if actor_of(text[np[0] : np[1]]) is not None:
        return _conjoined_subject(text, floor, np)  # "France, Germany and Poland said": the whole list
    pair = _NAME_AND.search(text, max(floor, np[0] - 60), np[0])
    if not pair or pair.group(1).split()[0] in lexicons.load("sentence_starters"):
        return np
    return pair.start(1), np[1]


# --- the table ---------------------------------------------------------------


# Cues whose object is the listener: the phrase after them is no speaker ("told reporters: “…”").
_ADDRESSEE_CUES = frozenset("told tells tell telling asked asks ask asking informed informs assured warned urged reminded".split())
_CONJOINED = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+)?$")
# A verb and up to three lower-case words ending in "to" before a cue: "went on to", "was quick to", "had this to".
_INFINITIVE_CUE = re.compile(r"(?<=\w)\s+(?:went|goes|go|was|were|is|are|had|has|took|seemed|[a-z]+ed)\s+(?:[a-z]+\s+){0,3}"
                             r"to\s+(?P<cue>[a-z]+)\s*[:,]?\s*$")


_EXPLETIVES = frozenset("it there this that".split())
_LEAD_PRONOUN = re.compile(r"(?:he|she|they|we|I)(?=\s+[a-z])")  # "she demurred"


def _is_cue_lemma(word: str, lex: _Lex) -> bool:
    """A reporting verb in its plain form ("add", "say", "note"), known from its forms in the cue lexicon."""
    return any(form in lex.cues for form in (word, word + "s", word + "es", word + "ed", word + "d"))


_NAME_THEN_PAST = re.compile(r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{2,}ed)\b")
_NAMED_OBJECT = re.compile(r"(?:\s+[A-Z][\w’'-]+){1,3}\s+")  # "visited Kyiv and promised"
_CLAUSE_JOIN = re.compile(r"(?:[,;][”\"’]?\s+(?:(?:and|but|yet|so|while)\s+)?|\b(?:and|but|yet|so|while)\s+)(?=(?:he|she|they|we|I)\s)")
_CUE_SENTENCE = re.compile(  # "Bystrom agreed.", "Lau said on Friday.", "Lau said in a statement."
    r"\s*(?:\s+\w+ly)?(?:\s+(?:in|on|at|during|via)\s+(?:a|an|the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:on|last)\s+\w+day|\s+\w+day)?\s*[.:]\s*$")


_PASSIVE_BY = re.compile(r"\s+by\s+")
_WAS_BEFORE = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$")


def _introduced_before(text: str, q: _Quote, si: int, sentences, reg: Registry, lex: _Lex, floor: int):
    """The speaker of a quote opening its sentence, from the sentence before when that one only
    introduces it: it ends with a colon ("Trump issued the following statement:\n\n“…”") or is a
    name and a reporting verb ("Bystrom agreed. “…”")."""
    if si == 0 or sentences[si - 1][0] < floor:
        return None
    start, end = sentences[si - 1]
    if text[end:q.open].count("\n\n") > 1 or not text[start:end].strip():
        return None
    sentence = text[start:end].rstrip()
    if sentence.endswith(":"):
        found = _attribute_before(text, q, start, lex)
        if found and found[0]:
            return found
        subject = _person_acting(text, _skip_opening_phrases(text, start, end), end, reg)
        return (subject, None) if subject else None
    cues = [c for c, _ in lex.cue_finder.finditer(text, start, end)]
    for c in cues:  # "This was stated by President Zelenskyy during his address. “…”": the agent speaks
        by = _PASSIVE_BY.match(text, c.end(), end)
        if by and _WAS_BEFORE.search(text, max(start, c.start() - 20), c.start()):
            np = _noun_phrase_after(text, by.end(), end)
            if np and (text[np[0]].isupper() or text[np[0] : np[0] + 4].lower() == "the "):
                return np, c.span()
    if "\n" in text[end:q.open]:
        return None  # "X agreed." in one paragraph and the quote in the next: too far
    according = _ACCORDING_OPENING.match(text, start, end)
    if according and not cues:
        # "According to Oleksiy Reznikov, attention will be paid to procurement. “…”": the source goes on
        np = _noun_phrase_after(text, according.end(), end)
        if np and text[np[1] : np[1] + 1] == "," and (text[np[0]].isupper() or text[np[0] : np[1]].lower() in _PRONOUN_WORDS):
            return np, None
    if len(cues) == 1 and not cues[0].group().endswith("ing"):
        # "Zelensky said the ceasefire would hold. “We are ready.”": a quote with no tag of its own goes
        # on from the one report of the sentence before
        opening = _skip_opening_phrases(text, start, end)
        np = _noun_phrase_before(text, _skip_adverbs_back(text, cues[0].start()), start)
        if np and np[0] - opening <= 2 and (text[np[0]].isupper() or text[np[0] : np[1]].lower() in _PRONOUN_WORDS
                                            or text[np[0] : np[0] + 4] == "the ") \
                and not _CUE_SENTENCE.fullmatch(text, cues[0].end(), end) and _reported_clause(text, cues[0], end, [], lex):
            return np, None  # (the cue stays the report's)
    if not cues or not _CUE_SENTENCE.fullmatch(text, cues[-1].end(), end):
        return None
    opening = _skip_opening_phrases(text, start, end)
    head = _appositive_subject(text, opening, cues[-1].start())
    if head and text[head[1] : head[1] + 1] == ",":  # "Sam Lau, the party's spokesman said in a statement."
        return head, cues[-1].span()
    np = _noun_phrase_before(text, _skip_adverbs_back(text, cues[-1].start()), start)
    if np and (np[0] - opening <= 2
               or text[start : np[0]].rstrip().endswith(",") and text[np[1] - 1].isalpha()
               and text[text.rfind(" ", np[0], np[1]) + 1].isupper()):  # "Or maybe Jeb Bush, consultant Phil Musser says."
        return np, cues[-1].span()
    return None


def _before(text: str, start: int, end: int, keep: int = 120) -> str:
    """The last ``keep`` characters of ``text[start:end]`` right-stripped: what the kind rules read
    before a quote, without copying a long sentence of many quotes once per quote."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[max(start, end - keep) : end]


_HANDS_OVER = frozenset(",?!")  # a partial quote ending in these may be followed by its tag
_SPLIT_TAG = re.compile(r"(?:[”\"»]|''|[,?!][’'])\s*[^“”\"«».!?]{1,80},$")  # (single marks after the quote's comma)


_RUNS_ON = re.compile(r"[ \t]+([a-z][\w’'-]*)")


def _runs_on(text: str, q: _Quote) -> bool:
    """The writer's sentence goes on in lower case past a quote with no closing punctuation: a fragment.
    A tag ("” he said", "” according to") does not count."""
    if not q.closed or not text[q.end - 1 : q.end].isalnum():
        return False
    word = _RUNS_ON.match(text, q.close)
    if word is None:
        return False
    low = word.group(1)
    return not (low in _lexicon().cues or low in _PRONOUN_WORDS or low in _DETERMINERS or low == "according")


def _quote_kind(text: str, q: _Quote, sentence_start: int) -> str:
    """Partial when the quote sits inside a sentence after a word ("said that “…”", "called it ‘terrorist’")."""
    before = _before(text, sentence_start, q.open)
    if before and before[-1] not in ".!?\"”" and text[q.start : q.start + 1].islower() \
            and ("," not in (_last_char(text, q), text[q.close : q.close + 1]) or before[-1] == ",") \
            and not _SPLIT_TAG.search(before):  # '“The price is high,” Zelensky said, “but …”' goes on one quote
        # 'his deputy, Ann Ray, “warned from the start …”': a fragment goes on with the sentence
        # (one ending in a comma hands over to its tag: '— “is going to change soon,” he says'; but after
        # the writer's own comma it is still a fragment: 'With … systems, “there is no …,” he said')
        return "partial"
    if _runs_on(text, q):
        return "partial"  # '“You squeezed employees to the breaking point” to drive up the stock price'
    if not before or before[-1] in ":.!?\"”" or before.endswith(","):
        return "direct"
    if text[q.start : q.end].count(" ") < 3 or _WORDY.match(before[-1]):
        return "partial"
    return "direct"


def _headline_speaker(text: str, q: _Quote, reg: Registry):
    """A person opening a headline before a colon speaks its quote after the colon ("Trump Addresses
    Munich Attack: ‘This Cannot Continue’", "Gillibrand on Hillary’s Speeches: ‘I Think She Will’")."""
    line = reg.headlines[bisect_right(reg.headlines, (q.open, len(text) + 1)) - 1]
    i = bisect_left(reg.mentions, (line[0],))
    if i < len(reg.mentions) and reg.mentions[i][0] == line[0] and reg.mentions[i][3] == "person" \
            and ":" in text[reg.mentions[i][1] : q.open]:
        return (line[0], reg.mentions[i][1]), None
    return None


def extract(text: str, registry: Registry | None = None, title: str = "",
            spans: list[tuple[int, int]] | None = None) -> list[dict]:
    """The quote rows of one article body (no article id); ``spans`` are its sentences if known."""
    lex = _lexicon()
    sentences = spans if spans is not None else split_sentences(text)
    reg = registry if registry is not None else build_registry(text, sentences)
    starts = [s for s, _ in sentences]
    paragraphs = split_paragraphs(text)
    p_starts = [s for s, _ in paragraphs]
    rows: list[dict] = []
    previous: dict | None = None
    last_speech: dict | None = None  # the last row that is no quoted term or title
    used_cues: set[int] = set()
    pairs = pair_marks(text)
    for n, q in enumerate(pairs):
        si = max(0, bisect_right(starts, q.start) - 1)
        s_start, s_end = sentences[si] if sentences else (0, len(text))
        pi = max(0, bisect_right(p_starts, q.open) - 1)
        p_start, p_end = paragraphs[pi] if paragraphs else (0, len(text))
        nxt_open = pairs[n + 1].open if n + 1 < len(pairs) else len(text)
        kind = _quote_kind(text, q, s_start)
        if kind == "partial" and _is_title(text, q, s_start) or kind == "direct" and _named_work(text, q, s_start):
            kind = "scare"  # “Face the Nation” after “told the hosts of”: a title, whoever speaks in the sentence
        attribution = None
        ci = max(0, bisect_right(starts, max(q.close - 1, 0)) - 1)
        close_end = sentences[ci][1] if sentences else len(text)
        limit = min(nxt_open, max(close_end, q.close + 200), _paragraph_end(paragraphs, p_starts, q.close))
        if kind == "direct" and q.closed:
            attribution = _byline_paragraph(text, q, paragraphs, p_starts)
        if kind == "partial":
            # "the senator, who he dubbed “the little senator”": the relative clause's subject names it
            namer = lex.relative_namer.search(text, max(s_start, q.open - 120), q.open)
            if namer and namer.group("subject") not in lexicons.load("sentence_starters"):
                attribution = (namer.span("subject"), namer.span("verb"))
        if attribution is None and kind == "direct" or (attribution is None and kind == "partial" and q.closed and _HANDS_OVER.intersection((_last_char(text, q), text[q.close : q.close + 1]))):
            # a partial quote that ends its clause hands over too: 'Sanders “has … movement,” Sroka said'
            attribution = _attribute_after(text, q, limit, lex)
            if attribution is None and q.closed and pi + 1 < len(paragraphs) \
                    and _ENDS_IN_COMMA.fullmatch(text, q.end - (text[q.end - 1 : q.end] == ","), p_end):
                # '“…,”\n\nMykhailo Podolyak said.': a quote ending its paragraph in a comma hands over to
                # the tag that opens the next paragraph
                n_start, n_end = paragraphs[pi + 1]
                attribution = _attribute_after_tag(text, q, n_start, min(n_end, nxt_open), lex)
            elif attribution is None and q.closed and pi + 1 < len(paragraphs) and not text[q.close : p_end].strip():
                # '“…now.”\n\nVolodymyr Zelenskyy emphasized.': a next paragraph that is only a tag is the quote's
                n_start, n_end = paragraphs[pi + 1]
                found = _attribute_after_tag(text, q, n_start, min(n_end, nxt_open, n_start + 160), lex)
                if found and found[1] and _TAG_ONLY.fullmatch(text, max(found[0][1], found[1][1]), n_end):
                    attribution = found
        if attribution is None and kind != "scare" and inside(reg.headlines, q.open):
            attribution = _headline_speaker(text, q, reg)  # "Trump Addresses Munich Attack: ‘…’"
        if attribution is None and kind != "scare":
            floor = max(s_start, previous["close"] if previous and previous["close"] <= q.open else 0, p_start)
            attribution = _attribute_before(text, q, floor, lex)
            if attribution and kind == "direct" and text[attribution[0][1] if attribution[0] else q.open : q.open].strip() not in ("", ":", ",", "that", ", that"):
                if not re.fullmatch(r"[\w\s,’'()-]*[:,]?\s*(?:that)?\s*", text[attribution[1][1] if attribution[1] else q.open : q.open]):
                    attribution = None
        if attribution is None and previous is not None and _split_by_attribution(text, previous, q):
            # '“The price is high,” Zelensky said, “but …”': the second part has the first part's speaker
            attribution = ((previous["speaker_start"], previous["speaker_end"]), None)
        if attribution is None and kind == "direct" and not _NOT_SPACE.search(text, s_start, q.open):
            # "Cruz continued:\n\n“…”", "Bystrom agreed. “…”": the sentence before introduces the quote
            attribution = _introduced_before(text, q, si, sentences, reg, lex,
                                             previous["close"] if previous else 0)
        if attribution is None and kind == "partial":
            # "Zakharova accused London of ‘prolonging the bloodshed’": the subject of the verb speaks
            namer = lex.namer_of.search(text, max(s_start, q.open - 80), q.open)
            subject = _sentence_subject(text, s_start, namer.start(), reg) if namer else None
            if subject:
                attribution = (subject, namer.span("verb"))
            else:  # "…, while British Prime Minister Keir Starmer called the meeting “a real step forward.”"
                namer = lex.namer_object.search(text, max(s_start, q.open - 80), q.open) or namer
                person = namer and (_relative_subject(text, _skip_adverbs_back(text, namer.start()), s_start, lex)
                                    or _person_ending_at(text, namer.start(), reg)
                                    or _actor_opening(text, s_start, namer.start(), reg))
                if person:  # or "The Kremlin called the strike “a provocation”": an actor opening the clause
                    attribution = (person, namer.span("verb"))
        in_report = False
        if attribution is None and kind == "partial" and len(text[q.start : q.end].split()) >= _REPORTED_WORDS:
            # "… and stressed that there would be “no more range restrictions”": words of the report's speaker
            after = previous["close"] if previous and previous["close"] <= q.open else 0
            reported = lex.cue_that.search(text, max(s_start, p_start, after, q.open - 150), q.open)
            subject = _sentence_subject(text, s_start, reported.start(), reg) if reported else None
            if subject:
                attribution = (subject, reported.span("verb"))
                in_report = True  # the clause around it stays a report of its own
        if attribution is None and kind == "partial" and q.closed and not _NOT_SPACE.search(text, s_start, q.open) \
                and not _TITLE_CASE.fullmatch(text, q.start, q.end):  # (but '“Flights of Life” will go on, …': a name)
            # '“People were celebrating” before the incident, she said.': opening the sentence that its tag ends
            attribution = _tag_ending_sentence(text, q, close_end, lex)
        if attribution is None and _is_scare(text, q, s_start):
            kind = "scare"  # ‘terrorist’, “Jane The Virgin”: a quoted term or title, not speech
            if not _is_title(text, q, s_start):
                # "Szijjártó called the sanctions policy a “failure”": a term, in the namer's words
                namer = lex.relative_namer_object.search(text, max(s_start, q.open - 120), q.open)
                if namer and namer.group("subject") not in lexicons.load("sentence_starters"):
                    attribution = (namer.span("subject"), namer.span("verb"))  # "what he calls the ‘crooked’ process"
                else:
                    namer = lex.namer_object.search(text, max(s_start, q.open - 80), q.open)
                    subject = _sentence_subject(text, s_start, namer.start(), reg) if namer else None
                    if subject:
                        attribution = (subject, namer.span("verb"))
        if attribution is None and kind == "partial" and q.closed:
            attribution = _tag_ending_sentence(text, q, close_end, lex)
        if attribution is None and kind != "scare" and _NOT_SPACE.search(text, s_start, q.open):
            subject = _sentence_subject(text, s_start, q.open, reg, by_role=kind == "partial")
            if subject:
                attribution = (subject, None)  # "She called his actions “a crucial step”"
        if kind == "partial" and len(text[q.start : q.end].split()) == 1 \
                and not (attribution and attribution[1] and attribution[1][1] <= q.open
                         and not text[attribution[1][1] : q.open].strip(" ,:")
                         and text[attribution[1][0] : attribution[1][1]] in lex.cues):
            # 'who calls Trump a “sociopath,”', 'what we call “infrastructure”': one quoted word is a
            # term (but 'Kellogg said «no»')
            kind = "scare"
        if attribution and kind == "partial" and attribution[1] and attribution[1][1] <= q.open \
                and (_IN_THAT_CLAUSE.search(text, attribution[1][1], q.open)
                 or _THAT_BEFORE.search(text, attribution[1][1], q.open) and _PREDICATE_AFTER.match(text, q.close)
                 or text[attribution[1][0] : attribution[1][1]] in ("told", "tells")
                 and _OUTLET_THEN_CLAUSE.match(text, attribution[1][1], q.open)  # "told reporters he was “not happy”"
                 # 'that "peace through strength" was the only option': the writer's predicate goes on from the quote
                     or text[attribution[1][0] : attribution[1][1]] in ("said", "says")
                     and _IN_BARE_CLAUSE.fullmatch(text, attribution[1][1], q.open)):
            in_report = True  # 'told reporters that Moscow remained “open to dialogue”': the report is a row too
        row = _row(text, q, kind, attribution, reg)
        row["attributed"] = attribution is not None
        if attribution and attribution[1] and kind != "scare" and not in_report:
            used_cues.add(attribution[1][0])  # (a quoted term leaves its verb's report to the indirect rows)
        # a quote with no attribution right after one of the same speaker continues it; a quoted term
        # or title between them ("… on Fox News’s “Fox and Friends.” “I mean, …”") is passed over
        source = previous if previous is None or previous["kind"] != "scare" or previous["attributed"] else last_speech
        if row["speaker_mention"] is None and source is not None and _continues(text, source, q) \
                and not (kind == "scare" and _other_person_between(reg, source, q)) \
                and not (kind == "direct" and _unread_tag(text, q, limit, lex)):
            for key in ("speaker", "speaker_mention", "speaker_start", "speaker_end"):
                row[key] = source[key]
            row["speaker_from"] = "previous"
        row["sentence"] = si
        if (previous is not None and attribution is None and previous["kind"] == "direct" and kind == "direct"
                and previous["closed"] and text[previous["open"]] == text[q.open]
                and not text[previous["close"] : q.open].strip(" \t\n\r\xa0,.;:—–-")):
            # "…living here.”\n\n“Don’t wait…": one quotation run on across its marks
            previous.update(end=row["end"], close=row["close"], closed=row["closed"])  # its text is cut at the end
            continue
        rows.append(row)
        previous = row
        if kind != "scare" or attribution is not None:  # a term someone is named using counts as their speech
            last_speech = row
    for row in rows:  # once, after runs of quotes have merged (slicing at each merge was quadratic)
        row["text"] = text[row["start"] : row["end"]]
    rows.extend(_indirect(text, sentences, rows, reg, lex, used_cues))
    # speaker passes, in this order: pronouns first; bodies ("the ministry") and senders ("the message")
    # before "it said", which reads the body that spoke just before; roles named only later last
    _not_named_inside(rows, reg)
    _prefer_last_speaker(rows, reg, starts)
    _body_named_before(text, rows, reg, starts)
    _message_sender(text, rows, reg, starts)
    _it_speaks(text, rows, reg, starts)
    _named_next(rows, reg)
    _same_mention_same_speaker(rows)
    rows.extend(_title_quotes(title, reg, len(text)))
    for row in rows:
        row.setdefault("field", "text")
        # a quotation run on over paragraphs is scored as one paragraph (TextBlob itself reads a blank
        # line in its slow path, super-linear on a long text)
        row["polarity"] = polarity_subjectivity(_BLANK_LINES.sub("\n", row["text"]))[0] if row["text"] else 0.0
        row.pop("close", None)
        row.pop("open", None)
        row.pop("speaker_from", None)
        row.pop("attributed", None)
    rows.sort(key=lambda r: (r["field"] != "title", r["start"]))
    return rows


_SPEECH_REACH = 600  # characters back to the speech a "he said" goes on from
_MENTIONS_BACK = 50
_RUN_ROWS = 20  # rows of one speaker looked back over for the run a pronoun goes on from (a bound)


def _prefer_last_speaker(rows: list[dict], reg: Registry, starts: list[int]) -> None:
    """ "Axelrod said the attention helped Clinton, unlike Obama. “…,” he said": "he" is the one who spoke
    last, not the person named inside what he said. A he/she speaker whose resolved person was last
    named inside the sentences of the run of speech rows just before (one speaker's, each within reach
    of the next) is that run's speaker instead; rows are read in text order, so a corrected row counts
    for the pronouns after it."""
    speech = sorted([r["end"], r["start"], r["speaker"], n] for n, r in enumerate(rows)
                    if r["speaker"] in reg.people and r["kind"] != "scare")
    ends = [e for e, _, _, _ in speech]
    entry = {n: e for e, (_, _, _, n) in enumerate(speech)}
    for n in sorted(range(len(rows)), key=lambda n: rows[n]["start"]):
        row = rows[n]
        mention = (row["speaker_mention"] or "").lower()
        if mention not in ("he", "she") or row["speaker"] is None:
            continue
        gender = PRONOUN_GENDER[mention]
        at = min(row["start"], row["speaker_start"])
        k = bisect_right(ends, at) - 1
        if k < 0 or at - speech[k][0] > _SPEECH_REACH or speech[k][2] == row["speaker"]:
            continue
        end, start, previous, _ = speech[k]
        person = reg.people[previous]
        if person.gender not in (None, gender):
            continue
        first = max(0, k - _RUN_ROWS)
        while k > first and speech[k - 1][2] == previous and start - speech[k - 1][0] <= _SPEECH_REACH:
            k -= 1  # "“We don't teach anything” …, he said" after his words on Mateen: the run began there
            start = speech[k][1]
        sentence_start = starts[max(0, bisect_right(starts, start) - 1)] if starts else 0
        i = bisect_right(reg.mentions, (at,)) - 1
        stop = max(-1, i - _MENTIONS_BACK)  # a long sentence of names is not walked once per pronoun
        while i > stop and reg.mentions[i][0] >= sentence_start and reg.mentions[i][2] != row["speaker"]:
            i -= 1
        if i > stop and sentence_start <= reg.mentions[i][0] < end and reg.mentions[i][2] == row["speaker"]:
            row["speaker"] = previous
            if n in entry:
                speech[entry[n]][2] = previous


def _not_named_inside(rows: list[dict], reg: Registry) -> None:
    """ "“I will be waiting for Putin in Turkey,” he posted": "he" is not the person his own quotation
    names in the third person, but the person of that gender named before him."""
    for row in rows:
        mention = (row["speaker_mention"] or "").lower()
        aged = mention.startswith("the ") and _AGE_NOUN.fullmatch(mention[4:])  # "“What if Trump …?” the 43-year-old asked"
        person = reg.people.get(row["speaker"]) if (mention in PRONOUN_GENDER or aged) and row["kind"] != "indirect" else None
        if person is None or not re.search(rf"\b{re.escape(person.surname)}\b", row["text"]):
            continue
        i = bisect_left(reg.mentions, (min(row["start"], row["speaker_start"]),)) - 1
        for start, _, canonical, kind in reversed(reg.mentions[max(0, i - _MENTIONS_BACK) : i + 1]):
            other = reg.people.get(canonical)
            if kind == "person" and other is not None and canonical != person.name \
                    and (aged or other.gender in (None, PRONOUN_GENDER[mention])) and other.surname not in row["text"]:
                row["speaker"] = canonical
                break


def _it_speaks(text: str, rows: list[dict], reg: Registry, sentence_starts: list[int]) -> None:
    """ "…, the Ukrainian air force said. It said air defences shot down 118 drones": "it" is the body
    that spoke just before (no person; none when the speech before is a person's or too far back), or
    with no speech in the sentence before, the body opening that sentence ("The Russian defence ministry
    denied targeting Poland. “…,” it said")."""
    last = None  # the speech row before, in text order (with the speaker this pass gave it)
    for row in sorted((r for r in rows if r["kind"] != "scare"), key=lambda r: r["start"]):
        if (row["speaker_mention"] or "").lower() == "it" and row["speaker"] is None:
            at = min(row["start"], row["speaker_start"])
            si = bisect_right(sentence_starts, at) - 1
            previous_start = sentence_starts[si - 1] if si > 0 else None
            # before the reported words: "The Ukrainian army lost …, it said" is not the army's report
            subject = _clause_subject_before(text, sentence_starts[si] if si >= 0 else 0, at, reg)
            if subject is not None:  # "Since 2022, the UN has confirmed 12,000 deaths, though it says …"
                row["speaker"] = subject
            elif last is not None and row["start"] - last["start"] <= _SPEECH_REACH \
                    and (previous_start is None or last["start"] >= previous_start):
                if last["speaker"] is not None and last["speaker"] not in reg.people \
                        and (last["speaker_mention"] or "").lower() not in PERSON_PRONOUNS:
                    row["speaker"] = last["speaker"]
            elif previous_start is not None:
                row["speaker"] = _opening_body(text, previous_start, reg)
        last = row


def _same_mention_same_speaker(rows: list[dict]) -> None:
    """Rows attributed to one mention in the text share its speaker: a quoted term left unresolved by the
    passes above takes the one its report's row was given ("It said the losses were “unsustainable”")."""
    resolved = {(r["speaker_start"], r["speaker_end"]): r["speaker"] for r in rows
                if r["speaker"] is not None and r["speaker_start"] is not None}
    for row in rows:
        if row["speaker"] is None and row["speaker_start"] is not None:
            row["speaker"] = resolved.get((row["speaker_start"], row["speaker_end"]))


_NAMED_NEXT_REACH = 600  # characters after an unresolved role to the sentence that names its holder


def _named_next(rows: list[dict], reg: Registry) -> None:
    """ "…, the head of Ukraine’s military intelligence said Thursday. “…,” said Maj. Gen. Kyrylo Budanov,
    head of the HUR.": a role no one held before is the person who first appears with it right after."""
    first: dict[str, int] | None = None  # where each person is first named, read once if a row needs it
    for row in rows:
        mention = row["speaker_mention"]
        if row["speaker"] is not None or not mention or mention.split()[0].lower() != "the":
            continue
        if first is None:
            first = {}
            for start, _, canonical, kind in reg.mentions:
                if kind == "person":
                    first.setdefault(canonical, start)
        ahead = reg.resolve(mention, row["speaker_end"] + _NAMED_NEXT_REACH)
        if ahead in reg.people and row["speaker_end"] <= first.get(ahead, -1) <= row["speaker_end"] + _NAMED_NEXT_REACH:
            row["speaker"] = ahead


_IN_PLACE = re.compile(r"\W*In\s+")
_COMMA_NEXT = re.compile(r"\s*,")
_BODY_REACH = 2000  # characters back from "the ministry said" to the body last named with that noun
_BODY_MENTION = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)")


_JOINED = re.compile(r"\b(?:and|or)\b")


def _body_named_before(text: str, rows: list[dict], reg: Registry, sentence_starts: list[int]) -> None:
    """ "Ukraine’s foreign ministry said … “…,” the ministry said": an unresolved "the <body noun>" is
    the body last named with that noun before it, when an actor names that body; or the capital its
    sentence opens in ("In Moscow, the defence ministry said")."""
    bodies = lexicons.load("body_nouns")
    for row in rows:
        found = None if row["speaker"] is not None else _BODY_MENTION.fullmatch(row["speaker_mention"] or "")
        if not found or found.group(1) not in bodies:
            continue
        at = row["speaker_start"]
        si = bisect_right(sentence_starts, at) - 1
        i = bisect_left(reg.mentions, (sentence_starts[si],)) if si >= 0 else len(reg.mentions)
        if i < len(reg.mentions) and reg.mentions[i][3] == "actor" and reg.mentions[i][1] < at \
                and _IN_PLACE.fullmatch(text, sentence_starts[si], reg.mentions[i][0]) and _COMMA_NEXT.match(text, reg.mentions[i][1]):
            row["speaker"] = reg.mentions[i][2]
            continue
        for earlier in reversed(list(re.finditer(rf"\b{found.group(1)}\b", text[max(0, at - _BODY_REACH) : at], re.I))):
            end = max(0, at - _BODY_REACH) + earlier.end()
            phrase = _NAMING_WORDS.search(text, max(0, end - 60), end)
            if phrase and _JOINED.search(phrase.group()):
                continue  # "Clinton allies and the campaign itself": two parties, neither the body's name
            speaker = reg.resolve(phrase.group(), phrase.start()) if phrase else None
            if speaker is not None and speaker not in reg.people:
                row["speaker"] = speaker
                break


def _message_sender(text: str, rows: list[dict], reg: Registry, sentence_starts: list[int]) -> None:
    """ "Vladimir Putin sent his condolences … The message reads: “…”": an unresolved "the message" (a
    noun of message_nouns.txt) speaks for whoever opens its own sentence or, failing that, the one before."""
    nouns = lexicons.load("message_nouns")
    for row in rows:
        found = None if row["speaker"] is not None else _BODY_MENTION.fullmatch(row["speaker_mention"] or "")
        if not found or found.group(1) not in nouns or row.get("speaker_from") == "previous":
            continue  # (a quote going on from the one its mention tags is read with that one)
        si = bisect_right(sentence_starts, row["speaker_start"]) - 1
        for start in ([sentence_starts[si]] if si >= 0 else []) + ([sentence_starts[si - 1]] if si > 0 else []):
            i = bisect_left(reg.mentions, (start,))
            if i < len(reg.mentions) and reg.mentions[i][0] < min(row["speaker_start"], row["start"] - 1) \
                    and reg.mentions[i][3] in ("person", "actor") \
                    and _OPENING_DETERMINER.fullmatch(text, start, reg.mentions[i][0]):
                row["speaker"] = reg.mentions[i][2]
                break


# up to three words naming a body before its noun, within one clause: "Ukraine’s foreign ministry"
_NAMING_WORDS = re.compile(r"(?:(?:[\w’'-]+|(?:[A-Z]\.){2,})\s+){0,3}[\w’'-]+$")


def _mention_ending_at(text: str, pos: int, reg: Registry, kinds: tuple[str, ...] = ("person",)):
    """The registry mention (start, end, canonical, kind) of one of ``kinds`` ending right before ``pos``
    (spaces between), or None."""
    i = bisect_left(reg.mentions, (pos,)) - 1
    while i >= 0 and reg.mentions[i][1] > pos:
        i -= 1
    if i >= 0 and reg.mentions[i][3] in kinds and not text[reg.mentions[i][1] : pos].strip():
        return reg.mentions[i]
    return None


def _person_ending_at(text: str, pos: int, reg: Registry) -> tuple[int, int] | None:
    """The span of a person named right before ``pos`` (spaces between), or None."""
    found = _mention_ending_at(text, pos, reg)
    return (found[0], found[1]) if found else None



_PRONOUN_TAG = re.compile(r",\s+(he|she|they)\s*")
_APPOSITIVE_GAP = re.compile(r"(?P<owned>['’]s(?:\s+(?!(?:on|of|in|to|for|with|against|at|by|from|and|or)\b)[A-Za-z][\w-]*){1,3}?(?=\s*[,(]|\s*$))?\s*(?:\([^()\n]{1,20}\)\s*)?(?:(?:,\s+[^,;:“”\"\n]{1,80}){1,2},\s*)?")


def _actor_opening(text: str, start: int, pos: int, reg: Registry) -> tuple[int, int] | None:
    """The span of an actor opening the clause at ``start`` and acting at ``pos``, an appositive
    allowed between ("The RSF, led by Mohamed Hamdan Dagalo, called the rejection “…”")."""
    start = _skip_opening_phrases(text, start, pos)
    i = bisect_left(reg.mentions, (start,))
    if i < len(reg.mentions) and reg.mentions[i][3] == "actor" and reg.mentions[i][0] < pos \
            and _OPENING_DETERMINER.fullmatch(text, start, reg.mentions[i][0]) \
            and (gap := _APPOSITIVE_GAP.fullmatch(text, reg.mentions[i][1], pos)):
        return reg.mentions[i][0], gap.end("owned") if gap.group("owned") else reg.mentions[i][1]
    return None


_CLAUSE_OPENING = re.compile(r"(?:[,;]\s*|\b(?:and|but|while)\s+)(?:[Tt]he\s+)?$")


def _clause_subject_before(text: str, start: int, pos: int, reg: Registry) -> str | None:
    """The latest body opening a clause between ``start`` and ``pos`` ("…, the UN has confirmed"), if any."""
    i = bisect_left(reg.mentions, (pos,)) - 1
    stop = max(-1, i - _MENTIONS_BACK)  # a run-on sentence of names is not walked once per "it"
    while i > stop and reg.mentions[i][0] >= start:
        m_start, _, canonical, kind = reg.mentions[i]
        if kind == "actor" and m_start not in reg.places and (_CLAUSE_OPENING.search(text, max(start, m_start - 8), m_start)
                                                               or _OPENING_DETERMINER.fullmatch(text, start, m_start)):
            return canonical
        i -= 1
    return None


def _opening_body(text: str, start: int, reg: Registry) -> str | None:
    """The actor a sentence opens with ("The Russian defence ministry", "NATO"), if no person comes first."""
    i = bisect_left(reg.mentions, (start,))
    if i < len(reg.mentions) and reg.mentions[i][3] == "actor" and _OPENING_DETERMINER.fullmatch(text, start, reg.mentions[i][0]):
        return reg.mentions[i][2]
    return None


_OPENING_DETERMINER = re.compile(r"\W*(?:[Tt]he\s+)?")


def _tag_ending_sentence(text: str, q: _Quote, end: int, lex: _Lex):
    """ '“…” to keep prices low, she told its board.': the tag after the last comma of the quote's sentence
    (within 200 characters of the quote: a long sentence of many quotes is not scanned once per quote)."""
    if end - q.close > 200:
        return None
    comma = text.rfind(",", q.close, end)
    if comma < 0 or _MARKS.search(text, comma, end):
        return None
    pos = comma + 1
    while pos < end and text[pos].isspace():
        pos += 1
    found = _attribute_after_tag(text, q, pos, end, lex)
    if found is None or found[1] is None:
        return None
    tail = text[max(found[0][1], found[1][1]) : end]
    return found if _TAG_TAIL.fullmatch(tail) else None


_TAG_TAIL = re.compile(r"[^,;:]{0,40}?[.!?]?\s*")


def _sentence_subject(text: str, start: int, end: int, reg: Registry, by_role: bool = False) -> tuple[int, int] | None:
    """The sentence's opening noun phrase when it names a person: "She", "Hillary", "Trump" (with
    ``by_role``, for a partial quote inside the clause, also "A reporter for …")."""
    start = _skip_opening_phrases(text, start, end)
    owner_role = _OWNER_ROLE.match(text, start, end)
    np = (owner_role.start(1), owner_role.end(1)) if owner_role else _noun_phrase_after(text, start, end)
    if not np or np[0] - start > 2:
        return _person_acting(text, start, end, reg)
    words = text[np[0] : np[1]].split()
    if len(words) > 7:
        return None
    mention = text[np[0] : np[1]]
    if mention.lower() in PERSON_PRONOUNS or mention.lower() in ("i", "we"):
        return np
    if by_role and words and words[0].lower() in _QUANTIFIERS and _VERB_NEXT.match(text, np[1], end):
        # "A reporter for Agence France-Presse called it “absolute chaos.”": a person by role
        head = next((w for w in words[1:] if w in ("for", "of", "at", "from", "with", "in")), None)
        head = words[words.index(head) - 1] if head else words[-1]
        if head.lower() in role_nouns() or head.lower() + "s" in lexicons.load("group_nouns"):
            return np
    apposed = _APPOSED.match(text, np[1], end) or _APPOSED_AFTER_MODIFIER.match(text, np[1], end)
    if apposed:  # "Its foreign minister, Péter Szijjártó, called …", "Russia's ambassador to the U.S., Anatoly
        # Antonov, warned …": the name set off after the role acts
        i = bisect_left(reg.mentions, (apposed.end(),))
        titled = _CAPITALISED_WORDS.match(text, apposed.end(), end)  # "…, Brigadier Nabil Abdallah, told"
        if i < len(reg.mentions) and reg.mentions[i][0] in (apposed.end(), titled.end()) and reg.mentions[i][3] == "person" \
                and _COMMA_VERB_NEXT.match(text, reg.mentions[i][1]):
            return apposed.end(), reg.mentions[i][1]
    who = reg.resolve(mention, np[0])
    if who is not None and who in reg.people or words and words[-1].lower() in lexicons.load("group_nouns") \
            and _VERB_NEXT.match(text, np[1], end):
        return np  # a person, or a group of people acting ("Clinton supporters responded with chants of “…”")
    return _person_acting(text, start, end, reg)


_APPOSED = re.compile(r",\s+")

_APPOSED_AFTER_MODIFIER = re.compile(  # "Russia's ambassador to the U.S., ": the rest of the role, then the comma
    r"[^\s,;:“”\"]*(?:\s+(?:to|of|for|at|in)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?,\s+")
_OWNER_ROLE = re.compile(r"\s*((?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:\s+[a-z][\w-]*){1,4})(?=,\s)")  # "Its foreign minister, …"
_COMMA_VERB_NEXT = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")


def _opening_noun_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase opening a clause, person or not: "A senior European diplomat, who …, said"."""
    start = _skip_opening_phrases(text, start, end)
    np = _noun_phrase_after(text, start, end)
    return np if np and np[0] - start <= 2 and len(text[np[0] : np[1]].split()) <= 6 else None


def _person_acting(text: str, start: int, end: int, reg: Registry) -> tuple[int, int] | None:
    """The first person named in ``text[start:end]`` right before a verb: "Immediately after the
    attacks, Trump issued a statement, “…”" (within 200 characters: a subject opens its clause, and a
    long sentence is not walked once per quote or cue)."""
    end = min(end, start + 200)
    i = bisect_right(reg.mentions, (start,))
    while i < len(reg.mentions) and reg.mentions[i][0] < end:
        s, e, _, kind = reg.mentions[i]
        if kind == "person" and e <= end and _VERB_NEXT.match(text, e, end):
            return s, e
        i += 1
    return None


_NOT_SPACE = re.compile(r"\S")
_TITLE_WORD = r"(?:[A-Z0-9][\w’'-]*|of|the|a|an|and|or|for|in|on|to|at|by|with|from)"  # capitalised or a function word
_TITLE_CASE = re.compile(rf"[A-Z0-9][\w’'-]*(?:\s+{_TITLE_WORD}){{1,5}}")  # two to six such words
# A title set off by a comma (her memoir, “Tough Choices”): every word capitalised or a function word.
_TITLE_WORDS = re.compile(rf"[A-Z0-9][\w’'-]*(?:[:,]?\s+{_TITLE_WORD})*")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
_SCARE_WORDS = 5
_REPORTED_WORDS = 4  # a quoted phrase this long after "<cue> that …" is the speaker's words, not a term
_IN_BARE_CLAUSE = re.compile(r"\s+(?:he|she|they|it|we|I|the\s+[a-z]+|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
                             r"\s+(?:[\w’'.-]+,?\s+){0,30}")  # "said he was “…”", "said the United States hoped Russia would “…”"
_CAPITALISED_WORDS = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){0,4}")  # titles and names before a name or cue
_THAT_BEFORE = re.compile(r"\bthat\s*$")
_PREDICATE_AFTER = re.compile(r"[^\S\n]+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
                              r"did|does|do|(?:don|doesn|didn|won|isn|aren|wasn|weren)[’']t)\b")
_IN_THAT_CLAUSE = re.compile(r"\bthat\s+[^\s“”\"«»][^“”\"«»]*$")  # a quote inside "<cue> that <subject> …"


def _named_work(text: str, q: _Quote, sentence_start: int) -> bool:
    """A capitalised title right after a title noun (the Law “On …”, the press marathon “30 questions to …”,
    not 'the law “will protect …”');
    set off by a comma only in Title Case (her memoir, “Tough Choices.”, but not the campaign, “We will win.”)."""
    first = text[q.start : q.start + 1]
    after_noun = (first.isupper() or first.isdigit()) and _lexicon().title_before.search(
        text, max(sentence_start, q.open - 60), q.open)
    return bool(after_noun) and (after_noun.group("comma") is None
                                 or bool(_TITLE_WORDS.fullmatch(text[q.start : q.end].strip().rstrip(".,;:"))))


def _is_title(text: str, q: _Quote, sentence_start: int) -> bool:
    """A title in running text: after a title noun, any length (the Law “On …”, the film “…”), or
    a short Title Case phrase (the hosts of “Face the Nation”, “The Art of War.”)."""
    if _named_work(text, q, sentence_start):
        return True
    return bool(_NOT_SPACE.search(text, sentence_start, q.open)) and bool(
        _TITLE_CASE.fullmatch(text[q.start : q.end].strip().rstrip(".,;:")))


def _is_scare(text: str, q: _Quote, sentence_start: int) -> bool:
    """A quoted term inside running text: a word right before it, at most three words, no full stop; or a title."""
    if _is_title(text, q, sentence_start):
        return True
    inner = text[q.start : q.end].strip()
    if len(inner.split()) > _SCARE_WORDS:
        return False
    if not _NOT_SPACE.search(text, sentence_start, q.open):
        return q.closed and not re.search(r"[.!?,]$", inner)  # a heading-like “Related:” (but “We will not be …)
    return not re.search(r"[.!?][\s\u202f]?[”\"’'»]?$", text[q.start : q.close])  # (a sentence: “Nous ne céderons pas. »”)


_TAG_WORD = r"[^\s.;:!?“”\"«»]+"
_TAG_WINDOW = re.compile(rf"[^\S\n]*,?[^\S\n]*{_TAG_WORD}(?:[^\S\n]+{_TAG_WORD}){{0,5}}")  # a tag's first six words


def _unread_tag(text: str, q: _Quote, limit: int, lex: _Lex) -> bool:
    """A quote handing over to a tag with a cue that was not read ('“…,” a voice over says as …'): it has
    a speaker of its own, so it does not go on with the previous quote's."""
    if not (q.closed and _HANDS_OVER.intersection((_last_char(text, q), text[q.close : q.close + 1]))):
        return False
    tag = _TAG_WINDOW.match(text, q.close, min(limit, q.close + 80))  # its first words, up to the clause's end
    return bool(tag and lex.cue_finder.search(text, q.close, tag.end()))


def _split_by_attribution(text: str, previous: dict, q: _Quote) -> bool:
    """The previous quote's attribution stands between it and this quote, which continues its sentence."""
    s = previous["speaker_start"]
    if s is None or not previous["close"] <= s < q.open:
        return False
    gap = text[previous["close"] : q.open]
    return "\n" not in gap and gap.rstrip().endswith(",") and len(gap) < 120 and not re.search(r"[.!?]\s", gap)


def _byline_paragraph(text: str, q: _Quote, paragraphs, p_starts: list[int]):
    """A paragraph that is only a dash and a name after the quote's paragraph ("“…”\n\n- Sanders.")."""
    i = max(0, bisect_right(p_starts, q.close) - 1)
    if i + 1 >= len(paragraphs) or text[q.close : paragraphs[i][1]].strip(" .") or paragraphs[i][1] < q.close:
        return None
    start, end = paragraphs[i + 1]
    dash = _DASH_BYLINE.match(text, start, end)
    if not dash or dash.end() == start or text[start] in ".,":
        return None
    named = _byline_name(text, dash.end(), end)
    if named and not text[named[1] : end].strip(" ."):
        return named, None
    return None


_ONE_NAME = re.compile(r"[A-Z][\w’'-]+(?=\.?\s*$)", re.M)


def _byline_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name after a byline dash: a role and name ("Pamela Padilla") or one name ending the line ("Sanders.")."""
    one = _ONE_NAME.match(text, start, end)
    return _role_and_name_after(text, start, end) or (one.span() if one else None)


def _paragraph_end(paragraphs, p_starts: list[int], pos: int) -> int:
    i = max(0, bisect_right(p_starts, pos) - 1)
    return paragraphs[i][1] if paragraphs else pos


def _continues(text: str, previous: dict, q: _Quote) -> bool:
    """No other attribution between the previous quote's end and this one's start."""
    gap = text[previous["close"] : q.open]
    return len(gap) < 400 and "\n\n" not in gap.strip() or len(gap.strip()) == 0


def _other_person_between(reg: Registry, previous: dict, q: _Quote) -> bool:
    """Someone other than the previous speaker is named between the two quotes ("… the agony” of Kyiv.
    Maria Zakharova went further, calling them «war hawks»": the term is not the first speaker's)."""
    i = bisect_right(reg.mentions, (previous["close"],))
    while i < len(reg.mentions) and reg.mentions[i][0] < q.open:
        _, _, canonical, kind = reg.mentions[i]
        if kind == "person" and canonical != previous["speaker"]:
            return True
        i += 1
    return False


def _row(text: str, q: _Quote, kind: str, attribution, reg: Registry) -> dict:
    row = {
        "start": q.start, "end": q.end, "text": "", "speaker": None,  # text: cut once the rows are final
        "speaker_mention": None, "speaker_start": None, "speaker_end": None, "cue": None, "kind": kind,
        "closed": q.closed, "open": q.open, "close": q.close,
    }
    # trim whitespace inside the marks
    while row["start"] < row["end"] and text[row["start"]].isspace():
        row["start"] += 1
    while row["end"] > row["start"] and (text[row["end"] - 1].isspace() or text[row["end"] - 1] in ",;:"):
        row["end"] -= 1  # "…the Dnipro river,” he said": the comma belongs to the sentence
    if attribution:
        np, cue = attribution
        if np:
            np = _whole_mention(text, np, cue)
            row.update(speaker_start=np[0], speaker_end=np[1], speaker_mention=text[np[0] : np[1]])
            # '“Thank you, Charles Michel,” he said': a pronoun after the quote looks back from where it opens
            at = q.open if np[0] >= q.close and row["speaker_mention"].lower() in _PRONOUN_WORDS else np[0]
            row["speaker"] = _speaker_of(text, np, at, reg)
        if cue:
            row["cue"] = text[cue[0] : cue[1]]
    return row


_CONTRACTED_PRONOUN = re.compile(r"(?i:he|she|it|they|we|I)(?=[’'](?:s|ve|d|ll|re|m)$)")
_OWNED_AFTER = re.compile(_OWNED_WORD + "{1,2}")


def _whole_mention(text: str, np: tuple[int, int], cue) -> tuple[int, int]:
    """The mention without a contraction ("he's said" → "he") and with the noun a possessive owns
    ("Pence’s press release" for "Pence’s", up to a cue after it)."""
    contracted = _CONTRACTED_PRONOUN.match(text, np[0], np[1])
    if contracted:
        return np[0], contracted.end()
    if text[np[1] - 2 : np[1]] in ("’s", "'s"):
        limit = cue[0] if cue and cue[0] > np[1] else np[1] + 40
        owned = _OWNED_AFTER.match(text, np[1], limit)
        if owned:
            words = text[np[1] : owned.end()].split()
            keep = list(itertools.takewhile(lambda w: w not in _lexicon().cues and w not in _SPEAKER_STOP
                                            and not _ADVERB.fullmatch(w) and w != "so", words))
            if keep:
                return np[0], text.index(keep[-1], np[1]) + len(keep[-1])
    return np


def _speaker_of(text: str, np: tuple[int, int], at: int, reg: Registry) -> str | None:
    """The canonical speaker of the mention ``text[np[0]:np[1]]`` read at ``at``; a role followed by
    the name it is ("his chief of staff, Marta Kovalenko,") is that name."""
    mention = text[np[0] : np[1]]
    if mention in ("who", "which"):
        return _antecedent_speaker(text, np[0], reg)
    if text[text.rfind(" ", np[0], np[1]) + 1].islower():
        return _appositive_person(text, np[1], reg) or reg.resolve(mention, at)
    return reg.resolve(mention, at) or _appositive_person(text, np[1], reg)


def _antecedent_speaker(text: str, pos: int, reg: Registry) -> str | None:
    """Who the relative pronoun at ``pos`` stands for: the actor named right before it ("for Mr. Sanders,
    who"), else its head noun phrase, else the name a described head is set off from ("Scott Reed, the
    Chamber's chief strategist, who")."""
    named = _mention_ending_at(text, _BEFORE_RELATIVE.search(text, max(0, pos - 4), pos).start(), reg, _SPEAKING)
    if named:
        return named[2]
    head = _antecedent(text, pos)
    if not head:
        return None
    speaker = _speaker_of(text, head, head[0], reg)
    comma = text.rfind(", ", max(0, head[0] - 80), head[0] + 1)
    if speaker is None and comma >= 0 and text[comma + 2].islower() and not _CLAUSE_MARK.search(text, comma + 2, head[0]):
        named = _mention_ending_at(text, comma, reg, _SPEAKING)  # "Andriy Yermak, head of the presidential office, who"
        speaker = named[2] if named else None
    return speaker


_CLAUSE_MARK = re.compile(r"[,;:.!?“”\"]")
_SPEAKING = ("person", "actor")  # the kinds of mention a relative pronoun may stand for


def _appositive_person(text: str, end: int, reg: Registry) -> str | None:
    """The person named right after a role mention: "Rubio’s deputy campaign manager, Rich Beeson,"."""
    m = re.compile(r",\s+").match(text, end)
    if not m:
        return None
    i = bisect_right(reg.mentions, (m.end(),))
    if i < len(reg.mentions) and reg.mentions[i][0] == m.end() and reg.mentions[i][3] == "person":
        return reg.mentions[i][2]
    return None


_THAT_CLAUSE = re.compile(r"(?:\s*,\s*(?:however|though|also|meanwhile)\s*,|\s*,\s*[^,;:.!?“”\"«»\n]{3,60}?,(?=\s+that\b))?"  # (", without evidence, that")
                          r"(?:\s+[a-z]+ly(?=\s+that\b))?\s+(?:that(?:\s*,)?\s+)?")
_CLAUSE_END = re.compile(
    r",[”\"’]?\s+(?:which|while|whereas|who|where|although|though|but|as|reflecting|signaling|signalling|adding|saying|"
    r"noting|stressing|citing|according|insisting|arguing|warning|telling|explaining|claiming|calling)\b|[.;!?](?:\s|$)|\s[“«]|:\s*(?=[“\"«])"  # or a quotation opening
    r"|,\s+an?\s+(?:claim|charge|assertion|allegation|accusation)\b"  # "…, a claim the army denied": the writer's aside
)
_AND_CUE = re.compile(r",?\s+(?:but|and)\s+(?:also\s+|then\s+)?")


_SUBJECT_APART = re.compile(r"(?:,|\b(?:and|but))\s*$")  # the cue's subject stands further back
# "that" right before one of these opens a relative clause ("a ceasefire that would halt"), not a report
_RELATIVE_VERB = re.compile(r"(?:would|will|could|can|may|might|should|must|has|have|had|is|was|were|are)\b")
# (a comma only in a date: "said on March 3, 2025, that …"; not "comments on guns, reiterating calls that …")
_PLACE_THAT = re.compile(r"\s+(?:in|on|at|during|to|after|before|via)\s+(?:(?!that\b)[\w’'.-]+(?:,(?=\s+(?:\d|that\b)))?\s+){1,5}?that\s+")
# after a day, a place may hold commas: "said Sunday in Madison, Wisconsin, that …"
_WHEN_PLACE_THAT = re.compile(r"\s+(?:in|on|at|during)\s+(?:(?!that\b)[\w’'.-]+,?\s+){1,6}?that\s+")
_PLACE_BEFORE_COMMA = re.compile(r"\b(?:from|in|near)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?$")


def _not_a_person_before(text: str, start: int, end: int) -> bool:
    """Before ", <Name>,": a place ("a salesman from Sumter, South Carolina,") or an outlet, body or
    organisation noun ("the Vatican's official newspaper, L'Osservatore Romano,"): the name is no person."""
    if _PLACE_BEFORE_COMMA.search(text, start, end):
        return True
    word = _LAST_LOWER_WORD.search(text, start, end)
    return word is not None and any(word.group() in lexicons.load(name)
                                    for name in ("media_nouns", "body_nouns", "organisation_nouns"))
# a clause's subject and, within a few words, its finite verb: what a listener or outlet may be followed by
_CLAUSE_AHEAD = (r"(?=(?:the|his|her|their|its|he|she|they|it|we|I%s)\s+(?:[\w’'-]+\s+){0,6}?"
                 r"(?:was|were|is|are|had|has|have|would|will|could|did|must|should)\b)")
_OUTLET_THEN_CLAUSE = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2}|reporters|journalists)\s+"
                                 + _CLAUSE_AHEAD % "")  # "told Reuters the …"
_LISTENER_THAT = re.compile(r"\s+(?:(?!that\b)[\w’'.-]+\s+){1,4}?that\s+")  # "told the Rada that"
_SAID_WHEN = re.compile(rf"\s+(?:(?:on|last|this|late|early)\s+(?:[A-Z][a-z]+day|{_TIME_NOUN})|[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?)\s+(?:that\s+)?")  # "said Wednesday (night) that"
_SAID_ON_OUTLET = re.compile(r"\s+(?:on|in|to)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2}\s+"
                             + _CLAUSE_AHEAD % r"|[A-Z][\w’'-]+")  # "said on Telegram his troops had"
_PUNCTUATION_NEXT = re.compile(r"\s*[,:“\"‘]")
_PREPOSITION_NEXT = re.compile(r"\s+(?!at\s+(?:least|most)\b)(?:on|in|at|to|by|for|with|after|before|during|of|about)\b")  # not "said at least 30 …"
# "this", "it" or "so" as the object of the verb, then an adverbial or the clause's end: no reported clause
_OBJECT_THEN_ADVERBIAL = re.compile(
    r"\s+(?:this|it|so)(?=\s*[,.;:!?]|\s*$|\s+(?:on|in|at|to|by|for|with|after|before|during|of|about|when|while|earlier|"
    r"again|repeatedly|many|several|more|once|twice|yesterday|today|last|this)\b)")
_THEN_COLON = re.compile(r"[^.;:!?“”\"\n]{1,60}?:\s+(?=[^\s“”\"‘'«])")  # "… it again: …" (not a quotation)



# a calendar date after a tag: "said on Feb. 24, 2025", "said on 24 February"
_MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec".split())
_MONTH_START = "(?:%s)" % "|".join(sorted(_MONTH_ABBREVIATIONS, key=lambda m: (-len(m), m)))  # "Sept" before "Sep"
_TAG_DATE = (rf"(?:{_MONTH_START}[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}}|(?!,\s+\d))"
             rf"|\d{{1,2}}\s+{_MONTH_START}[a-z]*(?:\s+\d{{4}})?)")
_TAG_DAY = rf"\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|{_TAG_DATE})"  # "said Tuesday", "said on Tuesday"
_SENTENCE_TAIL = re.compile(rf"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|tonight|last\s+\w+|this\s+\w+|{_TAG_DATE}))?\s*[.!?]?\s*$")
# a tag with a weekday before a comma ends the report: "…, officials said Tuesday, in one of …"
_DAY_COMMA = re.compile(_TAG_DAY + r",\s")
# a tag before an apposition or a participle ends the sentence's report; before anything else the
# report goes on after the tag ("In recent days, advisers say, the talks …") and is no clause of its own
_TAG_COMMA = re.compile(rf"(?:{_TAG_DAY})?,\s+(?:an?|adding|citing|noting|in\s+an?\s+(?:statement|interview|post)|after|"
                        r"following|amid|despite|as|while|according\s+to)\b")


# "…, Rubio announced after more than eight hours of talks in Jeddah on Tuesday.": a phrase of place or
# time closes a tag that ends the sentence
_TAIL_PHRASE = re.compile(r"\s+(?:after|at(?!\s+(?:least|most)\b)|in|on|during|following|before|from|aboard|via)\b"
                          r"(?:(?!\bthat\b)[^,;:“”\"«»])*$")
# "…, two officials told Reuters.", "…, the minister told reporters on Monday."
_TOLD_TAIL = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}|reporters|journalists|the\s+media|"
                        r"(?:state\s+)?(?:media|television|TV))(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
                        r"(?:\s*[.!?]?\s*$|,\s+(?:speaking|citing|adding|noting|who|according|on\s+condition)\b)")  # (", speaking on …")
_TAIL_REACH = 300  # characters a closing phrase of time or place runs after its tag


def _whole_clause_before(text: str, start: int, pos: int) -> bool:
    """At least eight words before ``pos`` in the sentence (read from at most 200 characters back)."""
    return len(text[max(start, pos - 200) : pos].split()) >= 8


_TAG_VERBS = frozenset("said says told announced added wrote posted stated declared noted tweeted reported estimated estimates "
                       "warned claimed confirmed concluded".split())
# "…, Russia’s defence ministry said, the first such strike since …": after a whole clause, an apposition
_TAG_THE = re.compile(rf"(?:{_TAG_DAY})?,\s+the\b")


def _ends_in_abbreviation(text: str, start: int, dot: int) -> bool:
    """The full stop at ``dot`` closes a title abbreviation ("Sen."), an initial ("N.") or a dotted
    abbreviation the sentence goes on after in lower case ("from U.S. stocks"), not the clause."""
    word = text[max(start, text.rfind(" ", start, dot) + 1) : dot + 1]  # (from ``start`` when no space: not from 0)
    if "." in word[:-1] and _LOWER_NEXT.match(text, dot + 1):
        return True
    if (word[:-1] in _MONTH_ABBREVIATIONS or word in lexicons.load("abbreviations_numeric")) and _DIGIT_NEXT.match(text, dot + 1):
        return True  # "since Feb. 24", "No. 2": a number follows
    return (len(word) == 2 and word[0].isupper()) or word in lexicons.load("abbreviations_title")


_DIGIT_NEXT = re.compile(r"\s+\d")


_LOWER_NEXT = re.compile(r"\s+[a-z0-9]")


def _reported_clause(text: str, c: re.Match, e: int, quoted, lex: _Lex) -> tuple[int, int] | None:
    """The clause a reporting verb ``c`` introduces, up to the sentence end ``e``: "that …", or for
    said/says/told a clause without "that" ("said the talks would resume"); None when none follows."""
    that = _THAT_CLAUSE.match(text, c.end(), e)
    clause_start = that.end() if that else c.end()
    reported = that is not None and "that" in text[c.end() : clause_start]
    if not reported:
        place = _PLACE_THAT.match(text, c.end(), e)  # "said in a statement that …"
        if place and not _RELATIVE_VERB.match(text, place.end(), e):  # "agreed to a ceasefire that would halt …"
            reported, clause_start = True, place.end()
    if not reported and c.group() in _ADDRESSEE_CUES:
        listener = _LISTENER_THAT.match(text, c.end(), e) or (
            _OUTLET_THEN_CLAUSE.match(text, c.end(), e) if c.group() in ("told", "tells") else None)
        if listener:  # "told parliament that …", "told Reuters the RSF's claims were …"
            reported, clause_start = True, listener.end()
    elif not reported and c.group() in ("said", "says", "wrote", "writes") \
            and (outlet := _SAID_ON_OUTLET.match(text, c.end(), e)):
        reported, clause_start = True, outlet.end()  # "said on Telegram his troops had …"
    elif not reported and c.group() in ("said", "says"):
        when = _SAID_WHEN.match(text, c.end(), e)  # "said on Thursday the government would …"
        place = when and _WHEN_PLACE_THAT.match(text, when.end() - 1, e)  # "said Sunday in Madison, Wisconsin, that …"
        if when and not _PREPOSITION_NEXT.match(text, when.end() - 1, e):
            reported, clause_start = True, when.end()
        elif place and not _RELATIVE_VERB.match(text, place.end(), e):
            reported, clause_start = True, place.end()
    if not reported and _OBJECT_THEN_ADVERBIAL.match(text, c.end(), e):
        colon = _THEN_COLON.match(text, c.end(), e)
        if colon:  # "I will say it again: they were going to strike …": the clause after the colon
            reported, clause_start = True, colon.end()
    if not reported:
        if c.group() not in ("said", "says", "say", "told") or _PUNCTUATION_NEXT.match(text, c.end(), e) \
                or _DAY_COMMA.match(text, c.end(), e):
            return None  # "…, Ukrainian officials said Tuesday, in one of the deadliest strikes": the report is before
        if c.group() == "told" or _PREPOSITION_NEXT.match(text, c.end(), e) or _SENTENCE_TAIL.match(text, c.end(), e) \
                or _SAID_WHEN.match(text, c.end(), e) or _OBJECT_THEN_ADVERBIAL.match(text, c.end(), e):
            # "told reporters on Thursday", "said on Friday", "… Tusk said Wednesday.", "said Wednesday on
            # MSNBC", "said this during a meeting", "said so at our previous meetings": no clause
            return None
    end_m = _CLAUSE_END.search(text, clause_start, e + 1)
    while end_m:
        if text[end_m.start()] == "." and _ends_in_abbreviation(text, clause_start, end_m.start()):
            end_m = _CLAUSE_END.search(text, end_m.end(), e + 1)  # "would name Sen. Jeff Sessions", "Jeffrey N. Smith"
        elif text[end_m.start() + 1 : end_m.start() + 2] in ("“", "«") and text[end_m.start() - 1].isalpha():
            # 'said Moscow had “learned to live under sanctions.”': a quoted fragment is part of the clause
            mark = end_m.start() + 1
            i = bisect_right(quoted, (mark, len(text)))
            if not (i and quoted[i - 1][0] == mark) or not text[mark + 1 : mark + 2].islower():
                break
            end_m = _CLAUSE_END.search(text, max(mark + 1, quoted[i - 1][1] - 2), e + 1)  # (from its closing comma: “…,” while)
        else:
            break
    clause_end = end_m.start() if end_m else e
    if end_m and text[clause_end : clause_end + 2] in (',"', ",”", ",’"):
        clause_end += 2  # 'said he was "shocked by the attack," adding': the quotation's closing mark is the clause's
    for joined in _AND_CUE.finditer(text, clause_start, clause_end):
        if lex.speech_verb_at.match(text, joined.end(), clause_end):
            clause_end = joined.start()  # "… too early to celebrate but added, …", "… and accused Europe of …": the next verb
            break
    if clause_end - clause_start < 8 or _inside(quoted, clause_start) and text[clause_start : clause_start + 1] not in "“\"‘'":
        return None
    if text[clause_start : clause_start + 1] in "“\"‘'":
        # 'wrote that “peace through strength” was the only option': a that-clause opening with a quoted
        # phrase the writer's words go on from is a report (but 'said “…”' is a quotation)
        k = bisect_right(quoted, (clause_start, len(text)))
        if not (reported and k and quoted[k - 1][0] == clause_start and _CLAUSE_GOES_ON.match(text, quoted[k - 1][1], clause_end)):
            return None
    if not reported and c.group() == "say" and _MARKS.search(text, clause_start, min(e, clause_start + 300)):
        return None  # "Critics say the plan “…,” Shmyhal said": a quotation, someone else's, runs into it
    return clause_start, clause_end


_APPOSED_NAME_END = re.compile(r",\s*$")


def _apposed_name_before(text: str, start: int, pos: int, people_ending: dict[int, int]) -> tuple[int, int] | None:
    """A person named in an appositive right before a cue: "the head of the Russian Direct Investment
    Fund, Kirill Dmitriev, said" (the name, set off by commas after a role); ``people_ending`` maps
    the end of each person mention to its start."""
    comma = _APPOSED_NAME_END.search(text, max(start, pos - 3), pos)
    name_start = people_ending.get(comma.start()) if comma else None
    if name_start is None:
        return None
    if text[max(start, name_start - 2) : name_start] == ", ":
        return name_start, comma.start()
    # "Russia's chief negotiator, presidential aide Vladimir Medinsky, said": role words before the name
    roles = _APPOSED_ROLES.search(text, max(start, name_start - 50), name_start)
    if roles and not any(w.lower() in _SPEAKER_STOP or w.lower() in _NOT_ROLE_WORDS or w.endswith(("ed", "ing")) and w.islower()
                         for w in roles.group(1).split()):  # (not "Several voters, including Mr. Jebens, said")
        return roles.start(1), comma.start()
    return None


_CLAUSE_GOES_ON = re.compile(r"[^\S\n]+[a-z]")  # after a quoted phrase, the clause's own words
# a role set off before an appositive name: ", the regional governor" (its last word a role noun)
_ROLE_APPOSITIVE = re.compile(r",\s+(?:the|[A-Z][\w.-]*(?:['’]s)?)\s+(?:[\w’'.-]+\s+){0,4}?(([a-z][\w-]*))\s*$")
_NOT_ROLE_WORDS = frozenset("like as except besides unlike plus especially particularly notably even".split())
_APPOSED_ROLES = re.compile(r",\s+((?:[\w’'.-]+\s+){1,4})$")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")


_THAT_NEXT = re.compile(r"\s+that\b")  # the owner's words follow ("Biden's remarks that …"), not the namer's ("called Clinton's remarks “a new low”")
_OWNER_OF_CUE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*?)['’]s\s+$")  # "Biden's" before "remarks"
_NOUN_DETERMINERS = frozenset("the a an these those such".split())


def _object_noun(text: str, floor: int, c: re.Match) -> bool:
    """A cue noun after a possessive name with no that-clause: before a quote with nothing between, a verb's
    object ("Priebus called Clinton's remarks “a new low”": the namer speaks; but "Biden's remarks that …"
    and "Trump's comments, “…”" are their owner's)."""
    return not _THAT_NEXT.match(text, c.end()) and _OWNER_OF_CUE.search(text, max(floor, c.start() - 60), c.start()) is not None


def _owned_as_object(text: str, floor: int, c: re.Match) -> bool:
    """The owner of the cue noun ``c`` stands after the clause's verb, not at its start ("told Reuters the
    RSF's claims", not "Clark’s comments further …")."""
    owner = _OWNER_OF_CUE.search(text, max(floor, c.start() - 60), c.start())
    before = text[floor : owner.start(1)] if owner else ""
    return bool(re.search(r"\b[a-z]{2,}\s+(?:the\s+|a\s+)?$", before)) or bool(re.search(r"\b[a-z]{3,}\b", before[-60:]))


def _cue_noun(text: str, floor: int, c: re.Match, owned: bool = True) -> bool:
    """A cue word after a nationality adjective or (``owned``) an article is a noun: "Russian claims",
    "the claims", "those states that"; a cue participle after any determiner is an adjective."""
    word = _WORD_BEFORE.search(text, max(floor, c.start() - 30), c.start())
    if word is None:
        return False
    if word.group(1).lower() in _DETERMINERS and c.group().endswith("ed"):
        return True  # "the declared goal of “…”", "his stated aim": a participle before its noun
    if owned and word.group(1).lower() in _NOUN_DETERMINERS:
        return True  # "those states that …", "the claims that …": a noun after an article (but "his warning
        # that …", "Dmitriev's reports that …" are their owner's reports)
    return c.group().endswith("s") and is_demonym(word.group(1))
_NEW_SUBJECT = re.compile(r"[”\"’]?,[”\"’]?\s+while\s+(?=[A-Z])")  # another subject's clause follows
_THEN_REPORTING = re.compile(r"(?:{_TAG_DAY})?,\s+(?:adding|noting|stressing|saying)\s+that\b".replace("{_TAG_DAY}", _TAG_DAY))
_CONJOINED_ITEM = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w.’'-]*\s+){1,3}and\s+|(?:[A-Z][\w.’'-]*\s+)?[A-Z][\w.’'-]*,\s+)$")


_ASIDE_CLOSE = re.compile(r"\s+(?:--|[—–-])\s*$")
_ASIDE_OPEN = re.compile(r"\s+(?:--|[—–-])\s+")


def _subject_before_aside(text: str, start: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase before an aside set off by dashes that ends at ``pos``: "Donald Trump - who said he
    would … - said", "Older people who survived two occupations - the Nazi one and now Russia's - say"."""
    close = _ASIDE_CLOSE.search(text, max(start, pos - 6), pos)
    if close is None:
        return None
    opening = None
    for opening in _ASIDE_OPEN.finditer(text, max(start, close.start() - 200), close.start()):
        pass
    np = _noun_phrase_before(text, opening.start(), start) if opening else None
    # a name or pronoun (not "John Dickey, the chief executive of Ora Media -- …": an appositive of its own)
    return np if np and (text[np[0]].isupper() or text[np[0] : np[1]].lower() in _PRONOUN_WORDS) else None


def _conjoined_subject(text: str, floor: int, np: tuple[int, int]) -> tuple[int, int]:
    """``np`` with the countries and bodies listed before it when it is one too or a group of people:
    "Russia, Belarus and Iran said", "U.S. and South Korean officials said" (not "Foreign Affairs and" of
    a title, nor an opening "On Monday,")."""
    phrase = text[np[0] : np[1]]
    if not (phrase.split()[-1].islower() or actor_of(phrase)):
        return np
    start, joined = np[0], False
    while (item := _CONJOINED_ITEM.search(text, max(floor, start - 40), start)) is not None:
        name = re.sub(r",?\s+and\s+$|,\s+$", "", item.group(1))
        if actor_of(name) is None or item.group(1).endswith(", ") and not joined:
            break
        start, joined = item.start(1), True
    return start, np[1]


def _indirect(text: str, sentences, quotes: list[dict], reg: Registry, lex: _Lex, used_cues: set[int]) -> list[dict]:
    """ "Kellogg confirmed that …" and "…, the minister said." as kind "indirect"."""
    rows = []
    quoted = sorted((r["start"] - 1, r["end"] + 1) for r in quotes)
    tagged: dict[int, list[tuple[int, int]]] = {}  # sentence -> its quotes' speaker spans, by end
    for r in quotes:
        if r["speaker_start"] is not None and r.get("sentence") is not None:
            tagged.setdefault(r["sentence"], []).append((r["speaker_end"], r["speaker_start"]))
    for spans in tagged.values():
        spans.sort()
    people_ending: dict[int, int] | None = None  # read once, when an appositive name is looked for
    opening_speakers: dict = {}  # whether a clause's opening noun phrase names a speaker
    cues_in = lex.cue_finder.in_spans(text, sentences)
    for si, (s, e) in enumerate(sentences):
        reported_before = len(rows)
        reported_until, tail_speaker = s, None
        for c, _ in cues_in[si]:
            if c.start() in used_cues or _inside(quoted, c.start()) or c.start() < reported_until:
                continue
            if _WITHOUT.search(text, max(s, c.start() - 12), c.start()) or (
                    _HAVING.search(text, max(s, c.start() - 8), c.start()) and _THAT_SAID.match(text, c.end(), e)):
                continue  # "it goes without saying", "worth noting", "Having said that, …": idioms, no one reports
            if _cue_noun(text, s, c):
                continue  # "Zelensky dismissed Russian claims that …": a noun, no report
            verb_start = _skip_adverbs_back(text, c.start())
            inverted = _inverted_tag(text, s, e, c, quoted)
            if inverted:  # "The talks will resume on Monday, said Kremlin spokesman Dmitry Peskov."
                rows.append(_indirect_row(text, inverted[0], inverted[1], inverted[2], c.group(), reg, si))
                break
            np = _noun_phrase_before(text, verb_start, s) or _subject_before_aside(text, s, verb_start)
            if np is None and tail_speaker and c.group().endswith("ing"):
                np = tail_speaker
            if np and text[np[0]].isupper():
                paired = _with_pair(text, np, reg)  # "Prime Minister Keir Starmer and President Emmanuel Macron said"
                np = paired if paired != np else _conjoined_subject(text, s, np)  # "U.S. and South Korean officials said"
            subject_before = np is not None
            if np is None and _SUBJECT_APART.search(text, max(s, c.start() - 12), verb_start):
                # "…, who covered the White House for ABC News, said …", "… and said …": the sentence's subject;
                # '“…,” he wrote, adding that …': the speaker of the quote the -ing cue goes on from
                spans = tagged.get(si, [])
                k = bisect_right(spans, (c.start(), len(text)))
                if c.group().endswith("ing") and k:
                    np = (spans[k - 1][1], spans[k - 1][0])
                else:
                    np = _sentence_subject(text, s, c.start(), reg)
                    if np is None and k:  # "Sheikh Mohammed …, whose country mediates, said he was “…”": the
                        np = (spans[k - 1][1], spans[k - 1][0])  # speaker a quote of this sentence was given
                    if np is None:  # "Ukraine's foreign minister, Andrii Sybiha, said" speaks as the role;
                        np = _opening_noun_phrase(text, s, c.start())  # "the head of the fund, Kirill Dmitriev," as the name
                        if np not in opening_speakers:  # one sentence's opening is resolved once, not per cue
                            opening_speakers[np] = _speaker_of(text, np, np[0], reg) if np is not None else None
                        if opening_speakers[np] not in reg.people:  # (a role of a country is no name: "Russia's
                            # chief negotiator, presidential aide Vladimir Medinsky, said" is Medinsky)
                            if people_ending is None:
                                people_ending = {e: b for b, e, _, kind in reg.mentions if kind == "person"}
                            np = _apposed_name_before(text, s, verb_start, people_ending) or np
                subject_before = True
            clause = _reported_clause(text, c, e, quoted, lex) if subject_before else None
            if clause:
                rows.append(_indirect_row(text, clause[0], clause[1], np, c.group(), reg, si))
                if not (_AND_CUE.match(text, clause[1], e) or _NEW_SUBJECT.match(text, clause[1], e)):
                    break  # (but "said … and stressed that …", "said …, while Scholz told …": the next report is a row of its own)
                reported_until = clause[1]
            # "…, the minister said."
            # (or "…, the UN mission said, a 40% rise on last year.")
            tail = (_SENTENCE_TAIL.match(text, c.end(), e) or _TAG_COMMA.match(text, c.end(), e)
                    or np and c.group() in _TAG_VERBS and e - c.end() < _TAIL_REACH
                    and _TAIL_PHRASE.match(text, c.end(), e) and _whole_clause_before(text, s, np[0])
                    or _DAY_COMMA.match(text, c.end(), e)
                    or np and _TAG_THE.match(text, c.end(), e) and _whole_clause_before(text, s, np[0])
                    or c.group() == "told" and _TOLD_TAIL.match(text, c.end(), e))
            comma = np[0] if np else s
            while comma > s and text[comma - 1].isspace():
                comma -= 1
            if np and tail and comma > s and text[comma - 1] == ",":
                role = _ROLE_APPOSITIVE.search(text, max(s, comma - 90), comma - 1)
                if role and (role.group(2) in role_nouns() or role.group(2) == "official"):
                    comma = role.start() + 1  # "…, the regional governor, Vadym Filashkin, said.": the report ends before the role
                clause_end = comma - 1
                start = max(_after_dateline(text, s, clause_end), reported_until)  # "KYIV, Ukraine (AP) — …, the governor said."
                while start < clause_end and not text[start].isalnum() and text[start] not in "“\"‘'«":
                    start += 1  # (after an earlier report of the sentence, past its punctuation)
                if clause_end - start >= 8 and not re.match(r"[“\"‘']", text[start]):
                    rows.append(_indirect_row(text, start, clause_end, np, c.group(), reg, si))
                    if not _THEN_REPORTING.match(text, c.end(), e):
                        break
                    reported_until, tail_speaker = c.end(), np  # "…, Peskov said, adding that …": the next row, his
        if len(rows) == reported_before and text.find("ccording", s, e) >= 0:  # (both forms need the word)
            sourced = _according_report(text, s, e, quoted)
            if sourced:  # "…, according to the General Staff.", "According to Kyiv, …"
                rows.append(_indirect_row(text, sourced[0], sourced[1], sourced[2], sourced[3], reg, si))
    return rows


_ACCORDING_LAST = re.compile(r",\s+(according\s+to)\s+")
_SOURCE_HEAD = re.compile(r".*?([\w’'-]+)(?=\s+(?:of|for|from|by|in|on|at|with)\b|\s*$)")  # "the initial plan" of …
_SOURCE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")
_SOURCE_TO_END = re.compile(r"([^,;:“”\"«»()]{2,100}?)\s*[.!?]?\s*$")
_ACCORDING_FIRST = re.compile(r"\W*(According\s+to)\s+")


def _according_report(text: str, s: int, e: int, quoted: list[tuple[int, int]]):
    """(start, end, source span, "according to" match) for a sentence whose claim is sourced with
    "according to": at its end ("…, according to a statement from the State Department.") or opening it
    ("According to the General Staff, Russia has lost …"); None for a quotation's own tag."""
    m = _ACCORDING_FIRST.match(text, s, e)
    if m:
        comma = text.find(",", m.end(), e)
        np = _noun_phrase_after(text, m.end(), comma) if comma > 0 else None
        if np and not text[np[1] : comma].strip():
            start, end = comma + 1, e
            while start < end and text[start].isspace():
                start += 1
            return _sourced(text, start, end, np, m, quoted)
        return None
    m = None
    for m in _ACCORDING_LAST.finditer(text, s, e):
        pass
    if m is None:
        return None
    source = _SOURCE_TO_END.match(text, m.end(), e)
    if not source:
        return None
    np = source.span(1)  # the whole source: "a statement from the State Department", "people familiar with …"
    head = _SOURCE_HEAD.match(text, np[0], np[1])
    if _SOURCE_VERB.search(text, np[0], np[1]) or head and head.group(1).lower() in lexicons.load("norm_nouns"):
        return None  # "… according to our estimates is 63,471", "acting calmly, according to the initial plan"
    return _sourced(text, _after_dateline(text, s, m.start()), m.start(), np, m, quoted)


def _sourced(text: str, start: int, end: int, np, m: re.Match, quoted):
    while end > start and text[end - 1] in " .!?":
        end -= 1
    if end - start < 8 or _inside(quoted, start) or _inside(quoted, end - 1) or text[start] in "“\"‘'«":
        return None
    return start, end, np, m.group(1)


# Cues a speaker follows at a sentence's end ("…, said the spokesman."); not those whose object may
# follow instead ("…, tweeted a warning.", "…, declared bankruptcy.").
_INVERTING_CUES = frozenset("said says say added adds noted notes wrote writes explained explains stressed stresses "
                            "warned warns continued recalled insisted replied responded argued argues emphasized "
                            "emphasised concluded reported reports".split())
_INVERTED_TAIL = re.compile(rf"(?:{_TAG_DAY})?\s*(?:[.!?]|,\s+(?:who|adding|citing|according)\b)")


def _inverted_tag(text: str, s: int, e: int, c: re.Match, quoted: list[tuple[int, int]]):
    """(clause start, clause end, speaker span) for a sentence closed by an inverted tag: "…, said the
    spokesman." or "…, says Zelensky, who …"; not a quotation's own tag ('“…,” said Peskov')."""
    comma = c.start()
    while comma > s and text[comma - 1].isspace():
        comma -= 1
    if comma <= s or text[comma - 1] != "," or c.group() not in _INVERTING_CUES:
        return None
    np = _noun_phrase_after(text, c.end(), e)
    words = text[np[0] : np[1]].split() if np else []
    if not words or np[0] - c.end() > 1 or not _INVERTED_TAIL.match(text, np[1], e) \
            or words[0].lower() in _PRONOUN_WORDS | {"that", "this"} or _ADVERB.fullmatch(text, np[0], np[1]):
        return None  # (nor "…, said simply.")
    clause_end = comma - 1
    start = _after_dateline(text, s, clause_end)
    if clause_end - start < 8 or _inside(quoted, clause_end - 1) or _inside(quoted, clause_end):
        return None
    return start, clause_end, np


def _after_dateline(text: str, s: int, end: int) -> int:
    """Where a sentence's clause starts: past a dateline ("KYIV, Ukraine (AP) — …, the governor said.")."""
    dateline = _DATELINE.match(text, s, end)
    return dateline.end() if dateline else s


_WITHOUT = re.compile(r"\b(?:without|worth)\s+$")
_HAVING = re.compile(r"\b[Hh]aving\s+$")
_THAT_SAID = re.compile(r"\s+that\s*,")  # "Having said that, there are …"


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` inside one of the sorted, non-overlapping ``spans``: a bisection, not a walk of every quote."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _indirect_row(text, start, end, np, cue: str, reg: Registry, sentence: int) -> dict:
    while end > start and text[end - 1] in " ,:;":
        end -= 1
    if np:
        np = _with_pair(text, np, reg)
    mention = text[np[0] : np[1]] if np else None
    return {
        "start": start, "end": end, "text": text[start:end], "speaker": _speaker_of(text, np, np[0], reg) if np else None,
        "speaker_mention": mention, "speaker_start": np[0] if np else None, "speaker_end": np[1] if np else None,
        "cue": cue, "kind": "indirect", "closed": True, "sentence": sentence,
    }


def _with_pair(text: str, np: tuple[int, int], reg: Registry) -> tuple[int, int]:
    """The whole subject when ``np`` ends the second of two people joined by "and" ("Prime Minister Keir
    Starmer and French President Emmanuel Macron said"), else ``np``."""
    k = bisect_left(reg.pairs, (np[0],)) - 1
    if k < 0 or reg.pairs[k][1] != np[1]:
        return np
    first_end = reg.pairs[k][3]
    floor = reg.breaks[bisect_right(reg.breaks, reg.pairs[k][0]) - 1] if reg.breaks and reg.breaks[0] <= reg.pairs[k][0] else 0
    first = _noun_phrase_before(text, first_end, floor)
    return (first[0] if first else reg.pairs[k][0]), np[1]


_HEADLINE_TAG = re.compile(rf"[”\"’'»]?\s*[,:–—-]\s*({_NAME})\s+(?:Says|Said|Warns|Tells|Claims|Insists|Declares)\b")
_HEADLINE_SPEAKER = re.compile(rf"\s*({_NAME})\s*:\s*$")
_HEADLINE_OPENER = re.compile(rf"\s*({_NAME})\s*:\s")


def _title_quotes(title: str, reg: Registry, body_end: int) -> list[dict]:
    """Quotes in the headline ("… Russia: ‘No Sanctuaries Left’"), offsets into the title; a headline
    that is only a name and a colon before the quote ("Zelensky: ‘We will not give up Donbas’") names
    its speaker, resolved against the article's people."""
    if not title:
        return []
    rows = []
    for q in pair_marks(title):
        row = {
            "start": q.start, "end": q.end, "text": title[q.start : q.end], "speaker": None,
            "speaker_mention": None, "speaker_start": None, "speaker_end": None, "cue": None,
            "kind": "partial" if title[: q.open].strip() else "direct", "closed": q.closed, "sentence": None,
            "field": "title",
        }
        kind, bodies = "direct", False
        # "Dam Destroyed: ‘Ecological Bomb’, Zelensky Says": a tag after the quote names its speaker
        named = _HEADLINE_TAG.match(title, q.close) if q.closed else None
        if named is not None:
            kind = "direct" if title[max(0, q.open - 2) : q.open].strip() in (":", "") else row["kind"]
        if named is None:
            named = _HEADLINE_SPEAKER.fullmatch(title, 0, q.open)
        if named is None:  # "Lavrov: talks possible only on «new realities»": the headline's words are his
            named, kind = _HEADLINE_OPENER.match(title, 0, q.open), row["kind"]
        if named is None:  # "Putin Warns of ‘New Stage’", "Kremlin Says Talks «Impossible»": who acts speaks
            named, kind, bodies = _lexicon().title_speaker.search(title, max(0, q.open - 80), q.open), row["kind"], True
        who = reg.resolve(named.group(1), body_end) if named else None
        if not bodies and who in reg.people and not _only_names(named.group(1), who):
            who = None  # "European Leaders Press Trump: ‘…’": a sentence before the colon, not a speaker
        if who in reg.people or bodies and who is not None:
            row.update(kind=kind, speaker=who, speaker_mention=named.group(1),
                       speaker_start=named.start(1), speaker_end=named.end(1))
        rows.append(row)
    return rows


_NATIONALITY_WORD = re.compile(r"(?:[A-Z]\.?){2,3}|[A-Z][a-z]+(?:an|ese|ish|ch|i)")  # "U.S.", "Hungarian", "Polish"


def _only_names(mention: str, person: str) -> bool:
    """Every word of ``mention`` is part of ``person``'s name, a title or a nationality ("Hungarian
    Prime Minister Viktor Orban"), so the mention names that person and says nothing else."""
    name, roles = set(person.split()), role_nouns()
    role_words = {w for role in roles for w in role.split()}
    return all(w in name or w.rstrip(".").lower() in role_words or _NATIONALITY_WORD.fullmatch(w)
               for w in mention.replace("’s", "").replace("'s", "").split())


def quotes(articles) -> pd.DataFrame:
    """Every quote and reported statement of every article.

    Args:
        articles: the articles table (or a string, read as one article).

    Returns:
        The quotes table of ``docs/tables.md``: article_id, start, end, text, speaker,
        speaker_mention, speaker_start, speaker_end, cue, kind ("direct", "partial",
        "indirect"), closed, sentence, polarity, and ``field`` ("text", or "title" for a
        headline quote, whose offsets are into the title).
    """
    arts = as_articles(articles)
    titles = arts["title"] if "title" in arts else [""] * len(arts)
    rows = []
    for article_id, text, title in zip(arts["article_id"], arts["text"], titles):
        for row in extract(text, title="" if pd.isna(title) else title):
            row["article_id"] = article_id
            rows.append(row)
    return typed_table(rows, QUOTE_COLUMNS, _DTYPES)
