"""Regressions of the rules blind sets 139 to 144 taught (real postings and resumes labelled
by hand before the product ran on them): each test is one rule, on text written here."""

from __future__ import annotations

from ats_match import read_job
from ats_match.matching.qualifiers import qualify
from helpers import required_by_name, statuses_against_posting

_RESUME = "Jane Doe\njane@example.com\n\n## Experience\n\nTechnician, Acme Ltd, 2019-2024\n{}\n"


def test_a_list_of_which_some_items_will_do_is_preferred():
    """ "looking for people with experience in a number of the following areas:" (a Markdown
    heading of 21 words over the list): no item is a must, and the tools named in it were
    read as required while the phrases beside them were preferred."""
    asked = required_by_name(
        "# Linux Systems Administrator\n\nAcme is hiring.\n\n## The team has a variety of responsibilities and is"
        " looking for people with experience in a number of the following areas:\n\n"
        "* Managing servers using Chef, Puppet or cfengine\n* Docker containers\n\n"
        "## Responsibilities\n\n* Deploy servers\n\n## Expected traits\n\n* Fluent in English\n"
    )
    assert asked["Chef"] is False and asked["Puppet"] is False and asked["Docker"] is False
    assert asked["English"] is True


def test_a_lead_that_still_asks_keeps_its_list_required():
    """A review's misfires: "Candidates must possess any of the following:", "Bachelor's degree
    in any of the following fields:" and a plain lead line over its list ask as before; only a
    heading of its own that says some of the list will do makes the list preferred."""
    posting = read_job(
        "# Driver\n\n## Requirements\n\nCandidates must possess any of the following:\n\n- CDL Class A\n"
        "- Clean driving record\n- DOT medical card\n"
    )
    assert all(r.required for r in posting.requirements if r.kind != "experience")
    asked = required_by_name(
        "# Platform Engineer\n\n## Requirements\n\n- Strong SQL skills\n\n"
        "## Experience with one or more of the following\n\n- Kubernetes\n- Ansible\n"
    )
    assert asked["Kubernetes"] is False and asked["Ansible"] is False
    assert asked["SQL"] is True


def test_names_listed_after_a_label_and_dash_are_each_asked():
    """ "General networking - VPN, Wifi, VLANs, Firewalls, DHCP, DNS": what follows the dash is
    the label's list, not a story that illustrates it; only the label was read."""
    posting = read_job(
        "# Sysadmin\n\n## Requirements\n\n* General networking - VPN, Wifi, VLANs, Firewalls, DHCP, DNS\n"
        "* Discretion & professionalism - Many of our clients live in gated communities, so care matters.\n"
    )
    names = {r.name.lower() for r in posting.requirements}
    assert {"vlans", "wifi"} <= names
    assert not any("gated" in name or "clients" in name for name in names)
    perks = read_job(
        "# Clerk\n\n## Requirements\n\n- Data entry\n- Perks - Free parking, Tuition reimbursement, Gym membership\n"
    )
    assert not any("parking" in r.name.lower() or "gym" in r.name.lower() for r in perks.requirements)


def _status(posting_lines: str, resume_line: str) -> dict[str, str]:
    statuses = statuses_against_posting(
        f"# Technician\n\n## Requirements\n\n{posting_lines}\n", _RESUME.format(resume_line)
    )
    return {name.lower(): status for name, status in statuses.items()}


def test_a_list_opened_by_no_and_closed_by_experience_is_negated_item_by_item():
    """ "No Chef, cfengine, Foreman or OpenStack experience": "no" stood five words before the
    last item, out of a single negation word's reach."""
    status = _status(
        "- Kubernetes\n- Ansible\n- Terraform", "- No Kubernetes, Puppet, Foreman or Ansible experience yet"
    )
    assert status["kubernetes"] == "missing" and status["ansible"] == "missing"
    status = _status("- Kubernetes\n- Ansible", "- Ran Kubernetes clusters; no Ansible experience")
    assert status["kubernetes"] == "met" and status["ansible"] == "missing"


