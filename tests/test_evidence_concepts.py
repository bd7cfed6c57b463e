"""Concept skills phrased the way people phrase them (issue 17, part 3), in every shipped
profile that has the item: deployment and serving, monitoring, cloud ML platforms; and
the words that look like a skill but are not one here: an employer's name, a fine-tuned
CNN in the Generative AI profile, work on LLM data, a data model, a role model."""

from __future__ import annotations

import pytest

import ats_match
from helpers import MLE

GENAI, AIE, MLOPS, DS = "generative-ai-engineer", "ai-engineer", "mlops-engineer", "data-scientist"
PROFILES_WITH = {
    item: [role for role in ats_match.list_roles() if any(i.id == item for i in ats_match.load_role(role).items)]
    for item in ("model-deployment", "cloud-ml", "mlops", "deep-learning")
}


def report_of(bullet: str, role: str, header: str = "Machine Learning Engineer, Acme Corp, 2020 - 2023"):
    text = f"Jane Doe\njane@example.com\n\nEXPERIENCE\n{header}\n- {bullet}\n\nEDUCATION\nB.Sc. Mathematics, 2019\n"
    return ats_match.score(ats_match.read_text(text), role)


def item_of(report, item_id: str):
    return next(item for item in report.items if item.id == item_id)


DEPLOYED = [
    ("Built a real-time recommendation engine with online serving at 40 ms p99.", "online serving"),
    ("Led a fraud detection model serving 3M daily users across 12 markets.", "serving 3M daily users"),
    ("Churn model in production since 2022, retrained monthly.", "model in production"),
    ("Our ranking model has been in live use for two years.", "in live use"),
    ("The pricing recommender went live in March with 9% uplift.", "went live"),
    ("Deployed a real-time fraud detection system on Kubernetes.", "fraud detection system"),
    ("Wrapped the XGBoost model in a FastAPI service behind the checkout.", "FastAPI"),
    ("Exposed the classifier as an inference endpoint behind an API gateway.", "inference endpoint"),
    ("Took three ML models to production on EKS.", "production"),
    ("Shipped a RAG chatbot serving 20k employees.", "serving 20k employees"),
    ("Served a fine-tuned Llama 3 with vLLM on two A100s.", "vLLM"),
    ("Moved batch scoring to Databricks Model Serving.", "Databricks Model Serving"),
    ("Deployed a range of gradient boosting machine learning models for credit risk.", "models"),
    ("Integrated an ML model for expense categorization into the mobile app.", "Integrated an ML model"),
]


@pytest.mark.parametrize("role", PROFILES_WITH["model-deployment"])
@pytest.mark.parametrize(("bullet", "words"), DEPLOYED, ids=[w for _, w in DEPLOYED])
def test_model_deployment_as_people_write_it(role, bullet, words):
    item = item_of(report_of(bullet, role), "model-deployment")
    assert item.status == "demonstrated", (role, bullet, item.reason)
    assert words.lower() in item.evidence[0].text.lower()


NOT_DEPLOYED = [
    "Built a web app serving 2M daily users with React and Node.",
    "Deployed microservices to production on Kubernetes.",
    "Designed the REST API and data model for the billing service.",
    "Mentored juniors, serving as a positive role model for the team.",
    "Deployed the new dimensional model to the Snowflake warehouse.",
    "Forecast weekly sales with Autoregressive Integrated Moving Average models.",
]


@pytest.mark.parametrize("bullet", NOT_DEPLOYED)
def test_serving_users_or_deploying_services_is_not_model_deployment(bullet):
    item = item_of(report_of(bullet, MLE), "model-deployment")
    assert item.status == "missing", item.reason


@pytest.mark.parametrize("role", PROFILES_WITH["cloud-ml"])
@pytest.mark.parametrize(
    ("bullet", "words"),
    [
        ("Trained and deployed forecasting models on Azure AI Foundry.", "Azure AI Foundry"),
        ("Built a document Q&A assistant on Bedrock with Claude.", "Bedrock"),
        ("Ran training jobs on Azure ML and registered the models.", "Azure ML"),
        ("Moved batch scoring to Databricks Model Serving.", "Databricks Model Serving"),
        ("Fine-tuned classifiers in Azure Machine Learning Studio.", "Azure Machine Learning Studio"),
    ],
)
def test_cloud_ml_platforms_beyond_sagemaker_and_vertex(role, bullet, words):
    item = item_of(report_of(bullet, role), "cloud-ml")
    assert item.status == "demonstrated", item.reason
    assert item.evidence[0].matched == words


def test_bedrock_in_lower_case_is_a_word_and_general_cloud_is_not_cloud_ml():
    item = item_of(report_of("Hosted the site on EC2 and S3, the bedrock of our platform.", MLE), "cloud-ml")
    assert item.status == "missing", item.reason


@pytest.mark.parametrize("role", PROFILES_WITH["mlops"])
def test_monitoring_and_retraining_models_is_mlops(role):
    item = item_of(report_of("Monitored the deployed models for drift and retrained them weekly.", role), "mlops")
    assert item.status == "demonstrated", item.reason


