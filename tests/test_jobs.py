"""role_from_job: a role from a job posting, with each item's importance read from where
and how the posting asks for it; the skill lexicon; suggest_roles."""

from __future__ import annotations

import textwrap

import pytest

import ats_match
from ats_match.postings import importance as posting_importance
from ats_match.postings import keywords, role_from_job
from ats_match.postings.lexicon import lexicon, load_lexicon_file
from ats_match.suggest import RoleSuggestion, suggest_roles
from helpers import EXAMPLES, MLE, ROOT

DATA = ROOT / "tests" / "data" / "jobs"


def posting(text: str) -> str:
    return textwrap.dedent(text).strip() + "\n"


def importance(role: ats_match.RoleProfile, item_id: str) -> int:
    return role.item(item_id).importance


def why(role: ats_match.RoleProfile, item_id: str) -> str:
    return next(r["why"] for r in role.overview["requirements"] if r["id"] == item_id)


def ids(role: ats_match.RoleProfile) -> set[str]:
    return {item.id for item in role.items}


# ---------------------------------------------------------------- sections and wording


def test_the_same_skill_weighs_more_in_requirements_than_in_nice_to_have():
    template = """
        # Platform Engineer

        We run the infrastructure of a payments company.

        ## Requirements

        - Experience with {first}
        - Experience with Snowflake

        ## Nice to have

        - Experience with {second}
        """
    docker_required = role_from_job(posting(template.format(first="Docker", second="Kubernetes")))
    docker_optional = role_from_job(posting(template.format(first="Kubernetes", second="Docker")))
    assert importance(docker_required, "docker") == 7 > importance(docker_optional, "docker") == 4
    assert importance(docker_required, "kubernetes") == 4 < importance(docker_optional, "kubernetes") == 7
    assert why(docker_required, "docker").startswith("requirements line")
    assert why(docker_optional, "docker").startswith("nice to have line")


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Requirements:", 7),
        ("## What you'll need", 7),
        ("**Minimum Qualifications**", 7),
        ("Must have:", 7),
        ("You have:", 7),
        ("SKILLS AND EXPERIENCE", 7),
        ("Nice to have:", 4),
        ("## Preferred Qualifications", 4),
        ("Bonus points:", 4),
        ("Pluses:", 4),
        ("Desirable skills:", 4),
        ("## Responsibilities", 5),
        ("## Benefits", 3),
    ],
)
def test_headings_open_sections(heading, expected):
    text = posting(
        f"""
        # Infrastructure Engineer

        We build logistics software for carriers. You will run our Linux fleet.

        {heading}
        - Experience with Terraform
        """
    )
    assert importance(role_from_job(text), "terraform") == expected


def test_a_requirements_label_inside_a_paragraph_opens_the_section():
    text = "We are hiring an engineer.\nRequirements: experience with Terraform and Ansible.\n"
    role = role_from_job(text)
    assert importance(role, "terraform") == importance(role, "ansible") == 7


def test_a_long_paragraph_after_the_list_ends_the_requirements():
    text = posting(
        """
        # Data Engineer

        Requirements:
        - Experience with dbt
        We offer competitive pay, equity and a yearly learning budget, and our team uses Looker for every report we write.
        """
    )
    role = role_from_job(text)
    assert importance(role, "dbt") == 7
    assert importance(role, "looker") == 5


@pytest.mark.parametrize(
    ("line", "expected", "cue"),
    [
        ("- Experience with Terraform", 7, None),
        ("- Strong experience with Terraform", 9, "'Strong' +2"),
        ("- 5+ years of Terraform", 9, "'5+ years' +2"),
        ("- Terraform is required", 9, "'required' +2"),
        ("- Expert in Terraform", 9, "'Expert' +2"),
        ("- Familiarity with Terraform", 5, "'Familiarity' -2"),
        ("- Terraform is a plus", 5, "'is a plus' -2"),
        ("- Exposure to Terraform, ideally", 5, "'Exposure' -2"),
        ("- Terraform; strong communication skills", 7, None),
    ],
)
def test_wording_in_the_same_clause_raises_or_lowers_it(line, expected, cue):
    role = role_from_job(posting(f"# Cloud Engineer\n\nRequirements:\n{line}\n"))
    assert importance(role, "terraform") == expected
    if cue:
        assert cue in why(role, "terraform")
    else:
        assert "+2" not in why(role, "terraform") and "-2" not in why(role, "terraform")


