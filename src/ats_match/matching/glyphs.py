"""Known terms written with a look-alike character: a lower-case L for a capital I ("Cl/CD"
for CI/CD, as OCR and some fonts' text layers give it) or a zero for an O ("D0cker",
"0penAI"). A person reads the right word; an ATS search does not find it.

The reading is mended only where it is unambiguous, and conservatively: the word as written
is neither a known term nor an English word, swapping its look-alikes (an l next to a
capital, a 0 next to a letter) gives exactly one known term, and the word is at least three
characters long ("Al" stays a name). Every swap keeps the text's length, so a mended text
lines up with the written one character for character. The extractor matches on the
mended text (its own vocabulary); the glyphs check reports each mended word with its fix
(the vocabulary of the shipped roles and of the role in use).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from ..roles import Item, list_roles, load_role
from .nlp import is_english_word

# Where a look-alike may stand: an l after a capital and not before a small letter ("Cl/CD",
# "OpenAl"; "Cloud" is a word), an l that opens a word before a capital ("lAM"), a 0 between
# letters ("D0cker") or opening a word of letters ("0penAI"); "10M", "20XX" are numbers.
SUSPECT = re.compile(  # each branch opens with its l or 0, so the scan skips to those two characters
    r"l(?:(?<=[A-Z]l)(?![a-z])|(?<!\wl)(?=[A-Z]))"
    r"|0(?:(?<=[A-Za-z]0)(?=[A-Za-z])|(?<!\w0)(?=[A-Za-z]{2})|(?<=[A-Za-z]{2}0)\b)"
)
_CHUNK = re.compile(r"[A-Za-z0-9][A-Za-z0-9/+#&.-]*[A-Za-z0-9+#]")  # a word, as terms are written
_WORD_CHAR = re.compile(r"[A-Za-z0-9/+#&.-]")
_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9/+#&.]*[A-Za-z0-9+#]")  # a word's parts between hyphens
MIN_LENGTH = 3
MAX_SWAPS = 4  # look-alikes in one word beyond which it is not mended (too many readings)
HOW = {"l": "a lower-case L", "0": "a zero for the O"}


@dataclass(frozen=True)
class Misreading:
    """A word written with look-alike characters, and the known term it stands for."""

    start: int  # character offsets in the text
    end: int
    written: str  # "Cl/CD"
    meant: str  # "CI/CD", spelled as the vocabulary spells it

    @property
    def how(self) -> str:
        """ "a lower-case L", "a zero for the O", or both."""
        return " and ".join(
            HOW[c] for c in ("l", "0") if any(a == c != b for a, b in zip(self.written, self.meant, strict=True))
        )

    @property
    def advice(self) -> str:
        """ "'Cl/CD' reads as 'CI/CD' with a lower-case L; retype it"."""
        return f"{self.written!r} reads as {self.meant!r} with {self.how}; retype it"


def vocabulary(phrases: Iterable[str]) -> dict[str, str]:
    """Known words, lower case -> as written: every phrase and each of its words, spelled
    with capitals where any phrase spells it so ("CI/CD" over "ci/cd")."""
    known: dict[str, str] = {}
    for phrase in phrases:
        for word in (phrase, *(w.strip("()[],;:") for w in phrase.split())):
            if len(word) >= MIN_LENGTH and (known.get(word.lower(), word).islower() or word.lower() not in known):
                known[word.lower()] = word
    return known


def item_phrases(item: Item) -> tuple[str, ...]:
    """What the matcher looks for in an item: its names, aliases and terms."""
    return (item.name, *item.searches, *item.aliases, *item.case_sensitive, *item.terms, *item.implied_by_terms)


@lru_cache(maxsize=1)
def shipped_vocabulary() -> dict[str, str]:
    """The vocabulary of every shipped role profile (read once, and only when a resume has a
    word that could hold a look-alike)."""
    return vocabulary(
        phrase for role in list_roles() for item in load_role(role).items for phrase in item_phrases(item)
    )


def misreadings(text: str, known: Mapping[str, str]) -> list[Misreading]:
    """The words of `text` that are known terms written with look-alikes, in order."""
    found: list[Misreading] = []
    done = 0  # the end of the last word read
    for suspect in SUSPECT.finditer(text):
        if suspect.start() < done:
            continue  # a second look-alike in a word already read
        start = suspect.start()
        while start > 0 and _WORD_CHAR.match(text, start - 1):
            start -= 1
        while not text[start].isalnum():  # a word opens with a letter or digit
            start += 1
        chunk = _CHUNK.match(text, start)
        if chunk is None or chunk.end() <= suspect.start():
            continue
        done = chunk.end()
        # the word, else its parts ("D0cker-compose": "D0cker")
        for part in (chunk, *(() if "-" not in chunk.group() else _PART.finditer(text, chunk.start(), chunk.end()))):
            meant = _mend(part.group(), known)
            if meant is not None:
                found.append(Misreading(part.start(), part.end(), part.group(), meant))
                break
    return found


def mend(text: str, known: Mapping[str, str]) -> str:
    """`text` with each misread word replaced by its term, at the same length."""
    for found in reversed(misreadings(text, known)):
        text = text[: found.start] + found.meant + text[found.end :]
    return text


def _mend(word: str, known: Mapping[str, str]) -> str | None:
    spots = [m.start() for m in SUSPECT.finditer(word)]
    lower = word.lower()
    if not spots or len(spots) > MAX_SWAPS or len(word) < MIN_LENGTH or lower in known or is_english_word(lower):
        return None
    readings = set()
    for count in range(1, len(spots) + 1):
        for chosen in combinations(spots, count):
            letters = list(word)
            for spot in chosen:
                letters[spot] = "I" if letters[spot] == "l" else "O"
            reading = "".join(letters).lower()
            if reading in known:
                readings.add(reading)
    if len(readings) != 1:
        return None
    meant = known[readings.pop()]
    return meant if len(meant) == len(word) else None
