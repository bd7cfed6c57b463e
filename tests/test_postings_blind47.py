"""Regressions of the rules blind sets 47 and 48 taught (real postings and resumes labelled
by hand before the product ran on them): each test is one rule, on text written here."""

from __future__ import annotations

import json

import pytest

from ats_match import read_job
from ats_match.postings.lexicon import lexicon_dir
from ats_match.postings.vocabulary import software_of_kind
from helpers import statuses_against_posting as _status

_RESUME = "Jane Doe\njane@example.com\n\n## Experience\n\nAccounts clerk, Acme Ltd, 2020-2024\n{}\n"


def _met(posting_line: str, resume_line: str) -> dict[str, str]:
    return _status(f"# Accounts Assistant\n\n## Requirements\n\n- {posting_line}\n", _RESUME.format(resume_line))


def test_a_closed_compound_is_met_by_its_hyphenated_spelling():
    assert set(_met("Bookkeeping experience", "- Freelance Book-keeping for three sole traders.").values()) == {"met"}
    assert set(_met("Bookkeeping experience", "- Kept the book of visitors.").values()) == {"missing"}


def test_two_everyday_words_apart_are_not_the_compound_they_make():
    # "underwriting" is "under" + "writing", but a deadline one works under is no underwriting
    assert set(_met("Underwriting experience", "- Worked under writing deadlines every week.").values()) == {"missing"}


@pytest.mark.parametrize(
    ("asked", "named"),
    [
        ("Experience with accounts software", "- Posted supplier invoices in QuickBooks Online."),
        ("Accounting software packages", "- Month-end in Sage 50 for two companies."),
        ("Knowledge of CRM systems", "- Kept customer records in Salesforce."),
        ("Spreadsheet software", "- Built the weekly cash report in Google Sheets."),
    ],
)
def test_a_kind_of_software_is_met_by_a_product_of_that_kind(asked, named):
    assert set(_met(asked, named).values()) == {"met"}


def test_a_product_of_another_kind_does_not_meet_a_kind_of_software():
    assert set(_met("Experience with accounts software", "- Kept customer records in Salesforce.").values()) == {
        "missing"
    }


def test_the_kinds_of_software_are_o_net_filing():
    assert "quickbooks" in software_of_kind("accounts software")
    assert "salesforce" in software_of_kind("CRM")
    assert software_of_kind("accounting") == ()  # a skill, not a program
    assert software_of_kind("Microsoft Excel") == ()  # a product, not a kind


def test_each_product_is_filed_under_the_kind_most_occupations_give_it():
    data = json.loads((lexicon_dir() / "onet_lexicon.json").read_text(encoding="utf-8"))
    entries = data["entries"]
    kinds = {title: [entries[n][0] for n in members] for title, members in data["software_kinds"]}
    assert "Microsoft Excel" in kinds["Spreadsheet software"]
    assert "Intuit QuickBooks" in kinds["Accounting software"]
    filed = [name for members in kinds.values() for name in members]
    assert len(filed) == len(set(filed))  # one kind each
    assert all(entries[n][1] == "tool" for _, members in data["software_kinds"] for n in members)


def test_not_being_a_specialist_in_a_subject_is_no_claim_to_it():
    posting = "# Communications Officer\n\n## Preferred\n\n- Knowledge of food system sustainability\n"
    resume = (
        "Jan Jansen\njan@example.com\n\n## Summary\n\nCommunications officer. Writes content about food "
        "systems for the public. Not a technical or policy specialist in protein science or sustainability.\n"
    )
    assert set(_status(posting, resume).values()) == {"missing"}


def test_you_should_apply_if_heads_the_requirements():
    posting = read_job(
        "# Legal Counsel\n\n**You'll spend your time:**\n\n- Drafting commercial agreements\n\n"
        "**You should apply if:**\n\n- You have a minimum of five years of experience.\n"
        "- You have a JD and are a member of a State Bar.\n\n"
        "**We'd especially love to hear from you if:**\n\n- You have open source licensing experience.\n\n"
        "**Interested?**\n\nPlease apply below!\n"
    )
    assert posting.years == 5
    assert posting.degree == "phd"
    required = {r.name: r.required for r in posting.requirements}
    assert required["Bar admission"] is True
    assert required["open source licensing experience"] is False


