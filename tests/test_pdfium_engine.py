"""The PDFium engine (reading/pdf/pdfium.py) against the pdfplumber engine: the same lines,
sections, links and hidden-text facts on the PDFs drawn by pdf_fixtures.py, the same
errors, the differences pdfium.DIFFERENCES documents, what engine="auto" picks, and
on the shared corpus the same item statuses for at least 99% of items."""

from __future__ import annotations

import ctypes
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pypdfium2
import pytest
from reportlab.lib import colors

import ats_match
import pdf_fixtures as fx
from ats_match.errors import CorruptFileError, EncryptedFileError, LimitExceededError, NoTextLayerError
from ats_match.reading import Limits, ResumeDocument, read_resume
from ats_match.reading.pdf.pdfium_native import batch, char_object
from ats_match.reading.pdf.pdfium_words import text_objects
from helpers import MLE, corpus_dir, write


def both(data: bytes) -> tuple[ResumeDocument, ResumeDocument]:
    return read_resume(data, engine="pdfplumber"), read_resume(data, engine="pdfium")


def facts(document: ResumeDocument) -> dict[str, object]:
    """What a reader hands on: lines in order with where and how they sit, sections, links,
    hidden text, and the page facts the ATS checks read."""
    return {
        "lines": [(ln.text, ln.page, ln.region, ln.column, ln.section, ln.hidden, ln.bold) for ln in document.lines],
        "sections": [(s.id, s.heading) for s in document.sections],
        "links": [(link.url, link.text, link.page) for link in document.links],
        "hidden": [(h.text, h.page, h.reason) for h in document.layout.hidden_text],
        "pages": [
            (p.number, p.width, p.height, p.columns, p.has_text_layer, p.images, p.tables)
            for p in document.layout.pages
        ],
        "tables": document.layout.tables,
        "header_footer_lines": document.layout.header_footer_lines,
    }


FIXTURES = [
    "one_column",
    "two_column",
    "sidebar",
    "skills_table",
    "header_footer",
    "hyphenated",
    "ligatures",
    "hidden_text",
    "links",
    "text_then_scan",
    "cropped",
]


@pytest.mark.parametrize("builder", FIXTURES)
def test_same_facts_as_pdfplumber(builder: str):
    plumber, pdfium = both(getattr(fx, builder)())
    assert facts(pdfium) == facts(plumber)


def test_font_sizes_agree_to_a_tenth_of_a_point():
    plumber, pdfium = both(fx.one_column())
    assert [ln.font_size for ln in pdfium.lines] == [ln.font_size for ln in plumber.lines]
    assert pdfium.layout.fonts == plumber.layout.fonts


def test_parser_warnings_are_pdfminers_only():
    """A documented difference: PDFium repairs a broken font descriptor silently."""
    plumber, pdfium = both(fx.broken_font_bbox())
    assert any("FontBBox" in w for w in plumber.layout.warnings)
    assert pdfium.layout.warnings == ()
    assert pdfium.text == plumber.text


def test_turned_page_reads_as_shown():
    """A landscape page turned by /Rotate, its text drawn sideways so that a viewer shows
    it upright: read in the orientation a person sees."""

    def page(canvas) -> None:
        canvas.setPageRotation(90)
        canvas.translate(fx.WIDTH, 0)
        canvas.rotate(90)
        for number, row in enumerate(["Jane Doe", *fx.ONE_COLUMN]):
            canvas.setFont("Helvetica", 10)
            canvas.drawString(72, fx.WIDTH - 90 - 14 * number, row.lstrip("# "))

    plumber, pdfium = both(fx.build(page))
    assert [ln.text for ln in pdfium.lines] == [ln.text for ln in plumber.lines]
    assert [ln.text for ln in pdfium.lines][:2] == ["Jane Doe", "SUMMARY"]


# ---------------------------------------------------------------------------- invisible text


def _invisible(over_image: bool) -> bytes:
    """Visible text, then keywords drawn with text render mode 3 (no ink), over a picture
    of text (as an OCR layer is) or over the bare page (as keyword stuffing is)."""

    def page(canvas) -> None:
        fx.text(canvas, 72, 80, "Jane Doe", font="Helvetica-Bold", size=20)
        fx.lines(canvas, 72, 130, ["# SKILLS", "Python, SQL"])
        if over_image:
            fx._draw_scan(canvas)
        words = canvas.beginText(80, fx.HEIGHT - 250)
        words.setTextRenderMode(3)
        words.setFont("Helvetica", 10)
        words.textLine("Kubernetes Terraform Airflow")
        canvas.drawText(words)

    return fx.build(page)


def test_invisible_text_is_hidden_text():
    """A documented difference: pdfminer reads render-mode-3 text as ordinary text."""
    plumber, pdfium = both(_invisible(over_image=False))
    assert [(h.text, h.reason) for h in pdfium.layout.hidden_text] == [("Kubernetes Terraform Airflow", "invisible")]
    assert "Kubernetes" not in pdfium.text and "Kubernetes" in plumber.text


def test_invisible_text_over_a_picture_is_read():
    """The text layer an OCR tool lays over a scan is what an ATS reads."""
    document = read_resume(_invisible(over_image=True), engine="pdfium")
    assert "Kubernetes Terraform Airflow" in document.text
    assert document.layout.hidden_text == ()


