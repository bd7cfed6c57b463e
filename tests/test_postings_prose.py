"""read_job on what real postings write outside a requirements list: prose that asks
("Candidates must be able to read blueprints"), an exam's "knowledge of:" list, process
text that asks for nothing, and words the tech lexicon would misread in other fields. Each
posting here is a few lines written for the test."""

from __future__ import annotations

import pytest

from ats_match import JobPosting, read_job, role_from_job
from ats_match.postings.sections import heading_kind


def names(posting: JobPosting) -> set[str]:
    return {r.name for r in posting.requirements}


def forms(posting: JobPosting) -> set[str]:
    return {f.lower() for r in posting.requirements for f in (r.name, *r.forms)}


def required_forms(posting: JobPosting) -> set[str]:
    return {f.lower() for r in posting.requirements if r.required for f in (r.name, *r.forms)}


def test_an_exam_knowledge_list_is_read_as_wishes():
    """What a written test may examine is read, but as wishes: no minimum qualification (blind
    labellers left such lists out or marked them preferred; 3 of 58 items were labelled required)."""
    posting = read_job(
        "# Plant Mechanic\n\nREQUIREMENTS\n\n1. Two years of full-time paid experience as a plant mechanic.\n\n"
        "SELECTION PROCESS\n\nIn the written test, candidates may be examined for knowledge of: hydronics; "
        "brazing and soldering; DDC controls. Candidates will be notified by email.\n"
    )
    for item in ("hydronics", "brazing", "ddc"):
        found = [r for r in posting.requirements if any(item in f.lower() for f in (r.name, *r.forms))]
        assert found and not found[0].required, item
    assert "notified" not in " ".join(forms(posting))
    assert posting.years == 2 and posting.requirement("experience-years").required


def test_prose_without_a_heading_that_says_must_is_read():
    posting = read_job(
        "# Machinist\n\nFor forty years we have made precision parts for customers in the aerospace industry, "
        "from our plant near Dayton.\n\nCandidates must be able to read blueprints "
        "and use micrometers. Working knowledge of shop mathematics is necessary. Our shop is in Ohio.\n"
    )
    assert {"blueprints", "micrometers", "shop mathematics"} <= forms(posting)
    assert all(r.required for r in posting.requirements if r.name.lower() in ("blueprints", "micrometers"))
    assert "aerospace industry" not in forms(posting), "a sentence that asks for nothing gives nothing"


def test_process_text_that_asks_for_nothing_gives_nothing():
    posting = read_job(
        "# Clerk\n\nREQUIREMENTS\n\n1. One year of experience in records management.\n\nNOTES:\n\n"
        "1. A final average score of 70% is required to be placed on the eligible list.\n"
        "2. Candidates may be disqualified if they do not possess the minimum qualifications stated on this bulletin.\n"
    )
    assert not {"eligible list", "final average score", "disqualified", "bulletin"} & forms(posting)


def test_tech_senses_only_in_tech_postings():
    electrician = read_job(
        "# Electrician\n\nRequirements:\n- Knowledge of transformers, motors and branch circuits\n"
        "- Experience with airflow measurement in HVAC ducts\n- Journeyman electrician license\n"
    )
    assert not {"Deep Learning", "Apache Airflow"} & names(electrician)
    engineer = read_job("# Data Engineer\n\nRequirements:\n- Python and SQL\n- Apache Airflow\n- dbt\n")
    assert "Apache Airflow" in names(engineer)


def test_a_line_in_capitals_names_no_acronym_by_a_common_word():
    posting = read_job(
        "# AIR CONDITIONING MECHANIC\n\nREQUIREMENTS\n\nTWO YEARS OF EXPERIENCE REPAIRING AIR CONDITIONING "
        "EQUIPMENT\n\n- EPA 608 Universal certification\n"
    )
    assert not [n for n in names(posting) if "adobe" in n.lower()]


def test_two_letter_tokens_and_roman_numerals_are_not_terms():
    posting = read_job(
        "# Civil Engineer II\n\nRequirements:\n- Available 7 AM - 3 PM\n- Work with the CS team\n"
        "- Promotion from Engineer II to III\n- AutoCAD Civil 3D\n"
    )
    assert not {"am", "pm", "cs", "ii", "iii"} & forms(posting)


def test_prose_reads_no_gerund_of_an_everyday_verb():
    posting = read_job(
        "# HVAC Mechanic\n\nSELECTION PROCESS\n\nCandidates may be examined for knowledge of: modifying; "
        "storing; brazing.\n"
    )
    assert "brazing" in forms(posting)
    assert not {"modifying", "storing"} & forms(posting)


def test_years_of_alternative_requirements_are_the_least():
    posting = read_job(
        "# Analyst\n\nREQUIREMENTS\n\n1. Three years of full-time paid experience in budget analysis; or\n"
        "2. One year of full-time paid experience as a Management Aide.\n"
    )
    assert posting.years == 1
    same_line = read_job("Requirements:\n- 2 years of full-time or 4 years of part-time experience in payroll\n")
    assert same_line.years == 2
    both = read_job("Requirements:\n- 5+ years of accounting experience, including 2 years as a team lead\n")
    assert both.years == 5, "not alternatives: the most is asked"


def test_a_period_of_time_in_process_text_is_not_experience():
    posting = read_job(
        "# Analyst\n\nRequirements:\n- One year of experience in payroll\n\nNOTES:\n\n"
        "1. You may take the test only once every 24 months.\n"
        "2. If you have applied in the Personnel Department within the last 24 months, you may not file.\n"
    )
    assert posting.years == 1


def test_a_cue_after_a_list_marks_every_item_of_it():
    posting = read_job(
        "Requirements:\n- Two years of experience as a legal secretary\n"
        "- Experience with iManage, Microsoft Word and Excel programs, is desired.\n"
        "- Use of Pipedrive, Slack and Zoom are good to have\n"
    )
    for name in ("iManage", "Word", "Excel", "Pipedrive", "Slack"):
        found = [r for r in posting.requirements if any(name.lower() in f.lower() for f in (r.name, *r.forms))]
        assert found and not found[0].required, name


def test_graduation_from_a_four_year_college_is_a_bachelors_degree():
    posting = read_job(
        "Requirements:\n- Graduation from a recognized four-year college or university with a major in Chemistry\n"
    )
    assert posting.degree == "bachelor"


def test_a_sentence_that_says_desirable_is_read_as_preferred():
    posting = read_job(
        "# Educator\n\nREQUIREMENTS\n\n1. One year of teaching experience.\n\nNOTES:\n\n"
        "1. Experience teaching marine science to grades K-12 is especially desirable.\n"
        "2. Some positions may require a valid California driver's license.\n"
    )
    k12 = [r for r in posting.requirements if "k-12" in r.name.lower()]
    assert k12 and not k12[0].required
    assert not posting.requirement("Driver's license").required


def test_phrases_of_the_duties_are_preferred_and_their_tools_required():
    posting = read_job(
        "# Dispatcher\n\n## Requirements\n\n- High school diploma\n- Knowledge of freight logistics\n\n"
        "## Typical Duties\n\n- Schedule inbound deliveries and fleet pickups\n- Operate forklifts when needed\n"
    )
    assert posting.requirement("freight logistics").required
    assert not posting.requirement("inbound deliveries").required
    assert posting.requirement("Forklifts").required


def test_without_a_requirements_heading_the_duties_are_read_and_their_tools_required():
    """Their phrases are preferred (labellers of four blind sets never marked a duty's phrase
    required); a line that is no duty stays required."""
    posting = read_job(
        "# Dispatcher\n\n- Schedule inbound deliveries and fleet pickups\n- Operate forklifts\n"
        "- Knowledge of freight logistics\n"
    )
    assert not posting.requirement("inbound deliveries").required
    assert posting.requirement("Forklifts").required and posting.requirement("freight logistics").required


def test_the_role_from_a_non_tech_posting_has_no_tech_sense():
    role = role_from_job(
        "# Electrician\n\nRequirements:\n- Knowledge of transformers, motors and branch circuits\n"
        "- Experience with airflow measurement in HVAC ducts\n- Journeyman electrician license\n"
    )
    assert not {"deep-learning", "airflow"} & {item.id for item in role.items}


def test_what_a_role_excludes_is_not_asked_for():
    posting = read_job(
        "# Sales Representative\n\nRequirements:\n- 2 years of inbound sales experience\n- HubSpot\n\n"
        "Role Exclusions:\n- Lead mining\n- Writing sales scripts\n\n"
        "What this role is not:\n- Cold calling\n"
    )
    assert not {"lead mining", "sales scripts", "cold calling"} & forms(posting)
    assert "hubspot" in forms(posting)


def test_notes_and_the_selection_process_are_a_section_of_their_own():
    from ats_match.postings.sections import heading_kind

    assert heading_kind("notes") == heading_kind("process notes") == heading_kind("selection process") == "notes"
    assert heading_kind("role exclusions") == heading_kind("benefits") == "about"


def test_physical_demands_name_no_skill_wherever_written():
    posting = read_job(
        "# Grain Elevator Worker\n\nRequirements\n\n- High school diploma or equivalent\n"
        "- Physical fitness, including the ability to work in confined spaces and at heights, kneel, "
        "climb stairs and ladders, lift up to 55 lbs unassisted\n\n"
        "Candidates must be able to read blueprints. Must be able to lift 50 lbs.\n"
    )
    assert not {"confined spaces", "ladders", "unassisted"} & forms(posting)
    assert "blueprints" in forms(posting), "the sentence before the physical one still asks"


def test_a_bullet_inside_a_paragraph_ends_a_sentence():
    from ats_match.postings.cues import asked_spans

    text = "Requirements: · Knowledge of OSHA regulations · Lead investigations of injured colleague cases"
    assert [text[start:end] for start, end in asked_spans(text)] == ["Knowledge of OSHA regulations"]


def test_an_adverb_does_not_open_a_phrase():
    posting = read_job("Requirements:\n- Ability to accurately identify flavors in syrups\n- HACCP certification\n")
    assert not [f for f in forms(posting) if f.startswith("accurately")]


def test_desired_but_not_required_is_preferred_and_sets_no_degree_level():
    posting = read_job(
        "Requirements:\n- One year of warehouse experience\n\nNOTES:\n\n"
        "1. High school graduation is desired but not required.\n"
        "2. Professional registration as a land surveyor is desired but not necessary.\n"
    )
    assert not posting.requirement("degree-high-school").required
    assert posting.degree is None, "no level to screen on"
    surveyor = [r for r in posting.requirements if "land surveyor" in r.name.lower()]
    assert surveyor and not surveyor[0].required
    assert read_job("Requirements:\n- No degree required\n- ServSafe\n").degree is None


def test_a_verb_of_the_work_does_not_open_a_phrase():
    posting = read_job(
        "Requirements:\n- Ability to analyze training needs and engage learners\n- Articulate Storyline\n"
    )
    # the verb opens no noun phrase; it is read with its object, as the ability asked for
    assert [f for f in forms(posting) if f.startswith(("analyze", "engage"))] == ["analyze training needs"]


def test_a_heading_line_asks_for_nothing():
    posting = read_job(
        "# Social Worker\n\nREQUIREMENTS\n\n1. Two years of experience in social work.\n\nSELECTIVE CERTIFICATION\n\n"
        "1. A valid license as a Licensed Clinical Social Worker.\n\nRequirements: Spanish, LCSW\n"
    )
    assert "selective certification" not in forms(posting)
    assert "lcsw" in forms(posting), "an inline heading's items are read"


def test_a_cue_that_opens_the_next_part_qualifies_that_part_only():
    posting = read_job("Requirements:\n- 1-3 years professional experience, ideally in customer facing roles\n- SQL\n")
    assert posting.years == 1 and posting.requirement("experience-years").required
    degree = read_job("Requirements:\n- Bachelor's degree, preferably in Nursing\n- BLS\n")
    assert degree.requirement("degree-bachelor").required


def test_what_you_get_is_about_the_employer():
    posting = read_job(
        "# Support Specialist\n\nRequirements\n\n- 2 years in tech support\n- SQL\n\n"
        "What you'll get\n\nYou will work on an early-stage product with the Culture Handbook team.\n"
    )
    assert not {"early-stage product", "culture handbook"} & forms(posting)


