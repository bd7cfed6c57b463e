"""Whether a mention is negated ("no experience with Docker"), only hoped for ("currently
learning PyTorch"), only a course ("coursework in statistics"), and the proficiency the
writer gave it ("expert", "basic"). Rules look at the words before the mention in the
same clause, the way a reader does; a clause ends at . ; ! ? | and at a new bullet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Phrases that qualify everything after them to the end of the clause, commas included:
# "no experience with Docker, Kubernetes or Airflow".
NEGATION_PHRASES = (
    "no experience",
    "no professional experience",
    "no hands-on experience",
    "no direct experience",
    "no exposure",
    "no knowledge",
    "no background",
    "not familiar",
    "not yet familiar",
    "unfamiliar",
    "not experienced",
    "never used",
    "never worked",
    "have not used",
    "haven't used",
    "have never used",
    "not used",
    "did not use",
    "lack of experience",
    "lacking experience",
    "lack experience",
    "do not know",
    "don't know",
    "not proficient",
    "no prior experience",
    "not worked",
    "have not worked",
    "haven't worked",
    "not yet used",
    "not yet worked",
    "have not yet worked",
    "no hands-on",
    # a credential not held: "I do not currently hold a driver's license", "not yet certified in ACLS"
    "do not hold",
    "do not currently hold",
    "do not yet hold",
    "don't yet hold",
    "don't hold",
    "don't currently hold",
    "does not hold",
    "not yet certified",
    "not yet licensed",
    "not yet trained",
    # a thing one cannot do: "I can't speak Hindi", "cannot drive"
    "cannot",
    "can't",
    "can’t",
    "don't speak",
    "don’t speak",
    "doesn't speak",
    # French, German, Spanish, Portuguese
    "aucune expérience",
    "pas d'expérience",
    "pas de connaissances",
    "aucune connaissance",
    "jamais utilisé",
    "keine erfahrung",
    "keine kenntnisse",
    "nie verwendet",
    "sin experiencia",
    "ninguna experiencia",
    "sin conocimientos",
    "nunca he usado",
    "sem experiência",
    "nenhuma experiência",
    "sem conhecimento",
    "nunca usei",
)
HEDGE_PHRASES = (
    "currently learning",
    "want to learn",
    "wants to learn",
    "would like to learn",
    "plan to learn",
    "planning to learn",
    "plans to learn",
    "hope to learn",
    "hoping to learn",
    "eager to learn",
    "keen to learn",
    "interested in learning",
    "looking to learn",
    "aim to learn",
    "aiming to learn",
    "beginning to learn",
    "starting to learn",
    "learning about",
    "self-studying",
    "teaching myself",  # "Currently teaching myself Salesforce through Trailhead" (not "taught myself": done)
    "studying",
    "familiarizing myself with",
    "familiarising myself with",
    "would like to gain",
    "looking to gain",
    "hope to gain",
    "next on my list",
    "working towards",
    "working toward",
    "aspire to",
    "aspiring to",
    "wish to learn",
    "intend to learn",
    "i am learning",
    "i'm learning",
    "am learning",
    "learning",
    # French, German, Spanish, Portuguese
    "en cours d'apprentissage",
    "en cours de formation",
    "j'apprends",
    "souhaite apprendre",
    "lerne gerade",
    "lerne derzeit",
    "ich lerne",
    "möchte lernen",
    "estoy aprendiendo",
    "aprendiendo",
    "quiero aprender",
    "estou aprendendo",
    "aprendendo",
    "quero aprender",
)
COURSE_PHRASES = (
    "coursework in",
    "coursework:",
    "course in",
    "courses in",
    "course on",
    "courses on",
    "took a course",
    "class in",
    "classes in",
    "online course",
    "mooc",
    "relevant coursework",
    "coursework",
    "cours en ligne",
    "suivi le cours",
    "kurs in",
    "curso de",
    "curso en línea",
    "curso online",
)
# Single words that negate only what follows them closely: "no SQL", "not Docker".
NEGATION_WORDS = (
    "no",
    "not",
    "never",
    "without",
    "nor",
    "neither",
    "sans",
    "kein",
    "keine",
    "ohne",
    "sin",
    "sem",
    "nunca",
)
NEGATION_WORD_REACH = 2

# A hedge written after the mention: "Kubernetes (learning)", "AWS ML Specialty - in progress".
AFTER_HEDGE_PHRASES = (
    "learning",
    "in progress",
    "planned",
    "studying",
    "not yet",
    # "Crisis intervention training - scheduled for Q3 2026", "MOT Tester course - booked for February";
    # with what they are booked for, as "Excel: scheduled weekly reports" is work done
    r"scheduled (?:for|in|on)",
    r"booked (?:for|in|on)",
    r"enrolled(?= in\b|\s*[,;(]|\s*$)",
    r"pending(?! renewal)",
    # "ASAR accreditation: application submitted March 2026 - awaiting outcome"
    r"application (?:submitted|lodged|pending|in)",
    r"awaiting (?:outcome|result|results|approval|registration|decision)",
    # "Corrigo: no hands-on experience"
    "no hands-on",
    "no experience",
    "no professional experience",
    "no direct experience",
    # French, German, Spanish, Portuguese
    "en cours",
    "in arbeit",
    "in ausbildung",
    "lerne gerade",
    "en curso",
    "aprendiendo",
    "em andamento",
    "em curso",
    "cursando",
    "aprendendo",
)
AFTER_HEDGES = re.compile(
    # the credential's own words may come between: "MOT Tester training course (Class 4) - booked",
    # "ISO/IEC 17025 awareness course - enrolled"
    r"^(?:(?:\s+[a-z][\w-]*)?\s+(?:training|course|class(?:es)?|module|workshop|program(?:me|ming)?|exam|examination"
    r"|certification|certificate|qualification|licen[cs]e)){0,2}"
    r"(?:\s*\([^)]{0,20}\))?"  # "Zeiss Calypso CMM programming - in progress"
    # "venipuncture practicum is scheduled for next semester" (not "practicum: planned and delivered")
    r"(?:\s+(?:practicum|internship|externship|placement|clinicals?)\s+(?:is|are))?"
    r"\W{0,3}(?P<hedge>(?:currently\s+)?(?:" + "|".join(AFTER_HEDGE_PHRASES) + r"))\b",
    re.I,
)

# Someone else's title, right before the mention: "Reporting to the Room Leader", "under the
# supervision of a Senior Radiographer" (not "Reporting to the board using Power BI").
SOMEONE_ELSES = re.compile(
    r"\b(?:(?:reporting|reported|reports?) (?:directly )?to|under the (?:direct )?(?:supervision|direction) of)"
    r" (?:the |a |an |our |my )?$",
    re.I,
)

# Work the writer says others do: "Drainage on our jobs is done by a subcontractor", "forklift
# moves on my shift are done by the licensed drivers" (not "... done by hand").
OTHERS_DO_IT = re.compile(
    r"^[^.;!?]{0,50}?\b(?P<cue>(?:is|are|was|were|gets|get) (?:always |usually |only )?(?:done|handled|performed"
    r"|carried out|operated|driven) by (?:the|a|an|our|other|another|my|outside|external)\b)",
    re.I,
)

# A level of none given after the mention: "Mandarin - none", "Spanish: nil", "Forklift (none)".
AFTER_NONE = re.compile(r"^\s*[-–—:(]\s*(?P<none>none|nil)\b(?! of\b)", re.I)

# "learning" preceded by these is a field, not a hedge: machine learning, deep learning.
LEARNING_FIELDS = (
    "machine",
    "deep",
    "reinforcement",
    "supervised",
    "unsupervised",
    "self-supervised",
    "semi-supervised",
    "transfer",
    "federated",
    "active",
    "statistical",
    "representation",
    "meta",
    "online",
    "ensemble",
    "contrastive",
    "continual",
    "few-shot",
    "zero-shot",
    "multi-task",
    "multitask",
    "e-",
    "incremental",
    "curriculum",
    "metric",
    "imitation",
    "robot",
    "manifold",
    "structured",
    "ml",
)

PROFICIENCY_WORDS = (
    "expert",
    "expertise",
    "advanced",
    "proficient",
    "proficiency",
    "fluent",
    "strong",
    "intermediate",
    "working knowledge",
    "familiar",
    "basic",
    "basics",
    "beginner",
    "novice",
    "exposure",
    "experienced",
)

_CLAUSE_END = re.compile(r"[.;!?|•]\s|[.;!?|•]$|\s-\s|\bbut\b|\bhowever\b|\balthough\b|\bwhile\b", re.I)
_WORD = re.compile(r"[a-z][a-z'+#-]*", re.I)


# Kinds of qualifier the extractor adds: the words mean something else here (an item's
# `unless` patterns: "LLM data annotation" for deep learning), name the employer, or are a
# hobby (in the interests section).
OTHER_SENSE = "other-sense"
EMPLOYER = "employer"
HOBBY = "hobby"
# Qualifiers that keep a mention from being evidence.
UNCOUNTED = frozenset({"negated", "hedged", OTHER_SENSE, EMPLOYER, HOBBY})


@dataclass(frozen=True)
class Qualifier:
    kind: str = "none"  # none | negated | hedged | coursework | other-sense | employer | hobby
    cue: str = ""  # the words that decided it
    proficiency: str | None = None


def clause_before(line_text: str, start: int) -> str:
    """The part of the clause that precedes a mention, lower case."""
    before = line_text[:start]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    return before.lower()


def _any_of(phrases: tuple[str, ...]) -> re.Pattern:
    """One pattern for a list of phrases, whole words only, the longest tried first."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])")


