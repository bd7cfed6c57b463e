"""Postings whose line breaks a scraper dropped ("Classification: Telecommunications  About
the Role Streamline is seeking ...  About You Demonstrated experience as a Rigger. Current
Dogging and Basic Rigging qualifications. ..."): the paragraphs back on lines of their own,
a known section's name that opens one on a line of its own, and the short sentences under a
heading of asks as the items of its list, so that posting_sections sees what a recruiter sees."""

from __future__ import annotations

import re

from .sections import heading_kind, heading_label

FLATTENED_WORDS = 60  # a line this long with runs of spaces in it is paragraphs run together
_PARAGRAPH_GAP = re.compile(r"(?<=\S)[ \t\xa0]{2,}(?=\S)")  # "required.\xa0 Your prime focus"
# a break lost between a paragraph and the next heading: "... growth opportunities  About the Role"
_LOST_BREAK = re.compile(r"(?<=[\w)])[ \t\xa0]{2,}(?=[A-Z])")
_WORD = re.compile(r"\S+")
MAX_HEADING_WORDS = 4
_SENTENCE = re.compile(r"(?<=[a-z)0-9][.!])\s+(?=[A-Z])")
MIN_ITEMS = 2


# a character a scraper could not encode, left as "?" between words ("Casual?position",
# "Minimum?2 years?previous?front office", "About the Company??????????? Waldorf"): a space
_LOST_CHARACTER = re.compile(r"(?<=[A-Za-z0-9,.])\?(?=[A-Za-z0-9'])|\?{3,}")


