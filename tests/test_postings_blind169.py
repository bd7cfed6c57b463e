"""Rules learnt from blind sets 169-174 (nursing and therapy, sales, design, IT, trades, food and
manufacturing), each with its counter-case. The postings are not shipped; the lines here are
written after them."""

from __future__ import annotations

import pytest

from ats_match import read_job
from ats_match.postings import JobPosting


def _posting(*items: str, title: str = "Job") -> JobPosting:
    return read_job(f"# {title}\n\n## Requirements\n\n" + "".join(f"- {item}\n" for item in items))


def _required(posting: JobPosting, name: str) -> bool:
    return posting.requirement(name).required


def test_years_or_a_degree_only_preferred_are_asked_but_no_floor_to_screen_on():
    """An ATS screens on what a posting requires: "5+ years' experience preferred" and "BSN
    preferred" are read and kept as preferred, and the posting's years and degree stay None."""
    wished = read_job(
        "# CNC Machinist\n\n## Qualifications\n\n- Required: Two-year certificate in machine trades\n"
        "- Preferred: 5+ years' experience in CNC machining\n- Bachelor of Science in Nursing (BSN) preferred\n"
    )
    assert wished.years is None and wished.degree is None and wished.degree_field is None
    assert (
        not _required(wished, "experience-years")
        and wished.requirement("experience-years").name == "5+ years of experience"
    )
    assert not _required(wished, "degree-bachelor")
    # a required one beside them is the floor
    asked = _posting("2+ years of machining experience", "High school diploma or GED", "Bachelor's degree preferred")
    assert (asked.years, asked.degree) == (2, "high school")


def test_a_bare_advantage_after_a_dash_ends_the_item_as_a_wish():
    posting = _posting(
        "3+ years of experience as a DBA",
        "MMSQL , MySQL - advantage",
        "Understanding of CI/CD pipeline and code versioning tools such as Git - advantage",
    )
    assert not _required(posting, "MySQL") and not _required(posting, "CI/CD") and not _required(posting, "Git")
    assert posting.years == 3


def test_the_plus_of_years_is_no_wish():
    posting = _posting("3 years plus financial operations role in services-based company.", "Excel")
    assert posting.years == 3 and _required(posting, "experience-years")
    # ... while "a plus" after years is one
    wish = _posting("Excel", "Payroll", "2 years of payroll experience a plus")
    assert wish.years is None and not _required(wish, "experience-years")


@pytest.mark.parametrize(
    ("item", "years", "degree"),
    [
        # a wish right after the last comma's item is that item's when the knock-out before it
        # has ended: at its comma, or at an ask's head word ("... experience, ..."), and the item
        # after it is an ask of its own (a name, or experience, a degree, a licence)
        ("3+ years of progressive accounting experience, public accounting a plus", 3, None),
        ("3 years of experience as a paralegal, litigation experience preferred", 3, None),
        ("BS in Engineering, MS preferred", None, "bachelor"),
        ("Bachelor's degree in Accounting, CPA preferred", None, "bachelor"),
        ("Juris Doctor from an accredited law school, litigation experience preferred", None, "phd"),
        ("High school diploma, plus 2 years of bookkeeping experience", 2, "high school"),
        # ... but not where the commas part adjectives or the degree's fields
        ("3+ years of experience in a fast-paced, growing company preferred", None, None),
        ("Master's degree from an accredited, CACREP program preferred", None, None),
        ("Bachelor's degree in Business, Accounting, Finance preferred", None, None),
        ("Bachelor's degree in Accounting, Finance or a related field, CPA is preferred", None, "bachelor"),
        ("Bachelor's degree in Accounting, Finance or a related field is preferred", None, None),
    ],
)
def test_a_wish_after_the_last_comma_is_of_the_last_item(item: str, years: int | None, degree: str | None):
    posting = _posting(item, "Payroll processing")
    assert (posting.years, posting.degree) == (years, degree)