def test_a_label_whose_statement_says_it_is_not_done_is_not_evidence():
    """ "Excel: I have not used it at work yet": the label alone read as a skill listed."""
    status = _status(
        "- Microsoft Excel\n- Python", "- Excel: I have not used it at work yet.\n- Python: built ETL jobs"
    )
    assert status["microsoft excel"] == "missing" and status["python"] == "met"


def test_a_placement_scheduled_and_a_course_signed_up_for_are_not_held():
    status = _status(
        "- Phlebotomy\n- Forklift certification",
        "- Venipuncture practicum is scheduled for next semester\n"
        "- Forklift: I am signed up for the forklift operator certification class next month",
    )
    assert status["phlebotomy"] == "missing"
    assert all(value == "missing" for name, value in status.items() if "forklift" in name)


def test_an_exam_being_sat_and_a_tool_being_self_taught_are_not_held():
    status = _status(
        "- Professional Engineer (PE) license\n- Salesforce",
        "- PE: I passed the FE and am sitting the PE Power exam in October\n"
        "- Currently teaching myself Salesforce through Trailhead",
    )
    assert status == {"professional engineer (pe)": "missing", "salesforce software": "missing"}


def test_have_not_set_up_is_not_done():
    """An irregular participle: "so I have not set up or maintained CI pipelines myself"."""
    line = "Builds are owned by a release team, so I have not set up or maintained Jenkins pipelines myself"
    at = line.index("Jenkins")
    assert qualify(line, at, at + len("Jenkins")).kind == "negated"


def test_a_high_school_by_its_name_is_where_the_job_is_not_a_diploma():
    posting = read_job(
        "# TEACHER SECONDARY MUSIC\n\nLake Pend Oreille School District\nLocation: Idaho\n\nJob Posting ID: 178\n\n"
        "Location(s): SANDPOINT HIGH SCHOOL\n\nEmployment Type: Full Time\n\n## Requirements\n\n"
        "- Idaho teaching certificate\n\nGENERAL INFO\n\nTeacher - Secondary Music at Sandpoint High School\n"
    )
    assert posting.degree is None
    assert read_job("# Clerk\n\n## Requirements\n\n- Completed High School or GED\n").degree == "high school"


def test_a_degree_that_pay_rewards_is_not_asked():
    posting = read_job(
        "# Music Teacher\n\n## Requirements\n\n- Idaho teaching certificate\n\n"
        "There are stipends available for education levels at Doctorate Degree and National Board Certification.\n"
    )
    assert posting.degree is None


def test_two_years_science_degree_is_an_associate_degree():
    posting = read_job("# Lab Technician\n\n## Requirements\n\n- 2 or more years science degree\n- Accurate records\n")
    assert posting.degree == "associate" and posting.years is None


def test_a_years_commitment_to_stay_is_no_experience():
    posting = read_job(
        "# Medical Assistant\n\nRequirements:\n\nHas completed a certified training program\n"
        "For recent college graduates, Women's Health Services will provide on the job training in the medical area,"
        " in place of CMA degree, in exchange for a 1 year commitment to the center\n"
    )
    assert posting.years is None


def test_what_the_review_found_the_resume_rules_misread():
    """Achievements said the other way round, others' lack, a plan for another credential and a
    placement's finished work are held."""
    status = _status(
        "- CDL Class A\n- Zendesk\n- Cash handling\n- Basic Life Support (BLS)\n- HACCP",
        "- CDL Class A: have not missed a delivery window in 3 years\n"
        "- Resolved 50 tickets a day with no escalations using the Zendesk knowledge base\n"
        "- Trained 15 new hires with no retail, POS, or cash handling experience\n"
        "- BLS and ACLS (AHA, current), signed up for PALS in March\n"
        "- Have not cut corners on HACCP in 10 years of kitchen management",
    )
    assert set(status.values()) == {"met"}, status


def test_what_the_review_found_the_degree_rules_misread():
    def degree(line: str) -> str | None:
        return read_job(f"# Counselor\n\n## Requirements\n\n{line}\n- Case notes\n").degree

    assert degree("- Graduation from an Accredited High School") == "high school"
    assert degree("- Master's degree in Counseling\n- Minimum 2 years post degree clinical experience") == "master"
    assert degree("- Bachelor's degree required, with a $2,000 stipend for a Master's degree") == "bachelor"
