"""Soft skills: when a quality's word asks for the quality. "Initiative" is asked in
"Dependability, Initiative, Strong Work Ethic" and "Must have initiative", not in "new
initiatives"; "ambitious" is asked of the candidate, not in "an ambitious team"."""

from __future__ import annotations

import re

from .context import LineSense
from .cues import inside
from .hits import Hit
from .sections import is_bullet, without_bullet
from .words import STOP, opens_with_duty_verb

# A quality's word inside a compound preposition: "with respect to", "in respect of"
_IDIOM_AROUND = re.compile(r"\b(?:with|in) respect (?:to|of)\b", re.I)


_PERK_AFTER = re.compile(
    r"\s+(?:to (?:set|choose|pick|plan|manage|make|create|work) (?:your|you|their|his|her) own"
    r"|(?:of|in|with|around) (?:your |the )?(?:hours|schedule|scheduling|working hours|shifts)\b"
    r"|(?:hours|schedule|scheduling|working hours|shifts)\b)",
    re.I,
)


# a noun after "-oriented", "-focused": what kind of thing it is, not a quality ("customer-focused
# products"); a quality's own nouns stay ("a customer-focused approach")
_MODIFIES_AFTER = re.compile(
    r"\s+(?!(?:and|or|attitude|approach|mindset|manner|individuals?|persons?|professionals?|team|candidates?|workers?"
    r"|self-starter|people|nature|personality|outlook)\b)([a-z]+)\b"
)
# ... but a person all the same: "a self-motivated, detail-oriented design engineer"
_PERSON_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:engineer|nurse|technician|designer|manager|assistant|officer"
    r"|accountant|teacher|worker|specialist|analyst|professional|person|individual)s?\b"
)
# the subject of an ask: "Team members must be at ease with Overleaf and Git"
_ASKED_OF_AFTER = re.compile(r"\s+(?:must|should|shall|will need to|are required to|are expected to)\b", re.I)
# a quality of a thing one brings, not of who is sought: "a reliable car", "stable and reliable internet"
_THING_AFTER = re.compile(
    r"\s+(?:(?:as well as|and|&) \w+\s+)?(?:car|vehicle|transport|transportation|internet|connection|laptop"
    r"|means of transport)\b",
    re.I,
)
# a quality of the place, not of who is sought: "joining a friendly team", "an ambitious company"
_WORKPLACE_AFTER = re.compile(
    r"\s+(?:and \w+ )?(?:team(?!\s+(?:player|member|leader|worker))|teams|environment|atmosphere|workplace|company|culture|business|office|practice"
    r"|salon|kitchen|store|shop|workforce|crew|organi[sz]ation|group|family)\b",
    re.I,
)


# Soft skills a posting may name in one word; the word is the skill only in a list of
# skills ("organization, motivation and leadership skills") or as a label ("Initiative: ...").
BARE_SOFT = frozenset(
    [
        "organization",
        "organizational",
        "organisational",
        "motivation",
        "presentation",
        "initiative",
        "dependability",
        "judgment",
        "judgement",
        "flexible",
        "adaptive",  # "adaptive equipment", "adaptive technology": a kind of thing
        "helpful",  # "Spanish is helpful": a cue, not the quality
        "accurate",  # "accurate records"
        "accuracy",
        "ethical",  # "ethical issues"
        "analytical",  # "analytical chemistry", "analytical instruments"
    ]
)


def _bare_soft(written: str) -> bool:
    lower = written.lower()
    return lower in BARE_SOFT or (lower.endswith("s") and lower[:-1] in BARE_SOFT)  # "related organizations"


# "Must be polite, smart and neat", "be action-oriented": qualities the candidate is to have,
# a few words (and commas) after "be"
_BE_BEFORE = re.compile(r"\b(?:must|should|will|to|always) be(?: (?:very|highly|extremely|\w+,|and|or))* $", re.I)
# "Must have initiative and the ability to plan own work": a quality the candidate is to have
_HAVE_BEFORE = re.compile(
    r"\b(?:must|should|will|to) (?:have|show|display|demonstrate)(?: (?:good|great|sound|strong|some|the|a|\w+,|and))* $",
    re.I,
)
_QUALITY_NOUNS = frozenset({"initiative", "motivation", "judgment", "judgement", "dependability", "accuracy"})


def plural_of_soft(written: str) -> bool:
    """ "initiatives", "organizations": things, not the soft skill the singular names."""
    lower = written.lower()
    return lower not in BARE_SOFT and lower.endswith("s") and lower[:-1] in BARE_SOFT


