"""Other keywords: the posting's distinctive words and two-word phrases that no lexicon entry
matches, by TF-IDF (scikit-learn, English stop words) against a background of the shipped
profiles' text and our example postings in `data/postings/`. The top ten by weight that
are written literally at least twice and are not generic become items "kw-<term>" of
importance 3, matched literally in resumes. Not generic: no word of the term is a generic
posting word or part of a matched item, and one is not everyday English
(`data/common_words.txt`) nor a word of the title or header (company, location):
"geospatial routing", "SDR"; or it is a two-word phrase written three times or more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..matching import lemma_of
from .lexicon import background_documents, lexicon_dir
from .text import TOKEN, URL_IN_PARENS, slug

KEYWORD_IMPORTANCE = 3
KEYWORD_COUNT = 10

# Words of job postings that say nothing about the skills asked for.
_GENERIC = """
    ability able about academic across added additional ai applicant applicants application
    applications apply area based benefits best build building business candidate candidates career
    challenge challenges click client clients collaborate collaboration collaborative colleagues
    communication companies company compensation competitive complex contribute core crucial culture
    customer customers daily data day days degree deliver department depending description design
    develop developing development directly diverse drive driven ecommerce effective effectively
    employee employees employer employment eng engineer engineering engineers ensure ensuring
    environment environments equal equity etc excellent excited exciting experience experienced
    expertise fast field fields functional global good great grow growth hands help high highly hire
    hiring hundreds ideal impact including industry innovate innovative insurance interview job join
    junior key knack knowledge large lead leader leadership learn learning level life lifecycle like
    location looking machine make manage management manager members millions mission ml model models
    modern multidisciplinary new office opportunities opportunity organization paced paid partner
    passion passionate people plan platform plus position positions preferred problem problems
    product production products professional proficiency program programming project projects proven
    provide providing qualifications quality quantitative realtime related remote required
    requirements research responsibilities responsible role roles salary scalability scalable scale
    science senior services skills software solution solutions solving stakeholders startup status
    strong success successful support system systems team teams technical technologies technology
    time tool tools understanding use using value values variety way work working world year years
"""
GENERIC_WORDS = frozenset(_GENERIC.split())


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Everyday English: the ~15k most frequent words (data/common_words.txt says whence)."""
    text = (lexicon_dir() / "common_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def _everyday(word: str) -> bool:
    """An everyday English word (or a compound of them: "cost-effective"), or a generic one."""
    if "-" in word:
        return all(_everyday(part) for part in word.split("-") if part)
    common = _common_words()
    return word in GENERIC_WORDS or word in common or lemma_of(word) in common


def _plural(term: str) -> tuple[str, str]:
    return (term.lower() + "s", term.lower() + "es")


@dataclass(frozen=True)
class OtherKeyword:
    id: str
    term: str  # as first written in the posting
    weight: float  # TF-IDF weight in the posting
    count: int  # times written in the posting
    lines: tuple[str, ...]  # the lines that write it


def other_keywords(
    text: str, covered_words: set[str], excluded_words: set[str] = frozenset(), limit: int = KEYWORD_COUNT
) -> list[OtherKeyword]:
    """The posting's most distinctive terms that no lexicon entry matches, by TF-IDF weight.

    A term is kept when it is written at least twice and is not generic: it holds a word
    that is neither everyday English, a generic posting word, a word of a matched item nor
    of the title and header (company, location) -- "geospatial routing" -- or it is a
    phrase of two such non-generic words written three times or more ("capacity planning").
    """
    from sklearn.feature_extraction.text import TfidfVectorizer  # imported here: only this lane needs it

    clean = URL_IN_PARENS.sub(" ", text)
    background = [doc for _, doc in background_documents() if doc.strip() != text.strip()]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), stop_words="english", token_pattern=TOKEN)
    matrix = vectorizer.fit_transform([*background, clean])
    row = matrix[len(background)].tocoo()
    terms = vectorizer.get_feature_names_out()
    ranked = sorted(zip(row.data, (terms[i] for i in row.col), strict=True), key=lambda t: (-t[0], t[1]))
    chosen: list[OtherKeyword] = []
    for weight, term in ranked:
        words = term.split()
        plain = [w for w in words if w not in GENERIC_WORDS and w not in covered_words and len(w) > 2]
        if len(plain) < len(words):
            continue  # generic, matched, short: "related quantitative" waits for "quantitative" alone
        fresh = [w for w in plain if w not in excluded_words and not w.isdigit()]
        literal = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", re.I)
        written = literal.findall(clean)
        distinctive = any(not _everyday(w) for w in fresh) or (fresh and len(words) == 2 and len(written) >= 3)
        if not distinctive or len(written) < 2:
            continue
        keyword_id = f"kw-{slug(term)}"
        if any(k.id == keyword_id for k in chosen):
            continue  # "real-time" after "real time"
        if len(words) == 1 and any(term in k.term.lower().split() or term in _plural(k.term) for k in chosen):
            continue  # part of a phrase already chosen, or its plural ("BDR", "BDRs")
        if len(words) > 1:  # a phrase replaces its word when the word is not used more on its own
            chosen = [k for k in chosen if not (k.term.lower() in words and k.count <= len(written))]
        lines = tuple(line for line in clean.split("\n") if literal.search(line))
        as_written = " ".join(written[0].split())
        chosen.append(OtherKeyword(keyword_id, as_written, round(float(weight), 4), len(written), lines))
        if len(chosen) == limit:
            break
    return chosen
