"""What a posting asks one to be able to do, written in everyday words.

"Ability to analyze data", "able to comply with SOP", "experience in managing your own
caseload", "- Managing processes": every word is common English, so the phrase finder
(which looks for a rare word) passes them by, yet a recruiter reads each as a skill asked
for. The grammar says where one is: after "ability to" comes a verb, after "skilled in" a
gerund, and what follows the verb up to a preposition or a new verb is its object. Verbs are
known from O*NET's task statements (words.is_task_verb), so the rule holds in any field."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..matching import lemma_of
from .sections import without_bullet
from .words import adjective, adverb, is_task_verb

# "ability to", "able to", "who can": a bare verb follows
_BARE_CUE = re.compile(
    r"\b(?:(?:abilit(?:y|ies)|able|capacity|capability|competence|confidence|confident)\s+to"
    r"|(?:who|you)\s+can(?:\s+also)?|knows?\s+how\s+to)\s+",
    re.I,
)
# "skilled in", "confident in", "experience (in)", "knowledge of": a gerund follows
_GERUND_CUE = re.compile(
    r"\b(?:capable\s+of|confident(?:\s+(?:in|at|with))?|experienced?\s+(?:in|with|at)|skilled\s+(?:in|at)"
    r"|skills?\s+in|proficient\s+(?:in|at)|adept\s+at|good\s+at|expertise\s+in|track\s+record\s+(?:of|in)"
    r"|(?:knowledge|understanding)\s+of|experience)\s+",
    re.I,
)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]")
_SENTENCE_END = frozenset(".:!?()[]|")
_JOINERS = frozenset({"and", "or", "&", ",", ";"})  # "experience maintaining files; drafting letters"
# Verbs of when, where and how one works, or of a quality the soft vocabulary reads: no skill
_NOT_SKILL_VERBS = frozenset(
    """
    be have get work travel lift stand sit walk commute relocate pass obtain meet start attend learn adapt
    multitask prioritize prioritise communicate follow take make do use give help ensure provide support
    accept exercise act become remain stay join grow thrive succeed try want need like enjoy see hear speak
    carry hold bring complete perform tolerate cope fit apply receive demonstrate show retain participate engage
    contribute collaborate cooperate interact relate connect listen understand enhance improve achieve exceed
    increase reduce maximize maximise minimize minimise promote verify
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
# Words that end a verb's object: a preposition, a relative word, a conjunction of clauses
_OBJECT_STOPS = frozenset(
    """
    of to from with for in at on by within across through beyond while when where whilst under into as using
    including such like via per that which who whom whose if so but than upon over without during before
    after until etc e.g i.e between among amongst against around following
    """.split()  # noqa: SIM905
)
# Prepositions a verb takes before its object: "comply with SOP", "report on agencies"
_COMPLEMENTS = frozenset({"with", "on", "to", "for", "in", "up", "out", "about"})
_EMPTY_OBJECTS = frozenset(
    """
    a an the your their his her its our my this that these those it them him us you one all any some each
    every other others own job role work duties duty tasks task things thing way ways position requirements
    responsibilities time hours part well effectively efficiently independently number range variety
    level levels degree lot workload workloads types kinds sorts
    """.split()  # noqa: SIM905
)
_DETERMINERS = frozenset("a an the your their his her its our my this that these those own".split())  # noqa: SIM905
_MAX_OBJECT_WORDS = 5


@dataclass(frozen=True)
class Ability:
    """A verb and its object asked for: where it stands in the line and its words."""

    start: int
    end: int
    text: str
    lemmas: tuple[str, ...]  # the content words' lemmas: what a resume line must hold
    verbs: tuple[str, ...]
    thing: str  # the object's words without articles ("curriculum area" of "lead a curriculum area")

    @property
    def forms(self) -> tuple[str, ...]:
        """How a resume may write it: the words without articles ("lead curriculum area"); a
        thing of two words or more alone ("presented the design decisions" shows "design
        decisions" as a recruiter reads it, "reports" alone shows nothing); either of two verbs
        without an object ("mentor" for "coach and mentor"), or each with the object."""
        plain = " ".join(w for w in self.text.lower().split() if w not in _DETERMINERS)
        alone = (self.thing,) if len(self.thing.split()) >= 2 else self.verbs if not self.thing else ()
        # "generate and deliver presentations": "delivered product presentations" shows it
        each = tuple(f"{verb} {self.thing}" for verb in self.verbs) if self.thing and len(self.verbs) > 1 else ()
        return tuple(dict.fromkeys((self.text.lower(), plain, *alone, *each)))


def _verb(word: str, gerund: bool) -> bool:
    lower = word.lower()
    if not word.isalpha() or gerund != lower.endswith("ing"):
        return False
    lemma = lemma_of(lower)
    if (lemma != lower) != gerund:
        return False  # "used", "leads": no verb that follows "ability to"
    return lemma not in _NOT_SKILL_VERBS and is_task_verb(lemma)