def test_a_heading_about_how_to_apply_asks_for_nothing():
    posting = read_job(
        "# Clerk\n\n## Requirements\n\n- Data entry\n\nTo apply, please send the following documents:\n\n"
        "- A cover letter in PDF format\n"
    )
    assert [r.name for r in posting.requirements] == ["Data entry"]


def test_a_secondary_diploma_is_high_school_and_a_post_secondary_one_is_not():
    assert read_job("# Clerk\n\n## Requirements\n\n- You have a secondary diploma degree\n").degree == "high school"
    assert read_job("# Clerk\n\n## Requirements\n\n- Post-secondary diploma in accounting\n").degree == "associate"


def test_not_yet_admitted_to_the_bar_is_no_bar_admission():
    posting = "# Legal Counsel\n\n## Requirements\n\n- A member of a State Bar in good standing\n"
    resume = (
        "Sam Lee\nsam@example.com\n\n## Licences\n\n"
        "- Massachusetts bar exam - sitting July 2026; not yet admitted to any US state bar\n"
    )
    assert _status(posting, resume)["Bar admission"] == "missing"
    admitted = "Sam Lee\nsam@example.com\n\n## Licences\n\n- Admitted to the New York State Bar, 2019\n"
    assert _status(posting, admitted)["Bar admission"] == "met"


def test_a_state_named_before_a_licence_is_the_licence_to_practise_there():
    posting = read_job(
        "# Pediatric Therapist\n\nWe are a small practice.\n\n"
        "Early Intervention credential preferred, but not required. Active Illinois license and Driver's license "
        "required.\n"
    )
    kinds = {r.name: (r.kind, r.required) for r in posting.requirements}
    assert kinds["Illinois license"] == ("license", True)
    assert kinds["Early Intervention credential"] == ("certification", False)
    assert "licensed in Illinois" in next(r.forms for r in posting.requirements if r.name == "Illinois license")


def test_a_state_before_a_licence_that_names_what_it_is_for_is_no_licence_of_its_own():
    names = [
        r.name
        for r in read_job(
            "# Nurse\n\n## Requirements\n\n- Valid Nebraska license as a nurse\n- Telemetry experience\n"
        ).requirements
    ]
    assert "Nebraska license" not in names
    assert [r.name for r in read_job("# Nurse\n\n## Requirements\n\n- New York license required\n").requirements] == [
        "New York license"
    ]


def test_a_lead_in_that_ends_we_offer_opens_the_benefits():
    posting = read_job(
        "# Employment Opportunities\n\nWe are practicing therapists with over 30 years of combined pediatric "
        "experience. We offer:\n\n- Paid vacation\n- Continuing Education reimbursement\n- Flexible scheduling\n\n"
        "You will work with experienced therapists who value patient care and career development. Active "
        "Illinois license and Driver's license required.\n"
    )
    names = {r.name for r in posting.requirements}
    assert not names & {"Paid vacation", "Continuing Education reimbursement", "Flexible scheduling"}
    assert "Illinois license" in names  # the paragraph after the list is the posting again
    assert posting.years is None  # the practice's 30 years are not asked of anyone


def test_a_cue_in_brackets_about_another_item_is_that_items():
    posting = read_job(
        "# Territory Manager\n\n## Requirements\n\n- Full Class 1 Licence (Class 2 is an advantage and will be required)\n"
        "- CPR certification (this is a plus)\n"
    )
    required = {r.name: r.required for r in posting.requirements}
    assert required["Class 1 Licence"] is True
    assert required["CPR certification"] is False  # "this is a plus" is said of the CPR


def test_candidates_who_have_asks_in_prose_and_what_happened_to_them_does_not():
    asked = read_job(
        "# Stores Person\n\nWe are keen to speak to candidates who have strong computer skills and experience "
        "within a stores environment.\n\n## Duties\n\n- Picking orders\n"
    )
    assert {"Computer skills", "stores experience"} <= {r.name for r in asked.requirements}
    happened = read_job(
        "# HVAC Technician\n\n## Requirements\n\n- EPA 608 certification\n\n## Notes\n\n"
        "Applicants who have received a regular appointment to a City position will be considered Promotional "
        "candidates.\n"
    )
    assert len(happened.requirements) == 1  # the certification, nothing of the notes


def test_work_to_be_done_excellently_asks_for_the_skill_unless_the_employer_says_it_of_itself():
    asked = read_job(
        "# Sales Person\n\nThis fast growing company is looking to recruit a motivated sales person to offer "
        "excellent customer service. You will be answering sales enquiries and processing orders.\n"
    )
    assert "Customer service" in {r.name for r in asked.requirements}
    boast = read_job(
        "# Sales Person\n\nWe pride ourselves on providing excellent customer service to every client.\n\n"
        "## Requirements\n\n- Forklift licence\n"
    )
    assert "Customer service" not in {r.name for r in boast.requirements}


