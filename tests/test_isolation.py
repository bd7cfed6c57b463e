"""No network, no stray writes. Importing ats_match and scoring text, PDF and DOCX (in
this process and in batch workers) opens no socket, and the CLI writes nothing but the
file named by --output: not in the working directory, not in HOME, not in TMPDIR."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import docx_fixtures as dx
import pdf_fixtures as px
from helpers import EXAMPLES, MLE

pytestmark = pytest.mark.slow  # fresh interpreters in a sandbox

# Installed as sitecustomize.py, so it runs before anything else in every Python process
# started with this environment, batch workers included.
GUARD = """
import socket, sys

def _refuse(*args, **kwargs):
    sys.stderr.write("NETWORK ATTEMPT %r\\n" % (args[1:] or args,))
    raise OSError("the network is forbidden in this test")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""

SCORE_ALL = """
import sys
import ats_match
role = "{role}"
for path in sys.argv[1:]:
    for engine in ("auto", "pdfplumber"):
        doc = ats_match.read_resume(path, engine=engine)
        print(path, ats_match.score(doc, role).score)
reports = ats_match.score_many(sys.argv[1:], role, jobs=2)
assert all(isinstance(r, ats_match.Report) for r in reports), reports
print("batch", [r.score for r in reports])
"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "resume.pdf").write_bytes(px.links())
    (folder / "resume.docx").write_bytes(dx.hyperlink_resume())
    return [EXAMPLES / "resume_ml_engineer.md", folder / "resume.pdf", folder / "resume.docx"]


@pytest.fixture
def sandbox(tmp_path) -> dict[str, Path]:
    """Empty folders for the working directory, HOME and TMPDIR, and the network guard."""
    dirs = {name: tmp_path / name for name in ("cwd", "home", "tmp", "guard")}
    for path in dirs.values():
        path.mkdir()
    (dirs["guard"] / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    return dirs


def environment(sandbox: dict[str, Path]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON"))}
    return env | {
        "PYTHONPATH": str(sandbox["guard"]),
        "HOME": str(sandbox["home"]),
        "TMPDIR": str(sandbox["tmp"]),
        "TEMP": str(sandbox["tmp"]),
        "TMP": str(sandbox["tmp"]),
        "NO_COLOR": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def run(sandbox: dict[str, Path], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=sandbox["cwd"],
        env=environment(sandbox),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_guard_really_blocks_the_network(sandbox):
    probe = run(sandbox, "-c", "import urllib.request; urllib.request.urlopen('http://example.com', timeout=5)")
    assert probe.returncode != 0 and "NETWORK ATTEMPT" in probe.stderr


def test_import_and_scoring_open_no_socket(sandbox, inputs):
    result = run(sandbox, "-c", SCORE_ALL.format(role=MLE), *map(str, inputs))
    assert result.returncode == 0, result.stderr
    assert "NETWORK ATTEMPT" not in result.stderr
    assert result.stdout.count("\n") == 2 * len(inputs) + 1


def test_the_cli_writes_nothing_without_output(sandbox, inputs):
    before = sorted(p.name for p in inputs[1].parent.iterdir())
    for path in inputs:
        result = run(sandbox, "-m", "ats_match", "score", str(path), "--role", MLE, "--format", "json")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("{") and "NETWORK ATTEMPT" not in result.stderr
    batch = run(sandbox, "-m", "ats_match", "score", *map(str, inputs), "--role", MLE, "-f", "csv", "-j", "2")
    assert batch.returncode == 0, batch.stderr
    assert [list(sandbox[d].rglob("*")) for d in ("cwd", "home", "tmp")] == [[], [], []]
    assert sorted(p.name for p in inputs[1].parent.iterdir()) == before  # nothing beside the resumes either


def test_the_cli_writes_exactly_the_output_file(sandbox, inputs):
    result = run(
        sandbox, "-m", "ats_match", "score", str(inputs[1]), "--role", MLE, "--format", "html", "--output", "x.html"
    )
    assert result.returncode == 0, result.stderr
    assert [p.name for p in sandbox["cwd"].rglob("*")] == ["x.html"]
    assert (sandbox["cwd"] / "x.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert list(sandbox["home"].rglob("*")) == [] and list(sandbox["tmp"].rglob("*")) == []
    assert result.stdout == ""


def test_an_import_alone_touches_nothing(sandbox):
    code = textwrap.dedent(
        """
        import ats_match, ats_match.cli, ats_match.reading.pdf.plumber, ats_match.reading.pdf.pdfium, ats_match.reading.docx
        print(len(ats_match.list_roles()))
        """
    )
    result = run(sandbox, "-c", code)
    assert result.returncode == 0 and int(result.stdout) >= 1, result.stderr
    assert [list(sandbox[d].rglob("*")) for d in ("cwd", "home", "tmp")] == [[], [], []]
