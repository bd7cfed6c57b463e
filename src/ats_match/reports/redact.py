"""Mask personal details in a report before it is shared: email addresses, phone numbers,
street addresses, the handle in a LinkedIn or GitHub address, and (from the resume
facts) the person's name, location and links, for blind screening.

A report quotes the resume (evidence lines, the reasons for each status, check evidence,
hidden text), so any of its strings may hold contact details. redact_report() returns a
copy of a Report with every string passed through redact_text(), so that every format
made from it (JSON, Markdown, HTML, the terminal table) is redacted at once; the numbers,
statuses and ids stay as they were. redact_report_dict() does the same to a report's
to_dict() output. The patterns err towards masking: a masked date is a small loss, a
leaked phone number is not.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from ..checks.text import phones

EMAIL_MASK, PHONE_MASK, ADDRESS_MASK, PROFILE_MASK = "[email]", "[phone]", "[address]", "[profile]"
NAME_MASK, LOCATION_MASK, LINK_MASK = "[name]", "[location]", "[link]"

# No dot required after the @: evidence quotes are cut at 60 characters ("jane.doe@exa…").
_EMAIL = re.compile(r"(?<![\w.+-])(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]*)*", re.I)  # (?<!): linear on long words
_PROFILE = re.compile(
    r"((?:linkedin\.com/(?:in|pub)|github\.com|gitlab\.com|twitter\.com|x\.com)/)[^\s/|,;)>\]'\"]+", re.I
)
_DIGIT_RUN = re.compile(r"(?<![\w.])(?:tel:)?\+?\d{10,15}(?![\w.])")  # a number written without spaces

_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy"
    r"|Highway|Hwy|Square|Sq|Circle|Cir|Crescent|Close|Row|Trail|Trl"
)
_ADDRESS = re.compile(
    "|".join(
        (
            # 221B Baker Street, 1600 Amphitheatre Pkwy, Apt 4 / Suite 200 / Unit 5 after it
            rf"\b\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){{0,4}}(?:{_STREET_TYPES})\b\.?"
            r"(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\.?\s*\w+)?",
            # Hauptstraße 5, Lindenweg 12a
            r"\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|gracht|vej|gatan)\s+\d{1,5}\w?\b",
            # Via Roma 12, Calle Mayor 3, Rua Augusta 100
            r"\b(?:Via|Viale|Piazza|Corso|Calle|Avenida|Rua|Praça|Plaza)\s+(?:[\w'.-]+\s+){0,4}\d{1,5}\w?\b",
            # 12 rue de la Paix, 3 avenue des Champs
            r"\b\d{1,5}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|place|impasse|quai)\s+[\w'’ -]{2,40}",
        )
    )
)


def redact_text(text: str) -> str:
    """`text` with email addresses, profile handles, phone numbers and street addresses masked."""
    if not text:
        return text
    text = _EMAIL.sub(EMAIL_MASK, text)
    text = _PROFILE.sub(lambda m: m.group(1) + PROFILE_MASK, text)
    text = _DIGIT_RUN.sub(PHONE_MASK, text)
    for phone in sorted(set(phones(text)), key=len, reverse=True):
        text = text.replace(phone, PHONE_MASK)
    return _ADDRESS.sub(ADDRESS_MASK, text)


def redact_report_dict(data: Any) -> Any:
    """A copy of a report's to_dict() (or any JSON-like value) with every string redacted,
    as redact_report() does to a Report; keys, numbers and booleans stay."""
    facts = data.get("facts") if isinstance(data, dict) else None
    name = _name_pattern((facts.get("name") or {}).get("text", "") if isinstance(facts, dict) else "")

    def text(value: str) -> str:
        value = redact_text(value)
        return name.sub(NAME_MASK, value) if name is not None else value

    redacted = _redacted(data, text)
    if isinstance(facts, dict):
        masked = dict(redacted["facts"], as_of=facts.get("as_of"))  # a date, not a phone number
        if masked.get("name"):
            masked["name"] = {**masked["name"], "text": NAME_MASK}
        if masked.get("location"):
            masked["location"] = {**masked["location"], "text": LOCATION_MASK, "city": None, "region": None}
        masked["links"] = [{**link, "url": LINK_MASK, "label": LINK_MASK} for link in masked.get("links") or []]
        redacted = {**redacted, "facts": masked}
    return redacted


def redact_report(report: Any) -> Any:
    """A copy of a Report with every string in it redacted, for every output format.
    For blind screening the person's name (as the resume facts read it) is masked too,
    wherever it appears (evidence, the file name), and so are the facts' location and
    links. The role profile it carries (for replanning) comes from the role file, not the
    resume, and is kept as it is."""
    facts = getattr(report, "facts", None)
    name = _name_pattern(facts.name.text if facts is not None and facts.name is not None else "")

    def text(value: str) -> str:
        value = redact_text(value)
        return name.sub(NAME_MASK, value) if name is not None else value

    redacted = _redacted(report, text, keep={"profile"})
    if facts is not None:
        redacted = replace(redacted, facts=_masked_facts(redacted.facts))
    return redacted


def _name_pattern(name: str) -> re.Pattern[str] | None:
    """The whole name and each part of it of three letters or more, as words (between
    letters, so "priya_raman_cv.pdf" is masked too), in any case."""
    parts = sorted({name, *(part for part in re.split(r"[\s,.-]+", name) if len(part) >= 3)}, key=len, reverse=True)
    parts = [part for part in parts if part.strip()]
    if not parts:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, parts)) + r")(?![^\W\d_])", re.I)


def _masked_facts(facts: Any) -> Any:
    """The facts with the person's name, location and links masked as a whole."""
    changes: dict[str, Any] = {}
    if facts.name is not None:
        changes["name"] = replace(facts.name, text=NAME_MASK)
    if facts.location is not None:
        changes["location"] = replace(facts.location, text=LOCATION_MASK, city=None, region=None)
    changes["links"] = tuple(replace(link, url=LINK_MASK, label=LINK_MASK) for link in facts.links)
    return replace(facts, **changes)


def _redacted(value: Any, text: Any = redact_text, keep: frozenset[str] | set[str] = frozenset()) -> Any:
    """Walk frozen dataclasses, tuples, lists and dicts, passing each string through `text`."""
    if isinstance(value, str):
        return text(value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _redacted(getattr(value, f.name), text) for f in fields(value) if f.init and f.name not in keep
        }
        return replace(value, **changes)
    if isinstance(value, (tuple, list)):
        return type(value)(_redacted(item, text) for item in value)
    if isinstance(value, dict):
        return {key: _redacted(item, text) for key, item in value.items()}
    return value
