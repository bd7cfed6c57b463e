"""The vocabulary a posting of any field is read with, beyond the tech lexicon: O*NET
software, technology and tools (data/onet_lexicon.json, built by
tools/build_onet_lexicon.py) and what O*NET lacks, ours (data/credentials.yaml: licences,
certifications, languages, soft skills; validated here). Loaded into a lookup of word
sequences on first use, never at import."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..datafiles import read_yaml
from ..matching.nlp import inflections
from .lexicon import lexicon_dir
from .text import slug
from .words import zipf

TermKind = Literal["license", "certification", "language", "soft", "skill", "tool"]


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
    terms: tuple[VocabularyEntry, ...] = ()  # skills no word frequency finds: "point of sale", "Cal/OSHA"
    tools: tuple[VocabularyEntry, ...] = ()  # products O*NET names only in full: "Word" beside "Excel"


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
    return VocabularyFile.model_validate(read_yaml(path.read_text(encoding="utf-8")))


@cache
def onet_data() -> dict:
    """data/onet_lexicon.json: {"source", "raw_sha256", "entries", "software_kinds", "title_words"}."""
    return json.loads((lexicon_dir() / "onet_lexicon.json").read_text(encoding="utf-8"))


@cache
def title_words() -> frozenset[str]:
    """Head words of O*NET job titles ("nurse", "accountant", "electrician")."""
    return frozenset(onet_data()["title_words"])


# Words that say a thing is a program, not which: "accounting software packages"
_PROGRAM_WORDS = frozenset(
    """
    software softwares system systems package packages program programs programme programmes application
    applications app apps tool tools platform platforms solution solutions suite and or of the for
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_ACRONYM_WORD = re.compile(r"^[A-Z]{2,5}$")


def _kind_key(name: str) -> frozenset[str]:
    """ "accounts software", "Accounting software packages": {"account"}, the stems of the
    words that say which kind of program."""
    from ..matching.words import stem

    words = re.findall(r"[A-Za-z]+", name)
    return frozenset(stem(w) for w in words if not _ACRONYM_WORD.match(w) and w.lower() not in _PROGRAM_WORDS)


@cache
def _software_kinds() -> dict[str | frozenset[str], tuple[str, ...]]:
    """O*NET's kinds of software by the stems of their names and by their acronyms ("CRM"),
    each with the forms of its products."""
    data = onet_data()
    entries = data["entries"]
    kinds: dict[str | frozenset[str], tuple[str, ...]] = {}
    for title, members in data.get("software_kinds", []):
        # forms matched in any case, and the names of two words or more matched with their
        # case ("Google Sheets"); not one everyday word ("Excel"), which the matching here,
        # in lower case, would find in "excel at"
        forms = tuple(
            dict.fromkeys(form for n in members for form in (*entries[n][3], *(f for f in entries[n][4] if " " in f)))
        )
        if key := _kind_key(title):
            kinds.setdefault(key, forms)
        for acronym in (w for w in title.split() if _ACRONYM_WORD.match(w)):
            kinds.setdefault(acronym, forms)
    return kinds


# A posting's everyday word for what O*NET's kind names in other words
_SAME_KIND_AS = {"audio": "sound", "email": "electronic mail", "e-mail": "electronic mail", "database": "data base"}
_SAME_KIND = re.compile(r"\b(?:" + "|".join(map(re.escape, _SAME_KIND_AS)) + r")\b", re.I)


def software_of_kind(name: str) -> tuple[str, ...]:
    """The products that show a kind of software a posting asks for ("accounts software":
    QuickBooks, Sage 50 Accounting, ...; "CRM": Salesforce, ...), O*NET's own filing;
    () when the name is no kind of program O*NET files."""
    words = re.findall(r"[A-Za-z]+", name)
    if not words or (words[-1].lower() not in _PROGRAM_WORDS and not _ACRONYM_WORD.match(words[-1])):
        return ()  # "accounting": a skill, not a program of its kind
    kinds = _software_kinds()
    by_acronym = next((kinds[w] for w in words if _ACRONYM_WORD.match(w) and w in kinds), ())
    key = _kind_key(_SAME_KIND.sub(lambda m: _SAME_KIND_AS[m.group(0).lower()], name))
    if by_acronym or key in kinds or not key:
        return by_acronym or kinds.get(key, ())
    # a shorter name of one kind: "video editing software" is O*NET's "Video creation and
    # editing software", "scheduling software" its "Calendar and scheduling software"; a
    # name several kinds hold ("design software") names none of them
    holding = [forms for kind, forms in kinds.items() if isinstance(kind, frozenset) and key < kind]
    return holding[0] if len(holding) == 1 else ()


