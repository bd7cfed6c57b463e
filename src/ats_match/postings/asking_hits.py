"""Which of a line's lexicon and vocabulary hits ask for something there: not a credential
named for who supervises, a firm's kind ("CPA firm") or a code set ("CPT codes"); not a
language that names a people or a cuisine; not "Word" the word, nor a currency's "CAD"."""

from __future__ import annotations

import re
from dataclasses import replace

from ..matching import lemma_of
from .context import CREDENTIAL_KINDS, LineSense, PostingContext
from .cues import ASKED, inside
from .hits import Hit
from .importance import clause_of
from .names import clause_asks_nothing
from .qualities import a_plain_word, not_a_quality_asked
from .sections import is_bullet
from .vocabulary import title_words

CURRENCIES = frozenset({"CAD", "USD", "EUR", "GBP", "AUD", "NZD", "CHF", "INR", "SGD"})


_LANGUAGE_CUE = re.compile(
    r"\b(?:bilingual|fluen\w*|speak\w*|proficien\w*|written|spoken|native|languages?|te reo"
    r"|interpret(?:er|ers|ing)|translat(?:or|ors|ion|ing))\b",  # "Interpreter: English to Vietnamese or English to Chinese"
    re.I,
)


# A language name before a noun names a kind of thing ("Italian cuisine"), unless the noun is
# about the language ("Spanish speaking", "English fluency") or the list goes on.
_NOT_LANGUAGE_AFTER = re.compile(
    r"^\s+(?!(?:speak\w*|language|languages|fluen\w*|proficien\w*|skills?|communicat\w*|writing|reading|comprehension|required|preferred|desired|plus"
    r"|written|spoken|native|and|or|the|is|are|as|in|at|with|for|helpful|strongly|also|would|will|a|an|to|well|enough"
    # how well it is spoken: "speak English sufficiently to understand highway signs" (not "Italian family")
    r"|(?:sufficient|fluent|proficient|effective|clear|conversational|native|professional|reasonab|adequate"
    r"|comfortab|confident|accurate|correct|competent|excellent)ly)\b)"
    r"[a-zà-ÿāēīōū]{3,}\b"  # "Italian cuisine", "Māori whānau" (a noun in lower case)
)


# a school subject passed, no language asked: "Grade C6 including English and Mathematics"
_SUBJECT_BESIDE = re.compile(r"\s*(?:and|&|,)\s*(?:mathematics|maths?|science)\b", re.I)
_SUBJECT_BEFORE = re.compile(r"\b(?:mathematics|maths?|science)\s*(?:and|&|,)\s*$", re.I)
_PASSES = re.compile(r"\b(?:passes|credits? (?:in|at)|grades? [A-F1-9]|GCSEs?|O[- ]?levels?|WASSCE|SSCE|KCSE)\b", re.I)


_A_CALL_ON = re.compile(r"\b(?:a|an|the|our|your)\s+$", re.I)
_CALL_AFTER = re.compile(r"\s+(?:call|interview|chat)\b", re.I)


# Languages whose names also name a people, read as a language only where the line says so
# ("te reo Māori", "fluent in Samoan"; not "working with Samoan and Tongan families")
_PEOPLES = frozenset(
    """Maori Samoan Tongan Fijian Catalan Basque Zulu Xhosa Setswana Sesotho Shona Navajo Hmong Somali Kurdish
    Yoruba Igbo Hausa Oromo Armenian Punjabi Maltese Mongolian Ojibwe Inuktitut""".split()  # noqa: SIM905
)


# Words that make a line about a credential: a certification named without one, in the
# duties, is the thing done or used ("CPT codes", "CPR"), not a credential asked for.
_CREDENTIAL_CUE = re.compile(r"certif|licen[cs]|credential|registered|registration|card\b", re.I)
# Medical code sets: a credential's acronym among them is a code set ("ICD-10, CPT, HCPCS":
# Current Procedural Terminology, not a Certified Phlebotomy Technician).
_CODE_SETS = re.compile(r"\b(?:ICD(?:-?\d+)?|HCPCS|DRGs?|coding|codes?)\b")


