"""The words of a posting that say whether something is asked for, and how strongly.

Kept apart from reader.py so that every cue a reading rule relies on is in one place:
"required" / "preferred" wording near a mention, "not required", the clauses of process
text that ask for something, and the spans of prose that ask without a heading
("Applicants must hold a valid ...", "candidates may be examined for knowledge of: a; b").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..matching import word_classes
from .importance import clause_of
from .words import opens_with_duty_verb

# "Valid Firearm Permit (not required to start)": needed later, a wish at hiring, still asked
_LATER = (
    r"(?:to start|at (?:the )?(?:start|time of hire|time of application)|at hire|upon hire|on hire|initially|to apply)"
)
# a count after "plus": "diploma, plus 2 years", "plus two years" (the list's "and", no wish)
_A_COUNT = r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a minimum|at least|minimum)\b)"
# wishes said of what follows them: "ideally in retail", "(Preferably Food Products)"
_PREFIX_WISHES = r"(?:ideally|preferably|preferable|optionally)"
# what the employer would like to see in the reader: asked (_SENTENCE_CUE), as a wish (SOFT_CUE)
_LOVE_TO_SEE = r"(?:we|i)(?:'d|’d| would) (?:also |really )?(?:love|like) to see"
SOFT_CUE = re.compile(
    # (not "2 plus years", "3 years plus financial operations": a number's plus; nor "diploma,
    # plus 2 years", "or equivalent, plus...": the list's "and")
    r"\b(?:preferred|preferably|preferable|prefer|(?:is |are |a |big |huge |nice |considered )?a? ?"
    r"(?<![\d+] )(?<!\d)(?<!years )(?<!year )(?<!yrs )plus"
    rf"(?!\s*(?:\.\.|…|{_A_COUNT}))"
    r"|nice[- ]to[- ]haves?|bonus"
    r"|desired|desirable|ideally|advantage(?:ous)?|helpful|beneficial|optional|not necessary"
    rf"|not required {_LATER}"
    r"|welcome(?! to (?:apply|join|submit|send|contact|call|visit|discuss))"  # not "you are welcome to apply"
    r"|will serve you well"  # "keen observation of what is going on around you will serve you well"
    rf"|{_LOVE_TO_SEE}"  # "We'd love to see experience with ..."
    # "A highly qualified candidate will also have experience in hydrology, ...": what sets one apart
    r"|highly qualified (?:candidate|applicant)s? (?:will|would) (?:also )?(?:have|bring)"
    r"|not (?:essential|mandatory|a (?:necessity|requirement|must))|non-essential"  # "MOT tester (not essential)"
    # "If you have prior experience of domestic help, great!": a wish, not a must
    r"|if you (?:already )?(?:have|hold)(?= (?:any |some |prior |previous )?(?:\w+ )?(?:experience|knowledge))"
    r"|(?:would|will) be (?:favou?rably|positively) considered|considered favou?rably"  # "... would be favourably considered"
    # "Those with forest census experience will be given priority"
    r"|(?:will|would|shall) (?:be given|receive|get) (?:priority|preference|precedence)"
    r"|(?:priority|preference|precedence) (?:will|shall|may|would) be given"
    r"|an? (?:great |definite |strong |valued |real |big |huge |valuable |additional )?asset|(?<=\()asset(?=\))"  # "Spanish (asset)"
    r"|(?:some positions )?(?:may|might) (?:also )?(?:require|be required)|good[- ]to[- ]have|preferential"
    # "Willing to work towards QTLS or QTS": one need not hold it yet
    # "Willing to work towards QTLS or QTS": one need not hold it yet
    r"|willing(?:ness)? to (?:work towards|obtain|gain|acquire|pursue|undertake)|work(?:ing)? towards"
    # "Previous bar management experience, we are open to candidates without this experience"
    r"|open to (?:candidates|applicants|people|those|someone|individuals) without)\b",
    re.I,
)
STRONG_CUE = re.compile(
    # not "when required", "as required" (a condition of a duty), nor "needs required by the workers"
    r"\b(?:(?<!when )(?<!as )(?<!if )(?<!where )required"
    r"(?! to (?:work|perform|assist|help|lift|travel|attend|complete|use|operate|stand|sit|walk)\b)"
    r"(?! by (?:the )?(?:\w+ )?(?:workers|staff|clients|employees|users|customers|partners|residents|patients))"
    r"|(?<!may )(?<!may also )(?<!might )require|(?<!may )(?<!may also )(?<!might )requires"
    r"|must(?! be (?:done|performed|completed|kept|maintained|signed|dated|followed|used|cleaned|calibrated"
    r"|numbered|written|stored|checked|conducted|carried out|met|worn|reported|recorded)\b)"  # a procedure's must
    # (not "tasks essential to the evaluation of ...": what the tasks are for)
    r"|(?<!not )(?:mandatory|essential(?! to (?:the|our|a|an|its|their|this)\b))|needed|minimum|at least)\b",
    re.I,
)
NOT_REQUIRED = re.compile(
    rf"\b(?:not required(?! {_LATER})|no (?:\w+ ){0, 3}(?:required|needed|necessary)|not necessary"
    # "Candidates enrolled in an academy may apply", "Freshers can also apply" (not "Only
    # candidates with a CDL can apply": a gate)
    r"|(?:may (?:also |still )?|can (?:also|still) )apply"
    r"|(?<!you )(?<!you are )(?<!you're )(?<!you’re )(?:are |is )?welcome to apply(?![^()]*\)))\b",  # "learners welcome to apply"
    re.I,
)
_WANTED_BUT = re.compile(
    r"\b(?:desired|desirable|preferred|preferable|a plus|helpful|welcome|good to have|advantageous|beneficial|an asset"
    r"|an advantage)\b,? but (?:is |are )?not\b",
    re.I,
)


def not_asked(clause: str) -> bool:
    """ "No degree required", "not necessary": the item is not asked for. "Desired but not
    required" still asks, as a preference."""
    return bool(NOT_REQUIRED.search(clause)) and not _WANTED_BUT.search(clause)


# In process text (notes, notices, the selection process) a clause asks for something only
# with one of these words; "Candidates may be disqualified if they do not possess the
# minimum qualifications" asks for nothing.
ASKED = re.compile(
    r"\b(?:requir\w*|must (?:have|possess|hold|be able|know|demonstrate|maintain|obtain)|desir\w*|prefer\w*"
    r"|experience\w*|knowledge|proficien\w*|familiar\w*|skill\w*|valid|licen[cs]\w*|certif\w*)\b",
    re.I,
)

# What a civil-service examination may test, not a minimum qualification: "candidates may be
# evaluated on their knowledge of", "In the interview, emphasis may be placed on", "the test may
# evaluate"; labellers read its subjects as wishes or as nothing, never as must-haves
EXAM_MAY_TEST = re.compile(
    r"\b(?:may|might) be (?:evaluated|tested|assessed|examined|measured|asked)\b|\bemphasis (?:may|will) be placed\b"
    r"|\bmay be required to (?:answer|demonstrate|identify|discuss|explain)\b"
    r"|\b(?:test|examination|interview|exam) (?:may|will) (?:evaluate|assess|measure|test|include)\b",
    re.I,
)


def exam_may_test(text: str, at: int) -> bool:
    """Whether the sentence at `at` says what an examination may test (EXAM_MAY_TEST), not
    what the candidate must have ("Candidates must hold CPR. Candidates may be tested on ...")."""
    start, end = _sentence_bounds(text, at)
    return bool(EXAM_MAY_TEST.search(text, start, end))