_NEGATION = _any_of(NEGATION_PHRASES)
# A first-person "have not done": "I have not processed a collection under MPLP", "I haven't
# managed yeast myself", "have never operated a forklift" (not "have not only ...")
_NOT_DONE = re.compile(
    r"\b(?:have|has)(?: not|n['’]t)(?: yet| ever)? (?!only\b|just\b)"
    r"(?:\w+(?:ed|en|wn|ught|ne|ilt|ld|ade|ent|un|eld|ept)|set(?= up\b))\b"  # "have not set up CI" (not "cut corners")
    r"|\b(?:have|has) never \w+(?:ed|en|wn|ught|ne|ilt|ld|ade|ent|un|eld|ept)\b"
    # "I do not speak or read Hindi", "I can't drive a forklift", "does not include payroll"
    r"|\b(?:do|does|did|can)(?: not|n['’]t|not)(?: yet| currently)? (?!only\b|just\b|hesitate\b)[a-z]+\b"
    # "Not yet registered with BORAQS", "not currently a member of the CIPD"
    r"|\bnot (?:yet |currently )?(?:registered|licensed|certified|accredited|chartered|enrolled|admitted|an? member)"
    r" (?:with|by|of|in|as|to)\b"  # "not yet admitted to any US state bar"
    # "Not a technical or policy specialist in protein science": no claim to know it
    r"|\bnot (?:an? )?(?:[a-z]+ (?:or |and )?){0,3}(?:specialist|expert)s? (?:in|on)\b",
    re.I,
)
_HEDGE = _any_of(HEDGE_PHRASES)
_COURSE = _any_of(COURSE_PHRASES)
_PROFICIENCY = _any_of(PROFICIENCY_WORDS)


