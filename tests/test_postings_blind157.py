"""Regressions of the rules learnt from blind sets 157 to 162 (trades, marketing and product,
HR and support, allied health, engineering and design, drivers and aviation: real postings
labelled by hand before the product ran on them): each test is one rule, on text written here."""

from __future__ import annotations

from ats_match import read_job
from helpers import statuses_against_posting


def _names(text: str) -> set[str]:
    return {r.name for r in read_job(text).requirements}


def _lower_names(text: str) -> set[str]:
    return {name.lower() for name in _names(text)}


def _forms(text: str, name: str) -> set[str]:
    requirement = next(r for r in read_job(text).requirements if r.name == name)
    return {form.lower() for form in requirement.forms}


def _posting(*items: str, title: str = "Technician") -> str:
    return f"# {title}\n\n## Requirements\n\n" + "".join(f"- {item}\n" for item in items)


def test_a_word_that_is_only_a_verb_or_a_quality_names_no_skill():
    """WordNet (spacy-lookups-data's lemma index) knows "cognizant" only as an adjective and
    "liaises", "calibrate" only as verbs: alone in a line they were read as skills (a capitalised
    verb stays: it may be a product, "Hibernate")."""
    names = _lower_names(
        _posting(
            "Must be cognizant of their surroundings at all times",
            "Liaises with vendors and contractors",
            "Basic computer and math skills to calibrate and measure specifications",
            "Experience with AutoCAD",
        )
    )
    assert not names & {"cognizant", "liaises", "calibrate"}, names
    assert "autocad" in " ".join(names)


def test_a_verb_named_as_a_thing_and_a_gerund_are_still_skills():
    """ "word, and excel" is the spreadsheet in a list, "brazing" an activity (its lemma is the
    verb "braze")."""
    names = _lower_names(
        _posting("Proficient with email, google drive, word, and excel", "Experience in brazing", title="Bar Manager")
    )
    assert "excel" in " ".join(names), names
    assert any("brazing" in name for name in names), names


def test_every_field_of_a_degree_list_with_an_acronym_is_the_degree_field():
    """ "BS/BA in geography, GIS, urban planning, economics, or relevant experience": the
    capitals of GIS ended the field at "geography", and urban planning and economics were
    read as skills."""
    posting = read_job(
        _posting("BS/BA in geography, GIS, urban planning, economics, or relevant experience.", "ArcGIS Pro")
    )
    assert posting.degree == "bachelor"
    assert "urban planning" in (posting.degree_field or ""), posting.degree_field
    assert not {r.name.lower() for r in posting.requirements} & {"economics", "urban planning"}


def test_an_acronym_then_what_it_stands_for_in_brackets_is_one_requirement():
    """ "NEC (National Electrical Code)": two requirements were read, NEC and the code."""
    text = _posting("Strong knowledge of NEC (National Electrical Code) and OSHA regulations", title="Electrician")
    requirements = [r for r in read_job(text).requirements if "NEC" in r.forms or "National Electrical Code" in r.name]
    assert len(requirements) == 1, requirements
    assert {"nec", "national electrical code"} <= {f.lower() for f in requirements[0].forms}


def test_working_on_rooftops_and_in_confined_spaces_is_a_physical_demand():
    """ "Ability to work in various weather conditions, on rooftops and in confined spaces":
    where the work is done, not a skill; the course "Working at Heights" is still read."""
    names = _lower_names(
        _posting(
            "Ability to work in various weather conditions, on rooftops and in confined spaces.",
            "NABCEP PV Installation Professional certification",
            title="Solar Installer",
        )
    )
    assert not any("rooftop" in n or "confined" in n or "weather" in n for n in names), names
    fitter = _lower_names(
        _posting(
            "Physical ability to work at heights and in confined spaces, with working knowledge of hydraulic systems"
        )
    )
    assert "hydraulic systems" in fitter, fitter