def test_a_word_in_parentheses_before_a_licence_is_a_kind_of_it():
    """ "a compact (multistate) license" is the RN licence asked for another way, not a
    requirement named "multistate"."""
    posting = read_job(
        "# Registered Nurse\n\nRequirements\n\n- Active RN license in the State of Ohio or a compact (multistate) "
        "license\n- BLS certification\n- Epic charting experience\n"
    )
    assert "multistate" not in forms(posting)
    assert any(r.kind == "license" and r.required for r in posting.requirements)
    assert "epic systems" in forms(posting) or "epic" in forms(posting)


def test_a_heading_that_says_also_has_lists_extras():
    """ "An ideal candidate also has:" after the requirements introduces what is preferred."""
    posting = read_job(
        "# Customer Success Manager\n\n## Requirements\n- 3+ years in customer success or account management\n"
        "- Experience with Salesforce and Zendesk\n\nAn ideal candidate also has:\n- Experience with Gainsight\n"
        "- SQL skills\n\n## Benefits\n- Health insurance\n"
    )
    flags = {r.name.lower(): r.required for r in posting.requirements}
    assert flags.get("gainsight") is False and flags.get("sql") is False
    assert flags.get("zendesk") is True


def test_an_acronym_the_posting_spells_out_means_what_it_spells():
    """A safety posting's "Process Safety Manager (PSM)" read as Professional Scrum Master
    (the certification vocabulary's PSM) on a real EHS posting; spelled out as the
    vocabulary spells it, the acronym still counts."""
    safety = read_job(
        "# Safety Manager\n\nRequirements:\n- Ensure compliance with Process Safety Manager (PSM) standards\n"
        "- Bachelor's degree in Occupational Health and Safety\n"
    )
    assert not [n for n in names(safety) if "scrum" in n.lower()]
    nurse = read_job("# Registered Nurse\n\nRequirements:\n- Current Basic Life Support (BLS) certification\n")
    assert [r for r in nurse.requirements if "bls" in {f.lower() for f in r.forms} and r.kind == "certification"]
    scrum = read_job("# Scrum Master\n\nRequirements:\n- Professional Scrum Master (PSM) or CSM certification\n")
    assert [n for n in names(scrum) if "scrum" in n.lower()]


def test_a_verb_and_its_particle_or_a_lone_participle_name_nothing():
    posting = read_job(
        "# Safety Manager\n\nRequirements:\n- Able to traverse up to two miles during a work day\n"
        "- Complete assigned work within the allotted time\n- Brazing and soldering\n"
    )
    assert "brazing" in forms(posting)
    assert not [f for f in forms(posting) if f.startswith("traverse") or "allotted" in f]


def test_a_physical_demand_ends_with_its_inline_bullet():
    posting = read_job(
        "# EHS Manager\n\nPosition Requirements: · Proven ability to assess hydronics risk · The position "
        "requires the ability to traverse up to two (2) miles during a work day\n"
    )
    assert "hydronics" in " ".join(forms(posting))
    assert not [f for f in forms(posting) if "traverse" in f]


def test_section_labels_run_into_one_paragraph_still_open_their_sections():
    """Postings copied from an ATS page often come as one paragraph: "... the plant.
    Position Responsibilities: · ... Position Requirements: · ...". The duties are then not
    requirements, and the requirements are."""
    posting = read_job(
        "# EHS Manager\n\nThis role reports to the plant manager. Position Responsibilities: · Lead incident "
        "investigations with the brazing crew · Knowledge of hydronics programs and safety reporting systems "
        "· Support Performance Excellence. Position Requirements: · A Bachelor's degree in Occupational Health "
        "and Safety · Working knowledge of Microsoft Office · Experience with telemetry\n"
    )
    required = required_forms(posting)
    assert posting.degree == "bachelor"
    assert "telemetry" in required and "microsoft office" in " ".join(required)
    assert not {"performance excellence", "safety reporting"} & required  # duties, not asked


def test_a_paragraph_in_lower_case_goes_on_with_the_list_item_before_it():
    posting = read_job(
        "# Lab Technician\n\nRequirements:\n- A degree in chemistry, or equivalent experience in an industrial\n\n"
        "laboratory with spectrophotometry, titration and turbidity testing of water samples for the plant\n"
    )
    required = required_forms(posting)
    assert {"spectrophotometry", "titration"} <= required


def test_words_that_relate_or_qualify_close_no_phrase():
    posting = read_job(
        "# Storekeeper\n\nRequirements:\n- Keep accurate records adhering to procedural manuals relating to "
        "stockroom receiving\n- Open on a promotional basis to employees\n- Applicants will be notified if "
        "selected\n"
    )
    found = " | ".join(sorted(forms(posting)))
    for fragment in ("adhering", "relating", "basis", "notified if"):
        assert fragment not in found, fragment


def test_a_skill_the_duties_name_is_preferred_and_a_tool_they_name_required():
    """With a requirements section, the duties describe the work: a skill they name (a
    department, "Product Management", read by the tech lexicon) is no stated must-have,
    as their phrases are not; the tools the work is done with still are."""
    posting = read_job(
        "# Data Engineer\n\nResponsibilities:\n- Partner with Product Management on the roadmap\n"
        "- Deploy services with Docker\n\nRequirements:\n- 3+ years of Python and SQL\n"
    )
    by_name = {r.name.lower(): r for r in posting.requirements}
    assert not by_name["product management"].required
    assert by_name["docker"].required and by_name["python"].required


def test_a_skill_compound_may_open_with_a_generic_word():
    """ "project management", "engineering design", "policy development": everyday words, but
    the head says they are skills, whatever the first word (a buzzword still opens none)."""
    posting = read_job(
        "# Civil Engineer\n\nRequirements:\n- Knowledge of engineering design, project management and policy "
        "development\n- World-class management\n"
    )
    assert {"engineering design", "project management", "policy development"} <= forms(posting)
    assert "world-class management" not in forms(posting)


def test_a_list_of_competencies_to_be_evaluated_is_read_as_wishes():
    posting = read_job(
        "# Warehouse Worker\n\nSELECTION PROCESS\n\nIn the multiple-choice test, the following competencies may be "
        "evaluated: handling of hazardous substances; reviewing Safety Data Sheets (SDS); and use of personal "
        "protective equipment (PPE). Candidates will be notified by email.\n"
    )
    assert {"sds", "ppe"} <= forms(posting) and not {"sds", "ppe"} & required_forms(posting)
    assert not {"competencies", "notified"} & forms(posting)


def test_the_items_after_knowledge_of_are_terms_however_everyday_their_words():
    posting = read_job(
        "# Payroll Specialist\n\nRequirements:\n- Strong knowledge of payroll processing, tax laws, and regulatory "
        "requirements\n- Great team spirit and tax laws of the world\n"
    )
    required = required_forms(posting)
    assert "tax laws" in required
    # not a term after "knowledge of": the soft skill it names
    assert not [r for r in posting.requirements if r.source == "phrase" and "team spirit" in r.name.lower()]
    assert posting.requirement("Teamwork").kind == "soft"


def test_terms_the_phrase_finder_cannot_see_are_in_our_vocabulary():
    """A compound around "of" is cut there, a name with a slash read as two alternatives:
    "point of sale" and "Cal/OSHA" come from the vocabulary (data/credentials.yaml, terms)."""
    posting = read_job(
        "# Bar Manager\n\nRequirements:\n- Proficiency in Point of Sale Systems\n- Knowledge of Cal/OSHA guidelines\n"
    )
    required = required_forms(posting)
    assert {"point of sale", "cal/osha"} <= required


def test_an_ad_that_asks_in_a_question_has_a_requirements_section():
    """ "Does this sound like you?" heads the asks of a chatty ad; the company's story told
    in a numbered list above it is then a description, not a list of must-haves."""
    posting = read_job(
        "# Clinical Engineer\n\n## How we work\n\n1. We had team lunches at the Breakfast Club and retreats "
        "in Tuscany.\n2. Our gross retention is over 90% thanks to care orchestration.\n\n"
        "## Does this sound like you?\n\n* Experience with JavaScript and React\n* Comfortable with Kubernetes\n"
    )
    required = required_forms(posting)
    assert {"javascript", "react", "kubernetes"} <= required
    assert not [f for f in required if "breakfast" in f or "tuscany" in f or "retention" in f]


def test_a_certification_the_duties_only_name_is_not_asked_for():
    posting = read_job(
        "# Nurse\n\nDuties\n\nProvide emergency care and perform CPR; apply CPT and ICD-10 codes.\n"
        "Maintain BLS certification.\n\nRequirements\n\n- Registered Nurse license\n"
    )
    names_found = {n.lower() for n in names(posting)}
    assert not [n for n in names_found if "phlebotomy" in n or n.startswith("cpr")]
    assert [r for r in posting.requirements if "bls" in r.name.lower()]  # the duty names a credential: kept


def test_what_follows_a_number_and_a_unit_is_a_quantity():
    posting = read_job(
        "# Medical Coder\n\nRequirements:\n- Coding certification\n- Internet of 2 Mbps upload and 10 Mbps download "
        "speeds\n- Lift 50 lbs boxes\n"
    )
    assert not [f for f in forms(posting) if "mbps" in f or "download" in f or "lbs" in f]


def test_soft_skills_written_as_verbs_and_team_phrases():
    posting = read_job(
        "# Pharmacist\n\nQualifications\n\n- 3+ years of experience communicating, both written and verbally\n"
        "- Ability to work independently and as part of a team\n"
    )
    assert {"Communication", "Teamwork"} <= names(posting)


def test_one_word_items_of_a_knowledge_list():
    posting = read_job(
        "# Medical Coder\n\nRequirements:\n- Extensive knowledge of medical terminology, anatomy and pharmacology\n"
        "- Knowledge of regulations in lieu of experience\n"
    )
    required = required_forms(posting)
    assert {"anatomy", "pharmacology", "medical terminology"} <= required  # ("anatomy and physiology" is one subject)
    assert "lieu" not in forms(posting) and "extensive" not in forms(posting)


def test_how_fast_a_company_grew_is_no_years_of_experience():
    posting = read_job(
        "# Engineer\n\n## How we work\n\n* In 14 months we built an app, and integrated with the health records "
        "in the NHS in just 4 months.\n\nRequirements\n\n- Experience with Python\n"
    )
    assert posting.years is None


def test_a_doctor_or_a_language_model_is_no_degree_but_a_medical_degree_is():
    ad = read_job(
        "# ML Engineer\n\nAs a doctor, I built a tuned LLM for structured summaries.\n\n"
        "Requirements\n\n- Python, PyTorch and Kubernetes\n"
    )
    assert ad.degree is None
    asked = read_job("# Clinical Engineer\n\nRequirements\n\n- You need to have a medical degree.\n- Python\n")
    assert asked.degree == "phd"


def test_a_number_glued_to_capitals_is_a_name_and_a_rank_or_unit_is_not():
    posting = read_job(
        "# Mechanical Engineer\n\nRequirements:\n- Proficient in Civil 3D software\n"
        "- Knowledge of 8D, Six Sigma, DOE, or similar\n- Work the 2nd shift on the 10th floor\n- Lift 50LBS boxes\n"
    )
    required = required_forms(posting)
    assert {"8d", "six sigma", "doe"} <= required
    assert [f for f in required if "civil 3d" in f]
    assert not [f for f in forms(posting) if "floor" in f or "lbs" in f or f.startswith("th ")]


def test_research_is_a_skill_head_and_a_trade_gerund_stands_alone():
    posting = read_job(
        "# Pharmacist\n\nQualifications\n\n- 3+ years of experience with clinical research, policy development, "
        "and/or medical writing\n- 3+ years of experience reviewing prior authorizations\n"
        "- 10+ years of drafting and design experience\n"
    )
    required = required_forms(posting)
    assert {"clinical research", "policy development", "medical writing", "drafting"} <= required
    assert "prior authorization" in required


def test_areas_after_years_in_and_proficiency_in_are_items():
    posting = read_job(
        "# Analyst\n\n### Qualifications\n\n* Experience: 2-5 years in corporate finance, corporate strategy, "
        "management consulting, or business development.\n* Skills: proficiency in financial modeling, excellent "
        "communication skills.\n"
    )
    required = required_forms(posting)
    for item in ("corporate finance", "corporate strategy", "management consulting", "business development"):
        assert [f for f in required if item in f], item
    assert "financial modeling" in required


