"""Regressions of the rules blind sets 67 to 70 taught (real postings and resumes labelled by
hand before the product ran on them): each test is one rule, on text written here."""

from __future__ import annotations

import pytest

from ats_match import read_job
from ats_match.postings.asks import degrees_in
from helpers import required_by_name as _required
from helpers import scored_against_posting
from helpers import statuses_against_posting as _status


def test_a_heading_trailing_off_into_its_list_may_be_a_long_sentence():
    posting = read_job(
        "# Accounts Payable Specialist\n\nWe are looking for a hands-on specialist to process invoices.\n\n"
        "**This Team will be Excited to Have You Because You Bring...**\n\n"
        "- 3-4 years accounts payable experience\n- Excellent written and verbal communication skills\n"
        "- High degree of accuracy, attention to detail and confidentiality\n\n"
        "**Nice to have**\n\n- Familiarity with Expensify\n"
    )
    asked = {r.name: r.required for r in posting.requirements}
    assert asked.get("Attention to detail") is True
    assert asked.get("Confidentiality") is True
    assert posting.years == 3


def test_what_the_job_gives_under_a_perks_heading_asks_for_nothing():
    """ "You'll be Excited to Come to Work Because...", then "The Experience:": what the job
    offers, not the experience it asks for."""
    posting = read_job(
        "# Accounts Payable Specialist\n\n**You'll be Excited to Come to Work Because...**\n\n"
        "_The Experience:_\n\n- You'll get honest feedback on a diverse team\n"
        "- You'll find innovative approaches to science and culture\n\n"
        "**Requirements**\n\n- Experience with NetSuite\n"
    )
    names = {r.name for r in posting.requirements}
    assert not names & {"Integrity", "Teamwork", "find innovative approaches"}
    assert "Oracle NetSuite" in names


def test_a_heading_that_asks_for_years_still_gives_them():
    posting = read_job(
        "# HVAC Mechanic\n\n**Qualifications:**\n\nMinimum of 2 to 5 years experience in the following:\n\n"
        "- Installation of sheet metal/ductwork\n- Installation of gas piping\n"
    )
    assert posting.years == 2


def test_a_service_named_by_its_web_address_is_a_tool():
    posting = read_job(
        "# Accounts Payable Clerk\n\nRequirements:\n- Familiarity with Bill.com, Expensify and QuickBooks\n"
        "- Experience with Salesforce.com\n"
    )
    by_name = {r.name: r for r in posting.requirements}
    assert by_name["Bill.com"].kind == "tool"
    assert "Bill" not in by_name["Bill.com"].forms  # an everyday word alone names nothing
    assert "Salesforce" in by_name["Salesforce.com"].forms  # a resume drops the ".com" of a coined name


def test_the_classes_of_a_licence_in_parentheses_are_its_forms():
    posting = read_job("# Gas Fitter\n\nRequirements:\n- Valid gas license (G1, G2)\n- Driver's licence (B, C1)\n")
    forms = {f for r in posting.requirements for f in r.forms}
    assert {"G1", "G2", "B", "C1"} <= forms
    # the name of another credential in parentheses is no class of this one
    for line in ("- BLS certification (AHA)", "- Active RN license (NY or NJ)", "- Valid driving licence (UK)"):
        posting = read_job(f"# Nurse\n\nRequirements:\n{line}\n- Patient care\n")
        credentials = [r for r in posting.requirements if r.kind in ("license", "certification")]
        assert credentials, line
        assert not [f for r in credentials for f in r.forms if f in ("AHA", "NY", "NJ", "UK")], line


def test_a_resume_naming_the_class_held_meets_the_licence():
    posting = "# Gas Fitter\n\nRequirements:\n- Valid gas license (G1, G2)\n"
    resume = "Jo Smith\n\nCertifications\n- G2 gas technician, TSSA\n\nExperience\n- Service technician, 2019-2024\n"
    assert _status(posting, resume)["Gas fitter license"] == "met"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("- BA/BS or equivalent experience preferred.", "bachelor"),
        ("- BS or BA in Finance", "bachelor"),
        ("- B.S. or equivalent", "bachelor"),
        ("- MS in Nursing", "master"),
        ("- a H.S. diploma", "high school"),
    ],
)
def test_two_capitals_beside_another_degree_are_a_degree(line: str, level: str):
    assert [d.level for d in degrees_in(line)][:1] == [level]


