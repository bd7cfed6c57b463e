"""Resumes that make one readability check fire, built by the tests (reportlab, python-docx)
on top of pdf_fixtures and docx_fixtures. Each builder returns the file's bytes."""

from __future__ import annotations

import io
import random

import docx
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from docx_fixtures import save
from pdf_fixtures import HEIGHT, ONE_COLUMN, build, lines, text

CONTACT = "jane.doe@example.com | (555) 123-4567 | Austin, TX"


def letter_spaced_pdf() -> bytes:
    """The name drawn with wide character spacing (the Tc operator, as "expanded" type is
    set), which our reader joins back into "JANE DOE" but a plain extractor does not."""

    def page(canvas: Canvas) -> None:
        name = canvas.beginText(72, HEIGHT - 90)
        name.setFont("Helvetica-Bold", 20)
        name.setCharSpace(9)
        name.textOut("JANE DOE")
        name.setCharSpace(0)
        canvas.drawText(name)
        text(canvas, 72, 110, CONTACT)
        lines(canvas, 72, 150, ONE_COLUMN)

    return build(page)


def padded_pdf(megabytes: float = 3.0) -> bytes:
    """A one-column resume carrying a picture of random pixels, which no compression
    shrinks: the file is about `megabytes` large."""
    side = int((megabytes * 1024 * 1024 / 3) ** 0.5) + 1
    noise = random.Random(0).randbytes(side * side * 3)
    picture = io.BytesIO()
    Image.frombytes("RGB", (side, side), noise).save(picture, format="PNG")

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 90, "Jane Doe", font="Helvetica-Bold", size=20)
        text(canvas, 72, 110, CONTACT)
        lines(canvas, 72, 150, ONE_COLUMN)
        canvas.drawImage(ImageReader(picture), 72, 72, width=200, height=200)

    return build(page)


def career_pdf(pages: int, first_year: int, last_year: int) -> bytes:
    """`pages` pages of one-column resume whose jobs run from first_year to last_year."""
    middle = (first_year + last_year) // 2
    jobs = [
        "# EXPERIENCE",
        f"Senior ML Engineer, Acme Corp, {middle} - {last_year}",
        "- Deployed PyTorch models to production with Docker and MLflow",
        "- Built feature pipelines in SQL and Pandas for fraud detection",
        f"Data Analyst, Beta Inc, {first_year} - {middle}",
        "- Forecast demand with gradient boosting and scikit-learn",
        "- Presented weekly findings to product leadership",
    ]
    more = [f"- Project {n}: trained and evaluated a classifier on customer data" for n in range(1, 30)]

    def first(canvas: Canvas) -> None:
        text(canvas, 72, 90, "Jane Doe", font="Helvetica-Bold", size=20)
        text(canvas, 72, 110, CONTACT)
        lines(canvas, 72, 150, [*jobs, "", "# SKILLS", "Python, SQL, Docker", "", "# EDUCATION", "B.S. Statistics"])

    def other(canvas: Canvas) -> None:
        lines(canvas, 72, 90, ["# PROJECTS", *more])

    return build(first, *[other] * (pages - 1))


def placeholder_docx() -> bytes:
    """A Word template with its placeholders left in."""
    document = docx.Document()
    document.add_paragraph("YOUR NAME HERE", style="Title")
    document.add_paragraph("your.name@example.com | (555) 123-4567")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("Job Title 1, [Company Name], Jan 2020 - Present")
    document.add_paragraph("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", style="List Bullet")
    document.add_paragraph("Skills", style="Heading 1")
    document.add_paragraph("Python, SQL")
    document.add_paragraph("Education", style="Heading 1")
    document.add_paragraph("B.S. Computer Science, 2019")
    return save(document)


def letter_spaced_docx() -> bytes:
    """A name and a heading typed with spaces between the letters."""
    document = docx.Document()
    document.add_paragraph("J A N E   D O E", style="Title")
    document.add_paragraph(CONTACT)
    document.add_paragraph("E X P E R I E N C E", style="Heading 1")
    document.add_paragraph("ML Engineer, Acme Corp, 2020 - 2023")
    return save(document)


def certifications_table_docx() -> bytes:
    """Experience and skills as paragraphs; only the certifications sit in a table."""
    document = docx.Document()
    document.add_paragraph("Jane Doe", style="Title")
    document.add_paragraph(CONTACT)
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("ML Engineer, Acme Corp, 2020 - 2023")
    document.add_paragraph("Skills", style="Heading 1")
    document.add_paragraph("Python, SQL, Docker")
    document.add_paragraph("Certifications", style="Heading 1")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("AWS ML Specialty", "2022"), ("TensorFlow Developer", "2021")), strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    return save(document)