# Prose that asks without a heading: a list after "knowledge of" (an exam's subjects, a
# sentence of a description), and a sentence that says the candidate must have something
# or that something is required.
_LIST_CUE = re.compile(
    r"\b(?:knowledge|understanding|familiarity|proficiency|experience|skill) (?:of|in|with|regarding|about|on)\b\s*:?"
    r"|\bexperience (?:teaching|working|using|managing|supporting|handling|operating) (?:with|in)\b\s*:?"
    r"|\b(?:years?|backgrounds?) (?:of (?:\w+ )?experience )?in\b"  # "2-5 years in corporate finance, ..."
    r"|\b(?:examined|tested|evaluated|assessed) (?:for|on)\b\s*:?"
    # "Ability to recognize plant and animal species": what the ability is over
    r"|\b(?:ability|able) to (?:recognize|identify|operate|read|interpret|repair|install|diagnose|troubleshoot"
    r"|administer|calculate|maintain|use)\b"
    # "Skilled use of sanders, glue machines, banders": the tools a hand works with
    r"|\b(?:skilled|safe|proper|proficient|competent) (?:use|operation) of\b"
    r"|\b(?:competencies|skills|subjects|topics)\b[^.:;]{0,40}\b(?:examined|tested|evaluated|assessed|measured)\s*:"
    # "Experience to include: News production, Broadcasting, Editing and Mixing"; "Interest in any
    # of the following disciplines: history, geography, ..."
    r"|\b(?:experience|skills?|knowledge) to include\b\s*:?"
    r"|\bfollowing (?:disciplines|areas|fields|subjects|topics|skills|areas of (?:expertise|knowledge))\s*:",
    re.I,
)
# Work to be done well, asked of whoever does it: "provide excellent customer service",
# "to offer outstanding patient care" (what is to be excellent is the skill)
_EXCELLENT_WORK = re.compile(
    r"\b(?:provid\w*|offer\w*|deliver\w*|giv\w*|ensur\w*) (?:an? )?(?:excellent|outstanding|exceptional|superb"
    r"|first-class|high-quality|great|exemplary) ([a-z]+(?: [a-z]+)?)\b",
)
_EMPLOYER_SUBJECT = re.compile(r"\b(?:we|our|us)\b", re.I)
# "The candidate will have good technical knowledge", "the successful applicant will possess":
# one candidate (a bulletin's "Candidates will have seniority credits added" is its process)
_CANDIDATE_WILL_HAVE = re.compile(
    r"\b(?:the )?(?:ideal |successful |right )?(?:candidate|applicant) will (?:also )?(?:have|hold|possess|bring)\b",
    re.I,
)
# A sentence that names a credential and ends by saying it is asked: "Early Intervention
# credential preferred, but not required.", "Active Illinois license required."
_CREDENTIAL_REQUIRED = re.compile(
    r"\b(?:licen[cs]es?|licensure|certifications?|certificates?|credentials?|registration)\b[^.!?;]{0,60}?"
    r"\b(?:is |are )?(?:required|preferred|essential|desired|desirable|mandatory|a must)"
    r"(?:,? but not (?:required|essential|mandatory))?\s*(?:[.!;]|$)",
    re.I,
)
_SENTENCE_CUE = re.compile(
    r"\b(?:applicants?|candidates?|you|the (?:ideal |successful )?(?:candidate|applicant)|incumbents?"
    r"|(?:the )?post ?holders?|the (?:job ?holder|jobholder|employee|individual|person)"  # the NHS's "post holder"
    r"|(?<=[;,]\s)(?:an? )?individuals?|(?<=[;,]\s\s)(?:an? )?individuals?"  # "...; individual must be able to perform CPR"
    r"|team members)"  # "Team members must be at ease with Overleaf and Git"
    r" (?:must|should|shall|will need to|would need to|are required to|is required to"
    r"|(?:is|are|will be|would be) expected to) (?:also )?(?:have|hold|possess|be able to|know"
    r"|be(?! (?:prepared|available|willing|aware|contacted|notified|expected|required|asked|given|paid)\b)"
    r"|demonstrate)\b"
    # "it is essential that you hold", "it is of paramount importance is that you have"
    r"|\b(?:essential|required|necessary|mandatory|vital|important|importance|crucial|imperative)(?: is)? that"
    r" (?:you|the \w+) (?:have|has|hold|holds|possess)\b"
    # "You will have excellent client care skills", "You will be an experienced property lawyer"
    r"|\byou(?:'ll| will) (?:also )?(?:have|hold|possess|bring) (?:an? |the )?(?:excellent|strong|good|great|proven"
    r"|solid|demonstrable|demonstrated|extensive|previous|prior|relevant|at least|a minimum|\d|experience|knowledge"
    r"|evidence)"  # "You will have evidence of post registration education"
    r"|\byou(?:'ll| will) be (?:an? )?(?:experienced|qualified|skilled|certified|licensed|registered|confident"
    # "You will be an exceptional communicator with strong consulting, presentation and facilitation style"
    r"|exceptional|excellent|strong|effective|accomplished|competent|proficient|capable|natural|great|good)\b"
    # "You will be able to demonstrate strong project management skills", "You will possess a level 3 ..."
    r"|\byou(?:'ll| will) (?:also )?(?:possess|hold)\b"
    # "You will be able to write and manage rotas", not "you will be able to enjoy ..." (what the job gives)
    r"|\byou(?:'ll| will) (?:also )?(?:need to )?be able to\b(?! (?:enjoy|take|benefit|access|grow|earn|progress"
    r"|develop your|work from|choose|join|attend|use our|receive|get)\b)"
    # "You will need a Transport for London private hire licence", "you need good spoken English"
    r"|\byou(?:'ll| will| would)? (?:also )?need (?:to (?:have|hold|possess) )?(?:an? |the )?(?:valid|current|full|clean"
    r"|good|strong|excellent|proven|solid|relevant|previous|prior|experience|knowledge"
    r"|(?:[\w-]+ ){0,5}(?:licen[cs]e|certification|certificate|registration|qualification|degree|diploma)s?)\b"
    r"|\b(?:must|should) (?:also )?(?:have|hold|possess) (?:an?|the|valid|current|working|strong|basic|prior|previous|proven"
    r"|sufficient|standard|in (?:his|her|their|your) possession"
    r"|demonstrated|excellent|good|solid|\d)"
    # whoever the posting calls the job's holders: "It is a key role and WO's must have ingenuity, ..."
    r"|\b(?:(?-i:[A-Z]{2,})(?:['’]?s)?|[a-z]+(?:ers|ors|ists|ians|ants|ives)|and) must (?:also )?(?:have|possess)\b"
    # "The Sr. Technologist must be a good problem solver": the job's holder, what they must be
    r"|\b(?:[a-z]+(?:ers?|ors?|ists?|ians?|ants?|ives?|logists?)) must (?:also )?be (?:an? )?(?:good|strong|great|excellent"
    r"|effective|skilled|proficient|competent|confident|able|capable)\b"
    r"|\b(?:is|are) (?:required|necessary|essential|a must|mandatory|vital|crucial)\b"
    r"(?! to\b(?! (?:carry out|perform|do|succeed|(?:this|the) (?:role|job|position))\b))"  # "are essential to carry out this role"
    r"(?! by (?:the )?(?:\w+ )?(?:workers|staff|clients|employees|users|customers|partners|residents|patients))"
    r"|\b(?:may |might |will )?requires? (?:a |an |the )?(?:valid|current|active|possession of)\b"
    r"|\brequires? (?:an? |the )(?:[\w-]+ ){1,3}?(?:licen[cs]e|certification|certificate|registration)\b"
    r"|\b(?:position|role|job)(?: that| which)? (?:also |further |additionally )?(?:requires|demands|calls for|requiring)\b"  # "this position requires strong ...", "a role that requires"
    # "Preferred is a Class B license with passenger endorsement": a sentence that opens with its cue
    r"|(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?:(?:also|highly|strongly) )?(?:preferred|desired|desirable|required) (?:is|are|would be|will be)\b"
    # a list run into sentences: "Excellent team player skills. Proven ability of meeting and
    # exceeding sales targets. Excellent customer service skills."
    r"|(?:^|(?<=[.!?]\s))(?:excellent|strong|good|proven|solid|sound|exceptional|outstanding|demonstrable"
    r"|demonstrated|effective|advanced|thorough|superb|great)\b"
    r"(?=[^.!?]{0,60}\b(?:skills?|ability|abilities|knowledge|experience|literacy|understanding|track record)\b"
    r"[^.!?;]{0,25}(?:[.!?;]|$))(?![^.!?]*\b(?:provided|offered|awaits|on offer|we offer|you will (?:get|receive|gain))\b)"
    # a sentence that is a credential held, run into a description: "... educational needs.
    # Valid RN License, 3 years RN experience ... Current CPR and EKG Certification."
    r"|(?:^|(?<=[.!?;]\s))(?:valid|current|active|unrestricted|full|clean)"
    r"(?= (?:[\w/&()-]+ ){0,6}?(?:licen[cs]e|certifications?|certificates?|registration|card)s?\b)"
    r"(?![^.!?]*\b(?:provided|supplied|offered|paid for|funded|given|included|on offer)\b)"  # not "Full training and SIA licence provided"
    # "This position is for individuals with heightened attention to detail"
    r"|\b(?:position|role|job|opportunity) is (?:ideal )?for (?:individuals|people|someone|candidates|a person|an individual)"
    r" (?:with|who)\b"
    # what the employer says it looks for in the reader: "We'd love to see experience with office
    # management", "Outstanding communication ... skills are high on our list"
    rf"|\b{_LOVE_TO_SEE}\b(?! (?:you|your)\b)"
    r"|\b(?:is|are) (?:high|top|first) on our list\b"
    # a list's label run into its paragraph: "Skills needed ODP NVQ level 3 or equivalent Sound ..."
    r"|\b(?:skills|experience|qualifications|requirements) (?:needed|required|wanted)\b(?! (?:to|for|in)\b)"
    # "The ideal candidate for this position is a highly organized, detail-oriented ..."
    r"|\b(?:the )?(?:ideal|successful|right|perfect) (?:candidates?|applicants?|persons?|individuals?)"
    r"(?: for (?:this|the) (?:position|role|job)|,? [^.;:,]{1,40},)?"  # "The successful candidate joining our team,"
    r" (?:is|will be|has|will have|should be|must be|should have|would have|would be|would possess)\b"
    r"|\b(?:is|are) (?:\w+ )?(?:desirable|desired|preferred|a plus|an asset|an advantage)\b"
    # "the primary qualifications are enthusiasm and dedication to the work, a positive attitude"
    r"|\b(?:primary|main|key|basic|minimum|essential|only|other) (?:qualifications?|requirements?|qualities|attributes)"
    r" (?:are|is|include)\b(?! (?:met|listed|below|as follows|subject)\b)"
    # "Requirements include a solid work ethic, quality workmanship, and great customer service."
    r"|(?:^|(?<=[.!?]\s))(?:job |position |role )?(?:requirements|qualifications) include\b(?!:)"
    # a question put to the reader: "Are you qualified to a Level 3 with experience of ...?"
    # (not the ad's own question: "Are you a skilled driver seeking a rewarding career?")
    r"|\b(?:are you (?:qualified|experienced|certified|licensed|registered|trained) (?:to|in|as|with|for)"
    r"|do you (?:have|hold|possess)|have you (?:got|worked|held|had))\b(?=[^.!?]*\?)"
    # a state asked in the imperative, even among the duties: "Be organized and have a great
    # attention to detail.", "... Be honest, trustworthy, reliable and kind."
    r"|(?:^|(?<=[.!]\s))\W{0,4}(?:[-*•·]\s*)?\W{0,2}(?:must )?(?:be (?:very |highly |extremely )?(?:organi[sz]ed|honest"
    r"|trustworthy|reliable|dependable|punctual|flexible|detail[- ]oriented|friendly|courteous|professional|motivated"
    r"|self-motivated|proactive|positive|energetic|enthusiastic|patient|kind|caring|compassionate|adaptable|confident"
    r"|accurate|meticulous|discreet|polite|presentable|approachable|resilient|calm)\b"
    r"|have (?:a |an )?(?:great|good|strong|excellent|keen|sharp|valid|current|solid|working) )",
    re.I,
)
# "We are seeking an Electrician who is self-manageable, motivated and reliable": what follows
# "who" is asked, not the employer's name before it ("At BMI, we are looking for trainers who ...")
_SEEKING_WHO = re.compile(
    r"\b(?:seeking|looking for|hiring|searching for|(?:we|i) (?:require|need|want))\b[^.;:]{0,60}?\b(?:who|that)"
    r" (?:(?:[\w']+ ){1,5}and )??(?:is|are|has|have|can|will)\b"  # "We require somebody who is able to help children ..."
    # ("looking for someone who loves their work and is creative in building the menu")
    # "We are keen to speak to candidates who have strong computer skills", "applicants who hold"
    # (not "applicants who have received an appointment", "people who have had abortions": what happened)
    r"|\b(?:candidates?|applicants?|individuals?) who (?:already |currently )?(?:(?:have|has)(?! (?:had|been|\w+ed)\b)|hold|holds|possess"
    r"|possesses|can)\b",
    re.I,
)
# "searching for an upbeat individual with a positive attitude, good communication skills":
# what follows "with" is asked, not the words before it (nor "We are an upscale caterer")
# a wish said of the reader: "Bonus points if you know ...", "Extra points for candidates who"
_BONUS_ENDS = re.compile(r";|,?\s+but\b|\bmust\b|\brequired\b", re.I)  # "..., but a driver's license is required"
_BONUS_IF = re.compile(r"\b(?:bonus|extra) points?\s+(?:if|of|for)\s+(?:you|candidates?|applicants?)\b", re.I)
_SEEKING_WITH = re.compile(
    # and "We need someone with RSA certification and 2 years of bar experience"
    r"\b(?:seeking|looking for|searching for|(?:we|i) (?:need|want))\b[^.;:]{0,40}?\b(?:individuals?|candidates?|persons?|someone|people"
    r"|applicants?|professionals?) with\b"
    # "We are seeking a mature professional with strong culinary skills", "looking for a cook with"
    r"|\b(?:seeking|looking for|searching for)\s+(?:an?|the)\s+[^.;:,]{0,40}?\bwith\b(?! (?:us|our|the|a)\b)"
    # "looking for skilled frontend developers with experience in WordPress": people, no article
    r"|\b(?:we|we're|we’re|we are|i am|i'm)\s+(?:\w+ly\s+)?(?:seeking|looking for|searching for)\s+(?:[\w-]+\s+){0,3}[\w-]+(?<!s)s"
    r"\s+with\b(?! (?:us|our|the|a)\b)",
    re.I,
)
# "knowledge of: a; b; and other necessary skills, knowledge, and abilities": the list ends
_LIST_END = re.compile(r"\band other necessary\b", re.I)
# A sentence ends at a full stop, or at a bullet of a list flattened into one paragraph
# ("Requirements: · A Bachelor's degree ... · Strong computer skills"), which the reader
# writes as " | ".
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(]|\s*$)|\s[·•▪●|]\s")
# Physical demands ask for no skill, wherever they are written: "lift up to 55 lbs",
# "climb stairs and ladders", "work in confined spaces and at heights".
PHYSICAL = re.compile(
    r"\b(?:lift(?:ing)?|carry(?:ing)?|push(?:ing)?|pull(?:ing)?) (?:[^.;\d]{0,60} )?"
    r"(?:up to |at least |approximately |about |over )?\d+(?:\s*-\s*\d+)?\s*(?:lbs?|pounds|kg)\b"
    r"|\b(?:stand|sit|walk|bend|kneel|stoop|crouch|climb)(?:ing)?\b[^.;]{0,60}\b(?:stand|sit|walk|bend|kneel|stoop|crouch|climb|ladders|stairs|heights)"
    r"|\b(?:walk|traverse|travel|cover)(?:s|ing)? (?:up to |at least )?(?:\w+ )?(?:\(\d+\) )?(?:miles?|feet|yards|km)\b"
    r"|\b(?:ascend|descend)\w*\b[^.;]{0,30}\bstairs\b|\bmove about\b"
    r"|\blift(?:ing)? heavy (?:objects|items|loads|materials|equipment)\b"
    r"|\bphysically (?:get|fit|work|access|reach|crawl|climb)\b|\b(?:attics|crawl ?spaces)\b"  # "get into attics"
    # "perform physical(ly) demanding tasks"
    r"|\bphysical(?:ly)? (?:demanding|strenuous|hard) (?:tasks|work|duties|labou?r|jobs?|activities|environment|conditions)\b"
    # "work on uneven surfaces and use step-ladders", "move hoses, hang tarps ..., hang plant baskets"
    r"|\buneven (?:surfaces|ground|terrain|floors)\b|\b(?:use|climb|on|up) (?:step[- ]?)?ladders\b"
    r"|\b(?:move|hang|carry|haul|shovel|rake|sweep|stack)\b[^.;]{0,40},\s*(?:move|hang|carry|haul|shovel|rake|sweep|stack)\b"
    # how often the body moves so, as a physical demands list says it: "Constant reaching below
    # shoulder level", "Frequent bending and occasional twisting", "Frequent walking, squatting"
    r"|\b(?:constant|constantly|frequent|frequently|occasional|occasionally|rare|rarely|regular|repetitive|prolonged)"
    r"\s+(?:reaching|bending|twisting|squatting|kneeling|crouching|stooping|climbing|walking|standing|sitting"
    r"|lifting|carrying|pushing|pulling|gripping|grasping|crawling)\b",
    re.I,
)
# Working conditions, what the job exposes one to or makes one wear: "at risk for occupational
# exposure to blood", "may be required to wear lead aprons", "required to handle cleaning agents
# including disinfectants". What such a sentence names (even equipment O*NET knows) is not asked.
CONDITIONS = re.compile(
    r"\bat risk (?:for|of) (?:occupational )?exposure\b|\brequired to (?:wear|push|pull|carry)\b"
    r"|\brequired to handle (?:cleaning agents|chemicals|hazardous)"
    # the temperature one works in: "a cool working environment of 1 to 4 degrees Celsius"
    r"|\b\d+\s*(?:°\s*|degrees?\s+)(?:Celsius|Fahrenheit|C|F)\b",
    re.I,
)
# What a US federal posting counts as experience, and when, from where it says so to the end
# of the sentence (the asks before it often run on without a full stop): every USAJOBS posting
# has "Experience refers to paid and unpaid experience, including volunteer work done through
# National Service programs (e.g., Peace Corps, AmeriCorps) and other organizations ..."
_FEDERAL_TERMS = re.compile(
    r"\bnational service experience\b|\bexperience refers to paid and unpaid\b|\bvolunteer work helps build\b"
    r"|\breceive credit for all qualifying experience\b|\bqualification requirements (?:listed above )?must be met\b"
    r"|\bmust not have delinquent (?:federal|state|child|tax)",
    re.I,
)


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, at):
        start = match.end()
    end_match = _SENTENCE_END.search(text, at)
    return start, (end_match.start() if end_match else len(text))


