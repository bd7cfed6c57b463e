"""Phrases no lexicon holds ("month-end close", "account reconciliations", "utilization
review", "IV therapy"), found in requirement lines with wordfreq.

Why wordfreq (not yake): a requirement line is short, and a keyphrase extractor's
statistics over one posting rank "years of experience" as high as "general ledger". What
tells "general ledger" from "team player" is that one of its words is rare in everyday
English; wordfreq knows each word's frequency in a large mixed corpus (Zipf scale,
offline, deterministic, the same answer for the same word every time). A line is cut into
runs of words between punctuation, function words and generic posting words; a run of two
to four words is a phrase when one word is uncommon (Zipf < JARGON_ZIPF) or hyphenated
("month-end"), or holds an acronym ("IV therapy"); a lone word when it is rare (Zipf <
RARE_ZIPF: "telemetry", "phlebotomy") or an acronym no lexicon knows ("GAAP"). Phrases are
matched in a resume by their words' lemmas (spaCy lookup tables): "reconciled accounts"
is not "account reconciliations", but "account reconciliation" is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..matching import lemma_of

JARGON_ZIPF = 4.5
RARE_ZIPF = 3.2
MAX_WORDS = 4

_FUNCTION = """
    a an the and or nor but of in on at to for from by with within without into onto over under as per via
    is are be been being was were will would can could should may might must shall do does did have has had
    this that these those such any all each every other another some more most less least own same than then
    i you we they he she it our your their its my us them who whom which what when where why how
    not no yes also well etc eg ie e.g i.e including include includes like plus
    able ability abilities skill skills knowledge knowledgeable understanding experience experienced years year
    strong excellent good great solid proven demonstrated demonstrate exceptional outstanding superior effective
    proficient proficiency familiarity familiar working work advanced basic intermediate expert expertise
    required requirement requirements preferred prefer preferably desired desirable ideal ideally bonus
    minimum maximum least high highly new current currently related relevant similar equivalent equivalency
    must need needs needed candidate candidates applicant applicants position role job team teams
    use using used utilize utilizing apply applying ensure maintain maintaining provide providing perform performing
    support supporting assist assisting help helping manage managing handle handling follow following
    level levels area areas field fields environment environments setting settings including various multiple
    valid active current unrestricted state license licence licensed certification certified certificate
    degree diploma bachelor master associate school college university accredited program
    day days week weeks month months hour hours time full part shift shifts schedule per
    plus nice have has bring brings comfortable ability willing willingness
    company companies business opportunity opportunities benefits salary pay long period periods wide
    demonstrates showing show shows strong understand knows know learn learning quickly fast paced
    progressive prior previous recent professional hands-on practical overall successful track record
    lift lifting lbs pounds stand standing sit sitting walk walking bend kneel climb reach carry push pull
    strong ability etc status pass passing background check drug screen screening eligible eligibility
    """
STOP = frozenset(_FUNCTION.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&+'’.-]*[A-Za-z0-9+]|[A-Za-z]|\d+")
_BREAK = re.compile(r"[,;:()\[\]|/!?\"“”•·]|\.(?:\s|$)|\s[-–—]\s|\|")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}s?$")


@lru_cache(maxsize=8192)
def zipf(word: str) -> float:
    """How common a word is in English (wordfreq's Zipf scale: 7 "the", 3 "ledger")."""
    from wordfreq import zipf_frequency  # imported on first use: 0.4 s, not at `import ats_match`

    return zipf_frequency(word, "en")


def _is_acronym(word: str) -> bool:
    return bool(ACRONYM.match(word)) and word.upper() not in ("I", "A", "OR", "AND", "US", "USA", "EEO", "EOE")


@dataclass(frozen=True)
class Phrase:
    text: str  # as first written
    words: tuple[str, ...]  # lower case
    lemmas: tuple[str, ...]
    start: int
    end: int


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of content words: cut at punctuation, function words and generic posting words."""
    runs: list[list[re.Match[str]]] = []
    for piece in _piece_spans(text):
        run: list[re.Match[str]] = []
        for match in _WORD.finditer(text, piece[0], piece[1]):
            word = match.group(0).strip(".'’")
            number_of_acronym = word.isdigit() and run and _is_acronym(run[-1].group(0))  # ASC 606, OSHA 30
            if (word.lower() in STOP and word not in ("US", "U.S")) or (word.isdigit() and not number_of_acronym):
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(match)
        if run:
            runs.append(run)
    return runs


DUTY_VERBS = frozenset(
    [
        "administer",
        "assess",
        "assist",
        "build",
        "collaborate",
        "communicate",
        "conduct",
        "coordinate",
        "create",
        "deliver",
        "design",
        "develop",
        "document",
        "drive",
        "educate",
        "ensure",
        "escalate",
        "establish",
        "evaluate",
        "execute",
        "facilitate",
        "greet",
        "handle",
        "identify",
        "implement",
        "inspect",
        "install",
        "interpret",
        "lead",
        "maintain",
        "manage",
        "monitor",
        "operate",
        "organize",
        "own",
        "oversee",
        "partner",
        "perform",
        "plan",
        "prepare",
        "process",
        "provide",
        "recommend",
        "reconcile",
        "record",
        "repair",
        "report",
        "research",
        "resolve",
        "respond",
        "review",
        "run",
        "schedule",
        "serve",
        "set",
        "supervise",
        "support",
        "teach",
        "track",
        "train",
        "troubleshoot",
        "update",
        "work",
        "write",
        "answer",
        "apply",
    ]
)


def _trim(run: list[re.Match[str]]) -> list[re.Match[str]]:
    """A run that opens with a duty verb ("Prepare account reconciliations") without it."""
    while run and lemma_of(run[0].group(0).lower()) in DUTY_VERBS:
        run = run[1:]
    return run


def _piece_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def _distinctive(words: list[str]) -> bool:
    if len(words) == 1:
        word = words[0]
        if _is_acronym(word):
            return True
        return len(word) >= 5 and word.isalpha() and zipf(word.lower()) < RARE_ZIPF
    if all(w.isdigit() or w in ("US", "U.S") for w in words[1:]) and words[0] in ("US", "U.S"):
        return False
    return any(
        (_is_acronym(w) and w not in ("US", "U.S"))
        or ("-" in w and len(w) > 4)
        or zipf(w.lower().replace("'s", "")) < JARGON_ZIPF
        for w in words
    )


def phrases_in(text: str) -> list[Phrase]:
    """Distinctive phrases of one requirement line, in the order written."""
    found = []
    for run in _runs(text):
        run = _trim(run)
        if not run or len(run) > MAX_WORDS:
            continue  # a long run is a sentence fragment, not a term
        words = [m.group(0).strip(".'’") for m in run]
        if not _distinctive(words):
            continue
        start, end = run[0].start(), run[-1].end()
        lower = tuple(w.lower() for w in words)
        lemmas = tuple(lemma_of(w) for w in lower)
        found.append(Phrase(" ".join(text[start:end].split()), lower, lemmas, start, end))
    return found
