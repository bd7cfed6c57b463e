"""Markdown and HTML renderings of one report: complete, well-formed, self-contained, and
never turning resume text into markup."""

from __future__ import annotations

import importlib.resources
import re
from html.parser import HTMLParser

import pytest

import ats_match
from ats_match.reports.html import html_from_dict
from ats_match.reports.markdown import markdown_from_dict
from ats_match.reports.view import highlight
from helpers import EXAMPLES, MLE

HOSTILE = (
    "Ada <img src=x onerror=alert(2)> Hacker\n"
    "ada@example.com\n\n"
    "EXPERIENCE\n"
    "- Built <script>alert(1)</script> dashboards in Python for | pipe | and **bold** [link](http://evil.example)\n"
)
CHECKS = [
    {"id": "contact", "status": "pass", "message": "Email and phone found", "evidence": ["sam@example.com"], "fix": ""},
    {"id": "dates", "status": "warn", "message": "No dates in <b>Experience</b>", "evidence": [], "fix": "Add dates"},
    {
        "id": "layout",
        "status": "fail",
        "message": "Two columns",
        "evidence": ["page 1: columns at x=40 and x=320", "reading order breaks"],
        "fix": "Use one column",
    },
]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@pytest.fixture(scope="module")
def junior() -> ats_match.Report:
    return ats_match.score(EXAMPLES / "resume_junior_sklearn.txt", MLE)


@pytest.fixture(scope="module")
def hostile() -> dict:
    return ats_match.score(ats_match.read_text(HOSTILE, source="hostile.txt"), MLE).to_dict()


def with_checks(report: ats_match.Report, *, counts: bool = True) -> dict:
    """The report dict with these hand-made checks in place of the real ones."""
    data = report.to_dict() | {"checks": CHECKS}
    if counts:
        data["readability"] = {"pass": 1, "warn": 1, "fail": 1}
    else:
        del data["readability"]
    return data


