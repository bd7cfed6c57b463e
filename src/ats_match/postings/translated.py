"""The lines of an English posting written in another language: the French half of a
Canadian bilingual posting, a Spanish repeat of an American one. They say again what the
English says, and their words read as English phrases would make nonsense requirements
("partir d'avril", "une reconnaissance de contribution"). A line is told by its function
words, spaCy's stop words of each language less the English ones: cheap, and no word
list to load (wordfreq takes half a second a language)."""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.de.stop_words import STOP_WORDS as GERMAN
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
from spacy.lang.es.stop_words import STOP_WORDS as SPANISH
from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH
from spacy.lang.it.stop_words import STOP_WORDS as ITALIAN
from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH
from spacy.lang.pt.stop_words import STOP_WORDS as PORTUGUESE

_LANGUAGES = {"fr": FRENCH, "es": SPANISH, "de": GERMAN, "pt": PORTUGUESE, "it": ITALIAN, "nl": DUTCH}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_FOREIGN = 3  # of another language's own function words in a line
_TLD = re.compile(r"\.(?:com|org|net|de|fr|es|it|nl|pt)\b")
_ADDRESS = re.compile(  # possessive: no backtracking over each word of the line
    r"(?<![\w.+-])[\w.+-]++@[\w.-]++|\b(?:https?://|www\.)\S++"
    r"|\b(?:[\w-]++\.)++(?:com|org|net|de|fr|es|it|nl|pt)\b\S*+"
)


@cache
def _foreign_words() -> dict[str, frozenset[str]]:
    """Each language's function words that English does not share ("la", "de"; not "a")."""
    return {
        code: frozenset(w for w in words if w not in ENGLISH and (len(w) > 1 or not w.isascii()))
        for code, words in _LANGUAGES.items()
    }


@cache
def _english_only() -> dict[str, frozenset[str]]:
    """English function words each language does not share: Italian has "per" and "a" too."""
    return {code: frozenset(w for w in ENGLISH if w not in words) for code, words in _LANGUAGES.items()}


@cache
def _languages_of() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Word -> the languages it is a function word of (not English's), and English function
    word -> the languages that lack it: one look-up a word instead of a pass a language."""
    foreign: dict[str, list[str]] = {}
    for code, words in _foreign_words().items():
        for word in words:
            foreign.setdefault(word, []).append(code)
    english: dict[str, list[str]] = {}
    for code, words in _english_only().items():
        for word in words:
            english.setdefault(word, []).append(code)
    return {w: tuple(c) for w, c in foreign.items()}, {w: tuple(c) for w, c in english.items()}


def foreign_language(text: str) -> str | None:
    """The language a line is written in when it is not English ("fr"), else None: more of
    that language's own function words than English's own, and at least _MIN_FOREIGN."""
    return _language_of(_words(text))


def _words(text: str) -> list[str]:
    """A line's words in lower case, without e-mail and web addresses ("jobs@hotel-ludwig-van-beethoven.de")."""
    if "@" in text or "//" in text or "www." in text or _TLD.search(text):
        text = _ADDRESS.sub(" ", text)
    return [w.lower() for w in _WORD.findall(text.replace("’", " ").replace("'", " "))]


def _language_of(words: list[str]) -> str | None:
    foreign_of, english_of = _languages_of()
    if sum(1 for w in words if w in foreign_of) < _MIN_FOREIGN:
        return None  # an English line: too few of any other language's words
    counts = dict.fromkeys(_LANGUAGES, 0)
    english = dict.fromkeys(_LANGUAGES, 0)
    for word in words:
        for code in foreign_of.get(word, ()):
            counts[code] += 1
        for code in english_of.get(word, ()):
            english[code] += 1
    best, best_count = None, 0
    for code, count in counts.items():
        if count >= _MIN_FOREIGN and count > 1.5 * english[code] and count > best_count:
            best, best_count = code, count
    return best


def translated_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines in another language; a line with no English function word
    after one of them goes with it ("À partir d’avril 2020:" under a French paragraph)."""
    found: set[int] = set()
    previous = None
    for index, text in enumerate(lines):
        words = _words(text)
        if not words:
            continue
        language = _language_of(words)
        if language is None and previous is not None and not any(w in _english_only()[previous] for w in words):
            if any(w in _foreign_words()[previous] for w in words):
                language = previous
            elif not any(w in stops for stops in _foreign_words().values() for w in words):
                continue  # "**Détails clés**:", a name: no function word of any language, the run goes on
        if language is not None:
            found.add(index)
        previous = language
    return found
