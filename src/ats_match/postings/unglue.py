"""Postings whose line breaks were lost, mended before they are read.

Scraped postings (LinkedIn's, in widely shared datasets) often lose every line break of
their lists: "Valid Driver's License requiredAttention to detail", "high school diploma or
equivalent.Previous machining experience", "BenefitsPaid time off". Each item then runs
into the next, and a reader sees one long sentence. Where a posting shows that damage
twice at least, each junction becomes a line break again: a sentence's full stop right
before a capital, and a word glued to a capitalised word, when both halves are common
English words and the whole is no name the vocabulary knows ("QuickBooks", "PowerPoint",
"YouTube" stay whole). A posting written with its breaks is left exactly as it is.

The opposite damage too: a posting wrapped at a fixed width (e-mail, Markdown sources) breaks
its sentences over lines ("must have prior Human Resources / experience, very strong
organizational skills"), and each line is read alone. unwrap joins a line to the next where
the text shows it was wrapped.
"""

from __future__ import annotations

import re
from functools import cache

from ..roles import list_roles, load_role
from .vocabulary import vocabulary
from .words import zipf

# "equivalent.Previous": a full stop with a lower-case word before it and a capitalised word
# after; "environment5+ years", "systems3-5 years": a word glued to the years asked next
# ... or a closing bracket glued to the next item: "(Microsoft office, etc.)Must be able to"
_STOP_GLUED = re.compile(
    r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[A-Za-z]{3})(?=\d+\s*(?:\+|(?:-|–|to)\s*\d+)?\s*years?\b)"
    r"|(?<=[\w.]\))(?=[A-Z][a-z]+\s)"
)
# a word with a capitalised word glued to it: "requiredAttention", "BenefitsPaid", "andBachelor's"
# ... or an acronym glued to it: "andBCLS", "CertificationsRCP"
_CAMEL = re.compile(r"\b[A-Za-z][a-z]+(?:[A-Z][a-z]+)*(?:[A-Z][a-z]+|[A-Z]{2,6})(?:['’]s)?\b")
_JUNCTION = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_SENTENCE_GLUED = re.compile(r"(?<![\w@/.'’-])(?!www\.)([a-z]{3,}\.)(?=[A-Z][a-z]{2,}\b)")
# a heading in capitals glued to the sentence after it, as scraped job boards leave them:
# "EXPERIENCEA minimum of two (2) years", "EDUCATIONBachelor's Degree",
# "LICENSURE/CERTIFICATIONLicensed as ..." (never a word or an acronym: "SKILLSUSA" stays)
_HEADING_GLUED = re.compile(
    r"\b((?:EXPERIENCE|EDUCATION|LICENSURE|LICENSES?|CERTIFICATIONS?|QUALIFICATIONS?|REQUIREMENTS|SKILLS"
    r"|RESPONSIBILITIES|DUTIES|BENEFITS|KNOWLEDGE|ABILITIES|TRAINING|PREFERRED)(?:/[A-Z]+)*)"
    r"(?=[A-Z][a-z]|[AI] )"
)
_COMMON = 3.0  # Zipf: "ledger" is 3; a word rarer than that is a name's part, not a word run on
_EVIDENCE = 2  # junctions a posting must show before any is mended


def unglue(text: str) -> str:
    """The text with its lost line breaks put back, when it shows it lost them."""
    text = respace(text)
    text = _HEADING_GLUED.sub(r"\n\1\n", text)
    junctions = _STOP_GLUED.findall(text)
    glued = [(m, pieces) for m in _CAMEL.finditer(text) if (pieces := _pieces(m.group(0))) is not None]
    # the evidence: full stops glued, or a lower-case word glued ("requiredAttention"); two
    # brand names in capitals ("CarePlus", "PioneerRx") are none
    if len(junctions) + sum(1 for m, _ in glued if m.group(0)[0].islower()) < _EVIDENCE:
        # one sentence run into the next ("a keen eye for detail.Meridian Business Support are
        # acting ..."): a space, which parts the sentences and joins nothing (not "ASP.NET")
        return _SENTENCE_GLUED.sub(r"\1 ", text)
    for match, pieces in reversed(glued):
        text = text[: match.start()] + "\n".join(pieces) + text[match.end() :]
    return _STOP_GLUED.sub("\n", text)


