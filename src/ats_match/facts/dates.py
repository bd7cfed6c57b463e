"""Dates as resumes write them: "Mar 2020 – Feb 2023", "03/2020 - present", "2019–2021",
"since 2018", "Summer 2021", "2020-01 to 2021-06", "janv. 2019 – aujourd'hui", "März 2019 –
heute", "enero 2020 - actual", "março 2018 – atual". Month and season words come from one
table per language; turning a written date into a calendar date and counting the months
between two is left to python-dateutil."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache

from dateutil.parser import parser, parserinfo
from dateutil.relativedelta import relativedelta

# month -> its names and abbreviations in English, French, German, Spanish, Portuguese, Italian
MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "janeiro", "gennaio", "gen"),
    2: ("february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev", "februar", "febrero", "fevereiro"),
    3: ("march", "mar", "mars", "märz", "maerz", "mär", "mrz", "marzo", "março", "marco"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maio", "maggio", "mag"),
    6: ("june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu"),
    7: ("july", "jul", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug"),
    8: ("august", "aug", "août", "aout", "agosto", "ago"),
    9: ("september", "sept", "sep", "septembre", "septiembre", "setiembre", "setembro", "settembre", "set"),
    10: ("october", "oct", "octobre", "oktober", "okt", "octubre", "outubro", "out", "ottobre", "ott"),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: ("december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dezembro"),
}
MONTHS = {word: month for month, words in MONTH_WORDS.items() for word in words}

# season -> (first month, last month); "Winter 2021" is read as the academic winter term
SEASON_WORDS: dict[tuple[int, int], tuple[str, ...]] = {
    (3, 5): ("spring", "printemps", "frühling", "frühjahr", "primavera"),
    (6, 8): ("summer", "été", "ete", "sommer", "verano", "verão", "verao", "estate"),
    (9, 11): ("fall", "autumn", "automne", "herbst", "otoño", "otono", "outono", "autunno"),
    (1, 3): ("winter", "hiver", "invierno", "inverno"),
}
SEASONS = {word: months for months, words in SEASON_WORDS.items() for word in words}

# Words that end a range at the day the resume is read.
PRESENT_WORDS = (
    *("present", "current", "currently", "now", "today", "ongoing", "date", "till now"),
    *("heute", "aktuell", "jetzt", "dato", "laufend"),
    *(
        "présent",
        "actuel",
        "actuelle",
        "actuellement",
        "aujourd'hui",
        "aujourd’hui",
        "maintenant",
        "en cours",
        "ce jour",
    ),
    *("presente", "actual", "actualidad", "actualmente", "hoy", "en curso", "la fecha"),
    *("atual", "atualmente", "hoje", "o momento", "momento"),
    *("oggi", "attuale", "in corso"),
)

_LETTER = r"[^\W\d_]"
_YEAR = r"(?:19[5-9]\d|20\d\d)"


def _alternation(words: tuple[str, ...] | dict) -> str:
    """Longest first, so "janvier" wins over "jan"; either apostrophe in "aujourd'hui"."""
    return "|".join(re.sub("['’]", "['’]", re.escape(w)) for w in sorted(words, key=len, reverse=True))


_PRESENT = rf"(?<!{_LETTER})(?:{_alternation(PRESENT_WORDS)})(?!{_LETTER})"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# A month or season is any word here, looked up in MONTHS and SEASONS once matched: one
# pattern of word shapes runs many times faster than an alternation of 150 names.
_WORD = rf"(?<!{_LETTER}){_LETTER}{{3,10}}(?!{_LETTER})"
_TOKEN = re.compile(
    rf"(?P<md>(?P<md_m>{_WORD})\.?[\s,]*(?:(?:de|of)\s+)?(?:(?P<md_d>{_DAY})(?:st|nd|rd|th)?\.?,?\s+)?"
    rf"(?:(?:de|of)\s+)?(?P<md_y>{_YEAR}|['’]\d\d)(?!\d))"
    rf"|(?P<dm>(?<!\d)(?P<dm_d>{_DAY})\.?\s+(?:de\s+)?(?P<dm_m>{_WORD})\.?,?\s+(?:de\s+)?(?P<dm_y>{_YEAR})(?!\d))"
    rf"|(?P<iso>(?<![\d/.])(?P<iso_y>{_YEAR})[-/.](?P<iso_m>0?[1-9]|1[0-2])(?:[-/.](?P<iso_d>{_DAY}))?(?![\d/]))"
    rf"|(?P<num>(?<![\d/.])(?:(?P<num_a>\d{{1,2}})(?P<num_s>[/.-]))?(?P<num_m>\d{{1,2}})[/.-](?P<num_y>{_YEAR})(?!\d))"
    rf"|(?P<year>(?<![\d$€£])(?P<year_y>{_YEAR})(?![\d%]))",
    re.I,
)
_SEPARATOR = r"\s*(?:[-–—−‐‑~/]+|to|until|till|through|thru|à|au|a|al|bis|hasta|até|ate)?\s*(?:(?:la|le|o|el|the)\s+)?"
# What may stand between the two ends of a range; a bare space only between months.
_BETWEEN = re.compile(rf"{_SEPARATOR}(?:(?:exp\.?|expected|anticipated)\s*)?", re.I)
_TO_PRESENT = re.compile(rf"{_SEPARATOR}{_PRESENT}", re.I)
_PRESENT_RE = re.compile(_PRESENT, re.I)
_SPACED = re.compile(rf"\s*{_PRESENT}", re.I)  # "2017 Present": a bare year needs a dash
_SINCE = re.compile(r"(?:since|seit|depuis|desde|ab|from|starting)\s*:?\s*$", re.I)
# "2021 -" then a title: the end may open the next line ("Present Led a team...").
_DANGLING = re.compile(r"\s*(?:[-–—−‐‑~]+(?:\s+|$)|(?:to|until|à|bis|hasta|até)\s*$)", re.I)
# Every date holds a year ("'20" too): most lines hold none and skip the big pattern.
_MAY_HOLD = re.compile(r"(?:19|20)\d\d|['’]\d\d")
_YEAR_AT = re.compile(rf"(?<!\d)(?:{_YEAR}(?!\d)|['’]\d\d(?!\d))")


@dataclass(frozen=True)
class Point:
    """A written date: a year with the first and last month it may mean (a month: the
    same; a season: three; a bare year: unknown)."""

    year: int
    first: int | None = None
    last: int | None = None
    form: str = field(default="year", compare=False)  # as written: month | numeric | iso | season | year

    def text(self, role: str) -> str:
        month = self.first if role == "start" else self.last
        return f"{self.year:04d}-{month:02d}" if month else f"{self.year:04d}"


@dataclass(frozen=True)
class DateRange:
    """One date or range on a line. A single date has start == end; `present` ends it the
    day the resume is read; `open` is a start followed by a dash and nothing ("2021 -"),
    whose end a layout may have put on the next line."""

    start: Point | None
    end: Point | None
    present: bool
    open: bool
    span: tuple[int, int]  # character span of the whole range in its line

    @property
    def is_range(self) -> bool:
        return self.present or self.open or self.start != self.end

    @property
    def form(self) -> str:
        """How the range is written (its start's form): month | numeric | iso | season | year."""
        return (self.start or self.end).form if (self.start or self.end) else "year"

    @property
    def start_text(self) -> str | None:
        return self.start.text("start") if self.start else None

    @property
    def end_text(self) -> str | None:
        if self.present:
            return "present"
        return self.end.text("end") if self.end else None


def _two_digit(text: str) -> int:
    yy = int(text.strip("'’"))
    return 2000 + yy if yy <= 40 else 1900 + yy


class _Months(parserinfo):
    """dateutil's parser, told the month names of every language in MONTH_WORDS."""

    MONTHS = [tuple(sorted(MONTH_WORDS[m], key=len, reverse=True)) for m in range(1, 13)]  # noqa: RUF012
    JUMP = [*parserinfo.JUMP, "de", "of"]  # noqa: RUF012


_PARSER = parser(_Months())


@lru_cache(maxsize=2048)
def _calendar(text: str, dayfirst: bool) -> datetime | None:
    """A written date with a day in it, as dateutil reads it; None when it is no date."""
    try:
        return _PARSER.parse(text.replace(".", " "), default=datetime(2000, 1, 1), dayfirst=dayfirst)
    except (ValueError, OverflowError):
        return None


def _point(match: re.Match) -> tuple[Point, int] | None:
    """The date a match reads and where it starts: a word before a year that is no month
    ("through 2019") leaves the year alone."""
    kind = match.lastgroup
    g = match.group
    if kind == "md":
        word = g("md_m").lower()
        if g("md_y")[0] in "'’":
            year = _two_digit(g("md_y"))
            return (Point(year, MONTHS[word], MONTHS[word], "month"), match.start()) if word in MONTHS else None
        year = int(g("md_y"))
        if word in SEASONS:
            first, last = SEASONS[word]
            return Point(year, first, last, "season"), match.start()
        if word not in MONTHS:
            return Point(year), match.start("md_y")
        if g("md_d"):  # "Sep 13, 2009": a day the calendar must allow
            when = _calendar(f"{g('md_m')} {g('md_d')} {year}", False)
            return (Point(year, when.month, when.month, "month"), match.start()) if when else None
        return Point(year, MONTHS[word], MONTHS[word], "month"), match.start()
    if kind == "dm":
        if g("dm_m").lower() not in MONTHS:
            return Point(int(g("dm_y"))), match.start("dm_y")
        when = _calendar(f"{g('dm_d')} {g('dm_m')} {g('dm_y')}", True)
        return (Point(when.year, when.month, when.month, "month"), match.start()) if when else None
    if kind == "iso":
        month = int(g("iso_m"))
        return Point(int(g("iso_y")), month, month, "iso"), match.start()
    if kind == "num":
        if g("num_a"):  # 01/15/2020 or 15.01.2020: dateutil decides which is the month
            when = _calendar(match.group(), g("num_s") == "." or int(g("num_a")) > 12)
            return (Point(when.year, when.month, when.month, "numeric"), match.start()) if when else None
        month = int(g("num_m"))
        return (Point(int(g("num_y")), month, month, "numeric"), match.start()) if 1 <= month <= 12 else None
    return Point(int(g("year_y"))), match.start()


def _points(text: str) -> list[tuple[Point, int, int]]:
    """(point, start, end) for each date on a line. Every date holds a year: the full pattern
    runs only in a short window around each year, not at every character of the line."""
    out = []
    pos = 0
    for year in _YEAR_AT.finditer(text):
        if year.start() < pos:
            continue
        for match in _TOKEN.finditer(text, max(pos, year.start() - 24), min(len(text), year.end() + 6)):
            if match.end() <= year.start():
                continue
            found = _point(match)
            if found is not None:
                out.append((found[0], found[1], match.end()))
                pos = match.end()
            break
    return out


@lru_cache(maxsize=8192)
def find_dates(text: str) -> tuple[DateRange, ...]:
    """Every date and date range on a line, left to right. Cached: experience, education and
    the checks read the same lines."""
    if not _MAY_HOLD.search(text):
        return ()
    points = _points(text)
    out: list[DateRange] = []
    i = 0
    while i < len(points):
        point, start, end = points[i]
        if i + 1 < len(points):
            nxt, n_start, n_end = points[i + 1]
            gap = text[end:n_start]
            if _BETWEEN.fullmatch(gap) and (gap.strip() or (point.first and nxt.first)):
                out.append(DateRange(point, nxt, False, False, (start, n_end)))
                i += 2
                continue
        to_present = _TO_PRESENT.match(text, end)
        if to_present and (point.first or _SPACED.fullmatch(to_present.group()) is None):
            out.append(DateRange(point, None, True, False, (start, to_present.end())))
            i += 1
            continue
        since = _SINCE.search(text, max(0, start - 12), start)
        dangling = _DANGLING.match(text, end)
        if since:
            out.append(DateRange(point, None, True, False, (since.start(), end)))
        elif dangling:
            out.append(DateRange(point, None, False, True, (start, dangling.end())))
        else:
            out.append(DateRange(point, point, False, False, (start, end)))
        i += 1
    return tuple(out)


_LEADING = re.compile(r"^[\s•·▪●○◦*-]*")


def leading_end(text: str) -> tuple[DateRange, int] | None:
    """A date or present word opening a line ("Present Leading a team..."): the end of an
    open range on the line before. Returns it as a range end and where it stops."""
    lead = _LEADING.match(text).end()
    present = _PRESENT_RE.match(text, lead)
    if present is not None and present.group().lower() not in ("date", "momento"):
        return DateRange(None, None, True, False, (present.start(), present.end())), present.end()
    match = _TOKEN.match(text, lead)
    found = _point(match) if match else None
    if found is None or found[1] != lead:
        return None
    return DateRange(None, found[0], False, False, (lead, match.end())), match.end()


def close(opened: DateRange, end: DateRange) -> DateRange:
    """An open range given the end found on the next line."""
    return replace(opened, end=end.end, present=end.present, open=False)


def _first_day(point: Point, role: str) -> date:
    """A bare year is taken at mid-year, so "2018 - 2021" counts three years."""
    month = (point.first if role == "start" else point.last) or (7 if role == "start" else 6)
    return date(point.year, month, 1)


def interval(found: DateRange, as_of: date) -> tuple[date, date] | None:
    """First and last month a range covers (first days), or None when it cannot be told:
    no start, no end, a single bare year, or an end before the start."""
    if found.start is None or found.open or (found.end is None and not found.present):
        return None
    if not found.present and found.start == found.end and found.start.first is None:
        return None
    first = _first_day(found.start, "start")
    last = date(as_of.year, as_of.month, 1) if found.present else _first_day(found.end, "end")
    last = min(last, date(as_of.year, as_of.month, 1))
    return (first, last) if last >= first else None


def months_in(first: date, last: date) -> int:
    """Months from `first` to `last`, both counted: Jan - Mar is three."""
    delta = relativedelta(last, first)
    return delta.years * 12 + delta.months + 1


def months_of(found: DateRange, as_of: date) -> int | None:
    span = interval(found, as_of)
    return months_in(*span) if span else None
