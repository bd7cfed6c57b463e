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
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\(\S+\)|\S+\.(?:com|org|net|de|fr|es|it|nl|pt)\b\S*")


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


def foreign_language(text: str) -> str | None:
    """The language a line is written in when it is not English ("fr"), else None: more of
    that language's own function words than English's own, and at least _MIN_FOREIGN."""
    words = [w.lower() for w in _WORD.findall(_ADDRESS.sub(" ", text).replace("’", " ").replace("'", " "))]
    best, best_count = None, 0
    for code, stops in _foreign_words().items():
        count = sum(1 for w in words if w in stops)
        english = sum(1 for w in words if w in _english_only()[code])
        if count >= _MIN_FOREIGN and count > 1.5 * english and count > best_count:
            best, best_count = code, count
    return best


def translated_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines in another language; a line with no English function word
    after one of them goes with it ("À partir d’avril 2020:" under a French paragraph)."""
    found: set[int] = set()
    previous = None
    for index, text in enumerate(lines):
        words = [w.lower() for w in _WORD.findall(_ADDRESS.sub(" ", text))]
        if not words:
            continue
        language = foreign_language(text)
        if language is None and previous is not None and not any(w in _english_only()[previous] for w in words):
            if any(w in _foreign_words()[previous] for w in words):
                language = previous
            elif not any(w in stops for stops in _foreign_words().values() for w in words):
                continue  # "**Détails clés**:", a name: no function word of any language, the run goes on
        if language is not None:
            found.add(index)
        previous = language
    return found
