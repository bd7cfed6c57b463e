"""Text in, statuses out: aliases, token boundaries, concept terms and qualifiers."""

from __future__ import annotations

import pytest

import ats_match
from helpers import ROOT, statuses

BOUNDARIES = ats_match.load_role(ROOT / "tests" / "profiles" / "boundaries.yaml")


def found(text: str) -> set[str]:
    """Ids of the boundary role's items credited in a one-line skills list."""
    return {k for k, v in statuses(f"Skills\n{text}", BOUNDARIES).items() if v != "missing"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("React", {"react"}),
        ("R", {"r"}),
        ("R, Python", {"r"}),
        ("Google Cloud", set()),
        ("Go", {"go"}),
        ("golang services", {"go"}),
        ("go to market", set()),  # the verb, not the language
        ("NoSQL", set()),
        ("No-SQL stores", set()),
        ("NoSQL and SQL", {"sql"}),
        ("T-SQL", {"sql"}),
        ("JavaScript", {"javascript"}),
        ("Java", {"java"}),
        ("Java, JavaScript", {"java", "javascript"}),
        ("C++", {"cpp"}),
        ("C", {"c"}),
        ("C, C++ and C#", {"c", "cpp", "csharp"}),
        ("C#", {"csharp"}),
        (".NET", {"dotnet"}),
        ("ASP.NET Core", set()),  # another framework's name, not .NET alone
        ("CI/CD", {"ci-cd"}),
        ("CI / CD", set()),
        ("A/B testing", {"ab-testing"}),
        ("AB", set()),
        ("react-native", {"react"}),
        ("Reactive programming", set()),
    ],
)
def test_token_boundaries(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("scikit-learn", "scikit-learn"),
        ("sklearn", "scikit-learn"),
        ("scikit learn", "scikit-learn"),
        ("Scikit-Learn", "scikit-learn"),
        ("PyTorch", "pytorch-tensorflow"),
        ("TensorFlow", "pytorch-tensorflow"),
        ("torch", "pytorch-tensorflow"),
        ("MLflow", "mlflow"),
        ("Docker", "docker"),
        ("docker-compose", "docker"),
        ("SageMaker", "sagemaker-vertex"),
        ("Amazon SageMaker", "sagemaker-vertex"),
        ("Vertex AI", "sagemaker-vertex"),
        ("pandas", "pandas"),
        ("Python 3", "python"),
        ("python3", "python"),
        ("SQL", "sql"),
        ("PostgreSQL", "sql"),
        ("MySQL", "sql"),
        ("Snowflake", "sql"),
        ("MLOps", "mlops"),
        ("A/B testing", "statistics"),
        ("Statistics", "statistics"),
        ("Probability", "statistics"),
        ("hypothesis testing", "statistics"),
        ("Bayesian methods", "statistics"),
        ("Feature engineering", "feature-engineering"),
        ("feature stores", "feature-engineering"),
        ("random forests", "ml-algorithms"),
        ("XGBoost", "ml-algorithms"),
        ("k-means clustering", "ml-algorithms"),
        ("logistic regression", "ml-algorithms"),
        ("machine learning", "ml-algorithms"),
        ("deep learning", "deep-learning"),
        ("CNNs", "deep-learning"),
        ("LSTM", "deep-learning"),
        ("neural networks", "deep-learning"),
        ("transformers", "deep-learning"),
        ("Azure ML", "cloud-ml"),
        ("model serving", "model-deployment"),
        ("Kubeflow", "mlops"),
        ("drift monitoring", "mlops"),
    ],
)
def test_aliases_and_concept_terms_are_found(line, item):
    assert statuses(f"Skills\n{line}")[item] == "listed"


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Deployed a fraud model to production behind a REST API", "model-deployment"),
        ("Deploying models with TorchServe", "model-deployment"),
        ("Served the ranking model to 2M users", "model-deployment"),
        ("Models deployed on Kubernetes", "model-deployment"),
        ("Took three ranking models to production", "model-deployment"),
        ("Engineered features from clickstream data", "feature-engineering"),
        ("Built 40 features for the churn model", "feature-engineering"),
        ("Trained gradient boosting models", "ml-algorithms"),
        ("Monitored model drift in production", "mlops"),
        ("Designed A/B tests for pricing", "statistics"),
    ],
)
def test_concepts_through_inflections_are_demonstrated_in_experience(line, item):
    assert statuses(f"Experience\n- {line}")[item] == "demonstrated"


