"""Regressions of the rules blind sets 123 to 126 taught (real postings and resumes
labelled by hand before the product ran on them): each test is one rule, on text written
here."""

from __future__ import annotations

import pytest

from ats_match import read_job
from ats_match.postings.sections import heading_kind


def _asked(posting) -> dict[str, bool]:
    return {r.name.lower(): r.required for r in posting.requirements}


@pytest.mark.parametrize("heading", ["What we need", "What is needed:", "What We Expect From You", "What's required"])
def test_what_we_need_heads_the_asks(heading):
    """ "What we need" after "What you'll do" was read as more duties: its items as wishes."""
    posting = read_job(
        "# Automotive Technician\n\n### What you'll do\n\n- Perform diagnosis with scan tools\n\n"
        f"### {heading}\n\n- 2+ years of automotive repair experience\n- Competence in drivetrain work\n- Own tools\n\n"
        "### Nice to have\n\n- ASE certification\n"
    )
    asked = _asked(posting)
    assert any(required for name, required in asked.items() if "drivetrain" in name)
    assert asked.get("ase certification") is False


def test_who_is_suited_to_the_role_heads_the_asks():
    assert heading_kind("who is suited to this role") == "requirements"
    assert heading_kind("who are best suited") == "requirements"


@pytest.mark.parametrize(
    "headline",
    ["immediate start gp required *busy medical practice * - cannon hill", "chef wanted", "nurses needed - london"],
)
def test_an_ads_headline_naming_whom_it_hires_heads_no_asks(headline):
    """ "Immediate Start GP Required": the ad's headline, not a heading of requirements; its
    lines ("We are looking for the next GP to join our team") were read as asks."""
    assert heading_kind(headline) != "requirements"


@pytest.mark.parametrize(
    "heading",
    [
        "skills required",
        "departmental required skills",
        "what's required",
        "qualifications needed",
        "licences required",
        "credentials required",
        "licenses/certifications required",
        "skills/experience required",
        "expertise required",
    ],
)
def test_a_heading_naming_the_asks_as_required_still_heads_them(heading):
    assert heading_kind(heading) == "requirements"


def test_the_headline_opens_no_requirements_section():
    posting = read_job(
        "# General Practitioner\n\nImmediate Start GP Required\n\n"
        "- We are looking for the next GP to join our team.\n- Located within a busy shopping district.\n\n"
        "Essential Criteria\n\n- MBBS\n- Strong verbal and written communication skills\n"
    )
    required = [r.name.lower() for r in posting.requirements if r.required]
    assert not any("next gp" in name or "shopping district" in name for name in required)
    assert any("bachelor" in name for name in required)


def test_a_job_named_before_required_is_a_headline():
    assert heading_kind("education assistant required") != "requirements"
    assert heading_kind("teacher of maths required") != "requirements"


@pytest.mark.parametrize("heading", ["contract duration", "length of contract", "duration of appointment"])
def test_the_contracts_length_is_no_ask(heading):
    assert heading_kind(heading) == "about"


def test_contract_duration_items_are_not_requirements():
    posting = read_job(
        "# Statistician\n\nRequirements\n\n- Good knowledge of Stata\n- Experience in analysing micro-level data\n\n"
        "Contract Duration\n\n- One year fixed-term appointment, with the possibility of renewal.\n"
    )
    assert not any("fixed-term" in r.name.lower() for r in posting.requirements)
    assert any(r.name == "Stata" or "stata" in r.forms for r in posting.requirements)


def test_a_line_sending_the_reader_elsewhere_asks_nothing():
    """ "Please refer to the full list of OECD Core Competencies": "Please refer" was a skill."""
    posting = read_job(
        "# Analyst\n\nCore Competencies\n\n- Please refer to the full list of Core Competencies and the level 3 indicators.\n"
        "- Excellent drafting skills\n"
    )
    names = [r.name.lower() for r in posting.requirements]
    assert not any("please" in name or "level 3 indicators" in name for name in names)
    assert any("drafting" in name for name in names)


