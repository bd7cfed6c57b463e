"""Benchmark inputs, made on the spot from a seed: text resumes and PDF resumes of varied
content and layout. The same seed gives the same files on every machine, so two runs of
bench/run.py measure the same work.

Resumes are built from the words of the role profiles and sample postings, the skill
vocabulary of the role profiles, and made-up names, companies and project code
names, so that every resume brings words no other resume has (as real ones do: that is
what makes spaCy's vocabulary grow, see the memory figure).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # pdf_fixtures: the reportlab helpers of the tests

ROLES = ("machine-learning-engineer", "data-scientist", "mlops-engineer")
VERBS = [
    "Built",
    "Deployed",
    "Designed",
    "Led",
    "Trained",
    "Automated",
    "Migrated",
    "Reduced",
    "Improved",
    "Shipped",
    "Maintained",
    "Scaled",
]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ten",
    "vor",
    "zu",
    "bel",
    "dri",
    "fan",
    "gor",
    "hal",
    "jin",
    "kes",
    "lum",
    "nor",
    "pax",
    "quo",
    "ris",
    "sen",
    "tol",
    "vek",
    "wyn",
    "yar",
    "zed",
]
CITIES = ["Austin, TX", "Toronto, ON", "Berlin", "London", "Bangalore", "Sao Paulo", "Seattle, WA", "Lisbon"]
HEDGES = ["currently learning", "no experience with", "familiar with", "coursework in"]


@cache
def common_words() -> list[str]:
    """Filler vocabulary: the words of the shipped role profiles and sample job postings
    (professional English, a few thousand words)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "role_profiles").glob("*.yaml"))]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "src/ats_match/postings/data/postings").glob("*.md"))
    ]
    words = sorted({w for w in re.findall(r"[a-z]{2,}", " ".join(texts).lower())})
    return words or ["data", "team", "model", "system", "service", "product", "users", "results", "analysis", "time"]


@cache
def skill_phrases() -> list[str]:
    """Names, aliases and terms of the items of a few shipped roles."""
    import ats_match

    phrases: set[str] = set()
    for role in ROLES:
        try:
            profile = ats_match.load_role(role)
        except ats_match.AtsMatchError:
            continue
        for item in profile.items:
            phrases.update((item.name, *item.aliases[:3], *item.terms[:3]))
    return sorted(phrases)


def _made_up(rng: random.Random, syllables: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(common_words()) for _ in range(words))


def _bullet(rng: random.Random) -> str:
    skill = rng.choice(skill_phrases())
    if rng.random() < 0.08:
        return f"- {rng.choice(HEDGES).capitalize()} {skill}"
    metric = rng.choice(
        [f"by {rng.randint(5, 80)}%", f"for {rng.randint(2, 900)}k users", f"saving ${rng.randint(1, 90)}0k"]
    )
    return f"- {rng.choice(VERBS)} {_sentence(rng, rng.randint(4, 10))} with {skill} {metric}"


def resume_sections(seed: int) -> list[tuple[str, list[str]]]:
    """One resume as (heading, lines) blocks; the first block is the header (no heading)."""
    rng = random.Random(seed)
    first, last = _made_up(rng, 2), _made_up(rng, 3)
    slug = f"{first.lower()}-{last.lower()}-{seed}"
    header = [
        f"{first} {last}",
        f"{slug}@example.com | +1 555 {seed % 1000:03d} {rng.randint(1000, 9999)} | {rng.choice(CITIES)}",
        f"linkedin.com/in/{slug} | github.com/{slug}",
    ]
    role = rng.choice(["Machine learning engineer", "Data scientist", "MLOps engineer"])
    summary = [
        f"{role} who {_sentence(rng, 14)}.",
        f"{_sentence(rng, 12).capitalize()} with {rng.choice(skill_phrases())}.",
    ]
    experience: list[str] = []
    year = 2025
    for _ in range(rng.randint(3, 5)):
        start = year - rng.randint(1, 4)
        company = f"{_made_up(rng)} {rng.choice(['Labs', 'Inc', 'Analytics', 'Systems', 'Health'])}"
        experience.append(
            f"{rng.choice(['ML Engineer', 'Data Scientist', 'Software Engineer'])}, {company}, {start} - {year}"
        )
        experience += [_bullet(rng) for _ in range(rng.randint(5, 8))]
        year = start
    projects = []
    for _ in range(rng.randint(1, 3)):
        projects.append(f"Project {_made_up(rng, 2)}{rng.randint(10, 999)}: {_sentence(rng, 6)}")
        projects.append(_bullet(rng))
    skills = [", ".join(rng.sample(skill_phrases(), rng.randint(6, 14)))]
    education = [
        f"B.S. {rng.choice(['Computer Science', 'Statistics', 'Physics'])}, {_made_up(rng)} University, {year - 1}"
    ]
    return [
        ("", header),
        ("SUMMARY", summary),
        ("EXPERIENCE", experience),
        ("PROJECTS", projects),
        ("SKILLS", skills),
        ("EDUCATION", education),
    ]