# The first word of every cue the rules below look for. A cue always starts at a word
# boundary, so its first word is a whole run of letters in the line: a line with none of
# these words qualifies nothing, and most lines have none.
_CUE_WORDS = frozenset(
    re.match(r"[a-z]+", cue).group()
    for cue in (
        *NEGATION_PHRASES,
        *HEDGE_PHRASES,
        *COURSE_PHRASES,
        *PROFICIENCY_WORDS,
        *NEGATION_WORDS,
        *AFTER_HEDGE_PHRASES,
        "currently",  # AFTER_HEDGES opens with it
        "none",  # AFTER_NONE
        "nil",
        "reporting",  # SOMEONE_ELSES
        "reported",
        "report",
        "reports",
        "under",
        "done",  # OTHERS_DO_IT
        "handled",
        "performed",
        "carried",
        "operated",
        "driven",
        "due",  # _FINISHES_LATER
        "expected",
        "set",
        "module",
        "registered",
        "anticipated",
        "exam",  # _EXAM_AFTER
        "examination",
        "looking",  # _CAREER_AIM
        "hoping",
        "seeking",
        "wanting",
        "eager",
        "aiming",
        "ready",
        "keen",
        "excited",
        "pursuing",
        "wants",
        "want",
        "planning",
        "plans",
        "plan",
        "now",  # _TAKING
        "presently",
    )
)
_LETTERS = re.compile(r"[a-z]+")
_NO_QUALIFIER = Qualifier()


