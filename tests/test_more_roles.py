"""The shipped roles beyond the Machine Learning Engineer: Generative AI Engineer (the
guide's next role), Data Scientist, MLOps Engineer and AI Engineer (its related roles).
Their figures are ours and say so; shared items mean the same thing in every profile."""

from __future__ import annotations

import re

import pytest

import ats_match
from ats_match.matching.extractor import extractor_for
from ats_match.roles import RoleProfile, profiles_dir
from helpers import MLE

NEW_ROLES = ["generative-ai-engineer", "data-scientist", "mlops-engineer", "ai-engineer"]
MATCHER_KEYS = ("name", "kind", "either_of", "search_terms", "aliases", "case_sensitive", "terms", "patterns")


@pytest.fixture(scope="module", params=NEW_ROLES)
def role(request) -> RoleProfile:
    return ats_match.load_role(request.param)


def test_every_new_role_is_shipped():
    assert set(NEW_ROLES) <= set(ats_match.list_roles())


def test_sizes_and_structure(role):
    assert 8 <= len(role.skills) <= 14
    assert 3 <= len(role.tools) <= 6
    assert role.core_tools and set(role.core_tools) <= {t.id for t in role.tools}
    assert [s.level for s in role.roadmap] == ["Beginner", "Intermediate", "Advanced"]
    assert all(stage.covers for stage in role.roadmap)
    assert 4 <= len(role.projects) <= 8 and all(p.covers for p in role.projects)
    assert 6 <= len(role.interview_questions) <= 10 and all(q.tests for q in role.interview_questions)
    assert role.certifications and all(c.backs for c in role.certifications)
    assert len(role.career_path) >= 3 and role.related_roles
    assert all(item.show_example for item in role.items)
    assert all(item.learning_hours and item.importance for item in role.items)
    assert all(item.interview_weight for item in role.skills)


def test_ids_are_unique_and_every_reference_resolves(role):
    ids = [item.id for item in role.items]
    assert len(ids) == len(set(ids))
    known = set(ids)
    referenced = [
        *(i for p in role.projects for i in p.covers),
        *(i for q in role.interview_questions for i in q.tests),
        *(i for c in role.certifications for i in c.backs),
        *(i for s in role.roadmap for i in s.covers),
        *role.core_tools,
        *(i for item in role.items for i in item.implied_by_items),
    ]
    assert set(referenced) <= known
    covered = {i for s in role.roadmap for i in s.covers}
    assert covered == known, f"roadmap covers no stage for {sorted(known - covered)}"


def test_the_figures_are_ours_and_say_so(role):
    assert all(item.source == "ours" for item in role.items)
    text = (profiles_dir() / f"{role.id}.yaml").read_text(encoding="utf-8")
    head = text.split("\nid:", 1)[0]
    assert "ours" in head and "reasoning" in head.lower(), "the reasoning comment at the top"
    for key in ("importance", "interview_weight"):
        for line in re.findall(rf"^\s+{key}: .*$", text, re.M):
            assert "# ours" in line, line


def test_next_roles_resolve_and_carry_evidence_for_each_skill_to_close(role):
    assert role.next_roles
    for next_role in role.next_roles:
        assert next_role.id in ats_match.list_roles()
        assert ats_match.load_role(next_role.id).name == next_role.name
        assert set(next_role.evidence) == set(next_role.close)
        assert all(next_role.evidence.values())


def test_shared_items_mean_the_same_in_every_profile():
    """An id names one thing: same name, kind and matcher vocabulary wherever it appears, so
    that scores compare across roles."""
    seen: dict[str, tuple[str, dict]] = {}
    for role_id in ats_match.list_roles():
        for item in ats_match.load_role(role_id).items:
            vocab = item.model_dump(include=set(MATCHER_KEYS))
            if item.id in seen:
                first_role, first = seen[item.id]
                assert vocab == first, f"{item.id} differs between {first_role} and {role_id}"
            else:
                seen[item.id] = (role_id, vocab)


def test_new_roles_reuse_the_mle_ids(role):
    mle_ids = {item.id for item in ats_match.load_role(MLE).items}
    assert {"python", "ml-algorithms"} <= {item.id for item in role.items} & mle_ids


def test_the_mle_next_and_related_roles_are_now_shipped():
    mle = ats_match.load_role(MLE)
    (next_role,) = mle.next_roles
    genai = ats_match.load_role(next_role.id)
    assert genai.name == next_role.name == "Generative AI Engineer"
    names = {ats_match.load_role(r).name for r in ats_match.list_roles()}
    assert set(mle.related_roles) <= names


def test_generative_ai_engineer_has_an_item_for_each_skill_the_guide_says_to_close():
    mle = ats_match.load_role(MLE)
    genai = ats_match.load_role("generative-ai-engineer")
    close_to_item = {
        "Transformers depth": "transformers",
        "LLMs": "llms",
        "fine-tuning/LoRA": "fine-tuning",
        "RAG": "rag",
        "embeddings": "embeddings",
        "guardrails": "guardrails",
    }
    assert set(close_to_item) == set(mle.next_roles[0].close)
    for item_id in close_to_item.values():
        assert genai.item(item_id).importance >= 7
    assert genai.overview["time_to_job_ready"].startswith(mle.next_roles[0].duration)


def test_every_name_of_a_new_profile_is_found_in_a_skills_list(role):
    extractor = extractor_for(role)
    missed = []
    for item in role.items:
        for name in (*item.searches, item.name, *item.aliases, *item.case_sensitive, *item.terms):
            document = ats_match.read_text(f"Jane Roe\nSkills\nTools: {name}, Git")
            if item.id not in {m.item_id for m in extractor.extract(document)}:
                missed.append(f"{item.id}: {name}")
    assert not missed


GENAI_RESUME = """Sam Lee
Experience
- Built a RAG pipeline over 40k support articles with LangChain and Pinecone, answer accuracy 87%.
- Fine-tuned Llama 3 with LoRA on 12k instructions; evaluated releases with an LLM-as-a-judge suite.
- Added guardrails against prompt injection and PII leaks to the assistant.
Skills
Python, PyTorch, Hugging Face, embeddings, transformers
"""


def test_a_genai_resume_fits_the_genai_role_better_than_data_science():
    document = ats_match.read_text(GENAI_RESUME)
    genai = ats_match.score(document, "generative-ai-engineer")
    data = ats_match.score(document, "data-scientist")
    assert genai.score > data.score + 20
    statuses = genai.statuses
    for item_id in ("rag", "fine-tuning", "llm-evaluation", "guardrails", "llms"):
        assert statuses[item_id] == "demonstrated", item_id
    assert statuses["transformers"] == "listed"
