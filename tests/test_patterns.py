"""Patterns (analysis.patterns): a scanner finds what the plain pattern finds, faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.patterns import scanner

# the shapes the extractors use: \b and lookbehinds first, optional groups, scoped and global flags,
# case folding (the Kelvin sign and the long s fold to k and s), a pattern that can match nothing
PATTERNS = [
    (r"\b(?:will|shall|next|(?:is|are) to)\b", re.I),
    (r"(?<![\d.,/:])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w])\.\d+)(?![\d])", 0),
    (r"(?:(?:[A-Z]['’](?=[A-Z]))?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2,})", 0),
    (r"(?<![\w.])(?:K(?:harkiv|yiv(?:star)?)|Sudan)(?![\w])", 0),
    (r"\b(?:kyiv|sky)\b", re.I),
    (r"(?P<term>\.(?: \.){2,}|\.{2,}|…\.?|[.!?][!?]*)(?P<close>[)\]\"'”’»]*)(?=\s|$)", 0),
    (r"\b(?i:said)\b", 0),
    (r"(?i)\bsaid\b", 0),
    (r"\b\w*", 0),
    (r"(?:x|y)?\d+|[^a]b", 0),
]
_TEXT = st.text(alphabet=st.sampled_from(list("KkKyivskyſSudanharWILLshall 1,0.5/:’'A.B.CXYZ…!?\")\nisare toSaid")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(PATTERNS), st.integers(0, 4))
def test_scanner_finds_what_the_pattern_finds(text, pattern_flags, start):
    plain, fast = re.compile(*pattern_flags), scanner(*pattern_flags)
    assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]
    assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern, flags, changed", [
    (r"\bwill\b", re.I, True),  # \b first: the engine cannot skip
    (r"(?<![\d.])\d+", 0, True),  # a lookbehind first
    (r"[A-Z]\w+", 0, False),  # a set first: the engine skips already
    (r"said|told", 0, False),  # literals first
    (r"\b\w*", 0, False),  # it can match nothing
    (r"\b(?i:said)", 0, False),  # a scoped flag changes what a set would match
    (r"(?i)\bsaid", 0, False),  # a global flag must stay in front
    (r"\b.x", 0, False),  # any character first: no set to name
])
def test_scanner_adds_a_lookahead_only_where_it_can_name_the_first_characters(pattern, flags, changed):
    assert (scanner(pattern, flags).pattern != pattern) is changed
