"""Regressions from blind sets 35 and 36 (real postings of ten fields each, labelled by hand
before the reader ran on them): each test is one rule they taught, on text written here."""

from __future__ import annotations

from ats_match import read_job
from helpers import statuses_against_posting as _status

# An NHS-style posting: one bold line of essential requirements, then paragraphs.
_DENTAL = (
    "# Dental Nurse\n\n**Band 4, 37.5 hours a week**\n\n"
    "**Essential requirements: NEBDN Certificate or an equivalent qualification**\n\n"
    "A rewarding and stimulating opportunity has arisen for a qualified nurse within our friendly Community "
    "Dental team.\n\n"
    "We are looking to recruit an enthusiastic and highly motivated dental nurse to work in our Harbour "
    "Street clinic.\n\n"
    "The post holder will assist the dental clinician with treatment of patients who may have dental phobia; "
    "holding a current registration with the GDC.\n\n"
    "The successful candidate joining our service, should be well organised with a calm manner and "
    "demonstrate excellent communication skills. Training is given in house and time is made for study.\n"
)


def test_prose_after_a_one_line_list_of_essentials_is_the_posting_going_on():
    posting = read_job(_DENTAL)
    names = {r.name.lower() for r in posting.requirements}
    assert posting.requirement("NEBDN Certificate").required
    assert not names & {"rewarding", "stimulating", "arisen", "community dental", "dental phobia"}, names


def test_the_traits_of_who_is_sought_and_what_the_successful_candidate_should_be():
    posting = read_job(_DENTAL)
    for name in ("Self-motivated", "Enthusiasm", "Organizational skills", "Communication"):
        assert posting.requirement(name).required, name
    names = {r.name.lower() for r in posting.requirements}
    assert "dental nurse" not in names  # the job the title names, not a skill it asks for
    shop = read_job("# Shop Manager\n\nRequirements:\n- Previous Experiece as Store / Shop Manager\n")
    assert "Shop Manager" in {r.name for r in shop.requirements}  # experience as the job is asked
    assert "manner skills" not in names  # "manner and demonstrate excellent communication skills"


def test_a_registration_held_is_asked_though_its_sentence_lists_duties():
    posting = read_job(_DENTAL)
    assert posting.requirement("GDC").required
    assert "dental clinician" not in {r.name.lower() for r in posting.requirements}


def test_question_headings_and_youve_done_open_the_requirements():
    posting = read_job(
        "# Payroll Specialist\n\n**Why?**\n\nWe are growing fast.\n\n**What?**\n\nYou will check payroll runs.\n\n"
        "**Who?**\n\n- Strong IT skills\n\n**You've done some of these things...**\n\n"
        "- Exceptional communication skills at all levels\n"
        "- EOR or PEO experience would be favourably considered\n"
        "- Experience with Xero advantageous but not essential\n"
    )
    assert posting.requirement("Computer skills").required
    assert posting.requirement("Communication").required
    assert not posting.requirement("EOR or PEO").required
    xero = posting.requirement("Xero")
    assert xero.kind == "tool" and not xero.required  # wanted, though "not essential"


def test_software_of_every_trade_that_onet_lacks_and_a_name_found_only_as_written():
    posting = read_job(
        "# Office Manager\n\nRequirements:\n- Xero or FreshBooks\n- Zendesk\n- BambooHR and Gusto\n"
        "- Bluebeam Revu\n- Approach every task with gusto\n"
    )
    tools = {r.name for r in posting.requirements if r.kind == "tool"}
    assert {"Zendesk", "BambooHR", "Gusto", "Bluebeam"} <= tools
    assert {"Xero", "FreshBooks"} <= set(posting.requirement("Xero or FreshBooks").forms)
    assert posting.requirement("Gusto").line == posting.requirement("BambooHR").line  # not "with gusto"


