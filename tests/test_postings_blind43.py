"""Regressions of the rules blind sets 41 to 44 taught (real postings labelled by hand before
the reader ran on them): each test is one rule, on text written here."""

from __future__ import annotations

from ats_match import read_job
from helpers import statuses_against_posting as _status


def _forms(posting: str) -> dict[str, tuple[str, ...]]:
    return {r.name: r.forms for r in read_job(posting).requirements}


def test_a_licence_class_written_after_or_before_the_licence_is_part_of_it():
    forms = _forms(
        "# Driver\n\nRequirements:\n- Valid Driving License Class C with 3 years driving experience\n"
        "- Must have a valid class “G” or higher driver’s license\n"
    )
    assert "Class C" not in forms  # the class is no separate tool
    licence = " | ".join(forms["Driver's license"])
    assert "Driving License Class C" in licence
    assert 'class "G" or higher driver\'s license' in licence


def test_a_class_word_without_a_class_is_not_taken():
    forms = _forms("# Driver\n\nRequirements:\n- Valid driver's license, classroom training provided\n")
    assert all("class" not in form.lower() for form in forms["Driver's license"])


def test_a_product_before_a_certification_names_whose_certification_it_is():
    forms = _forms("# Social Media Manager\n\nRequirements:\n- Are Facebook Blueprint certified\n")
    assert "Facebook Blueprint certification" in forms
    assert "Facebook" not in forms and "Blueprint certification" not in forms


def test_a_suite_is_kept_as_the_posting_writes_it():
    forms = _forms("# Buyer\n\nRequirements:\n- Good knowledge of Microsoft Office Suite.\n- Adobe Creative Suite\n")
    assert "Microsoft Office Suite" in forms["Microsoft Office software"]
    assert "Adobe Creative Suite" in forms  # not Adobe alone


def test_a_noun_and_gerund_before_skills_is_a_skill_met_by_its_words():
    posting = (
        "# Farm Technician\n\nRequirements:\n- Excellent record-keeping skills\n- Good note-taking skills\n"
        "- Proven track record in sales\n"
    )
    names = set(_forms(posting))
    assert {"record-keeping skills", "note-taking skills"} <= names
    assert not any("track" in name.lower() for name in names)
    status = _status(posting, "Jo Doe\nExperience\n- Handled record keeping for 30 fields\n- Drove the tractor\n")
    assert status["record-keeping skills"] == "met"
    assert status["note-taking skills"] == "missing"


def test_a_full_licence_is_asked_as_written():
    forms = _forms("# Heating Engineer\n\nRequirements:\n- A full UK driving licence (6 points or fewer).\n")
    assert "full UK driving licence" in forms["Driver's license"]


def test_the_party_a_skill_serves_opens_it_but_names_no_skill_alone():
    names = set(
        _forms(
            "# Social Worker\n\nRequirements:\n- Stakeholder engagement and casework management\n"
            "- Work with stakeholders across the business\n- Community engagement experience\n"
        )
    )
    assert "Stakeholder engagement" in names
    assert "Community engagement experience" in names
    assert not any(name.lower().startswith("stakeholders") for name in names)


def test_a_phrase_headed_by_an_empty_noun_is_no_requirement():
    names = {
        name.lower()
        for name in _forms(
            "# Plumber\n\nRequirements:\n- Gas Safe registration\n- This is not an exhaustive list\n"
            "- Bilingual would be an added advantage\n- Boiling points of refrigerants\n"
        )
    }
    assert not any("list" in name or "advantage" in name for name in names)
    assert "boiling points" in names