def test_an_equal_opportunity_or_pay_statement_asks_for_nothing_and_ends_the_list():
    posting = read_job(
        "# Coordinator\n\n### Qualifications:\n\n* Must be fluent in English\n* Knowledge of Salesforce\n\n"
        " **Acme** : Enabling your best. Our comprehensive benefits package includes health & wellness plans "
        "and a generous paid time off policy for everyone.\n\n"
        "A reasonable estimate of the salary range for this role would be $66,000 - $125,000, adjusted based on "
        "each employee's geographic location.\n\n"
        "We are an Equal Opportunity Employer and do not discriminate on the basis of race, color, religion, "
        "sexual orientation, national origin, marital status, or protected veteran status.\n\n"
        "By applying you agree that we may process your data under the California Privacy Rights Act (CPRA).\n"
    )
    required = required_forms(posting)
    assert "salesforce" in required
    junk = ("wellness", "geographic", "sexual orientation", "veteran", "marital", "cpra", "reasonable estimate")
    assert not [f for f in required if any(word in f for word in junk)]


def test_soft_skills_a_posting_asks_for_in_its_words():
    posting = read_job(
        "# Dealer Manager\n\nCommunications: this position requires strong presentation and communication skills.\n\n"
        "Requirements\n\n- Excellent listening skills\n- Ability to work in collaboration with others\n"
        "- High level of self-motivation and accountability\n- Able to set priorities and manage multiple priorities\n"
        "- Create materials in Microsoft Power Point\n"
    )
    assert {
        "Presentation skills",
        "Active listening",
        "Teamwork",
        "Self-motivated",
        "Accountability",
        "Time management",
        "Microsoft PowerPoint",
    } <= names(posting)


def test_headings_with_curly_apostrophes_and_hidden_marks():
    """ "What You’ll Do\u200b" (a curly apostrophe, a zero-width space from the web page) is
    the duties, "What We Look For" the asks: the duties' bullets are then no must-haves."""
    posting = read_job(
        "# Strategy Analyst\n\n**What You\u2019ll Do\u200b**\n\n* Scope GTM execution considerations with XFN partners\n\n"
        "**What We Look For**\n\n* Proficiency in Salesforce and SQL\n"
    )
    required = required_forms(posting)
    assert {"salesforce", "sql"} <= required
    assert not [f for f in required if "gtm" in f or "xfn" in f]


def test_trade_and_soft_wordings_and_a_licence_without_its_possessive():
    posting = read_job(
        "# Plumber\n\nRequirements\n\n- A journeyman plumber's license\n- Experience with hand and power tools\n"
        "- A valid Basic Cardiac Life Support certificate\n- Strong work ethic and able to take ownership\n"
        "- Ability to think creatively\n- Willing to mentor others\n"
    )
    assert [f for f in forms(posting) if "plumber license" in f]
    assert {"Hand and power tools", "Basic Life Support (BLS)", "Work ethic", "Ownership", "Creativity"} <= names(
        posting
    )
    assert "Mentoring" in names(posting)


def test_html_left_in_a_posting_is_read_as_its_text():
    posting = read_job(
        "# UX Designer\n\n### Requirements\n<ul><li>Advanced skill with design tools, such as Sketch, Invision, "
        "Adobe CS, etc.</li><li>Strong writing skills &amp; a portfolio</li></ul>\n"
    )
    assert {"sketch", "invision"} <= required_forms(posting)
    assert "Writing skills" in names(posting)
    assert not [f for f in forms(posting) if "li>" in f or "<" in f]


def test_a_line_in_capitals_names_no_acronyms():
    posting = read_job(
        "# Welder\n\nREQUIREMENTS\n\n1. A LICENSE AS A CERTIFIED WELDER FOR STRUCTURAL STEEL ISSUED BY THE LOS ANGELES "
        "CITY DEPARTMENT OF BUILDING AND SAFETY IS REQUIRED FOR ALL POSITIONS IN THE DEPARTMENT OF WATER AND POWER.\n"
        "2. Experience with TIG welding and AutoCAD.\n"
    )
    assert not {"city", "water", "power", "safety"} & {n.lower() for n in names(posting)}
    assert {"tig welding", "autocad"} & required_forms(posting)


def test_one_word_area_after_experience_in_and_building_heads_a_skill():
    posting = read_job(
        "# Program Officer\n\nQualifications\n\n- Minimum five (5) years of professional experience in nonprofit, "
        "community economic development, or a related field\n- Experience in capacity building\n"
    )
    required = required_forms(posting)
    assert "nonprofit" in required and "capacity building" in required


def test_front_matter_keeps_the_posting_fields_and_drops_the_sites():
    posting = read_job(
        "---\n_id: ab37\ntitle: Line Cook\nmanagernotes: 'grossprofitamount clientsubmissiontype'\n"
        'qualifications: "Valid Food Handler Certification\n6 months of restaurant experience preferred"\n'
        "---\nFor over 20 years our cafe has served Austin.\n"
    )
    assert posting.title == "Line Cook"
    assert [f for f in forms(posting) if "food handler" in f]
    assert not [f for f in forms(posting) if "grossprofit" in f or "clientsubmission" in f]


def test_hours_of_experience_and_a_note_on_lacking_it():
    posting = read_job(
        "# Animal Care Technician\n\nREQUIREMENTS\n\n1. 2,080 hours of experience (paid or volunteer) in the care "
        "of companion animals\n\nNOTES:\n\n1. Applicants who lack six months or less of the required experience "
        "may file for this examination.\n"
    )
    assert posting.years == 1.0


def test_social_media_links_ask_for_nothing():
    posting = read_job(
        "# Coordinator\n\nRequirements\n\n- Knowledge of Raiser's Edge\n- Attention to detail\n\n"
        "* **LinkedIn** : Team Rubicon\n* **Instagram** : @teamrubicon\n"
    )
    assert not {"linkedin", "instagram"} & {f for f in forms(posting)}


def test_a_noun_ending_in_ly_is_no_adverb():
    posting = read_job(
        "# Buyer\n\nRequirements\n\n- Experience in supply chain operations\n- Knowledge of poly piping\n"
        "- Accurately prepare purchase orders\n"
    )
    required = required_forms(posting)
    assert "supply chain operations" in required and "poly piping" in required
    assert not [f for f in forms(posting) if f.startswith("accurately") or f == "chain operations"]


def test_words_of_a_sentence_are_no_term():
    posting = read_job(
        "# Accountant\n\nRequirements\n\n- Knowledge of GAAP; the ability to read and interpret complex "
        "electronically produced and written financial data; work under pressure of time and the criteria "
        "described\n- Applicants must require possession of a valid driver's license\n"
    )
    assert not [f for f in forms(posting) if "electronically" in f or "described" in f or "require" in f]
    assert "gaap" in required_forms(posting)


def test_the_label_before_a_colon_asks_for_nothing():
    posting = read_job(
        "# HR Assistant\n\nQualifications\n\n- Proficient in Microsoft Office and payroll systems. Gender "
        "Preference: Female Language Fluency: English Soft Skills and Personality traits: attention to detail\n"
    )
    assert not [f for f in forms(posting) if "preference" in f or "fluency" in f or "personality" in f]
    assert "payroll systems" in required_forms(posting)


def test_customer_master_data_and_a_master_plumber_are_no_degree():
    for line in ("Maintain accurate customer master data records as required.", "Master plumber license required"):
        assert read_job(f"# Coordinator\n\nRequirements\n\n- {line}\n- Knowledge of QuickBooks\n").degree is None
    assert read_job("# Teacher\n\nRequirements\n\n- Masters in Education required\n").degree == "master"


def test_ms_is_microsoft():
    posting = read_job(
        "# Project Manager\n\nRequirements\n\n- Proficient in MS Office.\n- Experience with MS Outlook\n"
    )
    assert {"Microsoft Office software", "Microsoft Outlook"} <= set(names(posting))


def test_soft_skills_in_their_everyday_wordings():
    posting = read_job(
        "# Sheet Metal Mechanic\n\nSkills:\n\n- Working individually with limited supervision and collaboratively as a "
        "team member;\n- Giving attention to detail and following instructions/direction, as required;\n"
        "- Thinking critically in order to troubleshoot and effectively problem solve/make decisions;\n"
        "- Possesses high moral standards and integrity.\n- Quick learner\n- Must be organized\n"
    )
    assert {
        "Independent work",
        "Teamwork",
        "Following instructions",
        "Critical thinking",
        "Problem solving",
        "Decision making",
        "Integrity",
        "Quick learner",
        "Organizational skills",
    } <= set(names(posting))


def test_pay_said_in_words_asks_for_nothing_and_plate_presentation_is_no_soft_skill():
    posting = read_job(
        "# Kitchen Manager\n\nRequirements\n\n- Must possess ability to discern taste, texture and presentation\n"
        "- ServSafe certification\n\nCompensation will be commensurate with experience and is negotiable.\n"
    )
    assert "Presentation skills" not in names(posting)
    assert not [f for f in forms(posting) if f in ("commensurate", "negotiable")]


def test_one_word_skills_in_a_list_and_the_singular_of_a_plural_term():
    posting = read_job(
        "# Graphic Designer\n\nRequired:\n\n- Understanding of marketing, website design, corporate identity.\n"
        "- Thorough understanding of branding and marketing strategies.\n- A strong portfolio of creative work\n\n"
        "Preferred:\n\n- Social media, email marketing and content marketing experience a plus.\n"
    )
    required = required_forms(posting)
    assert {"marketing", "marketing strategy", "portfolio"} <= required
    assert "Social media" in names(posting) and "Social media" not in {
        r.name for r in posting.requirements if r.required
    }


def test_word_beside_excel_is_microsoft_word_and_portfolio_management_stays_whole():
    posting = read_job(
        "# Clerk\n\nRequirements\n\n- Must be proficient in Excel, Word, Google Docs\n- Word of mouth referrals\n"
        "- Experience in portfolio management\n"
    )
    assert {"Microsoft Word", "Portfolio management"} <= set(names(posting))
    assert "Portfolio" not in names(posting)
    assert "Microsoft Word" not in names(read_job("# Clerk\n\nRequirements\n\n- Word of mouth referrals\n- Typing\n"))


def test_items_listed_after_licenses_ie_are_licences():
    posting = read_job(
        "# Sheet Metal Mechanic\n\nRequirements:\n\n- Must have up-to-date licenses, i.e., Sheet Metal, "
        "Refrigeration, Gas License (G1, G2), Safety;\n- Reading blueprints and construction drawings\n"
    )
    licences = {r.name.lower() for r in posting.requirements if r.kind == "license"}
    assert {"sheet metal license", "refrigeration license"} <= licences
    assert not [
        f for f in forms(posting) if "up-to-date" in f or f == "licenses" or f.lower().startswith(("g1 ", "g1,"))
    ]
    assert "Blueprint reading" in names(posting)
    # the classes in parentheses are the gas licence's own forms: a resume names the class held
    gas = next(r for r in posting.requirements if "gas" in r.name.lower())
    assert {"G1", "G2"} <= set(gas.forms)


def test_immunization_requirements_ask_for_no_skill():
    posting = read_job(
        "# Registered Nurse\n\n## Minimum Qualifications\nActive RN license\n\n## IMMUNIZATION REQUIREMENTS\n"
        "Hepatitis B vaccination records and titers\nMeasles, Mumps and Rubella (MMR) vaccination records\n"
    )
    assert not [f for f in forms(posting) if "vaccination" in f or f in ("mmr", "titers", "measles")]
    assert [r for r in posting.requirements if r.kind == "license" and r.required]


def test_a_list_item_with_a_generic_first_word_and_a_head_two_items_share():
    posting = read_job(
        "# HR Generalist\n\n## Education and Experience\n\n- Working knowledge of multiple human resource "
        "disciplines, including compensation practices, organizational diagnosis, employee and union relations.\n"
        "- Experience with assessment and intervention planning\n"
        "- Proficiency with the organization's HRIS\n"
    )
    required = required_forms(posting)
    assert {"compensation practices", "employee relations", "union relations", "hris"} <= required
    assert "assessment planning" not in required
    assert "organizational diagnosis" in required
    assert not [f for f in forms(posting) if "organization's" in f]


def test_a_heading_ending_in_an_ellipsis_and_a_label_of_one_line():
    posting = read_job(
        "# Store Manager\n\nLocation: US, IL, Oak Brook\n\nJob type: full-time\n\nOur Superstars enjoy …\n\n"
        "- Using technology.\n\nOur Superstars possess …\n\n- 3-5 years management experience in retail.\n"
        "- Professional sales development and strong interpersonal skills.\n"
    )
    assert posting.years == 3
    assert {"sales development"} <= required_forms(posting)
    assert "Interpersonal skills" in {r.name for r in posting.requirements if r.required}
    assert not [f for f in forms(posting) if "superstars" in f]


