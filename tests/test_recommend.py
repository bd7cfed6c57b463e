"""Gaps, the plan, projects, interview questions, certifications and the next role."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ats_match
from ats_match.recommend import best_subset, build_recommendations
from ats_match.scoring import coverage, statuses_after
from helpers import EXAMPLES, MLE

JUNIOR = (EXAMPLES / "resume_junior_sklearn.txt").read_text()
ANALYST = (EXAMPLES / "resume_data_analyst.txt").read_text()


def all_missing(role) -> dict[str, str]:
    return {item.id: "missing" for item in role.items}


def test_learn_gaps_are_ranked_by_points_per_hour(mle):
    rec = build_recommendations(mle, all_missing(mle) | {"python": "demonstrated"})
    ratios = [g.points_per_hour for g in rec.learn]
    assert ratios == sorted(ratios, reverse=True)
    assert "python" not in {g.id for g in rec.learn}
    top = rec.learn[0]
    assert top.points_per_hour == pytest.approx(top.points / top.hours, abs=1e-3)
    assert all(g.interview_weight in ("High", "Medium", None) for g in rec.learn)


def test_show_gaps_are_listed_or_implied_items_ranked_by_points(mle):
    statuses = all_missing(mle) | {"sql": "listed", "deep-learning": "implied", "pytorch-tensorflow": "listed"}
    rec = build_recommendations(mle, statuses)
    assert {g.id for g in rec.show} == {
        "sql",
        "deep-learning",
        "pytorch-tensorflow",
        "python",
    }  # PyTorch implies Python
    assert [g.points for g in rec.show] == sorted((g.points for g in rec.show), reverse=True)
    assert rec.show[0].id == "python"  # implied -> demonstrated, at the highest weight, gains most
    assert "Experience" in rec.show[0].action and "<" in rec.show[0].action


def _rescored_gain(text: str, line: str) -> float:
    before = ats_match.score(ats_match.read_text(text), MLE).score
    after = ats_match.score(ats_match.read_text(text + "\n" + line), MLE).score
    return round(after - before, 2)


@pytest.mark.parametrize("resume", [JUNIOR, ANALYST], ids=["junior", "analyst"])
def test_every_gap_is_worth_what_rescoring_the_closed_resume_gives(resume, mle):
    """Close each gap by writing the line the advice asks for, score again, compare."""
    report = ats_match.score(ats_match.read_text(resume), MLE)
    rec = report.recommendations
    assert rec.learn and (rec.show or resume is ANALYST)
    for gap in rec.learn + rec.show:
        name = mle.item(gap.id).searches[0]
        line = f"Experience\n- Used {name} at work every day"
        assert gap.points == pytest.approx(_rescored_gain(resume, line), abs=0.02), gap.id
    for gap in rec.say:
        name = mle.item(gap.id).searches[0]
        assert gap.points == pytest.approx(_rescored_gain(resume, f"Skills\n{name}"), abs=0.02), gap.id


def test_say_gaps_name_what_the_resume_wrote():
    rec = ats_match.score(ats_match.read_text(JUNIOR), MLE).recommendations
    by_id = {g.id: g for g in rec.say}
    assert "you wrote 'sklearn'; a search for 'scikit-learn' misses you" in by_id["scikit-learn"].action
    assert by_id["scikit-learn"].points == 0  # the score already credits it; the search does not


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 60), st.floats(0, 20, allow_nan=False)), min_size=0, max_size=9),
    st.integers(0, 200),
)
def test_knapsack_is_optimal_against_brute_force(candidates, budget):
    hours = [float(h) for h, _ in candidates]
    values = [v for _, v in candidates]
    chosen = best_subset(hours, values, budget)
    assert sum(hours[i] for i in chosen) <= budget
    best = max(
        (
            sum(values[i] for i in subset)
            for r in range(len(hours) + 1)
            for subset in itertools.combinations(range(len(hours)), r)
            if sum(hours[i] for i in subset) <= budget
        ),
        default=0.0,
    )
    assert sum(values[i] for i in chosen) == pytest.approx(best, abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from([i.id for i in ats_match.load_role(MLE).items])), st.integers(0, 250))
def test_plan_is_optimal_with_real_implications(demonstrated, budget):
    """With the real profile, where a tool and the skill it implies overlap, the plan still
    gains as much as the best subset found by brute force."""
    mle = ats_match.load_role(MLE)
    statuses = statuses_after(mle, all_missing(mle), {i: "demonstrated" for i in demonstrated})
    rec = build_recommendations(mle, statuses, hours=budget)
    assert sum(step.hours for step in rec.plan) <= budget
    base = coverage(mle, statuses)
    gained = (rec.plan[-1].projected_score - base) if rec.plan else 0.0
    gaps = [g for g in rec.learn if g.hours and g.points > 0]
    best = 0.0
    for r in range(len(gaps) + 1):
        for subset in itertools.combinations(gaps, r):
            if sum(g.hours for g in subset) <= budget:
                after = statuses_after(mle, statuses, {g.id: "demonstrated" for g in subset})
                best = max(best, coverage(mle, after) - base)
    assert gained == pytest.approx(best, abs=0.02)


def test_plan_follows_the_roadmap_and_projects_the_score(mle):
    rec = build_recommendations(mle, all_missing(mle), hours=200)
    levels = ("Beginner", "Intermediate", "Advanced")
    order = [levels.index(step.stage) for step in rec.plan]
    assert order == sorted(order)
    assert [s.cumulative_hours for s in rec.plan] == list(itertools.accumulate(s.hours for s in rec.plan))
    assert all(a.projected_score < b.projected_score for a, b in itertools.pairwise(rec.plan))
    assert rec.plan[-1].cumulative_hours <= 200


def test_replanning_with_another_budget_does_not_rescore():
    report = ats_match.score(EXAMPLES / "resume_data_analyst.txt", MLE)
    small, large = ats_match.recommend(report, hours=20), ats_match.recommend(report, hours=300)
    assert small.plan_hours <= 20 < large.plan_hours <= 300
    assert large.plan[-1].projected_score > (small.plan[-1].projected_score if small.plan else report.score)
    assert ats_match.recommend(report, hours=report.recommendations.hours) == report.recommendations


def test_projects_cover_the_most_gap_greedily(mle):
    statuses = all_missing(mle) | {"python": "demonstrated", "ml-algorithms": "demonstrated"}
    rec = build_recommendations(mle, statuses)
    first = rec.projects[0]
    # no single project covers more weighted gap than the first pick (before the level bonus)
    best_alone = max(
        coverage(
            mle, statuses_after(mle, statuses, {i: "demonstrated" for i in p.covers if statuses[i] != "demonstrated"})
        )
        for p in mle.projects
    ) - coverage(mle, statuses)
    assert first.points >= best_alone / 1.25 - 0.01
    covered = [set(p.evidences) for p in rec.projects]
    assert all(not (a & b) for a, b in itertools.combinations(covered, 2)), "a later pick covers only new gaps"
    assert all(statuses[i] != "demonstrated" for p in rec.projects for i in p.evidences)


def test_projects_prefer_the_resumes_level(mle):
    beginner = build_recommendations(mle, all_missing(mle))
    assert beginner.stage == "Beginner"
    assert beginner.projects[0].level in ("Beginner", "Intermediate")
    senior = all_missing(mle) | {i: "demonstrated" for s in mle.roadmap[:2] for i in s.covers}
    advanced = build_recommendations(mle, senior)
    assert advanced.stage == "Advanced"
    assert advanced.projects[0].level == "Advanced"


def test_interview_questions_for_claims_then_gaps(mle):
    statuses = all_missing(mle) | {"sql": "demonstrated", "python": "listed"}
    rec = build_recommendations(mle, statuses)
    claimed = [p for p in rec.interview if p.why.startswith("you claim")]
    assert {p.item for p in claimed} == {"sql", "python"}
    assert rec.interview[: len(claimed)] == tuple(claimed)
    assert any(p.question == "Write a query for month-over-month growth." for p in claimed)
    assert claimed[0].item == "python"  # High interview weight before Medium


def test_certifications_back_missing_items(mle):
    rec = build_recommendations(mle, all_missing(mle) | {"cloud-ml": "demonstrated", "sagemaker-vertex": "listed"})
    aws = next(c for c in rec.certifications if c.issuer == "Amazon Web Services")
    assert "cloud-ml" not in aws.backs and "model-deployment" in aws.backs
    everything = {i.id: "demonstrated" for i in mle.items}
    assert build_recommendations(mle, everything).certifications == ()


def test_next_role_says_what_is_shown_and_missing():
    text = "Experience\n- Built a RAG assistant with LangChain and FAISS; fine-tuned Llama with LoRA\n- No experience with guardrails"
    rec = ats_match.score(ats_match.read_text(text), MLE).recommendations
    assert rec.next_role.name == "Generative AI Engineer" and rec.next_role.duration == "3-4 months"
    assert {"RAG", "fine-tuning/LoRA", "LLMs"} <= set(rec.next_role.shown)
    assert "guardrails" in rec.next_role.missing


def test_recommendations_serialise():
    report = ats_match.score(EXAMPLES / "resume_junior_sklearn.txt", MLE)
    data = report.to_dict()["recommendations"]
    assert {"learn", "show", "say", "plan", "projects", "interview", "certifications", "next_role"} <= set(data)
