"""Resumes for the facts tests, drawn with reportlab and built with python-docx in the
layouts real resumes use: dates right-aligned on the title's row, dates on a row of their
own in a right-hand column, a sidebar beside the main column, jobs in Word tables with the
dates in the right cell, and profile links behind words. Each builder returns bytes."""

from __future__ import annotations

import docx
from docx.shared import Pt
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from docx_fixtures import add_hyperlink, save
from pdf_fixtures import HEIGHT, build, text

LINKEDIN = "https://www.linkedin.com/in/priya-raman"


def right(canvas: Canvas, x: float, top: float, line: str, size: float = 10) -> None:
    """A line whose right end sits at `x`, as a right-hand date column is drawn."""
    canvas.setFont("Helvetica", size)
    canvas.drawRightString(x, HEIGHT - top, line)


def heading(canvas: Canvas, x: float, top: float, line: str) -> None:
    text(canvas, x, top, line, font="Helvetica-Bold", size=12)


def right_dates_pdf() -> bytes:
    """One column: the name, a contact line with a +44 number and a LinkedIn hyperlink on
    the word "LinkedIn", jobs whose dates are right-aligned on the title's row (employer on
    the next line, or on the same line after a comma), education, certifications, languages."""

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 70, "Priya Raman", font="Helvetica-Bold", size=22)
        before = "London, United Kingdom | priya.raman@example.org | +44 20 7946 0958 | "
        text(canvas, 72, 92, before + "LinkedIn")
        x0 = 72 + stringWidth(before, "Helvetica", 10)
        canvas.linkURL(
            LINKEDIN, (x0, HEIGHT - 95, x0 + stringWidth("LinkedIn", "Helvetica", 10), HEIGHT - 84), relative=0
        )
        text(canvas, 72, 106, "github.com/priyaraman")
        heading(canvas, 72, 140, "EXPERIENCE")
        text(canvas, 72, 160, "Senior Data Engineer", font="Helvetica-Bold")
        right(canvas, 540, 160, "Mar 2020 - Present")
        text(canvas, 72, 174, "Monzo Bank, London")
        text(canvas, 84, 188, "- Built streaming pipelines in Kafka and Spark")
        text(canvas, 72, 210, "Data Analyst, Deloitte LLP", font="Helvetica-Bold")
        right(canvas, 540, 210, "Sep 2016 - Feb 2020")
        text(canvas, 84, 224, "- Automated audit analytics in Python")
        text(canvas, 72, 246, "Data Science Intern, Ocado Group", font="Helvetica-Bold")
        right(canvas, 540, 246, "Jun 2015 - Aug 2015")
        heading(canvas, 72, 280, "EDUCATION")
        text(canvas, 72, 300, "MSc in Statistics, University College London", font="Helvetica-Bold")
        right(canvas, 540, 300, "2016")
        text(canvas, 72, 314, "BSc Mathematics, University of Warwick")
        right(canvas, 540, 314, "2015")
        heading(canvas, 72, 348, "CERTIFICATIONS")
        text(canvas, 72, 368, "- Google Professional Data Engineer (2021)")
        text(canvas, 72, 382, "- AWS Certified Solutions Architect - Associate")
        heading(canvas, 72, 416, "LANGUAGES")
        text(canvas, 72, 436, "English (native), Tamil (fluent), Français (B2)")

    return build(page)


def sidebar_pdf() -> bytes:
    """A narrow left sidebar (contact, skills, languages, certificates) beside the main
    column (experience: title, then employer, then dates on a line of their own; education)."""

    def page(canvas: Canvas) -> None:
        text(canvas, 36, 60, "Marcus Oyelaran", font="Helvetica-Bold", size=24)
        side = [
            ("CONTACT", True),
            ("marcus.o@example.com", False),
            ("(512) 555-0199", False),
            ("Austin, TX", False),
            ("", False),
            ("SKILLS", True),
            ("Budgeting", False),
            ("Forecasting", False),
            ("", False),
            ("LANGUAGES", True),
            ("English", False),
            ("Yoruba", False),
            ("", False),
            ("CERTIFICATES", True),
            ("Certified Public Accountant", False),
            ("CMA", False),
        ]
        top = 110
        for line, bold in side:
            if line:
                text(canvas, 36, top, line, font="Helvetica-Bold" if bold else "Helvetica", size=12 if bold else 9)
            top += 15
        main = [
            ("EXPERIENCE", "h"),
            ("Senior Accountant", "b"),
            ("Dell Technologies", ""),
            ("Jan 2019 - Present", ""),
            ("- Closed the books monthly for three business units", ""),
            ("Staff Accountant", "b"),
            ("KPMG LLP", ""),
            ("Aug 2014 - Dec 2018", ""),
            ("- Audited manufacturing clients", ""),
            ("", ""),
            ("EDUCATION", "h"),
            ("Bachelor of Business Administration in Accounting", "b"),
            ("The University of Texas at Austin, 2014", ""),
        ]
        top = 110
        for line, style in main:
            if style == "h":
                heading(canvas, 220, top, line)
            elif line:
                text(canvas, 220, top, line, font="Helvetica-Bold" if style == "b" else "Helvetica")
            top += 16

    return build(page)


