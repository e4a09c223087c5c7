r"""Regular expressions that scan fast: the characters a match can start with, put in front.

Python's ``re`` skips ahead to the next possible start of a match only when a pattern
opens with a character or a character set. A pattern opening with ``\b``, a
lookbehind or an optional group is tried in full at every position of the text: the
name and date patterns spent most of their time failing that way. :func:`scanner`
reads the pattern, collects the characters a match can start with and puts them in
front as a lookahead, which finds the same matches and lets the engine skip. It pays
where those characters are rare (capitals, digits, a few letters); a pattern that can
start at any letter scans no faster.

>>> scanner(r"\b(?:will|shall)\b", re.I).pattern
'(?=[ws])\\b(?:will|shall)\\b'
>>> [m.group() for m in scanner(r"\b(?:will|shall)\b", re.I).finditer("They WILL, shall, swill")]
['WILL', 'shall']
"""

from __future__ import annotations

import re
from re import _constants as c
from re import _parser

_ZERO_WIDTH = {c.AT, c.ASSERT, c.ASSERT_NOT}
_REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}
_CATEGORIES = {
    c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w",
    c.CATEGORY_NOT_WORD: r"\W", c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S",
}


class _Unknown(Exception):
    """A first item the set cannot be written for (any character, a negated set, a back-reference)."""


def _char(code: int) -> str:
    return re.escape(chr(code))


def _first(items) -> tuple[list[str], bool]:
    """The class items a match of ``items`` can start with, and whether it can match nothing."""
    out: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is c.LITERAL:
            return out + [_char(av)], False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    out.append(_char(value))
                elif kind is c.RANGE:
                    out.append(f"{_char(value[0])}-{_char(value[1])}")
                elif kind is c.CATEGORY and value in _CATEGORIES:
                    out.append(_CATEGORIES[value])
                else:
                    raise _Unknown
            return out, False
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown  # a scoped flag ("(?i:…)") would change what the set matches
            first, empty = _first(sub)
        elif op is c.ATOMIC_GROUP:
            first, empty = _first(av)
        elif op is c.BRANCH:
            first, empty = [], False
            for alternative in av[1]:
                f, e = _first(alternative)
                first += f
                empty = empty or e
        elif op in _REPEATS:
            low, _, sub = av
            first, empty = _first(sub)
            empty = empty or low == 0
        else:
            raise _Unknown
        out += first
        if not empty:
            return out, False
    return out, True


def _opens_with_character(items) -> bool:
    op, av = items[0]
    return op in (c.LITERAL, c.IN) or op is c.BRANCH and all(alt and alt[0][0] in (c.LITERAL, c.IN) for alt in av[1])


def scanner(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` that finds the same matches, with a lookahead of the characters a
    match can start with in front when the pattern does not open with one (see the module docstring).
    A pattern that can match nothing, or whose first character the set cannot name, is left as it is."""
    compiled = re.compile(pattern, flags)
    parsed = _parser.parse(pattern, flags)
    if not parsed.data or _opens_with_character(parsed.data) or compiled.flags & re.VERBOSE:
        return compiled  # (the engine already skips to a first character)
    try:
        first, empty = _first(parsed.data)
    except _Unknown:
        return compiled
    if empty or not first or re.match(r"\(\?[aiLmsux]+\)", pattern):
        return compiled  # (a global inline flag must stay at the front)
    return re.compile("(?=[" + "".join(dict.fromkeys(first)) + "])" + pattern, compiled.flags)
