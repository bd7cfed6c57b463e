"""Regressions of the rules blind sets 79 to 86 taught (real postings and resumes labelled by
hand before the product ran on them): each test is one rule, on text written here."""

from __future__ import annotations

import pytest

from ats_match import read_job
from helpers import statuses_against_posting as _status

_UK_FINANCE = (
    "# Finance Business Partner\n\nRequirements:\n"
    "- ACCA or CIMA qualified\n- CIPD Level 5\n- NEBOSH General Certificate and IOSH Managing Safely\n"
    "- PRINCE2 Practitioner\n- CELTA, or a PGCE with QTS\n- Chartered Accountant, CA(SA)\n"
)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("ACCA", "ACCA"),
        ("CIMA", "CIMA"),
        ("CIPD", "CIPD"),
        ("NEBOSH General Certificate", "NEBOSH certificate"),
        ("IOSH Managing Safely", "IOSH Managing Safely"),
        ("PRINCE2 Practitioner", "PRINCE2"),
        ("CELTA", "CELTA"),
        ("PGCE", "PGCE"),
        ("CA(SA)", "Chartered Accountant (CA)"),
    ],
)
def test_the_professional_bodies_of_the_uk_and_commonwealth_are_certifications(written, name):
    """ "ACCA or CIMA qualified": a body's letters are a qualification one holds, checked as
    one (an ATS asks it as a knock-out; a resume "working towards CIMA" does not meet it)."""
    posting = read_job(_UK_FINANCE)
    found = [r for r in posting.requirements if written in r.forms or r.name == name]
    assert found, f"{written} not read"
    assert found[0].kind == "certification" and found[0].required


@pytest.mark.parametrize("line", ["- CIPFA qualified", "- Must be CIPFA-qualified", "- CIPFA Qualified accountant"])
def test_letters_followed_by_qualified_name_a_qualification(line):
    """A body the vocabulary does not hold ("CIPFA") is still a qualification when the
    posting writes "qualified" after its letters."""
    posting = read_job(f"# Finance Manager\n\nRequirements:\n{line}\n- Public sector experience\n")
    cipfa = [r for r in posting.requirements if "CIPFA" in r.forms]
    assert cipfa and cipfa[0].kind == "certification"
    assert "cipfa qualified" in cipfa[0].forms


def test_suitably_qualified_names_no_qualification():
    posting = read_job("# Finance Manager\n\nRequirements:\n- Suitably qualified and experienced in SAP\n")
    assert not [r for r in posting.requirements if r.kind == "certification"]


def test_gas_safe_and_the_wiring_regulations_are_read_whole():
    posting = read_job(
        "# Gas Engineer\n\nEssential:\n- Gas Safe registered\n- 18th Edition wiring regulations\n"
        "- City & Guilds Level 3 in plumbing\n"
    )
    kinds = {r.name: r.kind for r in posting.requirements}
    assert kinds.get("Gas Safe registration") == "license"
    assert kinds.get("18th Edition wiring regulations (BS 7671)") == "certification"
    assert kinds.get("City & Guilds qualification") == "certification"
    assert not any(name.startswith(("Edition", "Guilds")) for name in kinds)


def test_a_renamed_product_is_met_by_its_new_name():
    statuses = _status(
        "# Marketing Assistant\n\nRequirements:\n- Experience with Google AdWords\n",
        "Jo Doe\nExperience\n- Managed Google Ads search campaigns for 40 holiday cottages\n",
    )
    assert statuses["Google Ads"] == "met"


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("- CIMA Professional Qualification - Operational level in progress (not yet qualified)", "missing"),
        ("- CIMA: awaiting results of the final case study exam", "missing"),
        ("- CIMA member since 2019 (ACMA, CGMA)", "met"),
        ("Registered with Gas Safe, number 612447", "met"),
    ],
)
def test_a_qualification_not_yet_held_is_missing(line, status):
    statuses = _status(
        "# Management Accountant\n\nRequirements:\n- CIMA qualified\n- Gas Safe registered\n",
        f"Jo Doe\nCertifications\n{line}\n",
    )
    name = "Gas Safe registration" if "Gas Safe" in line else "CIMA"
    assert statuses[name] == status


def test_a_course_applied_for_is_not_yet_done():
    statuses = _status(
        "# Paramedic\n\nYour profile:\n- You have completed the sedation specialist course\n",
        "Jo Doe\nTraining\n- Sedation specialist course - applied for the spring 2025 intake; not yet completed\n",
    )
    assert statuses["sedation specialist course"] == "missing"
