"""ResumeFacts on the shared corpus of real resumes (skipped when ../shared/corpus is not
on this machine): every file parses, and for a handful the name, email and highest degree
are what a person reads on them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ats_match.facts import ResumeFacts, parse

AS_OF = date(2026, 3, 1)

# Read by hand from the files: name, email, highest degree level, and jobs (title, employer).
READ_BY_HAND = {
    "docx/02_indeed-style-accountant.docx": (
        "Ebony Moore",
        "emoore@email.com",
        "bachelor",
        [
            ("Certified Public Accountant", "Gilmore Financial"),
            ("Accountant", "Harrison Money Management"),
            ("Junior Accountant", "Harrison Money Management"),
        ],
    ),
    "docx/04_ats-template-software-developer.docx": (
        "Ethan Reyes",
        "ethan.reyes@email.com",
        "bachelor",
        [
            ("Senior Software Engineer", "NextGen Systems"),
            ("Software Engineer", "CloudShift Technologies"),
            ("Junior Developer", "Innovanet Corp"),
        ],
    ),
    "pdf/02_deedy-resume-two-column.pdf": (
        "Debarghya Das",
        "deedy@fb.com",
        "master",
        [
            ("SOFTWARE ENGINEER", "FACEBOOK"),
            ("KPCB FELLOW + SOFTWARE ENGINEERING INTERN", "COURSERA"),
            ("SOFTWARE ENGINEERING INTERN", "GOOGLE"),
            ("OPEN SOURCE CONTRIBUTOR & TEAM LEADER", "PHABRICATOR"),
            ("RESEARCHER", "CORNELL ROBOT LEARNING LAB"),
            ("HEAD UNDERGRADUATE RESEARCHER", "CORNELL PHONETICS LAB"),
        ],
    ),
    "pdf/05_moderncv-bruce-wayne-mern.pdf": (
        "Bruce Wayne",
        "bwayne@email.com",
        "phd",
        [("MERN Stack Developer", "OpenAI"), ("Full Stack Developer", "Uber"), ("Software Developer", "Facebook")],
    ),
    "pdf/08_rendercv-classic-ml-researcher.pdf": (
        "John Doe",
        "john.doe@email.com",
        "phd",
        [
            ("Co-Founder & CTO", "Nexus AI"),
            ("Research Intern", "NVIDIA Research"),
            ("Research Intern", "Google DeepMind"),
            ("Research Intern", "Apple ML Research"),
            ("Research Intern", "Microsoft Research"),
        ],
    ),
    "pdf/17_resumementor-devops-sre-ocr-quality-text.pdf": (
        "ANDERSON",
        "info@resumementor.com",
        "master",
        [
            ("DevOps Engineer", "Red Hat"),
            ("Site Reliability Engineer", "New Relic"),
            ("Systems Engineer", "IBM"),
            ("Technical Support Engineer", "Oracle"),
        ],
    ),
    "pdf/27_gdocs-data-engineer-pt.pdf": (
        "DAVI MOREIRA",
        "davi.moreira.data@email.com",
        "master",
        [
            ("Lead Data Engineer", "DataCraft Analytics"),
            ("Engenheiro de Dados Pleno", "CloudWalk Bank"),
            ("Desenvolvedor de BI", "TechCorp S.A."),
        ],
    ),
    "pdf/33_kaggle-livecareer-it-anonymized-3page.pdf": (
        "JOHN DOE",
        "JOHN@GMAIL.COM",
        "associate",
        [("INFORMATION TECHNOLOGY", None), ("SYSTEMS ENGINEER", None), ("SENIOR SYSTEMS ANALYST", None)],
    ),
}


def _files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.glob("*/*") if p.suffix in (".pdf", ".docx"))


def test_every_corpus_resume_parses(corpus):
    files = _files(corpus)
    assert files
    for path in files:
        found = parse(path, as_of=AS_OF)
        assert isinstance(found, ResumeFacts) and found.source == path.name
        assert found.to_dict()["source"] == path.name


def test_image_only_resumes_give_no_facts(corpus):
    for path in corpus.glob("pdf/2[89]_*image-only*.pdf"):
        found = parse(path, as_of=AS_OF)
        assert found.name is None and found.email is None and found.experience == ()


@pytest.mark.parametrize("name", sorted(READ_BY_HAND))
def test_the_facts_a_person_reads(corpus, name):
    person, email, level, jobs = READ_BY_HAND[name]
    found = parse(corpus / name, as_of=AS_OF)
    assert found.name.text == person
    assert found.email.address == email
    assert found.highest_degree.degree_level == level
    assert [(j.title, j.employer) for j in found.experience] == jobs
