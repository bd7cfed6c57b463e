"""Phrases no lexicon holds ("month-end close", "account reconciliations", "utilization
review", "IV therapy"), found in requirement lines: a line is cut into runs of words between
punctuation, function words and generic posting words, and a run is kept when its words
make a term (words.distinctive) or where the line says it is one ("knowledge of ...",
"... certification", "tools such as ..."). Phrases are matched in a resume by their words'
lemmas (spaCy lookup tables): "reconciled accounts" is not "account reconciliations", but
"account reconciliation" is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..facts.places import STATE_NAME_PATTERN
from ..matching import lemma_of
from .cues import inside
from .vocabulary import vocabulary
from .words import (
    CATEGORY_WORDS,
    DUTY_VERBS,
    EXAMPLES_OPEN,
    HELD_TITLE,
    JARGON_ZIPF,
    MAXHELD_TITLE_WORDS,
    NOT_DISTINCTIVE,
    PARTIES,
    SKILL_HEADS,
    STOP,
    adjective,
    adverb,
    buzz,
    credential_kind,
    distinctive,
    is_acronym,
    only_an_adjective,
    skill_compound,
    third_person_verb,
    verb_or_quality,
    web_service,
    zipf,
)

MAX_WORDS = 4

# Words: a name may hold digits ("ICD-10", "S3"); a number glued to capitals is a name too
# ("Civil 3D", "8D", "5S"), not a number before a word.
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?")
# A standard's number after its body's capitals keeps its parts: "IEC 60870-5-104", "IEC 61131-3".
# An electrical rating is one word too: "480V 3-phase", "24VDC controls".
_WORD = re.compile(
    r"[A-Za-z][A-Za-z0-9&+'’.-]*[A-Za-z0-9+]|[A-Za-z]|\d+(?:st|nd|rd|th)\b|\d{1,2}[A-Z]{1,3}\b"
    r"|\d{2,4}(?:V|VAC|VDC|kV|kVA|kW)\b"
    r"|(?<=[A-Z]{2} )\d{3,}(?:-\d+)+\b|\d+(?:\.\d+)*"
)
_NUMBER = re.compile(r"^\d+(?:st|nd|rd|th)?$")  # "10", "10th": a count or a rank, no name
# a slash beside a lone letter joins one name ("PSS/E", "A/B testing", "I/O"); "+" between
# spaced words is "and" ("venues + vendors")
_BREAK = re.compile(r"[,;:()\[\]|!?\"“”•·]|(?<!\b[A-Za-z])/(?![A-Za-z]\b)|\.(?:\s|$)|\s[-–—&+]\s|\|")


@dataclass(frozen=True)
class Phrase:
    text: str  # as first written
    words: tuple[str, ...]  # lower case
    lemmas: tuple[str, ...]
    start: int
    end: int
    kind: str = "skill"  # skill | tool (a product's name) | license | certification
    also: tuple[str, ...] = ()  # other ways a resume writes it ("certificate in machine trades")
    experience: bool = False  # the field of experience asked ("cashier experience"), a job's name or not


# What a run of words names, told by the word after it: "unarmed security guard license",
# "Fear Free certification"; "line cook experience", "knife skills".
_CREDENTIAL_WORD = r"(licen[cs]e|licensure|certification|certificate|credential|registration|endorsement|diploma|qualification|designation)s?\b"
_SLASHED_CREDENTIAL = re.compile(rf"\s*/\s*{_CREDENTIAL_WORD}", re.I)
_CREDENTIAL_AFTER = re.compile(rf"^\s*{_CREDENTIAL_WORD}", re.I)
_TIME_SPAN = re.compile(
    r"\b(?:the )?(?:last|past|previous|next|first) (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)"
    r" )?(?:years?|months?|weeks?|days?)\b",
    re.I,
)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\bwww\.\S+", re.I)
# the name of a body that grants a licence, up to the last word before it: "National Council of
# Nurses and " (of "National Council of Nurses and Midwives Licence"), "Nursing Council of "
_BODY_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,3}(?:Council|Board|Commission|Authority|Institute|Association|Society|Agency|College)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){0,2})?)$"
)
_CERTIFIED_AFTER = re.compile(r"^\s*certified\b", re.I)  # "ASE Certified", "ACT 120 certified"
_CARD_AFTER = re.compile(r"^\s*(card)s?\b", re.I)
_NOT_CARDS = frozenset(
    ["credit", "debit", "gift", "business", "report", "time", "sim", "key", "greeting", "score", "punch", "loyalty"]
)


def _card_holder(run: list[re.Match[str]]) -> bool:
    """Whether the words before "card" name a credential: an acronym or a capitalised name
    ("PER Card", "TWIC card", "Guard Card"), not "credit card" or "business card"."""
    words = [m.group(0) for m in run]
    return words[-1].lower() not in _NOT_CARDS and (
        any(is_acronym(w) for w in words) or any(w[:1].isupper() for w in words[1:]) or words[-1][:1].isupper()
    )


_ALTERNATIVE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+),? (?:or|and/or) $")
_PARENTHESIS_BEFORE_CREDENTIAL = re.compile(rf"^\s*\)\s*{_CREDENTIAL_WORD}", re.I)  # "(multistate) license"
_AREA_AFTER = re.compile(r"^\s*(?:experience|background|skills|knowledge|expertise)\b", re.I)
_STATE_WORDS = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada new hampshire jersey mexico york north carolina dakota ohio
    oklahoma oregon pennsylvania rhode island south tennessee texas utah vermont virginia washington west
    wisconsin wyoming state states district columbia united
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


_STATE_NAME_BEFORE = re.compile(rf"\b(?:{STATE_NAME_PATTERN})$")


# A pronoun or a quantifier right after a gerund: it is a verb acting on something named
# elsewhere ("thanking them for ..."), not a skill ("Branding, web design")
_PRONOUN_OBJECT = re.compile(r"\s+(?:them|him|her|it|us|you|one another|each other|any|every|all)\b")


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of content words: cut at punctuation, function words and generic posting words."""
    runs: list[list[re.Match[str]]] = []
    for piece in _piece_spans(text):
        run: list[re.Match[str]] = []
        titled = _title_case(text[piece[0] : piece[1]])  # "Animal Handling", "Customer Support": a term's name
        after_number = quantity = False  # "2 Mbps upload speeds": a unit, and what it measures
        for match in _WORD.finditer(text, piece[0], piece[1]):
            word = match.group(0).strip(".'’")
            number = bool(_NUMBER.match(word))
            number_of_acronym = word.isdigit() and run and run[-1].group(0)[:1].isupper()  # ASC 606, Microsoft 365
            glued_unit = word[:1].isdigit() and word.lstrip("0123456789").lower() in UNITS  # "50LBS"
            # an acronym is no function word: "Security PER Card", "US GAAP"
            acronym = word.isupper() and 2 <= len(word) <= 4 and word not in _CAPITAL_WORDS  # not "SKILLSET"
            stop = word.lower() in STOP and not acronym and not _opens_held_title(text, match)
            # "Animal Handling", "food handling", "patient care": the head of a term after its noun
            stop = stop and not (
                run
                and word.lower() in _HEAD_STOPS
                and (
                    titled
                    or (
                        word.islower()
                        and (
                            run[-1].group(0).islower()
                            or not text[: run[-1].start()].strip(" -*•·\t")  # "Cash handling" opening an item
                        )
                        and run[-1].group(0).lower() not in SKILL_HEADS
                    )
                )
            )
            if (
                stop
                and run
                and word[:1].isupper()
                and word[1:].islower()
                and word.lower() not in _JOINERS
                and run[-1].group(0)[:1].isupper()
            ):
                following = _WORD.search(text, match.end(), piece[1])  # "Early Years Foundation Stage": a name
                name_goes_on = following is not None and (
                    (following.group(0)[:1].isupper() and following.group(0).lower() not in STOP)
                    or _CREDENTIAL_AFTER.match(text[match.end() :]) is not None  # "NABCEP Associate certification"
                )
                stop = not name_goes_on
            if stop or (number and not number_of_acronym) or glued_unit:
                if run:
                    runs.append(run)
                run = []
                after_number, quantity = number and not number_of_acronym, glued_unit
            elif quantity or (after_number and word.lower() in UNITS):
                quantity = True  # up to the next break
            else:
                after_number = False
                run.append(match)
        if run:
            runs.append(run)
    return runs


