"""What a posting asks one to be able to do in everyday words ("Ability to analyze data"),
and how a resume shows it: the rule blind sets 67 to 82 asked for most (a verb phrase is
a skill a recruiter reads, though no word of it is rare)."""

from __future__ import annotations

import pytest

from ats_match.matching.words import stem
from ats_match.postings.abilities import abilities_in
from helpers import required_by_name as _required
from helpers import statuses_against_posting as _status


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ability to analyze data and problem solve effectively required.", ["analyze data"]),
        ("- Ability to interpret drawings and prepare reports", ["interpret drawings", "prepare reports"]),
        ("- Capacity to organize and lead daily laborers;", ["organize and lead daily laborers"]),
        ("- Meticulous in planning and able to comply with SOP defined by the Company;", ["comply with SOP"]),
        ("- Ability to process a high volume with accuracy", ["process a high volume"]),
        ("- Ability to coach and mentor", ["coach and mentor"]),
        ("- Ability to develop new standards and maintain them", ["develop new standards"]),
        ("- Ability to recognize plant and animal species in Wisconsin", ["recognize plant and animal species"]),
        (
            "- Ability to generate and deliver presentations tailored to the audience",
            ["generate and deliver presentations"],
        ),
        ("- Experience in searching the Internet", ["searching the Internet"]),
    ],
)
def test_a_verb_and_its_object_are_the_ability_asked(line, expected):
    assert [a.text for a in abilities_in(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Ability to work overtime to complete projects",  # when one works, no skill
        "- Ability to travel and lift 50 lbs",
        "- Ability to maintain them",  # no thing named
        "- Ability to verify numbers and enhance processes to achieve operational goals",  # vague verbs
        "- Ability to develop creative, effective ideas",  # an adjective, its noun in the next clause
        "- Able to demonstrate a number of these qualities",
    ],
)
def test_a_condition_or_a_vague_verb_is_no_ability(line):
    assert abilities_in(line) == []


def test_a_gerund_opens_an_ability_only_as_a_short_list_item():
    assert [a.text for a in abilities_in("*   Managing processes", item=True)] == ["Managing processes"]
    assert abilities_in("*   Managing processes") == [], "not an item of a list of asks"
    long_item = "- Managing processes across three sites while keeping every shift in line with the plan each week"
    assert abilities_in(long_item, item=True) == []


def test_an_ability_in_a_list_of_asks_is_a_requirement_flagged_by_its_section():
    asked = _required(
        "# Warehouse Manager\n\nRequirements:\n\n- Ability to develop new standards and maintain them\n"
        "- Managing processes\n- Inventory control\n\nDesired Skills:\n\n- Ability to coach and mentor\n"
    )
    assert asked.get("develop new standards") is True
    assert asked.get("Managing processes") is True
    assert asked.get("coach and mentor") is False


def test_what_the_vocabulary_names_is_not_read_again_as_an_ability():
    asked = _required("# Quantity Surveyor\n\nRequirements:\n\n- Ability to interpret drawings and prepare reports\n")
    assert "interpret drawings" not in asked, "blueprint reading, read already"
    assert asked.get("prepare reports") is True


def test_an_ability_in_a_duty_description_is_no_ask():
    asked = _required(
        "# Cook\n\nRequirements:\n\n- Food Hygiene Level 2\n\n"
        "About us\n\nOur chefs have the ability to prepare menus for every season.\n"
    )
    assert "prepare menus" not in asked


def test_a_resume_shows_an_ability_in_its_own_words():
    posting = (
        "# Sales Representative\n\nRequirements:\n\n- Ability to generate and deliver talks\n"
        "- Ability to lead daily laborers\n- Ability to coach and mentor\n- Ability to prepare reports\n"
    )
    resume = (
        "Jane Doe\n\nExperience\n\nSales Representative, Acme (2020 - 2024)\n"
        "- Delivered product talks to store owners\n- Supervised and led daily labourers on site\n"
        "- Mentored two new hires\n"
    )
    status = _status(posting, resume)
    assert status["generate and deliver talks"] == "met", "either verb with the object"
    assert status["lead daily laborers"] == "met", "British 'labourers' is 'laborers'"
    assert status["coach and mentor"] == "met"
    assert status["prepare reports"] == "missing"


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("labourers", "laborers"),
        ("organised", "organized"),
        ("organisation", "organization"),
        ("analyse", "analyze"),
        ("analysing", "analyzing"),
        ("colour", "color"),
        ("centres", "centers"),
        ("behaviour", "behavior"),
    ],
)
def test_a_british_spelling_stems_as_the_american(british, american):
    assert stem(british) == stem(american)


def test_words_that_only_look_british_keep_their_stems():
    assert stem("hours") != stem("hors")  # "our" after fewer than three letters is no British ending
    assert stem("analysis") != stem("analyze")


def test_an_everyday_first_word_of_a_long_phrase_need_not_be_in_the_resume():
    posting = "# Mechanical Engineer\n\nRequirements:\n\n- Experience with key component selection\n"
    resume = "Sam Lee\n\nSkills\n\n- Component selection, CAD, tolerance analysis\n"
    assert _status(posting, resume).get("key component selection") == "met"


def test_experience_and_knowledge_of_a_gerund_are_abilities_listed_by_semicolons():
    line = (
        "Ideal candidates will have significant experience maintaining files; managing a mass tort docket "
        "and drafting correspondence and other preliminary matters."
    )
    assert [a.text for a in abilities_in(line)] == [
        "maintaining files",
        "managing a mass tort docket",
        "drafting correspondence",
    ]
    assert [a.text for a in abilities_in("- Good knowledge of managing a classroom")] == ["managing a classroom"]


def test_verbs_whose_object_names_nothing_are_no_ability():
    assert abilities_in("- Experience operating and maintaining various types of equipment") == []
    assert abilities_in("- Experience managing the following tools: Jamf, Intune") == []


def test_a_sentence_saying_it_is_important_that_you_have_asks():
    asked = _required(
        "# Optometrist\n\nAs an optometrist it is of paramount importance is that you have good product "
        "knowledge and excellent customer service skills. Salaries start at 40,000.\n"
    )
    assert asked.get("Customer service") is True
    assert "paramount importance" not in asked, "how much it matters, no skill"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("- Consistently demonstrating the ability to preempt whilst fully understanding customer needs", "whilst"),
        ("- Able to work well amongst coworkers on a busy site", "amongst coworkers"),
        ("- Understanding of and adherence to ethical guidelines", "adherence"),
        ("- Commitment to the ethos and aims of our school", "ethos"),
    ],
)
def test_function_words_and_buzzwords_are_read_as_no_skill(line, word):
    posting = _required(f"# Assistant\n\nRequirements:\n\n{line}\n- Food Hygiene Level 2\n")
    assert not [name for name in posting if word in name.lower()]


def test_a_verb_after_and_opens_a_second_ability_even_a_generic_one():
    """ "diagnose problems and make needed repairs": "make" is no skill of its own, but no
    modifier of "problems" either."""
    assert [
        a.text for a in abilities_in("- Have the ability to diagnose problems and make needed repairs", item=True)
    ] == ["diagnose problems"]
