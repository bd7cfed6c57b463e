"""compare(): rows in input order, failures kept as rows, and the four views of the table."""

from __future__ import annotations

import sys
from html.parser import HTMLParser

import pytest

import ats_match
from ats_match.batch import compare
from ats_match.reports.comparison import Comparison, ComparisonRow
from ats_match.reports.view import num, readability
from helpers import EXAMPLES, MLE

RESUMES = sorted(EXAMPLES.glob("resume_*"))


@pytest.fixture(scope="module")
def comparison(tmp_path_factory) -> Comparison:
    broken = tmp_path_factory.mktemp("bad") / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not a PDF body")
    return compare([RESUMES[0], broken, *RESUMES[1:]], MLE)


def test_rows_follow_the_input_and_match_the_reports(comparison):
    assert [row.source for row in comparison.rows] == [RESUMES[0].name, "broken.pdf", *(p.name for p in RESUMES[1:])]
    role = ats_match.load_role(MLE)
    assert [item.id for item in comparison.items] == [item.id for item in role.items]
    for row in comparison.rows:
        if not row.ok:
            continue
        report = ats_match.score(EXAMPLES / row.source, MLE)
        assert row.score == report.score
        assert row.tool_coverage == report.tool_coverage
        assert row.statuses == report.statuses
        assert row.readability == readability(report.to_dict())  # None until the checks land


def test_a_bad_file_is_a_row_with_its_error(comparison):
    bad = comparison.rows[1]
    assert not bad.ok and bad.score is None and bad.statuses == {}
    assert bad.error.startswith("CorruptFileError: broken.pdf")
    assert sum(not row.ok for row in comparison.rows) == 1
    assert isinstance(comparison.reports[0], ats_match.Report)


def test_to_dict(comparison):
    data = comparison.to_dict()
    assert data["role"]["id"] == MLE
    assert len(data["items"]) == 15 and set(data["items"][0]) == {"id", "name", "kind", "weight"}
    assert [row["source"] for row in data["rows"]] == [row.source for row in comparison.rows]
    assert data["rows"][1]["error"].startswith("CorruptFileError")


def test_to_pandas_columns(comparison):
    pytest.importorskip("pandas")
    frame = comparison.to_pandas()
    ids = [item.id for item in comparison.items]
    checks = ["checks_pass", "checks_warn", "checks_fail"]
    assert list(frame.columns) == ["source", "score", "tool_coverage", *checks, "error", *ids]
    assert list(frame["source"]) == [row.source for row in comparison.rows]
    assert frame["score"].isna().tolist() == [not row.ok for row in comparison.rows]
    ml = frame.set_index("source").loc["resume_ml_engineer.md"]
    assert ml["mlflow"] == "demonstrated" and ml["cloud-ml"] == "missing"
    assert list(frame["python"].cat.categories) == ["demonstrated", "listed", "implied", "missing"]


def test_to_pandas_readability_columns_when_checks_ran(comparison):
    pytest.importorskip("pandas")
    row = comparison.rows[0]
    checked = Comparison(
        comparison.role,
        comparison.items,
        (ComparisonRow(row.source, row.score, row.tool_coverage, {"pass": 9, "warn": 1, "fail": 0}, row.statuses),),
    )
    frame = checked.to_pandas()
    assert list(frame.columns[:6]) == ["source", "score", "tool_coverage", "checks_pass", "checks_warn", "checks_fail"]
    assert frame.loc[0, "checks_warn"] == 1
    assert "9 pass, 1 warn, 0 fail" in checked.to_markdown()


def test_to_pandas_without_pandas_says_what_to_install(comparison, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'ats-match\[notebook\]'"):
        comparison.to_pandas()


class Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[dict[str, str | None]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "td" and dict(attrs).get("class") == "cell":
            self.cells.append(dict(attrs))


def test_heat_map_has_one_coloured_cell_per_item_and_resume(comparison):
    html = comparison._repr_html_()
    parser = Cells()
    parser.feed(html)
    assert len(parser.cells) == len(comparison.items) * len(comparison.rows)
    per_row = len(comparison.rows)
    for i, item in enumerate(comparison.items):
        for j, row in enumerate(comparison.rows):
            cell = parser.cells[i * per_row + j]
            expected = row.statuses[item.id] if row.ok else "not scored"
            assert cell["data-status"] == expected
            assert "background:" in cell["style"]
    assert "script" not in parser.tags and "<style" not in html  # inline colours only
    assert "CorruptFileError: broken.pdf" in html


def test_markdown_side_by_side(comparison):
    text = comparison.to_markdown()
    header = text.splitlines()[2]
    assert header.startswith("| item | weight | resume\\_data\\_analyst.txt | broken.pdf |")
    statuses = [row.statuses.get("ml-algorithms", "-") for row in comparison.rows]
    assert f"| ML Algorithms | 10 | {' | '.join(statuses)} |" in text
    assert f"| **score** |  | **{num(comparison.rows[0].score)}** | error |" in text
    assert "CorruptFileError: broken.pdf" in text


def test_plot_draws_the_heat_map(comparison):
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = comparison.plot()
    try:
        image = ax.get_images()[0].get_array()
        assert image.shape == (len(comparison.items), len(comparison.rows))
        assert [t.get_text() for t in ax.get_yticklabels()] == [item.name for item in comparison.items]
        assert image[0, 1] == -1  # the failed resume's column
        fig, own = plt.subplots()
        assert comparison.plot(ax=own) is own
        plt.close(fig)
    finally:
        plt.close(ax.figure)
