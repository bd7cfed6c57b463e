"""Regressions of the rules blind sets 91 to 94 taught, and of what the sets before them
still missed (real postings and resumes labelled by hand before the product ran on them):
each test is one rule, on text written here."""

from __future__ import annotations

import pytest

from ats_match import read_job
from helpers import statuses_against_posting


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


@pytest.mark.parametrize(
    ("written", "name"), [("Ms Powerpoint", "Microsoft PowerPoint"), ("MS Access", "Microsoft Access")]
)
def test_ms_before_a_microsoft_program_in_any_case(written, name):
    posting = read_job(f"# HR Executive\n\nRequirements\n- Basic knowledge of {written}\n")
    found = [r for r in posting.requirements if r.name == name]
    assert found and written in found[0].forms


def test_a_slash_beside_a_lone_letter_joins_one_name():
    """ "PSS/E" is one program (a "/" between two words is two things: "RN/LPN")."""
    posting = read_job("# Power Systems Engineer\n\nRequirements\n- Simulation software, such as PSS/E, PSCAD or ATP\n")
    names = {r.name for r in posting.requirements}
    assert "PSS/E" in names and "E" not in names and "PSS" not in names


def test_a_standards_number_keeps_its_parts():
    posting = read_job("# Controls Engineer\n\nRequirements\n- Protocols: IEC 61850, IEC 60870-5-104, DNP3\n")
    names = {r.name for r in posting.requirements}
    assert "IEC 60870-5-104" in names and "IEC 61850" in names


def test_a_spaced_plus_joins_two_items():
    posting = read_job("# Event Assistant\n\nRequirements\n- Experience with budgeting + invoicing\n")
    names = {r.name.lower() for r in posting.requirements}
    assert "budgeting + invoicing" not in names
    assert {"budgeting", "invoicing"} <= names


def test_a_sub_list_under_preferred_stays_preferred():
    """Under "Preferred", "- Knowledge of:" heads more wishes, not requirements."""
    posting = read_job(
        "# Systems Administrator\n\n### Required\n- Experience with Linux\n\n### Preferred\n"
        "- Knowledge of:\n    - Windows Server operating systems\n    - Rubrik backups\n"
        "- Relevant certifications:\n    - CCNA\n"
    )
    flags = {r.name: r.required for r in posting.requirements}
    assert flags["Linux"] is True
    assert flags["Microsoft Windows Server"] is False
    assert flags["Cisco CCNA"] is False


def test_a_plural_among_things_is_a_thing_though_its_singular_is_a_job():
    """ "firewalls, switches, routers, VPN": network gear, though O*NET has a "Router" job."""
    posting = read_job(
        "# Systems Administrator\n\nRequirements\n- Knowledge of networking systems, firewalls, switches, routers, VPN.\n"
    )
    assert "routers" in {r.name for r in posting.requirements}
    barista = read_job("# Barista\n\nRequirements\n- Baristas welcome to apply\n")
    assert "Baristas" not in {r.name for r in barista.requirements}


def test_marriage_and_family_therapist_is_one_licence():
    posting = read_job(
        "# Therapist\n\n### QUALIFICATIONS\n- Current licensure as a Licensed Clinical Social Worker (LCSW), "
        "or Licensed Marriage and Family Therapist (LMFT), Oregon\n- Requires clinical experience with adults.\n"
    )
    names = {r.name for r in posting.requirements}
    assert not [n for n in names if n.lower() == "licensed marriage"]
    licence = [r for r in posting.requirements if "LMFT" in r.forms]
    assert licence and licence[0].kind == "license"
    assert not [n for n in names if n.lower().startswith("requires")]  # the verb asks, it is not the ask