def _asking_clause(text: str, at: int) -> tuple[int, int]:
    """The sentence a cue at `at` asks in; inside brackets, the bracketed clause: "... machine
    learning models (no prior knowledge ... is needed, though a desire to learn is necessary!)"
    asks only what the brackets say."""
    start, end = _sentence_bounds(text, at)
    opening = text.rfind("(", start, at)
    if opening >= 0 and ")" not in text[opening:at]:
        closing = text.find(")", at, end + 2)
        return opening + 1, (closing if closing >= 0 else end)
    return start, end


# Words that, before a thing in its sentence, say it is asked or had ("experience in", "such
# as", "must", "strong", a degree's "in"): without one, a thing named in a long sentence is
# named, not asked ("responsible for ... sidewalks, handicap ramps").
_ASKING_WORDS = re.compile(
    r"\b(?:experience\w*|knowledge\w*|skill\w*|understanding|familiar\w*|proficien\w+|background|expertise|expert"
    r"|trained|training|competen\w+|certif\w+|qualifi\w+|abilit\w+|able|such as|including|like|e\.g\.|i\.e\."
    r"|requires?|required|must|should|need\w*|have|has|having|possess\w*|comfortable|confident|capable|disciplines?"
    r"|areas?|fields?|techniques|interest|degree|diploma|course\w*|strong|excellent|good|solid|proven|demonstrated"
    r"|track record|requirements?|minimum|at least|years? of|awareness|exposure|commitment|fluen\w+|willing\w*"
    r"|holds?|holding|registered|licensed|previous|prior|demonstrable|aptitude)\b",
    re.I,
)
_ASKED_AFTER = re.compile(r"\s*(?:experience|skills?|knowledge|background|training|expertise|certification)\b", re.I)
_LONG_ITEM_WORDS = 20  # a bullet longer is prose
_LONG_LINE_WORDS = 8  # a line without a bullet longer is a paragraph


