"""A hit (where a posting's line names something) and the passes that read what the line
writes around it: a licence's state, class or issuer, a suite, the examples in brackets
after a skill, an abbreviation, the product whose certification it is; and the hits that are
places, dates, or a product's name used as an everyday word. reader.py runs them line by line."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..facts.places import CA_PROVINCES, COUNTRIES, US_STATES
from .lexicon import lexicon_dir
from .senses import initials
from .vocabulary import Term
from .words import CATEGORY_WORDS, EXAMPLES_OPEN, STOP, credential_kind, zipf

# The states' names ("new york"), not the words of them the phrase finder strips ("new", "york")
_STATE_NAMES = frozenset(name.lower() for name in US_STATES.values())


@dataclass(frozen=True)
class Hit:
    """One place a line names something of the vocabulary."""

    line: int
    start: int
    end: int
    key: str
    name: str
    kind: str
    forms: tuple[str, ...]
    source: str
    written: str
    lemmas: tuple[tuple[str, ...], ...] = ()


# what a skill's name is followed by when the posting names a part or a kind of that work
_KIND_OF_WORK_AFTER = re.compile(
    r"\s+(?:platforms?|campaigns?|strateg(?:y|ies)|channels?|techniques?|practices?|standards?|procedures?|principles?"
    r"|systems?|tools?|policies|policy)\b",
    re.I,
)


# a word before a skill that says which of it ("internal customer service", "basic computer
# skills"); not how much or how good ("excellent", "strong"), which a resume does not repeat
_WHICH_BEFORE = re.compile(
    r"(?<![\w-])(internal|external|basic|advanced|technical|clinical|written|verbal|oral|digital|financial|"
    r"commercial|international|local)\s+$",
    re.I,
)


def as_written(text: str, start: int, end: int, term: Term) -> tuple[int, int, tuple[str, ...]]:
    """A term's span and forms with what the posting writes around it as part of the ask:
    a licence's state, class or issuer ("Kentucky Cosmetology License", "class G or higher
    driver's license", "Driving License Class C"), a suite ("Microsoft Office Suite")."""
    forms = term.all_forms
    credential = term.kind in ("license", "certification")
    if text.startswith(")", end) and text.count("(", start, end) > text.count(")", start, end):
        end += 1  # "Professional Engineer (PE)": the bracket the name opened, closed
    state = _STATE_BEFORE.search(text, 0, start) if term.kind == "license" else None
    if state and state.group(1).lower() in _STATE_NAMES:
        forms = (*forms, f"{state.group(1)} {text[start:end]}")  # "Kentucky Cosmetology License"
        if class_before := _CLASS_BEFORE.search(text, 0, state.start(1)):
            start = class_before.start()  # "Class C Pennsylvania Motor Vehicle Operator's License"
            forms = (*forms, " ".join(text[start:end].split()))
    elif term.kind == "license" and (codes := _state_codes(text, start)):
        # "NC Driver's License", "CA or NV Driver's License": each state's name too, so that
        # another state's licence is told apart
        written = text[start:end]
        forms = (*forms, *(f"{code} {written}" for code in codes), *(f"{US_STATES[code]} {written}" for code in codes))
    elif term.kind == "license" and (class_before := _CLASS_BEFORE.search(text, 0, start)):
        start = class_before.start()  # "class “G” or higher driver’s license"
        forms = (*forms, " ".join(text[start:end].split()))
    elif credential and (kind_of := _CREDENTIAL_KIND_BEFORE.search(text, 0, start)):
        # "Class 5 drivers license", "South Carolina State Library Certification", "CA BRE
        # Real Estate License": the kind or issuer before the name is part of it
        words = kind_of.group(1).split()
        while words and words[0].lower() in _NOT_A_KIND:
            words = words[1:]
        if words:
            start = kind_of.start(1) + kind_of.group(1).index(words[0])
            forms = (*forms, " ".join(text[start:end].split()))
    elif term.kind == "certification" and (field := _FIELD_WORD_BEFORE.search(text, 0, start)):
        word = field.group(1).lower()
        if word not in _NOT_A_KIND and word not in STOP and zipf(word) < _FIELD_WORD_ZIPF:
            start = field.start(1)  # "a childcare first aid certificate": the course for that field
            forms = (*forms, " ".join(text[start:end].split()))
    if term.kind == "license" and (full := _FULL_BEFORE.search(text, 0, start)):
        start = full.start()  # "a full UK driving licence" (not a provisional one), "a clean driving license"
        forms = (*forms, " ".join(text[start:end].split()))
    if credential and (word := _CREDENTIAL_WORD_NEXT.match(text, end)):
        end = word.end()  # "First Aid certificate": as the posting writes it, a form too
        forms = (*forms, " ".join(text[start:end].split()))
    if term.kind == "tool" and (suite := _SUITE_AFTER.match(text, end)):
        end = suite.end()  # "Microsoft Office Suite", "HubSpot CRM": as the posting writes it, a form too
        forms = (*forms, text[start:end])
    elif term.kind == "tool" and text[start:end].isupper() and (kind := _SYSTEMS_AFTER.match(text, end)):
        end = kind.end()  # "GPS systems", "ERP software": an acronym's kind of thing, as written, a form too
        forms = (*forms, text[start:end], text[start:end].lower())
    if term.kind == "license" and (class_after := _CLASS_AFTER.match(text, end)):
        end = class_after.end()  # "Driving License Class C": the class is part of the ask
        forms = (*forms, " ".join(text[start:end].split()))
    if term.kind in ("skill", "soft") and (head := _KIND_OF_WORK_AFTER.match(text, end)):
        # "social media platforms", "customer service standards": the ask as written, a form too
        forms = (*forms, " ".join(text[start : head.end()].split()))
    if term.kind in ("skill", "soft") and (which := _WHICH_BEFORE.search(text, 0, start)):
        # "internal customer service", "basic computer skills": which of it, as written, a form too
        forms = (*forms, " ".join(text[which.start(1) : end].split()).lower())
    return start, end, forms


