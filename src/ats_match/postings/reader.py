"""read_job: a posting of any field as an ATS and a recruiter read it.

1. The text (load.py) is read like a resume (`read_text`); sections.py says which lines
   are requirements, preferred, duties (body), notes (the selection process) or about the
   company; a heading line alone asks for nothing.
2. Every line is matched against the tech lexicon (lexicon.py, the same matchers as for
   resumes) and the vocabulary of every field (vocabulary.py: O*NET software and tools,
   our licences, certifications, languages, soft skills); where two overlap the longer
   wins (found.py). The tech lexicon counts only in tech postings (senses.py). Soft skills and
   languages count only in requirement sections.
3. Requirement lines and duty bullets also give phrases no lexicon holds (phrases.py),
   years of experience and degrees (asks.py); prose gives them only where a sentence asks
   ("must have", "is required", "knowledge of: ...", cues.py), and notes only there or in
   a clause naming a licence or experience. Physical demands give none.
4. Required or preferred (cues.py): the section (a "Preferred" heading, "Nice to have",
   "Bonus"; a duty's phrase is preferred when the posting has a requirements section) and
   the nearest cue in the clause ("required", "preferred", "a plus"). "RN or LPN", "CPA,
   CMA or CIA", "NetSuite/SAP" are one requirement with every form; "and" lists are split
   (gathered.py).
   "Not required" drops the item, "desired but not required" makes it preferred.

read_job runs these steps in order: _prepared (the text), _titled, _posting (what the
whole posting tells each line), then _read_lines, each line read by _read_line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..errors import PostingError
from ..matching import lemma_of
from ..reading import Line, ResumeDocument, read_text
from .abilities import abilities_in
from .areas import experience_fields, listed_before_skills
from .asks import degrees_in, years_in
from .cues import (
    ASKED,
    NOT_REQUIRED,
    asked_spans,
    condition_spans,
    done_spans,
    employer_statement,
    equipment_spans,
    inside,
    label_spans,
    language_use_spans,
    listed_spans,
    named_in_passing,
    not_asked,
    physical_spans,
    purpose_spans,
    workplace_spans,
)
from .flattened import mend_lost_characters, split_flattened
from .found import lexicon_hits, longest_hits, named_product, slash_partners, vocabulary_hits, with_codes
from .gathered import Ask, fold_abbreviations, fold_members, gather, hit_groups, requirement_of, requirement_order
from .hits import (
    Hit,
    abbreviations_folded,
    agent_nouns,
    category_examples_folded,
    common_noun,
    everyday_word,
    examples_folded,
    holder_forms,
    issuer_joined,
    place_or_date,
    slash_alternatives,
)
from .importance import clause_of
from .knockouts import Seen, degree_asked, line_points, seen_at, years_asked
from .load import PostingSource, posting_text
from .model import JobPosting, Requirement
from .phrases import Phrase, phrases_in
from .records import clears_a_record, drop_record_lists
from .sections import (
    ASKING_START,
    EMPLOYER_VOICE,
    SENTENCE_END,
    clean_title,
    closing_label,
    employer_names,
    heading_kind,
    heading_label,
    is_bullet,
    is_plain_heading,
    names_duties,
    organisations,
    posting_sections,
    reach_us_spans,
    split_inline_bullets,
    split_inline_headings,
    tech_votes,
    title_of,
    without_bullet,
)
from .senses import (
    is_tech_posting,
    means_what_it_spells,
    names_an_organisation,
    sense_fits,
    spelled_out,
)
from .translated import translated_lines
from .unglue import unglue, unwrap
from .vocabulary import title_words, vocabulary
from .words import HELD_TITLE, NOT_DISTINCTIVE, SKILL_HEADS, STOP, adjective, opens_with_duty_verb, zipf

# A product's version written after its name: "X6", "v2", "2019", "11.5"
_VERSION_WORD = re.compile(r"^(?:[vx]\d{1,2}(?:\.\d+)*|\d{1,4}(?:\.\d+)?)$")
# A heading that is itself an ask, as blog-like postings head each ask's story:
# "Understand What Continuous Integration Is", "Be Able to Work with Bootstrap"
_ASKING_HEADING = re.compile(
    r"^\W*(?:(?:good|strong|solid|basic|sound|extensive|thorough|working|in-depth|proven|demonstrated|excellent) )?"
    r"(?:understand(?:ing of)?|knowledge of|experience (?:with|in)|(?:be )?able to|ability to|familiar(?:ity)? with"
    r"|proficien\w* (?:in|with)|be an?)\s"
    r"|\b(?:is|are) required\W*$",  # "##### Extensive knowledge of General Liability ... is required."
    re.I,
)
_SENTENCE_HEADING_WORDS = 6  # a heading this long is a sentence, which may name what it asks
# A heading that asks, not a slogan: it opens its list ("... in the following:") or says how much
_ASKING_HEAD = re.compile(r":\W*$|^\W*(?:minimum|at least|\d)", re.I)
_POSSESSIVE_END = re.compile(r"['’]s?$")
# Trades' words a lone item names as a skill, not the job an O*NET title ends with; not
# "operations", a department's name ("IT infrastructure and operations")
_SKILLS_NOT_JOBS = SKILL_HEADS - {"operations"}
# "OR" alone on a line between two items: the first item ends with it ("...; 6 years experience. or")
_LONE_OR = re.compile(r"([^\s])[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:\*\*|__)?(?:OR|Or|or)(?:\*\*|__)?[ \t]*\n")
_GLUED_SLASH = re.compile(r"(?<=\w)/(?=\s)")
CURRENCIES = frozenset({"CAD", "USD", "EUR", "GBP", "AUD", "NZD", "CHF", "INR", "SGD"})
MIN_REQUIREMENTS = 3  # fewer and the posting is too vague to score with confidence
_LANGUAGE_CUE = re.compile(
    r"\b(?:bilingual|fluen\w*|speak\w*|proficien\w*|written|spoken|native|languages?|te reo"
    r"|interpret(?:er|ers|ing)|translat(?:or|ors|ion|ing))\b",  # "Interpreter: English to Vietnamese or English to Chinese"
    re.I,
)


_POSSESSIVE = re.compile(r"['’]s\b")
# Degree abbreviations that a tech posting uses for something else.
TECH_TERMS_NOT_DEGREES = frozenset({"LLM"})
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
_BUTTON = re.compile(
    r"\b(?:sign[- ]?up|apply|application|form|register|registration|portal|click|here|website|survey)\b", re.I
)
# An item that lists the work: "Daily tasks include feeding animals; cleaning kennels; ..."
_DUTIES_ITEM = re.compile(
    r"^\W*((?:[\w-]+\s+){0,3}?(?:tasks|duties|responsibilities))\s+(?:include|includes|are|will include)\b", re.I
)
# a school subject passed, no language asked: "Grade C6 including English and Mathematics"
_SUBJECT_BESIDE = re.compile(r"\s*(?:and|&|,)\s*(?:mathematics|maths?|science)\b", re.I)
_SUBJECT_BEFORE = re.compile(r"\b(?:mathematics|maths?|science)\s*(?:and|&|,)\s*$", re.I)
_PASSES = re.compile(r"\b(?:passes|credits? (?:in|at)|grades? [A-F1-9]|GCSEs?|O[- ]?levels?|WASSCE|SSCE|KCSE)\b", re.I)
# "Grade C6", "GPA", "strong GPA (3.5+)": a mark, nothing to have
# "Please refer to the full list of OECD Core Competencies": the reader is sent somewhere,
# nothing is asked (not "Please note that ... is essential", which may ask)
_SENT_ELSEWHERE = re.compile(
    r"^\W*(?:please|kindly)\s+(?:refer|see|visit|read|click|go|follow|download|submit|send|apply|e-?mail|call|contact"
    r"|quote|attach|forward|fill)\b(?![^.;]*\b(?:if you|who (?:have|has|hold|holds|can)|with (?:\w+ ){0,3}experience))",
    re.I,
)
# "If you have an active GitHub, BitBucket ... profile or blog, include a link": a profile to
# show with the application, not a product to know
_LINK_ASKED = re.compile(r"\b(?:include|send|share|attach|provide|add) (?:us )?(?:a |the |your )?links?\b", re.I)
# A quality's word inside a compound preposition: "with respect to", "in respect of"
_IDIOM_AROUND = re.compile(r"\b(?:with|in) respect (?:to|of)\b", re.I)
_A_CALL_ON = re.compile(r"\b(?:a|an|the|our|your)\s+$", re.I)
_CALL_AFTER = re.compile(r"\s+(?:call|interview|chat)\b", re.I)
_EQUAL_OPPORTUNITY = re.compile(r"\bequal (?:employment )?opportunit(?:y|ies)\b", re.I)
_GRADE = re.compile(r"^(?:grade\s+[A-Z]?\d+[A-Z]?|(?:c|cumulative )?gpa|grade point average)$", re.I)
# Languages whose names also name a people, read as a language only where the line says so
# ("te reo Māori", "fluent in Samoan"; not "working with Samoan and Tongan families")
_PEOPLES = frozenset(
    """Maori Samoan Tongan Fijian Catalan Basque Zulu Xhosa Setswana Sesotho Shona Navajo Hmong Somali Kurdish
    Yoruba Igbo Hausa Oromo Armenian Punjabi Maltese Mongolian Ojibwe Inuktitut""".split()  # noqa: SIM905
)
_OPERATES = re.compile(r"\b(?:operat\w*|use|uses|using|driv\w*|run|runs|running)\b", re.I)
# Words that make a line about a credential: a certification named without one, in the
# duties, is the thing done or used ("CPT codes", "CPR"), not a credential asked for.
_CREDENTIAL_CUE = re.compile(r"certif|licen[cs]|credential|registered|registration|card\b", re.I)
# Medical code sets: a credential's acronym among them is a code set ("ICD-10, CPT, HCPCS":
# Current Procedural Terminology, not a Certified Phlebotomy Technician).
_CODE_SETS = re.compile(r"\b(?:ICD(?:-?\d+)?|HCPCS|DRGs?|coding|codes?)\b")


_PERK_AFTER = re.compile(
    r"\s+(?:to (?:set|choose|pick|plan|manage|make|create|work) (?:your|you|their|his|her) own"
    r"|(?:of|in|with|around) (?:your |the )?(?:hours|schedule|scheduling|working hours|shifts)\b"
    r"|(?:hours|schedule|scheduling|working hours|shifts)\b)",
    re.I,
)


# what the employer works with, named under its asks: the stack asked of the candidate too
_STACK_VERB = re.compile(
    r"\b(?:works? (?:with|on)|uses?|using|runs?|follows?|holds?|operates?|maintains?|builds?|relies on|depends? on)\b",
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


def _plural(written: str) -> bool:
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


_CERTIFIED_FOR = re.compile(
    r"\b(?:certification|certified|credential|eligib(?:le|ility))(?: or eligib(?:le|ility))? (?:for|as) (?:an? |the )?$",
    re.I,
)
# An item that names its ask and explains it: "Attention to Detail: Thoroughness and accuracy in ..."
# (a label the vocabulary reads; "Regulatory Knowledge: ... of insurance laws" names its asks after it)
# or a dash: "- Discretion & professionalism - Many of our pools are at waterfront homes."
_LABELLED_ITEM = re.compile(
    r"^\W{0,4}(?:[-*•·]\s*)?(?:((?:[A-Z][\w'’&/-]*\s+){0,3}[A-Z][\w'’&/-]*)\s*:\s+(?=\S)"
    r"|([A-Z][\w'’/-]*(?:\s+[\w'’&/-]+){0,4})\s+[-–—]\s+(?=[A-Z]))"
)
_FIELD_WORD_ZIPF = 3.5  # wordfreq Zipf: a one-word tool this common in a degree's field is the field ("Analytics" 3.8)
# an item that goes on "The ideal candidate will:" under a wrong heading: "- Have good awareness
# of Health and Safety", "- Be capable of carrying out basic maintenance"; not a perk ("- Have
# fun", "- Have your CIMA qualifications paid for", "- Have opportunities to develop your skills")
_ITEM_GOING_ON_ASKS = re.compile(
    r"^\W{1,3}(?:have|possess|hold)\s+(?:(?!(?:the|an?)\s+(?:opportunity|chance)|access|fun|your|regular|opportunit)\S+\s+){0,6}"
    r"(?:knowledge|awareness|experience|understanding|skills?|qualifications?)\b(?![^.;]*\b(?:paid|funded|supported|provided)\b)"
    r"|^\W{1,3}be\s+(?:able|capable|confident|proficient|experienced|competent|skilled)\b",
    re.I,
)
# a heading of what the job gives: items under it that read as asks are perks ("Benefits:")
_PERKS_HEADING = re.compile(r"\b(?:benefits?|perks?|offer|package|rewards?|compensation|salary|pay)\b", re.I)
# what one sends with an application, no skill: "A motivation letter.", "covering letter"
_APPLICATION_DOCUMENT = re.compile(
    r"(?:cover(?:ing)?|motivation(?:al)?|application|reference|recommendation)\s+letters?"
    r"|letters?\s+of\s+(?:motivation|reference|recommendation|application)"
    r"|(?:(?:online|completed|(?-i:[A-Z][\w-]*))\s+(?:of\s+)?){0,5}application forms?|supplemental (?:questions?|questionnaires?)",
    re.I,
)
# a person named: "Principal Investigator: Prof. Annabel Chen", "reports to Dr Smith"
_HONORIFIC_BEFORE = re.compile(r"\b(?:Prof|Professor|Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?\s+$")
_ABOUT_BUT_ASKS = re.compile(
    r"\b(?:you(?:'ll| will)(?: also)? need to|(?:you|applicants?|candidates?|the (?:ideal |successful )?candidate)"
    r" (?:must|should)) (?:also )?(?:be|have|hold|possess)\b(?! (?:authori[sz]ed|eligible|legally|able to work|the right)\b)"
    r"|\bskills (?:are|is) (?:essential|required|a must)\b"  # "Strong troubleshooting and diagnostic skills are essential."
    # "CDL with Endorsement N required.", "A ... License valid in the State of New York is required for these positions."
    r"|(?:^|[.!?]\s+)\W{0,2}[A-Z][^.!?:]{1,80}\b(?:is |are )?(?:required|mandatory)"
    r"(?: for (?:this|these|the|all) (?:positions?|roles?|jobs?|posts?|titles?))?\s*[.!]",
    re.I,
)
# A language test's band scores: "IELTS (Listening 7,Reading 7,Writing 6.5)", "OET (Writing C+)"
_BAND_SCORE = re.compile(
    r"\b(?:Listening|Reading|Writing|Speaking|Overall)(?: band| score)?\s*[:=-]?\s*(?:\d(?:\.\d)?|[A-E][+-]?)(?![\w.])"
)
# A title's bracketed ask: "(Makeup Artistry Experience Preferred)", "(2 Years Experience Required)"
_TITLE_ASK = re.compile(
    r"\(([^()]{3,60}?\b(?:preferred|required|desired|a plus|essential|needed|necessary|wanted))\s*\)", re.I
)
_LAST_ITEM = re.compile(r",\s*(?:and|or)$")
_LIST_LEAD = re.compile(r"\b(?:includes?|including|being|are|such as|like)$", re.I)


# "organization and leadership skills", "Initiative: ...", "Initiative. Striving to ..."
_SKILLS_AFTER = re.compile(r"^(?P<listed>[^.;]{0,80}?\b(?:skills|abilities)\b)|^[^.;]{0,80}?:\s|^\s*(?::|\.\s|[–—-]\s)")
_OFFICE_BESIDE = re.compile(
    r"\b(?:Excel|Word|Outlook|PowerPoint|Access|Office|Google Docs|Publisher|Windows|Mac ?OS|macOS|OS ?X|Linux|Unix)\b"
)
# Office programs whose names are everyday words: read only beside another one, or alone
# on a list item ("- Outlook" under "Working knowledge of:").
_OFFICE_WORDS = ("Word", "Outlook", "Publisher", "Windows")
LONG_ITEM_WORDS = 20


def _office_program(text: str, start: int, end: int) -> bool:
    """Whether an Office name that is also a word ("Word", "Outlook", "Publisher") names the program:
    another Office program on the line, or the name alone on a list item."""
    rest = text[:start] + " " * (end - start) + text[end:]
    version = re.match(r"\s+(?:\d{1,4}|XP|Vista|Server)\b", text[end:])  # "Windows 10", "Word 2016"
    return bool(_OFFICE_BESIDE.search(rest) or version) or not re.sub(r"[\W_]+", "", rest)


# Job titles that also end product names ("Report Builder", "SQL Server", "Adobe Illustrator").
_PRODUCT_TAILS = frozenset(
    """
    server builder designer manager editor writer planner reader player navigator director assistant
    illustrator composer publisher scheduler tracker
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


