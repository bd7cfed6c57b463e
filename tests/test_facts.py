"""ResumeFacts from text resumes: the job layouts, date forms, degrees, contact details,
certifications and languages people write, each asserted to the exact value."""

from __future__ import annotations

import json
from datetime import date

import pytest

import ats_match
from ats_match.facts import DEGREE_LEVELS, ResumeFacts, find_dates, parse

AS_OF = date(2024, 6, 30)


def facts(text: str) -> ResumeFacts:
    return parse(ats_match.read_text(text), as_of=AS_OF)


def jobs(text: str) -> list[tuple]:
    return [(j.title, j.employer, j.start, j.end, j.months) for j in facts(text).experience]


# ---------------------------------------------------------------------------- dates

DATES = [
    ("Mar 2020 – Feb 2023", "2020-03", "2023-02", 36),
    ("03/2020 - present", "2020-03", "present", 52),
    ("2019–2021", "2019", "2021", 24),
    ("since 2018", "2018", "present", 72),
    ("Summer 2021", "2021-06", "2021-08", 3),
    ("2020-01 to 2021-06", "2020-01", "2021-06", 18),
    ("Sept 2018 - May 2023", "2018-09", "2023-05", 57),
    ("January 2019 to Present", "2019-01", "present", 66),
    ("Oct. 2021 - Current", "2021-10", "present", 33),
    ("Jun 2016 – now", "2016-06", "present", 97),
    ("Sep 13, 2009 - Feb 13, 2010", "2009-09", "2010-02", 6),
    ("Fall 2022 - Spring 2023", "2022-09", "2023-05", 9),
    ("Jan '20 – Present", "2020-01", "present", 54),
    ("Mar. 2010 Aug. 2017", "2010-03", "2017-08", 90),  # the dash was a drawing, not text
    ("(2015 - 2017)", "2015", "2017", 24),
    ("janv. 2019 – aujourd'hui", "2019-01", "present", 66),
    ("févr. 2020 - actuel", "2020-02", "present", 53),
    ("de septembre 2015 à décembre 2018", "2015-09", "2018-12", 40),
    ("März 2019 – heute", "2019-03", "present", 64),
    ("seit 2018", "2018", "present", 72),
    ("von 03/2019 bis 05/2021", "2019-03", "2021-05", 27),
    ("enero 2020 - presente", "2020-01", "present", 54),
    ("enero de 2020 - marzo de 2021", "2020-01", "2021-03", 15),
    ("desde 2015", "2015", "present", 108),
    ("março 2018 – atual", "2018-03", "present", 76),
    ("Fev 2017 - Mai 2020", "2017-02", "2020-05", 40),
    ("13. März 2019 - 01.02.2021", "2019-03", "2021-02", 24),
]


@pytest.mark.parametrize(("written", "start", "end", "months"), DATES)
def test_a_date_range_is_read_in_the_forms_resumes_use(written, start, end, months):
    (found,) = find_dates(written)
    assert (found.start_text, found.end_text) == (start, end)
    job = jobs(f"EXPERIENCE\nAnalyst, Acme Corp\n{written}\n")
    assert job == [("Analyst", "Acme Corp", start, end, months)]


@pytest.mark.parametrize(
    "written",
    ["Led 12 engineers and cut costs 40%", "Phone 206-555-0149", "MMM YYYY - Present", "US Patent 11,234,567"],
)
def test_text_without_a_date_has_none(written):
    assert find_dates(written) == ()


def test_a_year_after_a_word_that_is_no_month_is_a_bare_year():
    (found,) = find_dates("Shipped through 2019 and beyond")
    assert (found.start_text, found.end_text, found.is_range) == ("2019", "2019", False)


def test_a_range_split_over_two_lines_is_joined():
    """moderncv puts "2021 -" beside the title and "Present" at the start of the next line."""
    text = (
        "EXPERIENCE\n"
        "2021 - Machine Learning Engineer, OpenAI, San Francisco, USA\n"
        "Present Leading a team of AI engineers.\n"
        "2018 - 2021 Data Scientist, Uber, San Francisco, USA\n"
    )
    assert jobs(text) == [
        ("Machine Learning Engineer", "OpenAI", "2021", "present", 36),
        ("Data Scientist", "Uber", "2018", "2021", 36),
    ]


