"""The PDF reader on PDFs drawn by the tests (pdf_fixtures.py): reading order, columns,
headers and footers, hyphens, ligatures, hidden text, links, tables and every way a
file can fail. The layout tests at the end feed words without any PDF."""

from __future__ import annotations

import logging
import warnings

import pytest

import pdf_fixtures as fx
from ats_match.errors import CorruptFileError, EncryptedFileError, LimitExceededError, NoTextLayerError
from ats_match.reading import DEFAULT_LIMITS, Limits, Line, ResumeDocument, read_resume
from ats_match.reading.pdf.layout import layout_page, mark_running_lines
from ats_match.reading.pdf.plumber import read_pdf
from ats_match.reading.pdf.rows import TableBox, Word
from helpers import write


def read(data: bytes, name: str = "resume.pdf") -> ResumeDocument:
    return read_pdf(data, name, DEFAULT_LIMITS)


def texts(document: ResumeDocument, **where: object) -> list[str]:
    return [ln.text for ln in document.lines if all(getattr(ln, k) == v for k, v in where.items())]


def line(document: ResumeDocument, text: str) -> Line:
    return next(ln for ln in document.lines if ln.text == text)


def positions(document: ResumeDocument, wanted: list[str]) -> list[int]:
    order = texts(document)
    return [order.index(t) for t in wanted]


# ---------------------------------------------------------------------------- layouts


def test_one_column_reads_sections_in_order():
    document = read(fx.one_column())
    assert document.kind == "pdf"
    assert [s.id for s in document.sections] == ["contact", "summary", "experience", "skills", "education"]
    assert texts(document)[:3] == ["Jane Doe", "jane.doe@example.com | (555) 123-4567 | Austin, TX", "SUMMARY"]
    assert line(document, "- Deployed PyTorch models with Docker and MLflow").section == "experience"
    page = document.layout.pages[0]
    assert (page.columns, page.has_text_layer, page.width, page.height) == (1, True, 612, 792)
    assert line(document, "SUMMARY").bold and line(document, "SUMMARY").font_size == 12
    assert document.layout.fonts[0][:2] == ("Helvetica", 10.0)
    assert document.layout.file_size > 0 and document.layout.warnings == ()


def test_two_columns_on_shared_baselines_are_read_one_after_the_other():
    document = read(fx.two_column())
    assert document.layout.pages[0].columns == 2
    experience = ["EXPERIENCE", "ML Engineer, Acme Corp, 2020 - Present", *fx.EXPERIENCE_BULLETS]
    skills = ["SKILLS", *fx.SKILL_ITEMS]
    at = positions(document, experience + skills)
    assert at == list(range(at[0], at[0] + len(at)))  # each column contiguous, left first
    assert not any("Python" in t and "PyTorch" in t for t in texts(document))
    assert [s.id for s in document.sections] == ["contact", "experience", "skills", "education"]
    assert line(document, "Kubernetes").column == 1 and line(document, "- Served models behind FastAPI").column == 0


def test_sidebar_is_read_before_the_main_column():
    document = read(fx.sidebar())
    assert document.layout.pages[0].columns == 2
    assert texts(document)[:3] == ["Jane Doe", "Machine Learning Engineer", "CONTACT"]
    assert [s.id for s in document.sections] == ["contact", "contact", "skills", "summary", "experience"]
    skills = next(s for s in document.sections if s.id == "skills")
    assert skills.heading == "SKILLS"
    assert [ln.text for ln in document.lines[skills.first_line : skills.last_line]] == fx.SKILL_ITEMS
    assert line(document, "Python").column == 0 and line(document, "SUMMARY").column == 1


def test_skills_table_is_counted_and_read_row_by_row():
    document = read(fx.skills_table())
    assert document.layout.tables >= 1 and document.layout.pages[0].tables >= 1
    assert texts(document, region="table") == ["Python | SQL", "Docker | Kubernetes"]
    assert line(document, "Python | SQL").section == "skills"