@pytest.mark.parametrize("line", ["- Proficient in MS Office or MS Excel", "- MA, CNA or EMT welcome"])
def test_two_capitals_alone_are_no_degree(line: str):
    assert degrees_in(line) == []


def test_to_apply_you_will_be_opens_the_asks_and_an_item_saying_desirable_is_no_heading():
    asked = _required(
        "# Pharmacy Technician\n\n**Skills/Responsibilities:**\n\nTo apply for this post, you will be:\n\n"
        "Registered pharmacy technician with GPhC\n\nExperience of mental health pharmacy desirable\n\n"
        "Knowledge of EMIS is desirable\n\n"
        "In return for your hard work commitment NHS Professionals (NHSP) can offer you some fantastic benefits: –\n\n"
        "- Dedicated consultants\n- Stakeholder pension scheme\n"
    )
    assert asked.get("GPhC registration") is True
    assert asked.get("EMIS") is False
    assert not {"Dedicated consultants", "Stakeholder pension scheme"} & set(asked)


def test_they_after_the_ideal_candidate_asks_again():
    asked = _required(
        "# Medical Biller\n\nValley Clinic is seeking a medical biller. The ideal candidate will have experience "
        "in appointment scheduling, data entry, documentation, and record keeping. They should also be capable "
        "of addressing insurance claim submissions and patient inquiries.\n"
    )
    assert asked.get("Record keeping") is True
    assert [required for name, required in asked.items() if "insurance claim submissions" in name] == [True]
    # "they" with no candidate named before it may be anyone
    assert not [
        name
        for name in _required(
            "# Medical Biller\n\nOur patients come first. They should also be capable of addressing insurance claim "
            "submissions themselves.\n\nRequirements:\n- Data entry\n"
        )
        if "insurance claim" in name
    ]


def test_licensure_as_a_title_is_a_licence_and_so_is_the_other_of_two():
    posting = read_job("# Hand Therapist\n\nRequirements:\n- Proof of licensure as a Physical/Occupational Therapist\n")
    kinds = {r.name: r.kind for r in posting.requirements}
    assert kinds.get("Physical Therapist") == "license"
    assert kinds.get("Occupational Therapist") == "license"
    posting = read_job(
        "# Hand Therapist\n\nRequirements:\n- Licensure as a Physical Therapist or Occupational Therapist\n"
    )
    (licence,) = [r for r in posting.requirements if r.kind == "license"]
    assert {"Physical Therapist", "Occupational Therapist"} <= set(licence.forms)


@pytest.mark.parametrize(
    "education",
    [
        "**Bachelor of Business Administration, Accounting** - Texas State University\n"
        "*In progress (evening program); expected graduation December 2030*\n",
        "**Bachelor of Commerce (Accounting), Cairo University** - final year, studying part-time\n",
        "- BTech: Construction Management - CPUT, part-time, in progress\n- Matric, Bellville High School, 2016\n",
    ],
)
def test_a_degree_under_way_does_not_meet_the_degree_asked(education: str):
    posting = "# Accountant\n\nRequirements:\n- Bachelor's degree in Accounting\n- QuickBooks\n"
    resume = (
        "Sam Lee\n\nExperience\nBookkeeper, Acme Ltd, 2019 - present\n- Kept the books in QuickBooks\n\n"
        f"Education\n{education}"
    )
    report = scored_against_posting(posting, resume)
    statuses = {r.kind: r.status for r in report.requirements}
    assert statuses["degree"] == "missing"
    assert statuses["tool"] == "met"


