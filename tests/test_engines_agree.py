"""The PDFium engine (the default) reads words as the pdfplumber engine does: the words of
each line, in reading order, on every PDF the tests make and on the shared corpus; and a
word drawn with a ligature glyph (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) reads as its letters, whole, however the
glyph is drawn: inline, alone under /ActualText as Google Docs and Chrome draw it, mapped
to one code point or to its letters, or named as OpenType fonts name it ("f_l").

Agreement is counted on words aligned in order (difflib), so a word split in two, lost or
glued to the next counts against it once or twice. What the engines are known to read
differently (pdfium.DIFFERENCES: icons under /ActualText, a rare closed gap) stays under
the 2% allowed."""

from __future__ import annotations

import inspect
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

import ats_match
import check_fixtures
import hostile_fixtures as hx
import pdf_fixtures as fx
from ats_match.errors import NoTextLayerError
from ats_match.reading import ResumeDocument, read_resume
from ats_match.reading.pdf.noise import PARSER_NOISE
from ats_match.reading.pdf.pdfium_frame import Frame
from ats_match.reading.pdf.pdfium_words import words_from_pdfium
from ats_match.reading.pdf.rows import WORD_GAP
from helpers import corpus_dir

MIN_AGREEMENT = 0.98
# Ligature glyphs and the letters pdfplumber expands them to.
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
LETTERS = set(LIGATURES.values()) | {"ft"}  # what a ToUnicode map may give one ligature glyph
EDGES = "\"'`.,;:!?()[]{}<>|/•·–—-"  # stripped from a word before it is counted


# ---------------------------------------------------------------------------- comparing


@dataclass
class Agreement:
    """Words of pdfplumber's reading, and how many PDFium read the same, in the same order."""

    words: int = 0
    agreeing: int = 0

    def add(self, other: Agreement) -> None:
        self.words += other.words
        self.agreeing += other.agreeing

    @property
    def share(self) -> float:
        return self.agreeing / self.words if self.words else 1.0

    def __str__(self) -> str:
        return f"{self.agreeing} of {self.words} words ({self.share:.2%})"


def words(document: ResumeDocument) -> list[str]:
    """The words of each line, line after line in reading order (hidden lines too: they
    are read, and reported)."""
    return [word for line in document.lines for word in line.text.split()]


def agreement(plumber: ResumeDocument, pdfium: ResumeDocument) -> Agreement:
    theirs, ours = words(plumber), words(pdfium)
    same = SequenceMatcher(None, theirs, ours, autojunk=False).get_matching_blocks()
    return Agreement(len(theirs), sum(block.size for block in same))


def ligature_words(data: bytes) -> set[str]:
    """Words that pdfplumber reads from a ligature glyph (one glyph, several letters, or a
    code point of the ligature block), with their letters as pdfplumber gives them."""
    found = set()
    with PARSER_NOISE.capture(), pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for word in page.extract_words(expand_ligatures=False, x_tolerance_ratio=WORD_GAP, return_chars=True):
                if any(char["text"] in LIGATURES or char["text"] in LETTERS for char in word["chars"]):
                    text = "".join(LIGATURES.get(char, char) for char in word["text"]).strip(EDGES)
                    if text:
                        found.add(text)
    return found


def ligature_losses(data: bytes, plumber: ResumeDocument, pdfium: ResumeDocument) -> dict[str, tuple[int, int]]:
    """Ligature words that PDFium reads fewer times than pdfplumber (lost, split or glued
    to a neighbour): word -> (pdfplumber's count, PDFium's)."""
    theirs = Counter(word.strip(EDGES) for word in words(plumber))
    ours = Counter(word.strip(EDGES) for word in words(pdfium))
    return {word: (theirs[word], ours[word]) for word in ligature_words(data) if ours[word] < theirs[word]}


def both(data: bytes) -> tuple[ResumeDocument, ResumeDocument]:
    return read_resume(data, engine="pdfplumber"), read_resume(data, engine="pdfium")


# ---------------------------------------------------------------------------- Google Docs' way


def fonts() -> list[str]:
    """TrueType fonts with ligature glyphs, registered with reportlab: an upright sans (the
    one pdf_fixtures.ligature_font registers), a thin one whose ligatures end 0.12 em short
    of the next letter, and an italic one whose ff overhangs it; reportlab's Vera family
    when DejaVu is not installed (fi and fl only)."""
    dejavu, vera = fx.DEJAVU.parent, fx.VERA.parent
    candidates = [dejavu / "DejaVuSans-ExtraLight.ttf", dejavu / "DejaVuSerif-Italic.ttf"]
    if not fx.DEJAVU.exists():
        candidates = [vera / "VeraIt.ttf"]
    names = [fx.ligature_font()]
    for path in candidates:
        if path.exists():
            name = f"Ligature-{path.stem}"
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(path)))
            names.append(name)
    return names