def test_header_and_footer_lines():
    document = read(fx.header_footer())
    contact = "jane.doe@example.com | (555) 123-4567"
    assert [ln.region for ln in document.lines if ln.text == contact] == ["header", "header"]
    assert line(document, "Page 1 of 2").region == "footer" and line(document, "Page 2 of 2").region == "footer"
    assert [ln.region for ln in document.lines if ln.text == "Jane Doe | Resume"] == ["header", "header"]
    assert document.layout.header_footer_lines == 6
    assert [s.id for s in document.sections] == ["contact", "experience", "skills"]
    assert texts(document, page=2)[-1] == "Page 2 of 2"


def test_hyphenated_words_are_joined_within_the_column():
    text = read(fx.hyphenated()).text
    assert "scikit-learn" in text and "deployment" in text
    assert "deploy-" not in text and "\nment" not in text


def test_ligature_glyphs_read_as_letters():
    text = read(fx.ligatures()).text
    assert "Image classification and fine-tuning" in text
    assert "\ufb01" not in text


def test_hidden_text_is_reported_and_kept_out_of_the_text():
    document = read(fx.hidden_text())
    reasons = {h.text: h.reason for h in document.layout.hidden_text}
    assert reasons == {
        "Kubernetes Terraform Airflow": "white",
        "Spark Hadoop Scala": "tiny",
        "TensorFlow Keras": "off-page",
    }
    for stuffed in reasons:
        assert stuffed not in document.text
        assert line(document, stuffed).hidden
    assert "Certified Cloud Practitioner" in document.text  # white on a dark box is visible
    assert "Python, SQL" in document.text


def test_text_outside_the_crop_box_is_hidden():
    document = read(fx.cropped())
    assert [(h.text, h.reason) for h in document.layout.hidden_text] == [("Kubernetes Terraform Airflow", "off-page")]
    assert document.text == "Jane Doe\nSKILLS\nPython, SQL"


def test_links_from_annotations_and_text_once_each():
    document = read(fx.links())
    assert [(link.url, link.text) for link in document.links] == [
        (fx.LINKEDIN, "LinkedIn"),
        ("mailto:jane.doe@example.com", "jane.doe@example.com"),
        ("https://github.com/janedoe", "github.com/janedoe"),
    ]


def test_page_without_text_in_a_text_document():
    document = read(fx.text_then_scan())
    assert [p.has_text_layer for p in document.layout.pages] == [True, False]
    assert document.layout.images == 1 and document.pages == 2


def test_parser_warnings_are_collected_not_printed(capsys, caplog):
    caplog.set_level(logging.DEBUG)
    document = read(fx.broken_font_bbox())
    assert any("FontBBox" in w for w in document.layout.warnings)
    assert capsys.readouterr().err == ""
    assert not [r for r in caplog.records if r.name.startswith("pdfminer") and r.levelno >= logging.WARNING]
    pdfminer = logging.getLogger("pdfminer")
    assert pdfminer.propagate and not pdfminer.handlers  # rerouted only while reading


def test_reads_in_threads_keep_their_own_warnings():
    from concurrent.futures import ThreadPoolExecutor

    show = warnings.showwarning
    with ThreadPoolExecutor(4) as pool:
        documents = list(pool.map(read, [fx.broken_font_bbox(), fx.one_column()] * 4))
    assert [any("FontBBox" in w for w in d.layout.warnings) for d in documents] == [True, False] * 4
    assert warnings.showwarning is show and not logging.getLogger("pdfminer").handlers


# ---------------------------------------------------------------------------- failures


def test_password_protected_pdf(tmp_path):
    with pytest.raises(EncryptedFileError, match=r"^locked\.pdf: is password-protected"):
        read_resume(write(tmp_path, "locked.pdf", fx.encrypted("secret")))


def test_owner_password_only_reads_normally(tmp_path):
    """An empty user password opens without asking (only editing is restricted), as a
    viewer and an ATS would; the text is there to read."""
    document = read_resume(write(tmp_path, "restricted.pdf", fx.encrypted("")))
    assert [s.id for s in document.sections] == ["contact", "summary", "experience", "skills", "education"]


def test_scan_without_text_layer(tmp_path):
    with pytest.raises(NoTextLayerError, match=r"^scan\.pdf: has no text layer .*OCR"):
        read_resume(write(tmp_path, "scan.pdf", fx.scanned()))


