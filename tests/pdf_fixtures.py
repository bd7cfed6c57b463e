"""PDF resumes drawn with reportlab for the reader tests, so no binary file is committed.
Each builder returns the file's bytes. Positions are given from the top of a US Letter
page (612 x 792 points), as a reader sees them."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path

import reportlab
from reportlab.lib import colors, pdfencrypt
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

WIDTH, HEIGHT = letter
Draw = Callable[[Canvas], None]


def build(*pages: Draw, encrypt: object = None) -> bytes:
    """A PDF with one page per drawing function."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1, encrypt=encrypt)
    for draw in pages:
        draw(canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def text(canvas: Canvas, x: float, top: float, line: str, font: str = "Helvetica", size: float = 10) -> None:
    """Draw one line whose baseline sits `top` points below the top of the page."""
    canvas.setFont(font, size)
    canvas.drawString(x, HEIGHT - top, line)


def lines(canvas: Canvas, x: float, top: float, rows: Iterable[str], leading: float = 14, **style) -> float:
    """Draw lines one below the other; returns the top of the next line. A row that
    starts with "#" is a bold heading."""
    for row in rows:
        if row.startswith("#"):
            text(canvas, x, top, row[1:].strip(), font="Helvetica-Bold", size=12)
        elif row:
            text(canvas, x, top, row, **style)
        top += leading
    return top


# ---------------------------------------------------------------------------- layouts

ONE_COLUMN = [
    "# SUMMARY",
    "Machine learning engineer with five years of production experience.",
    "",
    "# EXPERIENCE",
    "ML Engineer, Acme Corp, 2020 - Present",
    "- Deployed PyTorch models with Docker and MLflow",
    "- Built feature pipelines in SQL and Pandas",
    "",
    "# SKILLS",
    "Python, SQL, Docker, scikit-learn",
    "",
    "# EDUCATION",
    "B.S. Computer Science, State University, 2019",
]


def one_column() -> bytes:
    """Name, contact line, then Summary, Experience, Skills, Education."""

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 90, "Jane Doe", font="Helvetica-Bold", size=20)
        text(canvas, 72, 110, "jane.doe@example.com | (555) 123-4567 | Austin, TX")
        lines(canvas, 72, 150, ONE_COLUMN)

    return build(page)


EXPERIENCE_BULLETS = [
    "- Deployed PyTorch models to production",
    "- Built feature pipelines in SQL and Pandas",
    "- Cut inference latency by 40 percent",
    "- Tracked experiments with MLflow",
    "- Served models behind FastAPI",
    "- Mentored two junior engineers",
]
SKILL_ITEMS = ["Python", "SQL", "Docker", "Kubernetes", "Terraform", "Airflow"]


def two_column() -> bytes:
    """A name banner over two columns set with the same leading, so every skill sits on
    the baseline of an experience bullet: Experience left, Skills right."""

    def page(canvas: Canvas) -> None:
        text(canvas, 200, 70, "Jane Doe", font="Helvetica-Bold", size=22)
        text(canvas, 170, 92, "jane.doe@example.com | (555) 123-4567 | Austin, TX")
        lines(canvas, 54, 140, ["# EXPERIENCE", "ML Engineer, Acme Corp, 2020 - Present", *EXPERIENCE_BULLETS])
        lines(canvas, 400, 140, ["# SKILLS", *SKILL_ITEMS, "", "# EDUCATION", "B.S. Computer Science"])

    return build(page)


def sidebar() -> bytes:
    """A narrow left sidebar (Contact, Skills) beside a wide main column (Summary,
    Experience), under a name banner."""

    def page(canvas: Canvas) -> None:
        text(canvas, 36, 60, "Jane Doe", font="Helvetica-Bold", size=24)
        text(canvas, 36, 82, "Machine Learning Engineer", size=12)
        sidebar_rows = ["# CONTACT", "jane@example.com", "(555) 123-4567", "Austin, TX", "", "# SKILLS", *SKILL_ITEMS]
        lines(canvas, 36, 130, sidebar_rows, leading=15, size=9)
        main = [
            "# SUMMARY",
            "Machine learning engineer who ships models to production and keeps",
            "them healthy with monitoring, retraining and clear ownership.",
            "",
            "# EXPERIENCE",
            "ML Engineer, Acme Corp, 2020 - Present",
            "- Deployed PyTorch models with Docker and MLflow on AWS SageMaker",
            "- Built feature pipelines in SQL and Pandas for fraud detection",
            "- Reduced training cost by a third with spot instances",
            "Data Scientist, Beta Inc, 2018 - 2020",
            "- Forecast demand with gradient boosting and scikit-learn",
            "- Presented weekly findings to product leadership",
        ]
        lines(canvas, 190, 130, main, leading=16)

    return build(page)