_OFFICE_BESIDE = re.compile(
    r"\b(?:Excel|Word|Outlook|PowerPoint|Access|Office|Google Docs|Publisher|Windows|Mac ?OS|macOS|OS ?X|Linux|Unix)\b"
)
# Office programs whose names are everyday words: read only beside another one, or alone
# on a list item ("- Outlook" under "Working knowledge of:").
_OFFICE_WORDS = ("Word", "Outlook", "Publisher", "Windows")


def _office_program(text: str, start: int, end: int) -> bool:
    """Whether an Office name that is also a word ("Word", "Outlook", "Publisher") names the program:
    another Office program on the line, or the name alone on a list item."""
    rest = text[:start] + " " * (end - start) + text[end:]
    version = re.match(r"\s+(?:\d{1,4}|XP|Vista|Server)\b", text[end:])  # "Windows 10", "Word 2016"
    return bool(_OFFICE_BESIDE.search(rest) or version) or not re.sub(r"[\W_]+", "", rest)


_LIST_JOINER = re.compile(r"^\s*(?:,|/|,?\s*(?:and|or))\s*$")


def of_the_lists_kind(hits: list[Hit], text: str) -> list[Hit]:
    """ "modalities of care such as CBT, DBT, EMDR, ACT, CPT": letters a credential is known by,
    listed among methods' letters, are a method too (cognitive processing therapy, not the
    phlebotomy certificate)."""
    out = list(hits)
    for index, hit in enumerate(hits):
        if hit.kind not in CREDENTIAL_KINDS or not hit.written.isupper():
            continue
        beside = 0
        for step in (-1, 1):
            at = index
            while 0 <= at + step < len(hits):
                other = hits[at + step]
                gap = text[hits[at].end : other.start] if step == 1 else text[other.end : hits[at].start]
                if not _LIST_JOINER.match(gap) or other.kind != "skill" or not other.written.isupper():
                    break
                beside += 1
                at += step
        if beside >= 3:
            out[index] = _read_as_phrase(hit, hit.written, (hit.written,))
    return out


