"""The same input gives byte-identical JSON: across runs, processes and PYTHONHASHSEED
values (set and dict orders of strings change with the hash seed). No timestamps, no
absolute paths, no order that depends on hashing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import docx_fixtures as dx
import pdf_fixtures as px
from helpers import EXAMPLES, MLE

SEEDS = ("0", "1", "12345")


pytestmark = pytest.mark.slow  # fresh interpreters under several hash seeds


def ats_match_command() -> list[str]:
    """The installed console script, else the module (same code)."""
    script = shutil.which("ats-match", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "ats_match"]


@pytest.fixture(scope="module")
def resumes(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("resumes")
    files = {"resume.pdf": px.one_column(), "resume.docx": dx.plain_resume()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {"text": EXAMPLES / "resume_ml_engineer.md", "pdf": folder / "resume.pdf", "docx": folder / "resume.docx"}


def test_json_is_byte_identical_across_processes_and_hash_seeds(resumes, tmp_path):
    """Nine processes (three files, three hash seeds), run two at a time."""
    runs = {}
    for kind, path in resumes.items():
        for seed in SEEDS:
            env = os.environ | {"PYTHONHASHSEED": seed, "NO_COLOR": "1"}
            command = ats_match_command() + ["score", str(path), "--role", MLE, "--format", "json"]
            runs[kind, seed] = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            if len([p for p in runs.values() if p.poll() is None]) >= 2:
                next(p for p in runs.values() if p.poll() is None).wait(timeout=300)
    outputs = {}
    for key, process in runs.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr.decode()
        outputs[key] = stdout
    for kind in resumes:
        first = outputs[kind, SEEDS[0]]
        assert first.startswith(b"{") and b'"score"' in first
        assert all(outputs[kind, seed] == first for seed in SEEDS), kind
        assert str(resumes[kind].parent).encode() not in first  # the file's name, never where it lives


def test_json_is_identical_within_a_process(resumes):
    import ats_match

    for path in resumes.values():
        first = ats_match.score(path, MLE).to_json()
        assert ats_match.score(path.read_bytes(), MLE).to_json().replace('"<bytes>"', f'"{path.name}"') == first
        assert ats_match.score(path, MLE).to_json() == first