# A job board's line of fields under the title: "5+ years of experience · Full-time · Bangalore"
_HEADER_PART = re.compile(r"[^|·—–]+")
_HEADER_YEARS = re.compile(
    r"^\s*(?:experience\s*:?\s*)?\d{1,2}\s*(?:\+|(?:-|–|to)\s*\d{1,2})?\s*(?:years?|yrs?)(?: of)?(?: experience)?\s*$",
    re.I,
)
_HEADER_LINES = 3  # lines under the title that may be its fields


def _header_years(document: ResumeDocument, sections: dict[int, str], title_line: int | None) -> list[Seen]:
    """The years a job board's field line asks, though the line is read as the posting's
    header ("about"): the field alone says it is the experience wanted."""
    first = title_line or 0
    found = []
    for line in document.lines[first : first + _HEADER_LINES]:
        if sections[line.number] != "about" or not re.search(r"\s[|·—–]\s", line.text):
            continue
        for part in _HEADER_PART.finditer(line.text):
            if _HEADER_YEARS.match(part.group()):
                for ask in years_in(part.group()):
                    start, end = part.start() + ask.start, part.start() + ask.end
                    found.append(seen_at(ask.years, None, ask.text, "requirements", line, start, end))
    return found


# The generic word a phrase was cut from: "Excellent mechanical knowledge" reads "mechanical"
_GENERIC_HEAD_AFTER = re.compile(r" (knowledge|skills?|experience|abilities|ability|understanding|expertise)\b", re.I)
_THINGS_LIST_WORDS = 20  # longer, a line is prose whose plurals may be people


def _licence_forms(job: str) -> tuple[str, ...]:
    """How a resume says it holds the licence to practise `job` ("pharmacist")."""
    article = "an" if job[:1] in "aeiou" else "a"
    return (f"licensed {job}", f"{job} license", f"{job} licence", f"registered {job}", f"licensed as {article} {job}")


def _phrase_hits(
    line: Line, taken: list[tuple[int, int]], prose: bool = False, listed: Sequence[tuple[int, int]] = ()
) -> list[Hit]:
    """The phrases no lexicon holds on a line, outside the `taken` spans, each as a hit:
    the job's licence, a held title's licence, a known term, or a phrase matched by its
    words; a job's name alone is no ask."""
    found = _phrases_found(line.text, taken, prose, listed)
    # things named one word each ("firewalls, switches, routers"): a plural among them is a thing too
    titles = title_words()
    things = sum(1 for p in found if len(p.words) == 1 and p.lemmas[0] not in titles and p.words[0] != p.lemmas[0])
    # (in a list, not a paragraph: "direction of field crews, laborers, and superintendents; ...")
    listed_things = len(line.text.split()) <= _THINGS_LIST_WORDS and (
        things >= 2 or (things and line.text.count(",") >= 3)
    )
    equipment = equipment_spans(line.text)
    hits = [_phrase_hit(phrase, line, listed_things, equipment) for phrase in found]
    return [hit for hit in hits if hit is not None]