# function words written in capitals for emphasis ("MUST love pets", "RN OR LPN"); "IT" as before
# words that join two names, never part of one: "Outreach And Apollo", "Pipedrive Or Close CRM"
_JOINERS = frozenset({"and", "or", "with", "in", "for", "of", "to", "the", "a", "an", "on", "at", "by", "as", "using"})
_CONTEXT = 150  # characters before a run that its context patterns read ("knowledge of the ...")


# one word joined to a phrase that shares its head or its first word: "water and sanitation
# facilities", "RNA / DNA isolation"; "data management and storage", "Animal Restraint and Safety"
_JOINED_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Za-z][\w-]*)\s*(?:\band\b|&|/)\s*$")
_JOINED_AFTER = re.compile(r"\s*(?:\band\b|&|/)\s*([A-Za-z][\w-]*)(?=\s*(?:[,.;:)]|$))")


def _with_coordinated(phrase: Phrase, text: str, found: list[Phrase]) -> Phrase:
    """The phrase with the word joined to it as written, as a list writes one item ("water and
    sanitation facilities"): a form a person would name it by, besides the phrase itself; not
    where the joined word is a phrase by itself ("Editing and Mixing": two asks)."""
    joined = []
    if (before := _JOINED_BEFORE.search(text, 0, phrase.start)) and _joinable(before.group(1)):
        joined.append((before.start(1), before.end(1), before.start(1), phrase.end))
    if (after := _JOINED_AFTER.match(text, phrase.end)) and _joinable(after.group(1)):
        joined.append((after.start(1), after.end(1), phrase.start, after.end(1)))
    forms = tuple(
        " ".join(text[start:end].split()).lower()
        for word_start, word_end, start, end in joined
        if not any(other.start == word_start and other.end == word_end for other in found)
    )
    if not forms:
        return phrase
    return replace(phrase, also=(*phrase.also, *(f for f in forms if f not in phrase.also)))


def _joinable(word: str) -> bool:
    lower = word.lower()
    return lower not in STOP and not buzz(lower, NOT_DISTINCTIVE) and not word.isdigit()


def _letters_qualified(words: list[str]) -> int:
    """How many words are a body's letters before "qualified" ("CIPFA qualified accountant":
    1, "CIPFA-qualified": 1), or 0."""
    for at, word in enumerate(words):
        letters, _, rest = word.partition("-")
        if rest.lower() == "qualified" and _body_letters(letters) and all(_body_letters(w) for w in words[:at]):
            return at + 1
        if word.lower() == "qualified":
            return at if at and all(_body_letters(w) for w in words[:at]) else 0
    return 0


def _body_letters(word: str) -> bool:
    """A professional body's letters: three or more ("CIPFA", "AAT"; not "HR", "GP", "IT")."""
    return is_acronym(word) and len(word) >= 3


def _qualification(text: str, letters: list[re.Match[str]]) -> Phrase:
    """A body's letters written before "qualified": the qualification it awards."""
    start, end = letters[0].start(), letters[-1].start() + len(letters[-1].group(0).split("-")[0])
    name = " ".join(text[start:end].split())
    lower = tuple(name.lower().split())
    return Phrase(name, lower, lower, start, end, "certification", (f"{name.lower()} qualified",))


def _before(text: str, start: int) -> str:
    """The text just before a run, for the patterns that end at it: a window, so that a long
    line is not searched from its start for every run."""
    return text[max(0, start - _CONTEXT) : start]


_CAPITAL_WORDS = frozenset(
    {"OR", "AND", "TO", "OF", "IN", "ON", "AT", "BY", "FOR", "THE", "AN", "AS", "WITH", "MUST", "NOT", "NO", "IT"}
)
# Words STOP holds as verbs that head a term's name in Title Case: "Animal Handling"
_HEAD_STOPS = frozenset({"handling", "support", "assisting", "supporting", "managing", "maintenance", "care"})


def _title_case(piece: str) -> bool:
    """A piece of two to four words, each capitalised: an item's name, not a sentence."""
    words = re.findall(r"[A-Za-z][\w'’-]*", piece)
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _opens_held_title(text: str, match: re.Match[str]) -> bool:
    """ "a Certified Commercial Pesticide Applicator", "a Licensed Practical Nurse": the word
    opens a title one holds (see HELD_TITLE) when capitalised before a capitalised word."""
    return match.group(0) in HELD_TITLE and bool(re.match(r"\s+[A-Z][a-z]", text[match.end() :]))


# Units written after a number: what follows measures something ("2 Mbps download", "50 lbs").
UNITS = frozenset("mbps gbps kbps kb mb gb tb ghz mhz lb lbs kg kgs oz mph psi kw kwh".split())  # noqa: SIM905