# A word of a form or a line: letters and digits, with + # & ' inside or after ("C++",
# "GD&T", "A+", "driver's") and . or - between two of them ("salesforce.com", "e-filing").
WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9+#&'’]|[.-](?=[A-Za-z0-9]))*")


# "Computer and basic office skills": the words that join two skills sharing their head
_ELLIPSIS_JOINS = frozenset({"and", "or", "&"})
_ELIDED_HEADS = frozenset({"skills", "skill"})
_CLAUSE_BREAK = re.compile(r"[,;:.()]")


def words_of(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


_QUALIFIER = re.compile(
    r"-(?:oriented|focused|driven|minded|centered|centred|centric|certified|qualified|licensed|registered|trained)$|['’]s$",
    re.I,
)


def _without_qualifier(start: int, end: int, token: str) -> tuple[int, int, str]:
    """ "service-oriented" as "service", so that "Customer service-oriented" names customer
    service; "ACCA-qualified" as "ACCA"; "self-starter’s" as "self-starter" ("a self-starter’s attitude")."""
    qualifier = _QUALIFIER.search(token)
    if qualifier is None or qualifier.start() == 0:
        return start, end, token
    return start, start + qualifier.start(), token[: qualifier.start()]


def key_of(text: str) -> str:
    """A form as the lookup compares it: its words joined by one space ("CPR/First Aid" ->
    "CPR First Aid"; punctuation between words does not count)."""
    return " ".join(m.group(0).replace("’", "'") for m in WORD.finditer(text))


@dataclass(frozen=True)
class Vocabulary:
    """Every term, and its forms as word sequences: looking a line's word n-grams up in two
    dicts (lower case, and as written) finds them. A dict, not a spaCy PhraseMatcher: the
    12,000 forms would make 11,000 spaCy lexemes, a second at first use; the dicts take
    a tenth of that and find the same whole-word sequences."""

    terms: dict[str, Term]
    lower: dict[str, str]  # lower-case form key -> term id
    exact: dict[str, str]  # form key as written -> term id
    reach: dict[str, int]  # lower-case first word -> the most words of a form it opens
    bare: dict[str, str]  # a maker's product named without the maker, lower case -> term id
    camel: dict[str, str]  # a coined name with a capital inside, lower case -> term id ("youtube": YouTube)

    def find(self, text: str) -> list[tuple[int, int, Term]]:
        """(start, end, term) of every form written in the text, longest first where they overlap."""
        written = [(m.start(), m.end(), m.group(0).replace("’", "'")) for m in words_of(text)]
        plain = [_without_qualifier(*word) for word in written]
        spans = []
        for words in (written, plain) if plain != written else (written,):
            tokens = [token for _, _, token in words]
            for i in range(len(tokens)):
                reach = self.reach.get(tokens[i].lower(), 0)
                for n in range(min(reach, len(tokens) - i), 0, -1):
                    key = " ".join(tokens[i : i + n])
                    term_id = self.exact.get(key) or self.lower.get(key.lower())
                    if term_id is None and key[:1].isupper():
                        term_id = self.camel.get(key.lower())  # "Youtube", "Linkedin": the coined name
                    if term_id is not None:
                        spans.append((words[i][0], words[i + n - 1][1], self.terms[term_id]))
                        break
        spans += self._elided(text, written)
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        kept: list[tuple[int, int, Term]] = []
        for span in spans:
            if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
                kept.append(span)
        return self._with_siblings(text, written, sorted(kept, key=lambda s: s[0]))

    def _elided(self, text: str, written: list[tuple[int, int, str]]) -> list[tuple[int, int, Term]]:
        """ "Computer and basic office skills": the first of two joined words whose "skills"
        the second carries, when it is a form with that word ("computer skills")."""
        found = []
        for i in range(len(written) - 2):
            if written[i + 1][2].lower() not in _ELLIPSIS_JOINS:
                continue
            for j in range(i + 2, min(i + 5, len(written))):
                head = written[j][2].lower()
                if head in _ELIDED_HEADS and not _CLAUSE_BREAK.search(text, written[i][1], written[j][0]):
                    key = f"{written[i][2]} {head}".lower()
                    if (term_id := self.lower.get(key)) is not None:
                        found.append((written[i][0], written[i][1], self.terms[term_id]))
                    break
        return found

    def _with_siblings(
        self, text: str, written: list[tuple[int, int, str]], kept: list[tuple[int, int, Term]]
    ) -> list[tuple[int, int, Term]]:
        """ "Adobe Photoshop and illustrator", "A+, Network+, Security+": a product named
        without its maker, or in lower case where its name is an everyday word, is that
        maker's product when it stands in one list with another of the maker's products,
        joined to it by a comma, "and", "or", "&" or "/" and ending its list item. Each one
        found may join the next ("Photoshop, illustrator and premiere")."""
        while added := self._sibling(text, written, kept):
            kept = sorted([*kept, added], key=lambda s: s[0])
        return kept

    def _sibling(
        self, text: str, written: list[tuple[int, int, str]], kept: list[tuple[int, int, Term]]
    ) -> tuple[int, int, Term] | None:
        makers = {_maker(term.name) for _, _, term in kept} - {""}
        if not makers:
            return None
        for i, (start, _, _) in enumerate(written):
            for n in (2, 1):
                end = written[min(i + n, len(written)) - 1][1]
                term_id = self.bare.get(" ".join(t for _, _, t in written[i : i + n]).lower())
                if term_id is None or _maker(self.terms[term_id].name) not in makers:
                    continue
                if any(start < k[1] and k[0] < end for k in kept) or not _LIST_ITEM_END.match(text, end):
                    continue
                maker = _maker(self.terms[term_id].name)
                if any(
                    _JOINER.fullmatch(text[k[1] : start]) or _JOINER.fullmatch(text[end : k[0]])
                    for k in kept
                    if _maker(k[2].name) == maker
                ):
                    return start, end, self.terms[term_id]
        return None


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_EVERYDAY_CAMEL = frozenset({"latex"})  # "a Latex allergy" is the rubber, not LaTeX
# Between two items of one list: a comma, "and", "or", "&" or "/" (", and" too).
_JOINER = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+|/\s*)", re.I)
_LIST_ITEM_END = re.compile(r"\s*(?:$|[,;:.)/&]|(?:and|or)\b)", re.I)


