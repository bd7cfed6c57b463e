"""Build examples/compare_resumes.ipynb from the cells below, without outputs.

The notebook is generated, not hand-edited, so that its JSON stays small and reviewable
and every rebuild is byte-identical (fixed cell ids). Edit the cells here, then run:

    python tools/make_notebook.py

tests/test_notebook.py executes the result.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "compare_resumes.ipynb"

CELLS = [
    (
        "markdown",
        """# Compare resumes against a role

`ats_match.compare()` scores every resume against one role and lines them up: one column
per resume, one row per skill or tool of the role, each cell coloured by status
(demonstrated, listed, implied, missing). Paths are relative to this notebook, in
`examples/`, where Jupyter starts its kernel. `pip install -e '.[notebook]'` brings pandas,
matplotlib and Jupyter; then `jupyter nbconvert --to notebook --execute
examples/compare_resumes.ipynb` runs it, or open it with `jupyter notebook`.""",
    ),
    (
        "code",
        """from pathlib import Path

import ats_match

resumes = sorted(Path(".").glob("resume_*"))  # the example resumes beside this notebook
comparison = ats_match.compare(resumes, "machine-learning-engineer")
comparison""",
    ),
    ("markdown", "The same table as a DataFrame, one row per resume, for sorting and filtering:"),
    ("code", """comparison.to_pandas()"""),
    ("markdown", "As a figure:"),
    ("code", """comparison.plot();"""),
    ("markdown", "One report in full: the evidence behind every status, the gaps and a plan for them."),
    ("code", """ats_match.score("resume_junior_sklearn.txt", "machine-learning-engineer")"""),
]


def build() -> nbformat.NotebookNode:
    notebook = new_notebook(
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
        }
    )
    for number, (kind, source) in enumerate(CELLS, 1):
        make = new_markdown_cell if kind == "markdown" else new_code_cell
        notebook.cells.append(make(source, id=f"cell-{number}"))
    return notebook


if __name__ == "__main__":
    notebook = build()
    nbformat.validate(notebook)
    nbformat.write(notebook, NOTEBOOK)
    print(f"wrote {NOTEBOOK}")
