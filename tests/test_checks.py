"""ATS readability checks: for each check, a resume that makes it fire and one that does
not. Files are real PDFs (reportlab) and DOCX (python-docx) made here; checks that only
look at words use text resumes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ats_match
import check_fixtures
import docx_fixtures
import pdf_fixtures
from ats_match.api import check
from ats_match.checks import CHECK_IDS, Check, run_checks, summarize
from ats_match.checks import text as checks_text
from ats_match.checks.base import QUOTE_CHARS, quote
from ats_match.reading import Line, build_document
from helpers import MLE

NAME_AND_CONTACT = "Jane Doe\njane.doe@example.com | (555) 123-4567 | Austin, TX\n"
EXPERIENCE = """EXPERIENCE
Senior Machine Learning Engineer, Acme Corp, Mar 2021 - Present
- Deployed PyTorch models to production behind a FastAPI service with Docker and Kubernetes
- Built feature pipelines in SQL and Pandas that feed fraud detection models every hour
- Cut inference latency by forty percent with batching, caching and model distillation
- Tracked experiments and model versions with MLflow and reviewed every release with the team
Data Scientist, Beta Inc, Jun 2017 - Feb 2021
- Forecast weekly demand for four hundred stores with gradient boosting in scikit-learn
- Designed A/B tests and explained their results to product managers and executives
- Wrote the team's guide to reproducible analysis with notebooks, tests and code review
"""
SKILLS = "SKILLS\nPython, SQL, PyTorch, scikit-learn, Pandas, Docker, Kubernetes, MLflow, AWS SageMaker\n"
EDUCATION = "EDUCATION\nM.S. Statistics, State University, 2017\nB.S. Computer Science, State University, 2015\n"
SUMMARY = (
    "SUMMARY\nMachine learning engineer with eight years of experience taking models from notebook to "
    "production, measuring what they change for the business and keeping them healthy once they run.\n"
)
RESUME = NAME_AND_CONTACT + SUMMARY + EXPERIENCE + SKILLS + EDUCATION


def checks_of(src, **kwargs) -> dict[str, Check]:
    """check() on a file's bytes or a text resume, by id."""
    if isinstance(src, str):
        src = ats_match.read_text(src)
    return {c.id: c for c in check(src, **kwargs)}


def one(src, check_id: str, **kwargs) -> Check:
    return checks_of(src, **kwargs)[check_id]


def evidence_text(item: Check) -> str:
    return "\n".join(item.evidence)


# ---------------------------------------------------------------------------- the whole set


def test_the_base_resume_passes_every_check():
    results = checks_of(RESUME)
    assert {cid: c.status for cid, c in results.items()} == dict.fromkeys(CHECK_IDS, "pass")


def test_checks_come_in_design_order_with_plain_messages():
    results = run_checks(ats_match.read_text(RESUME))
    assert tuple(c.id for c in results) == CHECK_IDS
    for item in results:
        assert item.status in ("pass", "warn", "fail")
        assert item.message and "\n" not in item.message
        assert item.to_dict() == {
            "id": item.id,
            "status": item.status,
            "message": item.message,
            "evidence": list(item.evidence),
            "fix": item.fix,
            "checked": not item.message.startswith("not checked"),
        }


def test_summarize_counts_each_status():
    results = check(pdf_fixtures.hidden_text())
    counts = summarize(results)
    assert set(counts) == {"pass", "warn", "fail"}
    assert sum(counts.values()) == len(CHECK_IDS)
    assert counts["fail"] == sum(1 for c in results if c.status == "fail") >= 1


def test_a_warning_or_failure_says_how_to_fix_it():
    for item in check(docx_fixtures.header_footer_resume()):
        assert bool(item.fix) == (item.status != "pass"), item


def test_evidence_quotes_at_most_a_short_piece_of_the_resume():
    long_line = "Built " + "very " * 40 + "large pipelines"
    assert len(quote(long_line)) <= QUOTE_CHARS + 2  # the quotes around it
    results = checks_of(NAME_AND_CONTACT + "# My Journey\n" + long_line + " (cid:3)" * 30 + "\n")
    for item in results.values():
        for entry in item.evidence:
            for quoted in re.findall(r"'([^']*)'", entry):
                assert len(quoted) <= QUOTE_CHARS, entry