def test_a_credential_someone_else_holds_is_not_held():
    """ "under LCSW supervision": the supervisor's licence, not the applicant's."""
    posting = "# Therapist\n\nRequirements\n- LCSW\n"
    supervised = "Experience\n- Completed psychosocial assessments under LCSW supervision.\n"
    assert statuses_against_posting(posting, supervised)["Licensed Clinical Social Worker (LCSW)"] == "missing"
    held = "Licenses\n- LCSW, Oregon Board of Licensed Social Workers, 2021\n"
    assert statuses_against_posting(posting, held)["Licensed Clinical Social Worker (LCSW)"] == "met"


def test_is_a_plus_after_a_list_is_said_of_all_of_it():
    """ "Previous experience in the insurance industry, particularly in underwriting, is a plus
    but not required": the copula makes the cue a predicate of everything before it."""
    posting = read_job(
        "# Underwriter's Assistant\n\nQualifications\n- P&C License\n"
        "- Previous experience in the insurance industry, particularly in underwriting, is a plus but not required.\n"
        "- 3 years of experience, ideally in retail banking\n"
    )
    flags = {r.name.lower(): r.required for r in posting.requirements}
    assert flags["underwriting"] is False
    assert flags["insurance license"] is True


def test_a_wish_in_brackets_is_its_own():
    """ "(experience with FileMaker a plus)": the wish is FileMaker's, not the list's before it."""
    posting = read_job(
        "# Store Manager\n\nJob Skills and Experience:\n"
        "- Exemplary computer skills -- including Microsoft Office, Excel and Outlook (experience with FileMaker a plus)\n"
    )
    flags = {r.name: r.required for r in posting.requirements}
    assert flags["Microsoft Outlook"] is True and flags["Computer skills"] is True
    assert flags["FileMaker Pro"] is False


def test_planning_skills_are_asked_and_shown_by_planning_done():
    posting = (
        "# Senior Tax Accountant\n\nRequirements\n"
        "- Superior attention to detail with strong organizational, analytical and planning skills\n"
    )
    assert "Planning skills" in {r.name for r in read_job(posting).requirements}
    planner = "Experience\n- Tax planning and projections for 60 small-business clients\n"
    assert statuses_against_posting(posting, planner)["Planning skills"] == "met"
    other = "Experience\n- Prepared 1040 returns for 60 small-business clients\n"
    assert statuses_against_posting(posting, other)["Planning skills"] == "missing"


def test_gaap_and_ifrs_by_their_letters_or_in_full():
    posting = read_job(
        "# Senior Accountant\n\nRequirements\n"
        "- Knowledge of cost control principles including Generally Accepted Accounting Principles\n"
        "- IFRS preferred\n"
    )
    flags = {r.name: r.required for r in posting.requirements}
    assert flags["GAAP"] is True and flags["IFRS"] is False
    resume = "Skills\n- US GAAP month-end close, accruals and reconciliations\n"
    assert statuses_against_posting("# Accountant\n\nRequirements\n- GAAP\n", resume)["GAAP"] == "met"


def test_a_brands_product_written_after_it_is_one_tool():
    """ "LinkedIn Sales Navigator": the product, not LinkedIn; a resume's LinkedIn profile does
    not meet it. Not an acronym's kind of thing ("CAD Standards manual")."""
    posting = "# Business Development Manager\n\nRequirements\n- Experience with LinkedIn Sales Navigator\n"
    names = {r.name for r in read_job(posting).requirements}
    assert "LinkedIn Sales Navigator" in names and "LinkedIn" not in names
    statuses = statuses_against_posting(posting, "Skills\n- Prospecting on LinkedIn and cold email\n")
    assert statuses["LinkedIn Sales Navigator"] == "missing"
    statuses = statuses_against_posting(posting, "Skills\n- Sales Navigator searches, 40 meetings a month\n")
    assert statuses["LinkedIn Sales Navigator"] == "met"
    cad = read_job("# Engineer\n\nRequirements\n- Knowledge of the company's CAD Standards manual\n- AutoCAD\n")
    assert "CAD Standards" not in {r.name for r in cad.requirements}