def test_manual_work_and_where_it_is_done_are_physical_demands():
    posting = read_job(
        "# Garden Centre Worker\n\n## Requirements\n\n- Ability to move hoses, hang tarps or shade cloth, hang plant "
        "baskets, ect.\n- Ability to work on uneven surfaces and use step-ladders or higher\n- Plant identification\n"
    )
    assert [r.name for r in posting.requirements] == ["Plant identification"]


@pytest.mark.parametrize(
    "work",
    [
        "- Maintained a 4.9 / 5 customer satisfaction rating across post-install surveys.",
        "- Checked out 150+ shoppers per shift and resolved complaints calmly at the service desk.",
    ],
)
def test_customer_service_is_shown_by_the_customers_served(work):
    posting = "# Installer\n\n## Requirements\n\n- Excellent customer service\n"
    assert _status(posting, _RESUME.format(work))["Customer service"] == "met"


def test_customer_service_is_not_shown_by_a_satisfaction_of_ones_own():
    posting = "# Installer\n\n## Requirements\n\n- Excellent customer service\n"
    assert _status(posting, _RESUME.format("- Job satisfaction comes from a neat install."))["Customer service"] == (
        "missing"
    )


def test_a_diploma_named_by_its_abbreviation_is_a_credential():
    posting = read_job(
        "# Personal Support Worker\n\n## Requirements\n\n- PSW Diploma from a Canadian Institution (required)\n"
    )
    kinds = {r.name: r.kind for r in posting.requirements}
    assert kinds.get("PSW Diploma") == "certification"


def test_drives_licence_is_a_drivers_licence():
    posting = read_job("# Roofer\n\n## Skills and experience\n\n- Drives Licence and Car essential\n")
    assert "Driver's license" in {r.name for r in posting.requirements}


def test_a_licence_named_before_a_drivers_licence_is_the_one_asked():
    posting = "# Sign Installer\n\n## Requirements\n\n- CDL driver license (or ability to obtain one)\n"
    assert [r.name for r in read_job(posting).requirements] == ["Commercial Driver's License (CDL)"]
    resume = _RESUME.format("- Wisconsin Class D driver's licence. I do not currently hold a CDL.")
    assert set(_status(posting, resume).values()) == {"missing"}


def test_a_licence_class_is_met_by_the_class_and_the_licence_in_one_line():
    posting = "# Class 3 Driver\n\n## Requirements\n\n- Minimum Class 3 License\n"
    met = _RESUME.format("- Nova Scotia Class 3 driver's licence with air brake endorsement")
    assert set(_status(posting, met).values()) == {"met"}
    assert set(_status(posting, _RESUME.format("- Class 5 driver's licence")).values()) == {"missing"}


def test_a_degrees_subject_is_no_evidence_of_the_skill_it_names():
    posting = "# Graphic Designer\n\n## Requirements\n\n- Strong communication skills\n- Microsoft Excel\n"
    resume = (
        "Priya Raman\npriya@example.com\n\n## Education\n\nB.Sc. Visual Communication - PSG College, 2020\n\n"
        "## Skills\n\nMS Excel\n"
    )
    statuses = _status(posting, resume)
    assert statuses["Communication"] == "missing"
    assert statuses["Microsoft Excel"] == "met"  # "MS" is Microsoft, no degree


def test_documents_to_send_are_no_requirements():
    posting = read_job(
        "# Care Assistant\n\n## Requirements\n\n- Previous experience in a care home setting\n\n"
        "As a recruitment agency, we require all our candidates to provide us with certain compliance documents. "
        "These documents include:\n\n- Scanned Colour Passport or Visa\n- Passport Sized Photo\n"
    )
    names = {r.name for r in posting.requirements}
    assert not {n for n in names if "Passport" in n}


def test_a_named_safety_training_is_a_skill_and_an_expired_one_is_missing():
    posting = "# Care Assistant\n\n## Requirements\n\n- Mandatory and Statutory training\n  - Fire Safety\n"
    assert "Fire Safety" in {r.name for r in read_job(posting).requirements}
    assert _status(posting, _RESUME.format("- Fire Safety Awareness (expired 2021)"))["Fire Safety"] == "missing"
    assert _status(posting, _RESUME.format("- Fire Safety Awareness, renewed 2025"))["Fire Safety"] == "met"