_ALPHABET = st.sampled_from(
    [*"aBcJ O H N", "\n", "\n", " ", "@", "|", "-", "/", ".", "2019", "Mar", "Present", "(cid:7)", "\ue001", "\ufffd"]
    + ["EXPERIENCE", "Skills", "# My Journey", "Engineer", "(555) 123-4567", "a@b.io", "Lorem ipsum", "x" * 80]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ALPHABET, min_size=1, max_size=60).map("".join).filter(str.strip))
def test_any_text_gets_every_check_with_short_evidence(text):
    results = run_checks(ats_match.read_text(text))
    assert tuple(c.id for c in results) == CHECK_IDS
    for item in results:
        assert item.status in ("pass", "warn", "fail") and "\n" not in item.message
        for entry in item.evidence:
            assert "\n" not in entry and len(entry) <= QUOTE_CHARS + 60, entry


def test_a_path_a_file_object_and_bytes_give_the_same_checks(tmp_path):
    data = docx_fixtures.header_footer_resume()
    path = tmp_path / "resume.docx"
    path.write_bytes(data)
    with path.open("rb") as stream:
        assert check(path) == check(stream) == check(data)


def test_a_corrupt_file_is_still_an_error():
    with pytest.raises(ats_match.CorruptFileError):
        check(b"%PDF-1.7\n this is not a PDF at all")


# ---------------------------------------------------------------------------- text-layer


def test_a_scanned_pdf_fails_text_layer_and_is_otherwise_not_checked():
    results = checks_of(pdf_fixtures.scanned())
    assert tuple(results) == CHECK_IDS
    assert results["text-layer"].status == "fail"
    assert results["file"].status == "pass" and "PDF" in results["file"].message
    for cid in CHECK_IDS[2:]:
        assert (results[cid].status, results[cid].message) == ("warn", "not checked: no readable text")


def test_a_scan_after_a_text_page_warns_on_that_page():
    item = one(pdf_fixtures.text_then_scan(), "text-layer")
    assert item.status == "warn"
    assert item.evidence[0].startswith("page 2:")


def test_a_short_last_page_is_not_a_scan():
    def last(canvas):
        pdf_fixtures.text(canvas, 72, 90, "standards.")

    data = pdf_fixtures.build(
        lambda canvas: pdf_fixtures.lines(canvas, 72, 90, ["Jane Doe", *pdf_fixtures.ONE_COLUMN]), last
    )
    assert not ats_match.read_resume(data).layout.pages[1].has_text_layer  # the reader's own threshold
    assert one(data, "text-layer").status == "pass"


def test_an_empty_file_fails_text_layer():
    assert one(b"   \n", "text-layer").status == "fail"


def test_a_text_pdf_passes_text_layer():
    assert one(pdf_fixtures.one_column(), "text-layer").status == "pass"


# ---------------------------------------------------------------------------- file


@pytest.mark.slow
def test_a_pdf_over_two_and_a_half_megabytes_warns():
    data = check_fixtures.padded_pdf(3.0)
    assert len(data) > 2.5 * 1024 * 1024
    item = one(data, "file")
    assert item.status == "warn"
    assert "MB" in item.message


def test_a_file_over_the_hard_limit_fails_and_nothing_else_is_checked():
    data = pdf_fixtures.one_column()
    results = checks_of(data, limits=ats_match.Limits(max_bytes=len(data) - 1))
    assert results["file"].status == "fail"
    assert all(results[cid].status == "warn" for cid in CHECK_IDS if cid != "file")


def test_a_small_pdf_and_docx_pass_file():
    assert one(pdf_fixtures.one_column(), "file").status == "pass"
    assert one(docx_fixtures.plain_resume(), "file").status == "pass"


def test_markdown_warns_file():
    document = ats_match.read_text("# Jane Doe\n" + RESUME)
    assert document.kind == "markdown"
    assert checks_of(document)["file"].status == "warn"


# ---------------------------------------------------------------------------- contact


def test_contact_only_in_a_docx_header_warns():
    item = one(docx_fixtures.header_footer_resume(), "contact")
    assert item.status == "warn"
    assert "page header" in item.message
    assert "jane.doe@example.com" in evidence_text(item)


def test_contact_in_the_top_band_of_a_pdf_warns():
    item = one(pdf_fixtures.header_footer(), "contact")
    assert item.status == "warn"
    assert "header" in item.message