# ---------------------------------------------------------------------------- job layouts

LAYOUTS = {
    "title, employer - city (dates)": (
        "EXPERIENCE\n"
        "Registered Nurse, Mercy Hospital — Chicago, IL (Jan 2019 – Present)\n"
        "- Cared for twelve patients a shift\n"
        "Staff Nurse, St. Luke's Medical Center — Boise, ID (Jun 2015 – Dec 2018)\n",
        [
            ("Registered Nurse", "Mercy Hospital", "2019-01", "present", 66),
            ("Staff Nurse", "St. Luke's Medical Center", "2015-06", "2018-12", 43),
        ],
    ),
    "title at employer": (
        "EXPERIENCE\nMath Teacher at Lincoln High School\nAug 2016 - Jun 2020\n- Taught algebra\n"
        "Accountant at Deloitte, 2012 - 2016\n",
        [
            ("Math Teacher", "Lincoln High School", "2016-08", "2020-06", 47),
            ("Accountant", "Deloitte", "2012", "2016", 48),
        ],
    ),
    "employer | title | dates": (
        "Work Experience\nGoogle | Software Engineer | 2019 - 2022\nMeta | Senior Software Engineer | 2022 - present\n",
        [
            ("Software Engineer", "Google", "2019", "2022", 36),
            ("Senior Software Engineer", "Meta", "2022", "present", 24),
        ],
    ),
    "title / employer / dates": (
        "PROFESSIONAL EXPERIENCE\nMarketing Manager\nGlobex Corporation\nMarch 2018 – May 2021\n• Led campaigns\n"
        "Marketing Coordinator\nInitech LLC\nJan 2015 – Feb 2018\n• Ran events\n",
        [
            ("Marketing Manager", "Globex Corporation", "2018-03", "2021-05", 39),
            ("Marketing Coordinator", "Initech LLC", "2015-01", "2018-02", 38),
        ],
    ),
    "employer / title / dates": (
        "EMPLOYMENT HISTORY\nWells Fargo Bank\nFinancial Analyst\n2017 – 2020\n- Built models\n"
        "Kaiser Permanente\nSenior Financial Analyst\n2020 – Present\n",
        [
            ("Financial Analyst", "Wells Fargo Bank", "2017", "2020", 36),
            ("Senior Financial Analyst", "Kaiser Permanente", "2020", "present", 48),
        ],
    ),
    "title and dates / employer, city": (
        "Experience\nOperations Manager    Jan 2020 - Present\nAmazon, Seattle, WA\n- Managed teams\n"
        "Shift Supervisor    May 2017 - Dec 2019\nTarget Corporation, Denver, CO\n",
        [
            ("Operations Manager", "Amazon", "2020-01", "present", 54),
            ("Shift Supervisor", "Target Corporation", "2017-05", "2019-12", 32),
        ],
    ),
    "employer and city / title and dates": (
        "Employment History\nRed Hat Denver, Colorado\nDevOps Engineer 01/2022 - Present\n- Ran CI\n"
        "IBM Boulder, Colorado\nSystems Engineer 03/2017 - 04/2019\n",
        [
            ("DevOps Engineer", "Red Hat", "2022-01", "present", 30),
            ("Systems Engineer", "IBM", "2017-03", "2019-04", 26),
        ],
    ),
    "dates first": (
        "EXPERIENCE\nJan 2020 - Present\nData Scientist, Netflix\n- Modeled churn\n2016 - 2019\n"
        "Research Assistant, Stanford University\n",
        [
            ("Data Scientist", "Netflix", "2020-01", "present", 54),
            ("Research Assistant", "Stanford University", "2016", "2019", 36),
        ],
    ),
    "dates: title, employer": (
        "Work History\n2019 - 2021: Sales Representative, Oracle\n2015 - 2019: Account Executive, Salesforce\n",
        [
            ("Sales Representative", "Oracle", "2019", "2021", 24),
            ("Account Executive", "Salesforce", "2015", "2019", 48),
        ],
    ),
    "employer (dates): title": (
        "EMPLOYMENT\nGoogle (June 1999 - Present): AVP of Data Centers\n",
        [("AVP of Data Centers", "Google", "1999-06", "present", 301)],
    ),
    "promotion under one employer": (
        "EXPERIENCE\nMicrosoft Corporation, Redmond, WA\nPrincipal Program Manager | Jul 2020 - Present\n- Owned roadmap\n"
        "Senior Program Manager | Jan 2017 - Jun 2020\n- Shipped features\n",
        [
            ("Principal Program Manager", "Microsoft Corporation", "2020-07", "present", 48),
            ("Senior Program Manager", "Microsoft Corporation", "2017-01", "2020-06", 42),
        ],
    ),
    "employer, city, state, title": (
        "Experience\nGilmore Financial, New Orleans, LA, Certified Public Accountant\nOct. 2021 - Current\n"
        "Harrison Money Management, New Orleans, LA, Junior Accountant\nMay 2019 - Aug. 2020\n",
        [
            ("Certified Public Accountant", "Gilmore Financial", "2021-10", "present", 33),
            ("Junior Accountant", "Harrison Money Management", "2019-05", "2020-08", 16),
        ],
    ),
    "employer and dates / title, department city": (
        "EXPERIENCE\nTelcoin Aug 2020 - Present\nVice President, Banking Operations Los Angeles, CA\n",
        [("Vice President, Banking Operations", "Telcoin", "2020-08", "present", 47)],
    ),
    "title - specialty dates employer - city": (
        "WORK EXPERIENCE\nDirector of IT - Hybrid Cloud March 2019 - November 2021 The Walt Disney Company - Los Angeles, CA\n",
        [("Director of IT - Hybrid Cloud", "The Walt Disney Company", "2019-03", "2021-11", 33)],
    ),
    "no bullets, em dash": (
        "EXPERIENCE\nProduct Designer — Airbnb\n2021 – Present\nUX Designer — Dropbox\n2018 – 2021\n",
        [("Product Designer", "Airbnb", "2021", "present", 36), ("UX Designer", "Dropbox", "2018", "2021", 36)],
    ),
    "french": (
        "EXPÉRIENCE PROFESSIONNELLE\nIngénieur logiciel, Capgemini — Paris\njanv. 2019 – aujourd'hui\n"
        "Développeur, Société Générale\nsept. 2015 – déc. 2018\n",
        [
            ("Ingénieur logiciel", "Capgemini", "2019-01", "present", 66),
            ("Développeur", "Société Générale", "2015-09", "2018-12", 40),
        ],
    ),
    "german": (
        "Berufserfahrung\nSoftwareentwickler, Siemens AG, München\nMärz 2018 – heute\nWerkstudent, Bosch GmbH\n"
        "10/2016 – 02/2018\n",
        [
            ("Softwareentwickler", "Siemens AG", "2018-03", "present", 76),
            ("Werkstudent", "Bosch GmbH", "2016-10", "2018-02", 17),
        ],
    ),
    "portuguese": (
        "EXPERIÊNCIA\nAnalista de Sistemas | Itaú Unibanco | mar 2019 - atual\n"
        "Estagiário em TI | Banco do Brasil | fev 2018 - dez 2018\n",
        [
            ("Analista de Sistemas", "Itaú Unibanco", "2019-03", "present", 64),
            ("Estagiário em TI", "Banco do Brasil", "2018-02", "2018-12", 11),
        ],
    ),
    "spanish": (
        "EXPERIENCIA PROFESIONAL\nAnalista de Datos - Telefónica\nenero 2020 - presente\n",
        [("Analista de Datos", "Telefónica", "2020-01", "present", 54)],
    ),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_title_and_employer_are_told_apart(layout):
    text, expected = LAYOUTS[layout]
    assert jobs("Lee Park\nlee@example.com\n\n" + text) == expected


def test_jobs_are_read_only_in_experience_like_sections():
    found = facts(
        "Lee Park\nExperience\nCashier, Walmart, 2019 - 2020\nVolunteer Experience\nTutor, Boys & Girls Club, 2017 - 2019\n"
        "Projects\nChurn Model, Personal Project, 2021 - 2022\n"
    )
    assert [(j.title, j.employer, j.section) for j in found.experience] == [
        ("Cashier", "Walmart", "experience"),
        ("Tutor", "Boys & Girls Club", "volunteering"),
    ]
    assert found.total_years == 1.0  # volunteering is not professional experience


def test_a_job_records_where_it_was_read_and_its_place():
    found = facts("Lee Park\n\nEXPERIENCE\nICU Nurse, Johns Hopkins Hospital, Baltimore, MD    06/2018 – Present\n")
    (job,) = found.experience
    assert (job.at.page, job.at.line, job.location) == (1, 3, "Baltimore, MD")


# ---------------------------------------------------------------------------- total years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # overlapping jobs count once: Jan 2018 - Dec 2020 and Jan 2020 - Jun 2024
        ("Analyst, Acme Corp\nJan 2018 - Dec 2020\nConsultant, Beta LLC\nJan 2020 - Present\n", 6.5),
        # a three-month internship is left out, a year-long one is not
        ("Engineer, Stripe\nJul 2021 - Present\nSoftware Engineer Intern, Stripe\nJun 2020 - Aug 2020\n", 3.0),
        ("Engineer, Stripe\nJul 2021 - Present\nData Intern, Stripe\nJun 2020 - May 2021\n", 4.0),
        # bare years are taken at mid-year: 2016 - 2019 is three years
        ("Accountant, KPMG LLP\n2016 - 2019\n", 3.0),
        # a job ending after the day the resume is read counts to that day
        ("Teacher, Oak School\nSep 2023 - Aug 2025\n", 0.8),
        # only internships: no professional experience
        ("Marketing Intern, L'Oréal\nJun 2016 – Aug 2016\n", 0.0),
    ],
)
def test_total_years_is_the_union_of_the_jobs(text, years):
    assert facts("Lee Park\nEXPERIENCE\n" + text).total_years == years