def has_glyph(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


GDOCS_RESUME = [
    "#Jane Doe",
    "ML Engineer | workﬂows | oﬄine",
    "#EXPERIENCE",
    "Built ML workﬂows with MLﬂow for oﬄine and eﬀective ﬁle processing",
    "Tracked experiments in MLﬂow; staﬀ ﬁnance ﬂows, ﬁrst ﬁt, laﬆ ﬅar",
    "#MLﬂow, oﬄine ﬁle",
    "#SKILLS",
    "Python, MLﬂow, Docker, eﬀective ﬁne-tuning",
]
# Words with ligatures in GDOCS_RESUME, as they must read.
GDOCS_WORDS = {"workflows", "MLflow", "offline", "effective", "file", "staff", "finance", "flows", "first", "fit"}


def gdocs_pdf(
    font: str,
    ligature: str = "actual-text",
    rows: Iterable[str] = GDOCS_RESUME,
    size: float = 10,
    kern: tuple[float, float] = (0.0, 0.0),
) -> bytes:
    """A resume drawn as Google Docs draws one: every word placed on its own (no space
    glyphs), and a ligature glyph as a text object of its own, under a span whose
    /ActualText gives its letters (ligature="actual-text"), or inline in its word
    (ligature="glyph"), kerned by `kern` (em before and after it). Rows starting with "#"
    are headings at twice the size. A ligature the font lacks is drawn as its letters."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(fx.WIDTH, fx.HEIGHT), invariant=1, pageCompression=0)
    top = 72.0
    for row in rows:
        scale = 2 if row.startswith("#") else 1
        row = "".join(c if c not in LIGATURES or has_glyph(font, c) else LIGATURES[c] for c in row.lstrip("#"))
        x, y = 72.0, fx.HEIGHT - top
        for word in row.split(" "):
            x = _draw_word(canvas, x, y, word, font, size * scale, ligature, kern)
            x += stringWidth(" ", font, size * scale)
        top += 1.6 * size * scale
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_word(
    canvas: Canvas, x: float, y: float, word: str, font: str, size: float, ligature: str, kern: tuple[float, float]
) -> float:
    """Draw one word from x; returns where it ends."""
    pieces = [piece for piece in re.split(f"([{''.join(LIGATURES)}])", word) if piece]
    if ligature == "glyph":
        pieces = [word]
    for piece in pieces:
        canvas.setFont(font, size)
        if piece in LIGATURES:
            x += kern[0] * size
            letters = "".join(f"{ord(c):04X}" for c in LIGATURES[piece])
            canvas.addLiteral(f"/Span <</ActualText <FEFF{letters}>>> BDC")
            canvas.drawString(x, y, piece)
            canvas.addLiteral("EMC")
            x += kern[1] * size
        else:
            canvas.drawString(x, y, piece)
        x += stringWidth(piece, font, size)
    return x


def letters_mapped(data: bytes, unmapped: bool = False) -> bytes:
    """The same PDF with each ligature glyph's ToUnicode entry giving its letters ("fl" as
    two code points, as LaTeX and Word map them) instead of one code point, or nothing
    (`unmapped`: only /ActualText says what it is). The CMap is rewritten in place at the
    same length (unused entries dropped), so every offset holds."""
    start, end = data.index(b"beginbfchar"), data.index(b"endbfchar")

    def letters(match: re.Match) -> bytes:
        char = chr(int(match.group(2), 16))
        if char not in LIGATURES:
            return match.group(0)
        if unmapped:
            return match.group(1) + b"<0000>"
        return match.group(1) + b"<" + "".join(f"{ord(c):04X}" for c in LIGATURES[char]).encode() + b">"

    body = re.sub(rb"(<[0-9A-F]{2}> )<([0-9A-F]{4})>", letters, data[start:end])
    grown = len(body) - (end - start)
    unused = [m for m in re.finditer(rb"<[0-9A-F]{2}> <0000>\n", body)][::-1]
    dropped = []
    while grown > sum(len(m.group(0)) for m in dropped):
        dropped.append(unused[len(dropped)])
    for match in dropped:  # from the end, so earlier offsets hold
        body = body[: match.start()] + body[match.end() :]
    body += b" " * (end - start - len(body))
    head = data[:start]
    count = re.search(rb"(\d+) $", head)
    assert count is not None
    number = str(int(count.group(1)) - len(dropped)).rjust(len(count.group(1))).encode()
    return head[: count.start()] + number + b" " + body + data[end:]


def named_ligatures_pdf(names: bytes = b"/f_i /f_l /f_f_l /f_f") -> bytes:
    """A Type 1 font whose encoding names its ligature glyphs as OpenType fonts do
    ("f_l"), with no ToUnicode map: PDFium finds no Unicode for them, pdfminer splits the
    name. Codes 128-131 are fi, fl, ffl, ff."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [128 " + names + b"] >> >>"
    )
    rows = [
        b"Jane Doe",
        b"EXPERIENCE",
        b"Built ML work\x81ows with ML\x81ow for o\x82ine and e\x83ective \x80le processing",
        b"SKILLS",
        b"Python, ML\x81ow, Docker",
    ]
    content = b"\n".join([b"BT /F1 11 Tf 72 720 Td 14 TL", *(b"(%s) Tj T*" % row for row in rows), b"ET"]) + b"\n"
    return hx.one_page_pdf(objects=[hx.stream(content), font])