def test_repetition_adds_one_per_further_line_up_to_two():
    lines = [
        "We provision every environment with Terraform.",
        "Our Terraform modules are reviewed like code.",
        "You will write Terraform for new regions.",
        "Terraform state lives in a locked bucket.",
    ]
    got = [importance(role_from_job("\n".join(lines[:n]) + "\n"), "terraform") for n in (1, 2, 3, 4)]
    assert got == [5, 6, 7, 7]
    assert why(role_from_job("\n".join(lines) + "\n"), "terraform").endswith("on 4 lines +2 = 7")


def test_importance_is_kept_within_ten():
    text = posting(
        """
        # Senior Python Engineer

        Requirements:
        - Expert Python, 8+ years
        - Python packaging and typing
        - Python performance work
        """
    )
    role = role_from_job(text)
    assert importance(role, "python") == 10
    assert "kept to 10" in why(role, "python")


def test_the_title_counts_and_names_the_role():
    role = role_from_job("# Senior MLOps Engineer\n\nYou will join our platform team in Berlin.\n")
    assert (role.id, role.name, role.source.title) == (
        "senior-mlops-engineer",
        "Senior MLOps Engineer",
        "job posting: Senior MLOps Engineer",
    )
    assert importance(role, "mlops") == 8 and why(role, "mlops") == "title line 1 (8) = 8"
    assert role.overview["title"] == "Senior MLOps Engineer"


def test_a_title_given_is_read_with_the_posting():
    role = role_from_job("We build payment systems.\nYou will own the event pipeline.\n", title="Staff Kafka Engineer")
    assert role.id == "staff-kafka-engineer" and role.name == "Staff Kafka Engineer"
    assert why(role, "kafka").startswith("title line 1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## About us\nWe build payment systems.\n## Requirements\n- Python\n", None),
        ("# Customer Experience Analyst\n\nRequirements:\n- SQL\n", "Customer Experience Analyst"),
        ("DATA ENGINEER II - ACME\nRequirements:\n- SQL\n", "DATA ENGINEER II - ACME"),
        ("# [Data Engineer](https://jobs.example.com/1)\nRequirements:\n- SQL\n", "Data Engineer"),
    ],
)
def test_the_title_is_the_first_heading_unless_it_names_a_section(text, expected):
    assert role_from_job(text).overview["title"] == expected


def test_without_a_title_the_role_is_a_job_posting():
    role = role_from_job("We need someone who knows Python and SQL well, and has shipped models to production.\n")
    assert (role.id, role.name, role.source.title) == ("job-posting", "Job posting", "job posting")
    assert {"python", "sql"} <= ids(role)


# ---------------------------------------------------------------- what is matched


def test_aliases_find_their_items():
    text = "Requirements:\n- sklearn and PyTorch\n- k8s and Helm charts\n- Postgres, GCP, Golang\n"
    assert {"scikit-learn", "pytorch-tensorflow", "kubernetes", "helm", "postgresql", "gcp", "go"} <= ids(
        role_from_job(text)
    )


def test_short_names_are_found_only_where_they_are_the_skill():
    role = role_from_job((DATA / "boundaries_posting.md").read_text(encoding="utf-8"))
    not_found = {"go", "r", "c", "excel", "spark", "swift", "rust", "react", "helm", "ray", "julia"} & ids(role)
    assert not not_found, f"matched ordinary words: {not_found}"
    assert role.overview["title"] == "Growth Analyst"


