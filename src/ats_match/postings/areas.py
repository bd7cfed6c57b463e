"""The field an ask names around a fixed word: what experience is in ("3+ years cooking
experience", "experience as a line cook") and which skills a list before "skills" names
("sales and communication skills")."""

from __future__ import annotations

import re

from ..matching import lemma_of
from .asks import LABELLED_YEARS
from .phrases import Phrase
from .vocabulary import title_words
from .words import NOT_DISTINCTIVE, SKILL_HEADS, STOP, adjective, buzz, zipf

_SKILL_KIND_ZIPF = 4.8  # wordfreq Zipf: "clinical" 4.3, "technical" 4.6; not "good" 6.1
_SKILL_MANNER = frozenset({"verbal", "written", "oral", "spoken", "nonverbal", "non-verbal", "listening", "reading"})


def listed_before_skills(text: str) -> list[Phrase]:
    """A skill word listed before others that end in "skills", in the line as written (the
    vocabulary's "communication skills" is masked out of what phrases_in reads): "effective
    sales and communication skills" asks for "sales skills"."""
    found = []
    for listed_skill in _BEFORE_SKILLS.finditer(text):
        word = listed_skill.group(1).lower()
        # "clinical & communication skills": a rarer word names a kind of skill too; not how
        # the skill is used ("verbal and written"), nor how good it is
        named = word in SKILL_HEADS or (
            zipf(word) < _SKILL_KIND_ZIPF and word not in _SKILL_MANNER and not adjective(word)
        )
        if named and word not in STOP and not buzz(word, NOT_DISTINCTIVE):
            start, end = listed_skill.span(1)
            found.append(
                Phrase(f"{listed_skill.group(1)} skills", (word, "skills"), (lemma_of(word), "skill"), start, end)
            )
    return found


def experience_fields(text: str) -> list[Phrase]:
    """What an ask for experience says the experience is in: between "N years" and
    "experience" ("3+ years cooking experience", "2 years of retail sales experience"),
    before "experience" at an item's start ("Retail experience preferred", "Barista
    experience is a plus"), after "experience as a" or "experience in" up to the clause's
    end ("Experience as a line cook", "experience in a hospital setting"). A term however
    everyday its words, even a job's name, for a resume says it so ("cooking", "cashier")."""
    found = []
    for match in _YEARS_THEN_GERUND.finditer(text):  # "6+ years experience troubleshooting problems"
        word = match.group(1)
        if zipf(word.lower()) < 5.0 and word.lower() not in _NOT_A_FIELD:
            lower = (word.lower(),)
            found.append(Phrase(word, lower, (lemma_of(lower[0]),), match.start(1), match.end(1), experience=True))
    for pattern in (
        _YEARS_OF_FIELD,
        _FIELD_THEN_EXPERIENCE,
        _WITH_FIELD_EXPERIENCE,
        _EXPERIENCE_AS,
        _EXPERIENCE_AS_JOB,
        _EXPERIENCE_IN,
        _WORKED_IN,
        _EXPERIENCE_WITH,
        LABELLED_YEARS,  # "IT support: 1 year (Required)"
    ):
        for match in pattern.finditer(text):
            if pattern is _EXPERIENCE_AS_JOB and not _names_jobs(match.group(1)):
                continue
            if (phrase := _field_of_experience(text, match)) and all(
                (phrase.start, phrase.end) != (other.start, other.end) for other in found
            ):
                found.append(phrase)
    return found


def _names_jobs(field: str) -> bool:
    """ "steward/dishwasher/cleaner", "line cook": each alternative ends in a job's name (O*NET's
    title words, singular or as a plural a resume may write)."""
    jobs = title_words()
    for part in field.split("/"):
        words = part.split()
        last = words[-1].lower() if words else ""
        if last not in jobs and lemma_of(last) not in jobs:
            return False
    return True


def _says_how(word: str) -> bool:
    """A word that says how, not in what (words.buzz); but what experience faces is its field:
    "customer-facing experience" is experience of customers."""
    return buzz(word) and not word.lower().endswith("-facing")


# Experience the job gives, not asks: "someone looking to gain valuable experience in the
# insurance industry", "a chance to build experience in ..."
_GAINED = re.compile(
    r"\b(?:gain|gaining|gained|get|getting|acquire|acquiring|build|building|develop|developing|earn|earning)"
    r"(?: (?:valuable|useful|hands-on|practical|real|real-world|invaluable|more|some|further|new|the))*"
    r" (?:work )?experience\b[^.;]*$",
    re.I,
)