# verbs of no skill that are seldom nouns: after "and" they open a clause of their own
_VERBS_NOT_NOUNS = frozenset(
    "make take do give ensure provide get become perform carry bring keep follow obtain demonstrate accept".split()  # noqa: SIM905
)


def _modifiers_joined(tokens: list[re.Match[str]], at: int) -> bool:
    """Whether "X and" is a modifier shared with the words after it: "plant and animal
    species", "practical and creative solutions"; not "data and problem solve"."""
    words = []
    for token in tokens[at : at + 4]:
        word = token.group(0)
        if adverb(word):
            return False  # "data and problem solve effectively": a verb phrase goes on
        if not word[:1].isalpha() or word.lower() in _OBJECT_STOPS or word.lower() in _JOINERS:
            break
        words.append(word)
    if words and words[0].lower() in (*_DETERMINERS, "other", "related", "similar"):
        return False  # "correspondence and other preliminary matters": a second thing
    # "problems and make needed repairs": a verb after "and" opens a second ability, a skill's or
    # not (one that is seldom a noun: not "hotel and travel arrangements", "network and help desk")
    return (
        len(words) >= 2
        and not any(_verb(w, gerund=False) or _verb(w, gerund=True) for w in words)
        and words[0].lower() not in _VERBS_NOT_NOUNS
    )


def _tokens(text: str, start: int) -> list[re.Match[str]]:
    """The words from `start` to the end of the clause."""
    tokens = []
    for token in _TOKEN.finditer(text, start):
        if token.group(0) in _SENTENCE_END:
            break
        tokens.append(token)
    return tokens


def _read(text: str, tokens: list[re.Match[str]], gerund: bool) -> list[Ability]:
    """The verb phrases a run of words opens with: "interpret drawings and prepare reports" is
    two, "organize and lead daily laborers" one (the verbs share their object)."""
    found: list[Ability] = []
    i = 0
    while i < len(tokens) and _verb(tokens[i].group(0), gerund):
        first = i
        i += 1
        # more verbs sharing the object: "coach and mentor", "organize, lead"
        while i + 1 < len(tokens) and tokens[i].group(0).lower() in _JOINERS and _verb(tokens[i + 1].group(0), gerund):
            i += 2
        verbs_end = i
        if i < len(tokens) and tokens[i].group(0).lower() in _COMPLEMENTS:
            i += 1  # "comply with", "report on"
        object_start = i
        while i < len(tokens) and i - object_start < _MAX_OBJECT_WORDS:
            word = tokens[i].group(0)
            lower = word.lower()
            if not word[:1].isalnum() or lower in _OBJECT_STOPS or adverb(word):
                break
            if lower in ("and", "or", "&") and not (i - object_start == 1 and _modifiers_joined(tokens, i + 1)):
                break  # "data and problem solve", "ideas and solutions": the object's head comes first
            if i > object_start and lower.endswith("ed"):
                break  # "presentations tailored to ...": the object ends where a clause on it begins
            i += 1
        words = [t.group(0) for t in tokens[object_start:i]]
        while words and words[-1].lower() in ("and", "or", *_DETERMINERS):
            words.pop()  # "data and": the object ends before its joiner
            i -= 1
        unnamed = bool(words) and (adjective(words[-1]) or words[-1].lower() in _EMPTY_OBJECTS)
        if unnamed:
            words = []  # "develop practical, ...", "operate and maintain various types of": no thing named
        content = [w for w in words if w.lower() not in _EMPTY_OBJECTS]
        verbs = [t.group(0) for t in tokens[first:verbs_end] if t.group(0).lower() not in _JOINERS]
        if content or (len(verbs) > 1 and not unnamed):  # "analyze data", "coach and mentor"; not "maintain them"
            end = tokens[object_start + len(words) - 1].end() if words else tokens[verbs_end - 1].end()
            start = tokens[first].start()
            lemmas = tuple(lemma_of(w.lower()) for w in (*verbs, *content))
            thing = " ".join(w.lower() for w in words if w.lower() not in _DETERMINERS)
            found.append(Ability(start, end, text[start:end], lemmas, tuple(v.lower() for v in verbs), thing))
        # "and prepare reports": the next verb phrase of the same cue
        if i < len(tokens) and tokens[i].group(0).lower() in _JOINERS:
            i += 1
        else:
            break
    return found


def abilities_in(text: str, item: bool = False) -> list[Ability]:
    """The verb phrases a line asks for. With item=True (a line of a list of asks), a
    gerund opening the item counts too ("- Managing processes")."""
    found: list[Ability] = []
    for cue in _BARE_CUE.finditer(text):
        found += _read(text, _tokens(text, cue.end()), gerund=False)
    for cue in _GERUND_CUE.finditer(text):
        found += _read(text, _tokens(text, cue.end()), gerund=True)
    if item:
        tokens = _tokens(text, len(text) - len(without_bullet(text)))  # after the item's marker
        if 2 <= len(tokens) <= 8:  # a short item, not a sentence
            found += _read(text, tokens, gerund=True)
    unique = {(a.start, a.end): a for a in found}
    return sorted(unique.values(), key=lambda a: a.start)
