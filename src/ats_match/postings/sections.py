"""Where a posting says what: its title, the header under it (company, location), and the
section of every line (title, requirements, preferred, body, notes, about) from headings
in their many spellings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from difflib import get_close_matches

from ..reading import Line, ResumeDocument
from .asks import degrees_in
from .cues import asked_spans
from .text import MARKUP, TOKEN, URL_IN_PARENS
from .vocabulary import title_words
from .words import opens_with_duty_verb, zipf

# A list item's marker; a dash or bullet glyph written against its item ("-A flexible
# schedule", "•3 years") marks one too, when a capital or a digit follows.
_BULLET = re.compile(
    r"^\s*(?:(?:[-*+\u2022\u25cf\u25aa\u25e6\u00b7|]|\d{1,2}[.)])\s+|[-\u2022\u25cf\u25aa\u25e6\u00b7](?=[A-Z0-9(]))"
)
_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "preferred",
        re.compile(
            r"\b(?:nice[- ]to[- ]haves?|preferred|preferences|bonus(?: points)?|pluses|plus(?!\s+(?!if\b|points\b)\w)|desir(?:ed|able)"
            r"|good[- ]to[- ]haves?|optional|extra credit|stand out|even better|would be great|ideally"
            # "Very beneficial:", "Advantageous:", "Assets:" (Canada's name for what is wished)
            r"|beneficial|advantageous|^(?:an? )?(?:added |big |distinct )?advantages?$|^(?:\w+ )?assets?$|^asset qualifications$"
            r"|(?:experience|skills|background|qualifications) (?:may|might) include"  # what helps, not a must
            r"|also (?:has|have|possess(?:es)?|brings?)"  # "An ideal candidate also has:": extras after the musts
            # "We'd especially love to hear from you if:": extras after "You should apply if:"
            r"|(?:especially|particularly|also|even more) (?:love|like|keen|happy|excited) to hear from you"
            # "Helpful Skilled Work Experience (not necessarily required)", "Special Skills: (Not required but ...)"
            r"|helpful(?= (?:\w+ ){0,2}(?:skills?|experience|qualifications?|knowledge|to have)\b)"
            r"|not (?:necessarily |strictly |always )?(?:required|essential|mandatory))\b"
        ),
    ),
    (
        "requirements",
        re.compile(
            r"\b(?:requirements?|required|qualifications?|must[- ]haves?|what you(?:'ll| will)? (?:need|bring)"
            r"|what do you need|need to succeed"  # "What do you need to succeed as a Vehicle Technician?"
            r"|^what do i need(?: to apply)?$"  # "What Do I Need to Apply"
            # "What we need", "What is needed:", "What We Expect From You"; "Who is suited to this role?"
            r"|^what(?: we(?:'re| are)?| is|'s)? (?:need(?:ed)?|requir(?:e|ed)|expect(?:ed)?|ask(?: for)?)(?: (?:from|of) (?:you|candidates|applicants))?$"
            r"|^who (?:is|are|would be|will be) (?:best |well |ideally )?suited\b"
            r"|^(?:(?:essential|selection|key|job|person|minimum|hiring|applicant|candidate) ){0,2}criteria$"  # "Criteria:" (UK)
            r"|^(?:the )?person spec(?:ification)?s?$"  # the UK's list of what the post holder must have
            r"|you(?:'ll| will| should)? (?:already )?(?:have|bring|need)|you are|who you are|about you|looking for|we look for|skills"
            r"|who we(?:'re|’re| are) (?:seeking|hiring|after|recruiting)"  # "WHO WE'RE SEEKING:"
            r"|you(?:'ve| have) (?:done|got|worked)|^who(?=\??$)"
            r"|(?:looking|seeking|hoping) to (?:hire|recruit|find|appoint)|(?:we(?:'re|’re| are)) after (?:people|someone|candidates|applicants|individuals)"  # "We are looking to hire carpenters with:"  # "You've done some of these things...", "Who?"
            r"|expertise|experience|competenc(?:y|ies)|your (?:profile|background)|essential|minimum"
            r"|personal suitability"  # Canada's Job Bank: the qualities asked
            r"|^(?:the )?essentials$"  # a UK person specification's "Essentials" column
            # "Eligible applicants will satisfy each of the following criteria:", "must meet the following"
            r"|\b(?:meet|satisfy|fulfil|fulfill|possess|demonstrate)s?\s+(?:each of |all of |one of )?the following\b"
            r"|\bthe following (?:criteria|requirements|qualifications)\b"
            # a US civil-service list of knowledge, skills and abilities: "Ability to:", "Skill in:"
            r"|^(?:knowledge of|skills? in|abilit(?:y|ies) to|(?:must )?be able to)$"
            r"|^(?:the |ideal |desired |required |candidate(?:'s)? |applicant(?:'s)? |person )*profile$"  # "Profile" (a recruiter's ad)
            r"|basic qualifications|ideal candidates?|we expect|pre-?requisites?|knowledge"
            # the ad that asks in a question or a wish: "Does this sound like you?", "You'll thrive if"
            r"|what(?: is|['’]s) important to us|what matters to us"  # "What is important to us" (a list of qualities)
            r"|perfect for (?:this|the) (?:role|job|position)"  # "You're just perfect for this role if..."
            r"|sounds? like you|is (?:this|that) you|(?:good|great|strong) fit|for you if|you(?:'ll| will)? (?:thrive|shine|flourish|excel)(?: here)? if"
            r"|(?:should|please) apply if|love to hear from you if"  # "You should apply if you:"
            r"|candidates? (?:will|should) have|possess(?:es)?|(?:like|love|want|hope|expect) to see"
            r"|(?:want|need|expect|require|ask|like) (?:from|of) you|all we (?:want|need|ask)|languages?"
            r"|(?:expected|required|need) to have|(?:personal )?(?:qualities|attributes|characteristics|traits)"
            # "We desire a candidate who...", "We seek someone who"
            r"|(?:desire|want|seek|need) (?:an? )?(?:candidate|applicant|person|someone|individual)s?(?: who)?"
            # "We are seeking enthusiastic, talented and ambitious candidates who have:"
            r"|(?:candidate|applicant|individual)s? (?:who|that) (?:have|has|are|can|will)$"
            # "We need an NQT or experienced teacher who:": the one sought, then what they are
            r"|\b(?:need|want|seek|seeking|looking for|require)\b[\w ,'’-]{0,60}\bwho$"
            # "The successful candidate must:", "Applicants should have:"
            r"|(?:candidates?|applicants?|you|(?:the )?(?:ideal|successful|right) (?:candidate|applicant|person)"
            r"|(?:the )?post ?holder) (?:must|should|shall|will)(?: (?:have|be|possess|be able to|also))?$)\b"
        ),
    ),
    (
        "about",
        re.compile(
            r"\b(?:benefits?|perks|what we offer|we offer|compensation|remuneration|salary|pay|equal (?:employment )?opportunity"
            r"|time off|pto|holidays|vacation|tuition|what [\w ]{1,30}(?:can |will )?offers?"
            r"|^(?:the |our |job |what['’]s on )?offer$"  # "Job Offer": what the job gives
            r"|about us|who we are|why (?:should (?:you|i) )?(?:join|choose|work)|why (?:would|will) you (?:enjoy|love|like) working|^our (?:projects|work|clients|portfolio|history)$|"
            r"^(?:want|ready|interested|keen|excited) to join(?: us| the team| our team)?(?=\W*$)|^interested(?=\W*$)|our (?:company|culture|values|mission|story|services)"
            r"|services (?:provided|offered)"  # the firm's own line of work, not the candidate's
            # "Hunger Intervention Program Values": what the employer believes (not "Skills and values")
            # ("Attitudes and Values", "Behaviours and Values" of a UK person specification ask)
            r"|^(?!.*\b(?:skills|qualifications|requirements|competenc\w*|you|your|attitudes?|behaviou?rs?|personal"
            r"|qualities|essential|desirable)\b)(?:[\w&'’-]+ ){1,4}values$"
            r"|company description|additional information|life at|working model|interview\w*|(?:hiring|joining|onboarding|recruitment) process"
            r"|participate in (?:the |our )?recruitment"  # "We invite you to participate in recruitment"
            # "In exchange for your passion and commitment you will receive:"
            r"|you(?:'ll| will) (?:receive|get|enjoy)|in (?:exchange|return) for (?:your|all)"
            # "What you can expect from us", "What to expect from us": what the employer gives
            r"|(?:what|things) (?:you can |you may |to )?expect from us"
            r"|^(?:the |salary |benefits? |remuneration |pay )?package$|apply|locations?|diversity|notice|disclaimer|accommodations?|^(?:postal |office )?address$"
            r"|application (?:process|procedures?|deadline|information|instructions)|method of application"
            # what ends a candidacy: "Decertifying Criteria", "Automatic disqualifiers"
            r"|disqualif\w+|decertif\w+"
            # a posting's header fields: "Category: Healthcare & Nursing Jobs", "Source: ...", "Job ID: 19523"
            r"|category|career fields?(?: information)?|source|(?:job|requisition|req|posting) (?:id|number|no|#)|reference(?: number| no)?"
            r"|(?:date )?posted(?: on)?|closing date|contract types?|employment types?|job types?|work types?|company(?: name)?"
            r"|directorate|service area|position type|(?:pay )?grade|pay band|^(?:our |the |about (?:the |our )?)?organi[sz]ation(?: name| overview| profile| description)?$"  # a UK council's fields
            r"|^(?:job )?function$|^industry$|^industries$|^seniority level$"  # a job board's fields
            r"|start(?: date)?|(?:job )?(?:days and )?timings|working hours|hours of work|shift pattern|^duration$"
            r"|contract (?:duration|length|period|term)|(?:duration|length|term) of (?:the )?(?:contract|appointment|employment)"
            r"|^(?:hours|availability|term|position status)$|^contact(?: phone| email| person| name| information| info| details| us)?$"
            r"|^(?:who|whom) (?:to|should i|can i|do i) (?:talk|speak|contact|call|write|email|e-mail|ask)\b"  # "Who to Talk To"
            # "New York City residency is generally required within 90 days"; a US federal posting's
            # hiring conditions: "Veterans' Preference:", "E-Verify:", "Credit: ... must not have delinquent taxes"
            r"|residency requirements?|veterans['’]? preference|e-verify|^credit$"
            r"|(?:responsi\w*|reports?|reporting|accountable) to"  # "Responsible To: The DVC-Academics"
            r"|conditions of (?:employment|hire)|background check|exclusions?|not (?:included|responsible for)"
            r"|what you(?:'ll| will)? get|what's in it for you|(?:why|what) you(?:'ll| will)? love|what we provide"
            r"|excited to come to work"  # "You'll be Excited to Come to Work Because...": what the job gives
            r"|what (?:this|the) (?:role|job|position) is not|this (?:role|job|position) (?:does|will) not)\b"
            r"|^about (?!the (?:role|job|team|position|project|opportunity)\b|this (?:role|job|position)\b)|^about$"
        ),
    ),
    (
        "body",
        re.compile(
            r"\b(?:responsibilit\w*|what you(?:'ll| will)? (?:do|be doing|work on)|the role|role|about the"
            r"|job description|description|overview|summary|day[- ]to[- ]day|your (?:mission|impact)"
            r"|the team|the problem|in this role|the opportunity|projects?)\b"
        ),
    ),
)


def is_plain_heading(line: Line) -> bool:
    """A heading and nothing else: Markdown, ending with ":" or in capitals, with no text
    after a colon ("SELECTIVE CERTIFICATION", "Licenses:"; not "Requirements: Python, SQL").
    It names a section, not something asked."""
    text = MARKUP.sub(" ", line.text).strip()
    heading, kind = heading_of(line)
    looks = line.is_heading or text.endswith(":") or text.isupper() or _trails_off_as_heading(text, kind)
    looks = looks or bool(_EXAMPLES_AFTER.search(text))  # "Credentials (certificates, licences, ...)": a field's label
    # or the name of a section of work or perks alone on its line, its bold lost to the reader:
    # "Key Tasks" (not "Experience supporting marginalized communities", an item); or a name
    # made only of section words ("Certificates, Licenses, Registrations or Professional Designations")
    if _only_section_words(text) and not is_bullet(line.text):
        return True
    if heading and kind == "requirements" and _NAMED_SECTION_OF_ASKS.search(heading_label(text)):
        return True  # "Personal Suitability", "Pet Grooming Specific Skills": a job board's field label
    return (looks or kind in ("body", "about", "benefits")) and ":" not in text.rstrip(":") and heading


# the word before "skills" that makes a section's name of it: "Pet Grooming Specific Skills"
_KINDS_OF_SKILLS = frozenset(
    {"specific", "specialized", "specialised", "additional", "other", "key", "core", "essential", "transferable"}
)
_NAMED_SECTION_OF_ASKS = re.compile(
    r"(?:^personal suitability|\b(?:" + "|".join(sorted(_KINDS_OF_SKILLS)) + r") skills)$"
)


# Words that name a section of asks and nothing one could have: a line of them alone is a heading
_ASKS_SECTION_WORDS = frozenset(
    """
    education experience training certificates certificate certifications certification licenses license licences
    licence licensure registrations registration designations professional qualifications qualification
    requirements requirement skills knowledge abilities ability competencies competency minimum essential
    spec specification specifications additional other and or of the your specific
    behavioural behavioral functional technical core key soft pre requisites prerequisites prerequisite
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


