"""Words on a line that name, not ask: the employer, the job itself, a place, a body, a
person, a law cited, a document to send, a clause that says it is not asked."""

from __future__ import annotations

import re

from ..matching import lemma_of
from .context import PostingContext
from .cues import not_asked
from .hits import Hit, place_or_date
from .importance import clause_of
from .senses import names_an_organisation
from .vocabulary import title_words
from .words import opens_with_duty_verb

_POSSESSIVE_END = re.compile(r"['’]s?$")


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


_EQUAL_OPPORTUNITY = re.compile(r"\bequal (?:employment )?opportunit(?:y|ies)\b", re.I)
_GRADE = re.compile(r"^(?:grade\s+[A-Z]?\d+[A-Z]?|(?:c|cumulative )?gpa|grade point average)$", re.I)


# what one sends with an application, no skill: "A motivation letter.", "covering letter"
_APPLICATION_DOCUMENT = re.compile(
    r"(?:cover(?:ing)?|motivation(?:al)?|application|reference|recommendation)\s+letters?"
    r"|letters?\s+of\s+(?:motivation|reference|recommendation|application)"
    r"|(?:(?:online|completed|(?-i:[A-Z][\w-]*))\s+(?:of\s+)?){0,5}application forms?|supplemental (?:questions?|questionnaires?)",
    re.I,
)
# a person named: "Principal Investigator: Prof. Annabel Chen", "reports to Dr Smith"
_HONORIFIC_BEFORE = re.compile(r"\b(?:Prof|Professor|Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?\s+$")


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


_NOT_OF_THE_JOB = frozenset(
    ["a", "an", "the", "with", "for", "at", "become", "join", "hiring", "our", "your", "now", "new", "we", "are", "is"]
)


def job_of_title(title: str) -> str:
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


def asks_a_thing(posting: PostingContext, hit: Hit, text: str) -> bool:
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
        or clause_asks_nothing(text, hit.start, hit.end)
    )


def _in_employer_name(hit: Hit, text: str, posting: PostingContext) -> bool:
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


def clause_asks_nothing(text: str, start: int, end: int) -> bool:
    """The clause around a mention says it is not asked ("Students qualifying this winter may
    apply", "No degree required") or asks for a link to send ("If you have an active GitHub
    profile, include a link"): what the lexicon's and the phrase finder's hits both answer to."""
    clause = clause_of(text, start, end)
    return not_asked(clause) or bool(_LINK_ASKED.search(clause))


def _named_in(hit: Hit, about_text: str) -> bool:
    """A capitalised name the posting also writes where it speaks of itself ("What Clara Foods
    can offer", "About TEA Fund"): the employer or a place, not a product to know. Written
    as the hit is, or in capitals: "Direct store delivery" among the perks is not the name
    of "Direct Store Delivery" asked for."""
    if hit.kind != "tool" or hit.source != "phrase":
        return False
    pattern = rf"(?<!\w){re.escape(hit.written)}(?!\w)"
    return any(m.group(0) == hit.written or m.group(0).isupper() for m in re.finditer(pattern, about_text, re.I))
