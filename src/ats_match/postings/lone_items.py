"""A list item that is one or two words ("- Retail", "- Network Security"): the item is
the ask, however common its words; and an item naming work done to things ("Installation of
furnaces, humidifiers") gives each thing the form a resume writes ("furnace installation")."""

from __future__ import annotations

import re
from dataclasses import replace

from ..matching import lemma_of
from ..reading import Line
from .hits import Hit
from .sections import is_bullet, without_bullet
from .vocabulary import title_words
from .words import NOT_DISTINCTIVE, STOP, adjective

_LONE_WORD = re.compile(r"([A-Za-z][a-z]{2,})\W*")  # a list item that is one word
# Words that stand alone in a list of asks but name no skill: when, how, or who
_NOT_LONE_ITEMS = frozenset(
    """weekends weekdays nights evenings mornings holidays overtime shifts flexibility availability
    travel relocation other others etc misc miscellaneous none yes no required preferred essential
    desirable optional start clearance check checks detail details immediate""".split()  # noqa: SIM905
)


def lone_item(line: Line) -> list[Hit]:
    """The one word a list item is, in a list of asks ("- Retail", "- Tax"), when nothing
    else was read on it: not an adjective ("- Flexible"), an adverb, a stop word, a job's
    name or a word of when and how one works."""
    item = without_bullet(line.text).strip() if is_bullet(line.text) else ""
    match = _LONE_WORD.fullmatch(item)
    if match is None:
        return _lone_pair(line, item)
    word = match.group(1)
    start = line.text.index(word, len(line.text) - len(without_bullet(line.text)))
    lower = word.lower()
    if (
        lower in STOP
        or lower in _NOT_LONE_ITEMS
        or lower in title_words()
        or adjective(lower)
        or lower.endswith(("ly", "ed"))
    ):
        return []
    lemma = lemma_of(lower)
    forms = tuple(dict.fromkeys((word, lower, lemma)))
    return [Hit(line.number, start, start + len(word), f"phrase:{lemma}", word, "skill", forms, "phrase", word)]


def _lone_pair(line: Line, item: str) -> list[Hit]:
    """Two words that are the whole item ("- Network Security", "- Linux Administration"):
    the item is the ask, however common its words, when neither is a function word, a
    buzzword, an adjective or a job's name."""
    match = _LONE_PAIR.fullmatch(item)
    if match is None:
        return []
    words = [match.group(1), match.group(2)]
    lower = [w.lower() for w in words]
    if any(
        w in STOP or w in NOT_DISTINCTIVE or w in _NOT_LONE_ITEMS or adjective(w) or w.endswith("ly") for w in lower
    ):
        return []
    if lower[1] in title_words() and not lower[1].endswith(_ABSTRACT_ENDS):
        return []  # "- Security Guard", "- Dental Nurse": a job; not "- Network Security"
    start = line.text.index(match.group(0).rstrip(".;:, "), len(line.text) - len(without_bullet(line.text)))
    written = f"{words[0]} {words[1]}"
    lemmas = (lower[0], lemma_of(lower[1]))
    forms = tuple(dict.fromkeys((written, written.lower(), " ".join(lemmas))))
    key = "phrase:" + " ".join(lemmas)
    return [Hit(line.number, start, start + len(written), key, written, "skill", forms, "phrase", written, (lemmas,))]


_ABSTRACT_ENDS = ("ity", "ion", "ment", "ing", "ance", "ence", "ship", "ics")
_LONE_PAIR = re.compile(r"([A-Za-z][a-z]{2,}) ([A-Za-z][a-z]{2,})\W*")  # a list item that is two words


# An item naming work done to things: "Installation of furnaces, air conditioners and HRVs".
_ACTION_OF = re.compile(
    r"^\W*(installation|repair|maintenance|servicing|inspection|operation|design|troubleshooting)\s+(?:and \w+ )?of\b",
    re.I,
)


_PLACE = re.compile(r"\b(?:in|at|for|on|with|within|to|from|per)\b|[;.]")


def _with_action(hit: Hit, action: str) -> Hit:
    """The hit with "<thing> <action>" as a form, the thing in the singular, as a resume
    writes it ("furnace installation")."""
    if hit.kind not in ("skill", "tool"):
        return hit
    words = hit.written.lower().split()
    form = " ".join([*words[:-1], lemma_of(words[-1]), action])
    return hit if form in hit.forms else replace(hit, forms=(*hit.forms, form))


def with_actions(hits: list[Hit], text: str) -> list[Hit]:
    """On an item naming work done to things ("Installation of furnaces, humidifiers"), each
    thing named before the place ("... in residential new home construction") with its
    "<thing> <action>" form."""
    action = _ACTION_OF.match(text)
    if action is None:
        return hits
    stop = _PLACE.search(text, action.end())
    limit = stop.start() if stop else len(text)
    return [_with_action(h, action.group(1).lower()) if h.start < limit else h for h in hits]
