"""A left column of section headings and dates beside the entries they head (u18 of the
unseen resumes, a LaTeX template): read row by row, as a grid, not as two columns. Before,
the headings and dates were read first and every job landed under the last heading,
"Interests"."""

from __future__ import annotations

import ats_match
import pdf_fixtures as pf
from ats_match.reading import read_resume

ROWS = [  # (top, left column, right column, heading font size or None)
    (60, "Skills", None, 16),
    (90, "Languages", "Python, SQL, R", None),
    (104, "Libraries", "pandas, PyTorch, scikit-learn", None),
    (140, "Work Experience", None, 16),
    (170, "01/2019 - Today", "DeepSight Analytics", None),
    (184, None, "Senior Data Scientist", None),
    (198, None, "- Built churn models with gradient boosting in Python", None),
    (212, None, "- Deployed the models behind a FastAPI service", None),
    (240, "06/2016 - 12/2018", "InData Solutions", None),
    (254, None, "Data Scientist", None),
    (268, None, "- Designed ETL data pipelines in SQL", None),
    (300, "Education", None, 16),
    (330, "2014 - 2016", "M.Sc. in Data Science, Freie Universitaet Berlin", None),
    (360, "Interests", "Hiking, chess, urban gardening", None),
]


def label_column_pdf() -> bytes:
    def draw(canvas):
        for top, left, right, heading in ROWS:
            if left:
                pf.text(canvas, 50, top, left, font="Helvetica-Bold" if heading else "Helvetica", size=heading or 10)
            if right:
                pf.text(canvas, 200, top, right)

    return pf.build(draw)


def test_a_column_of_headings_and_dates_is_read_row_by_row():
    document = read_resume(label_column_pdf())
    texts = [line.text for line in document.lines]
    assert texts.index("01/2019 - Today") < texts.index("DeepSight Analytics") < texts.index("06/2016 - 12/2018")
    experience = [line.text for line in document.lines if line.section == "experience"]
    assert "- Built churn models with gradient boosting in Python" in experience
    interests = [line.text for line in document.lines if line.section == "interests"]
    assert "- Built churn models with gradient boosting in Python" not in interests
    statuses = ats_match.score(document, "machine-learning-engineer").statuses
    assert statuses["ml-algorithms"] == statuses["model-deployment"] == "demonstrated"
