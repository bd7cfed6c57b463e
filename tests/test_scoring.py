"""The score formula, statuses, strengths, tool coverage and keyword forms."""

from __future__ import annotations

import json

import pytest

import ats_match
from ats_match.scoring import coverage
from helpers import MLE

ALL_DEMONSTRATED = """Ada Lovelace
Experience
- Wrote Python and SQL; trained random forests; ran A/B tests; engineered features.
- Deployed models behind an inference endpoint; set up MLOps with MLflow; used scikit-learn.
- Trained CNNs in PyTorch; used SageMaker and Azure ML; cleaned data with pandas in Docker.
"""


def test_a_resume_that_demonstrates_everything_scores_100():
    report = ats_match.score(ats_match.read_text(ALL_DEMONSTRATED), MLE)
    assert {i.status for i in report.items} == {"demonstrated"}
    assert report.score == 100.0
    assert report.tool_coverage == 100.0


def test_score_is_the_weighted_formula_by_hand(mle):
    report = ats_match.score(ats_match.read_text("Skills\nPython, SQL\nExperience\n- Trained XGBoost models"), MLE)
    strengths = mle.scoring.strengths
    by_hand = 0.0
    total = 0.0
    for skill in mle.skills:
        factor = mle.scoring.interview_factors[skill.interview_weight]
        weight = skill.importance * factor
        total += weight
        by_hand += weight * strengths[report.item(skill.id).status]
    assert report.score == pytest.approx(100 * by_hand / total, abs=0.01)
    assert report.item("python").status == "listed"
    assert report.item("ml-algorithms").status == "demonstrated"
    # each item's points add up to the score
    assert sum(i.points for i in report.items if i.kind == "skill") == pytest.approx(report.score, abs=0.05)


def test_statuses_rank_demonstrated_over_listed_over_implied_over_missing(mle):
    base = {item.id: "missing" for item in mle.items}
    scores = [
        coverage(mle, base | {"deep-learning": status}) for status in ("missing", "implied", "listed", "demonstrated")
    ]
    assert scores == sorted(scores) and len(set(scores)) == 4


def test_strengths_and_factors_come_from_the_profile(tmp_path, mle):
    data = mle.to_dict()
    data["scoring"]["strengths"]["listed"] = 1.0
    path = tmp_path / "generous.json.yaml"
    path.write_text(json.dumps(data))
    generous = ats_match.load_role(path)
    text = ats_match.read_text("Skills\nPython, SQL, Docker")
    assert ats_match.score(text, generous).score > ats_match.score(text, mle).score


def test_repeating_a_keyword_adds_nothing():
    once = ats_match.score(ats_match.read_text("Experience\n- Built Docker images with Python"), MLE)
    stuffed = ats_match.score(
        ats_match.read_text(
            "Experience\n- Built Docker images with Python\n" + "Python Python Python Docker Docker\n" * 30
        ),
        MLE,
    )
    assert stuffed.score == once.score
    assert len(stuffed.item("python").evidence) > len(once.item("python").evidence)


def test_tools_are_a_checklist_and_imply_skills():
    report = ats_match.score(ats_match.read_text("Skills\nMLflow"), MLE)
    assert report.item("mlflow").status == "listed"
    assert report.item("mlops").status == "implied"
    assert 0 < report.tool_coverage < 100
    assert report.score > 0  # the implied skill counts


def test_keyword_forms_say_what_a_search_misses():
    report = ats_match.score(ats_match.read_text("Skills\nsklearn, Python"), MLE)
    forms = {f.id: f for f in report.keywords.forms}
    assert forms["scikit-learn"].wrote == ("sklearn",) and not forms["scikit-learn"].verbatim
    assert forms["python"].verbatim
    assert [f.id for f in report.keywords.variants_only] == ["scikit-learn"]
    assert forms["scikit-learn"].message == "Scikit-learn: you wrote 'sklearn'; a search for 'scikit-learn' misses you"
    assert 0 < report.keywords.percent < 100


def test_report_dict_has_the_design_keys():
    report = ats_match.score(ats_match.read_text(ALL_DEMONSTRATED), MLE)
    data = json.loads(report.to_json())
    assert {"score", "role", "resume", "items"} <= set(data)
    assert set(data["role"]) >= {"id", "name", "source"}
    assert set(data["resume"]) >= {"source", "pages", "sections"}
    item = data["items"][0]
    assert set(item) >= {"id", "name", "kind", "weight", "status", "strength", "evidence"}
    assert set(item["evidence"][0]) >= {"text", "alias", "page", "line", "section"}
    with pytest.raises(AttributeError):
        report.score = 1  # frozen
