"""Property tests: whatever text or bytes come in, only AtsMatchError subclasses come out,
and every report keeps its contract (score within 0-100, every item of the role present,
JSON that loads). tools/fuzz.py runs the same idea for minutes; these run in seconds."""

from __future__ import annotations

import functools
import io
import json
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ats_match
import docx_fixtures as dx
import pdf_fixtures as px
from ats_match.errors import AtsMatchError
from helpers import MLE

FUZZ = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True, database=None
)


@functools.cache
def profile() -> ats_match.RoleProfile:
    return ats_match.load_role(MLE)


def assert_contract(report: ats_match.Report) -> None:
    assert 0.0 <= report.score <= 100.0
    assert 0.0 <= report.tool_coverage <= 100.0
    assert [item.id for item in report.items] == [item.id for item in profile().items]
    assert all(item.status in ("demonstrated", "listed", "implied", "missing") for item in report.items)
    assert json.loads(report.to_json())["score"] == report.score


def score_or_refuse(resume: bytes | ats_match.ResumeDocument) -> None:
    """Score it, or be refused with a domain error; any other exception fails the test."""
    try:
        report = ats_match.score(resume, profile())
    except AtsMatchError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return
    assert_contract(report)


# ---------------------------------------------------------------------------- text

WORDS = [
    "Python", "PyTorch", "SQL", "Docker", "MLflow", "pandas", "scikit-learn", "sklearn", "SageMaker", "Vertex AI",
    "deep learning", "statistics", "feature engineering", "deployed", "no experience with", "learning", "familiar",
    "Experience", "EXPERIENCE", "Skills:", "Projects", "Education", "Summary", "# Skills", "## Experience", "**",
    "- ", "•", "|", ",", ".", "2019 - Present", "jane@example.com", "(555) 123-4567", "https://github.com/x",
    "\n", "\n\n", "\t", "\r\n", "\u2028", "\x0c", "\x00", "\ufeff", "\u200b", "ﬁ", "e\u0301", "🐍", "Ｐｙｔｈｏｎ",
]  # fmt: skip


@FUZZ
@given(st.text(max_size=2000))
def test_any_text_scores_within_the_contract(text):
    try:
        document = ats_match.read_text(text)
    except AtsMatchError:
        return
    score_or_refuse(document)


@FUZZ
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=300).map(" ".join))
def test_resume_like_text_scores_within_the_contract(text):
    try:
        document = ats_match.read_text(text)
    except AtsMatchError:
        return
    score_or_refuse(document)


# ---------------------------------------------------------------------------- readers, on damaged real files


@functools.cache
def pdf_seeds() -> tuple[bytes, ...]:
    return (px.one_column(), px.two_column(), px.links(), px.hidden_text(), px.skills_table(), px.encrypted(""))


@functools.cache
def docx_seeds() -> tuple[bytes, ...]:
    return (dx.plain_resume(), dx.text_box_resume(), dx.hyperlink_resume(), dx.header_footer_resume())


@st.composite
def damaged(draw, seeds: tuple[bytes, ...]) -> bytes:
    """A real file, truncated, with bits flipped, with a run of bytes replaced, or spliced
    with another real file."""
    data = bytearray(draw(st.sampled_from(seeds)))
    kind = draw(st.sampled_from(["truncate", "flip", "overwrite", "splice"]))
    if kind == "truncate":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    if kind == "flip":
        for position in draw(st.lists(st.integers(0, len(data) - 1), min_size=1, max_size=12)):
            data[position] ^= 1 << draw(st.integers(0, 7))
        return bytes(data)
    if kind == "overwrite":
        at = draw(st.integers(0, len(data) - 1))
        return bytes(data[:at]) + draw(st.binary(min_size=1, max_size=64)) + bytes(data[at + 1 :])
    other = draw(st.sampled_from(seeds))
    return bytes(data[: draw(st.integers(0, len(data)))]) + other[draw(st.integers(0, len(other))) :]


@FUZZ
@given(st.data())
def test_damaged_pdfs_are_read_or_refused(data):
    score_or_refuse(data.draw(damaged(pdf_seeds())))


@FUZZ
@given(st.data())
def test_damaged_pdfs_are_read_or_refused_by_pdfminer_too(data):
    try:
        document = ats_match.read_resume(data.draw(damaged(pdf_seeds())), engine="pdfplumber")
    except AtsMatchError:
        return
    score_or_refuse(document)


@FUZZ
@given(st.data())
def test_damaged_docx_zips_are_read_or_refused(data):
    score_or_refuse(data.draw(damaged(docx_seeds())))


XML_SNIPPETS = [
    "<w:p>", "</w:p>", "<w:tbl><w:tr><w:tc>", '<w:sz w:val="-5"/>', '<w:sym w:char="FFFFFFFF"/>',
    '<w:br w:type="page"/>', '<w:gridSpan w:val="100000"/>', "&#0;", "<!--", "]]>", "<![CDATA[", "&amp",
]  # fmt: skip


@FUZZ
@given(st.data())
def test_docx_with_damaged_xml_inside_is_read_or_refused(data):
    """Damage that reaches python-docx and the reader: the XML of one part is cut or gets
    a snippet, and the file is zipped again (so the zip itself is sound)."""
    base = data.draw(st.sampled_from(docx_seeds()))
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    name = data.draw(st.sampled_from(sorted(n for n in parts if n.endswith((".xml", ".rels")))))
    text = parts[name].decode("utf-8")
    at = data.draw(st.integers(0, len(text)))
    if data.draw(st.booleans()):
        text = text[:at] + data.draw(st.sampled_from(XML_SNIPPETS) | st.text(max_size=20)) + text[at:]
    else:
        text = text[:at] + text[at + data.draw(st.integers(1, 400)) :]
    parts[name] = text.encode("utf-8", "surrogatepass")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    score_or_refuse(out.getvalue())