def test_one_word_soft_skills_in_a_list_of_skills_only():
    posting = read_job(
        "# Property Manager\n\nRequirements\n\n- Excellent organization, motivation, leadership and customer service "
        "skills\n- Initiative: proactively looks for work\n- Strong interpersonal, presentation and negotiation skills\n"
        "- Strong sense of self identification, personal coping skills and conflict resolution\n"
    )
    assert {
        "Organizational skills",
        "Self-motivated",
        "Initiative",
        "Presentation skills",
        "Conflict resolution",
    } <= set(names(posting))
    assert "coping skills" in " ".join(required_forms(posting))
    kitchen = read_job("# Cook\n\nRequirements\n\n- Ability to discern taste, texture and presentation\n- ServSafe\n")
    assert "Presentation skills" not in names(kitchen)


def test_a_diversity_item_in_the_list_does_not_end_it():
    posting = read_job(
        "# Case Manager\n\n## QUALIFICATIONS\n\n- Able to work in a diverse workplace, and be self-aware regarding "
        "issues of race, ethnicity, class, sexual orientation, gender identity, religion and disability\n"
        "- Strong sense of conflict resolution\n- Must be able to move about freely, including ascending and "
        "descending stairs\n"
    )
    assert "Conflict resolution" in {r.name for r in posting.requirements if r.required}
    assert not [f for f in forms(posting) if "stairs" in f or f == "ascending"]


def test_a_verb_opens_no_term_and_necessary_ends_none():
    posting = read_job(
        "# Customer Service Representative\n\nRequirements\n\n- Ability to verify numbers and enhance processes to "
        "achieve operational goals\n- Demonstrates personal characteristics necessary for working with students\n"
        "- Thorough knowledge of QuickBooks\n"
    )
    assert not [f for f in forms(posting) if f.split()[0] in ("verify", "enhance", "achieve", "thorough")]
    assert not [f for f in forms(posting) if f.endswith("necessary")]
    assert "quickbooks" in " ".join(required_forms(posting))


def test_a_card_a_state_issues_is_a_licence_and_a_skill_listed_before_skills():
    posting = read_job(
        "# Security Officer\n\nRequirements\n\n- Valid TWIC card required\n- Must have a Guard Card\n"
        "- Experience with credit card processing\n- Effective sales and communication skills\n"
        "- Ability to read construction drawings\n"
    )
    licences = {r.name for r in posting.requirements if r.kind == "license"}
    assert {"TWIC card", "Guard Card"} <= licences
    assert not [name for name in licences if "credit" in name.lower()]
    assert {"sales skills", "construction drawings"} <= required_forms(posting)


def test_outlook_is_microsoft_outlook_beside_word_or_alone_on_a_list_item():
    beside = read_job("# Clerk\n\nRequirements\n\n- Proficiency in Microsoft Word, Excel and Outlook\n")
    alone = read_job("# Clerk\n\nRequirements\n\n- Working knowledge of:\n  - SAP\n  - Outlook\n")
    assert "Microsoft Outlook" in names(beside) and "Microsoft Outlook" in names(alone)
    prose = read_job("# Clerk\n\nRequirements\n\n- A positive Outlook and a can-do attitude\n- Typing\n")
    assert "Microsoft Outlook" not in names(prose)


def test_degree_field_stops_before_a_second_degree():
    posting = read_job(
        "# Clinical Pharmacist\n\nRequirements\n\n"
        "- Bachelor's degree in Pharmacy or Doctor of Pharmacy (PharmD) or related field\n"
    )
    assert posting.degree_field == "Pharmacy"
    assert not any("Doct" in r.name for r in posting.requirements if r.kind == "degree" and "Bachelor" in r.name)


def test_cpt_among_code_sets_is_no_phlebotomy_certification():
    coding = read_job(
        "# Pharmacist\n\nRequirements\n\n- Knowledge of coding and payment systems (such as ICD-9, CPT, HCPCS)\n"
    )
    assert "Certified Phlebotomy Technician" not in names(coding) and "CPT coding" in names(coding)
    credential = read_job("# Phlebotomist\n\nRequirements\n\n- CPT certification required\n- ICD-10 coding\n")
    assert "Certified Phlebotomy Technician" in names(credential)


def test_high_school_as_a_teaching_level_is_no_diploma():
    posting = read_job(
        "# Teacher\n\nMinimum Qualifications\n\n- Holds a teaching license at the appropriate level "
        "(elementary, middle, or high school).\n- Experience teaching high school students\n"
    )
    assert posting.degree is None
    assert read_job("# Clerk\n\nRequirements\n\n- High school diploma or GED\n").degree == "high school"


def test_a_long_markdown_heading_opens_its_section():
    posting = read_job(
        "# Project Manager\n\n**Acme DesignGroup** - Austin, TX\n\n"
        "## Here's what we'd like to see on your cover letter and resume:\n\n- Experience with HEC-RAS\n"
    )
    assert "Acme DesignGroup" not in names(posting)
    assert "HEC-RAS" in names(posting)


def test_numbered_duties_opening_with_a_verb_in_s_name_no_skill():
    posting = read_job(
        "# Biller\n\n## QUALIFICATIONS:\n\n1. Knowledge of Medicare billing.\n\n## JOB DUTIES:\n\n"
        "1. Submits timely billing of all patient accounts.\n2. Utilizes appropriate forms for billing submission.\n"
        "3. Observes confidentiality.\n"
    )
    assert not {"Submits", "Utilizes", "Observes"} & set(names(posting))
    assert "Hospice experience" in names(read_job("# Aide\n\nRequirements\n\n1. Hospice experience\n"))


def test_soft_skills_listed_as_adjectives_and_lifting_with_objects_named():
    posting = read_job(
        "# Assistant\n\n## Qualifications\n\n- Efficient, productive, attentive to detail and accurate.\n"
        "- First-rate planning, organizational, time-management and problem-solving skills.\n"
        "- Computer literate; proficient in MS Office Suite, Publisher, and Google products.\n"
        "- Able to lift books and boxes weighing up to 25 pounds.\n"
    )
    found = set(names(posting))
    assert {"Attention to detail", "Organizational skills", "Time management", "Microsoft Publisher"} <= found
    assert not any("boxes" in name or "First-rate" in name for name in found)
    assert next(r for r in posting.requirements if r.name == "Microsoft Publisher").kind == "tool"
    assert "Microsoft Publisher" not in names(read_job("# Editor\n\nRequirements\n\n- Publisher experience\n- SEO\n"))


def test_a_paragraph_in_the_employers_voice_ends_a_list_without_bullets():
    posting = read_job(
        "# Nurse\n\n## Minimum Qualifications\nActive RN license\nCPR Certification\n\n"
        "Acme Health supports people of all ages in making responsible choices and planning their futures. "
        "We are an organization committed to fostering an environment that leads to engaged employees and "
        "satisfied customers.\n"
    )
    assert "CPR certification" in names(posting)
    assert not {"responsible choices", "satisfied customers"} & {n.lower() for n in names(posting)}


def test_an_item_written_as_a_long_sentence_is_read_as_prose():
    posting = read_job(
        "# Nurse\n\n## Requirements\n\n- Ability to work with individuals from diverse backgrounds and create a "
        "positive environment that demonstrates our commitment to diversity, equity and inclusion in all we do\n"
        "- IV therapy\n"
    )
    assert "backgrounds" not in names(posting)
    assert "IV therapy" in names(posting)


def test_a_spelled_out_acronym_must_spell_the_term_and_vendor_words_are_no_products():
    dispatch = read_job(
        "# Telecommunicator\n\nRequirements\n\n- Enter calls into the computer aided dispatch (CAD) system\n"
        "- Police Dispatch certification\n- Typing skills\n"
    )
    assert not any("design" in n.lower() or n == "Easy Dispatch" for n in names(dispatch))
    design = read_job("# Drafter\n\nRequirements\n\n- Computer Aided Design (CAD) software\n")
    assert any("CAD" in n for n in names(design))
    projects = read_job(
        "# Engineer\n\nRequirements\n\n- Experience with HEC-RAS\n\n## About\n\n"
        "Our projects include the MLK Boulevard Transit Oriented Development and Adobe Road.\n"
    )
    assert not {"Property Boulevard", "Adobe AIR"} & set(names(projects))


def test_what_years_of_experience_are_in_is_a_term_and_a_cuisine_is_no_language():
    posting = read_job(
        "# Kitchen Manager\n\n## Qualifications\n\n- 3+ years cooking experience, preferably some Italian cuisine\n"
        "- Works well with others and works well under pressure (our restaurants are busy).\n"
        "- 2 years of retail sales experience\n- 5 years of relevant professional experience\n"
    )
    found = set(names(posting))
    assert {"cooking experience", "Italian cuisine", "Teamwork", "Working under pressure"} <= found
    assert "retail sales experience" in found
    assert "Italian" not in found and not any("professional" in n for n in found)
    assert "Spanish" in names(read_job("# Clerk\n\nRequirements\n\n- Spanish speaking a plus\n- Typing skills\n"))


def test_a_label_inside_how_to_apply_is_part_of_it():
    posting = read_job(
        "# Cook\n\n## Qualifications\n\n- Knife skills\n\n## How to Apply\n\nIMPORTANT:\n"
        '1. If applying here, please put "YOUR NAME - KITCHEN MANAGER - AUSTIN" in the SUBJECT/TITLE line.\n'
        "2. You can go by the restaurant during regular business hours.\n"
    )
    assert not {"AUSTIN", "NAME", "TITLE line"} & set(names(posting))


def test_duty_verbs_and_naming_clauses_are_no_terms_and_pediatric_cpr_is_cpr():
    posting = read_job(
        "# Teacher\n\nRequirements\n\n- All teachers must participate yearly in 15 clock hours of child development training\n"
        "- All staff must complete an online workshop titled Introduction to Child Care Health within 30 days\n"
        "- Current certification in Pediatric CPR\n"
    )
    found = set(names(posting))
    assert not any("participate" in n or "titled" in n for n in found)
    assert "CPR certification" in found
    assert "pediatric cpr" in next(r for r in posting.requirements if r.name == "CPR certification").forms


def test_a_gerund_saying_how_is_no_term_and_willing_to_learn_is_a_soft_skill():
    posting = read_job(
        "# Farmhand\n\n## Skills & Attributes\n\n- Contributes to team effort by accomplishing related results\n"
        "- Are willing to learn\n"
    )
    assert {"Teamwork", "Quick learner"} <= set(names(posting))
    assert "accomplishing" not in names(posting)


def test_intro_sentences_open_benefits_and_duties_and_screenings_ask_nothing():
    posting = read_job(
        "# Plumbing Technician\n\nWe are seeking a plumbing technician at the journeyman and master level.\n\n"
        "This opportunity includes competitive and comprehensive benefits\n- Dental Insurance\n- Short Term Disability\n\n"
        "Essential Duties and Responsibilities include the following. Other duties may be assigned.\n"
        "- Repairs chilled water pumps, sump pumps, and sewage pumps.\n\n"
        "## Qualifications\n\n- Journeyman plumber license\n- Must pass a pre-employment criminal background check\n"
        "- Clean MVR and ability to pass a DOT physical and drug screen\n"
    )
    assert posting.degree is None
    found = {r.name: r for r in posting.requirements}
    assert not any("Insurance" in n or "Disability" in n or "pre-employment" in n for n in found)
    assert "Sump pumps" not in {n for n, r in found.items() if r.required}
    assert "Journeyman plumber license" in found and any("DOT physical" in f for r in found.values() for f in r.forms)


def test_a_procedures_must_asks_nothing_of_the_candidate():
    posting = read_job(
        "# Lab Technician\n\n## Duties\n\n- Calibrating laboratory equipment as needed. This includes the "
        "micropipette, which must be calibrated quarterly\n\n## Requirements\n\n- Aseptic technique\n"
    )
    assert not next(r for r in posting.requirements if "micropipette" in r.name.lower()).required


def test_asset_is_preferred_a_subordinate_cue_is_not_the_items_and_an_everyday_name_needs_company():
    posting = read_job(
        "# Event Assistant\n\nYou will support the Spark team with event duties.\n\n## Experience & qualifications:\n\n"
        "- Post-secondary degree or diploma\n- Exemplary interpersonal skills\n"
        "- Class 5 drivers license and access to a vehicle as travel may be required\n"
        "- Knowledge of MS Office Suite skills including Word and Excel\n"
        "- Experience with any event management or registration tools would be an asset\n"
    )
    found = {r.name: r for r in posting.requirements}
    assert posting.degree == "associate"
    assert "Apache Spark" not in found and "Exemplary" not in found and "Suite skills" not in found
    assert found["Driver's license"].required
    assert not next(r for n, r in found.items() if "event management" in n).required


