"""An item's first evidence is the mention that set its status, and the strongest, most
specific one of those (matching/evidence.py): for "demonstrated" a plain mention in
experience or projects, a bullet that names the method before a job title or a header
line; for "listed" the skills list before a passing mention; for "implied" the mention of
the implying tool. The reason quotes the same mention, and every output shows it first.

Table-driven cases on text resumes, then a property over every example resume and every
corpus resume."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console

import ats_match
from ats_match.errors import NoTextLayerError
from ats_match.matching import extractor_for, strongest_first
from ats_match.matching.lines import LINE_KINDS, line_kind
from ats_match.reading import read_resume
from ats_match.reading.sections import WORK_SECTIONS
from ats_match.reports.model import Report
from ats_match.reports.terminal import print_report
from ats_match.scoring import Evidence, ItemResult
from helpers import EXAMPLES, MLE, corpus_dir

CONTACT = "Jane Doe\njane.doe@example.com | (555) 123-4567\n"

# (case, resume text, item id, status, the first evidence's line, the words it matched)
CASES = [
    (
        "title line, then the bullet that names the method",
        CONTACT + "EXPERIENCE\nMachine Learning Engineer, Acme Corp, 2020 - Present\n"
        "- Trained gradient boosting models to predict churn\n- Wrote the team's on-call guide\n",
        "ml-algorithms",
        "demonstrated",
        "- Trained gradient boosting models to predict churn",
        "Trained gradient boosting models",
    ),
    (
        "the role title in the contact lines is never the first evidence",
        "Jane Doe\nMachine Learning Engineer | Toronto | jane.doe@example.com\n"
        "EXPERIENCE\nData Scientist, Beta Inc, 2018 - 2021\n- Built random forest models for fraud detection\n",
        "ml-algorithms",
        "demonstrated",
        "- Built random forest models for fraud detection",
        "Built random forest models",
    ),
    (
        "a job title is all the work shows: it set the status, so it comes first",
        CONTACT + "SUMMARY\nPassionate about machine learning.\n"
        "EXPERIENCE\nMachine Learning Engineer, Acme Corp, 2020 - Present\n- Ran the on-call rota\n"
        "SKILLS\nMachine learning, Python\n",
        "ml-algorithms",
        "demonstrated",
        "Machine Learning Engineer, Acme Corp, 2020 - Present",
        "Machine Learning",
    ),
    (
        "a bullet before a tools line in the same job",
        CONTACT + "EXPERIENCE\nPlatform Engineer, Acme Corp, 2020 - Present\nTools: Kubernetes, Docker, Terraform\n"
        "- Packaged the scoring service in Docker and cut deploy time by half\n",
        "docker",
        "demonstrated",
        "- Packaged the scoring service in Docker and cut deploy time by half",
        "Docker",
    ),
    (
        "the skills list before a passing mention in the summary",
        CONTACT + "SUMMARY\nAnalyst who is comfortable with Docker and dashboards.\n"
        "EXPERIENCE\n- Built weekly sales dashboards\nSKILLS\nTools: Docker, Tableau, Excel\n",
        "docker",
        "listed",
        "Tools: Docker, Tableau, Excel",
        "Docker",
    ),
    (
        "the skills list before a course",
        CONTACT + "EDUCATION\nRelevant coursework: Statistics, Databases\nSKILLS\nStatistics, Excel, Tableau\n",
        "statistics",
        "listed",
        "Statistics, Excel, Tableau",
        "Statistics",
    ),
    (
        "implied: the implying tool used in work before the same tool in the skills list",
        CONTACT + "SKILLS\nPyTorch, Python\nEXPERIENCE\n- Fine-tuned image classifiers in PyTorch on hospital scans\n",
        "deep-learning",
        "implied",
        "- Fine-tuned image classifiers in PyTorch on hospital scans",
        "PyTorch",
    ),
    (
        "a counted mention before a negated one that comes earlier",
        CONTACT + "SUMMARY\nNo experience with Docker yet.\nSKILLS\nDocker, Python\n",
        "docker",
        "listed",
        "Docker, Python",
        "Docker",
    ),
    (
        "the named method before the general name, both in bullets",
        CONTACT + "EXPERIENCE\n- Applied machine learning to pricing questions\n"
        "- Trained logistic regression and k-means models on store data\n",
        "ml-algorithms",
        "demonstrated",
        "- Trained logistic regression and k-means models on store data",
        "logistic regression",
    ),
]


@pytest.mark.parametrize(
    ("text", "item_id", "status", "line", "matched"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_first_evidence(text, item_id, status, line, matched):
    report = ats_match.score(ats_match.read_text(text), MLE)
    item = report.item(item_id)
    assert item.status == status
    first = item.evidence[0]
    assert (first.text, first.matched) == (line, matched)
    assert_reason_quotes(item)


def test_every_output_shows_the_first_evidence_first():
    """JSON, the terminal's evidence column, Markdown and HTML all start with evidence[0]."""
    text = CASES[1][1]
    report = ats_match.score(ats_match.read_text(text), MLE)
    item = report.item("ml-algorithms")
    first = item.evidence[0]
    data = next(i for i in report.to_dict()["items"] if i["id"] == "ml-algorithms")
    assert (data["evidence"][0]["text"], data["evidence"][0]["line"]) == (first.text, first.line)
    markdown = report.to_markdown()
    section = markdown[markdown.index(f"**{item.name}**") :]
    assert section.index(f"line {first.line},") < section.index("line 2,")  # the contact line comes later
    html = report.to_html()
    block = html[html.index(item.name) :]
    assert block.index("fraud detection") < block.index("Toronto")
    console = Console(width=200, record=True, file=io.StringIO())
    print_report(report, console)
    row = next(line for line in console.export_text().splitlines() if line.lstrip("│ ").startswith(item.name))
    assert f"l{first.line} experience: {first.matched}" in row