def named_in_passing(text: str, start: int, end: int, bullet: bool) -> bool:
    """Whether a phrase from `start` to `end` is only named in passing: in a long line (a
    paragraph, or a bullet of more than _LONG_ITEM_WORDS words), with no word of asking
    before it in its sentence nor "experience" after it. On 56 labelled sets two in three
    such phrases were no requirement."""
    words = len(text.split())
    if words <= (_LONG_ITEM_WORDS if bullet else _LONG_LINE_WORDS) or text.lstrip(" -*•·")[:1].islower():
        return False  # short, or the item before goes on (in lower case)
    if any(a <= start and end <= b for a, b in listed_spans(text)):
        return False  # "Project Management, Quality Management, Supervision, ...": a list, every item asked
    parts = [part for part in text.split(";" if ";" in text else ",") if part.strip()]
    if len(parts) >= 3 and all(len(part.split()) <= 5 for part in parts):
        return False  # "Teeth cleaning; Nail clipping; Flea baths; ...": a list written as a line
    sentence_start, _ = _sentence_bounds(text, start)
    return not _ASKING_WORDS.search(text, sentence_start, start) and not _ASKED_AFTER.match(text, end)


# "immediately seeking an experienced HVAC installer and/or licensed sheet metal mechanic"
_SEEKING_QUALIFIED = re.compile(
    # "We are looking for applications from HCPC registered Occupational Therapists who ..."
    r"\b(?:seeking|looking for|hiring|searching for) (?:applications? from |applicants? |candidates? )?(?:an? )?"
    r"(?P<who>(?:(?-i:[A-Z]{2,6}) )?(?:experienced|licensed|certified|qualified|registered))\b",
    re.I,
)


# "We are looking to recruit an enthusiastic and highly motivated dental nurse": the traits
# of who is sought, to the last of them (not "inventive Data Scientist" after them)
_SEEKING_TRAITS = re.compile(
    r"\b(?:seeking|looking for|looking to (?:recruit|hire|appoint|employ)|recruiting|hiring"
    r"|(?:inviting|welcome|welcoming|invite) applications (?:for|from)) (?:an? )?"  # "inviting applications for a highly motivated"
    r"(?:(?:(?-i:[a-z][\w-]*),? (?:and )?){0,3}?(?:highly |very |self-)?(?:motivated|enthusiastic|organi[sz]ed|reliable"
    r"|friendly|dedicated|hard-?working|caring|passionate|energetic|proactive|compassionate|flexible|punctual"
    r"|dependable|detail[- ]oriented|honest|trustworthy)\b,? ?(?:and )?)+",
    re.I,
)


# "This process is for current IFSAC FFI accredited candidates": whom the posting is open to
_OPEN_TO_HOLDERS = re.compile(
    r"\b(?:open to|for|only to) (?:current(?:ly)? |existing )?(?:[\w/&.-]+ ){1,5}?(?:certified|accredited|licen[cs]ed"
    r"|registered|qualified|credentialed) (?:candidates|applicants|individuals|persons|people|professionals)\b",
    re.I,
)


_TO_JOIN = re.compile(r"\b(?:to join|to become part of|to be part of)\b", re.I)
_TO_VERB = re.compile(r"(?<!\bable )(?<!\bability )(?<!\bwilling )(?<!\bneed )(?<!\bexpected )\bto ([a-z]+)\b")
# a credential held, in a sentence of duties: what follows it is asked, not the duties before
_HOLDING = re.compile(
    r"\b(?:holding|holds?|possessing|possession of) (?:an? |the )?(?:current |valid |full |active )+"
    r"(?:[\w-]+ ){0,3}?(?:registration|licen[cs]e|certificat(?:e|ion)|membership)\b",  # "Holds a current RCP license"
    re.I,
)


# a clause of why before what is asked: "Due to the large amount of interaction with
# subcontractors, customers and team members, the candidate should ..."
_REASON_FIRST = re.compile(r"\s*(?:due to|because of|given|owing to|as a result of)\b[^.;]*,\s*", re.I)


_THEY_CUE = re.compile(
    r"\bthey (?:must|should|will need to) (?:also )?(?:have|hold|possess|be (?:able|capable|familiar|skilled|experienced|proficient))\b",
    re.I,
)
_CANDIDATE_NAMED = re.compile(r"\b(?:ideal|successful|right|perfect) (?:candidate|applicant|person|individual)\b", re.I)


# A sentence whose subject is the employer and whose verb is not a wish: "We host company
# sponsored events for the employees", "Company provides I-Pads for field Staff."
_EMPLOYER_OPENS = re.compile(
    r"^(?:we|we're|we’re|our|the company|company|the firm)\b"
    r"(?!(?: are| will| would| do)?(?: also| currently| now)? (?:looking|seeking|searching|hiring|need|require|want|expect"
    r"|prefer|ask|welcome|encourage|value|ideally)\b)",
    re.I,
)


def employer_statement(text: str) -> bool:
    """A line of prose in the employer's voice that asks nothing (what the company does or
    gives), even under a requirements heading: no word of asking, no one sought ("Our team
    needs someone comfortable with Xero" asks)."""
    return bool(
        _EMPLOYER_OPENS.match(text)
        and not STRONG_CUE.search(text)
        and not SOFT_CUE.search(text)
        and not ASKED.search(text)
        and not _SOUGHT.search(text)
        and not asked_spans(text)
    )


_SOUGHT = re.compile(
    r"\b(?:needs?|someone|somebody|candidates?|applicants?|hire|you|ideal|hoping|after|like|love|expect)\b", re.I
)


def asked_spans(text: str) -> list[tuple[int, int]]:
    """The parts of a prose line that ask for something: from "knowledge of" to the end of
    its sentence, and every sentence that says a candidate must have something or that
    something is required. Empty for a line that asks for nothing."""
    spans = [(cue.start(), end) for cue, end in _lists(text)]
    for match in _SENTENCE_CUE.finditer(text):
        start, end = _asking_clause(text, match.start())
        reason = _REASON_FIRST.match(text, start, match.start())  # "Due to ... team members, the candidate should"
        spans.append((reason.end() if reason else start, end))
    for match in _THEY_CUE.finditer(text):
        # "The ideal candidate will have ... They should also be capable of ...": the candidate again
        if _CANDIDATE_NAMED.search(text, 0, match.start()):
            spans.append((match.start(), _sentence_bounds(text, match.start())[1]))
    for match in _EXCELLENT_WORK.finditer(text):  # "... a sales person to offer excellent customer service"
        start, _ = _sentence_bounds(text, match.start())
        if not _EMPLOYER_SUBJECT.search(text, start, match.start()):  # not "We pride ourselves on providing ..."
            spans.append(match.span(1))
    for match in _CANDIDATE_WILL_HAVE.finditer(text):  # from the ask on: not "Reporting to the ... Manager, the ..."
        spans.append((match.start(), _sentence_bounds(text, match.start())[1]))
    for match in _CREDENTIAL_REQUIRED.finditer(text):  # "Active Illinois license and Driver's license required."
        spans.append(_sentence_bounds(text, match.start()))
    for match in _SEEKING_WHO.finditer(text):
        spans.append((match.end(), _sentence_bounds(text, match.end())[1]))
    for match in _SEEKING_WITH.finditer(text):
        spans.append((match.end(), _sentence_bounds(text, match.end())[1]))
    spans += [match.span() for match in _SEEKING_TRAITS.finditer(text)]
    for match in _BONUS_IF.finditer(text):  # "Bonus points if you know how to optimise the templates using CDNs"
        spans.append((match.start(), _sentence_bounds(text, match.start())[1]))
    for match in _HOLDING.finditer(text):  # "...; holding a current registration with the GDC"
        spans.append((match.start(), _sentence_bounds(text, match.start())[1]))
    spans += [match.span() for match in _OPEN_TO_HOLDERS.finditer(text)]
    for match in _SEEKING_QUALIFIED.finditer(text):  # who is sought, not who seeks
        end = _sentence_bounds(text, match.start())[1]
        purpose = _TO_JOIN.search(text, match.end(), end)  # "... to join our busy Property department"
        # "... an experienced Chef to create daily lunches": the hire's purpose, the work
        duty = next((m for m in _TO_VERB.finditer(text, match.end(), end) if opens_with_duty_verb(m.group(1))), None)
        cut = min((m for m in (purpose, duty) if m), key=lambda m: m.start(), default=None)
        spans.append((match.start("who"), cut.start() if cut else end))  # not "hiring NYC": the verb asks nothing
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_HEADED_LIST = re.compile(
    r"^\W{0,4}(?:[-*•·]\s*)?(?:(?:good|strong|excellent|solid|basic|working|sound|some|general)\s+)?"
    r"([^.;:,\d]{1,40}(?:,[^.;:,\d]{1,40}){2,}?)\s+(?:knowledge|skills|experience|awareness)\s*[.!]?\s*$",
    re.I,
)
_NOT_A_LIST = re.compile(r"\b(?:you|you'll|we|our|your|gain|learn|develop|build|get)\b", re.I)