def test_hs_diploma_mls_and_a_years_field_are_read():
    assert read_job("# Machinist\n\nRequirements\n\n- Minimum Requirements: H.S. Diploma or equivalent\n").degree == (
        "high school"
    )
    archivist = read_job("# Archivist\n\nRequirements\n\n- ALA-accredited MLS or related advanced degree.\n")
    assert archivist.degree == "master"
    realtor = read_job("# Realtor\n\nRequirements\n\n- Knowledge of MLS and a bachelor's degree\n")
    assert realtor.degree == "bachelor" and not any(r.name.startswith("Master") for r in realtor.requirements)
    steward = read_job("# Steward\n\nRequirements\n\n- High school diploma and 1 year’s science-related field\n")
    assert steward.years == 1


def test_an_asking_item_inside_the_duties_reads_as_a_qualification():
    posting = read_job(
        "# Custodian\n\n## Duties & Responsibilities\n\n- Clean and sanitize all bathrooms hourly.\n"
        "- Must be punctual and committed to our standards.\n- Ability to work independently and as part of a team.\n"
        "\n## Qualifications\n\n- Previous professional cleaning experience required\n"
    )
    found = {r.name: r for r in posting.requirements}
    assert {"Reliability", "Independent work", "Teamwork"} <= set(found)
    assert found["Teamwork"].required


def test_a_state_licence_keeps_its_state_as_a_form_and_attitude_and_appearance_are_soft_skills():
    posting = read_job(
        "# Master Stylist\n\n**Required Qualifications:** A current Kentucky Cosmetology License, professional "
        "appearance, and maintaining a positive, upbeat attitude.\n"
    )
    assert "Kentucky Cosmetology License" in posting.requirement("Cosmetology license").forms
    assert {"Positive attitude", "Professional appearance"} <= set(names(posting))


def test_a_numbered_item_with_a_label_stays_in_its_section():
    posting = read_job(
        "# Grant Specialist\n\n## Required Qualifications\n\n1. Education: Master's degree in Humanities.\n\n"
        "## Preferred Qualifications\n\n2. Professional Experience: Certified Research Administrator (CRA), "
        "or other certification related to grant development.\n"
        "4. Efficiency: Evidence of exceptional organizational and time management skills.\n"
    )
    assert not any(r.required for r in posting.requirements if r.kind not in ("degree", "experience"))


def test_a_degree_field_in_lower_case_is_read_up_to_or_related_field():
    def field(line: str) -> str | None:
        return read_job(f"# Job\n\nRequirements\n\n- {line}\n").degree_field

    assert field("Bachelor's degree in accounting, finance or related field") == "accounting, finance"
    assert field("Bachelor's degree in business administration required") == "business administration"
    assert field("Bachelor's degree in nursing from an accredited school") == "nursing"
    assert field("Bachelor's degree in a relevant field") is None
    assert field("Bachelor's degree in order to be considered") is None


def test_required_as_an_adjective_or_a_duty_is_no_cue_and_lifting_a_range_is_physical():
    posting = read_job(
        "# Cabinetmaker\n\n## Responsibilities\n\n- Required to work with other associates in assembly of millwork\n"
        "- Spray contact cement and apply required pre-coat spray to components\n\n## Requirements\n\n"
        "- Skilled use of sanders and glue machines\n"
        "- Must be able to lift repetitively materials and/or parts weighing approximately 5-10 pounds\n"
    )
    found = {r.name: r for r in posting.requirements}
    assert not found["millwork"].required and not found["pre-coat spray"].required
    assert "parts weighing" not in found and found["glue machines"].required


def test_departments_named_are_no_skills_and_a_gerund_shares_no_head():
    posting = read_job(
        "# Receptionist\n\nRequirements\n\n- Perform routine clerical, reporting and data entry support to various "
        "departments such as Accounting and Human Resources.\n"
    )
    found = set(names(posting))
    assert "data entry" in found and not {"Human Resources", "reporting entry"} & found


def test_windows_with_versions_and_a_gerund_after_years_of_experience():
    posting = read_job(
        "# IT Support\n\nRequirements\n\n- Must have experience with Windows 7 and 10.\n"
        "- 6+ years experience troubleshooting problems on PCs.\n- Excel 2016 or later\n"
        "- Must be comfortable working in a confidential environment.\n"
    )
    windows = posting.requirement("Microsoft Windows")
    assert {"Windows 7", "Windows 10"} <= set(windows.forms) and "Excel 2016" in posting.requirement("Excel").forms
    assert {"Troubleshooting", "Confidentiality"} <= set(names(posting))  # the skill, named as a trade names it
    assert "Microsoft Windows" not in names(
        read_job("# Installer\n\nRequirements\n\n- Install Windows and Doors\n- Caulking\n")
    )


def test_installation_of_things_gives_each_thing_installation_as_a_form():
    posting = read_job(
        "# HVAC Installer\n\nRequirements\n\n- Installation of sheet metal/ductwork in residential new home construction;\n"
        "- Installation of air conditioners, humidifiers and fireplaces;\n"
    )
    forms = {f for r in posting.requirements for f in r.forms}
    assert {"ductwork installation", "air conditioner installation", "fireplace installation"} <= forms
    assert "home construction installation" not in forms


def test_words_of_a_list_title_are_no_job_titles():
    posting = read_job(
        "# HVAC Installer\n\nRequirements\n\n- Installation of HVAC equipment such as furnaces and humidifiers\n"
    )
    assert "furnaces" in {n.lower() for n in names(posting)}, "'Furnace, Kiln, ... Operators' is about operators"


def test_flexible_as_a_label_is_adaptability_but_not_in_a_sentence():
    assert "Adaptability" in names(read_job("# Case Manager\n\nRequirements\n\n- Flexible – able to respond quickly\n"))
    assert "Adaptability" not in names(
        read_job("# Clerk\n\nRequirements\n\n- Flexible hours offered\n- Typing skills\n")
    )


def test_the_ideal_candidate_is_asks_and_everyday_skill_words_have_their_terms():
    posting = read_job(
        "# Assistant\n\nThe ideal candidate for this position is a highly organized, detail-oriented and "
        "self-motivated individual.\n\n## Requirements\n\n- Ability to work with individuals.\n"
        "- Efficient in Word and Excel, familiar with Google documents\n- Basic mathematical skills\n"
    )
    expected = {"Organizational skills", "Attention to detail", "Interpersonal skills", "Google Docs", "Basic math"}
    assert expected <= set(names(posting))


def test_windows_beside_another_operating_system_is_microsoft_windows():
    posting = read_job("# Archivist\n\nRequirements\n\n- Ability to work in both Windows and Apple OSX environments.\n")
    assert "Microsoft Windows" in names(posting)


def test_what_an_ability_is_over_is_a_list_of_terms():
    posting = read_job(
        "# Superintendent\n\nRequirements\n\n- Ability to read and interpret construction documents and specifications\n"
    )
    assert {"construction documents", "specifications"} <= {n.lower() for n in names(posting)}


def _requirements(lines: str) -> JobPosting:
    return read_job("# Job\n\n## Requirements\n\n" + lines)


def test_machines_after_use_of_are_read_though_their_names_are_jobs():
    posting = _requirements("- Skilled use of sanders, glue machines, banders, and hand tools\n")
    assert {"sanders", "banders", "glue machines"} <= forms(posting)
    people = _requirements("- Experience with cashiers and servers\n- Microsoft Excel\n")
    assert not forms(people) & {"cashiers", "servers"}


def test_an_edition_after_a_product_is_its_form_not_a_skill():
    posting = _requirements("- QuickBooks Desktop mastery\n")
    assert "quickbooks desktop" in forms(posting)
    assert not any("mastery" in f for f in forms(posting))


def test_a_certificate_in_a_trade_is_named_by_the_trade():
    posting = _requirements("- Required: Two-year certificate in machine trades\n")
    found = [r for r in posting.requirements if "machine trades certificate" in {f.lower() for f in (r.name, *r.forms)}]
    assert found and found[0].kind == "certification"
    assert "certificate in machine trades" in {f.lower() for f in found[0].forms}
    assert "two-year certificate" not in forms(posting)
    cpr = _requirements("- All staff must have current certification in Pediatric CPR and First Aid\n")
    assert "pediatric certification" not in forms(cpr)


def test_soft_skills_in_their_everyday_spellings():
    posting = _requirements(
        "- Highly detailed\n- Ability to follow specific instructions and take direction.\n"
        "- Articulate, goal-oriented, and enthusiastic\n- Previous experience working on a team\n"
        "- Ability to comfortably jump between concurrent tasks\n- Ability to work independently, under pressure\n"
    )
    expected = {"Attention to detail", "Following instructions", "Goal-oriented", "Enthusiasm", "Teamwork"}
    assert expected | {"Time management", "Working under pressure", "Independent work"} <= names(posting)
    assert "comfortably jump" not in forms(posting)


def test_a_job_title_that_must_have_asks_and_a_seeking_who_is_sentence_asks():
    posting = read_job(
        "# HR Generalist\n\n## Overview\n\nThe Human Resources Generalist must have prior Human Resources "
        "experience, very strong organizational skills and strong computer skills.\n\nWe are seeking a "
        "Residential/General Electrician who is self-manageable, motivated and reliable.\n\n"
        "## Qualifications\n\n- 5 years of experience\n"
    )
    required = {r.name for r in posting.requirements if r.required}
    assert {"Organizational skills", "Computer skills", "Independent work", "Self-motivated", "Reliability"} <= required
    assert not forms(posting) & {"general electrician", "human resources generalist"}


def test_a_skill_with_a_qualifier_glued_on_is_the_skill():
    posting = _requirements(
        "- Customer service-oriented with a strong focus on client satisfaction.\n- Team-oriented\n"
    )
    assert {"Customer service", "Teamwork"} <= names(posting)


def test_an_ampersand_parts_two_names():
    posting = _requirements("- CDL driving experience with Direct Store Delivery & Load Hauling Experience\n")
    assert {"direct store delivery", "load hauling"} <= forms(posting)


def test_a_name_certified_is_its_certification():
    posting = _requirements("- Be ACT 120 Certified\n- ASE Certified technician\n")
    found = {r.name: r for r in posting.requirements}
    assert found["ACT 120 certification"].kind == "certification"
    assert "act 120 certified" in {f.lower() for f in found["ACT 120 certification"].forms}
    assert "ASE certification" in found


def test_time_off_and_education_is_a_benefit_not_a_requirement():
    posting = read_job(
        "# Police Officer\n\n## Time Off & Education\n\n- 11 Paid Holidays\n- Catastrophic Leave - 78 hours\n"
        "- Educational Incentives: Bachelor's Degree - $800\n\n## Minimum Requirements\n\n"
        "- Possess a high school diploma or GED\n"
    )
    assert posting.degree == "high school"
    assert not {r.name for r in posting.requirements if r.required} & {"Paid Holidays", "Catastrophic Leave"}


def test_an_address_names_no_skill_and_own_transportation_is_asked():
    posting = _requirements(
        "- Must have own vehicle and auto insurance\n- Contact renee.goyette@unh.edu or www.example.org/jobs\n"
    )
    assert {"Reliable transportation", "Auto insurance"} <= names(posting)
    assert not any("@" in f or "www" in f or "renee" in f for f in forms(posting))


def test_the_employer_named_where_it_speaks_of_itself_is_no_product():
    posting = read_job(
        "# HR Generalist\n\n## Requirements\n\n- Experience supporting Clara Foods teams in the United States\n"
        "- Knowledge of Adaptive Insights\n\n## What Clara Foods can offer\n\n- Health insurance\n"
    )
    assert "adaptive insights" in forms(posting)
    assert not forms(posting) & {"clara foods", "united states"}


def test_hr_system_acronyms_are_the_kinds_of_system_not_one_vendors_product():
    posting = _requirements("- Competency in HRIS and ATS software required\n")
    assert {"Applicant tracking system (ATS)", "Human resources information system (HRIS)"} <= names(posting)
    assert not any("Oracle" in n or "Automate the Schools" in n for n in names(posting))


