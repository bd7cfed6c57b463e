"""Degrees from the education section: the degree as written and its level, the field
("in Computer Science", "Computer Science (BSc)", "B.S. Mathematics"), the institution
(on the degree's line or the line next to it, in either order) and the year it ended."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..reading import Line, ResumeDocument
from .dates import find_dates
from .lexicon import is_institution, is_placeholder, title_score
from .lines import clean, heading_numbers, is_bullet, split_parts, strip_bullet, visible
from .model import At, Education
from .places import is_place_text, peel_place

# Subjects of a long-form degree name: "Bachelor of Science", "Master of Business Administration".
_OF = (
    r"(?:\s+of\s+(?:Applied\s+Science|Science|Arts|Fine\s+Arts|Engineering|Business\s+Administration|"
    r"Technology|Laws|Education|Philosophy|Commerce|Computer\s+Applications|Architecture|Music|Nursing|"
    r"Public\s+(?:Health|Administration|Policy)|Social\s+Work|Medicine|Information\s+Systems|Accountancy))?"
)
_LONG = rf"(?:'s|’s|s)?{_OF}(?:\s+degree)?"
# level -> patterns; case-insensitive unless the pattern starts with (?-i:...).
DEGREE_PATTERNS: dict[str, tuple[str, ...]] = {
    "phd": (
        r"Ph\.?\s?D\.?",
        r"D\.?\s?Phil\.?",
        rf"Doctor(?:ate)?{_LONG}",
        r"Doctoral\s+degree",
        r"Doktor(?:at)?|Dr\.\s?(?:rer|phil|med|ing)\.\s?\w*\.?",
        r"Doctorado|Doutorado|Doctorat",
        r"(?-i:Ed\.?D\.?|Psy\.?D\.?|Pharm\.?D\.?|M\.D\.|MD|J\.D\.|JD|DBA|DNP|D\.Sc\.?)",
    ),
    "master": (
        rf"Master{_LONG}",
        r"M\.?\s?Sc\.?|M\.?\s?Eng\.?|M\.?\s?Tech\.?|M\.?B\.?A\.?|M\.?\s?Phil\.?|LL\.?M\.?|M\.?\s?Ed\.?|M\.?\s?Arch\.?",
        r"(?-i:M\.S\.|MS|M\.A\.|MA|M\.E\.|ME|MPH|M\.P\.H\.|MFA|MPA|MPP|MCA|MRes|MSt|MSCS|MSE|MSIS|MIS|MSW|MSN)",
        r"(?-i:M\.F\.A\.|M\.S\.W\.|M\.S\.N\.|M\.?Mus\.?)",
        r"Mestrado|Maestr[ií]a|M[aá]ster|Magister|Mast[eè]re|Laurea\s+Magistrale",
        r"Diplom(?![ae])(?:-?[A-Z]\w+)?|Dipl\.?-?\s?Ing\.?|Diplôme\s+d['’]ing[ée]nieur",
    ),
    "bachelor": (
        rf"Bachelor{_LONG}|Baccalaureate",
        r"B\.?\s?Sc\.?|B\.?\s?Eng\.?|B\.?\s?Tech\.?|B\.?B\.?A\.?|B\.?\s?Com\.?|LL\.?B\.?|B\.?\s?Ed\.?|B\.?\s?Arch\.?",
        r"(?-i:B\.S\.|BS|B\.A\.|BA|B\.E\.|BE|BCA|BFA|BSN|BASc|BSE|BSEE|BSCS|A\.B\.|S\.B\.)",
        r"(?-i:B\.F\.A\.|B\.S\.N\.|B\.S\.W\.|BSW|B\.?Mus\.?)",  # "B.F.A., Graphic Design"
        r"Bacharelado|Licenciatura|Licence|Grado\s+en|Graduação|Laurea(?!\s+Magistrale)|Undergraduate\s+degree",
    ),
    "associate": (
        r"Associate(?:'s|’s)?\s+(?:of|in|degree)(?:\s+(?:Applied\s+)?(?:Science|Arts))?",
        # "Associates Degree", "Associates of Science": the apostrophe left out (not "associates in", colleagues)
        r"Associates\s+(?:degree|of\s+(?:Applied\s+)?(?:Science|Arts))",
        r"(?-i:A\.A\.S\.?|AAS|A\.A\.|AA|A\.S\.|AS)(?=\s+(?:in\s+)?[A-Z]|\s*,|\s*$)",
        # West Africa's and the UK's national diplomas, read as a posting reads them
        r"(?-i:HND|OND)|Higher\s+National\s+Diploma|Ordinary\s+National\s+Diploma",
    ),
    "high school": (
        r"High\s+School(?:\s+Diploma)?|(?-i:GED)|Secondary\s+School(?:\s+Certificate)?|Higher\s+Secondary",
        r"(?-i:HSC|SSC|SSLC|CBSE|ICSE)|A[- ]Levels?|Abitur|Baccalaur[ée]at|Ensino\s+M[ée]dio|Bachillerato|Matura",
        # school-leaving certificates of Africa and Malaysia: "West African Senior School Certificate (WASSCE)"
        r"(?-i:WASSCE|SSCE|SSSCE|KCSE|SPM)|Senior\s+School\s+Certificate|(?:National\s+)?Senior\s+Certificate"
        r"|Matric(?:ulation)?(?:\s+Certificate)?",
    ),
    "diploma": (r"(?:Advanced\s+|Postgraduate\s+|Graduate\s+)?Diploma|Diplôme|(?-i:PGD)",),
    "certificate": (r"(?:Graduate\s+|Postgraduate\s+|Professional\s+)?Certificate|Certificat\b",),
}
_DEGREE = re.compile(
    "|".join(
        rf"(?P<{level.replace(' ', '_')}_{i}>(?<![\w.])(?:{pattern})(?!\w))"
        for level, patterns in DEGREE_PATTERNS.items()
        for i, pattern in enumerate(patterns)
    ),
    re.I,
)
_FIELD_LEAD = re.compile(
    r"^\s*[.,:|–—-]?\s*(?:\((?:[^()]*)\)\s*)?(?:[,:|–—-]\s*)?"
    r"(?:(?:in|of|em|en|de|in the field of|(?:with a )?major(?:ing)? in|concentration in|specialization in)(?:\s+|$))?",
    re.I,
)
_FIELD_STOP = re.compile(
    r"\s*(?:[,;|(]|\s[-–—]\s|\s(?:at|from|with|minor|gpa|cgpa|honou?rs|cum|magna|summa|expected|graduat\w*)\b"
    r"|\b(?:19|20)\d\d\b|$)",
    re.I,
)
_NOT_ENTRY = re.compile(
    r"\b(?:gpa|cgpa|coursework|courses|thesis|advisor|adviser|dissertation|scholarship|fellowship|award|honou?rs"
    r"|dean'?s list|activities|relevant|societies|grade|scholar|valedictorian|magna|summa|cum laude)\b",
    re.I,
)


@dataclass
class _Entry:
    line: Line
    level: str
    degree: str | None
    field: str | None
    institution: str | None = None
    years: list[int] = field(default_factory=list)
    wants_field: bool = False  # the degree's line ended on "in": the field is on the next line
    school_first: bool = False  # its school was on the line above


_SOFTWARE = re.compile(
    r"\s+(?:Windows|Office|Excel|Word|Access|Project|Visio|SQL|Teams|Dynamics|Azure|Outlook)\b", re.I
)
_SUBUNIT = re.compile(r"^(?:College|School|Faculty|Department|Dept\.?|Institute)\s+of\b", re.I)
_QUALIFIER = re.compile(
    r"^(?:minor|major|specialization|specialisation|concentration|focus|track|thesis|option)\b", re.I
)


# Every degree pattern holds one of these words (dots dropped, lower case): a line with
# none of them skips the big pattern.
_DEGREE_WORDS = frozenset(
    {
        *("bs", "bsc", "ba", "be", "btech", "beng", "bba", "bcom", "bca", "bfa", "bsn", "basc", "bse", "bsee", "bscs"),
        *("ab", "sb", "llb", "bed", "barch", "ms", "msc", "ma", "me", "meng", "mtech", "mba", "mphil", "med", "mph"),
        *("mfa", "mpa", "mpp", "mca", "mres", "mst", "mscs", "mse", "msis", "mis", "msw", "msn", "llm", "march"),
        *("phd", "dphil", "edd", "psyd", "pharmd", "md", "jd", "dba", "dnp", "dsc", "dr", "aas", "aa", "as", "ged"),
        *("hsc", "ssc", "sslc", "cbse", "icse", "bachelor", "bachelors", "bachelor's", "baccalaureate", "master"),
        *(
            "masters",
            "master's",
            "doctor",
            "doctorate",
            "doctoral",
            "associate",
            "associate's",
            "associates",
            "diploma",
        ),
        *("certificate", "certificat", "diplôme", "high", "secondary", "higher", "abitur", "baccalauréat"),
        *("ensino", "bachillerato", "matura", "mestrado", "maestría", "maestria", "máster", "magister", "mastère"),
        *("mastere", "laurea", "doktor", "doktorat", "doctorado", "doutorado", "doctorat", "bacharelado"),
        *("licenciatura", "licence", "grado", "graduação", "undergraduate", "postgraduate", "graduate", "advanced"),
        *("pgd", "hnd", "dipl", "diplom", "a-level", "a-levels", "levels", "professional", "ing"),
        *("ond", "national", "wassce", "ssce", "sssce", "kcse", "spm", "senior", "matric", "matriculation"),
    }
)
_TOKENS = re.compile(r"[^\W\d_][\w.'’-]*")


def _may_name_degree(text: str) -> bool:
    for token in _TOKENS.findall(text):
        word = token.lower().replace(".", "").replace("’", "'")
        if word in _DEGREE_WORDS or (len(word) > 2 and word.split("-")[0] in _DEGREE_WORDS):
            return True
    return False


def _degree(text: str) -> tuple[str, re.Match] | None:
    """The highest degree named on a line and its match. A capital pair is no degree where
    it is a state ("Cambridge, MA") or a product ("MS Windows")."""
    if not _may_name_degree(text):
        return None
    found = []
    for m in _DEGREE.finditer(text):
        if m.group().lower() == "high school" and re.search(r"[A-Z][\w.]*\s+$", text[: m.start()]):
            continue  # "Booker T. Washington High School": a school's name
        short = len(m.group()) == 2 and m.group().isupper()
        state = text[: m.start()].rstrip().endswith(",") and re.match(r"\s*(?:[,|]|\d|$)", text[m.end() :])
        if short and (state or _SOFTWARE.match(text, m.end())):
            continue
        found.append((m.lastgroup.rsplit("_", 1)[0].replace("_", " "), m))
    if not found:
        return None
    order = list(DEGREE_PATTERNS)
    return min(found, key=lambda f: (order.index(f[0]), f[1].start()))


def _undated(text: str) -> str:
    """The line with its dates (and a template's "May 20XX") replaced by a separator."""
    for found in sorted(find_dates(text), key=lambda r: r.span[0], reverse=True):
        text = f"{text[: found.span[0]]} | {text[found.span[1] :]}"
    text = re.sub(r"(?:[A-Z][a-z]+\.?\s+)?(?:20XX|YYYY)\b", " | ", text)
    text = re.sub(r"\(\s*\|?\s*\)", " | ", text)
    return re.sub(
        r"\b(?:graduation|graduated|expected|grad\.?|exp\.?|class of|date)\s*:?\s*(?=\||$)", " ", text, flags=re.I
    )


def _school(text: str) -> str | None:
    """The institution a line names by its words, without the place after it."""
    parts = [p for _, p in split_parts(text)]
    for i, part in enumerate(parts):
        if is_institution(part) and not is_placeholder(part):
            kept, _ = peel_place(parts[i:])
            return kept[0] if kept and kept[0] in part else part
    return None


def _field(text: str, match: re.Match) -> tuple[str | None, bool]:
    """The field after the degree ("in Computer Science") or before it ("Computer Science
    (BSc)"); and whether the line leaves it to the next line ("Bachelor of Science in", "B.S.")."""
    rest = text[match.end() :]
    bracket = re.match(r"\s*\(([^()]{2,60})\)", rest)
    if bracket and not _DEGREE.search(bracket[1]) and not is_institution(bracket[1]):
        return bracket[1].strip(), False  # "MBA (Marketing)"
    before = text[: match.start()]
    lead_words = re.search(r"(?:^|[|,;–—]\s*|\s-\s)([A-Z][\w&/+-]*(?:\s+[\w&/+-]+){0,5})\s*$", before)
    if match.lastgroup.startswith(("certificate", "diploma")) and lead_words and not is_institution(lead_words[1]):
        return lead_words[1].strip(), False  # "Full-Stack Web Development Certificate"
    rest = rest[_FIELD_LEAD.match(rest).end() :]
    stop = _FIELD_STOP.search(rest)
    candidate = (rest[: stop.start()] if stop else rest).strip(" .,:-–—|")
    if candidate and not is_institution(candidate) and not is_place_text(candidate) and candidate[0].isalpha():
        return candidate, False
    if candidate and is_institution(candidate):  # "PhD Princeton University, Computer Science"
        after = [p for _, p in split_parts(rest[stop.start() :] if stop else "")]
        after, _ = peel_place([p for p in after if not is_institution(p)])
        if after and after[0][0].isalpha() and len(after[0].split()) <= 6 and not _QUALIFIER.match(after[0]):
            return after[0], False
    if re.search(r"[,(]\s*$", before):  # "Computer Science (BSc)", "Mathematics, B.A."
        parts = split_parts(before.rstrip(" (,"))
        part = parts[-1][1] if parts else ""
        if part and not is_institution(part) and len(part.split()) <= 6:
            return part, False
    alone = not text[: match.start()].strip(" |-–—,") and not text[match.end() :].strip(" |-–—,.")
    return None, alone or bool(re.search(r"\b(?:in|of|em|en)\s*$", text, re.I))


def _leftover(text: str, match: re.Match, field_text: str | None) -> str | None:
    """On a degree's line, the one name left once degree, field and place are taken off:
    "M.S. Data Science | Columbia" -> "Columbia", "PhD in CS, CalTech, Pasadena, USA" -> "CalTech"."""
    rest = text[: match.start()] + " | " + text[match.end() :]
    if field_text:
        rest = rest.replace(field_text, " | ", 1)
    left, _ = peel_place([p for _, p in split_parts(rest)])
    left = [p for p in left if p[:1].isupper() and not _QUALIFIER.match(p) and not _NOT_ENTRY.search(p)]
    left = [p for p in left if title_score(p) < 2 and len(p.split()) <= 6 and not is_placeholder(p)]
    return left[0] if left else None


def _years(text: str) -> list[int]:
    out = []
    for found in find_dates(text):
        point = found.end or found.start
        if point is not None and not found.present:
            out.append(point.year)
    return out


def _lines(document: ResumeDocument) -> list[Line]:
    headings = heading_numbers(document)
    lines = [ln for ln in visible(document.lines) if ln.section == "education" and ln.number not in headings]
    if lines or any(s.id == "education" for s in document.sections):
        return lines
    # no education heading: degrees written anywhere but in the jobs
    strong = re.compile(r"Bachelor|Master|Ph\.?\s?D|Doctorate|MBA|B\.S\.|M\.S\.|B\.A\.|M\.A\.|Associate of", re.I)
    return [ln for ln in visible(document.lines) if strong.search(ln.text) and ln.section != "experience"]


# A degree not yet held, said on its lines whatever its dates: "In progress (evening program)",
# "incomplete", "currently enrolled", "2023 - present"; or never finished: "attended 2010-2013,
# did not complete final year", "withdrew", "coursework only"
_IN_PROGRESS = re.compile(
    r"\b(?:in progress|pursuing|currently (?:enrolled|studying|pursuing|attending)|incomplete|not (?:yet )?completed"
    r"|did not (?:complete|finish|graduate)|(?:never|not) (?:finished|graduated)|withdrew|dropped out|coursework only"
    r"|left before (?:graduating|graduation|completing|completion)"
    r"|to be completed|(?:19|20)\d\d\s*[-–—]\s*(?:present|current|now|date))\b",
    re.I,
)
# ... and said so while its year is still ahead: "expected May 2027", "final year", "PhD
# candidate" ("Expected Graduation: June 2016" is a degree held by now; not "Final year project",
# "CFA Level II Candidate", "candidate genes")
_UNDER_WAY_THEN = re.compile(
    r"\b(?:expected|anticipated|final[- ]year(?!\s+(?:project|dissertation|thesis|paper|report|module))"
    r"|(?:phd|ph\.d\.?|doctoral|degree|master'?s|bachelor'?s|msc|bsc) candidate)\b",
    re.I,
)


def _under_way(text: str, end_year: int | None, as_of: date | None) -> bool:
    if _IN_PROGRESS.search(text):
        return True
    return bool(_UNDER_WAY_THEN.search(text)) and (end_year is None or as_of is None or end_year >= as_of.year)


_ENTRY_LINES = 3  # a degree's own lines: its line and the two after it, up to the next entry


def _entry_text(entry: _Entry, lines: list[Line]) -> str:
    """The lines that are the entry's own: its line and up to two right after it, not the next item
    of a bulleted list ("- Manufacturing course (not completed)") nor a line naming another
    school ("Currently taking Business Communication, Broward College - in progress")."""
    own = lines[:1]
    for number, line in enumerate(lines[1:_ENTRY_LINES], start=1):
        dated = _only_dates(line.text) or _UNDER_WAY_THEN.search(line.text) or _IN_PROGRESS.search(line.text)
        if line.number > own[-1].number + 1 or (line.is_heading and not dated):
            # another section's line ("Training: - CRISPR course (not yet completed)" below the
            # skills), or a heading of its own ("Professional Qualifications: - ICAN ... in progress");
            # not a date styled as a heading ("### SEPTEMBER 2023 - PRESENT", as Google Docs templates do)
            break
        if is_bullet(line.text) and is_bullet(own[0].text):
            break
        if number == len(lines) - 1 and _only_dates(line.text) and not entry.school_first:
            break  # "2020 - Present" just above the next degree is that degree's
        degree_line = entry.school_first and len(own) == 1  # the school on the line above its degree
        if not degree_line and _school(clean(strip_bullet(line.text))):
            break
        own.append(line)
    return " ".join(line.text for line in own)


def _dates_above(lines: list[Line], start: int) -> list[str]:
    return [lines[start - 1].text] if 0 < start <= len(lines) and _only_dates(lines[start - 1].text) else []


def _only_dates(text: str) -> bool:
    """A line of dates alone ("2020 - Present", "Sept 2019 - June 2023")."""
    return (
        bool(find_dates(text))
        and not re.sub(r"[\W\d_]+|present|current|now|to|since", " ", _undated(text), flags=re.I).strip()
    )


def read_education(document: ResumeDocument, as_of: date | None = None) -> tuple[Education, ...]:
    """Education entries in the order written: one per degree, plus a school named alone;
    `as_of` tells a degree expected by a date still ahead from one expected long ago."""
    entries: list[_Entry] = []
    pending: tuple[Line, str] | None = None  # a school waiting for its degree
    pending_years: list[int] = []
    waiting: _Entry | None = None  # a degree waiting for its school or its field
    lines = _lines(document)
    for line in lines:
        raw = clean(strip_bullet(line.text))
        skip = is_bullet(line.text) or bool(_NOT_ENTRY.search(raw))
        text = _undated(raw)
        found = _degree(text) if not is_place_text(text) else None
        years = [] if skip and not found else _years(raw)
        plain = text.strip(" |") and not skip and not found and not years and not is_place_text(text)
        if waiting is not None and waiting.wants_field and plain and not _school(text):
            waiting.field, waiting.wants_field = split_parts(text)[0][1], False
            continue
        if found and not (skip and found[0] in ("certificate", "diploma")):
            level, match = found
            field_text, waits = _field(text, match)
            entry = _Entry(line, level, match.group().strip(" ,"), field_text, wants_field=waits)
            entry.institution = _school(text.replace(match.group(), " | ", 1))
            if entry.institution is None and pending is not None:
                entry.line, entry.institution, entry.school_first = pending[0], pending[1], True
            elif entry.institution is None:
                entry.institution = _leftover(text, match, field_text)
            entry.years = years or pending_years
            pending, pending_years = None, []
            entries.append(entry)
            waiting = entry if entry.institution is None or entry.wants_field else None
            continue
        school = None if skip else _school(text)
        if school and _SUBUNIT.match(school) and entries and entries[-1].institution:
            school = None  # "College of Engineering" under "Cornell University"
        if school:
            if waiting is not None and waiting.institution is None:
                waiting.institution, waiting.years = school, waiting.years or years
                waiting = None
                continue
            if pending is not None:  # a school with no degree written
                entries.append(_Entry(pending[0], "other", None, None, pending[1], pending_years))
                pending_years = []
            pending, pending_years, waiting = (line, school), years, None
            continue
        if years:
            target = waiting or (entries[-1] if entries and pending is None else None)
            if target is not None and not target.years:
                target.years = years
            else:
                pending_years = pending_years or years
    if pending is not None:
        entries.append(_Entry(pending[0], "other", None, None, pending[1], pending_years))
    index = {line.number: i for i, line in enumerate(lines)}
    starts = [index.get(e.line.number, len(lines)) for e in entries]
    ends = [*starts[1:], len(lines)][: len(starts)]
    in_progress = [
        _under_way(
            # "2020 - Present" on the line above a degree is its own
            " ".join([*_dates_above(lines, start), _entry_text(entry, lines[start:end])]),
            max(entry.years) if entry.years else None,
            as_of,
        )
        for entry, start, end in zip(entries, starts, ends, strict=True)
    ]
    for before, entry in zip(entries, entries[1:], strict=False):  # "UFMG / Mestrado ... / Bacharelado ...": one school
        if entry.institution is None and before.school_first and entry.level != "other":
            entry.institution = before.institution
    return tuple(
        Education(
            degree_level=e.level,
            degree=e.degree,
            field=e.field,
            institution=e.institution,
            end_year=max(e.years) if e.years else None,
            at=At(e.line.page, e.line.number),
            in_progress=going,
        )
        for e, going in zip(entries, in_progress, strict=True)
    )