def test_status_is_kept_and_no_evidence_is_dropped():
    """Ordering never changes what counts: the same mentions, the same statuses."""
    text = CASES[0][1] + "SKILLS\nScikit-learn, Python\n"
    report = ats_match.score(ats_match.read_text(text), MLE)
    extractor = extractor_for(report.profile)
    mentions = extractor.extract(ats_match.read_text(text))
    for item in report.items:
        own = [m for m in mentions if m.item_id == item.id]
        assert sorted((e.line, e.matched, e.alias) for e in item.evidence) == sorted(
            (m.line, m.text, m.alias) for m in own
        )


@pytest.mark.parametrize(
    ("line", "section", "kind"),
    [
        ("- Trained gradient boosting models", "experience", "sentence"),
        ("Deployed PyTorch models with Docker and MLflow", "experience", "sentence"),
        ("- Implemented user authentication, CRUD operations, and RESTful APIs.", "projects", "sentence"),
        ("Tools: Docker, Kubernetes, Terraform", "experience", "list"),
        ("Python, SQL, Docker", "skills", "list"),
        ("Machine Learning Engineer, Acme Corp, 2020 - Present", "experience", "title"),
        ("Senior Data Scientist | DataDriven Corp | Seattle, WA | Mar 2021 - Present", "experience", "title"),
        ("Data Scientist at Acme", "experience", "title"),
        ("Research Intern, Google DeepMind", "experience", "title"),
        ("Machine Learning Engineer | Toronto", "contact", "title"),
        ("MACHINE LEARNING PROJECTS", "projects", "title"),
    ],
)
def test_kinds_of_line(line, section, kind):
    assert LINE_KINDS[line_kind(line, section)] == kind


# ---------------------------------------------------------------------------- every resume we have


def assert_reason_quotes(item: ItemResult) -> None:
    """The reason names the first evidence: its line and its words (or the implying term)."""
    first = item.evidence[0]
    assert f"line {first.line}" in item.reason
    if item.status == "implied":
        assert first.tier == "implied"
    else:
        assert repr(first.matched) in item.reason


def check_first_evidence(report: Report, document: ats_match.ResumeDocument) -> None:
    """The property, for every credited item of one report."""
    mentions = extractor_for(report.profile).extract(document, report.facts.employers)
    for item in report.items:
        if item.status == "missing":
            continue
        first: Evidence = item.evidence[0]
        assert first.counted, item.id
        if item.status == "demonstrated":
            assert first.section in WORK_SECTIONS and first.tier != "implied" and first.qualifier == "none", item.id
        elif item.status == "listed":
            direct = [e for e in item.evidence if e.counted and e.tier != "implied"]
            assert first.tier != "implied", item.id
            if any(e.section not in WORK_SECTIONS for e in direct):
                assert first.section not in WORK_SECTIONS, item.id
        else:
            assert first.tier == "implied" and not any(e.counted and e.tier != "implied" for e in item.evidence)
        strongest = strongest_first([m for m in mentions if m.item_id == item.id], report.profile.item(item.id))[0]
        assert (first.line, first.matched, first.alias, first.section) == (
            strongest.line,
            strongest.text,
            strongest.alias,
            strongest.section,
        ), item.id
        assert_reason_quotes(item)


EXAMPLE_RESUMES = sorted(p for p in EXAMPLES.glob("resume_*") if p.suffix in (".txt", ".md"))
CORPUS = corpus_dir()
CORPUS_RESUMES = (
    sorted(p for kind in ("pdf", "docx") for p in (CORPUS / kind).glob(f"*.{kind}")) if CORPUS is not None else []
)


@pytest.mark.parametrize("path", EXAMPLE_RESUMES, ids=lambda p: p.name)
def test_first_evidence_on_the_examples(path: Path, mle):
    document = read_resume(path)
    check_first_evidence(ats_match.score(document, mle), document)


@pytest.mark.skipif(not CORPUS_RESUMES, reason="the shared corpus is not on this machine")
@pytest.mark.parametrize("path", CORPUS_RESUMES, ids=lambda p: p.name)
def test_first_evidence_on_the_corpus(path: Path):
    try:
        document = read_resume(path)
    except NoTextLayerError:
        pytest.skip("a scan: nothing to score")
    for role in ats_match.list_roles():
        check_first_evidence(ats_match.score(document, role), document)


def test_the_contact_title_is_weak_evidence_in_an_example():
    """The Markdown example's headline ("Machine Learning Engineer | Toronto, ON | ...")
    comes after the experience bullets for ML Algorithms."""
    path = EXAMPLES / "resume_ml_engineer.md"
    report = ats_match.score(read_resume(path), MLE)
    evidence = report.item("ml-algorithms").evidence
    assert evidence[0].section == "experience"
    assert re.search(r"gradient boosting|random forest", evidence[0].text)
    contact = [e for e in evidence if e.section == "contact"]
    assert contact and evidence.index(contact[0]) > 0