# Terms "general" is part of: "general contractor", "general surgery", "general ledger"
_GENERAL_TERMS = frozenset(
    """
    contractor contractors manager management practitioner practice surgery dentistry medicine ledger liability
    counsel education studies aviation anesthesia labor labour
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


# "a strong design sensibility", "an excellent research background": the word after is a noun
_ARTICLE_ADJECTIVE = re.compile(r"\b(?:a|an|the)\s+(?:strong|good|solid|excellent|keen|great|sound|proven)\s+$", re.I)


_KEPT_HEADS = frozenset({"keeping", "taking"})  # gerunds whose object is a noun, never a duty verb


def _trim(run: list[re.Match[str]], after: str = "", before: str = "") -> list[re.Match[str]]:
    """A run without the duty verb that opens it ("Prepare account reconciliations") and the
    buzzwords at its ends. After an article and an adjective the first word is a noun ("a
    strong design sensibility")."""
    words = [m.group(0) for m in run]
    # "record keeping skills", "record keeping", "note taking": the record is what is kept, no verb
    compound = _object_and_gerund(words) and (bool(_AREA_AFTER.match(after)) or words[1].lower() in _KEPT_HEADS)
    # "building maintenance experience": a kind of work named before "experience", no verb at work
    compound = compound or (len(words) == 2 and bool(_AREA_AFTER.match(after)) and words[1].lower() in SKILL_HEADS)
    noun_first = bool(_ARTICLE_ADJECTIVE.search(before))
    while run and (
        (
            not noun_first
            and not _verb_forms(run[0].group(0).lower(), len(run)).isdisjoint(DUTY_VERBS)
            and not _skill_alone(run)
            and not compound  # "record keeping skills": the record is what is kept, no verb
            and not _category_named([m.group(0) for m in run], after)  # "design software such as Photoshop"
        )
        or (buzz(run[0].group(0)) and not (len(run) > 1 and run[0].group(0).lower() in PARTIES))
        or (adverb(run[0].group(0)) and len(run) > 1)
        or (len(run) > 1 and _everyday_owner(run[0].group(0)))
    ):
        run = run[1:]  # "accurately identify": the adverb says how; "the organization's HRIS": whose
        noun_first = False
    while run and (buzz(run[-1].group(0)) or (adverb(run[-1].group(0)) and len(run) > 1)):
        run = run[:-1]  # "robust ETL pipelines" keeps "ETL pipelines"; "orders accurately" loses "accurately"
    return run


def _category_named(words: list[str], after: str) -> bool:
    """A kind of product named by two or three words with its examples after it ("design
    software such as Photoshop", "meeting platforms such as Zoom")."""
    return (
        2 <= len(words) <= 3
        and words[-1].lower() in CATEGORY_WORDS
        and (EXAMPLES_OPEN.match(after) is not None or _NAMES_INCLUDED.match(after) is not None)
    )


# "industrial control systems, including PLCs and VFDs": named examples after a comma
_NAMES_INCLUDED = re.compile(r"\s*,\s*including\s+(?=[A-Z])")


def _verb_forms(word: str, run_length: int) -> set[str]:
    """The verbs a word may be a form of: its lemma, and for a gerund opening three words or
    more its stem with and without an "e" (spaCy's lookup table gives "develope" for
    "developing digital collections"; "developing economies" is a kind of economy)."""
    forms = {lemma_of(word)}
    if word.endswith("ing") and len(word) > 5 and run_length >= 3:
        forms |= {word[:-3], word[:-3] + "e"}
    return forms


def _everyday_owner(word: str) -> bool:
    """ "organization's", "company's": an everyday noun owning what follows, not a name
    ("Raiser's Edge")."""
    lower = word.lower()
    return lower.endswith(("'s", "’s")) and word[:1].islower() and zipf(lower[:-2]) >= 4.0


# "knowledge of the Early Years Foundation Stage": a framework, an act, a standard to know
_KNOWN_NAME_BEFORE = re.compile(r"\b(?:knowledge|understanding|awareness) of (?:the )?$", re.I)
# "the Council of", "Board of", "Society of": a body's name goes on after "of"
_NAME_GOES_ON = re.compile(
    r"\b(?:Council|Board|Society|Association|Commission|Department|Institute|Academy|College|University"
    r"|Federation|Bureau|Ministry|Office|Agency|Authority|Chamber|Committee) (?:of|for|on) (?:the )?$"
)
_MEMBER_OF = re.compile(r"\bmember(?:ship)?\b[^.;]{0,120}$", re.I)
_ABILITY_BEFORE = re.compile(
    r"\b(?:capable of|experiences?(?: in| with)?|experienced in|skilled (?:in|at)|proficien(?:t|cy) (?:in|at)"
    r"|adept at|good at|skills? in|ability in)\s+(?:[a-z]+ing,? (?:and|or|&) )?$",
    re.I,
)
_CREDENTIAL_AS = re.compile(
    r"\b(certification|certified|licen[cs]ed|licen[cs]e|licensure|registration|registered) as an? "
    # "licensure as a Physical /Occupational Therapist": the second of two held titles
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*(?:/|\bor\b|\band/or\b)\s*)?$",
    re.I,
)
_REGISTERED_WITH = re.compile(r"\bregist(?:ered|ration) with (?:the )?$", re.I)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:\w+ly\s+)?(?:\w+\s+(?:and|or)\s+)?$", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$", re.I)
_MEANS_BEFORE = re.compile(r"\b(?:by|while|when|through|after|before)\s+$", re.I)
# "grammar skills must be impeccable": a word after "must be" says how a thing must be, names nothing
_MODAL_BE_BEFORE = re.compile(
    r"\b(?:must|should|shall)\s+(?:always\s+)?be\s+(?:\w+ly\s+)?$", re.I
)  # not "will be phlebotomy"
# where a word is a thing named, whatever else it can be: "proficient in excel"
_NOUN_SLOT_BEFORE = re.compile(r"\b(?:in|with|of|using|including|the|an?)\s+$", re.I)
_NAMING_VERBS = frozenset({"titled", "entitled", "called", "named", "labeled", "labelled"})


def _fragment(words: list[str]) -> bool:
    """Words of a sentence, not a term: an adverb inside ("complex electronically produced")
    or a participle of an everyday verb at the end ("criteria described")."""
    if any(adverb(w) for w in words[1:-1]):
        return True
    if any(w.lower() in _NAMING_VERBS for w in words[1:]):
        return True  # "online workshop titled Introduction": a sentence naming something
    last = words[-1].lower()
    if len(words) > 1 and (last in _EMPTY_HEADS or (last == "list" and adjective(words[-2]))):
        return True  # "an added advantage", "nerdy stuff", "an exhaustive list": no thing to have
    return _participle_end(words)


def _head_cut_off(words: list[str], after: str) -> bool:
    """ "interpreting electrical", "key strategic": words ending in an adjective (WordNet knows
    it as nothing else) whose noun was cut off; not one whose noun follows a coordination
    ("dialectical behavioral or psychoanalysis therapies"), nor "accounts receivable"."""
    last = words[-1]
    return (
        len(words) > 1
        and last.islower()
        and not last.endswith(("able", "ible"))
        and only_an_adjective(last)
        and _WORD_AFTER.match(after) is not None  # the noun is there, read apart ("... residential" at an end stays)
        and not _COORDINATED_AFTER.match(after)
    )


# a word (not a preposition: "RG146 compliant in superannuation" says of what), or a term read
# apart (masked as commas)
_WORD_AFTER = re.compile(r"\s+(?!(?:in|of|to|for|with|at|on|by|from|as)\b)[A-Za-z]|\s*,,")


_COORDINATED_AFTER = re.compile(r"\s*(?:,(?!,)|/|&|\band\b|\bor\b)")  # (",," is a term masked, no list)


# Nouns that head a phrase of a sentence, never a skill or a tool
_EMPTY_HEADS = frozenset(
    "advantage advantages asset assets stuff thing things journey fact facts reason reasons".split()  # noqa: SIM905
)
_AGENT_AFTER = re.compile(r"\s+(?:by|in|for|at|under)\b")  # "SOP defined by the Company"; not "NHS funded"


def _participle_end(words: list[str]) -> bool:
    """ "criteria described", "SOP defined": a participle of an everyday verb ends the words."""
    last = words[-1].lower()
    return (
        len(words) > 1
        and len(last) > 4
        and last.endswith("ed")
        and "-" not in last
        and last not in ("certified", "licensed", "registered")
        and any(zipf(stem) >= 3.5 for stem in (last[:-2], last[:-1]))
    )


def _skill_alone(run: list[re.Match[str]]) -> bool:
    """A lone gerund that names a trade or skill ("drafting", "welding"), not a duty verb."""
    return len(run) == 1 and run[0].group(0).lower() in SKILL_HEADS


def _piece_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def _list_item(words: list[str], long_list: bool = False) -> bool:
    """Two or three words of a list after "knowledge of", one in lower case (all capitals
    is a name: a product is read as one, a place, "Salt Lake City", is not), or one word in
    lower case that is not an everyday one ("anatomy", "bookkeeping"; not "sales"); in a
    list of four items or more, a commoner singular noun is an item too ("typography,
    color use, animation, composition"), capitalised or not."""
    if len(words) == 1:
        word = words[0]
        # a singular noun: plurals this common are what a list is about ("guidelines", "trends")
        lower = word.lower()
        # ("Broadcasting, Editing and Mixing": a gerund names the work, one thing)
        singular = (
            (lemma_of(lower) == lower or lower.endswith("ing"))
            and not adjective(lower)
            and not word.endswith(("ly", "ed"))
        )
        common = LONG_LIST_WORD_ZIPF if long_list and singular else 0
        return (
            # in a long list items may be capitalised as a form writes them ("Telephone, Fax, Copier")
            (word[:1].islower() or (long_list and word[1:].islower()))
            # a trade's word, however common, is an item of a long list ("development, planning, ...")
            and (
                not buzz(word.lower(), NOT_DISTINCTIVE)
                or (long_list and lower in SKILL_HEADS and lower.endswith("ing") and lower != "building")
            )
            and (zipf(word) < max(LIST_WORD_ZIPF, common) or word in SKILL_HEADS)  # "marketing, production, ..."
        )
    return (
        2 <= len(words) <= 3
        and any(w[:1].islower() for w in words)
        and not any(buzz(w) for w in words)
        and not buzz(words[-1], NOT_DISTINCTIVE)  # "compensation practices", not "design solutions"
    )


