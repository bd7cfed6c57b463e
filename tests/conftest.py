from __future__ import annotations

from pathlib import Path

import pytest

import ats_match
from helpers import MLE, corpus_dir


@pytest.fixture(scope="session")
def mle() -> ats_match.RoleProfile:
    return ats_match.load_role(MLE)


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = corpus_dir()
    if path is None:
        pytest.skip("the shared corpus is not on this machine")
    return path