def text_resume(seed: int) -> str:
    """A plain-text resume of about 2-4 KB."""
    out: list[str] = []
    for heading, rows in resume_sections(seed):
        out += ([heading] if heading else []) + rows + [""]
    return "\n".join(out)


def text_resumes(count: int, seed: int = 0) -> list[str]:
    return [text_resume(seed * 1_000_003 + i) for i in range(count)]


# ---------------------------------------------------------------------------- PDFs


def pdf_resume(seed: int) -> bytes:
    """A resume drawn with reportlab in one of four layouts: one column in Helvetica,
    one column in Times with a ruled skills table, a sidebar of skills beside the main
    column, or two pages with white keyword stuffing. Links are annotated."""
    from reportlab.lib import colors
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import Table, TableStyle

    import pdf_fixtures as fx

    rng = random.Random(seed)
    sections = resume_sections(seed)
    layout = rng.choice(["plain", "table", "sidebar", "stuffed"])
    body_font = "Times-Roman" if layout == "table" else "Helvetica"
    bold = "Times-Bold" if layout == "table" else "Helvetica-Bold"
    pages: list[Callable] = []
    queue: list[tuple[str, str]] = []  # (style, text) still to draw
    for heading, rows in sections[1:]:
        if layout == "sidebar" and heading == "SKILLS":
            continue
        queue.append(("heading", heading))
        queue += [("row", row) for row in rows]

    x, width = (190, 380) if layout == "sidebar" else (60, 490)
    per_page = 46 if layout == "stuffed" else 80

    def wrapped() -> list[tuple[str, str]]:
        out = []
        for style, row in queue:
            size = 12 if style == "heading" else 10
            out += [
                (style, piece) for piece in simpleSplit(row, bold if style == "heading" else body_font, size, width)
            ]
        return out

    rows = wrapped()
    chunks = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]

    def page(number: int, chunk: list[tuple[str, str]]) -> Callable:
        def draw(canvas) -> None:
            if number == 0:
                name, contact, links = sections[0][1]
                fx.text(canvas, x, 60, name, font=bold, size=20)
                fx.text(canvas, x, 80, contact, font=body_font, size=9)
                fx.text(canvas, x, 94, links, font=body_font, size=9)
                url = "https://" + links.split(" | ")[0]
                canvas.linkURL(url, (x, fx.HEIGHT - 96, x + 150, fx.HEIGHT - 86), relative=0)
            if layout == "sidebar" and number == 0:
                skills = sections[4][1][0].split(", ")
                fx.lines(canvas, 36, 130, ["# SKILLS", *skills], leading=13, size=8)
            top = 130.0
            for style, text in chunk:
                if style == "heading":
                    top += 6
                    fx.text(canvas, x, top, text, font=bold, size=12)
                else:
                    fx.text(canvas, x, top, text, font=body_font, size=10)
                top += 13.5
            if layout == "table" and number == len(chunks) - 1:
                cells = sections[4][1][0].split(", ")[:6]
                grid = [cells[i : i + 2] for i in range(0, len(cells) - 1, 2)]
                table = Table(grid, colWidths=[150, 150], rowHeights=[16] * len(grid))
                table.setStyle(
                    TableStyle(
                        [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), body_font, 9)]
                    )
                )
                table.wrapOn(canvas, 300, 16 * len(grid))
                table.drawOn(canvas, x, fx.HEIGHT - top - 20 - 16 * len(grid))
            if layout == "stuffed":
                canvas.setFillColor(colors.white)
                fx.text(canvas, x, 760, " ".join(rng.sample(skill_phrases(), 6)), size=8)
                canvas.setFillColor(colors.black)

        return draw

    pages = [page(i, chunk) for i, chunk in enumerate(chunks)]
    return fx.build(*pages)


def pdf_resumes(count: int, seed: int = 0) -> list[bytes]:
    return [pdf_resume(seed * 1_000_003 + i) for i in range(count)]