def test_total_years_counts_to_as_of():
    text = "Lee Park\nEXPERIENCE\nEngineer, Acme Corp\nJan 2020 - Present\n"
    document = ats_match.read_text(text)
    assert parse(document, as_of=date(2021, 12, 31)).total_years == 2.0
    assert parse(document, as_of=date(2025, 12, 31)).total_years == 6.0


def test_no_dated_job_means_no_total():
    assert facts("Lee Park\nEXPERIENCE\nEngineer, Acme Corp\n").total_years is None


# ---------------------------------------------------------------------------- education

DEGREES = [
    (
        "B.S. in Computer Science, State University, 2019",
        "bachelor",
        "B.S.",
        "Computer Science",
        "State University",
        2019,
    ),
    ("BSc Mathematics, University of Warwick, 2015", "bachelor", "BSc", "Mathematics", "University of Warwick", 2015),
    (
        "Computer Science (BSc), University of Leeds, 2018",
        "bachelor",
        "BSc",
        "Computer Science",
        "University of Leeds",
        2018,
    ),
    ("B.A. Economics, Yale University", "bachelor", "B.A.", "Economics", "Yale University", None),
    (
        "B.Tech in Mechanical Engineering, IIT Bombay, 2012",
        "bachelor",
        "B.Tech",
        "Mechanical Engineering",
        "IIT Bombay",
        2012,
    ),
    (
        "B.E. Electrical Engineering, Anna University, 2010",
        "bachelor",
        "B.E.",
        "Electrical Engineering",
        "Anna University",
        2010,
    ),
    ("BBA, Baruch College, 2014", "bachelor", "BBA", None, "Baruch College", 2014),
    (
        "Bachelor of Science in Nursing, Emory University, 2016",
        "bachelor",
        "Bachelor of Science",
        "Nursing",
        "Emory University",
        2016,
    ),
    ("M.S. Data Science | Columbia University | 2020", "master", "M.S.", "Data Science", "Columbia University", 2020),
    (
        "MSc in Statistics, University College London, 2016",
        "master",
        "MSc",
        "Statistics",
        "University College London",
        2016,
    ),
    (
        "M.Eng. in Civil Engineering, Cornell University, 2015",
        "master",
        "M.Eng.",
        "Civil Engineering",
        "Cornell University",
        2015,
    ),
    ("MBA, Harvard Business School, 2018", "master", "MBA", None, "Harvard Business School", 2018),
    ("MA in English Literature, Boston College, 2011", "master", "MA", "English Literature", "Boston College", 2011),
    (
        "Master of Business Administration, Stanford University, 2016 - 2018",
        "master",
        "Master of Business Administration",
        None,
        "Stanford University",
        2018,
    ),
    ("Ph.D. in Physics, MIT, 2014", "phd", "Ph.D.", "Physics", "MIT", 2014),
    ("PhD Princeton University, Computer Science", "phd", "PhD", "Computer Science", "Princeton University", None),
    (
        "Doctorate in Education, Vanderbilt University, 2020",
        "phd",
        "Doctorate",
        "Education",
        "Vanderbilt University",
        2020,
    ),
    (
        "Associate of Applied Science in Nursing, Miami Dade College, 2012",
        "associate",
        "Associate of Applied Science",
        "Nursing",
        "Miami Dade College",
        2012,
    ),
    (
        "A.A.S. Welding Technology, Tulsa Community College",
        "associate",
        "A.A.S.",
        "Welding Technology",
        "Tulsa Community College",
        None,
    ),
    (
        "High School Diploma, Central High School, 2010",
        "high school",
        "High School Diploma",
        None,
        "Central High School",
        2010,
    ),
    ("GED, 2009", "high school", "GED", None, None, 2009),
    (
        "Diploma in Hospitality Management, Humber College, 2015",
        "diploma",
        "Diploma",
        "Hospitality Management",
        "Humber College",
        2015,
    ),
    (
        "Certificate in Project Management, Cornell University, 2019",
        "certificate",
        "Certificate",
        "Project Management",
        "Cornell University",
        2019,
    ),
    (
        "Licence en Informatique, Université Paris-Saclay, 2016",
        "bachelor",
        "Licence",
        "Informatique",
        "Université Paris-Saclay",
        2016,
    ),
    ("Master en Finance, HEC Paris, 2018", "master", "Master", "Finance", "HEC Paris", 2018),
    (
        "Mestrado em Ciência da Computação, Universidade de São Paulo (2015 - 2017)",
        "master",
        "Mestrado",
        "Ciência da Computação",
        "Universidade de São Paulo",
        2017,
    ),
    (
        "Diplom-Informatiker, Technische Universität Berlin, 2009",
        "master",
        "Diplom-Informatiker",
        None,
        "Technische Universität Berlin",
        2009,
    ),
    (
        "Licenciatura en Economía, Universidad de Chile, 2013",
        "bachelor",
        "Licenciatura",
        "Economía",
        "Universidad de Chile",
        2013,
    ),
]