def _named_as_skill(text: str, start: int, end: int) -> bool:
    """ "organization and leadership skills", "Initiative: ...", or at an item's start "Flexible –
    able to ..." (not "all levels within organizations - managers, directors")."""
    after = _SKILLS_AFTER.match(text[end:])
    if after and after.group("listed") and not _LIST_GOES_ON.match(text, end):
        return False  # "Independent living skills": "independent" is part of what the skills are of
    return bool(after) and (bool(after.group("listed")) or not without_bullet(text[:start]).strip())


_LIST_GOES_ON = re.compile(r"\s*(?:[,&/:–—-]|and\b|or\b|skills?\b|abilit)", re.I)


def _alone_on_item(text: str, start: int, end: int) -> bool:
    """The hit is all a list item says ("- Initiative")."""
    return is_bullet(text) and not re.sub(r"[\W_]+", "", without_bullet(text[:start]) + text[end:])


def _comma_item(text: str, start: int, end: int) -> bool:
    """The hit is a whole item of a comma list of three or more ("Teamwork, Initiative, Dependability")."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if text.count(",") < 2 or after[:1] not in (",", ".", ";", ""):
        return False
    # after a comma, or after ", and" (the last item), or before the first comma (the first:
    # a few words into its sentence or after "include being", not "While prior farm
    # experience can be helpful, the ...")
    lead = re.split(r"[.:;!?]", before)[-1]
    first = after[:1] == "," and "," not in before and (len(lead.split()) <= 3 or bool(_LIST_LEAD.search(lead)))
    return before.endswith(",") or bool(_LAST_ITEM.search(before)) or first


_LAST_ITEM = re.compile(r",\s*(?:and|or)$")
_LIST_LEAD = re.compile(r"\b(?:includes?|including|being|are|such as|like)$", re.I)


# "organization and leadership skills", "Initiative: ...", "Initiative. Striving to ..."
_SKILLS_AFTER = re.compile(r"^(?P<listed>[^.;]{0,80}?\b(?:skills|abilities)\b)|^[^.;]{0,80}?:\s|^\s*(?::|\.\s|[–—-]\s)")


def not_a_quality_asked(sense: LineSense, hit: Hit) -> bool:
    """Whether a soft skill's word here is no quality asked of the candidate: the team's,
    a thing's, a perk, or said where the posting does not ask."""
    text = sense.line.text
    if " " not in hit.written and hit.written[:1].islower() and _WORKPLACE_AFTER.match(text, hit.end):
        return True  # "an ambitious team": the team's quality
    if " " not in hit.written and _THING_AFTER.match(text, hit.end):
        return True  # "a reliable as well as insured car", "reliable internet connection": the thing's quality
    if _PERK_AFTER.match(text, hit.end):
        return True  # "the flexibility to set your own hours": what the job gives, not a quality asked
    modified = _MODIFIES_AFTER.match(text, hit.end) if hit.written.lower().endswith(("oriented", "focused")) else None
    if modified and modified.group(1) not in STOP and not _PERSON_AFTER.match(text, hit.end):
        return True  # "service-oriented architecture", "solution-focused brief therapy": a kind of thing
    if _ASKED_OF_AFTER.match(text, hit.end):
        return True  # "Team members must be at ease with Overleaf": who is asked, not what
    idiom = _IDIOM_AROUND.search(text, max(0, hit.start - 6), hit.end + 4)
    if idiom and not opens_with_duty_verb(text[idiom.end() :].strip()):
        return True  # "with respect to deadlines": a preposition; not "with respect to preserve their dignity"
    # a soft skill counts where the posting asks for it: its lists, or prose that asks
    # ("requires strong presentation skills", an exam's "ability to: ...")
    return (sense.told or not sense.in_requirements) and not inside(sense.asked, hit.start, hit.end)


def a_plain_word(text: str, hit: Hit) -> bool:
    """Whether a soft skill's word is a plain word of the line, free for the phrase finder:
    things ("initiatives"), or a bare quality word not named as a skill ("organizational
    diagnosis"; not "organization and leadership skills", "- Initiative", "Must be accurate")."""
    return plural_of_soft(hit.written) or (
        _bare_soft(hit.written)
        and not _named_as_skill(text, hit.start, hit.end)
        and not _alone_on_item(text, hit.start, hit.end)  # "- Initiative"
        and not _comma_item(text, hit.start, hit.end)  # "Dependability, Initiative, Strong Work Ethic"
        and not _BE_BEFORE.search(text, 0, hit.start)  # "Must be accurate and ..."
        and not (hit.written.lower() in _QUALITY_NOUNS and _HAVE_BEFORE.search(text, 0, hit.start))
    )