def test_a_firms_services_are_no_requirements_and_dotted_credentials_are_read():
    posting = read_job(
        "# Civil Engineer\n\nServices Provided\nSite Engineering\n  - Grading plans\n  - Drainage studies\n\n"
        "Minimum Qualifications:\n- Bachelor of Science degree in the field of Civil Engineering\n"
        "- Minimum licensure requirement is an Engineer Intern (E.I.T.) certificate along with Professional "
        "Engineer (P.E.) in any State.\n"
        "- Firsthand experience in storm sewer design\n"
        "- The ability to continuously grow and expand knowledge of drafting programs\n"
    )
    names = {r.name.lower() for r in posting.requirements}
    assert not names & {"grading plans", "drainage studies", "licensure", "firsthand", "expand"}, names
    assert posting.degree == "bachelor" and posting.degree_field == "Civil Engineering"
    assert posting.requirement("Engineer in Training (EIT)").required
    assert posting.requirement("Professional Engineer (PE)").required


def test_an_acronym_with_dots_spelled_out_as_something_else_is_that_thing():
    posting = read_job("# Teacher\n\nRequirements:\n- Physical Education (P.E.) and Mathematics combination\n")
    assert "Professional Engineer (PE)" not in {r.name for r in posting.requirements}


def test_duties_under_their_heading_are_no_musts_and_a_register_is_a_licence():
    posting = read_job(
        "# Pharmacy Technician\n\n**Students qualifying this summer may apply**\n\n"
        "We have posts on our rota and in the dispensaries.\n\n**Duties include**:\n\n"
        "- Dispensing medications including controlled drugs\n- Visiting wards and checking stock levels\n\n"
        "Applicants must have an NVQ 3 and be registered with the General Pharmaceutical Council.\n"
        "Candidates must be willing to undertake a checking qualification.\n"
    )
    names = {r.name.lower(): r for r in posting.requirements}
    assert not names["dispensing medications"].required and not names["visiting wards"].required
    assert "students qualifying" not in names and "undertake" not in names
    gphc = posting.requirement("GPhC registration")
    assert gphc.kind == "license" and gphc.required and "GPhC" in gphc.forms


def test_a_question_asks_and_a_framework_to_know_is_named_whole():
    posting = read_job(
        "# Nursery Practitioner\n\nAre you qualified to Level 3 with sound knowledge of the Early Years "
        "Foundation Stage?\n\n### Main Activities\n\n- To set up play equipment before each session\n"
        "- To work within agreed policies and procedures\n"
    )
    eyfs = posting.requirement("Early Years Foundation Stage")
    assert eyfs.required and eyfs.kind == "skill"
    assert not any(r.required for r in posting.requirements if "equipment" in r.name.lower())


def test_the_end_of_a_bodys_name_is_no_requirement_unless_one_must_belong_to_it():
    posting = read_job(
        "# Social Worker\n\nRequirements:\n"
        "- A Master's degree from a program accredited by the Council of Social Work Education\n"
        "- A license issued by the California Board of Behavioral Sciences\n"
        "- A member of the Philippine Society of Hospital Pharmacists\n"
    )
    names = {r.name for r in posting.requirements}
    assert "Social Work Education" not in names and "Behavioral Sciences" not in names
    # the body one must belong to, named whole (tests/test_postings_blind115.py)
    assert "Philippine Society of Hospital Pharmacists membership" in names


def test_what_the_candidate_should_be_is_asked_but_not_the_reason_given_first():
    posting = read_job(
        "# Site Superintendent\n\nIdeal candidates for this position should have experience in construction. "
        "More importantly, the candidate should be enthusiastic, team oriented, and display a high level of "
        "initiative. Due to the large amount of contact with subcontractors and team members, the candidate "
        "should also possess excellent communication skills. Candidates should be prepared to show alignment "
        "with our Leadership Principles including Customer Obsession and Deliver Results.\n\n"
        "- **SKILLSET**\n  - Instruct and assist in developing the skillset of others.\n"
        "  - Ability to multi-task and prioritise effectively.\n"
    )
    for name in ("Enthusiasm", "Teamwork", "Initiative", "Communication", "Time management"):
        assert posting.requirement(name).required, name
    names = {r.name.lower() for r in posting.requirements}
    assert not names & {"subcontractors", "skillset", "instruct", "customer obsession", "deliver results"}, names