@pytest.mark.parametrize(("line", "level", "degree", "field", "institution", "year"), DEGREES)
def test_a_degree_is_read_with_its_level_field_school_and_year(line, level, degree, field, institution, year):
    (entry,) = facts(f"Lee Park\n\nEDUCATION\n{line}\n").education
    assert (entry.degree_level, entry.degree, entry.field, entry.institution, entry.end_year) == (
        level,
        degree,
        field,
        institution,
        year,
    )
    assert entry.degree_level in DEGREE_LEVELS


def test_school_and_degree_on_two_lines_in_either_order():
    found = facts(
        "Lee Park\nEDUCATION\nSouthwestern University\nBachelor of Arts in Computer Science, Minor in Business\n"
        "Aug. 2018 - May 2021\nM.S. in Information Systems\nWaldorf College\n"
    ).education
    assert [(e.degree_level, e.field, e.institution, e.end_year) for e in found] == [
        ("bachelor", "Computer Science", "Southwestern University", 2021),
        ("master", "Information Systems", "Waldorf College", None),
    ]


def test_a_state_or_a_product_is_no_degree():
    found = facts("Lee Park\nEDUCATION\nB.S. Biology, Harvard University, Cambridge, MA\nMS Office and MS Excel\n")
    assert [(e.degree_level, e.degree, e.institution) for e in found.education] == [
        ("bachelor", "B.S.", "Harvard University")
    ]