@pytest.mark.parametrize(
    ("education", "under_way"),
    [
        ("Bachelor of Arts, University of La Verne\nExpected Graduation: June 2016\n", False),  # long gone: held
        ("Bachelor of Arts, University of La Verne\nExpected Graduation: June 2031\n", True),
        ("- GED, Ohio Department of Education, 2019\n- Career Center - Manufacturing course (not completed)\n", False),
        ("**GED** - 2020\nCurrently taking Business Communication, Broward College - in progress\n", False),
        ("BSc Computer Science, University of Leeds, 2019\nFinal year project: route planning in Python\n", False),
        ("MBA, Finance - New York University, 2018\nCFA Level II Candidate\n", False),
        ("Bachelor of Science in Biology, 2015\nThesis: candidate genes for drought tolerance\n", False),
        ("Bachelor of Commerce, Cairo University - final year; expected graduation June 2027\n", True),
        ("PhD candidate in Chemistry, MIT, 2023 - present\n", True),
        ("Bachelor of Nursing, Australian Catholic University, 2024 - present\n", True),
    ],
)
def test_a_degree_is_under_way_by_its_own_lines(education: str, under_way: bool):
    from datetime import date

    from ats_match.facts import parse

    facts = parse(f"Sam Lee\n\nEducation\n{education}".encode(), as_of=date(2026, 12, 6))
    assert facts.education[0].in_progress is under_way


def test_a_degree_held_beside_one_under_way_meets_the_degree_asked():
    posting = "# Accountant\n\nRequirements:\n- Bachelor's degree in Accounting\n- QuickBooks\n"
    resume = (
        "Sam Lee\n\nExperience\nBookkeeper, Acme Ltd, 2019 - present\n\nEducation\n"
        "MBA, Texas State University - in progress\nBachelor of Business Administration, Accounting - Rice University, 2018\n"
    )
    statuses = {r.kind: r.status for r in scored_against_posting(posting, resume).requirements}
    assert statuses["degree"] == "met"
    # and the MBA under way meets no master's
    master = posting.replace("Bachelor's degree in Accounting", "Master's degree (MBA)")
    statuses = {r.kind: r.status for r in scored_against_posting(master, resume).requirements}
    assert statuses["degree"] == "missing"


def test_registration_with_a_uk_register_is_its_licence():
    posting = read_job(
        "# Dental Nurse\n\nThe post holder will assist the dental clinician; holding a current registration with "
        "the GDC and a recognised dental nursing qualification.\n\nRequirements:\n- Chairside experience\n"
    )
    (licence,) = [r for r in posting.requirements if r.kind == "license"]
    assert licence.name == "GDC registration"
    assert "registration with the GDC" in licence.forms


def test_the_field_of_experiences_in_the_plural_is_asked():
    posting = read_job(
        "# Chargeman\n\nJOB REQUIREMENTS\n\n- Minimum 3 years of experiences in manufacturing environment.\n"
        "- Must have a BO Certificate.\n"
    )
    assert "manufacturing experience" in {r.name for r in posting.requirements}


def test_knowledge_regarding_asks_even_in_a_list_of_duties():
    asked = _required(
        "# Vet Nurse\n\nRequirements:\n- Patient care\n\nMajor Duties\n"
        "- Knowledge regarding related federal and state animal health laws and regulations including OSHA.\n"
        "- Develop daily checklists.\n"
    )
    assert asked.get("animal health laws") is True
    assert asked.get("OSHA") is True


def test_a_small_ads_headline_with_its_place_names_the_job_and_an_age_in_months_is_no_experience():
    posting = read_job(
        "# Nanny required in Elsternwick\n\nWe are looking for an experienced nanny.\n\nYou'll need:\n\n"
        "* Experience caring for children from 21 months in age\n"
        "* A working with children check or the ability to get one\n"
    )
    assert posting.title == "Nanny"
    assert posting.years is None
    assert {r.name: r.kind for r in posting.requirements}.get("Working with Children Check") == "certification"


