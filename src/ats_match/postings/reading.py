"""A role profile from a real job posting: the skills and tools it asks for, each with an
importance read from where and how the posting asks for it.

The posting is read like a resume (`read_text`) and matched with the same spaCy matchers
(`extract.Extractor`) against the skill lexicon: every item of every shipped role profile
plus the broader lexicon in `lexicon/skills.yaml` (languages, ML, data engineering, cloud,
DevOps, databases, web, MLOps, GenAI, BI, testing, security, methodologies). An item counts
when it is named (by name, alias, term or pattern); implications (pandas implies Python)
are not requests of the posting and are left out.

Importance of an item (1-10), from its best line plus repetition:

| part of the score                                                        | points        |
|--------------------------------------------------------------------------|---------------|
| best line in the title                                                   | 8             |
| best line in a requirements section ("Requirements", "Qualifications",   | 7             |
|   "Must have", "What you'll need", "You have", "Skills", ...)            |               |
| best line elsewhere (description, responsibilities, untitled text)       | 5             |
| best line in a nice-to-have section ("Nice to have", "Preferred",        | 4             |
|   "Bonus points", "Pluses", "Desirable", ...)                            |               |
| best line about the company or benefits ("About us", "Benefits", ...)    | 3             |
| strong wording in the same clause: must, required, strong, expert,       | +2            |
|   proficient, solid, extensive, essential, proven, in-depth, "5+ years"  |               |
| soft wording in the same clause: preferred, a plus, nice to have, bonus, | -2            |
|   familiarity / familiar with, exposure to, ideally, desirable, basic    |               |
| each further line that names the item (repetition)                       | +1, at most +2|

importance = clamp(best line's section points + its wording points + repetition, 1, 10),
where the best line is the one with the highest section + wording points. A clause is the
part of a line between ";", "|" or sentence ends. Each item's "why" in the overview spells
the sum out.

Other keywords: the posting's distinctive words and two-word phrases that no lexicon entry
matches, by TF-IDF (scikit-learn, English stop words) against a background of the shipped
profiles' text and our example postings in `lexicon/postings/`. The top ten by weight that
are written literally at least twice and are not generic become items "kw-<term>" of
importance 3, matched literally in resumes. Not generic: no word of the term is a generic
posting word or part of a matched item, and one is not everyday English
(`lexicon/common_words.txt`) nor a word of the title or header (company, location):
"geospatial routing", "SDR"; or it is a two-word phrase written three times or more.

Learning hours and interview weight come from a shipped profile that has the item (profiles
whose figures come from the guide first); else they are unknown (None), the overview lists
them, and an unknown interview weight scores as the role's default (Medium).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from ..errors import RoleError
from ..matching import Extractor, Mention, lemma_of
from ..reading import Line, ResumeDocument, read_text
from ..roles import ITEM_ID, Item, RoleProfile, Source, list_roles, load_role

SECTION_POINTS: dict[str, int] = {"title": 8, "requirements": 7, "body": 5, "preferred": 4, "about": 3}
SECTION_LABELS: dict[str, str] = {
    "title": "title",
    "requirements": "requirements",
    "body": "description",
    "preferred": "nice to have",
    "about": "about the company",
}
STRONG_POINTS = 2
SOFT_POINTS = -2
REPEAT_POINTS = 1
MAX_REPEAT_POINTS = 2
KEYWORD_IMPORTANCE = 3
KEYWORD_COUNT = 10
FORMULA = (
    "importance = clamp(section of the best line [title 8, requirements 7, description 5, nice to have 4, "
    "about the company 3] + wording in its clause [strong +2, soft -2] + 1 per further line [at most +2], 1, 10)"
)

# ---------------------------------------------------------------- the lexicon


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LexiconEntry(_Model):
    """One skill or tool of lexicon/skills.yaml: an Item without figures."""

    id: str = Field(pattern=ITEM_ID)
    name: str = Field(min_length=1)
    kind: Literal["skill", "tool"] | None = None  # default: the category's
    either_of: tuple[str, ...] = ()
    search_terms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    patterns: tuple[list[dict[str, Any]], ...] = ()


class LexiconCategory(_Model):
    category: str
    kind: Literal["skill", "tool"]
    entries: tuple[LexiconEntry, ...] = Field(min_length=1)


class LexiconFile(_Model):
    profile_categories: dict[str, str] = {}
    categories: tuple[LexiconCategory, ...]


@dataclass(frozen=True)
class Figures:
    """What a shipped profile says about an item: learning hours, interview weight, show example."""

    profile: str
    item: Item


@dataclass(frozen=True)
class Lexicon:
    """Every item a posting is read for, with where each comes from; built once per process."""

    items: tuple[Item, ...]  # matcher-ready, profile items first
    categories: dict[str, str]  # item id -> category
    figures: dict[str, Figures]  # item id -> the shipped profile item that gives its figures
    role: RoleProfile  # all items as one role, for the Extractor
    extractor: Extractor

    def item(self, item_id: str) -> Item:
        return self.role.item(item_id)


def lexicon_dir() -> Path:
    return Path(str(resources.files("ats_match.postings"))) / "lexicon"


def load_lexicon_file(path: Path | None = None) -> LexiconFile:
    """lexicon/skills.yaml, validated."""
    path = path or lexicon_dir() / "skills.yaml"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: 10x faster
    return LexiconFile.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))  # noqa: S506


def _shipped_profiles() -> list[RoleProfile]:
    """Shipped profiles, those whose figures come from the career guide first, then by id."""
    profiles = [load_role(role_id) for role_id in list_roles()]
    return sorted(profiles, key=lambda p: (not any(i.source == "guide" for i in p.items), p.id))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon and its matcher. Building the matcher takes about a second; every call
    after the first reuses it."""
    data = load_lexicon_file()
    items: dict[str, Item] = {}
    categories: dict[str, str] = {}
    figures: dict[str, Figures] = {}
    for profile in _shipped_profiles():
        for item in profile.items:
            if item.id not in items:
                # A posting names items; what they imply is not asked for, so no implications.
                items[item.id] = item.model_copy(update={"implied_by_items": (), "implied_by_terms": ()})
                categories[item.id] = data.profile_categories.get(item.id, "role profiles")
            if item.id not in figures and item.learning_hours is not None:
                figures[item.id] = Figures(profile.id, item)
    for category in data.categories:
        for entry in category.entries:
            if entry.id in items:
                continue  # a profile owns this id (tests keep the lexicon free of such duplicates)
            fields = entry.model_dump(exclude={"kind"})
            items[entry.id] = Item(**fields, kind=entry.kind or category.kind, importance=5, source="ours")
            categories[entry.id] = category.category
    ordered = tuple(items.values())
    role = RoleProfile(
        id="skill-lexicon",
        name="Skill lexicon",
        source=Source(title="ats_match skill lexicon"),
        skills=tuple(i for i in ordered if i.kind == "skill"),
        tools=tuple(i for i in ordered if i.kind == "tool"),
    )
    return Lexicon(ordered, categories, figures, role, Extractor(role))