def test_a_question_heads_the_list_and_not_essential_is_a_wish():
    posting = read_job(
        "# Vehicle Technician\n\nAcme Motors - Careers - Current vacancies\n\n"
        "What do you need to succeed as a Vehicle Technician?\n\n"
        "- Complete major electrical and engine repair work\n- MOT tester ( not essential )\n"
        "- NVQ Level 3 (or equivalent) Motor Vehicle Technician\n"
    )
    assert posting.requirement("engine repair").required
    assert not posting.requirement("MOT tester").required
    assert posting.requirement("NVQ Level 3").required
    assert "vacancies" not in {r.name.lower() for r in posting.requirements}


def test_a_careers_page_heading_is_no_title():
    for page in ("Careers", "Join Our Team", "Current Vacancies"):
        posting = read_job(f"# {page}\n\n## Plumbing Technician\n\nRequirements:\n- Journeyman plumber license\n")
        assert posting.title == "Plumbing Technician", page


def test_as_required_in_a_duty_and_required_by_someone_ask_nothing():
    posting = read_job(
        "# Senior Manager\n\nResponsibilities:\n"
        "- Advocate and support the brokering of services when required\n"
        "- Assess the training needs that are required by the OHC workers\n\n"
        "Competencies required:\n- Possess a background in Social Work or related disciplines\n- Proactive\n"
    )
    names = {r.name: r for r in posting.requirements}
    assert not names["brokering"].required and not names["OHC workers"].required
    assert "disciplines" not in names and names["Proactive"].required


def test_what_experience_may_include_is_wished_for_and_asset_in_parentheses_too():
    posting = read_job(
        "# Shipper and Receiver\n\n### Your daily tasks may include\n\n- Picking and staging orders\n\n"
        "### Your experience may include\n\n- Forklift and Pallet Jack Experience\n"
        "- English (preferred), Spanish (asset), Mandarin (asset)\n\n"
        "### Qualifications\n\n- Minimum 1 year’s driving experience\n- Able to work independently\n"
    )
    names = {r.name: r for r in posting.requirements}
    assert not names["Forklifts"].required and not names["Spanish"].required and not names["Mandarin"].required
    assert not names["staging orders"].required
    assert names["Independent work"].required and posting.years == 1
    assert not any(n.startswith("s ") for n in names), names


def test_a_header_line_of_parts_is_about_the_employer_and_handling_heads_a_term():
    posting = read_job(
        "# Restaurant Chef\n\nGrill House — Ahmedabad, Gujarat, India · Full-time\n\n"
        "- Strong knowledge of proper food handling and sanitation standards\n"
        "- Six months with the Department of Water and Power assisting with stores\n"
    )
    names = {r.name.lower() for r in posting.requirements}
    assert not names & {"grill house", "ahmedabad", "gujarat", "power assisting"}, names
    assert "food handling" in names


def test_the_lower_of_two_degrees_and_an_activity_is_no_software():
    posting = read_job(
        "# Bookkeeper\n\n## Responsibilities:\n* Manage the day-to-day bookkeeping tasks.\n\n"
        "## Qualifications & Skills:\n* Education: Associate’s or Bachelor’s degree in finance or a related field.\n"
        "* Satisfactory completion of criminal background and credit check.\n"
    )
    assert posting.degree == "associate"
    names = {r.name for r in posting.requirements}
    assert "Bookkeeping software" not in names and "Satisfactory completion" not in names, names


def test_the_ads_own_question_and_a_span_of_years_ask_nothing():
    posting = read_job(
        "# Class A CDL Driver\n\nAre you a skilled Class A CDL Driver seeking a rewarding career?\n\n"
        "**Requirements:**\n\n- Minimum of 1 year of verifiable Tractor-Trailer driving experience in the last "
        "three years.\n- Must hold a valid Medical Card.\n"
    )
    names = {r.name.lower() for r in posting.requirements}
    assert not names & {"rewarding career", "last three"}, names
    assert posting.years == 1 and posting.requirement("DOT medical card").required