def test_contact_in_a_text_box_warns():
    document = ats_match.read_text(RESUME.replace(NAME_AND_CONTACT, "Jane Doe\n"))
    box = Line("jane.doe@example.com (555) 123-4567", region="textbox")
    item = checks_of(build_document("boxed.docx", "docx", [*document.lines, box]))["contact"]
    assert item.status == "warn"
    assert "text box" in item.message


def test_no_email_and_no_phone_fails():
    item = one(RESUME.replace(NAME_AND_CONTACT, "Jane Doe\nAustin, TX\n"), "contact")
    assert item.status == "fail"


def test_a_missing_phone_warns():
    item = one(RESUME.replace("(555) 123-4567", "Austin"), "contact")
    assert item.status == "warn"
    assert "no phone number" in item.message


def test_contact_in_the_body_passes_and_lists_profiles():
    item = one(docx_fixtures.plain_resume(), "contact")
    assert item.status == "pass"
    profiles = one(docx_fixtures.hyperlink_resume(), "contact")
    assert "LinkedIn: 'linkedin.com/in/janedoe'" in profiles.evidence
    assert "GitHub: 'github.com/janedoe'" in profiles.evidence


@pytest.mark.parametrize(
    "text",
    ["Managed budgets from 2019-2021", "GPA 3.83 / 4.0", "doi 10.1234/neurips.2023.1234", "Jan 2019 - Dec 2021"],
)
def test_years_and_figures_are_not_phone_numbers(text):
    assert checks_text.phones(text) == []


@pytest.mark.parametrize("number", ["(555) 123-4567", "+44 20 7946 0958", "607.379.5733", "+1-(234)-555-1234"])
def test_phone_numbers_in_common_forms_are_found(number):
    assert checks_text.phones(f"Call {number} today") == [number]


# ---------------------------------------------------------------------------- name


def test_placeholders_left_in_a_docx_template_warn():
    item = one(check_fixtures.placeholder_docx(), "name")
    assert item.status == "warn"
    found = evidence_text(item)
    for placeholder in ("YOUR NAME HERE", "Job Title 1", "[Company Name]", "Lorem ipsum"):
        assert placeholder in found


@pytest.mark.parametrize(
    "placeholder", ["First Last", "@@@PROJECT TITLE@@@", "[Your Address]", "MMM YYYY", "Company 2"]
)
def test_placeholder_forms(placeholder):
    item = one(RESUME + f"PROJECTS\n{placeholder}\n", "name")
    assert item.status == "warn"
    assert placeholder in evidence_text(item)


def test_john_doe_is_a_name_not_a_placeholder():
    item = one(RESUME.replace("Jane Doe", "John Doe"), "name")
    assert item.status == "pass"
    assert "John Doe" in evidence_text(item)


def test_a_resume_that_does_not_open_with_a_name_warns():
    item = one(RESUME.replace("Jane Doe\n", "Curriculum Vitae\nUpdated 2024\n"), "name")
    assert item.status == "warn"


@pytest.mark.parametrize(
    "top", ["JANE DOE", "Jane van der Berg", "Alex R. Nguyen | alex@example.com", "Harvey Dent # hdent"]
)
def test_names_in_common_forms_pass(top):
    item = one(RESUME.replace("Jane Doe\n", top + "\n"), "name")
    assert item.status == "pass", item


# ---------------------------------------------------------------------------- headings


def test_no_standard_heading_fails():
    body = "\n".join(line for line in RESUME.splitlines() if line not in ("EXPERIENCE", "SKILLS", "EDUCATION"))
    item = one(body, "headings")
    assert item.status == "fail"


def test_a_missing_skills_heading_warns():
    item = one(RESUME.replace(SKILLS, ""), "headings")
    assert item.status == "warn"
    assert "no Skills heading" in item.evidence


def test_an_unusual_heading_is_named():
    text = NAME_AND_CONTACT + "# My Journey\nFrom teacher to engineer.\n# Experience\n" + EXPERIENCE.split("\n", 1)[1]
    text += "# Skills\nPython\n# Education\nB.S. 2015\n# Things I Love\nRunning\n"
    item = one(text, "headings")
    assert item.status == "warn"
    found = evidence_text(item)
    assert "'Things I Love'" in found
    assert "'My Journey'" in found
    assert "Jane Doe" not in found  # the first line holds the name, not a heading


