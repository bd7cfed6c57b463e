"""The unseen resumes (issue 17, part 6): hashes hold, and the evaluation runs on them.

Files whose licence forbids redistribution live in tests/data/unseen/local/ (ignored by
git); their labels and hashes stay in the repository and they are skipped when absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ats_match.evaluate import evaluate

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"
sys.path.insert(0, str(UNSEEN.parent.parent.parent / "tools"))
import verify_unseen  # noqa: E402

ITEMS = {
    "python", "ml-algorithms", "statistics", "feature-engineering", "model-deployment", "mlops",
    "scikit-learn", "deep-learning", "sql", "cloud-ml", "pytorch-tensorflow", "mlflow", "docker",
    "sagemaker-vertex", "pandas",
}  # fmt: skip


def test_manifest_hashes_hold_and_shipped_files_are_present():
    rows = verify_unseen.check(UNSEEN / "MANIFEST.tsv")
    assert len(rows) >= 30
    assert not [r.file for r in rows if r.state == "mismatch"]
    assert not [r.file for r in rows if r.shipped and r.state == "missing"]
    assert all(r.file.startswith("files/" if r.shipped else "local/") for r in rows)


def test_labels_cover_the_manifest_with_known_items():
    labels = json.loads((UNSEEN / "labels.json").read_text(encoding="utf-8"))
    files = {r.file for r in verify_unseen.check(UNSEEN / "MANIFEST.tsv")}
    assert labels["role"] == "machine-learning-engineer"
    assert set(labels["resumes"]) == files
    for name, label in labels["resumes"].items():
        assert set(label["present"]) <= ITEMS, name
        assert set(label.get("evidence", {})) == set(label["present"]), name


def test_evaluation_runs_on_the_files_that_are_here(tmp_path):
    labels = json.loads((UNSEEN / "labels.json").read_text(encoding="utf-8"))
    here = {name: label for name, label in labels["resumes"].items() if (UNSEEN / name).is_file()}
    if not here:
        pytest.skip("no unseen resume files on this machine")
    # absolute paths, so the filtered labels file can live anywhere
    filtered = {**labels, "resumes": {str(UNSEEN / name): label for name, label in here.items()}}
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(filtered), encoding="utf-8")
    result = evaluate(path)
    assert result.resumes == len(here)
    assert not result.unreadable
    micro = result.micro
    assert micro.tp + micro.fn == sum(len(label["present"]) for label in here.values())
    assert micro.f1 >= 0.95, result.to_markdown()  # 0.982 on the 24 shipped files, 0.990 on all 40