def _field_of_experience(text: str, match: re.Match[str]) -> Phrase | None:
    if _GAINED.search(text, 0, match.start(1)):
        return None
    words = match.group(1).split()
    while words and (words[0].lower() in _NOT_A_FIELD or words[0].lower() in ("a", "an", "the") or _says_how(words[0])):
        words = words[1:]
    if not words or any(
        (w.lower() in _FIELD_STOP and not w.isupper()) or w.lower() in _NOT_A_FIELD or _says_how(w) for w in words
    ):  # an acronym is no function word: "IT support"
        return None
    if match.re in (_EXPERIENCE_IN, _WORKED_IN, _EXPERIENCE_WITH) and all(w[:1].isupper() for w in words):
        return None  # "experience in Salt Lake City", "in Canada": a place or a body; products are phrases
    if words[-1].lower().endswith("ing") and (shared := _GERUNDS_THEN_OBJECT.match(text, match.end())):
        # "experience in designing, implementing, and evaluating educational programs": what
        # all of them are done to is the field (a term of two words or more, not "employees")
        obj = shared.group("object")
        if len(obj.split()) >= 2 and not any(w.lower() in _FIELD_STOP or buzz(w) for w in obj.split()):
            lower = tuple(w.lower() for w in obj.split())
            return Phrase(obj, lower, tuple(lemma_of(w) for w in lower), shared.start("object"), shared.end("object"))
    if words[-1].lower().endswith("ing") and _VERB_JOINED.match(text, match.end()):
        return None  # "experience in building and scaling ML platforms": what follows is the field
    start = match.start(1) + match.group(1).index(words[0])
    end = start + len(" ".join(words))
    if " ".join(text[start:end].split()) != " ".join(words):
        return None  # spaced unevenly: leave it to the phrase finder
    lower = tuple(w.lower().strip("'’") for w in words)
    # "experience as a cashier" names the job asked; "experience with cashiers", colleagues
    as_job = match.re is not _EXPERIENCE_WITH
    also: tuple[str, ...] = ()
    if match.re in (_EXPERIENCE_AS, _EXPERIENCE_AS_JOB):
        # "steward/dishwasher/cleaner": any one of the jobs is the experience
        jobs = [job for job in words[0].split("/") if job] if len(words) == 1 and "/" in words[0] else []
        also = tuple(form for job in jobs for form in (job, f"{job} experience")) + _other_jobs(text, match.end())
    return Phrase(" ".join(words), lower, tuple(lemma_of(w) for w in lower), start, end, experience=as_job, also=also)


# "experience as a translator, interpreter or similar position": the other jobs that count
_OTHER_JOBS = re.compile(r"^((?:\s*(?:,|or|/|and/or)\s*(?:an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)+)")
_SIMILAR = re.compile(r"^(?:similar|related|equivalent|other|comparable)\b")
_NOT_A_JOB_OPENING = re.compile(
    r"(?:preferably|ideally|especially|particularly|including|in|at|for|with|within|who|which|where)\b"
)
_NOT_JOBS = frozenset(["position", "positions", "role", "roles", "capacity", "job", "jobs", "field", "the", "a", "an"])


def _other_jobs(text: str, end: int) -> tuple[str, ...]:
    """The jobs named after the first as alternatives ("translator, interpreter or similar
    position"), each with its experience, as forms; the first job's "similar" roles are none."""
    listed = _OTHER_JOBS.match(text[end:])
    if listed is None:
        return ()
    jobs = []
    for item in re.split(r"\s*(?:,|\bor\b|/|\band/or\b)\s*", listed.group(1)):
        item = re.sub(r"^(?:an?\s+)", "", item.strip())
        if item and _NOT_A_JOB_OPENING.match(item):
            break  # "as project manager, preferably in construction": what follows qualifies the job
        if not item or _SIMILAR.match(item) or len(item.split()) > 2 or item.split()[-1] in _NOT_JOBS:
            continue
        jobs += [item, f"{item} experience"]
    return tuple(jobs)