def test_the_highest_degree():
    found = facts(
        "Lee Park\nEDUCATION\nB.S. Biology, Yale University, 2010\nPh.D. Genetics, Stanford University, 2016\n"
    )
    assert (found.highest_degree.degree_level, found.highest_degree.institution) == ("phd", "Stanford University")


# ---------------------------------------------------------------------------- contact


@pytest.mark.parametrize(
    ("contact", "number", "region"),
    [
        ("Austin, TX | jo@example.com | (512) 555-0100", "+15125550100", "US"),
        ("jo@example.com | +44 20 7946 0958", "+442079460958", "GB"),
        ("Bengaluru, India | +91 98450 12345", "+919845012345", "IN"),
        ("Berlin, Germany | 030 901820", "+4930901820", "DE"),
        ("tel:(+82)10-9030-1843 | Seoul, Republic of Korea", "+821090301843", "KR"),
        ("jo@example.com | 607.379.5733", "607 379 5733", None),  # no country told: as written, grouped
        ("jo@example.com | +91 98XXXXXXXX", None, None),  # masked: not read
    ],
)
def test_the_phone_is_e164_where_the_country_can_be_told(contact, number, region):
    found = facts(f"Jo Rivera\n{contact}\n\nEXPERIENCE\nAnalyst, Acme Corp, 2020 - 2022\n")
    assert (found.phone.number if found.phone else None) == number
    assert (found.phone.region if found.phone else None) == region