def skills_table() -> bytes:
    """Skills in a ruled 2 x 2 reportlab Table under a heading."""

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 80, "Jane Doe", font="Helvetica-Bold", size=20)
        lines(canvas, 72, 130, ["# EXPERIENCE", "ML Engineer, Acme Corp, 2020 - Present", "", "# SKILLS"])
        table = Table([["Python", "SQL"], ["Docker", "Kubernetes"]], colWidths=[120, 120], rowHeights=[20, 20])
        table.setStyle(
            TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "Helvetica", 10)])
        )
        table.wrapOn(canvas, 240, 40)
        table.drawOn(canvas, 72, HEIGHT - 230)

    return build(page)


def header_footer() -> bytes:
    """Two pages with contact details in the top band, "Page n of 2" in the bottom band,
    and "Jane Doe | Resume" repeated at the same place below the band on both pages."""

    def page(number: int) -> Draw:
        def draw(canvas: Canvas) -> None:
            text(canvas, 72, 24, "jane.doe@example.com | (555) 123-4567", size=9)
            text(canvas, 72, 72, "Jane Doe | Resume", size=9)
            body = (
                ["# EXPERIENCE", "ML Engineer, Acme Corp, 2020 - Present"]
                if number == 1
                else ["# SKILLS", "Python, SQL"]
            )
            lines(canvas, 72, 130, body)
            text(canvas, 270, 775, f"Page {number} of 2", size=9)

        return draw

    return build(page(1), page(2))


def hyphenated() -> bytes:
    """Words broken over line ends: a compound ("scikit-" / "learn") and a plain word
    ("deploy-" / "ment")."""

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 80, "Jane Doe", font="Helvetica-Bold", size=20)
        rows = [
            "# EXPERIENCE",
            "Trained gradient boosted models with scikit-",
            "learn and owned their deploy-",
            "ment to production on Kubernetes.",
        ]
        lines(canvas, 72, 130, rows)

    return build(page)


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def ligature_font() -> str:
    """Register a TrueType font that has the "fi" ligature glyph (U+FB01)."""
    path = DEJAVU if DEJAVU.exists() else VERA
    if "LigatureSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LigatureSans", str(path)))
    return "LigatureSans"


def ligatures() -> bytes:
    """Text holding the single glyph "\ufb01" where "fi" is meant."""
    font = ligature_font()

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 80, "Jane Doe", font="Helvetica-Bold", size=20)
        text(canvas, 72, 130, "SKILLS", font="Helvetica-Bold", size=12)
        text(canvas, 72, 146, "Image classi\ufb01cation and \ufb01ne-tuning of language models", font=font)

    return build(page)


def hidden_text() -> bytes:
    """A visible resume with keywords stuffed three ways a person cannot see: white on
    the white page, 1 pt type, and drawn beyond the right edge of the page. White text
    on a dark box is visible and must stay so."""

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 80, "Jane Doe", font="Helvetica-Bold", size=20)
        lines(canvas, 72, 130, ["# SKILLS", "Python, SQL", "", "# EXPERIENCE", "Analyst, Acme Corp, 2020 - Present"])
        canvas.setFillColor(colors.white)
        text(canvas, 72, 300, "Kubernetes Terraform Airflow")
        canvas.setFillColor(colors.black)
        text(canvas, 72, 330, "Spark Hadoop Scala", size=1)
        text(canvas, WIDTH + 40, 360, "TensorFlow Keras")
        canvas.setFillColor(colors.darkblue)
        canvas.rect(70, HEIGHT - 420, 300, 30, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        text(canvas, 80, 408, "Certified Cloud Practitioner")
        canvas.setFillColor(colors.black)

    return build(page)


def right_to_left() -> bytes:
    """Hebrew beside English, in one text object and across two on one line, and a row of
    one-word objects: PDFium reorders a right-to-left line's characters."""
    font = ligature_font()  # DejaVu Sans has Hebrew; Vera falls back to boxes, still characters

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 80, "Dana Levi", font="Helvetica-Bold", size=20)
        line = canvas.beginText(72, HEIGHT - 130)
        line.setFont(font, 11)
        line.textOut("Languages: English, \u05e2\u05d1\u05e8\u05d9\u05ea ")
        line.textOut("\u05e9\u05e4\u05ea \u05d0\u05dd, Python")
        canvas.drawText(line)
        for i in range(6):
            text(canvas, 72 + 70 * i, 160, "\u05e0\u05d9\u05d4\u05d5\u05dc SQL", font=font)

    return build(page)