def asking_hits(posting: PostingContext, sense: LineSense, hits: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """The line's lexicon and vocabulary hits that ask for something here, and the words
    read as plain words instead (free for the phrase finder: "organizational diagnosis")."""
    text = sense.line.text
    kept: list[Hit] = []
    words: list[Hit] = []
    for hit in hits:
        if sense.in_notes and not (_asked(text, hit) or inside(sense.asked, hit.start, hit.end)):
            continue  # process text asks only for what its clause says is wanted
        if clause_asks_nothing(text, hit.start, hit.end):
            continue
        if hit.kind == "soft" and a_plain_word(text, hit):
            words.append(hit)  # a word of the line, free for the phrase finder ("organizational diagnosis")
            continue  # "presentation" is a skill in "presentation and negotiation skills", not in "taste and presentation"
        if hit.kind == "soft" and not_a_quality_asked(sense, hit):
            continue
        if (
            hit.kind == "certification"
            and sense.section == "body"
            and sense.described
            and not _CREDENTIAL_CUE.search(text)
            and not inside(sense.asked, hit.start, hit.end)
        ):
            continue  # "apply CPT codes", "performing CPR": duties, no credential asked
        if (
            hit.kind in CREDENTIAL_KINDS
            and sense.section == "body"
            and hit.written.endswith("s")
            and lemma_of(hit.written.split()[-1].lower()) in title_words()
            and not inside(sense.asked, hit.start, hit.end)
        ):
            continue  # "Collaborate with our ... Nurse Practitioners": colleagues, no licence asked
        if hit.kind in CREDENTIAL_KINDS and _FIRM_AFTER.match(text, hit.end):
            words.append(hit)  # "a liaison to our CPA firm", "CPA firm experience": a kind of firm, no credential
            continue
        if hit.kind in CREDENTIAL_KINDS and _works_under(text, hit.start):
            continue  # "under direct supervision of licensed nurse practitioner ... or registered nurse": who oversees
        if hit.kind == "tool" and _A_CALL_ON.search(text, 0, hit.start) and _CALL_AFTER.match(text, hit.end):
            continue  # "setting up a Zoom call so we can get to know you": a call, not a tool to know
        if (
            hit.source == "onet-equipment"
            and sense.section == "body"
            and not is_bullet(text)
            and not inside(sense.asked, hit.start, hit.end)
        ):
            continue  # "our 32-bed telemetry unit": equipment in a description is not asked for
        if hit.kind == "language" and not _language_asked(sense, hit):
            continue
        if hit.name == "Basic math" and _PASSES.search(text):
            continue  # "five passes (up to Grade C6 including English and Mathematics)": a subject passed
        if hit.kind == "language" and _NOT_LANGUAGE_AFTER.match(text[hit.end :]):
            words.append(hit)
            continue  # "Italian cuisine", "French pastry": a kind of food or style, no language
        if (
            hit.kind in ("certification", "license")
            and hit.written.isupper()
            and _CODE_SETS.search(text)
            and not _CREDENTIAL_CUE.search(text)
        ):
            hit = _code_set(hit)  # "coding systems (ICD-9, CPT, HCPCS)": a code set to know, no credential
        if hit.written in CURRENCIES and re.search(r"\d", text[max(0, hit.start - 12) : hit.end + 12]):
            continue  # "$150,000 CAD" is a currency, not computer-aided design
        if hit.written in _OFFICE_WORDS and not _office_program(text, hit.start, hit.end):
            continue  # "Word" is a word; beside "Excel" it is Microsoft Word
        if inside(sense.conditions, hit.start, hit.end):
            continue  # "may be required to wear lead aprons": a working condition, not an ask
        kept.append(hit)
    return kept, words


_FIRM_AFTER = re.compile(r"\s+(?:firms?|practices?|offices?)\b", re.I)  # "our CPA firm", "CPA offices"
# who the job works under or beside, named by their credentials: "under direct supervision of a
# licensed nurse practitioner, physician's assistant, or registered nurse", "reports to the RN"
_WORKS_UNDER = re.compile(
    r"\b(?:under (?:the )?(?:direct |general |close |indirect )?(?:supervision|direction|guidance|oversight) of"
    r"|supervised by|directed by|report(?:s|ing)? (?:directly )?to|in collaboration with|alongside)\b",
    re.I,
)


# what goes on to ask after naming whom one reports to: "reports to the Nurse Manager and requires an RN"
_ASKS_AGAIN = re.compile(
    r"\b(?:requires?|required|must|needs?|holds?|holding|has|have|possess(?:es)?|is|are|current|valid|active|class"
    r"|as an?)\b",
    re.I,
)
# the job's own credential, said after it: "..., LPN license required", "OSHA 10 certification"
_ASKED_AFTER = re.compile(
    r"[^,.;()]*?\b(?:required|preferred|needed|certification|certificate|licen[cs]e|card|endorsement)\b", re.I
)


def _works_under(text: str, at: int) -> bool:
    """Whether the credential at `at` names who the job works under or beside: it follows
    _WORKS_UNDER in its clause, with no verb that asks again between them."""
    clause = max(text.rfind(mark, 0, at) for mark in (";", ". ", ": ")) + 1
    last = max((m.end() for m in _WORKS_UNDER.finditer(text, clause, at)), default=-1)
    if last < 0 or _ASKS_AGAIN.search(text, last, at):
        return False
    end = at + len(re.match(r"\S*", text[at:]).group(0))  # type: ignore[union-attr]
    return not _ASKED_AFTER.match(text, end)


def _language_asked(sense: LineSense, hit: Hit) -> bool:
    """Whether a language's name asks for the language: not a people ("Experience working
    with Māori whānau"), nor a school subject ("passes including English and Mathematics")."""
    text = sense.line.text
    if not ((sense.in_requirements and hit.name not in _PEOPLES) or _LANGUAGE_CUE.search(text)):
        return False
    return not (_SUBJECT_BESIDE.match(text, hit.end) or _SUBJECT_BEFORE.search(text, 0, hit.start))


def _code_set(hit: Hit) -> Hit:
    """A credential's acronym among medical code sets, read as the code set: "CPT coding"."""
    code_set = f"{hit.written} coding"
    return _read_as_phrase(hit, code_set, (hit.written, code_set.lower(), f"{hit.written.lower()} codes"))


def _read_as_phrase(hit: Hit, name: str, forms: tuple[str, ...]) -> Hit:
    """A vocabulary hit read as the posting's own skill phrase `name` (its words, not the
    credential the vocabulary knows by those letters)."""
    return replace(hit, key=f"phrase:{name.lower()}", name=name, kind="skill", forms=forms, source="phrase")


def _asked(text: str, hit: Hit) -> bool:
    return bool(ASKED.search(clause_of(text, hit.start, hit.end)))