def test_a_wish_after_the_last_comma_stays_the_whole_lists_for_skills_and_tools():
    """Only a knock-out (years, a degree) is an ask of its own whose clause a later item's
    wish leaves alone: "Proficient in Microsoft Word, Excel, Outlook preferred" wishes all three."""
    posting = _posting(
        "Proficient in Microsoft Word, Excel, Outlook preferred", "Payroll processing", "Journal entries"
    )
    assert not any(r.required for r in posting.requirements if r.kind == "tool")


@pytest.mark.parametrize(
    "item",
    [
        "Excel, Word, PowerPoint preferred",  # a list of names: the wish is of all of them
        "Familiarity with Excel, Word and PowerPoint a plus",  # the list's "and"
        "Experience with Salesforce, QuickBooks, NetSuite, Excel is preferred",  # a predicate of the list
    ],
)
def test_a_wish_after_a_list_is_of_the_whole_list(item: str):
    posting = _posting(item, "Payroll processing", "Journal entries")
    tools = [r for r in posting.requirements if r.kind == "tool"]
    assert len(tools) >= 3 and not any(r.required for r in tools)


def test_a_degree_field_list_ending_with_a_wish_wishes_the_degree():
    posting = _posting(
        "Bachelor's degree (or higher) in Journalism, English, Communications or a related discipline preferred",
        "2+ years of copywriting experience",
    )
    assert posting.degree is None and not _required(posting, "degree-bachelor")


def test_a_wish_of_what_with_adds_leaves_the_ask_before_it_required():
    """ "5+ years ... experience with leadership experience preferred", "J.D ... with 6-8 years
    of law firm experience preferred": "with" adds an ask of its own, and the wish is its."""
    head = read_job(
        "# Head of School\n\n## Requirements\n\n"
        "Employment 5+ years AMI/AMS Primary classroom experience with leadership experience preferred\n"
    )
    assert head.years == 5 and _required(head, "experience-years")
    counsel = _posting(
        "J.D from an accredited law school with 6-8 years of experience of law firm experience preferred",
        title="Assistant General Counsel",
    )
    assert counsel.degree == "phd" and counsel.years is None
    # a wish with nothing asked after "with" is of all of it
    python = _posting("3 years of experience with Python preferred", "SQL", "Git")
    assert python.years is None and not _required(python, "experience-years")


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.E – Graduates with 4+ years of experiences in network maintenance.", None),
        ("B.E. in Electronics and Communication", "Electronics and Communication"),
        ("B.E/B.Tech in Computer Science", "Computer Science"),
    ],
)
def test_b_e_is_indias_bachelor_of_engineering(line: str, field: str | None):
    posting = _posting(line, "CCNA", "Firewalls")
    assert posting.degree == "bachelor" and posting.degree_field == field


@pytest.mark.parametrize(
    "line",
    [
        "Must BE able to lift 25 pounds",
        "Driver's license category B.E",  # a licence's class
        "Vitamin B.E and C supplements knowledge",
        "Knowledge of Schedule B.E and K-1 forms",
    ],
)
def test_b_e_elsewhere_is_no_degree(line: str):
    posting = _posting(line, "Must be able to read blueprints", "Welding")
    assert posting.degree is None


def test_a_credential_with_years_preferred_stays_a_wish():
    """The wish of what "with" adds is kept apart for years and degrees only: "PMP certification
    with 3+ years of project management experience preferred" wishes the PMP too."""
    posting = _posting("PMP certification with 3+ years of project management experience preferred", "Excel", "Jira")
    assert not _required(posting, "PMP") and posting.years is None


def test_what_an_examination_may_test_is_a_wish():
    """A civil-service bulletin's selection process: "Interview ... 100%" is a row of the
    examination's weights (no heading that would make the rest "about"), and what the interview
    may emphasise is read, as wishes, not as minimum qualifications."""
    posting = read_job(
        "# Finance Officer\n\n## REQUIREMENTS\n\n1. Graduation from a four-year college with a degree in business.\n"
        "2. Two years of full-time paid professional experience in commercial lending.\n\n"
        "## SELECTION PROCESS\n\nExamination Weight: Essay ... Advisory\n\nInterview ... 100%\n\n"
        "The examination will consist entirely of an evaluation of professional and personal qualifications "
        "by interview. In the interview, emphasis may be placed on the candidate's experience, training and "
        "background as they demonstrate the knowledge of: underwriting, and preparing and processing loan "
        "applications; computer-based financial analysis software and spreadsheet application.\n"
    )
    assert posting.years == 2 and posting.degree == "bachelor"
    assert not _required(posting, "underwriting") and not _required(posting, "spreadsheet application")
    # ... while a sentence of the same section that says what is required still requires it
    rule = read_job(
        "# Plumber\n\n## Requirements\n\n- Completion of a plumbing apprenticeship\n- Pipe threading\n"
        "- Backflow testing\n\n## SELECTION PROCESS\n\nA valid California driver's license is required.\n"
    )
    assert _required(rule, "Driver's license")