def _phrases_found(
    text: str, taken: list[tuple[int, int]], prose: bool, listed: Sequence[tuple[int, int]]
) -> list[Phrase]:
    """phrases_in on the line with the taken spans masked, each field of experience asked
    ("cashier experience") read as one, and the skills listed before "skills" added."""
    masked = list(text)
    for start, end in taken:
        masked[start:end] = "," * (end - start)
    found = phrases_in("".join(masked), prose, listed)
    fields = {
        (f.start, f.end): f
        for f in experience_fields(text)
        if not any(a < f.end and f.start < b for a, b in taken)  # "CI/CD tools": the term is read already
    }
    found = [fields.get((p.start, p.end), p) for p in found]  # "cashier" in "cashier experience": asked, no job
    found = [p for p in found if not any(f.start <= p.start and p.end <= f.end and f != p for f in fields.values())]
    found += [
        extra
        for extra in (*listed_before_skills(text), *fields.values())
        if not any(p.start <= extra.start < p.end for p in found) and not inside(taken, extra.start, extra.end)
    ]
    return found


def _phrase_hit(phrase: Phrase, line: Line, listed_things: bool, equipment: list[tuple[int, int]]) -> Hit | None:
    """One phrase as the hit it is, or None for a job's name."""
    titles = title_words()
    vocab = vocabulary()
    lone = len(phrase.words) == 1
    # "sanders" listed after "use of" are machines, though a "sander" is also a job
    plural = phrase.words[0] != phrase.lemmas[0]
    machines = plural and (inside(equipment, phrase.start, phrase.end) or listed_things)
    if lone and phrase.kind == "license" and phrase.words[0] in titles:
        return _job_licence(phrase, line)  # "licensed as a pharmacist": the licence to practise the job
    if (
        lone
        and not phrase.experience
        and phrase.words[0] not in _SKILLS_NOT_JOBS  # "computer": a skill, though O*NET titles end with it
        and (
            phrase.words[0] in titles
            or (phrase.lemmas[0] in titles and not phrase.words[0].endswith("ing") and not machines)
        )
    ):
        return None  # "barista": the job, not something to have ("cooking" is work, not a cook)
    if (
        phrase.kind == "tool"
        and not lone
        and (phrase.words[-1] in titles or (phrase.words[-1].endswith("s") and phrase.lemmas[-1] in titles))
        and phrase.words[-1] not in _PRODUCT_TAILS
    ):
        if not _CERTIFIED_FOR.search(line.text, 0, phrase.start):
            return None  # "General Electrician", "Data Scientists", "Human Resources Generalist": a job, not a product
        # "Certification or eligibility for Veterinary Technician Specialist": a credential named by its holder
        phrase = replace(phrase, kind="certification")
    held = _HELD_BEFORE.search(line.text, 0, phrase.start)
    if held and phrase.kind == "skill" and phrase.lemmas[-1] in titles:
        # "licensed sheet metal mechanic": a licence to hold, not the work
        kind = HELD_TITLE[held.group(1).capitalize()]
        name = f"{held.group(1).lower()} {phrase.text}"
        forms = (name, f"{phrase.text.lower()} license", f"{phrase.text.lower()} licence")
        if kind == "certification":
            forms = (name, f"{phrase.text.lower()} certification", f"certified {phrase.text.lower()}")
        return Hit(line.number, held.start(1), phrase.end, "phrase:" + name.lower(), name, kind, forms, "phrase", name)
    if (term_id := vocab.lower.get(phrase.text.lower())) is not None:
        term = vocab.terms[term_id]  # "computer skills" of "computer and organizational skills": a known term
        if everyday_word(phrase.text, line.text, phrase.start):
            return None  # "of the workday": the everyday word, not the product
        if term.kind == "soft" and _plural(phrase.text):
            return None  # "prepare presentations": things, as _asking_hits reads them, not the skill
        return Hit(
            line.number,
            phrase.start,
            phrase.end,
            term.id,
            term.name,
            term.kind,
            term.all_forms,
            term.source,
            phrase.text,
        )
    if phrase.kind == "tool" and len(phrase.words) > 1 and _VERSION_WORD.match(phrase.words[-1]):
        # "CorelDraw X3 to CorelDraw X6": the product, each version a form of it
        product = phrase.text[: phrase.text.rfind(" ")]
        phrase = replace(
            phrase, text=product, words=phrase.words[:-1], lemmas=phrase.lemmas[:-1], also=(*phrase.also, phrase.text)
        )
    forms = _phrase_forms(phrase, line.text)
    name = phrase.text
    if phrase.experience:  # "Teaching experience": as a recruiter names the ask; "teaching" a form
        name = f"{phrase.text} experience"
        forms += (name.lower(),)
        if len(phrase.words) >= 3 and phrase.lemmas[-1] in titles:
            # "clinical veterinary technician experience": a resume's "Veterinary Technician" job
            forms += (" ".join(phrase.words[-2:]),)
        forms += tuple(
            " ".join((*phrase.words[:-1], agent)) for agent in agent_nouns(phrase.words[-1]) if agent in titles
        )  # "bartending experience": a resume's "Bartender" job
    key = "phrase:" + " ".join(phrase.lemmas)
    return Hit(
        line.number, phrase.start, phrase.end, key, name, phrase.kind, forms, "phrase", phrase.text, (phrase.lemmas,)
    )


def _job_licence(phrase: Phrase, line: Line) -> Hit:
    """ "licensed as a pharmacist": the vocabulary's licence of the job, with its forms, or one
    named after the job."""
    job = phrase.words[0]
    key, name, forms, source = f"phrase:{job} license", f"{job.capitalize()} license", _licence_forms(job), "phrase"
    vocab = vocabulary()
    if (term_id := vocab.lower.get(f"{job} license")) is not None:  # the vocabulary's own, with its forms
        term = vocab.terms[term_id]
        key, name, source = term.id, term.name, term.source
        forms = (*term.all_forms, *(f for f in forms if f not in term.all_forms))
    return Hit(line.number, phrase.start, phrase.end, key, name, "license", forms, source, name)


def _phrase_forms(phrase: Phrase, text: str) -> tuple[str, ...]:
    """The ways a resume may write a phrase: as written, lower case, without a possessive,
    singular, with the head the line gives it ("mechanical knowledge"), by its holder, its
    licence, each side of a slash."""
    titles = title_words()
    forms = (phrase.text.lower(),) if phrase.text.islower() else (phrase.text, phrase.text.lower())
    plain = _POSSESSIVE.sub("", phrase.text.lower())
    forms += (plain,) if plain not in forms else ()  # "plumber's license": a resume writes "plumber license"
    plural = phrase.words[-1].endswith("s") and phrase.lemmas[-1] != phrase.words[-1]
    singular = " ".join((*phrase.words[:-1], phrase.lemmas[-1])) if plural else plain
    forms += (singular,) if singular not in forms else ()  # "marketing strategies": "marketing strategy" too
    forms += tuple(form for form in phrase.also if form not in forms)
    if head := _GENERIC_HEAD_AFTER.match(text, phrase.end):
        forms += (f"{phrase.text.lower()} {head.group(1).lower()}",)  # "mechanical knowledge", as written
    forms += holder_forms(phrase.words, phrase.lemmas, titles)
    if phrase.kind == "license" and phrase.lemmas[-1] in titles:  # "Licensed as an Occupational Therapist"
        forms += tuple(form for form in _licence_forms(" ".join(phrase.words)) if form not in forms)
    forms += tuple(form for form in slash_alternatives(phrase.words) if form not in forms)
    return forms


# "Nanny Required in Kensington", "based in Morin Heights": a capitalised name after it is a place
_WHERE_BEFORE = re.compile(
    r"\b(?:based|located|situated|required|needed|wanted|hiring|opportunity|vacancy|vacancies|office|offices"
    r"|position|role|job|opening) (?:in|at) (?:the )?$",
    re.I,
)
# "Commitment to the vision and mission of St Mary's, Cogges", "the ethos of the School": the
# employer named by what it stands for, no skill
_OWN_CAUSE_OF = re.compile(
    # (after a word of commitment: "Knowledge of the principles and values of Safeguarding" asks)
    r"\b(?i:commit\w*|identif\w*|passion\w*|dedicat\w*|support\w*|uphold\w*|promot\w*|shar\w*|align\w*|belie\w*)\b[^.;]{0,40}?"
    r"\b(?:vision|mission|values|ethos|aims|goals|objectives|purpose|culture)"
    r"(?: and (?:vision|mission|values|ethos|aims|goals|objectives|purpose|culture))? of (?:the )?"
    r"(?:[A-Z][\w'’&.-]*,?\s+)*$"
)
# "... to be a practicing Christian in accordance with the Equality Act 2010": a law the
# sentence cites, not one to know
_CITED_BY = re.compile(r"\b(?:in accordance with|as (?:defined|set out) (?:by|in)|pursuant to) (?:the )?$", re.I)
_STATUTE = re.compile(
    r"\b(?:Act|Regulations|Order)(?: of)?(?: \d{4})?$"
)  # not "in accordance with GDPR": a rule to know
# "Center for Emergency Medicine", "College of Nursing": the name of a body, no skill
_BODY_OF = re.compile(
    r"\b(?-i:Cent(?:er|re)|Institute|College|School|Department|Faculty|University|Academy|Society|Association)"
    r" (?:for|of) (?:the )?$",
    re.I,
)
_MEMBER_OF = re.compile(r"\bmember(?:ship)?\b", re.I)


def _body_named(text: str, start: int) -> bool:
    """Whether the words at `start` end the name of a body ("Center for Emergency Medicine");
    one a candidate must belong to is asked ("a member of the Society of Hospital Pharmacists")."""
    return bool(_BODY_OF.search(text, 0, start)) and not _MEMBER_OF.search(text, 0, start)


