"""A role profile from a real job posting: the skills and tools it asks for, each with an
importance read from where and how the posting asks for it.

The posting is read like a resume (`read_text`) and matched with the same spaCy matchers
(`matching.Extractor`) against the skill lexicon: every item of every shipped role profile
plus the broader lexicon in `data/skills.yaml` (languages, ML, data engineering, cloud,
DevOps, databases, web, MLOps, GenAI, BI, testing, security, methodologies). An item counts
when it is named (by name, alias, term or pattern); implications (pandas implies Python)
are not requests of the posting and are left out.

Learning hours and interview weight come from a shipped profile that has the item (profiles
whose figures come from the guide first); else they are unknown (None), the overview lists
them, and an unknown interview weight scores as the role's default (Medium).
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import Any

from ..errors import RoleError
from ..matching import lemma_of
from ..matching.nlp import blank_english
from ..matching.words import stem, word_set
from ..reading import read_text
from ..roles import Item, RoleProfile, Source
from .importance import FORMULA, Asked, Reading, asked_for, read_mention
from .keywords import KEYWORD_IMPORTANCE, OtherKeyword, other_keywords
from .lexicon import Lexicon, lexicon
from .model import JobPosting, Requirement
from .reader import read_job
from .sections import clean_title, header_words, posting_sections, tech_votes, title_of
from .senses import is_tech_posting, sense_fits
from .shown_by import NOT_EVIDENCE_IN_RESUMES, NOT_SHOWN_BY, SHOWN_BY_WORDS, SUITE_PROGRAMS
from .text import TOKEN, slug
from .vocabulary import VENDORS, software_of_kind, title_words, vocabulary
from .words import HELD_TITLE, is_task_verb, zipf


def role_from_job(text: str | os.PathLike[str] | bytes | JobPosting, title: str | None = None) -> RoleProfile:
    """A RoleProfile of what a job posting asks for (text, Markdown, a path to a .txt, .md,
    .pdf or .docx file, bytes, or a JobPosting already read).

    Items come from the skill lexicon with the posting's importance (see the module
    docstring for the formula), plus one item per other requirement `read_job` finds
    (licences, certifications, O*NET software and tools, languages, soft skills, phrases);
    `overview` says why for each: {"from_posting": True, "title", "requirements": [{"id",
    "name", "kind", "category", "importance", "why", "lines"}], "other_keywords",
    "unknown": {"learning_hours", "interview_weight"}, "figures_from", "formula",
    "posting": JobPosting.to_dict() with each requirement's "item_id"}."""
    posting = text if isinstance(text, JobPosting) else read_job(text, title=title)
    text = posting.text
    title = posting.title
    document = read_text(text, source=posting.source)
    found = title_of(document)
    title_line = found.number if found and title and clean_title(found.text).lower() == title.lower() else None
    if title and title_line is None:
        document = read_text(f"{title}\n{text}", source=posting.source)
        title_line = 1
    lex = lexicon()
    mentions = [m for m in lex.extractor.extract(document) if m.tier != "implied" and not m.hidden]
    sections = posting_sections(document, title_line)
    votes = tech_votes([(m.text, m.line) for m in mentions], sections, document.lines)  # as read_job votes
    tech = is_tech_posting(title, votes, any(m.line == title_line for m in mentions))
    mentions = [
        m
        for m in mentions
        if sense_fits(
            from_lexicon=True,
            kind=lex.item(m.item_id).kind,
            written=m.text,
            line_text=document.lines[m.line - 1].text,
            tech=tech,
            beside_tech=any(o.line == m.line and o.text.lower() != m.text.lower() for o in mentions),
        )
    ]
    readings: dict[str, list[Reading]] = {}
    for mention in mentions:
        readings.setdefault(mention.item_id, []).append(read_mention(mention, sections[mention.line]))
    asked = sorted(
        (asked_for(item_id, item_readings) for item_id, item_readings in readings.items()),
        key=lambda a: (-a.importance, a.first_line, a.item_id),
    )
    covered = {w.lower() for m in mentions for w in re.findall(TOKEN, m.text)}
    covered |= {
        w.lower() for r in posting.requirements if r.source != "phrase" for f in r.forms for w in re.findall(TOKEN, f)
    }
    keywords = other_keywords(document.text, covered, header_words(document, title_line))
    return _build_role(lex, asked, keywords, title, posting)


@cache
def _suite_by_stems() -> dict[tuple[str, ...], tuple[str, ...]]:
    """SUITE_PROGRAMS by the stems of their names, built on first use, not at import."""
    return {word_set(key) or (stem(key),): programs for key, programs in SUITE_PROGRAMS.items()}


def _shown_by(name: str) -> tuple[str, ...]:
    """What shows a requirement in a resume besides its own forms (SUITE_PROGRAMS, else the
    products of a kind of software), looked up
    by its name as written, without the kind of thing it ends in ("accounting software
    packages") or by its last two words ("hand-held measuring tools")."""
    short = _without_generic_end(name)
    head = " ".join(name.lower().split()[-2:])  # "hand-held measuring tools": measuring tools
    ours = next(
        (SUITE_PROGRAMS[key] for key in (name, name.lower(), short, short.lower(), head) if key in SUITE_PROGRAMS), ()
    )
    # "accounts software" by "Sage 50" (our list for "accounting software") or "Quicken" (O*NET's filing)
    ours = ours or _suite_by_stems().get(word_set(name) or (stem(name),), ())
    return tuple(dict.fromkeys((*ours, *software_of_kind(name))))


def _posting_items(posting: JobPosting, taken: set[str], skip: set[str]) -> list[tuple[Requirement, Item]]:
    """One item for each requirement the lexicon does not already hold: its forms as
    aliases (those with capitals matched as written), phrases by their words' lemmas."""
    pairs = []
    for req in posting.requirements:
        if req.kind in ("experience", "degree") or (req.source == "lexicon" and req.id in taken) or req.id in skip:
            continue
        item_id = req.id if req.id not in taken else f"req-{req.id}"
        # a product named by a job's word is matched as written, though the posting wrote it in
        # lower case ("Photoshop and illustrator": a resume's "book illustrator" is no product)
        cased = {f.lower() for f in req.forms if _needs_case(f, req.kind) and f.lower() in title_words()}
        # a credential the posting writes in title case ("NC Driver's License") that our
        # vocabulary also knows in lower case is no name: any case is it
        plain = {f for f in req.forms if f == f.lower()} if req.kind in ("license", "certification") else set()
        with_case = tuple(dict.fromkeys(f for f in req.forms if _needs_case(f, req.kind) and f.lower() not in plain))
        lower = tuple(
            dict.fromkeys(
                f.lower()
                for f in req.forms
                if (not _needs_case(f, req.kind) or f.lower() in plain)
                and f.lower() != req.name.lower()
                and f not in NOT_EVIDENCE_IN_RESUMES
                and f not in cased
            )
        )
        lower += tuple(dict.fromkeys(filter(None, map(_without_vendor, (req.name, *req.forms)))))
        if req.lemmas and req.kind != "soft":
            credential = req.kind in ("certification", "license")
            with_case += tuple(f for f in _initialisms(req.name, credential) if f not in with_case)
        if req.name.lower() in NOT_EVIDENCE_IN_RESUMES:
            with_case += (req.name,)  # "Initiative" as a skills list writes it; not "the Fear Free initiative"
        phrases = [*req.forms, *(_without_generic_end(form) for form in req.forms)] if req.lemmas else []
        doing = [form for form in req.forms if _opens_with_verb(form)] if req.kind == "soft" else []
        phrases += [variant for form in phrases for variant in _variants(form)]
        # an acronym the posting names alone ("NBRC") is also met by its name spelled out
        acronyms = dict.fromkeys(
            word
            for form in (req.name, *req.forms)
            if req.kind != "soft" and (form.isupper() or _without_generic_end(form).isupper())
            for word in form.split()[:1]
        )
        patterns = tuple(
            (
                {repr(p): p for p in map(_lemma_pattern, filter(None, phrases)) if p}
                # a resume writes the doing in the past, a word between: "Prioritized competing
                # deadlines", "Built strong relationships", "Met tight deadlines"
                | {repr(p): p for p in map(_doing_pattern, doing) if p}
                | {repr(p): p for p in map(_hyphenated_pattern, dict.fromkeys(f.lower() for f in phrases if f)) if p}
                | {repr(p): p for acronym in acronyms for p in _spelled_out_patterns(acronym)}
                | {repr(p): p for p in _beside_office(req.name)}
            ).values()
        )
        # a skill written in other words of the same stems, in one line ("prepared samples");
        # not a soft skill, whose common words stand together by chance ("team", "work")
        named = (req.name, *req.forms)
        by_words = (
            req.kind == "skill"
            or (req.source == "phrase" and _everyday_capitals(req.name))
            # "Class 3 License" by "Class 3 driver's licence": a licence's class and the licence in one line
            or (req.kind == "license" and bool(_LICENCE_CLASS.search(req.name)))
        )
        named = (*named, *(variant for form in named for variant in _variants(form)))
        word_sets = [*map(word_set, (*named, *map(_without_generic_end, named)))] if by_words else []
        if req.kind == "skill" and len(req.name.split()) == 1 and zipf(req.name.lower()) < _RARE_ENOUGH:
            word_sets.append((stem(req.name),))  # "sanitation" by "sanitized", "inoculations" by "inoculated"
        item = Item(
            id=item_id,
            name=req.name,
            kind="tool" if req.kind == "tool" else "skill",
            importance=req.importance,
            aliases=lower,
            case_sensitive=with_case,
            patterns=patterns,
            all_words=tuple(
                dict.fromkeys([*(words for words in word_sets if words), *SHOWN_BY_WORDS.get(req.name, ())])
            ),
            implied_by_terms=_shown_by(req.name),
            unless=NOT_SHOWN_BY if req.kind == "soft" else _job_titles(with_case),
            source="ours",
        )
        taken.add(item_id)
        pairs.append((req, item))
    return pairs


# Office programs named by an everyday word ("Word"): a resume writes them beside another
# ("Microsoft Office (Word, Excel, PowerPoint)", "MS Publisher and Word")
_OFFICE_SHORT = {"microsoft word": "Word", "microsoft outlook": "Outlook", "microsoft publisher": "Publisher"}
# (not "Office" or "Teams": "Assistant to the Publisher & Office Manager")
_OFFICE_OTHERS = ["Excel", "PowerPoint", "Outlook", "Word", "Access", "Publisher", "OneNote", "Visio"]


def _beside_office(name: str) -> list[list[dict[str, Any]]]:
    """Matcher patterns for an Office program's short name beside another Office name."""
    short = _OFFICE_SHORT.get(name.lower())
    if short is None:
        return []
    others = {"TEXT": {"IN": [o for o in _OFFICE_OTHERS if o != short]}}
    between = [{"IS_PUNCT": True, "OP": "?"}, {"LOWER": {"IN": ["and", "&", "or"]}, "OP": "?"}]
    return [[{"TEXT": short}, *between, others], [others, *between, {"TEXT": short}]]


_INITIAL_WORD = re.compile(r"[A-Za-z][a-z]+")
_NOT_INITIALLED = frozenset({"and", "of", "the", "for", "in", "to", "with", "or"})  # R&D is no "RAD"


# the small words a name spelled out keeps out of its initials: "National Board for Respiratory Care"
_NAME_JOINERS = ["of", "for", "and", "the", "in", "&", "on"]


# The second halves of compound words that carry an acronym's letter of their own:
# "Healthcare Assistant" for HCA, "Software Engineer" for SWE
_COMPOUND_TAILS = ("care", "ware", "work", "line", "place", "house", "board")


def _spelled_out_patterns(acronym: str) -> list[list[dict[str, Any]]]:
    """spaCy patterns for the name an acronym stands for, as a resume may write it without
    the acronym ("National Board for Respiratory Care" for NBRC): one capitalised word per
    letter, joined by small words, or one compound word for two of them ("Healthcare
    Assistant" for HCA), one pattern per place such a word may stand. Three letters at
    least: two capitals begin too many names."""
    if not re.fullmatch(r"[A-Z]{3,6}", acronym):
        return []
    words = [[f"^{letter}[a-z]" for letter in acronym]]
    for at in range(len(acronym) - 1):
        tails = [tail for tail in _COMPOUND_TAILS if tail[0] == acronym[at + 1].lower()]
        if tails:
            compound = f"^{acronym[at]}[a-z]+(?:{'|'.join(tails)})$"
            words.append([*words[0][:at], compound, *words[0][at + 2 :]])
    return [_name_pattern(regexes) for regexes in words]


def _name_pattern(regexes: list[str]) -> list[dict[str, Any]]:
    """A name's capitalised words, each matching its regex, joined by small words."""
    pattern: list[dict[str, Any]] = []
    for regex in regexes:
        if pattern:
            pattern.append({"LOWER": {"IN": _NAME_JOINERS}, "OP": "?"})
        pattern.append({"IS_TITLE": True, "ORTH": {"REGEX": regex}})
    return pattern


def _initialisms(phrase: str, credential: bool = False) -> tuple[str, ...]:
    """How a resume abbreviates a posting's phrase: its first words by their initials
    ("YA literature" for "young adult literature"), one word's initial glued to an acronym
    ("qPCR" for "quantitative PCR"), or a phrase of three or four words by its initials
    alone ("NGS" for "next generation sequencing"). Matched as written, so only an
    acronym in capitals counts, and not one that names something else ("ARM" is a
    processor, not accounts receivable management)."""
    words = _without_generic_end(phrase).split() or phrase.split()
    if len(words) < 2 or len(words) > 4 or any(w.lower() in _NOT_INITIALLED for w in words):
        return ()
    forms = []
    if len(words) == 2 and _INITIAL_WORD.fullmatch(words[0]) and re.fullmatch(r"[A-Z]{2,5}", words[1]):
        forms.append(words[0][0].lower() + words[1])
    if not all(_INITIAL_WORD.fullmatch(w) for w in words):
        return tuple(forms)
    initials = "".join(w[0] for w in words).upper()
    for k in range(2, len(words)):
        forms.append(f"{initials[:k]} {' '.join(words[k:])}")
    # not one that spells a word ("ARM", "CAT") or that the vocabulary knows as something else
    named_else = zipf(initials.lower()) >= 3.5 or bool(vocabulary().find(initials)) or initials in _known_acronyms()
    # a credential's word is part of its initials ("APC" for "Annual Practising Certificate")
    kind_words = [w for w in words if w.lower() in _GENERIC_END | _KIND_END]
    credential_end = credential and kind_words == [words[-1]]
    if len(words) >= 3 and not named_else and (not kind_words or credential_end):
        forms.append(initials)
    return tuple(forms)


@cache
def _known_acronyms() -> frozenset[str]:
    """Acronyms the skill lexicon names things by ("PLC", "ARM", "CRM")."""
    return frozenset(
        form
        for item in lexicon().items
        for form in (item.name, *item.aliases, *item.case_sensitive, *item.search_terms)
        if form.isupper()
    )


# Words that make a job of a product's name ("Children's Book Illustrator", "Senior Designer",
# "Assistant Publisher"); a skills line's "Figma Illustrator Sketch" is the program.
_JOB_MODIFIERS = sorted(
    """freelance book technical medical scientific fashion botanical editorial concept comic courtroom
    architectural storyboard senior junior lead staff principal chief head assistant associate contract
    in-house independent""".split()  # noqa: SIM905 (a word list reads best as words)
)


def _job_titles(forms: tuple[str, ...]) -> tuple[list[dict[str, Any]], ...]:
    """A product named by a job's word ("Illustrator", "Publisher") after a word that makes
    it a job: "Children's Book Illustrator" is the job, not the program."""
    return tuple(
        [{"LOWER": {"IN": _JOB_MODIFIERS}}, {"ORTH": form}]
        for form in forms
        if " " not in form and form.lower() in title_words()
    )


def _everyday_capitals(name: str) -> bool:
    """ "Load Hauling", "Direct Store Delivery": capitals for emphasis, read as a product's
    name, but everyday words naming an activity, which a resume writes in its own order
    ("hauled loads"). Not "Adaptive Insights" or "Microsoft Teams", whose words name no work."""
    words = name.lower().split()
    return (
        len(words) >= 2
        and words[0] not in VENDORS
        and words[-1].endswith(_ACTIVITY_ENDS)
        and all(zipf(w) >= _EVERYDAY for w in words)
    )


_ACTIVITY_ENDS = ("ing", "ion", "ment", "ery", "ance")


_EVERYDAY = 3.3  # wordfreq Zipf: "load" 4.6, "hauling" 3.4; not "quickbooks" 2.4, "sketchup" 2.1


# A maker a posting names before its product ("google sketchup"): a resume names the product
# alone ("SketchUp Pro") when its name is a rare word (not "Word" of Microsoft Word).
_RARE_PRODUCT = 3.0  # wordfreq Zipf: "sketchup" 2.1, "quickbooks" 2.4; not "docs" 3.5, "word" 5.3


def _without_vendor(name: str) -> str:
    """ "sketchup" of "google sketchup"; "" unless a maker opens a two-word name."""
    words = name.lower().split()
    if len(words) == 2 and words[0] in VENDORS and zipf(words[1]) < _RARE_PRODUCT:
        return words[1]
    return ""


# American and British spellings, the trades' two and a word's everyday clipping: a phrase
# in one matches the other ("height gages" finds "height gauges", "laboratory experience"
# finds "lab experience").
_SPELLING_PAIRS = (
    ("gage", "gauge"),
    ("laboratory", "lab"),
    # a credential's paper by any of its names: "Pool Lifeguard Qualification" is the "Pool Lifeguard Certificate"
    ("qualification", "certificate", "certification"),
    ("license", "licence"),
    ("color", "colour"),
    ("center", "centre"),
    ("catalog", "catalogue"),
    ("program", "programme"),
    ("labor", "labour"),
    ("behavior", "behaviour"),
)
SPELLINGS = {word: pair for pair in _SPELLING_PAIRS for word in pair}


_CASE_MARK = re.compile(r"\b[A-Z0-9&]{2,}\b|[a-z][A-Z]|^[a-z]+[A-Z]")


def _needs_case(form: str, kind: str) -> bool:
    """Whether a form is matched only as written. A skill's (soft or not) is only when it is
    an acronym or has capitals inside: capitalised as a posting's list writes it ("Teamwork",
    "Team-building") it is matched in any case. Any other form with a capital is a
    name, matched as written ("Epic" is not "an epic journey")."""
    if kind not in ("soft", "skill"):
        # "Laboratory information management system": a description in sentence case, no name
        described = len(form.split()) >= 3 and form[1:] == form[1:].lower()
        return form != form.lower() and not _coined(form) and not described
    return bool(_CASE_MARK.search(form))


def _coined(form: str) -> bool:
    """ "MailChimp", "QuickBooks", "JIRA": a coined name that is no English word in any case,
    so a resume's "Mailchimp" or "Jira" is the same product (an acronym of three letters
    stays as written: "SAP" is no "sap")."""
    return form.isalpha() and (not form.isupper() or len(form) >= 4) and zipf(form.lower()) < _COINED


_COINED = 3.0  # wordfreq Zipf: "mailchimp" 1.9, "salesforce" 2.9; not "slack" 3.7, "illustrator" 3.5


# Words a posting's phrase may end in that a resume need not repeat: "sourcing skills" is met
# by "sourcing", "housekeeping activities" by "housekeeping".
_GENERIC_END = frozenset(
    [
        "skill",
        "skills",
        "ability",
        "abilities",
        "activities",
        "experience",
        "knowledge",
        "techniques",
        "tasks",
        "duties",
        "processes",
        "procedures",
        "practices",
    ]
)


# Words that say what kind of thing a phrase names: "video editing software" is met by
# "video editing", "payroll systems" by "payroll", when what is left still names something
# (two words, or a rare one: not "mechanical" of "mechanical systems").
_KIND_END = frozenset(
    [
        "system",
        "systems",
        "software",
        "tools",
        "function",
        "functions",
        "principles",
        "regulations",
        "methods",
        "strategies",
        "strategy",
        "industry",
        "facilities",
        "standards",
        "programs",
        "operations",
        "packages",
        "package",
    ]
)
_RARE_ENOUGH = 4.0  # wordfreq Zipf: "payroll" 3.8, "hospitality" 3.9; not "mechanical" 4.3


def _without_generic_end(phrase: str) -> str:
    """The phrase without a generic last word ("copywriting skills"), or without the kind of
    thing it is ("HVAC systems", "video editing software"); "" when there is none to drop."""
    words = phrase.split()
    if len(words) > 1 and words[-1].lower() in _GENERIC_END:
        return " ".join(words[:-1])
    if len(words) == 2 and words[-1].lower() == "equipment" and words[0].isupper():
        return words[0]
    if len(words) > 1 and words[-1].lower() in _KIND_END:  # "HVAC systems" too: an acronym is what is left
        rest = words[:-1]
        if len(rest) >= 2 or (rest[0].islower() and zipf(rest[0]) < _RARE_ENOUGH) or rest[0].isupper():
            return " ".join(rest)
    return ""


# How hard a posting says the thing is, which a resume does not repeat: "strict deadlines" is
# met by "48-hour deadlines", "sharp proofreading skills" by "proofread".
_INTENSITY = frozenset({"strict", "tight", "sharp", "keen", "demanding", "rigorous", "tough", "competing"})
_JOINED_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _variants(phrase: str) -> tuple[str, ...]:
    """Other ways a resume writes a phrase: without the intensity it is asked at, a
    hyphenated word as one ("prepress" for "pre-press"), and a kind of management by the
    manager's job ("property management" by "Property Manager")."""
    words = phrase.split()
    variants = []
    if len(words) >= 2 and words[0].lower() in _INTENSITY:
        variants.append(" ".join(words[1:]))
        variants.append(_without_generic_end(variants[-1]))
    elif len(words) >= 3 and zipf(words[0].lower()) >= _EVERYDAY_MODIFIER_ZIPF and words[0].lower() not in _HELD_WORDS:
        # "key component selection", "standard style guides": a resume names the thing, not
        # the posting's everyday word for which one ("component selection")
        variants.append(" ".join(words[1:]))
    if _JOINED_HYPHEN.search(phrase):
        variants.append(_JOINED_HYPHEN.sub("", phrase))
    if len(words) >= 2 and words[-1].lower() == "management":
        variants.append(" ".join((*words[:-1], "manager")))  # "project management" by a "Project Manager"
    if len(words) == 2 and words[-1].lower() == "apprentice":
        # "plumber apprentice": a resume's "Apprentice Plumber" or "Plumbing Apprentice"
        trade = words[0].lower()
        variants.append(f"apprentice {trade}")
        if trade.endswith("er") and zipf(trade[:-2] + "ing") >= _TRADE_GERUND_ZIPF:
            variants.append(f"{trade[:-2]}ing apprentice")
    for at in range(len(words) - 1):
        joined = words[at] + words[at + 1].lower()
        if joined.isalpha() and len(joined) >= 6 and zipf(joined.lower()) >= _JOINED_WORD_ZIPF:
            variants.append(" ".join((*words[:at], joined, *words[at + 2 :])))  # "Health Care" by "Healthcare"
    return tuple(v for v in variants if v)


# what makes a title a credential: a "Registered Dental Assistant" is more than a dental assistant
_HELD_WORDS = frozenset({*(word.lower() for word in HELD_TITLE), "qualified", "board-certified"})
_TRADE_GERUND_ZIPF = 3.0  # wordfreq Zipf: "plumbing" 3.6, "welding" 3.2; not "carpenting"
_EVERYDAY_MODIFIER_ZIPF = 4.5  # wordfreq Zipf: "key" 5.3, "standard" 5.1, "classic" 4.8; not "clinical" 4.3
_JOINED_WORD_ZIPF = 2.5  # wordfreq Zipf: "healthcare" 4.5, "bookkeeping" 3.0, "forklift" 2.9; not "customerservice" 1.3
_LICENCE_CLASS = re.compile(r"\bclass\s+\w{1,3}\b", re.I)
_COMPOUND_HALF_ZIPF = 3.5  # wordfreq Zipf: "book" 5.1, "keeping" 4.6


def _hyphenated_pattern(word: str) -> list[dict[str, Any]]:
    """A closed compound written hyphenated ("bookkeeping" by "Book-keeping"): the two
    everyday words it is made of, with the hyphen (apart, "under writing" and "the rapist"
    are other words)."""
    halves = _compound_halves(word)
    if halves is None:
        return []
    return [{"NORM": lemma_of(halves[0])}, {"ORTH": "-"}, {"NORM": lemma_of(halves[1])}]


def _compound_halves(word: str) -> tuple[str, str] | None:
    """The two everyday words a closed compound is made of ("bookkeeping": book, keeping)."""
    if not (word.isalpha() and word.islower() and len(word) >= 8):
        return None
    splits = [(word[:i], word[i:]) for i in range(3, len(word) - 3)]
    scored = [(min(zipf(a), zipf(b)), (a, b)) for a, b in splits]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= _COMPOUND_HALF_ZIPF else None


_SOFT_VERBS = frozenset({"prioritize", "prioritise", "multitask", "multi-task"})


def _opens_with_verb(form: str) -> bool:
    """ "prioritize", "build relationships", "meet deadlines": a form that names the doing (not
    "own initiative": "own" there is no verb)."""
    words = form.lower().split()
    first = words[0] if words else ""
    return first == lemma_of(first) and first != "own" and (first in _SOFT_VERBS or is_task_verb(first))


def _doing_pattern(form: str) -> list[dict[str, Any]]:
    """A verb and its object by their lemmas ("prioritized", "built strong relationships"), a
    determiner or a qualifier allowed between ("Managed API stress tests" is no stress managed).
    (A matcher pattern cannot say the object ends the line: "Handled pressure washers" is read
    as handling pressure.)"""
    pattern = _lemma_pattern(form)
    if len(pattern) == 1:
        return pattern
    if len(pattern) != 2 or "OP" in pattern[1]:
        return []
    return [pattern[0], {"LOWER": {"IN": _BETWEEN_VERB_AND_OBJECT}, "OP": "?"}, pattern[1]]


# what a resume writes between a verb and its object: "met tight deadlines", "built strong relationships"
_BETWEEN_VERB_AND_OBJECT = sorted(
    """a an the all multiple several many competing conflicting tight strict strong lasting effective positive
    good close key new productive trusted solid excellent long-term professional working daily weekly critical
    internal external""".split()  # noqa: SIM905
)


def _lemma_pattern(phrase: str) -> list[dict[str, Any]]:
    """A phrase matched by its words' lemmas ("account reconciliation" finds "account
    reconciliations"); a hyphen may be written or not ("month-end" / "month end"), and "&"
    written as "and" or not at all."""
    pattern: list[dict[str, Any]] = []
    for token in blank_english().make_doc(phrase):
        if token.is_punct and token.text == "-":
            pattern.append({"ORTH": "-", "OP": "?"})
        elif token.text == "&":  # "Food & Beverage", "Food and Beverage", "Food Beverage"
            pattern.append({"LOWER": {"IN": ["&", "and"]}, "OP": "?"})
        elif not token.is_punct:
            lemma = lemma_of(token.lower_)
            spellings = SPELLINGS.get(lemma)
            pattern.append({"NORM": {"IN": list(spellings)}} if spellings else {"NORM": lemma})
    return pattern if pattern and "OP" not in pattern[0] else []


def _build_role(
    lex: Lexicon, asked: list[Asked], keywords: list[OtherKeyword], title: str | None, posting: JobPosting
) -> RoleProfile:
    items: list[Item] = []
    requirements: list[dict[str, Any]] = []
    figures_from: dict[str, str] = {}
    found_ids = {a.item_id for a in asked}
    for a in asked:
        base = lex.item(a.item_id)
        figures = lex.figures.get(a.item_id)
        update: dict[str, Any] = {"importance": a.importance, "source": "ours"}
        if figures is not None:
            shipped = figures.item
            figures_from[a.item_id] = figures.profile
            update |= {
                "learning_hours": shipped.learning_hours,
                "interview_weight": shipped.interview_weight,
                "show_example": shipped.show_example,
                # implications only among the items the posting asks for
                "implied_by_items": tuple(i for i in shipped.implied_by_items if i in found_ids),
                "implied_by_terms": shipped.implied_by_terms,
            }
        items.append(base.model_copy(update=update))
        requirements.append(
            {
                "id": a.item_id,
                "name": base.name,
                "kind": base.kind,
                "category": lex.categories.get(a.item_id, ""),
                "importance": a.importance,
                "why": a.why,
                "lines": list(a.lines),
            }
        )
    # a keyword the posting also asks for as a phrase is the phrase's item: matched by its
    # lemmas ("invoicing" by "patient invoices"), not literally
    phrased = {r.forms[0].lower() for r in posting.requirements if r.source == "phrase" and r.forms}
    keywords = [k for k in keywords if k.term.lower() not in phrased]
    extra = _posting_items(posting, {i.id for i in items} | {k.id for k in keywords}, set())
    item_of = {req.id: item.id for req, item in extra}
    for req, item in extra:
        items.append(item)
        requirements.append(
            {
                "id": item.id,
                "name": item.name,
                "kind": item.kind,
                "category": f"{req.kind} ({req.source})",
                "importance": item.importance,
                "why": f"{'required' if req.required else 'preferred'}; posting line {req.line}, "
                f"written {req.count} time(s); importance {req.importance}",
                "lines": [req.text],
            }
        )
    for k in keywords:
        items.append(Item(id=k.id, name=k.term, importance=KEYWORD_IMPORTANCE, search_terms=(k.term,), source="ours"))
        requirements.append(
            {
                "id": k.id,
                "name": k.term,
                "kind": "skill",
                "category": "other keywords",
                "importance": KEYWORD_IMPORTANCE,
                "why": f"distinctive term of the posting (TF-IDF {k.weight:.3f}, written {k.count} times), "
                f"matched literally; importance {KEYWORD_IMPORTANCE}",
                "lines": list(k.lines),
            }
        )
    if not items:
        raise RoleError("the job posting names no skill or tool of the lexicon", source=posting.source)
    skills = tuple(i for i in items if i.kind == "skill")
    tools = tuple(i for i in items if i.kind == "tool")
    if not skills:  # a posting that names only tools is scored on them
        skills, tools = tools, ()
    overview = {
        "from_posting": True,
        "title": title,
        "requirements": requirements,
        "other_keywords": [{"id": k.id, "term": k.term, "weight": k.weight, "count": k.count} for k in keywords],
        "unknown": {
            "learning_hours": [i.id for i in items if i.learning_hours is None],
            "interview_weight": [i.id for i in items if i.id not in figures_from],
        },
        "figures_from": figures_from,
        "formula": FORMULA,
        "posting": _posting_dict(posting, found_ids, item_of),
    }
    named = title or "Job posting"
    return RoleProfile(
        id=slug(title or "") or "job-posting",
        name=named,
        source=Source(
            title=f"job posting: {title}" if title else "job posting",
            notes="Built by ats_match.role_from_job from the posting's text; overview.requirements says why "
            "each item has its importance.",
        ),
        summary=f"What the posting asks for: {len(asked)} skills and tools of the lexicon, "
        f"{len(extra)} other requirements, {len(keywords)} other keywords.",
        overview=overview,
        skills=skills,
        tools=tools,
    )


def _posting_dict(posting: JobPosting, lexicon_ids: set[str], item_of: dict[str, str]) -> dict[str, Any]:
    """The posting as the report checks it: each requirement with the item that scores it."""
    data = posting.to_dict()
    for req in data["requirements"]:
        req["item_id"] = item_of.get(req["id"]) or (req["id"] if req["id"] in lexicon_ids else None)
    return data
