"""Regressions of the rules blind sets 107 to 110 taught, and of what the sets before them
still missed (real postings and resumes labelled by hand before the product ran on them):
each test is one rule, on text written here."""

from __future__ import annotations

import pytest

from ats_match.postings.sections import heading_kind, heading_label
from helpers import required_by_name


@pytest.mark.parametrize("heading", ["Want to join the team?", "Why should you join us? 🛸", "Interested?"])
def test_a_closing_call_to_join_heads_how_to_apply(heading):
    assert heading_kind(heading_label(heading)) == "about"


def test_a_person_to_reach_on_a_network_is_no_tool_asked():
    """ "Reach out to Zay Hanlon on LinkedIn" says how to apply; LinkedIn asked in a
    requirement stays one."""
    posting = (
        "# Customer Success Manager\n\nRequirements:\n- 2+ years of account management\n- Salesforce\n\n{closing}\n"
    )
    reached = required_by_name(posting.format(closing="Reach out to Zay Hanlon on LinkedIn (https://example.com/zay)."))
    assert "Salesforce" in " ".join(reached)
    assert not [name for name in reached if "linkedin" in name.lower()]
    asked = required_by_name(posting.replace("- Salesforce", "- Sourcing candidates on LinkedIn").format(closing=""))
    assert [name for name in asked if "linkedin" in name.lower()]