_POSITION_AFTER = re.compile(r"\s+(?:position|role|job|vacancy|opening)\b(?!\s+(?:experience|skills?)\b)", re.I)
_AS_THE_JOB = re.compile(r"\bas\s+(?:an?\s+)?(?:[\w-]+\s*/\s*)?$", re.I)


def _the_job(hit: Hit, title: str | None, text: str) -> bool:
    """ "looking to recruit a ... dental nurse" in a Dental Nurse posting: the job itself,
    not a skill it asks for; unless experience as it is asked ("Previous experience as Store /
    Shop Manager")."""
    if hit.source == "phrase" and not hit.name.endswith("experience") and _POSITION_AFTER.match(text, hit.end):
        return True  # "a new Locksmith position"; not "experience in a customer support role"
    if not title or hit.kind not in ("skill", "tool") or _AS_THE_JOB.search(text, 0, hit.start):
        return False
    job = " ".join(re.findall(r"[a-z]+", title.lower()))
    named = " ".join(re.findall(r"[a-z]+", hit.name.lower()))
    # or the end of the job's name: "Model Manager" in a "Technician/Revit Model Manager"
    # posting, "co-ordinator" in "Part-time Co-ordinator - Hands"
    head = lemma_of(hit.name.lower().split()[-1].replace("-", ""))
    end_of_job = (
        hit.source == "phrase"
        and head in title_words()
        and any(
            f" {' '.join(re.findall(r'[a-z]+', part))}".endswith(f" {named}")
            for part in _TITLE_PARTS.split(title.lower())
        )
    )
    # the job as the subject of its sentence: "Kennel Assistant serves as a second set of eyes"
    verb = named.removeprefix(f"{job} ") if job and named.startswith(f"{job} ") else ""
    job_does = hit.source == "phrase" and " " not in verb and _verb_form(verb)
    return bool(job) and (named == job or end_of_job or job_does)


def _verb_form(word: str) -> bool:
    """ "serves", "ensures": a verb of duties in its third person."""
    return word.endswith("s") and not word.endswith("ss") and lemma_of(word) != word and opens_with_duty_verb(word)


_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+|:\s+|\(|\)")


def _prose_line(text: str) -> bool:
    """A line of running prose, longer than a list item is."""
    return not is_bullet(text) and len(text.split()) > LONG_ITEM_WORDS


_LABELLED_PROSE_SENTENCES = 4  # a label over this many sentences heads prose, not a list
_LONG_PROSE_WORDS = 150  # a line this long with fewer semicolons than sentences is prose


def _paragraph(text: str) -> bool:
    """Prose, not an item of a list: "Early Steps is a new local daycare nursery situated in
    Whitechapel ... To apply, you must hold ...". Not a list run into one line
    ("Requirements: 3+ years of ...; strong Python skills ...; ...")."""
    words = len(text.split())
    sentences = len(SENTENCE_END.findall(text))
    short = SHORT_PARAGRAPH_WORDS < words <= PARAGRAPH_WORDS
    if short and not is_bullet(text) and sentences >= 3 and not _lists_or_asks(text) and EMPLOYER_VOICE.search(text):
        return True  # "Skills can be taught. Character can't. Here's what earns a spot on our team."
    commas = text.count(",")
    return (
        not is_bullet(text)
        and words > PARAGRAPH_WORDS
        # a list run into a line has semicolons; a page of prose may have a few, fewer than its sentences
        and (text.count(";") < 2 or (words > _LONG_PROSE_WORDS and text.count(";") < sentences))
        # "Project Management, Quality Management, Supervision, Delegation, ...": a list, a comma every few words
        and not (commas >= 6 and words < 5 * (commas + 1))
        # "Requirements: 3+ years of ...; ..." is a list; "Law Enforcement Commission: This position
        # requires ... [four sentences or more]" a label over prose, unless the label names the asks
        # ("Requirements: You have worked in domiciliary care. You hold a full UK driving licence. ...")
        and (":" not in text[:40] or (sentences >= _LABELLED_PROSE_SENTENCES and not _asks_label(text)))
        and not ASKING_START.match(text)  # "Ability to perform ... including the following: RNA / DNA isolation, ..."
        and (bool(EMPLOYER_VOICE.search(text)) or sentences >= 2)
        and not _asks_sentence_by_sentence(text)
    )


def _asks_label(text: str) -> bool:
    label = text[: text.find(":")] if ":" in text else ""
    return heading_kind(heading_label(label)) in ("requirements", "preferred")


# How an ask opens when a list is written as sentences: "Minimum 1 year experience as ...
# Knowledge of food safety. Ability to work in a fast-paced kitchen. KCSE qualification."
_ASK_OPENING = re.compile(
    r"(?:ability to|able to|must|knowledge|experience|proficien|familiar|minimum|at least|\d|proven|demonstrated"
    r"|strong|excellent|good|sound|solid|valid|current|degree|bachelor|master|diploma|certificat|qualified|fluen"
    r"|understanding|you (?:have|hold|are|can|know|bring|possess)|(?-i:[A-Z]{2,})\b)",
    re.I,
)
# Share of a paragraph's sentences that open as asks for it to be a list: three of four
# ("Minimum 1 year ... Knowledge of ... Ability to ... KCSE qualification."); prose with an
# ask or two ("We are a growing firm. Strong Excel skills help. ...") stays prose.
_ASKING_SENTENCES = 0.75


def _asks_sentence_by_sentence(text: str) -> bool:
    """A list run into sentences, each an ask, not prose with an ask or two in it."""
    sentences = [part.strip(" *-•") for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if part.strip()]
    opening = sum(1 for sentence in sentences if _ASK_OPENING.match(sentence))
    return len(sentences) >= 2 and opening >= _ASKING_SENTENCES * len(sentences)


PARAGRAPH_WORDS = 30
SHORT_PARAGRAPH_WORDS = 10


def _lists_or_asks(text: str) -> bool:
    """ "Skills: ...", "Ability to write reports. Ability to read charts. ...": items, not prose."""
    return ":" in text or bool(ASKING_START.match(text))


def _table_rows(text: str) -> str:
    """A Markdown table's rows as the lines they stand for: "| **Job Location:** | Central
    London |" is "**Job Location:** Central London", a cell's "<br>" a line break; the rule
    and empty rows go."""
    if "|" not in text:
        return text
    lines = []
    raw = text.split("\n")
    at = 0
    while at < len(raw):
        line, at = raw[at], at + 1
        if line.lstrip().startswith("|") and not line.rstrip().endswith("|"):
            # a row whose cell held line breaks: "| Requirements: | - Previous ...", "- Able to ... |"
            ends = next((i for i, rest in enumerate(raw[at : at + 10]) if rest.rstrip().endswith("|")), None)
            if ends is not None:
                line = "<br>".join(raw[at - 1 : at + ends + 1])
                at += ends + 1
        row = _TABLE_ROW.match(line)
        if not row:
            lines.append(line)
            continue
        cells = [cell.strip() for cell in row.group(1).split("|")]
        if all(not cell or set(cell) <= set("-: ") for cell in cells):
            continue  # "|---|---|", "| | |"
        label, *rest = [cell for cell in cells if cell]
        joined = f"{label} {' | '.join(rest)}" if label.rstrip("*_ ").endswith(":") else " | ".join([label, *rest])
        lines.extend(_CELL_BREAK.split(joined))
    return "\n".join(lines)


_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_CELL_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)


_HELD_BEFORE = re.compile(rf"\b({'|'.join(HELD_TITLE)})\s+$", re.I)  # "licensed sheet metal mechanic"


# the fields a degree's "or related field" names: "... such as agricultural engineering, crop management"
_RELATED_FIELDS = re.compile(
    r"\s*,?\s*(?:or|and/or)\s+(?:an?\s+|any\s+)?(?:other\s+)?(?:closely\s+)?related\s+(?:field|discipline|area|subject)s?"
    r"(?:\s+of\s+study)?\s*,?\s*(?:such as|e\.g\.|including|like|i\.e\.)[^.;]*",
    re.I,
)
_ENGLISH_POSTING = 0.6  # of its words English: a posting read as English