def test_a_course_scheduled_or_booked_is_not_yet_held():
    posting = "# Social Worker\n\nRequirements:\n- Crisis intervention\n- MOT tester\n"
    status = _status(
        posting,
        "Jo Doe\nTraining\n- Crisis intervention training - scheduled for Q3 2026\n"
        "- MOT Tester training course (Class 4) - booked for February 2026, not yet completed\n",
    )
    assert status["Crisis intervention"] == "missing" and status["MOT tester"] == "missing"
    done = _status(posting, "Jo Doe\nTraining\n- Crisis intervention training, 2023\n- MOT tester, Class 4\n")
    assert done["Crisis intervention"] == "met" and done["MOT tester"] == "met"


def test_working_alone_is_independent_work_and_incident_reports_are_writing_not_talk():
    posting = (
        "# Security Officer\n\nRequirements:\n- Able to work independently\n- Communication skills\n- Writing skills\n"
    )
    status = _status(
        posting,
        "Jo Doe\nExperience\n- Work the night receiving shift alone with no supervisor on site\n"
        "- Write daily activity and incident reports\n",
    )
    assert status["Independent work"] == "met" and status["Writing skills"] == "met"
    assert status["Communication"] == "missing"
    assert _status(posting, "Jo Doe\nSummary\nA team player who communicates well.\n")["Communication"] == "met"


def test_an_acronym_is_no_function_word_and_a_trade_names_its_software():
    posting = read_job(
        "# Security Officer\n\nRequirements:\n- Active Security PER Card\n- MUST love pets\n"
        "- Good computer skills with emphasis on Microsoft Word and property management software\n"
        "- Design software (In Design, PC) knowledge preferred, but not required\n"
        "- Current certification as a Medical Assistant or Nurse required\n"
    )
    names = {r.name: r for r in posting.requirements}
    assert names["Security PER Card"].kind == "license"
    assert "property management software" in names and not names["Adobe InDesign"].required
    assert names["Medical Assistant"].kind == "certification"
    assert not any(n.startswith("MUST") for n in names), names


def test_review_of_these_rules_what_they_must_not_catch():
    posting = read_job(
        "# Mechanic\n\nRequirements:\n- Experience servicing GMC and Chevrolet trucks\n"
        "- Only applicants with a valid CDL Class A will be considered.\n"
        "- Experience in the Field of Structural Engineering\n- Strong Command of Microsoft Excel\n"
        "- Six Sigma Green Belt\n- Timetable experience\n\n"
        "Experience with the following tasks:\n- Cycle counting\n\nA typical shift may include:\n"
        "- Operating a forklift\n"
    )
    names = {r.name: r for r in posting.requirements}
    assert "GMC registration" not in names
    assert names["Commercial Driver's License (CDL)"].required
    assert {"Microsoft Excel", "Six Sigma", "Structural Engineering"} <= set(names)
    assert names["Cycle counting"].required and names["Forklifts"].required
    assert "Timetable experience" in names
    for title in ("P.E. Teacher", "Software Engineer Intern"):
        credentials = {r.kind for r in read_job(f"# {title}\n\nRequirements:\n- Python\n").requirements}
        assert "license" not in credentials, title
    tagged = read_job("# Data Engineer\n\nPython · Airflow · dbt · Snowflake\n\nRequirements:\n- SQL\n")
    assert "Snowflake" in {r.name for r in tagged.requirements}


def test_review_of_these_rules_what_a_resume_must_not_show():
    posting = "# Analyst\n\nRequirements:\n- Able to work independently\n- Writing skills\n- Excel\n"
    status = _status(
        posting,
        "Jo Doe\nExperience\n- Built unsupervised clustering models\n- Posted invoices and wrote off bad debt\n"
        "- Excel: scheduled weekly reports\n",
    )
    assert status["Independent work"] == "missing" and status["Writing skills"] == "missing"
    assert status["Microsoft Excel"] == "met"  # work scheduled, not a course booked


