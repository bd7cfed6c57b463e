"""What a posting's word is: a term's or everyday English's, a duty's verb, a buzzword.

Why wordfreq (not yake): a requirement line is short, and a keyphrase extractor's
statistics over one posting rank "years of experience" as high as "general ledger". What
tells "general ledger" from "team player" is that one of its words is rare in everyday
English; wordfreq knows each word's frequency in a large mixed corpus (Zipf scale,
offline, deterministic, the same answer for the same word every time). A run of two to four
words is distinctive when one word is uncommon (Zipf < JARGON_ZIPF) or hyphenated
("month-end"), or is an acronym ("IV therapy"); a lone word when it is rare (Zipf <
RARE_ZIPF: "telemetry", "payroll") or an acronym no lexicon knows ("GAAP")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS

from ..matching import lemma_of, word_classes
from .keywords import GENERIC_WORDS
from .lexicon import lexicon_dir

JARGON_ZIPF = 4.5
RARE_ZIPF = 3.8
# Prose (an exam's knowledge list, a sentence that says "must") mixes terms with how the
# work is done ("deal with unexpected difficulties", "timely completion"): its phrases
# need a rarer word than a requirements list's.
PROSE_JARGON_ZIPF = 4.2
PROSE_RARE_ZIPF = 3.3

_FUNCTION = """
    a an the and or nor but so of in on at to for from by with within without into onto over under as per via
    is are be been being was were will would can could should may might must shall do does did have has had
    cannot can't won't shouldn't mustn't given priority preference precedence majoring majored mos mths
    this that these those such any all each every other another some more most less least own same than then
    i you we they he she it our your their its my us them who whom which what when where why how his her him hers
    not no yes also well etc eg ie e.g i.e including include includes like plus
    up out along down off away around through throughout upon about above below between during before
    until while since among against toward towards beyond behind if whether unless basis
    relating pertaining regarding concerning according adhering sufficient pertinent applicable appropriate
    competency competencies competence competences get gets got gotten getting
    able ability abilities skill skills knowledge knowledgeable understanding experience experiences experienced years year
    strong excellent good great solid proven demonstrated demonstrate demonstrable exceptional outstanding superior effective
    proficient proficiency familiarity familiar working work advanced basic intermediate expert expertise mastery
    required require requires requirement requirements preferred prefer prefers preferably desired desirable ideal ideally bonus advantageous beneficial essential favourably favorably
    licensure firsthand first-hand skillset skillsets disciplines satisfactory completion
    ever verifiable methodology methodologies recognized recognised accredited annum post-qualification
    minimum maximum least high highly new current currently related relevant similar equivalent equivalency
    must need needs needed candidate candidates applicant applicants position role job team teams
    use using used utilize utilizing apply applying ensure maintain maintaining provide providing perform performing
    support supporting assist assisting manage managing handle handling follow following
    level levels area areas field fields environment environments setting settings including various multiple
    valid active current unrestricted state license licence licensed certification certified certificate
    licenses licences certifications certificates credential credentials up-to-date designation designations yoe
    necessary requiring additional thorough different types kinds variety alongside
    degree diploma bachelor master associate school college university accredited program
    day days week weeks month months hour hours time full part shift shifts schedule per
    morning mornings evening evenings weekend weekends night nights overnight overnights holiday holidays hoc softwares daily
    plus nice have has bring brings comfortable ability willing willingness
    company companies opportunity opportunities benefits salary pay remuneration long period periods wide
    demonstrates showing show shows strong understand knows know learn learning quickly fast paced
    progressive prior previous recent professional hands-on practical overall successful track
    lift lifting lbs pounds stand standing sit sitting walk walking bend kneel climb reach carry push pull
    strong ability etc status pass passing background check screen screening eligible eligibility
    sharp keen associated references referees cv cvs resume resumes résumé looking seeking wanting hoping wishing
    having rs crore crores lakh lakhs qualification qualifications due endorsement endorsements
    especially particularly notably specifically primarily mainly inviting invite invites welcoming
    one ones someone anyone everyone whilst amongst amidst only demonstrating showcasing showcase showcases
    already possess possesses possessing relocate relocating relocation gpa commute commuting because although though whereas it's it’s that's that’s there's there’s we're we’re you're you’re they're they’re we'll we’ll you'll you’ll
    """
STOP = frozenset(_FUNCTION.split())
# Words postings use for everything: they never make a run distinctive, nor stand alone.
_BUZZ = """
    top-tier first-rate top-notch exemplary end-to-end fast-paced detail-oriented self-starter cross-functional
    high-quality world-class evenings weekends nights holidays suite assigned
    emphasis aspect aspects attribute attributes qualities traits characteristics possession strive strives striving
    welcome
    best-in-class state-of-the-art full-time part-time long-term short-term day-to-day on-site in-person
    hands-on well-organized results-driven customer-focused data-driven mission-driven award-winning
    fluency fluent ecosystem ecosystems framework frameworks architecture architectures devise optimize
    optimizing specialization mentorship mentoring discoverability ownership concept concepts fundamental
    fundamentals existing robust efficient efficiently propose tackle range across publish excellence
    mindset curiosity initiative leverage synergy cutting-edge dynamic vibrant thrive empower impactful
    seamless holistic actionable insights deliverables alignment visibility passionate enthusiasm
    motivated proactive energetic innovative innovation creative creativity stakeholder stakeholders
    scalable scalability reliability excellent exceptional diverse diversity inclusive inclusion
    savvy versatile aptitude knack both either neither each first-class industry-leading skilled doing
    commitment commitments adhoc ad-hoc proper important non-negotiable must-have must-haves recognized recognised
    requisite respective purposes adherence ethos onsite paramount importance coworkers co-workers trajectory
    honed stellar superb thoroughness eagerness
    """
BUZZ = frozenset(_BUZZ.split())
# generic posting words may be part of a term ("classroom management"); "machine" of tech
# postings is generic, but its forms name a trade ("machining", "machined parts")
NOT_DISTINCTIVE = BUZZ | (GENERIC_WORDS - {"machine"})

ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}s?$|^\d{1,2}[A-Z]{1,3}$")


@lru_cache(maxsize=8192)
def zipf(word: str) -> float:
    """How common a word is in English (wordfreq's Zipf scale: 7 "the", 3 "ledger"), in
    whichever spelling is the more common: wordfreq's English is mostly American, where
    "organise" (3.5) is as common as "organize" (4.0), and no rarer word for a British posting."""
    from wordfreq import zipf_frequency  # imported on first use: 0.4 s, not at `import ats_match`

    american = _AMERICAN.sub(lambda m: _AMERICAN_ENDS[m.group(0)], word)
    if american == word:
        return zipf_frequency(word, "en")
    return max(zipf_frequency(word, "en"), zipf_frequency(american, "en"))


# British endings and their American spelling: organise, prioritised, colour, analyse, centre
_AMERICAN_ENDS = {
    "ise": "ize",
    "ised": "ized",
    "ises": "izes",
    "ising": "izing",
    "isation": "ization",
    "isations": "izations",
    "our": "or",
    "ours": "ors",
    "yse": "yze",
    "ysed": "yzed",
    "ysing": "yzing",
    "tre": "ter",
    "tres": "ters",
    "ogue": "og",
    "ogues": "ogs",
}
_AMERICAN = re.compile(r"(?:" + "|".join(sorted(_AMERICAN_ENDS, key=len, reverse=True)) + r")$")


_CAMEL = re.compile(r"[a-z][A-Z]")


def is_acronym(word: str) -> bool:
    """Capitals that stand for a name ("CDL", "IT"), not a word shouted ("MUST HAVE", "MORE");
    "WHO" and "CAN" (a bus) are acronyms too often to be read as words."""
    if word.upper() in ("I", "A", "OR", "AND", "US", "USA", "EEO", "EOE"):
        return False
    shouted = len(word) >= 3 and word.lower() in ENGLISH_STOP_WORDS and word.upper() not in ("WHO", "CAN")
    return bool(ACRONYM.match(word)) and not shouted


DUTY_VERBS = frozenset(
    """
    administer assess assist build collaborate communicate conduct coordinate create deliver design develop
    document draft drive educate ensure escalate establish evaluate execute facilitate greet handle identify
    implement inspect install interpret investigate lead maintain manage monitor operate organize own oversee
    partner perform plan prepare process provide recommend reconcile record repair report research resolve
    respond review run schedule serve set supervise support teach track train troubleshoot update work write
    answer apply negotiate ship scan load unload pick pack deploy image sell prospect check take fill label
    bend pull read diagnose recover charge close room terminate complete restrain induce rotate issue
    analyze analyse engage influence challenge foster promote motivate mentor coach guide advise
    meet ask require possess make verify enhance achieve enable request display delegate relay discern retain
    strengthen affect unleash compile keep reach transition participate attend comply adhere submit utilize observe
    contribute obtain instruct employ undertake
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


_NOT_ADVERBS = frozenset({"early", "only", "daily", "weekly", "monthly", "quarterly", "yearly", "hourly"})


def adverb(word: str) -> bool:
    """ "accurately", "electronically", "easily", "fully": an adverb made from a common word;
    not a noun that ends so ("supply", "assembly", "family", "poly") nor "early" ("early
    childhood")."""
    lower = word.lower()
    if not lower.endswith("ly") or lower in _NOT_ADVERBS or len(lower) < 5:
        return False
    stems = [lower[:-2]]
    if lower.endswith("ally"):
        stems.append(lower[:-4])  # "electronically" -> "electronic"
    if lower.endswith("ily"):
        stems.append(lower[:-3] + "y")  # "easily" -> "easy"
    if lower.endswith("lly"):
        stems.append(lower[:-1])  # "fully" -> "full"
    if lower.endswith(("ably", "ibly")):
        stems.append(lower[:-1] + "e")  # "comfortably" -> "comfortable" (not "assembly")
    return any(len(stem) > 2 and zipf(stem) >= 3.0 for stem in stems)


# A name opening so is a title one holds: "Registered Dental Assistant", "Certified Medical Assistant"
HELD_TITLE = {
    "Registered": "license",
    "Licensed": "license",
    "Certified": "certification",
    "Credentialed": "certification",  # "Credentialed Veterinary Technician (CVT)"
    "Accredited": "certification",  # "Accredited Practising Dietitian" (Australia)
    "Chartered": "certification",  # "Chartered Accountant" (UK)
}
MAXHELD_TITLE_WORDS = 5


# Verbs that open the items of a duty list ("Submits ...", "Accepts ..."): DUTY_VERBS and
# these, which are too everyday to trim from a run's start.
_OPENING_VERBS = DUTY_VERBS | frozenset(
    """
    use accept assume encourage inform demonstrate follow act notify obtain receive gather determine
    distribute order assign protect enter file direct cooperate exercise carry give help regard become
    select measure cut fabricate assemble erect dismantle sort clean wash mix remove replace adjust arrange
    transport collect count generate
    """.split()  # noqa: SIM905
)


_FIRST_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _task_verbs() -> frozenset[str]:
    """The verbs O*NET task statements open with (data/task_verbs.txt says whence)."""
    text = (lexicon_dir() / "task_verbs.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def opens_with_duty_verb(text: str) -> bool:
    """Whether a line opens with the verb of a duty ("Schedule inbound deliveries", "Submits
    timely billing", "Restock produce"), as the items of a list of what a job does open."""
    first = _FIRST_WORD.search(text)
    if first is None or first.start() > 4:
        return False
    lemma = lemma_of(first.group(0).lower())
    if lemma.startswith("re") and len(lemma) > 6 and lemma[2:] in _task_verbs():
        return True  # "Reassign crews", "Restock shelves": a duty's verb done again
    return is_task_verb(lemma)


def is_task_verb(lemma: str) -> bool:
    """Whether a word's lemma is a verb work is described with ("analyze", "reconcile",
    "pitch"): a duty list's opening verb or one O*NET task statements open with."""
    return lemma in _OPENING_VERBS or lemma in _task_verbs()


def third_person_verb(word: str) -> bool:
    """ "Submits", "Observes": a duty list's opening verb, a capitalised everyday verb in
    -s (its lemma common); "Hospice", "Forklifts" (lemma rare) stay."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.endswith("s") or lower.endswith("ss"):
        return False
    lemma = lemma_of(lower)
    return lemma != lower and lemma in _OPENING_VERBS


_QUALIFYING_SUFFIX = re.compile(
    r"-(?:approved|accredited|certified|based|related|oriented|driven|focused|level|friendly|facing|minded)$", re.I
)


def buzz(word: str, words: frozenset[str] = BUZZ) -> bool:
    """A word that says how, not what: a buzzword, or "ABA-approved", "customer-facing"."""
    lower = word.lower()
    return lower in words or lemma_of(lower) in words or bool(_QUALIFYING_SUFFIX.search(lower))


# What a category of tools is called by its last word: "design software", "test equipment",
# "measuring devices", "relational databases", "meeting platforms"
CATEGORY_WORDS = frozenset(
    """software softwares tool tools system systems platform platforms equipment device devices application
    applications program programs technology technologies instrument instruments machine machines machinery
    database databases suite suites package packages product products""".split()  # noqa: SIM905
)
# what opens the examples of a category: "such as", "like", "(e.g.", "including" (not ", including":
# "design software, including Microsoft Office programs" adds another kind)
EXAMPLES_OPEN = re.compile(
    r"\s*(?:,\s*(?:such as|like|e\.g\.|for example)|(?:\(\s*)?(?:such as|like|e\.g\.|eg\.|for example|including|incl\.))"
    r"\s*[,:]?\s*",
    re.I,
)


# Head nouns of skills written in everyday words: "patient care", "cold calling", "digital
# marketing", "inventory management". A two- or three-word run that ends in one is a skill
# even when wordfreq finds every word common.
SKILL_HEADS = frozenset(
    """
    calling selling planning scheduling budgeting forecasting teaching training nursing coding billing
    bookkeeping accounting marketing merchandising recruiting sourcing purchasing procurement welding wiring
    plumbing framing drafting editing writing reporting auditing testing troubleshooting cooking baking
    cleaning driving care management relations analysis analytics construction maintenance repair
    installation administration compliance control assurance entry processing operations logistics sales
    therapy assessment documentation instruction counseling collections reconciliation reconciliations engagement
    payroll underwriting negotiation prospecting fundraising estimating inspection diagnostics plan plans
    design development research building modeling modelling consulting banking finance strategy production creation
    drawings schematics blueprints computer clerical typing math mathematical numeracy safety
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def skill_compound(words: list[str]) -> bool:
    """ "patient care", "digital marketing": a head noun of SKILL_HEADS after a word that is
    not a buzzword; a generic posting word may open one ("project management", "quality
    control")."""
    if not 2 <= len(words) <= 3:
        return False
    last = words[-1].lower()
    opener = words[0].lower() in PARTIES or not buzz(words[0])
    return (last in SKILL_HEADS or lemma_of(last) in SKILL_HEADS) and opener


# Buzzwords of a posting alone ("work with stakeholders"), but the party a skill serves
# before its head: "stakeholder management", "stakeholder engagement".
PARTIES = frozenset({"stakeholder"})


_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")
COMMON_VERB_ZIPF = 3.5  # "modifying", "storing": a gerund of an everyday verb names no skill


_WEB_SERVICE = re.compile(r"^([A-Z][A-Za-z0-9-]+)\.(?:com|io|ai|co|net|org)$")


def web_service(word: str) -> str | None:
    """The name of a service named by its address ("Salesforce" of "Salesforce.com"), or None."""
    match = _WEB_SERVICE.match(word)
    return match.group(1) if match else None


def _lone_word(word: str, prose: bool) -> bool:
    """Whether one word alone is a term: an acronym of three letters or more ("GAAP"; a
    two-letter one or a Roman numeral is a time, a grade or a level: "AM", "CS", "II"),
    a coined word ("e-filing"), or a rare word that is not an adverb ("courteously") nor,
    in prose, the gerund of an everyday verb ("modifying"; "brazing" stays)."""
    if buzz(word, NOT_DISTINCTIVE):
        return False
    if is_acronym(word):
        # "8D", "5S": a method named by a number and a letter is a term however short
        return (len(word.strip(".")) > 2 or word[:1].isdigit()) and not _ROMAN.match(word)
    if any(len(part) == 1 for part in word.split("-")[:1] if "-" in word):
        return True  # "e-filing", "x-ray": a coined word wordfreq reads as two common ones
    if len(word) >= 4 and _CAMEL.search(word) and word.isalpha():
        return True  # "SaaS", "RevOps": a name coined with capitals inside
    if (
        _NAME_PAIR.match(word)
        and word.split("-")[0].lower() not in _PREFIX_WORDS
        and not any(buzz(part) for part in word.split("-"))
        # names, not qualities: "Forward-Thinking", "Safety-Conscious", "Walk-Ins" are words of another class
        and all(word_classes(part.lower()) <= {"noun"} for part in word.split("-"))
    ):
        return True  # "Allen-Bradley", "Hewlett-Packard": two names joined, a maker's
    if web_service(word) is not None:
        return True  # "Bill.com", "Salesforce.com": a service named by its address, everyday words or not
    lower = word.lower()
    if lower.endswith("ly") or (lower.endswith("ed") and _participle(lower)):
        return False  # an adverb ("courteously") or a participle ("allotted") names nothing alone
    if adjective(lower):
        return False  # "Extensive": says how much, of nothing
    if prose and lower.endswith("ing") and zipf(lemma_of(lower)) >= COMMON_VERB_ZIPF:
        return False  # in prose "modifying" is what is done; in a list "branding" is a skill
    rare = PROSE_RARE_ZIPF if prose else RARE_ZIPF
    return len(word) >= 5 and word.replace("-", "").isalpha() and zipf(lower) < rare


_NAME_PAIR = re.compile(r"^[A-Z][a-z]{2,}-[A-Z][a-z]{2,}$")
# what opens a compound of everyday words, capitalised in a heading: "Self-Management", "Non-Profit"
_PREFIX_WORDS = frozenset(
    """self non multi cross well high low pre post anti semi inter intra over under full part half long short real
    open one two three front back""".split()  # noqa: SIM905 (a word list reads best as words)
)


def _participle(lower: str) -> bool:
    """ "allotted", "stored": a verb's form; "flatbed", "infrared" are no verb's."""
    if lower.endswith(("ized", "ised", "ated", "ified")):
        return True  # "hospitalized": a made verb's form, however rare the verb
    stems = [lower[:-2], lower[:-1]]
    if len(lower) > 4 and lower[-3] == lower[-4]:
        stems.append(lower[:-3])  # "allotted" -> "allot"
    if lower.startswith("un") and len(lower) > 6:
        stems += [stem[2:] for stem in stems]  # "unpaved": "pave" undone
    return any(len(stem) > 2 and zipf(stem) >= 2.0 for stem in stems)


def adjective(word: str) -> bool:
    """An adjective of degree or quality by its ending ("extensive", "various", "successful"),
    or of what can be done to a thing ("controllable": a verb of four letters or more before
    "-able"), not a product name that ends so ("Pipedrive", "Airtable"). Adjectives of a field
    ("clerical", "clinical") name an area and stay."""
    lower = word.lower()
    if lower.endswith(("able", "ible")):
        stem = lower[:-4]
        verbs = (stem, stem + "e", stem[:-1] if len(stem) > 4 and stem[-1] == stem[-2] else "")
        # "manufacturable", "controllable": what can be done to it; not "Airtable", "timetable", "payable"
        return len(stem) >= 4 and any(len(v) >= 4 and zipf(v) >= 3.0 for v in verbs)
    return lower.endswith(("ive", "ous", "ful")) and zipf(lower) >= 2.5


# an adjective of a field names an area alone ("clinical", "surgical", "culinary")
_FIELD_ADJECTIVE_ENDING = re.compile(r"(?:ic|al|ary)$")


def verb_or_quality(word: str, after: str = "") -> bool:
    """A word that names no thing alone: one WordNet knows as a verb and never as a noun or an
    adjective, in lower case or a duty's third person ("calibrate", "pertains", "Configures";
    a capitalised "Hibernate" is a product), or, in lower case, as an adjective and never as a
    noun said of someone ("cognizant of", "adept at"; not one of a field, "clinical"). A gerund
    names an activity ("brazing") and a coined word WordNet lacks ("invoicing") is none."""
    lower = word.lower()
    if lower.endswith("ing") or "-" in lower:
        return False
    classes = word_classes(lower)
    if classes == {"verb"}:
        return word.islower() or (lower.endswith("s") and lemma_of(lower) != lower)
    return (
        word.islower()
        and only_an_adjective(lower)
        and not _FIELD_ADJECTIVE_ENDING.search(lower)
        and bool(_SAID_OF_SOMEONE.match(after))
    )


def only_an_adjective(lower: str) -> bool:
    """A lower-case word WordNet knows as an adjective and nothing else, written as itself
    ("cognizant", "electrical"; "consumables", the plural of one, is a noun)."""
    return lemma_of(lower) == lower and word_classes(lower) == {"adj"}


_SAID_OF_SOMEONE = re.compile(r"\s+(?:of|to|at|with|about|in|on)\b")  # "cognizant of", "adept at"


def distinctive(words: list[str], prose: bool = False) -> bool:
    if len(words) == 1:
        parts = words[0].split("-")  # "Grant-writing" is the compound "grant writing"
        hyphenated = len(parts) == 2 and all(part.isalpha() for part in parts) and parts[1].endswith("ing")
        return (hyphenated and skill_compound([part.lower() for part in parts])) or _lone_word(words[0], prose)
    if all(w.isdigit() or w in ("US", "U.S") for w in words[1:]) and words[0] in ("US", "U.S"):
        return False
    if skill_compound(words):
        return True
    words = [w for w in words if not buzz(w, NOT_DISTINCTIVE)]
    return any(
        (is_acronym(w) and w not in ("US", "U.S"))
        or ("-" in w and len(w) > 4)
        or zipf(w.lower().replace("'s", "")) < (PROSE_JARGON_ZIPF if prose else JARGON_ZIPF)
        for w in words
    )


def credential_kind(word: str) -> str:
    """The kind of credential a posting's word for it names: a licence ("license", "licence",
    "registration", "card", "endorsement": held from a state or a register) or a certification."""
    return "license" if word.lower().startswith(("licen", "regist", "card", "endorse")) else "certification"