def test_white_text_on_a_dark_box_stays_visible():
    def page(canvas) -> None:
        fx.text(canvas, 72, 80, "Jane Doe", font="Helvetica-Bold", size=20)
        canvas.setFillColor(colors.darkgreen)
        canvas.rect(60, fx.HEIGHT - 140, 400, 40, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        fx.text(canvas, 72, 125, "Machine Learning Engineer with Python and SQL")

    document = read_resume(fx.build(page), engine="pdfium")
    assert "Machine Learning Engineer with Python and SQL" in document.text
    assert document.layout.hidden_text == ()


# ---------------------------------------------------------------------------- failures


def test_password_protected(tmp_path):
    with pytest.raises(EncryptedFileError, match=r"^locked\.pdf: is password-protected"):
        read_resume(write(tmp_path, "locked.pdf", fx.encrypted("secret")), engine="pdfium")


def test_owner_password_only_reads(tmp_path):
    document = read_resume(write(tmp_path, "restricted.pdf", fx.encrypted("")), engine="pdfium")
    assert [s.id for s in document.sections] == ["contact", "summary", "experience", "skills", "education"]


def test_scan_without_text_layer(tmp_path):
    with pytest.raises(NoTextLayerError, match=r"^scan\.pdf: has no text layer"):
        read_resume(write(tmp_path, "scan.pdf", fx.scanned()), engine="pdfium")


@pytest.mark.parametrize(
    "damage",
    [lambda d: d[: len(d) // 2], lambda d: d[: len(d) * 9 // 10], lambda d: b"%PDF-1.4\n" + b"\x00garbage" * 50],
    ids=["half", "tail-cut", "garbage"],
)
@pytest.mark.parametrize("engine", ["pdfium", "auto"])
def test_damaged(tmp_path, damage, engine):
    with pytest.raises(CorruptFileError, match=r"^cut\.pdf: is not a readable PDF"):
        read_resume(write(tmp_path, "cut.pdf", damage(fx.one_column())), engine=engine)


def test_no_pages_is_named_by_auto(tmp_path):
    """PDFium refuses a PDF without pages as unreadable; "auto" then asks pdfplumber,
    which says what is wrong."""
    path = write(tmp_path, "empty.pdf", fx.no_pages())
    with pytest.raises(CorruptFileError, match=r"^empty\.pdf: is not a readable PDF"):
        read_resume(path, engine="pdfium")
    with pytest.raises(CorruptFileError, match=r"^empty\.pdf: has no pages"):
        read_resume(path)


def test_too_many_pages(tmp_path):
    with pytest.raises(LimitExceededError, match=r"^long\.pdf: has more than 2 pages"):
        read_resume(write(tmp_path, "long.pdf", fx.pages(3)), engine="pdfium", limits=Limits(max_pages=2))
    assert read_resume(fx.pages(2), engine="pdfium", limits=Limits(max_pages=2)).pages == 2


# ---------------------------------------------------------------------------- engine choice


def test_auto_is_pdfium():
    data = fx.broken_font_bbox()  # the engines tell apart by pdfminer's warnings
    assert read_resume(data).layout.warnings == read_resume(data, engine="pdfium").layout.warnings == ()
    assert read_resume(data, engine="pdfplumber").layout.warnings


def test_unknown_engine():
    with pytest.raises(ValueError, match="engine must be one of auto, pdfplumber, pdfium"):
        read_resume(fx.one_column(), engine="pdfminer")


def _objects_two_ways(data: bytes) -> list[tuple[list[int], list[int]]]:
    """Per page: each character's text object as text_objects finds it, and as PDFium
    gives it when asked for every character."""
    pdf = pypdfium2.PdfDocument(data)
    out = []
    for page in pdf:
        textpage = page.get_textpage()
        handle, count = ctypes.cast(textpage.raw, ctypes.c_void_p).value, textpage.count_chars()
        text = textpage.get_text_range()
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        out.append((text_objects(handle, count, codes).tolist(), batch(char_object, handle, count)))
        textpage.close()
    pdf.close()
    return out


@pytest.mark.parametrize("builder", [*FIXTURES, "right_to_left"])
def test_text_objects_asked_for_in_part_are_those_of_every_character(builder):
    """text_objects asks PDFium for every eighth character's text object and fills the
    runs between probes that agree: the same objects as asking for every character."""
    pages = _objects_two_ways(getattr(fx, builder)())
    assert any(len(found) > 40 and len(set(found)) > 3 for found, _ in pages)  # the probing path ran
    for found, every in pages:
        assert found == every


def test_reads_in_threads_take_turns():
    """PDFium is not thread-safe; the engine's lock makes threads take turns."""
    data = [fx.one_column(), fx.two_column(), fx.sidebar(), fx.links()] * 3
    with ThreadPoolExecutor(4) as pool:
        documents = list(pool.map(lambda d: read_resume(d, engine="pdfium"), data))
    assert [facts(d) for d in documents] == [facts(read_resume(d, engine="pdfium")) for d in data]


# ---------------------------------------------------------------------------- the corpus

CORPUS = corpus_dir()
CORPUS_PDFS = sorted((CORPUS / "pdf").glob("*.pdf")) if CORPUS and (CORPUS / "pdf").is_dir() else []


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS_PDFS, reason="the shared corpus is not on this machine")
def test_corpus_statuses_agree(mle):
    same = total = 0
    for path in CORPUS_PDFS:
        try:
            plumber = ats_match.score(read_resume(path, engine="pdfplumber"), mle).statuses
        except NoTextLayerError:
            with pytest.raises(NoTextLayerError):
                read_resume(path, engine="pdfium")
            continue
        pdfium = ats_match.score(read_resume(path, engine="pdfium"), MLE).statuses
        same += sum(plumber[k] == pdfium[k] for k in plumber)
        total += len(plumber)
    assert same >= 0.99 * total


@pytest.mark.skipif(not CORPUS_PDFS, reason="the shared corpus is not on this machine")
def test_text_objects_of_corpus_pdfs():
    for path in CORPUS_PDFS:
        try:
            pages = _objects_two_ways(path.read_bytes())
        except pypdfium2.PdfiumError:
            continue
        for found, every in pages:
            assert found == every, path.name