def test_a_bracketed_wish_is_of_its_own_words():
    """ "Minimum 2-3 years' experience of merchandising in the FMCG (Preferably Food Products)
    segment": the food products are wished, the years required (set 180)."""
    posting = _posting(
        "Minimum 2-3 years' experience of merchandising in the FMCG (Preferably Food Products) segment in Kuwait",
        "High school diploma",
    )
    assert posting.years == 2 and _required(posting, "experience-years")
    wished = _posting("3 years of experience in retail (preferred)", "Cash handling")
    assert wished.years is None


def test_years_that_may_be_substituted_for_a_degree_are_no_floor():
    """ "Four (4) years of additional TW experience may be substituted for a bachelor's degree for
    a total of ten (10) years": another route to the degree; the six years are the floor (set 178)."""
    posting = _posting(
        "Bachelor's degree in a technical discipline is required. Four (4) years of additional TW experience "
        "may be substituted for a bachelor's degree for a total of ten (10) years.",
        "Six (6) years' experience as a TW in programs of similar scope is required.",
        title="Technical Writer",
    )
    assert posting.years == 6 and posting.degree == "bachelor"
    # with no other years ask, the years of a substitution are the only years the posting names: kept
    alone = _posting("Two years of experience may be substituted for the degree", "Excel", "Word")
    assert alone.years == 2


def test_any_graduation_is_a_first_degree():
    posting = _posting("2 years of work experience", "Any graduation, preferable if computer science related.")
    assert posting.degree == "bachelor"


def test_who_runs_a_check_and_the_steps_one_passes_ask_for_nothing():
    """ "Background Check (FBI & DOJ)", "Valid Driver License (DMV Check)", "Pass a polygraph",
    "Pass Oral Board Interview": the employer's screening, no skill (set 177)."""
    posting = _posting(
        "Background Check (FBI & DOJ)",
        "Valid Driver License (DMV Check)",
        "Pass a polygraph",
        "Pass Oral Board Interview",
        "Valid Guard Card License",
        title="Security Guard",
    )
    named = {r.name.lower() for r in posting.requirements}
    assert not {"fbi", "doj", "dmv", "polygraph", "oral board interview"} & named
    assert _required(posting, "Driver's license")


def test_a_physical_standards_label_names_no_skill():
    posting = read_job(
        "# Firefighter\n\n## Requirements\n\n- EMT certificate\n- Valid driver's license\n\n"
        "VISION: Uncorrected distance visual acuity of at least 20/100 in the poorer eye is required. "
        "Candidates with visual impairments may be disqualified.\n\n"
        "PHYSICAL: Candidates must be in excellent health to perform fire suppression duties.\n"
    )
    named = {r.name.lower() for r in posting.requirements}
    assert not {"poorer eye", "visual impairments", "uncorrected distance visual acuity", "fire suppression"} & named
    assert _required(posting, "EMT")


def test_a_degree_or_equivalent_experience_in_fields_reads_the_fields():
    posting = _posting(
        "Bachelor's degree or equivalent experience in Computer Science, Information Technology, or a related field.",
        "AWS",
        "Terraform",
    )
    assert posting.degree == "bachelor" and posting.degree_field == "Computer Science, Information Technology"
    assert not {"computer science", "information technology"} & {r.name.lower() for r in posting.requirements}


# ---------------------------------------------------------------- the second review's lines