# Makers a posting may name before their product ("google sketchup", "Adobe Illustrator").
VENDORS = frozenset({"google", "microsoft", "adobe", "autodesk", "apple", "oracle", "ibm", "intuit", "trimble"})
_MAKERS_BEFORE = VENDORS | {"ms"}
_MAKER_ZIPF = 3.5  # wordfreq Zipf: a maker's name is no everyday word ("CompTIA", "Autodesk"; not "Hot", "The")


def _maker(name: str) -> str:
    """The maker that opens a product's name ("Adobe" of "Adobe Illustrator", "CompTIA" of
    "CompTIA A+"), "" for a one-word name or one that opens with an everyday word ("Hot air
    guns", "Objective C")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return ""
    first = words[0].lower()
    return words[0] if first in VENDORS or zipf(first) < _MAKER_ZIPF else ""


CREDENTIAL_WORDS = ("certification", "certified", "certificate", "license", "licensed")

# Terms that name a kind of product: right after a product's name they say what it is ("Epic
# electronic health records", "Workday HRIS", "Greenhouse ATS"), and are no second requirement.
PRODUCT_KINDS = frozenset(
    {"Electronic health records (EHR)", "Applicant tracking system (ATS)", "Human resources information system (HRIS)"}
)


def _credential_forms(kind: TermKind, entry: VocabularyEntry) -> tuple[str, ...]:
    """ "TNCC certification", "PE license", "CNA certified": how postings and resumes write a
    credential's abbreviation with the word for what it is."""
    if kind not in ("certification", "license"):
        return ()
    return tuple(f"{acronym.lower()} {word}" for acronym in entry.case_sensitive for word in CREDENTIAL_WORDS)