def test_who_may_also_apply_is_an_allowance():
    posting = read_job("# HR Executive\n\nRequirements\n- 1 to 2 years in HR\n- Freshers can also apply.\n")
    assert not [r for r in posting.requirements if r.name.lower().startswith("fresher")]


def test_a_safeguarding_statement_asks_nothing():
    posting = read_job(
        "# Pharmacist\n\nRequirements\n- Registered Pharmacist\n\n"
        "Our values and commitments to safeguarding: the Foundation is committed to preventing any type of abuse, "
        "exploitation and harassment, and requires that all personnel follow our recruitment procedures and the "
        "Misconduct Disclosure Scheme.\n"
    )
    names = {r.name.lower() for r in posting.requirements}
    assert not {"recruitment procedures", "scheme"} & names


def test_experience_the_job_gives_is_not_asked():
    """ "an excellent opportunity for someone looking to gain valuable experience in the
    insurance industry": the job gives it; the later "experience in the insurance industry ...
    is a plus" wishes for it."""
    posting = read_job(
        "# Underwriter's Assistant\n\nThis is an excellent opportunity for someone looking to gain valuable "
        "experience in the reinsurance industry.\n\nQualifications\n- P&C License\n"
    )
    assert not [r for r in posting.requirements if "reinsurance" in r.name.lower()]


def test_an_essential_in_a_paragraph_of_duties_asks_nothing():
    posting = read_job(
        "# Underwriter's Assistant\n\nPosition Overview\nIn this role, you will provide vital support to our "
        "underwriting team, assisting with various tasks essential to the evaluation and processing of commercial "
        "auto insurance policies for fleets across Texas and beyond.\n\nQualifications\n- P&C License\n"
    )
    flags = {r.name: r.required for r in posting.requirements}
    assert flags.get("Auto insurance") is not True


def test_an_acronyms_kind_of_thing_is_part_of_its_name():
    posting = read_job("# Driver\n\nRequirements\n- You understand GPS systems and map reading\n")
    gps = [r for r in posting.requirements if "GPS" in r.forms]
    assert gps and "GPS systems" in gps[0].forms


def test_special_needs_is_a_field_of_teaching():
    posting = read_job(
        "# Special Education Teacher\n\nKnowledge/Skills/Abilities:\n"
        "- Knowledge of special needs of students in assigned area; curriculum and instruction.\n"
    )
    sen = [r for r in posting.requirements if r.name == "Special educational needs (SEN)"]
    assert sen and sen[0].required
    resume = "Experience\n- SENCo for a two-form entry primary school, 2019-2024\n"
    assert (
        statuses_against_posting("# TA\n\nRequirements\n- Special needs experience\n", resume)[
            "Special educational needs (SEN)"
        ]
        == "met"
    )


def test_mental_physical_environmental_demands_ask_no_skill():
    posting = read_job(
        "# Teacher\n\nRequirements\n- Bachelor's degree in education\n\nMental/Physical/Environmental Demands\n"
        "- Frequent moving of small stacks of textbooks, media equipment, desks\n"
    )
    assert not [r for r in posting.requirements if r.name.lower() in ("textbooks", "desks", "small stacks")]


def test_preferred_skills_below_makes_the_list_wishes():
    posting = read_job(
        "# Administrative Coordinator\n\nSkills We're Seeking\nWe understand that candidates may not meet all of "
        "the preferred skills below. We encourage those interested to apply.\n* Proficient with Excel\n"
        "* Familiarity with procurement\n\nEducation and Experience\nBachelor's degree + at least 4 years of work.\n"
    )
    flags = {r.name: r.required for r in posting.requirements}
    assert flags["Microsoft Excel"] is False and flags["procurement"] is False
    assert posting.degree == "bachelor" and posting.years == 4