@lru_cache(maxsize=1)
def _background() -> tuple[tuple[str, str], ...]:
    """(name, text) of the TF-IDF background: each shipped profile's words and our example
    postings, so that words every posting or profile uses weigh little."""
    docs = [(f"profile {p.id}", " ".join(_strings(p.to_dict()))) for p in _shipped_profiles()]
    for path in sorted((lexicon_dir() / "postings").glob("*.md")):
        docs.append((f"posting {path.stem}", path.read_text(encoding="utf-8")))
    return tuple(docs)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


# ---------------------------------------------------------------- the posting's sections

_BULLET = re.compile(r"^\s*(?:[-*+\u2022\u25cf\u25aa\u25e6\u00b7|]|\d{1,2}[.)])\s+")
_MARKUP = re.compile(r"[*_`#>]+")
_URL_IN_PARENS = re.compile(r"\(?\s*(?:https?://|www\.)\S+?\s*\)?(?=\s|$)")
_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "preferred",
        re.compile(
            r"\b(?:nice[- ]to[- ]haves?|preferred|preferences|bonus(?: points)?|pluses|plus|desir(?:ed|able)"
            r"|good[- ]to[- ]haves?|optional|extra credit|stand out|even better|would be great|ideally)\b"
        ),
    ),
    (
        "requirements",
        re.compile(
            r"\b(?:requirements?|required|qualifications?|must[- ]haves?|what you(?:'ll| will)? (?:need|bring)"
            r"|you(?:'ll| will)? (?:have|bring|need)|you are|who you are|about you|looking for|skills"
            r"|expertise|experience|competenc(?:y|ies)|your (?:profile|background)|essential|minimum"
            r"|basic qualifications|ideal candidate|we expect|prerequisites|knowledge)\b"
        ),
    ),
    (
        "about",
        re.compile(
            r"\b(?:benefits?|perks|what we offer|we offer|compensation|salary|pay|equal (?:employment )?opportunity"
            r"|about us|who we are|why (?:join|choose|work)|our (?:company|culture|values|mission|story)"
            r"|company description|additional information|life at|working model|interview\w*|hiring process"
            r"|apply|location|diversity)\b"
            r"|^about (?!the (?:role|job|team|position|project|opportunity)\b|this (?:role|job|position)\b)"
        ),
    ),
    (
        "body",
        re.compile(
            r"\b(?:responsibilit\w*|what you(?:'ll| will)? (?:do|be doing|work on)|the role|role|about the"
            r"|job description|description|overview|summary|day[- ]to[- ]day|your (?:mission|impact)"
            r"|the team|the problem|in this role|the opportunity|projects?)\b"
        ),
    ),
)
_INLINE_HEADING = re.compile(r"^([A-Za-z][^:]{1,40}):\s*\S")