def mend_lost_characters(text: str) -> str:
    """The text with the question marks a scraper left for characters it lost made spaces;
    a question ("Are you a team player? Apply") and a web address's query ("view?usp=sharing")
    keep theirs."""

    def mended(found: re.Match[str]) -> str:
        token_start = max(text.rfind(" ", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
        return found.group() if "/" in text[token_start : found.start()] else " "

    return _LOST_CHARACTER.sub(mended, text)


def split_flattened(text: str) -> str:
    """The text with each flattened line (long, with a break lost before a capital) split
    back into its paragraphs, headings and items; other lines as they are."""
    out: list[str] = []
    for line in text.split("\n"):
        long = len(line.split()) >= FLATTENED_WORDS
        if long and (items := _run_on_items(line)):
            out.extend(_run_items(line, items))  # a list run together without its breaks or full stops
            continue
        if not long or not _LOST_BREAK.search(line):
            out.append(line)  # not two spaces after a full stop ("received.  Applications"): a typist's
            continue
        for paragraph in _PARAGRAPH_GAP.split(line.strip()):
            out.extend(_sections(paragraph))
    return "\n".join(out)


# A list whose items a scraper ran together with neither breaks nor full stops ("... within a
# 4-5 star hotel environment A passion for Hospitality ... Must be able to work up to 5 shifts
# ... Excellent written and verbal communication skills ..."): a word that opens an item,
# capitalised right after a lower-case word, where no sentence can have ended
_ITEM_OPENER = re.compile(
    r"(?<=[a-z0-9)%]) (?=(?:Must|Be|Able|Ability|Excellent|Strong|Good|Proven|Minimum|Knowledge|Experience"
    r"|Handling|Possess|Have|Speak|Complete|Positive|Flexible|Well|Multitasking|Demonstrated|Previous|Valid"
    r"|Current|Sound|Willing|Willingness|Understanding|Familiarity|Proficiency|Proficient|Fluent|Available)\b)"
)
# and a sentence of the employer's run on after the last item ("... Speak fluent English We are proud of ...")
_EMPLOYER_OPENER = re.compile(r"(?<=[A-Za-z0-9)%]) (?=(?:We|Our|If you|In return|Applicants|Only|Please)\b)")
_LIST_LEAD = re.compile(r"(?<=:) (?=[A-Z])")  # "... will possess the following skills: Minimum 2 years ..."
MIN_RUN_ITEMS = 4


def _after_lower_word(line: str, at: int) -> bool:
    """Whether the word before `at` is written in lower case ("environment Must", not "System Knowledge")."""
    before = line[:at].split()
    return bool(before) and before[-1][:1].islower()


def _opens_item(line: str, at: int) -> bool:
    """Whether the opener at `at` starts an item: a lower-case word before it and none but a
    lower-case word or a number after it ("environment Must be", not "using Positive Behaviour
    Support", a name)."""
    after = line[at:].split()
    return _after_lower_word(line, at) and (len(after) < 2 or not after[1][:1].isupper())


def _junctions(pattern: re.Pattern[str], line: str) -> list[int]:
    return [m.start() for m in pattern.finditer(line) if _opens_item(line, m.start())]


_SENTENCE_END = re.compile(r"[a-z)][.!?]\s+[A-Z]")


def _run_on_items(line: str) -> list[int]:
    """Where the items of a list run on start (MIN_RUN_ITEMS at least, more of them than
    sentences ended between the first and the last): a list that lost its breaks; none for a
    paragraph that names a few things."""
    junctions = _junctions(_ITEM_OPENER, line)
    if len(junctions) < MIN_RUN_ITEMS or len(junctions) <= len(
        _SENTENCE_END.findall(line, junctions[0], junctions[-1])
    ):
        return []
    return junctions


def _run_items(line: str, items: list[int]) -> list[str]:
    """The lines of a list run together, its items starting at `items`: what leads into it,
    each item as a bullet, and the employer's sentences after it as paragraphs."""
    cuts = {at: "\n- " for at in (*items, *(m.start() for m in _LIST_LEAD.finditer(line)))}
    cuts.update({m.start(): "\n" for m in _EMPLOYER_OPENER.finditer(line)})  # "... fluent English We are proud"
    pieces, start = [], 0
    for at in sorted(cuts):
        pieces += [line[start:at], cuts[at]]
        start = at + 1  # the space cut at
    marked = "".join([*pieces, line[start:]])
    return [part.strip() for part in marked.split("\n") if part.strip()]


def _sections(paragraph: str) -> list[str]:
    """The paragraph's lines: a section's name that opens it or one of its sentences on a
    line of its own ("... of project. Skills Commitment to safe working ..."), and under a
    heading of asks its short sentences as items."""
    out: list[str] = [""]
    heading: str | None = None
    sentences: list[str] = []
    for sentence in _SENTENCE.split(paragraph):
        name, rest = _leading_heading(sentence)
        if name is None:
            sentences.append(sentence)
            continue
        out.extend(_under(heading, sentences))
        heading, sentences = name, [rest]
    out.extend(_under(heading, sentences))
    return out


def _under(heading: str | None, sentences: list[str]) -> list[str]:
    """A heading's lines: its name, then its sentences as items under a heading of asks."""
    if heading is None:
        return [" ".join(sentences)] if sentences else []
    if heading_kind(heading_label(heading)) in ("requirements", "preferred"):
        return ["", f"{heading}:", *_items(sentences)]
    return ["", f"{heading}:", " ".join(sentences)]


_LINKING = frozenset({"the", "a", "an", "of", "and", "to"})
_SMALL = _LINKING | {"you", "your", "we", "our"}


def _leading_heading(sentence: str) -> tuple[str | None, str]:
    """ "About You Demonstrated experience as ...", "Skills Commitment to safe working ...":
    the name of a known section, in capitals, before a word in capitals; the shortest such
    name ("Qualifications", not "Qualifications Optic" before "Fibre accreditations"), not
    ending in a small word, nor a clause ("Reporting to the Project Manager")."""
    words = _WORD.findall(sentence)
    if not words or words[0].lower().endswith("ing"):
        return None, sentence
    for size in range(1, min(MAX_HEADING_WORDS, len(words) - 1) + 1):
        label, following = words[:size], words[size]
        if label[-1].lower() in _LINKING or following.lower() in ("you", "your") or not following[:1].isupper():
            continue  # "About You ...": the name goes on
        kind = heading_kind(heading_label(" ".join(label)))
        titled = all(w[:1].isupper() or w.lower() in _SMALL for w in label)
        # a name in capitals; or in lower case, how to apply or what is offered ("How to apply If you ...")
        if kind is not None and (titled or kind == "about"):
            return " ".join(label), sentence.split(None, size)[size]
    return None, sentence


def _items(sentences: list[str]) -> list[str]:
    """The sentences under a heading of asks, one item each ("Current Dogging and Basic
    Rigging qualifications. Safe working attitude. Construction White Card.")."""
    return [f"- {sentence}" for sentence in sentences] if len(sentences) >= MIN_ITEMS else [" ".join(sentences)]
