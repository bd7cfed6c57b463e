"""Token patterns (spaCy's Matcher) run only where a match can start.

spaCy's Matcher steps every pattern through every token, and a set predicate such as
`{NORM: {IN: [...]}}` costs a Python call each time: on a resume that was most of the
scoring time. Every pattern of our profiles opens with a fixed word or a list of words,
and has a bounded length, so a pattern only needs running on the short window that
starts where its opening word occurs, and only the patterns that open with that word.
Patterns that open otherwise run on the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy
from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

_ANCHOR_ATTRS = ("NORM", "LOWER", "ORTH")
_BOUNDED = re.compile(r"^\{(\d*)(?:,(\d+))?\}$")  # {n}, {m,n}, {,n}


def _anchor(pattern: Sequence[dict]) -> tuple[str, tuple[str, ...]] | None:
    """The attribute and words the first token must have, when it must have one."""
    first = pattern[0]
    if len(first) != 1:
        return None
    attr, value = next(iter(first.items()))
    if attr not in _ANCHOR_ATTRS:
        return None
    if isinstance(value, str):
        return attr, (value,)
    if isinstance(value, dict) and list(value) == ["IN"]:
        return attr, tuple(value["IN"])
    return None


def _max_length(pattern: Sequence[dict]) -> int | None:
    """The most tokens a match can span; None when an operator makes it unbounded."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op is None or op in ("!", "?", "1"):
            total += 1
            continue
        bounded = _BOUNDED.match(op)
        if not bounded or not any(bounded.groups()):
            return None  # *, + and {n,} have no upper bound
        low, high = bounded.groups()
        total += int(high if high is not None else low)
    return total


class PatternMatcher:
    """A Matcher whose anchored patterns run only at their opening words: one spaCy Matcher
    per opening word, run on the window from each place the word occurs. spaCy's Matcher
    starts every pattern at every token it is given, so a window checked against only the
    patterns that open with its first word costs a few patterns, not all of them."""

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._everywhere = Matcher(vocab, validate=True)
        self._keys: set[str] = set()
        # (attribute, hash of the opening word) -> the patterns that open with it, and their longest match
        self._by_opening: dict[tuple[str, int], tuple[Matcher, int]] = {}
        self._arrays: dict[str, numpy.ndarray] = {}  # attribute -> the opening words' hashes, sorted

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, pattern: list[dict]) -> None:
        self._keys.add(key)
        anchor, length = _anchor(pattern), _max_length(pattern)
        if anchor is None or length is None:
            self._everywhere.add(key, [pattern])
            return
        attr, words = anchor
        for word in words:  # an exact value is compared in C, a set is a Python call
            opening = (attr, self._vocab.strings.add(word))
            matcher, reach = self._by_opening.get(opening) or (Matcher(self._vocab, validate=True), 0)
            matcher.add(key, [[{attr: word}, *pattern[1:]]])
            self._by_opening[opening] = (matcher, max(reach, length))
        hashes = sorted({h for a, h in self._by_opening if a == attr})
        self._arrays[attr] = numpy.array(hashes, dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) in doc tokens, as Matcher(doc) gives them: each once, in
        the order they end."""
        found = list(self._everywhere(doc)) if len(self._everywhere) else []
        anchored: dict[tuple[int, int, int], None] = {}
        for start, attr, word in self._openings(doc):
            matcher, reach = self._by_opening[(attr, word)]
            for key, s, e in matcher(doc[start : min(start + reach, len(doc))]):
                anchored[(key, start + s, start + e)] = None
        return found + sorted(anchored, key=lambda match: (match[2], match[1]))

    def _openings(self, doc: Doc) -> list[tuple[int, str, int]]:
        """(token, attribute, hash) of every token that opens an anchored pattern."""
        if not self._arrays or not len(doc):
            return []
        attrs = list(self._arrays)
        values = doc.to_array([IDS[a] for a in attrs]).reshape(len(doc), len(attrs))
        openings = []
        for column, attr in enumerate(attrs):
            # numpy.isin by a binary search: isin sorts both sides, and first use imports numpy.ma
            words, column_values = self._arrays[attr], values[:, column]
            found = words[numpy.minimum(numpy.searchsorted(words, column_values), len(words) - 1)] == column_values
            for start in numpy.flatnonzero(found).tolist():
                openings.append((start, attr, int(values[start, column])))
        return sorted(openings)