def test_a_language_spoken_well_enough_is_asked():
    """ "read and speak English sufficiently to understand highway signs": the adverb after the
    language was read as a noun ("Italian cuisine"), and English was dropped."""
    names = _names(
        _posting(
            "Must be able to read and speak English sufficiently to understand highway signs",
            "CDL A",
            title="Truck Driver",
        )
    )
    assert "English" in names, names
    assert "Italian cuisine" in _names(_posting("Knowledge of Italian cuisine", title="Cook"))


def test_cdl_a_and_the_tanker_endorsement_are_their_own_credentials():
    """ "a valid CDL A with Tanker Endorsement, HazMat": the class written after CDL is a
    form of it, and the tanker endorsement (N) is not the hazmat one (H)."""
    text = _posting("Possess a valid CDL A with Tanker Endorsement, HazMat for petroleum", title="Truck Driver")
    names = _names(text)
    assert {"Tanker endorsement", "Hazmat endorsement"} <= names, names
    assert "cdl a" in _forms(text, "Commercial Driver's License (CDL)")


def test_aviation_licences_are_credentials_not_software():
    """ "FAA Certified Airframe and Power Plant Mechanic", "CASA CPL(H) or ATPL(H)": CPL was
    O*NET's call-processing language; an ATP swab (a hygiene test) is no pilot's licence."""
    mechanic = _names(
        _posting("Three years as an FAA Certified Airframe and Power Plant Mechanic", title="Helicopter Mechanic")
    )
    assert "FAA Airframe and Powerplant (A&P) certificate" in mechanic, mechanic
    pilot = read_job(_posting("CASA CPL(H) or ATPL(H).", "Minimum 1,500 hrs. PIC", title="Fire Pilot"))
    assert not any("Call-processing" in r.name for r in pilot.requirements), pilot.requirements
    assert any(r.kind in ("license", "certification") and "CPL(H)" in r.forms for r in pilot.requirements)
    hygiene = _names(_posting("Experience investigating failing ATP swabs", title="Sanitation Lead"))
    assert not any("Pilot" in name for name in hygiene), hygiene


def test_a_benefits_list_labelled_by_its_perks_asks_nothing():
    """ "Continued Education Reimbursement: for RNs ..." under "Benefits and Perks:" opened a
    requirements section (its "Education"), and "Pet Insurance" was asked."""
    names = _lower_names(
        "# Medical Assistant\n\nBenefits and Perks:\n\nWe offer a comprehensive benefits package, including:\n\n"
        "Medical, Dental & Vision Insurance\n"
        "Continued Education Reimbursement: for RNs (up to $1,000 per year & 2 paid CEU days)\n"
        "Flex Spending Account\nPet Insurance\nBereavement Leave\n\n"
        "Minimum Qualifications:\n\nCurrent BLS (Basic Life Support) Certificate\n"
    )
    assert not any("insurance" in n or "spending" in n or "leave" in n for n in names), names
    assert any("bls" in n or "basic life support" in n for n in names), names


def test_the_credentials_of_who_supervises_the_job_are_not_asked():
    """ "under direct supervision of licensed nurse practitioner, physician's assistant, or
    registered nurse": who oversees the medical assistant, no licence asked of them."""
    posting = read_job(
        "# Medical Assistant\n\n## Responsibilities\n\n- Perform venipuncture and manage patients under direct"
        " supervision of licensed nurse practitioner, physician's assistant, or registered nurse.\n\n"
        "## Requirements\n\n- Current BLS certification\n"
    )
    kinds = {r.name: r.kind for r in posting.requirements}
    assert not any("Nurse" in name for name in kinds), kinds
    asked = _names(_posting("Active RN license", "Reports to the Charge Nurse", title="Nurse"))
    assert "Registered Nurse (RN)" in asked, asked


