"""spaCy's vocabulary grows with every new word; past extract.MAX_STRINGS the pipeline is
built again, so a long batch keeps a bounded memory (issue 9), and nothing else changes."""

from __future__ import annotations

import ats_match
from ats_match.matching import extractor as extract
from ats_match.matching.nlp import blank_english

MLE = ats_match.load_role("machine-learning-engineer")
RESUME = (
    "Jane Doe\nExperience\nML Engineer, Acme 2021 - Present\n- Deployed PyTorch models with Docker\nSkills\nPython, SQL"
)


def _new_words(n: int) -> str:
    return "Skills\n" + ", ".join(f"Zq{i}x{n}" for i in range(200))


def test_the_vocabulary_is_dropped_past_its_cap_and_scores_stay_the_same(monkeypatch):
    before = ats_match.score(RESUME.encode(), MLE).to_dict()
    old_extractor, old_nlp = extract.extractor_for(MLE), blank_english()
    monkeypatch.setattr(extract, "MAX_STRINGS", len(old_nlp.vocab.strings) + 500)
    for n in range(5):  # 1,000 new words
        ats_match.score(_new_words(n).encode(), MLE)
    assert extract.extractor_for(MLE) is not old_extractor
    assert blank_english() is not old_nlp
    assert len(blank_english().vocab.strings) < extract.MAX_STRINGS
    assert ats_match.score(RESUME.encode(), MLE).to_dict() == before


def test_under_the_cap_the_pipeline_is_kept():
    extractor = extract.extractor_for(MLE)
    ats_match.score(_new_words(99).encode(), MLE)
    assert len(blank_english().vocab.strings) < extract.MAX_STRINGS
    assert extract.extractor_for(MLE) is extractor