def _english_share(text: str) -> float:
    words = [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", text)][:400]
    if not words:
        return 1.0
    return sum(1 for w in words if zipf(w) >= 3.0) / len(words)


_NOT_OF_THE_JOB = frozenset(
    ["a", "an", "the", "with", "for", "at", "become", "join", "hiring", "our", "your", "now", "new", "we", "are", "is"]
)


def _job_of_title(title: str) -> str:
    """The job a title names, by its first job word and up to two words before it ("Hair
    Stylist"; "Courier" of "Become a Courier with Express Couriers & Co"); the title itself
    when no word of it names a job."""
    words = re.findall(r"[A-Za-z][\w'’-]*", title)
    jobs = title_words()
    for at, word in enumerate(words):
        lower = word.lower()
        if lower in jobs or (lower.endswith("s") and lower[:-1] in jobs):
            start = at
            while start > max(0, at - 2) and words[start - 1].lower() not in _NOT_OF_THE_JOB:
                start -= 1
            return " ".join(words[start : at + 1])
    return title


def read_job(source: PostingSource, *, title: str | None = None) -> JobPosting:
    """A JobPosting from a path (.txt, .md, .pdf, .docx), bytes or the posting's text.

    Raises PostingError (a RoleError) naming the file for a missing, empty, binary or
    unreadable posting, and for one that names nothing a resume could be checked for."""
    text, name = posting_text(source)
    if not text or not text.strip():
        raise PostingError("the job posting is empty", source=name)
    text = _prepared(text)
    document, title, title_line = _titled(text, name, title)
    english_share = _english_share(text)
    posting = _posting(document, text, title, title_line, english_share)
    found = _Found(years=_header_years(document, posting.sections, title_line))
    _read_lines(posting, found)
    fold_members(found.asks)
    fold_abbreviations(found.asks)
    if not found.asks and not found.years and not found.degrees and title and title_line is not None:
        _ask_for_the_title(found, document.lines[title_line - 1], title)
    requirements = [requirement_of(ask, found.counts) for ask in found.asks.values()]
    posting_years, years_requirement = years_asked(found.years)
    posting_degree, degree_field, degree_requirements = degree_asked(found.degrees)
    requirements = [*years_requirement, *degree_requirements, *requirements]
    if not requirements:
        raise PostingError(
            "the job posting names no skill or tool, credential, degree or years of experience that could be read",
            source=name,
        )
    warnings = _warnings(text, requirements, posting.has_requirements, english_share)
    return JobPosting(
        title=title,
        requirements=tuple(sorted(requirements, key=requirement_order)),
        years=posting_years,
        degree=posting_degree,
        degree_field=degree_field,
        source=name,
        warnings=warnings,
        text=text,
    )


def _prepared(text: str) -> str:
    """The posting's text with what flattening, tables and wrapping did to it undone: one
    item a line, headings on lines of their own."""
    text = _GLUED_SLASH.sub(" /", split_flattened(_table_rows(drop_record_lists(mend_lost_characters(text)))))
    text = _LONE_OR.sub(r"\1 or\n", text)  # two routes with "OR" on a line between them
    return split_inline_headings(split_inline_bullets(unglue(unwrap(text))))


def _titled(text: str, name: str, title: str | None) -> tuple[ResumeDocument, str | None, int | None]:
    """The posting read as a document, its title (the one given, else the one it shows) and
    the number of the line that holds it. A title given but not shown becomes line 1."""
    document = read_text(text, source=name)
    found = title_of(document)
    title = (clean_title(title) if title else (clean_title(found.text) if found else None)) or None
    title_line = found.number if found and title and clean_title(found.text).lower() == title.lower() else None
    if title and title_line is None:
        document = read_text(f"{title}\n{text}", source=name)
        title_line = 1
    return document, title, title_line


@dataclass(frozen=True)
class _Posting:
    """What the whole posting tells the reading of each line."""

    document: ResumeDocument
    sections: dict[int, str]  # line number -> requirements | preferred | body | notes | about | title
    lines: list[Line]  # the lines that may ask: not hidden, not about the employer
    title: str | None
    has_requirements: bool  # a requirements or preferred section: the body then describes the work
    tech: bool  # the tech lexicon counts
    about_text: str
    employers: frozenset[str]  # organisations the posting names, lower case
    hiring: frozenset[str]  # the names the employer gives itself
    defined: dict[str, frozenset[str]]  # acronyms the posting spells out
    by_line: dict[int, list[Hit]]  # what the lexicon and vocabulary found, line by line
    buttons: re.Pattern[str] | None  # the words of the posting's buttons


def _posting(
    document: ResumeDocument, text: str, title: str | None, title_line: int | None, english_share: float
) -> _Posting:
    sections = _asking_sections(document, title_line, english_share)
    lines = [line for line in document.lines if not line.hidden and sections[line.number] != "about"]
    asked_lines = replace(document, lines=tuple(lines))  # benefits and "about us" ask for nothing
    employers = frozenset(name.lower() for name in organisations(document.text))
    found = lexicon_hits(asked_lines) + vocabulary_hits(lines)
    texts = {line.number: line.text for line in lines}
    hits = longest_hits(found, texts)
    from_lexicon = [h for h in hits if h.source == "lexicon"]
    title_jobs = title_words() & set(re.findall(r"[a-z]+", (title or "").lower()))  # "sous chef": {"chef"}
    # a tech term that is the job the title names ("Pastry Chef") says nothing of tech
    tech_hits = [h for h in from_lexicon if h.written.lower() not in title_jobs]
    votes = tech_votes([(h.written, h.line) for h in tech_hits], sections, document.lines)
    tech = is_tech_posting(title, votes, any(h.line == title_line for h in tech_hits))
    if not tech:
        hits = longest_hits(found, texts, tech=False)
    defined = spelled_out(text)  # "Process Safety Manager (PSM)": the posting says what PSM means
    hits = _in_their_sense(hits, document, sections, employers, title_jobs, tech, defined)
    by_line: dict[int, list[Hit]] = {}
    for hit in hits:
        by_line.setdefault(hit.line, []).append(hit)
    return _Posting(
        document=document,
        sections=sections,
        lines=lines,
        title=title,
        has_requirements=any(section in ("requirements", "preferred") for section in sections.values()),
        tech=tech,
        about_text=" ".join(line.text for line in document.lines if sections[line.number] == "about"),
        employers=employers,
        hiring=employer_names(document.text),
        defined=defined,
        by_line=by_line,
        buttons=_button_pattern(document),
    )


def _asking_sections(document: ResumeDocument, title_line: int | None, english_share: float) -> dict[int, str]:
    """posting_sections, with the lines a heading misplaces put back: an item that asks
    under "Why work here?", a paragraph that asks under "Hours", a record check that asks
    nothing, and the French half of a bilingual posting."""
    sections = posting_sections(document, title_line)
    heading = ""  # the latest heading: items under "Benefits:" are perks, however they read
    for line in document.lines:
        if is_plain_heading(line):
            heading = line.text
        if (
            sections[line.number] == "about"
            and is_bullet(line.text)
            and _ITEM_GOING_ON_ASKS.search(line.text)
            and not _PERKS_HEADING.search(heading)
        ):
            sections[line.number] = (
                "requirements"  # "- Have good awareness of Health and Safety" under "Why work here?"
            )
        elif clears_a_record(without_bullet(line.text)):
            sections[line.number] = "about"  # "No record of a driver's license suspension": a check, no ask
        elif sections[line.number] == "about" and _ABOUT_BUT_ASKS.search(line.text):
            # "Hours" over "You will need to be confident and have experience in managing a team ...":
            # a paragraph under a wrong heading still asks what its sentences ask
            sections[line.number] = "notes"
    if english_share >= _ENGLISH_POSTING:
        # the French half of a bilingual posting says again what the English says
        for index in translated_lines([line.text for line in document.lines]):
            sections[document.lines[index].number] = "about"
    return sections


def _in_their_sense(
    hits: list[Hit],
    document: ResumeDocument,
    sections: dict[int, str],
    employers: frozenset[str],
    title_jobs: set[str],
    tech: bool,
    defined: dict[str, frozenset[str]],
) -> list[Hit]:
    """The hits that mean what the lexicon and vocabulary mean by them, each read with the
    product name, codes and "A/B" partner beside it."""
    lexicon_words: dict[int, set[str]] = {}  # line -> the tech terms written on it
    for h in hits:
        if h.source == "lexicon":
            lexicon_words.setdefault(h.line, set()).add(h.written.lower())
    hits = [
        h
        for h in hits
        if means_what_it_spells(h.written, (h.name, *h.forms), defined)
        # O*NET software named as the job the title names is that job outside tech: "Sous Chef"
        and not (h.source == "onet" and not tech and h.written.lower() in title_jobs)
        and not common_noun(h, document.lines[h.line - 1].text)
        and not (" " in h.written and h.written.lower() in employers)  # "Open Dental is looking for": the employer
        and sense_fits(
            from_lexicon=h.source == "lexicon",
            kind=h.kind,
            written=h.written,
            line_text=document.lines[h.line - 1].text,
            tech=tech,
            beside_tech=bool(lexicon_words.get(h.line, set()) - {h.written.lower()}),
            asked=sections[h.line] in ("requirements", "preferred") or is_bullet(document.lines[h.line - 1].text),
        )
    ]
    hits = [named_product(h, document.lines[h.line - 1].text) if h.kind == "tool" else h for h in hits]
    hits = [with_codes(h, document.lines[h.line - 1].text) if h.kind in _CREDENTIAL_KINDS else h for h in hits]
    return hits + slash_partners(hits, document.lines)


@dataclass
class _Found:
    """What the lines ask, gathered as they are read."""

    asks: dict[str, Ask] = field(default_factory=dict)
    years: list[Seen] = field(default_factory=list)
    degrees: list[Seen] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # requirement key -> how often the posting says it

    def count(self, hits: Iterable[Hit]) -> None:
        for hit in hits:
            self.counts[hit.key] = self.counts.get(hit.key, 0) + 1


def _read_lines(posting: _Posting, found: _Found) -> None:
    """Every line that may ask, top to bottom: a heading gives the lines below it their
    sense ("Experience:" over a bare "1-3 years"), a lead sentence the list below it."""
    heading = ""
    lead = None  # the label a paragraph's last sentence gives the list below it
    for line in posting.lines:
        section = posting.sections[line.number]
        if section != "title" and is_plain_heading(line):
            heading = line.text
            if section in ("requirements", "preferred") and _ASKING_HEADING.search(line.text):
                # "## Understand SSH Keys and How to Connect to Remote Servers": the heading is the ask
                _read_line(posting, found, _sense_of(posting, line, section, heading), heading)
            else:
                _read_heading(posting, found, line, section)
            continue
        if lead is not None and not is_bullet(line.text):
            lead = None  # the list it headed has ended
        heading = lead or heading
        # "... Responsibilities include, but are not limited to the following:": duties below
        lead = lead or closing_label(line.text)
        _read_line(posting, found, _sense_of(posting, line, section, heading), heading)


def _read_heading(posting: _Posting, found: _Found, line: Line, section: str) -> None:
    """A section's name asks for nothing ("SELECTIVE CERTIFICATION", "Licenses:") but for
    how long ("Minimum of 2 to 5 years experience in the following:") and, when it is a
    sentence, the credential it names ("We need an NQT or experienced teacher who:")."""
    if section not in ("requirements", "preferred"):
        return
    if _ASKING_HEAD.search(line.text):
        # (not a slogan: "## Join a Team With 40 Years of Experience in Heating")
        for ask in years_in(line.text):
            found.years.append(seen_at(ask.years, None, ask.text, section, line, ask.start, ask.end))
    if len(line.text.split()) >= _SENTENCE_HEADING_WORDS:
        for hit in posting.by_line.get(line.number, []):
            if hit.kind in _CREDENTIAL_KINDS:
                found.count([hit])
                gather(found.asks, [hit], section, line)


@dataclass(frozen=True)
class _Sense:
    """How one line is read: the section it counts in and the spans of it that ask."""

    line: Line
    section: str  # as posting.sections says, but notes, paragraphs and duty items are read as "body"
    in_notes: bool  # process text: read as description, asking only what a clause asks
    described: bool  # the body describes the work (the asks are listed elsewhere, or under "Duties:")
    in_requirements: bool  # the line is an ask: in a requirements list, or an item that asks
    told: bool  # the employer tells of itself: "We have chickens, ducks and rabbits.", "Our offices are in ..."
    asked: list[tuple[int, int]]  # prose that asks: "must hold a valid ...", "knowledge of: a; b"
    title_asks: list[tuple[int, int]]  # "Beauty Advisor (Makeup Artistry Experience Preferred)"
    conditions: list[tuple[int, int]]  # conditions of work and how to reach the employer: no asks
    wished: bool = False  # a paragraph under a heading of wishes ("Preferred Skills"): what it asks is a wish


def _sense_of(posting: _Posting, line: Line, section: str, heading: str) -> _Sense:
    in_notes = section == "notes"
    section = "body" if in_notes else section
    wished = False
    if section in ("requirements", "preferred") and _paragraph(line.text):
        wished = section == "preferred"
        section = "body"  # a paragraph under "We are currently looking for:" asks only where its sentences ask
    employer_says = (
        section in ("requirements", "preferred")
        and not posting.by_line.get(line.number)  # "- We use AWS, Terraform and Kubernetes": the stack asked
        and not _STACK_VERB.search(line.text)  # "- Our technicians work with Cisco and Juniper routers"
        and employer_statement(without_bullet(line.text).strip())
    )
    if employer_says:
        # "We host company sponsored events for the employees", "- Our offices are in Poleg, Netanya":
        # the employer, asking nothing
        section = "body"
    opening = _DUTIES_ITEM.match(without_bullet(line.text)) if section in ("requirements", "preferred") else None
    duties_item = opening is not None and names_duties(heading_label(opening.group(1)))
    if duties_item:
        section = "body"  # "* Daily tasks include feeding animals; cleaning kennels; ...": the work
    # the body is described work where the posting has a list of asks, or under "Duties include:"
    described = posting.has_requirements or duties_item or (section == "body" and names_duties(heading_label(heading)))
    in_requirements = section in ("requirements", "preferred") or (
        section == "body" and (_is_listed(line) if not described else _asking_item(line.text))
    )
    conditions = condition_spans(line.text) + reach_us_spans(line.text)
    conditions += [m.span() for m in _BAND_SCORE.finditer(line.text)]  # "IELTS (Listening 7, Writing 6.5)"
    conditions += [m.span() for m in posting.buttons.finditer(line.text)] if posting.buttons else []
    title_asks = [m.span(1) for m in _TITLE_ASK.finditer(line.text)] if section == "title" else []
    return _Sense(
        line=line,
        section=section,
        in_notes=in_notes,
        described=described,
        in_requirements=in_requirements,
        told=employer_says or (section == "body" and not described and bool(_DESCRIBING.match(line.text))),
        asked=(asked_spans(line.text) if section == "body" else []) or title_asks,
        title_asks=title_asks,
        conditions=conditions,
        wished=wished,
    )


def _read_line(posting: _Posting, found: _Found, sense: _Sense, heading: str) -> None:
    """What one line asks: the hits that ask here, its years and degrees, the phrases no
    lexicon holds, each gathered as required or preferred."""
    line = sense.line
    hits = posting.by_line.get(line.number, [])
    found.count(hits)
    kept, words = _asking_hits(posting, sense, hits)
    taken = [(h.start, h.end) for h in hits if h not in words]
    if sense.section != "title" or sense.title_asks:
        kept = _years_and_degrees(posting, found, sense, heading, kept, taken)
    phrase_hits = _line_phrases(posting, sense, kept, taken)
    if phrase_hits:
        found.count(phrase_hits)
        kept = issuer_joined(sorted(kept + phrase_hits, key=lambda h: h.start), line.text)
    kept = examples_folded(abbreviations_folded(kept, line.text), line.text)
    if not posting.tech:  # (a tech posting's products keep their lexicon entries, for role_from_job)
        kept = category_examples_folded(kept, line.text)
    kept = _under_label(sense, _of_the_lists_kind(kept, line.text))
    if action := _ACTION_OF.match(line.text):  # "Installation of furnaces, humidifiers": "furnace installation"
        stop = _PLACE.search(line.text, action.end())  # "... in residential new home construction"
        limit = stop.start() if stop else len(line.text)
        kept = [_with_action(h, action.group(1).lower()) if h.start < limit else h for h in kept]
    _gather_line(found, sense, kept)


_LIST_JOINER = re.compile(r"^\s*(?:,|/|,?\s*(?:and|or))\s*$")


def _of_the_lists_kind(hits: list[Hit], text: str) -> list[Hit]:
    """ "modalities of care such as CBT, DBT, EMDR, ACT, CPT": letters a credential is known by,
    listed among methods' letters, are a method too (cognitive processing therapy, not the
    phlebotomy certificate)."""
    out = list(hits)
    for index, hit in enumerate(hits):
        if hit.kind not in _CREDENTIAL_KINDS or not hit.written.isupper():
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


def _asking_hits(posting: _Posting, sense: _Sense, hits: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """The line's lexicon and vocabulary hits that ask for something here, and the words
    read as plain words instead (free for the phrase finder: "organizational diagnosis")."""
    text = sense.line.text
    kept: list[Hit] = []
    words: list[Hit] = []
    for hit in hits:
        if sense.in_notes and not (_asked(text, hit) or inside(sense.asked, hit.start, hit.end)):
            continue  # process text asks only for what its clause says is wanted
        if _clause_asks_nothing(text, hit.start, hit.end):
            continue
        if hit.kind == "soft" and (
            _plural(hit.written)  # "initiatives": things, wherever they stand
            or (
                _bare_soft(hit.written)
                and not _named_as_skill(text, hit.start, hit.end)
                and not _alone_on_item(text, hit.start, hit.end)  # "- Initiative"
                and not _comma_item(text, hit.start, hit.end)  # "Dependability, Initiative, Strong Work Ethic"
                and not _BE_BEFORE.search(text, 0, hit.start)  # "Must be accurate and ..."
                and not (hit.written.lower() in _QUALITY_NOUNS and _HAVE_BEFORE.search(text, 0, hit.start))
            )
        ):
            words.append(hit)  # a word of the line, free for the phrase finder ("organizational diagnosis")
            continue  # "presentation" is a skill in "presentation and negotiation skills", not in "taste and presentation"
        if hit.kind == "soft" and _not_a_quality_asked(posting, sense, hit):
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
            hit.kind in _CREDENTIAL_KINDS
            and sense.section == "body"
            and hit.written.endswith("s")
            and lemma_of(hit.written.split()[-1].lower()) in title_words()
            and not inside(sense.asked, hit.start, hit.end)
        ):
            continue  # "Collaborate with our ... Nurse Practitioners": colleagues, no licence asked
        if hit.kind in _CREDENTIAL_KINDS and _FIRM_AFTER.match(text, hit.end):
            words.append(hit)  # "a liaison to our CPA firm", "CPA firm experience": a kind of firm, no credential
            continue
        if hit.kind in _CREDENTIAL_KINDS and _works_under(text, hit.start):
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


def _not_a_quality_asked(posting: _Posting, sense: _Sense, hit: Hit) -> bool:
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


def _language_asked(sense: _Sense, hit: Hit) -> bool:
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


# what pay rewards, before the degree in its sentence, not what the job asks: "There are stipends
# available for education levels at Doctorate Degree", "a $2,000 stipend for a Master's degree"
# (not "Bachelor's degree required, with a $2,000 stipend for ...")
_PAID_FOR = re.compile(
    r"\b(?:stipends?|differentials?|allowances?|(?:additional|extra|higher) pay|salary (?:placement|schedule|step|lane)s?"
    r"|pay (?:schedule|lane|step)s?)\b",
    re.I,
)


def _years_and_degrees(
    posting: _Posting, found: _Found, sense: _Sense, heading: str, kept: list[Hit], taken: list[tuple[int, int]]
) -> list[Hit]:
    """The years and degrees a line asks, into `found`; their spans into `taken` (a degree's
    field is no phrase); and `kept` without what a degree's name or field holds."""
    line, section, text = sense.line, sense.section, sense.line.text
    for ask in years_in(text, heading):  # "RELEVANT WORK EXPERIENCE:" / "1-3 years"
        found.years.append(seen_at(ask.years, None, ask.text, section, line, ask.start, ask.end))
        taken.append((ask.start, ask.end))
    described_prose = section == "body" and sense.described and _prose_line(text)
    for degree in degrees_in(text):
        if posting.tech and degree.text in TECH_TERMS_NOT_DEGREES:
            continue  # "a tuned LLM": in a tech posting a language model, not a Master of Laws
        if described_prose and degree.level == "high school" and not inside(sense.asked, degree.start, degree.end):
            continue  # "500 students in the secondary school in Kharaz camp": the project, no ask
        clause = clause_of(text, degree.start, degree.end)
        if not_asked(clause) or _PAID_FOR.search(re.split(r"[.;!?]\s", text[: degree.start])[-1]):
            continue  # "No degree required"; "stipends available for education levels at Doctorate Degree"
        seen = seen_at(degree.level, degree.field, degree.text, section, line, degree.start, degree.end)
        found.degrees.append(replace(seen, waived=bool(NOT_REQUIRED.search(clause))))  # "desired but not required"
        field_end = degree.field_end
        if field_end and (related := _RELATED_FIELDS.match(text, field_end)):
            field_end = related.end()  # "... or related field such as crop management, horticulture"
        # "Finance, Business or Marketing undergraduate degree": fields before it
        field_start = degree.field_start if degree.field_start >= 0 else degree.start
        taken.append((field_start, max(degree.end, field_end)))  # the field is not a phrase
        # the degree's own name is no tool: "SPM" (Malaysia's school certificate), not a microscope
        kept = [h for h in kept if not (h.kind in ("tool", "skill") and degree.start <= h.start < degree.end)]
        if field_end > degree.end or field_start < degree.start:
            # nor a skill: "Bachelor's degree in Mathematics", "a Communications or Marketing degree";
            # in tech a field may name a skill asked ("MS in Machine Learning"), a soft skill never
            kept = [
                h
                for h in kept
                if not (
                    (not posting.tech or h.kind == "soft")
                    and _names_a_field(h)
                    and (field_start <= h.start < degree.start or degree.end <= h.start < field_end)
                )
            ]
    return kept


def _names_a_field(hit: Hit) -> bool:
    """Whether a hit inside a degree's field may be the field's own words: a skill, a soft
    skill's word, or an everyday one-word tool ("in Supply Chain, Business, Analytics":
    a field, not Google's product)."""
    return (
        hit.kind == "skill"
        or (hit.kind == "soft" and hit.source == "vocabulary")
        or (hit.kind == "tool" and " " not in hit.written and zipf(hit.written.lower()) >= _FIELD_WORD_ZIPF)
    )


def _line_phrases(posting: _Posting, sense: _Sense, kept: list[Hit], taken: list[tuple[int, int]]) -> list[Hit]:
    """The phrases no lexicon holds that the line asks for, and the abilities it names."""
    line, section, text = sense.line, sense.section, sense.line.text
    phrase_hits: list[Hit] = []
    taken = taken + physical_spans(text) + sense.conditions  # "lift up to 55 lbs, climb ladders": no skill named
    taken += purpose_spans(text)  # "... sufficient to separate noxious weeds": what for, not what
    taken += language_use_spans(text)  # "read, write, comprehend, and speak English fluently"
    taken += workplace_spans(text)  # "able to work within a fast-paced, international organization"
    taken += label_spans(text) if is_bullet(text) else []  # "- Amazing Salesperson. 8+ years ..."
    if sense.asked and not is_bullet(text) and (section != "title" or sense.title_asks):
        # prose that asks: rarer words than a list, but any term after "experience in"
        prose = _phrase_hits(line, taken, prose=True, listed=done_spans(text))
        phrase_hits = [h for h in prose if inside(sense.asked, h.start, h.end)]
    if (sense.in_requirements or (section == "body" and is_bullet(text))) and section != "title":
        listed = listed_spans(text) if sense.in_requirements else []  # "knowledge of: tax laws, ..."
        sentence = len(text.split()) > LONG_ITEM_WORDS  # an item written as prose reads as prose
        rest = _phrase_hits(line, taken + ([] if is_bullet(text) else sense.asked), sentence, listed=listed)
        phrase_hits += [h for h in rest if not sense.in_notes or inside(sense.asked, h.start, h.end)]
        if section in ("requirements", "preferred") and not rest and not posting.by_line.get(line.number):
            phrase_hits += _lone_item(line)  # "- Retail", "- Tax": the item is the ask, however common the word
        if sense.told:  # "We have chickens, ducks and rabbits.": only what the vocabulary names
            phrase_hits = [h for h in phrase_hits if h.source != "phrase" or inside(sense.asked, h.start, h.end)]
    phrase_hits = [h for h in phrase_hits if _asks_a_thing(posting, h, text)]
    if section != "title" and not sense.told and not sense.in_notes:
        asking = sense.in_requirements and not _paragraph(text)
        item = section in ("requirements", "preferred") and is_bullet(text)
        phrase_hits += _ability_hits(line, kept + phrase_hits, taken if asking else None, sense.asked, item)
    return phrase_hits


def _asks_a_thing(posting: _Posting, hit: Hit, text: str) -> bool:
    """Whether a phrase names a thing to know, not the employer, a place, a date, a grade,
    a person, a document to send or the job itself."""
    phrase = hit.source == "phrase"
    return not (
        _named_in(hit, posting.about_text)
        or (phrase and _SENT_ELSEWHERE.match(text))
        # "Bugema" of "Bugema University"; "Spotlight PA's team": the employer's, possessive or not
        or (phrase and _POSSESSIVE_END.sub("", hit.written.lower()) in posting.employers)
        or (phrase and hit.written.split()[0].lower() in posting.hiring)  # "Sephora customers"
        or (phrase and _in_employer_name(hit, text, posting))  # "[Planned] Parenthood North Central States"
        or (phrase and place_or_date(hit.written, text[: hit.start]))  # "Minnesota", "Canberra"
        or (phrase and _GRADE.match(hit.written))
        or (phrase and _EQUAL_OPPORTUNITY.search(hit.written))  # "an Equal Opportunity Employer": the employer's policy
        or (phrase and _HONORIFIC_BEFORE.search(text, 0, hit.start))  # "Prof. Annabel Chen"
        or (phrase and _APPLICATION_DOCUMENT.fullmatch(hit.written))  # "A motivation letter"
        or (phrase and names_an_organisation(hit.written, posting.defined))  # "SGU", "SAC"
        or (phrase and hit.written[:1].isupper() and _WHERE_BEFORE.search(text, 0, hit.start))
        or (phrase and hit.written[:1].isupper() and _OWN_CAUSE_OF.search(text, 0, hit.start))
        or (phrase and _STATUTE.search(hit.written) and _CITED_BY.search(text, 0, hit.start))
        or (phrase and hit.written[:1].isupper() and _body_named(text, hit.start))
        or _the_job(hit, posting.title, text)
        or _clause_asks_nothing(text, hit.start, hit.end)
    )


def _in_employer_name(hit: Hit, text: str, posting: _Posting) -> bool:
    """A phrase that is part of the employer's name as the line writes it ("Parenthood North
    Central States" of "Planned Parenthood North Central States"), or the acronym the posting
    spells out with the employer's name in it ("PPNCS")."""
    names = [name for name in posting.hiring if " " in name]
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I):
            if match.start() < hit.end and hit.start < match.end():
                return True
    spelled = posting.defined.get(hit.written.strip())
    return bool(spelled) and any({lemma_of(w) for w in name.split()} <= spelled for name in names)


