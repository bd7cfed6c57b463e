"""Rules learnt from blind sets 169-174 (nursing and therapy, sales, design, IT, trades, food and
manufacturing), each with its counter-case. The postings are not shipped; the lines here are
written after them."""

from __future__ import annotations

import pytest

from ats_match import read_job
from ats_match.postings import JobPosting


def _posting(*items: str, title: str = "Job") -> JobPosting:
    return read_job(f"# {title}\n\n## Requirements\n\n" + "".join(f"- {item}\n" for item in items))


def _required(posting: JobPosting, name: str) -> bool:
    return posting.requirement(name).required


def test_years_or_a_degree_only_preferred_are_asked_but_no_floor_to_screen_on():
    """An ATS screens on what a posting requires: "5+ years' experience preferred" and "BSN
    preferred" are read and kept as preferred, and the posting's years and degree stay None."""
    wished = read_job(
        "# CNC Machinist\n\n## Qualifications\n\n- Required: Two-year certificate in machine trades\n"
        "- Preferred: 5+ years' experience in CNC machining\n- Bachelor of Science in Nursing (BSN) preferred\n"
    )
    assert wished.years is None and wished.degree is None and wished.degree_field is None
    assert (
        not _required(wished, "experience-years")
        and wished.requirement("experience-years").name == "5+ years of experience"
    )
    assert not _required(wished, "degree-bachelor")
    # a required one beside them is the floor
    asked = _posting("2+ years of machining experience", "High school diploma or GED", "Bachelor's degree preferred")
    assert (asked.years, asked.degree) == (2, "high school")


def test_a_bare_advantage_after_a_dash_ends_the_item_as_a_wish():
    posting = _posting(
        "3+ years of experience as a DBA",
        "MMSQL , MySQL - advantage",
        "Understanding of CI/CD pipeline and code versioning tools such as Git - advantage",
    )
    assert not _required(posting, "MySQL") and not _required(posting, "CI/CD") and not _required(posting, "Git")
    assert posting.years == 3


def test_the_plus_of_years_is_no_wish():
    posting = _posting("3 years plus financial operations role in services-based company.", "Excel")
    assert posting.years == 3 and _required(posting, "experience-years")
    # ... while "a plus" after years is one
    wish = _posting("Excel", "Payroll", "2 years of payroll experience a plus")
    assert wish.years is None and not _required(wish, "experience-years")


@pytest.mark.parametrize(
    ("item", "required", "wished"),
    [
        # a wish right after the last comma's item is that item's, when the ask before it is in words of its own
        (
            "3+ years of progressive accounting experience, public accounting a plus",
            "experience-years",
            "public accounting",
        ),
        ("Proficiency in Point of Sale Systems, Aloha a plus", "Point of sale (POS)", None),
        (
            "Working knowledge of OSHA safety and reporting requirements, 10-Hour Course certification a plus",
            "OSHA safety",
            None,
        ),
    ],
)
def test_a_wish_after_the_last_comma_is_of_the_last_item(item: str, required: str, wished: str | None):
    posting = _posting(item, "Payroll processing")
    assert _required(posting, required)
    if wished:
        assert not _required(posting, wished)


@pytest.mark.parametrize(
    "item",
    [
        "Excel, Word, PowerPoint preferred",  # a list of names: the wish is of all of them
        "Familiarity with Excel, Word and PowerPoint a plus",  # the list's "and"
        "Experience with Salesforce, QuickBooks, NetSuite, Excel is preferred",  # a predicate of the list
    ],
)
def test_a_wish_after_a_list_is_of_the_whole_list(item: str):
    posting = _posting(item, "Payroll processing", "Journal entries")
    tools = [r for r in posting.requirements if r.kind == "tool"]
    assert len(tools) >= 3 and not any(r.required for r in tools)


def test_a_degree_field_list_ending_with_a_wish_wishes_the_degree():
    posting = _posting(
        "Bachelor's degree (or higher) in Journalism, English, Communications or a related discipline preferred",
        "2+ years of copywriting experience",
    )
    assert posting.degree is None and not _required(posting, "degree-bachelor")


def test_a_wish_of_what_with_adds_leaves_the_ask_before_it_required():
    """ "5+ years ... experience with leadership experience preferred", "J.D ... with 6-8 years
    of law firm experience preferred": "with" adds an ask of its own, and the wish is its."""
    head = read_job(
        "# Head of School\n\n## Requirements\n\n"
        "Employment 5+ years AMI/AMS Primary classroom experience with leadership experience preferred\n"
    )
    assert head.years == 5 and _required(head, "experience-years")
    counsel = _posting(
        "J.D from an accredited law school with 6-8 years of experience of law firm experience preferred",
        title="Assistant General Counsel",
    )
    assert counsel.degree == "phd" and counsel.years is None
    # a wish with nothing asked after "with" is of all of it
    python = _posting("3 years of experience with Python preferred", "SQL", "Git")
    assert python.years is None and not _required(python, "experience-years")


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.E – Graduates with 4+ years of experiences in network maintenance.", None),
        ("B.E. in Electronics and Communication", "Electronics and Communication"),
        ("B.E/B.Tech in Computer Science", "Computer Science"),
    ],
)
def test_b_e_is_indias_bachelor_of_engineering(line: str, field: str | None):
    posting = _posting(line, "CCNA", "Firewalls")
    assert posting.degree == "bachelor" and posting.degree_field == field


def test_be_the_verb_is_no_degree():
    posting = _posting("Must BE able to lift 25 pounds", "Must be able to read blueprints", "Welding")
    assert posting.degree is None