def _label(text: str) -> str:
    """A line as a heading reads: no markup, URL or trailing colon, lower case."""
    text = _URL_IN_PARENS.sub(" ", _MARKUP.sub(" ", text))
    return " ".join(text.split()).strip(" :").lower()


def _heading_kind(label: str) -> str | None:
    for kind, pattern in _HEADINGS:
        if pattern.search(label):
            return kind
    return None


def _is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def _heading(line: Line) -> tuple[bool, str | None]:
    """Whether a line is a section heading, and which section it opens (None: unknown)."""
    text = _MARKUP.sub(" ", line.text).strip()
    label = _label(line.text)
    if not label or _is_bullet(line.text) or len(label.split()) > 8:
        return False, None
    kind = _heading_kind(label)
    looks = line.is_heading or text.endswith((":", "?")) or (text.isupper() and len(label) > 2)
    if looks and (text[:1].isupper() or text[:1].isdigit()):
        return True, kind
    if kind is not None and len(label.split()) <= 5 and not text.endswith("."):
        return True, kind  # a known section name on a line of its own: "Description", "Benefits"
    return False, None


def posting_sections(document: ResumeDocument, title_line: int | None = None) -> dict[int, str]:
    """For each line number, the section it is in: title, requirements, preferred, body or about.

    A heading (Markdown, a short line ending with ":", all capitals, or a known section name
    on its own line) opens a section; "Requirements: Python, SQL" opens one on its own line.
    An unknown heading opens a plain description section. A long paragraph after a bulleted
    list ends a requirements or nice-to-have section (the benefits text that often follows).
    """
    sections: dict[int, str] = {}
    current = "body"
    previous_bullet = False
    for line in document.lines:
        if line.number == title_line:
            sections[line.number] = "title"
            continue
        is_heading, kind = _heading(line)
        if is_heading:
            current = kind or "body"
        elif not _is_bullet(line.text) and (inline := _INLINE_HEADING.match(_MARKUP.sub("", line.text).strip())):
            current = _heading_kind(_label(inline.group(1))) or current
        elif (
            current in ("requirements", "preferred")
            and previous_bullet
            and not _is_bullet(line.text)
            and len(line.text.split()) > 12
        ):
            current = "body"
        sections[line.number] = current
        previous_bullet = _is_bullet(line.text)
    return sections


# ---------------------------------------------------------------- wording and importance

