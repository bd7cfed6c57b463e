"""Readability checks on what is written: contact (email and phone where every ATS
reads them), name (a name on top, no template placeholders) and headings (sections an
ATS knows). Also the patterns they use, testable alone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..reading import Line
from ..reading.sections import heading_key, section_of
from .base import FAIL, PASS, WARN, Check, CheckInput, at, capped, is_are, join_and, join_or, plural, quote
from .dates import looks_like_job_title
from .layout import collapse_letter_spacing

STANDARD_SECTIONS = ("experience", "education", "skills")

# ---------------------------------------------------------------------------- contact

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Digits in 2-5 digit groups split by one space, dot or hyphen, with an optional country
# code and area code in parentheses: "(555) 123-4567", "+44 20 7946 0958", "607.379.5733".
_PHONE = re.compile(r"(?<![\w/.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w/])")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
_PROFILE = re.compile(r"(?:linkedin\.com|github\.com)/[^\s|,;)>\]]+", re.I)
_SITES = {"linkedin.com": "LinkedIn", "github.com": "GitHub"}
_READ_BY_ALL = ("body", "table")  # header, footer and text-box lines are often skipped
_PLACES = {"header": "the page header", "footer": "the page footer", "textbox": "a text box"}
_FIX_CONTACT = (
    "Put your email and phone number as plain text in the body, just under your name "
    "(not in the page header, a footer or a text box)."
)


def phones(text: str) -> list[str]:
    """Phone numbers: 7 to 15 digits, not a run of years ("2019-2021")."""
    if len(_DIGIT.findall(text)) < 7:  # most lines: too few digits for any number
        return []
    found = []
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        groups = re.split(r"[\s.()+-]+", match.group().strip("()+ "))
        if 7 <= len(digits) <= 15 and not all(_YEAR_ONLY.fullmatch(g) for g in groups if g):
            found.append(match.group().strip())
    return found


def contact(facts: CheckInput) -> Check:
    """An email and a phone number in the body, where every ATS reads them."""
    found: dict[str, list[tuple[Line, str]]] = {"email": [], "phone number": []}
    for line in facts.lines:
        found["email"] += [(line, m) for m in EMAIL.findall(line.text)] if "@" in line.text else []
        found["phone number"] += [(line, m) for m in phones(line.text)]
    schemes = {"email": "mailto:", "phone number": "tel:"}
    linked = {what: any(link.url.lower().startswith(s) for link in facts.document.links) for what, s in schemes.items()}
    evidence = [f"{what}: {quote(text)} ({_where(line)})" for what, hits in found.items() for line, text in hits[:2]]
    evidence += _profiles(facts)
    if not any(found.values()) and not any(linked.values()):
        return Check("contact", FAIL, "No email address or phone number found.", tuple(evidence), _FIX_CONTACT)
    missing = [what for what, hits in found.items() if not hits and not linked[what]]
    behind_link = [what for what, hits in found.items() if not hits and linked[what]]
    skipped = {what: {line.region for line, _ in hits} for what, hits in found.items() if hits}
    skipped = {what: places for what, places in skipped.items() if not places & set(_READ_BY_ALL)}
    problems = [f"no {join_and(missing)} found"] if missing else []
    if behind_link:
        problems.append(f"your {join_and(behind_link)} {is_are(behind_link)} only behind a link, not written out")
    if skipped:
        where = join_and(sorted({_PLACES.get(p, p) for places in skipped.values() for p in places}))
        problems.append(f"your {join_and(list(skipped))} {is_are(skipped)} only in {where}, which many ATS skip")
    if problems:
        return Check("contact", WARN, f"Contact details: {'; '.join(problems)}.", capped(evidence), _FIX_CONTACT)
    return Check("contact", PASS, "Email and phone number are in the body of the resume.", capped(evidence))


def _where(line: Line) -> str:
    """ "page 1, line 2, the page header" """
    return f"page {line.page}, line {line.number}" + (f", {_PLACES[line.region]}" if line.region in _PLACES else "")


def _profiles(facts: CheckInput) -> list[str]:
    """LinkedIn and GitHub addresses, from links and from the text, each once."""
    urls = [link.url for link in facts.document.links]
    urls += [m.group().rstrip(".") for line in facts.lines for m in _PROFILE.finditer(line.text)]
    seen: dict[str, str] = {}
    for url in urls:
        key = re.sub(r"^(?:[a-z]+://)?(?:www\.)?", "", url.strip().lower()).rstrip("/")
        label = next(
            (label for site, label in _SITES.items() if re.match(rf"(?:[\w-]+\.)?{re.escape(site)}/", key)), None
        )
        if label and key not in seen:
            seen[key] = f"{label}: {quote(key)}"
    return list(seen.values())


# ---------------------------------------------------------------------------- name

# Lower-case words that may sit inside a name: "Ludwig van Beethoven".
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "del", "der", "den", "di", "du", "la", "le", "dos", "das", "bin", "al"}
)
# Words that make a line a title, a heading or a document label rather than a person.
_NOT_NAME = frozenset(
    {
        *("resume", "résumé", "cv", "curriculum", "vitae", "updated", "page", "contact", "summary", "profile"),
        *("experience", "education", "skills", "engineer", "developer", "manager", "analyst", "scientist"),
        *("designer", "consultant", "specialist", "director", "architect", "intern", "researcher", "student"),
        *("accountant", "administrator", "officer", "assistant", "associate", "lead", "senior", "junior"),
        *("your", "name", "here", "first", "last"),
    }
)
# What parts a name from the rest of its line: "Jane Doe | jane@x.com", "Harvey Dent # hdent".
_SEPARATORS = re.compile(r"\s*(?:[|,·•;]|\s[^\w\s]\s|\t)\s*")
# Text a template ships with. "John Doe" is not here: it is also the name on many real
# sample resumes, and a name is not proof of a template left unfilled.
PLACEHOLDERS = re.compile(
    r"lorem ipsum"
    r"|\byour[ _.]?name\b(?: here)?|\byour \w+ here\b"
    r"|\bFirst (?:Name )?Last(?: Name)?\b|\bFIRST (?:NAME )?LAST(?: NAME)?\b"
    r"|\bcompany name\b|\b(?:Job Title|Company|JOB TITLE) \d\b"
    r"|@@@[^@]{0,40}@@@|@@@"
    r"|\[(?:your|insert|add|enter|company|job|name|title|date|city|phone|email)\b[^\]]{0,40}\]"
    r"|\b(?:MMM|MM)[ /](?:YYYY|20XX)\b|\bMonth (?:20XX|YYYY)\b|\b20XX\b",
    re.I,
)
# Each placeholder above holds one of these; testing for them first skips the slow pattern on
# almost every line.
_PLACEHOLDER_HINTS = ("lorem", "your", "first", "company", "job title", "@@@", "[", "mm", "month", "20xx")


def placeholders(text: str) -> list[str]:
    lower = text.lower()
    if not any(hint in lower for hint in _PLACEHOLDER_HINTS):
        return []
    return [match.group() for match in PLACEHOLDERS.finditer(text)]


def looks_like_name(text: str) -> bool:
    """2-4 capitalised words (initials, hyphens, apostrophes and particles such as "van"
    allowed, all capitals too), no digits, no "@"."""
    if "@" in text or any(c.isdigit() for c in text):
        return False
    words = collapse_letter_spacing(text).split()
    named = [w for w in words if w not in _PARTICLES]
    if not 2 <= len(named) <= 4 or len(words) > 5:
        return False
    bare = [w.strip(".,") for w in named]
    return all(
        w and w[0].isupper() and w.lower() not in _NOT_NAME and all(c.isalpha() or c in "'-." for c in w) for w in bare
    )


def name(facts: CheckInput) -> Check:
    """The resume opens with a person's name (in one of its first three lines, a date
    or an address may come first), and no template placeholder is left in."""
    left = [at(line, found) for line in facts.lines for found in placeholders(line.text)]
    if left:
        return Check(
            "name",
            WARN,
            f"Template placeholder text is still in the resume ({plural(len(left), 'place')}).",
            capped(left),
            "Replace every placeholder with your own details, or delete it.",
        )
    top = [line for line in facts.lines if line.region != "footer"][:3]
    for line in top:
        first = _SEPARATORS.split(line.text.strip())[0]
        if looks_like_name(first):
            where = " (in the page header)" if line.region == "header" else ""
            return Check("name", PASS, f"Your name is at the top{where}.", (at(line, first),))
    return Check(
        "name",
        WARN,
        "The first lines do not look like a name: an ATS may file you under something else.",
        tuple(at(line) for line in top),
        "Start the resume with your full name on a line of its own, as plain text.",
    )


# ---------------------------------------------------------------------------- headings

_HEADING_SHAPE = re.compile(r'^[^\W\d_][^\d@|,.;:()\[\]/"]{0,38}:?$')
_FIX_HEADINGS = (
    "Use the usual section names, each on a line of its own: Experience, Education, Skills "
    "(also Summary, Projects, Certifications)."
)


def headings(facts: CheckInput) -> Check:
    """Experience, Education and Skills under names an ATS knows."""
    found = {section.id for section in facts.document.sections}
    missing = [s for s in STANDARD_SECTIONS if s not in found]
    unusual = unusual_headings(facts.lines)
    evidence = [f"no {s.title()} heading" for s in missing]
    evidence += [f"{at(line)} is not a usual section name" for line in unusual]
    if len(missing) == len(STANDARD_SECTIONS):
        return Check(
            "headings",
            FAIL,
            "No Experience, Education or Skills heading found: an ATS cannot tell your sections apart.",
            capped(evidence),
            _FIX_HEADINGS,
        )
    if missing or unusual:
        parts = [f"no {join_or([s.title() for s in missing])} heading"] if missing else []
        parts += [f"{plural(len(unusual), 'heading')} an ATS may not recognise"] if unusual else []
        return Check("headings", WARN, f"Section headings: {'; '.join(parts)}.", capped(evidence), _FIX_HEADINGS)
    shown = [quote(s.heading) for s in facts.document.sections if s.id in STANDARD_SECTIONS]
    return Check("headings", PASS, "Experience, Education and Skills headings found.", capped(shown))


def unusual_headings(lines: Sequence[Line]) -> list[Line]:
    """Headings whose words name no known section ("My Journey").

    Two kinds: lines marked as headings (a Word heading style, a Markdown "#") other than
    the first body line, which holds the name; and, after the first recognised heading,
    lines set in the type of the recognised headings (size, boldness and capitals shared by
    two of them at least), which is how PDF headings show. Job titles set like headings
    are not headings. When the heading type is also the type of more lines than there are
    headings, it tells nothing and is ignored."""
    body = [line for line in lines if line.region not in ("header", "footer")]
    known = [line for line in body if line.is_heading and _section(line) and _heading_shape(line.text)]
    candidates = [
        line
        for line in body[1:]
        if not _section(line) and _heading_shape(line.text) and not looks_like_job_title(line.text)
    ]
    marked = [line for line in candidates if line.is_heading]
    if not known:
        return marked
    shared = Counter(_look(line) for line in known if line.font_size)
    looks = {look for look, count in shared.items() if count >= 2}
    alike = [
        line
        for line in candidates
        if not line.is_heading and line.number > known[0].number and line.font_size and _look(line) in looks
    ]
    return sorted(marked + (alike if len(alike) <= len(known) else []), key=lambda line: line.number)


def _heading_shape(text: str) -> bool:
    """A short line of words starting with a capital, without figures or punctuation."""
    text = text.strip()
    return bool(_HEADING_SHAPE.match(text)) and text[0].isupper() and len(text.split()) <= 5


def _section(line: Line) -> str | None:
    return section_of(heading_key(line.text))


def _look(line: Line) -> tuple[float, bool, bool]:
    return (round(line.font_size or 0, 1), line.bold, line.text.isupper())