def test_short_names_are_found_where_they_are_the_skill():
    text = (
        "Requirements:\n- Python, Go and R\n- C/C++ and Rust\n- Excel, Spark or Ray, and Swift\n- Go or Java services\n"
    )
    assert {"go", "r", "c", "cpp", "rust", "excel", "spark", "ray", "swift", "java", "python"} <= ids(
        role_from_job(text)
    )


def test_implications_are_not_requests():
    # pandas implies Python in a resume, but a posting that asks for pandas did not ask for Python
    role = role_from_job("Requirements:\n- pandas and Keras\n")
    assert {"pandas", "keras"} <= ids(role)
    assert "python" not in ids(role) and "deep-learning" not in ids(role)


# ---------------------------------------------------------------- other keywords


GEO = posting(
    """
    # Routing Engineer

    Zephyr Couriers · Lisbon

    ## About the role

    You will own geospatial routing for our bike couriers.
    Our geospatial routing engine decides every courier's next stop.
    We publish what we learn about geospatial routing.

    ## Requirements

    - Strong Python
    - Experience with route planning at city scale
    - Experience with PostgreSQL
    """
)


def test_a_distinctive_repeated_term_becomes_a_literal_keyword_item():
    role = role_from_job(GEO)
    item = role.item("kw-geospatial-routing")
    assert (item.name, item.kind, item.importance, item.search_terms) == (
        "geospatial routing",
        "skill",
        keywords.KEYWORD_IMPORTANCE,
        ("geospatial routing",),
    )
    (keyword,) = [k for k in role.overview["other_keywords"] if k["id"] == "kw-geospatial-routing"]
    assert keyword["count"] == 3 and keyword["weight"] > 0
    (entry,) = [r for r in role.overview["requirements"] if r["id"] == "kw-geospatial-routing"]
    assert len(entry["lines"]) == 3 and all("geospatial routing" in line for line in entry["lines"])
    assert "kw-geospatial" not in ids(role) and "kw-routing" not in ids(role), "the phrase, not its words"
    assert not ids(role) & {"kw-zephyr", "kw-couriers", "kw-lisbon"}, "the header names the company"


def test_keyword_items_are_matched_literally_in_a_resume():
    role = role_from_job(GEO)
    has = ats_match.score(
        ats_match.read_text("Ana Silva\nExperience\n- Built geospatial routing for 300 couriers."), role
    )
    lacks = ats_match.score(ats_match.read_text("Ana Silva\nExperience\n- Built routing tables."), role)
    assert has.item("kw-geospatial-routing").status == "demonstrated"
    assert has.item("kw-geospatial-routing").evidence[0].matched == "geospatial routing"
    assert lacks.item("kw-geospatial-routing").status == "missing"


def test_terms_written_once_everyday_words_and_matched_items_are_not_keywords():
    text = posting(
        """
        # Analyst

        Requirements:
        - Experience with Tableau dashboards and Tableau Prep
        - Reliable, flexible and reliable again; flexible hours
        - Knowledge of hydrography
        """
    )
    keyword_ids = {k["id"] for k in role_from_job(text).overview["other_keywords"]}
    assert not keyword_ids & {"kw-tableau", "kw-reliable", "kw-flexible", "kw-hydrography"}


# ---------------------------------------------------------------- figures and explanations


def test_figures_come_from_a_shipped_profile_or_are_unknown():
    role = role_from_job("Requirements:\n- Python\n- Rust\n- Terraform\n")
    python, rust, terraform = role.item("python"), role.item("rust"), role.item("terraform")
    assert (python.learning_hours, python.interview_weight) == (60, "High")  # the guide's MLE figures
    assert role.overview["figures_from"]["python"] == MLE
    assert terraform.learning_hours == ats_match.load_role("mlops-engineer").item("terraform").learning_hours
    assert (rust.learning_hours, rust.interview_weight) == (None, None)
    assert "rust" in role.overview["unknown"]["learning_hours"]
    assert "rust" in role.overview["unknown"]["interview_weight"]
    assert "python" not in role.overview["unknown"]["learning_hours"]


