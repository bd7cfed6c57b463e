"""Find a role's items in a resume with spaCy matchers, and say for each mention what
text, where, and how it was meant.

Three lanes, one pass over the document:
- names (search terms, either-of names, aliases): PhraseMatcher on lower-case text;
- terms (specific things that evidence a concept: "random forests") with their plurals,
  and token patterns (Matcher, on lemmas: "deployed ... models");
- implications: a named tool or term that implies another item (PyTorch -> deep learning);
- word sets: a posting's phrase by its words' stems in one line, any order (words.py).
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..reading import Line, ResumeDocument
from ..roles import Item, RoleProfile
from .foreign import foreign_vocabulary, forms
from .glyphs import SUSPECT, mend, vocabulary
from .lines import BULLET, SENTENCE, kind_of
from .nlp import blank_english, inflections
from .patterns import PatternMatcher
from .qualifiers import EMPLOYER, HOBBY, OTHER_SENSE, UNCOUNTED, Qualifier, clause_before, qualify
from .words import find_word_sets

# A section of hobbies is never evidence ("Interests: chess, deep learning podcasts"), but
# one longer than this holds more than hobbies: a heading read out of place (a left column
# of headings read before the text they head) put the jobs under it.
MAX_INTEREST_LINES = 8

TIERS = ("exact", "variant", "implied")
MAX_WRAPPED_LINES = 3  # a sentence read over at most this many lines for a word set


@dataclass(frozen=True)
class Mention:
    """One place where the resume evidences an item."""

    item_id: str
    text: str  # as written in the resume
    alias: str  # the profile entry that matched it
    tier: str  # exact | variant | implied
    qualifier: str  # none | negated | hedged | coursework | other-sense | employer | hobby
    cue: str  # the words that made the qualifier
    proficiency: str | None
    page: int
    line: int  # line number in the document
    section: str
    line_text: str
    start: int  # character offsets in line_text
    end: int
    hidden: bool = False
    implied_by: str | None = None  # the item or term that implies it
    line_kind: int = SENTENCE  # lines.SENTENCE, LIST or TITLE: how strong a place the line is

    @property
    def counts(self) -> bool:
        """Whether the mention is evidence at all: visible, not negated or only wished for,
        not another sense of the words, an employer's name or a hobby."""
        return not self.hidden and self.qualifier not in UNCOUNTED


@dataclass(frozen=True)
class _Entry:
    item_id: str
    alias: str
    tier: str  # exact | variant | implies