def test_the_documents_one_reads_at_work_are_not_skills():
    """ "read and interpret documents such as safety rules, operating and maintenance
    instructions, and procedure manuals": what is read, not a skill; "document management
    programs, such as iManage" still names products."""
    names = _lower_names(
        _posting(
            "Ability to read and interpret documents such as safety rules, operating and maintenance instructions,"
            " and procedure manuals"
        )
    )
    assert not any("manual" in n or "safety rules" in n for n in names), names
    legal = _lower_names(
        _posting("Experience with document management programs, such as iManage or NetDocuments", title="Paralegal")
    )
    assert any("imanage" in n for n in legal), legal


def test_paramedic_licensure_is_the_paramedic_licence():
    names = _names(_posting("Current EMT/Paramedic licensure", title="Medical Assistant"))
    assert any("Paramedic" in name for name in names), names


def test_what_one_is_willing_to_learn_is_no_must_and_what_comes_before_still_is():
    """ "willing to learn Revit": what one will pick up, preferred at most; "Current RN license
    and willingness to learn new EMR systems" still asks the RN licence (the review's case: the
    cue after it had made it preferred)."""
    posting = read_job(
        _posting(
            "Proficient in AutoCAD and willing to learn Revit",
            "Current RN license and willingness to learn new EMR systems",
            title="Designer",
        )
    )
    asked = {r.name: r.required for r in posting.requirements}
    assert asked.get("Autodesk Revit") is False, asked
    assert asked.get("Autodesk AutoCAD") is True and asked.get("Registered Nurse (RN)") is True, asked
    # the older cue, "willingness to obtain", now speaks of what follows it only too
    obtain = {
        r.name: r.required for r in read_job(_posting("Current RN license and willingness to obtain BLS")).requirements
    }
    assert obtain.get("Registered Nurse (RN)") is True and obtain.get("Basic Life Support (BLS)") is False, obtain


def test_a_makers_hyphenated_name_is_a_name():
    """ "Allen-Bradley, Siemens, or Schneider Electric control systems": the first maker was
    dropped (its two halves are common names); "Self-Management" is no maker."""
    names = " ".join(
        _lower_names(_posting("Experience with Allen-Bradley, Siemens, or Schneider Electric control systems"))
    )
    assert "allen-bradley" in names, names
    assert "self-management" not in _lower_names(_posting("Self-Management", "AutoCAD"))


def test_a_category_before_its_named_examples_after_including_is_asked_too():
    """ "industrial control systems, including PLCs and VFDs": the examples were read, the
    kind of system asked was not."""
    names = _lower_names(_posting("Strong understanding of industrial control systems, including PLCs and VFDs"))
    assert "industrial control systems" in names, names


def test_a_kind_of_work_before_experience_is_no_verb_at_work():
    """ "facilities management or building maintenance experience": "building" was read as
    a duty verb and the maintenance of buildings lost."""
    posting = read_job(_posting("3-5 years of facilities management or building maintenance experience"))
    forms = {f.lower() for r in posting.requirements for f in r.forms}
    assert "building maintenance" in forms, forms
    assert "building relationships" not in _lower_names(_posting("Building relationships with vendors", "Excel"))


def test_letters_asked_on_one_line_and_spelled_out_on_another_are_one_requirement():
    """ "PLCs and VFDs" in one item, "variable frequency drives (VFDs)" in another: two
    requirements, and a resume that wrote the words met only one of them."""
    text = _posting(
        "Strong understanding of industrial control systems, including PLCs and VFDs",
        "Install and program variable frequency drives (VFDs)",
        title="Electrician",
    )
    asked = [r for r in read_job(text).requirements if "VFDs" in r.forms or r.name == "VFDs"]
    assert len(asked) == 1 and asked[0].name == "variable frequency drives", asked


def test_a_model_numbers_plural_meets_the_model():
    """ "3 Bell 407s" in a resume is experience of the Bell 407."""
    statuses = statuses_against_posting(
        "# Helicopter Mechanic\n\n## Requirements\n\n- Bell 407 experience\n- Airframe and Powerplant certificate\n",
        "Jane Doe\njane@example.com\n\n## Experience\n\nMechanic, Acme Air, 2019-2024\n"
        "- Maintained a fleet of 3 Bell 407s flying tours\n",
    )
    assert {name.lower(): status for name, status in statuses.items()}.get("bell 407") == "met", statuses


