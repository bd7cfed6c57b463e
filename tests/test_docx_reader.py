"""The DOCX reader on files built by python-docx (tests/docx_fixtures.py): reading order,
regions, headings, lists, links, hidden text, layout facts and the errors users see."""

from __future__ import annotations

import pytest

import docx_fixtures as fx
from ats_match.errors import (
    AtsMatchError,
    CorruptFileError,
    EmptyResumeError,
    EncryptedFileError,
    LimitExceededError,
    UnsupportedFormatError,
)
from ats_match.reading import DEFAULT_LIMITS, Limits, ResumeDocument, read_resume
from ats_match.reading.docx.reader import read_docx


def read(data: bytes, name: str = "resume.docx") -> ResumeDocument:
    return read_docx(data, name, DEFAULT_LIMITS)


def texts(document: ResumeDocument, **where: object) -> list[str]:
    """Texts of the lines whose attributes match `where` (e.g. region="header")."""
    return [ln.text for ln in document.lines if all(getattr(ln, k) == v for k, v in where.items())]


def section_of(document: ResumeDocument, text: str) -> str:
    return next(ln.section for ln in document.lines if ln.text == text)


def test_plain_resume_reads_in_order_with_sections_and_bullets():
    document = read(fx.plain_resume())
    assert document.kind == "docx"
    assert [s.id for s in document.sections] == ["contact", "summary", "experience", "skills", "education"]
    assert texts(document)[:2] == ["Jane Doe", "jane.doe@example.com | (555) 123-4567 | Austin, TX"]
    assert "- Deployed PyTorch models with Docker and MLflow" in texts(document, section="experience")
    assert section_of(document, "Python, SQL, Docker, scikit-learn") == "skills"
    assert all(ln.region == "body" for ln in document.lines)
    assert document.lines[0].is_heading  # the Title style
    assert document.layout.pages[0].chars == len(document.text.replace(" ", "").replace("\n", ""))


def test_skills_table_reads_row_by_row():
    document = read(fx.skills_table_resume())
    rows = texts(document, region="table")
    assert rows == ["Python | SQL | Docker", "PyTorch | Pandas | MLflow"]
    assert section_of(document, "Python | SQL | Docker") == "skills"
    assert document.layout.tables == 1
    assert document.layout.pages[0].tables == 1


def test_merged_cells_are_read_once():
    document = read(fx.merged_cells_resume())
    assert texts(document, region="table") == [
        "Acme Corp",
        "2020 - 2023 | Built recommendation models",
        "Ran A/B tests",
    ]


def test_header_lines_come_first_and_footer_lines_last():
    document = read(fx.header_footer_resume())
    assert texts(document)[:2] == ["Jane Doe", "jane.doe@example.com | (555) 123-4567"]
    assert {ln.region for ln in document.lines[:2]} == {"header"}
    assert document.lines[-1].text == "References available on request"
    assert document.lines[-1].region == "footer"
    assert document.layout.header_footer_lines == 3
    assert "jane.doe@example.com" not in "\n".join(texts(document, region="body"))
    assert [s.id for s in document.sections] == ["contact", "experience", "skills"]


def test_text_box_is_read_once_where_it_is_anchored():
    document = read(fx.text_box_resume())
    all_text = "\n".join(ln.text for ln in document.lines)
    assert all_text.count("Kubeflow, Airflow, Terraform") == 1  # not again from the VML fallback
    assert texts(document, region="textbox") == ["Skills", "Kubeflow, Airflow, Terraform"]
    assert texts(document).index("Skills") == texts(document).index("ML Engineer, Acme Corp, 2020 - Present") + 1
    assert section_of(document, "Kubeflow, Airflow, Terraform") == "skills"
    assert section_of(document, "B.S. Computer Science, 2019") == "education"
    assert "4572000" not in all_text and "127000" not in all_text  # anchor offsets are not text
    assert document.layout.text_boxes == 1


def test_hyperlinks_and_addresses_in_text_become_links():
    document = read(fx.hyperlink_resume())
    urls = [link.url for link in document.links]
    assert urls[:3] == [
        "https://www.linkedin.com/in/janedoe",
        "https://github.com/janedoe",
        "mailto:jane.doe@example.com",
    ]
    assert document.links[0].text == "LinkedIn"
    assert "https://janedoe.dev" in urls
    assert len(urls) == 4  # github.com/janedoe in the text is the GitHub hyperlink again
    assert texts(document)[1] == "LinkedIn | GitHub | jane.doe@example.com"


def test_headings_by_style_and_by_look():
    document = read(fx.look_headings_resume())
    assert [s.id for s in document.sections] == ["contact", "summary", "experience", "skills", "education"]
    work = next(ln for ln in document.lines if ln.text == "Work History")
    assert work.bold and work.font_size == 14.0
    assert "EDUCATION" in texts(document)  # w:caps shows lower-case text in capitals
    assert section_of(document, "B.A. Economics, 2016") == "education"