def test_dates_years_and_zip_codes_are_no_phone():
    found = facts("Jo Rivera\nAustin, TX 78701 | 2019-2021\n\nEXPERIENCE\nAnalyst, Acme, 01/2011 - 01/2015\n")
    assert found.phone is None


def test_contact_details_and_where_they_were_read():
    found = facts(
        "Jo Rivera\n"
        "Austin, TX | jo.rivera@example.com | (512) 555-0100\n"
        "linkedin.com/in/jorivera | github.com/jorivera | jorivera.dev\n\n"
        "REFERENCES\nDr. Ann Lee, ann.lee@example.edu, (512) 555-0199\n"
    )
    assert (found.name.text, found.name.at.line) == ("Jo Rivera", 1)
    assert (found.email.address, found.email.at.line) == ("jo.rivera@example.com", 2)
    assert [e.address for e in found.emails] == ["jo.rivera@example.com"]  # a referee's is not the person's
    assert (found.location.city, found.location.region, found.location.country_code) == ("Austin", "TX", "US")
    assert [(link.kind, link.url) for link in found.links] == [
        ("linkedin", "https://linkedin.com/in/jorivera"),
        ("github", "https://github.com/jorivera"),
        ("portfolio", "https://jorivera.dev"),
    ]


@pytest.mark.parametrize(
    ("top", "name"),
    [
        ("JANE SMITH\nData Scientist | jane@example.com", "JANE SMITH"),
        ("Harvey Dent # hdent@email.com", "Harvey Dent"),
        ("Richard Hendrik, Software Developer", "Richard Hendrik"),
        ("Curriculum Vitae\nJosé Núñez-García\njose@example.com", "José Núñez-García"),
        ("Ludwig van Beethoven\nVienna, Austria", "Ludwig van Beethoven"),
        ("Jane Doe, MBA\njane@example.com", "Jane Doe"),
        ("Your Name\nyourname@gmail.com", None),  # a template's placeholder is no name
        ("Senior Software Engineer\nAustin, TX", None),
    ],
)
def test_the_name(top, name):
    found = facts(top + "\n\nEXPERIENCE\nAnalyst, Acme Corp, 2020 - 2022\n")
    assert (found.name.text if found.name else None) == name


# ---------------------------------------------------------------------------- certifications, languages


def test_certifications_as_written_without_year_or_issuer():
    found = facts(
        "Lee Park\nCERTIFICATIONS\n"
        "- Certified Public Accountant (CPA)\n"
        "- Google IT Support Professional Certificate - Coursera - 2016\n"
        "- AWS Certified Solutions Architect - Associate (2021)\n"
        "PMP; Certified ScrumMaster (CSM)\n"
        "Key Achievements\n"
        "Cut audit time by forty percent across three business units in one year.\n"
    )
    assert [c.name for c in found.certifications] == [
        "Certified Public Accountant (CPA)",
        "Google IT Support Professional Certificate",
        "AWS Certified Solutions Architect - Associate",
        "PMP",
        "Certified ScrumMaster (CSM)",
    ]


