"""Which section each line belongs to. A heading is found by its words (a dictionary of
the usual names and their variants) and confirmed by its look (a line of its own, short,
bold, capitals, larger type or a trailing colon)."""

from __future__ import annotations

import re
from functools import lru_cache

from .document import Line, Section, changed

# canonical id -> the headings people write for it (lower case, no punctuation)
HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary",
        "professional summary",
        "career summary",
        "executive summary",
        "profile",
        "professional profile",
        "about",
        "about me",
        "objective",
        "career objective",
        "overview",
        "personal statement",
        "introduction",
        "highlights",
        "summary of qualifications",
        "qualifications",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "work history",
        "employment",
        "employment history",
        "career history",
        "relevant experience",
        "industry experience",
        "professional background",
        "research experience",
        "research",
        "internships",
        "internship",
        "internship experience",
        "positions",
        "work",
        "career",
        "leadership experience",
        "teaching experience",
        "academic experience",
        "technical experience",
        "experiences",
    ),
    "projects": (
        "projects",
        "personal projects",
        "selected projects",
        "academic projects",
        "key projects",
        "side projects",
        "portfolio",
        "project experience",
        "relevant projects",
        "project",
        "technical projects",
        "open source",
        "open source contributions",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core competencies",
        "competencies",
        "key skills",
        "skills and tools",
        "tools",
        "technologies",
        "tech stack",
        "technical proficiencies",
        "areas of expertise",
        "expertise",
        "skills summary",
        "programming languages",
        "languages",
        "tools and technologies",
        "skills and abilities",
        "technical skills and tools",
        "core skills",
        "professional skills",
        "hard skills",
        "soft skills",
        "strengths",
        "tech",
        "skills and expertise",
        "technical expertise",
        "additional skills",
        "skill highlights",
        "languages and technologies",
        "knowledge",
        "technical stack",
        "stack",
    ),
    "education": (
        "education",
        "academic background",
        "education and training",
        "academics",
        "educational background",
        "academic qualifications",
        "education and certifications",
        "training",
        "degrees",
    ),
    "coursework": (
        "coursework",
        "relevant coursework",
        "graduate coursework",
        "courses",
        "undergraduate coursework",
        "selected coursework",
    ),
    "certifications": (
        "certifications",
        "certificates",
        "licenses and certifications",
        "certifications and licenses",
        "licenses",
        "certification",
        "accreditations",
        "professional development",
    ),
    "publications": (
        "publications",
        "selected publications",
        "papers",
        "patents",
        "talks",
        "presentations",
        "selected talks",
    ),
    "awards": (
        "awards",
        "honors",
        "honours",
        "achievements",
        "awards and honors",
        "honors and awards",
        "accomplishments",
        "recognition",
        "awards and achievements",
    ),
    "volunteering": (
        "volunteering",
        "volunteer experience",
        "volunteer",
        "community involvement",
        "extracurricular activities",
        "activities",
        "leadership",
        "leadership and activities",
    ),
    "contact": (
        "contact",
        "contact information",
        "contact details",
        "personal information",
        "personal details",
        "links",
        "social",
    ),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests"),
    "references": ("references", "referees"),
}