def _terms() -> list[Term]:
    data = load_vocabulary_file()
    terms: list[Term] = []
    groups: tuple[tuple[TermKind, tuple[VocabularyEntry, ...]], ...] = (
        ("license", data.licenses),
        ("certification", data.certifications),
        ("language", data.languages),
        ("soft", data.soft),
        ("skill", data.terms),
        ("tool", data.tools),
    )
    for kind, entries in groups:
        for entry in entries:
            # a name listed as case-sensitive ("Gusto", "Clio") is found only as written: "with gusto"
            name = () if entry.name in entry.case_sensitive else (entry.name.lower(),)
            forms = tuple(dict.fromkeys((*name, *entry.forms, *_credential_forms(kind, entry))))
            terms.append(
                Term(f"{kind}-{slug(entry.name)}", entry.name, kind, "vocabulary", forms, entry.case_sensitive)
            )
    # O*NET: hot technologies first, so a form two examples share goes to the one postings name
    entries = sorted(onet_data()["entries"], key=lambda e: (not e[2], len(e[0]), e[0]))
    for name, kind, hot, any_case, with_case in entries:
        source = "onet-equipment" if kind == "equipment" else "onet"  # a physical tool, or software
        with_case = [
            *with_case,
            *(f"MS {f.removeprefix('Microsoft ')}" for f in with_case if f.startswith("Microsoft ")),
        ]  # "MS Office"
        # after its maker's name an everyday word is the product in any case: "Microsoft office suite",
        # "Ms Powerpoint"
        any_case = [*any_case, *(f.lower() for f in with_case if " " in f and f.split()[0].lower() in _MAKERS_BEFORE)]
        any_case = [*any_case, *(f"ms {f.removeprefix('microsoft ')}" for f in any_case if f.startswith("microsoft "))]
        terms.append(Term(f"onet-{slug(name)}", name, "tool", source, tuple(any_case), tuple(with_case), hot))
    return terms


@cache
def vocabulary() -> Vocabulary:
    """Every term and the lookup of all their forms; a form two terms share belongs to the
    first (ours before O*NET, hot technologies before others)."""
    lower: dict[str, str] = {}
    exact: dict[str, str] = {}
    terms: dict[str, Term] = {}
    reach: dict[str, int] = {}
    makers: dict[str, int] = {}
    for term in _terms():
        if term.id in terms:
            continue
        # plurals for equipment and our terms ("forklifts", "RN licenses"); a product has none
        plural = term.source != "onet"
        keys = [key_of(i).lower() for f in term.forms for i in (inflections(f) if plural else [f])]
        fresh_lower = [k for k in keys if k and lower.setdefault(k, term.id) == term.id]
        fresh_case = [k for k in map(key_of, term.case_forms) if k and exact.setdefault(k, term.id) == term.id]
        if fresh_lower or fresh_case:
            terms[term.id] = term
            for key in (*fresh_lower, *fresh_case):
                first, length = key.split(" ", 1)[0].lower(), key.count(" ") + 1
                reach[first] = max(reach.get(first, 0), length)
            makers[_maker(term.name)] = makers.get(_maker(term.name), 0) + 1
    bare: dict[str, str] = {}
    for term in terms.values():
        maker = _maker(term.name)
        if maker and makers[maker] >= 2 and term.kind in ("tool", "certification"):
            rest = key_of(term.name.split(" ", 1)[1]).lower()
            if 1 <= rest.count(" ") + 1 <= 2 and rest not in lower:
                bare.setdefault(rest, term.id)
    # a name with a capital inside ("YouTube", "LinkedIn") is coined, no everyday word: a
    # posting that capitalises only its first letter ("Youtube") still names it
    camel = {
        key.lower(): term_id
        for key, term_id in exact.items()
        if _INNER_CAPITAL.search(key) and " " not in key and key.lower() not in _EVERYDAY_CAMEL
    }
    camel = {key: term_id for key, term_id in camel.items() if key not in lower}
    return Vocabulary(terms, lower, exact, reach, bare, camel)
