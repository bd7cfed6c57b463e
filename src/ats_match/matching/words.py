"""A phrase found by its words: all the stems of a set in one resume line, in any order.

A posting's own phrases ("sample preparation", "equipment installation") are written in a
resume as a recruiter reads them, not as the posting wrote them: "prepared samples for
HPLC runs", "installed packaging equipment". Lemmas join inflections only
(prepared/prepare), so the words are compared by their Snowball stems, which also join
derivations (preparation/prepare, installation/installed). One line is the reach: a
recruiter reads a bullet as one claim, and words of two bullets are two claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#]*")

# Words that say how much or how well, not what: a set leaves them out ("strong sample
# preparation skills" is the set of "sample" and "preparation").
_HOW_WORDS = frozenset(
    re.findall(
        r"\S+",
        """skill skills experience knowledge ability abilities proficiency proficient strong
        excellent good solid basic understanding familiarity demonstrated proven""",
    )
)
MIN_WORDS, MAX_WORDS = 2, 4  # one word is a name (the matchers' job, but see role.py); five are a sentence


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


# A British spelling and its American one stem alike ("labourers", "laborers"; "organised",
# "organized"; "analyse", "analyze"). Both sides of a match are spelled so, so a word that
# only looks British ("devour") meets nothing new.
_AMERICAN_SPELLINGS = (
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|ers?|able|ites?)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{3})is(e[sdr]?|ing|ations?|ers)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})ys(e[sdr]?|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})tre(s?)$"), r"ter\1"),
)


# a model number's plural: letters and a number ("i7s", "a320s") or three digits or more ("407s",
# "737s"); not a number and a letter ("5S" is the lean method, not five)
_MODEL_PLURAL = re.compile(r"^(?:[a-z]{1,3}\d+[a-z]?|\d{3,}[a-z]?)s$")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    lower = word.lower()
    if lower.startswith("licenc"):
        lower = "licens" + lower[6:]  # "licence" (UK, Canada, Australia) is "license"
    for british, american in _AMERICAN_SPELLINGS:
        lower = british.sub(american, lower)
    if _MODEL_PLURAL.match(lower):
        return lower[:-1]  # "Bell 407s", "737s", "i7s": a model number's plural is the model
    stemmed = _stemmer().stemWord(lower)
    # once more where the stem is still a word the stemmer shortens: "catheterization" and
    # "catheters" are both "cathet" (once, "catheter" and "cathet")
    return _stemmer().stemWord(stemmed)


def word_set(phrase: str) -> tuple[str, ...]:
    """The stems a line must hold for `phrase`, sorted; () when the phrase is not one to
    find so: alternatives ("A or B", "A/B"), or fewer than MIN_WORDS or more than MAX_WORDS
    words that name something."""
    if re.search(r"\bor\b|/", phrase, re.I):
        return ()
    words = [w.lower() for w in _WORD.findall(phrase)]
    stems = {stem(w) for w in words if w not in STOP_WORDS and w not in _HOW_WORDS}
    return tuple(sorted(stems)) if MIN_WORDS <= len(stems) <= MAX_WORDS else ()


def find_word_sets(text: str, sets: Sequence[tuple[str, ...]]) -> list[tuple[int, list[tuple[int, int]]]]:
    """(index of the set, where each of its words first stands) for each set whose stems
    all stand in `text`."""
    where: dict[str, tuple[int, int]] = {}  # stem -> (start, end) of its first word
    for match in _WORD.finditer(text):
        where.setdefault(stem(match.group()), match.span())
    found = []
    for index, stems in enumerate(sets):
        spans = [where[s] for s in stems if s in where]
        if len(spans) == len(stems):
            found.append((index, sorted(spans)))
    return found
