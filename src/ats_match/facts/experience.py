"""Jobs from the experience-like sections: which lines head a job (its title, employer,
place and dates, on one to three lines, dates at either end or in a right-hand column),
and, on those lines, which part is the title and which the employer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..reading import Line, ResumeDocument
from .dates import DateRange, close, find_dates, leading_end, months_of
from .lexicon import company_score, is_placeholder, title_score
from .lines import (
    clean,
    heading_numbers,
    is_bullet,
    left_edges,
    merge_suffixes,
    right_fragments,
    split_parts,
    trim,
    visible,
)
from .model import At, Job
from .places import is_place_text, peel_place

JOB_SECTIONS = ("experience", "volunteering")

_DURATION = re.compile(
    r"^\(?\s*\d+(?:[.,]\d+)?\+?\s*(?:yrs?|years?|mos?|months?|ans?|jahre?|años|anos|meses|mois|monate)\b", re.I
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^\S+\.(?:com|io|org|net|dev|inc|xyz|ai|co)/?\S*$", re.I)
# Words a description opens with ("Managed a team of five"), never a title or an employer.
ACTION_VERBS = frozenset(
    {
        *("led", "built", "managed", "developed", "designed", "created", "implemented", "improved", "increased"),
        *("reduced", "worked", "collaborated", "responsible", "maintained", "delivered", "conducted", "supported"),
        *("launched", "analyzed", "analysed", "wrote", "trained", "mentored", "drove", "owned", "performed"),
        *("assisted", "handled", "prepared", "provided", "achieved", "established", "executed", "oversaw"),
        *("spearheaded", "streamlined", "automated", "optimized", "generated", "negotiated", "produced"),
        *("resolved", "served", "taught", "helped", "partnered", "coordinated", "ensured", "participated"),
        *("contributed", "utilized", "used", "deployed", "migrated", "architected", "researched", "presented"),
    }
)
_SUBHEADING = re.compile(r"^[^a-z]{3,40}:$|^[A-Z][\w &/-]{2,40}:$")
_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|@|chez|bei)\s+(?P<employer>[A-Z0-9].+)$")
# A sentence ends on a lower-case word ("...the team. Led"), never on "Inc." or "Prof.".
_SENTENCE = re.compile(r"\b[a-z]{3,}[.!?](?:\s+[A-Z]|$)")
# Dates a template left unfilled: "June 20XX - Present", "MMM YYYY".
_TEMPLATE_DATE = re.compile(
    r"(?:[A-Z][a-z]+\.?\s+)?(?:20XX|19XX|YYYY)(?:\s*[-–—]\s*(?:(?:[A-Z][a-z]+\.?\s+)?(?:20XX|YYYY)|Present|Current))?"
)


@dataclass
class _Header:
    line: Line
    text: str  # without its dates
    parts: list[tuple[str, str]]
    place: str | None


@dataclass
class _Group:
    section: str
    first: Line
    headers: list[_Header] = field(default_factory=list)
    ranges: list[DateRange] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    body: int = 0  # body lines since the group's last header or date
    closed: bool = False  # a date line after its headers ended it


def _without(text: str, ranges: tuple[DateRange, ...]) -> str:
    """The line with its dates cut out (a separator left in their place)."""
    for found in sorted(ranges, key=lambda r: r.span[0], reverse=True):
        text = f"{text[: found.span[0]]} | {text[found.span[1] :]}"
    text = _TEMPLATE_DATE.sub(" | ", text)
    text = re.sub(r"\(\s*[|\s]*\s*\)", " ", text)
    text = re.sub(r"\b(?:from|since|seit|depuis|desde|de|von|dates?|exp\.?|expected)\s*:?\s*\|", "|", text, flags=re.I)
    return trim(text.strip(" |/"))


def _header(line: Line, text: str) -> _Header:
    parts, place = _peel_parts(split_parts(text))
    return _Header(line, text, parts, place)


def _peel_parts(parts: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], str | None]:
    """peel_place on parts that keep their separators."""
    kept, place = peel_place([p for _, p in parts])
    out, i = [], 0
    for sep, part in parts:
        if i < len(kept) and (kept[i] == part or part.startswith(kept[i])):
            out.append((sep, kept[i].strip(" ,;-–—")))
            i += 1
    return merge_suffixes([p for p in out if p[1]]), place


def _kind(line: Line, text: str, ranges: tuple[DateRange, ...], edges: dict, fragments: frozenset) -> str:
    """header | date | meta | subheading | body"""
    rest = _without(text, ranges) if ranges else text.strip()
    dated = any(r.is_range or r.start for r in ranges)
    if is_bullet(text):
        return "header" if dated and any(r.is_range for r in ranges) and len(rest.split()) <= 10 else "body"
    if not dated and (
        len(rest) > 100 or rest[:1].islower() or (rest.split(None, 1) or [""])[0].lower() in ACTION_VERBS
    ):
        return "body"  # most lines of a job: its sentences; told apart before the slower tests
    if not dated and len(rest.split()) > 6 and _indented(line, edges):
        return "body"
    if not rest or _DURATION.match(rest) or is_place_text(rest):
        return "date" if dated else "meta"
    parts, _ = peel_place([p for _, p in split_parts(rest)])
    if not parts or all(_URL.match(p) or _DURATION.match(p) for p in parts):
        return "date" if dated else "meta"
    if not dated and _SUBHEADING.match(rest) and len(rest.split()) <= 4:
        return "subheading"
    words = re.sub(r"\([^()]*\)", " ", rest).split()
    first = rest.lstrip("(\"'“")[:1]
    if not (first.isupper() or first.isdigit()) or len(words) > (20 if dated else 12):
        return "body"
    if _SENTENCE.search(rest) and len(words) > 6:
        return "body"
    if not dated:
        if line.number in fragments:
            return "meta"  # beside another line: a place or a note in a right-hand column
        if _indented(line, edges):
            return "body"
        if len(words) > 9 and max(title_score(p) for p in parts) <= 0:
            return "body"
    return "header"


def _indented(line: Line, edges: dict) -> bool:
    """Set in from the column's left edge: a bullet's or a paragraph's next line."""
    edge = edges.get((line.page, line.column))
    return line.bbox is not None and edge is not None and line.bbox[0] > edge + 6


