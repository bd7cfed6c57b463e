"""What shows a posting's requirement in a resume besides its own words: a suite shown by
its programs, a skill by the work a resume describes ("Supervise 9 pickers" is supervisory
experience), a soft skill by words in one line (customers helped are customer service), and
the forms that are no evidence at all. Data the reader of a posting (role.py) looks up by a
requirement's name; each entry is a recruiter's judgement, with a test."""

from __future__ import annotations

from ..matching.words import stem

# Forms that name a skill in a posting's list ("attention to detail, organization,
# interpersonal skills") but in a resume mostly name something else ("three community
# organizations"): not evidence in a resume.
NOT_EVIDENCE_IN_RESUMES = frozenset({"organization", "organisation", "initiative"})  # "the Fear Free initiative"

# A soft skill's word in the name of a field of study ("BFA, Communication Design",
# "Leadership Studies"): a degree, no evidence of the skill. spaCy Matcher token patterns.
_DEGREES = [
    "ba",
    "b.a",
    "bsc",
    "b.sc",
    "b.s",
    "bfa",
    "ma",
    "m.a",
    "msc",
    "m.sc",
    "mfa",
    "bcom",
    "b.com",
]  # not "MS" (Excel)
FIELD_OF_STUDY = (
    [
        {"IS_TITLE": True},
        {"IS_TITLE": True, "LOWER": {"IN": ["design", "studies", "science", "sciences", "arts", "disorders"]}},
    ],
    # "B.Sc. Visual Communication", "BSc (Hons) Business Communication": the degree's subject
    [
        {"LOWER": {"IN": _DEGREES}},
        {"IS_PUNCT": True, "OP": "?"},
        {"LOWER": "(", "OP": "?"},
        {"LOWER": "hons", "OP": "?"},
        {"LOWER": ")", "OP": "?"},
        {"IS_TITLE": True, "OP": "?"},
        {"IS_TITLE": True},
    ],
)

# A soft skill's word in a name that shows nothing of it: a field of study, a program ("DaVinci Resolve")
NOT_SHOWN_BY = (*FIELD_OF_STUDY, [{"LOWER": "davinci"}, {"LOWER": "resolve"}])

_ADOBE_PROGRAMS = ("InDesign", "Photoshop", "Adobe Illustrator", "Premiere Pro", "After Effects", "Lightroom")

_HEAVY_EQUIPMENT = (
    "excavator",
    "mini excavator",
    "skid steer",
    "backhoe",
    "bulldozer",
    "dozer",
    "front-end loader",
    "wheel loader",
    "motor grader",
    "telehandler",
)
_MEASURING_INSTRUMENTS = (
    "micrometer",
    "micrometers",
    "caliper",
    "calipers",
    "callipers",
    "vernier",
    "bore gauge",
    "bore gauges",
    "height gauge",
    "dial indicator",
    "dial indicators",
    "gauge blocks",
    # and a laboratory's
    "ph meter",
    "ph meters",
    "analytical balance",
    "analytical balances",
    "multimeter",
    "multimeters",
)
# a laboratory's instruments by name ("Operate and clean pH meters, analytical balances")
_LABORATORY_EQUIPMENT = (
    "ph meter",
    "ph meters",
    "analytical balance",
    "analytical balances",
    "micropipettes",
    "pipettes",
    "centrifuge",
    "centrifuges",
    "spectrophotometer",
    "spectrophotometers",
    "autoclave",
    "fume hood",
    "fume hoods",
    "incubators",
    "microscopes",
    "HPLC",
    "titrator",
)

_HVAC_EQUIPMENT = (
    "rooftop units",
    "RTUs",
    "split systems",
    "heat pumps",
    "furnaces",
    "air handlers",
    "air handling units",
    "chillers",
    "packaged units",
    "air conditioning",
    "air-conditioning",
)
_PLUMBING_FIXTURES = ("faucets", "p-traps", "water heaters", "flush valves", "toilets", "drain lines", "sump pumps")
_IRRIGATION = ("sprinkler zones", "sprinkler systems", "sprinklers", "drip lines", "drip irrigation", "drip zones")
_FAULT_FINDING = (
    "fault-finding",
    "fault finding",
    "fault-find",
    "diagnose faults",
    "diagnosed faults",
    "fault diagnosis",
)
_BLOOD_DRAWS = ("blood draws", "blood draw", "drew blood", "drawing blood", "draw blood", "blood collection")