def date_rows_pdf() -> bytes:
    """Each job's employer and title on one row with the city at the right, and its dates
    at the right of the row below, beside the first bullet (as RenderCV draws them)."""

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 70, "Elena Petrova", font="Helvetica-Bold", size=22)
        text(canvas, 72, 92, "elena.petrova@example.com | Berlin, Germany | +49 30 901820")
        heading(canvas, 72, 130, "Experience")
        text(canvas, 72, 150, "Zalando SE, Backend Engineer", font="Helvetica-Bold")
        right(canvas, 540, 150, "Berlin, Germany")
        text(canvas, 84, 164, "- Designed the returns service in Kotlin")
        right(canvas, 540, 164, "Apr 2021 - present")
        text(canvas, 84, 178, "- Cut checkout latency by a third")
        text(canvas, 72, 200, "SAP, Software Developer", font="Helvetica-Bold")
        right(canvas, 540, 200, "Walldorf, Germany")
        text(canvas, 84, 214, "- Maintained the billing engine")
        right(canvas, 540, 214, "Oct 2017 - Mar 2021")
        heading(canvas, 72, 250, "Education")
        text(canvas, 72, 270, "Technical University of Munich, M.Sc. in Informatics", font="Helvetica-Bold")
        right(canvas, 540, 270, "Oct 2015 - Sep 2017")

    return build(page)


def table_jobs_docx() -> bytes:
    """Contact with LinkedIn and GitHub behind their names, jobs in a two-column table with
    the dates in the right cell, degrees in a table too, a Languages heading."""
    document = docx.Document()
    document.add_paragraph("Lucía Fernández", style="Title")
    contact = document.add_paragraph("Madrid, Spain | lucia.fernandez@example.es | +34 912 345 678 | ")
    add_hyperlink(contact, "https://www.linkedin.com/in/luciafernandez", "LinkedIn")
    contact.add_run(" | ")
    add_hyperlink(contact, "https://github.com/luciaf", "GitHub")
    document.add_paragraph("Experience", style="Heading 1")
    jobs = document.add_table(rows=3, cols=2)
    rows = [
        ("Product Manager, Cabify", "Feb 2021 – Present"),
        ("Business Analyst, Accenture", "Sep 2017 – Jan 2021"),
        ("Marketing Intern, L'Oréal", "Jun 2016 – Aug 2016"),
    ]
    for row, (left, dates) in zip(jobs.rows, rows, strict=True):
        row.cells[0].text = left
        row.cells[1].text = dates
    document.add_paragraph("Education", style="Heading 1")
    degrees = document.add_table(rows=2, cols=2)
    for row, (left, year) in zip(
        degrees.rows,
        (("MBA, IE Business School", "2017"), ("Licenciatura en Economía, Universidad Complutense de Madrid", "2015")),
        strict=True,
    ):
        row.cells[0].text = left
        row.cells[1].text = year
    document.add_paragraph("Certifications", style="Heading 1")
    document.add_paragraph("Certified Scrum Product Owner (CSPO)", style="List Bullet")
    document.add_paragraph("Google Analytics Individual Qualification", style="List Bullet")
    document.add_paragraph("Languages", style="Heading 1")
    document.add_paragraph("Español (nativo), Inglés (C1), Deutsch (A2)")
    return save(document)


def stacked_docx() -> bytes:
    """Name and contact in the page header; jobs as a bold title paragraph, the employer
    and city, and a dates paragraph; a high school diploma and an associate degree."""
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Darnell Washington"
    header.add_paragraph("Atlanta, GA | darnell.w@example.com | 404-555-0123")
    document.add_paragraph("Work Experience", style="Heading 1")
    for title, employer, dates in (
        ("Maintenance Technician", "Delta Air Lines, Atlanta, GA", "03/2019 - Current"),
        ("Electrician Apprentice", "Georgia Power Company", "06/2016 - 02/2019"),
    ):
        run = document.add_paragraph().add_run(title)
        run.bold, run.font.size = True, Pt(11)
        document.add_paragraph(employer)
        document.add_paragraph(dates)
        document.add_paragraph("Kept equipment running safely", style="List Bullet")
    document.add_paragraph("Education", style="Heading 1")
    document.add_paragraph("Associate of Applied Science in Electrical Technology")
    document.add_paragraph("Atlanta Technical College, 2016")
    document.add_paragraph("High School Diploma")
    document.add_paragraph("Booker T. Washington High School, 2013")
    return save(document)