LINKEDIN = "https://www.linkedin.com/in/someone"


def links() -> bytes:
    """A LinkedIn link annotation over the word "LinkedIn", a mailto annotation over the
    address (also written as text), and a GitHub URL written only as text."""

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 80, "Jane Doe", font="Helvetica-Bold", size=20)
        text(canvas, 72, 100, "LinkedIn")
        canvas.linkURL(LINKEDIN, (72, HEIGHT - 102, 112, HEIGHT - 92), relative=0)
        text(canvas, 150, 100, "jane.doe@example.com")
        canvas.linkURL("mailto:jane.doe@example.com", (150, HEIGHT - 102, 260, HEIGHT - 92), relative=0)
        text(canvas, 300, 100, "github.com/janedoe")
        lines(canvas, 72, 140, ["# SKILLS", "Python, SQL"])

    return build(page)


def encrypted(user_password: str) -> bytes:
    """one_column() locked with an owner password and the given user password ("" opens
    without asking, as many "protected" resumes do)."""
    lock = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner-secret", canModify=0)

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 90, "Jane Doe", font="Helvetica-Bold", size=20)
        lines(canvas, 72, 150, ONE_COLUMN)

    return build(page, encrypt=lock)


def _png_of_text() -> bytes:
    """A picture of a resume line, as a scanner would produce."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 120), "white")
    ImageDraw.Draw(image).text((20, 40), "Jane Doe - Python, SQL, Docker", fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _draw_scan(canvas: Canvas) -> None:
    from reportlab.lib.utils import ImageReader

    canvas.drawImage(ImageReader(io.BytesIO(_png_of_text())), 36, HEIGHT - 300, width=540, height=108)


def scanned() -> bytes:
    """One page holding only an image of text."""
    return build(_draw_scan)


def text_then_scan() -> bytes:
    """A text page followed by an image-only page."""

    def first(canvas: Canvas) -> None:
        text(canvas, 72, 90, "Jane Doe", font="Helvetica-Bold", size=20)
        lines(canvas, 72, 150, ONE_COLUMN)

    return build(first, _draw_scan)


def pages(count: int) -> bytes:
    """`count` pages of text."""

    def page(canvas: Canvas) -> None:
        text(canvas, 72, 90, "Jane Doe", font="Helvetica-Bold", size=20)
        lines(canvas, 72, 150, ONE_COLUMN)

    return build(*[page] * count)


def broken_font_bbox() -> bytes:
    """The ligature PDF with its font descriptor's FontBBox key misspelt (same length,
    so the cross-reference table stays valid): pdfminer warns and reads on."""
    data = ligatures()
    assert b"/FontBBox" in data
    return data.replace(b"/FontBBox", b"/FontBBoz")


def no_pages() -> bytes:
    """A well-formed PDF whose page tree is empty (reportlab always adds a page)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def cropped() -> bytes:
    """A crop box that hides the top of the page, where a line of text still sits."""

    def page(canvas: Canvas) -> None:
        canvas.setCropBox((0, 0, WIDTH, HEIGHT - 92))
        text(canvas, 72, 40, "Kubernetes Terraform Airflow")
        text(canvas, 72, 140, "Jane Doe", font="Helvetica-Bold", size=20)
        lines(canvas, 72, 180, ["# SKILLS", "Python, SQL"])

    return build(page)