# A suite a resume shows by naming its programs: "Microsoft Word, Excel and Outlook" is
# Microsoft Office to a recruiter. Full names only ("Excel" alone is also a verb). Also what
# a resume shows of a skill a posting names by its kind (spreadsheets, email, supervising).
# the job held ("Operations Administrator", "Admin Assistant"); not a system's administrator
_ADMINISTRATIVE_JOBS = (
    "office administrator",
    "operations administrator",
    "clinic administrator",
    "practice administrator",
    "school administrator",
    "program administrator",
    "programme administrator",
    "administrative assistant",
    "admin assistant",
    "office admin",
)

# Google's office programs, shown by the suite a resume names ("Google Workspace (Calendar, Drive, Sheets)")
_GOOGLE_SUITE = ("Google Workspace", "G Suite", "GSuite", "G-Suite")

SUITE_PROGRAMS = {
    **dict.fromkeys(
        ("Google Calendar", "Google Drive", "Google Docs", "Google Sheets", "Google Slides", "Google Meet"),
        _GOOGLE_SUITE,
    ),
    "Microsoft Office software": (
        "Microsoft Word",
        "MS Word",
        "Microsoft Excel",
        "MS Excel",
        "Microsoft Outlook",
        "MS Outlook",
        "Microsoft PowerPoint",
        "PowerPoint",
        "Microsoft Access",
        "Microsoft 365",  # Office's name since 2020
        "Office 365",
        "M365",
    ),
    "Google Workspace": ("Google Docs", "Google Sheets", "Google Slides", "Google Drive", "Gmail"),
    # Adobe's suite, renamed Creative Cloud in 2013: either name, or its programs
    "Adobe Creative Suite": _ADOBE_PROGRAMS + ("Creative Cloud",),
    "Adobe Creative Cloud": _ADOBE_PROGRAMS + ("Creative Suite",),
    "spreadsheets": ("Microsoft Excel", "MS Excel", "Google Sheets", "pivot tables", "LibreOffice Calc"),
    "word processing": ("Microsoft Word", "MS Word", "Google Docs", "WordPerfect", "LibreOffice Writer"),
    # the programs video is cut in ("Cut short promo videos and reels in Premiere Pro")
    "video editing": (
        "Premiere Pro",
        "Adobe Premiere",
        "Final Cut Pro",
        "Final Cut",
        "DaVinci Resolve",
        "Avid Media Composer",
    ),
    # the work of keeping stock ("Run monthly stock audits and cycle counts")
    "inventory management": (
        "stock control",
        "stock audits",
        "stock audit",
        "cycle counts",
        "stock management",
        "stocktakes",
    ),
    # what a resume's work shows, where the posting names the skill ("Supervise 9 pickers")
    "Supervisory experience": ("supervise", "supervised", "supervising", "supervisor", "shift supervisor"),
    # the job held ("Operations Administrator", "Admin Assistant"); not a system's administrator
    "Administrative experience": _ADMINISTRATIVE_JOBS,
    "Administrative skills": _ADMINISTRATIVE_JOBS,
    "Email correspondence": ("email", "e-mail", "emails", "Microsoft Outlook", "Gmail"),
    "Food safety": ("food handler", "food handlers", "food handler's", "ServSafe", "HACCP", "food hygiene"),
    # office software named in full is computer skills to a recruiter ("Microsoft 365, typing 55 WPM")
    "Computer skills": (
        "Microsoft Office",
        "MS Office",
        "Microsoft 365",
        "Office 365",
        "Microsoft Word",
        "Microsoft Excel",
        "MS Excel",
        "Google Workspace",
        "Google Docs",
        "Google Sheets",
        "Google Classroom",
        "Microsoft Teams",
        "Microsoft Windows",  # "Microsoft Windows and Office", "Windows 10"
        "Windows 10",
        "Windows 11",
    ),
    # a problem the work describes solving ("troubleshot the dock leveler", "found the root cause")
    "Problem solving": (
        "troubleshoot",
        "troubleshooting",
        "troubleshot",
        "troubleshooter",
        "root cause",
        "root-cause",
        "resolve",  # "Resolve shipping exceptions with carriers" (not "DaVinci Resolve": NOT_SHOWN_BY)
        "resolves",
        "resolved",
        "resolving",
        "diagnosed",
        "diagnosing",
    ),
    "office equipment": ("copier", "photocopier", "fax machine", "fax machines", "scanner", "multi-line phone"),
    # several things at once, a talk given ("answer the phone and check in clients at the same time")
    "Time management": ("at the same time", "simultaneously", "juggled", "juggling"),
    # work that is communicating: a talk given, a thing explained, a go-between's work
    "Communication": (
        "presented to",
        "presented at",
        "presented concepts",
        "presented findings",
        "presented results",
        "present results",
        "present findings",
        "public speaking",
        "presenting data",  # "comfortable presenting data to project leads and clients"
        "presenting findings",
        "presenting results",
        "client meetings",  # "presented design options at client meetings"
        "public contact",
        "clear written",  # "Clear written field reports"
        "explain",  # a current job's bullet: "Explain discharge instructions ... to clients"
        "explains",
        "explained",
        "explaining",
        "liaised",
        "liaising",
        "liaise with",
        "handovers",
        "plain-language",
        "plain language",
        "book talks",
        "inbound calls",  # calls taken and made all day are spoken communication
        "outbound calls",
        "phone calls",
        "calls a day",
        "calls per day",
        "briefing the",  # "briefing the team" before a service
        "briefed the",
        "talk daily with",
        "speak with staff",
    ),
    # work set out from drawings ("set out frames straight from the architectural drawings")
    "Blueprint reading": (
        "architectural drawings",
        "engineering drawings",
        "shop drawings",
        "construction drawings",
        "working drawings",
    ),
    # a record of turning up ("100% attendance record for three years, never late to site")
    "Reliability": ("attendance record", "perfect attendance", "never late", "never missed a shift"),
    # work with no mistakes in it, or whose work is finding them ("Proofread and QA other
    # translators' work")
    "Attention to detail": (
        "error-free",
        "error free",
        "zero errors",
        "zero defects",
        "proofread",
        "proofreading",
        "proofreader",
    ),
    # a platform named ("Promote finished stories on the paper's Facebook and X accounts");
    # not LinkedIn or YouTube, whose links a contact line gives
    "Social media": ("Facebook", "Instagram", "TikTok", "Twitter", "Pinterest", "Hootsuite"),
    # a story told at length ("a 6-part narrative series", "long-form narrative"); not a
    # nurse's "narrative charting"
    "storytelling": (
        "narrative series",
        "long-form narrative",
        "narrative features",
        "narrative nonfiction",
        "storyteller",
    ),
    # a target met or beaten ("booked 30 estimates a day against a target of 25")
    "Goal-oriented": ("target of", "against a target", "above target", "exceeded target", "met targets", "quota"),
    # the pace of the place worked in ("a high-volume hand clinic", "busy acute settings")
    "Fast-paced environment": ("fast-paced", "fast paced", "high-volume", "high volume", "busy"),
    # work done alone ("Work the night receiving shift alone ... with no supervisor on site")
    # ("works well on her own across time zones"; a freelancer answers to no one on site)
    "Independent work": (
        "shift alone",
        "worked alone",
        "work alone",
        "works alone",
        "no supervisor",
        "on my own",
        "on her own",
        "on his own",
        "on their own",
        "without supervision",  # not "unsupervised", which is also a kind of learning
        "without on-site supervision",
        "without direct supervision",
        "with minimal supervision",
        "with little supervision",
        "freelancer",  # not "freelance", said of writers one managed too
        "self-employed",
    ),
    "Presentation skills": ("presented to", "presented at", "gave presentations", "gave a presentation"),
    # planning done ("Tax planning and projections", "planned 40 events a year"); not "the
    # planning department"
    "Planning skills": (
        "planned",
        "tax planning",
        "event planning",
        "project planning",
        "production planning",
        "menu planning",
        "route planning",
        "capacity planning",
        "financial planning",
        "workforce planning",
        "lesson planning",
        "care planning",
        "shift planning",
    ),
    # "leading a small brigade", "Lead a brigade of six cooks"
    "Leadership": ("leading a", "lead a brigade", "lead a crew", "lead a team", "leading the"),
    # a go-between's work is dealing with people ("liaise with clinicians, schools and families")
    "Interpersonal skills": ("liaise with", "liaised with", "liaising with"),
    # a nurse's licence of any level, which a resume names by the title it gives
    "nursing license": (
        "Registered Nurse",
        "Licensed Practical Nurse",
        "Licensed Vocational Nurse",
        "nursing licence",
        "nurse license",
        "nurse licence",
    ),
    "Med/Surg": ("medical-surgical", "medical surgical", "med-surg", "med surg"),  # the ward's short name
    "accounting software": ("QuickBooks", "Xero", "MYOB", "Sage 50", "NetSuite", "FreshBooks", "Zoho Books"),
    # the machines named one by one ("Operated a skid steer and a mini excavator")
    "heavy equipment": _HEAVY_EQUIPMENT,
    "heavy equipment operation": _HEAVY_EQUIPMENT,
    # a till balanced, a cash-up done ("complete the nightly cash-up and banking")
    "cash handling": ("cash-up", "cash up", "cash register", "cash registers", "cash drawer", "balance the till"),
    # a machinist's instruments, named one by one ("micrometers, calipers, bore gauges")
    "laboratory equipment": _LABORATORY_EQUIPMENT,
    "lab equipment": _LABORATORY_EQUIPMENT,
    "laboratory instruments": _LABORATORY_EQUIPMENT,
    "measuring tools": _MEASURING_INSTRUMENTS,
    "measuring instruments": _MEASURING_INSTRUMENTS,
    "measuring equipment": _MEASURING_INSTRUMENTS,
    "inspection equipment": _MEASURING_INSTRUMENTS,
    "inspection tools": _MEASURING_INSTRUMENTS,
    # faults found by testing: the trade's own word for it ("Fault-finding on pumps and control boards")
    "troubleshooting": _FAULT_FINDING,  # looked up by the name in lower case too (role._shown_by)
    "diagnostic skills": _FAULT_FINDING,
    # a building's systems, shown by the equipment a resume says it serviced ("clean coils on
    # 40 rooftop units", "replace faucets, flush valves, P-traps and water heaters")
    "HVAC": _HVAC_EQUIPMENT,
    "hvac units": _HVAC_EQUIPMENT,
    "hvac systems": _HVAC_EQUIPMENT,
    "Plumbing": _PLUMBING_FIXTURES,
    "plumbing repairs": _PLUMBING_FIXTURES,
    "irrigation systems": _IRRIGATION,
    "irrigation system": _IRRIGATION,
    "Irrigation": _IRRIGATION,
    "Woodworking": ("carpentry", "cabinetry", "cabinet making", "cabinetmaking", "joinery", "furniture making"),
    # blood drawn from a vein, by its clinical name or in plain words ("drew blood by jugular venipuncture")
    "phlebotomy": _BLOOD_DRAWS + ("venipuncture", "venepuncture"),
    "venipuncture": _BLOOD_DRAWS + ("phlebotomy", "venepuncture"),
}