class Extractor:
    """Matchers for one role, built once and reused for every resume."""

    def __init__(self, role: RoleProfile) -> None:
        self.role = role
        self.nlp = blank_english()
        vocab = self.nlp.vocab
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._exact_case = PhraseMatcher(vocab, attr="ORTH")
        self._patterns = PatternMatcher(vocab)
        self._other_senses = PatternMatcher(vocab)  # each item's `unless` patterns
        self._entries: dict[str, _Entry] = {}
        self._forms: dict[str, set[str]] = {}  # the written forms of each phrase entry
        self._word_sets: list[tuple[str, ...]] = []  # each item's all_words, with its entry alongside
        self._word_set_entries: list[_Entry] = []
        self._last_joined: _Joined | None = None
        phrases: list[str] = []
        for item in role.items:
            self._add_item(item)
            phrases += (*item.searches, item.name, *item.case_sensitive, *item.aliases, *item.terms)
        # known words, to read "Cl/CD" as CI/CD and "D0cker" as Docker (glyphs.py)
        self._known = vocabulary([*phrases, *(t for item in role.items for t in item.implied_by_terms)])
        self._next_role_terms = PhraseMatcher(vocab, attr="LOWER")
        for next_role in role.next_roles:
            for skill, terms in next_role.evidence.items():
                forms = [form for term in terms for form in inflections(term)]
                self._next_role_terms.add(f"{next_role.name}|{skill}", [self.nlp.make_doc(f) for f in forms])

    def _add_phrases(self, matcher: PhraseMatcher, entry: _Entry, forms: list[str]) -> None:
        key = f"{entry.item_id}|{entry.tier}|{entry.alias}"
        self._entries[key] = entry
        self._forms[key] = {form.lower() for form in forms}
        matcher.add(key, [self.nlp.make_doc(form) for form in forms])

    def _add_item(self, item: Item) -> None:
        case_sensitive = {alias.lower() for alias in item.case_sensitive}
        names = {name.lower(): name for name in (*item.searches, item.name)}
        for lower, name in names.items():
            if lower not in case_sensitive:
                self._add_phrases(self._lower, _Entry(item.id, name, "exact"), inflections(name))
        for alias in item.case_sensitive:
            tier = "exact" if alias.lower() in names else "variant"
            self._add_phrases(self._exact_case, _Entry(item.id, alias, tier), [alias])
        for alias in item.aliases:
            if alias.lower() not in names:
                self._add_phrases(self._lower, _Entry(item.id, alias, "variant"), inflections(alias))
        for term in item.terms:
            self._add_phrases(self._lower, _Entry(item.id, term, "variant"), inflections(term))
        for term in item.implied_by_terms:
            self._add_phrases(self._lower, _Entry(item.id, term, "implies"), inflections(term))
        for index, pattern in enumerate(item.patterns):
            key = f"{item.id}|variant|pattern {index + 1}"
            self._entries[key] = _Entry(item.id, f"pattern {index + 1}", "variant")
            self._patterns.add(key, pattern)
        for words in item.all_words:
            self._word_sets.append(words)
            self._word_set_entries.append(_Entry(item.id, f"all of: {' '.join(words)}", "variant"))
        for index, pattern in enumerate(item.unless):
            self._other_senses.add(f"{item.id}|unless {index + 1}", pattern)
        foreign = foreign_vocabulary().get(item.id)
        if foreign is not None:
            for phrase in foreign.phrases():
                self._add_phrases(self._lower, _Entry(item.id, phrase, "variant"), forms(phrase))
            for index, pattern in enumerate(foreign.patterns):
                key = f"{item.id}|variant|foreign pattern {index + 1}"
                self._entries[key] = _Entry(item.id, f"pattern {index + 1} (fr/de/es/pt)", "variant")
                self._patterns.add(key, pattern)

    def extract(self, document: ResumeDocument, employers: Sequence[tuple[int, str]] = ()) -> list[Mention]:
        """Every mention of every item, visible and hidden, in reading order.

        `employers`: (line number, name) of each job's employer as the resume facts read
        it; a mention inside that name on the job's header lines is the employer, not a
        tool ("SRE, New Relic, 2019 - 2022")."""
        mentions = self._match_lines([ln for ln in document.lines if not ln.hidden])
        mentions += self._match_lines([ln for ln in document.lines if ln.hidden])
        mentions = [_as_employer(m, employers) for m in mentions] if employers else mentions
        mentions = _hobbies(mentions, document)
        mentions = [_as_contact_detail(m) for m in mentions]
        mentions = _keep_longest(mentions)
        mentions += self._implications(mentions)
        return sorted(mentions, key=lambda m: (m.hidden, m.line, m.start, m.item_id, TIERS.index(m.tier)))

    def next_role_skills(self, document: ResumeDocument) -> dict[str, set[str]]:
        """For each next role of the profile, which of its skills the resume already shows
        (a term of the skill, visible, not negated or only hoped for)."""
        shown: dict[str, set[str]] = {next_role.name: set() for next_role in self.role.next_roles}
        if not len(self._next_role_terms):
            return shown
        joined = self._joined([ln for ln in document.lines if not ln.hidden])
        strings = self.nlp.vocab.strings
        for match_id, start, end in self._next_role_terms(joined.doc):
            located = joined.locate(start, end)
            if located is None:
                continue
            index, line_start, line_end, _ = located
            if qualify(joined.lines[index].text, line_start, line_end).kind in ("negated", "hedged"):
                continue
            role_name, skill = strings[match_id].split("|", 1)
            shown[role_name].add(skill)
        return shown

    def _joined(self, lines: list[Line]) -> _Joined:
        """One doc for the lines, made once for extract() and next_role_skills() alike."""
        cached = self._last_joined
        if cached is not None and len(cached.lines) == len(lines) and all(map(operator.is_, cached.lines, lines)):
            return cached
        self._last_joined = _Joined.of(lines, self.nlp, self._known)
        return self._last_joined

    def _match_lines(self, lines: list[Line]) -> list[Mention]:
        if not lines:
            return []
        joined = self._joined(lines)
        doc = joined.doc
        found = self._lower(doc) + self._exact_case(doc)
        if len(self._patterns):
            found += self._patterns(doc)
        strings = self.nlp.vocab.strings
        mentions = []
        prefixes = _clause_prefixes(lines)
        other_senses = self._other_sense_spans(doc)
        for match_id, start, end in found:
            key = strings[match_id]
            entry = self._entries[key]
            located = joined.locate(start, end)
            if located is None:
                continue
            index, line_start, line_end, written = located
            read = joined.read_as(start, end)  # "CI/CD" where "Cl/CD" is written
            if key in self._forms and _spaced(read) not in self._forms[key]:
                continue  # spaced differently from the name: "CI / CD" is not "CI/CD"
            line = lines[index]
            qualifier = qualify(line.text, line_start, line_end, prefixes[index])
            sense = next((cue for s, e, cue in other_senses.get(entry.item_id, ()) if s < end and start < e), None)
            if sense is not None:
                qualifier = Qualifier(OTHER_SENSE, sense, qualifier.proficiency)
            if read != written and entry.tier == "exact":
                entry = replace(entry, tier="variant")  # not written as searched for: a search misses it
            mentions.append(_mention(entry, line, written, line_start, line_end, qualifier))
        return mentions + self._word_set_mentions(lines, prefixes)

    def _word_set_mentions(self, lines: list[Line], prefixes: list[str]) -> list[Mention]:
        """Mentions by word sets, in a line and the lines its sentence wraps onto ("Prepare
        monthly financial statements, variance" / "reports for each board"); each word is
        qualified where it stands ("market ... I have not dealt with OEM"), and the mention
        is shown on the line where the first word stands."""
        mentions = []
        for index, line in enumerate(lines) if self._word_sets else ():
            parts = [index]  # this line and those that go on with its sentence
            while parts[-1] + 1 < len(lines) and prefixes[parts[-1] + 1] and len(parts) < MAX_WRAPPED_LINES:
                parts.append(parts[-1] + 1)
            starts = [0]
            for part in parts[1:]:
                starts.append(starts[-1] + len(lines[part - 1].text) + 1)
            text = " ".join(lines[part].text for part in parts)
            for which, spans in find_word_sets(text, self._word_sets):
                if spans[0][0] >= len(line.text):
                    continue  # every word on a later line: that line's own mention
                qualifiers = []
                for s, e in spans:
                    at = bisect_right(starts, s) - 1
                    part, offset = parts[at], starts[at]
                    qualifiers.append(qualify(lines[part].text, s - offset, e - offset, prefixes[part]))
                qualifier = next((q for q in qualifiers if q.kind in UNCOUNTED), qualifiers[-1])
                start, end = spans[0][0], min(spans[-1][1], len(line.text))
                entry = self._word_set_entries[which]
                mentions.append(_mention(entry, line, line.text[start:end], start, end, qualifier))
        return mentions

    def _other_sense_spans(self, doc: Doc) -> dict[str, list[tuple[int, int, str]]]:
        """For each item, the token spans its `unless` patterns match, with their words."""
        spans: dict[str, list[tuple[int, int, str]]] = {}
        if not len(self._other_senses):
            return spans
        strings = self.nlp.vocab.strings
        for match_id, start, end in self._other_senses(doc):
            item_id = strings[match_id].split("|", 1)[0]
            spans.setdefault(item_id, []).append((start, end, doc[start:end].text))
        return spans

    def _implications(self, mentions: list[Mention]) -> list[Mention]:
        """Mentions of tools and terms turned into implied mentions of the items they imply."""
        implied: list[Mention] = []
        by_item: dict[str, list[Mention]] = {}
        for mention in mentions:
            by_item.setdefault(mention.item_id, []).append(mention)
        for item in self.role.items:
            for source_id in item.implied_by_items:
                source = self.role.item(source_id)
                for mention in by_item.get(source_id, []):
                    if mention.tier == "implied":
                        continue
                    implied.append(replace(mention, item_id=item.id, tier="implied", implied_by=source.name))
        return implied