# Who or what a section of asks is for: "Recruitment Qualifications", "Candidate Requirements"
_SECTION_OWNERS = frozenset(
    [
        "recruitment",
        "job",
        "position",
        "role",
        "post",
        "candidate",
        "candidates",
        "applicant",
        "applicants",
        "person",
        "selection",
        "entry",
    ]
)


# One word alone on its line that names a section of asks, bold lost or never given
_SECTION_ALONE = frozenset({"essential", "essentials", "desirable", "desirables", "requirements", "qualifications"})


def _only_section_words(text: str) -> bool:
    """ "Education and/or Experience", "Recruitment Qualifications": a line of section words
    only (and whom they are asked of) names a section."""
    words = re.findall(r"[a-z]+", text.lower())
    if len(words) == 1:
        return words[0] in _SECTION_ALONE  # a person specification's "Essentials" column
    owners = [word for word in words if word in _SECTION_OWNERS]
    return (
        len(words) >= 2
        and len(owners) <= 1
        and len(owners) < len(words)
        and all(word in _ASKS_SECTION_WORDS or word in _SECTION_OWNERS for word in words)
    )


# "Requirements: Python, SQL"; "PHYSICAL DEMANDS. The physical demands described here are ..."
_INLINE_HEADING = re.compile(r"^([A-Za-z][^:]{1,40}):\s*\S|^([A-Z][A-Z &/,-]{3,40}[A-Z])\.\s+[A-Z]")


# (not after an item's number: "2. Professional Experience: ..." is one item, labelled)
_MIDLINE_LABEL = re.compile(
    r"(?<=[.!?:])(?<!^\d\.)(?<!^\d\d\.)([ \t]+)((?:[A-Z][\w'’/&-]*[ \t]+){0,4}[A-Z][\w'’/&-]*):(?=\s)", re.M
)


_LABEL_BEFORE = re.compile(r"(?:^|[.!?][ \t]+)([^.!?:\n]{1,60}):$", re.M)  # the label a label follows


def split_inline_headings(text: str) -> str:
    """A paragraph that runs its sections together ("... the plant. Position Requirements:
    · A Bachelor's degree ...", as postings copied from an ATS page do) with each section's
    label on a line of its own, so that posting_sections sees the sections. Only labels of
    a known section, after the end of a sentence."""

    def cut(match: re.Match[str]) -> str:
        label = match.group(2)
        if heading_kind(heading_label(label)) is None:
            return match.group(0)
        outer = _LABEL_BEFORE.search(match.string, 0, match.start()) if match.string[match.start() - 1] == ":" else None
        if outer and heading_kind(heading_label(outer.group(1))) == "preferred":
            return match.group(0)  # "Nice to have: Skills: Spanish": the skills are still wishes
        return f"\n{label}:\n"

    return _MIDLINE_LABEL.sub(cut, text)


# A list run into its paragraph, each item after " * ", " • " or " · " (postings scraped from
# a web page): "Why work here? * Weekly Direct Deposit * Year-round work Qualifications: * 3
# years of contractor experience is required * ...", "orders.● Draft responses". Two marks at
# least: one is a footnote.
_INLINE_LIST_WORDS = 20  # shorter, a line of parts ("Riverside Medical Center · Dayton, OH · Full time")
# a bullet glyph needs no spaces; a tilde (a scraped board's bullet: "conversion~ Richmond, VA~
# Hybrid schedule") needs one after it, never "~5 years"
_INLINE_MARK = re.compile(r"[ \t]+[*·][ \t]+|[ \t]*[•▪●][ \t]*|[ \t]*~[ \t]+")
# the label of the next list, run onto the end of an item: "... growth opportunity Qualifications:",
# "... power tools Job Responsibilities include but not limited to:"
_TRAILING_LABEL = re.compile(r"\s((?:[A-Z][\w'’/&-]*\s+){0,3}[A-Z][\w'’/&-]*)((?:\s+[a-z][\w'’,-]*){0,6})([:?])\s*$")


# a job board's list glued to its label and to each other: "You Must Be:- Highly creative-
# Passionate about tech- Flexible" (a hyphen after a word, a space, a capital: no compound)
_LABEL_DASH = re.compile(r":-\s*(?=\S)")
_GLUED_DASH = re.compile(r"(?<=[\w.)])-\s+(?=[A-Z])")


# ... or by double hyphens, a dataset's bullets: "include, but are not limited to:--Maintenance of
# power distribution ... housekeeping.--Must be able to read electrical diagrams ...--May be required"
_DOUBLE_DASH = re.compile(r"(?<=[\w.:;)])\s*--\s*(?=[A-Z])")


def _unglue_dash_items(line: str) -> str:
    if len(_DOUBLE_DASH.findall(line)) >= 2:
        line = _DOUBLE_DASH.sub("\n- ", line)
    if not _LABEL_DASH.search(line) or len(_GLUED_DASH.findall(line)) < 2:
        return line
    return _GLUED_DASH.sub("\n- ", _LABEL_DASH.sub(":\n- ", line))


def split_inline_bullets(text: str) -> str:
    """Each item of a list run into a paragraph on a line of its own, as a bullet, and the
    label of a known section that ends an item (or the text before the list) on its own
    line, so that posting_sections sees the lists and their headings."""
    out = []
    for line in "\n".join(map(_unglue_dash_items, text.split("\n"))).split("\n"):
        head, *items = _INLINE_MARK.split(line)
        if len(items) < 2 or len(line.split()) < _INLINE_LIST_WORDS:
            # one item with the next list's label run onto its end: "• Ability to assemble and
            # fabricate signs Job Requirements:"
            label = _TRAILING_LABEL.search(line) if len(line.split()) >= 5 else None
            if label and heading_kind(heading_label(label.group(1) + label.group(2))) in ("requirements", "preferred"):
                out += [line[: label.start()].rstrip(), "".join(label.groups())]
            else:
                out.append(line)
            continue
        for number, part in enumerate([head, *items]):
            part = part.strip()
            label = _TRAILING_LABEL.search(part)
            if label and heading_kind(heading_label(label.group(1) + label.group(2))) is None:
                label = None
            before = part[: label.start()].strip() if label else part
            if before:
                out.append(f"- {before}" if number else before)
            if label:
                out.append("".join(label.groups()))
    return "\n".join(out)


def heading_label(text: str) -> str:
    """A line as a heading reads: no markup, URL or trailing colon, lower case."""
    text = URL_IN_PARENS.sub(" ", MARKUP.sub(" ", text)).translate(_HEADING_CHARS)
    return " ".join(text.split()).strip(" :.…").lower()


