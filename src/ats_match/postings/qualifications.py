"""Qualifications of a national framework, named with their level and subject: the UK's
levels ("Level 3 Diploma in Health and Social Care", "NVQ 3 in Pharmaceutical Services",
"level 3 Play Work qualification", "Food Health & Safety Level 2 certification") and
Australia's certificates ("Certificate III in Individual Support", "Cert IV", "Diploma of
Nursing"). A certificate one holds, not a school diploma (no degree level), and a knock-out:
so each is read whole, with the other ways a resume writes it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .words import STOP

_SCHEME = r"(?:NVQ|QCF|RQF|BTEC|SVQ|CACHE)"
_AWARD = r"(?i:diploma|certificate|certification|award|qualification|nvq)"
# a subject: capitalised words, joined by "and", "&", "of", "in" or "for", and one word in
# lower case after them ("Montessori teaching"), but not a word that ends the ask ("required")
_SUBJECT = (
    r"[A-Z][\w'&-]*(?:\s+(?:(?:and|&|of|in|for)\s+)?[A-Z][\w'&-]*){0,5}"
    r"(?:\s+(?!(?:or|and|with|from|is|are|as|at|to|preferred|required|desirable|essential|"
    r"equivalent|qualification|qualified|certificate|certification|diploma|award)\b)[a-z][a-z-]{3,}(?!\w))?"
)
# a subject before the level or the award: capitalised words only ("Food Hygiene", "Play Work")
_SUBJECT_BEFORE = r"[A-Z][\w'-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w'-]*){0,3}"
_PATTERNS = (
    # "Level 3 Diploma in Health and Social Care", "level 4 diploma in Montessori teaching",
    # "NVQ Level 3 Diploma in ...", "Certificate III in Individual Support", "Diploma of Nursing"
    re.compile(
        rf"\b(?:{_SCHEME}\s+)?(?:(?i:level|L)\s?(?P<level>[1-8])\s+(?:(?i:extended|advanced)\s+)?{_AWARD}"
        r"|(?:Certificate|Cert)\.?\s+(?:I{1,3}|IV|[1-4])(?![\w])"
        r"|(?:Advanced\s+)?Diploma(?=\s+of\s+[A-Z]))"
        rf"\s+(?:in|of)\s+(?P<subject>{_SUBJECT})"
    ),
    # "NVQ 3 in Pharmaceutical Services", "QCF Level 5 in Leadership for Health and Social Care"
    re.compile(rf"\b{_SCHEME}\s+(?:(?i:level)\s+)?(?P<level>[1-8])\s+(?:in|of)\s+(?P<subject>{_SUBJECT})"),
    # "level 3 Play Work qualification", "Level 2 Food Hygiene Certificate"
    re.compile(rf"\b(?i:level)\s?(?P<level>[1-8])\s+(?P<subject>{_SUBJECT_BEFORE})\s+{_AWARD}\b"),
    # "Food Health & Safety Level 2 certification"
    re.compile(rf"\b(?P<subject>{_SUBJECT_BEFORE})\s+(?i:level)\s?(?P<level>[1-8])\s+{_AWARD}\b"),
    # "Certificate in Basic Food & Beverage preparation": a course's certificate in a named subject
    # ("Advanced Certificate in ..." keeps its grade; "The", "Valid", "Current" are no part of it)
    re.compile(
        r"\b(?:(?!(?:The|This|Our|Your|Any|Valid|Current|Relevant|Recognised|Recognized|Accredited)\b)[A-Z][a-z]+\s+)?"
        rf"Certificate\s+in\s+(?P<subject>{_SUBJECT})"
    ),
    # "hold a Cert III": a certificate named by its level alone
    re.compile(
        r"\b(?:Certificate|Cert)\.?\s+(?:I{1,3}|IV)\b"
        r"(?=\s*(?:[?.,;:()!]|$)|\s+(?:or|and|preferred|required|desirable|essential|is|are)\b)"
    ),
)
# Words that open a line or an ask, not a subject: "Qualified Level 3", "Minimum Level 2"
_NOT_SUBJECT_WORDS = """qualified minimum required requirement requirements preferred essential desirable hold holds
    possess must have a an the nvq qcf rqf btec svq cache level"""
_NOT_SUBJECT = frozenset(_NOT_SUBJECT_WORDS.split())


@dataclass(frozen=True)
class Qualification:
    name: str  # as written, spaces collapsed
    forms: tuple[str, ...]  # the name and other ways a resume writes it
    start: int
    end: int


def qualifications_in(text: str) -> list[Qualification]:
    """The framework qualifications a line names, the longest where two overlap."""
    found = [q for pattern in _PATTERNS for match in pattern.finditer(text) if (q := _qualification(match))]
    kept: list[Qualification] = []
    for q in sorted(found, key=lambda q: (q.start - q.end, q.start)):
        if all(q.end <= k.start or q.start >= k.end for k in kept):
            kept.append(q)
    return sorted(kept, key=lambda q: q.start)


def _qualification(match: re.Match[str]) -> Qualification | None:
    """A match as a qualification, its name as written and its forms; None when what stands
    where the subject should is a word of the ask ("Minimum Level 2 Certificate")."""
    groups = match.groupdict()
    subject, start = groups.get("subject"), match.start()
    if subject is not None:
        words = subject.split()
        opens = start == match.start("subject")  # a subject before its level: "Must Hold Food Hygiene"
        while words and (words[0].lower() in _NOT_SUBJECT or (opens and words[0].lower() in STOP)):
            if not opens:
                return None
            start = match.string.index(words[0], start) + len(words.pop(0))
        if not words:
            return None
        if opens:
            start = match.string.index(words[0], start)
        subject = " ".join(words)
    name = " ".join(match.string[start : match.end()].split())
    forms = [name]
    if name.startswith(("Cert ", "Cert. ")):
        forms.append("Certificate " + name.split(" ", 1)[1])
    elif name.startswith("Certificate "):
        forms.append("Cert " + name.split(" ", 1)[1])
    level = groups.get("level")
    if subject and not level and " in " in name:
        forms.append(f"{subject} certificate")  # "Certificate in First Aid" / "First Aid certificate"
    if level and subject:
        forms += [f"level {level} {subject}", f"{subject} level {level}"]
        if re.search(r"(?i)\bqualification\b", name):  # what a resume holds: a diploma or a certificate
            forms += [f"level {level} diploma in {subject}", f"level {level} certificate in {subject}"]
    return Qualification(name, tuple(dict.fromkeys(forms)), start, match.end())