def test_the_ideal_candidates_list_beside_requirements_is_the_wish_list():
    posting = (
        "# Sales Representative\n\nThe ideal candidate possesses the following traits and skills:\n"
        "- Excellent negotiation skills\n- Motivated and goal-oriented\n\nRequirements and tools of the trade:\n"
        "- Reliable transportation\n- Smartphone\n"
    )
    flags = {r.name: r.required for r in read_job(posting).requirements}
    assert flags["Negotiation"] is False and flags["Reliable transportation"] is True
    alone = "# Sales Representative\n\nThe ideal candidate possesses the following:\n- Excellent negotiation skills\n"
    assert {r.name: r.required for r in read_job(alone).requirements}["Negotiation"] is True


def test_a_list_run_into_sentences_asks_each_quality():
    """A scraped ad whose list became sentences of one paragraph: "Excellent team player skills.
    Excellent customer service skills." asks each, as the list did."""
    posting = read_job(
        "# Senior Sales Negotiator\n\nDescription: We are a well established independent estate agent with an "
        "excellent reputation and a great office atmosphere in the heart of the city. Only those with a minimum of "
        "2 years experience in estate agency sales should apply. Excellent team player skills. Excellent oral and "
        "written communication skills. Excellent customer service skills. Great benefits and a car allowance.\n"
    )
    names = {r.name for r in posting.requirements if r.required}
    assert {"Teamwork", "Communication", "Customer service"} <= names


def test_where_a_degree_is_earned_comes_before_its_field():
    posting = read_job(
        "# Chef de Partie\n\nRequirements\n- 2-year degree from an accredited university in Culinary Arts, "
        "Hotel and Restaurant Management, or related major\n"
    )
    assert posting.degree == "associate"
    assert "Restaurant Management" in (posting.degree_field or "")
    assert "Restaurant Management" not in {r.name for r in posting.requirements}


def test_the_position_also_requires_asks():
    posting = read_job(
        "# Construction Project Manager\n\nQualifications\nPosition requirements include 7-10 years of construction "
        "experience with repair of stormwater infrastructure. The position also requires experience with direction "
        "of field crews, laborers, and superintendents; operation of heavy construction equipment (skid loader, "
        "excavator, dozer, etc.); experience with erosion control techniques, general carpentry and plumbing.\n"
    )
    names = {r.name.lower() for r in posting.requirements if r.required}
    assert {"carpentry", "plumbing", "erosion control techniques"} <= names
    assert not {"laborers", "superintendents"} & names  # people directed, in prose: no things


def test_a_job_boards_function_and_industry_fields_ask_nothing():
    posting = read_job(
        "# Construction Project Manager\n\n- **Industry:** Construction\n- **Function:** General Business\n\n"
        "Requirements\n- 5 years of construction experience\n"
    )
    assert "General Business" not in {r.name for r in posting.requirements}


def test_a_job_description_forms_numbered_sections_are_its_headings():
    """An employer's internal job description: "Section 3: Areas of Responsibility", "Section 8:
    Job Requirements"; a wrapped item's second line ("competencies aligned to unique roles") is
    no heading, and "Organization Design" no employer's field."""
    posting = read_job(
        "# Manager - HR Business Partner\n\nSection 3: Areas of Responsibility\nOrganization Design\n"
        "- Implement organisation design to become\nagile and productive\n- Mapping functional and leadership\n"
        "competencies aligned to unique roles\n- Deploy the Annual Manpower Plan\n"
        "Section 8: Job Requirements\nAcademic Qualification MBA in HR from Tier 1 campus\n"
        "Technical Skills/Knowledge\n- Knowledge of Labour laws and regulations\n- Change Management skills\n"
    )
    required = {r.name.lower() for r in posting.requirements if r.required}
    assert {"labour laws", "change management"} <= required
    assert not {"annual manpower plan", "organisation design"} & required
    assert posting.degree == "master"


def test_or_alone_between_two_routes_makes_them_alternatives():
    """Two routes to the job with "OR" on a line between them: the years asked are the
    least either route accepts."""
    posting = read_job(
        "# Chef de Partie\n\n**Education And Experience**\n\n"
        "- High school diploma or GED; 6 years experience in the culinary area.\n\nOR\n\n"
        "- 2-year degree in Culinary Arts; 4 years experience in the culinary area.\n"
    )
    assert posting.years == 4
    assert posting.degree == "high school"