# Curly apostrophes read as straight ones ("What You’ll Do"); zero-width marks a web page
# leaves in a heading are dropped.
_HEADING_CHARS = str.maketrans({"’": "'", "‘": "'", "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None})


# Headings of a civil-service bulletin's and an employer's process text: notes, the
# selection process, the examination. They name credentials some positions need ("Some
# positions may require a valid driver's license") and the subjects of an exam, and much
# else that is not asked of a candidate (a final score of 70%, the eligible list).
_NOTES = re.compile(r"^(?:\w+ )?(?:notes?|selection process|examination\b.*)$")
_PHYSICAL = re.compile(
    r"\b(?:physical (?:requirements|demands)|work(?:ing)? (?:environment|conditions)|schedule|travel"
    r"|(?:mental|physical|environmental)(?:\s*/\s*(?:mental|physical|environmental))+ (?:requirements|demands|conditions)"
    r"|immuni[sz]ations?|vaccin\w*|health screening|drug (?:test|screen)\w*|covid"
    r"|work (?:site|setting)|security and safety"  # Canada's Job Bank: where the work is, record checks
    r"|residency(?: requirements?)?|background checks?"  # where one must live, checks: no skill
    r"|pay (?:scale|range|spine)|salary (?:scale|range|band))\b"  # "Minimum pay scale: Main pay range 1"
)
# "All you need to do is:", "What you will do": the work, though "you need" reads as asking
_DUTIES = re.compile(
    r"^(?:your |our |the |main |key |typical |daily )*(?:tasks|activities)\b(?: (?:may |will )?include)?\W*$"
    r"|\b(?:duties|essential functions|job functions|responsibilities"
    r"|(?:need|have|going|expected) to do"
    r"|you(?:'ll| will)? (?:do|be doing))\b"
)
_ASKS = re.compile(r"\b(?:requirements?|qualifications?|skills)\b")
_CREDENTIALS = re.compile(r"\b(?:licen[cs]\w*|certifications?|credentials?|education)\b")


def heading_kind(label: str) -> str | None:
    """The section a heading opens. Physical demands, working conditions and immunisations
    ask for no skill ("about"), nor does what a role excludes ("Role exclusions"); notes and the
    selection process are "notes" (what a sentence of them asks is read); duties are a
    description even when "essential"; licences, certifications and education are
    requirements unless marked preferred."""
    if _PHYSICAL.search(label):
        return "about"
    if _NOTES.match(label) or _DOCUMENTS.match(label):
        return "notes"
    if names_duties(label):
        return "body"
    if _HIRING_CONDITIONS.match(label) or _PERKS_LEAD.match(label) or _PERK_NAMED.search(label):
        return "about"
    if _NECESSARY.match(label):
        return "requirements"
    if _hiring_headline(label):
        return None
    for kind, pattern in _HEADINGS:
        if pattern.search(label):
            return kind
    if _CREDENTIALS.search(label):
        return "requirements"
    return heading_kind(misspelt) if (misspelt := _misspelt_heading(label)) else None


# A list of which some items will do, as a heading of its own: "## ... experience in a number of
# the following areas:": each item is one way to qualify, none a must. (Not "You've done some of
# these things...", an informal heading over what is asked; not a lead that still asks, "Must
# hold one or more of the following licenses:", "Bachelor's degree in any of the following fields:".)
_SOME_OF_THE_LIST = re.compile(
    r"\b(?:experience|skills?|knowledge|familiarity|proficiency|expertise|background|exposure) (?:in|with|of|across) "
    r"(?:a number|some|several|one or more|two or more|any|a few|a combination|a mix|at least (?:one|two|three|\d+))"
    r" of the following\b"
)
_MUST_OR_CREDENTIAL = re.compile(
    r"\b(?:must|required?|need|needs|mandatory|essential|degree|licen[cs]\w*|certifi\w*|diploma)\b"
)


# what any hire goes through before starting: "Pre-employment Requirements" (a background
# check, a drug screen, a financial disclosure), which ask for no skill
# (not "Employment Requirements", which many employers head their asks with)
_HIRING_CONDITIONS = re.compile(
    r"^(?:pre-employment (?:requirements|conditions|checks|screening)|(?:employment|hiring) conditions)$"
)
# what to send with an application: read as notes (a copy of a licence asked there is asked)
_DOCUMENTS = re.compile(
    r"^(?:(?:required|supporting) (?:documents?|attachments)|documents? (?:required|to (?:submit|provide))|attachments)$"
)
# An item that is a paper to send, not a skill: "- Curriculum vitae / resume", "- Transcript of
# records", "- Latest NBI clearance", "* National Identity Card", "- 2x2 picture", "- Copy of ..."
_DOCUMENT_ITEM = re.compile(
    r"^\W*(?:(?:latest|updated|recent|a|an|the|your|certified|scanned|completed|online)\s+)*(?:copy|copies|curriculum vitae|cv|c\.v\."
    r"|(?:(?-i:[A-Z][\w-]*)\s+(?:of\s+)?){0,5}application forms?"  # "Completed online City of Pittsburgh Application Form and ..."
    r"|resume|résumé|cover(?:ing)? letter|application letter|letter of (?:application|intent)|transcripts?"
    r"|(?:[\w()]+\s+){0,5}clearance|(?:national )?identity card|(?:national )?id card|passport|birth certificate"
    r"|testimonials?|(?:school )?leaving certificates?|medical certificate|\d+\s*[\"”']?\s*x\s*\d+|photo(?:graph)?s?"
    r"|pictures?|references?|referees?)\b",
    re.I,
)
_NECESSARY = re.compile(r"^(?:necessary|needed|mandatory|must)$")  # "Necessary:" beside "Desirable:"

# "Immediate Start GP Required", "Chef Wanted - Bristol", "Nurses Needed - London": an ad's
# headline naming whom it hires (a job's name, or "immediate start"), not a heading of asks
# ("Credentials Required", "Skills/Experience Required" name the asks)
_HEADLINE = re.compile(
    r"^(?P<opener>(?:(?:urgent(?:ly)?|immediate(?: start)?|now)\s+)*)((?:[\w'&/.-]+ ){1,4}?)"
    r"(?:urgently |immediately )?(?:required|wanted|needed)(?=\W*$|\s*[*!|(–—-])"
)


def _hiring_headline(label: str) -> bool:
    """Whether a heading names the job hired for: a job's name (O*NET's title words) or an
    "immediate start" before "required", "wanted" or "needed"."""
    found = _HEADLINE.match(label)
    if found is None:
        return False
    if found.group("opener"):
        return True
    jobs = title_words()
    return any(word in jobs or word.removesuffix("s") in jobs for word in re.split(r"[\s/&]+", found.group(2)) if word)


def _misspelt_heading(label: str) -> str | None:
    """ "Qualificatioins", "Requirments": a one-word heading a letter or two off, its first
    letter right (not "Disqualifications", another word)."""
    if " " in label or label.startswith(("dis", "pre", "non", "un")):
        return None
    near = [word for word in _ONE_WORD_HEADINGS if word[0] == label[:1] and abs(len(word) - len(label)) <= 2]
    found = get_close_matches(label, near, n=1, cutoff=0.85)
    return found[0] if found else None


# The one-word headings a posting's writer may misspell
_ONE_WORD_HEADINGS = ("qualifications", "requirements", "responsibilities", "duties", "benefits", "skills")


def names_duties(label: str) -> bool:
    """ "Duties include", "Key responsibilities": a heading over the work itself, not what
    is asked of who does it."""
    return bool(_DUTIES.search(label)) and not _ASKS.search(label)


def tech_votes(terms: Iterable[tuple[str, int]], sections: Mapping[int, str], lines: Sequence[Line]) -> list[str]:
    """The tech terms, each (as written, line number), that count toward a tech posting:
    those in its sections of asks and product names in a list elsewhere ("No feast-or-famine.
    No chatbots." in a courier's pitch names no tech); every one in a posting with no
    section of asks, which asks in its prose."""
    if not any(section in ("requirements", "preferred") for section in sections.values()):
        return [written for written, _ in terms]
    return [
        written
        for written, number in terms
        if sections[number] in ("requirements", "preferred")
        or (sections[number] == "body" and is_bullet(lines[number - 1].text) and written[:1].isupper())
    ]


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def without_bullet(text: str) -> str:
    """A list item's text after its marker ("- ", "2. ")."""
    return _BULLET.sub("", text, count=1)


_LABEL_WITH_VALUE = re.compile(r"^[^:]{1,40}:\s*\S")


_NUMBERED_CAPS = re.compile(r"^(?:\d{1,2}|[A-Za-z])[.)]\s+(?=.*[A-Z]{3})[^a-z]+$")
_LAST_SENTENCE = re.compile(r"[a-z)][.!?]\s+([A-Z][^.!?]*:)$")


def _trails_off_as_heading(text: str, kind: str | None) -> bool:
    """ "You'll shine here if...": a known section's name trailing off into its list; not an
    item cut short ("High school diploma or equivalent, plus...")."""
    return text.endswith(("…", "...")) and kind is not None and "," not in text


_ASK_WORDING = re.compile(
    r"\b(?:knowledge of|must|required|essential|such as|proficien\w*|ability to|able to"
    r"|experience (?:in|with|of|working|using))\b"
)
_LONGEST_HEADING = 20  # words: no heading runs longer, whatever opens it
_TRAILING_DASH = re.compile(r"(?<=:)\s*[-–—]+$")
# "Knowledge of EMIS is desirable": an item that says how much it is wanted, no heading
_STATED_ASK = re.compile(
    r"\b(?:is|are)\s+(?:\w+\s+)?(?:desirable|required|essential|preferred|mandatory|a plus|an advantage)$"
)


# A form's numbered part before its name: "Section 8: Job Requirements", "Part 2 - Person Specification"
_NUMBERED_PART = re.compile(r"^(?:section|part)\s+\d{1,2}\s*[:.–—-]\s*(?=\w)", re.I)


# an item of a list that only leads into wishes: "+ Bonus points for", "- Nice to have:"
_EXAMPLES_AFTER = re.compile(r"(?<=\w)\s*\([^()]*,[^()]*\)\s*$")
_WISH_LEAD = re.compile(
    r"^(?:bonus(?: points)?(?: for| if you have)?|extra points for|nice[- ]to[- ]haves?|(?:it'?s )?a plus(?: if you have)?"
    r"|pluses)\W*$"
)


# a civil-service bulletin's weight of a part of its examination: "Interview ... 100%",
# "Essay . . . . . Advisory"
_EXAM_WEIGHT = re.compile(r"(?:\.\s*){3,}\s*(?:\d{1,3}\s*%|advisory|pass/fail|qualifying)\s*$", re.I)


def heading_of(line: Line) -> tuple[bool, str | None]:
    """Whether a line is a section heading, and which section it opens (None: unknown)."""
    text = _TRAILING_DASH.sub("", MARKUP.sub(" ", line.text).strip())  # "... some fantastic benefits: –"
    text = _NUMBERED_PART.sub("", text)
    if _EXAM_WEIGHT.search(text):
        return True, "notes"  # "Interview ... 100%": the examination's weights, its process below
    if not is_bullet(line.text):
        # "Credentials (certificates, licences, memberships, courses, etc.)": a form's field,
        # its examples in brackets
        text = _EXAMPLES_AFTER.sub("", text) or text
    label = heading_label(text)
    last = _LAST_SENTENCE.search(text) if text.endswith(":") else None
    last_label = heading_label(last.group(1)) if last else ""
    if last and len(last_label.split()) <= 4 and (heading_kind(last_label) == "about" or _APPLYING.search(last_label)):
        # "We are practicing therapists with over 30 years of experience. We offer:" opens
        # what its last sentence names: the benefits ("... compliance documents. These documents include:")
        text, label = last.group(1), last_label
    # a Markdown heading may run longer: "Here's what we'd like to see on your cover letter and resume"
    # a question that heads a list may run longer: "What do you need to succeed as a Vehicle Technician?"
    asks_what = label.startswith(("what ", "who ")) and text.endswith("?")
    applying = _APPLYING.search(label) and not _APPLY_IF.search(label)  # "You should apply if you:" asks
    if text.endswith(":") and applying and len(label.split()) <= 14 and not is_bullet(line.text):
        return True, "about"  # what to send with an application is asked of no one's experience
    numbered_caps = bool(_NUMBERED_CAPS.match(text))  # "3. ENTRY REQUIREMENTS FOR 2025 RECRUITS"
    if is_bullet(line.text) and _WISH_LEAD.match(heading_label(without_bullet(text))):
        return True, "preferred"  # "+ Bonus points for", then the wishes as items of the same list
    some_of = bool(_SOME_OF_THE_LIST.search(label))  # such a sentence may run longer than a heading
    if not label or (is_bullet(line.text) and not numbered_caps) or len(label.split()) > _LONGEST_HEADING + 4 * some_of:
        return False, None
    kind = heading_kind(label)
    if some_of and line.is_heading and not _MUST_OR_CREDENTIAL.search(label):
        kind = "preferred"  # "## ... experience in a number of the following areas:": no item of it is a must
    # and a sentence that opens a list: "Successful applicants must have experience and skills
    # in the following areas:"
    # "This Team will be Excited to Have You Because You Bring...": a sentence trailing off into its list
    # (not an item cut short by a scraper: "Knowledge of payroll software such as Sage is essential...")
    trails_off = _trails_off_as_heading(text, kind)
    opens_list = text.endswith(":") or (trails_off and not _ASK_WORDING.search(label))
    longest = 14 if line.is_heading or asks_what or opens_list else 8
    if opens_list and kind == "about":
        longest = 20  # "In return for your hard work commitment NHS Professionals (NHSP) can offer you some fantastic benefits:"
    if (opens_list or line.is_heading) and " following " in f" {label} ":
        longest = 20  # "In addition to dental office experience, the ideal candidate will also demonstrate the following qualities:"
        if some_of:
            longest = 24  # "The team has a variety of responsibilities and is looking for people with experience in a number of the following areas:"
    if len(label.split()) > longest:
        return False, None
    if not line.is_heading and _LABEL_WITH_VALUE.match(text):
        return False, None  # "Apply: https://...", "Location: Dayton, OH": a line of its own (inline)
    if _WE_SENTENCE.match(label) and not text.endswith(":"):
        # "We are looking for a new member of our awesome team": a sentence, or a headline;
        # a headline may still open how to apply ("We invite you to participate in recruitment")
        return line.is_heading, kind if kind == "about" and line.is_heading else None
    # "IPAF", "SSSTS/SMSTS" alone on a line: an acronym listed, not a heading in capitals
    acronym = kind is None and " " not in text and all(zipf(part.lower()) < 3.0 for part in text.split("/") if part)
    trailing = text.endswith((":", "?")) or trails_off
    looks = line.is_heading or trailing or (text.isupper() and len(label) > 2 and not acronym)
    if looks and (text[:1].isupper() or text[:1].isdigit()):
        return True, kind
    if (
        kind is not None
        # "Why Work at Fields of View": the employer's name makes it long
        and len(label.split()) <= (8 if kind == "about" and label.startswith("why ") else 5)
        and not text.endswith(".")
        and not _named_item(label)
        and not _STATED_ASK.search(label)
    ):
        return True, kind  # a known section name on a line of its own: "Description", "Benefits"
    return False, None


_ADDRESS_LABEL = re.compile(r"\b(?:address|location|venue)\b", re.I)
# The rest of an address: capitalised words, numbers and commas, no sentence ("Toul Kork, Phnom Penh, Cambodia")
_ADDRESS_LINE = re.compile(r"^(?:[#\d][\w/-]*|[A-Z][\w.'’-]*)(?:,?\s+(?:[#\d][\w/-]*|[A-Z][\w.'’-]*)){0,7},?$")
# A sentence about applying: "Please include the following required documents with your application:"
_APPLYING = re.compile(r"\b(?:apply|applying|application|documents|submit|send|attach)\b", re.I)
# "You should apply if you:", "To apply for this post, you will be:": what one must be or have to apply
_APPLY_IF = re.compile(
    r"\bapply if\b|\b(?:you|candidates?|applicants?) (?:will|must|should|shall) (?:be|have|hold|possess)$", re.I
)


def _named_item(label: str) -> bool:
    """ "Abortion storytelling experience", "Communication skills": an item of a list written
    without bullets, naming what experience or skill; not "Relevant work experience"."""
    words = label.replace("&", " and ").replace("/", " ").replace(",", " ").split()
    if len(words) >= 2 and words[0] in ("a", "an"):
        return True  # "A handy monthly performance bonus": a thing, no section's name
    if len(words) >= 2 and words[-1] in ("experience", "skills", "skill"):
        if words[-1] != "experience" and words[-2] in _KINDS_OF_SKILLS:
            return False  # "Pet Grooming Specific Skills", "Additional Skills": a section's name
        return any(w not in _HEADING_WORDS for w in words[:-1])
    # "Licensed social worker", "CPR certification": a credential, not "Licenses and Certifications"
    return bool(_CREDENTIALS.search(label)) and any(
        w not in _HEADING_WORDS and not _CREDENTIALS.match(w) for w in words
    )


_HEADING_WORDS = frozenset(
    """work relevant professional required preferred desired desirable minimum essential additional key
    your our the and of skills education qualifications knowledge training background prior previous
    technical industry job candidate level years specific special other general related personal
    abilities competencies attributes or required: behavioural behavioral functional core""".split()  # noqa: SIM905 (a word list reads best as words)
)


_WE_SENTENCE = re.compile(r"^(?:we|we're|we are|our)\b(?:\s+\S+){5,}")  # six words or more in the employer's voice

# The paragraphs every employer adds, wherever they stand: equal opportunity (protected
# classes named) and pay (a salary range; "commensurate with experience"). They ask for nothing.
_STATEMENT = re.compile(
    r"(?:\b(?:race|religion|national origin|sexual orientation|gender identity|marital status|veteran status"
    r"|protected (?:class|veteran)|genetic information)\b.*){3}"
    r"|\bequal (?:opportunity|access|employment opportunity)(?: /| and| &)?(?: affirmative action)? employer\b"
    r"|\b(?:salary|pay|compensation|wage) range\b.*\$\s?\d|\$\s?\d[\d,.]*k?\s*(?:-|–|to)\s*\$\s?\d.*\b(?:salary|pay|base)\b"
    r"|\b(?:salary|pay|compensation|wages?|rate)\b[^.]{0,30}\b(?:commensurate|negotiable|depend(?:s|ent|ing) on)\b"
    r"|\b(?:salary|pay|compensation|wages?|rate)\b (?:will be |is )?based on\b"  # "Wage will be based on experience"
    # an NGO's safeguarding statement: "FHI 360 is committed to preventing any type of abuse"
    r"|\b(?:is|are) (?:fully |strongly |deeply )?committed to (?:preventing|safeguarding|protecting|the safeguarding)\b"
    r"|\bzero[- ]tolerance\b",
    re.I,
)


def _statement_line(text: str) -> bool:
    """A line that is an employer's statement: not a whole ad run into one paragraph that
    asks before its statement ("We are looking for HCPC registered Occupational Therapists
    who ... Eden Brown is an equal opportunity employer.")."""
    found = _STATEMENT.search(text)
    if found is None or len(text.split()) <= 6:
        return False
    return len(text.split()) <= _CALL_WORDS or not any(end <= found.start() for _, end in asked_spans(text))


# Where a posting says who it is and how to reach it: an e-mail address, a phone number (ten
# digits or more), a web address alone on its line, a postal code after a place ("Austin,
# Texas 78757", "Stockton-on-Tees, TS19 8PE", "Toronto, ON M5V 2T6"), and a short line of pay
# ("£21,892 - £24,157 pa pro rata", "$18/hour").
# the call to apply, a line of its own: "Send in your application today", "Submit your resume
# for consideration today!" (not a whole ad run into one paragraph that ends with it)
_CALL_TO_APPLY = re.compile(
    r"\b(?:send|submit|email|e-mail|forward)(?: in| us)? your (?:application|resume|résumé|cv|c\.v\.|cover letter)\b",
    re.I,
)
_CALL_WORDS = 40
# How to apply, opening the list of what to send: "... apply via email (...) with the following info;"
_APPLY_LEAD = re.compile(r"\b(?:apply|application)\b", re.I)
_LEADS_ON = re.compile(r"[:;]\W*$")
# "Submit your resume today if you have at least 2 years of call center experience": it asks
_CALL_WITH_ASKS = re.compile(
    r"\b(?:if you|who (?:have|has|are|hold)|with (?:at least|a|an)|experience|years?|must)\b", re.I
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\(?\d[\d \t().-]{8,}\d")
_WEB_ADDRESS = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.I)
_POSTAL_CODE = re.compile(
    r"\b[A-Z][a-z]+,? (?:[A-Z]{2}|[A-Z][a-z]+) \d{5}(?:-\d{4})?\b"  # US
    r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"  # UK
    r"|\b[A-Z]\d[A-Z] \d[A-Z]\d\b"  # Canada
)
_PAY = re.compile(
    r"[£$€₹]\s?\d|\b\d[\d,.]*\s?(?:USD|GBP|EUR|CAD|AUD|INR)\b|\b(?:per annum|pro rata)\b"
    r"|\b\d+(?:\.\d+)?\s?(?:/|per |an? )\s?(?:hr|hour)\b"
    r"|^\W*(?:salaried|hourly|full[- ]time|part[- ]time) (?:position|role|job)\b(?=.*\b(?:benefits|pay|paid|pto)\b)",
    re.I,
)
# an amount of money and what it is paid for
_PAY_ITEM = re.compile(
    r"[£$€₹]\s?\d[\d,.]*\s?(?:k\b)?[^.;]{0,40}?\b(?:p/h|ph|per hour|an hour|/hr|/hour|per annum|p\.?a\.?|a year|per year"
    r"|salary|wages?|pay)\b",
    re.I,
)
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s*Box\s+\d+", re.I)  # "P.O. Box 35241,"
_META_WORDS = 12  # longer, a line is a sentence that may ask for something
_FIELD_VALUE = re.compile(r":\s*\S|\d")  # a header field's value after its label
_FIELD_PART = re.compile(r"^\s*([A-Z][^:|]{1,30}):\s*[^|]*$")


def _field_row(text: str) -> bool:
    """A row of a header's fields, "Department: General Medicine | Location: Barnsley": two
    labelled parts or more, one a field of the job (place, date, pay) and none an ask."""
    parts = text.split("|")
    if len(parts) < 2:
        return False
    labels = [match.group(1) for part in parts if (match := _FIELD_PART.match(part))]
    kinds = [heading_kind(heading_label(label)) for label in labels]
    return len(labels) == len(parts) and "about" in kinds and not {"requirements", "preferred"} & set(kinds)


_CONTACT_WORDS = 25  # longer, a paragraph with an address or phone number in it
# An organisation's name under a posting's title: "North Tees and Hartlepool NHS Foundation Trust"
# A quotation or a staff member speaking: a testimonial, not what the job asks
# (a quotation in the first person; not a section quoted as a block: "> Team members must be at ease with Git")
_TESTIMONIAL = re.compile(
    r"^\s*>\s*[\"“]|^\s*>.*\b(?-i:I|I've|I'm|my)\b|^\W{0,3}I(?: have|'ve| was| am|'m| joined| started| love)\b"
)
# A header line of parts, one a place or the kind of job: "Grill Express — Ahmedabad, Gujarat,
# India · Full-time", "Solaris Healthcare - North Richland Hills, TX, US"; not a line of tools
# ("Python · Airflow · dbt")
_FIELD_PARTS = re.compile(
    r"^(?=.*\S\s+[-—–|·]\s+\S)(?=.*(?:\b(?:full[- ]time|part[- ]time|remote|hybrid|contract|permanent|temporary"
    r"|on-?site|freelance)\b|,\s*(?-i:[A-Z])))",
    re.I,
)
# The word that says a name is an organisation's ("Bugema University", "Acme Ltd")
_ORGANISATION_WORDS = (
    r"Inc|LLC|Ltd|Limited|GmbH|Pvt|Pty|CJSC|Corp|Corporation|Company|Group|Trust|Foundation|Hospital|Clinic"
    r"|University|College|Council|Agency|Department|Dept|Ministry|Bureau"
)
_ORGANISATION = re.compile(rf"\b(?:{_ORGANISATION_WORDS}|PLC)\b")
# not "PLC", which names a controller as often as a company ("Allen Bradley PLC systems")
_NAMED_ORGANISATION = re.compile(
    rf"\b((?:[A-Z][\w&'’-]*\s+){{1,3}})((?:{_ORGANISATION_WORDS})\b\.?|(?:INC|LLC|LTD|CORP)\b)"  # "SEOUL SALON INC"
)


_HIRING_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:At\s+)?((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)"
    r",?\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:looking|seeking|hiring|recruiting|searching)\b"
    r"|(?:^|[.!?]\s+|\n)((?:[A-Z][\w&'’-]*\s+){0,2}[A-Z][\w&'’-]*)\s+hires\b"
    # "Spotlight PA, an award-winning, independent newsroom ..., is seeking": a name and what it is
    r"|(?:^|[.!?]\s+|\n)((?:[A-Z][\w&'’-]*[ \t]+){0,3}[A-Z][\w&'’-]*),\s+(?:an?|the)\s+[^.;\n]{3,150}?,"
    r"\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:looking|seeking|hiring|recruiting|searching)\b"
    # "At Sephora, we believe ...", "Join Sephora and be part of the Miranda team"
    r"|(?:^|[.!?]\s+|\n)(?:At|Join)\s+(?!(?:Our|The|Us|A|An|This)\b)((?:[A-Z][\w&'’-]*\s+){0,2}[A-Z][\w&'’-]*)"
    r"(?:,\s+(?:we|our)\b|\s+and\s+(?:be|become|help|make|work)\b)"
    # "Sanmina is an Equal Opportunity Employer"
    r"|(?:^|[.!?]\s+|\n)((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)\s+(?:is|are)\s+(?:an?\s+|proud\s+to\s+be\s+an?\s+)?"
    r"(?i:equal (?:employment )?opportunit(?:y|ies)|EEO|affirmative action)"
)


def employer_names(text: str) -> frozenset[str]:
    """The names a posting gives itself as the one hiring ("At Sephora, we ...", "Crunch
    hires"), in lower case: a phrase that opens with one is the employer's ("Sephora
    customers"), not a thing to know."""
    names = {" ".join(next(g for g in match.groups() if g).split()).lower() for match in _HIRING_SUBJECT.finditer(text)}
    for match in _EMPLOYER_FIELD.finditer(text):  # "Company: Waldorf Australia Group": "Waldorf" opens its names
        first = match.group(1).split()[0].lower()
        if zipf(first) < _RARE_NAME_ZIPF:
            names.add(first)
    return frozenset(names)


_RARE_NAME_ZIPF = 3.5  # a name's first word rarer than this is the name ("waldorf" 2.6), not a word ("general" 5.5)


# a job board's field that names the employer: "Company: Meridian Business Support Limited"
_EMPLOYER_FIELD = re.compile(
    r"^\W{0,4}(?:company|employer|organi[sz]ation|hiring organi[sz]ation)(?: name)?\W{0,4}:\W{0,4}\s*"
    r"((?:[A-Z][\w&'’.-]*[ \t]+){0,4}[A-Z][\w&'’.-]*)",
    re.I | re.M,
)


def organisations(text: str) -> frozenset[str]:
    """The names of the organisations a posting writes (the employer, its parent), each
    with the words before it dropped one by one ("At Bugema University": "At Bugema",
    "Bugema"): a requirement named so is the employer, not a thing to know. Compare them in
    lower case (the employer's own are so)."""
    names = set(employer_names(text))  # "Omzfield Services is looking for", "Crunch hires"
    for match in _EMPLOYER_FIELD.finditer(text):  # "**Company:** Waldorf Australia Group"
        words = match.group(1).split()
        names.update(" ".join(words[: i + 1]).lower() for i in range(1, len(words)))
    for match in _NAMED_ORGANISATION.finditer(text):
        words = match.group(1).split()
        names.update(" ".join(words[i:]) for i in range(len(words)))
        names.update(f"{' '.join(words[i:])} {match.group(2)}" for i in range(len(words)))
    names.update(_acronyms_of_organisations(text))
    return frozenset(names)


# A name in capitals and its acronym in brackets: "Barker Blagrave & Associates Dietetics
# Professional Corporation (BB&A)"
_NAME_AND_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’.-]*|&|and|of)(?:[ \t]+(?:[A-Z][\w'’.-]*|&|and|of)){1,9})[ \t]*\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)"
)
# a business's word (not a body's: "Council", "College", "Agency" name the bodies that certify)
_BUSINESS_WORD = re.compile(
    r"^(?:Inc|LLC|Ltd|Limited|GmbH|Pvt|Pty|Corp|Corporation|Company|Co|Group|Associates|Partners|Trust|Foundation"
    r"|Hospital|Clinic)\.?$"
)


def _acronyms_of_organisations(text: str) -> list[str]:
    """The acronyms businesses give themselves: the letters in brackets after a name that
    holds a business's word, the initials of its first words ("BB&A" of "Barker
    Blagrave & Associates ... Corporation")."""
    found = []
    for match in _NAME_AND_ACRONYM.finditer(text):
        words = [w for w in match.group(1).split() if w not in ("and", "of")]
        letters = [c for c in match.group(2) if c.isalpha() or c == "&"]
        initials = [w[0] for w in words]
        # (from the name's first word, three letters at least: not "Research & Development Group (R&D)")
        if (
            sum(c.isalpha() for c in letters) >= 3
            and initials[: len(letters)] == letters
            and any(_BUSINESS_WORD.match(w) for w in words)
        ):
            found.append(match.group(2))
    return found


# "For further details / informal visits contact:", "Enquiries:": who to ask follows
_CONTACT_INTRO = re.compile(
    r"^[^-*•·\d][^.]{0,60}\b(?:contact|enquiries|inquiries)(?: us| details)?\s*:\s*$"
    r"|^\W*for (?:further|more) (?:details|information)\b|^\W*for informal (?:enquiries|inquiries|discussions?)\b"
    r"|\bto the (?:following )?address(?:es)?(?: (?:indicated|given|shown|listed))? below\b",  # then the address
    re.I,
)


def _where_to_reach(text: str) -> bool:
    """A line that says where or how to reach the employer, or what it pays. A paragraph
    that also gives a phone number (a one-paragraph posting) may ask for much besides."""
    words = len(text.split())
    if words > _CONTACT_WORDS:
        return False
    if _EMAIL.search(text) or _WEB_ADDRESS.match(text):
        return True
    if any(sum(c.isdigit() for c in m.group()) >= 10 for m in _PHONE.finditer(text)):
        return True
    short = words <= _META_WORDS and not is_bullet(text)
    if words <= _META_WORDS and _PAY_ITEM.search(text):
        return True  # "- Between £5.28 and £10.42 p/h depending on age and experience": pay, an item or not
    return short and bool(_POSTAL_CODE.search(text) or _PAY.search(text) or _PO_BOX.search(text))


_HOW_TO_APPLY = re.compile(r"\b(?:apply|application (?:procedures?|process|instructions)|contact)\b", re.I)


def _applying(text: str, label: re.Match[str]) -> bool:
    """A how-to-apply label that opens a sentence ("APPLICATION PROCEDURES: Please send ...");
    not a header field with a link ("Apply: https://...")."""
    return bool(_HOW_TO_APPLY.search(label.group(1))) and len(text[label.end() - 1 :].split()) >= 3


# How to reach the employer, to the end of its clause: "please message us through a private
# Facebook message below", "DM us on Instagram" (not "customers who call us")
_REACH_US = re.compile(
    r"\b(?:message|contact|dm|email|e-mail|reach|find|follow) us\s+(?:\w+\s+){0,3}?(?:on|through|via|at)\b[^,.;!?]*",
    re.I,
)


# "Get to know us on LinkedIn (https://...), Facebook (...)": the employer's channels, to the end of the line
# (glued to a bold heading before it: "Learn More About UsGet to know us on")
_OUR_CHANNELS = re.compile(
    r"(?:\b|(?<=[a-z])(?=[A-Z]))(?i:get to know|connect with|follow|find|like|join) (?i:us on)\s+\W*"
    r"(?i:linkedin|facebook|instagram|twitter|x|tiktok|youtube|social media)\b.*"
)


# "Reach out to Zay Hanlon on LinkedIn", "get in touch with our recruiter via WhatsApp": a
# person of the employer's (a capitalised name, or who they are) and the channel to reach them
_REACH_PERSON = re.compile(
    r"\b(?i:reach out|get in touch|speak|talk|chat|connect)\s+(?i:to|with)\s+"
    r"(?:(?i:us|me|(?:our|the) (?:team|recruiter|recruiting team|hiring manager|hiring team))|(?:[A-Z][\w'’-]+\s+){1,3}?)"
    r"\s*(?i:on|through|via|at)\s+(?i:linkedin|whatsapp|telegram|twitter|x|facebook|instagram|signal|email|e-mail|phone"
    r"|telephone)\b"  # the channel, and no more ("connect with Salesforce via REST APIs" asks)
)


def reach_us_spans(text: str) -> list[tuple[int, int]]:
    """Where a line says how to reach the employer: a channel named there asks nothing."""
    found = (*_REACH_US.finditer(text), *_OUR_CHANNELS.finditer(text), *_REACH_PERSON.finditer(text))
    return [m.span() for m in found]


_SOCIAL = re.compile(
    r"^\W*(?:follow us|find us|connect with us|(?:linkedin|instagram|facebook|twitter|youtube|tiktok)\W*(?::|$)"
    # a profile's handle or address: "GitHub: theharold9000" (not "GitHub: pull requests and reviews")
    r"|(?:github|gitlab|bitbucket|behance|dribbble)\s*:\s*(?:@?[\w./-]+|https?://\S+)(?:\s*\(https?://\S+\))?\s*$"
    # a UK person specification's column of how each item is judged: "How Identified: Interview"
    r"|(?:how (?:identified|assessed|evidenced)|(?:method of )?assess(?:ed|ment) (?:by|method|through)"
    r"|evidenced (?:by|through)|identified (?:by|through))\s*:)",
    re.I,
)


_APPLY_BUTTON = re.compile(r"^\W*apply(?: (?:now|here|online|today))?\W*$", re.I)


_HASHTAGS = re.compile(r"^\s*#[A-Za-z][\w-]*(?:\s+#[A-Za-z][\w-]*)*\s*$")


_THE_PART = re.compile(r"^the \w+$")  # "The Experience", "The Team": one part of a section


def posting_sections(document: ResumeDocument, title_line: int | None = None) -> dict[int, str]:
    """For each line number, the section it is in: title, requirements, preferred, body, notes
    or about.

    A heading (Markdown, a short line ending with ":", all capitals, or a known section name
    on its own line) opens a section; "Requirements: Python, SQL" opens one on its own line.
    An unknown heading opens a plain description section. A long paragraph after a bulleted
    list ends a requirements or nice-to-have section (the benefits text that often follows),
    unless it starts in lower case, going on with the list's last item.
    """
    sections: dict[int, str] = {}
    current = "body"
    previous_bullet = previous_item = previous_inline = False
    bullets_above: list[int] = []  # the items of the list the line is in, above it
    preferred_headings: list[int] = []
    requirement_headings: list[tuple[int, str]] = []  # line, label
    just_headed = False  # the line before was a known Markdown heading
    sub_kind: str | None = None  # the kind the unknown headings under a known one take
    asking_headings = False  # under "Here are a few things you must ...": each heading an ask over its story
    in_header = True  # the short lines under the title, before any heading, list or paragraph
    address = False  # the line before was an address field, which may run on to this one
    about_lead_in = False  # the about section was opened by a paragraph's last sentence ("We offer:")
    colon_list = False  # the lines under a "Label:" heading, short and unbulleted: its items
    heading_above: str | None = None  # the kind of the heading on the line above, if it was one
    headed: set[int] = set()  # the lines heading_of reads as headings
    for line in document.lines:
        after_address, address = address, False
        if line.number == title_line:
            sections[line.number] = "title"
            continue
        if _APPLY_BUTTON.match(MARKUP.sub(" ", line.text)) or _HASHTAGS.match(line.text):
            sections[line.number] = "about"  # "[Apply Now]": a button; "#LI-Remote": a board's tags; this line only
            continue
        plain = MARKUP.sub(" ", line.text).strip()
        if _ASKS_BELOW.match(plain):
            # "Here are a few things that you must be able to tick off your skills list before
            # applying.": the headings below it name the asks; the story under each asks only
            # where its sentences ask (notes)
            sections[line.number], current, sub_kind, asking_headings = "about", "requirements", "requirements", True
            continue
        read_as = heading_of(line)
        if read_as[0]:
            headed.add(line.number)
        is_heading, kind, heading_above = _heading_here(
            line, plain, read_as, previous_bullet, heading_above, colon_list
        )
        if is_heading or is_bullet(line.text) or len(plain.split()) > _META_WORDS:
            colon_list = is_heading and plain.endswith(":")
        if is_heading:
            # "... combined pediatric experience. We offer:": benefits a paragraph opens, which end with their list
            about_lead_in = kind == "about" and not line.is_heading and bool(_LAST_SENTENCE.search(line.text.strip()))
        short = not is_bullet(line.text) and len(line.text.split()) <= _META_WORDS
        in_header = in_header and short and (not is_heading or kind == "about")
        if in_header and is_heading and _FIELD_VALUE.search(line.text):
            sections[line.number] = "about"  # "Compensation $10 Hourly", "Employment Type: Full-Time": a field
            continue
        if is_bullet(line.text):
            field = _INLINE_HEADING.match(MARKUP.sub("", without_bullet(line.text)).strip())
            if field and heading_kind(heading_label(field.group(1) or field.group(2))) == "about":
                sections[line.number] = "about"  # "- **Compensation:** commensurate with experience": a field
                continue
        inline = None if is_bullet(line.text) else _INLINE_HEADING.match(MARKUP.sub("", line.text).strip())
        inline_kind = heading_kind(heading_label(inline.group(1) or inline.group(2))) if inline else None
        if is_heading:
            if kind is None and line.is_heading and (sub_kind or just_headed):
                # headings right under a known one ("Experience and specialization", then
                # "Types of systems", "Area of specialization") are parts of it
                sub_kind = sub_kind or current
                kind = sub_kind
            elif kind is not None:
                sub_kind = None
                asking_headings = False
            # an unknown label inside the benefits or how-to-apply text ("IMPORTANT:") is part of it
            contact = kind is None and _CONTACT_INTRO.search(MARKUP.sub(" ", line.text))  # "Contact:"
            current = kind or ("about" if (current == "about" and not line.is_heading) or contact else "body")
            just_headed = kind is not None and line.is_heading
            if current == "preferred":
                preferred_headings.append(line.number)
            if current == "requirements":
                requirement_headings.append((line.number, heading_label(plain)))
        elif (intro := _intro_kind(line.text)) is not None:
            current = intro  # "... includes competitive and comprehensive benefits", "Duties include the following."
        elif (closing := _closing_heading(line.text)) is not None:
            sections[line.number], current = current, closing
        elif (lead := _bullet_lead(line.text)) is not None:
            if current == "body":
                # an unheaded list whose item heads wishes below it is a list of asks
                for number in bullets_above:
                    sections[number] = "requirements"
                current = "requirements"
            if current == "preferred" and lead == "requirements" and not _STRONG_LEAD.search(line.text):
                lead = "preferred"  # under "Preferred", "- Knowledge of:" heads more wishes
            sections[line.number], current = current, lead
        elif inline_kind == "about" and inline is not None and (inline.group(2) or _applying(line.text, inline)):
            # "WORK ENVIRONMENT. The work environment ...", "APPLICATION PROCEDURES: Please send
            # ... to Amy" (the lines after it go on with how to apply): a section run into its text
            current = "about"
        elif (
            inline_kind == "about"
            and _SECTION_LABEL.match(heading_label(inline.group(1) or inline.group(2)))
            and _employer_prose(MARKUP.sub("", line.text).strip()[inline.end() - 1 :])
        ):
            # "Remuneration: The University offers competitive salaries ... please visit our website":
            # the section run into the employer's prose, which the lines after it go on with
            sections[line.number] = current = "about"
        elif inline_kind == "about":
            sections[line.number] = "about"  # "Location: Oak Brook", "Job type: full-time": this line only
            address = bool(inline and _ADDRESS_LABEL.search(inline.group(1) or inline.group(2) or ""))
            continue
        elif after_address and _ADDRESS_LINE.match(MARKUP.sub(" ", line.text).strip()):
            sections[line.number] = "about"  # "ADDRESS: #35, Street 600 BIS", then "Toul Kork, Phnom Penh, Cambodia"
            continue
        elif _field_row(MARKUP.sub("", line.text).strip()):
            sections[line.number] = "about"  # "Department: General Medicine | Location: Barnsley": this line only
            continue
        elif inline_kind is not None:
            current = inline_kind
        elif _where_to_reach(line.text) or (
            in_header and (_ORGANISATION.search(line.text) or _FIELD_PARTS.search(line.text))
        ):
            sections[line.number] = "about"  # the employer's name, address, pay, e-mail or phone: this line only
            if _APPLY_LEAD.search(line.text) and _LEADS_ON.search(plain):
                current = "about"  # "To apply ... via email (mailto:...) with the following info;": what to send
            continue
        elif _CONTACT_INTRO.search(MARKUP.sub(" ", line.text)):
            current = "about"  # "For further details / informal visits contact:", then who to contact
        elif (
            current in ("requirements", "preferred")
            and is_bullet(line.text)
            and _DOCUMENT_ITEM.match(without_bullet(line.text))
        ):
            sections[line.number] = "notes"  # a paper to send, read as notes: only what its clause asks
            continue
        elif _TESTIMONIAL.match(line.text):
            sections[line.number] = "about"  # "> I have had the fortunate opportunity of working at BMI for 4 years"
            continue
        elif _SOCIAL.match(MARKUP.sub(" ", line.text)):
            sections[line.number] = "about"  # "LinkedIn: Team Rubicon", "Follow us on Instagram", "How Identified:"
            continue
        elif _statement_line(line.text) or (
            _CALL_TO_APPLY.search(line.text)
            and len(line.text.split()) <= _CALL_WORDS
            and not _CALL_WITH_ASKS.search(line.text)
        ):
            sections[line.number] = "about"  # an equal-opportunity or pay statement inside any section
            if current in ("requirements", "preferred") and not is_bullet(line.text):
                current = "body"  # and, as any long paragraph (not an item of the list), it ends the list before it
            previous_bullet = previous_item = False
            continue
        elif (
            (current in ("requirements", "preferred") or (current == "about" and about_lead_in))
            and (previous_bullet or ((previous_item or previous_inline) and EMPLOYER_VOICE.search(line.text)))
            and not is_bullet(line.text)
            # after "Essential Requirements: NEBDN Certificate", one line that is the whole list,
            # a sentence in the employer's voice is the posting going on, as after a bullet
            and len(line.text.split()) > (12 if previous_bullet or previous_inline else 25)
            # "environment or work experience ...": the list's last item, cut by a page break
            and not line.text[:1].islower()
            and not ASKING_START.match(line.text)  # "Ability to write routine SOAP reports ...": still asks
        ):
            current = "body"
        if asking_headings and current == "requirements" and not is_heading and not is_bullet(line.text):
            sections.setdefault(line.number, "notes")
        sections.setdefault(line.number, current)
        if not is_heading:
            just_headed = False
        previous_bullet = is_bullet(line.text)
        bullets_above = [*bullets_above, line.number] if previous_bullet and not is_heading else []
        previous_inline = inline_kind is not None and inline_kind != "about" and not is_heading
        # a list written without bullets, one short item a line ("CPR Certification"): a
        # paragraph in the employer's voice after it ("We are an organization ...") ends it
        # (not the heading itself: "Qualifications", then "We are interested in ...: " opens the list)
        previous_item = (previous_bullet or len(line.text.split()) <= 12) and not is_heading
    _first_wishes_required(document, sections, preferred_headings, requirement_headings)
    _ideal_beside_required(requirement_headings, sections)
    _duties_listed_as_asks(document, sections)
    _asks_listed_as_description(document, sections, headed)
    return sections


def _heading_here(
    line: Line,
    plain: str,
    read_as: tuple[bool, str | None],
    previous_bullet: bool,
    heading_above: str | None,
    colon_list: bool,
) -> tuple[bool, str | None, str | None]:
    """Whether the line (`plain`: its text without markup) is a heading here and of what kind:
    as heading_of reads it (`read_as`) unless the lines above say otherwise; and the kind the
    next line sees above it."""
    is_heading, kind = read_as
    if is_heading and previous_bullet and plain[:1].islower() and not line.is_heading and not plain.endswith(":"):
        # "- Mapping functional and leadership" then "competencies aligned to unique roles": a
        # list item wrapped onto the next line, not a heading
        is_heading, kind = False, None
    if is_heading and heading_above == "about" and kind == "requirements" and _THE_PART.match(heading_label(plain)):
        # "You'll be Excited to Come to Work Because...", then "The Experience:": a part of what
        # the job gives, not the experience it asks for
        kind = "about"
    above = kind if is_heading else None
    section_name = kind == "about" or (
        kind is not None and len(heading_label(line.text).split()) <= 2 and not _CREDENTIALS.search(plain)
    )  # "About us", "Benefits": a new section after all
    if is_heading and colon_list and not line.is_heading and not plain.endswith(":") and not section_name:
        # "Desirable skills:" then "Basic IT knowledge", "IPAF", "PASMA" on lines of their
        # own: the items of its list, not headings
        is_heading, kind = False, None
    return is_heading, kind, above


def _first_wishes_required(
    document: ResumeDocument,
    sections: dict[int, str],
    preferred_headings: list[int],
    requirement_headings: list[tuple[int, str]],
) -> None:
    """ "Desired Skills and Experience" before any requirements (then "Additional
    Nice-to-Have Skills"), or holding the minimum degree or years: the first list is what
    the posting requires (LinkedIn's name for its qualifications); an item "desired" stays
    preferred."""
    first = preferred_headings[0] if preferred_headings else 0
    required_before = any(kind == "requirements" for number, kind in sections.items() if number < first)
    desired_first = bool(first) and bool(_DESIRED_HEADING.search(heading_label(document.lines[first - 1].text)))
    knock_outs = desired_first and any(
        _KNOCK_OUT.search(line.text) or degrees_in(line.text)  # "M.Sc. in fisheries science"
        for line in document.lines
        if sections.get(line.number) == "preferred"
    )
    # ("Requirements", then at once "Desired qualifications" and later "Bonus qualifications":
    # a heading over the two lists asks nothing of its own)
    headings = {number for number, _ in requirement_headings}
    required_items = any(kind == "requirements" and number not in headings for number, kind in sections.items())
    if (len(preferred_headings) > 1 and not required_items) or (knock_outs and not required_before):
        number = preferred_headings[0]
        end = preferred_headings[1] if len(preferred_headings) > 1 else len(document.lines) + 1
        while sections.get(number) == "preferred" and number < end:
            sections[number] = "requirements"
            number += 1


_MUST_LIST_ITEMS = 2  # "Requirements: - Must be 18 or older" alone is a legal line, no must list


def _section_lines(number: int, starts: set[int], sections: dict[int, str]) -> list[int]:
    """The lines of the requirements section a heading opens, up to the next heading."""
    lines = []
    number += 1
    while sections.get(number) == "requirements" and number not in starts:
        lines.append(number)
        number += 1
    return lines


# "The ideal candidate possesses the following traits and skills:" beside "Requirements and
# tools of the trade:": the ideal is the wish, the requirements the must.
# (and "Qualities we look for" under "Minimum Requirements": what the employer hopes to find)
_IDEAL_HEADING = re.compile(
    r"\bideal(?:ly)? (?:candidates?|applicants?|persons?|individuals?|hires?)\b"
    r"|^(?:\w+ )?(?:qualities|traits|attributes|characteristics) (?:we(?:'re| are)? look(?:ing)? for|we (?:value|seek|like))$"
)
_MUST_HEADING = re.compile(r"\b(?:requirements?|required|minimum|must|essential|mandatory|basic qualifications)\b")


def _ideal_beside_required(headings: list[tuple[int, str]], sections: dict[int, str]) -> None:
    """(A must list of a line or two, "Requirements: - Must be 18 or older", leaves the ideal
    candidate's list the posting's asks.)"""
    starts = {number for number, _ in headings}
    ideal = [number for number, label in headings if _IDEAL_HEADING.search(label)]
    musts = [number for number, label in headings if _MUST_HEADING.search(label) and not _IDEAL_HEADING.search(label)]
    if not ideal or not any(len(_section_lines(number, starts, sections)) >= _MUST_LIST_ITEMS for number in musts):
        return
    for number in ideal:
        for line in (number, *_section_lines(number, starts, sections)):
            sections[line] = "preferred"


# "As a School Cook at Safeway Junior School, you will:", "The post holder will:": what
# follows may be the work or what one must have; the items tell which.
_BARE_WILL = re.compile(r"\b(?:you|candidates?|applicants?|post ?holder|person|candidate)(?:'ll| will| shall)\s*:?\s*$")


def _duties_listed_as_asks(document: ResumeDocument, sections: dict[int, str]) -> None:
    """A "you will:" list whose items open with the verbs of duties ("Prepare and cook
    ...", "Maintain a clean kitchen") is the work, not what is asked; so is a list under a
    requirements heading whose items, three or more, nearly all do ("Position Job
    Requirements": "Assign participants to work crews", "Lead daily team meetings")."""
    lines = document.lines
    for index, line in enumerate(lines):
        if sections.get(line.number) != "requirements" or is_bullet(line.text):
            continue
        label = heading_label(line.text)
        will = bool(_BARE_WILL.search(label))
        if not will and heading_kind(label) != "requirements":
            continue
        items = []
        for below in lines[index + 1 :]:
            if sections.get(below.number) != "requirements" or not is_bullet(below.text):
                break
            items.append(below)
        texts = [without_bullet(item.text).strip() for item in items]
        opening = [text for text in texts if opens_with_duty_verb(text)]
        duties = len(opening)
        # under a requirements heading a gerund names a skill ("Managing processes"), not a duty
        commands = sum(not text.split(" ", 1)[0].lower().endswith("ing") for text in opening)
        if (will and len(items) >= 2 and duties * 3 >= len(items) * 2) or (
            len(items) >= 3 and commands * 5 >= len(items) * 4
        ):
            for number in (line.number, *(item.number for item in items)):
                sections[number] = "body"


# An item that reads as an ask whatever heads it: years, a skill said to be strong, an
# ability, a wish ("Motion Graphics ... will be an added advantage.")
_ASK_ITEM = re.compile(
    r"^\W*(?:\d+\s*(?:\+|(?:-|–|to)\s*\d+)?\s*\+?\s*(?:years?|yrs)\b|(?:minimum|at least)\b"
    r"|(?:strong|excellent|good|solid|proven|sound|advanced|working|thorough|in-depth|demonstrated|extensive)\b"
    r"[^.]{0,60}\b(?:skills?|knowledge|experience|understanding|abilit\w+)\b"
    r"|ability to|able to|knowledge of|experience (?:with|in|of|as)\b|proficien\w*|familiar\w* with|up[- ]to[- ]date with"
    r"|[^.]{0,80}\b(?:(?:will be |is |would be )?an? (?:added |big |distinct )?(?:advantage|plus|asset|bonus)"
    r"|preferred|(?<!as )(?<!when )(?<!if )required|desirable|essential)\W*$)",
    re.I,
)
_ASK_LIST_ITEMS = 3  # fewer, a description's list may hold an ask or two by chance


def _asks_listed_as_description(document: ResumeDocument, sections: dict[int, str], headed: set[int]) -> None:
    """A list under "Job Description" whose items nearly all ask ("- 2-4 years of experience
    as a visual designer", "Strong illustration skills", "- Ability to ...") is what the
    posting requires, whatever its heading calls it. `headed`: the lines read as headings."""
    run: list[Line] = []
    for line in (*document.lines, None):
        if line is not None and sections.get(line.number) == "body" and line.number not in headed:
            run.append(line)
            continue
        asks = sum(bool(_ASK_ITEM.match(without_bullet(item.text))) for item in run)
        if len(run) >= _ASK_LIST_ITEMS and asks * 5 >= len(run) * 4:
            for item in run:
                sections[item.number] = "requirements"
        run = []


_KNOCK_OUT = re.compile(r"\b(?:minimum|at least|must|degree|\d+\+? years?)\b", re.I)
_DESIRED_HEADING = re.compile(
    r"^(?:the )?(?:desired|desirable) (?:skills|experience|qualifications|expertise|knowledge|competenc|profile|background)"
)  # not "Desired pay?"


# A sentence that introduces the list below it: "This opportunity includes competitive and
# comprehensive benefits", "Essential Duties and Responsibilities include the following."
_BENEFITS_INTRO = re.compile(
    r"\b(?:benefits|perks|we offer|we provide)(?:,?\s+(?:including|include|such as))?\s*[:.!]?\s*$", re.I
)  # "MMC Offers Competitive Wages And Benefits, Including"
# "You will have long-term career opportunities, with a globally renowned company and the
# following:": what the job gives, though "you will have" opens asks elsewhere
_PERKS_LEAD = re.compile(
    r"^\W*(?:[\w ,'’]{0,30},\s*)?you(?:'ll| will)? (?:have|get|receive|enjoy)\b"
    # (not "You will have the opportunity to join us if you have the following:", "..., and you'll need:")
    r"(?![^:]*\b(?:if you|you(?:'ll| will)? need|opportunity to)\b)[^:]{0,80}\b(?:opportunities|benefits?|perks)\b",
    re.I,
)
# a perk by its name, as a benefits list labels its items: "Continued Education Reimbursement:"
# (whose "Education" would open the requirements), "Paid time off:", "Retirement: 403(b)"
# (the label ends with the perk: "Medical Insurance Billing", "Retirement Plan Administration" and
# "Life and Health Insurance License" name work or a licence)
_PERK_NAMED = re.compile(
    r"\b(?:reimburse\w*|allowances?|stipends?|discounts?|(?:life|health|dental|vision|pet|medical) insurance"
    r"|(?:parental|bereavement|sick|maternity|paternity|family) leave|paid time off|pto|40[13]\(?[kb]\)?|retirement|pensions?)"
    r"(?:\s+(?:plans?|programs?|match(?:ing)?|options?|package|benefits?|accounts?))?\W*$",
    re.I,
)
_FOLLOWING_INTRO = re.compile(
    r"^\W*(.{3,60}?)\s+(?:includes?|are|is|consists? of)\s+(?:the following|as follows)\b", re.I
)


# "We understand that candidates may not meet all of the preferred skills below": wishes follow
_PREFERRED_BELOW = re.compile(
    r"\b(?:preferred|desired|desirable) (?:skills|qualifications|requirements|experience)(?: \w+){0,2}"
    r" (?:below|listed below|that follow)\b",
    re.I,
)


def _intro_kind(text: str) -> str | None:
    if is_bullet(text):
        return None
    if _PREFERRED_BELOW.search(text):
        return "preferred"
    if _BENEFITS_INTRO.search(text):
        return "about"
    if ASKING_START.match(text) and text.rstrip().endswith(":") and not _DUTIES.search(text.lower()):
        return "requirements"  # "Ability to demonstrate mastery of routine technician skills such as:"
    if text.rstrip().endswith(":") and _WANT_YOU_TO_HAVE.search(text):
        return "requirements"  # "The hosting-related body of knowledge we want you to have ... includes:"
    following = _FOLLOWING_INTRO.match(MARKUP.sub(" ", text))
    if following:
        return heading_kind(heading_label(following.group(1)))
    if _DUTIES_INTRO.match(MARKUP.sub(" ", text).strip()) and names_duties(heading_label(text)):
        return "body"  # "Your duties as Pastry Chef include", a list of the work below it
    return None


_ASKS_BELOW = re.compile(
    r"^(?:here are|below are|these are|the following are)\b[^.:]{0,60}?\b(?:things|skills|qualities|requirements)"
    r" (?:that )?(?:you|candidates|applicants) (?:must|should|need to|will need to)"
    r" (?:(?:be able to )?(?:have|bring|possess|hold|tick|meet)\b|know before applying\b|[^.:]{0,40}\bbefore applying\b)",
    re.I,
)
_WANT_YOU_TO_HAVE = re.compile(
    r"\b(?:we|i)(?: would| 'd|'d)? (?:want|need|expect|require|like|love) (?:you|candidates|applicants) to"
    r" (?:have|know|bring|possess|hold)\b",
    re.I,
)
_DUTIES_INTRO = re.compile(r"^(?:\S+\s+){0,7}(?:include|includes|are|will be|will include)\s*:?$", re.I)


_STRONG_LEAD = re.compile(r"\b(?:required|requirements?|must|essential|mandatory|minimum|needed)\b", re.I)


def _bullet_lead(text: str) -> str | None:
    """An item that heads the items under it: "* Experience in any of the following are all
    bonus: 🙂" makes the sub-items wishes."""
    if not is_bullet(text):
        return None
    kind = _label_kind(re.sub(r"[^\w:)]+$", "", MARKUP.sub(" ", without_bullet(text)).strip()))
    return kind if kind in ("requirements", "preferred") else None


def _closing_heading(text: str) -> str | None:
    """The section a paragraph's last sentence opens when it heads the list below ("BMI is
    looking to bring the BEST onto our team. Here's what our IDEAL trainer possess:"); the
    paragraph itself stays in the section it is in."""
    plain, last = _last_sentence(text)
    return None if is_bullet(text) or last == plain else _label_kind(last)


def _last_sentence(text: str) -> tuple[str, str]:
    """A line without its markup, and its last sentence (the whole line when it has one)."""
    plain = MARKUP.sub(" ", text).strip()
    return plain, re.split(r"(?<=[.!?])\s+", plain)[-1]


_INCLUDES_LEAD = re.compile(
    r"^(\w[\w ]{2,40}?)\s+(?:includes?|are|will be|will include)(?:,?\s+but\s+(?:are\s+|is\s+)?not\s+limited\s+to)?"
    r",?(?:\s+the\s+following)?\s*:$",
    re.I,
)


def closing_label(text: str) -> str | None:
    """The label a paragraph's last sentence gives the list below it: "Responsibilities" of
    "... This is a full time position. Responsibilities include, but are not limited to the
    following:"."""
    lead = None if is_bullet(text) else _INCLUDES_LEAD.match(_last_sentence(text)[1])
    return lead.group(1) if lead else None


def _label_kind(label: str) -> str | None:
    """The section a short label ending in ":" opens, written inside a line."""
    return heading_kind(heading_label(label)) if label.endswith(":") and len(label.split()) <= _META_WORDS else None


EMPLOYER_VOICE = re.compile(r"\b(?:we|our|us)\b", re.I)
_PROSE_WORDS = 12
# labels that head a section, not a field: "Remuneration: The University offers ..." (not "Location: Leeds. We are ...")
_SECTION_LABEL = re.compile(
    r"^(?:remuneration|benefits?|perks|compensation(?: and benefits)?|what we offer|about (?:us|the company)|our company)$",
    re.I,
)
SENTENCE_END = re.compile(r"[.!?](?:\s+[A-Z]|\s*$)")  # a sentence ends: its mark, then a capital or the end


def _employer_prose(text: str) -> bool:
    """Sentences in the employer's voice, not a field's value ("Oak Brook, IL")."""
    return len(text.split()) >= _PROSE_WORDS and bool(EMPLOYER_VOICE.search(text)) and bool(SENTENCE_END.search(text))


ASKING_START = re.compile(
    r"^\W*(?:ability to|able to|must|knowledge of|experience (?:with|in)|proficien\w*|familiarity with)\b", re.I
)


_ROLE_WORD = re.compile(
    r"\b(?:engineer|scientist|analyst|developer|manager|designer|architect|specialist|consultant|lead"
    r"|intern|administrator|researcher|director|head|officer|programmer|technician|operative|assistant)s?\b",
    re.I,
)


def title_of(document: ResumeDocument) -> Line | None:
    """The first Markdown heading, or a short first line, unless it is a section heading
    ("About us") rather than a job title ("Customer Experience Analyst", "Skills Trainer":
    a role word, or the head word of an O*NET title)."""
    candidate = next(
        (line for line in document.lines[:5] if line.is_heading and not _BOARD_LINE.match(line.text)), None
    )
    field = next((line for line in document.lines[:_HEADER_LINES] if _title_field(line, candidate)), None)
    if field is not None:
        return field  # "TITLE:  Mechanical Design Engineer" under the employer's name
    lines = list(document.lines)
    while lines and _BOARD_LINE.match(lines[0].text):
        lines = lines[1:]  # "Careers", then "Hello!": the page's words, not the job's
    first = lines[0] if lines and len(lines[0].text.split()) <= 10 and not lines[0].text.endswith((".", ":")) else None
    if candidate is not None and first is not None and first.number < candidate.number and not _is_title(candidate):
        candidate = first  # "Pastry Chef" above "Qualifications"
    candidate = candidate or first
    if candidate is None:
        # "Join the team at Green Snow" (the page's), "Our current vacancies are listed below.",
        # then "**Warehouse Operative**": the first line alone that names a job
        candidate = next((line for line in lines[:_TITLE_REACH] if _job_named_alone(line)), None)
    if candidate is not None and not _names_the_job(candidate):
        # "Take Pride in Your Work" above "Electrician - Licensed": the heading that names a job
        later = (
            line
            for line in document.lines[candidate.number : _TITLE_REACH]
            if (line.is_heading or _job_named_alone(line))  # "**Warehouse Operative**" under "Join the team"
            and _names_the_job(line)
            and not line.text.rstrip().endswith(":")  # "Care worker duties may include:" opens a list
            and heading_kind(heading_label(line.text)) not in ("body", "about", "benefits")
        )
        candidate = next(later, candidate)
    return candidate if candidate is not None and _is_title(candidate) else None


_TITLE_REACH = 20  # lines a page's slogans and menus may take before the job's own heading


_NOT_A_NAME_START = re.compile(r"\W*(?:reporting|reports|join|joining|meet|working|based|located)\b", re.I)


def _job_named_alone(line: Line) -> bool:
    """A few words alone on a line, no sentence nor item, that name a job: how a page writes
    a job's name in bold."""
    text = line.text
    alone = (
        len(text.split()) <= 5
        and not is_bullet(text)
        and ":" not in text
        and not text.rstrip().endswith((".", "!", "?", ","))
        and not _NOT_A_NAME_START.match(text)  # "Reporting to the Head Chef"
    )
    return alone and _names_the_job(line) and heading_kind(heading_label(text)) not in ("body", "about", "benefits")


def _names_the_job(line: Line) -> bool:
    """ "Licensed Realtor®", "Certified Nursing Assistant", "Electrician - Licensed": a role
    word, a credentialed job or the head word of an O*NET title."""
    label = _job_label(line)
    return bool(_CREDENTIALED_JOB.match(label) or _ROLE_WORD.search(label)) or _names_a_job(label)


def _is_title(line: Line) -> bool:
    """A job's name, or a heading that opens no known section."""
    return _names_the_job(line) or heading_kind(_job_label(line)) is None


def _job_label(line: Line) -> str:
    """A heading's label without how a small ad says it is hiring ("Line Cook Wanted")."""
    return _WANTED.sub("", heading_label(line.text)) or heading_label(line.text)


# A job named by its credential: a licence word and one to four more words, no "and" list
_CREDENTIALED_JOB = re.compile(r"^(?:licensed|certified|registered)(?: (?!and\b|or\b)[a-z®]+){1,4}$")


# A careers page's line above the posting: "Current Career Opportunities:", "Open positions"
_BOARD_LINE = re.compile(
    r"^\W*(?:current |our )?(?:career|job|employment) (?:opportunities|openings|listings)\W*$"
    r"|^\W*(?:open positions|we(?:'re| are) hiring|join (?:our|the) team|careers|(?:current )?vacancies|jobs"
    r"|hello|hi|hi there|welcome|greetings)\W*$",
    re.I,
)


def _names_a_job(label: str) -> bool:
    """Ends with the head word of an O*NET job title: "Skills Trainer", "Experience Designer"."""
    from .vocabulary import title_words  # the O*NET data, loaded only when a title is in doubt

    titles = title_words()
    for part in re.split(r"[,(/|–—]| - ", label):  # "Special Education Teacher, Elementary"
        words = re.findall(r"[a-z]+", part)
        if words and words[-1] in titles and words[-1] not in _SECTION_WORDS:
            return True
    return False


_SECTION_WORDS = frozenset(
    {"requirements", "qualifications", "skills", "experience", "benefits", "summary", "overview"}
)


# How a small ad says it is hiring, after the job's name: "Locum Dental Hygienist required
# ASAP", "Line Cook Wanted", "Carpenters needed urgently"
_WANTED = re.compile(
    r"(?:\s*[-–—|]\s*help)?"  # "Line Cook - Help Wanted"
    r"(?<!\bexperience)(?<!\bclearance)(?<!\blicense)(?<!\blicence)(?<!\bdegree)"  # not "No Experience Required"
    r"\s+(?:urgently\s+|immediately\s+)?(?:is\s+|are\s+)?(?:required|wanted|needed)"
    r"(?:\s+(?:asap|urgently|immediately|now))?"
    r"(?:\s+(?:in|at)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3})?\W*$",  # "Nanny required in Elsternwick"
    re.I,
)


# A header field that names the job: "Job Title: Buyer", "TITLE: Mechanical Design Engineer",
# "Position: Registrar" (not "Position: Full-time", "Role: Remote")
_TITLE_FIELD = re.compile(
    r"^\s*(?:(?:job|position|role|vacancy)\s+)?title\s*:\s*(?=\w)"
    r"|^\s*(?:position|role|vacancy)\s*:\s*"
    r"(?!(?:full|part|permanent|temporary|fixed|contract|casual|open|filled|remote|hybrid|on-?site|individual)\b)"
    r"(?=[A-Z])",
    re.I,
)
_HEADER_LINES = 30  # how far down a "Job Title:" field may stand (under an employer's notice)
_FIRST_LINES = 8  # how far down a bare "Title:" or "Position:" may stand


def _title_field(line: Line, heading: Line | None) -> bool:
    """Whether a line is a header field naming the job: "Job Title:" anywhere in the header,
    a bare "Title:" or "Position:" near the top where no Markdown heading names it; its
    value a name, not a sentence."""
    field = _TITLE_FIELD.match(MARKUP.sub(" ", line.text))
    if field is None or len(clean_title(line.text).split()) > 10 or line.text.rstrip().endswith("."):
        return False
    said_so = bool(re.match(r"\s*(?:job|position)\s+title", field.group(0), re.I))
    return said_so or (heading is None and line.number <= _FIRST_LINES)


def clean_title(text: str) -> str:
    title = " ".join(URL_IN_PARENS.sub(" ", MARKUP.sub(" ", text)).split()).strip(" -|:")
    title = _TITLE_FIELD.sub("", title) or title
    return _WANTED.sub("", title) or title


def header_words(document: ResumeDocument, title_line: int | None) -> set[str]:
    """Words of the title and of the lines under it before the first section or sentence
    (company, location, pay): they name the job, not a skill to look for in a resume."""
    if title_line is None:
        return set()
    header = [document.lines[title_line - 1]]
    for line in document.lines[title_line : title_line + 3]:
        words = len(line.text.split())
        if words > 15 or (words > 6 and line.text.endswith(".")) or heading_of(line)[1] is not None:
            break
        header.append(line)
    return {w.lower() for line in header for w in re.findall(TOKEN, URL_IN_PARENS.sub(" ", line.text))}