def test_two_words_of_a_posting_are_met_by_the_one_word_a_resume_writes():
    posting = (
        "# Care Assistant\n\n## Requirements\n\n"
        "- Previous experience working as a Health Care Assistant in a care home setting\n"
    )
    resume = _RESUME.format("- Healthcare Assistant with two years in a UK residential home.")
    assert _status(posting, resume)["Health Care Assistant experience"] == "met"


def test_contractions_and_because_end_a_phrase():
    posting = read_job(
        "# Vet Technician\n\n## Requirements\n\n- Isolation nursing, because it's contagious, is done in PPE\n"
    )
    assert not any("because" in r.name or "it's" in r.name for r in posting.requirements)


def test_a_field_word_before_a_certification_is_part_of_it():
    posting = read_job(
        "# Nanny\n\n## Requirements\n\n- A childcare first aid certificate or the ability to obtain one\n"
    )
    assert [r.name for r in posting.requirements] == ["First aid certification"]
    assert "childcare first aid certificate" in posting.requirements[0].forms
    valid = read_job("# Nanny\n\n## Requirements\n\n- A valid first aid certificate\n")
    # "valid" is no field word of the certificate (its name stays); the posting's wording stays a form
    assert [r.name for r in valid.requirements] == ["First aid certification"]


def test_experience_working_on_or_having_worked_in_a_field_is_asked():
    boats = read_job(
        "# Carpenter\n\n## Requirements\n\n- Experience: previous experience working on boats is preferable but not "
        "a necessity.\n- Own hand tools\n"
    )
    assert {r.name: r.required for r in boats.requirements}.get("boats experience") is False
    worked = read_job(
        "# Bakery Production Worker\n\n## About you\n\n- You have previously worked in a manufacturing environment\n"
    )
    assert "manufacturing experience" in {r.name for r in worked.requirements}


def test_who_to_contact_and_where_the_job_is_are_no_requirements():
    posting = read_job(
        "# Sales Specialist\n\n**Experienced sales representative required in Kensington**\n\n"
        "The candidate will have good technical knowledge and a valid forklift licence.\n\n"
        "Contact information:\n\nCaroline Lono\nLM Manutentions\nP.O. Box 2698\nMorin Heights, Quebec\n"
    )
    names = {r.name for r in posting.requirements}
    assert not names & {"Kensington", "Caroline Lono", "LM Manutentions", "Morin Heights"}
    assert names  # the asks are still read


def test_the_candidate_will_have_asks_from_the_ask_on():
    posting = read_job(
        "# Marine Technician\n\nReporting to the Oceanographic Technical Services Manager, the successful applicant "
        "will possess a valid forklift licence. We are looking for candidates who already possess seagoing "
        "experience.\n"
    )
    names = {r.name for r in posting.requirements}
    assert "seagoing" in names or "seagoing experience" in names
    assert "Oceanographic Technical Services Manager" not in names  # whom one reports to
    bulletin = read_job(
        "# Clerk\n\n## Requirements\n\n- Data entry\n\n## Notes\n\n"
        "Candidates will have seniority credits added to their examination grade for qualifying service.\n"
    )
    assert [r.name for r in bulletin.requirements] == ["Data entry"]


def test_experience_of_a_field_is_asked_and_if_you_have_it_is_a_preference():
    posting = read_job(
        "# Cleaner\n\nWe are always looking for sub-contractors to help our clients in their domestic needs.\n\n"
        "If you have prior experience of domestic help, great! If not, we can create opportunities for you.\n"
    )
    assert {r.name: r.required for r in posting.requirements}.get("domestic help experience") is False
    listed = read_job("# Care Assistant\n\n## Requirements\n\n- Experience of domestic help\n")
    assert {r.name: r.required for r in listed.requirements}.get("domestic help experience") is True


def test_the_joining_process_lists_what_to_send_not_what_is_asked():
    posting = read_job(
        "# Join Us\n\nIf you have prior experience of domestic help, great!\n\n### Joining process\n"
        "In order to on board on our sub-contractor panel, we need certain documentation, mentioned below:\n"
        "1. Latest CV/Resume\n2. Permanent Address\n3. Australian Business Number (ABN) for payments\n"
    )
    assert [r.name for r in posting.requirements] == ["domestic help experience"]
