"""Readability checks on how the resume is made and drawn: text-layer, file, layout,
glyphs and hidden-text. Each takes a CheckInput and returns a Check."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import EmptyResumeError, LimitExceededError, ResumeError
from ..matching.glyphs import SUSPECT, Misreading, misreadings, shipped_vocabulary, vocabulary
from ..reading import Limits, Line
from .base import FAIL, PASS, WARN, Check, CheckInput, at, capped, join_and, plural, quote

MB = 1024 * 1024
WARN_BYTES = int(2.5 * MB)  # some ATS upload forms refuse files above this
GARBLED_FAIL_SHARE = 0.05  # above this share of unreadable characters, glyphs fails

# Three or more single letters with spaces between ("J O H N", "C O N TAC T"): an ATS
# reads them as one-letter words and never finds the word or the heading.
LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_][ \t]{1,3}){2,}[^\W\d_]{1,3}(?:[ \t]{1,3}[^\W\d_]{1,3})*(?!\S)")
# Glyphs a parser could not map to letters: private-use code points (icon fonts, custom
# encodings), the replacement character, control characters and pdfminer's "(cid:12)".
GARBLED = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\ufffd\x00-\x08\x0b-\x1f]")
# Unicode direction embeddings, overrides and isolates: they reorder what is shown, so the
# text a person sees differs from the text an ATS reads (keyword hiding).
BIDI_OVERRIDE = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# An icon: one such glyph standing alone as a word, as icon fonts draw a phone or an envelope.
ICON = re.compile(r"(?<!\S)(?:\(cid:\d+\)|[\ue000-\uf8ff])(?!\S)")

_FIX_TEXT = (
    "Export the resume from your editor as a text PDF or DOCX, not a scan or a picture; "
    "if you only have a scan, run OCR on it."
)
_KINDS = {"pdf": "PDF", "docx": "Word (DOCX)", "text": "plain text", "markdown": "Markdown"}
# What a file's extension promises: the kinds its content may be.
_SUFFIX_KINDS = {
    ".pdf": ("pdf",),
    ".docx": ("docx",),
    ".txt": ("text", "markdown"),
    ".md": ("markdown", "text"),
    ".markdown": ("markdown", "text"),
}


# ---------------------------------------------------------------------------- text-layer


def text_layer(facts: CheckInput) -> Check:
    """Every page carries text, not only a picture of it. A page the reader found too
    little text on counts when it holds an image (a scan); a short last page holding the
    end of a sentence and nothing else is not a scan."""
    pages = facts.document.layout.pages
    missing = [p for p in pages if not p.has_text_layer and (p.images or not p.chars)]
    if not missing:
        return Check("text-layer", PASS, f"Every page has a text layer ({plural(len(pages) or 1, 'page')}).")
    evidence = capped([f"page {p.number}: {p.chars} characters of text, {plural(p.images, 'image')}" for p in missing])
    if len(missing) == len(pages):
        return Check(
            "text-layer", FAIL, "No page has text an ATS can read: it is a scan or a picture.", evidence, _FIX_TEXT
        )
    which = (
        f"Page {missing[0].number} of {len(pages)} has"
        if len(missing) == 1
        else f"{len(missing)} of {len(pages)} pages have"
    )
    return Check("text-layer", WARN, f"{which} no text layer: an ATS reads nothing there.", evidence, _FIX_TEXT)


def no_text(exc: ResumeError) -> Check:
    """text-layer for a file the reader refused: a scan (NoTextLayerError) or no text at all."""
    message = "No page has text an ATS can read: it is a scan or a picture of the resume."
    if isinstance(exc, EmptyResumeError):
        message = "The file holds no text at all."
    return Check("text-layer", FAIL, message, (error_message(exc),), _FIX_TEXT)


# ---------------------------------------------------------------------------- file


def file_type(facts: CheckInput) -> Check:
    """A PDF or DOCX of a size every upload form takes."""
    document = facts.document
    return file_check(document.kind, document.layout.file_size, facts.limits, name=document.source)


def file_check(kind: str, size: int, limits: Limits, *, name: str = "") -> Check:
    """The file check from the file's kind, size and name alone (also for files that cannot
    be read). The kind comes from the content; an ATS goes by the name's extension."""
    label = _KINDS.get(kind, kind)
    suffix = Path(name).suffix.lower()
    named = _SUFFIX_KINDS.get(suffix)
    if named is not None and kind not in named:
        return Check(
            "file",
            FAIL,
            f"The name says {_KINDS[named[0]]} ({suffix}) but the content is {label}: an ATS goes by the "
            "extension and will fail to open it.",
            (f"file name: {quote(name)}",),
            f"Save the resume again as {_KINDS[named[0]]} from your editor, or give the file the extension "
            "of what it is.",
        )
    shown = f"{size / MB:.1f} MB" if size >= 0.1 * MB else f"{max(1, round(size / 1024))} KB"
    if size > limits.max_bytes:
        return file_too_big(
            LimitExceededError(f"file is {size / MB:.1f} MB, over the {limits.max_bytes / MB:.1f} MB limit")
        )
    if size > WARN_BYTES:
        return Check(
            "file",
            WARN,
            f"{label}, {shown}: some ATS upload forms refuse files over {WARN_BYTES / MB:.1f} MB.",
            (f"file size: {shown}",),
            "Make the file smaller: remove or compress large pictures, or export without embedded images.",
        )
    size_note = f", {shown}" if size else ""
    if kind == "markdown":
        return Check(
            "file",
            WARN,
            f"Markdown{size_note}: most ATS upload forms take PDF or DOCX, not Markdown.",
            fix="Export the resume as PDF or DOCX before applying.",
        )
    return Check("file", PASS, f"{label}{size_note}: a file type and size ATS accept.")