@lru_cache(maxsize=2048)
def _has_cue(text: str) -> bool:
    return not _CUE_WORDS.isdisjoint(_LETTERS.findall(text.lower()))


def qualify(line_text: str, start: int, end: int, prefix: str = "") -> Qualifier:
    """How a reader takes the mention at line_text[start:end].

    `prefix` is the clause carried over from earlier lines when a sentence wraps.
    """
    if not _has_cue(f"{prefix} {line_text}" if prefix else line_text):
        return _NO_QUALIFIER
    return read_qualifier(line_text, start, end, prefix)


def read_qualifier(line_text: str, start: int, end: int, prefix: str = "") -> Qualifier:
    """qualify() without its shortcut for lines that hold no cue at all."""
    before = clause_before(line_text, start)
    if prefix and not _CLAUSE_END.search(line_text[:start]):
        before = f"{prefix} {before}"
    after = line_text[end:]
    proficiency = _proficiency(before, after, line_text)

    if someone := SOMEONE_ELSES.search(before):
        return Qualifier("negated", someone.group().strip().lower(), proficiency)
    negation = _NEGATION.search(before) or _NOT_DONE.search(before)
    if negation:
        return Qualifier("negated", negation.group().lower(), proficiency)
    words = _WORD.findall(before)
    near = [word.lower() for word in words[-NEGATION_WORD_REACH - 1 :]]
    for at, word in enumerate(near):
        if word in NEGATION_WORDS and _CONTRAST_WORDS.isdisjoint(near[at + 1 :]):  # not "no Epic, only Cerner"
            return Qualifier("negated", word, proficiency)
    if _NO_LIST_BEFORE.search(before) and _LIST_THEN_EXPERIENCE.match(after):
        return Qualifier("negated", "no ... experience", proficiency)
    if _BRACKET_OPENED_BY_NO.search(line_text, 0, start) and _BRACKET_CLOSES.match(after):
        return Qualifier("negated", "(no ...)", proficiency)
    if label_negated := _label_negated(before, after):
        return Qualifier("negated", label_negated, proficiency)
    if label_hedged := _label_hedged(before, after):
        return Qualifier("hedged", label_hedged, proficiency)

    for match in _HEDGE.finditer(before):
        phrase = match.group()
        if phrase == "learning":
            preceding = before[: match.start()].split()
            if preceding and preceding[-1].rstrip(",:") in LEARNING_FIELDS:
                continue
            # "learning" qualifies only what closely follows it: "learning PyTorch and JAX"
            if len(before[match.end() :].split()) > 4:
                continue
        return Qualifier("hedged", phrase, proficiency)
    if aim := _CAREER_AIM.search(before):
        return Qualifier("hedged", aim.group(1).lower(), proficiency)
    after_in_clause = _clause_after(after)
    clause = f"{before} {after_in_clause}"
    teaching = _TEACHING.search(before)  # "Teaching a Python course, module 3 of 6": the course is given
    if (
        teaching is None
        and (taking := _TAKING.search(before))
        and (_COURSE_WORD.search(clause) or _QUOTED.search(before, taking.end()))
    ):
        return Qualifier("hedged", taking.group().lower(), proficiency)
    if (
        teaching is None
        and (later := _FINISHES_LATER.search(after_in_clause))
        and (later.group().lower().startswith("registered") or _COURSE_WORD.search(clause))
    ):
        return Qualifier("hedged", later.group().lower(), proficiency)
    if _EXAM_AFTER.match(after) and _EXAM_NOT_PASSED.search(clause):
        return Qualifier("hedged", "exam", proficiency)
    if hedge := AFTER_HEDGES.match(after):
        return Qualifier("hedged", hedge.group("hedge").lower(), proficiency)
    if none := AFTER_NONE.match(after):
        return Qualifier("negated", none.group("none").lower(), proficiency)
    if others := OTHERS_DO_IT.match(after):
        return Qualifier("negated", others.group("cue").lower(), proficiency)

    course = _COURSE.search(before)
    if course:
        return Qualifier("coursework", course.group().rstrip(":"), proficiency)
    return Qualifier("none", "", proficiency)