@pytest.mark.parametrize(
    "header",
    [
        "Site Reliability Engineer, New Relic, 2019 - 2022",
        "Site Reliability Engineer at New Relic (2019 - 2022)",
        "New Relic | Site Reliability Engineer | 2019 - 2022",
    ],
)
def test_an_employer_name_is_not_evidence(header):
    report = report_of("Ran the on-call rotation for 40 services.", MLOPS, header=header)
    item = item_of(report, "observability")
    assert item.status == "missing"
    assert item.reason.startswith("only as the name of an employer ('New Relic'")
    assert item.evidence and not item.evidence[0].counted


def test_the_same_name_used_as_a_tool_at_that_employer_is_evidence():
    report = report_of(
        "Built New Relic dashboards and alerts for 40 services.", MLOPS, header="SRE, New Relic, 2019 - 2022"
    )
    item = item_of(report, "observability")
    assert item.status == "demonstrated"
    assert item.evidence[0].text.startswith("- Built New Relic dashboards")


def test_a_fine_tuned_cnn_is_deep_learning_not_llm_fine_tuning():
    report = report_of("Fine-tuned a ResNet-50 CNN for defect detection on X-ray images.", GENAI)
    statuses = report.statuses
    assert statuses["deep-learning"] == "demonstrated"
    assert statuses["fine-tuning"] == "missing"
    assert statuses["llms"] == "missing"  # no longer implied by the fine-tuning
    assert "another sense" in item_of(report, "fine-tuning").reason


def test_fine_tuning_a_language_model_still_counts():
    statuses = report_of("Fine-tuned Llama 3 8B with LoRA on 40k support tickets.", GENAI).statuses
    assert (statuses["fine-tuning"], statuses["llms"]) == ("demonstrated", "demonstrated")


@pytest.mark.parametrize("role", PROFILES_WITH["deep-learning"])
def test_llm_data_work_is_not_deep_learning(role):
    report = report_of("Annotated LLM training data and rated GPT responses for quality.", role)
    assert report.statuses["deep-learning"] == "missing", item_of(report, "deep-learning").reason


def test_training_a_network_is_still_deep_learning():
    assert report_of("Trained a transformer model in PyTorch for NER.", MLE).statuses["deep-learning"] == "demonstrated"


def test_hobbies_are_never_evidence_but_a_misplaced_heading_does_not_swallow_the_jobs():
    short = (
        "Jane Doe\njane@example.com\n\nSKILLS\nSQL, Excel\n\nINTERESTS\nDeep learning podcasts, chess, Python puzzles\n"
    )
    report = ats_match.score(ats_match.read_text(short), MLE)
    assert report.statuses["deep-learning"] == report.statuses["python"] == "missing"
    assert "interests" in item_of(report, "python").reason
    jobs = "\n".join(f"- Built model number {n} in Python with scikit-learn." for n in range(12))
    long = f"Jane Doe\njane@example.com\n\nINTERESTS\nMachine Learning Engineer, Acme, 2020 - 2023\n{jobs}\n"
    assert ats_match.score(ats_match.read_text(long), MLE).statuses["python"] != "missing"


def test_an_acronym_hyphenated_at_a_line_end_keeps_its_hyphen():
    """u16 of the unseen resumes: "SQL-" at a line end and "databases" below read as "SQLdatabases"."""
    text = (
        "Jane Doe\n\nSKILLS\n- Administration of SQL-\ndatabases and PyTorch-\nbased pipelines; deploy-\nment scripts\n"
    )
    document = ats_match.read_text(text)
    joined = " ".join(line.text for line in document.lines)
    assert "SQL-databases" in joined and "PyTorch-based" in joined and "deployment" in joined
    assert ats_match.score(document, MLE).statuses["sql"] == "listed"


def test_words_of_two_bullets_are_not_one_phrase():
    """u22 of the unseen resumes: "serving 10M+ daily active users" ending one bullet and
    "Implemented ML pipeline" opening the next read as serving ML."""
    text = (
        "Jane Doe\n\nEXPERIENCE\nSoftware Engineer, Acme, 2020 - 2023\n"
        "- Led development of microservices serving 10M+ daily active users\n"
        "- Implemented ML pipeline for a recommendation system\n"
    )
    item = item_of(ats_match.score(ats_match.read_text(text), MLE), "model-deployment")
    assert item.status == "missing", item.reason
    wrapped = (
        "Jane Doe\n\nEXPERIENCE\nSoftware Engineer, Acme, 2020 - 2023\n"
        "- Deployed the churn prediction model to production\nfor 2M customers with FastAPI\n"
    )
    assert ats_match.score(ats_match.read_text(wrapped), MLE).statuses["model-deployment"] == "demonstrated"


def test_an_employer_named_after_at_in_a_summary_is_not_evidence():
    text = (
        "Jane Doe\n\nSUMMARY\nLeading a team of AI engineers at OpenAI.\n\nEXPERIENCE\n"
        "Machine Learning Engineer, OpenAI, 2021 - 2024\n- Led the evaluation team.\n"
    )
    item = item_of(ats_match.score(ats_match.read_text(text), AIE), "llm-apis")
    assert item.status == "missing", item.reason
    assert item.reason.startswith("only as the name of an employer ('OpenAI'")
    used = text.replace("- Led the evaluation team.", "- Built a support bot on the OpenAI API.")
    assert ats_match.score(ats_match.read_text(used), AIE).statuses["llm-apis"] == "demonstrated"