_STATE_BEFORE = re.compile(r"\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) $")
# "NC Driver's License", "CA or NV Driver's License", "NC/SC Driver's License"
_STATE_CODES_BEFORE = re.compile(r"(?<![\w.-])((?:[A-Z]{2}\s*(?:/|,|\bor\b)\s*)*[A-Z]{2}) $")
# codes that are also words written in capitals: "a valid ID OR Driver's License"
_CODE_WORDS = frozenset({"OR", "IN", "ME", "OK", "HI"})


def _state_codes(text: str, start: int) -> list[str]:
    """The US states named by their codes right before a licence; none when any word there is
    no state's code ("a US driver's license") or is a word in capitals ("ID OR Driver's")."""
    found = _STATE_CODES_BEFORE.search(text, 0, start)
    if found is None:
        return []
    codes = re.findall(r"[A-Z]{2}", found.group(1))
    if any(code not in US_STATES or code in _CODE_WORDS for code in codes):
        return []
    return codes


# One field word in lower case before a certification: "childcare first aid", "marine first aid"
_FIELD_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]{4,}) $")
_FIELD_WORD_ZIPF = 4.3  # wordfreq Zipf: "childcare" 3.3, "marine" 4.2; not "basic" 4.9, "required" 5.0
# Capitalised words or numbers right before a credential's name: its class, state or issuer
_CREDENTIAL_KIND_BEFORE = re.compile(r"(?<![\w-])((?:(?:[A-Z][\w&.'-]*|\d{1,2}[A-Z]?) ){1,4})$")
_CLASS_BEFORE = re.compile(
    r"(?<![\w-])(?i:class|category) [\"“'‘]?[A-Z0-9]{1,2}\+?[\"”'’]?(?: or (?i:higher|above|better))? $"
)
_FULL_BEFORE = re.compile(r"\b(?:[Ff]ull|[Cc]lean),? (?:and |& )?(?:(?:clean|valid|current|full) )?$")
_CREDENTIAL_WORD_NEXT = re.compile(
    r"(?: \([A-Z][\w./-]{1,8}\))? (?:certificate|certification|card|licen[cs]e|ticket)s?\b", re.I
)
# "Microsoft Office Suite", "HubSpot CRM", "Toast POS": the product with the kind of system it is
_SUITE_AFTER = re.compile(r" (?:[Ss]uite|SUITE|[Oo]nline|CRM|ERP|POS|EHR|EMR|HRIS|ATS|LMS|WMS|TMS|PMS)\b")
# "GPS systems", "ERP software": the kind of thing an acronym's tool is, as the posting writes it
_SYSTEMS_AFTER = re.compile(r" (?:systems?|software|platforms?|tools|solutions?)\b")
# A licence's class or category written after its name: "Driving License Class C", "licence (category B)"
_CLASS_AFTER = re.compile(
    r"[ ,(]*(?i:class|category|cat\.)\s+[A-Z0-9]{1,2}\+?(?:\s*(?:/|,|or)\s*[A-Z0-9]{1,2}\+?)*\b\)?"
)
_NOT_A_KIND = frozenset(
    """a an the valid current active must have has hold holds possess obtain maintain unrestricted clean
    required preferred and or with of in""".split()  # noqa: SIM905 (a word list reads best as words)
)