def test_blind37_38_what_a_resume_shows_and_does_not():
    posting = (
        "# Customer Service Associate\n\nRequirements:\n- Excellent communication skills\n- Goal oriented\n"
        "- Team environment\n- Fast paced environment\n- Customer service\n- Mandarin\n- Excel\n"
        "- Room Leader experience\n- ISO 17025\n- EYFS\n- Lockout/tagout procedures\n"
    )
    shown = _status(
        posting,
        "# Jo Doe\n\n## Experience\n\n"
        "**Agent** — Excel Conveyor Systems (distribution center contract), San Marcos, TX · Mar 2021 – present\n"
        "- Answer 70-90 inbound calls a day; booked 30 estimates a day against a target of 25\n"
        "- Work in a 30-agent team in a high-volume clinic; greeted and settled waiting patients\n"
        "- Reporting to the Room Leader, cover lunch routines\n- Planned activities to the Early Years Foundation Stage\n"
        "- LOTO-authorized on conveyors\n\n## Skills\n\n- Mandarin - none\n- ISO/IEC 17025 awareness course - enrolled, starts May\n",
    )
    for name in ("Communication", "Goal-oriented", "Teamwork", "Fast-paced environment", "Customer service"):
        assert shown[name] == "met", name
    assert shown["Early Years Foundation Stage (EYFS)"] == "met" and shown["Lockout/tagout (LOTO)"] == "met"
    for name in ("Mandarin", "Microsoft Excel", "Room Leader experience", "ISO 17025"):
        assert shown.get(name, "missing") == "missing", name
    degree = _status(
        "# Designer\n\nRequirements:\n- Communication skills\n", "Jo Doe\nEducation\n- BFA, Communication Design\n"
    )
    assert degree["Communication"] == "missing"


def test_a_careers_page_greeting_a_testimonial_and_one_certification_of_several():
    posting = read_job(
        "# Careers\n\n#### Hello!\n\nAt Acme, we are looking for trainers who are highly educated and experienced.\n\n"
        "Acme is looking to bring the BEST onto our team. Here's what our IDEAL trainer possess:\n\n"
        "- A degree in Exercise Science and/or a nationally recognized certification such as ACSM, NASM, NSCA, ACE\n"
        "- A minimum of 3 years of training or coaching experience.\n\n"
        "> I have had the opportunity of working at Acme for a period of 4 years. - Jo Borbon CPT\n"
    )
    assert posting.title is None and posting.years == 3
    credentials = [r for r in posting.requirements if r.kind == "certification"]
    assert len(credentials) == 1 and {"NASM", "ACE"} <= set(credentials[0].forms), credentials
    assert "Acme" not in {r.name for r in posting.requirements}
    each = read_job("# Nurse\n\nRequirements:\n- Certifications such as BLS, ACLS and PALS\n")
    assert len([r for r in each.requirements if r.kind == "certification"]) == 3


def test_header_fields_as_bullets_traits_sought_and_a_label_run_onto_an_item():
    posting = read_job(
        "# Metal Fabrication Worker\n\n## Additional Info\n\n- **Availability:** Mon-Fri; 8:00 am-5:00 pm\n"
        "- **Compensation:** Compensation commensurate with experience\n- **Contact:** Human Resources\n\n"
        "We are looking for hard-working, organized, punctual, dependable, detail oriented and flexible Metal "
        "Fabricators to become a part of a great team!!\n\n"
        "•    Ability to assemble and fabricate signs Job Requirements: \n•    Read blueprints\n"
        "•    Work in a fast-paced environment\n\nJob Types: Part-Time, Subcontract\n\nAbout: Cinema Fit Out\n"
    )
    names = {r.name: r for r in posting.requirements}
    assert not {"Mon-Fri", "Compensation commensurate", "Human Resources", "Subcontract", "Cinema Fit"} & set(names)
    for name in ("Reliability", "Work ethic", "Attention to detail", "Organizational skills"):
        assert names[name].required, name
    assert names["Blueprint reading"].required and names["Fast-paced environment"].required
    assert not names["fabricate signs"].required  # a duty above "Job Requirements:"
    hire = read_job(
        "# Carpenter\n\nWe are looking to hire carpenters with:\n\n- Good communication skills\n\n"
        "Essential skills\n\n- Knowledge in reading working drawings\n"
    )
    assert hire.requirement("Communication").required and hire.requirement("Blueprint reading").required