def test_the_ideal_candidate_would_have_asks_and_a_valued_asset_is_a_wish():
    asked = _required(
        "# Clinical Psychologist\n\nThe ideal candidate would have professional training and experience as a "
        "Registered Psychologist. Clinical experience with complex trauma is a valued asset.\n"
    )
    assert [required for name, required in asked.items() if "Registered Psychologist" in name] == [True]
    assert asked.get("complex trauma") is False
    assert "valued asset" not in asked


def test_candidates_who_have_opens_a_list_of_asks():
    asked = _required(
        "# Architectural Assistant\n\nTSH Architects is an award-winning practice.\n\n"
        "We are seeking enthusiastic, talented and ambitious candidates who have:\n\n"
        "- excellent graphical design & presentation skills\n- strong written and verbal communication skills\n\n"
        "The ideal candidates should be able to demonstrate core IT software proficiency in:\n\n- AutoCAD\n"
    )
    assert asked.get("Communication") is True
    assert asked.get("graphical design") is True


def test_a_markdown_heading_over_the_following_items_may_be_long():
    asked = _required(
        "# Pastry Chef\n\nJob Title | Pastry Chef\nJob Start | ASAP\n\n"
        "#### Ideal candidates must be able to make (most if not all of them) the following items\n\n"
        "- Fresh Cream Cakes in all sizes.\n- Puff Pastry.\n- Choc Eclairs.\n"
    )
    assert asked.get("Puff Pastry") is True
    assert asked.get("Choc Eclairs") is True


def test_report_writing_is_its_own_skill_not_writing_skills():
    asked = _required("# Project Officer\n\nKey Competencies:\n- Excellent presentation and report writing skills\n")
    assert "Report writing" in asked
    assert "Writing skills" not in asked


def test_a_trades_word_is_an_item_of_a_long_list_and_computer_is_no_job():
    asked = _required(
        "# Project Officer\n\nRequirements:\n"
        "- Demonstrate knowledge in water, economic and community development, planning, workforce development\n"
        "- Demonstrate knowledge of computer and relevant software applications\n"
    )
    assert {"planning", "computer", "community development"} <= set(asked)
    # a department's name stays out: "IT infrastructure and operations"
    assert "operations" not in _required(
        "# SRE\n\nRequirements:\n- Strong understanding of IT infrastructure and operations, with Terraform\n"
    )


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("- High School Diploma/GED and two-year related degree; three years of crew experience", "associate"),
        ("- Bachelor's and Master's degree required", "master"),
        ("- Bachelor's degree and Master's degree preferred", None),  # wishes: no floor to screen on
        ("- High school diploma and 2 years of experience", "high school"),
    ],
)
def test_two_degrees_asked_together_ask_for_the_higher(line: str, level: str | None):
    assert read_job(f"# Survey Party Chief\n\nRequirements:\n{line}\n- AutoCAD\n").degree == level


def test_the_employer_named_with_what_it_is_and_in_the_possessive_is_no_tool():
    names = set(
        _required(
            "# Investigative Reporter\n\nSpotlight PA, an award-winning and nonpartisan newsroom, is seeking a "
            "passionate accountability reporter.\n\nWho We're Looking For\n\n* Experience reporting on state "
            "agencies\n* Candidates will be eager to work with Spotlight PA's team of reporters and use FOIA.\n"
        )
    )
    assert not [name for name in names if "Spotlight" in name]


def test_presenting_and_clear_written_reports_show_communication():
    posting = "# Research Associate\n\nRequirements:\n- Excellent communication skills\n- PCR\n"
    resume = (
        "Sam Lee\n\nSummary\nMolecular biologist, comfortable presenting data to project leads and clients.\n\n"
        "Experience\nResearch Associate, Acme Labs, 2022 - present\n- Ran PCR and qPCR assays\n"
    )
    assert _status(posting, resume)["Communication"] == "met"