_CLAUSE_END = re.compile(r"[;|]|[.!?](?=\s|$)")
_STRONG = re.compile(
    r"\b(?:must|required|strong|expert|expertise|proficien(?:t|cy)|solid|extensive|essential|proven"
    r"|in-depth|mastery|deep (?:understanding|knowledge|experience|expertise))\b"
    r"|\b\d+\s*\+?\s*(?:years?|yrs)\b",
    re.I,
)
_SOFT = re.compile(
    r"\b(?:preferred|preferably|(?:a|big|huge|nice|is a|are a) plus|nice[- ]to[- ]haves?|bonus|familiar(?:ity)?"
    r"|exposure|ideally|desirable|desired|good to have|optional|basic understanding|some experience|not required)\b",
    re.I,
)


def _clause(text: str, start: int, end: int) -> str:
    """The part of a line around a mention, between ; | or sentence ends."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    return text[left:right]


@dataclass(frozen=True)
class _Reading:
    """How one mention asks for its item: section, wording, points."""

    mention: Mention
    section: str
    cues: tuple[str, ...]  # e.g. ("'strong' +2",)
    points: int


def _read_mention(mention: Mention, section: str) -> _Reading:
    clause = _clause(mention.line_text, mention.start, mention.end)
    points = SECTION_POINTS[section]
    cues = []
    if strong := _STRONG.search(clause):
        points += STRONG_POINTS
        cues.append(f"'{strong.group(0)}' {STRONG_POINTS:+d}")
    if soft := _SOFT.search(clause):
        points += SOFT_POINTS
        cues.append(f"'{soft.group(0)}' {SOFT_POINTS:+d}")
    return _Reading(mention, section, tuple(cues), points)


@dataclass(frozen=True)
class Asked:
    """What the posting asks for one item, and why that importance."""

    item_id: str
    importance: int
    why: str
    lines: tuple[str, ...]
    first_line: int


def _asked(item_id: str, readings: list[_Reading]) -> Asked:
    best = max(readings, key=lambda r: (r.points, -r.mention.line))
    line_numbers = sorted({r.mention.line for r in readings})
    repeat = min(MAX_REPEAT_POINTS, REPEAT_POINTS * (len(line_numbers) - 1))
    raw = best.points + repeat
    importance = min(10, max(1, raw))
    parts = [f"{SECTION_LABELS[best.section]} line {best.mention.line} ({SECTION_POINTS[best.section]})"]
    parts += list(best.cues)
    if repeat:
        parts.append(f"on {len(line_numbers)} lines {repeat:+d}")
    why = ", ".join(parts) + f" = {raw}"
    if raw != importance:
        why += f", kept to {importance}"
    texts = tuple(dict.fromkeys(r.mention.line_text for r in sorted(readings, key=lambda r: r.mention.line)))
    return Asked(item_id, importance, why, texts, line_numbers[0])


# ---------------------------------------------------------------- other keywords

_TOKEN = r"(?u)\b[a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*\b"
# Words of job postings that say nothing about the skills asked for.
_GENERIC = """
    ability able about academic across added additional ai applicant applicants application
    applications apply area based benefits best build building business candidate candidates career
    challenge challenges click client clients collaborate collaboration collaborative colleagues
    communication companies company compensation competitive complex contribute core crucial culture
    customer customers daily data day days degree deliver department depending description design
    develop developing development directly diverse drive driven ecommerce effective effectively
    employee employees employer employment eng engineer engineering engineers ensure ensuring
    environment environments equal equity etc excellent excited exciting experience experienced
    expertise fast field fields functional global good great grow growth hands help high highly hire
    hiring hundreds ideal impact including industry innovate innovative insurance interview job join
    junior key knack knowledge large lead leader leadership learn learning level life lifecycle like
    location looking machine make manage management manager members millions mission ml model models
    modern multidisciplinary new office opportunities opportunity organization paced paid partner
    passion passionate people plan platform plus position positions preferred problem problems
    product production products professional proficiency program programming project projects proven
    provide providing qualifications quality quantitative realtime related remote required
    requirements research responsibilities responsible role roles salary scalability scalable scale
    science senior services skills software solution solutions solving stakeholders startup status
    strong success successful support system systems team teams technical technologies technology
    time tool tools understanding use using value values variety way work working world year years