def _joins(group: _Group, header: _Header, dated: bool) -> bool:
    """Whether a header line belongs to the job being read or starts the next one."""
    if group.body or group.closed or len(group.headers) >= 3:
        return False
    if group.ranges and dated:
        return False
    complete = [h for h in group.headers if len(h.parts) >= 2 and max(title_score(p) for _, p in h.parts) >= 2]
    return not (complete and len(header.parts) >= 2)


def _lines_with_dates(lines: list[Line]) -> list[tuple[Line, str, tuple[DateRange, ...]]]:
    """Each line's text and dates, with a range left open at a line's end ("2021 -") closed
    by the date or "Present" opening the next line, which then loses it."""
    out = []
    texts = [clean(line.text) for line in lines]
    for i, line in enumerate(lines):
        ranges = list(find_dates(texts[i]))
        for j, found in enumerate(ranges):
            if found.open:
                end = leading_end(texts[i + 1]) if i + 1 < len(texts) else None
                if end is not None:
                    ranges[j] = close(found, end[0])
                    texts[i + 1] = "\u2022 " + texts[i + 1][end[1] :].strip()  # what follows describes the job
                else:
                    ranges[j] = DateRange(found.start, found.start, False, False, found.span)
        out.append((line, texts[i], tuple(ranges)))
    return out


def _groups(document: ResumeDocument) -> list[_Group]:
    headings = heading_numbers(document)
    lines = [ln for ln in visible(document.lines) if ln.section in JOB_SECTIONS and ln.region != "footer"]
    edges = left_edges([ln for ln in lines if not is_bullet(ln.text) and ln.number not in headings])
    fragments = right_fragments(lines)
    groups: list[_Group] = []
    current: _Group | None = None
    previous_section = None
    for line, text, ranges in _lines_with_dates(lines):
        if line.number in headings and not (line.section == previous_section and title_score(text) >= 2):
            current, previous_section = None, line.section
            continue  # a heading; "Volunteer" under "Volunteer Experience" is a title set like one
        if line.section != previous_section:
            current, previous_section = None, line.section
        kind = _kind(line, text, ranges, edges, fragments)
        if kind == "subheading":
            current = None
        elif kind == "body":
            if current is not None:
                current.body += 1
        elif kind == "meta":
            if current is not None and current.body <= 1 and is_place_text(text):
                current.places.append(text)
        elif kind == "date":
            spanned = current is not None and any(r.is_range for r in current.ranges)
            if current is not None and not spanned and current.headers and current.body <= 2:
                current.ranges += ranges
                current.closed = line.number not in fragments or current.body > 0  # beside its title: not ended
                current.body = 0
            else:
                current = _Group(line.section, line, ranges=list(ranges))
                groups.append(current)
        else:
            header = _header(line, _without(text, ranges) if ranges else text)
            if current is not None and _joins(current, header, bool(ranges)):
                current.headers.append(header)
                current.ranges += ranges
            else:
                current = _Group(line.section, line, [header], list(ranges))
                groups.append(current)
    return groups


