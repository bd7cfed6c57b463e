"""Regressions of the rules learnt this round (blind sets 139 to 150: real postings and resumes
labelled by hand before the product ran on them): each test is one rule, on text written here."""

from __future__ import annotations

from ats_match import read_job


def _names(text: str) -> set[str]:
    return {r.name for r in read_job(text).requirements}


def test_the_employers_own_name_and_its_acronym_are_not_asked():
    """A job board's header repeats the employer under "Degrees required:", and its staff say
    "PPNCS' commitment": neither the name ("Planned" read as a verb left "Parenthood North
    Central States") nor the acronym the posting spells out with that name is a skill."""
    names = _names(
        "# Registered Nurse\n\nPlanned Parenthood North Central States - Minnesota\n\n"
        "Degrees required: Nursing degree required\nPlanned Parenthood North Central States\n\n"
        "About Us:\nAt Planned Parenthood North Central States (PPNCS), we believe in care.\n\n"
        "Minimum Qualifications:\n- Active RN license\n- Ability to work with individuals from diverse"
        " backgrounds and demonstrate PPNCS' commitment to diversity\n- Working knowledge of telemetry\n\n"
        "Planned Parenthood is an equal opportunity employer.\n"
    )
    assert not any("Parenthood" in name or name == "PPNCS" for name in names), names
    assert "telemetry" in {n.lower() for n in names}


def test_an_organisation_the_posting_names_is_still_asked_when_it_is_not_the_employer():
    """The Environmental Protection Agency is an organisation the posting names, not the
    employer: its EPA certificate is still asked."""
    names = _names(
        "# HVAC Mechanic\n\nThe City of Springfield is hiring.\n\n## Requirements\n\n"
        "- An Environmental Protection Agency (EPA) approved Universal Technician Certificate is required.\n"
    )
    assert any("EPA" in name for name in names), names


def test_a_degree_field_is_no_soft_skill_in_a_tech_posting_either():
    """ "Bachelor's degree in Marketing, Communications or a related field" in a digital
    marketing posting (read as tech for its tools) asked for a degree, not communication skills."""
    posting = read_job(
        "# Digital Marketing Manager\n\n## Requirements\n\n- Experience with HubSpot and Google Analytics\n"
        "- Strong understanding of SEO\n- Bachelor's degree in Marketing, Communications or a related field\n"
    )
    assert "Communication" not in {r.name for r in posting.requirements}
    assert posting.degree == "bachelor"
    soft = read_job("# Account Manager\n\n## Requirements\n\n- Excellent communication skills\n- Salesforce\n")
    assert "Communication" in {r.name for r in soft.requirements}