class _LastDoc:
    """One slot: the text tokenized last and its doc. Every role's extractor shares the
    pipeline, so a resume scored against a second role is not tokenized again. One tuple,
    replaced whole, so that threads never see one text with another's doc."""

    entry: tuple[Language, str, Doc] | None = None


def _tokenized(nlp: Language, text: str) -> Doc:
    last = _LastDoc.entry
    if last is not None and last[0] is nlp and last[1] == text:
        return last[2]
    doc = nlp.make_doc(text)
    _LastDoc.entry = (nlp, text, doc)
    return doc


@dataclass(frozen=True)
class _Joined:
    """The lines as one doc, joined by a space so a phrase wrapped over two lines
    ("machine / learning") still matches, with the way back from doc to line."""

    lines: list[Line]
    text: str
    doc: Doc
    starts: list[int]  # where each line starts in text
    read: str  # the text the doc is made of: `text` with misread words mended (glyphs.py), same length

    @classmethod
    def of(cls, lines: list[Line], nlp: Language, known: dict[str, str] | None = None) -> _Joined:
        starts, offset = [], 0
        for line in lines:
            starts.append(offset)
            offset += len(line.text) + 1
        text = " ".join(line.text for line in lines)
        read = mend(text, known) if known and SUSPECT.search(text) else text
        return cls(lines, text, _tokenized(nlp, read), starts, read)

    def read_as(self, start: int, end: int) -> str:
        """The words of tokens start:end as the matcher read them."""
        span = self.doc[start:end]
        return self.read[span.start_char : span.end_char]

    def locate(self, start: int, end: int) -> tuple[int, int, int, str] | None:
        """The line of tokens start:end, their character offsets in it and the words as
        written (over two lines when wrapped); None when they are only part of a longer
        word ("C" in "C++") or run on into a new bullet or heading."""
        span = self.doc[start:end]
        char_start, char_end = span.start_char, span.end_char
        if not _whole_word(self.text, char_start, char_end):
            return None
        index = bisect_right(self.starts, char_start) - 1
        last = bisect_right(self.starts, char_end - 1) - 1
        if any(_opens_something(line) for line in self.lines[index + 1 : last + 1]):
            return None  # words of two bullets, or of a line and the heading below it
        line_start = char_start - self.starts[index]
        line_end = min(char_end - self.starts[index], len(self.lines[index].text))
        return index, line_start, line_end, self.text[char_start:char_end]