def test_every_item_says_why_with_its_lines():
    role = role_from_job((EXAMPLES / "postings" / "ml_engineer.md").read_text(encoding="utf-8"))
    requirements = {r["id"]: r for r in role.overview["requirements"]}
    assert set(requirements) == ids(role)
    for item in role.items:
        entry = requirements[item.id]
        assert entry["importance"] == item.importance and entry["why"] and entry["name"] == item.name
        if not item.id.startswith("kw-"):
            assert entry["lines"] and entry["category"]
    assert role.overview["from_posting"] is True and role.overview["formula"] == posting_importance.FORMULA


def test_the_example_posting():
    role = role_from_job(EXAMPLES / "postings" / "ml_engineer.md")
    assert role.name == "Machine Learning Engineer, Delivery Intelligence"
    assert importance(role, "python") >= 9 and importance(role, "sql") >= 9
    assert importance(role, "spark") <= 2 < importance(role, "airflow") < importance(role, "docker")
    assert importance(role, "go") <= 4, "named once, in nice to have"
    # named in the requirements and written again elsewhere: the phrase's item, matched by its lemmas
    assert "phrase-telematics" in ids(role) and "kw-telematics" not in ids(role)
    assert not any(i.startswith("kw-") and ("toronto" in i or "northwind" in i) for i in ids(role))
    report = ats_match.score(EXAMPLES / "resume_ml_engineer.md", role)
    assert report.item("docker").status == "demonstrated" and report.score > 50


def test_an_empty_or_unrelated_posting_is_a_clear_error():
    with pytest.raises(ats_match.RoleError, match="the job posting is empty"):
        role_from_job("  \n")
    with pytest.raises(ats_match.RoleError, match="names no skill or tool"):
        role_from_job("We are hiring a barista to make coffee and greet guests.\n")


def test_a_posting_file_that_cannot_be_read_is_a_clear_error(tmp_path):
    with pytest.raises(ats_match.RoleError, match=r"^nothere.md: job posting: file not found$"):
        role_from_job(tmp_path / "nothere.md")
    (tmp_path / "binary.md").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ats_match.RoleError, match=r"^binary.md: job posting: cannot read it"):
        role_from_job(tmp_path / "binary.md")


def test_a_posting_of_tools_only_is_scored_on_them():
    role = role_from_job("Tools: Jira, Confluence\n")
    assert {i.id for i in role.skills} == {"jira", "confluence"} and not role.tools


# ---------------------------------------------------------------- the lexicon

REQUIRED_CATEGORIES = {
    "languages",
    "ml-ds",
    "data-engineering",
    "cloud",
    "devops",
    "databases",
    "web-backend",
    "frontend-mobile",
    "mlops",
    "genai-llm",
    "bi-analytics",
    "testing",
    "security",
    "methodologies",
}


def test_the_lexicon_is_broad_grouped_and_apart_from_the_profiles():
    data = load_lexicon_file()
    entries = [e for c in data.categories for e in c.entries]
    assert len(entries) >= 250
    assert {c.category for c in data.categories} >= REQUIRED_CATEGORIES
    entry_ids = [e.id for e in entries]
    assert len(entry_ids) == len(set(entry_ids)), "duplicate lexicon ids"
    profile_ids = {i.id for r in ats_match.list_roles() for i in ats_match.load_role(r).items}
    assert not set(entry_ids) & profile_ids, "a profile owns these ids: drop them from the lexicon"
    assert profile_ids <= set(data.profile_categories), "every profile item has a category"
    lex = lexicon()
    assert len(lex.items) == len(entries) + len(profile_ids)
    assert all(lex.categories[i.id] for i in lex.items)