def test_we_need_someone_who_opens_the_asks_and_a_pay_scale_asks_nothing():
    asked = _required(
        "# Teacher of Geography\n\nMinimum pay scale: Main pay range 1\n\nWe are seeking an inspirational teacher.\n\n"
        "Experience\n\nWe need an NQT or experienced teacher who:\n\n- is a team player, resilient\n"
        "- has excellent organisational and communication skills\n"
    )
    assert asked.get("Communication") is True
    assert asked.get("Teamwork") is True
    assert asked.get("Qualified Teacher Status (QTS)") is True  # the sentence over the list names it
    assert not [name for name in asked if "pay" in name.lower()]


def test_a_west_african_national_diploma_is_a_diploma_with_its_field():
    posting = read_job(
        "# Marketer\n\n**Qualifications:** SSCE, NCE, ND in Marketing, Business Administration, Public Relations "
        "or other related discipline.\n\n- Proficiency in MS Office\n"
    )
    kinds = {r.name: r.kind for r in posting.requirements}
    assert posting.degree == "high school"  # the least of the alternatives
    assert not [name for name, kind in kinds.items() if kind == "tool" and "Administration" in name]
    assert [name for name, kind in kinds.items() if kind == "degree" and "Marketing" in name]


def test_a_coined_name_in_capitals_is_met_in_any_case_and_office_365_is_microsoft_365():
    posting = "# IT Support\n\nRequirements:\n- Experience with JIRA\n- Comfortable using Microsoft 365 packages\n"
    resume = "Sam Lee\n\nExperience\nIT Support, Acme, 2020 - present\n- Handled Jira tickets\n\nSkills\nOffice 365, Windows\n"
    statuses = _status(posting, resume)
    assert [s for name, s in statuses.items() if "JIRA" in name.upper()] == ["met"]
    assert statuses["Microsoft 365"] == "met"


def test_a_newly_qualified_teacher_holds_qts():
    asked = _required("# Teacher\n\nRequirements:\n- NQT or experienced teacher\n- Degree in Geography\n")
    assert "Qualified Teacher Status (QTS)" in asked


def test_a_wish_before_a_list_marks_every_item_of_it():
    asked = _required(
        "# Design Engineer\n\nICON Engineering is seeking a water resource engineer. A highly qualified candidate "
        "will also have experience/training in hydrology, hydraulics, fluvial processes and geomorphology.\n\n"
        "Requirements:\n- Bachelor's degree in civil engineering\n- AutoCAD Civil 3D\n"
    )
    assert {name: asked.get(name) for name in ("hydrology", "hydraulics", "fluvial processes")} == {
        "hydrology": False,
        "hydraulics": False,
        "fluvial processes": False,
    }


def test_a_line_of_dates_above_a_degree_is_that_degrees():
    from datetime import date

    from ats_match.facts import parse

    facts = parse(
        b"Sam Lee\n\nEducation\n2015 - 2019\nBSc Physics, University of Leeds\n2020 - Present\n"
        b"MSc Physics, University of York\n",
        as_of=date(2026, 12, 6),
    )
    assert [(e.degree_level, e.in_progress) for e in facts.education] == [("bachelor", False), ("master", True)]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Mercy Clinic, based in Jackson, MS in Hinds County, is hiring a nurse.\n\nRequirements:\n- BLS\n", None),
        ("We are in Fargo, ND in North Dakota.\n\nRequirements:\n- BLS\n", None),
        ("Requirements:\n- Bachelor's degree and CPA or MBA required\n- Excel\n", "bachelor"),
        ("Requirements:\n- Bachelor's and Master's degree required, Spanish a plus\n- Excel\n", "master"),
    ],
)
def test_what_the_review_of_these_degree_rules_must_not_catch(text: str, level: str | None):
    assert read_job(f"# Nurse\n\n{text}").degree == level


