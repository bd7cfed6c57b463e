"""The public names: all importable, each the object its module defines (not a submodule
of the same name: `ats_match.compare` is the function), and scoring a text resume loads
neither the PDF nor the DOCX readers (issue 9: cold start)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import ats_match

# Public functions and the module that defines them. None of them shares its name with a
# module now (compare and check lived in namesake modules before the layout of issue 14).
_NAMESAKES = {"compare": "batch", "recommend": "api", "score": "api", "check": "api"}


def test_public_functions_are_the_ones_their_modules_define():
    for name, module in _NAMESAKES.items():
        value = getattr(ats_match, name)
        assert callable(value) and value is getattr(importlib.import_module(f"ats_match.{module}"), name), name


def test_star_import_gives_every_public_name():
    namespace: dict = {}
    exec("from ats_match import *", namespace)
    assert set(ats_match.__all__) <= set(namespace)


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'scores'"):
        ats_match.scores  # noqa: B018


def test_scoring_text_never_loads_the_pdf_or_docx_readers():
    code = (
        "import sys, ats_match; ats_match.score(b'Skills\\nPython, SQL, PyTorch', 'machine-learning-engineer'); "
        "print(sorted(m for m in ('pdfplumber', 'docx', 'pypdfium2', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_documented_import_paths_still_work():
    """What the README and DESIGN.md name by module path (issue 14 keeps them)."""
    import ats_match.batch
    import ats_match.evaluate
    import ats_match.roles

    assert callable(ats_match.batch.stop_workers)
    assert callable(ats_match.evaluate.main) and callable(ats_match.evaluate.evaluate)
    assert callable(ats_match.roles.write_json_schema)
    assert ats_match.checks.CHECK_IDS[0] == "text-layer"
    out = subprocess.run([sys.executable, "-m", "ats_match.evaluate", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "labels" in out.stdout.lower()