def ligature_pdfs() -> dict[str, Callable[[], bytes]]:
    """Every way of drawing GDOCS_RESUME's ligatures, in every font of fonts()."""
    made: dict[str, Callable[[], bytes]] = {}
    for font in fonts():
        made[f"gdocs-{font}"] = lambda font=font: gdocs_pdf(font)
        made[f"gdocs-letters-{font}"] = lambda font=font: letters_mapped(gdocs_pdf(font))
        made[f"inline-{font}"] = lambda font=font: gdocs_pdf(font, ligature="glyph")
    made["gdocs-small"] = lambda: gdocs_pdf(fx.ligature_font(), size=7)
    made["gdocs-kerned"] = lambda: gdocs_pdf(fx.ligature_font(), kern=(-0.04, 0.06))
    made["gdocs-letters-kerned"] = lambda: letters_mapped(gdocs_pdf(fx.ligature_font(), kern=(0.06, 0.06)))
    made["named-glyphs"] = named_ligatures_pdf
    made["standard-names"] = lambda: named_ligatures_pdf(b"/fi /fl /ffl /ff")
    return made


# ---------------------------------------------------------------------------- every PDF the tests make

# The PDF builders of tests/pdf_fixtures.py, tests/hostile_fixtures.py and
# tests/check_fixtures.py that both engines read, by name.
GENERATED: dict[str, Callable[[], bytes]] = {
    "one_column": fx.one_column,
    "two_column": fx.two_column,
    "sidebar": fx.sidebar,
    "skills_table": fx.skills_table,
    "header_footer": fx.header_footer,
    "hyphenated": fx.hyphenated,
    "ligatures": fx.ligatures,
    "hidden_text": fx.hidden_text,
    "links": fx.links,
    "encrypted": lambda: fx.encrypted(""),  # an owner password only: opens without asking
    "text_then_scan": fx.text_then_scan,
    "pages": lambda: fx.pages(2),
    "broken_font_bbox": fx.broken_font_bbox,
    "cropped": fx.cropped,
    "right_to_left": fx.right_to_left,
    "good_pdf": hx.good_pdf,
    "one_page_pdf": hx.one_page_pdf,
    "letter_spaced_pdf": check_fixtures.letter_spaced_pdf,
    "career_pdf": lambda: check_fixtures.career_pdf(2, 2012, 2024),
    "padded_pdf": lambda: check_fixtures.padded_pdf(0.2),
}
# The others, and why they are not compared.
NOT_COMPARED = {
    "build": "draws what it is given",
    "scanned": "no text layer: both engines refuse it",
    "no_pages": "no pages: both engines refuse it",
    "raw_pdf": "writes what it is given",
    "slow_page_pdf": "made to outlast the time limit",
    "self_reference_pdf": "pdfminer loops on it: refused before it is read",
    "reference_cycle_pdf": "pdfminer loops on it: refused before it is read",
    "deep_nesting_pdf": "pdfminer's recursion gives out: refused",
    "page_tree_loop_pdf": "PDFium refuses a page tree that contains itself",
    "xref_loop_pdf": "pdfminer refuses a cross-reference table that points at itself",
    **{builder.__name__: "a bomb or a flood: both engines refuse it" for builder, *_ in hx.HOSTILE.values()},
}
GENERATED |= ligature_pdfs()