LIST_WORD_ZIPF = 4.0  # a one-word item of a "knowledge of" list: "anatomy" (3.9), not "principles" (4.4)
LONG_LIST_WORD_ZIPF = 4.5  # in a list of four or more: "animation" (4.2), "composition" (4.3)
_ITEM_BEFORE = re.compile(r"(?:^|[,;:]|\band|\bor|\bof|\bin|\bwith)\s*$", re.I)
_ITEM_AFTER = re.compile(r"^\s*(?:$|[,;.)]|and\b|or\b)", re.I)


def _long_list(text: str, listed: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether the list holding `at` has four items or more (three commas)."""
    return any(a <= at < b and text.count(",", a, b) >= 3 for a, b in listed)


def _comma_item(text: str, start: int, end: int) -> bool:
    """A word written as an item between a colon or commas ("use: Telephone, Fax, Copier"),
    not beside a term masked out of the text (masks are commas with no space)."""
    return bool(re.search(r"(?:[:,]\s+|\b(?:and|or)\s+)$", text[:start])) and bool(
        re.match(r"(?:,\s|\s+(?:and|or)\b|\s*[.;]?\s*$)", text[end:])
    )


def _whole_item(text: str, start: int, end: int) -> bool:
    """The word is a whole item of its list ("terminology, anatomy and physiology"), not a
    word inside a longer one ("in lieu of experience")."""
    return bool(_ITEM_BEFORE.search(text[:start]) and _ITEM_AFTER.match(text[end:]))


_PLACE_OR_BODY = frozenset(
    """
    city county street avenue road metro area region valley beach park heights springs falls lake
    hospital clinic university college school academy center centre institute inc llc ltd corp company
    group partners associates foundation department office association society board council commission
    north south east west northern southern eastern western midlands
    hotel hotels resort resorts restaurant restaurants apartment apartments departments offices markets
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def _area(words: list[str]) -> bool:
    """What "X experience" names: two or three words ("line cook"), one that is not an
    everyday word ("warehouse"; not "care"), or a field's adjective ("clinical", "military")."""
    if len(words) == 1:
        if _object_and_gerund(words[0].split("-")):
            return True  # "record-keeping skills", "note-taking skills": a compound of two everyday words
        if words[0].lower() in SKILL_HEADS and words[0].lower().endswith("ing"):
            return True  # "Reporting skills", "cooking experience": a trade's work, however common the word
        if _field_adjective(words[0].lower()):
            return True  # "clinical skills", "commercial knowledge", "financial experience"
        return zipf(words[0].lower()) < JARGON_ZIPF and not adjective(words[0])  # not "extensive knowledge"
    return 2 <= len(words) <= 3


# Adjectives of a field end so ("clinical", "commercial", "mechanical", "culinary"); those
# that say how much, how good or which ("general", "practical", "additional") name no field.
_FIELD_ENDING = re.compile(r"^[a-z]{4,}(?:ical|ial|al|ary|ic)$")
_NO_FIELD = frozenset(
    """
    general several additional professional essential formal practical educational typical critical official
    original personal potential normal special minimal optimal crucial initial actual annual individual
    mutual internal external verbal visual national international global regional central logical physical
    proportional exceptional substantial primary secondary necessary preliminary ordinary temporary
    contemporary complementary supplementary elementary arbitrary voluntary customary exemplary
    extraordinary public specific generic classic dynamic realistic authentic enthusiastic energetic
    pragmatic strategic academic economic historic numerical analytical interpersonal organizational
    organisational conceptual functional operational fantastic terrific natural phenomenal magical emotional
    mental cultural traditional principal capital material political integral pivotal fundamental
    instrumental sensational
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_FIELD_ZIPF = 5.3  # "medical" 5.16 names a field, however everyday the word


def _field_adjective(word: str) -> bool:
    """ "clinical", "commercial", "military": an adjective that names a field of work."""
    return bool(_FIELD_ENDING.match(word)) and word not in _NO_FIELD and zipf(word) < _FIELD_ZIPF and not buzz(word)


def _object_and_gerund(words: list[str]) -> bool:
    """ "record keeping", "note taking": a noun and the gerund of what is done to it."""
    return (
        len(words) == 2
        and all(w.isalpha() for w in words)
        and words[1].lower().endswith("ing")
        and not words[0].lower().endswith("ing")
        and len(words[0]) > 2
    )


def _product_name(words: list[str], at_line_start: bool, after: str, known: bool = False) -> bool:
    """ "Adaptive Insights", "Fear Free": two or three capitalised words inside a line (not its
    first words, which are capitalised anyway), not a place ("Salt Lake City", "Dayton, OH")
    nor an organisation ("Mercy Hospital"). `known`: named as a thing to know ("knowledge of
    the Early Years Foundation Stage"), which may be longer."""
    longest = MAXHELD_TITLE_WORDS if words[0] in HELD_TITLE else (5 if known else 3)
    return (
        not at_line_start
        # a title one holds may be longer: "a Certified Commercial Pesticide Applicator"
        and 2 <= len(words) <= longest
        and all(w[:1].isupper() for w in words)
        and any(any(ch.islower() for ch in w) for w in words)  # "US GAAP" is not a product
        and not all(w.lower() in _STATE_WORDS for w in words)
        and (known or not any(w.lower() in _PLACE_OR_BODY for w in words))
        and not re.match(r"^\s*,\s*[A-Z]{2}\b", after)
    )


# "Gender Preference: Female", "Soft Skills and Personality traits:": a label inside a line
# names what follows; the words before the colon ask for nothing.
# A line that is a field and its requiredness, as application forms list them
_REQUIREDNESS_FIELD = re.compile(
    r"^\W{0,4}(?:[-*•·]\s*)?(?P<label>[A-Za-z][^:,;.]{1,60}?)\s*:\s*"
    r"(?:required|essential|mandatory|desirable|desired|preferred|optional|(?:an? )?(?:advantage|plus|asset|bonus)"
    r"|advantageous|beneficial)\W*$",
    re.I,
)
_FIELD_LABEL_WORDS = 6
_LABEL_AFTER = re.compile(r"^(?:\s+(?:knowledge|skills?|requirements?))?\s*:(?!\d)")
# "support to departments such as Accounting and Human Resources": who, not what; "read and
# interpret documents such as safety rules, operating and maintenance instructions, and procedure
# manuals": what one reads at work, none of it a skill (not "drafting legal documents such as
# pleadings, motions": what one writes is)
_DEPARTMENT_LIST = re.compile(
    r"(?:\bdepartments?\b[^.;:]{0,30}?|\b(?:read|interpret|follow|understand)\w*\s+(?:and\s+\w+\s+)?documents,?\s+)"
    r"(?:such as|like|including|e\.g\.)\s*:?",
    re.I,
)
# "tools such as", "software like", "platforms (e.g.": what follows names products, one
# capitalised word each ("Sketch", "Invision") however common the word.
_TOOL_LIST = re.compile(
    r"\b(?:tools?|software|platforms?|applications?|apps|programs?|suites?|packages?|systems?)\b[^.;:]{0,30}?"
    r"(?:such as|like|including|e\.g\.)\s*:?",
    re.I,
)
# "licenses, i.e., Sheet Metal, Refrigeration", "certifications such as": each item is one.
_CREDENTIAL_LIST = re.compile(
    r"\b(licen[cs]es?|certifications?|certificates?)\b\s*,?\s*(?:i\.e\.|e\.g\.|such as|including|like)\s*,?",
    re.I,
)
_LIST_STOP = re.compile(r"[.;:)](?:\s|$)|\betc\b")


def _list_end(text: str, start: int) -> int:
    stop = _LIST_STOP.search(text, start)
    return stop.start() if stop else len(text)


def _shouting(text: str) -> bool:
    """A line written in capitals (a bulletin's notes): its words are no acronyms or names."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 6 and len(letters) >= 20 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def phrases_in(text: str, prose: bool = False, listed: Sequence[tuple[int, int]] = ()) -> list[Phrase]:
    """Distinctive phrases of one requirement line, in the order written; `prose` asks
    for rarer words (PROSE_JARGON_ZIPF, PROSE_RARE_ZIPF). Inside `listed` spans (the list
    after "knowledge of", cues.listed_spans) a run of two or three words is an item of the
    list, a term however common its words ("tax laws"), unless one of them is a buzzword
    or a generic posting word."""
    if field_label := _field_label(text):
        return [field_label]
    if _shouting(text):
        text = text.lower()  # "A LICENSE AS A CERTIFIED WELDER ... WATER AND POWER": capitals name nothing here
    text = _ADDRESS.sub(lambda m: "," * len(m.group(0)), text)  # an e-mail or a web address names no skill
    text = _TIME_SPAN.sub(lambda m: "," * len(m.group(0)), text)  # "in the last three years": when, not what
    registers = _registers(text)  # "Registration with the College of Dietitians of Ontario": one licence
    for phrase in registers:
        text = text[: phrase.start] + "," * (phrase.end - phrase.start) + text[phrase.end :]
    line = _LineLists(
        text=text,
        prose=prose,
        listed=listed,
        first_word=_WORD.search(text, _ITEM_NUMBER.match(text).end()),  # type: ignore[union-attr]
        tool_lists=[(m.end(), _list_end(text, m.end())) for m in _TOOL_LIST.finditer(text)],
        departments=[(m.end(), _list_end(text, m.end())) for m in _DEPARTMENT_LIST.finditer(text)],
        credential_lists=[
            (m.end(), _list_end(text, m.end()), m.group(1).lower()) for m in _CREDENTIAL_LIST.finditer(text)
        ],
    )
    found: list[Phrase] = list(registers)
    for run in _runs(text):
        _read_run(line, run, found)
    found.sort(key=lambda phrase: phrase.start)
    found = [_with_coordinated(phrase, text, found) if phrase.kind == "skill" else phrase for phrase in found]
    return _levelled_certificates(text, _credentials_in(text, found))


def _field_label(text: str) -> Phrase | None:
    """ "- Cooking: required", "- Driving a car: desirable": a form's field, the label the ask."""
    labelled = _REQUIREDNESS_FIELD.match(text)
    words = _WORD.findall(labelled.group("label")) if labelled else []
    if not labelled or not 0 < len(words) <= _FIELD_LABEL_WORDS or all(w.lower() in STOP for w in words):
        return None
    name = " ".join(labelled.group("label").split())
    lower = tuple(w.lower() for w in words)
    lemmas = tuple(lemma_of(w) for w in lower)
    return Phrase(name, lower, lemmas, labelled.start("label"), labelled.end("label"), "skill")


@dataclass(frozen=True)
class _LineLists:
    """A line as phrases_in reads its runs: the text (addresses and time spans blanked),
    and where its lists run."""

    text: str
    prose: bool
    listed: Sequence[tuple[int, int]]  # the list after "knowledge of"
    first_word: re.Match[str] | None  # the first word of the item ("3. Submits ...": "Submits")
    tool_lists: list[tuple[int, int]]  # "tools such as ..."
    departments: list[tuple[int, int]]  # "departments such as ...": no asks
    credential_lists: list[tuple[int, int, str]]  # "certifications such as ...", with the word


def _read_run(line: _LineLists, run: list[re.Match[str]], found: list[Phrase]) -> None:
    """The phrase of one run of content words, into `found`: a qualification, a licence of
    a state, a named thing (_named_run) or a term (_term_run); or none."""
    text = line.text
    if inside(line.departments, run[0].start(), run[-1].end()):
        return
    while len(run) > 1 and adverb(run[-1].group(0)):
        run = run[:-1]  # "How to Use WordPress and Joomla Properly": how, in a heading's capitals
    if letters := _letters_qualified([m.group(0) for m in run]):
        found.append(_qualification(text, run[:letters]))  # "CIPFA qualified", "CIPFA-qualified accountant"
        return
    after = text[run[-1].end() :]
    if _LABEL_AFTER.match(after):
        return
    if _PARENTHESIS_BEFORE_CREDENTIAL.match(after) and not (len(run) == 1 and _acronyms(run[0].group(0))):
        return  # "a compact (multistate) license": a kind of the licence, asked for with it
    credential = _CREDENTIAL_AFTER.match(after)
    if not credential and len(run) > 1 and run[-1].group(0).lower() in ("card", "cards") and _card_holder(run[:-1]):
        run = run[:-1]  # "Security PER Card", "TWIC card": a licence a state or agency issues
        after = text[run[-1].end() :]
        credential = _CARD_AFTER.match(after)
    if credential:
        state = run
        while run and run[0].group(0).lower() in _STATE_WORDS:
            run = run[1:]  # "North Carolina unarmed security guard license": the licence, not the state
        if not run:
            # "Active Illinois license required": the licence to practise in that state;
            # "valid Nebraska license as a ...": what follows names it
            if state_licence := _state_licence(text, state, credential):
                found.append(state_licence)
            return
    if not _named_run(line, run, after, credential is not None, found):
        _term_run(line, run, after, credential, found)


def _acronyms(word: str) -> bool:
    """An acronym, or acronyms joined by hyphens as credentials are named ("RRT-NPS", "CPC-A")."""
    return all(is_acronym(part) or (part.isupper() and part.isalpha()) for part in word.split("-")) and any(
        is_acronym(part) for part in word.split("-")
    )


# A body one registers with, is licensed by or is a member of, by its name: "the College of
# Dietitians of Ontario", "the State Board of Nursing", "Dietitians of Canada and the Gerontology
# Network". Its name's words are capitalised, joined by "of", "for", "and" or "&".
_NAME_WORD = r"(?-i:[A-Z][\w'’&.-]*)"
_BODY_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|(?:and|&)\s+(?!the\b))?{_NAME_WORD})+"
_REGISTER_WITH = re.compile(
    rf"\b(?P<cue>regist(?:ered|ration)|licen[cs](?:ed|ure)|member(?:ship)?)\s+(?:with|of|by|in|on)"
    rf"\s+(?:the\s+)?(?P<bodies>{_BODY_NAME}(?:\s*(?:,|and|&|or)\s+(?:the\s+)*{_BODY_NAME})*)",
    re.I,
)
_ONE_BODY = re.compile(rf"{_BODY_NAME}")
# how a resume writes that one holds each: "member of the Gerontology Network"
_HELD_WITH = {
    "membership": ("member of the", "member of"),
    "license": ("licensed by the", "licensed by"),
    "registration": ("registered with the", "registration with the"),
}
_BODY_WORD = re.compile(
    r"\b(?-i:College|Council|Board|Order|Register|Registry|Association|Society|Institute|Chamber|Network|Federation"
    r"|Academy|Commission|Authority|Agency|Guild|Union)\b"
)
_PLACE_HELD = re.compile(
    r"\b(?:facility|facilities|cent(?:er|re)s?|agency|agencies|homes?|services?|providers?|organi[sz]ations?|practices?"
    r"|clinics?|hospitals?|schools?|company|companies|business(?:es)?|firms?)\s+(?:that (?:is|are)\s+|which (?:is|are)\s+)?$",
    re.I,
)
# "Dietitians of Canada": a body named by its members and its country, with no word for a body
_MEMBERS_OF_PLACE = re.compile(r"^(?-i:[A-Z][a-z]+s) of (?:the )?(?-i:[A-Z][a-z]+)")


def _registers(text: str) -> list[Phrase]:
    """The bodies a line asks one to be registered with, licensed by or a member of, each a
    credential named after the body ("College of Dietitians of Ontario registration"); a
    resume names the body."""
    phrases = []
    for match in _REGISTER_WITH.finditer(text):
        if _PLACE_HELD.search(text, 0, match.start()):
            continue  # "an agency registered with the Care Quality Commission": the place's, not the candidate's
        cue = match.group("cue").lower()
        word = "membership" if cue.startswith("member") else "license" if cue.startswith("licen") else "registration"
        kind = "certification" if word == "membership" else "license"
        for body in _ONE_BODY.finditer(text, match.start("bodies"), match.end("bodies")):
            name = body.group(0)
            if not (_BODY_WORD.search(name) or _MEMBERS_OF_PLACE.match(name)):
                continue  # "registered with Medicare Australia", a place: no body named so
            if name.lower() in vocabulary().lower:
                continue  # "the General Pharmaceutical Council": the vocabulary's GPhC registration, with its forms
            lower = tuple(w.lower() for w in name.split())
            also = (name, *(f"{words} {name.lower()}" for words in _HELD_WITH[word]))
            phrases.append(
                Phrase(
                    f"{name} {word}",
                    (*lower, word),
                    (*(lemma_of(w) for w in lower), word),
                    body.start(),
                    body.end(),
                    kind,
                    also,
                )
            )
    return phrases


def _named_run(line: _LineLists, run: list[re.Match[str]], after: str, credential: bool, found: list[Phrase]) -> bool:
    """Whether the run names something, read into `found`: an item of a list of tools, a
    web service, an item of a list of credentials, a product; or the end of a body's name,
    read as nothing."""
    text = line.text
    raw = [m.group(0).strip(".'’") for m in run]
    if len(raw) == 1 and raw[0][:1].isupper() and inside(line.tool_lists, run[0].start(), run[0].end()):
        lemmas = (lemma_of(raw[0].lower()),)  # "design tools such as Sketch, Invision": each a product
        found.append(Phrase(raw[0], (raw[0].lower(),), lemmas, run[0].start(), run[0].end(), "tool"))
        return True
    if len(raw) == 1 and (service := web_service(raw[0])) is not None:
        # "Bill.com", "Salesforce.com": a service named by its address; a resume may drop the
        # ".com" of a name that is no everyday word ("Salesforce", not "Bill")
        also = (service,) if zipf(service.lower()) < _EVERYDAY_ZIPF else ()
        found.append(Phrase(raw[0], (raw[0].lower(),), (raw[0].lower(),), run[0].start(), run[0].end(), "tool", also))
        return True
    listed_as = next((w for a, b, w in line.credential_lists if a <= run[0].start() and run[-1].end() <= b), None)
    in_parenthesis = text.count("(", 0, run[0].start()) > text.count(")", 0, run[0].start())
    if listed_as and not credential and not in_parenthesis and not buzz(raw[-1], NOT_DISTINCTIVE) and len(raw) <= 3:
        kind = credential_kind(listed_as)  # also the word appended
        lower = (*(w.lower() for w in raw), kind)
        written = " ".join(text[run[0].start() : run[-1].end()].split())
        lemmas = tuple(lemma_of(w) for w in lower)
        also = (written,) if written.isupper() else ()  # "NASM": a resume names the body alone ("NASM-CPT")
        found.append(Phrase(f"{written} {kind}", lower, lemmas, run[0].start(), run[-1].end(), kind, also))
        return True
    before = _before(text, run[0].start())
    if (
        not credential
        and all(w[:1].isupper() for w in raw)
        and _NAME_GOES_ON.search(before)
        and not _MEMBER_OF.search(before)  # a body one must belong to is asked
    ):
        return True  # "the Council of Social Work Education": the end of a body's name
    at_line_start = line.first_word is not None and run[0].start() == line.first_word.start()
    known = bool(_KNOWN_NAME_BEFORE.search(before))
    if credential or not _product_name(raw, at_line_start, after, known):
        return False
    _products(text, run, raw, before, after, known, found)
    return True


def _products(
    text: str, run: list[re.Match[str]], raw: list[str], before: str, after: str, known: bool, found: list[Phrase]
) -> None:
    """A product's name as its phrase (a tool, or a title held), or its certification ("Be
    USAG Safety Certified"); and two fields of one head ("Occupational or Physical Therapy"); into
    `found`."""
    text_of = " ".join(text[run[0].start() : run[-1].end()].split())
    lemmas = tuple(lemma_of(w.lower()) for w in raw)
    kind = HELD_TITLE.get(raw[0], "skill" if known and len(raw) > 3 else "tool")
    if held_as := _CREDENTIAL_AS.search(before):  # "certification as a Medical Assistant"
        kind = credential_kind(held_as.group(1))
    if _CERTIFIED_AFTER.match(after):  # "Be USAG Safety Certified": its certification, as a resume names it
        found.append(
            Phrase(
                f"{text_of} certification",
                (*(w.lower() for w in raw), "certification"),
                (*lemmas, "certification"),
                run[0].start(),
                run[-1].end(),
                "certification",
                (f"{text_of} Certified", f"{text_of.lower()} certified", text_of),
            )
        )
        return
    shared = _SHARED_FIELD.search(text[: run[0].start()]) if len(raw) == 2 else None
    if (
        shared
        and shared.group(1)[:1].isupper()
        and shared.group(1).lower().endswith(_ADJECTIVE_ENDS)  # "Occupational or", not "Food &"
        and lemmas[-1] == raw[-1].lower()  # a field ("Therapy"), not people ("Med/Surge Nurses")
        and all(zipf(w.lower()) >= _EVERYDAY_ZIPF for w in raw)
    ):
        # "Occupational or Physical Therapy": two fields of one head, in capitals for
        # emphasis; each is a skill ("Occupational Therapy" too), no product's name
        first = shared.group(1)
        found[:] = [p for p in found if not (p.start == shared.start(1) and len(p.words) == 1)]
        kind = kind if held_as else "skill"
        found.append(
            Phrase(
                f"{first} {raw[-1]}",
                (first.lower(), raw[-1].lower()),
                (lemma_of(first.lower()), lemmas[-1]),
                shared.start(1),
                run[-1].end(),
                kind,
            )
        )
    found.append(Phrase(text_of, tuple(w.lower() for w in raw), lemmas, run[0].start(), run[-1].end(), kind))


def _term_run(
    line: _LineLists, run: list[re.Match[str]], after: str, credential: re.Match[str] | None, found: list[Phrase]
) -> None:
    """The run as a term, into `found`, when its words make one: trimmed of what is not the
    term, with the credential word after it ("... license"), "skills" ("knife skills") or
    "Certified" that names it; and "employee relations" of "employee and union relations"."""
    text, prose = line.text, line.prose
    at_line_start = line.first_word is not None and run[0].start() == line.first_word.start()
    trimmed = _term_words(line, run, after, at_line_start, credential is not None)
    if trimmed is None:
        return
    run, words, activity, industry = trimmed
    after = text[run[-1].end() :] if industry else after
    start, end = run[0].start(), run[-1].end()
    if len(words) > 1 and text[end - 2 : end] in ("'s", "’s") and not re.match(r"\s+[a-z]", text[end:]):
        end, words = end - 2, [*words[:-1], words[-1][:-2]]  # "financial software's": a plural misspelt
    # an item of a long list after "knowledge of" is read as a list's, in prose too:
    # "processing of metals: machining, grinding, heat treating, welding, plating"
    as_prose = prose and not (inside(line.listed, start, end) and _long_list(text, line.listed, start))
    # "registered with the General Pharmaceutical Council": the register is the licence
    kind = "license" if _REGISTERED_WITH.search(_before(text, start)) else "skill"
    if len(words) >= 2 and words[0] in HELD_TITLE and all(w[:1].isupper() for w in words):
        kind = HELD_TITLE[words[0]]  # "- Credentialed Veterinary Technician": a title one holds
    if held_as := _CREDENTIAL_AS.search(_before(text, start)):  # "certified as a nursing assistant"
        kind = credential_kind(held_as.group(1))
    content = [w for w in words if not buzz(w, NOT_DISTINCTIVE)]
    slashed: list[str] = []
    if credential and content and run[-1].end() == end:
        word = credential.group(1).lower()
        kind = credential_kind(word)
        end = end + credential.end()
        words = [*words, text[end - len(credential.group(1)) - 1 : end].strip().split()[-1]]
        # "Teaching qualification/license/certification": one ask, each word a form of it
        at = end
        while slash := _SLASHED_CREDENTIAL.match(text, at):
            slashed.append(slash.group(1))
            at = slash.end()
        if all(w[:1].isupper() for w in words) and (body := _BODY_NAME_BEFORE.search(text, 0, start)):
            # "the National Council of Nurses and Midwives Licence": the licence its body grants
            named = list(_WORD.finditer(text, body.start(1), start))
            while named and named[0].group(0).lower() in STOP:
                named = named[1:]  # "Valid Nursing Council of Kenya Licence": the body's name is what follows
            words, start = [*(w.group(0) for w in named), *words], named[0].start() if named else start
        if (other := _ALTERNATIVE_BEFORE.search(text, 0, start)) and other.group(1).lower() not in STOP:
            # "Journeyman or Master's License": either licence, one ask
            written = " ".join(text[start:end].split())
            alternative = f"{other.group(1)} {words[-1]}"
            found.append(
                Phrase(
                    f"{other.group(1)} or {written}",
                    tuple(w.lower() for w in words),
                    tuple(lemma_of(w.lower()) for w in words),
                    other.start(1),
                    end,
                    kind,
                    (written, alternative, alternative.lower()),
                )
            )
            return
    elif not (activity or _a_term(line, words, content, start, end, after, industry, as_prose)):
        return
    elif (skills := re.match(r"^\s*skills\b", after, re.I)) and (
        words[-1][:1].islower() or not distinctive(words, as_prose)
    ):
        end = end + skills.end()  # "knife skills", "coping skills": what a resume would write; "SQL" alone
        words = [*words, "skills"]
    also: tuple[str, ...] = ()
    if credential and slashed:
        head = " ".join(text[start:end].split()[:-1]).lower()
        also = tuple(f"{head} {word.lower()}" for word in slashed)
    name = " ".join(text[start:end].split())
    if kind == "skill" and (certified := _CERTIFIED_AFTER.match(after)) and distinctive(words, as_prose):
        # "Be ACT 120 Certified": the ACT 120 certification
        kind, also, end = "certification", (f"{name.lower()} certified",), end + certified.end()
        words = [*words, "certification"]
        name = f"{name} certification"
    lower = tuple(w.lower() for w in words)
    lemmas = tuple(lemma_of(w) for w in lower)
    found.append(Phrase(name, lower, lemmas, start, end, kind, also))
    if kind == "skill" and len(words) == 2 and (lower[-1] in SKILL_HEADS or lemmas[-1] in SKILL_HEADS):
        _shared_head(text, start, end, words, lemmas, kind, found)


def _term_words(
    line: _LineLists, run: list[re.Match[str]], after: str, at_line_start: bool, held: bool = False
) -> tuple[list[re.Match[str]], list[str], bool, bool] | None:
    """The run trimmed to the words of a term, with its words, whether it is an activity
    ("capable of recording minutes") and whether "industry" was cut from its end; None
    for a verb at work, a fragment or a sentence."""
    text, prose = line.text, line.prose
    before = _before(text, run[0].start())
    if len(run) == 1 and run[0].group(0).endswith("ing") and _MEANS_BEFORE.search(before):
        return None  # "by accomplishing related results": how, not what
    if len(run) == 1 and run[0].group(0).endswith("ing") and _PRONOUN_OBJECT.match(after):
        return None  # "thanking them", "respecting any equipment": a verb at work, not a skill
    if len(run) == 1 and _RELATIVE_BEFORE.search(before):
        return None  # "issues that impair abilities": a verb after its subject, not a term
    if len(run) == 1 and run[0].group(0).islower() and _MODAL_BE_BEFORE.search(before):
        return None  # "communication and grammar skills must be impeccable"
    if (
        len(run) == 1
        and verb_or_quality(run[0].group(0), after)
        and not _NOUN_SLOT_BEFORE.search(before)
        and not _comma_item(text, run[0].start(), run[0].end())
    ):
        return None  # "be cognizant of", "Liaise with", "to calibrate and measure"; not "in excel", "word, and excel"
    # "capable of recording minutes", "skilled in preparing budgets": the activity is the skill
    # where what it acts on is everyday words
    activity = (
        2 <= len(run) <= 3
        and run[0].group(0).islower()
        and run[0].group(0).endswith("ing")
        and bool(_ABILITY_BEFORE.search(before))
        and not buzz(run[-1].group(0), NOT_DISTINCTIVE)
        # the object alone a term ("developing digital collections"): the term, not what is done
        and not distinctive([m.group(0) for m in run[1:]], prose)
    )
    if not activity:
        run = _trim(run, after, before)
    first_word = line.first_word
    opens_item = bool(run) and at_line_start and first_word is not None and run[0].start() == first_word.start()
    if opens_item and third_person_verb(run[0].group(0)):
        run = run[1:]  # "Submits timely billing", "Utilizes appropriate forms": what the job does
    if run and len(run) > MAX_WORDS:
        run = _without_kind_tail(run)  # "Altium Designer PCB Design tool set": the product, named
    # a long run is a sentence fragment, not a term; an item written in capitals is a name
    # a little longer ("Fanuc 0T Machine Code Programming")
    # and so is a credential's capitalised name ("American Red Cross Basic Lifeguard Certificate")
    capitals = (at_line_start or held) and all(m.group(0)[:1].isupper() or m.group(0)[:1].isdigit() for m in run)
    if not run or len(run) > MAX_WORDS + (2 if capitals else 0):
        return None
    words = [m.group(0).strip(".'’") for m in run]
    if _participle_end(words) and is_acronym(words[-2]) and _AGENT_AFTER.match(text, run[-1].end()):
        run, words = run[:-1], words[:-1]  # "comply with SOP defined by the Company": the SOP
    if _fragment(words) or _head_cut_off(words, text[run[-1].end() :]):
        return None
    if (
        len(words) > 1
        and words[0] in ("General", "general")
        and words[1][:1].islower()
        and words[1] not in _GENERAL_TERMS
        and distinctive(words[1:], prose)
    ):
        run, words = run[1:], words[1:]  # "General microscopy"; not "General Ledger", "general contractor"
    industry = len(words) >= 3 and words[-1].lower() in ("industry", "sector") and not distinctive(words, prose)
    if industry:
        run, words = run[:-1], words[:-1]  # "the event planning industry": event planning
    return run, words, activity, industry


# What kind of thing a product is, written after its name: "Altium Designer PCB Design tool set"
_KIND_TAIL = frozenset(["tool", "tools", "set", "toolset", "suite", "software", "package", "platform", "application"])


def _without_kind_tail(run: list[re.Match[str]]) -> list[re.Match[str]]:
    """A run of capitalised words without the lower-case words after them that say what
    kind of thing they name; the run as it was when no such words end it."""
    end = len(run)
    while end > 1 and run[end - 1].group(0) in _KIND_TAIL:
        end -= 1
    return run[:end] if end < len(run) and run[end - 1].group(0)[:1].isupper() else run


def _a_term(
    line: _LineLists,
    words: list[str],
    content: list[str],
    start: int,
    end: int,
    after: str,
    industry: bool,
    as_prose: bool,
) -> bool:
    """Whether the words make a term: distinctive, an area asked ("tax knowledge"), a kind of
    software, or an item of a list after "knowledge of"."""
    text, listed = line.text, line.listed
    return (
        distinctive(words, as_prose)
        # "tax knowledge" is knowledge of tax; "to grow and expand knowledge" says what is done
        or (
            _AREA_AFTER.match(after) is not None
            and _area(content)
            and not _INFINITIVE_BEFORE.search(_before(text, start))
        )
        or (industry and len(content) == len(words))
        # "design software such as Adobe Photoshop, Illustrator", "meeting platforms such as Zoom":
        # the kind of product the posting asks for, its examples after it
        or _category_named(words, after)
        # "educational software", "scheduling software": a kind of program to know
        # ("property management software": the kind named by its trade)
        or (
            words[-1].lower() == "software"
            and not line.prose
            and (
                (len(words) == 2 and len(content) == 1)
                or (len(words) == 3 and skill_compound(words[:-1]) and not buzz(words[0], NOT_DISTINCTIVE))
            )
        )
        or (
            _list_item(words, _long_list(text, listed, start))
            and inside(listed, start, end)
            and (len(words) > 1 or _whole_item(text, start, end))
            and (words[0][:1].islower() or len(words) > 1 or _comma_item(text, start, end))
        )
    )


def _shared_head(
    text: str, start: int, end: int, words: list[str], lemmas: tuple[str, ...], kind: str, found: list[Phrase]
) -> None:
    """ "employee and union relations": "employee relations" too, into `found`."""
    shared = _SHARED_HEAD.search(text[:start])
    if (
        shared
        and not buzz(shared.group(1))
        and shared.group(1).lower() not in STOP
        and not shared.group(1).endswith("ing")  # "reporting and data entry": reporting, and data entry
        and not any(p.start == shared.start(1) for p in found)  # "assessment and intervention planning"
    ):
        first = shared.group(1)
        found.append(
            Phrase(
                f"{first} {words[-1]}",
                (first.lower(), words[-1].lower()),
                (lemma_of(first.lower()), lemmas[-1]),
                shared.start(1),
                end,
                kind,
            )
        )


# Australia's and the UK's numbered qualifications: "Certificate III individual support",
# "Cert IV in Disability", "Level 3 Diploma in Health and Social Care"
_CERTIFICATE_WORD = r"(?!(?:or|and|with|from|is|are|preferred|required|desirable|essential)\b)[A-Za-z][\w'’-]*"
_LEVELLED_CERTIFICATE = re.compile(
    r"\b(?:(?P<kind>Certificate|Cert\.?|Diploma)\s+(?P<level>I{1,3}V?|IV|[1-4])"
    r"|Level\s+(?P<first>[1-7])\s+(?P<kind2>Diploma|Certificate|Award|NVQ))\s+(?:(?:in|of)\s+)?"
    # "Health and Social Care": words, and a capitalised one after "and" (not "and Certificate IV")
    rf"(?P<field>{_CERTIFICATE_WORD}(?:\s+(?:(?:and|&)\s+(?=[A-Z](?!ert|iploma|evel)))?{_CERTIFICATE_WORD}){{0,3}})"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:or|and|with|from|is|are|preferred|required|desirable|essential)\b)"
)


