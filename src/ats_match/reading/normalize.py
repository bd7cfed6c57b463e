"""Text clean-up shared by every reader: ligatures, odd spaces, quotes, bullets,
and words hyphenated over a line break."""

from __future__ import annotations

import re
import unicodedata

# NFKC folds ligatures (ﬁ, ﬂ, ﬀ, ﬃ), full-width forms and non-breaking spaces; the
# table below handles what NFKC leaves alone.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u200e": None,  # left-to-right mark (Word puts them around words in mixed-direction text)
        "\u200f": None,  # right-to-left mark
        "\u061c": None,  # Arabic letter mark
        "\t": " ",
    }
)

# Glyphs used as list bullets. They are replaced by "- " at the start of a line and by a
# separator elsewhere, so "Python • SQL" stays two tokens.
BULLETS = "•◦▪▫■□●○◆◇►▸▹‣⁃∙·➢➤➔→✓✔❖⦿⦾\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
_BULLET_AT_START = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s*")
_BULLET_INSIDE = re.compile(rf"(?<!\s)\s*[{re.escape(BULLETS)}]\s*")  # (?<!\s): linear on long blank runs
# a word on either side ("skills—you're", "Server—2008-2016—and client"), not a range of numbers ("2008—2016")
_EM_DASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d])\u2014(?=\w)|(?<=\w)\u2014(?=[^\W\d])")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")  # what _TRANSLATE changes
_ANY_BULLET = re.compile(f"[{re.escape(BULLETS)}]")


def normalize_text(text: str) -> str:
    """Normalise one line of text as a person would read it."""
    if text.isascii():  # most lines: no ligature, fancy space or bullet glyph to fold
        text = text.replace("\t", " ")
        return (_SPACES.sub(" ", text) if "  " in text else text).strip()
    return fold_text(text)


def fold_text(text: str) -> str:
    """The whole clean-up, for text with any character. Each step is skipped where a plain
    search finds nothing it would change: the substitutions scan every position, and a
    resume's lines are read once per file."""
    if "\u2014" in text:
        text = _EM_DASH_BETWEEN_WORDS.sub(" - ", text)  # "people skills—you're": a break, not a compound
    text = unicodedata.normalize("NFKC", text)
    if _TRANSLATED.search(text):
        text = text.translate(_TRANSLATE)
    text = _BULLET_AT_START.sub("- ", text)
    if _ANY_BULLET.search(text):
        text = _BULLET_INSIDE.sub(" | ", text)
    # NFKC has made every odd space of _SPACES a plain one: only runs of them remain to fold
    return (_SPACES.sub(" ", text) if "  " in text else text).strip()


_HYPHEN_END = re.compile(r"(?<=[A-Za-z])-$")
_LOWER_START = re.compile(r"^[a-z]")


def join_hyphenated(lines: list[str]) -> list[str]:
    """Join a word split by a hyphen at a line end: "deploy-" + "ment" -> "deployment",
    while keeping real compounds whole: "scikit-" + "learn" -> "scikit-learn".

    The two halves stay on their own lines (positions matter), so the joined word is
    put on the first line and removed from the second.
    """
    out = list(lines)
    for i in range(len(out) - 1):
        head, tail = out[i], out[i + 1]
        if not _HYPHEN_END.search(head) or not _LOWER_START.match(tail):
            continue
        first, _, rest = tail.partition(" ")
        stem = head[:-1]
        last_word = re.split(r"[\s/(]", stem)[-1]
        keep_hyphen = (
            last_word.lower() in HYPHENATED_COMPOUNDS
            or first.rstrip(",.;:)").lower() in _HYPHEN_TAILS
            or _is_name(last_word)  # "SQL-" + "databases", "PyTorch-" + "based": a compound
        )
        out[i] = (head if keep_hyphen else stem) + first
        out[i + 1] = rest
    return out


def _is_name(word: str) -> bool:
    """An acronym or a name with capitals inside (SQL, ML, PyTorch): never a syllable."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and (all(ch.isupper() for ch in letters) or any(ch.isupper() for ch in letters[1:]))


# Prefixes and tails that are written with a hyphen, so a break after them keeps it.
HYPHENATED_COMPOUNDS = {
    "scikit",
    "end",
    "real",
    "cross",
    "state",
    "self",
    "multi",
    "non",
    "pre",
    "co",
    "re",
    "e",
    "a/b",
}
_HYPHEN_TAILS = {"learn", "image", "based", "driven", "time", "to-end", "end", "of-the-art", "art", "level"}
