"""The role profile format, its errors, and the MLE profile checked fact by fact against
the career guide it comes from."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
import yaml

import ats_match
from ats_match.roles import json_schema, profiles_dir
from helpers import MLE, ROOT

DESIGN_IDS = [
    ("python", "Python", "skill"),
    ("ml-algorithms", "ML Algorithms", "skill"),
    ("statistics", "Statistics & Probability", "skill"),
    ("feature-engineering", "Feature Engineering", "skill"),
    ("model-deployment", "Model Deployment", "skill"),
    ("mlops", "MLOps", "skill"),
    ("scikit-learn", "Scikit-learn", "skill"),
    ("deep-learning", "Deep Learning", "skill"),
    ("sql", "SQL", "skill"),
    ("cloud-ml", "Cloud ML (SageMaker/Vertex)", "skill"),
    ("pytorch-tensorflow", "PyTorch / TensorFlow", "tool"),
    ("mlflow", "MLflow", "tool"),
    ("docker", "Docker", "tool"),
    ("sagemaker-vertex", "AWS SageMaker / Vertex AI", "tool"),
    ("pandas", "Pandas", "tool"),
]

GUIDE_SKILLS = {  # the guide's skills table: importance, learning hours, interview weight
    "Python": (10, 60, "High"),
    "ML Algorithms": (10, 90, "High"),
    "Statistics & Probability": (9, 70, "High"),
    "Feature Engineering": (9, 50, "High"),
    "Model Deployment": (9, 50, "High"),
    "MLOps": (9, 60, "High"),
    "Scikit-learn": (8, 40, "Medium"),
    "Deep Learning": (8, 90, "High"),
    "SQL": (8, 40, "Medium"),
    "Cloud ML (SageMaker/Vertex)": (8, 50, "Medium"),
}


def test_item_ids_names_and_kinds_are_those_of_the_design(mle):
    assert [(i.id, i.name, i.kind) for i in mle.items] == DESIGN_IDS


def test_skills_carry_the_guides_figures(mle):
    got = {s.name: (s.importance, s.learning_hours, s.interview_weight) for s in mle.skills}
    assert got == GUIDE_SKILLS


def test_core_tools_in_the_guides_order_with_either_of_groups(mle):
    assert mle.core_tools == ("scikit-learn", "pytorch-tensorflow", "mlflow", "docker", "sagemaker-vertex", "pandas")
    assert mle.item("pytorch-tensorflow").either_of == ("PyTorch", "TensorFlow")
    assert mle.item("sagemaker-vertex").either_of == ("SageMaker", "Vertex AI")
    assert all(t.source == "ours" for t in mle.tools), "tool figures are ours and say so"


def test_roadmap_projects_questions_certifications_career(mle):
    assert [(s.level, s.duration) for s in mle.roadmap] == [
        ("Beginner", "3-5 months"),
        ("Intermediate", "5-6 months"),
        ("Advanced", "6-8 months"),
    ]
    assert mle.roadmap[2].build.startswith("Deploy a model with CI/CD, monitoring and drift detection")
    assert len(mle.projects) == 10
    assert [p.level for p in mle.projects].count("Advanced") == 3
    assert mle.item("mlflow").id in mle.projects[2].covers
    assert len(mle.interview_questions) == 12
    assert {q.difficulty for q in mle.interview_questions} == {"Easy", "Medium", "Hard"}
    sql_questions = [q.question for q in mle.interview_questions if "sql" in q.tests]
    assert "Write a query for month-over-month growth." in sql_questions
    assert [(c.name, c.issuer, c.value) for c in mle.certifications] == [
        ("AWS Certified Machine Learning - Specialty", "Amazon Web Services", "Very High"),
        ("Google Cloud Professional Data Engineer", "Google Cloud", "Very High"),
        ("Databricks Certified Machine Learning Associate", "Databricks", "High"),
    ]
    assert mle.career_path == ("ML Engineer", "Senior MLE", "Staff MLE", "ML Architect")
    assert mle.related_roles == ("Data Scientist", "AI Engineer", "MLOps Engineer")
    (next_role,) = mle.next_roles
    assert (next_role.name, next_role.duration) == ("Generative AI Engineer", "3-4 months")
    assert next_role.close == ("Transformers depth", "LLMs", "fine-tuning/LoRA", "RAG", "embeddings", "guardrails")


def _seed_text() -> str | None:
    seeds = ROOT.parent / "shared" / "seeds"
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    return files[0].read_text(encoding="utf-8") if files else None


def test_profile_matches_the_seed_guide_line_by_line(mle):
    """Every skill row, project, question and certification of the guide is in the profile."""
    seed = _seed_text()
    if seed is None:
        pytest.skip("../shared/seeds is not on this machine")
    rows = re.findall(r"^\| (.+?) \| (\d+)/10 \| ~(\d+)h \| (\w+) \|$", seed, re.M)
    assert {name: (int(i), float(h), w) for name, i, h, w in rows} == {
        s.name: (s.importance, s.learning_hours, s.interview_weight) for s in mle.skills
    }
    for project in mle.projects:
        assert f"{project.name}\n{project.level}{project.summary}\nSkills: {', '.join(project.skills)}" in seed
    for question in mle.interview_questions:
        assert f"{question.question}{question.difficulty}\nWhat they're testing: {question.testing}" in seed
    for cert in mle.certifications:
        assert f"- {cert.name}{cert.issuer} · {cert.value} value" in seed
    for stage in mle.roadmap:
        assert f"{stage.level} · {stage.duration}\n{stage.focus}\nBuild: {stage.build}" in seed
    assert " -> ".join(mle.career_path) in seed
    for entry in mle.faq:
        assert entry["question"] in seed and entry["answer"] in seed
    for company in mle.overview["top_hiring_companies"]:
        assert company in seed


def test_list_and_load_roles():
    assert MLE in ats_match.list_roles()
    assert ats_match.load_role(MLE) is ats_match.load_role(profiles_dir() / f"{MLE}.yaml")
    data = ats_match.load_role(MLE).to_dict()
    assert data["skills"][0]["name"] == "Python" and json.dumps(data)


def test_shipped_json_schema_is_generated_from_the_models():
    shipped = json.loads((ROOT / "src" / "ats_match" / "roles" / "role_profile.schema.json").read_text())
    assert shipped == json_schema(), "regenerate with: python -c 'from ats_match.roles import *; ...'"
    assert "skills" in shipped["required"]


# ---------------------------------------------------------------- errors

MINIMAL = {
    "id": "tiny-role",
    "name": "Tiny Role",
    "source": {"title": "a test"},
    "skills": [
        {"id": "python", "name": "Python", "importance": 9},
        {"id": "sql", "name": "SQL", "importance": 7},
    ],
}


def write_role(tmp_path: Path, data: dict | str, name: str = "tiny-role.yaml") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False))
    return path


def test_a_minimal_profile_loads(tmp_path):
    role = ats_match.load_role(write_role(tmp_path, MINIMAL))
    assert [i.id for i in role.items] == ["python", "sql"]


def _broken(change) -> dict:
    data = json.loads(json.dumps(MINIMAL))
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["skills"][1].update(importance=12), "skills[1] (SQL): importance must be 1-10, got 12"),
        (lambda d: d["skills"][0].update(importnace=3), "skills[0] (Python): unknown key 'importnace'"),
        (lambda d: d["skills"][1].update(id="python"), "skills[1] (SQL): duplicate item id 'python'"),
        (lambda d: d["skills"][0].pop("name"), "skills[0]: missing required key 'name'"),
        (
            lambda d: d["skills"][0].update(learning_hours=-5),
            "skills[0] (Python): learning_hours must be above 0, got -5",
        ),
        (
            lambda d: d["skills"][0].update(interview_weight="Huge"),
            "skills[0] (Python): interview_weight: Input should be 'High', 'Medium' or 'Low', got 'Huge'",
        ),
        (
            lambda d: d.update(
                projects=[{"name": "P", "level": "Beginner", "summary": "s", "skills": ["Go"], "covers": ["golang"]}]
            ),
            "projects[0] (P): covers names 'golang', which is not an item of the profile",
        ),
        (
            lambda d: d.update(
                interview_questions=[{"question": "Why?", "difficulty": "Easy", "testing": "t", "tests": ["rust"]}]
            ),
            "interview_questions[0] (Why?): tests names 'rust', which is not an item of the profile",
        ),
        (
            lambda d: d["skills"][0].update(implied_by_items=["pandas"]),
            "skills[0] (Python): implied_by_items names 'pandas', which is not another item of the profile",
        ),
        (lambda d: d.update(core_tools=["docker"]), "core_tools names 'docker', which is not an item of the profile"),
        (lambda d: d.update(colour="blue"), "unknown key 'colour'"),
        (
            lambda d: d.update(scoring={"strengths": {"listed": 1.5}}),
            "scoring: strengths: strength of listed must be 0-1, got 1.5",
        ),
    ],
)
def test_profile_errors_name_file_entry_and_field(tmp_path, change, expected):
    path = write_role(tmp_path, _broken(change))
    with pytest.raises(ats_match.RoleError) as caught:
        ats_match.load_role(path)
    message = str(caught.value)
    assert message == f"tiny-role.yaml: {expected}"
    assert "\n" not in message


def test_duplicate_yaml_keys_are_reported(tmp_path):
    text = textwrap.dedent(
        """\
        id: tiny-role
        name: Tiny Role
        name: Other Name
        source: {title: t}
        skills: [{id: python, name: Python, importance: 9}]
        """
    )
    with pytest.raises(ats_match.RoleError, match=r"tiny-role.yaml: line 3: invalid YAML: duplicate key 'name'"):
        ats_match.load_role(write_role(tmp_path, text))


def test_broken_yaml_missing_file_and_unknown_role(tmp_path):
    with pytest.raises(ats_match.RoleError, match=r"bad.yaml: line \d+: invalid YAML"):
        ats_match.load_role(write_role(tmp_path, "id: [unclosed\nname: x\n", "bad.yaml"))
    with pytest.raises(ats_match.RoleError, match="a role file must be a YAML mapping"):
        ats_match.load_role(write_role(tmp_path, "- just\n- a list\n", "list.yaml"))
    with pytest.raises(ats_match.RoleError, match="nothere.yaml: role file not found"):
        ats_match.load_role(tmp_path / "nothere.yaml")
    with pytest.raises(
        ats_match.RoleError, match="unknown role 'astronaut'; shipped roles are: .*machine-learning-engineer"
    ):
        ats_match.load_role("astronaut")


def test_profile_weights_follow_the_scoring_block(mle):
    assert mle.weight(mle.item("python")) == 10 * 1.0  # High
    assert mle.weight(mle.item("sql")) == pytest.approx(8 * 0.6)  # Medium
    assert mle.weight(mle.item("docker")) == pytest.approx(7 * 0.6)  # a tool: the profile's tool_interview_weight


def test_an_item_without_vocabulary_takes_it_from_vocabulary_from(tmp_path):
    data = json.loads(json.dumps(MINIMAL)) | {"vocabulary_from": ["machine-learning-engineer"]}
    role = ats_match.load_role(write_role(tmp_path, data))
    mle_python = ats_match.load_role(MLE).item("python")
    assert role.item("python").aliases == mle_python.aliases and "python3" in role.item("python").aliases
    data["skills"][0]["aliases"] = ["py"]  # an item that names its own vocabulary keeps it
    assert ats_match.load_role(write_role(tmp_path, data, "own.yaml")).item("python").aliases == ("py",)
    data["vocabulary_from"] = ["astronaut"]
    with pytest.raises(ats_match.RoleError, match="bad-source.yaml: vocabulary_from: unknown role 'astronaut'"):
        ats_match.load_role(write_role(tmp_path, data, "bad-source.yaml"))
