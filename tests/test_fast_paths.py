"""The shortcuts taken for speed (issue 9) give exactly what the long way gives.

Each shortcut skips work on input that cannot match: windows of tokens for the Matcher,
a plain-ASCII path in text clean-up, literal hints before slow patterns. Each is
checked here against the unshortened code on generated input."""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from ats_match import load_role
from ats_match.checks.text import PLACEHOLDERS, placeholders
from ats_match.matching.nlp import blank_english, lemma_of
from ats_match.matching.patterns import PatternMatcher, _max_length
from ats_match.matching.qualifiers import HEDGE_PHRASES, NEGATION_PHRASES, PROFICIENCY_WORDS, qualify, read_qualifier
from ats_match.reading import Line, normalize
from ats_match.reading.document import changed
from ats_match.reading.limits import inflate_bounded
from ats_match.reading.links import URL, text_links
from ats_match.reading.normalize import fold_text, normalize_text
from ats_match.reading.pdf.guard import stream_keywords
from ats_match.reading.pdf.rows import Row, Word, group_rows, is_text, same_row

NLP = blank_english()
ROLE = load_role("machine-learning-engineer")
PATTERNS = [(f"{item.id}|{i}", pattern) for item in ROLE.items for i, pattern in enumerate(item.patterns)]


def _matchers() -> tuple[Matcher, PatternMatcher]:
    plain, windowed = Matcher(NLP.vocab), PatternMatcher(NLP.vocab)
    for key, pattern in PATTERNS:
        plain.add(key, [pattern])
        windowed.add(key, pattern)
    return plain, windowed


PLAIN, WINDOWED = _matchers()

# The words the patterns are made of, inflected, with the punctuation that stops a gap.
_PATTERN_WORDS = sorted(
    {
        word
        for _, pattern in PATTERNS
        for token in pattern
        for value in token.values()
        if isinstance(value, dict)
        for word in value.get("IN", [])
    }
    | {
        token[a]
        for _, pattern in PATTERNS
        for token in pattern
        for a in ("NORM", "LOWER")
        if isinstance(token.get(a), str)
    }
)
_VOCABULARY = [*_PATTERN_WORDS, "deployed", "trained", "models", "serving", "features", "the", "a", "churn", "2M"]
_VOCABULARY += [".", ",", ";", ":", "|", "and", "to", "production", "API", "requests", "Models", "DEPLOYED"]


def test_every_shipped_pattern_is_anchored():
    """All shipped patterns open with fixed words and have a bounded length, so none falls
    back to running on the whole document."""
    assert PATTERNS
    assert len(WINDOWED._everywhere) == 0
    assert all(_max_length(pattern) for _, pattern in PATTERNS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=0, max_size=80))
def test_windowed_patterns_find_what_the_matcher_finds(words):
    doc = NLP.make_doc(" ".join(words))
    assert sorted(WINDOWED(doc)) == sorted(PLAIN(doc))


def _longest_match(pattern: list[dict]) -> str:
    """Words that fill every token of the pattern, each optional and repeated one as often
    as it may occur: the match that reaches furthest from its first word."""
    words = []
    for token in pattern:
        op = token.get("OP", "1")
        times = int(op.strip("{}").split(",")[-1]) if op.startswith("{") else 1
        attr, value = next((k, v) for k, v in token.items() if k != "OP")
        if attr == "LIKE_NUM":
            word = "3"
        elif isinstance(value, str):
            word = value
        elif "IN" in value:
            word = next(w for w in value["IN"] if attr != "NORM" or lemma_of(w) == w)
        else:
            word = "churn"  # a gap word: not a stop mark
        words += [word] * times
    return " ".join(words)


def test_windows_reach_the_end_of_the_longest_matches():
    for key, pattern in PATTERNS:
        doc = NLP.make_doc(f"Skills: Python. {_longest_match(pattern)} . Go")
        found = [(s, e) for m, s, e in WINDOWED(doc) if NLP.vocab.strings[m] == key]
        assert (4, len(doc) - 2) in found, (key, doc.text)
        assert sorted(WINDOWED(doc)) == sorted(PLAIN(doc))


def test_windowed_patterns_on_real_sentences():
    doc = NLP.make_doc(
        "Deployed the churn model to production. Trained and tuned 12 gradient boosting models; "
        "built 40 features for the ranking model and monitored model drift. Serving 2M API requests."
    )
    found = WINDOWED(doc)
    assert len(found) >= 5
    assert sorted(found) == sorted(PLAIN(doc))


