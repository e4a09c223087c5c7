"""Paragraph and sentence boundaries with exact character offsets.

A rule-based splitter tuned for news: it knows titles (``Gen.``), abbreviations
that may or may not end a sentence (``U.S.``, ``Co.``, ``Sept.``), initials,
numbers, ellipses, numbered lists and quotations, and it never needs the
quotation marks to balance, so one unclosed quote cannot swallow the rest of
an article. Everything is a single left-to-right pass: linear in the text.

>>> text = "Gen. Smith met U.S. officials. “We won,” he said. Then he left."
>>> [text[s:e] for s, e in split_sentences(text)]
['Gen. Smith met U.S. officials.', '“We won,” he said.', 'Then he left.']
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right

from . import lexicons
from .patterns import scanner

# A blank line (possibly holding spaces) separates paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

# Sentence-final punctuation, the closing quotes or brackets that may follow
# it, and the whitespace (or end of text) that must come next.
_CANDIDATE = scanner(
    r"(?P<term>\.(?: \.){2,}|\.{2,}|…\.?|[.!?][!?]*)"
    r"(?P<close>[)\]\"'”’»]*)"
    r"(?=\s|$)"
)
# "Hello world.Today is Tuesday." and "bought 1,000.That": no space after the stop.
# (the stop is found first, then the letters or digit before it: a lookbehind tried at every position
# cost more than the rest of the paragraph's cuts)
_GLUED = re.compile(r"[.!?](?=[A-Z][a-z])")
_GLUED_AFTER = re.compile(r"(?:[a-z]{2}|\d)$")
# A new line that starts a new sentence without punctuation (headlines, captions).
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
_WORD_WINDOW = 64  # characters before a line break read for its last word
# A bullet starts a list item.
_BULLET = re.compile(r"\s[•⁃▪‣◦]")  # (the space is consumed: a lookbehind is tried at every position)
# A list at the start of a paragraph: "1.", "1.)", "1)", "a." (then 2., b., …).
_LIST_START = re.compile(r"[•⁃▪‣◦*-]?\s*(?:(?P<num>\d{1,3})|(?P<letter>[a-z]))(?P<style>\.\)|\)|\.)\s")
_QUOTE_CLOSE = re.compile(r"[\"'”’»]")
_MULTIDOT = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\.?")
_LIST_MARKER = re.compile(r"[•⁃▪‣◦*-]?(?:\d{1,3}|[A-Za-z])")

_BULLETS = "•⁃▪‣◦*-"
_OPENERS = "\"'“‘«([{"
_TRAILING = ",;:.!?)\"'”’»]"
_NO_BREAK_BEFORE = ",;:.@"
_NO_BREAK_AFTER_LINE = ",;:(-–—&/"

_WORDS: dict[str, frozenset[str]] = {}


def _lexicon(name: str) -> frozenset[str]:
    words = _WORDS.get(name)
    if words is None:
        words = _WORDS[name] = lexicons.load(name)
    return words


lexicons.on_change(_WORDS.clear)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every non-empty paragraph (blank-line separated).

    >>> split_paragraphs("One.\\n\\n  \\nTwo.")
    [(0, 4), (9, 13)]
    """
    spans = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        s, e = _strip(text, s, e)
        if s < e:
            out.append((s, e))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence; ``text[start:end]`` is the sentence.

    Sentences never cross a paragraph break, never overlap, and together cover
    every non-space character of ``text``.

    >>> split_sentences("I live in the U.S. How about you?")
    [(0, 18), (19, 33)]
    """
    out: list[tuple[int, int]] = []
    for ps, pe in split_paragraphs(text):
        out.extend(_split_paragraph(text, ps, pe))
    return out


def paragraph_indices(paragraphs: list[tuple[int, int]], offsets: list[int]) -> list[int]:
    """Index of the paragraph (from :func:`split_paragraphs`) holding each offset.

    >>> paragraph_indices([(0, 4), (9, 13)], [0, 5, 10])
    [0, 0, 1]
    """
    starts = [s for s, _ in paragraphs]
    return [max(0, bisect_right(starts, offset) - 1) for offset in offsets]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _split_paragraph(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    para = text[ps:pe]
    forced = sorted(set(_forced_cuts(para)))
    cuts = sorted(set(forced) | set(_candidate_cuts(para, forced)))
    spans = []
    start = 0
    for cut in cuts:
        s, e = _strip(para, start, cut)
        if s < e:
            spans.append((ps + s, ps + e))
        start = cut
    s, e = _strip(para, start, len(para))
    if s < e:
        spans.append((ps + s, ps + e))
    return spans


def _forced_cuts(para: str):
    """Cuts that need no look at abbreviations: glued stops, bullets, lists, line breaks."""
    for m in _GLUED.finditer(para):
        if not _GLUED_AFTER.search(para, max(0, m.start() - 2), m.start()):
            continue
        ws = para.rfind(" ", 0, m.start()) + 1
        token_end = para.find(" ", m.end())
        token = para[ws : token_end if token_end >= 0 else len(para)]
        if "@" in token or "/" in token or "www" in token:
            continue
        yield m.end()
    for m in _BULLET.finditer(para):
        yield m.start() + 1
    yield from _list_cuts(para)
    if "\n" in para:
        yield from _line_cuts(para)


def _list_cuts(para: str):
    m = _LIST_START.match(para)
    if not m:
        return
    style = re.escape(m.group("style"))
    if m.group("num"):
        n = int(m.group("num"))
        nxt = lambda: str(n + 1)  # noqa: E731
    else:
        letter = m.group("letter")
        if letter != "a":
            return
        n = 0
        nxt = lambda: chr(ord("a") + n + 1)  # noqa: E731
    pos = m.end()
    while True:
        marker = re.compile(r"(?<=\s)[•⁃▪‣◦*-]?\s*" + re.escape(nxt()) + style + r"\s")
        hit = marker.search(para, pos)
        if not hit:
            return
        yield hit.start()
        pos = hit.end()
        n += 1


def _line_cuts(para: str):
    titles = _lexicon("abbreviations_title")
    for m in _LINE_BREAK.finditer(para):
        if "\n" not in m.group():
            continue
        after = para[m.end() : m.end() + 2]
        if not m.start() or not after:
            continue
        first = after.lstrip(_OPENERS)[:1]
        if not first or first.islower():
            continue
        # the word before the break, read from a bounded window: slicing the whole paragraph before
        # each break was quadratic in a text of many short lines (a title abbreviation is short)
        before = para[max(0, m.start() - _WORD_WINDOW) : m.start()]
        if before[-1] in _NO_BREAK_AFTER_LINE or before.rsplit(None, 1)[-1] in titles:
            continue
        yield m.start()


_NEXT_WORD = re.compile(r"\s*(\S*)")  # (\s is what str.isspace() calls a space)


def _next_word(para: str, pos: int) -> str:
    return _NEXT_WORD.match(para, pos).group(1)


def _prev_token(para: str, pos: int, floor: int) -> str:
    start = pos
    while start > floor and not para[start - 1].isspace():
        start -= 1
    return para[start:pos]


def _candidate_cuts(para: str, forced: list[int]):
    titles = _lexicon("abbreviations_title")
    abbreviations = _lexicon("abbreviations")
    numeric = _lexicon("abbreviations_numeric")
    starters = _lexicon("sentence_starters")
    cues = _lexicon("cue_verbs")
    last_cut = 0
    for m in _CANDIDATE.finditer(para):
        i = bisect_right(forced, m.start())
        if i:
            last_cut = max(last_cut, forced[i - 1])
        cut = _decide(para, m, last_cut, titles, abbreviations, numeric, starters, cues)
        if cut is not None:
            last_cut = cut
            yield cut


def _decide(para, m, last_cut, titles, abbreviations, numeric, starters, cues) -> int | None:
    """Where the candidate ``m`` ends a sentence, or None where it does not."""
    term = m.group("term")
    end = m.end()
    after = _NEXT_WORD.match(para, end)
    word = after.group(1)
    if not word:
        return None  # the paragraph ends here anyway
    bare = word.lstrip(_OPENERS)
    if not bare:  # a lone opening mark: look past it ('said. " You have')
        bare = _next_word(para, after.end())
        if not bare:
            return None
    first = bare[0]
    if first.islower() or first in _NO_BREAK_BEFORE or first in "-–—%)]}":
        return None
    if term[-1] in "?!…" and _QUOTE_CLOSE.search(m.group("close")) and _is_attribution(para, end, cues, starters):
        return None  # '“What is your problem?” Cruz said.' is one sentence; '“No.” Cruz said' is two
    if "!" in term or "?" in term:
        return end
    dots = term.count(".") + 3 * term.count("…")
    if dots == 3:
        # "the next... Now," ends a sentence; MLA's spaced ". . . I", an omission
        # "[...]", "some containers… 20%" and an ellipsis opening the sentence
        # ("... There is") do not.
        if (
            " " in term
            or first.isdigit()
            or para[last_cut : m.start()].rstrip()[-1:] == ":"
            or para[m.start() - 1 : m.start()] == "["
            or not para[last_cut : m.start()].strip()
        ):
            return None
        return end
    if dots >= 4:
        # "compounds. . . . The": the stop ends the sentence, ". . ." opens the next.
        if term.startswith(". ") and m.start() > 0 and not para[m.start() - 1].isspace():
            return m.start() + 1
        return end
    token = _prev_token(para, m.start(), last_cut).lstrip(_OPENERS).rsplit("-", 1)[-1]
    dotted = token + "."
    if dotted in titles or _is_list_marker(para, m.start(), token, last_cut):
        return None
    if first.isdigit():
        if dotted in numeric or dotted in abbreviations or len(token) <= 1 or _MULTIDOT.fullmatch(token):
            return None
        if any(not ch.isalnum() and ch not in ".,-'’" for ch in token):
            return None  # "N°. 1026"
        return end
    if token == "X" and _ON_BEFORE.search(para, max(last_cut, m.start() - 4), m.start() - 1):
        return end  # "… von der Leyen wrote on X. Von der Leyen added": the platform, no initial
    if _CLOCK.fullmatch(dotted) and _time_ends_sentence(para, m.start() - len(token), end, bare, last_cut):
        return end  # "The strike hit at 3 a.m. Officials said …"
    if dotted in abbreviations or dotted in numeric or (len(token) == 1 and token.isalpha()) or _MULTIDOT.fullmatch(token):
        # "he posted on X. “Personally.”": a quotation opening after a lone letter or an abbreviation starts anew
        return end if bare.rstrip(_TRAILING) in starters or word[:1] in "“«" else None
    return end


_ON_BEFORE = re.compile(r"\bon\s$")
_CLOCK = re.compile(r"[ap]\.m\.", re.I)
_CLOCK_BEFORE = re.compile(r"\d(?::\d\d)?\s*$")
# after a time: a weekday, month or time zone goes on ("at 3 a.m. Monday", "at 9 p.m. ET", "at 5 p.m. Kyiv time")
_TIME_WORDS = frozenset("ET EST EDT CT CST CDT PT PST PDT GMT UTC BST CET CEST EET EEST MSK".split()) \
    | frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])
_SECOND_WORD = re.compile(r"\s*\S+\s+(\S+)")
_TIME_OPENING = re.compile(r"\W*(?:At|By|Until|Till|From|Before|After|Around|About|Since|Shortly\s+after|Shortly\s+before|Just\s+after)\s+[\d:]+\s*$")


def _time_ends_sentence(para: str, clock: int, end: int, bare: str, last_cut: int) -> bool:
    """After "3 a.m." a capitalised word opens a new sentence, unless it is a day, month or time zone, a
    place before "time", or the sentence so far is only the opening "At 5 a.m." ("At 5 a.m. Mr. Smith went")."""
    if not _CLOCK_BEFORE.search(para, max(last_cut, clock - 8), clock):
        return False
    name = bare.rstrip(",.;:!?”\"’'")
    second = _SECOND_WORD.match(para, end)
    return not (name in _TIME_WORDS or second and second.group(1).startswith("time")
                or _TIME_OPENING.fullmatch(para, last_cut, clock))


def _is_attribution(para: str, pos: int, cues: frozenset[str], starters: frozenset[str]) -> bool:
    """True when one to three capitalised words and a reporting verb follow ``pos``."""
    words = para[pos : pos + 80].split(None, 4)
    for i, word in enumerate(words[:4]):
        if i and word.rstrip(",.;:") in cues:
            return True
        if not word[:1].isupper() or (i == 0 and word in starters):
            return False  # '…?” She said she did not' starts a new sentence
    return False


def _is_list_marker(para: str, pos: int, token: str, floor: int) -> bool:
    """True for the "1" of "1. The first item" at the start of an item."""
    if not _LIST_MARKER.fullmatch(token):
        return False
    return not para[floor : pos - len(token)].strip().strip(_BULLETS)