def test_every_pdf_builder_is_compared():
    """A new PDF builder joins GENERATED, or NOT_COMPARED says why it cannot."""
    builders = {
        name
        for module in (fx, hx, check_fixtures)
        for name, value in vars(module).items()
        if inspect.isfunction(value)
        and value.__module__ == module.__name__
        and not name.startswith("_")
        and inspect.signature(value).return_annotation == "bytes"
        and (module is fx or name.endswith("_pdf"))
    }
    assert not builders - set(GENERATED) - set(NOT_COMPARED)


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_words_agree_on_generated_pdf(name):
    data = GENERATED[name]()
    plumber, pdfium = both(data)
    result = agreement(plumber, pdfium)
    assert result.share >= MIN_AGREEMENT, f"{name}: {result}\n{words(plumber)}\n{words(pdfium)}"
    assert not ligature_losses(data, plumber, pdfium)


def test_generated_pdfs_agree_overall():
    total = Agreement()
    for make in GENERATED.values():
        total.add(agreement(*both(make())))
    assert total.share >= MIN_AGREEMENT, str(total)


@pytest.mark.parametrize("name", sorted(ligature_pdfs()))
def test_ligatures_read_as_their_letters_inside_the_word(name, mle):
    """The words of the issue ("workfl ows", "MLfl ow", "ine") read whole with PDFium, in
    body text and in headings twice the size, and MLflow counts."""
    data = ligature_pdfs()[name]()
    document = read_resume(data, engine="pdfium")
    read = {word.strip(EDGES) for word in words(document)}
    expected = GDOCS_WORDS if name.startswith(("gdocs", "inline")) else {"workflows", "MLflow", "offline", "file"}
    assert expected <= read, sorted(expected - read)
    assert not any(re.search(r"[ﬀ-ﬆ]|\(cid:", word) for word in words(document))
    assert ats_match.score(document, mle).statuses["mlflow"] == "demonstrated"


def test_a_ligature_only_actual_text_names_reads_whole(mle):
    """A ligature glyph that maps to no Unicode at all, under /ActualText: pdfplumber reads
    a gap ("work ows"); PDFium reads the letters /ActualText gives, in the glyph's place."""
    data = letters_mapped(gdocs_pdf(fx.ligature_font()), unmapped=True)
    document = read_resume(data, engine="pdfium")
    assert {word.strip(EDGES) for word in words(document)} >= GDOCS_WORDS
    assert "MLflow, offline file" in [line.text for line in document.lines]
    assert "workflows" not in words(read_resume(data, engine="pdfplumber"))


def test_ligature_lines_read_as_pdfplumber_reads_them():
    """Line by line, not only word by word: a ligature in a heading twice the size stays
    on its line (its letters once fell out of it and glued two lines together)."""
    plumber, pdfium = both(gdocs_pdf(fx.ligature_font()))
    assert [line.text for line in pdfium.lines] == [line.text for line in plumber.lines]
    assert "MLflow, offline file" in [line.text for line in pdfium.lines]


def test_ligature_boxes_span_the_glyph():
    """The letters of a ligature drawn under /ActualText take the glyph's place: from its
    origin over its advance, as pdfminer boxes a glyph, so a word spans its glyphs'
    advances and a line has pdfplumber's box."""
    font, drawn = fx.ligature_font(), ["workﬂows", "oﬄine", "MLﬂow", "eﬀective"]
    data = gdocs_pdf(font, rows=[" ".join(drawn)], size=20)
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    textpage = page.get_textpage()
    try:
        found = words_from_pdfium(textpage, Frame.of(page))
    finally:
        textpage.close()
        page.close()
        pdf.close()
    assert [word.text for word in found] == ["workflows", "offline", "MLflow", "effective"]
    for word, written in zip(found, drawn, strict=True):
        assert word.x1 - word.x0 == pytest.approx(stringWidth(written, font, 20), abs=0.5)
    plumber, pdfium_read = both(data)
    assert pdfium_read.lines[0].bbox == pytest.approx(plumber.lines[0].bbox, abs=0.5)