# two words for one thing: "grant writing/managing", "nanny/childcare experience" (not "and/or")
_SLASHED = re.compile(r"^(?!(?:and|or|his|her|him|she|he)/)([a-z]{3,})/(?!(?:and|or|his|her|him|she|he)$)([a-z]{3,})$")


def slash_alternatives(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "grant writing/managing": "grant writing" and "grant managing", each a form;
    "nanny/childcare experience": "nanny" and "childcare"."""
    for at, word in enumerate(words):
        if pair := _SLASHED.match(word):
            head = words[:at]
            tail = tuple(w for w in words[at + 1 :] if w not in ("experience", "skills", "skill"))
            return tuple(" ".join((*head, gerund, *tail)) for gerund in pair.groups())
    return ()


def holder_forms(words: tuple[str, ...], lemmas: tuple[str, ...], titles: frozenset[str]) -> tuple[str, ...]:
    """ "Veterinary Technician license": a resume writes "Licensed Veterinary Technician";
    "Pharmacy Technician certification": "Certified Pharmacy Technician"."""
    if len(words) < 2 or lemmas[-2] not in titles:
        return ()
    held = " ".join(words[:-1])
    if words[-1] in ("license", "licence"):
        return (f"licensed {held}",)
    if words[-1] in ("certification", "certificate"):
        return (f"certified {held}",)
    return ()


def agent_nouns(gerund: str) -> tuple[str, ...]:
    """Who does what a gerund names, as a job title writes it: "bartending" -> "bartender",
    "driving" -> "driver", "nursing" -> "nurse", "shipping" -> "shipper", "cooking" -> "cook"."""
    if not gerund.endswith("ing") or len(gerund) < 6:
        return ()
    stem = gerund[:-3]
    return (stem + "er", stem + "or", stem + "e", stem, stem + "ist")


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|each|every|per|our|your|their|this)\s+$", re.I)


def everyday_word(written: str, text: str, start: int) -> bool:
    """ "80-90% of the workday", "order in the workspace": a product's one-word name in lower
    case after an article is the everyday word; a product is named bare ("experience with
    Workday")."""
    return written.islower() and " " not in written and bool(_ARTICLE_BEFORE.search(text, 0, start))


def common_noun(hit: Hit, text: str) -> bool:
    """An O*NET product's hit that is the everyday word (everyday_word)."""
    return hit.source == "onet" and everyday_word(hit.written, text, hit.start)


_PLACES = frozenset((*COUNTRIES, *_STATE_NAMES, *(name.lower() for name in CA_PROVINCES.values())))
# "St Louis County MN", "Kirklees District", "Northamptonshire": a place by the kind of area it names
_AREA_NAME = re.compile(r"\b(?:County|Parish|Borough|Township|District|Province)(?:,? [A-Z]{2})?$|^[A-Z][a-z]+shire$")
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_MONTH = re.compile(rf"^(?i:{_MONTHS})[a-z]*\.?$")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*$")
_MONTH_YEAR = re.compile(rf"^(?:{_MONTHS})[a-z]*\.? ['’]?\d{{2,4}}$")
# a time zone after a clock time: "by 11:59 PM (EST)", "at 5pm GMT"
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s*[(\[]?\s*$", re.I)
_ZONE = re.compile(r"[A-Z]{2,5}")


# "weekends and some weekdays", "Midweek 2 to 4 nights": when one works, not what one has
_WHEN_WORDS = frozenset(
    [
        "morning",
        "mornings",
        "afternoon",
        "afternoons",
        "evening",
        "evenings",
        "night",
        "nights",
        "overnight",
        "overnights",
        "weekend",
        "weekends",
        "weekday",
        "weekdays",
        "midweek",
        "daytime",
        "daytimes",
    ]
)


@cache
def _towns() -> frozenset[str]:
    """The world's towns of 15,000 people or more (data/places.txt, from GeoNames)."""
    text = (lexicon_dir() / "places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


# Where a town's name is a maker's: "Experience with WordPress and Komatsu", "operate Hobart mixers"
_MAKER_BEFORE = re.compile(
    r"\b(?:with|using|use of|use|operate|operating|operation of|run|running|repair|repairing|service|servicing)\b"
    r"[^.;:]{0,40}$",
    re.I,
)


def place_or_date(written: str, before: str = "") -> bool:
    """A country, a state or province, a town written with its capitals ("Canberra",
    "Quezon City") unless the words `before` it use it as a maker's name ("with ... Komatsu"),
    an area by its kind, a month and year, a time of the week, an availability or a time zone
    after a clock time: where and when, nothing to have."""
    text = " ".join(written.split())
    words = text.lower().split()
    when = any(w in _WHEN_WORDS for w in words) and all(w in _WHEN_WORDS or w.isdigit() for w in words)
    when = when or (len(words) > 1 and words[-1] == "availability")  # "weekend availability", "open availability"
    town = text[:1].isupper() and text.lower() in _towns() and not _MAKER_BEFORE.search(before)
    day_month = bool(_MONTH.match(text) and _DAY_BEFORE.search(before))  # "15 APR | Job Id: ...": a date
    zone = bool(_ZONE.fullmatch(text) and _CLOCK_BEFORE.search(before))
    return (
        text.lower() in _PLACES
        or town
        or when
        or day_month
        or zone
        or bool(_AREA_NAME.search(text) or _MONTH_YEAR.match(text))
    )


def issuer_joined(hits: list[Hit], text: str) -> list[Hit]:
    """ "Facebook Blueprint certified", "Salesforce Administrator certification": the product
    right before a certification read from the words names whose certification it is."""
    joined: list[Hit] = []
    for hit in hits:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind == "tool"
            and hit.kind == "certification"
            and hit.source == "phrase"
            and previous.end < hit.start
            and not text[previous.end : hit.start].strip()
        ):
            name = f"{previous.written} {hit.name}"
            forms = (name, *(f"{previous.written} {form}" for form in hit.forms))
            written = text[previous.start : hit.end]
            joined[-1] = replace(
                hit, start=previous.start, key=f"phrase:{name.lower()}", name=name, forms=forms, written=written
            )
        else:
            joined.append(hit)
    return joined


# "(radiography, ultrasonography)", "(e.g. lamination, fondant)": examples of what precedes
_EXAMPLES_OPEN = re.compile(r"\s*\((?:e\.g\.,?|i\.e\.,?|such as|including|for example,?|especially)?\s*", re.I)
_EXAMPLES_JOINER = re.compile(r"^\s*(?:,|;|/|and|or|&|,\s*(?:and|or)|etc\.?)?\s*$", re.I)


_BRACKET_OPEN = re.compile(r"\s*\(\s*")  # "relational databases (Postgres, MariaDB, Oracle)"
# between two examples: a comma, "and", "or", or plain words no vocabulary names ("gauges, meters, calipers")
_EXAMPLE_GAP = re.compile(r"^\s*(?:,|/|;|and|or|&)?\s*(?:[a-z][\w-]*\s*(?:,|/|and|or)\s*){0,3}(?:and|or)?\s*$", re.I)


# Office programs are asked for themselves wherever they are named ("accounting software such as
# QuickBooks and Microsoft Excel" asks Excel too)
_OFFICE = re.compile(r"\b(?:Microsoft|MS Office|Excel|Word|Outlook|PowerPoint|Google Workspace|G Suite)\b")
# the end of an examples list: its bracket, its clause, or "etc.", "or similar"
_LIST_ENDS = re.compile(
    r"\s*(?:,?\s*(?:and|or)?\s*(?:etc\.?|or similar|or equivalent|similar|equivalent|and the like|and others|or others))?"
    r"\s*(?:[).;:\n]|$)",
    re.I,
)
_WISH_AFTER = re.compile(r"[^.;()]{0,20}\b(?:preferred|a plus|desired|desirable|ideally|an asset|a bonus)\b", re.I)


def category_examples_folded(hits: list[Hit], text: str) -> list[Hit]:
    """ "design software such as Adobe Photoshop, Illustrator, InDesign, or similar", "meeting
    platforms such as Zoom, Facebook Live": the category is the ask, and each product named
    after it is a form of it (a resume with any of them, or with the category's own words,
    meets it), as a recruiter reads examples; not a list of requirements of their own."""
    folded: list[Hit] = []
    index = 0
    while index < len(hits):
        head = hits[index]
        words = head.written.lower().split()
        opening = (
            (EXAMPLES_OPEN.match(text, head.end) or _BRACKET_OPEN.match(text, head.end))
            if head.source == "phrase" and head.kind in ("skill", "tool") and words[-1] in CATEGORY_WORDS
            else None
        )
        examples: list[Hit] = []
        if opening:
            at = opening.end()
            for hit in hits[index + 1 :]:
                gap = text[at : hit.start]
                if hit.kind not in ("skill", "tool") or not (not gap.strip() or _EXAMPLE_GAP.match(gap)):
                    break
                examples.append(hit)
                at = hit.end
        own_strength = examples and _WISH_AFTER.match(text, examples[-1].end)  # "(Raiser's Edge preferred)"
        if (
            examples
            and all(h.kind == "tool" and not _OFFICE.search(h.name) for h in examples)  # products, not the work
            and not own_strength
            and _LIST_ENDS.match(text, examples[-1].end)  # every example read ("forklifts, reach trucks and ...")
        ):
            forms = (*head.forms, *(f for h in examples for f in (h.written, h.name, *h.forms)))
            folded.append(replace(head, forms=tuple(dict.fromkeys(forms))))
            index += 1 + len(examples)
            continue
        folded.append(head)
        index += 1
    return folded


def examples_folded(hits: list[Hit], text: str) -> list[Hit]:
    """ "diagnostic imaging (radiography, ultrasonography)": the examples in brackets after a
    skill read from the words are forms of it, as a recruiter takes a resume's "radiographs"
    for the imaging asked, not requirements of their own. Named products and credentials in
    the brackets ("Microsoft Office (Word, Excel)") stay their own."""
    folded: list[Hit] = []
    index = 0
    while index < len(hits):
        head = hits[index]
        opening = _EXAMPLES_OPEN.match(text, head.end) if head.source == "phrase" and head.kind == "skill" else None
        close = text.find(")", opening.end()) if opening else -1
        inner = [h for h in hits[index + 1 :] if opening and h.start >= opening.end() and h.end <= close]
        gaps = [text[a.end : b.start] for a, b in zip(inner, inner[1:], strict=False)]
        if (
            opening
            and close > 0
            and inner
            and all(h.source == "phrase" and h.kind == "skill" for h in inner)
            and not text[opening.end() : inner[0].start].strip()
            and _EXAMPLES_JOINER.match(text[inner[-1].end : close])
            and all(_EXAMPLES_JOINER.match(gap) for gap in gaps)
        ):
            forms = tuple(dict.fromkeys((*head.forms, *(f for h in inner for f in h.forms))))
            folded.append(replace(head, forms=forms))
            index += 1 + len(inner)
            continue
        folded.append(head)
        index += 1
    return folded


_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z]{1,6}(?:-[A-Z]{1,4})?$")  # "RVT", "RRT-NPS", "CPC-A"


_HELD_AFTER = re.compile(
    r"\s+(certification|certificate|credential(?!\s+(?:management|lifecycle|rotation|issues?|stor(?:e|age)|vaults?|theft"
    r"|stuffing|provisioning|resets?|harvesting|dumping)\b)|licen[cs]e|registration)\b",
    re.I,
)


# "a London private hire licence (formerly known as a PCO Licence)", "(also called ...)",
# "(aka ...)": what follows names the same thing
_OTHER_NAME = re.compile(
    r"\s*\(\s*(?:(?:formerly|previously|also|often|commonly|sometimes|now)\s+)?(?:known as|called|referred to as|aka|a\.k\.a\.)"
    r"\s+(?:an?\s+|the\s+)?$"
    r"|\s*\(\s*(?:formerly|previously)\s+(?:an?\s+|the\s+)?$",
    re.I,
)


def _spelled_in_brackets(letters: Hit, words: Hit, text: str) -> bool:
    """ "NEC (National Electrical Code)": an abbreviation, then in brackets the words whose
    initials it is."""
    return (
        text[letters.end : words.start] in ("(", " (")
        and text[words.end : words.end + 2].strip()[:1] == ")"
        and bool(_ABBREVIATION.match(letters.written))
        and letters.written.isupper()
        and len(words.written.split()) >= 2
        and initials(words.written.split()) == letters.written.removesuffix("s")
    )


def abbreviations_folded(hits: list[Hit], text: str) -> list[Hit]:
    """ "Certified Dietary Manager (CDM)", "Registered Veterinary Technician (RVT)": the
    capitals in brackets right after a name are its abbreviation, a form of it (the
    vocabulary's hits are so joined in found.longest_hits; these are read from the words).
    So is another name in brackets: "(formerly known as a PCO Licence)"."""
    folded: list[Hit] = []
    for hit in hits:
        previous = folded[-1] if folded else None
        if (
            previous is not None
            and previous.kind == hit.kind
            and _OTHER_NAME.fullmatch(text[previous.end : hit.start])
            and text[hit.end : hit.end + 2].strip()[:1] == ")"
        ):
            forms = tuple(dict.fromkeys((*previous.forms, *hit.forms)))
            folded[-1] = replace(previous, end=text.index(")", hit.end) + 1, forms=forms)
            continue
        if (
            previous is not None
            and text[previous.end : hit.start] in ("(", " (")
            and text[hit.end : hit.end + 1] == ")"
            and _ABBREVIATION.match(hit.written)
            and hit.written[:1] == previous.written[:1].upper()
            and hit.kind not in ("language", "soft")
        ):
            forms = previous.forms if hit.written in previous.forms else (*previous.forms, hit.written)
            folded[-1] = replace(previous, end=hit.end + 1, forms=forms)
            held = _HELD_AFTER.match(text, hit.end + 1)
            if held and previous.kind in ("skill", "tool"):
                # "Vet Tech (VTNE) Certification": the credential the name and its letters name
                # (a requirement of its own, not the tool "Salesforce" of another line)
                word = held.group(1)
                more = (f"{hit.written} {word}".lower(),)
                folded[-1] = _held_as(folded[-1], f"{previous.written} {word}", word, held.end(), more)
            continue
        if previous is not None and _spelled_in_brackets(previous, hit, text):
            # "NEC (National Electrical Code)": the letters, then what they stand for; one ask
            forms = tuple(dict.fromkeys((*hit.forms, previous.written, *previous.forms)))
            folded[-1] = replace(hit, start=previous.start, end=text.index(")", hit.end) + 1, forms=forms)
            continue
        bracketed = text[hit.start - 1 : hit.start] == "(" and text[hit.end : hit.end + 1] == ")"
        if (
            bracketed
            and hit.kind == "skill"
            and _ABBREVIATION.match(hit.written)
            and (held := _HELD_AFTER.match(text, hit.end + 1))
        ):
            # "Plumber/Gas Fitter (JPG) License": the letters name the licence
            hit = _held_as(hit, f"{hit.written} {held.group(1)}", held.group(1), held.end())
        folded.append(hit)
    return folded


def _held_as(hit: Hit, name: str, word: str, end: int, more: tuple[str, ...] = ()) -> Hit:
    """The hit as the credential `word` ("Certification", "License") after it makes it: a
    requirement of its own name, to `end`, with the name and `more` as forms."""
    forms = (*hit.forms, *(f for f in (*more, name.lower()) if f not in hit.forms))
    return replace(hit, key=f"phrase:{name.lower()}", name=name, kind=credential_kind(word), end=end, forms=forms)