"""
GENERIC_WORDS = frozenset(_GENERIC.split())


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Everyday English: the ~15k most frequent words (lexicon/common_words.txt says whence)."""
    text = (lexicon_dir() / "common_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def _everyday(word: str) -> bool:
    """An everyday English word (or a compound of them: "cost-effective"), or a generic one."""
    if "-" in word:
        return all(_everyday(part) for part in word.split("-") if part)
    common = _common_words()
    return word in GENERIC_WORDS or word in common or lemma_of(word) in common


def _plural(term: str) -> tuple[str, str]:
    return (term.lower() + "s", term.lower() + "es")


@dataclass(frozen=True)
class OtherKeyword:
    id: str
    term: str  # as first written in the posting
    weight: float  # TF-IDF weight in the posting
    count: int  # times written in the posting
    lines: tuple[str, ...]  # the lines that write it


def other_keywords(
    text: str, covered_words: set[str], excluded_words: set[str] = frozenset(), limit: int = KEYWORD_COUNT
) -> list[OtherKeyword]:
    """The posting's most distinctive terms that no lexicon entry matches, by TF-IDF weight.

    A term is kept when it is written at least twice and is not generic: it holds a word
    that is neither everyday English, a generic posting word, a word of a matched item nor
    of the title and header (company, location) -- "geospatial routing" -- or it is a
    phrase of two such non-generic words written three times or more ("capacity planning").
    """
    from sklearn.feature_extraction.text import TfidfVectorizer  # imported here: only this lane needs it

    clean = _URL_IN_PARENS.sub(" ", text)
    background = [doc for _, doc in _background() if doc.strip() != text.strip()]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), stop_words="english", token_pattern=_TOKEN)
    matrix = vectorizer.fit_transform([*background, clean])
    row = matrix[len(background)].tocoo()
    terms = vectorizer.get_feature_names_out()
    ranked = sorted(zip(row.data, (terms[i] for i in row.col), strict=True), key=lambda t: (-t[0], t[1]))
    chosen: list[OtherKeyword] = []
    for weight, term in ranked:
        words = term.split()
        plain = [w for w in words if w not in GENERIC_WORDS and w not in covered_words and len(w) > 2]
        if len(plain) < len(words):
            continue  # generic, matched, short: "related quantitative" waits for "quantitative" alone
        fresh = [w for w in plain if w not in excluded_words and not w.isdigit()]
        literal = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", re.I)
        written = literal.findall(clean)
        distinctive = any(not _everyday(w) for w in fresh) or (fresh and len(words) == 2 and len(written) >= 3)
        if not distinctive or len(written) < 2:
            continue
        keyword_id = f"kw-{_slug(term)}"
        if any(k.id == keyword_id for k in chosen):
            continue  # "real-time" after "real time"
        if len(words) == 1 and any(term in k.term.lower().split() or term in _plural(k.term) for k in chosen):
            continue  # part of a phrase already chosen, or its plural ("BDR", "BDRs")
        if len(words) > 1:  # a phrase replaces its word when the word is not used more on its own
            chosen = [k for k in chosen if not (k.term.lower() in words and k.count <= len(written))]
        lines = tuple(line for line in clean.split("\n") if literal.search(line))
        as_written = " ".join(written[0].split())
        chosen.append(OtherKeyword(keyword_id, as_written, round(float(weight), 4), len(written), lines))
        if len(chosen) == limit:
            break
    return chosen


# ---------------------------------------------------------------- the role


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


_ROLE_WORD = re.compile(
    r"\b(?:engineer|scientist|analyst|developer|manager|designer|architect|specialist|consultant|lead"
    r"|intern|administrator|researcher|director|head|officer|programmer|technician)s?\b",
    re.I,
)


def _title_of(document: ResumeDocument) -> Line | None:
    """The first Markdown heading, or a short first line, unless it is a section heading
    ("About us") rather than a job title ("Customer Experience Analyst")."""
    candidate = next((line for line in document.lines[:5] if line.is_heading), None)
    if candidate is None and document.lines:
        first = document.lines[0]
        if len(first.text.split()) <= 10 and not first.text.endswith((".", ":")):
            candidate = first
    if candidate is None:
        return None
    label = _label(candidate.text)
    if _heading_kind(label) is not None and not _ROLE_WORD.search(label):
        return None
    return candidate