# A line that opens with a list of five or more short capitalised items, as a sentence of its
# own: a skills list
_ITEM = r"[A-Z][\w&'’/-]*(?:\s+[\w&'’/-]+){0,4}"
_ITEM_LINE = re.compile(rf"^[-*•·\s]*(?:{_ITEM},\s+){{4,}}(?:and\s+)?{_ITEM}(?=\.(?:\s|$)|\s*$)")


def listed_spans(text: str) -> list[tuple[int, int]]:
    """What follows "knowledge of", "experience with" and the like, to the end of its
    sentence: a list whose items are things a candidate knows ("payroll processing, tax
    laws, and regulatory requirements"), however everyday their words; and a list its head
    word ends ("Good Macrobiotics foods, retreat, yoga, meditation knowledge.")."""
    spans = [(cue.end(), end) for cue, end in _lists(text)]
    if items := _ITEM_LINE.match(text):  # "Project Management, Quality Management, Supervision, Delegation, ..."
        spans.append((0, items.end()))
    headed = _HEADED_LIST.match(text)
    if headed and not _NOT_A_LIST.search(headed.group(1)):  # not "You'll gain barista, till ... skills"
        spans.append(headed.span(1))
    return spans


def done_spans(text: str) -> list[tuple[int, int]]:
    """What follows "experience in", "skill in" or "proficiency in" in prose: things one has
    done ("If you have experience in model making, skill in laser cutting ..."). Not the
    subjects after "knowledge of", which in prose run to principles and manners."""
    return [(cue.end(), end) for cue, end in _lists(text) if _DONE_CUE.match(cue.group(0))]


_DONE_CUE = re.compile(r"(?:experience|skill|proficiency)\b", re.I)


def _lists(text: str) -> list[tuple[re.Match[str], int]]:
    """Each list cue ("knowledge of:") with where its list ends: the end of its sentence,
    or "and other necessary ..." before it."""
    found = []
    for cue in _LIST_CUE.finditer(text):
        start, end = _sentence_bounds(text, cue.end())
        if _EMPLOYER_SPEAKS.search(text, start, cue.start()):
            continue  # "We are a leading bakery with 140 years of experience in baking breads"
        stop = _LIST_END.search(text, cue.end(), end)
        found.append((cue, stop.start() if stop else end))
    return found


# The employer describing itself: its experience is not asked of anyone
_EMPLOYER_SPEAKS = re.compile(
    r"\b(?:we|our|us)\b|\bis (?:a|an|the) (?:leading|premier|top|largest|growing|trusted|award-winning)\b"
    # what the job gives: "You will get the experience of living on a farm", "you'll gain experience in"
    r"|\byou(?:'ll|’ll| will)? (?:get|gain|receive|acquire|enjoy|build|develop)\b"
    # "an excellent opportunity for someone looking to gain valuable experience in the insurance industry"
    r"|\b(?:gain|gaining|get|getting|acquire|acquiring|build|building|earn|earning)"
    r"(?: (?:valuable|useful|hands-on|practical|real-world|invaluable|more|some|further|new))*\s*(?:work\s*)?$",
    re.I,
)


# "Skilled use of sanders, glue machines", "ability to operate loaders": machines a hand works
# with, though a "sander" or a "loader" is also a job.
_EQUIPMENT_CUE = re.compile(r"\b(?:(?:ability|able) to (?:use|operate)|(?:use|operation) of)\b", re.I)


def equipment_spans(text: str) -> list[tuple[int, int]]:
    """The lists that name equipment: after "use of", "ability to operate" and the like."""
    return [(cue.end(), end) for cue, end in _lists(text) if _EQUIPMENT_CUE.search(cue.group(0))]


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


_PREFIX_CUE = re.compile(rf"{_PREFIX_WISHES}\b", re.I)  # said of what follows
_COPULA_CUE = re.compile(r"(?:is|are)\b", re.I)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|would be|will be|would also be|is also|are also)\s*$", re.I)
_LIST_ITEM_WORDS = 5  # "Apollo, Pipedrive, Slack and Monday are good to have": items of a list
# "Word, Excel and Visio a plus", "in Journalism, English or a related field preferred": a list's end
_JOINS_LIST = re.compile(r"\b(?:and|or)\b|&", re.I)
# the word that ends an ask before its comma: "... accounting experience, public accounting a plus",
# "JD degree, admission to the bar ...", "from an accredited school of nursing, BSN preferred"
_ASK_HEAD = re.compile(
    r"\b(?:experience|background|employment|roles?|positions?|degree|diploma|certificate|licen[cs]e|school"
    r"|university|college|program|programme)(?:\s+(?:of|in)\s+[\w-]+)?\W*$",
    re.I,
)
_NAMED = re.compile(r"\b(?-i:[A-Z])")  # "Kubernetes", "CPA", "Opera PMS": a name, an ask of its own
# what an ask of its own after the comma names: "..., background in education technology preferred"
_OWN_ASK_WORD = re.compile(r"\b(?:experience|background|degree|diploma|certificat\w*|licen[cs]\w*)\b", re.I)
_ITEM_COMMA = re.compile(r",(?!\d)")  # not the commas of "$5,000,000"
_LIST_CLOSED = re.compile(r"\band\b|&", re.I)  # "Python and SQL, Spark a plus" (not "restaurant or bar ...")
_CLAUSE_OPENING = re.compile(r"\s*(?:we|you|they|this|these|that|which|it|our|candidates?|applicants?)\b", re.I)


def _wish_of_a_later_item(mention: str, before_cue: str, knockout: bool) -> bool:
    """Whether the wish that ends a clause is of the item after its last comma, not of the
    mention (`mention`: its words from the comma before it; `before_cue`: what follows it). For any mention, when its segment closes
    a list with "and"/"or" ("Strong knowledge of Python and SQL, Spark a plus"); for a knock-out
    (years, a degree), when its own words end at the comma ("3+ years of experience in project
    management, construction industry preferred", "BS in Engineering, MS preferred"). Not when the
    comma parts adjectives ("in a fast-paced, growing company preferred"), the last item ends a
    list ("..., Accounting or Finance preferred"), or the commas are inside brackets."""
    parts = _ITEM_COMMA.split(before_cue)
    own = mention + parts[0]  # the mention's segment, to its comma
    last = _COPULA_BEFORE.sub("", parts[-1])  # "..., is desired": the wish of all before the comma
    if len(parts) < 2 or not last.strip() or _JOINS_LIST.search(last) or "(" in before_cue or ")" in before_cue:
        return False
    if _CLAUSE_OPENING.match(last):
        return False  # "..., we are open to candidates without this experience": said of all of it
    if len(parts) == 2 and _LIST_CLOSED.search(own):
        return True  # the list "Python and SQL" is whole before the comma
    if not knockout:
        return False
    if not parts[0].strip() or _ASK_HEAD.search(parts[0]):
        return True
    before_comma = parts[-2].split()[-1] if parts[-2].split() else ""
    if before_comma.islower() and (before_comma.endswith("ed") or word_classes(before_comma) == {"adj"}):
        return False  # "from an accredited, CACREP program": adjectives parted by the comma
    # the knock-out's segment is an ask in words of its own ("... of experience in project
    # management"), or what follows the comma is ("..., litigation experience", "..., Kubernetes")
    return bool(_OWN_ASK_WORD.search(own) or _OWN_ASK_WORD.search(last) or _NAMED.search(last))