def _clause_asks_nothing(text: str, start: int, end: int) -> bool:
    """The clause around a mention says it is not asked ("Students qualifying this winter may
    apply", "No degree required") or asks for a link to send ("If you have an active GitHub
    profile, include a link"): what the lexicon's and the phrase finder's hits both answer to."""
    clause = clause_of(text, start, end)
    return not_asked(clause) or bool(_LINK_ASKED.search(clause))


def _under_label(sense: _Sense, kept: list[Hit]) -> list[Hit]:
    """ "Problem-Solving: Ability to identify and address compliance issues, violations ...":
    the label is the ask, its text says what it means; what the vocabulary names stays.
    After a dash the text is a story ("- A customer-first attitude - You represent us at
    every home. Friendly, honest ..."): its qualities illustrate the label, no asks of their own."""
    labelled = _LABELLED_ITEM.match(sense.line.text) if sense.in_requirements else None
    if labelled is None:
        return kept
    story = labelled.group(2) is not None
    if story and not _PERKS_HEADING.search(labelled.group(2)) and _names_list(sense.line.text[labelled.end() :]):
        # "General networking - VPN, Wifi, VLANs, Firewalls": what the label takes in, each asked
        # (not "- Perks - Free parking, Tuition reimbursement, Gym membership")
        return kept
    label_end = labelled.end(2 if story else 1)
    if not any(h.start < label_end and (story or h.source != "phrase") for h in kept):
        return kept
    return [h for h in kept if h.start < labelled.end() or (h.source != "phrase" and not (story and h.kind == "soft"))]