def test_certifications_written_as_name_issuer_date_blocks():
    found = facts(
        "Lee Park\nCertifications\nFull-Stack Web Development\nCodeAcademy\n2020\n"
        "AWS Certified Developer\nAmazon Web Services\n2019\n"
    )
    assert [c.name for c in found.certifications] == ["Full-Stack Web Development", "AWS Certified Developer"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("LANGUAGES\nEnglish (Native), Russian (Professional)", ["English", "Russian"]),
        ("Languages\nFrançais - courant\nDeutsch (B2)\nInglés", ["French", "German", "English"]),
        ("SKILLS\nLanguages: Python, SQL\nLanguage: Fluent in Spanish", ["Spanish"]),
        ("IDIOMAS\nEspañol (nativo), Português, Italiano", ["Spanish", "Portuguese", "Italian"]),
        ("SKILLS\nJava, Swift, Go, Polish UI work", []),
    ],
)
def test_languages_by_their_english_names(text, names):
    found = facts("Lee Park\n\n" + text + "\n")
    assert [lang.name for lang in found.languages] == names


# ---------------------------------------------------------------------------- bad input, model


def test_a_resume_without_facts_gives_empty_facts():
    found = facts("just some words on a line\nand another one\n")
    assert found.name is None and found.email is None and found.phone is None and found.location is None
    assert found.links == found.education == found.experience == found.certifications == found.languages == ()
    assert found.total_years is None


def test_an_unreadable_resume_gives_empty_facts_not_an_error():
    from pdf_fixtures import scanned

    found = parse(scanned(), as_of=AS_OF)
    assert found.name is None and found.experience == () and found.as_of == AS_OF


def test_a_broken_file_raises_the_reader_error_without_its_content():
    with pytest.raises(ats_match.AtsMatchError) as raised:
        parse(b"%PDF-1.7\n jane.doe@example.com 555-0100 truncated")
    assert "jane.doe" not in str(raised.value) and "555" not in str(raised.value)


def test_to_dict_is_json_ready_with_dates_as_strings():
    found = facts(
        "Jo Rivera\njo@example.com | Austin, TX | (512) 555-0100\n\nEXPERIENCE\nAnalyst, Acme Corp\nJan 2020 - Present\n"
        "EDUCATION\nB.S. Economics, Rice University, 2019\n"
    )
    out = found.to_dict()
    assert json.loads(json.dumps(out)) == out
    assert out["as_of"] == "2024-06-30"
    assert out["experience"][0] == {
        "title": "Analyst",
        "employer": "Acme Corp",
        "start": "2020-01",
        "end": "present",
        "months": 54,
        "location": None,
        "section": "experience",
        "at": {"page": 1, "line": 4},
    }
    assert out["phone"]["number"] == "+15125550100"
    assert json.loads(found.to_json())["education"][0]["degree_level"] == "bachelor"


def test_facts_are_frozen_and_parse_is_deterministic():
    text = "Jo Rivera\njo@example.com\nEXPERIENCE\nAnalyst, Acme Corp, 2020 - 2022\n"
    first, second = facts(text), facts(text)
    assert first == second
    with pytest.raises(AttributeError):
        first.name = None  # type: ignore[misc]


def test_as_of_defaults_to_today():
    found = parse(ats_match.read_text("Jo Rivera\nEXPERIENCE\nAnalyst, Acme Corp, 2020 - Present\n"))
    assert found.as_of == date.today()


# ---------------------------------------------------------------------------- helpers the checks can share


