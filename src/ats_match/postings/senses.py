"""Which sense of a vocabulary word a posting means. The tech lexicon was made for tech
postings; in a posting of another field its concepts are everyday words ("statistics",
"dashboards", electrical "transformers", "airflow"), so read_job and role_from_job read
them only in tech postings, and a line all in capitals names no acronym by a common word
("AIR CONDITIONING MECHANIC" is no Adobe AIR). A posting that spells an acronym out means
what it spells: "Process Safety Manager (PSM)" is no Professional Scrum Master."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from ..matching import lemma_of
from .words import STOP, zipf

TECH_TITLE = re.compile(
    r"\b(?:software|developer|programmer|devops|data|machine learning|ml|ai|cloud|web|frontend|front[- ]end"
    r"|backend|back[- ]end|full[- ]stack|it|network|systems? administrator|database|security engineer|sre"
    r"|analytics|platform|infrastructure|qa|test automation|mobile|ios|android)\b",
    re.I,
)
TECH_MIN_ITEMS = 3  # distinct tech-lexicon terms written that make a posting a tech posting whatever its title
COMMON_NAME_ZIPF = 3.9  # outside tech postings' lists a tool named by a word this common needs another beside it
COMMON_ZIPF = 4.0  # a word this common written in capitals is the word, not an acronym


def is_tech_posting(title: str | None, lexicon_terms: Collection[str], item_in_title: bool) -> bool:
    """A tech title ("Data Engineer", "IT Support"), one that names an item of the tech
    lexicon ("MLOps Engineer"), or several distinct terms of the tech lexicon written
    (as written: "transformers" is one term, though the lexicon reads two items in it)."""
    if title and TECH_TITLE.search(title):
        return True
    return item_in_title or len({term.lower() for term in lexicon_terms}) >= TECH_MIN_ITEMS


def sense_fits(
    *,
    from_lexicon: bool,
    kind: str,
    written: str,
    line_text: str,
    tech: bool,
    beside_tech: bool = False,
    asked: bool = True,
) -> bool:
    """Whether a hit means the vocabulary's sense here. Outside tech postings the tech
    lexicon's skills are not read, and its tools only when written as a product is, with
    a capital ("Excel", not "airflow"), or listed beside another tech term ("pandas and
    Keras"; `beside_tech`: another term of the lexicon on the same line). A capitalised
    everyday word ("Windows", "Spark") names the product where the posting asks (`asked`:
    a requirement section or a list item), not in its prose ("the Spark team"); Android
    beside a phone is the phone ("Smartphone (iPhone or Android)")."""
    letters = [ch for ch in line_text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and written.isupper() and zipf(written.lower()) >= COMMON_ZIPF:
        return False
    if tech or not from_lexicon:
        return True
    if _names_a_phone(written, line_text):
        return False
    named = written != written.lower() and (asked or zipf(written.lower()) < COMMON_NAME_ZIPF)
    return kind == "tool" and (named or beside_tech)


_PHONE_PLATFORMS = frozenset({"android", "ios"})
_PHONE = re.compile(
    r"\b(?:i?phones?|smart ?phones?|cell ?phones?|mobile (?:phone|device)s?|tablets?|data plan|devices?|handsets?)\b",
    re.I,
)


def _names_a_phone(written: str, line_text: str) -> bool:
    """ "Smartphone with data plan (iPhone or Android)": the phone one carries, not Android
    development (read so outside tech postings)."""
    return written.lower() in _PHONE_PLATFORMS and _PHONE.search(line_text) is not None


_ACRONYM_IN_PARENS = re.compile(r"\(\s*((?:[A-Z]\.){2,8}|[A-Z][A-Z0-9&]{1,7})s?\s*\)")  # "(PSM)", "(P.E.)"
_WORDS_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Za-z][\w'’-]*[\s,]+){1,8})$")
_WINDOW = 400  # characters: eight words and the spaces between them
_JOINING = frozenset({"and", "of", "for", "the", "in", "on", "to", "&"})


def initials(words: Iterable[str]) -> str:
    """The capitals an acronym of `words` is written with: each word's first letter, the
    joining words ("and", "of", "&") left out ("Joint Travel Regulations": "JTR")."""
    return "".join(word[0].upper() for word in words if word.lower() not in _JOINING)


def spelled_out(text: str) -> dict[str, frozenset[str]]:
    """Acronyms the posting spells out, with the words of what they stand for:
    "Process Safety Manager (PSM)" -> {"PSM": {"process", "safety", "manager"}}. Only where
    the words' initials are the acronym ("and", "of" may be skipped), so that a parenthesis
    that is not a definition ("Excel (VLOOKUP)") defines nothing."""
    found: dict[str, frozenset[str]] = {}
    for parenthesis in _ACRONYM_IN_PARENS.finditer(text):
        # the words before each "(ACRONYM)", up to eight: one search of a short window, not a
        # scan of the whole posting that backtracks at every word
        before = _WORDS_BEFORE.search(text, max(0, parenthesis.start() - _WINDOW), parenthesis.start())
        if before is None:
            continue
        words, written = before.group(1).split(), parenthesis.group(1)
        acronym = written.replace(".", "")
        words = [w.strip(",") for w in words if w.strip(",")]
        for start in range(len(words)):
            if initials(words[start:]) == acronym and words[start].lower() not in _JOINING:
                for key in {acronym, written, written.rstrip(".")}:  # "P.E." and "P.E" are PE
                    found.setdefault(key, frozenset(_content(words[start:])))
                break
    return found


def means_what_it_spells(written: str, names: Iterable[str], defined: dict[str, frozenset[str]]) -> bool:
    """Whether a hit written as an acronym the posting spells out is the term it was read
    as: one of the term's names (its name and forms) holds every word spelled out. An
    acronym not spelled out passes."""
    words = defined.get(written.strip())
    if not words:
        return True  # not spelled out, or in words too general to tell
    # every word spelled out: "computer aided dispatch (CAD)" is no computer-aided design
    return any(words <= _content(name.replace("(", " ").replace(")", " ").split()) for name in names)


# Places of work; not the bodies whose rules or credentials are asked for ("Financial
# Accounting Standards Board (FASB)", "Environmental Protection Agency (EPA)")
_WORKPLACE_WORDS = frozenset(
    "university college clinic hospital school company corporation centre center foundation trust".split()  # noqa: SIM905
)


def names_an_organisation(written: str, defined: dict[str, frozenset[str]]) -> bool:
    """An acronym the posting spells out as a place of work ("St. George's University
    (SGU)", "Small Animal Clinic (SAC)"): the employer, not a thing to know."""
    words = defined.get(written.strip())
    return bool(words and words & _WORKPLACE_WORDS)


def _content(words: Iterable[str]) -> set[str]:
    lowered = (w.lower().strip(",.;:'’") for w in words)
    return {lemma_of(w) for w in lowered if len(w) > 2 and w not in STOP and w not in _JOINING}
