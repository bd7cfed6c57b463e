"""Regressions of the rules blind sets 63 to 66 taught (real postings and resumes labelled by
hand before the product ran on them): each test is one rule, on text written here."""

from __future__ import annotations

import pytest

from ats_match import read_job
from ats_match.postings.qualifications import qualifications_in
from helpers import statuses_against_posting as _status


def _asked(text: str) -> dict[str, str]:
    return {r.name: r.kind for r in read_job(text).requirements}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "- Level 3 qualification in Early Years Education (e.g. NVQ or equivalent)",
            "Level 3 qualification in Early Years Education",
        ),
        (
            "- Applicants must hold a level 4 diploma in Montessori teaching (3-6).",
            "level 4 diploma in Montessori teaching",
        ),
        ("- You will hold a level 3 Youth Work qualification or equivalent.", "level 3 Youth Work qualification"),
        (
            "- Must have an NVQ 2 in Food Production and Cooking, and be flexible.",
            "NVQ 2 in Food Production and Cooking",
        ),
        (
            "- A QCF Level 5 in Leadership for Health and Social Care or equivalent",
            "QCF Level 5 in Leadership for Health and Social Care",
        ),
        # (the UK's Level 2 food hygiene award is in the vocabulary, by any of its names)
        ("- Food Hygiene Level 2 certificate", "Food hygiene certificate (Level 2)"),
        ("- Must Hold Food Safety Level 3 Award", "Food Safety Level 3 Award"),
        ("- Do you hold a Cert IV? Apply today.", "Cert IV"),
    ],
)
def test_a_framework_qualification_is_read_whole_with_its_level_and_subject(line, name):
    kinds = _asked(f"# Nursery Practitioner\n\n## Requirements\n\n{line}\n- Driver's licence\n")
    assert kinds.get(name) == "certification", kinds


def test_a_level_with_no_subject_or_a_word_that_opens_the_ask_is_no_qualification():
    assert not qualifications_in("Qualified Level 3 Nursery Practitioner wanted")
    assert not qualifications_in("Minimum Level 2 Certificate")  # no subject left
    assert not qualifications_in("Certificate III individual support")  # read as a phrase (phrases.py), not bare
    assert [q.name for q in qualifications_in("Applicants Must Hold Food Hygiene Level 2 Certificate")] == [
        "Food Hygiene Level 2 Certificate"
    ]
    # a word that opens the sentence is no grade of the certificate; "Advanced" is
    assert [q.name for q in qualifications_in("The Certificate in First Aid is required")] == [
        "Certificate in First Aid"
    ]
    assert [q.name for q in qualifications_in("Advanced Certificate in Hospitality Management")] == [
        "Advanced Certificate in Hospitality Management"
    ]


def test_a_resume_holding_the_diploma_meets_a_level_3_qualification_in_the_subject():
    posting = "# Nursery Practitioner\n\n## Requirements\n\n- Level 3 qualification in Childcare and Education\n"
    held = _status(posting, "Jane Doe\n\n## Education\n\n- CACHE Level 3 Diploma in Childcare and Education, 2019\n")
    assert held.get("Level 3 qualification in Childcare and Education") == "met", held
    other = _status(posting, "Jane Doe\n\n## Education\n\n- Level 2 Certificate in Customer Service, 2019\n")
    assert other.get("Level 3 qualification in Childcare and Education") == "missing", other


def test_an_ask_to_attain_one_names_no_skill():
    kinds = _asked(
        "# Care Manager\n\n## Requirements\n\n- A Level 5 Diploma in Leadership or be willing to attain one.\n"
    )
    assert "Level 5 Diploma in Leadership" in kinds
    assert not any("one" in name.lower().split() for name in kinds), kinds