_BRACKETED = re.compile(r"\([^()]*\)")  # an acronym after its name: "(CFE)"
# what the items are, and the verb the wish is said with: "designations are considered", "is also"
_PREDICATE_END = re.compile(
    r"\s(?:(?:designations?|certifications?|credentials?|qualifications?|skills?|experience|knowledge) )?"
    r"(?:is|are|would be|will be)(?: also)?(?: (?:considered|seen as|regarded as|viewed as))?\s*$",
    re.I,
)


def _first_cue(text: str) -> re.Match[str] | None:
    cues = [c for c in (*SOFT_CUE.finditer(text), *STRONG_CUE.finditer(text)) if not _adjective(text, c.start())]
    return min(cues, key=lambda m: m.start()) if cues else None


def _adjective(text: str, at: int) -> bool:
    """ "apply required pre-coat spray": the cue at `at` is "required" describing a noun
    after it in mid-sentence, no cue."""
    return at > 0 and bool(_ADJECTIVE_CUE.match(text, at))


# "required" before a noun in mid-sentence describes it ("submit required documentation").
_ADJECTIVE_CUE = re.compile(r"required\s+(?!to\b|for\b|in\b|of\b|by\b|and\b|or\b)[a-z]", re.I)
# four words or more: "(Preferred)" is a cue, kept
_ASIDE = re.compile(r"\(\s*(?:[^()\s]+\s+){3,}[^()]*\)")
# brackets that open with a wish say it of their own words: "(Preferably Food Products)", "(ideally SQL)"
_WISH_OF_ITS_OWN = re.compile(rf"\(\s*{_PREFIX_WISHES}\s+[^()\s][^()]*\)", re.I)
# ... and one a comma cuts off, unless it says how much the item is wanted: "models (no prior
# knowledge of data science is needed, though ..." goes; "SQL (strongly preferred but not
# required, ..." stays
_OPEN_ASIDE = re.compile(r"\(\s*(?:[^()\s]+\s+){3,}[^()]*$")
# Brackets that say something of their own subject ("(Class 2 is an advantage)"), not of
# what comes before them ("(this is a plus)", "(preferred)")
_OWN_SUBJECT = re.compile(
    r"\((?!\s*(?:this|that|which|it|both|either|these|those|all|one|each)\b)[^()]*?\b(?:is|are)\b[^()]*\)"
    # "Fluent in English (French or Swahili a plus)": the brackets name what their cue is of
    r"|\((?!\s*(?:this|that|which|it|both|either|these|those|all|one|each|strongly|highly|very|is|are)\b)"
    r"\s*(?-i:[A-Z])[^()\s]*\s+(?:[^()\s]+\s+)+(?:a plus|an? (?:asset|advantage|bonus)|preferred|desirable|desired)\s*\)"
    # "(experience with FileMaker a plus)": three words or more name what the cue is of
    r"|\((?!\s*(?:this|that|which|it|both|either|these|those|all|one|each|strongly|highly|very|is|are)\b)"
    r"(?:[^()\s]+\s+){3,}(?:a plus|an? (?:asset|advantage|bonus)|preferred|desirable|desired)\s*\)",
    re.I,
)
# a wish set off by commas just before the item: ", ideally, R", "and, preferably, Spanish"
_CUE_BETWEEN_COMMAS = re.compile(
    r"(?:^|[,;(]\s*)(?:and |or |but )?(?:ideally|preferably|optionally|if possible|where possible)\s*,\s*$", re.I
)
# (not the "as" of "considered as an asset": the wish itself)
_SUBORDINATE = re.compile(
    r"\b(?:(?<!considered )(?<!regarded )(?<!seen )(?<!viewed )as|because|since|when|if|where|while)\b", re.I
)


# what one agrees to pick up, said before it: "willingness to learn new EMR systems", "willing to
# be trained on Epic" (only what follows: "Current RN license and willingness to learn ..." asks the RN)
_WITH_OWN_ASK = re.compile(r"\bwith\b(?=[^,;]*?\b(?:experience|years?|yrs)\b)", re.I)
# what a "plus" joins: "High school diploma, plus 2 years of experience" (the cue's own
# lookahead cannot see past a slice of the line)
_PLUS_JOINS = re.compile(rf"(?<=plus)\s*{_A_COUNT}", re.I)
_YEARS_END = re.compile(r"\b(?:years?|yrs?)\s*$", re.I)
_PLUS_OF_YEARS = re.compile(r"^\s*plus\b", re.I)
_WILLING = re.compile(r"\bwilling(?:ness)? to\b", re.I)  # a willingness speaks of what follows it
_WILLING_TO_LEARN = re.compile(r"\bwilling(?:ness)? to (?:learn(?! and\b)|be trained|try|adopt)\b", re.I)


def required_by_cues(section: str, text: str, start: int, end: int, knockout: bool = False) -> bool:
    """The nearest cue after the mention, up to the next comma of its clause, decides
    ("ADN required, BSN preferred"), else the last one before it back to the previous
    comma, else the first cue after a list the mention opens ("IManage, Word and Excel
    programs, is desired"), else the section ("Preferred" or not). A label that opens the
    item ("- *Preferred* Knowledge of ...; urban ...", "Required: ...") marks all of it.
    A `knockout` (years, a degree with its field) is an ask of its own: a wish of what
    "with" or a later comma adds to it is not its ("3+ years of accounting experience, public
    accounting a plus")."""
    label = _ITEM_LABEL.match(text)
    if label and label.end() <= start:
        return bool(STRONG_CUE.fullmatch(label.group(1)))
    bonus = _BONUS_IF.search(text, 0, start)
    if bonus and _sentence_bounds(text, bonus.start())[1] >= end and not _BONUS_ENDS.search(text, bonus.end(), end):
        return False  # "Bonus points if you know how to use CDNs, compile LESS/SASS files ...": all of it a wish
    clause = clause_of(text, start, end)
    clause_start = max(0, text.find(clause))
    clause_end = clause_start + len(clause)
    comma_after = text.find(",", end, clause_end)
    after = text[end : comma_after if comma_after >= 0 else clause_end]
    if _YEARS_END.search(text, 0, end):
        after = _PLUS_OF_YEARS.sub(" ", after)  # "3 years plus financial operations": "3+ years"
    after = _SUBORDINATE.split(after, maxsplit=1)[0]  # "licence ... as travel may be required": the travel's cue
    after = _ASIDE.sub(" ", after)  # "must be Registered ... (New graduates welcome to apply!)": an aside
    after = _WISH_OF_ITS_OWN.sub(" ", after)  # "in the FMCG (Preferably Food Products) segment": the food's wish
    if (aside := _OPEN_ASIDE.search(after)) and not SOFT_CUE.search(aside.group(0)):
        after = after[: aside.start()]
    comma_before = text.rfind(",", clause_start, start)
    before_start = comma_before + 1 if comma_before >= 0 else clause_start
    before = text[before_start:start]
    if willing := _WILLING.search(after):
        after = after[: willing.start()]  # "Current RN license and willingness to obtain BLS": of the BLS only
    own_ask = _WITH_OWN_ASK.search(after) if knockout else None
    if own_ask:
        # "5+ years classroom experience with leadership experience preferred": the wish is of
        # what "with" adds, an ask of its own, not of the years before it
        after = after[: own_ask.start()]
    if _WILLING_TO_LEARN.search(before):
        return False  # "willing to learn Revit": what one will pick up, not what one has
    if (cue := _first_cue(after)) is not None:
        return bool(STRONG_CUE.fullmatch(cue.group(0)))
    before_cues = [
        cue
        for cue in (*SOFT_CUE.finditer(before), *STRONG_CUE.finditer(before))
        if not _adjective(text, before_start + cue.start())  # in the whole line: the noun is the mention
        and not _PLUS_JOINS.match(text, before_start + cue.end())  # "diploma, plus 2 years": "and"
    ]
    if before_cues:
        return bool(STRONG_CUE.fullmatch(max(before_cues, key=lambda m: m.start()).group(0)))
    if (tail := _ITEM_TAIL.search(text)) and end <= tail.start() and not _CLAUSE_BREAK.search(text, end, tail.start()):
        return _ITEM_TAIL_STRONG.fullmatch(tail.group(1)) is not None
    wishes = [cue for cue in SOFT_CUE.finditer(text, clause_start, before_start) if not _adjective(text, cue.start())]
    if wishes:
        # "A highly qualified candidate will also have experience in hydrology, hydraulics,
        # fluvial processes": a wish before a list marks every item of it, not only the first
        items = re.split(r",|\band\b|\bor\b", text[wishes[-1].end() : start])
        # the list opens right after the wish (not "... can be helpful, the primary qualifications are")
        opens = bool(items[0].strip())
        overruled = STRONG_CUE.search(text, wishes[-1].end(), start) is not None  # "Ideally X, must have Y"
        if opens and not overruled and len(items) > 1 and all(len(item.split()) <= _LIST_ITEM_WORDS for item in items):
            return False
    if not before.strip() and _CUE_BETWEEN_COMMAS.search(text, clause_start, start):
        return False  # "familiarity with QA/QC, Word, Excel and, ideally, R statistical software"
    rest = _OWN_SUBJECT.sub(" ", text[end:clause_end])  # "Class 1 Licence (Class 2 is an advantage)": Class 2's cue
    if own_ask:
        return section != "preferred"  # what "with" adds, and all after it, is another ask's
    if (cue := _first_cue(rest)) is not None:
        items = re.split(r",|\band\b|\bor\b", rest[: cue.start()])
        # "3 years, ideally in retail": the cue qualifies what follows; not "..., particularly in
        # underwriting, is a plus": a predicate of all before it
        predicate = (
            _COPULA_CUE.match(cue.group(0))
            or _COPULA_BEFORE.search(rest, 0, cue.start())
            # "SQL, a plus": a wish that ends the clause is said of what is before it
            or (not _PREFIX_CUE.match(cue.group(0)) and not rest[cue.end() :].strip(" .;,:!)*_"))
        )
        opens_segment = not items[-1].strip() and not predicate
        if _wish_of_a_later_item(text[before_start:end], rest[: cue.start()], knockout):
            return section != "preferred"
        # the items' own words: "CIA, CISA, or Certified Fraud Examiner (CFE) designations are considered an asset"
        named = re.split(r",|\band\b|\bor\b", _PREDICATE_END.sub("", _BRACKETED.sub(" ", rest[: cue.start()])))
        if not opens_segment and all(len(item.split()) <= _LIST_ITEM_WORDS for item in named):
            return bool(STRONG_CUE.fullmatch(cue.group(0)))
    return section != "preferred"