def file_too_big(exc: LimitExceededError) -> Check:
    """file for a file over the limits (bytes or pages), which is not read at all."""
    return Check(
        "file",
        FAIL,
        f"The file is too large or too long to process: {error_message(exc)}.",
        (error_message(exc),),
        "Make it smaller: remove large pictures, keep to one or two pages, and export again.",
    )


def error_message(exc: ResumeError) -> str:
    """An error's message without the file name in front."""
    text = str(exc)
    return text.removeprefix(f"{exc.source}: ") if exc.source else text


# ---------------------------------------------------------------------------- layout


def layout(facts: CheckInput) -> Check:
    """One column of body text: no tables for experience or skills, no text boxes, no
    pictures or icons standing in for words."""
    doc, lines = facts.document, facts.lines
    evidence = [f"page {p.number}: {p.columns} columns" for p in doc.layout.pages if p.columns > 1]
    problems = ["several columns"] if evidence else []
    tabled = [line for line in lines if line.region == "table" and line.section in ("experience", "skills")]
    if tabled:
        problems.append(f"{join_and(sorted({line.section for line in tabled}))} in a table")
        evidence += [f"{at(line)} (table)" for line in tabled[:3]]
    boxed = [line for line in lines if line.region == "textbox"]
    if boxed or doc.layout.text_boxes:
        problems.append("text boxes")
        evidence += [f"{at(line)} (text box)" for line in boxed[:3]] or [plural(doc.layout.text_boxes, "text box")]
    if doc.layout.images:
        problems.append("images")
        per_page = [f"page {p.number}: {plural(p.images, 'image')}" for p in doc.layout.pages if p.images]
        evidence += per_page or [plural(doc.layout.images, "image")]
    iconed = [(line, found) for line in lines if (found := icons(line))]
    if iconed:
        problems.append("icons instead of labels")
        evidence += [f"{at(line)} ({plural(len(found), 'icon')})" for line, found in iconed[:3]]
    if not problems:
        return Check("layout", PASS, "Single column, no tables, text boxes or images.")
    return Check(
        "layout",
        WARN,
        f"Layout an ATS may misread: {join_and(problems)}.",
        capped(evidence),
        "Use one column of plain paragraphs: skills as a comma-separated line, jobs as lines of text, "
        "words like 'Email:' instead of icons, and no text boxes or pictures holding text.",
    )


def icons(line: Line) -> list[str]:
    """Icon-font glyphs standing in for labels: on their own anywhere in the contact
    lines, or opening any other line ("\\uebc2 https://...")."""
    if line.section == "contact":
        return ICON.findall(line.text)
    first = ICON.match(line.text)
    return [first.group()] if first else []


# ---------------------------------------------------------------------------- glyphs