def test_an_advanced_university_degree_is_a_masters():
    """ "An advanced university degree in economics" was read as a bachelor's."""
    posting = read_job(
        "# Statistician\n\nRequirements\n\n- An advanced university degree in economics, statistics or related discipline\n"
        "- Three or more years of research experience\n"
    )
    assert posting.degree == "master"
    assert read_job("# Analyst\n\nRequirements\n\n- University degree in economics\n").degree == "bachelor"


def test_a_credentials_former_name_in_brackets_is_a_form_of_it():
    """ "a Transport for London private hire licence (formerly known as a PCO Licence)": one
    licence, not two; a resume's "PCO licence" meets it."""
    posting = read_job(
        "# Private Hire Driver\n\nRequirements\n\n- You will need a London private hire licence "
        "(formerly known as a PCO Licence).\n- Good knowledge of the city\n"
    )
    licences = [r for r in posting.requirements if r.kind == "license"]
    assert len(licences) == 1
    assert "pco licence" in [form.lower() for form in licences[0].forms]


def test_a_thing_named_in_passing_in_a_long_sentence_is_no_must_have():
    """ "... keep several projects of varying lengths cooking at once": a phrase of a long
    sentence with no word of asking before it was a required skill ("varying lengths cooking")."""
    posting = read_job(
        "# Reporter\n\nRequirements\n\n"
        "- Someone who can win trust in closed-off institutions, persistently pitch stories to editors, and keep "
        "several projects of varying lengths cooking at once without dropping any of them\n"
        "- One year of full-time paid professional newsroom experience working in local, regional or national "
        "news organisations of any kind\n"
    )
    asked = _asked(posting)
    assert asked.get("closed-off institutions") is not True
    assert not any(required for name, required in asked.items() if "varying lengths" in name)
    assert any(required for name, required in asked.items() if "newsroom" in name)  # "... experience" after it asks


def test_a_phrase_after_a_word_of_asking_stays_required():
    posting = read_job(
        "# Superintendent\n\nRequirements\n\n"
        "- Candidates should have hands-on experience managing heavy civil and public roadway construction "
        "projects, including concrete sidewalks, handicap ramps and underground wet utility installation\n"
    )
    asked = _asked(posting)
    assert asked.get("handicap ramps") is True


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("- Excellent clinical skills", "clinical skills"),
        ("- Retail and commercial skills are a must", "commercial skills"),
    ],
)
def test_skills_of_a_field_named_by_its_adjective_are_asked(line, name):
    """ "Excellent clinical skills" asked nothing: "clinical" is too common a word for a term."""
    posting = read_job(f"# Dental Hygienist\n\nRequirements\n\n{line}\n- 2 years of experience\n")
    assert _asked(posting).get(name) is True


@pytest.mark.parametrize(
    "line",
    [
        "- Relevant practical experience",
        "- Educational background in any field",
        "- Fantastic knowledge of the local area",
        "- Natural skills with children",
    ],
)
def test_an_adjective_of_degree_names_no_field(line):
    posting = read_job(f"# Assistant\n\nRequirements\n\n{line}\n- 2 years of experience\n")
    names = [r.name.lower() for r in posting.requirements]
    assert not any(word in name for name in names for word in ("practical", "educational", "fantastic", "natural"))


def test_with_respect_to_is_a_preposition_not_respectfulness():
    posting = read_job(
        "# Buyer\n\nRequirements\n\n- Keep others apprised of status with respect to deadlines\n- Respectful communicator\n"
    )
    assert [r.text for r in posting.requirements if r.name == "Respectfulness"] == ["- Respectful communicator"]


def test_a_credential_sentence_run_into_a_description_is_asked():
    """ "... educational needs. Valid RN License, 3 years RN experience ... Current CPR and EKG
    Certification.": EKG was lost in the paragraph of duties."""
    posting = read_job(
        "# Education Coordinator\n\nResponsible for the planning and evaluation of all hemodialysis training of new "
        "employees; assists the Facility Administrator with staff educational needs. Valid RN License, 3 years RN "
        "experience with at least 2 years in care of renal patients. Current CPR and EKG Certification.\n"
    )
    asked = _asked(posting)
    assert asked.get("ekg certification") is True
    assert asked.get("cpr certification") is True