# An item's label after its words, past a dash: "- A Bachelor's degree in Marketing, or any
# other related field - an advantage", "- CDL Class A – required"
_ITEM_TAIL = re.compile(
    r"\s[-–—]\s+((?:an? )?(?:advantage|plus|asset|bonus)|advantageous|preferred|desired|desirable|optional|nice to have"
    r"|required|mandatory|essential|a must)\W*$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[.;]\s")  # "Degree in CS; knowledge of Docker - an advantage": Docker's label only
_ITEM_TAIL_STRONG = re.compile(r"required|mandatory|essential|a must", re.I)
# An item's label before its words: "- *Preferred* ...", "(Required) ...", "Preferred: ..."
_ITEM_LABEL = re.compile(
    r"^\W{0,4}(?:[-*•·]\s*)?[*_(\[]{0,2}\s*(required|preferred|desired|optional|mandatory|essential|desirable)"
    r"\s*[*_)\]]{0,2}\s*[:–—-]?\s+(?=\w)",
    re.I,
)


# Checks an employer runs ask for no skill: "pass a pre-employment criminal background check"
# (the words only: "a DOT physical and drug screen" still asks for the DOT physical).
SCREENING = re.compile(
    r"\b(?:pre-employment\s+)?(?:criminal\s+)?(?:background (?:check|investigation|screening)s?"
    r"|(?:drug|alcohol)(?: and (?:drug|alcohol))? (?:test|screen)\w*|police (?:clearance|check)s?"
    r"|physical exam(?:ination)?s?|physicals|employment screenings?)\b"
    # who runs it: "Background Check (FBI & DOJ)", "Valid Driver License (DMV Check)"
    r"(?:\s*\((?-i:[A-Z][\w.]*)(?:\s*(?:&|and|/|,)\s*(?-i:[A-Z][\w.]*))*\))?|\bpre-employment\b"
    r"|\((?-i:[A-Z]{2,5})\s+checks?\)"
    # a selection step passed, no skill: "Pass a polygraph", "Pass Oral Board Interview"
    r"|\bpass (?:an? |the )?(?:polygraph(?: (?:test|exam\w*))?|(?:oral (?:board )?)?interview)\b"
    # the UK's: "a satisfactory Enhanced DBS clearance", "satisfactory references"
    r"|\b(?:satisfactory\s+)?(?:enhanced\s+)?(?:DBS|PVG)(?:\s+(?:check|clearance|disclosure))?\b|\bsatisfactory references\b"
    r"|\b(?:references?|employment history|identity|ID|credit)\s+checks?\b"  # and Scotland's PVG scheme
    # the right to work, asked of a candidate but no skill: "US Citizen", "eligible to work in the UK"
    r"|\b(?:U\.?S\.? |Canadian |British |Australian )?citizen(?:ship)?\b|\bpermanent residen(?:t|cy|ce)\b"
    r"|\b(?:right|eligib(?:le|ility)|authori[sz](?:ed|ation)) to work\b|\bwork (?:authori[sz]ation|permit|visa)\b"
    # where one lives, a vaccine, a form to sign: "Become a City of Pittsburgh resident", "proof
    # of COVID vaccination", "sign a liability/privacy waiver"
    r"|\b(?:an?|be|become)\s+(?-i:(?:[A-Z][\w.]*\s+(?:of\s+)?){1,4})residents?\b|\bresidency requirements?\b"
    # "must be or become residents of an area within a 25-mile air radius of the downtown City-County Building"
    r"|\b(?:be|become)(?: or become)? (?:an? )?residents? (?:of|in|within)\b[^.;!?]{0,100}"
    r"|\bwithin (?:an?|the) \d+[- ](?:mile|km|kilometre|kilometer) (?:air )?radius\b"
    r"(?: of(?: (?:the|our|downtown|(?-i:[A-Z][\w-]*)))+(?: (?:office|building|cent(?:er|re)|site|city|town))?)?"
    r"|\bproof of residency\b|\bCOVID(?:-19)?[- ](?:19 )?(?:vaccin\w+|boosters?)\b"
    # "Must be living near Dharamsala, Himachal Pradesh, India or wanting to relocate"
    r"|\b(?:must|should|need to|required to)(?: be)? (?:living|live|residing|reside|located|based)"
    r" (?:near|in|within|close to|around)\b(?:[^.;!?]|(?<=\b[A-Z])\.|(?<=Ave)\.|(?<=St)\.|(?<=Rd)\.){0,80}"
    r"|\bsign(?:ed)? (?:an? |the )?(?:[\w]+/)?[\w]+ waivers?\b"
    # who one is, not what one can do: "a Ghanaian citizen", "not more than 35 years of age for
    # Officer Corps", "a minimum height of 1.73 metres"
    r"|\b(?:an?|be) (?-i:[A-Z][a-z]+ )(?:citizens?|nationals?)\b|\b(?:work|residen(?:cy|ce))(?:/(?:work|residen(?:cy|ce)))? permits?\b"
    r"|\byears? of age\b(?:[^.;,]|\.\d|,\d)*?(?= and |[.;,]|$)"
    r"|\b(?:(?:minimum|maximum) )?height of\b(?:[^.;,]|\.\d|,\d)*?(?= and (?!\d)|[.;,](?!\d)|$)",
    re.I,
)


def label_spans(text: str) -> list[tuple[int, int]]:
    """An item's own heading before its text: "- Amazing Salesperson. 8-10+ years of ...",
    "- You are a Recruiter! Crunch hires ...": a title for the item, naming no skill (a
    quality so written, "Initiative. Striving to ...", is still read by the vocabulary)."""
    label = _LABEL_SENTENCE.match(text)
    return [label.span(1)] if label else []


# One to four capitalised words (or "You are a ..."), then "." or "!" and the item's text
_LABEL_SENTENCE = re.compile(
    r"^\W{0,4}(?:[-*•·]\s*)?((?:You are an? )?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*[.!])\s+(?=[A-Z0-9])"
)


# The weather one works in: "is willing to work in harsh weather conditions" (this clause
# only: "Previous experience conducting field work and is willing to ..." still asks field work)
_WEATHER = re.compile(
    r"(?:\b(?:be |is |are )?(?:willing|able|prepared) to work (?:outdoors |outside )?)?"
    r"\b(?:in|outdoors in|outside in) (?:all|harsh|adverse|extreme|inclement|variable|various|varying|changing|hot|cold|wet)"
    r" (?:(?:and \w+ )?weathers?(?: conditions)?|conditions|temperatures|climates?)\b",
    re.I,
)


# Where the work is done, as a physical demand: "Ability to work in various weather conditions, on
# rooftops and in confined spaces" (these words only: "work at heights and operate aerial lifts"
# still asks the lifts; and not the course "Working at Heights")
_WORK_PLACE = re.compile(
    r"\bto work (?:[^.;]{0,50}?\b)?(?:at heights|on (?:roofs|rooftops|scaffold(?:s|ing)?)|in confined spaces?)"
    r"(?:\s*(?:,|and|or)\s*(?:(?:on|in|at)\s+)?(?:heights|roofs|rooftops|confined spaces?|scaffold(?:s|ing)?))*",
    re.I,
)


_PHYSICAL_ITEM = re.compile(
    r"\b(?:kneel|stoop|crouch|climb|crawl|stand|walk|bend|lift|carry|push|pull|reach|heights|ladders|stairs"
    r"|confined spaces?|outdoors|heavy)\w*\b",
    re.I,
)


def _comma_before(text: str, start: int, at: int) -> int:
    """The last comma between `start` and `at`, else just before `start`."""
    found = text.rfind(",", start, at)
    return found if found >= 0 else start - 1