def test_a_rare_word_ending_in_ed_is_no_participle():
    posting = _requirements("- Flatbed Preferred but we can train you\n- Class A CDL\n")
    flatbed = [r for r in posting.requirements if r.name == "Flatbed"]
    assert flatbed and not flatbed[0].required
    vet = _requirements("- Care for hospitalized patients\n- Class A CDL\n")
    assert "hospitalized" not in forms(vet)


def test_a_soft_skill_alone_on_an_item_is_asked_and_organizations_are_no_skill():
    posting = _requirements(
        "- Initiative\n- Professionalism, Composure, Tact\n"
        "- Managing relationships in a hospital, pharmacy, or related organizations\n"
    )
    assert {"Initiative", "Professionalism", "Interpersonal skills"} <= names(posting)
    assert "Organizational skills" not in names(posting)


def test_an_asking_intro_reopens_the_requirements_and_an_asking_paragraph_keeps_them():
    posting = read_job(
        "# Veterinary Technician\n\n## Required Technical Skills:\n\nWe're looking for nurses who are top of "
        "their game. We want you to feel empowered and excited when you come to work every day, and we will "
        "support you all the way.\n\nAbility to demonstrate mastery of routine technician skills such as:\n\n"
        "- Digital Radiography\n- Medication Preparation\n\nAbility to write routine SOAP reports and "
        "correspondence using correct English, including spelling, grammar, and punctuation.\n"
    )
    required = {f.lower() for r in posting.requirements if r.required for f in (r.name, *r.forms)}
    assert {"digital radiography", "medication preparation", "routine soap reports"} <= required


def test_a_title_whose_job_word_comes_before_a_comma_is_the_title():
    posting = read_job(
        "# 2021/22 Special Education Teacher, Elementary\n\nMason Elementary, Leander Independent School District\n\n"
        "## Qualifications\n\n- Valid Texas teaching certificate\n"
    )
    assert posting.title == "2021/22 Special Education Teacher, Elementary"
    assert not any("leander" in f or "mason" in f for f in forms(posting))


def test_organizations_before_a_dash_are_no_label_and_organizing_time_is_time_management():
    posting = _requirements(
        "- Experience with lead qualification at all levels within organizations - managers, directors\n"
        "- A strong ability to organize one's time\n- Organization – able to juggle projects\n"
    )
    organizational = [r for r in posting.requirements if r.name == "Organizational skills"]
    assert organizational and "organizations" not in organizational[0].forms
    assert "Time management" in names(posting)


def test_a_degree_named_by_its_field_alone_is_a_bachelors():
    business = _requirements("- Degree in Business, Engineering or other related field or equivalent experience\n")
    assert business.degree == "bachelor" and business.degree_field and business.degree_field.startswith("Business")
    civil = _requirements("- ABET-Accredited Civil Engineering degree\n- PE Certification\n")
    assert civil.degree == "bachelor" and civil.degree_field == "Civil Engineering"
    assert not any("abet" in f for f in forms(civil) if "degree" not in f)
    cook = _requirements("- Culinary degree or certificate\n- ServSafe\n")
    assert cook.degree is None
    none = _requirements("- No degree required\n- ServSafe\n")
    assert none.degree is None


def test_generic_record_and_report_acronyms_are_the_generic_terms():
    posting = _requirements(
        "- Experience with EHR systems\n- Knowledge of Medicare and Medicaid billing and CMS regulations\n"
        "- Knowledge of BSA and SAR requirements\n"
    )
    assert {"Electronic health records (EHR)", "CMS regulations", "Suspicious activity reporting (SAR)"} <= names(
        posting
    )
    assert {"medicare billing", "medicaid billing"} <= forms(posting)
    assert not any("Career management" in n or "aperture" in n for n in names(posting))


def test_an_ideal_candidate_must_be_asks_for_the_qualities_that_follow():
    posting = read_job(
        "# Montessori Teacher\n\nWe are hiring.\n\nSuitable applicants must have a level 4 diploma in Montessori "
        "teaching. Ideal candidate must be open minded, proactive, calm and patient.\n"
    )
    assert {"Creativity", "Proactive", "Patience"} <= names(posting)
    nurse = _requirements("- Provide patient care\n- BLS certification\n")
    assert "Patience" not in names(nurse)


def test_desired_skills_before_a_nice_to_have_list_are_the_requirements():
    posting = read_job(
        "# Events Specialist\n\n## Desired Skills and Experience\n\n- At least 3 years of experience in event planning\n"
        "- Passion for organization, logistics and event design\n\n## Additional Nice-to-Have Skills\n\n"
        "- Experience with Salesforce\n"
    )
    found = {r.name: r.required for r in posting.requirements}
    assert found["Salesforce software"] is False
    assert found["event planning experience"] and found["event design"]
    assert posting.years == 3


def test_a_credential_abbreviation_with_its_kind_is_a_form():
    posting = _requirements("- TNCC certification required\n- PE Certification\n")
    tncc = next(r for r in posting.requirements if "TNCC" in r.name)
    assert {"tncc certification", "tncc certified"} <= {f.lower() for f in tncc.forms}
    pe = next(r for r in posting.requirements if "(PE)" in r.name)
    assert "pe certification" in {f.lower() for f in pe.forms}


def test_years_under_an_experience_heading_and_years_in_a_role():
    barista = read_job(
        "# Barista\n\n## Requirements\n\n- ServSafe certification\n\n## RELEVANT WORK EXPERIENCE:\n\n1-3 years\n"
    )
    assert barista.years == 1
    accountant = _requirements("- 3 years plus financial operations role in services-based company.\n")
    assert accountant.years == 3
    contract = _requirements("- The role is a 2 year contract\n- QuickBooks\n")
    assert contract.years is None


def test_a_long_knowledge_list_keeps_its_commoner_singular_nouns():
    posting = _requirements(
        "- Detailed knowledge of design principles that affect typography, color use, animation, composition, "
        "use of space\n- Knowledge of guidelines, trends, procedures and best practices\n"
    )
    assert {"animation", "composition", "typography"} <= forms(posting)
    assert not forms(posting) & {"guidelines", "trends", "procedures"}


def test_regression_a_licence_named_by_its_state_alone_does_not_crash():
    """IndexError in phrases_in: the state was stripped from the licence's words, and
    nothing was left ("valid Nebraska license as a Respiratory Care Practitioner")."""
    posting = _requirements(
        "- Current and valid Nebraska license as a Respiratory Care Practitioner Required\n"
        "- BCLS - Basic Life Support through the American Heart Association Required\n"
    )
    assert "basic life support" in forms(posting)
    assert "nebraska" not in forms(posting)


def test_a_list_run_into_its_paragraph_is_read_as_a_list():
    """Scraped postings flatten their lists into " * " items, headings and all."""
    posting = read_job(
        "# Carpenter\n\nWe build decks. Why work here? * Weekly Direct Deposit * Year-round work * Top pay "
        "Qualifications: * 3 years of contractor experience is required * Must have their own hand tools and "
        "tool belt * Window installation experience is preferred * Must be familiar with power tools Job "
        "Responsibilities include but not limited to:\n\nInstall full frame and insert windows\n"
    )
    names = {r.name.lower(): r for r in posting.requirements}
    assert names["tool belt"].required and not names["window installation experience"].required
    assert posting.years == 3
    assert not forms(posting) & {"weekly direct deposit", "insert windows", "year-round work"}


def test_a_candidate_must_also_have_is_asking():
    posting = read_job(
        "# Quality Inspector\n\nWe machine parts.\n\nAll candidates must also have sufficient verbal and written "
        "communication skills as well as good problem solving skills.\n"
    )
    assert {"communication", "problem solving"} <= required_forms(posting)


def test_a_posting_that_lost_its_line_breaks_is_read_item_by_item():
    """As LinkedIn postings in shared datasets are: each item glued to the next."""
    glued = (
        "# Machinist\n\nRequirementsHigh school diploma or equivalent.Previous experience with CNC lathes"
        ".Valid driver's license requiredAttention to detail.Experience with QuickBooks and PowerPoint"
        "BenefitsPaid time off and dental insurance\n"
    )
    posting = read_job(glued)
    assert posting.degree == "high school"
    assert {"driver's license", "attention to detail"} <= forms(posting)
    assert {"quickbooks", "powerpoint"} <= forms(posting)
    assert not forms(posting) & {"paid time off", "dental insurance", "requiredattention"}


def test_unglue_leaves_a_posting_with_its_line_breaks_alone():
    from ats_match.postings.unglue import unglue

    text = "Requirements:\n- QuickBooks, PowerPoint and YouTube\n- Knowledge of e.g.Python\n"
    assert unglue(text) == text
    brands = "- Experience with PioneerRx or QS/1\n- CarePlus pharmacy software\n"  # names, not glued words
    assert unglue(brands) == brands
    assert unglue("Skills requiredAttention to detail.Experience with YouTube and LinkedIn") == (
        "Skills required\nAttention to detail.\nExperience with YouTube and LinkedIn"
    )


def test_bullet_glyphs_glued_to_their_items_are_items():
    posting = read_job(
        "# Paralegal\n\nWe litigate. Duties:● Draft responses.● Other duties as assigned. Skills and Qualifications:"
        "● Exceptional attention to detail and communication skills.● Ability to work under pressure.\n"
    )
    assert {"attention to detail", "communication"} <= required_forms(posting)


def test_what_you_will_love_and_benefits_including_are_benefits():
    posting = read_job(
        "Paramedic\n\nRequired\n\nCurrent BLS and ACLS\nOSHA 30 training\n\nWhat You’ll Love About SKF\n\n"
        "Union Shop - UAW Local 38, tuition reimbursement, mobile phone discounts\n\n"
        "MMC Offers Competitive Wages And Benefits, Including\n\nMedical, Dental, Prescription and Vision Insurance\n"
        "Company 401(k) Matching Contributions\n"
    )
    assert "osha 30" in " ".join(forms(posting))
    assert not forms(posting) & {"tuition reimbursement", "mobile phone discounts", "vision insurance", "union shop"}
    assert not any("Matching" in r.name for r in posting.requirements)


def test_an_item_in_capitals_may_run_to_six_words():
    posting = _requirements("- Fanuc 0T Machine Code Programming.\n- Basic PC skills and math skills required.\n")
    assert "fanuc 0t machine code programming" in forms(posting)
    assert "pc skills" in forms(posting)


def test_glued_years_and_acronyms_are_parted_in_a_posting_that_lost_its_breaks():
    from ats_match.postings.unglue import unglue

    text = (
        "Job RequirementsHigh integrity requiredStrong computer skills.Ability to work in a team environment5+ years "
        "of interior experience.Basic Life Support required andBCLS certification"
    )
    mended = unglue(text)
    assert "environment\n5+ years" in mended and "and\nBCLS" in mended
    posting = read_job("# Upholsterer\n\n" + text + "\n")
    assert posting.years == 5


def test_social_networks_grammar_and_a_professional_engineering_license():
    posting = _requirements(
        "- Social media savvy a must (Facebook, Google+, Instagram, LinkedIn)\n"
        "- Versatile writing skills and proficiency in spelling and grammar\n"
        "- Active Professional Engineering License or the ability to obtain within six months\n"
    )
    names = {r.name for r in posting.requirements}
    assert {"Facebook", "Google+", "Spelling and grammar", "Professional Engineer (PE)"} <= names
    assert not forms(posting) & {"savvy", "versatile"}


def test_working_conditions_ask_for_nothing():
    posting = _requirements(
        "- Possess and maintain BLS certification.\n"
        "- May be required to wear lead aprons weighing in excess of 10-12 pounds.\n"
        "- Employees are at risk for occupational exposure to blood and other potentially infectious materials.\n"
        "- Required to handle cleaning agents including disinfectants, enzymatic solutions and chemical sterilants.\n"
    )
    assert any("Basic Life Support" in r.name for r in posting.requirements)
    assert not forms(posting) & {"lead aprons", "disinfectants", "enzymatic solutions", "infectious materials"}


def test_regression_a_header_of_parts_parted_by_dots_is_no_list():
    """'Riverside Regional Medical Center · Dayton, OH · Full time, nights' read "Dayton" as a
    skill once " · " parted lists run into paragraphs."""
    posting = read_job(
        "# Registered Nurse\n\nRiverside Regional Medical Center · Dayton, OH · Full time, nights\n\n"
        "## Requirements\n\n- Current BLS certification\n"
    )
    assert not any("Dayton" in r.name for r in posting.requirements)