def _names_list(text: str) -> bool:
    """Whether text after a label's dash lists names ("VPN, Wifi, VLANs, Firewalls, DHCP, DNS"),
    not a story: no sentence in it, three items at least, none longer than three words."""
    text = text.strip().rstrip(".")
    if not text or re.search(r"[.;!?:]\s", text):
        return False
    items = [item.strip() for item in re.split(r",|\band\b|\bor\b|&", text)]
    return len(items) >= 3 and all(0 < len(item.split()) <= 3 for item in items)


def _gather_line(found: _Found, sense: _Sense, kept: list[Hit]) -> None:
    """Each group of the line's hits ("RN or LPN" is one) as required or preferred."""
    line, section = sense.line, sense.section
    duty = opens_with_duty_verb(without_bullet(line.text))  # "Select type of insulation required"
    for group in hit_groups(kept, line.text):
        if inside(sense.asked, group[0].start, group[-1].end):
            # what a sentence asks is required unless it says "desired" or stands under "Preferred"
            gather(found.asks, group, "preferred" if sense.wished else "requirements", line)
        elif (
            section == "body"
            and sense.described
            and all(
                h.source == "phrase"
                or h.kind in ("skill", "certification")
                or (h.source == "onet-equipment" and not _OPERATES.search(line.text, 0, h.start))
                for h in group
            )
        ):
            # work the duties describe, not a stated must-have ("performing CPR" is no
            # asked certification, "repairs sump pumps" no asked tool); software, licences
            # and equipment the duties operate stay required ("operate forklifts")
            gather(found.asks, group, "preferred", line, cues=not duty)
        elif section == "body" and not sense.described and all(h.source == "phrase" for h in group) and duty:
            # no requirements heading nor duties heading: the phrases of what the job does ("Schedule inbound
            # deliveries") are preferred too; what it names (credentials, software,
            # equipment) and lines that are no duty ("Knowledge of freight") stay required
            gather(found.asks, group, "preferred", line)
        elif (
            section == "requirements"
            and all(h.source == "phrase" and h.kind == "skill" for h in group)
            and named_in_passing(line.text, group[0].start, group[-1].end, is_bullet(line.text))
        ):
            gather(found.asks, group, "preferred", line)  # named in a long sentence, not asked: no must-have
        else:
            gather(found.asks, group, "preferred" if sense.in_notes and section == "body" else section, line)