def _clean_title(text: str) -> str:
    return " ".join(_URL_IN_PARENS.sub(" ", _MARKUP.sub(" ", text)).split()).strip(" -|:")


def _header_words(document: ResumeDocument, title_line: int | None) -> set[str]:
    """Words of the title and of the lines under it before the first section or sentence
    (company, location, pay): they name the job, not a skill to look for in a resume."""
    if title_line is None:
        return set()
    header = [document.lines[title_line - 1]]
    for line in document.lines[title_line : title_line + 3]:
        words = len(line.text.split())
        if words > 15 or (words > 6 and line.text.endswith(".")) or _heading(line)[1] is not None:
            break
        header.append(line)
    return {w.lower() for line in header for w in re.findall(_TOKEN, _URL_IN_PARENS.sub(" ", line.text))}


# spaCy keeps a slash glued to the word before a space ("Scala/ PySpark" -> "Scala/"): space it.
_GLUED_SLASH = re.compile(r"(?<=\w)/(?=\s)")


def role_from_job(text: str | os.PathLike[str], title: str | None = None) -> RoleProfile:
    """A RoleProfile of what a job posting asks for (plain text or Markdown; a Path is read).

    Items come from the skill lexicon with the posting's importance (see the module
    docstring for the formula); `overview` says why for each: {"from_posting": True,
    "title", "requirements": [{"id", "name", "kind", "category", "importance", "why",
    "lines"}], "other_keywords", "unknown": {"learning_hours", "interview_weight"},
    "figures_from", "formula"}."""
    if isinstance(text, os.PathLike):
        path = Path(text)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = (
                "file not found" if isinstance(exc, FileNotFoundError) else f"cannot read it ({exc.__class__.__name__})"
            )
            raise RoleError(f"job posting: {reason}", source=path.name) from None
    if not text or not text.strip():
        raise RoleError("the job posting is empty", source="<job posting>")
    text = _GLUED_SLASH.sub(" /", text)
    document = read_text(text, source="<job posting>")
    found = _title_of(document)
    title = _clean_title(title) if title else (_clean_title(found.text) if found else None)
    title_line = found.number if found and title and _clean_title(found.text).lower() == title.lower() else None
    if title and title_line is None:
        document = read_text(f"{title}\n{text}", source="<job posting>")
        title_line = 1
    lex = lexicon()
    mentions = [m for m in lex.extractor.extract(document) if m.tier != "implied" and not m.hidden]
    sections = posting_sections(document, title_line)
    readings: dict[str, list[_Reading]] = {}
    for mention in mentions:
        readings.setdefault(mention.item_id, []).append(_read_mention(mention, sections[mention.line]))
    asked = sorted(
        (_asked(item_id, item_readings) for item_id, item_readings in readings.items()),
        key=lambda a: (-a.importance, a.first_line, a.item_id),
    )
    covered = {w.lower() for m in mentions for w in re.findall(_TOKEN, m.text)}
    keywords = other_keywords(document.text, covered, _header_words(document, title_line))
    return _build_role(lex, asked, keywords, title)


def _build_role(lex: Lexicon, asked: list[Asked], keywords: list[OtherKeyword], title: str | None) -> RoleProfile:
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
        raise RoleError("the job posting names no skill or tool of the lexicon", source="<job posting>")
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
    }
    named = title or "Job posting"
    return RoleProfile(
        id=_slug(title or "") or "job-posting",
        name=named,
        source=Source(
            title=f"job posting: {title}" if title else "job posting",
            notes="Built by ats_match.role_from_job from the posting's text; overview.requirements says why "
            "each item has its importance.",
        ),
        summary=f"What the posting asks for: {len(asked)} skills and tools of the lexicon, "
        f"{len(keywords)} other keywords.",
        overview=overview,
        skills=skills,
        tools=tools,
    )