def test_a_record_of_work_shows_reliability_detail_and_reading_drawings():
    posting = (
        "# Carpenter\n\nRequirements:\n- Punctual and reliable\n- Keen eye for detail\n- Reading working drawings\n"
    )
    shown = _status(
        posting,
        "Jo Doe\nExperience\n- Set out frames straight from the architectural and engineering drawings.\n"
        "- Zero carpentry defects recorded at frame inspections; 100% attendance record, never late to site.\n",
    )
    assert shown["Reliability"] == "met" and shown["Attention to detail"] == "met"
    assert shown["Blueprint reading"] == "met"
    bare = _status(posting, "Jo Doe\nExperience\n- Framed walls and hung doors on new homes.\n")
    assert set(bare.values()) == {"missing"}, bare
    nurse = _status(
        "# Nurse\n\nRequirements:\n- Med/Surg experience\n",
        "Jo Doe\nExperience\n- Staff Nurse, Medical-Surgical Ward, 2022 - present\n",
    )
    assert nurse["Med/Surg experience"] == "met"  # a ward on a bullet is the work, no employer


def test_about_you_in_the_future_tense_and_a_uk_person_specification():
    posting = read_job(
        "# Licensed Conveyancer\n\nWe are seeking a qualified Licensed Conveyancer with a minimum of 3 years' "
        "post-qualification experience to join our busy and well-established Property department.\n\n"
        "## About You\n\nYou will be an experienced property lawyer who is confident managing your own caseload "
        "while working as part of a supportive team. You will have excellent client care skills and a strong "
        "attention to detail. You will have the opportunity to grow.\n\n"
        "## We're looking for an individual who:\n- Is highly organised, able to use their initiative and has a "
        "'can do' attitude\n- Can build effective relationships, with good written and oral communication skills.\n"
    )
    names = {r.name: r for r in posting.requirements}
    for name in ("Customer service", "Attention to detail", "Initiative", "Positive attitude", "Interpersonal skills"):
        assert names[name].required, name
    assert posting.years == 3
    assert not {"post-qualification", "well-established Property department", "relationships skills"} & set(names)


def test_an_item_heading_wishes_below_it_and_the_right_to_work_is_no_skill():
    posting = read_job(
        "# Careers\n\n## Landscape Install Technician\n\n* US Citizen\n* Valid GA driver’s license\n"
        "* Highschool Diploma\n* Willingness to learn and work with a team\n"
        "* Experience in any of the following are all bonus: 🙂\n  * Construction\n  * Plumbing / Drainage\n"
        "  * Degree in related field\n  * Trailers / Heavy Equipment\n"
    )
    names = {r.name: r for r in posting.requirements}
    assert "US Citizen" not in names and posting.degree == "high school"
    assert names["Teamwork"].required and names["Driver's license"].required
    heavy = next(r for name, r in names.items() if "Heavy Equipment" in name)  # "Trailers or Heavy Equipment"
    assert not heavy.required and not names["Plumbing or Drainage"].required


def test_a_higher_degree_said_required_beside_a_lower_one_and_south_africas_matric():
    posting = read_job(
        "# Archives Assistant\n\nQualifications:\n"
        "•  Master’s degree in Library Science from an accredited program required.\n"
        "•  Undergraduate degree in Art History, Museum Studies, or a related field.\n"
    )
    assert posting.degree == "master"
    either = read_job(
        "# Engineer\n\nQualifications:\n* Bachelor's degree in Computer Science with 8 years of experience, or\n"
        "* A Master's degree in Computer Science with at least 6 years of experience.\n"
    )
    assert either.degree == "bachelor"
    assert read_job("# Waiter\n\nRequirements:\n\nMatric\n\nFood safety certificate\n").degree == "high school"
