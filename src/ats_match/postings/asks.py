"""The knock-out facts of a posting's lines: years of experience ("3+ years", "minimum of
five years", "2-4 years", "five (5) years") and degrees ("Bachelor's degree in Accounting
or related field", "BSN preferred", "high school diploma or GED"), read with regular
expressions; the degree spellings are the resume reader's (facts.education)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..facts.education import DEGREE_PATTERNS
from ..facts.places import STATE_NAME_PATTERN
from .words import adjective, zipf

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_NUMBER = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(WORD_NUMBERS) + r")"
# the figures repeated in brackets: "five (5) years", "three to five (3 – 5) years"
_IN_FIGURES = r"(?:\s*\(\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\))?"
YEARS = re.compile(
    rf"(?<![\w])(?<!\d\.)(?P<low>{_NUMBER}){_IN_FIGURES}\s*(?:\+|-?plus|or more|or greater)?\s*"
    rf"(?:(?:-{{1,2}}|–|—|to)\s*(?P<high>{_NUMBER}){_IN_FIGURES}\s*\+?\s*|-)?"
    rf"(?:full(?:[- ]time)?\s+)?(?P<unit>years?|yrs?|months?|mos|mths?|(?-i:YOE))\b"  # "one full year of specialized experience", "2+ YOE", "3+ mos"
    rf"(?P<after>[^.;]{{0,80}})",
    re.I,
)
_EXPERIENCE = re.compile(
    r"\bexperience|\bexp\b|\bbackground\b|\bworking\b|\bfield\b|\bin (?:a|an|the)\b|\bas an?\b", re.I
)
_ROLE_AFTER = re.compile(
    r"^(?:\s*plus)?\s+(?:[\w-]+\s+){0,3}(?:role|position)\b", re.I
)  # "3 years plus financial operations role"
_NOT_EXPERIENCE = re.compile(
    r"^\s*(?:old|of age|in age|of service|warranty)|^\s*(?:ago|after|from|(?:fixed[- ]term )?contract|term|lease|appointment)\b"
    # "in exchange for a 1 year commitment to the center": how long one stays, not experience
    r"|^\s*(?:service\s+)?(?:commitment|obligation|pledge)s?\b"
    # "complete a 4 year specialization training program": a course's length
    r"|^\s*(?:[a-z]+\s+){0,2}(?:training\s+)?(?:program(?:me)?|course|apprenticeship|residency)\b"
    # "three full years of graduate level study leading to a Doctorate": schooling, not experience
    r"|^\s*(?:of\s+)?(?:(?!experience\b|exp\b|work\w*\b)[a-z-]+\s+){0,3}(?:study|studies|coursework|schooling|education)\b"
    r"(?!\s+(?:and|or|and/or)\s+(?:\w+\s+)?experience)",  # "5 years of education and experience" asks
    re.I,
)  # "Three year contract": the post's length
_AGE_BEFORE = re.compile(
    r"\b(?:age(?: limit)?|ages|aged|age between|age range)\b[^.;]{0,30}$"
    # the top of a range written with its unit twice: "for ages 3 years to 12 years", Canada's
    # Job Bank's "1 year to less than 2 years"
    r"|\b\d+\s*(?:years?|yrs?|months?)\s+(?:to|-|–)\s*(?:less than\s*|under\s*)?$",
    re.I,
)
# "Typically, 3+ years with bachelor's or equivalent": the years of work that go with the degree
_DEGREE_AFTER = re.compile(r"^\s*with (?:an? |the )?(?:bachelor|master|associate|degree|high school|b\.?[as]\b)", re.I)
# an item that opens with the years and names the field after them: "- At least 5 years high-end
# retail and/or construction", "Minimum 3 years retail management"
_YEARS_OPEN_ITEM = re.compile(
    r"^\s*(?:(?:[-*+\u2022]|\d{1,2}[.)])\s+)?(?:(?:at least|a minimum of|minimum of|minimum|min\.?)\s+)?$",
    re.I,
)
_FIELD_NAMED = re.compile(
    # (not a schooling's length: "2 or more years science degree")
    r"^(?![^.;,]{0,30}\b(?:degree|diploma|certificate|college|university|school|program(?:me)?|course|study"
    # nor a record, a bond, a notice, a post's length or hours: "3 years clean driving record", "12 month assignment"
    r"|record|mvr|bond|notice|assignment|availability|shifts?|residency|progression|contract|probation)\b)"
    r"['’]?\s+(?!(?:paid|unpaid|free|leave|parental|maternity|guarantee|warranty|old|ago|later|from|after|before"
    r"|and|or|to|for|with|at|on|as|is|are|will|may|of)\b)[a-z][\w-]+\s+[\w/-]",
    re.I,
)
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z])")
# "3+ years in restaurant management", "3-5 years of inbound sales": the field follows
_FIELD_AFTER = re.compile(
    r"^\s*(?:of|in)\s+(?!age\b|service\b|business\b|operation|existence|history|growth|funding|a row\b|the (?:making|industry)\b)",
    re.I,
)
# Years that are not the candidate's: the employer's ("We have over 25 years of experience",
# "Our company has 30 years ...") and a colleague's ("a specialist with over 20 years of
# expertise, who will mentor you").
_SOMEONE_ELSES_BEFORE = re.compile(
    r"(?:^|[.!?;:,]\s*|\band\s+)(?:we(?:['’]ve)?|our (?:company|team|firm|family|business|organi[sz]ation|agency"
    r"|practice|founder|owner|staff))\b"
    r"(?: \w+){0,2} (?:has|have|had|bring|brings)\b[^.;]{0,20}$"
    # "SFL is a humanitarian organization with more than 30 years of experience"
    r"|\b(?:is|are) (?:an?|the) [^.;]{0,60}\b(?:organi[sz]ation|company|firm|agency|business|practice|institution"
    r"|employer|leader|provider|charity|NGO|school|hospital|group|brand|manufacturer|team)s? with (?:more than |over |almost |nearly )?$"
    # how long others have stayed: "team members that have been here over 10 years"
    r"|(?<!must )(?<!should )(?<!you )\b(?:has|have|had) (?:been|worked|stayed) (?:here|with us|with the (?:company|firm|team))"
    r" (?:for )?(?:more than |over |almost |nearly |up to )?$",
    re.I,
)
_SOMEONE_ELSES_AFTER = re.compile(r"^[^.;]{0,60}?,?\s+who (?:will|can|would)\b", re.I)
_NOT_EXPERIENCE_BEFORE = re.compile(
    r"(?:within|for over|for more than|in business for|founded|over the (?:past|last)|every"
    r"|(?:within|in|during|for|after) the (?:past|last|next|previous|first)|within first"  # "within first 6 months of appointment"
    r"|\b(?:in|within)(?: (?:just|only|under|less than|about|around))?"  # "built it in 14 months"
    r"|\black(?:s|ing)?"  # "applicants who lack six months or less of the required experience"
    # "on a temporary contract for between 6 and 9 months", "a trial period of 3 months": the post's length
    r"|\b(?:contract|trial period|probation(?:ary period)?|placement|internship|secondment)"
    r" (?:for|of|lasting)(?: (?:between|up to|about|around|at least))?(?: \d+ (?:and|to|or|-))?"
    r"|\b(?:after|upon completion of|following)(?: (?:just|only|about|around))?)\s*$",  # "Benefits ... after 3 months of work"
    re.I,
)


def _number(text: str) -> float:
    lower = text.lower()
    return float(WORD_NUMBERS[lower]) if lower in WORD_NUMBERS else float(lower)


@dataclass(frozen=True)
class YearsAsk:
    years: float
    text: str  # as written: "3+ years"
    start: int
    end: int


# "1,040 hours of experience": civil-service bulletins count hours, 2,080 to a full-time year
_EXPERIENCE_HEADING = re.compile(r"\bexperience\b", re.I)
# A job board's screening question as a line: "IT support: 1 year (Required)" (Indeed),
# under "Experience:"; its label names the field (areas.experience_fields).
LABELLED_YEARS = re.compile(
    # (not "Contract length: 24 months", "Probation: 6 months": the post's terms)
    r"^\W*(?P<field>(?![^:]*\b(?:age|contract|length|duration|term|probation\w*|notice)\b)[A-Za-z][^:()]{1,60}?):"
    r"\s*\d+\+?\s*(?:years?|yrs?|months?)\s*(?:\((?:required|preferred)\))?\s*$",
    re.I,
)
# "1-3 years", and Canada's Job Bank's "1 year to less than 2 years"
_ONLY_YEARS = re.compile(
    r"^\W*(?P<years>\d[\d\s+\-–—to]*(?:years?|yrs?|months?)"
    r"(?:\s*(?:to|-|–|—)\s*(?:less than\s*)?\d+\s*(?:years?|yrs?|months?)|\s*(?:or more|and over|plus))?)\W*$",
    re.I,
)
HOURS = re.compile(r"(?<![\w.,])(?P<hours>\d{1,2},\d{3}|\d{3,4})\s*hours\b(?P<after>[^.;]{0,80})", re.I)
_HOURS_A_YEAR = 2080


_HYPHENED_EXPERIENCE = re.compile(r"^\s+(?:[\w-]+\s+){0,2}(?:experience|exp)\b", re.I)


def _years_asks(text: str) -> Iterator[re.Match[str]]:
    """Each "N years" of a line with the words after it, also an ask inside another's words
    ("3+ years in social media management, and 5+ years in digital marketing")."""
    at = 0
    while match := YEARS.search(text, at):
        yield match
        at = match.end("unit")


def years_in(text: str, heading: str = "") -> list[YearsAsk]:
    """Years of experience asked for in a line ("2-4 years" asks for 2; "1,040 hours of
    experience", half a year). `heading` is the heading the line sits under: below one that
    names experience ("RELEVANT WORK EXPERIENCE:"), a line that says only how long ("1-3
    years") asks for that much of it."""
    bare = (bool(_EXPERIENCE_HEADING.search(heading)) and _ONLY_YEARS.match(text) is not None) or bool(
        LABELLED_YEARS.match(text)
    )
    asks = []
    for match in HOURS.finditer(text):
        if _EXPERIENCE.search(match.group("after")) and not _NOT_EXPERIENCE_BEFORE.search(text[: match.start()]):
            years = round(int(match.group("hours").replace(",", "")) / _HOURS_A_YEAR, 2)
            written = text[match.start() : match.end() - len(match.group("after"))].strip()
            asks.append(YearsAsk(years, written, match.start(), match.end() - len(match.group("after"))))
    previous: re.Match[str] | None = None
    for match in _years_asks(text):
        inside_unasked = (
            previous is not None
            and match.start() < previous.end()
            and not (asks and asks[-1].start == previous.start())
        )
        previous = match
        if inside_unasked:
            continue  # in the words after years not asked ("working in Nigeria for over 30 years and ... for five years")
        after = match.group("after")
        if _NOT_EXPERIENCE.search(after) or _NOT_EXPERIENCE_BEFORE.search(text[: match.start()]):
            continue
        if _AGE_BEFORE.search(text[: match.start()]):
            continue  # "Maximum Age limit: 37 Years", "aged between 18 and 35 years": how old, not how long
        if _SOMEONE_ELSES_BEFORE.search(text[: match.start()]) or _SOMEONE_ELSES_AFTER.match(after):
            continue  # "We have over 25 years of experience", "a specialist with 20 years ..., who will mentor you"
        if not (
            bare
            or match.group("unit") == "YOE"  # years of experience, said in three letters
            or _EXPERIENCE.search(after)
            or _EXPERIENCE.search(_SENTENCE_START.split(text[: match.start()])[-1])  # its own sentence
            or _FIELD_AFTER.search(after)
            or _ROLE_AFTER.match(after)
            or _DEGREE_AFTER.match(after)
            or (_YEARS_OPEN_ITEM.match(text[: match.start()]) and _FIELD_NAMED.match(after))
        ):
            continue
        if text[match.start("unit") - 1] == "-" and not _HYPHENED_EXPERIENCE.match(after):
            continue  # "a four-year high school diploma": a course's length; "5-year driving experience" asks
        low = _number(match.group("low"))
        if match.group("unit").lower().startswith(("mo", "mth")):  # months, "mos", "mths"
            if match.group("high") and not re.match(r"\s*(?:years?|yrs?)\b", after, re.I):
                low = low / 12  # "6-12 months"
            else:
                low = round(low / 12, 2)
        if not (0 < low <= 40 or (low == 0 and match.group("high"))):  # "0-2 years" asks for none at least
            continue
        written = text[match.start() : match.end() - len(after)].strip()
        possessive = re.match(r"['’]s\b", after)  # "1 year's driving experience": the ask ends after "'s"
        end = match.end() - len(after) + (possessive.end() if possessive else 0)
        asks.append(YearsAsk(low, written, match.start(), end))
    return asks


LEVELS = ("high school", "associate", "bachelor", "master", "phd")
# a master's written with dots: "M.L.S. degree (or equivalent)", "M.B.A."
_DOTTED_MASTERS = r"(?-i:M\.(?:L\.(?:I\.)?S|B\.A|S\.W|P\.[HA]|F\.A)\.?)(?!\w)"
_EXTRA = {
    "bachelor": (r"(?:four|4)[- ]year (?:college |university )?degree", r"(?<!advanced )(?:college|university|undergraduate) degree",  # an advanced one is a master's
                 r"graduation from an? (?:\w+ )?(?:four|4)[- ]year (?:college|university)",
                 r"(?-i:BSN|BSW|BBA|BSc|BS/BA|BA/BS)",
                 r"(?-i:MBBS|MBChB|MB ChB|BDS)",  # the Commonwealth's first degrees in medicine and dentistry
                 r"(?-i:LL\.B\.?|LLB)(?!\w)",  # and in law
                 # "Should Posses B.A or B.Sc", "B.A - English or Journalism"
                 r"(?-i:B\.A|B\.S)\.?(?=\s+(?:or|and|in|degree)\b|\s*[,;/)]|\s+[–—-]\s|\s*$)",
                 # India's Bachelor of Engineering: "B.E – Graduates with 4+ years", "B.E/B.Tech", "B.E,
                 # M.E preferred"; not a licence's class ("category B.E") nor "Vitamin B.E and C"
                 r"(?<!category )(?<!class )(?-i:B\.E)\.?"
                 r"(?=\s+(?:in|degree)\b|\s*[/(]|\s+[–—-]\s|\s*,\s*(?-i:M\.?E|M\.?Tech|B\.?Tech)\b|\s*$)",
                 # "Qualified to at least degree level" (UK), "Graduate of Medical Laboratory Science"
                 r"(?:to |at )?(?:at least )?degree[- ]level", r"degree holder", r"(?:university )?graduate(?= (?:of|in) (?-i:[A-Z]))(?! (?:of|in) (?:Bachelor|Master|Doctor|Associate))",
                 r"honou?rs graduates?",  # Australia's and the UK's first degree with a research year
                 # "Higher education in finance, banking" (as Europe and the former Soviet states
                 # write a university degree); not "experience in higher education", a sector
                 r"(?<!\bin )(?<!\bwithin )(?<!\bof )higher education(?= in\b)", r"(?:completed )?university education",
                 # India's word for a first degree: "Qualification - Graduation- Any", "Any Graduate",
                 # "Graduate in any discipline"
                 r"(?<=qualification - )graduat(?:ion|e)\b",
                 r"(?<=qualification: )graduat(?:ion|e)\b", r"any graduate\b(?! (?:degree|program|programme|course|studies|diploma|certificate|school))", r"graduation\s*[-–:]\s*any\b",
                 r"graduate in any (?:discipline|stream|field)", r"any graduation\b"),  # "Any graduation, preferable if ..."
    "associate": (r"(?-i:ADN|ASN)", r"two[- ]year degree", r"associate(?:'s|’s)? degree",
                  r"associate(?:'s|’s|s)?(?=\s*(?:or|/)\s*(?:an?\s+)?bachelor)",  # "Associate’s or Bachelor’s degree"
                  r"post-?secondary (?:degree|diploma)",
                  # "two-year related degree", "a 2-year college degree": a college's first degree
                  r"(?:two|2)[- ]year (?:(?:related|college|technical|community college|associate(?:'s)?)\s+)?degree",
                  # "2 or more years science degree": a degree of two years' study (not "2 years post
                  # degree experience", "2 years with degree")
                  r"(?:two|2)(?:\s+or\s+more)?\s+years?\s+(?:of\s+)?(?:college|university|technical|science|scientific"
                  r"|post-?secondary)\s+degree\b(?!\s+(?:level|related|experience|holders?))",
                  # "Graduation from a technical college or institute", "or a diploma holder" (a
                  # post-secondary diploma, as India, Africa and the Commonwealth write it)
                  r"graduat(?:ion|e) (?:from|of) an? (?:technical|community|junior|vocational) (?:college|institute|school)",
                  r"diploma holder", r"(?:technology|technical|polytechnic) diploma",
                  r"higher national diploma", r"(?-i:HND)",
                  # West Africa's National Diploma ("ND in Marketing, Business Administration ..."),
                  # and Nigeria's Certificate in Education
                  r"(?-i:O?ND)(?=\s+in\s+[A-Z])", r"(?-i:NCE)(?=\s*[,/]|\s+(?:or|in)\b)",
                  # "Degree/Diploma in Architecture" (Singapore, the Commonwealth): the diploma is the least asked
                  r"(?:degree\s*(?:/|or)\s*(?:a\s+)?diploma|diploma\s*(?:/|or)\s*(?:a\s+)?degree)(?=\s+in\b)",
                  # "Diploma in Midwifery" (the Commonwealth's college diploma); not "Level 3 Diploma in"
                  # (a vocational certificate), "Certificate/Diploma in" nor "Postgraduate Diploma in"
                  r"(?<!\d\s)(?<!graduate\s)(?<!level\s)(?<!NVQ\s)(?<!certificate/)(?<!certificate or )diploma(?=\s+in\s+(?!hand\b)[a-z])"),  # the UK's and West Africa's two-year diploma  # "Technology Diploma" (Canada)
    "master": (r"(?-i:MSN|MBA|MSW|MPH|MEd|M\.Ed\.?|MLIS|MLS|MPA|MFA|LL\.M\.?)",
               r"(?-i:LLM)(?=\s+(?:in|degree)\b|\s*(?:,|or|/|and)\s*(?:J\.?D|LL\.?B))",  # not "LLM tools": a language model
               _DOTTED_MASTERS,
               r"graduate degree",
               r"advanced (?:university |college |academic )?degree", r"post-?graduate (?:degree|diploma|qualification)"),
    "phd": (r"(?-i:J\.D\.|JD|Juris Doctor|PharmD|DNP|DPT|MD|Ph\.D\.?|PhD)", r"juris doctor(?:ate)?", r"medical degree",
            r"(?-i:J\.D)(?=\s+(?:from|degree|or|and|in|required|preferred)\b|,)"),  # "J.D from an accredited law school"
    "high school": (r"high[- ]?school (?:diploma|education|graduat(?:e|ion)|equivalency)",
                    r"(?-i:Matric)|matriculation|national senior certificate|grade 12",  # South Africa's
                    r"(?-i:GED|HSED|GCSEs?|GSCEs?|HiSET)",  # HiSET: a US equivalency test besides the GED
                    # TASC too, named as the test (it is also a company's name: "TASC is a leading provider")
                    r"(?-i:TASC)(?=\)?\s*(?:credential|test|certificate|exam)s?\b)",
                    r"(?-i:A levels)",  # "A levels BBC or higher" (not "A level of care": _NOT_A_LEVEL_AFTER)
                    # West Africa's and Kenya's school-leaving examinations
                    r"(?-i:WASSCE|SSSCE|SSCE|KCSE|(?:GCE[- ])?O[- ]?[Ll]evels?|O'[Ll]evels?)",
                    r"(?-i:SPM|STPM)|sijil (?:tinggi )?pelajaran malaysia",  # Malaysia's school-leaving certificates
                    r"secondary (?:\(high\) )?school(?: graduation(?: certificate| diploma)?| diploma| certificate)?",
                    r"(?-i:H\.S\.|HS) (?:diploma|graduate|graduation)", r"secondary (?:school )?education",
                    # "Malawi School Certificate of Education", "Kenya Certificate of Secondary Education"
                    r"(?:senior |higher |secondary )school (?:leaving )?certificate|school (?:leaving )?certificate of education",
                    r"school leaving certificate", r"certificate of secondary education",
                    r"(?<![-\w])secondary diploma"),  # "a secondary diploma" (Canada); not "post-secondary diploma"
}  # fmt: skip
_DEGREE_TOKENS: list[tuple[str, re.Pattern[str]]] = [
    (level, re.compile(rf"(?<![\w.])(?:{pattern})(?![\w])", re.I))
    for level in LEVELS
    for pattern in (*_EXTRA.get(level, ()), *DEGREE_PATTERNS.get(level, ()))
]
# A degree word must be on the line: "MS" alone may be "MS Office"
_DEGREE_LINE = re.compile(
    r"\b(?:degree|diploma|GED|bachelors?|masters?|associate(?:'s|’s)? (?:degree|of|in)|associates (?:degree|of)|ph\.?d|doctor(?:ate|al)?|juris"
    r"|BSN|MSN|ADN|ASN|BSW|MSW|MBA|JD|J\.D\.|BSc|MSc|[BM]\.\s?(?:Sc|Tech|Com|Eng|Ed)|B\.S\.|B\.A\.|M\.S\.|B\.A|(?-i:B\.E)|graduate of|graduation from|accredited|high[- ]?school"
    r"|matric|matriculation|grade 12|senior certificate|GCSEs?|GSCEs?|secondary (?:\(high\) )?school|graduate (?:of|in)|graduation from|holder"
    r"|higher education|university education|honou?rs graduat\w*|HS graduat\w*|school certificate|certificate of secondary education"
    r"|qualification\s*[-:–]\s*graduat\w*|any graduate|any graduation|graduation\s*[-–:]\s*any"
    r"|secondary education|secondary diploma|HND|national diploma|MBBS|MBChB|BDS|(?-i:A[- ]Levels?|A-levels?|A levels|O?ND|NCE)"
    r"|licence (?:en|de|d['’]|professionnelle|\((?:bac|lmd|l3))"  # the French first degree: "Licence en droit"
    r"|(?-i:HiSET|TASC|WASSCE|SSSCE|SSCE|KCSE|SPM|STPM|O[- ]?[Ll]evels?|O'[Ll]evels?))\b"
    r"|\b(?:H\.S|B\.[AS]|M\.[AS]|J\.D|LL\.[BM])\.(?!\w)"  # "H.S.", "B.S. or equivalent", "a J.D. or LL.B.": the dots end no word
    r"|(?-i:\bLLB\b|\bLLM(?=\s+(?:in|degree)\b))"
    # "BA/BS or equivalent experience", "BS or BA in Finance", "MS in Nursing": two capitals beside a degree
    r"|(?-i:\b(?:BA|BS|MA|MS|BE|ME)\b(?=\s*(?:/\s*[BM]\.?[AS]\b|or\s+(?:an?\s+)?[BM]\.?[AS]\b|in\s+[A-Z]|degree)))"
    r"|(?-i:\b(?:BA|BS|MA|MS)\b(?=\s+in\s+[a-z]{4,}))"  # "Either BS in architecture or equivalent field experience"
    r"|\b" + _DOTTED_MASTERS,  # "M.L.S. degree", "M.B.A."
    re.I,
)
_NOT_DEGREE_AFTER = re.compile(
    r"^\s*(?:Office|Excel|Word|Outlook|Teams|Project|Access|SQL|Dynamics|Visio|PowerPoint)\b"
)
_TAUGHT_AFTER = re.compile(
    r"\s*(?:teachers?|teaching|classes|students|pupils|learners|syllabus|syllabi|curriculum|curricula)\b", re.I
)
# "Bachelor's or greater degree in", "Bachelor's degree or higher in": the least level, then its field
_OR_HIGHER = (
    r"(?:or (?:greater|higher|above|equivalent(?: (?:work |professional |relevant )?experience)?)\s+|and above\s+)?"
)
# a short aside between a degree and its field: "Bachelor's degree (or degree in progress) in biology"
# (and where it is earned: "2-year degree from an accredited university in Culinary Arts")
_ASIDE = (
    r"(?:\([^()]{1,40}\)\s*)?"
    r"(?:from an? (?:accredited |recogni[sz]ed |four-year |4-year |two-year |2-year )?"
    r"(?:college|university|institution|school|program(?:me)?)\s+(?:or (?:college|university|institution)\s+)?)?"
)
# "in the field of", "in aligned fields such as Event Management, Marketing", "in a related area, e.g."
_FIELDS_SUCH_AS = (
    r"(?i:(?:(?:related|relevant|aligned|appropriate|similar)\s+)?(?:fields?|areas?|disciplines?|subjects?)\s*"
    r"(?:of|such as|like|including|,?\s*e\.g\.,?|\(e\.g\.,?)\s+)?"
)
# "Bachelor's degree, majoring in finance and accounting", "degree with a major in Biology"
_MAJOR = r"(?:,?\s*(?:majoring|majored|with\s+a\s+major|major)\s+)?"
_FIELD = re.compile(
    rf"^\s*{_OR_HIGHER}{_ASIDE}(?:[Dd]egree\s+|[Dd]iploma\s+)?{_OR_HIGHER}{_ASIDE}{_MAJOR}(?:in|of)\s+(?:an?\s+|the\s+)?{_FIELDS_SUCH_AS}"
    r"(?P<field>[A-Z][\w&’'/-]*(?:(?:,\s*|\s+|\s*/\s*)"
    r"(?!(?:and\s+|or\s+)?(?:an?\s+)?(?:related|equivalent|similar|other|Doctor|Master|Bachelor|Associate|Ph\.?D)\b)"
    # nor letters that end the list, a credential or a degree of their own: "in Accounting, CPA
    # preferred", "in Nursing, BSN preferred", "in Mechanical Engineering, PE license"
    r"(?![A-Z]{2,6}(?:[-/][A-Z]{2,6})*\+?\s+(?!(?:and|or)\b)[a-z])"  # "SHRM-CP preferred", "CPA/CMA preferred"
    r"(?!(?:[A-Z][\w+-]*\s+){0,3}(?:Certified|Certificate|Certification|License|Licence|Level)\b)"
    r"(?:and\s+|or\s+)?[A-Z&][\w&’'/-]*)*)"
)
# A field in lower case ("in accounting, finance or related field"), read only where the
# clause ends after it or "or related field" follows, so that a sentence is not a field.
_FIELD_STOP = (
    r"(?:preferred|required|desired|from|with|at|is|are|a|an|the|to|for|by|plus|strongly|highly|or|and|as|such"
    r"|including|order|which|that|who|will|must|may)\b"
)
# an item after a field's comma that is another ask: "in finance, graduate degree preferred", "in
# marketing, digital marketing experience preferred", "in business, concentration in finance preferred"
_NEXT_ASK = r"(?!(?:[a-z]+\s+){0,2}(?:degree|experience|certification|certificate|licen[cs]e|concentration|emphasis)\b)"
_LOWER_FIELD = re.compile(
    rf"^\s*{_OR_HIGHER}(?:degree\s+)?{_OR_HIGHER}{_ASIDE}{_MAJOR}(?:in|of)\s+(?P<field>(?!{_FIELD_STOP})[a-z][a-z&-]+(?:(?:,\s*{_NEXT_ASK}|\s+|\s*/\s*)(?:and\s+|or\s+)?"
    rf"(?!{_FIELD_STOP}|related\b|equivalent\b|similar\b|allied\b)[a-z][a-z&-]+){{0,4}})"
    r"(?=\s*(?:,?\s*(?:or|and)\s+(?:an?\s+|other\s+)?(?:related|equivalent|similar|closely|relevant|allied)\b|[.;,)(]|$)"
    r"|\s+(?:from|with|at|is|are|preferred|required|desired|strongly|highly|plus|and|or|for|by)\b)"
)
# A list of fields with an acronym among them ("in geography, GIS, urban planning, economics, or
# relevant experience"), read only where the list closes with "or related/relevant ...": elsewhere
# an acronym after a field starts the next ask ("in marketing, SEO and SEM experience")
_ACRONYM_FIELDS = re.compile(
    rf"^\s*{_OR_HIGHER}(?:degree\s+)?{_OR_HIGHER}{_ASIDE}{_MAJOR}(?:in|of)\s+(?P<field>(?!{_FIELD_STOP})[a-z][a-z&-]+"
    rf"(?:(?:,\s*|\s+|\s*/\s*)(?:and\s+|or\s+)?(?!{_FIELD_STOP}|related\b|equivalent\b|similar\b|allied\b)"
    r"(?:[a-z][a-z&-]+|(?-i:[A-Z]{2,5})\b)){1,6})"
    r"(?=,?\s*or\s+(?:an?\s+|other\s+)?(?:related|equivalent|similar|closely|relevant|allied)\b)"
)
_PLACE_FIELD = re.compile(
    rf"(?:the )?(?:{STATE_NAME_PATTERN}|United States|U\.?S\.?A?|USA|Canada|United Kingdom|UK|Europe|EU)\b(?!\s+(?:History|Studies|Law)\b)"
)
_NOT_FIELDS = frozenset(
    {"a", "an", "the", "any", "relevant", "related", "appropriate", "this", "one", "lieu", "addition", "progress"}
)
# the French (and Francophone Africa's) first degree names its field or its kind: "Licence en
# droit", "Licence degree", "Licence (Bac+3)", "Licence professionnelle" (not "licence in date")
_LICENCE_DEGREE_AFTER = re.compile(
    r"\s*(?:\((?:bac|lmd|l3)|\b(?:en|de(?!\s+conduire)|d['’]|degree|professionnelle)\b)", re.I
)  # not "Licence de conduire", a French driving licence
_TRADE_LICENCE_AFTER = re.compile(
    r"^(?:['’]?s)?\s+(?:licen[cs]es?|card|electrician|plumber|gas ?fitter|pipefitter|hvac|mechanic)\b", re.I
)
_MASTER_DEGREE_AFTER = re.compile(
    r"^(?:\s+(?:in|of)\s+[A-Z]|\s*(?:or|and|/|,)\s*(?:an?\s+)?(?:bachelor|master|doctor|ph\.?d|associate|equivalent|higher)"
    r"|\s+(?:level|program))",
    re.I,
)
# "teach Business and Economics Courses at the IGCSE & A-Level": the level right after "at"/"to"
_TAUGHT_BEFORE = re.compile(r"\bteach(?:es|ing)?\b[^.;:]{0,80}\b(?:at|to)\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}$", re.I)
_TAUGHT_REACH = 120  # characters before a school level that the teaching it may be said in
_SCHOOL_LEVEL = re.compile(
    r"\b(?:elementary|middle|primary|junior)\b[^.;]*\bhigh school|high school (?:students?|level|classroom|teach)"
    # "connections to ... U.S. high school and/or college experience": school life as a topic
    r"|high school (?:and/or|and|or|&) college (?:exp|life)"
    # "teaching secondary education students": the level taught, not the schooling asked
    r"|secondary (?:school )?education (?:students?|teach|level|classroom|setting|sector|pupils)"
    r"|\bteach\w*\s+(?:\w+\s+){0,2}secondary",
    re.I,
)
# A person's name and the degrees after it: "Winston Chiong, MD", "Jane Doe, RN, PhD"
# after who they are ("Principal Investigator", "under the supervision of", "Dr."); not "degree
# in Business Administration, MBA preferred"
_SOMEONES_TITLE = re.compile(
    r"(?:\b(?:investigator|director|supervision of|led by|reports? to|reporting to|dr\.?)\s+\W?)"
    r"(?-i:[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z'-]+),\s*(?:(?-i:[A-Z][A-Za-z.]{1,5}),?\s+)*$",
    re.I,
)
_LIBRARY = re.compile(r"\bALA\b|librar|archiv|information (?:science|studies)", re.I)
_TRADE_LEVEL_BEFORE = re.compile(r"\b(?:journeyman|journeyperson|apprentice)\s+(?:and|or|/)\s*$", re.I)
_DOCTOR_OF = re.compile(r"^(?:\s+of\b|['’]s\s+(?:degree|level)\b|\s+degree)", re.I)  # not "Time Doctor's app"
LAW = re.compile(r"(?-i:JD|J\.D\.)|juris", re.I)
NURSING = re.compile(r"(?-i:BSN|MSN|ADN|ASN|DNP)|nursing", re.I)


_FIELD_DEGREE = re.compile(
    r"(?:^\W*|\b(?:a|an|have|possess|with)\s+)(?P<degree>(?:ABET[- ]accredited\s+|accredited\s+)?"
    r"(?:(?P<before>(?-i:(?!(?:No|Any|An?|The|Your|Our|Their|Its|This|Some|Relevant|Related|Appropriate|Equivalent)\b)"
    r"(?:[A-Z][\w&]+\s+){1,3}))degree\b(?!\s+(?:in|of)\b)|degree(?=\s+in\s+[A-Z])))"
    r"(?![^.;]{0,40}\bor\s+(?:a\s+)?(?:certificate|certification|diploma)\b)",  # "Culinary degree or certificate"
    re.I,
)


# "A. Degree: professional engineering." (a US federal posting's education standard): a field
# after a "Degree:" label asks a bachelor's in it (not "Degree: not required", "Degree: Bachelor's")
_DEGREE_LABEL = re.compile(
    r"(?:^\W*|(?<=[.;]\s)|\b[A-Z][.)]\s+)(?P<degree>degree)\s*:\s+"
    r"(?!(?:not|none|no|n/a|na|nil|yes|unspecified|preferred|required|optional|desired|desirable|mandatory|nice|any"
    r"|bachelor\w*|master\w*|associate\w*|doctor\w*|phd|diploma|certificate|high|graduate|undergraduate|equivalent"
    r"|relevant|related)\b)"
    r"(?P<field>[A-Za-z][\w&/-]*(?:\s+[A-Za-z][\w&/-]*){0,4})(?=\s*(?:[.;]|$))",
    re.I,
)


_ITEM_DEGREE = re.compile(
    r"^\W*(?:an?\s+)?(?P<degree>(?:(?:relevant|related|appropriate|recognised|recognized|good|honours|undergraduate)\s+)?"
    r"(?P<before>(?-i:(?!(?:The|This|That|Your|Our|Any|No|Each|Every|Its|Their)\b)[A-Z][a-z]+)\s+)?degree)\b(?!\s+(?:of|apprenticeships?)\b)(?!\s*(?:/|or)\s*(?:a\s+)?(?:certificate|diploma))",
    re.I,
)


# the class of a UK degree after it: "2:1 or above", "2:2 or higher", "1st Class Honours"
_DEGREE_CLASS = re.compile(
    r"\s*(?:\(\s*)?(?:(?:at\s+least\s+)?(?:an?\s+)?(?:2:[12]|2\.[12]|(?:1st|first)(?=\s+class)|upper second|lower second)(?:\s+class)?(?:\s+honours)?"
    r"(?:\s+or\s+(?:higher|above|better|1st|first)(?:\s+class)?(?:\s+honours)?)?|(?:1st|first)\s+class\s+honours)(?:\s*\))?",
    re.I,
)
_GRADES_AFTER = re.compile(
    r"\s+(?:at\s+)?(?:grades?\s+)?(?-i:[A-E][A-E*]{1,3})\b(?:\s+or\s+(?:higher|above|better))?", re.I
)
_OPENS_ITEM = re.compile(r"\W*(?:an?\s+)?")  # what may stand before fields that open an item: a bullet, "A"
_FIELD_NAME = r"(?-i:[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})"
_FIELDS_BEFORE = re.compile(
    rf"(?P<fields>{_FIELD_NAME}(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s*/\s*){_FIELD_NAME}){{1,8}})\s+$"
)


@dataclass(frozen=True)
class DegreeAsk:
    level: str
    field: str | None
    text: str
    start: int
    end: int
    field_end: int = 0  # where the field written after the degree ends (0: none written)
    field_start: int = -1  # where fields written before it begin: "Finance, Business or Marketing degree"


# A degree one may go on to, after the job: "before considering a PhD", "prior to starting a master's",
# "evidence of ... development towards degree level"
# (not "pursuing a Bachelor's degree": a student's enrolment is asked)
_PLAN_BEFORE = re.compile(
    r"\b(?:(?:before|prior to) (?:considering|starting|beginning|undertaking|doing)|development towards?)"
    r"\s+(?:an?\s+|your\s+)?$",
    re.I,
)
# "as a Sales Associate": the job's name before "Associate"; not "An Associate's degree"
_JOB_BEFORE = re.compile(
    r"(?:\bas an?\s+|(?<![\w-])(?!(?:An?|The|And|Or|With|Hold|Have|Possess|Minimum|Education)\b)(?-i:[A-Z][a-z])[\w-]*\s+)$",
    re.I,
)


_A_LEVEL = re.compile(r"a[- ]levels?", re.I)
_NOT_A_LEVEL_AFTER = re.compile(r"\s+(?:of|to|that|which|where|for)\b", re.I)
_SUBJECT_IN = re.compile(r"\bsubjects? (?:in|at) (?:the )?(?:\w+ )?$", re.I)


# Two capitals that are a degree only beside one: "MA in History", "BA/MA", "a BS or MS"
_CERTIFICATE_OR = re.compile(r"\bcertificate(?:\s+[IVX]+|\s+\d)?\s*(?:or|/)\s*$", re.I)
_BARE_CODE = re.compile(r"MA|MS|ME|BA|BS|BE|AA|AS")
_CODE_AFTER = re.compile(
    r"\s*(?:in\b|degree|\((?:in|of|or)\b|(?:/|,?\s*or)\s*(?:an?\s+)?(?:[BM]\.?[AS]\b|Ph\.?D|bachelor|master))", re.I
)
_CODE_BEFORE = re.compile(r"(?:\b(?:[BM]\.?[AS]\.?|bachelor'?s?|master'?s?|degree)\s*(?:/|or|,)\s*|/\s*)$", re.I)


_CITY_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*$")


def _degree_context(text: str, start: int, end: int) -> bool:
    """Whether a degree's two capitals stand beside a degree word or another degree."""
    return bool(_CODE_AFTER.match(text, end) or _CODE_BEFORE.search(text[max(0, start - 30) : start]))


_NAME_BEFORE = re.compile(r"(?-i:\b([A-Z][A-Za-z'’.-]+))\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|any|the)\s+$", re.I)
_PLACE_NAME_ZIPF = 4.2  # a word rarer than this before "High School" names it ("Sandpoint"; not "Completed")


def _school_named(text: str, match: re.Match[str]) -> bool:
    """ "Sandpoint High School": "high school" alone (no diploma, no graduate) after a name."""
    if match.group(0).lower().replace("-", " ") != "high school":
        return False
    name = _NAME_BEFORE.search(text, 0, match.start())
    if name is None or _ARTICLE_BEFORE.search(text, 0, name.start()):
        return False  # "Graduation from an Accredited High School": a kind of school, not one by name
    word = name.group(1).lower()
    return zipf(word) < _PLACE_NAME_ZIPF and not adjective(word)


def degrees_in(text: str) -> list[DegreeAsk]:
    """Degrees a line names, lowest level first where one span names two."""
    if not _DEGREE_LINE.search(text):
        return []
    found: list[DegreeAsk] = []
    for level, pattern in _DEGREE_TOKENS:
        for match in pattern.finditer(text):
            if _NOT_DEGREE_AFTER.match(text[match.end() :]) or _TAUGHT_AFTER.match(text, match.end()):
                continue  # "MS Office"; "Secondary School Teachers", "the IGCSE and GCE-O-Level syllabus": who or what is taught
            if match.group(0).lower() in ("doctor", "doctor's", "doctor’s") and not _DOCTOR_OF.match(
                text[match.start() + len("doctor") :]
            ):
                continue  # "as good as a typical doctor": a person, not a degree
            if match.group(0).lower() == "diploma" and _CERTIFICATE_OR.search(
                text[max(0, match.start() - 30) : match.start()]
            ):
                continue  # "Certificate IV or Diploma in Community Services": a vocational certificate is the least
            if match.group(0).lower().startswith("associate") and _JOB_BEFORE.search(
                text[max(0, match.start() - 40) : match.start()]
            ):
                continue  # "2 years as a Sales Associate or Bachelor's degree": a job, not a degree
            if match.group(0).lower() == "licence" and not _LICENCE_DEGREE_AFTER.match(text, match.end()):
                continue  # "the National Council of Nurses and Midwives Licence": a licence to practise, no degree
            if match.group(0).lower() == "master" and _TRADE_LEVEL_BEFORE.search(text[: match.start()]):
                continue  # "at the journeyman and master level": a trade's rank
            if match.group(0).lower().startswith("master") and _TRADE_LICENCE_AFTER.match(text[match.end() :]):
                continue  # "Journeyman or Master's License": a trade's licence, no degree
            if match.group(0).lower() == "master" and not _MASTER_DEGREE_AFTER.match(text[match.end() :]):
                continue  # "customer master data", "Master plumber", "Scrum Master": no degree
            if _BARE_CODE.fullmatch(match.group(0)) and not _degree_context(text, match.start(), match.end()):
                continue  # "e.g. MA, Phlebotomist, EMT, CNA": a medical assistant, not a Master of Arts
            if match.group(0).isupper() and len(match.group(0)) <= 3 and _CITY_BEFORE.search(text, 0, match.start()):
                continue  # "Jackson, MS in Hinds County", "Fargo, ND": a state after its city
            if match.group(0) == "MLS" and not _LIBRARY.search(text):
                continue  # in real estate "MLS" is the Multiple Listing Service
            if _SOMEONES_TITLE.search(text[: match.start()]):
                continue  # "Principal Investigator Winston Chiong, MD PhD": a person's degrees, not an ask
            if level == "high school" and _TAUGHT_BEFORE.search(
                text[max(0, match.start() - _TAUGHT_REACH) : match.start()]
            ):
                continue  # "will teach Business courses at the IGCSE & A-Level": the level taught
            # (24 characters on: "high school and/or college exp[erience]")
            if level == "high school" and _SCHOOL_LEVEL.search(text[max(0, match.start() - 30) : match.end() + 24]):
                continue  # "elementary, middle, or high school", "high school students": where one teaches
            if level == "high school" and _school_named(text, match):
                continue  # "Location(s): SANDPOINT HIGH SCHOOL": a school by its name, where the job is
            if _A_LEVEL.fullmatch(match.group(0)) and _NOT_A_LEVEL_AFTER.match(text, match.end()):
                continue  # "A level of care", "A-level of fitness": how much, not the UK's exams
            if _SUBJECT_IN.search(text[: match.start()]):
                continue  # "Passed Punjabi as a subject in Matriculation": a subject taken, not the level asked
            if level in ("high school", "associate") and text[: match.start()].rstrip().endswith("+"):
                continue  # "B.Sc +NCE": a lower certificate added to the degree before it, not another route
            if _PLAN_BEFORE.search(text, 0, match.start()):
                continue  # "before considering a PhD or career in research": where the job may lead, no ask
            if any(d.start <= match.start() < d.end or match.start() <= d.start < match.end() for d in found):
                continue
            end = _grade_end(text, level, match)
            field, field_end = _field_after(text, end)
            field_end = field_end or (end if end > match.end() else 0)
            if field is None and NURSING.search(match.group(0)):
                field = "Nursing"
            elif field is None and LAW.search(match.group(0)):
                field = "Law"
            found.append(DegreeAsk(level, field, match.group(0), match.start(), match.end(), field_end))
    if not found and (plain := _FIELD_DEGREE.search(text)):
        # "Degree in Business, Engineering ...", "Civil Engineering degree": a field with no
        # level names a bachelor's, as U.S. postings write it
        field_text = plain.group("before") or ""
        field, field_end = (field_text.strip(), plain.end()) if field_text else _field_after(text, plain.end())
        found.append(DegreeAsk("bachelor", field, plain.group("degree"), plain.start("degree"), plain.end(), field_end))
    if not found and (labelled := _DEGREE_LABEL.search(text)):
        found.append(
            DegreeAsk(
                "bachelor", labelled.group("field"), "degree", labelled.start("degree"), labelled.end(), labelled.end()
            )
        )
    if not found and (opening := _ITEM_DEGREE.match(text)):
        # "- Degree 2:2 or higher in Computer Science", "- A relevant degree", "- Education Degree in
        # a relevant field": an item that opens with a degree asks for one (a UK "degree" is a bachelor's)
        field_text = opening.group("before") or ""
        end = _grade_end(text, "bachelor", opening)
        field, field_end = (field_text.strip(), end) if field_text else _field_after(text, end)
        field_end = field_end or (end if end > opening.end() else 0)
        found.append(
            DegreeAsk("bachelor", field, opening.group("degree"), opening.start("degree"), opening.end(), field_end)
        )
    found = [_with_fields_before(d, text, found) if d.field is None else d for d in found]
    found.sort(key=lambda d: d.start)
    # "Bachelor's or Master's degree in Finance": the field said once belongs to each
    shared = next((d.field for d in reversed(found) if d.field), None)
    return [d if d.field or shared is None else replace(d, field=shared) for d in found]


def _grade_end(text: str, level: str, degree: re.Match[str]) -> int:
    """Where a degree's ask ends: after its class ("Degree 2:2 or higher", "1st Class Honours")
    or an A level's grades ("A levels BBC or higher"), part of the ask, no field or acronym."""
    if level in ("bachelor", "master") and (honours := _DEGREE_CLASS.match(text, degree.end())):
        return honours.end()
    if _A_LEVEL.fullmatch(degree.group(0)) and (grades := _GRADES_AFTER.match(text, degree.end())):
        return grades.end()
    return degree.end()


def _with_fields_before(degree: DegreeAsk, text: str, found: list[DegreeAsk]) -> DegreeAsk:
    """ "Supply Chain Management, Business, Finance or Marketing undergraduate degree": a list
    of fields written before the degree is its field (not "BS, BA or Bachelor's degree")."""
    before = _FIELDS_BEFORE.search(text, 0, degree.start) if degree.level != "high school" else None
    if before is None or any(before.start() <= d.start < degree.start for d in found):
        return degree
    if not _OPENS_ITEM.fullmatch(text[: before.start("fields")]):
        return degree  # "Proficient in Excel, Word and Outlook. Bachelor's degree": tools, not fields
    fields = before.group("fields")
    return replace(
        degree, field=fields, field_start=before.start("fields"), field_end=max(degree.field_end, degree.end)
    )


def _field_after(text: str, end: int) -> tuple[str | None, int]:
    """The field of study written after a degree, and where it ends in the line; not where
    the degree is earned ("from an accredited university in Texas", "in the United States")."""
    match = _FIELD.match(text[end:]) or _ACRONYM_FIELDS.match(text[end:]) or _LOWER_FIELD.match(text[end:])
    if not match or match.group("field").split()[0].lower() in _NOT_FIELDS or _PLACE_FIELD.match(match.group("field")):
        return None, 0
    field = match.group("field").strip(" ,/")
    field = re.sub(r",?\s*(?:and|or)$", "", field).strip(" ,")
    return (field or None), end + match.end()