def test_two_skills_sharing_skills_are_both_read():
    kinds = _asked("# Receptionist\n\n## Requirements\n\n- Computer and basic office skills\n- Reliable\n")
    assert kinds.get("Computer skills") == "soft", kinds
    both = _asked("# Teller\n\n## Requirements\n\n- Analytical and problem solving skills\n- Reliable\n")
    assert {"Analytical skills", "Problem solving"} <= set(both), both
    # a comma ends the shared head's reach: "computer, and then office skills" is not said
    apart = _asked("# Clerk\n\n## Requirements\n\n- Access to a computer; strong office skills\n- Reliable\n")
    assert "Computer skills" not in apart, apart


def test_troubleshooting_is_a_skill_of_its_own():
    kinds = _asked("# Mechanic\n\n## Requirements\n\n- Ability to diagnose and troubleshoot mechanical issues\n")
    assert kinds.get("Troubleshooting") == "skill", kinds
    assert "Problem solving" not in kinds


def test_an_undone_participle_alone_names_no_skill():
    kinds = _asked(
        "# Field Technician\n\n## Requirements\n\n"
        "- Willingness to drive the field vehicle on mountain roads that may be unpaved, windy, or narrow\n"
        "- A valid driver's license\n"
    )
    assert "unpaved" not in {name.lower() for name in kinds}, kinds


def test_a_degree_field_after_an_aside_is_the_field_not_a_list_of_skills():
    posting = read_job(
        "# Field Technician\n\n## Required qualifications\n\n"
        "+ Bachelors degree (or degree in progress) in biology, ecology, botany, or a related field\n"
        "+ A valid drivers license\n"
    )
    assert posting.degree == "bachelor"
    assert posting.degree_field == "biology, ecology, botany"
    assert not {"ecology", "botany"} & {r.name.lower() for r in posting.requirements}


def test_a_requirements_heading_over_a_list_of_duties_asks_for_none_of_them():
    text = (
        "# Crew Manager\n\n## Minimum Requirements\n\n- Possess a current and valid US driver's license\n"
        "- Ability to accept constructive criticism\n\n## Position Requirements\n\n"
        "- Assign participants to work crews and oversee daily progress\n"
        "- Update work site descriptions using a custom database\n- Reassign crews each morning\n"
        "- Gather and verify site inspection reports\n"
    )
    required = {r.name.lower() for r in read_job(text).requirements if r.required}
    assert any("driver" in name for name in required), required
    assert not {"custom database", "assign participants", "reassign crews", "site inspection reports"} & required
    # the same heading over what one must have keeps it asked
    asks = text.split("## Position")[0] + "## Position Requirements\n\n- Salesforce\n- Forklift certification\n"
    required = {r.name.lower() for r in read_job(asks).requirements if r.required}
    assert any("salesforce" in name for name in required), required


def test_a_person_spec_heading_opens_the_requirements_and_names_nothing():
    posting = read_job(
        "# Administrative Officer\n\n## Purpose\n\nTo develop and energise the trust's membership.\n\n"
        "**Person Spec**\n\n* Must be organised and efficient\n* Must be reliable and honest\n"
    )
    names = {r.name for r in posting.requirements}
    assert {"Reliability", "Integrity"} <= names, names
    assert not any("person spec" in name.lower() or "membership" in name.lower() for name in names), names
    assert not posting.warnings or "no requirements" not in " ".join(posting.warnings)


def test_what_we_would_like_from_you_is_a_requirements_heading():
    posting = read_job(
        "# Dog Groomer\n\n### What we provide\n\n- Use of a grooming table and dryers\n\n"
        "### What we would like from you:\n\n- Your own public liability insurance\n- Grooming tools\n"
    )
    assert "no requirements or qualifications heading" not in " ".join(posting.warnings)
    assert any("public liability insurance" in r.name.lower() for r in posting.requirements if r.required)


def test_a_desired_list_holding_the_only_degree_asked_is_what_the_posting_requires():
    posting = read_job(
        "# Fisheries Scientist\n\n**Key Responsibilities:**\n\n* Authoring assessment reports.\n\n"
        "**Desired Knowledge and Experience:**\n\n* M.Sc. in fisheries science or related field.\n"
        "* Strong understanding of marine conservation.\n* Real world field experience with fisheries a plus.\n"
    )
    required = {r.name: r.required for r in posting.requirements}
    assert required.get("marine conservation") is True, required
    assert posting.degree == "master"


