"""Asks gathered into requirements: the hits of a line grouped ("RN or LPN" is one ask with
both forms, an "and" list is several), each group gathered over the lines that say it
(required where any line requires it, the most points any line gives), then made a
Requirement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ..reading import Line
from .cues import required_by_cues
from .hits import Hit
from .knockouts import line_points
from .model import Requirement
from .senses import initials
from .text import slug
from .vocabulary import CREDENTIAL_WORDS
from .words import DUTY_VERBS, STOP, adverb, buzz

_JOINER_OR = re.compile(r"^\s*(?:,\s*)?(?:or|/|and/or|or an?|or the)\s*$", re.I)
_JOINER_LIST = re.compile(r"^\s*,\s*$")
_BILINGUAL = re.compile(r"\bbilingual\b", re.I)


_CLASS = {
    "license": "credential",
    "certification": "credential",
    "tool": "tool",
    "skill": "skill",
    "language": "language",
}


@dataclass
class Ask:
    """Everything the posting says about one requirement, gathered over its lines."""

    key: str
    name: str
    kind: str
    forms: list[str]
    source: str
    lines: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    required: bool = False
    points: int = 0
    count: int = 0
    lemmas: tuple[tuple[str, ...], ...] = ()


# "a nationally recognized certification such as ACSM, NASM, NSCA, ACE": one of them, one
# requirement (not "certifications such as CPR and BLS": each of them)
_ONE_OF_BEFORE = re.compile(
    r"\b(?:certification|certificate|licen[cs]e|credential)\s*,?\s*(?:such as|e\.g\.|like)\s*:?\s*$"
    # "an unrestricted license to practice psychotherapy (Psychologist, LCSW, LMFT, LPC, etc.)"
    # (a licence only: "certification (3G/4G, SMAW)" details one certificate)
    r"|\b(?:licen[cs]e|licensure)\b[^.;()]{0,40}\(\s*(?:e\.g\.,?\s*)?"
    r"(?:[A-Z][\w -]{0,30},\s*)?$",
    re.I,
)
_OR_EQUIVALENT = re.compile(r"\s*,?\s*or\s+(?:an?\s+)?(?:equivalent|similar|comparable)\b", re.I)


def hit_groups(hits: list[Hit], text: str) -> list[list[Hit]]:
    """ "RN or LPN", "CPA, CMA or CIA", "NetSuite/SAP": one group; "Excel, Word and Outlook": three."""
    groups: list[list[Hit]] = []
    chain: list[Hit] = []
    joiners: list[str] = []

    def close() -> None:
        one_of = _ONE_OF_BEFORE.search(text, max(0, chain[0].start - 60), chain[0].start)
        or_equivalent = _OR_EQUIVALENT.match(text, chain[-1].end)  # "RVT, LVT, CVT or equivalent"
        if len(chain) > 1 and joiners and (_JOINER_OR.match(joiners[-1]) or one_of or or_equivalent):
            groups.append(list(chain))
        else:
            groups.extend([h] for h in chain)

    for hit in hits:
        if chain:
            between = text[chain[-1].end : hit.start]
            same = _CLASS.get(hit.kind) == _CLASS.get(chain[-1].kind) and hit.kind not in ("soft",)
            # "Bilingual (English/Spanish)": both languages, not either ("bilingual; Spanish or
            # Cantonese" is either)
            same = same and not (
                hit.kind == "language"
                and "English" in (hit.name, chain[-1].name)
                and "or" not in between.lower().split()
                and _BILINGUAL.search(text)
            )
            if same and (_JOINER_OR.match(between) or _JOINER_LIST.match(between)):
                chain.append(hit)
                joiners.append(between)
                continue
            close()
        chain, joiners = [hit], []
    if chain:
        close()
    return groups


def _group_key(group: list[Hit]) -> str:
    return " | ".join(sorted({h.key for h in group}))


def _group_member_name(written: str) -> str:
    """ "Registered Veterinary Technician (RVT": a member's words without the credential word
    after them nor an unclosed bracket."""
    return _UNCLOSED.sub("", _CREDENTIAL_WORD_AFTER.sub("", " ".join(written.split())))


_UNCLOSED = re.compile(r"\s*\([^)]*$")


# "RN or LPN license": the alternatives are named by their abbreviations ("RN or LPN"), without
# the word the vocabulary adds to each abbreviation as a form ("LPN license")
_CREDENTIAL_WORD_AFTER = re.compile(rf"(?<=\S)\s+(?:{'|'.join((*CREDENTIAL_WORDS, 'licence'))})$", re.I)


def gather(asks: dict[str, Ask], group: list[Hit], section: str, line: Line, *, cues: bool = True) -> None:
    """Add what `group` names to `asks`. `cues` False: the line's "required" says nothing
    of the candidate (a duty: "Select type of insulation required")."""
    first = group[0]
    key = _group_key(group)
    ask = asks.get(key)
    if ask is None:
        name = (
            first.name
            if len({h.key for h in group}) == 1
            else " or ".join(dict.fromkeys(_group_member_name(h.written) for h in group))
        )
        forms = list(dict.fromkeys(f for h in group for f in (h.written, *h.forms)))
        if len(group) > 1 and all(line.text[a.end : b.start] == "/" for a, b in pairwise(group)):
            forms.append(line.text[first.start : group[-1].end])  # "AML/CTF", "QA/QC": a resume writes the pair too
        lemmas = tuple(lem for h in group for lem in h.lemmas)
        ask = asks[key] = Ask(key, name, first.kind, forms, first.source if len(group) == 1 else "group", lemmas=lemmas)
    written_around = (_as_the_posting_words_it(line.text, h) for h in group if h.source != "phrase")
    for form in (
        *(f for h in group for f in (h.written, *h.forms, *_spelled_acronym(line.text, h))),
        *(f for f in written_around if f),
    ):
        if form not in ask.forms:
            ask.forms.append(form)  # "(CMA)" written after the name on a later line
    if line.number not in ask.lines:
        ask.lines.append(line.number)
        ask.texts.append(line.text)
    ask.points = max(ask.points, line_points(section, line.text, first.start, group[-1].end))
    if cues:
        ask.required = ask.required or required_by_cues(section, line.text, first.start, group[-1].end)
    else:
        ask.required = ask.required or section != "preferred"


# The words a posting writes around a named thing as part of its ask: a kind after it ("Git
# version control", "Windows Server OS", "CPR certification") and a grade before it ("Advanced
# SQL", "Valid drivers license"); a resume or a keyword search may write it so too.
_KIND_AFTER = re.compile(
    r"\s+(?:version control|operating system|OS|software|systems?|platforms?|tools?|suite|skills?|experience"
    r"|knowledge|certification|certificate|credentials?|licen[cs]e|card|training)\b",
    re.I,
)
_GRADE_BEFORE = re.compile(r"\b(?:advanced|basic|valid|current|active|working)\s+$", re.I)


# what the words before a skill say it is of: "hardware troubleshooting", "electronic system
# troubleshooting", "mechanical and electrical troubleshooting"
_WHAT_OF_BEFORE = re.compile(r"(?:([A-Za-z][\w-]*) (?:and|or|&) )?([A-Za-z][\w-]*)(?: ([A-Za-z][\w-]*))? $")


def _as_the_posting_words_it(text: str, hit: Hit) -> str:
    """The hit with the kind written after it and the grade before it, as the line writes them
    (or, for a skill, the words before it that say what it is of), or "" when the line adds none.
    Only ever a longer form: a resume that writes the shorter name still meets it."""
    start, end = hit.start, hit.end
    if kind := _KIND_AFTER.match(text, end):
        end = kind.end()
    if grade := _GRADE_BEFORE.search(text, max(0, start - 12), start):
        start = grade.start()
    elif hit.kind == "skill" and (what := _WHAT_OF_BEFORE.search(text, max(0, start - 40), start)):
        words = [w for w in what.groups() if w]
        if all(_says_what_of(w) for w in words):
            start = what.start()
    return " ".join(text[start:end].split()) if (start, end) != (hit.start, hit.end) else ""


def _says_what_of(word: str) -> bool:
    """A word that can name what a skill is of: not a stop word, a duty verb, an adverb or a
    word of degree ("strong", "excellent")."""
    lower = word.lower()
    return lower not in STOP and lower not in DUTY_VERBS and not adverb(lower) and not buzz(lower)


# (three letters at least: "Operating Room (OR)" is no form a resume's "Portland, OR" may meet)
_ACRONYM = r"\s*\(([A-Z][A-Z&]{2,7})\)"
_ACRONYM_AFTER = re.compile(_ACRONYM)


_ACRONYM_ENDING = re.compile(_ACRONYM + "$")  # a hit read with its acronym ("Certified Medical Assistant (CMA)")


def _spelled_acronym(text: str, hit: Hit) -> tuple[str, ...]:
    """ "Joint Travel Regulations (JTR)": the acronym the posting gives a name it spells out,
    and the two together, are forms of it (a resume may write either). Also for a hit that
    longest_hits (found.py) read with its acronym in brackets."""
    after = _ACRONYM_AFTER.match(text, hit.end) or _ACRONYM_ENDING.search(text, hit.start, hit.end)
    if after is None:
        return ()
    acronym = after.group(1)
    written = _ACRONYM_ENDING.sub("", hit.written)  # "Certified Safety Professional (CSP)" read whole
    return (acronym, f"{written} ({acronym})") if initials(written.split()) == acronym.replace("&", "") else ()


def _absorb(whole: Ask, part: Ask) -> None:
    """What the posting says of `part`, said of `whole` too: its lines, required where either
    is, the most points either gets."""
    whole.lines += [n for n in part.lines if n not in whole.lines]
    whole.texts += [t for t in part.texts if t not in whole.texts]
    whole.required = whole.required or part.required
    whole.points = max(whole.points, part.points)


def fold_members(asks: dict[str, Ask]) -> None:
    """ "CPA" asked alone on one line and "CPA or CMA" on another: one requirement, the group."""
    for key in [k for k in asks if " | " in k]:
        group = asks[key]
        for member in key.split(" | "):
            alone = asks.pop(member, None)
            if alone is not None:
                _absorb(group, alone)


def fold_abbreviations(asks: dict[str, Ask]) -> None:
    """ "VFDs" asked on one line and "variable frequency drives (VFDs)" on another: one
    requirement, the spelled-out one, which holds the letters as a form."""
    by_form: dict[str, str] = {}
    for key, ask in asks.items():
        if len(ask.name.split()) > 1:
            for form in ask.forms:
                by_form.setdefault(form, key)
    for key in list(asks):
        ask = asks[key]
        if not _LETTERS.match(ask.name) or (into := by_form.get(ask.name)) is None or into == key or into not in asks:
            continue
        _absorb(asks[into], ask)
        del asks[key]


_LETTERS = re.compile(r"^[A-Z][A-Z0-9&]{1,6}s?$")  # "VFDs", "NEC", "ERP"


def requirement_of(ask: Ask, counts: dict[str, int]) -> Requirement:
    repeat = min(2, len(ask.lines) - 1)
    importance = max(1, min(10, ask.points + repeat))
    members = ask.key.split(" | ")
    count = sum(counts.get(m, 0) for m in members) or 1
    ident = "-or-".join(_member_id(m) for m in members)[:80].strip("-")
    return Requirement(
        name=ask.name,
        kind=ask.kind,  # type: ignore[arg-type]
        required=ask.required,
        forms=tuple(ask.forms),
        importance=importance,
        line=ask.lines[0],
        id=ident,
        source=ask.source,
        text=ask.texts[0],
        count=count,
        lemmas=ask.lemmas,
    )


def _member_id(key: str) -> str:
    if key.startswith("lexicon:"):
        return key.split(":", 1)[1]
    if key.startswith("phrase:"):
        return "phrase-" + slug(key.split(":", 1)[1])
    return key


def requirement_order(requirement: Requirement) -> tuple:
    """Knock-outs first (years, degree, required licences and certifications), then the
    other required ones by importance, then the preferred ones."""
    kinds = ("experience", "degree", "license", "certification")
    knockout = kinds.index(requirement.kind) if requirement.knockout else len(kinds)
    return (not requirement.required, knockout, -requirement.importance, requirement.line, requirement.name)