def _ask_for_the_title(found: _Found, title_line: Line, title: str) -> None:
    """ "Hair Stylist" over a page of perks that asks nothing else: experience in the job itself."""
    job = _job_of_title(title)  # "Become a Courier with Express Couriers & Co": a courier's
    key = f"phrase:{job.lower()}"
    ask = found.asks[key] = Ask(key, job, "experience", [job, f"{job} experience"], "phrase")
    ask.lines.append(title_line.number)
    ask.texts.append(title_line.text)
    ask.required = True
    ask.points = line_points("body", title_line.text, 0, len(title_line.text))


def _button_pattern(document: ResumeDocument) -> re.Pattern[str] | None:
    """ "[Career Exploration Sign-up](https://...)": a button's words ask nothing (a linked
    "BLS" still does)."""
    labels = sorted({link.text for link in document.links if link.url.startswith("http") and _BUTTON.search(link.text)})
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, labels)) + r")(?!\w)") if labels else None


def _ability_hits(
    line: Line,
    read: list[Hit],
    taken: list[tuple[int, int]] | None,
    asked: list[tuple[int, int]],
    item: bool,
) -> list[Hit]:
    """What the line asks one to be able to do, in everyday words ("Ability to analyze
    data"), where nothing read already names it. `taken` is None where the line does not ask
    by itself: then only inside the parts of it that ask."""
    hits = []
    for ability in abilities_in(line.text, item=item):
        if any(h.start < ability.end and ability.start < h.end for h in read):
            continue  # "ability to interpret drawings": blueprint reading, read already
        if taken is None and not inside(asked, ability.start, ability.end):
            continue
        if taken is not None and any(a < ability.end and ability.start < b for a, b in taken):
            continue  # a working condition or a purpose, not a skill
        if not_asked(clause_of(line.text, ability.start, ability.end)):
            continue
        key = "phrase:" + " ".join(ability.lemmas)
        written = ability.text
        hits.append(
            Hit(
                line.number,
                ability.start,
                ability.end,
                key,
                written,
                "skill",
                ability.forms,
                "phrase",
                written,
                (ability.lemmas,),
            )
        )
    return hits


def _named_in(hit: Hit, about_text: str) -> bool:
    """A capitalised name the posting also writes where it speaks of itself ("What Clara Foods
    can offer", "About TEA Fund"): the employer or a place, not a product to know. Written
    as the hit is, or in capitals: "Direct store delivery" among the perks is not the name
    of "Direct Store Delivery" asked for."""
    if hit.kind != "tool" or hit.source != "phrase":
        return False
    pattern = rf"(?<!\w){re.escape(hit.written)}(?!\w)"
    return any(m.group(0) == hit.written or m.group(0).isupper() for m in re.finditer(pattern, about_text, re.I))


_CREDENTIAL_KINDS = ("license", "certification")
_LONE_WORD = re.compile(r"([A-Za-z][a-z]{2,})\W*")  # a list item that is one word
# Words that stand alone in a list of asks but name no skill: when, how, or who
_NOT_LONE_ITEMS = frozenset(
    """weekends weekdays nights evenings mornings holidays overtime shifts flexibility availability
    travel relocation other others etc misc miscellaneous none yes no required preferred essential
    desirable optional start clearance check checks detail details immediate""".split()  # noqa: SIM905
)


def _lone_item(line: Line) -> list[Hit]:
    """The one word a list item is, in a list of asks ("- Retail", "- Tax"), when nothing
    else was read on it: not an adjective ("- Flexible"), an adverb, a stop word, a job's
    name or a word of when and how one works."""
    item = without_bullet(line.text).strip() if is_bullet(line.text) else ""
    match = _LONE_WORD.fullmatch(item)
    if match is None:
        return _lone_pair(line, item)
    word = match.group(1)
    start = line.text.index(word, len(line.text) - len(without_bullet(line.text)))
    lower = word.lower()
    if (
        lower in STOP
        or lower in _NOT_LONE_ITEMS
        or lower in title_words()
        or adjective(lower)
        or lower.endswith(("ly", "ed"))
    ):
        return []
    lemma = lemma_of(lower)
    forms = tuple(dict.fromkeys((word, lower, lemma)))
    return [Hit(line.number, start, start + len(word), f"phrase:{lemma}", word, "skill", forms, "phrase", word)]


def _lone_pair(line: Line, item: str) -> list[Hit]:
    """Two words that are the whole item ("- Network Security", "- Linux Administration"):
    the item is the ask, however common its words, when neither is a function word, a
    buzzword, an adjective or a job's name."""
    match = _LONE_PAIR.fullmatch(item)
    if match is None:
        return []
    words = [match.group(1), match.group(2)]
    lower = [w.lower() for w in words]
    if any(
        w in STOP or w in NOT_DISTINCTIVE or w in _NOT_LONE_ITEMS or adjective(w) or w.endswith("ly") for w in lower
    ):
        return []
    if lower[1] in title_words() and not lower[1].endswith(_ABSTRACT_ENDS):
        return []  # "- Security Guard", "- Dental Nurse": a job; not "- Network Security"
    start = line.text.index(match.group(0).rstrip(".;:, "), len(line.text) - len(without_bullet(line.text)))
    written = f"{words[0]} {words[1]}"
    lemmas = (lower[0], lemma_of(lower[1]))
    forms = tuple(dict.fromkeys((written, written.lower(), " ".join(lemmas))))
    key = "phrase:" + " ".join(lemmas)
    return [Hit(line.number, start, start + len(written), key, written, "skill", forms, "phrase", written, (lemmas,))]


_ABSTRACT_ENDS = ("ity", "ion", "ment", "ing", "ance", "ence", "ship", "ics")
_LONE_PAIR = re.compile(r"([A-Za-z][a-z]{2,}) ([A-Za-z][a-z]{2,})\W*")  # a list item that is two words


# An item naming work done to things: "Installation of furnaces, air conditioners and HRVs".
_ACTION_OF = re.compile(
    r"^\W*(installation|repair|maintenance|servicing|inspection|operation|design|troubleshooting)\s+(?:and \w+ )?of\b",
    re.I,
)


_PLACE = re.compile(r"\b(?:in|at|for|on|with|within|to|from|per)\b|[;.]")


def _with_action(hit: Hit, action: str) -> Hit:
    """The hit with "<thing> <action>" as a form, the thing in the singular, as a resume
    writes it ("furnace installation")."""
    if hit.kind not in ("skill", "tool"):
        return hit
    words = hit.written.lower().split()
    form = " ".join([*words[:-1], lemma_of(words[-1]), action])
    return hit if form in hit.forms else replace(hit, forms=(*hit.forms, form))


def _asked(text: str, hit: Hit) -> bool:
    return bool(ASKED.search(clause_of(text, hit.start, hit.end)))


# An item of a duties list that asks, as a qualification does: "Ability to work independently",
# "Must be punctual", "Knowledge of OSHA rules".
_ASKING_ITEM = re.compile(
    r"^\s*(?:[-*+\u2022]|\d{1,2}[.)])\s+(?:\w+ )?(?:ability to|able to|must (?:be|have|possess)|capable of"
    r"|(?:knowledge|understanding) (?:of|regarding|about)|proficien\w* (?:in|with)|familiarity with|skilled in|demonstrated"
    # "- Possess effective verbal, written and interpersonal skills" among a college's duties
    r"|possess(?:es)?|ha(?:ve|s) (?:an? |strong |excellent |good |working |proven |demonstrated |effective |sound )"
    r"(?:\w+ ){0,3}(?:skills?|knowledge|experience|understanding|licen[cs]e|certification|ability))\b",
    re.I,
)


def _asking_item(text: str) -> bool:
    return bool(_ASKING_ITEM.match(text) or (is_bullet(text) and _CUE_ENDS_ITEM.search(text)))


# an item among the duties that says it is asked: "- Good oral and written communication skills
# and prior chemical plant experience preferred."
_CUE_ENDS_ITEM = re.compile(  # a wish's word: "required" ends duties too ("minimal corrections required")
    r"\b(?:preferred|desired|desirable|a plus|an asset|an advantage)\W*$", re.I
)


# A short sentence about the employer or the work ("We have chickens, ducks and rabbits.",
# "Each one needs food and water.") describes, where a short unbulleted line asks: what
# the vocabulary names there ("We deploy with Terraform.") is asked, its other words are not
_DESCRIBING = re.compile(r"^(?:we|our|each|every|they|it|this|these|there|here)\b.*[.!]\s*$", re.I)


def _is_listed(line: Line) -> bool:
    return is_bullet(line.text) or len(line.text.split()) <= 12


def _warnings(text: str, requirements: list[Requirement], has_requirements: bool, share: float) -> tuple[str, ...]:
    warnings = []
    named = [r for r in requirements if r.kind not in ("experience", "degree")]
    if len(requirements) < MIN_REQUIREMENTS or len(text.split()) < 40:
        warnings.append(
            f"the posting is too short or vague to read with confidence: {len(requirements)} requirement(s) "
            f"in {len(text.split())} words; the score says little"
        )
    if share < _ENGLISH_POSTING:
        warnings.append(
            f"the posting does not read as English ({share:.0%} of its words are English): "
            "only names, acronyms and tools were read"
        )
    if not has_requirements and named:
        warnings.append("no requirements or qualifications heading: requirements were read from the whole posting")
    return tuple(warnings)