def test_bilingual_in_english_and_another_asks_both():
    """ "Bilingual (English/Spanish) skills" was read "English or Spanish", met by a resume
    with English alone; both are asked."""
    posting = read_job(_posting("Bilingual (English/Spanish) skills", "Excel", title="Electrician"))
    languages = {r.name for r in posting.requirements if r.kind == "language"}
    assert {"Spanish", "English"} <= languages and not any(" or " in name for name in languages), languages
    statuses = statuses_against_posting(
        _posting("Bilingual (English/Spanish) skills", "Excel", title="Electrician"),
        "Jane Doe\njane@example.com\n\n## Skills\n\nExcel\n\n## Languages\n\nEnglish (native)\n",
    )
    assert statuses.get("Spanish") == "missing", statuses


def test_a_jd_written_without_its_last_dot_is_a_law_degree():
    """ "J.D from an accredited law school": the degree was not read without the final dot."""
    posting = read_job(_posting("J.D from an accredited law school", "Admission to state bar in good standing"))
    assert posting.degree == "phd", posting.degree
    assert "Bar admission" in {r.name for r in posting.requirements}


def test_cloud_and_bar_certifications_are_credentials():
    """ "be a Certified Kubernetes Administrator (CKA)", "RAMP certification a plus": the
    vocabulary lacked both; "Ramp up sales" is no certificate."""
    kinds = {r.name: r.kind for r in read_job(_posting("Certified Kubernetes Administrator (CKA)")).requirements}
    assert kinds.get("Certified Kubernetes Administrator (CKA)") == "certification", kinds
    bar = {
        r.name: r.required
        for r in read_job(_posting("RAMP certification a plus", "Ramp up sales quickly")).requirements
    }
    assert bar.get("RAMP certification") is False, bar
    assert list(bar).count("RAMP certification") == 1


def test_a_credential_naming_a_kind_of_firm_is_no_credential_asked():
    """ "Serve as a liaison to our CPA firm": the firm the job works with, no CPA asked;
    "CPA firm experience" is a kind of experience; "Active CPA license" still asks the CPA."""
    names = _names(_posting("Serve as a liaison to our CPA firm and auditing firm", "Excel", title="Financial Manager"))
    assert "Certified Public Accountant (CPA)" not in names, names
    experience = _names(_posting("Experience in a CPA firm", title="Staff Accountant"))
    assert any("CPA firm" in name for name in experience), experience
    licensed = _names(_posting("Active CPA license; Big 4 or regional CPA firm experience", title="Senior Accountant"))
    assert "Certified Public Accountant (CPA)" in licensed, licensed


def test_licences_in_brackets_after_a_licence_word_are_one_ask():
    """ "an unrestricted license to practice psychotherapy (Psychologist, LCSW, LMFT, ...)": any
    one of them, not each."""
    posting = read_job(
        _posting("You have an unrestricted license to practice psychotherapy (Psychologist, LCSW, LMFT, etc.).")
    )
    licences = [r for r in posting.requirements if r.kind == "license"]
    assert len(licences) == 1 and {"LCSW", "LMFT"} <= set(licences[0].forms), licences


def test_letters_listed_among_methods_are_a_method():
    """ "modalities of care such as CBT, DBT, EMDR, ACT, CPT": cognitive processing therapy, not
    the phlebotomy certificate CPT stands for elsewhere."""
    posting = read_job(
        _posting("Training in evidence-based modalities such as CBT, DBT, EMDR, ACT, CPT.", title="Therapist")
    )
    assert not any(r.kind == "certification" for r in posting.requirements), posting.requirements
    assert "CPT" in {r.name for r in posting.requirements}
    phlebotomist = read_job(_posting("CPT or RPT certification", title="Phlebotomist"))
    assert any(r.kind == "certification" for r in phlebotomist.requirements), phlebotomist.requirements


