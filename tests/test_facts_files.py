"""ResumeFacts from real files: PDFs drawn with reportlab and read with both engines (dates
right-aligned on the title's row, a sidebar beside the main column, dates on the row below
the title) and DOCX built with python-docx (jobs in a table with the dates in the right
cell, contact in the page header, links behind words)."""

from __future__ import annotations

from datetime import date

import pytest

import ats_match
import facts_fixtures
from ats_match.facts import ResumeFacts, parse

AS_OF = date(2024, 6, 30)
ENGINES = ("pdfium", "pdfplumber")


def read_pdf(data: bytes, engine: str) -> ResumeFacts:
    return parse(ats_match.read_resume(data, engine=engine), as_of=AS_OF)


def jobs(found: ResumeFacts) -> list[tuple]:
    return [(j.title, j.employer, j.start, j.end, j.months) for j in found.experience]


def degrees(found: ResumeFacts) -> list[tuple]:
    return [(e.degree_level, e.degree, e.field, e.institution, e.end_year) for e in found.education]


@pytest.mark.parametrize("engine", ENGINES)
def test_dates_right_aligned_on_the_title_row(engine):
    found = read_pdf(facts_fixtures.right_dates_pdf(), engine)
    assert found.name.text == "Priya Raman"
    assert found.email.address == "priya.raman@example.org"
    assert (found.phone.number, found.phone.region) == ("+442079460958", "GB")
    assert (found.location.city, found.location.country, found.location.country_code) == (
        "London",
        "United Kingdom",
        "GB",
    )
    assert jobs(found) == [
        ("Senior Data Engineer", "Monzo Bank", "2020-03", "present", 52),
        ("Data Analyst", "Deloitte LLP", "2016-09", "2020-02", 42),
        ("Data Science Intern", "Ocado Group", "2015-06", "2015-08", 3),
    ]
    # Sep 2016 - Jun 2024, the internship of three months left out
    assert found.total_years == 7.8
    assert degrees(found) == [
        ("master", "MSc", "Statistics", "University College London", 2016),
        ("bachelor", "BSc", "Mathematics", "University of Warwick", 2015),
    ]
    assert [c.name for c in found.certifications] == [
        "Google Professional Data Engineer",
        "AWS Certified Solutions Architect - Associate",
    ]
    assert [(lang.name, lang.written) for lang in found.languages] == [
        ("English", "English"),
        ("Tamil", "Tamil"),
        ("French", "Français"),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_link_behind_the_word_linkedin_is_read(engine):
    found = read_pdf(facts_fixtures.right_dates_pdf(), engine)
    linkedin, github = found.links
    assert (linkedin.kind, linkedin.url, linkedin.label, linkedin.at.line) == (
        "linkedin",
        facts_fixtures.LINKEDIN,
        "LinkedIn",
        2,
    )
    assert (github.kind, github.url) == ("github", "https://github.com/priyaraman")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sidebar_beside_the_main_column(engine):
    found = read_pdf(facts_fixtures.sidebar_pdf(), engine)
    assert found.name.text == "Marcus Oyelaran"
    assert (found.email.address, found.phone.number) == ("marcus.o@example.com", "+15125550199")
    assert found.location.text == "Austin, TX"
    assert jobs(found) == [
        ("Senior Accountant", "Dell Technologies", "2019-01", "present", 66),
        ("Staff Accountant", "KPMG LLP", "2014-08", "2018-12", 53),
    ]
    assert found.total_years == 9.9
    assert degrees(found) == [
        ("bachelor", "Bachelor of Business Administration", "Accounting", "The University of Texas at Austin", 2014)
    ]
    assert [c.name for c in found.certifications] == ["Certified Public Accountant", "CMA"]
    assert [lang.name for lang in found.languages] == ["English", "Yoruba"]


@pytest.mark.parametrize("engine", ENGINES)
def test_dates_on_the_row_below_the_title(engine):
    found = read_pdf(facts_fixtures.date_rows_pdf(), engine)
    assert [(j.title, j.employer, j.start, j.end, j.location) for j in found.experience] == [
        ("Backend Engineer", "Zalando SE", "2021-04", "present", "Berlin, Germany"),
        ("Software Developer", "SAP", "2017-10", "2021-03", "Walldorf, Germany"),
    ]
    assert found.total_years == 6.8
    assert (found.phone.number, found.phone.region) == ("+4930901820", "DE")
    assert degrees(found) == [("master", "M.Sc.", "Informatics", "Technical University of Munich", 2017)]


@pytest.mark.parametrize("engine", ENGINES)
def test_every_fact_points_at_a_line_that_shows_it(engine):
    data = facts_fixtures.right_dates_pdf()
    document = ats_match.read_resume(data, engine=engine)
    found = parse(document, as_of=AS_OF)
    shown = {
        found.name.text: found.name.at,
        found.email.address: found.email.at,
        found.phone.written: found.phone.at,
        **{job.title: job.at for job in found.experience},
        **{entry.institution: entry.at for entry in found.education},
        **{cert.name: cert.at for cert in found.certifications},
    }
    for value, at in shown.items():
        assert value in document.lines[at.line - 1].text and document.lines[at.line - 1].page == at.page


def test_jobs_in_a_word_table_with_dates_in_the_right_cell():
    found = parse(facts_fixtures.table_jobs_docx(), as_of=AS_OF)
    assert found.name.text == "Lucía Fernández"
    assert (found.phone.number, found.phone.region) == ("+34912345678", "ES")
    assert [(link.kind, link.url, link.label) for link in found.links] == [
        ("linkedin", "https://www.linkedin.com/in/luciafernandez", "LinkedIn"),
        ("github", "https://github.com/luciaf", "GitHub"),
    ]
    assert jobs(found) == [
        ("Product Manager", "Cabify", "2021-02", "present", 41),
        ("Business Analyst", "Accenture", "2017-09", "2021-01", 41),
        ("Marketing Intern", "L'Oréal", "2016-06", "2016-08", 3),
    ]
    assert found.total_years == 6.8
    assert degrees(found) == [
        ("master", "MBA", None, "IE Business School", 2017),
        ("bachelor", "Licenciatura", "Economía", "Universidad Complutense de Madrid", 2015),
    ]
    assert found.highest_degree.degree == "MBA"
    assert [c.name for c in found.certifications] == [
        "Certified Scrum Product Owner (CSPO)",
        "Google Analytics Individual Qualification",
    ]
    assert [(lang.name, lang.written) for lang in found.languages] == [
        ("Spanish", "Español"),
        ("English", "Inglés"),
        ("German", "Deutsch"),
    ]


def test_contact_in_the_page_header_and_stacked_jobs():
    found = parse(facts_fixtures.stacked_docx(), as_of=AS_OF)
    assert (found.name.text, found.email.address, found.phone.number) == (
        "Darnell Washington",
        "darnell.w@example.com",
        "+14045550123",
    )
    assert jobs(found) == [
        ("Maintenance Technician", "Delta Air Lines", "2019-03", "present", 64),
        ("Electrician Apprentice", "Georgia Power Company", "2016-06", "2019-02", 33),
    ]
    assert degrees(found) == [
        ("associate", "Associate of Applied Science", "Electrical Technology", "Atlanta Technical College", 2016),
        ("high school", "High School Diploma", None, "Booker T. Washington High School", 2013),
    ]
    assert found.highest_degree.degree_level == "associate"