_YEARS_THEN_GERUND = re.compile(
    r"\b(?:years?|yrs?|months?)\s+(?:of\s+)?experience\s+(?:in\s+|with\s+)?([a-z]{4,}ing)\b", re.I
)
_YEARS_OF_FIELD = re.compile(
    r"\b(?:years?|yrs?|months?)['’]?\s+(?:of\s+)?((?:[A-Za-z][\w/&-]*\s+){1,3}?)(?:experience|exp)\b", re.I
)
# "Retail experience preferred", "- Previous warehouse experience", "- Have previous Sales
# experience in a retail environment", "- Must have retail experience": a field at an item's start
# or a bracket's ("(fine dining experience is an added advantage)")
_FIELD_THEN_EXPERIENCE = re.compile(
    r"(?:^|\()\s*(?:[-*•·–]\s*|\d{1,2}[.)]\s*)?(?:(?:you\s+)?(?:(?:must|should|will|shall)\s+)?(?:have|has|possess|bring|hold)\s+)?"
    r"(?:(?:some|any)\s+)?"
    r"((?:[A-Za-z][\w/&'’-]*\s+){1,3}?)(?:work\s+)?experience\b",
    re.I,
)
# "a mechanically inclined individual with sales experience": the field after "with"
_WITH_FIELD_EXPERIENCE = re.compile(
    r"\bwith\s+(?:some\s+|prior\s+|previous\s+|proven\s+)?((?:[A-Za-z][\w/&'’-]*\s+){1,3}?)experience\b", re.I
)
# "Experience as a line cook", "experience in a hospital setting", "... in property management."
_FIELD_END = (
    r"(?=\s*(?:[,.;:)(!]|$)|\s+(?:and|or|is|are|would|will|preferred|required|desired|helpful|a\s+plus|an\s+asset"
    r"|setting|settings|environment|environments|industry|field|role|position|capacity)\b)"
)
_FIELD_WORDS = r"([A-Za-z][\w/&'’-]*(?:\s+[A-Za-z][\w/&'’-]*){0,3}?)"
_EXPERIENCE_AS = re.compile(rf"\bexperience\s+(?:working\s+)?as\s+an?\s+{_FIELD_WORDS}{_FIELD_END}", re.I)
# ... with no article, or ending where the place begins: "1 year experience as
# steward/dishwasher/cleaner in a hotel", "as a line cook in a busy kitchen" (a job's name: see _names_jobs)
_EXPERIENCE_AS_JOB = re.compile(
    rf"\bexperience\s+(?:working\s+)?as\s+(?:an?\s+)?{_FIELD_WORDS}(?:{_FIELD_END}|(?=\s+(?:in|at|within|for|with)\b))",
    re.I,
)
# "- Experience with cell culture": at an item's start, what follows "with" is the field
_EXPERIENCE_WITH = re.compile(
    rf"^\W*(?:[-*•·]\s*)?(?:some |prior |previous |proven |hands-on )?experience (?:working )?with (?:an? |the )?"
    rf"{_FIELD_WORDS}{_FIELD_END}",
    re.I,
)
_EXPERIENCE_IN = re.compile(
    # "experience in a hospital setting", "experience working on boats"
    # and the UK's "experience of domestic help" (not "experience of working ...": the gerund's own field follows)
    # and "on", as many write it: "2+ years of QA experience on web applications" (not "on the job", "on site")
    rf"\bexperiences?\s+(?:working\s+(?:in|within|on)|in|within|of(?!\s+\w+ing\b)"
    rf"|on(?!\s+(?:the\s+job|site|board|call|similar|same|relevant|related|comparable|the\s+tools|the\s+following"
    rf"|a\s+(?:\w+\s+)?basis|an\s+(?:\w+\s+)?basis)\b))\s+{_FIELD_WORDS}{_FIELD_END}",
    re.I,
)
# "You have previously worked in a manufacturing environment": experience, in other words
_WORKED_IN = re.compile(
    rf"\b(?:have|has)\s+(?:previously\s+|already\s+|recently\s+)?worked\s+(?:in|within|on)\s+{_FIELD_WORDS}{_FIELD_END}",
    re.I,
)
_VERB_JOINED = re.compile(r"\s+(?:and|or)\s+\w+ing\b", re.I)
_GERUNDS_THEN_OBJECT = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?[a-z]+ing\b|\s+(?:and|or)\s+[a-z]+ing\b)+\s+(?P<object>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|for|to|with|within|across)\b)"
)
# Words no field of experience holds: function words and what a posting says of any ask
# ("this", "similar", "required"); the activities among STOP ("assisting") may name one.
_FIELD_STOP = STOP - frozenset(
    {"assisting", "handling", "supporting", "support", "managing", "lifting", "schedule", "team"}
)
# Words that say which experience counts, not what in: "relevant", "professional", "paid".
_NOT_A_FIELD = frozenset(
    """
    relevant related professional work working industry previous prior progressive paid full-time part-time
    proven recent direct practical demonstrated documented verifiable successful total combined general
    overall post-graduate post-degree applicable comparable similar equivalent minimum hands-on
    established extensive solid broad significant considerable substantial sound thorough wide varied
    entire whole full complete firsthand first-hand post-qualification career deep lived
    assignments assignment positions roles
    conducting performing providing doing making carrying
    """.split()  # noqa: SIM905
)


# A word listed before others that end in "skills": "sales and communication skills"
_BEFORE_SKILLS = re.compile(
    r"\b([a-z][a-z-]{2,})(?:,\s*|\s+(?:and|or|&)\s+)"
    # "manner and demonstrate ...", "relationships, with good written ... skills"
    r"(?!(?:demonstrate|have|has|possess|show|display|exhibit|bring|offer|use|apply|with|including|such|who|which)\b)"
    r"(?=[a-z][a-z ,&-]{0,60}?\bskills\b)"
)