def test_numbered_paragraphs_get_a_list_prefix():
    document = read(fx.numbered_list_resume())
    assert texts(document)[1:] == [
        "- Churn model in scikit-learn",
        "- Forecasting service on SageMaker",
        "- Search ranking with LightGBM",
    ]


def test_hidden_runs_are_kept_out_of_the_visible_text():
    document = read(fx.hidden_text_resume())
    for stuffed in ("Kubernetes", "Six Sigma", "Spark"):
        assert stuffed not in document.text
    assert texts(document, hidden=False)[-3:] == ["Python, SQL", "Excel", "Tableau"]
    reasons = {h.text: h.reason for h in document.layout.hidden_text}
    assert reasons == {"Kubernetes Terraform": "vanish", "Six Sigma Black Belt": "white", "Spark": "tiny"}
    assert texts(document, hidden=True) == ["Kubernetes Terraform", "Six Sigma Black Belt", "Spark"]
    assert section_of(document, "Kubernetes Terraform") == "skills"


def test_line_break_splits_a_paragraph_and_tabs_become_spaces():
    document = read(fx.line_break_resume())
    assert texts(document) == ["Jane Doe", "jane.doe@example.com", "Experience", "ML Engineer 2020 - Present"]


def test_content_controls_are_read():
    document = read(fx.content_control_resume())
    assert texts(document) == ["Jane Doe", "Experience", "ML Engineer, Acme Corp"]
    assert section_of(document, "ML Engineer, Acme Corp") == "experience"


def test_hard_page_break_starts_page_two():
    document = read(fx.two_page_resume())
    assert document.pages == 2
    assert [ln.page for ln in document.lines] == [1, 1, 1, 2, 2]
    assert all(page.width == 612.0 and page.chars > 0 for page in document.layout.pages)
    with pytest.raises(LimitExceededError, match="resume.docx"):
        read_docx(fx.two_page_resume(), "resume.docx", Limits(max_pages=1))


def test_fonts_and_file_size():
    data = fx.plain_resume()
    layout = read(data).layout
    assert layout.file_size == len(data)
    assert layout.fonts and all(name and size > 0 and chars > 0 for name, size, chars in layout.fonts)
    assert layout.pages[0].columns == 1


def test_pictures_are_counted_and_white_text_on_a_dark_cell_is_visible():
    document = read(fx.picture_and_dark_cell_resume())
    assert document.layout.images == 1 and document.layout.pages[0].images == 1
    assert "Python | SQL" in document.text
    assert document.layout.hidden_text == ()


def test_truncated_docx_is_corrupt(tmp_path):
    data = fx.plain_resume()
    with pytest.raises(CorruptFileError, match=r"resume\.docx: .*damaged or truncated"):
        read(data[: len(data) // 2])
    path = tmp_path / "resume.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFileError, match="resume.docx"):
        read_resume(path)


def test_bad_xml_in_a_real_zip_is_corrupt():
    data = fx.replace_part(fx.plain_resume(), "word/document.xml", lambda xml: xml[: len(xml) // 2])
    with pytest.raises(CorruptFileError, match="resume.docx"):
        read(data)


def test_zip_without_document_is_unsupported(tmp_path):
    path = tmp_path / "archive.docx"
    path.write_bytes(fx.plain_zip())
    with pytest.raises(UnsupportedFormatError, match="archive.docx"):
        read_resume(path)


def test_docx_named_pdf_is_read_by_content(tmp_path):
    path = tmp_path / "resume.pdf"
    path.write_bytes(fx.plain_resume())
    document = read_resume(path)
    assert document.kind == "docx" and document.source == "resume.pdf"
    assert "Jane Doe" in document.text


def test_empty_docx(tmp_path):
    path = tmp_path / "blank.docx"
    path.write_bytes(fx.empty_docx())
    with pytest.raises(EmptyResumeError, match="blank.docx"):
        read_resume(path)


def test_word_template_asks_for_a_docx():
    with pytest.raises(UnsupportedFormatError, match=r"resume\.docx: .*save it as a Word Document"):
        read(fx.template_docx())


def test_encrypted_docx_is_reported_as_password_protected():
    with pytest.raises(EncryptedFileError, match="resume.docx: is password protected"):
        read(fx.encrypted_docx_stand_in())


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")

    def add_entity(xml: bytes) -> bytes:
        doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'.encode()
        xml = xml.replace(b"?>", b"?>" + doctype, 1)
        return xml.replace(b"<w:t>Jane Doe</w:t>", b"<w:t>Jane Doe &xxe;</w:t>", 1)

    data = fx.replace_part(fx.plain_resume(), "word/document.xml", add_entity)
    assert b"&xxe;" in fx.part_bytes(data, "word/document.xml")
    try:
        document = read(data)
    except AtsMatchError:
        return  # refusing the file is fine too
    assert "TOP-SECRET" not in "\n".join(ln.text for ln in document.lines)