def test_what_the_review_of_these_section_rules_must_not_catch():
    # a scraper's line cut short is no heading; its asks are read
    asked = _required(
        "# Cook\n\nRequirements:\n\nMust have experience working in a busy commercial kitchen and Sage POS...\n"
    )
    assert [name for name in asked if "kitchen" in name]
    # a slogan's years are no ask
    assert (
        read_job(
            "# HVAC Tech\n\n## Join a Team With 40 Years of Experience in Heating\n\nRequirements:\n- Brazing\n"
        ).years
        is None
    )
    # a strong cue after a wish keeps its items required
    asked = _required("# Bookkeeper\n\nRequirements:\n- Ideally retail experience, must have Sage, Xero and Excel\n")
    assert asked.get("Microsoft Excel") is True
    # "people who have" are clients, not candidates
    asked = _required(
        "# Support Worker\n\nRequirements:\n- Driving licence\n\nWe support people who have:\n\n- acquired brain injuries\n"
    )
    assert asked.get("acquired brain injuries") is not True


def test_presenting_at_work_in_a_clinic_is_no_communication():
    posting = "# Nurse\n\nRequirements:\n- Excellent communication skills\n- Triage\n"
    resume = "Sam Lee\n\nExperience\nStaff Nurse, City Hospital, 2020 - present\n- Triage of patients presenting with chest pain\n"
    assert _status(posting, resume)["Communication"] == "missing"


def test_a_product_across_a_slash_from_a_known_one_is_a_tool():
    posting = read_job(
        "# Graphic Designer\n\nRequirements:\n- Adobe Creative Suite\n- Some experience with Sketch/Figma is advantageous\n"
    )
    kinds = {r.name: (r.kind, r.required) for r in posting.requirements}
    assert kinds.get("Sketch") == ("tool", False)
    # a word of a product read already is no partner of its own
    posting = read_job("# Clerk\n\nRequirements:\n- Basic Computer knowledge (MS Office/excel)\n")
    assert "Office" not in {r.name for r in posting.requirements}


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("- OND Marketing - Yaba College of Technology, Lagos, 2019", "associate"),
        ("- HND Electrical Engineering, Yaba College of Technology, 2018", "associate"),
        ("- Higher National Diploma in Accounting, 2015", "associate"),
        ("- West African Senior School Certificate (WASSCE/SSCE), 2016", "high school"),
        ("- National Senior Certificate (Matric), Bellville High School, 2016", "high school"),
    ],
)
def test_a_resumes_national_diplomas_and_school_certificates_have_the_level_postings_give_them(line: str, level: str):
    from ats_match.facts import parse

    (entry,) = parse(f"Ada Obi\n\nEducation\n{line}\n".encode()).education
    assert entry.degree_level == level


def test_a_trades_gerund_before_skills_is_a_skill():
    asked = _required(
        "# Warehouse Manager\n\nRequirements:\n*   Strong attention to detail and organizational skills\n"
        "*   Regular and reliable attendance\n*   Reporting skills\n*   Inventory control\n"
    )
    assert asked.get("Reporting skills") is True


def test_an_acronym_is_met_by_its_name_with_a_compound_word():
    posting = "# HCA\n\nRequirements:\n- Previous HCA experience\n- Phlebotomy\n"
    resume = "Sam Lee\n\nExperience\nHealthcare Assistant, Norwich Hospital, 2022 - present\n- Took bloods\n"
    assert _status(posting, resume)["HCA experience"] == "met"
    resume = "Sam Lee\n\nExperience\nHousekeeper, Norwich Hotel, 2022 - present\n- Cleaned rooms\n"
    assert _status(posting, resume)["HCA experience"] == "missing"


def test_gerunds_under_a_requirements_heading_are_skills_not_duties():
    asked = _required(
        "# Warehouse Manager\n\nRequirements:\n*   Managing processes\n*   Reporting skills\n*   Inventory control\n"
    )
    assert asked.get("Reporting skills") is True
    assert asked.get("Inventory control") is True


def test_a_one_word_item_in_a_list_of_asks_is_the_ask():
    asked = _required(
        "# Chef Manager\n\nRequirements:\n- Retail\n- Tax\n- Weekends\n- Budgets\n\nPreferred:\n- Construction\n"
    )
    assert asked.get("Retail") is True
    assert asked.get("Tax") is True
    assert asked.get("Construction") is False
    assert "Weekends" not in asked  # when one works, no skill
