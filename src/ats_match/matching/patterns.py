"""Token patterns (spaCy's Matcher) run only where a match can start.

spaCy's Matcher steps every pattern through every token, and a set predicate such as
`{NORM: {IN: [...]}}` costs a Python call each time: on a resume that was most of the
scoring time. Every pattern of our profiles opens with a fixed word or a list of words,
and has a bounded length, so the patterns only need running on the short windows that
start at one of those words. Patterns that open otherwise run on the whole document.
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
    """A Matcher whose anchored patterns run on windows starting at their first word."""

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._anchored = Matcher(vocab, validate=True)
        self._everywhere = Matcher(vocab, validate=True)
        self._anchors: dict[str, set[int]] = {}  # attribute -> hashes of the opening words
        self._arrays: dict[str, numpy.ndarray] = {}  # the same hashes, as numpy.isin takes them
        self._reach = 0  # the longest anchored match

    def __len__(self) -> int:
        return len(self._anchored) + len(self._everywhere)

    def add(self, key: str, pattern: list[dict]) -> None:
        anchor, length = _anchor(pattern), _max_length(pattern)
        if anchor is None or length is None:
            self._everywhere.add(key, [pattern])
            return
        attr, words = anchor
        # One pattern per opening word: an exact value is compared in C, a set is a Python call.
        self._anchored.add(key, [[{attr: word}, *pattern[1:]] for word in words])
        self._anchors.setdefault(attr, set()).update(self._vocab.strings.add(w) for w in words)
        self._arrays[attr] = numpy.fromiter(self._anchors[attr], dtype=numpy.uint64)
        self._reach = max(self._reach, length)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) in doc tokens, as Matcher(doc) gives them."""
        found = list(self._everywhere(doc)) if len(self._everywhere) else []
        for start, end in self._windows(doc):
            found += [(key, start + s, start + e) for key, s, e in self._anchored(doc[start:end])]
        return found

    def _windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges that cover every possible anchored match, overlaps merged."""
        if not self._arrays or not len(doc):
            return []
        attrs = list(self._arrays)
        values = doc.to_array([IDS[a] for a in attrs]).reshape(len(doc), len(attrs))
        hits = numpy.zeros(len(doc), dtype=bool)
        for column, attr in enumerate(attrs):
            hits |= numpy.isin(values[:, column], self._arrays[attr])
        windows: list[tuple[int, int]] = []
        for start in numpy.flatnonzero(hits).tolist():
            end = min(start + self._reach, len(doc))
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        return windows
