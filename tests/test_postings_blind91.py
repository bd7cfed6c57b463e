"""Regressions of the rules blind sets 91 to 94 taught, and of what the sets before them
still missed (real postings and resumes labelled by hand before the product ran on them):
each test is one rule, on text written here."""

from __future__ import annotations

from ats_match import read_job


def test_a_sentence_opening_with_requirements_include_asks():
    """ "Requirements include a solid work ethic, ... and great customer service." in an
    employer's paragraph: the sentence names what is required, though no heading does."""
    posting = read_job(
        "# Service Technician\n\nWe are a family firm that has served the valley for thirty years and we "
        "treat our people like family. Requirements include a solid work ethic, quality workmanship, and "
        "great customer service.\n\nCall the office to apply.\n"
    )
    names = {r.name.lower(): r for r in posting.requirements}
    assert "customer service" in names and names["customer service"].required
    assert "work ethic" in names


def test_the_employers_own_requirements_in_a_sentence_ask_nothing():
    posting = read_job(
        "# Service Technician\n\nOur requirements include a clean shop, and we keep to them.\n\n"
        "Requirements:\n- EPA 608 certification\n"
    )
    assert not [r for r in posting.requirements if "clean shop" in r.name.lower()]


def test_profile_alone_heads_what_is_asked():
    """A recruiter's ad ("Description", "Profile", "Job Offer"): "Profile" is the candidate
    sought, so its items are requirements and the duties above it are not."""
    posting = read_job(
        "# Supply Planner\n\nDescription\n* Collaborate with buyers to align production schedules\n"
        "* Monitor stock levels across the network\n\nProfile\n* 3+ years of experience in supply planning\n"
        "* Advanced Excel and SAP\n\nJob Offer\n* Fully remote\n"
    )
    required = {r.name for r in posting.requirements if r.required}
    assert posting.years == 3
    assert {"Microsoft Excel", "SAP software"} <= required
    assert "Teamwork" not in required  # "Collaborate with buyers" is the work


def test_company_profile_asks_nothing():
    posting = read_job(
        "# Supply Planner\n\nCompany Profile\nWe sell SAP consulting to retailers.\n\nRequirements\n* Advanced Excel\n"
    )
    assert "SAP software" not in {r.name for r in posting.requirements}


def test_analytics_as_a_field_is_not_google_analytics():
    """ "Bachelor's degree in Supply Chain, Business, Analytics": a field of study; Google's
    product is named with its maker."""
    posting = read_job(
        "# Analyst\n\nRequirements\n* Bachelor's degree in Supply Chain, Business, Analytics, or related field\n"
        "* Google Analytics preferred\n"
    )
    tools = [r for r in posting.requirements if r.name == "Google Analytics"]
    assert len(tools) == 1 and not tools[0].required


def test_the_employers_own_sentences_under_requirements_ask_nothing():
    """Prose after the last list of a requirements section, in the employer's voice: what the
    company does or gives ("We host company sponsored events", "Company provides I-Pads")."""
    posting = read_job(
        "# HVAC Installer\n\nRequirements\n- EPA 608 certification\n- Ability to read blueprints\n"
        "We host company sponsored events for the employees and their families.\n"
        "Company provides I-Pads for field Staff.\n"
        "We require a clean driving record.\n"
    )
    names = {r.name.lower() for r in posting.requirements}
    assert not {"sponsored events", "i-pads"} & names
    assert "clean driving record" in names  # the employer's wish still asks