class TagTree(HTMLParser):
    """Records start tags with their attributes, and fails on any unbalanced end tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):  # <rect ... />
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> TagTree:
    tree = TagTree()
    tree.feed(html)
    tree.close()
    assert tree.open == [], f"never closed: {tree.open}"
    return tree


# ---------------------------------------------------------------- Markdown


def test_markdown_has_the_score_every_item_and_the_plan(junior):
    text = junior.to_markdown()
    data = junior.to_dict()
    assert text.startswith("# ATS match: Machine Learning Engineer")
    assert f"**Score {data['score']:g} / 100**" in text
    for item in data["items"]:
        assert f"**{item['name']}** ({item['id']} · {item['kind']}" in text
    plan = data["recommendations"]["plan"]
    assert plan, "the junior example has a plan"
    for number, step in enumerate(plan, 1):
        row = f"| {number} | {step['name']} | {step['stage']} | {step['hours']:g} | {step['cumulative_hours']:g} |"
        assert row in text
        assert f"| {step['projected_score']:g} |" in text
    for heading in ("## Items", "## Gaps", "### Learn", "### Show", "### Say", "## Projects", "## Interview questions"):
        assert heading in text
    assert "## Certifications" in text and "## Next role" in text
    counts = data["readability"]
    assert f"ATS readability: {counts['pass']} pass, {counts['warn']} warn, {counts['fail']} fail" in text
    assert "Libraries: **sklearn**, Keras, NumPy" in text  # evidence with the matched words marked


def test_markdown_groups_items_by_status_strongest_first(junior):
    text = junior.to_markdown()
    headings = re.findall(r"^### (\w+) \((\d+)\)", text, re.M)
    assert [h[0] for h in headings] == ["Demonstrated", "Listed", "Implied", "Missing"]
    assert [int(h[1]) for h in headings] == [list(junior.statuses.values()).count(s.lower()) for s, _ in headings]


def test_markdown_checks_table(junior):
    text = markdown_from_dict(with_checks(junior))
    assert "ATS readability: 1 pass, 1 warn, 1 fail" in text
    assert (
        "| layout | fail | Two columns | page 1: columns at x=40 and x=320; reading order breaks | Use one column |"
        in text
    )
    assert "No dates in &lt;b&gt;Experience&lt;/b&gt;" in text
    # without the counts, they are counted from the checks
    assert "ATS readability: 1 pass, 1 warn, 1 fail" in markdown_from_dict(with_checks(junior, counts=False))


def test_markdown_escapes_resume_text(hostile):
    text = markdown_from_dict(hostile)
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert r"\| pipe \|" in text and r"\*\*bold\*\*" in text and r"\[link\](http" in text


# ---------------------------------------------------------------- HTML


def test_html_page_is_well_formed_and_complete(junior):
    html = junior.to_html()
    assert html.startswith("<!DOCTYPE html>")
    tree = parse(html)
    text = " ".join(tree.text)
    data = junior.to_dict()
    assert f"{data['score']:g}" in text
    for item in data["items"]:
        assert item["name"] in text and item["id"] in text
    for step in data["recommendations"]["plan"]:
        assert step["name"] in text
    assert "ATS checks: not run" not in text and "ATS readability:" in text
    marked = [ev for item in data["items"] for ev in item["evidence"] if highlight(ev["text"], ev["matched"])[1]]
    assert marked and [tag for tag, _ in tree.tags].count("mark") == len(marked)  # matched words marked


def test_html_is_self_contained(junior):
    html = junior.to_html()
    for needle in ("<script", "<link", "@import", "url(", "<iframe", "<object"):
        assert needle not in html
    attrs = {name for _, attributes in parse(html).tags for name in attributes}
    assert not attrs & {"src", "href", "srcset", "action"}
    assert "default-src 'none'" in html  # and a CSP forbids fetching anything anyway


def test_html_escapes_resume_text(hostile):
    html = html_from_dict(hostile)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    tree = parse(html)
    assert "script" not in {tag for tag, _ in tree.tags}
    assert "img" not in {tag for tag, _ in tree.tags}
    assert not [name for _, attrs in tree.tags for name in attrs if name.startswith("on")]
    python = next(item for item in hostile["items"] if item["id"] == "python")
    assert python["status"] == "demonstrated"  # the hostile line is evidence, shown as text
    assert "Built <script>alert(1)</script> dashboards" in "".join(tree.text)


def test_svg_chart_has_one_bar_per_item_with_a_title_and_a_legend(junior):
    tree = parse(junior.to_html())
    svg = [attrs for tag, attrs in tree.tags if tag == "svg"]
    assert len(svg) == 1 and svg[0]["role"] == "img"
    bars = [attrs for tag, attrs in tree.tags if tag == "g" and attrs.get("class") == "bar"]
    items = junior.to_dict()["items"]
    assert [bar["data-item"] for bar in bars] == [i["id"] for i in items if i["kind"] == "skill"] + [
        i["id"] for i in items if i["kind"] == "tool"
    ]
    html = junior.to_html()
    chart = html[html.index("<svg") : html.index("</svg>")]
    assert chart.count("<title>") == 1 + len(items)  # the chart's own, then one per bar
    for status in ("demonstrated", "listed", "implied", "missing"):
        assert f">{status}</text>" in chart  # the legend
    # bar length follows weight, the filled part strength
    tracks = [attrs for tag, attrs in tree.tags if tag == "rect" and attrs.get("class") == "track"]
    fills = [attrs for tag, attrs in tree.tags if tag == "rect" and attrs.get("class") == "fill"]
    by_id = {i["id"]: i for i in items}
    longest = max(i["weight"] for i in items)
    for bar, track, fill in zip(bars, tracks, fills, strict=True):
        item = by_id[bar["data-item"]]
        assert float(track["width"]) == pytest.approx(400 * item["weight"] / longest, abs=0.1)
        assert float(fill["width"]) == pytest.approx(float(track["width"]) * item["strength"], abs=0.1)


def test_html_checks_table_and_summary(junior):
    html = html_from_dict(with_checks(junior))
    text = " ".join(parse(html).text)
    assert "ATS readability: 1 pass, 1 warn, 1 fail" in text
    assert "ATS checks: not run" not in text
    table = html[html.index('<table class="checks">') :]
    for check in CHECKS:
        assert f"<td>{check['id']}</td>" in table
    assert "No dates in &lt;b&gt;Experience&lt;/b&gt;" in table
    assert "page 1: columns at x=40 and x=320<br>reading order breaks" in table


def test_fragment_for_notebooks(junior):
    fragment = junior.to_html(full_page=False)
    assert fragment.lstrip().startswith('<div class="ats-report">')
    assert "<html" not in fragment and "<body" not in fragment and "<head" not in fragment
    assert "<style>" in fragment and "<svg" in fragment
    parse(fragment)


def test_report_methods_use_the_renderers(junior):
    """Report.to_markdown(), .to_html() and ._repr_html_() (wired in reports/model.py)."""
    assert junior.to_markdown() == junior.to_markdown()
    assert junior.to_html() == junior.to_html()
    assert junior._repr_html_() == junior.to_html(full_page=False)


def test_templates_ship_inside_the_package():
    templates = importlib.resources.files("ats_match.reports") / "templates"
    assert (templates / "report.html.j2").is_file() and (templates / "comparison.html.j2").is_file()
