"""Step 2: find a role's items in a ResumeDocument. spaCy's blank English tokenizer with
PhraseMatcher and Matcher patterns (nlp.py, patterns.py), built once per role
(extractor.py); each mention carries its qualifier (qualifiers.py: negated, hedged,
coursework, proficiency); evidence.py orders an item's mentions strongest first (lines.py:
a bullet over a job title); keywords.py says which credited items a literal search misses."""

from .evidence import NAMED, NOT_COUNTED, WORKED, strongest_first, supports
from .extractor import Extractor, Mention, extractor_for
from .keywords import KeywordCoverage, KeywordForm, keyword_coverage
from .nlp import lemma_of, word_classes

__all__ = [
    "NAMED",
    "NOT_COUNTED",
    "WORKED",
    "Extractor",
    "KeywordCoverage",
    "KeywordForm",
    "Mention",
    "extractor_for",
    "keyword_coverage",
    "lemma_of",
    "strongest_first",
    "supports",
    "word_classes",
]