def test_a_kind_of_product_after_its_name_is_no_second_requirement():
    posting = _requirements(
        "- Experience with Epic electronic health records\n- Workday HRIS experience\n- Experience with EHR systems\n"
    )
    names = [r.name for r in posting.requirements]
    assert "Epic Systems" in names and names.count("Electronic health records (EHR)") == 1  # the third line
    assert not any(r.name == "HRIS" or "Human resources information" in r.name for r in posting.requirements)


def test_header_fields_and_uk_qualifications():
    posting = read_job(
        "# Sous Chef\n\nCompany: Clear Selection\nCategory: Hospitality & Catering Jobs\n"
        "Source: caterer.com (Adzuna Id 44452543)\n\nClear Selection are seeking a chef. You must have your own "
        "transport for this role. You must be qualified ideally to NVQ level 3.\n"
    )
    names = {r.name for r in posting.requirements}
    assert {"Reliable transportation", "NVQ Level 3"} <= names
    assert not {n for n in names if "Clear Selection" in n or "Adzuna" in n or "Catering Jobs" in n}


def test_software_named_as_the_job_of_the_title_is_the_job():
    cook = read_job("# Sous Chef\n\nSous Chef wanted for a busy kitchen.\n\n## Requirements\n\n- ServSafe\n")
    assert not any(r.name == "Chef" for r in cook.requirements)
    devops = read_job("# DevOps Engineer\n\n## Requirements\n\n- Chef, Puppet or Ansible\n- Kubernetes\n")
    assert any("Chef" in r.name for r in devops.requirements)


def test_without_a_requirements_heading_duty_phrases_are_preferred():
    posting = read_job(
        "# Pharmacy Technician\n\nThe technician supports the pharmacist.\n\n"
        "- Assist the pharmacist in obtaining accurate verbal orders and missing prescription information\n"
        "- Maintain current Illinois Certified Pharmacy Technician licensure\n"
        "- Enter orders in the core pharmacy system and Epic\n"
    )
    required = {r.name for r in posting.requirements if r.required}
    assert "Epic Systems" in required
    assert not any("verbal orders" in name or "pharmacy system" in name for name in required)
    assert any("verbal orders" in r.name for r in posting.requirements if not r.required)


def test_a_standard_keeps_its_decimal_number():
    posting = _requirements("- Strong understanding of ANSI Y 14.5 and GDT required\n")
    assert "ansi y 14.5" in forms(posting)


def test_a_company_called_doctor_gcses_and_a_dbs_check():
    recruiter = read_job(
        "# Recruiter\n\n## Requirements\n\n- Maintaining Time Doctor’s instance of Breezy\n- 3+ years of recruiting\n"
    )
    assert recruiter.degree is None
    assistant = read_job(
        "# Teaching Assistant\n\n## Essential\n\n- GCSE grades A-C in English and Maths\n"
        "- A satisfactory Enhanced DBS clearance\n- Experience of working with children\n"
    )
    assert assistant.degree == "high school"
    assert not any("DBS" in r.name for r in assistant.requirements)


def test_soft_skills_as_comma_items_and_possessives():
    laborer = read_job(
        "# Laborer\n\n## Skills/Qualifications\n\nAttention to Detail, Quality Focus, Able to Lift Heavy Objects, "
        "Teamwork, Dependability, Initiative, Strong Work Ethic.\n"
    )
    names = {r.name for r in laborer.requirements}
    assert "Initiative" in names and not any("Heavy Objects" in n for n in names)
    recruiter = _requirements("- An entrepreneurial bent and a self-starter’s attitude towards getting things done.\n")
    assert "Self-motivated" in {r.name for r in recruiter.requirements}


def test_licensed_trades_and_own_tools():
    posting = _requirements(
        "- Licensed Plumber and/or 2nd or 3rd year plumber apprentice\n"
        "- Must have up-to-date licenses, i.e., Sheet Metal, Refrigeration, Gas License (G1, G2), Safety;\n"
        "- Must have own tools\n"
    )
    names = {r.name for r in posting.requirements}
    assert {"Plumbing license", "Gas fitter license", "Own tools"} <= names


def test_a_hyphenated_skill_compound_is_a_phrase():
    posting = _requirements("- Grant-writing and grant-monitoring experience preferred\n- Budget-planning experience\n")
    assert {"grant-writing", "budget-planning"} <= forms(posting)
    assert not forms(posting) & {"non-compliance", "health-care"}


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("We have over 25 years of experience in the industry.", None),
        ("Founded in 1990, our company has 30 years of experience serving clients.", None),
        ("Work with a Reggio Emilia specialist with over 20 years of expertise, who will mentor you.", None),
        ("Benefits will be available for staff after 3 months of work.", None),
        ("We are looking for someone with 5 years of experience.", 5),
        ("We are seeking a Registered Nurse with 2+ years of experience.", 2),
    ],
)
def test_years_of_the_employer_or_a_colleague_are_not_asked(sentence, years):
    posting = read_job(f"# Teacher\n\n{sentence}\n\n## Requirements\n\n- BLS certification\n")
    assert posting.years == years


def test_hard_working_and_social_skills():
    posting = _requirements("- Hard working & self starter\n- Good social skills\n")
    assert {"Work ethic", "Self-motivated", "Interpersonal skills"} <= names(posting)


def test_a_posting_wrapped_at_a_fixed_width_is_read_sentence_by_sentence():
    text = (
        "# HR Generalist\n\nThe Human Resources Generalist assists with special HR projects and may\n"
        "serve as a project coordinator. The Human Resources Generalist must have prior Human Resources\n"
        "experience, very strong organizational skills, the ability to keep employee information\n"
        "confidential, and have strong computer skills and a working knowledge of the benefits\n"
        "administration process and of leave management for hourly and salaried staff members\n"
        "across all of our locations.\n\n## Requirements\n\n- SHRM-CP\n"
    )
    posting = read_job(text)
    assert {"Organizational skills", "Computer skills"} <= names(posting)
    from ats_match.postings.unglue import unwrap

    short = "# Cook\n\n## Requirements\n\n- ServSafe\n- Knife skills\n"
    assert unwrap(short) == short


def test_more_soft_skills_and_indesign_with_a_hyphen():
    posting = _requirements(
        "- Ability to articulate your ability to work well in a team\n- Ability to think mechanically and critically\n"
        "- In-Depth knowledge of the following software: Photoshop, Illustrator, In-Design, Acrobat Professional.\n"
        "- Friendly and patient\n"
    )
    assert {"Teamwork", "Mechanical aptitude", "Critical thinking", "Adobe InDesign", "Friendly"} <= names(posting)


def test_a_careers_page_that_wants_and_then_lists_what_you_will_do():
    """ "All we want from you is:" asks; "All you need to do is:" is the work. The careers
    page's line above the posting is not its title; a job named by its licence is."""
    posting = read_job(
        "Current Job Openings:\n\nLicensed Mortgage Broker\n\nJoin a friendly team in Tucson.\n\n"
        "All we want from you is:\n\n- An active NMLS license\n- A reliable and insured vehicle\n\n"
        "All you need to do is:\n\n- Source new borrowers from referral partners\n- Negotiate rates with lenders\n"
    )
    assert posting.title == "Licensed Mortgage Broker"
    by_name = {r.name.lower(): r for r in posting.requirements}
    assert any("nmls" in name and r.required for name, r in by_name.items())
    assert not any(r.required for name, r in by_name.items() if "borrowers" in name or "lenders" in name)


JOB_BANK = """\
drywall finisher
Example Interiors Ltd.
2 vacancies
$31.00 hourly

### Overview

#### Languages

English or French

#### Education

- Secondary (high) school graduation certificate

#### Experience

1 year to less than 2 years

#### Work site environment

- Noisy
- Outdoors

### Responsibilities

#### Tasks

- Select type of compound required
- Sand joints and patch holes

### Credentials

#### Certificates, licences, memberships, and courses

- Working at Heights Training

### Experience and specialization

#### Types of surfaces

- Drywall
- Plaster

#### Area of specialization

- Taping and mudding
- Texture spraying

### Additional information

#### Security and safety

- Criminal record check
"""


def test_a_job_bank_posting_with_its_headings_and_sub_headings():
    """Canada's Job Bank writes its fields as Markdown headings: a language, an education
    level, years as a range, and sub-headings under "Experience and specialization" whose
    items are asked; where the work is (odours, outdoors) asks nothing, and a duty's
    "required" ("Select type of compound required") is no requirement."""
    posting = read_job(JOB_BANK)
    assert posting.years == 1
    assert posting.degree == "high school"
    required = required_forms(posting)
    assert {"english", "drywall", "plaster"} <= required
    assert any("mudding" in form for form in required) and any("texture spraying" in form for form in required)
    assert not forms(posting) & {"noisy", "outdoors", "criminal record check"}
    assert not any("compound" in form for form in required)
    assert [r.kind for r in posting.requirements if "graduation" in r.name.lower()] == []  # the degree's words


def test_label_words_plural_initiatives_and_a_long_list_item_before_its_cue():
    """ "Personal attributes include being adaptive, resourceful, curious": the soft skills,
    not the label; "parent education initiatives" are programmes, not the soft skill
    Initiative; a five-word item ("Every Child Ready to Read") keeps the list's "desirable"."""
    posting = _requirements(
        "- Personal attributes include being adaptive, resourceful, self-motivated, curious, and independent.\n"
        "- Knowledge of parent education initiatives, Every Child Ready to Read, and early literacy skills are"
        " desirable.\n"
    )
    assert {"Adaptability", "Resourcefulness", "Curiosity", "Self-motivated"} <= names(posting)  # first item too
    assert not {"Personal attributes", "Initiative"} & names(posting)
    assert not any(r.required for r in posting.requirements if "literacy" in r.name or "parent" in r.name)


def test_qualities_after_must_be_are_soft_skills_but_a_cue_or_a_record_is_not():
    posting = _requirements(
        "- Must be polite, smart and neat\n- Must be accurate and have a strong desire to learn.\n"
        "- Must be helpful, friendly, and reliable.\n- Respectful and compassionate\n"
        "- Be honest with a can do attitude and a sense of humour\n- Spanish is helpful\n- Maintain accurate records\n"
    )
    assert {
        "Courtesy",
        "Attention to detail",
        "Helpfulness",
        "Friendly",
        "Reliability",
        "Respectfulness",
        "Integrity",
        "Positive attitude",
        "Sense of humor",
    } <= names(posting)
    lines = {r.name: r.line for r in posting.requirements}
    assert lines["Helpfulness"] == lines["Friendly"]  # only the "Must be helpful" line, not "Spanish is helpful"
    assert lines["Attention to detail"] != max(lines.values())  # not "Maintain accurate records"


def test_a_desired_list_before_any_requirements_and_a_section_run_into_its_text():
    """ "Desired experience and expertise:" heading the list of asks that holds the minimum
    years is what the posting requires (an item "is desired" stays preferred); "You will also be expected to have:"
    asks; "PHYSICAL DEMANDS. The physical demands ..." opens a section that asks for nothing;
    "must have in his possession" asks."""
    posting = read_job(
        "# Welder\n\nDesired experience and expertise:\n\n- A minimum of 2 years of MIG welding\n"
        "- Knowledge of ASME codes is desired\n\nYou will also be expected to have:\n\n- Blueprint reading\n\n"
        "Must have in his possession a current welding certificate.\n\n"
        "PHYSICAL DEMANDS. The employee is exposed to airborne particles and caustic chemicals.\n"
    )
    by_name = {r.name.lower(): r.required for r in posting.requirements}
    assert by_name.get("gas metal arc welding (gmaw)") is True and by_name.get("blueprint reading") is True
    assert any("asme" in name and not required for name, required in by_name.items())
    # the vocabulary reads "a current welding certificate" as the credential of a certified welder
    assert any(r.required and "welding certificate" in map(str.lower, r.forms) for r in posting.requirements)
    assert not any("particles" in name or "chemicals" in name or "possession" in name for name in by_name)


def test_a_bakery_labourer_posting_in_the_second_person():
    """An em dash between words is a break ("people skills—you're approachable"); food
    safety, health and safety and following recipes are read though their words are
    everyday; the employer's own "140 years of experience in baking" asks for nothing."""
    posting = read_job(
        "# Production Labour\n\n**About You:**\n\n- You have strong people skills\u2014you\u2019re approachable\n"
        "- You\u2019re dedicated to the health and safety of your colleagues\n"
        "- Ability to accurately follow recipes\n- Basic food safety and sanitation knowledge\n\n"
        "We are a leading Canadian bakery with 140 years of experience in baking packaged breads.\n"
    )
    assert {"Interpersonal skills", "Friendly", "Health and safety", "Following recipes", "Food safety"} <= names(
        posting
    )
    assert not any("breads" in name or "you're" in name for name in names(posting))