# What a resume's work shows of a soft skill, as word stems in one line (matching/words.py):
# customers helped, served or greeted are customer service to a recruiter, a team one works
# in or is a member of teamwork.


def _pair(first: str, second: str) -> tuple[str, ...]:
    """Two words as a word set: their stems, sorted as matching/words.py sorts a set."""
    return tuple(sorted((stem(first), stem(second))))


_WRITERS = ("wrote", "write", "writes", "draft", "drafted")
_WRITTEN = tuple(  # letters and emails written to someone ("Draft credit-control letters")
    _pair(verb, what) for verb in _WRITERS for what in ("letters", "emails", "newsletters")
)
# and what else a writer writes: reports (a guard's incident reports are writing, though a
# recruiter reads no communication skills in them), declarations, proposals
_WRITING = _WRITTEN + tuple(
    _pair(verb, what) for verb in _WRITERS for what in ("reports", "declarations", "articles", "proposals")
)
SHOWN_BY_WORDS = {
    # "Member of a 12-person coding team", "Work within a six-person production team",
    # "Worked on a six-person harvest crew", "Part of a six-carer night team"
    "Teamwork": tuple(
        _pair(word, group) for word in ("member", "within", "work", "part") for group in ("team", "crew")
    ),
    # and talk given to a room: "Present pest pressure updates at winter grower meetings",
    # "presented recommendations at design reviews", "Hold morning huddles and coordination meetings"
    "Communication": _WRITTEN
    + tuple(
        _pair(verb, what)
        for verb in ("present", "presented", "presents", "presenting")
        for what in ("meetings", "reviews", "updates", "recommendations", "briefings")
    )
    + tuple(
        _pair(verb, what)
        for verb in ("hold", "held", "run", "ran", "chair", "chaired")
        for what in ("meetings", "huddles", "briefings")
    ),
    # "led a crew of four", "leading a small brigade" (not "lead": "sales leads for the team")
    "Leadership": tuple(
        _pair("led", group) for group in ("team", "teams", "brigade", "crew", "crews", "staff", "squad", "department")
    )
    # and in the present: "Lead a rotating crew of 6 shift captains" (a crew, not a team: "leads for the team")
    + tuple(_pair(verb, group) for verb in ("lead", "leading") for group in ("crew", "crews", "brigade", "squad")),
    # data, trends or results analysed: "Analyse ONS datasets in Stata", "analyzed sales trends"
    "Analytical skills": tuple(
        _pair(verb, what)
        for verb in ("analyse", "analysed", "analysing", "analyze", "analyzed", "analyzing")
        for what in ("data", "datasets", "trends", "results", "figures", "metrics", "statistics")
    ),
    # "Builds good working relationships at all levels", "long-term relationships with growers"
    "Interpersonal skills": tuple(
        _pair(how, "relationships")
        for how in ("build", "builds", "built", "building", "working", "long-term", "lasting", "trusted", "strong")
    ),
    # "Zero carpentry defects recorded", "zero out-of-balance days" (not "no errors": a
    # negation's words, which matching.qualifiers reads as no evidence)
    "Attention to detail": tuple(
        _pair("zero", what) for what in ("defects", "errors", "discrepancies", "out-of-balance")
    ),
    # "Solve tricky access and equipment problems", "resolved scheduling issues"
    "Problem solving": tuple(
        _pair(verb, what) for verb in ("solve", "solved", "resolve", "resolved") for what in ("problems", "issues")
    ),
    # "Run the second-shift cell alone", "Work alone on the night shift", "Ran solo installs"
    "Independent work": tuple(_pair(verb, how) for verb in ("work", "run", "ran") for how in ("alone", "solo")),
    # "Followed the written research protocol for sampling", "followed HACCP procedures"
    "Following instructions": tuple(
        _pair(verb, what)
        for verb in ("follow", "followed")
        for what in ("instructions", "directions", "protocol", "protocols", "procedures", "recipes", "specifications")
    ),
    "Writing skills": _WRITING,
    # "Data: Excel, Word, Python": two of Office's programs in one line are the suite
    "Microsoft Office software": tuple(_pair("excel", other) for other in ("word", "powerpoint", "outlook", "access")),
    # "Level III Certificate, Welding and Fabrication", "City & Guilds welding ticket"
    "Certified Welder": tuple(
        _pair(paper, "welding") for paper in ("certificate", "certification", "ticket", "qualification")
    ),
    # "Achieved 118% of the monthly upsell target", "exceeded quota six quarters running"
    "Goal-oriented": tuple(
        _pair(verb, what)
        for verb in ("achieved", "exceeded", "hit", "met", "beat", "surpassed")
        for what in ("target", "targets", "quota", "quotas")
    ),
    "Customer service": tuple(
        _pair(who, verb)
        for who in (
            "customers",
            "guests",
            "patrons",
            "clients",
            "patients",
            "visitors",
            "callers",
            "shoppers",
            "passengers",
        )
        for verb in ("served", "helped", "assisted", "greeted", "checked")
    )
    # "answered customer questions", "resolved guest complaints", "a 4.9 / 5 customer
    # satisfaction rating" (a score the customers served gave)
    + tuple(
        _pair(who, what)
        for who in ("customer", "guest", "client", "caller", "patron")
        for what in ("questions", "queries", "enquiries", "inquiries", "complaints", "satisfaction")
    )
    # "handled returns and resolved complaints calmly at the service desk"
    + tuple(_pair(verb, "complaints") for verb in ("resolved", "handled")),
}