@pytest.mark.parametrize(
    "damage",
    [lambda d: d[: len(d) // 2], lambda d: d[: len(d) * 9 // 10], lambda d: b"%PDF-1.4\n" + b"\x00garbage" * 50],
    ids=["half", "tail-cut", "garbage"],
)
def test_truncated_or_damaged_pdf(tmp_path, damage):
    with pytest.raises(CorruptFileError, match=r"^cut\.pdf: is not a readable PDF"):
        read_resume(write(tmp_path, "cut.pdf", damage(fx.one_column())))


def test_pdf_without_pages(tmp_path):
    with pytest.raises(CorruptFileError, match=r"^empty\.pdf: has no pages"):
        read_resume(write(tmp_path, "empty.pdf", fx.no_pages()))


def test_pdf_named_docx_is_read_as_pdf(tmp_path):
    document = read_resume(write(tmp_path, "resume.docx", fx.one_column()))
    assert (document.kind, document.source) == ("pdf", "resume.docx")
    assert "skills" in [s.id for s in document.sections]


def test_too_many_pages(tmp_path):
    with pytest.raises(LimitExceededError, match=r"^long\.pdf: has more than 2 pages"):
        read_resume(write(tmp_path, "long.pdf", fx.pages(3)), limits=Limits(max_pages=2))
    assert read_resume(fx.pages(2), limits=Limits(max_pages=2)).pages == 2


# ---------------------------------------------------------------------------- layout without a PDF


def words(*rows: tuple[float, float, str], size: float = 10) -> list[Word]:
    """Words laid out from (x, top, text) runs, one word per space-separated token."""
    out = []
    for x, top, run in rows:
        for token in run.split(" "):
            width = 0.5 * size * len(token)
            out.append(Word(token, x, top, x + width, top + size, size=size))
            x += width + 0.3 * size
    return out


def test_layout_columns_and_banner_without_pdf():
    rows = [(200, 40, "Jane Doe Resume")]
    rows += [(50, 100 + 14 * i, f"left column line number {i}") for i in range(8)]
    rows += [(400, 100 + 14 * i, f"right {i}") for i in range(8)]
    page = layout_page(words(*rows), 612, 792)
    assert page.columns == 2
    assert [ln.text for ln in page.lines][:3] == [
        "Jane Doe Resume",
        "left column line number 0",
        "left column line number 1",
    ]
    assert [ln.column for ln in page.lines] == [0] * 9 + [1] * 8


def test_layout_label_grid_reads_row_by_row():
    rows = []
    for i, label in enumerate(["SUMMARY", "SKILLS", "EDUCATION"]):
        top = 100 + 60 * i
        rows += [(50, top, label)] + [(150, top + 14 * k, f"content of {label.lower()} line {k}") for k in range(3)]
    page = layout_page(words(*rows), 612, 792)
    assert [ln.text for ln in page.lines][:5] == [
        "SUMMARY",
        "content of summary line 0",
        "content of summary line 1",
        "content of summary line 2",
        "SKILLS",
    ]


def test_layout_letter_spacing_and_table_cells():
    spaced = [
        Word(c, 100 + 12 * i + (12 if i > 3 else 0), 100, 108 + 12 * i + (12 if i > 3 else 0), 112, size=12)
        for i, c in enumerate("JOHNDOE")
    ]
    cells = words((100, 200, "Python"), (200, 200, "SQL"))
    table = TableBox((90, 190, 300, 215), (180.0,))
    page = layout_page(spaced + cells, 612, 792, tables=[table])
    assert [(ln.text, ln.region) for ln in page.lines] == [("JOHN DOE", "body"), ("Python | SQL", "table")]


def test_running_lines_repeat_on_most_pages():
    def page(number: int, top_line: str) -> list[Line]:
        return [Line(top_line, bbox=(72, 20, 300, 30)), Line(f"Page {number} of 5", bbox=(280, 770, 340, 780))]

    openers = ["Education", "Awards", "Seoul, S.Korea", "Seoul, S.Korea", "Talks"]
    pages = [page(n, opener) for n, opener in enumerate(openers, start=1)]
    marked = mark_running_lines(pages, [792] * 5)
    assert [[ln.region for ln in p] for p in marked] == [["body", "footer"]] * 5