def test_unbounded_patterns_run_on_the_whole_document():
    matcher = PatternMatcher(NLP.vocab)
    matcher.add("any", [{"LOWER": "model"}, {"OP": "*"}, {"LOWER": "deployed"}])
    matcher.add("number", [{"LIKE_NUM": True}, {"LOWER": "models"}])
    doc = NLP.make_doc("model a b c d e f g h i j k l m n o p q r s t u v w x y z deployed 3 models")
    assert len(matcher._everywhere) == 2
    assert sorted((s, e) for _, s, e in matcher(doc)) == [(0, 28), (28, 30)]


_PIECES = [*"abcXYZ 019-/.,@:()[]\t", "  ", "Jan ", "2021", " - present", "your name", "MM/YYYY", "github.com/", "://"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)
_ANY_TEXT = st.text(max_size=60)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_ascii_clean_up_is_the_full_clean_up(text):
    assert normalize_text(text) == fold_text(text)


def _fold_the_long_way(text: str) -> str:
    """fold_text as it was: every step on every text."""
    text = normalize._EM_DASH_BETWEEN_WORDS.sub(" - ", text)
    text = unicodedata.normalize("NFKC", text).translate(normalize._TRANSLATE)
    text = normalize._BULLET_AT_START.sub("- ", text)
    text = normalize._BULLET_INSIDE.sub(" | ", text)
    return normalize._SPACES.sub(" ", text).strip()


_ODD = [
    *normalize.BULLETS,
    *map(chr, normalize._TRANSLATE),
    "\u00a0",
    "\u2003",
    "\u202f",
    "\u3000",
    "\ufb01",
    "e\u0301",
]
_FOLDED_TEXT = st.lists(st.sampled_from([*_PIECES, *_ODD, "\u2014", "skills\u2014you", "2008\u20142016"]), max_size=25)


@settings(max_examples=500, deadline=None)
@given(_FOLDED_TEXT.map("".join))
def test_fold_skips_only_steps_that_change_nothing(text):
    assert fold_text(text) == _fold_the_long_way(text)


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_clean_up_of_any_text(text):
    assert normalize_text(text) == fold_text(text)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_TEXT, _ANY_TEXT))
def test_hints_never_hide_a_placeholder_or_address(text):
    assert placeholders(text) == [m.group() for m in PLACEHOLDERS.finditer(text)]
    assert [link.text for link in text_links([Line(text)])] == [u.rstrip(".") for u in URL.findall(text)]


def test_hints_on_known_examples():
    assert placeholders("Your Name Here | [Insert phone]") == ["Your Name Here", "[Insert phone]"]
    assert placeholders("Lorem ipsum dolor") and not placeholders("Python, SQL, Docker")
    links = text_links([Line("github.com/jane, jane@x.io")])
    assert [link.url for link in links] == ["https://github.com/jane", "mailto:jane@x.io"]


_CUES = [*NEGATION_PHRASES[:6], *HEDGE_PHRASES[:6], *PROFICIENCY_WORDS[:4], "no", "not", "Never", "learning", "machine"]
_LINE_PIECES = [*_CUES, "Docker", "SQL", "with", ",", ".", ";", " - ", "(", ")", ":", "5", "-", "'", "nor-", "no-code"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=12),
    st.lists(st.sampled_from(_LINE_PIECES), max_size=4),
    st.data(),
)
def test_qualify_shortcut_is_the_full_reading(pieces, prefix_pieces, data):
    line = " ".join(pieces)
    start = data.draw(st.integers(0, len(line)))
    end = data.draw(st.integers(start, len(line)))
    prefix = " ".join(prefix_pieces).lower()
    assert qualify(line, start, end, prefix) == read_qualifier(line, start, end, prefix)


def test_qualify_shortcut_keeps_cues():
    assert qualify("No experience with Docker", 19, 25).kind == "negated"
    assert qualify("Docker (learning)", 0, 6).kind == "hedged"
    assert qualify("Expert: Python", 8, 14).proficiency == "expert"
    assert qualify("Docker, Python", 0, 6) == read_qualifier("Docker, Python", 0, 6)


# What stream_keywords replaced: the keyword as a word, its data after the next end of line.
_STREAM_KEYWORD = re.compile(rb"(?<!end)stream(?=[\x00\t\n\x0c\r ()<>\[\]{}/%])(?=[^\r\n]*(\r\n|\n|\r))")
_PDF_PIECES = [
    b"stream",
    b"endstream",
    b"end",
    b"\r",
    b"\n",
    b"\r\n",
    b"x",
    b"obj",
    b"s",
    b"tream",
    b"<<>>",
    b" ",
    b"%",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PDF_PIECES), max_size=30).map(b"".join))