def test_a_gerund_acting_on_a_pronoun_is_no_skill_and_competence_says_how_well():
    names = {
        r.name.lower()
        for r in read_job(
            "# Crew Manager\n\n## Requirements\n\n"
            "- Build positive relationships with local staff, thanking them for their work\n"
            "- Competence using Microsoft Office\n"
        ).requirements
    }
    assert not {"thanking", "competence"} & names, names
    assert any("microsoft office" in name for name in names), names


def test_malaysias_school_certificate_is_a_high_school_degree_not_a_microscope():
    posting = read_job(
        "# Outlet Crew\n\n## Requirements\n\n- Minimum SPM qualification with related working experience\n"
        "- Able to work shifts\n"
    )
    assert posting.degree == "high school"
    assert not any("microscope" in r.name.lower() for r in posting.requirements), posting.requirements


def test_a_certificate_in_a_named_subject_is_a_certification_a_resume_may_write_either_way():
    posting = "# Baker\n\n## Requirements\n\n- Min. Certificate in Basic Food & Beverage preparation\n- Reliable\n"
    kinds = _asked(posting)
    assert kinds.get("Certificate in Basic Food & Beverage preparation") == "certification", kinds
    held = _status(posting, "Jane Doe\n\n## Education\n\n- Basic Food & Beverage Preparation Certificate, 2021\n")
    assert held.get("Certificate in Basic Food & Beverage preparation") == "met", held


def test_a_product_named_with_its_kind_of_system_keeps_the_kind_as_a_form():
    posting = read_job(
        "# Sales Manager\n\n## Requirements\n\n- Experience with HubSpot CRM\n- Quickbooks online\n- Reliable\n"
    )
    forms = {form.lower() for r in posting.requirements for form in (r.name, *r.forms)}
    assert {"hubspot crm", "quickbooks online"} <= forms, forms
    # and the kind alone is no second requirement of a generic CRM
    assert not any("customer relationship management" in r.name.lower() for r in posting.requirements)


def test_a_focus_on_the_details_is_attention_to_detail():
    kinds = _asked("# Operations Manager\n\n## Requirements\n\n- Have a laser focus on the details.\n")
    assert kinds.get("Attention to detail") == "soft", kinds


def test_a_line_of_capitalised_items_is_a_skills_list_whose_single_words_are_skills():
    names = set(
        _asked(
            "# Concrete Foreman\n\n## Skills/Qualifications\n"
            "Project Management, Supervision, Delegation, Attention to Detail, Strong Work Ethic, Dependability. "
            "Experience in concrete placement is required.\n"
        )
    )
    assert {"Supervision", "Delegation"} <= names, names
    # in a sentence of prose the same words ask for nothing
    prose = set(_asked("# Foreman\n\n## Requirements\n\nYou will work under supervision with some delegation.\n"))
    assert not {"Supervision", "Delegation"} & prose, prose


def test_working_at_heights_is_a_ticket_when_named_so_and_a_demand_when_not():
    kinds = _asked(
        "# Rigger\n\n## Requirements\n\n- Current Working at Heights and Tower Rescue certificates\n"
        "- Must be able to work at heights\n"
    )
    assert kinds.get("Working at Heights") == "certification", kinds
    demand = _asked("# Rigger\n\n## Requirements\n\n- Must be able to work at heights\n- Reliable\n")
    assert "Working at Heights" not in demand, demand


def test_experience_of_a_trade_by_its_gerund_is_met_by_the_job_title():
    posting = "# Bartender\n\n## Requirements\n\n- At least 1 year of bartending experience\n- Reliable\n"
    held = _status(posting, "Jane Doe\n\n## Experience\n\n**Bartender**, The Lounge, 2022-2024\n- Mixed cocktails.\n")
    assert held.get("bartending experience") == "met", held
    other = _status(posting, "Jane Doe\n\n## Experience\n\n**Cashier**, The Shop, 2022-2024\n- Took payments.\n")
    assert other.get("bartending experience") == "missing", other
