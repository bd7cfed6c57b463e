"""The one spaCy pipeline: `spacy.blank("en")` (a tokenizer, no model download) whose
NORM attribute holds each word's lower-case lemma from spaCy's own lookup tables, so
that matcher patterns can say "deploy" and find deployed, deploying and deploys."""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import NORM
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, load_language_data, registry


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """English lemma lookup (spacy-lookups-data): 41k inflected forms -> lemma, read as a
    plain dict (what `load_lookups` does, less the spaCy Table that hashes every key on
    load: four times the reading, and a tenth of our start-up)."""
    return load_language_data(registry.lookups.get("en")["lemma_lookup"])


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    table = _lemma_table()
    return frozenset(table) | frozenset(table.values())


def is_english_word(word: str) -> bool:
    """Whether a lower-case word is English as spaCy's lemma table knows it (an inflected
    form or a lemma): "cloud", "models"; not "d0cker"."""
    return word in _english_words()


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    """WordNet's English lemmas by word class (spacy-lookups-data's `lemma_index`: 58k nouns,
    21k adjectives, 9k verbs, 4k adverbs), read on first use (20 ms)."""
    index = load_language_data(registry.lookups.get("en")["lemma_index"])
    return {word_class: frozenset(words) for word_class, words in index.items()}


@lru_cache(maxsize=65536)
def word_classes(word: str) -> frozenset[str]:
    """The classes WordNet knows a lower-case word in, by its lemma: "cognizant" {"adj"},
    "calibrates" {"verb"}, "welding" {"noun"}; empty for a word it lacks ("invoicing")."""
    lemma = lemma_of(word)
    return frozenset(word_class for word_class, words in _word_classes().items() if word in words or lemma in words)


# Agent nouns the lookup table reads as comparatives ("broker" -> "broke", "fitter" -> "fit",
# "cleaner" -> "clean"): jobs, kept as themselves, so that an insurance broker is not met by "broke
# records" nor a cleaner's experience by "clean the dish machine". Their plurals lemmatise to them.
_AGENT_NOUNS = frozenset({"broker", "cleaner", "fitter", "closer", "trimmer", "tanner", "buffer", "planer"})


def lemma_of(word: str) -> str:
    lower = word.lower()
    if lower in _AGENT_NOUNS:
        return lower
    return _lemma_table().get(lower, lower).lower()


# French and Italian elision opens a word: "d'apprentissage", "l’IA" are "d'" + the word.
ELISION = r"(?:[dDlLjJmMnNsStTcC]|[qQ]u)['’](?=\w)"


def _slash_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's English tokenizer, except that a slash that opens or closes a word is
    punctuation ("Scala/ PySpark", "/PyTorch") and so is an elision ("d'apprentissage"). Made in one go: setting the rules on a built
    tokenizer reloads its 1,300 special cases each time, a third of our start-up."""
    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex([*defaults.prefixes, r"/", ELISION]).search,
        suffix_search=compile_suffix_regex([*defaults.suffixes, r"/"]).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@lru_cache(maxsize=1)
def blank_english() -> Language:
    """Built once per process; every Extractor shares it. `English()` is what
    `spacy.blank("en")` builds, given our tokenizer."""
    nlp = English(create_tokenizer=_slash_tokenizer)
    # NORM is computed once per distinct word (a lexeme attribute), not once per token.
    nlp.vocab.lex_attr_getters[NORM] = lemma_of
    for lexeme in nlp.vocab:
        lexeme.norm_ = lemma_of(lexeme.orth_)
    return nlp


def _plurals(word: str) -> tuple[str, ...]:
    """The plural forms of a noun that the lookup table knows (forests, classes, libraries)."""
    lower = word.lower()
    candidates = (lower + "s", lower + "es", lower[:-1] + "ies")
    return tuple(c for c in candidates if c != lower and lemma_of(c) == lower)


def inflections(phrase: str) -> list[str]:
    """The phrase and its plural, inflected on the last word as the lookup table knows it:
    "random forest" -> ["random forest", "random forests"]. Short upper-case acronyms take
    a plain "s" (CNNs, LLMs); spacing and case are the caller's matter."""
    words = phrase.split(" ")
    last = words[-1]
    variants = [phrase]
    plurals = _plurals(last)
    if not plurals and last.isalpha() and len(last) <= 5 and not last.lower().endswith("s"):
        plurals = (last + "s",)  # acronyms and short names: CNNs, LLMs, SVMs
    for plural in plurals:
        variants.append(" ".join([*words[:-1], plural]))
    return variants