def test_an_unusual_heading_set_like_the_others_in_a_pdf_is_named():
    def page(canvas):
        pdf_fixtures.text(canvas, 72, 90, "Jane Doe", font="Helvetica-Bold", size=20)
        pdf_fixtures.text(canvas, 72, 110, check_fixtures.CONTACT)
        rows = [
            "# EXPERIENCE",
            "ML Engineer, Acme Corp, 2020 - 2023",
            "# SKILLS",
            "Python, SQL",
            "# MY LIFE PHILOSOPHY",
        ]
        pdf_fixtures.lines(canvas, 72, 150, [*rows, "Ship small things often", "# EDUCATION", "B.S. 2019"])

    item = one(pdf_fixtures.build(page), "headings")
    assert item.status == "warn"
    assert "'MY LIFE PHILOSOPHY'" in evidence_text(item)


def test_the_standard_headings_pass():
    assert one(docx_fixtures.plain_resume(), "headings").status == "pass"


# ---------------------------------------------------------------------------- layout


def test_two_columns_warn():
    item = one(pdf_fixtures.two_column(), "layout")
    assert item.status == "warn"
    assert "page 1: 2 columns" in item.evidence


def test_skills_in_a_table_warn():
    for data in (docx_fixtures.skills_table_resume(), pdf_fixtures.skills_table()):
        item = one(data, "layout")
        assert item.status == "warn"
        assert "skills in a table" in item.message
        assert "Python | SQL" in evidence_text(item)


def test_a_table_of_certifications_does_not_warn():
    data = check_fixtures.certifications_table_docx()
    assert any(line.region == "table" for line in ats_match.read_resume(data).lines)
    assert one(data, "layout").status == "pass"


def test_a_text_box_warns():
    item = one(docx_fixtures.text_box_resume(), "layout")
    assert item.status == "warn"
    assert "text boxes" in item.message
    assert "'Kubeflow, Airflow, Terraform' (text box)" in evidence_text(item)


def test_a_picture_warns():
    item = one(docx_fixtures.picture_and_dark_cell_resume(), "layout")
    assert item.status == "warn"
    assert "images" in item.message


def test_icons_instead_of_labels_warn():
    text = RESUME.replace(NAME_AND_CONTACT, "Jane Doe\n\uf0e0 jane.doe@example.com \uf095 (555) 123-4567\n")
    item = one(text, "layout")
    assert item.status == "warn"
    assert "icons" in item.message
    assert one(text, "glyphs").status == "pass"  # said once, under layout


def test_one_column_passes_layout():
    assert one(pdf_fixtures.one_column(), "layout").status == "pass"
    assert one(docx_fixtures.plain_resume(), "layout").status == "pass"


# ---------------------------------------------------------------------------- glyphs


def test_a_name_drawn_letter_spaced_in_a_pdf_warns():
    data = check_fixtures.letter_spaced_pdf()
    assert ats_match.read_resume(data).lines[0].text == "JANE DOE"  # the reader joins it ...
    item = one(data, "glyphs")  # ... an ATS does not
    assert item.status == "warn"
    assert "J A N E" in evidence_text(item)


def test_letters_typed_apart_in_a_docx_warn():
    item = one(check_fixtures.letter_spaced_docx(), "glyphs")
    assert item.status == "warn"
    assert "'E X P E R I E N C E'" in evidence_text(item)


def test_a_few_unreadable_glyphs_warn():
    item = one(RESUME + "Awards\nBest paper (cid:12) award at StackOver\ufffdow\n", "glyphs")
    assert item.status == "warn"
    assert "(cid:12)" in evidence_text(item)


def test_many_unreadable_glyphs_fail():
    garbage = " ".join(f"(cid:{n})\ue001\ue002" for n in range(40))
    item = one(RESUME + f"Awards\n{garbage}\n", "glyphs")
    assert item.status == "fail"


def test_ordinary_text_passes_glyphs():
    assert one(pdf_fixtures.one_column(), "glyphs").status == "pass"
    assert one("Jane Doe\nA B testing and C programming\nI am a team lead", "glyphs").status == "pass"


# ---------------------------------------------------------------------------- hidden-text