def test_years_in_a_job_boards_field_line_under_the_title():
    posting = read_job(
        "# Photographer\n\n5+ years of experience · Full-time · Bangalore\n\n#### Requirements:\n- Adobe Lightroom\n"
    )
    assert posting.years == 5
    assert "Bangalore" not in {r.name for r in posting.requirements}


@pytest.mark.parametrize(
    "line", ["Qualification - Graduation- Any", "- Any Graduate with good communication", "Qualification: Graduate"]
)
def test_indias_graduation_is_a_first_degree(line):
    posting = read_job(f"# Content Writer\n\nRequirements\n{line}\n- 2 to 4 years of content writing\n")
    assert posting.degree == "bachelor"


def test_a_school_named_in_a_project_paragraph_asks_no_degree():
    posting = read_job(
        "# Security Guard\n\nProject Description:\nThe project will support refugee children in two primary "
        "schools and 500 students in the secondary school in the camp, with teachers, books and safe classrooms "
        "for the whole school year.\n\nRequirements:\n- 2 years in a similar position\n"
    )
    assert posting.degree is None


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("Completed apprenticeship", "Applied to the IAM District 190 machinist apprenticeship in 2024 - not accepted"),
        ("CMM programming", "Hand measuring equipment; CMM operation not yet - keen to train"),
        ("MOT tester", "MOT Tester (Class 4) course - booked for March 2025, not yet qualified"),
    ],
)
def test_a_place_not_won_or_a_skill_not_had_yet_is_missing(asked, written):
    statuses = statuses_against_posting(f"# Technician\n\nRequirements\n- {asked}\n", f"Training\n- {written}\n")
    assert set(statuses.values()) == {"missing"}


def test_eager_to_learn_still_shows_a_quick_learner():
    statuses = statuses_against_posting(
        "# Engineer\n\nRequirements\n- Quick learner\n", "Summary\nGraduate engineer, eager to learn and curious.\n"
    )
    assert statuses["Quick learner"] == "met"


def test_leading_a_brigade_shows_leadership_and_proactively_is_proactive():
    posting = "# Sous Chef\n\nRequirements\n- Leadership\n- Proactive\n"
    resume = (
        "Experience\n- Lead a brigade of six cooks and two kitchen porters during service\n"
        "- Proactively suggest new dishes for the seasonal menu\n"
    )
    assert set(statuses_against_posting(posting, resume).values()) == {"met"}
    plain = "Experience\n- Cooked pasta and grilled fish on the hot line\n"
    assert set(statuses_against_posting(posting, plain).values()) == {"missing"}


def test_a_grade_point_average_is_no_skill():
    posting = read_job("# Financial Analyst\n\nRequirements\n* Undergraduate degree with strong GPA (3.5+)\n* Excel\n")
    assert "GPA" not in {r.name for r in posting.requirements}
    assert posting.degree == "bachelor"


def test_the_call_to_apply_asks_nothing():
    posting = read_job(
        "# Sous Chef\n\nRequirements\n- 3 years as a sous chef\n- If this role matches your skills and "
        "ambitions, do not wait. Send in your application today and take the next step in your culinary career.\n"
    )
    names = {r.name.lower() for r in posting.requirements}
    assert not {"ambition", "culinary career"} & names


def test_praise_words_name_no_skill():
    posting = read_job(
        "# Store Manager\n\nRequirements\n- Stellar people skills - working with high-end retail clientele\n"
        "- Highly honed retail management skills\n"
    )
    names = {r.name.lower() for r in posting.requirements}
    assert "stellar" not in names
    assert any(n.startswith("retail management") for n in names)


