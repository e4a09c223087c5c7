"""Word lists the extractors read: data files in ``analysis/data``, loaded once.

Users extend a lexicon at run time with :func:`extend` (or replace it with
:func:`replace`) instead of editing code. Files are UTF-8, one entry per line;
a line starting with ``# `` is a comment and blank lines are ignored.

>>> "Mr." in load("abbreviations_title")
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, compress
from functools import lru_cache
from importlib import resources
from collections.abc import Callable, Iterable

_EXTRA: dict[str, set[str]] = {}
_REPLACED: dict[str, frozenset[str]] = {}
_EXTRA_ROWS: dict[str, list[tuple[str, ...]]] = {}


def data_path(name: str):
    """Return the packaged data file ``analysis/data/<name>``."""
    return resources.files("analysis").joinpath("data", name)


@lru_cache(maxsize=None)
def _read(name: str) -> frozenset[str]:
    text = data_path(f"{name}.txt").read_text(encoding="utf-8")
    entries = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not (line == "#" or line.startswith("# ")):
            entries.add(line)
    return frozenset(entries)


@lru_cache(maxsize=None)
def load(name: str) -> frozenset[str]:
    """Return the entries of lexicon ``name`` plus whatever users added."""
    base = _REPLACED.get(name)
    if base is None:
        base = _read(name)
    return frozenset(base | _EXTRA.get(name, set()))


@lru_cache(maxsize=None)
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of the tab-separated lexicon ``name.tsv`` plus rows users added.

    >>> load_rows("currencies")[0][0]
    'USD'
    """
    text = data_path(f"{name}.tsv").read_text(encoding="utf-8")
    rows = [tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(rows + _EXTRA_ROWS.get(name, []))


def extend_rows(name: str, rows: Iterable[Iterable[str]]) -> None:
    """Add rows (same columns as the file) to the tab-separated lexicon ``name``."""
    _EXTRA_ROWS.setdefault(name, []).extend(tuple(r) for r in rows)
    _invalidate()


def extend(name: str, entries: Iterable[str]) -> None:
    """Add ``entries`` to lexicon ``name`` for the rest of the session."""
    _EXTRA.setdefault(name, set()).update(e.strip() for e in entries if e.strip())
    _invalidate()


def replace(name: str, entries: Iterable[str]) -> None:
    """Use ``entries`` instead of the packaged lexicon ``name``."""
    _REPLACED[name] = frozenset(e.strip() for e in entries if e.strip())
    _EXTRA.pop(name, None)
    _invalidate()


def reset() -> None:
    """Forget every extension and replacement (the packaged files again)."""
    _EXTRA.clear()
    _REPLACED.clear()
    _EXTRA_ROWS.clear()
    _invalidate()


_LISTENERS: list = []


def on_change(callback) -> None:
    """Call ``callback()`` whenever a lexicon changes, so modules can rebuild caches."""
    _LISTENERS.append(callback)


def _invalidate() -> None:
    load.cache_clear()
    load_rows.cache_clear()
    for callback in _LISTENERS:
        callback()


def alternation(entries: Iterable[str], ignore_case: bool = False) -> str:
    """A regular-expression group matching what ``(?:e1|e2|…)`` with the longest entry first matches,
    written as a trie, so that the engine follows one branch per character instead of trying every
    entry at every position (a gazetteer of 400 names is tried 400 times per position otherwise).

    Pass ``ignore_case=True`` when the pattern is compiled with ``re.I``.

    >>> pattern = re.compile(alternation(["Kyiv", "Kyivstar", "Kharkiv"]))
    >>> pattern.pattern
    '(?:K(?:harkiv|yiv(?:star)?))'
    >>> [m.group() for m in pattern.finditer("Kyivstar in Kyiv and Kharkiv")]
    ['Kyivstar', 'Kyiv', 'Kharkiv']
    """
    trie: dict = {}
    for entry in entries:
        node = trie
        for ch in entry.lower() if ignore_case else entry:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # an entry ends here: the longer ones are tried first
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


_WORD = re.compile(r"\b\w+")  # \b also looks before the start position: no match mid-word
_SEEN_LIMIT = 200_000
_NON_WORDS = re.compile(r"(\W+)")
_last_index: tuple[str, tuple[list[str], list[int], set[str]]] = ("", ([""], [0], {""}))


class WordLog:
    """Every distinct word :func:`word_index` has met, in order of first sight. A reader that judges words
    (a finder, a table of hint words) asks for the words added since it last asked and judges only those,
    instead of testing each article's words against all it has judged (a large table, slow to probe)."""

    def __init__(self) -> None:
        self._words: list[str] = []
        self._known: set[str] = set()
        self._epoch = 0  # counts the times the log was emptied (past _SEEN_LIMIT words)

    def add(self, distinct: set[str]) -> None:
        if len(self._known) > _SEEN_LIMIT:
            self._words, self._known, self._epoch = [], set(), self._epoch + 1
        fresh = distinct - self._known
        self._known |= fresh
        self._words.extend(fresh)

    def since(self, mark: tuple[int, int]) -> tuple[list[str], tuple[int, int]]:
        """The words added since ``mark`` (all of them for a mark of an emptied log, or ``START``), and
        the mark to ask from next time."""
        epoch, seen = mark
        return self._words[seen if epoch == self._epoch else 0 :], (self._epoch, len(self._words))


START = (-1, 0)  # the mark of a reader that has judged no word yet
word_log = WordLog()


def cuts_word(text: str, at: int) -> bool:
    """Whether offset ``at`` falls inside a word (``\\w`` on both sides): a span ending or starting there
    reads a cut word.

    >>> cuts_word("twelvefold", 6), cuts_word("twelve fold", 6)
    (True, False)
    """
    return 0 < at < len(text) and (text[at - 1].isalnum() or text[at - 1] == "_") and (text[at].isalnum() or text[at] == "_")


class WordTable:
    """``judge(word)`` for every word the word index has met, each word judged once per process: call
    :meth:`current` after :func:`word_index` of a text, and every word of that text is in the table."""

    def __init__(self, judge: Callable[[str], object]):
        self._judge, self._of, self._logged = judge, {}, START

    def current(self) -> dict:
        if len(self._of) > _SEEN_LIMIT:
            self._of.clear()
            self._logged = START
        new, self._logged = word_log.since(self._logged)
        of, judge = self._of, self._judge
        for word in new:
            if word not in of:
                of[word] = judge(word)
        return of


def word_index(text: str) -> tuple[list[str], list[int], set[str]]:
    """The words of ``text`` (what :func:`words_of` finds, with an empty string at either end where the
    text opens or closes with a non-word), their start offsets and the set of them. The last text's
    index is kept, so the extractors that scan one article's sentences for their lexicons share one
    read of its words (shared: callers read it and never change it).

    >>> words, offsets, distinct = word_index("Aid, aid.")
    >>> words, offsets, sorted(distinct)
    (['Aid', 'aid', ''], [0, 5, 9], ['', 'Aid', 'aid'])
    """
    global _last_index
    if _last_index[0] is not text:
        pieces = _NON_WORDS.split(text)
        offsets = [0, *accumulate(map(len, pieces))]
        words = pieces[0::2]
        distinct = set(words)
        word_log.add(distinct)
        _last_index = (text, (words, offsets[0::2], distinct))
    return _last_index[1]


def words_of(text: str) -> list[str]:
    """The words a :class:`PhraseFinder` looks up, in order."""
    return _WORD.findall(text)


class ChunkReadings:
    """Per-process readings of the whitespace-separated chunks of texts: a sentence's scores are built
    from its chunks' readings and a chunk recurs across sentences, so each is read once (``read``,
    cached; the cache is emptied past ``limit`` chunks).

    >>> readings = ChunkReadings(str.upper)
    >>> readings("a b a")
    ['A', 'B', 'A']
    """

    def __init__(self, read: Callable[[str], object], limit: int = _SEEN_LIMIT):
        self._read, self._limit, self._seen = read, limit, {}

    def __call__(self, text: str) -> list:
        if len(self._seen) > self._limit:
            self._seen.clear()
        seen, chunks = self._seen, text.split()
        out = list(map(seen.get, chunks))  # (most chunks were read before: one lookup pass in C)
        if None in out:
            for i, entry in enumerate(out):
                if entry is None:
                    chunk = chunks[i]
                    entry = seen.get(chunk)  # (read earlier in this text)
                    out[i] = entry if entry is not None else seen.setdefault(chunk, self._read(chunk))
        return out

    def reading(self, chunk: str):
        """``read(chunk)``, cached: for a reader built on this one, so both share one cache."""
        if len(self._seen) > self._limit:
            self._seen.clear()
        entry = self._seen.get(chunk)
        if entry is None:
            entry = self._seen[chunk] = self._read(chunk)
        return entry

    def clear(self) -> None:
        self._seen.clear()


_PREFILTER_SPAN = 2_000  # longer ranges are walked lazily: a search may stop at the first word


class PhraseFinder:
    """Finds lexicon phrases in text word by word, as one ``\\b(?:p1|p2|…)\\b`` alternation would.

    A regular expression with a hundred alternatives tries each one at every word; this looks
    each word up in a dict (and its prefixes among the stems), then confirms the few candidates.
    A trailing ``*`` matches any word ending ("support*"); case is ignored unless
    ``ignore_case=False``. Earlier entries win at the same position, as in the alternation;
    matches do not overlap.

    >>> finder = PhraseFinder(["green light", "support*", "aid"])
    >>> [(m.group(), i) for m, i in finder.finditer("Aid and a green light supported it.")]
    [('Aid', 2), ('green light', 0), ('supported', 1)]
    """

    def __init__(self, entries: Iterable[str], ignore_case: bool = True):
        self._patterns: list[re.Pattern] = []
        self._exact: dict[str, list[int]] = {}
        self._stems: dict[str, list[int]] = {}
        self._fold = str.lower if ignore_case else str
        self._one_word = True  # every entry one word (or stem): it matches the whole word it starts at
        for i, entry in enumerate(entries):
            entry = self._fold(entry)
            stem = entry.rstrip("*")
            starred = entry.endswith("*")
            self._patterns.append(re.compile(re.escape(stem) + (r"\w*" if starred else "") + r"\b",
                                             re.I if ignore_case else 0))
            first = _WORD.match(stem)
            if first is None:
                raise ValueError(f"lexicon entry {entry!r} does not start with a word character")
            self._one_word = self._one_word and first.end() == len(stem)
            if starred and first.end() == len(stem):
                self._stems.setdefault(stem, []).append(i)
            else:
                self._exact.setdefault(first.group(), []).append(i)
        self._stem_lengths = sorted({len(s) for s in self._stems})
        self._seen: dict[str, tuple[int, ...]] = {}
        self._hits: set[str] = set()  # the words in _seen with candidates
        self._logged = START  # how far into word_log the words are in _seen

    def _bound_cache(self) -> None:
        """Forget the cached words past ``_SEEN_LIMIT`` (only between scans, so one scan sees one cache)."""
        if len(self._seen) > _SEEN_LIMIT:
            self._seen.clear()
            self._hits.clear()
            self._logged = START

    def _candidates(self, word: str) -> tuple[int, ...]:
        """Indices of the entries that may match at ``word``, in order (cached per word as written)."""
        found = self._seen.get(word)
        if found is None:
            low = self._fold(word)
            hits = self._exact.get(low, [])
            for n in self._stem_lengths:
                if n > len(low):
                    break
                hits = hits + self._stems.get(low[:n], [])
            found = self._seen[word] = tuple(sorted(hits))
            if found:
                self._hits.add(word)
        return found

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """Yield (match, entry index) for each phrase in ``text[start:end]``, left to right."""
        self._bound_cache()
        return self._find(text, start, len(text) if end is None else end)

    def _find(self, text: str, start: int, end: int):
        """:meth:`finditer` within a scan that has bounded the cache already."""
        pos = start
        seen, candidates, patterns = self._seen, self._candidates, self._patterns
        if end - start <= _PREFILTER_SPAN:  # a sentence: one look at its word set may rule it out
            words = set(_WORD.findall(text, start, end))
            for word in words:
                if word not in seen:
                    candidates(word)
            if self._hits.isdisjoint(words):
                return
        for word in _WORD.finditer(text, start, end):
            found = seen.get(word.group())
            if found is None:
                found = candidates(word.group())
            if not found or word.start() < pos:
                continue
            for i in found:
                m = patterns[i].match(text, word.start(), end)
                if m:
                    yield m, i
                    pos = m.end()
                    break

    def in_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[list[tuple[re.Match, int]]]:
        """``list(finditer(text, start, end))`` for each span (an article's sentences), from one look at
        the article: its words (:func:`word_index`, read once for all finders) tell which may start a
        phrase, and each span tries only the ones inside it.

        >>> finder = PhraseFinder(["aid", "green light"])
        >>> [[m.group() for m, _ in found] for found in finder.in_spans("Aid came. A green light. No.", [(0, 9), (10, 24), (25, 28)])]
        [['Aid'], ['green light'], []]
        """
        self._bound_cache()
        seen, candidates, patterns = self._seen, self._candidates, self._patterns
        words, offsets, distinct = word_index(text)
        new, self._logged = word_log.since(self._logged)  # (every word of the text is in the log)
        for word in new:
            if word not in seen:
                candidates(word)
        present = self._hits.intersection(distinct)  # (most lexicons have a few words in an article, or none)
        starts = list(compress(offsets, map(present.__contains__, words))) if present else []
        out = []
        for start, end in spans:
            if cuts_word(text, end):
                out.append(list(self._find(text, start, end)))  # a span that cuts a word: its own look
                continue
            found, pos = [], start
            for k in range(bisect_left(starts, start), bisect_left(starts, end)):
                at = starts[k]
                if at < pos:
                    continue
                for i in seen[_WORD.match(text, at).group()]:
                    m = patterns[i].match(text, at, end)
                    if m:
                        found.append((m, i))
                        pos = m.end()
                        break
            out.append(found)
        return out

    @property
    def one_word(self) -> bool:
        """Every entry is one word or stem, so counts add up over whitespace-separated chunks."""
        return self._one_word

    def count(self, text: str, words: list[str] | None = None) -> int:
        """How many phrases ``finditer`` finds in ``text``; a lookup per word when every entry is one word
        (``words``: the text's :func:`words_of`, when the caller counts several lexicons over it)."""
        if not self._one_word:
            return sum(1 for _ in self.finditer(text))
        if words is None:
            words = _WORD.findall(text)
        self._bound_cache()
        seen, candidates = self._seen, self._candidates
        n = 0
        for word in words:
            found = seen.get(word)
            if found is None:
                found = candidates(word)
            if found:
                n += 1
        return n

    def search(self, text: str, start: int = 0, end: int | None = None):
        """The first (match, entry index) in ``text[start:end]``, or None."""
        return next(self.finditer(text, start, end), None)