@pytest.mark.parametrize(
    ("data", "reasons"),
    [
        (pdf_fixtures.hidden_text(), ("white", "tiny", "off-page")),
        (docx_fixtures.hidden_text_resume(), ("vanish", "white", "tiny")),
    ],
)
def test_hidden_text_fails_with_an_excerpt_per_piece(data, reasons):
    item = one(data, "hidden-text")
    assert item.status == "fail"
    assert len(item.evidence) == 3
    for entry, reason in zip(item.evidence, reasons, strict=True):
        assert entry.startswith(f"page 1, {reason}: ")
    assert "Certified Cloud Practitioner" not in evidence_text(item)  # white on a dark box is visible


def test_visible_text_passes_hidden_text():
    assert one(pdf_fixtures.one_column(), "hidden-text").status == "pass"


# ---------------------------------------------------------------------------- dates


def test_mixed_date_forms_warn_naming_both():
    item = one(RESUME.replace("Jun 2017 - Feb 2021", "06/2017 - 02/2021"), "dates")
    assert item.status == "warn"
    assert "'Mar 2021'" in item.message and "'06/2017'" in item.message


def test_an_experience_section_without_dates_warns():
    text = re.sub(r", (?:Mar|Jun) 20\d\d - \w+ ?\d*", "", RESUME)
    item = one(text, "dates")
    assert item.status == "warn"
    assert item.message == "Your experience section shows no dates."


def test_a_job_without_dates_is_named():
    item = one(RESUME.replace("Data Scientist, Beta Inc, Jun 2017 - Feb 2021", "Data Scientist, Beta Inc"), "dates")
    assert item.status == "warn"
    assert "'Data Scientist, Beta Inc' has no dates" in evidence_text(item)


def test_seasons_warn():
    text = RESUME.replace("Mar 2021 - Present", "Summer 2021 - Present").replace(
        "Jun 2017 - Feb 2021", "Fall 2017 - Spring 2021"
    )
    assert one(text, "dates").status == "warn"


@pytest.mark.parametrize("dates", ["2019 - 2021", "01/2019 - 12/2021", "2019-01 - 2021-12", "January 2019 - Current"])
def test_dates_written_one_way_pass(dates):
    text = RESUME.replace("Mar 2021 - Present", dates).replace("Jun 2017 - Feb 2021", dates)
    assert one(text, "dates").status == "pass"


# ---------------------------------------------------------------------------- length


def test_a_thin_resume_warns_with_its_figures():
    item = one(NAME_AND_CONTACT + "EXPERIENCE\nAnalyst, Acme, 2019 - 2021\n", "length")
    assert item.status == "warn"
    assert re.match(r"1 page, \d+ words, about 2 years of work shown: too thin", item.message)


def test_three_pages_for_a_short_career_warn():
    item = one(check_fixtures.career_pdf(3, 2019, 2023), "length")
    assert item.status == "warn"
    assert item.message.startswith("3 pages, ") and "about 4 years of work shown" in item.message


def test_three_pages_for_a_long_career_pass():
    item = one(check_fixtures.career_pdf(3, 2005, 2023), "length")
    assert item.status == "pass"
    assert "about 18 years" in item.message


def test_a_usual_resume_passes_length_with_its_figures():
    item = one(RESUME, "length")
    assert item.status == "pass"
    assert re.match(r"1 page, \d{3} words", item.message)


# ---------------------------------------------------------------------------- keyword-form


def test_keyword_form_without_a_role_is_not_checked():
    item = one(RESUME, "keyword-form")
    assert (item.status, item.message) == ("pass", "not checked: no role given (use --role)")


def test_a_variant_a_search_misses_warns_with_the_keyword_message():
    text = RESUME.replace("scikit-learn", "sklearn")
    item = one(text, "keyword-form", role=MLE)
    assert item.status == "warn"
    report = ats_match.score(ats_match.read_text(text), MLE)
    assert item.evidence == tuple(form.message for form in report.keywords.variants_only)
    assert any("you wrote 'sklearn'" in entry for entry in item.evidence)


def test_exact_names_pass_keyword_form():
    assert one(RESUME, "keyword-form", role=MLE).status == "pass"


def test_checks_do_not_change_the_score():
    document = ats_match.read_text(RESUME)
    before = ats_match.score(document, MLE).score
    check(document, role=MLE)
    assert ats_match.score(document, MLE).score == before