def _levelled_certificates(text: str, found: list[Phrase]) -> list[Phrase]:
    """ "Certificate III individual support or aged care": one qualification, named whole
    (its level is what a resume writes: "Cert III in Individual Support"), not "III
    individual support"."""
    for match in _LEVELLED_CERTIFICATE.finditer(text):
        field = match.group("field")
        if field.split()[0].lower() in STOP:
            continue
        if match.group("first"):  # "Level 3 Diploma in Health and Social Care"
            name = f"Level {match.group('first')} {match.group('kind2')} in {field}"
            also = (f"level {match.group('first')} {field.lower()}",)
        else:
            kind = "Certificate" if match.group("kind").lower().startswith("cert") else "Diploma"
            level = match.group("level")
            name = f"{kind} {level} in {field}"
            also = (f"{kind.lower()} {level.lower()} {field.lower()}", f"cert {level.lower()} in {field.lower()}")
        words = tuple(w.lower() for w in name.split())
        found = [p for p in found if p.end <= match.start() or p.start >= match.end()]
        found.append(
            Phrase(name, words, tuple(lemma_of(w) for w in words), match.start(), match.end(), "certification", also)
        )
    return sorted(found, key=lambda p: p.start)


_NAMED_AFTER = re.compile(r"\s+(?:as|in|for|to|of)\b", re.I)


