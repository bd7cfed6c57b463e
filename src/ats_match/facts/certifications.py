"""Certifications by name as written, from the certifications section (and "Certified ..."
lines of the education section): one per line or per item of a list, or one per block
where each is written as name / issuer / date."""

from __future__ import annotations

import re

from ..reading import Line, ResumeDocument
from .dates import find_dates
from .lexicon import company_score
from .lines import clean, heading_numbers, is_bullet, outdented, strip_bullet, trim, visible
from .model import At, Certification

_CERT_WORDS = re.compile(
    r"certif|certificate|licen[cs]|accredit|credential|professional|associate|specialist|practitioner|expert"
    r"|fundamentals|foundation|master|\b(?:AWS|Azure|GCP|Google|Microsoft|Cisco|CompTIA|Oracle|Salesforce|Scrum"
    r"|PMI|ITIL|Six Sigma|Red Hat|Kubernetes|Terraform|HashiCorp|Tableau|Snowflake|Databricks|SAP|VMware|Linux"
    r"|Series \d+)\b",
    re.I,
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9+]{1,6}\b")


def _cert_like(text: str) -> bool:
    return bool(_CERT_WORDS.search(text) or _ACRONYM.search(text))


_CERT_WORD = re.compile(r"certif|licen[cs]|associate|professional|specialty|practitioner", re.I)
_KEYWORD = re.compile(r"(?i:certif|licen[cs]|associate|professional|specialty|practitioner)|\b[A-Z]{2,6}\b")
_LEVEL = re.compile(
    r"^(?:associate|professional|specialty|speciality|foundational|practitioner|expert|fundamentals|developer"
    r"|administrator|architect|engineer|level\s+\w+|part\s+\w+|[IVX]{1,3}|\d)$",
    re.I,
)
_LICENCE_NUMBER = re.compile(
    r",?\s*\b(?:licen[cs]e|lic\.?|credential|certificate|cert\.?|id)?\s*(?:#|no\.|number)\s*:?\s*[\w-]*\d[\w-]*", re.I
)
_HEADER_ROW = re.compile(
    r"^(?:certifications?|certificates?|name|title|year|date|issuer|issued by|organi[sz]ation)$", re.I
)
_LABEL = re.compile(r"^(?:certifications?|certificates?|licen[cs]es?(?: and certifications)?)\s*:\s*", re.I)
_ISSUERS = frozenset(
    {
        *("coursera", "udemy", "edx", "linkedin learning", "pluralsight", "datacamp", "udacity", "amazon web services"),
        *("microsoft", "google", "scrum alliance", "pmi", "comptia", "cisco", "oracle", "apple training", "ibm"),
        *("codeacademy", "codecademy", "freecodecamp", "the linux foundation", "linux foundation", "aws"),
    }
)


def _undated(text: str) -> str:
    """The text without its dates, credential ids and a linked file's name ("...: cert.pdf")."""
    text = re.sub(r":\s*[^:]*\.(?:pdf|png|jpe?g)\s*$", "", text, flags=re.I)
    for found in sorted(find_dates(text), key=lambda r: r.span[0], reverse=True):
        text = f"{text[: found.span[0]]}{text[found.span[1] :]}"
    text = re.sub(r"\(\s*\)|\b(?:issued|obtained|earned|expires?|valid until|credential id)\b.*$", "", text, flags=re.I)
    return trim(re.sub(r"\s+", " ", text))


def _is_issuer(part: str, name: str) -> bool:
    """The organisation after a certificate's name: a known issuer, an organisation's name,
    or the vendor the name starts with ("HashiCorp Certified: ..., HashiCorp")."""
    bare = re.sub(r"\s*\([^()]*\)", "", part).strip().lower()
    if _CERT_WORD.search(part):
        return False
    return bare in _ISSUERS or company_score(part) >= 3 or bool(bare) and name.lower().startswith(bare)


def _without_issuer(text: str) -> str:
    """A name without the organisations after its commas: "Registered Nurse (RN), Texas Board
    of Nursing" -> "Registered Nurse (RN)"."""
    while "," in text:
        head, _, last = text.rpartition(",")
        if not (_KEYWORD.search(head.split(",")[0]) and _is_issuer(last.strip(), head)):
            break
        text = trim(head)
    return text