def test_emr_in_a_clinic_is_the_medical_record_not_amazon_emr():
    posting = read_job(
        "# Front Office Associate\n\nRequirements\n\n- Scan all paperwork into the patient's EMR\n- Customer service\n"
    )
    names = [r.name for r in posting.requirements]
    assert "Amazon EMR" not in names
    assert any("EHR" in name for name in names)


def test_a_smartphone_is_asked_and_android_is_the_phone_not_development():
    posting = read_job(
        "# Courier\n\nRequirements\n\n- Smartphone with data plan (iPhone or Android)\n- Clean driving record\n"
    )
    names = [r.name for r in posting.requirements]
    assert "Android Development" not in names
    assert "Smartphone" in names


def test_pre_requisites_with_a_hyphen_heads_the_asks():
    assert heading_kind("pre-requisites") == "requirements"
    assert heading_kind("prerequisite") == "requirements"


def test_who_to_talk_to_is_a_contact_not_an_ask():
    """The name under "Who to Talk To" was a required skill ("Justine Anderson")."""
    assert heading_kind("who to talk to") == "about"
    posting = read_job("# Lifeguard\n\nRequirements\n\n- Lifeguard certification\n\nWho to Talk To\n\nJane Marlowe\n")
    assert not any("marlowe" in r.name.lower() for r in posting.requirements)


def test_a_credentials_long_capitalised_name_is_one_credential():
    """ "an American Red Cross Basic Lifeguard Certificate": six words, past a term's length."""
    posting = read_job(
        "# Lifeguard\n\nPre-Requisites\n\nAll applicants must possess an American Red Cross Basic Lifeguard Certificate "
        "or a State Department of Health accepted equivalent.\n"
    )
    names = [r.name for r in posting.requirements if r.kind == "certification"]
    assert "American Red Cross Basic Lifeguard Certificate" in names


def test_a_clean_dmv_record_on_a_resume_meets_a_clean_driving_record():
    from ats_match import score
    from ats_match.postings import role_from_job

    posting = read_job("# Courier\n\nRequirements\n\n- Clean driving record\n- Valid driver's license\n")
    resume = "Jo Doe\n\nLICENSES\n- California Class C driver's license, clean DMV record (no points)\n"
    report = score(resume.encode(), role_from_job(posting))
    status = {r.name: r.status for r in report.requirements}
    assert status["Clean driving record"] == "met"


@pytest.mark.parametrize(
    ("asked", "product"),
    [
        ("video editing software", "after effects"),
        ("audio editing software", "adobe audition"),
        ("scheduling software", "google calendar"),
        ("email software", "microsoft outlook"),
    ],
)
def test_a_shorter_name_of_a_kind_of_software_is_shown_by_its_products(asked, product):
    """ "audio editing software" was no kind O*NET files ("Music or sound editing software"),
    so a resume's Pro Tools did not show it (set 124's sound engineer)."""
    from ats_match.postings.vocabulary import software_of_kind

    assert product in [form.lower() for form in software_of_kind(asked)]


def test_a_name_several_kinds_hold_names_none():
    from ats_match.postings.vocabulary import software_of_kind

    assert software_of_kind("design software") == ()
    assert software_of_kind("database software") == ()


def test_tech_words_in_an_ads_perks_do_not_make_it_a_tech_posting():
    """ "No feast-or-famine. No chatbots." and HIPAA routes in a courier's pitch made it a
    tech posting, where Android in "(iPhone or Android)" is Android development."""
    posting = read_job(
        "# Drive With Us\n\nMedical routes run every day. No feast-or-famine.\n\nCall us directly. No chatbots.\n\n"
        "Medical / HIPAA routes pay more. HIPAA training provided.\n\n"
        "## Requirements\n\n- Smartphone with data plan (iPhone or Android)\n- Clean driving record\n"
    )
    names = {r.name for r in posting.requirements}
    assert not {"Android Development", "Conversational AI", "Data Privacy (GDPR, HIPAA)"} & names