def test_a_cfc_card_is_the_epa_608_certification():
    posting = "# HVAC Installer\n\nLicense / Certification\n- EPA 608.\n- CFC card.\n"
    requirements = [r for r in read_job(posting).requirements if r.kind == "license"]
    assert len(requirements) == 1 and "cfc card" in requirements[0].forms
    resume = "Certifications\n- EPA Section 608 Universal Certification (ESCO Institute, 2023)\n"
    assert set(statuses_against_posting(posting, resume).values()) == {"met"}


def test_a_trades_apprentice_in_either_order_and_a_can_do_approach():
    posting = "# Plumber\n\nRequirements\n- 3 years as a plumber apprentice\n- Positive attitude\n"
    resume = (
        "Experience\n**Plumbing Apprentice** - Cascade Rooter, 2023 - present\n"
        "Known on every crew for a positive, can-do approach.\n"
    )
    assert set(statuses_against_posting(posting, resume).values()) == {"met"}
    other = "Experience\n**Warehouse Associate** - Amazon, 2023 - present\n"
    assert set(statuses_against_posting(posting, other).values()) == {"missing"}


def test_a_phrase_cut_from_its_generic_word_keeps_it_as_written():
    posting = read_job(
        "# HVAC Installer\n\nRequirements\n- Excellent mechanical knowledge and troubleshooting skills.\n"
    )
    mechanical = [r for r in posting.requirements if r.name.lower() == "mechanical"]
    assert mechanical and "mechanical knowledge" in mechanical[0].forms


def test_a_numbers_plus_is_no_wish():
    """ "2 plus years of investment banking ... experience": "plus" is the number's, the ask
    is required; "SQL, a plus" ending its clause is a wish for what is before it."""
    posting = read_job(
        "# Financial Analyst\n\nQualifications include:\n"
        "* 2 plus years of investment banking or corporate banking experience\n* Python\n* SQL, a plus\n"
    )
    flags = {r.name.lower(): r.required for r in posting.requirements}
    assert flags["investment banking or corporate banking"] is True
    assert flags["sql"] is False and flags["python"] is True


# Regressions a review of this session's rules found: ordinary text each rule caught by mistake.


@pytest.mark.parametrize(
    ("posting", "resume"),
    [
        (
            "- Class A CDL\n- Route planning",
            "- Class A CDL driver who cut unsuccessful deliveries by 30% with route planning",
        ),
        ("- Microsoft Excel", "- Tracked stock in Microsoft Excel, keen to train colleagues in Excel"),
        (
            "- Salesforce",
            "- Coordinated the onboarding training program scheduled for new hires, tracked in Salesforce",
        ),
        ("- RN license", "RN Supervisor, City Hospital, 2018 - 2024"),
    ],
)
def test_review_words_of_failure_or_training_elsewhere_in_the_line_hold_nothing_back(posting, resume):
    statuses = statuses_against_posting(f"# Job\n\nRequirements\n{posting}\n", f"Experience\n{resume}\n")
    assert set(statuses.values()) == {"met"}


def test_review_sales_leads_and_a_planning_department_show_no_leadership_or_planning():
    statuses = statuses_against_posting(
        "# Sales\n\nRequirements\n- Leadership\n- Planning skills\n",
        "Experience\n- Generated 40 qualified leads per month for the sales team\n"
        "- Supported the planning department with filing\n",
    )
    assert set(statuses.values()) == {"missing"}


@pytest.mark.parametrize(
    "line",
    [
        "- Only candidates with a valid Class A CDL can apply",
        "Company drivers need a Class A CDL and a clean MVR.",
        "Submit your resume today if you have a Class A CDL and 2 years of experience.",
    ],
)
def test_review_a_gate_or_a_wish_in_the_employers_voice_still_asks(line):
    posting = read_job(f"# Driver\n\nRequirements\n{line}\n")
    assert {r.name: r.required for r in posting.requirements}.get("Commercial Driver's License (CDL)") is True