def _name(text: str) -> str | None:
    """A certificate's name without its year, licence number or issuer: "Google IT Support
    Professional Certificate - Coursera - 2016" -> "Google IT Support Professional Certificate";
    a level after a dash stays: "AWS Certified Solutions Architect - Associate"."""
    text = _LICENCE_NUMBER.sub("", _undated(text)).strip(" ,;")
    parts = [p.strip() for p in re.split(r"\s+[-–—]\s+", text) if p.strip()]
    if not parts:
        return None
    name = _without_issuer(parts[0])
    for part in parts[1:]:
        part = _without_issuer(part)
        if not _LEVEL.match(part):
            break
        name = f"{name} - {part}"
    if re.match(r"(?:https?://|www\.)", name) or _HEADER_ROW.match(name):
        return None
    return name if any(c.isalpha() for c in name) else None


def _listed(piece: str) -> bool:
    """A comma-separated piece that is a certificate by itself: "PMP", "Azure Certified X"."""
    count = len(piece.split())
    return (
        count <= 6 and bool(re.search(r"(?i:certif|licen[cs])", piece)) or count <= 2 and bool(_ACRONYM.search(piece))
    )


def _items(text: str) -> list[str]:
    """A line's certificates: split on ";", "|" and bullets; on commas only when every piece
    reads as a certificate on its own."""
    pieces = [p.strip() for p in re.split(r"\s*(?:[;|•·▪]|\s{3,})\s*", text) if p.strip()]
    out = []
    for piece in pieces:
        listed = re.split(r"\s+[-–—]\s+", piece)[0]  # "BLS, ACLS, PALS - American Heart Association"
        commas = [p.strip() for p in listed.split(",") if p.strip()]
        if len(commas) > 1 and all(_listed(p) for p in commas):
            out += commas
        else:
            out.append(piece)
    return out


def _lines(document: ResumeDocument) -> list[Line]:
    headings = heading_numbers(document)
    lines = [ln for ln in visible(document.lines) if ln.number not in headings]
    found = []
    for section in document.sections:
        if section.id == "certifications":
            inside = [ln for ln in lines if section.first_line <= ln.number <= section.last_line]
            heading = document.lines[section.first_line - 1] if section.heading else None
            end = outdented(inside, heading)
            found += inside[:end]
    found += [
        ln for ln in lines if ln.section == "education" and re.search(r"\bcertified\b|\bcertification\b", ln.text, re.I)
    ]
    return sorted(found, key=lambda ln: ln.number)


def _is_date_only(text: str) -> bool:
    return bool(find_dates(text)) and not _undated(text)


def _blocks(lines: list[tuple[Line, str]]) -> list[tuple[Line, str]] | None:
    """name / issuer / date blocks: the first line of each block is the certificate. None
    when the lines are not written that way."""
    dated_alone = [i for i, (_, t) in enumerate(lines) if _is_date_only(t)]
    if dated_alone and len(dated_alone) * 2 <= len(lines):
        out, start = [], 0
        for i in dated_alone:
            if start < i:
                out.append(lines[start])
            start = i + 1
        return out
    dated = [i for i, (_, t) in enumerate(lines) if find_dates(t)]
    if dated and dated[0] == 0 and len(dated) * 2 <= len(lines) and not any(_items(t)[1:] for _, t in lines):
        return [lines[i] for i in dated]  # "CSM Mar 2018 / Scrum Alliance / Certified Scrum Master"
    return None


def read_certifications(document: ResumeDocument) -> tuple[Certification, ...]:
    raw = [(ln, _LABEL.sub("", clean(strip_bullet(ln.text)))) for ln in _lines(document)]
    raw = [(ln, t) for ln, t in raw if t and not _HEADER_ROW.match(t)]
    out: dict[str, Certification] = {}
    blocks = _blocks(raw) if all(not is_bullet(ln.text) for ln, _ in raw) else None
    if blocks is not None:
        for line, text in blocks:
            name = _name(text)
            if name:
                out.setdefault(name.lower(), Certification(name, At(line.page, line.number)))
        return tuple(out.values())
    for i, (line, text) in enumerate(raw):
        words = text.split()
        listed = len(_items(text)) > 1
        sentence = not listed and (len(words) > 12 or (text.endswith(".") and len(words) > 6))
        after = raw[i + 1][1] if i + 1 < len(raw) else ""
        if sentence or (len(words) <= 4 and not _cert_like(text) and len(after.split()) > 8):
            if not sentence:
                break  # a sub-heading ("Key Achievements") ends the list
            continue
        for item in _items(text):
            name = _name(item)
            if name and name.lower() not in _ISSUERS:
                out.setdefault(name.lower(), Certification(name, At(line.page, line.number)))
    return tuple(out.values())
