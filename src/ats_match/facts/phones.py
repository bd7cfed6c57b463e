"""The phone number, normalised with the `phonenumbers` library: E.164 when the country can
be told (a leading +country code, or the country of the resume's location), else the
digits as the resume groups them. A number masked with X's is not read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..reading import Line, ResumeDocument
from .dates import find_dates
from .model import At, Phone

# Digits with the usual separators, an optional + or 00 and a bracketed country code.
_CANDIDATE = re.compile(r"(?<![\w/.+-])(?:\+|00|\(\+)?\(?\d[\d\s().\-–/]{5,22}\d(?![\w/])")
_SEVEN_DIGITS = re.compile(r"\d(?:\D{0,3}\d){6}")
_FAX = re.compile(r"\bfax\s*:?\s*$", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")


def candidates(text: str) -> list[str]:
    """Numbers written on a line that may be phones: 7 to 15 digits, not dates or years."""
    if not _SEVEN_DIGITS.search(text):  # most lines: too few digits close together for a number
        return []
    out = []
    for match in _CANDIDATE.finditer(text):
        written = match.group().strip(" -–./")
        digits = re.sub(r"\D", "", written)
        groups = [g for g in re.split(r"[^\d]+", written) if g]
        if not 7 <= len(digits) <= 15 or set(digits) == {"0"} or _FAX.search(text[: match.start()]):
            continue
        if all(_YEAR.fullmatch(g) for g in groups) or any(r.is_range for r in find_dates(written)):
            continue
        if re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", written):  # a date
            continue
        out.append(written)
    return out


def normalise(written: str, region: str | None) -> tuple[str, str | None]:
    """(number, region): E.164 with the region it was read in, or the written groups."""
    import phonenumbers  # imported on first use: most callers never need it

    text = written.replace("(+", "+").replace("–", "-")
    text = "+" + text[2:] if text.startswith("00") else text
    try:
        if text.startswith("+"):
            number = phonenumbers.parse(text, None)
        elif region:
            number = phonenumbers.parse(text, region)
        else:
            number = None
    except phonenumbers.NumberParseException:
        number = None
    reason = phonenumbers.is_possible_number_with_reason(number) if number is not None else None
    if number is not None and reason == phonenumbers.ValidationResult.IS_POSSIBLE:
        told = (
            phonenumbers.region_code_for_number(number)
            or region
            or phonenumbers.region_code_for_country_code(number.country_code)
        )
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), told
    plus = "+" if text.startswith("+") else ""
    return plus + " ".join(re.findall(r"\d+", text)), None


def read_phone(document: ResumeDocument, lines: Sequence[Line], region: str | None) -> Phone | None:
    """The first phone number on the given lines (contact first), else a tel: link."""
    for line in lines:
        for written in candidates(line.text):
            number, told = normalise(written, region)
            return Phone(number, written, told, At(line.page, line.number))
    for link in document.links:
        if link.url.lower().startswith("tel:"):
            for written in candidates(link.url[4:].strip()):
                number, told = normalise(written, region)
                return Phone(number, written, told, At(link.page, None))
    return None