@pytest.mark.parametrize(
    ("written", "form"),
    [
        ("Mar 2020 – Feb 2023", "month"),
        ("03/2020 - present", "numeric"),
        ("2020-01 to 2021-06", "iso"),
        ("Summer 2021", "season"),
        ("2019–2021", "year"),
        ("13. März 2019", "month"),
    ],
)
def test_a_date_knows_how_it_was_written(written, form):
    (found,) = find_dates(written)
    assert found.form == form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe", True),
        ("JANE DOE", True),
        ("Tim Cook", True),  # a title word that is also a surname
        ("Ludwig van Beethoven", True),
        ("Jane Doe, MBA", True),
        ("Software Engineer", False),
        ("Registered Nurse", False),
        ("Acme Corp", False),
        ("Jane", False),
        ("jane@example.com", False),
        ("Your Name", False),
        ("San Francisco, CA", False),
    ],
)
def test_looks_like_name(text, expected):
    from ats_match.facts.contact import looks_like_name

    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Tel: 415/338-1761 | Fax: 415/338-2979", ["415/338-1761"]),
        ("+1-(234)-555-1234 | info@example.com", ["+1-(234)-555-1234"]),
        ("GPA 3.8/4.0, 2019 - 2021, Austin TX 78701", []),
        ("tel:000-00-0000", []),
    ],
)
def test_phone_numbers_on_a_line(line, found):
    from ats_match.facts.phones import candidates

    assert candidates(line) == found


def test_an_internship_is_known_by_its_title():
    (intern, engineer) = facts(
        "Lee Park\nEXPERIENCE\nData Science Intern, Ocado Group, Jun 2015 - Aug 2015\n"
        "Engineer, Ocado Group, Sep 2015 - Aug 2016\n"
    ).experience
    assert (intern.is_internship, engineer.is_internship) == (True, False)


def test_parse_logs_nothing(caplog):
    with caplog.at_level("DEBUG"):
        facts("Jo Rivera\njo@example.com | (512) 555-0100\nEXPERIENCE\nAnalyst, Acme Corp, 2020 - 2022\n")
    assert caplog.records == []


def test_threads_parsing_at_once_get_their_own_facts():
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        f"Person {name}\n{name.lower()}@example.com\nEXPERIENCE\nAnalyst, Acme Corp, 2020 - 2022\n"
        for name in "ABCDEFGH"
    ]
    documents = [ats_match.read_text(text) for text in texts] * 25
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(lambda document: parse(document, as_of=AS_OF), documents))
    assert [f.email.address for f in found] == [f"{name.lower()}@example.com" for name in "ABCDEFGH"] * 25


def test_a_course_not_completed_in_another_section_leaves_the_degree_held():
    """A "Training" section below the skills ("CRISPR short course (not yet completed)") was
    read as the degree's own next lines: the B.S. held since 2020 counted as in progress."""
    found = facts(
        "Jane Doe\njane@example.com\n\nEducation\n\nB.S. Biological Sciences, Rutgers University, 2020 (GPA 3.4)\n\n"
        "Skills\n\n- PCR, qPCR, gel electrophoresis\n- MS Excel, PowerPoint\n\n"
        "Training\n\n- CITI Animal Care and Use, 2023\n- CRISPR genome editing short course (not yet completed)\n"
    )
    assert [(e.degree_level, e.in_progress) for e in found.education][:1] == [("bachelor", False)]
    under_way = facts("Jane Doe\n\nEducation\n\nB.S. Biology, Rutgers University\nIn progress, expected 2026\n")
    assert under_way.education[0].in_progress


def test_a_qualifications_heading_below_a_degree_ends_its_lines():
    """ "## Professional Qualifications / - ICAN exams ... in progress" right below the B.Sc.: read
    as the degree's own next lines, the degree held since 2018 counted as in progress."""
    found = facts(
        "Jane Doe\njane@example.com\n\n## Education\n\n**B.Sc. Accounting (Second Class Upper)** - University of "
        "Port Harcourt, 2018\n\n## Professional Qualifications\n\n- ICAN Professional Examinations - Skills level "
        "passed; Professional level in progress\n"
    )
    assert [(e.degree_level, e.in_progress) for e in found.education][:1] == [("bachelor", False)]


def test_a_date_styled_as_a_heading_below_a_degree_is_its_own():
    """Google Docs templates style the date line under a school as a heading: "PRESENT" is the degree's."""
    found = facts(
        "Jane Doe\njane@example.com\n\n## Education\n\n## Brighton University, Brighton - Bachelor of Arts\n\n"
        "### SEPTEMBER 2023 - PRESENT\n\n- Dean's list, student union treasurer\n\n## Experience\n\n"
        "### Barista, Cafe Nero\n\nJune 2022 - Present\n"
    )
    assert [(e.degree_level, e.in_progress) for e in found.education][:1] == [("bachelor", True)]