# A career one is setting out on, not one held: "Looking to start a career as a credit union
# teller", "hoping to begin my career in payroll" (the few words after it, not a whole sentence)
_CAREER_AIM = re.compile(
    r"\b((?:(?:looking|hoping|seeking|wanting|wants?|eager|aiming|ready|keen|excited|planning|plans?) to (?:start|begin|launch|pursue)"
    r"|pursuing) (?:a|my|the) (?:new )?career (?:as|in))\b"
    r"(?:\s+(?!with\b|using\b|where\b|bringing\b|and\b)[^\s,;]+){0,4}\s*$",  # not "... in accounting with QuickBooks"
    re.I,
)
# A course being taken: "Currently taking 'Intro to Graphic Design'", "currently working through
# the ERPNext self-paced course" (not "Currently taking 60+ inbound calls a day in Zendesk")
_TAKING = re.compile(r"\b(?:currently|now|presently) (?:taking|working through|enrolled in)\b", re.I)
_TEACHING = re.compile(r"\b(?:teach\w*|taught|instruct\w*|lectur\w*|facilitat\w*|tutor\w*)\b", re.I)
_QUOTED = re.compile(r"[\"“'‘]")
# A credential's exam not yet passed: "Passed AUD and REG sections of the CPA exam; FAR scheduled"
# (not "Passed the PMP exam in 2021", nor "20+ ultrasound exams daily")
_EXAM_AFTER = re.compile(r"\s+exam(?:ination)?\b", re.I)
_EXAM_NOT_PASSED = re.compile(
    r"\b(?:sections?|parts?) of\b|\b(?:scheduled|sitting|preparing|studying|pending|booked|registered|not yet|in progress"
    r"|candidate|retak\w+|failed)\b",
    re.I,
)


# A course or training still under way, said later in the mention's sentence: "Falls prevention
# - online short course, module 2 of 4 (due to finish next quarter)", "EMDR Basic Training -
# registered for the March 2026 cohort"
_FINISHES_LATER = re.compile(
    r"\b(?:(?:due|expected|set|scheduled) to (?:finish|complete|be completed|graduate)|module \d+ of \d+"
    r"|(?:expected|anticipated) (?:completion|graduation)|registered for (?:the |a |an |next )?(?:\w+ ){0,3}"
    r"(?:cohort|course|class|intake|session|exam|training))\b",
    re.I,
)
# what is being finished is a course in the mention's own clause, not a project ("NetSuite
# migration, expected to complete in May", "Workday rollout and training, due to finish")
_COURSE_WORD = re.compile(
    r"\b(?:course|coursework|certificate|certification|programme|class|module|cohort|apprenticeship|curriculum|bootcamp)s?\b",
    re.I,
)
_COURSE_OR_TRAINING = re.compile(rf"{_COURSE_WORD.pattern}|\btraining\b", re.I)
_SENTENCE_END = re.compile(r"[.;!?|](?:\s|$)|\bwhile\b|\bbut\b", re.I)


def _clause_after(after: str) -> str:
    """The rest of the mention's clause (a dash or a bracket does not end it; "while" does)."""
    end = _SENTENCE_END.search(after)
    return after[: end.start()] if end else after


