"""A job posting's requirements checked against one resume: met, missing or unknown, with
the evidence, knock-outs first, and the keyword counts a Jobscan-style table shows.

Skills, tools, licences, certifications, languages, soft skills and phrases take the
status of their item in the scored report (negated or in-progress mentions never count);
years of experience and degree level are compared with the resume facts. "unknown" is
said where the resume cannot tell (no dates to count years from)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .facts import Education, ResumeFacts
from .facts.lines import visible
from .facts.places import STATE_NAME_PATTERN
from .matching import Mention
from .matching.qualifiers import labels_its_line
from .reading import Line
from .scoring import Evidence, ItemResult

STATUSES = ("met", "missing", "unknown")
_RANK = {"high school": 0, "diploma": 0.5, "certificate": 0.5, "associate": 1, "bachelor": 2, "master": 3, "phd": 4}


@dataclass(frozen=True)
class RequirementResult:
    """One requirement of the posting, as this resume meets it."""

    id: str
    name: str
    kind: str
    required: bool
    knockout: bool
    status: str  # met | missing | unknown
    reason: str
    evidence: tuple[str, ...]  # resume lines that meet it, "p1 l12: ..."
    in_posting: int  # how often the posting names it
    in_resume: int | None  # how often the resume names it (None: not a keyword: years, degree)
    importance: int
    posting_line: int
    forms: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "required": self.required,
            "knockout": self.knockout,
            "status": self.status,
            "reason": self.reason,
            "evidence": list(self.evidence),
            "in_posting": self.in_posting,
            "in_resume": self.in_resume,
            "importance": self.importance,
            "posting_line": self.posting_line,
            "forms": list(self.forms),
        }


def assess_requirements(
    posting: dict[str, Any],
    items: Iterable[ItemResult],
    mentions: Iterable[Mention],
    facts: ResumeFacts | None,
    status_below: Mapping[tuple[int, int], str] | None = None,
) -> tuple[RequirementResult, ...]:
    """Each requirement of `posting` (JobPosting.to_dict() with each requirement's
    "item_id") against the scored items, the mentions and the resume facts. `status_below`
    (from status_lines_below) holds the lines that only say how the line above them stands."""
    by_id = {item.id: item for item in items}
    counted: dict[str, int] = {}
    for mention in mentions:
        if mention.counts and mention.tier != "implied":
            counted[mention.item_id] = counted.get(mention.item_id, 0) + 1
    results = []
    for req in posting.get("requirements", []):
        kind = req["kind"]
        if kind == "experience":
            status, reason, evidence = _years(posting.get("years"), facts)
            in_resume = None
        elif kind == "degree":
            status, reason, evidence = _degree(req, facts)
            in_resume = None
        else:
            item = by_id.get(req.get("item_id", ""))
            in_resume = counted.get(item.id, 0) if item else 0
            credential = kind in ("license", "certification") or bool(_CREDENTIAL_NAME.search(req["name"]))
            status, reason, evidence = _item(item, credential=credential, status_below=status_below)
            if status == "met" and item is not None and (short := _short_of_asked(req, item)):
                status, reason, evidence = "missing", short, ()
        results.append(
            RequirementResult(
                id=req["id"],
                name=req["name"],
                kind=kind,
                required=req["required"],
                knockout=req["knockout"],
                status=status,
                reason=reason,
                evidence=evidence,
                in_posting=req["count"],
                in_resume=in_resume,
                importance=req["importance"],
                posting_line=req["line"],
                forms=tuple(req["forms"]),
            )
        )
    return tuple(results)


# A credential not yet held, or no longer: "pursuing CPA licensure", "CPA candidate", "PMP
# (expected 2026)", "OSHA 30: enrolled, 18 of 30 hours completed", "ACLS: expired 11/2023",
# "Land Surveyor in Training".
IN_PROGRESS = re.compile(
    r"\b(?:pursuing|candidate|expected|anticipated|pending|eligible (?:to sit )?for|sitting for|preparing for"
    r"|studying for|scheduled|in progress|working toward|enrolled(?: in)?|to be completed|expired|lapsed|suspended|revoked"
    r"|pre-licensing|\d+ of \d+ hours|in[- ]training|not yet (?:licensed|certified|registered|qualified|completed|passed|held)"
    r"|(?:applied|application|applying)\b[^;.]{0,80}\b(?:not accepted|unsuccessful|rejected)"
    # "specialist course - applied for the spring 2025 intake", "awaiting results"
    r"|applied for (?:the |a )?(?:\w+ ){0,3}(?:intake|course|programme|program|exam|examination|licen[cs]e|registration)"
    r"|awaiting|application (?:submitted|pending|in process)|submitted (?:my |an? )?application"
    # "VTNE - registered to sit the exam in July 2026; not yet a Registered Veterinary Technician"
    r"|(?:registered|booked|scheduled) to (?:sit|take)|currently completing"
    r"|not yet an? (?:registered|licensed|certified|qualified|chartered|credentialed)"
    # a plan, not a credential: "No formal accountancy qualification yet - researching AAT courses"
    # (not "CPA - researching complex tax matters": the plan names what is to be studied)
    r"|(?:researching|considering|looking into|exploring|intend(?:s|ing)? to|hop(?:e|ing) to)\b[^;,.]{0,40}"
    r"\b(?:courses?|exams?|examinations?|qualifications?|programm?es?|training|certifications?|licen[cs]es?)"
    r"|\bno (?:formal )?(?:\w+ ){0,2}(?:qualifications?|certifications?|licen[cs]es?|registration) (?:as )?yet"
    r"|(?:was|were) current|no longer (?:valid|current|active|held)|will (?:apply|sit|take)|plan(?:ning)? to (?:apply|sit|take)"
    # a learner's licence, its test still to pass: "Provisional UK driving licence - practical test booked"
    r"|provisional (?:\w+ ){0,2}(?:licen[cs]e|permit)|learner(?:'s|s)? (?:permit|licen[cs]e)|test booked"
    r"|(?<!refresher )(?<!renewal )booked for)\b",
    re.I,
)
# A skill still being learnt: "12-lead ECG recording course - currently enrolled", "Yardi:
# Yardi Voyager training scheduled for January 2027".
LEARNING = re.compile(
    r"\b(?:currently enrolled|currently completing|enrolled (?:in|at)|course in progress|in[- ]training|(?:training|exams?) (?:is |are )?scheduled"
    r"|currently (?:taking|attending) (?:\w+ ){0,2}(?:classes|lessons|courses?))\b"
    # a place not won, a skill not had yet: "applied to the machinist apprenticeship - not
    # accepted", "CMM operation not yet - keen to train"
    r"|\b(?:applied|application|applying)\b[^;.]{0,80}\b(?:not accepted|unsuccessful|rejected|waitlisted)\b"
    r"|\bnot yet\b(?=\s*(?:[-–—,;:(]|$))|\bnot yet (?:used|applied|practi[sc]ed) (?:at|in|on|professionally)\b"  # "not yet used at work"
    # (not "eager to learn", a quality, nor "keen to train colleagues", a trainer)
    r"|\b(?:keen|eager|hoping|willing) to (?:be )?train(?:ed)?\s*(?:[.;,)]|$)"
    r"|\b(?:certificate|course|program|programme|diploma|training)\b[^;|]*"
    # "enrolled" as a status ("- enrolled, completion expected"), not a count ("enrolled 300 adults")
    r"(?:\bin progress\b|[-–—:,(]\s*(?:currently )?enrolled\b(?!\s+\d)|\b(?:completion|graduation) expected\b"
    r"|\bexpected completion\b|\bto be completed\b|\bnot yet (?:completed|passed|started|qualified|certified)\b"
    r"|\b(?<!refresher )(?<!renewal )(?:booked|scheduled) for (?:the )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|\d|spring|summer|autumn|fall|winter|next|later)"  # a date, not "scheduled for new hires"
    r"|\bapplied for (?:the |a )?(?:\w+ ){0,3}(?:intake|place|course|programme|program|exam)\b)",
    re.I,
)
# What a mention's own clause is: up to the semicolons around it ("BLS, valid through 2027;
# ACLS: expired 11/2023" holds two; "BLS, American Heart Association - expired 2023" one; a
# table row "| CPR Level C | Expired September 2023 |" one).
_CLAUSE_BREAK = re.compile(r";")  # not "|": a table row is one credential and its status
# A clause that only says how a credential stands belongs to the one before it: "PHR, earned
# 2018; expired 2021, not renewed", "Hindi: beginner; enrolled in an evening class".
_STATUS_CLAUSE = re.compile(
    # and how its other parts stand: "CompTIA A+ - Core 1 passed; Core 2 exam scheduled March 2026"
    r"^\s*(?:(?:part|core|module|paper|unit|section|level|step)s? \w{1,3}(?:(?:,| and| &) \w{1,3})* (?:exams? |examination )?)?"
    r"(?:expired|lapsed|not renewed|renewal|pending|awaiting|in progress|scheduled|booked|(?:currently )?enrolled)\b",
    re.I,
)
# A training that ran out: "(expired 2021)", "lapsed", "not renewed"
_LAPSED = re.compile(r"\b(?:expired|lapsed|not renewed|no longer (?:valid|current))\b", re.I)
# A requirement named as a credential though read as a phrase: "Firearm Permit", "Guard Card".
_CREDENTIAL_NAME = re.compile(
    r"\b(?:permit|card|licen[cs]e|certificat\w*|registration|credential)s?\b|^registered\b", re.I
)  # "Registered Veterinary Technician": a title one holds
# A credential's words inside the name of the body that grants it: "Texas Board of
# Professional Engineers", "Royal College of Speech and Language Therapists".
_BODY_BEFORE = re.compile(
    r"\b(?:board|association|society|institute|college|council|commission|academy|federation) (?:of|for)(?: the)?\s*$",
    re.I,
)


def _item(
    item: ItemResult | None, credential: bool = False, status_below: Mapping[tuple[int, int], str] | None = None
) -> tuple[str, str, tuple[str, ...]]:
    """A requirement's status from its item's. A licence or certification whose every
    mention is one in progress ("CPA candidate"), expired, or part of a licensing body's name
    is missing, and so is a skill whose every mention is a course still being taken: a
    recruiter would count none of them. The status may stand on the line below the mention
    ("Paralegal Certificate Program - Roosevelt University" over "Currently enrolled; expected
    completion May 2026")."""
    if item is None:
        return "unknown", "not matched in the resume", ()
    if item.status == "missing":
        return "missing", item.reason, ()
    below = status_below or {}
    counted = [e for e in item.evidence if e.counted]
    # a skill the resume lists only among its certifications is held as one: "VTS (Anesthesia) - candidate"
    credential = credential or (bool(counted) and all(e.section == "certifications" for e in counted))
    if counted and credential and all(_not_held(e.text, e.matched) or (e.page, e.line) in below for e in counted):
        return "missing", f"in progress or expired, not held: {counted[0].text!r}", ()
    if (
        counted
        and not credential
        and all(LEARNING.search(_clause(e.text, e.matched)) or (e.page, e.line) in below for e in counted)
    ):
        return "missing", f"still being learnt: {counted[0].text!r}", ()
    if counted and not credential and all(_LAPSED.search(_clause(e.text, e.matched)) for e in counted):
        # a training held once: "Fire Safety Awareness (expired 2021)"
        return "missing", f"expired, not held: {counted[0].text!r}", ()
    return "met", item.reason, tuple(f"p{e.page} l{e.line}: {e.text}" for e in counted[:2])


# A language asked for at a working level ("Fluent in spoken and written German", "native
# English", "French (C1)") is not met by one the resume rates below it ("German - B1",
# "conversational Spanish", "Italian (basic)"): a recruiter reads the level given.
_FLUENCY_ASKED = re.compile(
    r"\b(?:fluen(?:t|cy)|native|bilingual|proficien(?:t|cy)|business[- ]level|professional working|C[12]"
    # "A good command of French", "Good knowledge of English (oral)"
    r"|(?:good|strong|excellent|full|sound) (?:command|knowledge)|command of)\b",
    re.I,
)
# "Written & oral communication skills in A/Oromo, English and Amharic": a working level too
_COMMUNICATION_IN = re.compile(r"\bcommunication(?: skills)? in\b", re.I)
_LEVEL_AT = re.compile(
    r"\b(?:upper[- ]intermediate|B2|C[12]|fluent|fluency|native|bilingual|advanced|proficient|mother tongue)\b", re.I
)
_LEVEL_BELOW = re.compile(r"\b(?:A[12]|B1|basic|beginner|elementary|conversational|intermediate|limited)\b", re.I)
# and how a resume says a language is weak ("spoken French is weak", "I can read simple texts")
_WEAK = re.compile(r"\b(?:weak|poor|rusty|a little|(?:read|understand) simple)\b", re.I)
_LEVEL_REACH = 6  # words before a language's name that may say the level asked ("Fluent in spoken and written")
# right before the language: "Excellent oral and written Russian" (not "Excellent communication skills and Spanish")
_STRONG_RIGHT_BEFORE = re.compile(
    r"\b(?:excellent|very good|strong)(?:\s+(?:oral|written|spoken|verbal|and|&|or))*\s*$", re.I
)


def _asks_fluency(req: dict[str, Any]) -> bool:
    """Whether the posting asks for this language at a working level, said next to its own
    name: "Fluent English and basic Spanish" asks fluency in English, not in Spanish."""
    text = req["text"]
    for form in (req["name"], *req["forms"]):
        at = text.lower().find(form.lower())
        if at < 0:
            continue
        clause = re.split(r"[;|]", text[:at])[-1]
        before = " ".join(clause.split()[-_LEVEL_REACH:])
        after = " ".join(re.split(r"[,;|]", text[at + len(form) :], maxsplit=1)[0].split()[:4])
        if _LEVEL_BELOW.search(before) or _LEVEL_BELOW.search(after):
            return False  # "Basic written and spoken Spanish"
        if any(_LEVEL_AT.search(words) or _FLUENCY_ASKED.search(words) for words in (after, before)):
            return True
        if _STRONG_RIGHT_BEFORE.search(before):
            return True
        return bool(_COMMUNICATION_IN.search(clause))
    return False


def _short_of_asked(req: dict[str, Any], item: ItemResult) -> str | None:
    """Why a requirement the resume names is still not met, when every mention of it falls
    short of what the posting asks: a language at a lower level, a licence of another class,
    country or US state; None when none does."""
    counted = [e for e in item.evidence if e.counted]
    checks: list[tuple[str, Callable[[Evidence], bool]]] = []
    if req["kind"] == "language" and _asks_fluency(req):
        checks.append(("below the level asked", _below_fluent))
    if req["kind"] == "license":
        if (other_class := _of_another_class(req)) is not None:
            checks.append(("a licence of another class", other_class))
        if (other_country := _of_another_country(req)) is not None:
            checks.append(("a licence of another country", other_country))
        if (other_state := _of_another_state(req)) is not None:
            checks.append(("a licence of another state", other_state))
    for why, falls_short in checks:
        if counted and all(falls_short(e) for e in counted):
            return f"{why}: {counted[0].text!r}"
    return None


def _below_fluent(mention: Evidence) -> bool:
    level = _language_level(mention.text, mention.matched)
    return level is not None and not _LEVEL_AT.fullmatch(level)


# A licence of the country a posting names ("Current Australian drivers' licence"): one a
# resume says is of another ("full New Zealand licence") is not the one asked.
_COUNTRY = re.compile(
    r"\b(?:(?P<au>australian?)|(?P<nz>new zealand|(?-i:NZ))"
    r"|(?P<uk>united kingdom|british|great britain|northern ireland|(?-i:UK|GB|NI))"
    r"|(?P<ie>irish|ireland)|(?P<ca>canadian?)|(?P<us>united states|american|(?-i:US|USA)|(?-i:U\.S\.(?!\w)))"
    r"|(?P<sg>singapore(?:an)?)|(?P<za>south african?)|(?P<my>malaysian?)|(?P<in>indian?)|(?P<ph>philippines?|filipino))"
    r"(?!\w)(?!\s+(?:citizen|passport|national|resident)s?\b)",  # not "Irish citizen", "Canadian passport"
    re.I,
)
_LICENCE_REACH = 40  # characters around a licence's name that may say whose it is


def _countries(text: str) -> set[str]:
    return {next(k for k, v in m.groupdict().items() if v) for m in _COUNTRY.finditer(text)}


def _of_another_country(req: dict[str, Any]) -> Callable[[Evidence], bool] | None:
    """A test of a mention for a licence of a country other than the one the posting names."""
    return _of_another_issuer(req, _countries, _near)


# A US state named before a licence ("Oregon State driver's license", "California RN license"):
# the state that issued it, as a licence is written
_STATE = re.compile(rf"\b({STATE_NAME_PATTERN})\b")


def _of_another_state(req: dict[str, Any]) -> Callable[[Evidence], bool] | None:
    """A test of a mention for a licence a US state issued other than the one the posting
    names; the state a resume writes before the licence ("Valid Washington State driver's
    license"), not a move it plans after it."""
    return _of_another_issuer(req, _states, _just_before)


def _states(text: str) -> set[str]:
    return {m.group(1) for m in _STATE.finditer(text)}


def _of_another_issuer(
    req: dict[str, Any], issuers_in: Callable[[str], set[str]], around: Callable[[str, str], str]
) -> Callable[[Evidence], bool] | None:
    """A test of a mention for a licence of an issuer (a country, a state) other than the one
    issuer the posting names: the issuers `around` the mention in its clause, and none asked."""
    asked = set().union(*(issuers_in(text) for text in (req["name"], *req["forms"])))
    if len(asked) != 1:
        return None

    def of_another(mention: Evidence) -> bool:
        held = issuers_in(around(_clause(mention.text, mention.matched), mention.matched))
        return bool(held) and not held & asked

    return of_another


def _just_before(text: str, matched: str) -> str:
    """The words right before a mention ("Washington State" of "Valid Washington State
    driver's license"); nothing when the mention is not in the text."""
    at = text.lower().find(matched.lower())
    return text[max(0, at - _LICENCE_REACH) : at] if at >= 0 else ""


def _near(text: str, matched: str) -> str:
    """The words around a mention ("full New Zealand licence" in "Driver's licence: full New
    Zealand licence"), not the rest of its line ("..., Canadian passport")."""
    at = text.lower().find(matched.lower())
    if at < 0:
        return text
    return text[max(0, at - _LICENCE_REACH) : at + len(matched) + _LICENCE_REACH]


def _language_level(text: str, matched: str) -> str | None:
    """The level a resume gives a language, beside its name as a languages list writes it:
    "B1" of "German - B1; Goethe C1 exam scheduled", "conversational" of "Conversational
    Spanish"; None when none is given so ("Taught intermediate French" is a class taught)."""
    at = text.lower().find(matched.lower())
    if at < 0:
        return None
    after = re.split(r"[,;|]", text[at + len(matched) :], maxsplit=1)[0]
    found = _LEVEL_AT.search(after) or _LEVEL_BELOW.search(after) or _WEAK.search(after)
    if found:
        return found.group(0)
    # the word right before, opening the item or after "and": "Conversational Spanish",
    # "Fluent English and basic German", "Upper-intermediate Italian"
    before = re.split(r"[,;|:(]", text[:at])[-1].split()
    if not before or (len(before) > 1 and before[-2].lower() not in ("and", "&", "plus", "upper")):
        return None
    found = _LEVEL_AT.fullmatch(" ".join(before[-2:])) or _LEVEL_AT.fullmatch(before[-1])
    found = found or _LEVEL_BELOW.fullmatch(before[-1])
    return found.group(0) if found else None


# A licence's class ("Valid Class 4 driving license", "CDL Class A"): a resume's licence of
# another class ("Class 3 driving licence") is not the one asked. A letter class holds those
# after it (a Class A CDL allows Class B and C vehicles); a number's order differs by country
# (Class 1 is the largest in Canada, Class 5 in Singapore), so another number is another licence
# unless the posting takes a higher one.
_CLASS = re.compile(r"\b(?:[Cc]lass|CLASS)\s+([A-Z]|\d{1,2})\b")
_OR_HIGHER = re.compile(r"\b(?:or|and) (?:higher|above|better|equivalent)\b", re.I)


def _of_another_class(req: dict[str, Any]) -> Callable[[Evidence], bool] | None:
    """A test of a mention for a licence of a class other than the one the posting names."""
    # as the posting wrote it (its name, its first form), not the vocabulary's other spellings
    # ("class d license", "class 5 licence": how resumes write a driver's licence)
    asked = {m.group(1) for text in (req["name"], *req["forms"][:1]) for m in _CLASS.finditer(text)}
    if len(asked) != 1 or _OR_HIGHER.search(req["text"]):
        return None
    (wanted,) = asked

    def holds(held: str) -> bool:
        return held == wanted or (held.isalpha() and wanted.isalpha() and held < wanted)

    def of_another(mention: Evidence) -> bool:
        held = {m.group(1) for m in _CLASS.finditer(_clause(mention.text, mention.matched))}
        return bool(held) and not any(holds(c) for c in held)

    return of_another


# A line that only says how the one above it stands: "*Currently enrolled; expected completion
# May 2026*", "Expired 2021", "In progress"
_STATUS_ONLY = re.compile(
    r"^\W*(?:currently enrolled|enrolled|in progress|expected|anticipated|pending|awaiting|expired|lapsed|not yet"
    r"|due to (?:complete|finish)|completion expected|to be completed|scheduled|exam booked)\b",
    re.I,
)
_STATUS_WORDS = 12  # a status line is short


def status_lines_below(lines: Sequence[Line]) -> dict[tuple[int, int], str]:
    """(page, line) of each line whose next line only says how it stands, with that status."""
    ordered = visible(lines)
    below = {}
    for line, after in zip(ordered, ordered[1:], strict=False):
        text = after.text.strip()
        if text and len(text.split()) <= _STATUS_WORDS and _STATUS_ONLY.match(text):
            below[(line.page, line.number)] = text
    return below


# A credential someone else holds: "under LCSW supervision", "supervised by a licensed
# psychologist", "assisting RNs with wound care", "supporting the CPA on audits"
_OTHERS_BEFORE = re.compile(
    r"\b(?:under(?: the)?(?: (?:clinical )?supervision of)?|supervised by|assist(?:ed|ing)?|support(?:ed|ing)?)"
    r"\s+(?:an?\s+|the\s+|our\s+)?$",
    re.I,
)
_OTHERS_AFTER = re.compile(r"^['’]?s?\s*(?:supervision|oversight)\b", re.I)  # not "RN Supervisor": a title held


def _not_held(text: str, matched: str) -> bool:
    at = text.lower().find(matched.lower())
    others = (at > 0 and _OTHERS_BEFORE.search(text[:at])) or (
        at >= 0 and _OTHERS_AFTER.match(text[at + len(matched) :])
    )
    clause = _clause(text, matched)
    return bool(
        IN_PROGRESS.search(clause)
        or _partly_passed(clause)
        or (at > 0 and _BODY_BEFORE.search(text[:at]))
        or others
        or _planned(text, matched, at, clause)
    )


# A plan to get it: "I am signed up for the forklift operator class", "am sitting the PE Power exam
# in October" (British: taking it). Said of the credential itself: the plan comes before the mention,
# or the mention labels its line ("PE: ... sitting the PE Power exam"); not "BLS and ACLS (current),
# signed up for PALS in March", nor "QTS, preparing pupils sitting the GCSE exams".
_PLAN = re.compile(
    r"\bsigned up (?:for|to)\b|\b(?:am|is|are|will be) sitting (?:the |my |an? )?(?:[\w-]+ ){0,3}(?:exams?|examinations?|tests?|papers?)\b",
    re.I,
)


def _planned(text: str, matched: str, at: int, clause: str) -> bool:
    """Whether the mention at `at` is a credential one plans to get: the plan before it in
    its clause, or anywhere in the clause when the mention labels its line."""
    if at < 0:
        return False
    if labels_its_line(text[:at], text[at + len(matched) :]):
        return bool(_PLAN.search(clause))
    return bool(_PLAN.search(re.split(r"[;,]", text[:at])[-1]))


# Some of a credential's exams passed, not all: "ACCA: 9 of 13 papers passed", "passed Part 1 of 3"
_PARTS_OF = re.compile(
    r"\b(\d{1,2}) (?:of|out of|/) (\d{1,2}) (?:parts|papers|exams|modules|sections|units|levels)\b"
    r"|\b(?:part|paper|exam|module|section|unit|level) (\d) of (\d)\b",
    re.I,
)


def _partly_passed(clause: str) -> bool:
    for found in _PARTS_OF.finditer(clause):
        done, of = (int(n) for n in found.groups() if n is not None)
        if done < of:
            return True
    return False


def _clause(text: str, matched: str) -> str:
    """The clause of `text` that holds `matched`: "ACLS: expired 11/2023" of "BLS, valid
    through 2027; ACLS: expired 11/2023". The whole line when `matched` is not in it."""
    at = text.lower().find(matched.lower())
    if at < 0:
        return text
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    end = _CLAUSE_BREAK.search(text, at + len(matched))
    while end is not None and _STATUS_CLAUSE.match(text[end.end() :]):
        end = _CLAUSE_BREAK.search(text, end.end())
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _years(years: float | None, facts: ResumeFacts | None) -> tuple[str, str, tuple[str, ...]]:
    if years is None:
        return "unknown", "the posting gives no number of years", ()
    total = facts.total_years if facts is not None else None
    if total is None:
        return "unknown", "no dated jobs in the resume to count years from", ()
    jobs = tuple(
        f"{job.title or '?'} at {job.employer or '?'} ({job.start or '?'} - {job.end or '?'})"
        for job in (facts.experience if facts is not None else ())[:3]
    )
    if total >= years:
        return "met", f"{total:g} years of work in the resume, {years:g} asked", jobs
    return "missing", f"{total:g} years of work in the resume, {years:g} asked", jobs


def _degree(req: dict[str, Any], facts: ResumeFacts | None) -> tuple[str, str, tuple[str, ...]]:
    asked = _level_of(req["id"])
    degree = facts.highest_degree if facts is not None else None
    if degree is not None and degree.in_progress and facts is not None:
        # "Bachelor of Commerce - final year": a recruiter counts the degrees held
        held = [e for e in facts.education if e.degree_level != "other" and not e.in_progress]
        best = max(held, key=lambda e: _RANK.get(e.degree_level, 0), default=None)
        if asked > 0 and (best is None or _RANK.get(best.degree_level, 0) < asked):
            written, evidence = _degree_written(degree)
            return "missing", f"in progress, not held: {written}", evidence
        degree = best or degree  # a degree under way holds the school before it
    if degree is None:
        if asked == 0:
            return "unknown", "no education in the resume (a high school diploma is seldom written)", ()
        return "missing", "no degree found in the resume", ()
    _, evidence = _degree_written(degree)
    level = _RANK.get(degree.degree_level)
    if level is None:
        return "unknown", f"the resume's degree ({degree.degree or degree.degree_level}) has no known level", evidence
    if level >= asked:
        return "met", f"{degree.degree_level} in the resume, {req['name']} asked", evidence
    return "missing", f"{degree.degree_level} in the resume, {req['name']} asked", evidence


def _degree_written(degree: Education) -> tuple[str, tuple[str, ...]]:
    """A resume's degree as written ("B.Sc. Biology") and as evidence, with where it stands."""
    written = f"{degree.degree or degree.degree_level} {degree.field or ''}".strip()
    shown = f"p{degree.at.page} l{degree.at.line}: {written}" if degree.at.line else written
    return written, (shown,) if shown else ()


def _level_of(requirement_id: str) -> float:
    level = requirement_id.removeprefix("degree-").replace("-", " ")
    return _RANK.get(level, 0)