def _comma_after(text: str, at: int, end: int) -> int:
    """The first comma between `at` and `end`, else `end`."""
    found = text.find(",", at, end)
    return found if found >= 0 else end


# a sentence that says it lists the body's demands: "Sufficient physical ability and mobility to work
# in an office setting; to stand or sit ...; to operate office equipment requiring repetitive hand
# movement and fine coordination"
# a bulletin's paragraph of physical standards, named by its label: "VISION:", "PHYSICAL:", "HEARING:"
_PHYSICAL_LABEL = re.compile(r"^\W{0,4}(?:[-*•·]\s*)?(?:physical|vision|hearing|eyesight|color vision)\s*:", re.I)
_PHYSICAL_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))\W{0,4}(?:[-*•·]\s*)?(?:sufficient |adequate )?physical (?:ability|abilities|demands|requirements|capabilit\w+)\b",
    re.I,
)


# where a sentence of physical abilities goes on to a skill: ", with working knowledge of", "and
# experience in"; a semicolon too, unless the next ability follows ("; to stand or sit ...")
_NOT_PHYSICAL_AFTER = re.compile(
    r",\s*with\b|;\s+(?!to\b)|\band (?:a )?(?:working |good |strong |sound )?(?:knowledge|experience|skills?|understanding)\b",
    re.I,
)


def physical_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a line that state physical demands ("Must be able to lift 50 lbs."),
    to a semicolon ("Field work; must be able to lift 50 lbs"), the weather one
    works in, and the checks it names ("a pre-employment physical examination"). Working
    conditions are condition_spans: the reader needs them on their own too."""
    if _PHYSICAL_LABEL.match(text):
        return [(0, len(text))]  # "VISION: Uncorrected distance visual acuity of at least 20/100 ...": all of it
    spans = []
    for match in _PHYSICAL_LEAD.finditer(text):
        start, end = _sentence_bounds(text, match.start())
        other = _NOT_PHYSICAL_AFTER.search(text, match.end(), end)  # "..., with working knowledge of hydraulics"
        spans.append((start, other.start() if other else end))
    for match in PHYSICAL.finditer(text):
        start, end = _sentence_bounds(text, match.start())
        if text.count(",", start, end) < 3:
            before = text.rfind(";", start, match.start())
            after = text.find(";", match.end(), end)
            other = _NOT_PHYSICAL_AFTER.search(text, match.end(), end)  # "..., with working knowledge of"
            end = min(after if after >= 0 else end, other.start() if other else end)
            spans.append((before + 1 if before >= 0 else start, end))
            continue
        # a list ("Delegation, Attention to Detail, Able to Lift Heavy Objects, Strong Work
        # Ethic, ..."): the item, and the items beside it that are physical too ("work in
        # confined spaces and at heights, kneel, climb stairs and ladders")
        first = _comma_before(text, start, match.start())
        last = _comma_after(text, match.end(), end)
        while first >= start and _PHYSICAL_ITEM.search(text, _comma_before(text, start, first) + 1, first):
            first = _comma_before(text, start, first)
        while last < end and _PHYSICAL_ITEM.search(text, last + 1, _comma_after(text, last + 1, end)):
            last = _comma_after(text, last + 1, end)
        spans.append((first + 1, last))
    spans += [match.span() for match in _WEATHER.finditer(text)]
    spans += [match.span() for match in _WORK_PLACE.finditer(text)]
    for match in SCREENING.finditer(text):
        # and who runs the check: "Pass the Washington State Patrol background check"
        runner = _CHECK_RUNNER.search(text, 0, match.start())
        spans.append((runner.start() if runner else match.start(), match.end()))
    return spans


# the capitalised name right before a screening: "the Washington State Patrol (background check)"
_CHECK_RUNNER = re.compile(r"(?:\b(?:the|a|an)\s+)?(?:[A-Z][\w.&'’-]*\s+){1,5}$")


# "... plant ecology that is sufficient to separate noxious weeds from differing plant
# species", "GPS proficiency in order to record locations": what the skill is for, not asked
_PURPOSE = re.compile(
    r"\b(?:(?:that|which) (?:is|are) sufficient to|sufficient to|in order to|so as to|so that|such that"
    r"|for (?:the )?purposes? of)\b",  # "skills for purposes of having all office correspondence appear professional"
    re.I,
)


# "You should be able to work within a fast-paced, international organization responding to
# urgent crises": the place one works in, no skill (its qualities are read as soft skills)
_WORKPLACE = re.compile(
    r"\b(?:able to|you(?:'ll| will)?|will) (?:work|thrive|function|operate) (?:with)?in (?:an?|the|our)\s", re.I
)


def workplace_spans(text: str) -> list[tuple[int, int]]:
    """From the place one is to work in to the end of its sentence."""
    return [(match.end(), _sentence_bounds(text, match.start())[1]) for match in _WORKPLACE.finditer(text)]


# "the ability to read, write, comprehend, and speak English fluently": how a language is
# used, the language itself asked (read by the vocabulary), the verbs and the adverb no skills
_USE_VERB = r"(?:read|write|speak|understand|comprehend|converse)"
_LANGUAGE_USE = re.compile(
    rf"(?P<verbs>\b{_USE_VERB}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+){_USE_VERB})+\b)"
    r"(?:\s+(?:in\s+)?(?-i:[A-Z][a-z]+)(?P<adverb>\s+(?:fluently|proficiently|well))?)?",
    re.I,
)


def language_use_spans(text: str) -> list[tuple[int, int]]:
    """The verbs of using a language and the adverb after it; not the language's name."""
    spans = []
    for match in _LANGUAGE_USE.finditer(text):
        spans.append(match.span("verbs"))
        if match.group("adverb"):
            spans.append(match.span("adverb"))
    return spans


def purpose_spans(text: str) -> list[tuple[int, int]]:
    """From a purpose a requirement states to the end of its item: the next ";" (a
    bulletin's list of what to know) or the end of its sentence."""
    spans = []
    for match in _PURPOSE.finditer(text):
        end = _sentence_bounds(text, match.start())[1]
        semicolon = text.find(";", match.end(), end)
        spans.append((match.start(), semicolon if semicolon >= 0 else end))
    return spans


# "Flexibility to work irregular hours, including evenings and weekends": when one works, not a
# quality (only these words: a scraped list run together has no sentence ends)
_SCHEDULE = re.compile(
    r"\b(?:flexib\w+|willing\w*|availab\w+|able) (?:to )?work (?:[\w-]+,? ){0,4}?"
    r"(?:hours|shifts|weekends|evenings|nights|holidays|overtime|rotas?|schedules?)\b",
    re.I,
)


# pay "depending on experience" (or qualifications), after the figure or the word for pay:
# "£30,000 - £40,000 pa DOE", "Salary: DOQ" (no Design of Experiments asked)
_PAY_TERMS = re.compile(
    r"(?:[£$€]\s?[\d,.]+k?|\b(?:pa|p\.a\.|per (?:annum|year|hour)|salary|pay|wage|rate)\b)\W{0,3}\s*(?-i:(DOE|DOQ|DOEQ|D\.O\.E\.?))(?!\w)",
    re.I,
)


# a sentence of perks run onto the last item: "...or equivalent experience required. We offer
# competitive compensation and one of the best benefit packages in the industry"
_SEEKS = re.compile(r"\b(?:looking for|seeking|seek|essential|but)\b", re.I)
_PERKS_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:we (?:also )?(?:offer|provide)|benefits include|our benefits)\b", re.I
)


def condition_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a line that state working conditions (CONDITIONS) or perks, the words
    that say when one works and how pay is set, and the clause that says whom the job reports to."""
    spans = [_sentence_bounds(text, match.start()) for match in CONDITIONS.finditer(text)]
    spans += [match.span() for match in _SCHEDULE.finditer(text)]
    spans += [match.span(1) for match in _PAY_TERMS.finditer(text)]
    for match in _PERKS_SENTENCE.finditer(text):
        start, end = _sentence_bounds(text, match.start())
        if not (ASKED.search(text, start, end) or _SEEKS.search(text, start, end)):
            spans.append((start, end))  # not "We provide IT services ... and are looking for a technician with ..."
    spans += [(match.start(), _sentence_bounds(text, match.start())[1]) for match in _FEDERAL_TERMS.finditer(text)]
    spans += [match.span() for match in _SIGNS.finditer(text)]
    return spans + [match.span() for match in _REPORTS_TO.finditer(text)]


# papers one agrees to sign: "Willingness to sign company Confidentiality Agreement; and a
# Non-Compete Agreement if applicable" (a term of hire, not a skill)
_SIGNS = re.compile(r"\b(?:willing(?:ness)?|able|agree|ready) to sign\b[^.]*", re.I)


# whom the job answers to: "This position reports to the Operating Room RN Coordinator"
_REPORTS_TO = re.compile(
    r"\b(?:position|role|job|you) (?:will )?reports? (?:directly )?to (?:the |an? )?[^.;,]*?(?= and |[.;,]|$)", re.I
)