# The same headings in the languages of the resumes we have seen (Portuguese, Spanish,
# French, German): the section ids stay English.
FOREIGN_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "perfil",
        "à propos",
        "profil professionnel",
        "über mich",
        "sobre mí",
        "acerca de mí",
        "resumen profesional",
        "perfil profissional",
        "objectif",
        "kurzprofil",
        "profil personnel",
        "resumo",
        "resumo profissional",
        "resumen",
        "perfil profesional",
        "profil",
        "objetivo",
        "sobre mim",
        "zusammenfassung",
    ),
    "experience": (
        "experiência",
        "expériences",
        "parcours professionnel",
        "expérience professionnelle",
        "berufliche erfahrung",
        "beruflicher werdegang",
        "werdegang",
        "praxiserfahrung",
        "trayectoria profesional",
        "experiencias",
        "experiências",
        "experiência profissional",
        "histórico profissional",
        "experiencia",
        "experiencia profesional",
        "experiencia laboral",
        "expérience",
        "expériences professionnelles",
        "berufserfahrung",
        "erfahrung",
    ),
    "projects": (
        "projetos",
        "proyectos",
        "projets",
        "projekte",
        "projets personnels",
        "proyectos personales",
        "projetos pessoais",
        "projets académiques",
    ),
    "skills": (
        "competências",
        "compétences clés",
        "outils",
        "langues",
        "aptitudes",
        "habilidades y aptitudes",
        "herramientas",
        "tecnologías",
        "tecnologias",
        "ferramentas",
        "idiomas",
        "sprachen",
        "línguas",
        "technische kenntnisse",
        "it-kenntnisse",
        "kompetenzen",
        "conocimientos",
        "conocimientos técnicos",
        "habilidades técnicas",
        "competencias técnicas",
        "savoir-faire",
        "habilidades",
        "competências técnicas",
        "competencias",
        "conhecimentos",
        "compétences",
        "compétences techniques",
        "kenntnisse",
        "fähigkeiten",
    ),
    "education": (
        "formação",
        "formations",
        "études",
        "estudios",
        "formación académica",
        "escolaridade",
        "studium",
        "akademischer werdegang",
        "diplômes",
        "diplomes",
        "formação acadêmica",
        "educação",
        "educación",
        "formación",
        "formation",
        "ausbildung",
        "bildung",
    ),
    "certifications": (
        "certificações",
        "certificados",
        "certificaciones",
        "certifications professionnelles",
        "zertifikate",
        "certificats",
        "zertifizierungen",
        "certifications et formations",
    ),
    "publications": ("publicações", "publicaciones"),
    "awards": ("prêmios", "premios", "prix", "auszeichnungen"),
    "contact": (
        "contato",
        "contacto",
        "coordonnées",
        "kontakt",
        "kontaktdaten",
        "datos de contacto",
        "informations personnelles",
        "persönliche daten",
        "dados pessoais",
        "datos personales",
    ),
    "interests": (
        "centres d intérêt",
        "centres d intérêts",
        "centre d intérêt",
        "intérêts",
        "loisirs",
        "passions",
        "interessen",
        "hobbys",
        "freizeit",
        "freizeitaktivitäten",
        "intereses",
        "aficiones",
        "pasatiempos",
        "interesses",
        "hobbies e interesses",
        "passatempos",
    ),
    "coursework": ("cursos", "cursos complementares", "cours suivis", "kurse", "weiterbildungen", "cursos realizados"),
    "references": ("références", "referenzen", "referencias", "referências"),
}

HEADING_TO_SECTION = {
    name: section for table in (HEADINGS, FOREIGN_HEADINGS) for section, names in table.items() for name in names
}

# A short heading with one of these words belongs to its section, the first such word
# deciding: "Computer Skills", "Technologies used in projects".
HEADING_WORDS = {
    "skills": "skills",
    "technologies": "skills",
    "tools": "skills",
    "experience": "experience",
    "projects": "projects",
    "education": "education",
    "certifications": "certifications",
    "publications": "publications",
    "awards": "awards",
    "coursework": "coursework",
    "summary": "summary",
    "profile": "summary",
}

# Sections whose lines describe work actually done.
WORK_SECTIONS = frozenset({"experience", "projects", "publications", "volunteering"})

_LETTER_SPACED = re.compile(r"^(?:\w ){2,}\w$")
_NON_WORD = re.compile(r"[^\w/+#&]+|_+")


@lru_cache(maxsize=4096)
def heading_key(text: str) -> str:
    """Normalise a heading: "T E C H N I C A L  S K I L L S:" -> "technical skills"."""
    text = text.strip().strip(":").strip()
    if _LETTER_SPACED.match(text.replace("  ", " ")) or re.fullmatch(r"(?:\S{1,3} )+\S{1,3}", text):
        # letter-spaced headings keep word gaps as double spaces; single letters otherwise
        words = re.split(r"\s{2,}", text)
        text = " ".join(w.replace(" ", "") for w in words)
    text = text.lower().replace("&", " and ")
    return _NON_WORD.sub(" ", text).strip()


