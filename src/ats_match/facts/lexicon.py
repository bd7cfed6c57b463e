"""The words that tell a job title from an employer and an institution from a degree: the
head nouns of job titles (English and the languages of the headings sections.py knows),
the markers of organisations, and the words of internships. Kept as data so a rule reads
the same in every layout."""

from __future__ import annotations

import re
from functools import lru_cache

# The noun a job title ends on, or names anywhere ("Director of IT", "Head of Data").
TITLE_NOUNS = frozenset(
    {
        *("engineer", "developer", "programmer", "manager", "analyst", "scientist", "intern", "consultant"),
        *("specialist", "director", "architect", "accountant", "assistant", "associate", "coordinator"),
        *("administrator", "admin", "officer", "designer", "researcher", "technician", "technologist"),
        *("founder", "co-founder", "cofounder", "owner", "partner", "cto", "ceo", "cfo", "coo", "cio", "ciso"),
        *("cmo", "vp", "svp", "evp", "avp", "president", "supervisor", "representative", "rep", "teacher"),
        *("lecturer", "professor", "instructor", "tutor", "grader", "trainer", "coach", "fellow"),
        *("contractor", "freelancer", "executive", "advisor", "adviser", "strategist", "lead", "leader", "head"),
        *("chief", "nurse", "rn", "lpn", "physician", "doctor", "surgeon", "therapist", "pharmacist", "dentist"),
        *("hygienist", "paramedic", "emt", "clerk", "cashier", "agent", "operator", "mechanic", "electrician"),
        *("plumber", "carpenter", "welder", "machinist", "driver", "pilot", "attendant", "receptionist"),
        *("secretary", "bookkeeper", "auditor", "controller", "comptroller", "treasurer", "banker", "broker"),
        *("underwriter", "actuary", "economist", "statistician", "mathematician", "physicist", "chemist"),
        *("biologist", "geologist", "editor", "writer", "author", "journalist", "reporter", "copywriter"),
        *("translator", "interpreter", "producer", "photographer", "artist", "illustrator", "animator"),
        *("marketer", "recruiter", "generalist", "planner", "scheduler", "estimator", "inspector", "surveyor"),
        *("buyer", "merchandiser", "salesperson", "cook", "chef", "server", "bartender", "barista", "host"),
        *("housekeeper", "janitor", "custodian", "guard", "soldier", "sergeant", "lieutenant", "captain"),
        *("volunteer", "member", "mentor", "ambassador", "organizer", "organiser", "tester", "sre", "dba"),
        *("maintainer", "contributor", "principal", "apprentice", "trainee", "postdoc", "paralegal"),
        *("attorney", "lawyer", "counsel", "solicitor", "barrister", "librarian", "archivist", "curator"),
        *("counselor", "counsellor", "psychologist", "worker", "caregiver", "aide", "handler", "expert"),
        *("evangelist", "advocate", "liaison", "facilitator", "moderator", "investigator", "master"),
        *("webmaster", "superintendent", "foreman", "dispatcher", "courier", "nanny", "midwife"),
        *("optometrist", "veterinarian", "radiographer", "sonographer", "dietitian", "nutritionist"),
        *("phlebotomist", "medic", "resident", "chair", "chairman", "chairperson", "registrar", "dean"),
        *("provost", "headmaster", "cleaner", "teller", "steward", "stewardess", "clinician", "practitioner"),
        *("scrum", "ta", "ra", "gta", "sde", "swe", "mts", "pm", "tpm", "ux", "staffer", "employee"),
        *("assistente", "especialista", "analista", "gerente", "coordenador"),
        *("coordenadora", "diretor", "diretora", "consultor", "consultora", "estagiário", "estagiária"),
        *("técnico", "técnica", "professora", "engenheiro", "engenheira", "desenvolvedor"),
        *("desenvolvedora", "arquiteto", "cientista", "programador", "programadora", "ingeniero", "ingeniera"),
        *("desarrollador", "desarrolladora", "jefe", "directora", "coordinador", "coordinadora", "becario"),
        *("becaria", "practicante", "arquitecto", "científico", "profesor", "asistente", "ingénieur"),
        *("développeur", "développeuse", "directeur", "directrice", "responsable", "consultante"),
        *("stagiaire", "chargé", "chargée", "architecte", "analyste", "technicien", "enseignant"),
        *("professeur", "gestionnaire", "chercheur", "chercheuse", "entwickler", "entwicklerin"),
        *("ingenieur", "ingenieurin", "leiter", "leiterin", "berater", "beraterin", "praktikant"),
        *("praktikantin", "werkstudent", "werkstudentin", "architekt", "wissenschaftler", "mitarbeiter"),
        *("mitarbeiterin", "referent", "referentin", "sachbearbeiter", "geschäftsführer", "lehrer"),
        *("detective", "firefighter", "cadet", "trooper", "sheriff", "ranger", "lifeguard", "landscaper"),
        *("laborer", "labourer", "painter", "roofer", "installer", "assembler", "packer", "stocker", "loader"),
        *("dishwasher", "busser", "waiter", "waitress", "hostess", "concierge", "valet", "babysitter"),
        *("caretaker", "proprietor", "entrepreneur", "musician", "singer", "actor", "actress", "dancer"),
        *("athlete", "player", "referee", "typist", "transcriptionist", "epidemiologist", "pathologist"),
        *("radiologist", "pediatrician", "psychiatrist", "audiologist", "dietician", "optician", "notary"),
        *("judge", "magistrate", "drafter", "draftsman", "appraiser", "adjuster", "realtor", "trader"),
        *("sourcer", "videographer", "scholar", "postdoctoral", "ecologist"),
    }
)
# German compounds name the role in their last part: "Softwareentwickler", "Projektleiter".
TITLE_SUFFIXES = ("entwickler", "entwicklerin", "ingenieur", "leiter", "leiterin", "berater", "manager", "architekt")
# Words that qualify a title: "Senior", "Lead", "Vice".
TITLE_MODIFIERS = frozenset(
    {
        *("senior", "sr", "junior", "jr", "lead", "principal", "staff", "chief", "head", "vice", "assistant"),
        *("associate", "deputy", "executive", "managing", "general", "interim", "acting", "founding", "sênior"),
        *("pleno", "júnior", "graduate", "research", "teaching", "student", "summer", "part-time", "full-time"),
    }
)
# Words that mark an organisation: "Acme Inc.", "State University", "Mercy Hospital".
COMPANY_WORDS = frozenset(
    {
        *("inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "company", "co", "gmbh", "ag"),
        *("kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "plc", "pvt", "pty", "lp", "llp"),
        *("pllc", "ltda", "s/a", "s.a", "group", "holdings", "holding", "technologies", "solutions", "systems"),
        *("labs", "lab", "laboratory", "laboratories", "consulting", "consultants", "partners", "bank"),
        *("university", "college", "school", "institute", "academy", "hospital", "clinic", "healthcare"),
        *("center", "centre", "agency", "department", "ministry", "foundation", "association", "society"),
        *("studio", "studios", "services", "networks", "entertainment", "insurance", "district", "council"),
        *("government", "church", "enterprises", "industries", "ventures", "logistics", "pharmaceuticals"),
        *("motors", "airlines", "communications", "firm", "commission", "authority", "county", "army", "navy"),
        *("corps", "library", "museum", "restaurant", "hotel", "resort", "stores", "organization"),
        *("organisation", "command", "sociedade", "empresa", "universidade", "universidad", "université"),
        *("universität", "hochschule", "escuela", "escola", "faculdade", "facultad", "banco", "grupo"),
        *("groupe", "société", "instituto", "institut", "fundação", "fundación", "hôpital", "klinikum"),
        *("stiftung", "gymnasium", "polytechnic", "politecnico", "board"),
    }
)
# The legal form of a company: never in a title.
LEGAL_FORMS = frozenset(
    {"inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "gmbh", "plc", "pvt", "pty", "llp", "ltda"}
)
# Words common in organisations' names but also in titles: a hint, not a mark.
WEAK_COMPANY_WORDS = frozenset(
    {
        *("technology", "tech", "software", "media", "capital", "financial", "global", "international"),
        *("national", "digital", "analytics", "energy", "telecom", "trust", "federal", "retail", "brands"),
        *("club", "markets", "network", "pharma", "health", "medical", "research", "data", "cloud", "ai"),
    }
)
# Words of a school's name, in the languages of the education headings sections.py knows.
INSTITUTION_WORDS = frozenset(
    {
        *("university", "universidade", "universidad", "université", "universität", "università", "universita"),
        *("college", "institute", "institut", "instituto", "school", "academy", "académie", "akademie"),
        *("polytechnic", "politecnico", "politécnica", "polytechnique", "hochschule", "fachhochschule"),
        *("école", "ecole", "escuela", "escola", "faculdade", "facultad", "faculty", "conservatory"),
        *("conservatoire", "seminary", "gymnasium", "lycée", "lycee", "lyceum", "campus", "iit", "nit"),
        *("bootcamp", "polytechnique", "uc", "suny", "cuny", "csu"),
    }
)
INTERNSHIP_WORDS = frozenset(
    {
        *("intern", "internship", "interns", "trainee", "apprentice", "apprenticeship", "praktikant"),
        *("praktikantin", "praktikum", "werkstudent", "werkstudentin", "stagiaire", "stage", "estagiário"),
        *("estagiária", "estagiario", "estagiaria", "estágio", "becario", "becaria", "pasante", "practicante"),
        *("co-op", "coop"),
    }
)
# Template text that is no fact: "Your Name", "Company Name", "Job Title 1".
PLACEHOLDER = re.compile(
    r"\byour\s+(?:name|position|company|title|university|school)\b|\bcompany\s+(?:name|\d)\b|\bjob\s+title\b"
    r"|\bfirst\s+(?:name\s+)?last(?:\s+name)?\b|\blorem ipsum\b|@@@|\b(?:MMM|YYYY|20XX)\b|\b(?:name|title)\s+here\b",
    re.I,
)

_WORD = re.compile(r"[^\W\d_][\w'’&.+/-]*", re.U)


def words(text: str) -> list[str]:
    """Lower-case words without the dots of abbreviations: "Acme Inc." -> ["acme", "inc"]."""
    return [w.lower().strip(".'’-/") for w in _WORD.findall(text)]


def _is_title_noun(word: str) -> bool:
    return word in TITLE_NOUNS or (len(word) > 9 and word.endswith(TITLE_SUFFIXES))


@lru_cache(maxsize=4096)
def title_score(text: str) -> int:
    """How much a phrase reads as a job title: a title noun at its end scores most, an
    organisation's mark counts against it."""
    found = [w for w in words(text) if w]
    if not found:
        return 0
    head = found[-1]
    score = 4 if _is_title_noun(head) else 0
    score += 2 if any(_is_title_noun(w) for w in found[:-1]) else 0
    score += 1 if found[0] in TITLE_MODIFIERS and len(found) > 1 else 0
    if head in COMPANY_WORDS:
        score -= 5
    elif any(w in LEGAL_FORMS for w in found) or (score < 4 and any(w in COMPANY_WORDS for w in found)):
        score -= 3  # "Systems Engineer" and "Bank Teller" stay titles: the noun decides
    return score


@lru_cache(maxsize=4096)
def company_score(text: str) -> int:
    """How much a phrase reads as an organisation's name."""
    found = [w for w in words(text) if w]
    if not found:
        return 0
    score = 5 if found[-1] in COMPANY_WORDS else 3 if any(w in COMPANY_WORDS for w in found) else 0
    score += 1 if any(w in WEAK_COMPANY_WORDS for w in found) else 0
    score += 2 if re.search(r"\.(?:com|io|ai|org|net|co)\b", text, re.I) else 0
    score -= 4 if _is_title_noun(found[-1]) else 2 if any(_is_title_noun(w) for w in found) else 0
    return score


def is_institution(text: str) -> bool:
    return any(w in INSTITUTION_WORDS for w in words(text)) or bool(re.search(r"\bUC\s+[A-Z]", text))


def is_internship(title: str) -> bool:
    return any(w in INTERNSHIP_WORDS for w in words(title))


def is_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER.search(text))