def test_mojibake_is_undone_before_reading():
    """ "A Bachelorâ€™s of Science degree in Nursing" (UTF-8 read as Windows-1252 on the
    page it was copied from) asked no degree."""
    posting = read_job(
        "# Public Health Nurse\n\nMinimum Qual Requirements\n\n"
        "1. A Bachelorâ€™s of Science degree in Nursing from a regionally-accredited college\n"
        "2. A license to practice as a Registered Professional Nurse in New York State\n"
    )
    assert posting.degree == "bachelor"
    assert posting.degree_field == "Nursing"


def test_text_without_mojibake_is_left_as_written():
    from ats_match.postings.load import posting_text

    text = "# Café Manager\n\nRequirements\n\n- “Barista” experience — 2 years\n"
    assert posting_text(text)[0] == text


def test_a_paragraph_under_preferred_skills_asks_its_wishes_as_wishes():
    """A NYC civil-service "Preferred Skills" paragraph asked nothing: "Excellent interpersonal,
    communication and presentation skills; for appointment ..." was no sentence that asks (its
    sentence ran on past a semicolon), and what it asks is preferred, not required."""
    posting = read_job(
        "# Nurse\n\n## Preferred Skills\n\nExcellent interpersonal, communication and presentation skills;  for "
        "appointment to the program, individual must be able to perform Cardio-Pulmonary Resuscitation.\n"
    )
    asked = _asked(posting)
    assert asked.get("interpersonal skills") is False
    assert asked.get("communication") is False  # not swallowed by "communication and presentation"
    assert asked.get("presentation skills") is False
    assert asked.get("cpr certification") is True  # "must": required wherever it stands


def test_a_job_banks_field_labels_head_their_values():
    """Canada's Job Bank writes its fields as bold labels: "**Personal Suitability**" over
    the qualities asked was read as part of "Work Location Information" (about the job), and
    the label "Credentials (certificates, licences, memberships, courses, etc.)" asked
    "memberships"."""
    posting = read_job(
        "# Dog Groomer\n\n**Credentials (certificates, licences, memberships, courses, etc.)**  \nPet Grooming Certificate\n\n"
        "**Work Location Information**  \nRelocation costs not covered by employer\n\n"
        "**Personal Suitability**  \nEffective interpersonal skills; Flexibility; Team player; Reliability\n\n"
        "**Pet Grooming Specific Skills**  \nTeeth cleaning; Nail clipping; Flea baths; Ear cleaning; Show clipping\n"
    )
    asked = _asked(posting)
    assert "memberships" not in asked
    assert asked.get("teamwork") is True and asked.get("interpersonal skills") is True
    assert asked.get("nail clipping") is True  # a list written as a line: every item asked


def test_a_job_banks_field_labels_are_no_asks_themselves():
    posting = read_job(
        "# Dog Groomer\n\nJob requirements\n\n**Personal Suitability**  \nTeam player; Reliability; Flexibility\n\n"
        "**Pet Grooming Specific Skills**  \nTeeth cleaning; Nail clipping; Flea baths\n"
    )
    names = [r.name.lower() for r in posting.requirements]
    assert not any("suitability" in name or "specific" in name for name in names)


def test_what_the_jobs_holder_must_be_is_asked():
    posting = read_job(
        "# Senior Technologist\n\n**Responsibilities:**\n\n- Conduct plant trials to create prototypes\n\n"
        "**Job Complexity**\n\n- This position requires working with Plant Management. The Sr. Technologist must be a "
        "good problem solver, able to identify and analyze the correct data.\n\n**Education**: BS in Food Science\n"
    )
    assert _asked(posting).get("problem solving") is True


def test_please_apply_if_you_have_still_asks():
    posting = read_job(
        "# Sales Assistant\n\nRequirements\n\n- Please apply only if you have retail merchandising experience\n"
        "- Please refer to our website for the full list of Core Competencies\n"
    )
    names = [r.name.lower() for r in posting.requirements]
    assert "retail merchandising" in names
    assert not any("website" in name or "core competencies" in name for name in names)


