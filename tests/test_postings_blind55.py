"""Regressions of the rules blind sets 54 to 56 taught (real postings and resumes labelled by
hand before the product ran on them): each test is one rule, on text written here."""

from __future__ import annotations

from ats_match import read_job
from ats_match.postings.words import opens_with_duty_verb


def _asked(text: str) -> dict[str, bool]:
    return {r.name: r.required for r in read_job(text).requirements}


def test_duty_verbs_come_from_onet_task_statements():
    # "Restock", "Harvest" open O*NET task statements; no hand list names them
    assert opens_with_duty_verb("Restock produce")
    assert opens_with_duty_verb("- Harvest pumpkins")
    # "Water" opens three task statements but is mostly a thing in them; "Level" is no verb
    assert not opens_with_duty_verb("Water treatment knowledge")
    assert not opens_with_duty_verb("Level 3 Diploma in Health and Social Care")
    assert not opens_with_duty_verb("Excellent communication")


def test_duties_of_a_posting_without_asks_are_not_required():
    asked = _asked(
        "# Farm Store Assistant\n\nWe need a wide variety of help!\n\n## Farm Store\n\n"
        "- Restock produce\n- Harvest pumpkins and squash\n- Valid driver's license\n"
    )
    assert asked.get("Restock produce") is False
    assert not any(req for name, req in asked.items() if "pumpkin" in name.lower())
    assert any(req for name, req in asked.items() if "driver" in name.lower())


def test_a_short_sentence_about_the_farm_names_no_asks():
    text = "# Farm Hand\n\nWe have chickens, ducks, turkeys, rabbits, and more.\n"
    asked = _asked(text + "- Valid driver's license\n")
    assert not {n.lower() for n in asked} & {"rabbits", "turkeys", "ducks", "chickens"}
    # the same animals listed on their own are asked
    listed = _asked("# Farm Hand\n\nChickens, ducks, turkeys, rabbits\n- Valid driver's license\n")
    assert {"rabbits", "turkeys"} & {n.lower() for n in listed}
    # and what the vocabulary names in such a sentence is still asked: the stack a team uses
    stack = read_job("# Platform Engineer\n\nWe provision every environment with Terraform.\n").requirements
    assert any(r.required and "Terraform" in r.text for r in stack)


def test_after_a_dash_an_item_tells_a_story_of_its_label():
    asked = _asked(
        "# Pool Technician\n\n## What we look for\n\n"
        "- A customer-first attitude - You represent us at every home. Friendly, honest communication matters.\n"
        "- Reliability above all - We hire people who show up and take ownership.\n"
    )
    assert asked.get("Reliability") is True
    assert any("customer-first" in n.lower() for n in asked)
    assert not {"Friendly", "Communication", "Ownership", "Integrity"} & set(asked)
    # without the story the qualities are asked
    plain = _asked("# Pool Technician\n\n## What we look for\n\n- Friendly, honest communication\n- Reliability\n")
    assert {"Friendly", "Communication"} <= set(plain)


def test_a_few_short_sentences_under_a_heading_are_prose():
    asked = _asked(
        "# Pool Technician\n\n## What we look for\n\n"
        "Skills can be taught. Character can't. Here's what earns a spot on our team.\n\n"
        "- Reliability and a strong work ethic - non-negotiable\n"
    )
    assert {"Reliability", "Work ethic"} <= set(asked)
    assert not {n.lower() for n in asked} & {"earns", "non-negotiable"}
    # "Ability to ..." sentences are a list written as prose: each still asks
    abilities = _asked(
        "# Vet Tech\n\n## Requirements\n\nAbility to write SOAP reports. Ability to restrain animals safely. "
        "Ability to speak before groups.\n"
    )
    assert any("SOAP" in n for n in abilities)
