"""The phrases no lexicon holds on a line (phrases.py finds them), each made the hit it
is: a known term, the licence of a job ("licensed as a pharmacist"), a held title's licence,
a field of experience ("cashier experience"), or a phrase matched in a resume by its words,
with the forms a resume may write it in. A job's name alone is no ask."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..reading import Line
from .areas import experience_fields, listed_before_skills
from .cues import equipment_spans, inside
from .hits import Hit, agent_nouns, everyday_word, holder_forms, slash_alternatives
from .phrases import Phrase, phrases_in
from .qualities import plural_of_soft
from .vocabulary import title_words, vocabulary
from .words import HELD_TITLE, SKILL_HEADS

# A product's version written after its name: "X6", "v2", "2019", "11.5"
_VERSION_WORD = re.compile(r"^(?:[vx]\d{1,2}(?:\.\d+)*|\d{1,4}(?:\.\d+)?)$")


# Trades' words a lone item names as a skill, not the job an O*NET title ends with; not
# "operations", a department's name ("IT infrastructure and operations")
_SKILLS_NOT_JOBS = SKILL_HEADS - {"operations"}


_POSSESSIVE = re.compile(r"['’]s\b")


_CERTIFIED_FOR = re.compile(
    r"\b(?:certification|certified|credential|eligib(?:le|ility))(?: or eligib(?:le|ility))? (?:for|as) (?:an? |the )?$",
    re.I,
)


# Job titles that also end product names ("Report Builder", "SQL Server", "Adobe Illustrator").
_PRODUCT_TAILS = frozenset(
    """
    server builder designer manager editor writer planner reader player navigator director assistant
    illustrator composer publisher scheduler tracker
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


# The generic word a phrase was cut from: "Excellent mechanical knowledge" reads "mechanical"
_GENERIC_HEAD_AFTER = re.compile(r" (knowledge|skills?|experience|abilities|ability|understanding|expertise)\b", re.I)
_THINGS_LIST_WORDS = 20  # longer, a line is prose whose plurals may be people


def _licence_forms(job: str) -> tuple[str, ...]:
    """How a resume says it holds the licence to practise `job` ("pharmacist")."""
    article = "an" if job[:1] in "aeiou" else "a"
    return (f"licensed {job}", f"{job} license", f"{job} licence", f"registered {job}", f"licensed as {article} {job}")


def phrases_as_hits(
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
        if term.kind == "soft" and plural_of_soft(phrase.text):
            return None  # "prepare presentations": things, as asking_hits reads them, not the skill
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


_HELD_BEFORE = re.compile(rf"\b({'|'.join(HELD_TITLE)})\s+$", re.I)  # "licensed sheet metal mechanic"