@pytest.mark.parametrize(
    ("item", "required", "wished"),
    [
        ("Strong knowledge of Python and SQL, Spark a plus", ["Python", "SQL"], "Spark"),
        ("Valid driver's license and clean driving record, CDL preferred", ["Driver's license"], "CDL"),
        # the list goes on after the comma, or the wish is said of all of it
        ("Familiarity with Excel, Word and PowerPoint a plus", [], "Excel"),
        ("Experience with iManage, Microsoft Word and Excel programs, is desired.", [], "Microsoft Word"),
    ],
)
def test_a_list_closed_with_and_before_the_comma_leaves_the_wish_to_what_follows(
    item: str, required: list[str], wished: str
):
    posting = _posting(item, "Payroll processing", "Journal entries")
    assert all(_required(posting, name) for name in required)
    assert not _required(posting, wished)


@pytest.mark.parametrize(
    ("item", "years", "degree"),
    [
        ("5+ years of experience in project management, construction industry preferred", 5, None),
        ("3 years of experience managing teams, healthcare setting preferred", 3, None),
        ("Bachelor's degree in finance, graduate degree preferred", None, "bachelor"),
        ("Bachelor's degree in HR, SHRM-CP preferred", None, "bachelor"),
        ("Bachelor's degree in Education, Texas Teaching Certificate preferred", None, "bachelor"),
        ("B.A - English or Journalism", None, "bachelor"),
        ("Minimum 2 years of experience (preferable) in a similar role", None, None),
    ],
)
def test_knock_outs_the_second_review_read_wrong(item: str, years: int | None, degree: str | None):
    posting = _posting(item, "Payroll processing")
    assert (posting.years, posting.degree) == (years, degree)


@pytest.mark.parametrize(
    ("items", "years"),
    [
        # the substitute's years are dropped, not the sentence that holds them
        (
            [
                "Bachelor's degree and 3 years of experience, or 7 years of experience in lieu of a degree.",
                "2 years with VMware",
            ],
            3,
        ),
        (
            [
                "4 years of HVAC experience (2 years of trade school may be substituted for 1 year of experience)",
                "1 year of commercial experience preferred",
            ],
            4,
        ),
        (
            [
                "7+ years of software development experience (a Master's degree can substitute for 2 years)",
                "3+ years with AWS",
            ],
            7,
        ),
        (
            [
                "A minimum of 2 years of retail experience plus 1 year in a supervisory role, for a total of 3 years.",
                "Shopify",
            ],
            3,
        ),
        (["At least 2 years of experience working as a substitute for K-12 classroom teachers", "Lesson planning"], 2),
    ],
)
def test_only_a_substitutes_years_are_no_floor(items: list[str], years: int):
    assert _posting(*items).years == years


def test_an_exam_sentence_leaves_the_musts_beside_it_required():
    posting = read_job(
        "# Lifeguard\n\nSELECTION PROCESS\n\nCandidates must hold current Lifeguard, CPR and First Aid "
        "certifications and be able to swim 500 yards. Candidates may be tested on water rescue techniques.\n"
    )
    assert _required(posting, "CPR") and _required(posting, "First aid certification")


def test_weight_rows_after_the_requirements_open_the_examination():
    """ "Written Test ... 50%" with no selection-process heading: what the test measures is no
    minimum qualification."""
    posting = read_job(
        "# Inspector\n\n## Requirements\n\n- 4 years of building inspection experience\n- ICC certification\n\n"
        "Written Test ... 50%\n\nInterview ... 50%\n\n"
        "The written test will measure knowledge of building codes, blueprint reading, and construction methods.\n"
    )
    assert posting.years == 4 and _required(posting, "ICC certification")
    assert not any(r.required for r in posting.requirements if "blueprint" in r.name.lower())


def test_not_required_to_start_is_a_wish_not_a_waiver():
    """ "Valid Firearm Permit (not required to start)": needed later, so asked as a wish; "CPR
    certification not required" still asks for nothing (set 177)."""
    posting = _posting(
        "Valid Firearm Permit (not required to start)",
        "Guard Card",
        "CPR certification not required",
        title="Security Guard",
    )
    assert not _required(posting, "Firearm Permit")
    assert not any("cpr" in r.name.lower() for r in posting.requirements)