def test_stream_keywords_are_the_pattern_matches(data):
    assert list(stream_keywords(data)) == [(m.start(), m.end(1)) for m in _STREAM_KEYWORD.finditer(data)]


@pytest.mark.parametrize(
    ("ops", "length"),
    [
        ((None, "{0,6}", None), 8),
        (("{3}",), 3),
        (("{,2}",), 2),
        (("?", "!"), 2),
        (("{2,}",), None),
        (("+",), None),
        (("*",), None),
    ],
)
def test_max_length_of_a_pattern(ops, length):
    pattern = [{"LOWER": "a", **({"OP": op} if op else {})} for op in ops]
    assert _max_length(pattern) == length


# ---------------------------------------------------------------------------- layout sweeps


def _rows_the_long_way(words: list[Word]) -> list[Row]:
    """group_rows as it was: a Row per baseline, each word through Row.add."""
    rows: list[Row] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if not rows or not same_row(rows[-1].top, rows[-1].bottom, word.top, word.bottom):
            rows.append(Row())
        rows[-1].add(word)
    return rows


_COORD = st.floats(min_value=0, max_value=800, allow_nan=False)
_WORDS = st.lists(
    st.builds(
        lambda text, x0, top, width, height: Word(text, x0, top, x0 + width, top + height),
        st.sampled_from(["Python", "•", "|", "2024", "_", "é", "—", "a_b", "ï"]),
        _COORD,
        _COORD,
        st.floats(min_value=0, max_value=200),
        st.floats(min_value=0, max_value=30),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_WORDS)
def test_row_sweep_is_row_add(words):
    fast, slow = group_rows(words), _rows_the_long_way(words)
    assert [(r.words, r.top, r.bottom, r.x0, r.x1, r.has_text) for r in fast] == [
        (r.words, r.top, r.bottom, r.x0, r.x1, r.has_text) for r in slow
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=6))
def test_is_text_shortcut_is_the_pattern(text):
    assert is_text(Word(text, 0, 0, 1, 1)) == (re.search(r"[^\W_]", text) is not None)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 500), st.sampled_from(["skills", "experience", "other"]), st.booleans(), st.text(max_size=20))
def test_changed_line_is_dataclasses_replace(number, section, heading, text):
    line = Line(text, page=2, region="table", bbox=(1.0, 2.0, 3.0, 4.0), font_size=10.5, bold=True)
    fast = changed(line, number=number, section=section, is_heading=heading)
    slow = replace(line, number=number, section=section, is_heading=heading)
    assert fast == slow and vars(fast) == vars(slow) and type(fast) is Line
    assert line.number == 0  # the original is untouched


# ---------------------------------------------------------------------------- inflation


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from([b"\0" * 5000, b"BT /F1 12 Tf (Python) Tj ET\n", bytes(range(256))]), max_size=200),
    st.integers(1, 2_000_000),
    st.booleans(),
    st.sampled_from([b"", b"endstream"]),
)
def test_isal_inflate_counts_what_zlib_inflates(parts, limit, zip_entry, after):
    """ISA-L takes input ahead of output: what it holds once every slice is in must still
    be counted (a one-stream bomb of zeros is a few slices of input)."""
    data = b"".join(parts)
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS if zip_entry else zlib.MAX_WBITS)
    packed = packer.compress(data) + packer.flush()
    assert sum(map(len, inflate_bounded(packed + after, limit, zip_entry=zip_entry))) == min(len(data), limit)


def test_a_one_stream_bomb_is_counted_to_the_limit():
    bomb = zlib.compress(b"\0" * (64 << 20), 9)  # 64 KB in: one slice and a bit
    assert sum(map(len, inflate_bounded(bomb, 50 << 20))) == 50 << 20
    assert sum(map(len, inflate_bounded(bomb, 100 << 20))) == 64 << 20  # to its very end


def test_a_cut_stream_counts_what_zlib_reads_of_it():
    """A stream cut short (a damaged file) counts what it holds, as zlib reads it, to a
    byte or two: ISA-L still holds input when the last slice is in, and is asked for it."""
    content = b"".join(b"%d 0 obj << /Length %d >> stream BT (x) Tj ET" % (i, i * 7) for i in range(3000))
    packed = zlib.compress(content + b"\0" * 500_000 + content, 9)
    for cut in range(len(packed) // 7, len(packed), len(packed) // 41):
        expected = len(zlib.decompressobj().decompress(packed[:cut]))
        assert abs(sum(map(len, inflate_bounded(packed[:cut], 10**9))) - expected) <= 8