def test_review_degrees_and_fields_in_prose_and_places():
    prose = read_job(
        "# Social Worker\n\nAbout the role\nThis is a long paragraph about the team and the role in the county, "
        "and a master's degree in social work is needed for registration with the board here.\n\n"
        "Requirements\n- Case management\n"
    )
    assert prose.degree == "master"
    assert read_job("# Analyst\n\nRequirements\n- Any graduate degree required\n").degree == "master"
    placed = read_job("# Accountant\n\nRequirements\n- Bachelor's degree from an accredited university in Texas\n")
    assert placed.degree == "bachelor" and placed.degree_field is None


def test_review_an_essential_of_the_candidate_and_the_schools_safeguarding_bullet_still_ask():
    welder = read_job(
        "# Welder\n\nAbout the job\nYou will fabricate steel frames and trailers in our shop for agricultural "
        "clients across the region; AWS D1.1 certification required, and overtime is often available.\n\n"
        "Requirements\n- 2 years welding\n"
    )
    assert {r.name: r.required for r in welder.requirements}["Certified Welder"] is True
    teacher = read_job(
        "# Teacher\n\nPerson Specification\n- Committed to safeguarding and promoting the welfare of children\n"
    )
    assert "safeguarding" in {r.name.lower() for r in teacher.requirements}


def test_review_an_ideal_candidate_beside_a_legal_line_is_still_the_list_of_asks():
    posting = read_job(
        "# Cook\n\nThe Ideal Candidate\n- 2 years of experience\n- ServSafe\n\nRequirements:\n- Must be 18 or older\n"
    )
    assert {r.name: r.required for r in posting.requirements}["ServSafe"] is True


def test_review_a_brands_everyday_part_is_no_product():
    statuses = statuses_against_posting(
        "# Admin\n\nRequirements\n- Experience with Salesforce Reports and dashboards\n",
        "Experience\n- Administered Salesforce for a 40-person team; built dashboards and reports\n",
    )
    assert set(statuses.values()) == {"met"}


@pytest.mark.parametrize(
    ("posting", "wrong"),
    [
        (
            "Our Organisation\n- A charity using Salesforce for our donors\n\nRequirements\n- Excel",
            "Salesforce software",
        ),
        (
            "About the role\nExcellent training in Dentrix is provided, and great career progression experience "
            "awaits.\n\nRequirements\n- Excel",
            "Dentrix",
        ),
        ("Requirements\n- Completed the LPC with a commendation", "Licensed Professional Counselor (LPC)"),
        ("Requirements\n- Special Education certification", "Special educational needs (SEN)"),
    ],
)
def test_review_what_is_no_ask(posting, wrong):
    assert wrong not in {r.name for r in read_job(f"# Job\n\n{posting}\n").requirements if r.required}


def test_considered_as_an_asset_is_a_wish_and_conducting_no_field():
    posting = read_job(
        "# Senior Internal Auditor\n\nRequirements\n- Minimum five (5) years experience conducting internal audits\n"
        "- Audit experience at a public accounting firm is considered as an asset\n"
    )
    flags = {r.name.lower(): r.required for r in posting.requirements}
    assert "conducting experience" not in flags
    assert flags["internal audits"] is True
    assert not [n for n, required in flags.items() if "public accounting" in n and required]


@pytest.mark.parametrize(
    "bullet",
    [
        "Present pest pressure updates at winter grower meetings",
        "Hold morning huddles and weekly subcontractor coordination meetings",
        "Lead service, briefing the team on allergens before each shift",
    ],
)
def test_talk_given_to_a_room_shows_communication(bullet):
    statuses = statuses_against_posting("# Job\n\nRequirements\n- Communication skills\n", f"Experience\n- {bullet}\n")
    assert statuses["Communication"] == "met"


def test_a_meeting_attended_shows_no_communication():
    statuses = statuses_against_posting(
        "# Job\n\nRequirements\n- Communication skills\n", "Experience\n- Attended weekly safety meetings\n"
    )
    assert statuses["Communication"] == "missing"