def test_remaining_calm_and_an_energetic_personality():
    posting = _requirements(
        "- Ability to remain calm and organized in a high-volume environment\n"
        "- Candidate should demonstrate an energetic and friendly personality\n"
    )
    assert {"Working under pressure", "Energetic", "Friendly"} <= names(posting)


def test_personal_qualities_written_as_labels_with_their_explanations():
    posting = read_job(
        "# Interpreter\n\n**Personal qualities**\n\n* **Initiative.** Striving to improve processes;\n"
        "* **Self-learning.** Able to find the necessary information;\n* **Diplomatic, kind.** Able to prevent conflicts;\n"
        "* **Well-organized, responsible, punctual and diligent**;\n* **Empathic and responsive.** With a caring attitude\n"
    )
    assert {
        "Initiative",
        "Quick learner",
        "Interpersonal skills",
        "Organizational skills",
        "Work ethic",
        "Empathy",
    } <= {r.name for r in posting.requirements if r.required}
    assert "Striving" not in names(posting)


def test_a_registered_title_is_a_licence_and_an_aside_is_no_cue():
    """ "You must be Registered Dental Assistant ... (New graduates welcome to apply!)": a
    licence, required; the aside's "welcome" is no cue, but "(Preferred)" still is."""
    posting = _requirements(
        "- You must be Registered Dental Assistant in the State of Washington (New graduates welcome to apply!)\n"
        "- Three years of Class A CDL driving experience (Preferred).\n- Minimum of 1 year of driving experience.\n"
    )
    registered = next(r for r in posting.requirements if r.name == "Registered Dental Assistant")
    assert (registered.kind, registered.required) == ("license", True)
    assert posting.years == 1
    assert not any("graduates" in r.name for r in posting.requirements)


UK_POSTING = """Mortuary Technician
Riverside Valley NHS Foundation Trust
General Hospital, Exampletown, EX1 2AB
£21,000 - £24,000 pa pro rata

An opportunity exists for a mortuary technician to join our department, which cares for about 2000 patients a year.

The post holder is expected to hold the Level 3 Diploma in Anatomical Pathology Technology and be trained in \
evisceration techniques. Training in bereavement care is desirable.

For further details / informal visits contact:
NameJane ExampleJob titleMortuary ManagerTelephone number01234 567890
Name: Jane Example, Mortuary Manager on 01234 567890
"""


def test_the_employers_name_address_pay_and_contact_ask_for_nothing():
    """A posting with no requirements heading read every short line as a list item: the
    trust's name, its postcode, the pay and the manager to call came out as skills."""
    posting = read_job(UK_POSTING)
    written = " ".join(names(posting)).lower()
    for words in ("riverside", "exampletown", "ex1", "pro rata", "jane", "manager", "telephone"):
        assert words not in written, words
    by_name = {r.name: r for r in posting.requirements}
    assert by_name["evisceration techniques"].required  # "The post holder is expected to hold ... and be trained in"
    assert not by_name["bereavement care"].required  # "... is desirable"


@pytest.mark.parametrize(
    "sentence",
    [
        "The post holder is expected to hold a Level 3 Diploma and be trained in evisceration techniques.",
        "Such candidates would be expected to have evidence of evisceration techniques.",
    ],
)
def test_more_ways_a_sentence_says_the_candidate_must_have_something(sentence):
    posting = read_job(f"Mortuary Technician\n\nThe role\n{sentence}\n\nRequirements\n- Valid driving licence\n")
    assert any(r.required and "evisceration" in r.name for r in posting.requirements)


def test_regression_a_dash_written_against_its_item_is_a_bullet():
    """ "-A flexible schedule" was no list item, so the line after "Applicants MUST have:"
    read as the benefits that a schedule often opens, and four requirements were lost."""
    posting = read_job(
        "Pastry Chef\nAustin Catering\n\nQualifications\nApplicants MUST have:\n-A flexible schedule\n"
        "-Reliable transportation\n-Proper knowledge and experience with safe food handling and storage\n"
        "-3-4 years of experience\n"
    )
    assert {"Reliable transportation", "Food safety"} <= names(posting)
    assert posting.years == 3
    assert posting.title == "Pastry Chef"  # the first line, above the section heading
    assert "Chef" not in names(posting)  # the job the title names is no tool (Progress Chef)


def test_a_residency_requirement_asks_for_no_skill():
    posting = read_job(
        "Exterminator\n\nMinimum Qualifications\n- Commercial pesticide applicator certification\n\n"
        "Residency Requirement\nNew York City residency is generally required within 90 days of appointment, "
        "though employees in certain titles may live in Nassau, Suffolk, Putnam, Westchester or Rockland.\n"
    )
    assert not {"Westchester", "Rockland", "Residency"} & names(posting)


def test_how_to_apply_run_into_its_text_opens_a_section_a_link_field_does_not():
    posting = read_job(
        "BCC Specialist\n\nQualifications\n- Microsoft Excel\n- Family planning programs\n"
        "APPLICATION PROCEDURES: Please send cover letter and resume to Amy\nPearson at: apearson@example\n"
        "Please mention the URL of the Career Center website.\n"
    )
    assert not {"Pearson", "apearson", "URL"} & names(posting)
    field = read_job("Landscaper\nApply: https://example.com/form\n\n1. Valid driver's license\n2. Irrigation repair\n")
    assert {"Driver's license", "Irrigation repair"} <= names(field)


def test_searching_for_someone_with_asks_for_what_follows_with_only():
    posting = read_job(
        "Pastry Chef\n\nDescription\nWe are an upscale catering company and are searching for an upbeat individual "
        "with a positive attitude and good communication skills!\n\nQualifications\n- 3 years of experience\n"
    )
    assert {"Positive attitude", "Communication"} <= {r.name for r in posting.requirements if r.required}
    assert not {"upscale catering", "upbeat individual"} & names(posting)


def test_regression_certified_or_licensed_opens_the_title_one_holds():
    """ "Certified" and "Licensed" are words no phrase takes ("certified in CPR"), so "a
    Certified Commercial Pesticide Applicator" was read as a tool, "Commercial Pesticide
    Applicator", and lost."""
    posting = read_job(
        "Exterminator\n\nMinimum Qualifications\nA valid certificate as a Certified Commercial Pesticide Applicator "
        "for Industrial and Rodent Control, issued by the State.\nMust be a Licensed Respiratory Care Practitioner.\n"
    )
    kinds = {r.name: r.kind for r in posting.requirements}
    assert kinds.get("Certified Commercial Pesticide Applicator") == "certification"
    assert kinds.get("Licensed Respiratory Care Practitioner") == "license"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "The post holder is expected to hold the L3 Diploma in Anatomical Pathology Technology.",
            "L3 Diploma in Anatomical Pathology Technology",
        ),
        ("- NVQ Level 3 Diploma in Health and Social Care", "NVQ Level 3 Diploma in Health and Social Care"),
        (
            "- Certificate III in Individual Support (Ageing) or working towards",
            "Certificate III in Individual Support",
        ),
        ("- Cert IV in Training and Assessment", "Cert IV in Training and Assessment"),
    ],
)
def test_a_framework_qualification_is_a_certification_with_its_level_and_subject(line, name):
    posting = read_job(f"Support Worker\n\nRequirements\n{line}\n- Driver's licence\n")
    kinds = {r.name: r.kind for r in posting.requirements}
    assert kinds.get(name) == "certification"
    assert posting.degree is None  # a certificate one holds, not a school diploma


JSON_LD_POSTING = """Massage Therapist

# We are looking for a new member of our awesome team
Our clinic offers acupuncture, herbal medicine services and pediatrics to the whole family.

## Qualifications
- Registered Massage Therapist in good standing

<script type="application/ld+json">
{
  "@context" : "https://schema.org/",
  "@type" : "JobPosting",
  "title" : "Registered Massage Therapist",
  "experienceRequirements" : "Minimum 1 year experience as a Registered Massage Therapist",
  "qualifications" : "Registered Massage Therapist in good standing",
  "hiringOrganization" : {"@type" : "Organization", "name" : "Example Clinic Inc.", "sameAs" : "https://example.com"}
}
</script>
"""


def test_a_pages_json_ld_gives_what_it_asks_and_a_headline_in_the_employers_voice_asks_nothing():
    """A schema.org JobPosting embedded for search engines was split into nonsense lines
    ("Organization", "same / As"), and "We are looking for a new member of our team" opened a
    requirements section over the clinic's description."""
    posting = read_job(JSON_LD_POSTING)
    assert posting.years == 1  # "experienceRequirements", said nowhere else
    assert not {"acupuncture", "herbal medicine services", "pediatrics", "Organization"} & names(posting)


def test_a_header_field_with_its_value_is_one_line_of_its_own():
    posting = read_job(
        "Data Entry Clerk\nHouston, TX\nCompensation $10 Hourly\nEmployment Type: Full-Time\n\n"
        "Our data center is looking for clerks. Ideal candidates must have superior data entry skills.\n"
    )
    assert "data entry skills" in names(posting)


def test_we_desire_a_candidate_who_heads_the_requirements():
    posting = read_job(
        "Student Minister\n\nWe desire a candidate who...\n- Has quality leadership skills.\n"
        "- Is competent using computer software.\n\nResponsibilities\n"
        "- Be supportive of students in their extracurricular activities at area schools\n"
        "- On occasion be available for emergency pastoral care visits\n"
    )
    required = {r.name for r in posting.requirements if r.required}
    assert "Leadership" in required
    # the work, now that the posting has a list of what it asks
    assert not {"extracurricular activities", "emergency pastoral care visits"} & required


def test_a_label_that_opens_an_item_marks_all_of_it():
    posting = read_job(
        "Educator\n\n## Skills and Qualifications\n\n- *Required* Bachelor's Degree\n"
        "- *Preferred*  Demonstrated knowledge, experience, and expertise with some aspect of our topics, "
        "including (for example) historical geography; urban, regional, and environmental studies; civics\n"
    )
    flags = {r.name: r.required for r in posting.requirements}
    assert flags.get("historical geography") is False and flags.get("civics") is False  # past the ";"


def test_experience_doing_something_with_names_what_follows():
    posting = read_job(
        "Educator\n\n## Qualifications\n\n- Experience teaching with primary source documents\n"
        "- Experience working with grant databases\n"
    )
    assert {"primary source documents", "grant databases"} <= names(posting)


def test_experience_or_skill_in_something_in_prose_names_it_however_everyday_its_words():
    posting = read_job(
        "Model Maker\n\nJob Description\nIf you have experience in project management, skill in laser cutting "
        "and 3D printing, knowledge in CNC milling, we want to talk to you.\n"
    )
    assert "laser cutting" in names(posting)


def test_you_will_already_have_heads_the_requirements_and_a_councils_fields_ask_nothing():
    posting = read_job(
        "Rights of Way Officer\n\nYou will already have:\n- A sound knowledge of rights of way legislation\n"
        "- Experience with GIS mapping\n\nDirectorate: Environment & Climate Change\nService Area: Highways\n"
        "Organisation: Kirklees\nGrade: Grade 9\n"
    )
    assert {r.name: r.required for r in posting.requirements}.get("mapping") is True
    assert heading_kind("you will already have") == heading_kind("you should already have") == "requirements"
    assert not {"Climate Change", "Kirklees", "Highways"} & names(posting)


def test_the_class_or_issuer_before_a_credentials_name_is_part_of_it():
    posting = read_job("Agent\n\nRequirements\n- Valid Class 5 drivers license\n- CA BRE Real Estate License\n")
    written = forms(posting)
    assert {"class 5 drivers license", "ca bre real estate license"} <= written
    assert "CA BRE" not in names(posting)  # no skill of its own


def test_a_verb_after_its_subject_and_an_able_adjective_are_no_terms():
    posting = read_job(
        "# Vet Nurse\n\nRequirements:\n"
        "- Any allergies that impair abilities to work with animals must be controllable through medication\n"
        "- Designs must be manufacturable and durable\n"
        "- Phlebotomy and triage\n"
    )
    names = {r.name.lower() for r in posting.requirements}
    assert not names & {"impair", "controllable", "manufacturable"}
    assert {"phlebotomy", "triage"} <= names


def test_working_autonomously_is_independent_work():
    posting = read_job(
        "# Accounts Assistant\n\nRequirements:\n* Ability to multi-task, use own initiative and work autonomously.\n"
    )
    assert posting.requirement("Independent work").required
