"""The person: name, email, phone, location and profile links, read from the lines around
the name (the contact block, the page header, a contact sidebar) and from hyperlinks.
A detail that is only in a picture is not there to read: it stays absent."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..reading import Line, ResumeDocument
from ..reading.sections import heading_key, section_of
from .lexicon import TITLE_NOUNS, is_placeholder
from .lines import clean, heading_numbers, line_of, visible
from .model import At, Email, Location, Name
from .places import city_tail, is_country, is_region, read_place

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_PLACEHOLDER_EMAIL = re.compile(r"^(?:your[._-]?(?:name|email)|name|email|first[._]?last)@", re.I)
_NAME_SEPARATORS = re.compile(r"\s*(?:[|,·•;#]|\s[-–—]\s|\t|\s{3,})\s*")
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "den", "di", "du", "la", "le", "dos", "das", "bin"})
_NOT_NAME = frozenset(
    {
        *("resume", "résumé", "cv", "curriculum", "vitae", "lebenslauf", "currículo", "page", "contact"),
        *("summary", "profile", "experience", "education", "skills", "objective", "about", "updated", "last"),
        *("email", "phone", "address", "mobile", "linkedin", "github", "portfolio", "website", "welcome"),
        *("professional", "technical", "information", "technology", "engineering", "science", "data"),
    }
)
# Title words that are also people's names: "Tim Cook", "James Dean", "Karen Carpenter".
_SURNAMES = frozenset(
    {"cook", "carpenter", "driver", "dean", "coach", "steward", "host", "head", "chief", "master", "partner", "clerk"}
    | {"guard", "fellow", "lead", "member", "principal", "agent", "chair", "server", "aide", "porter", "mason"}
)
# Words of a title or an organisation that never stand in a person's name.
_NOT_NAME_ORG = frozenset(
    {"senior", "junior", "associate", "assistant", "inc", "llc", "ltd", "corp", "corporation", "company"}
    | {"university", "college", "school", "institute", "academy", "hospital", "group", "solutions", "systems"}
    | {"services", "technologies", "consulting", "department", "ministry", "resume", "cv"}
)
_CREDENTIAL = re.compile(
    r"(?:,?\s+(?:MBA|PhD|Ph\.D\.|MD|M\.D\.|CPA|PMP|RN|BSN|MSN|NP|MSc|MS|MA|PE|P\.E\.|CFA|DDS|JD|Esq\.|Jr\.?|Sr\.?|III|II))+$"
)
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,4}$")
_PLACE_FINDER = re.compile(
    r"(?P<city>(?:[A-Z][^\W\d_]*[.'’-]?\s+){0,3}[A-Z][^\W\d_'’.-]*),\s*(?P<region>[A-Z]{2,3}\b|[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)*)"
)


def contact_lines(document: ResumeDocument) -> list[Line]:
    """The lines that hold contact details: the block before the first section, a contact
    section or sidebar, and the page header; each line once, in reading order."""
    return [
        line
        for line in visible(document.lines)
        if line.section == "contact" and (line.page == 1 or line.region == "header") or line.region == "header"
    ]


def reachable_lines(document: ResumeDocument) -> list[Line]:
    """Contact lines first, then the lines of the first page outside the work sections and
    references, then headers and footers: where a person's own email or phone may be."""
    first = contact_lines(document)
    seen = {line.number for line in first}
    rest = [
        line
        for line in visible(document.lines)
        if line.number not in seen
        and line.section != "references"
        and (
            line.region in ("header", "footer")
            or line.page == 1
            and line.section not in ("experience", "projects", "publications", "education", "volunteering", "awards")
        )
    ]
    return first + rest


def _name_words(text: str) -> list[str] | None:
    found = text.split()
    named = [w for w in found if w.lower() not in _PARTICLES]
    if not 1 <= len(named) <= 4 or len(found) > 5:
        return None
    for word in named:
        bare = word.strip(".,")
        if not bare or not bare[0].isupper() or not all(c.isalpha() or c in "'’-." for c in bare):
            return None
        low = bare.lower().strip(".")
        if low in _NOT_NAME or (low in TITLE_NOUNS and low not in _SURNAMES) or low in _NOT_NAME_ORG:
            return None
    return named


_HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dra|Sr|Sra)\.?\s+(?=[A-Z])")


