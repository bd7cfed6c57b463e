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
