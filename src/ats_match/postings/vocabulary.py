"""The vocabulary a posting of any field is read with, beyond the tech lexicon: O*NET
software, technology and tools (data/onet_lexicon.json, built by
tools/build_onet_lexicon.py) and what O*NET lacks, ours (data/credentials.yaml: licences,
certifications, languages, soft skills; validated here). Loaded and compiled into one
spaCy PhraseMatcher on first use, never at import."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator
from spacy.matcher import PhraseMatcher

from ..matching.nlp import blank_english, inflections
from .lexicon import lexicon_dir
from .text import slug

TermKind = Literal["license", "certification", "language", "soft", "tool"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class VocabularyEntry(_Model):
    """One licence, certification, language or soft skill: its name and the forms a
    posting or a resume writes it in."""

    name: str = Field(min_length=2)
    forms: tuple[str, ...] = Field(default=(), description="matched in any case")
    case_sensitive: tuple[str, ...] = Field(default=(), description="matched as written: RN, CNA")

    @field_validator("forms")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for form in value:
            if form != form.lower() or not form.strip():
                raise ValueError(f"forms are written in lower case: {form!r}")
        return value


class VocabularyFile(_Model):
    licenses: tuple[VocabularyEntry, ...] = Field(min_length=1)
    certifications: tuple[VocabularyEntry, ...] = Field(min_length=1)
    languages: tuple[VocabularyEntry, ...] = Field(min_length=1)
    soft: tuple[VocabularyEntry, ...] = Field(min_length=1)


@dataclass(frozen=True)
class Term:
    """A thing a posting may name, with every form it is matched by."""

    id: str
    name: str
    kind: TermKind
    source: str  # vocabulary | onet (software) | onet-equipment (a physical tool)
    forms: tuple[str, ...]  # any case
    case_forms: tuple[str, ...]  # with their case
    hot: bool = False

    @property
    def all_forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.case_forms, *self.forms)))


def load_vocabulary_file(path=None) -> VocabularyFile:
    """data/credentials.yaml, validated (errors name the entry and the field)."""
    path = path or lexicon_dir() / "credentials.yaml"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return VocabularyFile.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))  # noqa: S506


@cache
def onet_data() -> dict:
    """data/onet_lexicon.json: {"source", "raw_sha256", "entries", "title_words"}."""
    return json.loads((lexicon_dir() / "onet_lexicon.json").read_text(encoding="utf-8"))


@cache
def title_words() -> frozenset[str]:
    """Head words of O*NET job titles ("nurse", "accountant", "electrician")."""
    return frozenset(onet_data()["title_words"])


def _for_matching(text: str) -> str:
    """A slash reads as a space ("RN/LPN", "CPR/First Aid"); same length, same offsets."""
    return text.replace("/", " ")


@dataclass(frozen=True)
class Vocabulary:
    terms: dict[str, Term]
    lower: PhraseMatcher
    exact: PhraseMatcher

    def find(self, text: str) -> list[tuple[int, int, Term]]:
        """(start, end, term) of every form written in the text, longest first where they overlap."""
        nlp = blank_english()
        doc = nlp.make_doc(_for_matching(text))
        strings = nlp.vocab.strings
        spans = []
        for match_id, start, end in [*self.lower(doc), *self.exact(doc)]:
            span = doc[start:end]
            spans.append((span.start_char, span.end_char, self.terms[strings[match_id]]))
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        kept: list[tuple[int, int, Term]] = []
        for span in spans:
            if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
                kept.append(span)
        return sorted(kept, key=lambda s: s[0])


def _terms() -> list[Term]:
    data = load_vocabulary_file()
    terms: list[Term] = []
    groups: tuple[tuple[TermKind, tuple[VocabularyEntry, ...]], ...] = (
        ("license", data.licenses),
        ("certification", data.certifications),
        ("language", data.languages),
        ("soft", data.soft),
    )
    for kind, entries in groups:
        for entry in entries:
            forms = tuple(dict.fromkeys((entry.name.lower(), *entry.forms)))
            terms.append(
                Term(f"{kind}-{slug(entry.name)}", entry.name, kind, "vocabulary", forms, entry.case_sensitive)
            )
    # O*NET: hot technologies first, so a form two examples share goes to the one postings name
    entries = sorted(onet_data()["entries"], key=lambda e: (not e[2], len(e[0]), e[0]))
    for name, kind, hot, any_case, with_case in entries:
        source = "onet-equipment" if kind == "equipment" else "onet"  # a physical tool, or software
        terms.append(Term(f"onet-{slug(name)}", name, "tool", source, tuple(any_case), tuple(with_case), hot))
    return terms


@cache
def vocabulary() -> Vocabulary:
    """Every term and one matcher for all their forms; a form two terms share belongs to
    the first (ours before O*NET, hot technologies before others)."""
    nlp = blank_english()
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    owner: dict[str, str] = {}
    terms: dict[str, Term] = {}
    for term in _terms():
        if term.id in terms:
            continue
        fresh_lower = [f for f in term.forms if owner.setdefault(f.lower(), term.id) == term.id]
        fresh_case = [f for f in term.case_forms if owner.setdefault(f, term.id) == term.id]
        if not fresh_lower and not fresh_case:
            continue
        terms[term.id] = term
        if fresh_lower:
            forms = [_for_matching(i) for f in fresh_lower for i in inflections(f)]
            lower.add(term.id, list(nlp.tokenizer.pipe(forms)))
        if fresh_case:
            exact.add(term.id, list(nlp.tokenizer.pipe([_for_matching(f) for f in fresh_case])))
    return Vocabulary(terms, lower, exact)