@pytest.mark.parametrize("bare", ["go", "r", "c", "spark", "rust", "swift", "excel", "react", "helm", "ray", "julia"])
def test_short_everyday_names_are_never_matched_in_any_case(bare):
    for item in lexicon().items:
        anycase = {f.lower() for f in (*item.searches, item.name, *item.aliases, *item.terms)}
        anycase -= {f.lower() for f in item.case_sensitive}
        assert bare not in anycase, f"{item.id} matches {bare!r} in any case"


def test_every_name_of_the_lexicon_is_found_in_a_skills_line():
    extractor = lexicon().extractor
    profile_ids = {i.id for r in ats_match.list_roles() for i in ats_match.load_role(r).items}
    missed = []
    for item in lexicon().items:
        if item.id in profile_ids:
            continue  # tested with the profiles
        for name in (*item.searches, item.name, *item.aliases, *item.case_sensitive, *item.terms):
            document = ats_match.read_text(f"Skills: {name}, Git")
            if item.id not in {m.item_id for m in extractor.extract(document)}:
                missed.append(f"{item.id}: {name}")
    assert not missed


def test_the_lexicon_matcher_is_built_once():
    assert lexicon() is lexicon()
    assert lexicon().extractor is lexicon().extractor


# ---------------------------------------------------------------- suggest_roles


def test_an_ml_resume_ranks_the_ml_engineer_role_above_data_science_and_genai():
    suggestions = suggest_roles(EXAMPLES / "resume_ml_engineer.md")
    assert [s.id for s in suggestions][0] == MLE
    rank = {s.id: n for n, s in enumerate(suggestions)}
    assert rank[MLE] < rank["data-scientist"] and rank[MLE] < rank["generative-ai-engineer"]
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)
    assert {s.id for s in suggestions} == set(ats_match.list_roles())


def test_an_analyst_resume_ranks_data_science_first():
    (first, *_) = suggest_roles(EXAMPLES / "resume_data_analyst.txt")
    assert first.id == "data-scientist"


def test_suggestions_carry_the_reports_figures_and_first_gaps():
    (suggestion,) = suggest_roles(EXAMPLES / "resume_data_analyst.txt", top_gaps=2, roles=[MLE])
    report = ats_match.score(EXAMPLES / "resume_data_analyst.txt", MLE)
    assert isinstance(suggestion, RoleSuggestion)
    assert (suggestion.id, suggestion.name, suggestion.score, suggestion.tool_coverage) == (
        MLE,
        "Machine Learning Engineer",
        report.score,
        report.tool_coverage,
    )
    assert suggestion.top_gaps == report.recommendations.learn[:2] and len(suggestion.top_gaps) == 2
    assert suggestion.to_dict()["top_gaps"][0]["id"] == report.recommendations.learn[0].id
    assert all(s.top_gaps == () for s in suggest_roles(EXAMPLES / "resume_data_analyst.txt", top_gaps=0))


def test_ties_are_ordered_by_role_id():
    suggestions = suggest_roles(ats_match.read_text("Jane Roe\nGardener"), roles=["mlops-engineer", "ai-engineer"])
    assert [s.score for s in suggestions] == [0.0, 0.0]
    assert [s.id for s in suggestions] == ["ai-engineer", "mlops-engineer"]


def test_the_resume_is_read_once(monkeypatch):
    import ats_match.api
    import ats_match.suggest

    reads = []

    def counting(read):
        def wrapper(src, **kwargs):
            if not isinstance(src, ats_match.ResumeDocument):
                reads.append(src)
            return read(src, **kwargs)

        return wrapper

    monkeypatch.setattr(ats_match.suggest, "read_resume", counting(ats_match.suggest.read_resume))
    monkeypatch.setattr(ats_match.api, "read_resume", counting(ats_match.api.read_resume))
    suggestions = suggest_roles(EXAMPLES / "resume_ml_engineer.md")
    assert len(suggestions) == len(ats_match.list_roles()) >= 5
    assert reads == [EXAMPLES / "resume_ml_engineer.md"]