def _opens_something(line: Line) -> bool:
    """A line that starts a bullet or is a heading: a sentence never wraps onto it."""
    return line.is_heading or line.text.startswith("- ")


# A line of contact details: an e-mail address, a web address or a handle
_CONTACT_DETAILS = re.compile(r"\S@\S|https?://|www\.|\.com/|(?:^|\s)@\w", re.I)


def _as_contact_detail(mention: Mention) -> Mention:
    """A term that implies an item, on the contact lines with the addresses ("Facebook:
    facebook.com/jodoe"), is where to reach the person, not work that shows the item."""
    if mention.implied_by is None or mention.section != "contact" or not _CONTACT_DETAILS.search(mention.line_text):
        return mention
    return replace(mention, qualifier=OTHER_SENSE, cue="a contact detail")


def _hobbies(mentions: list[Mention], document: ResumeDocument) -> list[Mention]:
    """Mentions in a short interests section marked as hobbies (MAX_INTEREST_LINES)."""
    lines: dict[int, str] = {}
    for section in document.sections:
        if section.id == "interests" and section.last_line - section.first_line < MAX_INTEREST_LINES:
            lines.update(dict.fromkeys(range(section.first_line, section.last_line + 1), section.heading))
    if not lines:
        return mentions
    return [
        replace(m, qualifier=HOBBY, cue=lines[m.line]) if m.line in lines and m.qualifier == "none" else m
        for m in mentions
    ]


# How far from the line the facts give for a job its employer's name may sit: the header of
# a job is its title, employer, place and dates, on up to three lines.
EMPLOYER_REACH = 2
_HEADER_WORDS = 10


def _as_employer(mention: Mention, employers: Sequence[tuple[int, str]]) -> Mention:
    """The mention marked as an employer's name when it lies inside one on a short,
    bullet-less line near that job's header line, or is one, anywhere, after "at" or "@"
    ("leading a team at OpenAI")."""
    if mention.qualifier != "none":
        return mention
    written = mention.text.lower()
    for _, name in employers:
        if written == name.lower() and _AT_END.search(mention.line_text[: mention.start]):
            return replace(mention, qualifier=EMPLOYER, cue=name)
    if BULLET.match(mention.line_text):
        return mention  # "- Staff Nurse, Medical-Surgical Ward, 2022 - present": the work, told
    # a long line is a sentence, unless it is the job's own header line ("Senior Quantity
    # Surveyor - Excel Build Projects (Pty) Ltd, Cape Town | Mar 2018 - present")
    sentence = mention.line_kind == SENTENCE and len(mention.line_text.split()) > _HEADER_WORDS
    lower = mention.line_text.lower()
    for line, name in employers:
        if not name or abs(mention.line - line) > EMPLOYER_REACH or (sentence and line != mention.line):
            continue
        at = lower.find(name.lower())
        while at >= 0:
            if at <= mention.start and mention.end <= at + len(name):
                if mention.line_text[mention.start : mention.end].islower():
                    return mention  # "MTN Nigeria call centre": what kind of place it is, in lower case
                return replace(mention, qualifier=EMPLOYER, cue=name)
            at = lower.find(name.lower(), at + 1)
    return mention


_AT_END = re.compile(r"(?:\bat|@)\s*$", re.I)