# Lost spaces: "a workingknowledge of studio lighting", "push the boundaries of theimagination".
# A lower-case run no dictionary knows that is two common words end to end; mended only when a
# posting shows it three times at least (one "toolroom" is a word, not damage).
_LOWER_RUN = re.compile(r"(?<![\w'’@./#-])[a-z]{6,}(?![\w'’@/-])")  # (no #hashtags)
_SMALL_WORDS = frozenset("the a an to of in on at for with and or but when along be is are any your you our".split())  # noqa: SIM905
_RUN_WORD_ZIPF = 3.5  # each half an everyday word: "the" + "imagination", "working" + "knowledge"
_RESPACE_EVIDENCE = 3


def respace(text: str) -> str:
    """The text with the spaces it lost between two lower-case words put back, when it shows
    that damage three times at least with a small word run on ("theimagination", "leadingwith":
    no trade writes those as one; "pretrip", "loadboards" are words it may)."""
    runs = {m.group(0): halves for m in _LOWER_RUN.finditer(text) if (halves := _two_words(m.group(0)))}
    if sum(1 for halves in runs.values() if set(halves) & _SMALL_WORDS) < _RESPACE_EVIDENCE:
        return text
    return _LOWER_RUN.sub(lambda m: " ".join(runs[m.group(0)]) if m.group(0) in runs else m.group(0), text)


def _two_words(run: str) -> tuple[str, str] | None:
    """The one way `run` (a word wordfreq does not know) splits into two everyday words, or None."""
    if zipf(run) > 0 or run in _known_words():
        return None
    splits = [
        (run[:at], run[at:])
        for at in range(2, len(run) - 1)
        if zipf(run[:at]) >= _RUN_WORD_ZIPF and zipf(run[at:]) >= _RUN_WORD_ZIPF
    ]
    return splits[0] if len(splits) == 1 else None


_WRAP_MIN = 45  # a wrapped line runs close to the width it was wrapped at
_WRAPPED_EVIDENCE = 4  # lines that look wrapped before any is joined
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_ITEM_START = re.compile(r"^\s*(?:[-*+•·▪●]|\d{1,2}[.)]|#)")


def unwrap(text: str) -> str:
    """The text with each sentence a fixed-width wrap broke over lines joined again, when at
    least four lines look wrapped: long, ending mid-sentence, and followed by a line that goes
    on with it (not a list item or a heading). A list item's wrapped lines join the item."""
    lines = text.split("\n")
    joins = [_goes_on(line, following) for line, following in zip(lines, lines[1:], strict=False)]
    if sum(joins) < _WRAPPED_EVIDENCE:
        return text
    out = [lines[0]]
    for joined, line in zip(joins, lines[1:], strict=True):
        if joined:
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _goes_on(line: str, following: str) -> bool:
    if len(line.strip()) < _WRAP_MIN or _SENTENCE_END.search(line) or not following.strip():
        return False
    if _ITEM_START.match(following):
        return False
    rest = following.strip()
    return rest[:1].islower() or following[:1].isspace() or line.rstrip().endswith((",", "and", "or"))


def _pieces(token: str) -> list[str] | None:
    """The words run together in `token`, or None when it is a name or a word as written.
    A name the vocabulary knows stays whole inside a longer run ("PowerPointBenefits")."""
    known = _known_words()
    if _plain(token) in known:
        return None
    parts = _JUNCTION.split(token)
    pieces: list[str] = []
    while parts:
        size = next((n for n in range(len(parts), 1, -1) if _plain("".join(parts[:n])) in known), 1)
        pieces.append("".join(parts[:size]))
        parts = parts[size:]
    if len(pieces) < 2:
        return None
    words = [_plain(piece).removesuffix("'s") for piece in pieces]
    if any(len(word) < 2 or _rare(word, known) for word in words[:-1]):
        return None
    if _ACRONYM.match(pieces[-1]):
        return pieces  # a word, then an acronym ("andBCLS"): an item glued to the next
    # a capitalised first half ("BenefitsPaid") needs common words of three letters or more
    # after it ("PioneerRx" is a name); "andBachelor's", "standardsDepebdability" run on whatever follows
    if token[0].isupper() and any(len(word) < 3 or _rare(word, known) for word in words):
        return None
    return pieces


def _rare(word: str, known: frozenset[str]) -> bool:
    """A word too rare to be one run on by accident, and no word of a name we know."""
    return zipf(word) < _COMMON and word not in known


def _plain(word: str) -> str:
    return word.lower().replace("’", "'")


@cache
def _known_words() -> frozenset[str]:
    """Every word of every name and form the vocabulary and the shipped profiles know, lower case."""
    found = vocabulary()
    phrases = [*found.lower, *found.exact]
    for role_id in list_roles():
        for item in load_role(role_id).items:
            phrases += [item.name, *item.aliases, *item.case_sensitive, *item.searches]
    return frozenset(_plain(word) for phrase in phrases for word in phrase.split())