def classify_heading(line: Line, body_size: float | None = None) -> str | None:
    """The canonical section a line opens, or None when it is not a heading."""
    raw = line.text.strip()
    # a bullet, a sentence's end or hidden text is never a heading
    if not raw or len(raw) > 60 or line.hidden or raw.startswith("- ") or raw.endswith("."):
        return None
    key = heading_key(raw)
    if not key or len(key.split()) > 5:
        return None
    strong_look = (
        line.is_heading
        or line.bold
        or raw.endswith(":")
        or raw.upper() == raw
        or (body_size is not None and line.font_size is not None and line.font_size > body_size + 0.5)
    )
    section = section_of(key)
    if section is None:
        # "COMPUTER SKILLS:", "Technologies used in projects": a known word, with a heading's look
        # Bold alone is not enough here: company names and job titles are bold too.
        words = key.split()
        known = next((HEADING_WORDS[w] for w in (words[0], words[-1]) if w in HEADING_WORDS), None)
        heading_look = (
            line.is_heading
            or raw.endswith(":")
            or raw.upper() == raw
            or (body_size is not None and line.font_size is not None and line.font_size > body_size + 0.5)
        )
        plain = not any(ch.isdigit() or ch == "," for ch in raw)
        return known if known and len(words) <= 4 and heading_look and plain else None
    return section if strong_look or len(key.split()) <= 3 else None


def section_of(key: str) -> str | None:
    """The section of a heading key; a compound heading ("work experience / internship",
    "publications and presentations") takes the section of its first known part."""
    if key in HEADING_TO_SECTION:
        return HEADING_TO_SECTION[key]
    for part in re.split(r"\s*/\s*|\s+and\s+|\s*\|\s*", key):
        if part in HEADING_TO_SECTION:
            return HEADING_TO_SECTION[part]
    return None


def inline_label(text: str) -> str | None:
    """The section named by a label that opens a line: "Technical Skills: Python, SQL".
    Inside experience or projects such a line ("Tools: Docker") stays with the job, and a
    label before a link ("Portfolio: https://...") is contact detail, not a section."""
    label, colon, rest = text.partition(":")
    rest = rest.strip()
    if not colon or not rest or len(label) > 40 or rest.startswith(("//", "http", "www.")):
        return None
    return section_of(heading_key(label))


def _body_font_size(lines: list[Line]) -> float | None:
    sizes: dict[float, int] = {}
    for line in lines:
        if line.font_size:
            sizes[round(line.font_size, 1)] = sizes.get(round(line.font_size, 1), 0) + len(line.text)
    return max(sizes, key=lambda s: (sizes[s], -s)) if sizes else None


def assign_sections(lines: list[Line]) -> tuple[tuple[Line, ...], tuple[Section, ...]]:
    """Number the lines, mark headings and give each line its section.

    Lines before the first heading belong to "contact" (name, title, contact details);
    header, footer and text-box lines keep the section of the body around them unless
    they hold a heading themselves.
    """
    body_size = _body_font_size(lines)
    out: list[Line] = []
    sections: list[Section] = []
    current = "contact"
    heading_text = ""
    start = 1
    for number, line in enumerate(lines, start=1):
        found = None if line.region in ("header", "footer") else classify_heading(line, body_size)
        if found is not None:
            if out:
                sections.append(Section(current, heading_text, start, number - 1))
            current, heading_text, start = found, line.text.strip(), number
        section = current if found is not None or current in WORK_SECTIONS else inline_label(line.text) or current
        out.append(changed(line, number=number, section=section, is_heading=found is not None or line.is_heading))
    if out:
        sections.append(Section(current, heading_text, start, len(out)))
    return tuple(out), tuple(s for s in sections if s.last_line >= s.first_line)
