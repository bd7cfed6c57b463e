"""The example notebook: built by tools/make_notebook.py, committed without outputs, and
runs from top to bottom in a real kernel."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from helpers import EXAMPLES, ROOT

NOTEBOOK = ROOT / "examples" / "compare_resumes.ipynb"
nbformat = pytest.importorskip("nbformat")


pytestmark = pytest.mark.slow  # a Jupyter kernel


def build_notebook():
    """The notebook as tools/make_notebook.py builds it (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_notebook", ROOT / "tools" / "make_notebook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build()


def test_the_committed_notebook_is_what_the_script_builds_without_outputs():
    committed = nbformat.read(NOTEBOOK, as_version=4)
    assert committed == build_notebook(), "run: python tools/make_notebook.py"
    code = [cell for cell in committed.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)


def test_the_notebook_runs_as_a_user_runs_it(tmp_path):
    """`jupyter nbconvert --execute` from the examples folder: the kernel starts there, so the
    notebook's paths are relative to it (issue 19: it once looked for examples/ inside examples/)."""
    pytest.importorskip("nbconvert")
    pytest.importorskip("ipykernel")
    command = [sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute"]
    command += ["--output-dir", str(tmp_path), "--ExecutePreprocessor.timeout=300", NOTEBOOK.name]
    run = subprocess.run(command, cwd=NOTEBOOK.parent, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    notebook = nbformat.read(tmp_path / NOTEBOOK.name, as_version=4)

    outputs = [cell.outputs for cell in notebook.cells if cell.cell_type == "code"]
    assert not [o for cell in outputs for o in cell if o.output_type == "error"]
    shown = [{kind for o in cell for kind in o.get("data", {})} for cell in outputs]
    comparison, frame, figure, report = outputs[0], outputs[1], outputs[2], outputs[3]
    heat_map = comparison[0]["data"]["text/html"]
    resumes = len(list(EXAMPLES.glob("resume_*")))
    assert heat_map.count('class="cell"') == 15 * resumes  # the role's 15 items x the example resumes
    assert "text/html" in shown[1] and "resume_ml_engineer.md" in frame[0]["data"]["text/html"]
    assert "image/png" in shown[2], figure
    assert '<div class="ats-report">' in report[0]["data"]["text/html"]
    assert "<html" not in report[0]["data"]["text/html"]  # a fragment, not a page
