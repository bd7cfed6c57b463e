"""How a posting line is written: running prose, a paragraph, a list run into sentences,
an item that asks, a Markdown table's row. What a line asks depends on it: a list item asks
for what it names, a paragraph only where its sentences ask."""

from __future__ import annotations

import re

from ..reading import Line
from .sections import ASKING_START, EMPLOYER_VOICE, SENTENCE_END, heading_kind, heading_label, is_bullet

LONG_ITEM_WORDS = 20


def prose_line(text: str) -> bool:
    """A line of running prose, longer than a list item is."""
    return not is_bullet(text) and len(text.split()) > LONG_ITEM_WORDS


_LABELLED_PROSE_SENTENCES = 4  # a label over this many sentences heads prose, not a list
_LONG_PROSE_WORDS = 150  # a line this long with fewer semicolons than sentences is prose


def paragraph(text: str) -> bool:
    """Prose, not an item of a list: "Early Steps is a new local daycare nursery situated in
    Whitechapel ... To apply, you must hold ...". Not a list run into one line
    ("Requirements: 3+ years of ...; strong Python skills ...; ...")."""
    words = len(text.split())
    sentences = len(SENTENCE_END.findall(text))
    short = SHORT_PARAGRAPH_WORDS < words <= PARAGRAPH_WORDS
    if short and not is_bullet(text) and sentences >= 3 and not _lists_or_asks(text) and EMPLOYER_VOICE.search(text):
        return True  # "Skills can be taught. Character can't. Here's what earns a spot on our team."
    commas = text.count(",")
    return (
        not is_bullet(text)
        and words > PARAGRAPH_WORDS
        # a list run into a line has semicolons; a page of prose may have a few, fewer than its sentences
        and (text.count(";") < 2 or (words > _LONG_PROSE_WORDS and text.count(";") < sentences))
        # "Project Management, Quality Management, Supervision, Delegation, ...": a list, a comma every few words
        and not (commas >= 6 and words < 5 * (commas + 1))
        # "Requirements: 3+ years of ...; ..." is a list; "Law Enforcement Commission: This position
        # requires ... [four sentences or more]" a label over prose, unless the label names the asks
        # ("Requirements: You have worked in domiciliary care. You hold a full UK driving licence. ...")
        and (":" not in text[:40] or (sentences >= _LABELLED_PROSE_SENTENCES and not _asks_label(text)))
        and not ASKING_START.match(text)  # "Ability to perform ... including the following: RNA / DNA isolation, ..."
        and (bool(EMPLOYER_VOICE.search(text)) or sentences >= 2)
        and not _asks_sentence_by_sentence(text)
    )


def _asks_label(text: str) -> bool:
    label = text[: text.find(":")] if ":" in text else ""
    return heading_kind(heading_label(label)) in ("requirements", "preferred")


# How an ask opens when a list is written as sentences: "Minimum 1 year experience as ...
# Knowledge of food safety. Ability to work in a fast-paced kitchen. KCSE qualification."
_ASK_OPENING = re.compile(
    r"(?:ability to|able to|must|knowledge|experience|proficien|familiar|minimum|at least|\d|proven|demonstrated"
    r"|strong|excellent|good|sound|solid|valid|current|degree|bachelor|master|diploma|certificat|qualified|fluen"
    r"|understanding|you (?:have|hold|are|can|know|bring|possess)|(?-i:[A-Z]{2,})\b)",
    re.I,
)
# Share of a paragraph's sentences that open as asks for it to be a list: three of four
# ("Minimum 1 year ... Knowledge of ... Ability to ... KCSE qualification."); prose with an
# ask or two ("We are a growing firm. Strong Excel skills help. ...") stays prose.
_ASKING_SENTENCES = 0.75


def _asks_sentence_by_sentence(text: str) -> bool:
    """A list run into sentences, each an ask, not prose with an ask or two in it."""
    sentences = [part.strip(" *-•") for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if part.strip()]
    opening = sum(1 for sentence in sentences if _ASK_OPENING.match(sentence))
    return len(sentences) >= 2 and opening >= _ASKING_SENTENCES * len(sentences)


PARAGRAPH_WORDS = 30
SHORT_PARAGRAPH_WORDS = 10


def _lists_or_asks(text: str) -> bool:
    """ "Skills: ...", "Ability to write reports. Ability to read charts. ...": items, not prose."""
    return ":" in text or bool(ASKING_START.match(text))


def table_rows(text: str) -> str:
    """A Markdown table's rows as the lines they stand for: "| **Job Location:** | Central
    London |" is "**Job Location:** Central London", a cell's "<br>" a line break; the rule
    and empty rows go."""
    if "|" not in text:
        return text
    lines = []
    raw = text.split("\n")
    at = 0
    while at < len(raw):
        line, at = raw[at], at + 1
        if line.lstrip().startswith("|") and not line.rstrip().endswith("|"):
            # a row whose cell held line breaks: "| Requirements: | - Previous ...", "- Able to ... |"
            ends = next((i for i, rest in enumerate(raw[at : at + 10]) if rest.rstrip().endswith("|")), None)
            if ends is not None:
                line = "<br>".join(raw[at - 1 : at + ends + 1])
                at += ends + 1
        row = _TABLE_ROW.match(line)
        if not row:
            lines.append(line)
            continue
        cells = [cell.strip() for cell in row.group(1).split("|")]
        if all(not cell or set(cell) <= set("-: ") for cell in cells):
            continue  # "|---|---|", "| | |"
        label, *rest = [cell for cell in cells if cell]
        joined = f"{label} {' | '.join(rest)}" if label.rstrip("*_ ").endswith(":") else " | ".join([label, *rest])
        lines.extend(_CELL_BREAK.split(joined))
    return "\n".join(lines)


_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_CELL_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)


# An item of a duties list that asks, as a qualification does: "Ability to work independently",
# "Must be punctual", "Knowledge of OSHA rules".
_ASKING_ITEM = re.compile(
    r"^\s*(?:[-*+\u2022]|\d{1,2}[.)])\s+(?:\w+ )?(?:ability to|able to|must (?:be|have|possess)|capable of"
    r"|(?:knowledge|understanding) (?:of|regarding|about)|proficien\w* (?:in|with)|familiarity with|skilled in|demonstrated"
    # "- Possess effective verbal, written and interpersonal skills" among a college's duties
    r"|possess(?:es)?|ha(?:ve|s) (?:an? |strong |excellent |good |working |proven |demonstrated |effective |sound )"
    r"(?:\w+ ){0,3}(?:skills?|knowledge|experience|understanding|licen[cs]e|certification|ability))\b",
    re.I,
)


def asking_item(text: str) -> bool:
    return bool(_ASKING_ITEM.match(text) or (is_bullet(text) and _CUE_ENDS_ITEM.search(text)))


# an item among the duties that says it is asked: "- Good oral and written communication skills
# and prior chemical plant experience preferred."
_CUE_ENDS_ITEM = re.compile(  # a wish's word: "required" ends duties too ("minimal corrections required")
    r"\b(?:preferred|desired|desirable|a plus|an asset|an advantage)\W*$", re.I
)


# A short sentence about the employer or the work ("We have chickens, ducks and rabbits.",
# "Each one needs food and water.") describes, where a short unbulleted line asks: what
# the vocabulary names there ("We deploy with Terraform.") is asked, its other words are not
DESCRIBING = re.compile(r"^(?:we|our|each|every|they|it|this|these|there|here)\b.*[.!]\s*$", re.I)


def is_listed(line: Line) -> bool:
    return is_bullet(line.text) or len(line.text.split()) <= 12
