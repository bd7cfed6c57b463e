"""Resumes in French, German, Spanish and Portuguese (issue 17, part 4): skill phrases of
those languages, their negations and "still learning" qualifiers, and their interests
sections, which are never evidence. The resumes are written here."""

from __future__ import annotations

import io

import docx
import pytest

import ats_match
from ats_match.matching.foreign import foreign_vocabulary, plain_letters
from helpers import MLE

FRENCH = """Camille Martin
camille.martin@example.fr

EXPÉRIENCE PROFESSIONNELLE
Data Scientist, Banque Exemple, 2020 - 2024
- Conçu et déployé un système de recommandation pour 2 millions de clients.
- Mise en production de modèles de scoring avec suivi des expériences.
- Sélection de features et ingénierie des caractéristiques sur données bancaires.
- Tests d'hypothèses et modélisation statistique pour les campagnes.

COMPÉTENCES
Apprentissage automatique, réseaux de neurones, SQL
Kubernetes (en cours)

CENTRES D'INTÉRÊT
Docker de montagne, Airflow de cuisine, lecture sur l'apprentissage profond
"""

GERMAN = """Jonas Weber
jonas.weber@example.de

BERUFSERFAHRUNG
Machine Learning Engineer, Beispiel GmbH, 2019 - 2024
- Bereitstellung von ML-Modellen in der Produktion für 3 Werke.
- Maschinelles Lernen für Qualitätsprognosen, Merkmalsauswahl und Hypothesentests.
- Modellüberwachung und Experiment-Tracking eingeführt.

KENNTNISSE
Python, neuronale Netze
Keine Erfahrung mit Docker
PyTorch (lerne gerade)

INTERESSEN
Pandas im Zoo, Statistik des Fußballs
"""

SPANISH = """Lucía García
lucia.garcia@example.es

EXPERIENCIA PROFESIONAL
Científica de datos, Ejemplo S.A., 2021 - 2024
- Despliegue de modelos de riesgo de crédito en producción.
- Aprendizaje automático y selección de características para fraude.
- Redes neuronales para clasificación de documentos.

HABILIDADES
Estadística, SQL
Docker (aprendiendo)

AFICIONES
Python de jardín y fotografía
"""

PORTUGUESE = """João Souza
joao.souza@example.com.br

EXPERIÊNCIA PROFISSIONAL
Engenheiro de Machine Learning, Exemplo Ltda, 2020 - 2024
- Implantação de modelos de churn e modelos em produção com FastAPI.
- Aprendizado de máquina e engenharia de atributos para varejo.
- Monitoramento de modelos e registro de modelos no dia a dia.

COMPETÊNCIAS
Estatística, redes neurais, SQL
Sem experiência com Docker

INTERESSES
Pandas e natureza
"""


def statuses_of(text: str, role: str = MLE) -> dict[str, str]:
    return ats_match.score(ats_match.read_text(text), role).statuses


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (FRENCH, ["ml-algorithms", "model-deployment", "feature-engineering", "statistics", "mlops", "deep-learning"]),
        (GERMAN, ["ml-algorithms", "model-deployment", "feature-engineering", "statistics", "mlops", "deep-learning"]),
        (SPANISH, ["ml-algorithms", "model-deployment", "feature-engineering", "statistics", "deep-learning"]),
        (
            PORTUGUESE,
            ["ml-algorithms", "model-deployment", "feature-engineering", "statistics", "mlops", "deep-learning"],
        ),
    ],
    ids=["fr", "de", "es", "pt"],
)
def test_skill_phrases_in_four_languages(text, credited):
    statuses = statuses_of(text)
    assert {item: statuses[item] for item in credited if statuses[item] == "missing"} == {}


def test_work_bullets_in_french_are_demonstrated_not_only_listed():
    statuses = statuses_of(FRENCH)
    assert statuses["model-deployment"] == statuses["feature-engineering"] == "demonstrated"


@pytest.mark.parametrize(
    ("text", "item", "qualifier"),
    [
        (GERMAN, "docker", "negated"),
        (PORTUGUESE, "docker", "negated"),
        (GERMAN, "pytorch-tensorflow", "hedged"),
        (SPANISH, "docker", "hedged"),
    ],
)
def test_negations_and_still_learning_in_other_languages(text, item, qualifier):
    report = ats_match.score(ats_match.read_text(text), MLE)
    result = next(i for i in report.items if i.id == item)
    assert result.status == "missing"
    assert result.reason.startswith(f"only {qualifier}")


def test_en_cours_after_a_name_is_a_hedge():
    report = ats_match.score(ats_match.read_text(FRENCH), "mlops-engineer")
    kubernetes = next(i for i in report.items if i.id == "kubernetes")
    assert kubernetes.status == "missing" and kubernetes.reason.startswith("only hedged ('en cours'")


@pytest.mark.parametrize(
    ("text", "item"),
    [(FRENCH, "docker"), (GERMAN, "pandas"), (SPANISH, "python"), (PORTUGUESE, "pandas")],
)
def test_interests_sections_are_never_evidence(text, item):
    report = ats_match.score(ats_match.read_text(text), MLE)
    result = next(i for i in report.items if i.id == item)
    assert result.status == "missing"
    assert "interests" in result.reason


def test_the_interests_heading_is_read_in_each_language():
    for text, heading in ((FRENCH, "CENTRES D'INTÉRÊT"), (GERMAN, "INTERESSEN"), (SPANISH, "AFICIONES")):
        document = ats_match.read_text(text)
        assert [s.heading for s in document.sections if s.id == "interests"] == [heading]


def test_phrases_match_without_accents_and_after_an_elision():
    plain = "Skills\nApprentissage automatique, deploiement de modeles, reseaux de neurones\n"
    statuses = statuses_of(plain)
    assert statuses["ml-algorithms"] == statuses["model-deployment"] == statuses["deep-learning"] == "listed"
    elided = "Experience\n- Modèles d'apprentissage automatique pour l'analyse de churn.\n"
    assert statuses_of(elided)["ml-algorithms"] == "demonstrated"


def test_a_french_docx_is_read_as_its_text():
    document = docx.Document()
    for line in FRENCH.splitlines():
        if line.isupper() and line.strip():
            document.add_heading(line.title(), level=1)
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    docx_statuses = ats_match.score(buffer.getvalue(), MLE).statuses
    assert docx_statuses["model-deployment"] == "demonstrated"
    assert docx_statuses["docker"] == "missing"


def test_every_phrase_of_the_vocabulary_is_matched_for_its_item():
    """Each foreign phrase, written in a skills line, credits its item in some shipped profile."""
    roles = [ats_match.load_role(role) for role in ats_match.list_roles()]
    unmatched = []
    for item_id, vocabulary in foreign_vocabulary().items():
        role = next((r for r in roles if any(i.id == item_id for i in r.items)), None)
        assert role is not None, f"{item_id}: no shipped profile has this item"
        for phrase in vocabulary.phrases():
            for form in {phrase, plain_letters(phrase)}:
                statuses = ats_match.score(ats_match.read_text(f"Skills\n{form}, Excel, Word\n"), role).statuses
                if statuses[item_id] == "missing":
                    unmatched.append((item_id, form))
    assert unmatched == []