@pytest.mark.parametrize(
    "line",
    [
        "Deployed the web app to Heroku",  # software, not a model
        "Monitoring and recording accounts payable",
        "Managed a Kubernetes cluster",
        "Modeled the office floor plan",
    ],
)
def test_look_alikes_are_not_concepts(line):
    got = statuses(f"Experience\n- {line}")
    assert got["model-deployment"] == got["mlops"] == got["ml-algorithms"] == "missing"


def test_implied_by_tools():
    got = statuses("Skills\nPyTorch, MLflow, SageMaker, pandas")
    assert got["deep-learning"] == "implied"
    assert got["mlops"] == "implied"
    assert got["cloud-ml"] == "implied"
    assert got["python"] == "implied"  # a Python-only library named
    assert got["pytorch-tensorflow"] == got["mlflow"] == got["sagemaker-vertex"] == got["pandas"] == "listed"


def test_named_beats_implied_and_work_beats_list():
    got = statuses("Skills\nPyTorch, deep learning\nExperience\n- Trained CNNs in PyTorch")
    assert got["deep-learning"] == "demonstrated"
    assert got["pytorch-tensorflow"] == "demonstrated"


@pytest.mark.parametrize(
    ("line", "item", "status"),
    [
        ("No experience with Docker", "docker", "missing"),
        ("No experience with MLflow, Kubernetes or Docker", "docker", "missing"),
        ("Not yet familiar with SQL", "sql", "missing"),
        ("Never used TensorFlow", "pytorch-tensorflow", "missing"),
        ("Currently learning PyTorch", "pytorch-tensorflow", "missing"),
        ("I want to learn Docker", "docker", "missing"),
        ("Would like to learn SQL next year", "sql", "missing"),
        ("Interested in learning MLOps", "mlops", "missing"),
        ("AWS SageMaker (in progress)", "sagemaker-vertex", "missing"),
        ("Coursework in statistics", "statistics", "listed"),
        ("Relevant coursework: Machine Learning, Databases", "ml-algorithms", "listed"),
        ("Machine learning with scikit-learn", "scikit-learn", "demonstrated"),  # "learning" of a field, no hedge
        ("Deep learning with PyTorch", "pytorch-tensorflow", "demonstrated"),
        ("Built Docker images, no Kubernetes", "docker", "demonstrated"),  # the cue follows the mention
        ("Expert in SQL", "sql", "demonstrated"),
        ("Basic Python", "python", "demonstrated"),
    ],
)
def test_qualifiers_in_experience(line, item, status):
    assert statuses(f"Experience\n- {line}")[item] == status


def test_negation_reaches_only_its_own_clause():
    got = statuses("Experience\n- Used Docker daily. No experience with SQL.")
    assert got["docker"] == "demonstrated"
    assert got["sql"] == "missing"


def test_negation_over_a_wrapped_line():
    got = statuses("Experience\n- I have no hands-on experience with\nDocker or MLflow at work")
    assert got["docker"] == got["mlflow"] == "missing"


def test_proficiency_is_kept_on_the_evidence():
    report = ats_match.score(
        ats_match.read_text("Skills\nFamiliar: MySQL\nExpert in Python"), "machine-learning-engineer"
    )
    assert report.item("sql").evidence[0].proficiency == "familiar"
    assert report.item("sql").status == "listed"
    assert report.item("python").evidence[0].proficiency == "expert"


def test_a_phrase_wrapped_over_two_lines_matches():
    assert (
        statuses("Experience\n- Built models using machine\nlearning and random\nforests")["ml-algorithms"]
        == "demonstrated"
    )


def test_evidence_says_where():
    report = ats_match.score(
        ats_match.read_text("Jane Roe\nSkills\nPython\nExperience\n- Wrote SQL daily"), "machine-learning-engineer"
    )
    (sql,) = [e for e in report.item("sql").evidence]
    assert (sql.matched, sql.alias, sql.page, sql.line, sql.section) == ("SQL", "SQL", 1, 5, "experience")
    assert sql.text == "- Wrote SQL daily"


def _every_name(role):
    for item in role.items:
        for name in (*item.searches, item.name, *item.aliases, *item.case_sensitive, *item.terms):
            yield pytest.param(item.id, name, "listed", id=f"{item.id}:{name}")
        for name in item.implied_by_terms:
            yield pytest.param(item.id, name, "implied", id=f"{item.id}<-{name}")


@pytest.mark.parametrize(
    ("item_id", "name", "status"), list(_every_name(ats_match.load_role("machine-learning-engineer")))
)
def test_every_name_in_the_profile_is_found_in_a_skills_list(item_id, name, status):
    got = statuses(f"Skills\nTools: {name}, Git")
    assert got[item_id] == status or (status == "implied" and got[item_id] == "listed")
