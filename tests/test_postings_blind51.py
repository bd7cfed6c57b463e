"""Regressions of the rules this session's blind sets taught (real postings and resumes
labelled by hand before the product ran on them): each test is one rule, on text written
here."""

from __future__ import annotations

import pytest

from ats_match import read_job
from helpers import statuses_against_posting as _status


def _asked(text: str) -> dict[str, bool]:
    return {r.name: r.required for r in read_job(text).requirements}


def test_the_primary_qualifications_are_a_list_of_asks_in_prose():
    asked = _asked(
        "# Farm Apprentice\n\n## Requirements\n\nIf you have never done farm work before, you should know that it "
        "is hard work. While prior farm experience can be helpful, the primary qualifications are enthusiasm, a "
        "positive attitude, a strong work ethic and reliability.\n"
    )
    assert {"Enthusiasm", "Positive attitude", "Work ethic", "Reliability"} <= {n for n, req in asked.items() if req}
    assert "Helpfulness" not in asked  # "can be helpful" says how much farm experience is wanted


def test_qualifications_that_are_met_are_no_list_of_asks():
    text = "# Clerk\n\n## About the role\n\nOnce the minimum qualifications {} a positive attitude counts.\n\n"
    text += "## Requirements\n\n- Data entry\n"
    assert "Positive attitude" not in _asked(text.format("are met,"))
    assert _asked(text.format("are")).get("Positive attitude") is True


def test_a_first_item_is_a_few_words_into_its_sentence():
    asked = _asked(
        "# Garden Centre Assistant\n\n## Requirements\n\n"
        "- Willing to learn the store's organization, plants, and product offerings\n"
        "- Organization, patience, reliability\n"
    )
    assert "Organizational skills" in asked  # the list of qualities names it
    only_words = _asked(
        "# Garden Centre Assistant\n\n## Requirements\n\n"
        "- Willing to learn the store's organization, plants, and product offerings\n"
    )
    assert "Organizational skills" not in only_words


def test_times_of_the_week_are_when_one_works_not_what_one_has():
    asked = _asked(
        "# Deckhand\n\n## Requirements\n\n- Reliable availability on weekends and some weekdays\n"
        "- Midweek 2 to 4 nights\n- Mornings & evenings\n- Powerboat Level 2\n"
    )
    names = {n.lower() for n in asked}
    assert not names & {"weekdays", "weekends", "midweek 2", "mornings", "evenings", "mornings & evenings"}
    assert any("powerboat" in n for n in names)


_RESUME = "Sam Lee\nsam@example.com\n\n## Experience\n\nFarm worker, Green Acres, 2022-2024\n{}\n"


def _met(asked: str, done: str) -> set[str]:
    return set(_status(f"# Farm Hand\n\n## Requirements\n\n- {asked}\n", _RESUME.format(done)).values())


@pytest.mark.parametrize(
    ("asked", "done"),
    [
        ("Works well as part of a team", "- Worked on a six-person harvest crew."),
        ("Works well as part of a team", "- Part of a six-carer night team."),
        ("Ability to follow instructions", "- Followed the written research protocol for sampling."),
        ("Ability to work independently", "- Published all content without day-to-day supervision."),
    ],
)
def test_a_quality_is_met_by_the_work_that_shows_it(asked, done):
    assert _met(asked, done) == {"met"}


@pytest.mark.parametrize(
    ("asked", "done"),
    [
        ("Works well as part of a team", "- Kept the crew's tools in the shed."),
        ("Ability to follow instructions", "- Wrote the instructions for the new wash station."),
        ("Attention to detail", "- Logged errors found by the auditors."),
    ],
)
def test_the_same_words_apart_from_the_work_are_no_evidence(asked, done):
    assert _met(asked, done) == {"missing"}