def test_a_credential_the_employer_provides_is_no_ask():
    posting = read_job(
        "# Security Officer\n\nJoin our security team at a busy shopping centre. Full training and SIA licence "
        "provided for the right person.\n"
    )
    assert not any("SIA" in r.name for r in posting.requirements)


def test_with_respect_to_before_a_verb_is_respect():
    posting = read_job(
        "# Care Assistant\n\nRequirements\n\n- Treat every resident with respect to preserve their dignity\n"
    )
    assert "Respectfulness" in [r.name for r in posting.requirements]


@pytest.mark.parametrize(
    "line",
    [
        "- Exposure to IFRS reporting, month-end close and intercompany reconciliations within a fast-paced finance "
        "team of a listed company, ideally gained over two or more reporting cycles",
        "- Awareness of COSHH regulations, manual handling procedures and infection control practice as applied in "
        "a busy residential home on every shift",
    ],
)
def test_a_long_item_opening_with_a_word_of_asking_keeps_its_asks(line):
    posting = read_job(f"# Assistant\n\nRequirements\n\n{line}\n")
    asked = _asked(posting)
    assert any(required for name, required in asked.items() if "month-end" in name or "coshh" in name)


def test_a_prerequisites_heading_is_no_ask_of_its_own():
    posting = read_job("# Lifeguard\n\nPre-Requisites\n\n- Lifeguard Certificate\n- CPR certification\n")
    assert not any("requisite" in r.name.lower() for r in posting.requirements)


def test_an_advanced_college_degree_is_a_masters_and_bachelors_or_higher_a_bachelors():
    assert read_job("# Nurse Educator\n\nRequirements\n\n- An advanced college degree in nursing\n").degree == "master"
    assert (
        read_job("# Accountant\n\nRequirements\n\n- Bachelor's or higher degree in accounting\n").degree == "bachelor"
    )


def test_an_android_device_is_a_phone_outside_tech():
    posting = read_job("# Courier\n\nRequirements\n\n- Must own an Android device\n- Clean driving record\n")
    assert "Android Development" not in [r.name for r in posting.requirements]


def test_tech_words_in_a_perks_list_do_not_make_it_a_tech_posting():
    posting = read_job(
        "# Drive With Us\n\nWhy drive with us\n\n- No chatbots: call a real dispatcher\n- Medical / HIPAA routes pay more\n"
        "- HIPAA training provided\n\nRequirements\n\n- Smartphone with data plan (iPhone or Android)\n"
    )
    assert "Android Development" not in [r.name for r in posting.requirements]


def test_flexibility_to_work_hours_is_a_schedule_not_adaptability():
    posting = read_job(
        "# Audio Engineer\n\nRequirements\n\n- Flexibility to work irregular hours, including evenings and weekends\n"
        "- Mixing consoles\n"
    )
    names = [r.name.lower() for r in posting.requirements]
    assert "adaptability" not in names and "irregular" not in names
    adaptable = read_job("# Audio Engineer\n\nRequirements\n\n- Flexible and adaptable to change\n- Mixing consoles\n")
    assert "Adaptability" in [r.name for r in adaptable.requirements]


def test_a_day_and_a_months_abbreviation_is_a_date():
    posting = read_job("# GP\n\nRequirements\n\n- 15 APR | Job Id: RP001137\n- MBBS\n")
    assert "APR" not in [r.name for r in posting.requirements]


def test_the_role_built_from_a_posting_votes_on_tech_as_the_posting_does():
    """role_from_job decided "tech posting" on every tech term it saw, so a courier's "No
    chatbots." and HIPAA routes put Android development and conversational AI in the role
    the resume is scored against, though read_job had left them out."""
    from ats_match.postings import role_from_job

    role = role_from_job(
        "# Drive With Us\n\nMedical routes run every day. No feast-or-famine.\n\nCall us directly. No chatbots.\n\n"
        "Medical / HIPAA routes pay more. HIPAA training provided.\n\n"
        "## Requirements\n\n- Smartphone with data plan (iPhone or Android)\n- Clean driving record\n"
    )
    ids = {item.id for item in role.items}
    assert not {"android", "conversational-ai", "feature-store"} & ids
    assert "tool-smartphone" in ids