def _pick(group: _Group) -> tuple[str | None, str | None]:
    """(title, employer) from a job's header lines."""
    for header in group.headers:
        for _, part in header.parts:
            match = _AT.match(part)
            if match and title_score(match["title"]) >= 2:
                return match["title"].strip(), match["employer"].strip()
    cands = [(li, pi, sep, part) for li, h in enumerate(group.headers) for pi, (sep, part) in enumerate(h.parts)]
    cands = [c for c in cands if len(c[3].split()) <= 12 and not _URL.match(c[3])]
    if not cands:
        return None, None
    scored = [(title_score(c[3]), -c[0], -c[1], c) for c in cands]
    best_t, _, _, title = max(scored)
    if best_t < 2:
        if len(cands) == 1:
            part = cands[0][3]
            return (None, part) if company_score(part) >= 3 else (part, None)
        title = next((c for c in cands if company_score(c[3]) <= 0), cands[0])
    others = [c for c in cands if c is not title]
    if not others:
        return title[3], None
    single = len(group.headers[title[0]].parts) == 1
    alone = [c for c in others if c[0] != title[0] and len(group.headers[c[0]].parts) == 1]
    beside = [c for c in others if c[0] == title[0]]
    if alone and beside and max(company_score(c[3]) for c in beside) < 3:
        # "Telcoin" over "Vice President, Banking Operations": the employer has its own line
        employer = max(alone, key=lambda c: (company_score(c[3]) - title_score(c[3]), -abs(c[0] - title[0])))
        tail = "".join(f"{_joiner(c[2])}{c[3]}" for c in beside if c[1] > title[1])
        return title[3] + tail, employer[3]

    def rank(c: tuple) -> tuple:
        near = (c[0] == title[0] and abs(c[1] - title[1]) == 1) or (single and c[0] != title[0])
        return (company_score(c[3]) - title_score(c[3]), near, -abs(c[0] - title[0]), -c[1])

    employer = max(others, key=rank)
    text = title[3]
    for li, pi, sep, part in cands:  # "Director of IT - Hybrid Cloud", "IT Director, Associate"
        if li != title[0] or pi <= title[1]:
            continue
        if (li, pi) == (employer[0], employer[1]) or not ("-" in sep or "–" in sep or _is_level(part)):
            break
        text = f"{text}{_joiner(sep)}{part}"
    return text, employer[3]


def _joiner(sep: str) -> str:
    """A separator written back between two parts of a title."""
    return ", " if "," in sep else " - " if any(d in sep for d in "-–—") else " | " if "|" in sep else " "


def _is_level(part: str) -> bool:
    """A one-word title or grade after a comma: "Associate", "Senior", "II"."""
    return len(part.split()) == 1 and (title_score(part) >= 4 or part.upper() in ("I", "II", "III", "IV"))


def read_jobs(document: ResumeDocument, as_of: date) -> tuple[Job, ...]:
    """The jobs of the experience, internship and volunteering sections, in the order written."""
    jobs: list[Job] = []
    previous: _Group | None = None
    previous_employer: str | None = None
    for group in _groups(document):
        title, employer = _pick(group)
        if not group.ranges and not (title and employer and title_score(title) >= 2):
            continue
        same_section = previous is not None and previous.section == group.section
        if employer is None and title and same_section and len(group.headers) == 1:
            first = previous.headers[0].parts if previous.headers else []
            if first and len(previous.headers) >= 2 and company_score(first[0][1]) >= title_score(first[0][1]):
                employer = previous_employer  # a second title under the same employer: a promotion
        if not (title or employer) or is_placeholder(f"{title or ''} {employer or ''}"):
            continue
        found = next((r for r in group.ranges if r.is_range), group.ranges[0] if group.ranges else None)
        place = next((h.place for h in group.headers if h.place), None) or next(iter(group.places), None)
        at_line = group.headers[0].line if group.headers else group.first
        jobs.append(
            Job(
                title=title,
                employer=employer,
                start=found.start_text if found else None,
                end=found.end_text if found else None,
                months=months_of(found, as_of) if found else None,
                location=place,
                section=group.section,
                at=At(at_line.page, at_line.number),
            )
        )
        previous, previous_employer = group, employer
    return tuple(jobs)