def _name_in(line: Line) -> str | None:
    text = _HONORIFIC.sub("", _CREDENTIAL.sub("", clean(line.text)))
    text = re.sub(r"\s*\((?:she|he|they)/\w+\)", "", text, flags=re.I)
    first = _NAME_SEPARATORS.split(text)[0].strip()
    if not first or "@" in first or any(c.isdigit() for c in first) or is_placeholder(first):
        return None
    if _CJK_NAME.match(first.replace(" ", "")):
        return first
    named = _name_words(first)
    if named is None or (len(named) == 1 and len(first) < 3):
        return None
    rest = text[len(first) :].lstrip(" ,")
    if rest and (is_region(rest.split(",")[0].split()[0]) or is_country(rest.split(",")[0])):
        return None  # "San Francisco, CA": a place
    return first


def looks_like_name(text: str) -> bool:
    """A person's name as written at the top of a resume: 1-4 capitalised words (initials,
    particles such as "van", hyphens, accents; all capitals too), no digits, no "@", no title
    or section word; a credential after a comma ("Jane Doe, MBA") and "Dr." are allowed."""
    name = _name_in(Line(text=text))
    return name is not None and len(name.split()) > 1


def read_name(document: ResumeDocument) -> Name | None:
    """The name: among the first lines of page 1 (and the page header), the one set in the
    largest type that reads as a name; a single word only when it is the largest type."""
    headings = heading_numbers(document)
    top = [ln for ln in visible(document.lines) if ln.page == 1 and ln.region != "footer"][:12]
    top += [ln for ln in visible(document.lines) if ln.region == "header" and ln not in top][:4]
    top = [ln for ln in top if ln.number not in headings and not section_of(heading_key(ln.text))]
    found = [(line, name) for line in top if (name := _name_in(line))]
    if not found:
        return None
    biggest = max((ln.font_size or 0 for ln in top), default=0)
    best_line, best = max(found, key=lambda f: ((f[0].font_size or 0), -top.index(f[0])))
    if len(best.split()) == 1:
        multi = [f for f in found if len(f[1].split()) > 1]
        if (best_line.font_size or 0) < biggest or not best_line.font_size:
            if not multi:
                return None
            best_line, best = max(multi, key=lambda f: ((f[0].font_size or 0), -top.index(f[0])))
    return Name(best, At(best_line.page, best_line.number))


def read_emails(document: ResumeDocument) -> tuple[Email, ...]:
    """The person's addresses: written in the contact block (then elsewhere on page 1, the
    header or footer), and mailto links whose label is there too."""
    out: dict[str, Email] = {}
    reachable = reachable_lines(document)
    for line in reachable:
        if "@" not in line.text:
            continue
        for address in EMAIL.findall(line.text.replace("mailto:", " ")):
            address = address.rstrip(".")
            if not _PLACEHOLDER_EMAIL.match(address):
                out.setdefault(address.lower(), Email(address, At(line.page, line.number)))
    allowed = {line.number for line in reachable}
    for link in document.links:
        if not link.url.lower().startswith("mailto:"):
            continue
        address = link.url[7:].split("?")[0].strip()
        number = line_of(document, link.page, link.text)
        readable = EMAIL.fullmatch(address) and not _PLACEHOLDER_EMAIL.match(address)
        if readable and (number is None or number in allowed):
            out.setdefault(address.lower(), Email(address, At(link.page, number)))
    return tuple(out.values())


def _place_in(text: str) -> tuple[str, int] | None:
    """A place inside a line holding other details: "jo@x.io +1 415 555 0142 San Francisco, CA"."""
    for match in _PLACE_FINDER.finditer(text):
        region = match["region"]
        if is_region(region) or is_country(region):
            city = match["city"].split()
            take = city_tail(match["city"])
            return f"{' '.join(city[-take:])}, {region}", match.start()
    return None


def read_location(lines: Sequence[Line], name: Name | None = None) -> Location | None:
    """The first place written on a contact line: "Austin, TX", "Bengaluru, India" (not on
    the name's line, where "Maria Chen, RN" holds a credential, not a state)."""
    for line in lines:
        if name is not None and line.number == name.at.line:
            continue
        text = clean(line.text)
        text = EMAIL.sub(" | ", text)
        text = re.sub(r"(?:https?://|www\.)\S+|\S+\.(?:com|io|dev|me|org|net)\S*|\+?\(?\d[\d\s().-]{6,}\d", " | ", text)
        for part in re.split(r"\s*(?:\||•|·|▪|\s[-–—]\s|\t|\s{2,})\s*", text):
            place = read_place(part)
            if place is None:
                found = _place_in(part)
                place = read_place(found[0]) if found else None
            if place is not None and place.text:
                return Location(
                    place.text, place.city, place.region, place.country, place.country_code, At(line.page, line.number)
                )
    return None