def _mention(entry: _Entry, line: Line, text: str, start: int, end: int, qualifier: Qualifier) -> Mention:
    tier = "implied" if entry.tier == "implies" else entry.tier
    return Mention(
        item_id=entry.item_id,
        text=text,
        alias=entry.alias,
        tier=tier,
        qualifier=qualifier.kind,
        cue=qualifier.cue,
        proficiency=qualifier.proficiency,
        page=line.page,
        line=line.number,
        section=line.section,
        line_text=line.text,
        start=start,
        end=end,
        hidden=line.hidden,
        implied_by=entry.alias if entry.tier == "implies" else None,
        line_kind=kind_of(line),
    )


# A match is a whole word only when the characters around it do not continue it:
# "C" is not in "C++", "SQL" is not in "No-SQL", "Java" is not in "Java-Script".
_GLUE_BEFORE = re.compile(r"(?:[\w+#@]|\b(?:no|non)-)$", re.I)
_GLUE_AFTER = re.compile(r"^[\w+#]")


def _spaced(text: str) -> str:
    return " ".join(text.split()).lower()


def _whole_word(text: str, start: int, end: int) -> bool:
    return not _GLUE_BEFORE.search(text[max(0, start - 4) : start]) and not _GLUE_AFTER.match(text[end : end + 1])


def _keep_longest(mentions: list[Mention]) -> list[Mention]:
    """Of overlapping mentions of one item, keep the longest ("machine learning models"
    over "machine learning"); different items may share text."""
    kept: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: (m.item_id, m.hidden, m.line, m.start, -(m.end - m.start)))
    for mention in ordered:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.item_id == mention.item_id
            and last.line == mention.line
            and last.hidden == mention.hidden
            and mention.start < last.end
        ):
            if (
                TIERS.index(mention.tier) < TIERS.index(last.tier)
                and mention.end - mention.start >= last.end - last.start
            ):
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


# Words a line ends with when its sentence goes on below: "deployed models using / AWS SageMaker".
_OPEN_ENDINGS = frozenset(
    re.findall(
        r"\S+",
        """a an the and or of in on at to for with without using via by from into as than
        de des du la le les et ou avec pour dans sur der die das und oder mit für von zu im
        el los las y con en del com para e em do da dos""",
    )
)


def _clause_prefixes(lines: list[Line]) -> list[str]:
    """For each line, the unfinished clause of the line before when a sentence wraps onto it:
    the previous line ends without punctuation, this one is not a new bullet, and it reads
    on (it opens in lower case, or the line before ends with a comma or a word such as
    "with" that needs more). "No experience with Docker" does not reach "PyTorch" below it."""
    prefixes = [""]
    for previous, line in zip(lines, lines[1:], strict=False):
        ending = previous.text.rstrip()
        last = ending.rsplit(None, 1)[-1].lower() if ending else ""
        wraps = (
            previous.section == line.section
            and not previous.is_heading
            and ending[-1:] not in ".;!?:|"
            and not line.text.startswith("- ")
            and (line.text[:1].islower() or ending.endswith(",") or last in _OPEN_ENDINGS)
        )
        prefixes.append(clause_before(previous.text, len(previous.text)) if wraps else "")
    return prefixes


_EXTRACTORS: dict[int, tuple[RoleProfile, Extractor]] = {}
_BY_CONTENT: dict[str, Extractor] = {}

# spaCy keeps every word it has seen in its vocabulary, for the life of the pipeline: over
# 10,000 resumes that is 200,000 strings and 40 MB. Past this many strings the pipeline and
# the matchers are built again (0.3 s), which bounds the memory of a long batch.
# (spaCy's memory zones free them too, but also keep the tokenizer from caching any word,
# which slows every resume.)
MAX_STRINGS = 60_000


def extractor_for(role: RoleProfile) -> Extractor:
    """The cached matcher of a role: built once per role and process. A role that arrives
    as a new object with the same content (unpickled in a worker process) reuses it too."""
    if len(blank_english().vocab.strings) > MAX_STRINGS:
        forget_words()
    cached = _EXTRACTORS.get(id(role))
    if cached is not None and cached[0] is role:
        return cached[1]
    content = role.model_dump_json()
    extractor = _BY_CONTENT.get(content)
    if extractor is None:
        extractor = _BY_CONTENT[content] = Extractor(role)
    _EXTRACTORS[id(role)] = (role, extractor)
    return extractor


def forget_words() -> None:
    """Drop the spaCy pipeline and every matcher built on it: the next resume starts a new
    vocabulary."""
    _EXTRACTORS.clear()
    _BY_CONTENT.clear()
    blank_english.cache_clear()