def test_unmapped_glyph_alone_keeps_its_code():
    """Only a glyph inside a word is looked up: an icon alone reads "(cid:N)" as pdfminer
    reads it."""
    data = hx.one_page_pdf(
        objects=[
            hx.stream(b"BT /F1 11 Tf 72 720 Td 14 TL (Jane Doe) Tj T* (\x81 555 123 4567) Tj T* (work\x81ows) Tj ET\n"),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
            b"/BaseEncoding /WinAnsiEncoding /Differences [129 /g129] >> >>",
        ]
    )
    plumber, pdfium = both(data)
    assert [line.text for line in pdfium.lines] == [line.text for line in plumber.lines]
    assert "(cid:129) 555 123 4567" in [line.text for line in pdfium.lines]


def _spaced_and_gapped(canvas) -> None:
    fx.text(canvas, 72, 80, "Jane Doe", font="Helvetica-Bold", size=20)
    fx.lines(canvas, 72, 130, ["# SKILLS", "Python, SQL, PyTorch", "# EXPERIENCE", "Data Scientist, Acme"])
    spaced = canvas.beginText(72, fx.HEIGHT - 300)
    spaced.setFont("Helvetica", 10)
    spaced.setCharSpace(3)
    spaced.textLine("S P A C E D  letters")
    spaced.setCharSpace(0)  # the spacing would otherwise hold for the text drawn after
    canvas.drawText(spaced)
    canvas.setFont("Helvetica", 10)
    width = stringWidth("gap", "Helvetica", 10)
    canvas.drawString(72, fx.HEIGHT - 330, "gap")
    canvas.drawString(72 + width + 1.2, fx.HEIGHT - 330, "closed")  # 0.12 em: just over WORD_GAP
    canvas.drawString(72 + width * 4, fx.HEIGHT - 330, "open")
    canvas.setFont("Helvetica", 7)
    canvas.drawString(300, fx.HEIGHT - 330, "small on the same line")


def test_spaced_and_gapped_text_groups_as_pdfplumber_groups_it():
    """Regression for the grouping of characters into words on arrays (pdfium_words._words):
    letters set wide apart, words parted by a gap just over WORD_GAP or by a space, two
    sizes on one baseline, word for word and line for line as pdfplumber reads them."""
    plumber, pdfium_read = both(fx.build(_spaced_and_gapped))
    assert words(pdfium_read) == words(plumber)
    assert [line.text for line in pdfium_read.lines] == [line.text for line in plumber.lines]
    assert {"gap", "closed", "open"} <= set(words(pdfium_read))


def test_sideways_label_reads_as_words():
    """Text turned on its side (a label up the margin, read top to bottom with the
    tolerances swapped) groups into its words. pdfminer's boxes for such glyphs part
    most letters ("C", "u", "rr", ...); PDFium's do not (pdfium.DIFFERENCES)."""

    def page(canvas) -> None:
        _spaced_and_gapped(canvas)
        canvas.saveState()
        canvas.translate(40, fx.HEIGHT - 200)
        canvas.rotate(-90)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(0, 0, "Curriculum vitae 2026")
        canvas.restoreState()

    document = read_resume(fx.build(page), engine="pdfium")
    assert [w for w in words(document) if w in ("Curriculum", "vitae", "2026")] == ["Curriculum", "vitae", "2026"]
    upright = read_resume(fx.build(_spaced_and_gapped), engine="pdfium")
    assert [w for w in words(document) if w not in ("Curriculum", "vitae", "2026")] == words(upright)


# ---------------------------------------------------------------------------- the corpus

CORPUS = corpus_dir()
CORPUS_PDFS = sorted((CORPUS / "pdf").glob("*.pdf")) if CORPUS and (CORPUS / "pdf").is_dir() else []


def corpus_agreement(paths: Iterable[Path]) -> tuple[Agreement, dict[str, dict[str, tuple[int, int]]]]:
    """Word agreement over the readable files, and the ligature words PDFium lost, by file."""
    total, losses = Agreement(), {}
    for path in paths:
        data = path.read_bytes()
        try:
            plumber = read_resume(data, engine="pdfplumber")
        except NoTextLayerError:
            continue
        pdfium = read_resume(data, engine="pdfium")
        total.add(agreement(plumber, pdfium))
        lost = ligature_losses(data, plumber, pdfium)
        if lost:
            losses[path.name] = lost
    return total, losses


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS_PDFS, reason="the shared corpus is not on this machine")
def test_words_agree_on_the_corpus():
    total, losses = corpus_agreement(CORPUS_PDFS)
    assert total.share >= MIN_AGREEMENT, str(total)
    assert not losses