def test_an_item_that_says_possess_asks_among_duties():
    """ "- Possess effective verbal, written and interpersonal skills" under "Position
    Accountabilities and Essential Functions": an ask, whose soft skills were not read."""
    posting = read_job(
        "# Instructor\n\n## Position Accountabilities and Essential Functions\n\n"
        "- Teach Mathematics courses in a variety of settings.\n"
        "- Possess effective verbal, written and interpersonal skills.\n- Have lunch with students\n\n"
        "## Required Qualifications\n\n- Master's Degree in Mathematics\n"
    )
    asked = {r.name: r.required for r in posting.requirements}
    assert asked.get("Interpersonal skills") is True and asked.get("Communication") is True, asked


def test_review_regressions_of_this_round():
    """What an adversarial review found the first versions of these rules did: each must stay fixed."""
    asked = lambda text: {r.name: r.required for r in read_job(_posting(text, "Excel")).requirements}  # noqa: E731
    assert "Spanish or Cantonese" in asked("Must be bilingual; Spanish or Cantonese")  # "or" is either
    assert "Italian" not in asked("Experience cooking in an Italian family restaurant")  # no adverb
    assert "SEO" in asked("Bachelor's degree in marketing, SEO and SEM experience")  # an acronym starts an ask
    assert any("Insurance" in n for n in asked("Life and Health Insurance License: required within 60 days"))
    assert "pleadings" in asked("Experience drafting legal documents such as pleadings, motions and subpoenas")
    assert "Certified Nursing Assistant (CNA)" in asked("Reports to the Charge Nurse, current CNA certification")
    assert "Paramedic license" in asked(
        "Provide patient care under the direction of a physician as a licensed Paramedic"
    )
    assert "aerial lifts" in asked("Ability to work at heights and operate aerial lifts")
    assert "Hibernate" in asked("Hands-on Hibernate and JPA experience")  # a product, capitalised
    assert not {"Forward-Thinking", "Safety-Conscious"} & set(asked("Key Traits: Forward-Thinking, Safety-Conscious"))
    assert not any("Pilot" in n for n in asked("Reduce CPL across paid campaigns"))  # cost per lead
    five_s = statuses_against_posting(
        _posting("Knowledge of 5S and Lean", title="Lead"),
        "Jane Doe\njane@example.com\n\n## Experience\n\nLead, Acme, 2019-2024\n- Ran 5 production lines\n",
    )
    assert five_s.get("5S") != "met", five_s


def test_a_clean_record_may_say_of_what():
    """ "No controlled substance conviction or positive drug test in the last 10 years": a record
    check (words between "No" and "conviction"), not the skill "controlled substance conviction"."""
    posting = read_job(
        _posting(
            "Possess a valid CDL A",
            "No controlled substance conviction or positive drug test in the last 10 years",
            "No more than two moving violations in the past 3 years",
            title="Owner Operator",
        )
    )
    names = {r.name.lower() for r in posting.requirements}
    assert not any("conviction" in n for n in names), names
    assert any("cdl" in n for n in names) and not any("violation" in n for n in names), names


def test_words_ending_in_an_adjective_whose_noun_was_read_apart_are_no_term():
    """ "reading and interpreting electrical blueprints and schematics": blueprints were read by
    the vocabulary, leaving "interpreting electrical"; "accounts receivable" and a list that ends
    a line ("knowledge of high-end residential") stay."""
    names = _lower_names(
        _posting(
            "Proficiency in reading and interpreting electrical blueprints and schematics",
            "Experience with accounts receivable",
            "At least 5 years high-end retail, with knowledge of high-end residential",
            title="Electrician",
        )
    )
    assert "interpreting electrical" not in names, names
    assert "accounts receivable" in names and "high-end residential" in names, names