def _state_licence(text: str, run: list[re.Match[str]], credential: re.Match[str]) -> Phrase | None:
    """ "Active Illinois license": a licence the state issues to practise the job, named by
    the state (a whole state's name, capitalised), when no words after say which."""
    named = _STATE_NAME_BEFORE.search(text, 0, run[-1].end())  # "New York": "New" is a stop word
    word = credential.group(1).lower()
    end = run[-1].end() + credential.end()
    if named is None or not word.startswith("licen") or _NAMED_AFTER.match(text, end):
        return None
    state = " ".join(named.group(0).split())
    words = (*state.lower().split(), word)
    forms = (f"{state} {word}", f"licensed in {state}", f"{state} licensure", f"{state} state license")
    return Phrase(f"{state} {word}", words, tuple(lemma_of(w) for w in words), named.start(), end, "license", forms)


# "Two-year certificate in machine trades": the certificate is in what follows "in"; the
# words before it say what kind of course gave it.
_CREDENTIAL_IN = re.compile(r"\b(certificate|certification|licen[cs]e)\s+in\s+$", re.I)
_COURSE_KIND = re.compile(
    r"^(?:(?:one|two|three|four|1|2|3|4)-year|vocational|technical|trade|professional|post-?secondary|college)$"
)


def _credentials_in(text: str, found: list[Phrase]) -> list[Phrase]:
    """A skill named after "certificate in" as the certificate ("machine trades
    certificate"), the course kind before it ("Two-year certificate") dropped."""
    out: list[Phrase] = []
    for phrase in found:
        cue = _CREDENTIAL_IN.search(text, 0, phrase.start)
        masked_after = re.match(r"\s*,,", text[phrase.end :])  # "Pediatric CPR": the rest is a known term
        if (
            cue is None
            or cue.end() != phrase.start
            or phrase.kind not in ("skill", "tool")
            or len(phrase.words) > 3
            or masked_after
        ):
            out.append(phrase)
            continue
        word = cue.group(1).lower()
        kind = credential_kind(word)
        before = out[-1] if out else None
        if before and before.end == cue.end(1) and all(_COURSE_KIND.match(w) for w in before.words[:-1]):
            out.pop()
        out.append(
            Phrase(
                f"{phrase.text} {word}",
                (*phrase.words, word),
                (*phrase.lemmas, lemma_of(word)),
                phrase.start,
                phrase.end,
                kind,
                (f"{word} in {phrase.text.lower()}",),
            )
        )
    return out


_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous")  # "Occupational", "Clinical"; not "History", "Secretary"
_EVERYDAY_ZIPF = 3.3  # wordfreq Zipf: words of everyday English ("physical" 4.7, "occupational" 3.6), no coined name
_SHARED_HEAD = re.compile(r"(?:^|[,;:(]|\b(?:of|in|with|including)\b)\s*([A-Za-z][a-z-]{2,})\s+(?:and|or|&)\s+$")
# "- Occupational or Physical Therapy", "3-5 years or Occupational / Physical Therapy": a
# capitalised field before another of the same head, at an item's start or after "or"
_SHARED_FIELD = re.compile(
    r"(?:^[-*•·\s]*|[,;:(]|\b(?:of|in|with|including|or|a|an)\b)\s*([A-Z][a-z-]{2,})(?:\s+(?:and|or|&)\s+|\s*/\s*)$"
)
