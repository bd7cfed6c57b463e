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
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..errors import PostingError
from ..reading import Line, ResumeDocument, read_text
from .abilities import abilities_in
from .asking_hits import asking_hits, of_the_lists_kind
from .asks import degrees_in, years_in
from .context import CREDENTIAL_KINDS, LineSense, PostingContext
from .cues import (
    NOT_REQUIRED,
    asked_spans,
    condition_spans,
    done_spans,
    employer_statement,
    exam_may_test,
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
from .hits import Hit, abbreviations_folded, category_examples_folded, common_noun, examples_folded, issuer_joined
from .importance import clause_of
from .knockouts import Seen, degree_asked, line_points, seen_at, years_asked
from .line_shapes import DESCRIBING, LONG_ITEM_WORDS, asking_item, is_listed, paragraph, prose_line, table_rows
from .load import PostingSource, posting_text
from .lone_items import lone_item, with_actions
from .model import JobPosting, Requirement
from .names import asks_a_thing, job_of_title
from .phrase_hits import phrases_as_hits
from .records import clears_a_record, drop_record_lists
from .sections import (
    clean_title,
    closing_label,
    employer_names,
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
from .senses import is_tech_posting, means_what_it_spells, sense_fits, spelled_out
from .translated import translated_lines
from .unglue import unglue, unwrap
from .vocabulary import title_words
from .words import opens_with_duty_verb, zipf

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


# "OR" alone on a line between two items: the first item ends with it ("...; 6 years experience. or")
_LONE_OR = re.compile(r"([^\s])[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:\*\*|__)?(?:OR|Or|or)(?:\*\*|__)?[ \t]*\n")
_GLUED_SLASH = re.compile(r"(?<=\w)/(?=\s)")


MIN_REQUIREMENTS = 3  # fewer and the posting is too vague to score with confidence


# Degree abbreviations that a tech posting uses for something else.
TECH_TERMS_NOT_DEGREES = frozenset({"LLM"})


_BUTTON = re.compile(
    r"\b(?:sign[- ]?up|apply|application|form|register|registration|portal|click|here|website|survey)\b", re.I
)
# An item that lists the work: "Daily tasks include feeding animals; cleaning kennels; ..."
_DUTIES_ITEM = re.compile(
    r"^\W*((?:[\w-]+\s+){0,3}?(?:tasks|duties|responsibilities))\s+(?:include|includes|are|will include)\b", re.I
)


_OPERATES = re.compile(r"\b(?:operat\w*|use|uses|using|driv\w*|run|runs|running)\b", re.I)


# what the employer works with, named under its asks: the stack asked of the candidate too
_STACK_VERB = re.compile(
    r"\b(?:works? (?:with|on)|uses?|using|runs?|follows?|holds?|operates?|maintains?|builds?|relies on|depends? on)\b",
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
    text = _GLUED_SLASH.sub(" /", split_flattened(table_rows(drop_record_lists(mend_lost_characters(text)))))
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


def _posting(
    document: ResumeDocument, text: str, title: str | None, title_line: int | None, english_share: float
) -> PostingContext:
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
    return PostingContext(
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
    hits = [with_codes(h, document.lines[h.line - 1].text) if h.kind in CREDENTIAL_KINDS else h for h in hits]
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


def _read_lines(posting: PostingContext, found: _Found) -> None:
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


def _read_heading(posting: PostingContext, found: _Found, line: Line, section: str) -> None:
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
            if hit.kind in CREDENTIAL_KINDS:
                found.count([hit])
                gather(found.asks, [hit], section, line)


def _sense_of(posting: PostingContext, line: Line, section: str, heading: str) -> LineSense:
    in_notes = section == "notes"
    section = "body" if in_notes else section
    wished = False
    if section in ("requirements", "preferred") and paragraph(line.text):
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
        section == "body" and (is_listed(line) if not described else asking_item(line.text))
    )
    conditions = condition_spans(line.text) + reach_us_spans(line.text)
    conditions += [m.span() for m in _BAND_SCORE.finditer(line.text)]  # "IELTS (Listening 7, Writing 6.5)"
    conditions += [m.span() for m in posting.buttons.finditer(line.text)] if posting.buttons else []
    title_asks = [m.span(1) for m in _TITLE_ASK.finditer(line.text)] if section == "title" else []
    return LineSense(
        line=line,
        section=section,
        in_notes=in_notes,
        described=described,
        in_requirements=in_requirements,
        told=employer_says or (section == "body" and not described and bool(DESCRIBING.match(line.text))),
        asked=(asked_spans(line.text) if section == "body" else []) or title_asks,
        title_asks=title_asks,
        conditions=conditions,
        wished=wished,
    )


def _read_line(posting: PostingContext, found: _Found, sense: LineSense, heading: str) -> None:
    """What one line asks: the hits that ask here, its years and degrees, the phrases no
    lexicon holds, each gathered as required or preferred."""
    line = sense.line
    hits = posting.by_line.get(line.number, [])
    found.count(hits)
    kept, words = asking_hits(posting, sense, hits)
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
    kept = _under_label(sense, of_the_lists_kind(kept, line.text))
    kept = with_actions(kept, line.text)  # "Installation of furnaces, humidifiers": "furnace installation"
    _gather_line(found, sense, kept)


# what pay rewards, before the degree in its sentence, not what the job asks: "There are stipends
# available for education levels at Doctorate Degree", "a $2,000 stipend for a Master's degree"
# (not "Bachelor's degree required, with a $2,000 stipend for ...")
_PAID_FOR = re.compile(
    r"\b(?:stipends?|differentials?|allowances?|(?:additional|extra|higher) pay|salary (?:placement|schedule|step|lane)s?"
    r"|pay (?:schedule|lane|step)s?)\b",
    re.I,
)


def _years_and_degrees(
    posting: PostingContext,
    found: _Found,
    sense: LineSense,
    heading: str,
    kept: list[Hit],
    taken: list[tuple[int, int]],
) -> list[Hit]:
    """The years and degrees a line asks, into `found`; their spans into `taken` (a degree's
    field is no phrase); and `kept` without what a degree's name or field holds."""
    line, section, text = sense.line, sense.section, sense.line.text
    for ask in years_in(text, heading):  # "RELEVANT WORK EXPERIENCE:" / "1-3 years"
        found.years.append(seen_at(ask.years, None, ask.text, section, line, ask.start, ask.end))
        taken.append((ask.start, ask.end))
    described_prose = section == "body" and sense.described and prose_line(text)
    for degree in degrees_in(text):
        if posting.tech and degree.text in TECH_TERMS_NOT_DEGREES:
            continue  # "a tuned LLM": in a tech posting a language model, not a Master of Laws
        if described_prose and degree.level == "high school" and not inside(sense.asked, degree.start, degree.end):
            continue  # "500 students in the secondary school in Kharaz camp": the project, no ask
        clause = clause_of(text, degree.start, degree.end)
        if not_asked(clause) or _PAID_FOR.search(re.split(r"[.;!?]\s", text[: degree.start])[-1]):
            continue  # "No degree required"; "stipends available for education levels at Doctorate Degree"
        field_end = degree.field_end
        if field_end and (related := _RELATED_FIELDS.match(text, field_end)):
            field_end = related.end()  # "... or related field such as crop management, horticulture"
        seen = seen_at(degree.level, degree.field, degree.text, section, line, degree.start, degree.end, field_end)
        found.degrees.append(replace(seen, waived=bool(NOT_REQUIRED.search(clause))))  # "desired but not required"
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


def _line_phrases(
    posting: PostingContext, sense: LineSense, kept: list[Hit], taken: list[tuple[int, int]]
) -> list[Hit]:
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
        prose = phrases_as_hits(line, taken, prose=True, listed=done_spans(text))
        phrase_hits = [h for h in prose if inside(sense.asked, h.start, h.end)]
    if (sense.in_requirements or (section == "body" and is_bullet(text))) and section != "title":
        listed = listed_spans(text) if sense.in_requirements else []  # "knowledge of: tax laws, ..."
        sentence = len(text.split()) > LONG_ITEM_WORDS  # an item written as prose reads as prose
        rest = phrases_as_hits(line, taken + ([] if is_bullet(text) else sense.asked), sentence, listed=listed)
        phrase_hits += [h for h in rest if not sense.in_notes or inside(sense.asked, h.start, h.end)]
        if section in ("requirements", "preferred") and not rest and not posting.by_line.get(line.number):
            phrase_hits += lone_item(line)  # "- Retail", "- Tax": the item is the ask, however common the word
        if sense.told:  # "We have chickens, ducks and rabbits.": only what the vocabulary names
            phrase_hits = [h for h in phrase_hits if h.source != "phrase" or inside(sense.asked, h.start, h.end)]
    phrase_hits = [h for h in phrase_hits if asks_a_thing(posting, h, text)]
    if section != "title" and not sense.told and not sense.in_notes:
        asking = sense.in_requirements and not paragraph(text)
        item = section in ("requirements", "preferred") and is_bullet(text)
        phrase_hits += _ability_hits(line, kept + phrase_hits, taken if asking else None, sense.asked, item)
    return phrase_hits


def _under_label(sense: LineSense, kept: list[Hit]) -> list[Hit]:
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


def _gather_line(found: _Found, sense: LineSense, kept: list[Hit]) -> None:
    """Each group of the line's hits ("RN or LPN" is one) as required or preferred."""
    line, section = sense.line, sense.section
    duty = opens_with_duty_verb(without_bullet(line.text))  # "Select type of insulation required"
    for group in hit_groups(kept, line.text):
        if inside(sense.asked, group[0].start, group[-1].end):
            # what a sentence asks is required unless it says "desired" or stands under "Preferred",
            # or is what an examination may test ("In the interview, emphasis may be placed on ...")
            wish = sense.wished or (sense.in_notes and exam_may_test(line.text, group[0].start))
            gather(found.asks, group, "preferred" if wish else "requirements", line)
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
    job = job_of_title(title)  # "Become a Courier with Express Couriers & Co": a courier's
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