# A list of what one has not done: "No Chef, cfengine, Foreman or OpenStack experience", "No
# operating room or surgical procedure experience yet": the "no" opens the list, the kind of
# experience closes it, and every item between is negated. Items are a few plain words joined by
# commas, "or", "and" or "nor" (not "with no escalations using the Zendesk knowledge base"), and
# "with no" says what others lacked ("Trained 15 new hires with no retail or POS experience").
_ITEM = r"(?:(?!(?:using|with|by|for|to|from|on|as|in|of|at|the|a|an|plus|via|into|drawing|applying|building)\b)[\w.+#/'’-]+)"
_ITEM_WORDS = rf"{_ITEM}(?:\s+{_ITEM}){{0,2}}"
_LIST_LINK = r"(?:\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+)"
_NO_LIST_BEFORE = re.compile(rf"(?<!\bwith )\bno\s+(?:{_ITEM_WORDS}{_LIST_LINK}){{1,8}}(?:{_ITEM}\s+){{0,2}}$", re.I)
_LIST_THEN_EXPERIENCE = re.compile(
    rf"^(?:\s+{_ITEM}){{0,2}}(?:{_LIST_LINK}{_ITEM_WORDS}){{0,8}}\s+(?:experience|exposure|knowledge|background|work\b(?!\s+orders?))\b(?!\s+base)",
    re.I,
)
_CONTRAST_WORDS = frozenset({"only", "but", "just", "except", "instead"})
# A bracket that says what one has not used: "CCH Axcess, Lacerte (no UltraTax or other Thomson
# Reuters products)"; not what follows "only" or "but" in it ("(no Epic, only Cerner)")
_BRACKET_OPENED_BY_NO = re.compile(r"\(\s*no\s+(?:(?!\b(?:only|but|just|except|though|although)\b)[^(),;])*$", re.I)
_BRACKET_CLOSES = re.compile(r"[^()]*\)")
# A label whose line says it is not held: "Forklift: I have not operated a powered forklift yet".
_LABEL_THEN = re.compile(r"\s*:\s*(?P<rest>[^.;!?|]*)")
_LABEL_WORDS_BEFORE_NEGATION = 2  # "I have not", "I do not": the statement opens with it
# what says the label is not held or not done (not "have not missed a delivery", "can't imagine ...
# without pivot tables": achievements said the other way round)
_LABEL_NEGATION = re.compile(
    _any_of(tuple(p for p in NEGATION_PHRASES if p not in ("cannot", "can't", "can’t"))).pattern
    + r"|\b(?:have|has)(?: not|n['’]t)(?: yet| ever)? (?:used|operated|worked|done|performed|held|had|taken|completed"
    r"|obtained|earned|passed|driven|practi[sc]ed)\b",
    re.I,
)


def labels_its_line(before: str, after: str) -> bool:
    """Whether a mention is its line's label ("Forklift: ..."): only a bullet before it, a
    colon after it. What the line then says is said of the mention."""
    return not before.strip(" -*•·\t") and after.lstrip().startswith(":")


def _label_negated(before: str, after: str) -> str:
    """The cue when the mention labels its line and the statement after the colon opens by
    saying it is not done or not held."""
    if not labels_its_line(before, after):
        return ""
    rest = _LABEL_THEN.match(after).group("rest")  # type: ignore[union-attr]
    negation = _LABEL_NEGATION.search(rest)
    if negation is None or len(rest[: negation.start()].split()) > _LABEL_WORDS_BEFORE_NEGATION:
        return ""
    return negation.group().lower()


def _label_hedged(before: str, after: str) -> str:
    """The cue when the mention labels its line and the statement after the colon opens with
    a hedge ("Web proxies: currently working through the Zscaler vendor training")."""
    if not labels_its_line(before, after):
        return ""
    rest = _LABEL_THEN.match(after).group("rest").strip().lower()  # type: ignore[union-attr]
    if (taking := _TAKING.match(rest)) and _COURSE_OR_TRAINING.search(rest):
        return taking.group()
    hedge = _HEDGE.match(rest)
    return hedge.group() if hedge and hedge.group() != "learning" else ""


def _proficiency(before: str, after: str, line_text: str) -> str | None:
    """A level the writer gave: the nearest in the clause before, else just after, else
    the line's label ("Familiar: MySQL, Docker")."""
    nearest_before = [m.group() for m in _PROFICIENCY.finditer(before)][-1:]
    if nearest_before:
        return nearest_before[0]
    label, colon, _ = line_text.partition(":")
    for text in (after[:40].lower(), label.lower() if colon and len(label) < 30 else ""):
        found = _PROFICIENCY.search(text)
        if found:
            return found.group()
    return None