def glyphs(facts: CheckInput) -> Check:
    """Letters drawn apart ("J O H N"), glyphs a parser cannot turn into letters, and known
    terms written with a look-alike ("Cl/CD", "D0cker"). Icons are left to layout, so one
    glyph is reported once."""
    spaced = [at(line, hit) for line in facts.lines for hit in letter_spaced(line.text)]
    # letters drawn apart in a PDF, which the reader joined back ("JOHN"): a plain ATS parser reads "J O H N"
    spaced += [
        f"{at(line, '  '.join(' '.join(word) for word in line.text.split()))}: drawn letter by letter"
        for line in facts.lines
        if line.letter_spaced
    ]
    bad: list[tuple[Line, str]] = []
    for line in facts.lines:
        left = icons(line)
        for glyph in GARBLED.findall(line.text):
            if glyph in left:
                left.remove(glyph)
            else:
                bad.append((line, glyph))
    reordered = [line for line in facts.lines if BIDI_OVERRIDE.search(line.text)]
    evidence = [
        f"{at(line)}: direction override around {quote(BIDI_OVERRIDE.sub('', line.text))}" for line in reordered
    ]
    misread = look_alikes(facts)
    evidence += spaced + [f"{at(line)} has {glyph!r}" for line, glyph in bad]
    evidence += [
        f"{at(line, found.written)} reads as {found.meant!r} with {found.how}; retype it" for line, found in misread
    ]
    if reordered:  # what is shown is not what is read: a word an ATS credits may be unreadable to a person
        return Check(
            "glyphs",
            FAIL,
            f"Text direction overrides in {plural(len(reordered), 'line')}: what a person sees is not "
            "what an ATS reads.",
            capped(evidence),
            "Remove the direction override characters (U+202A-U+202E, U+2066-U+2069); type the text in the "
            "order it is read.",
        )
    if not evidence:
        return Check("glyphs", PASS, "Every character can be read as text.")
    share = len(bad) / (sum(visible_chars(line.text) for line in facts.lines) or 1)
    parts = [f"letters spaced apart in {plural(len(spaced), 'place')}"] if spaced else []
    parts += [f"{plural(len(bad), 'character')} an ATS cannot read ({share:.1%} of the text)"] if bad else []
    parts += [f"{plural(len(misread), 'word')} written with a look-alike character"] if misread else []
    fixes = [_FIX_GLYPHS] if spaced or bad else []
    advice = list(dict.fromkeys(found.advice for _, found in misread))
    fixes += [f"{advice[0]}{', and likewise the others listed' if len(advice) > 1 else ''}."] if advice else []
    return Check(
        "glyphs",
        FAIL if share > GARBLED_FAIL_SHARE else WARN,
        f"{join_and(parts)[0].upper()}{join_and(parts)[1:]}.",
        capped(evidence),
        " ".join(fixes),
    )


_FIX_GLYPHS = (
    "Type words as plain letters (use the font's letter spacing setting, not spaces between letters), "
    "and use standard fonts; export the PDF again with fonts embedded."
)


def look_alikes(facts: CheckInput) -> list[tuple[Line, Misreading]]:
    """Known terms written with a look-alike character ("Cl/CD" for CI/CD, "D0cker"): the
    terms of the shipped roles and of the role in use, read only when a line holds a word
    that could be one."""
    suspects = [line for line in facts.lines if SUSPECT.search(line.text)]
    if not suspects:
        return []
    known = shipped_vocabulary()
    if facts.keywords is not None:
        known = known | vocabulary(term for form in facts.keywords.forms for term in (form.name, *form.search))
    return [(line, found) for line in suspects for found in misreadings(line.text, known)]


def letter_spaced(text: str) -> list[str]:
    return [m.group().strip() for m in LETTER_SPACED.finditer(text)]


def collapse_letter_spacing(text: str) -> str:
    """'J O H N  D O E' -> 'JOHN DOE' (two or more spaces part the words)."""
    if not LETTER_SPACED.fullmatch(text.strip()):
        return text
    return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", text.strip()))


def visible_chars(text: str) -> int:
    """Non-space characters, "(cid:12)" counted as the one glyph it stands for."""
    cids = re.findall(r"\(cid:\d+\)", text)
    return len(re.sub(r"\s", "", text)) - sum(len(c) - 1 for c in cids)


# ---------------------------------------------------------------------------- hidden-text


def hidden_text(facts: CheckInput) -> Check:
    """Nothing written where a reader cannot see it."""
    hidden = [(h.page, h.reason, h.text) for h in facts.document.layout.hidden_text]
    hidden = hidden or [(line.page, "hidden", line.text) for line in facts.document.lines if line.hidden]
    if not hidden:
        return Check("hidden-text", PASS, "No hidden text.")
    return Check(
        "hidden-text",
        FAIL,
        f"{plural(len(hidden), 'piece')} of hidden text (white, tiny, off the page, drawn invisible or hidden): "
        "ATS vendors and recruiters treat it as gaming the system.",
        capped([f"page {page}, {reason}: {quote(text)}" for page, reason, text in hidden]),
        "Delete the hidden text. Write the skills you have where people can read them.",
    )
