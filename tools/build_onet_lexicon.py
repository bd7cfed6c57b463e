"""Build src/ats_match/postings/data/onet_lexicon.json from the raw O*NET 29.2 files.

    python tools/build_onet_lexicon.py [ONET_DIR]    # default: ../shared/data/onet-29.2

The raw files (about 17 MB) are not shipped; this script keeps what reading a posting
needs, in a file of a few hundred kB loaded on first use:

- software and technology examples ("Technology Skills.txt") that a posting plausibly
  names: every Hot Technology, and every example that two or more occupations use;
  category names ("Spreadsheet software") only when they carry an acronym ("ERP");
- physical tools ("Tools Used.txt") used by three or more occupations, except office,
  computer, audio-visual, furniture and safety equipment (UNSPSC segments 14, 43, 44, 45,
  46, 52, 56), and one-word tools that are everyday English ("Hammers");
- the kinds of software ("Accounting software") with the entries of each kind, so that a
  posting's "accounts software" is shown by a resume's "QuickBooks";
- the head words of occupation and alternate titles ("nurse", "accountant"), which tell a
  job title from a section heading;
- the verbs task statements open with ("Restock", "Fry", "Harvest"), written to
  task_verbs.txt, which tell a list of duties from a list of asks.

Each entry: [name, kind (tool: software; equipment: a physical tool), hot, forms matched in any case, forms matched with their case].
Forms: the example as written, without a vendor ("Intuit QuickBooks" -> "QuickBooks",
"Epic Systems" -> "Epic"), without "software", its acronym ("Structured query language
SQL" -> "SQL" and "Structured query language"). A form that is an everyday English word
in lower case ("Epic", "Excel") is matched only with its capital; very common words
("Word", "Office", "Project") are never forms on their own.

Data: O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training
Administration (USDOL/ETA), CC BY 4.0; modified by ats_match (see ATTRIBUTION.txt).
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "ats_match" / "postings" / "data" / "onet_lexicon.json"
VERBS_OUT = OUT.with_name("task_verbs.txt")
DEFAULT_ONET = ROOT.parent / "shared" / "data" / "onet-29.2"

EXCLUDED_SEGMENTS = ("14", "43", "44", "45", "46", "52", "56")
EDITIONS = ("Pro", "Professional", "Standard", "Enterprise", "Premium")
VENDOR_SUFFIXES = (" Systems", " Software", " Inc", " Corporation", " Corp")
EVERYDAY_ZIPF = 4.0  # a lower-case form this frequent is matched only with its capital
EVERYDAY_WORD_ZIPF = 3.0  # a one-word form this frequent ("Excel", "Epic") is matched only with its capital
EVERYDAY_NAME_ZIPF = 3.5  # a product's name without its vendor this frequent is a word ("Boulevard")
TOO_COMMON_ZIPF = 4.8  # a bare form this frequent is never a form ("Word", "Office")
# A product named after the field it serves is that product only with its maker's name:
# "Analytics" alone is a field ("Bachelor's in Business, Analytics", "People Analytics").
FIELD_NAMES = frozenset({"Analytics"})
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _vendors(examples: list[str]) -> set[str]:
    """First words that open three or more examples with different next words: vendors."""
    seconds: dict[str, set[str]] = defaultdict(set)
    for example in examples:
        words = example.split()
        if len(words) >= 2 and words[0][:1].isupper():
            seconds[words[0]].add(words[1])
    return {first for first, nexts in seconds.items() if len(nexts) >= 3}


def _initials_match(acronym: str, words: list[str]) -> bool:
    """ "SQL" of "Structured query language", "COBOL" of "Common business oriented
    language": the acronym starts as the name does and its letters come in order in the
    name's. Not "AIR" of "Adobe" (a vendor before a product's name): no "i" after the "a"."""
    letters = [ch for ch in acronym.lower() if ch.isalpha()]
    name = iter("".join(words).lower())
    return bool(words) and letters[:1] == [words[0][0].lower()] and all(ch in name for ch in letters)


def _software_forms(example: str, vendors: set[str], hot: bool = False) -> set[str]:
    forms = {example}
    base = example
    if base.endswith(" software"):
        base = base[: -len(" software")]
        forms.add(base)
    words = base.split()
    if len(words) > 1 and ACRONYM.match(words[-1]) and _initials_match(words[-1], words[:-1]):
        forms.add(words[-1])  # "Structured query language SQL" -> SQL
        forms.add(" ".join(words[:-1]))
    for suffix in VENDOR_SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix) + 2:
            forms.add(base[: -len(suffix)])  # "Epic Systems" -> Epic
    if len(words) >= 2 and (words[0] in vendors or words[0] == "The"):
        rest = words[1:]
        if words[0] == "The" and len(rest) >= 2:
            rest = rest[1:]  # "The MathWorks MATLAB" -> MATLAB
        # a hot technology's name of capitalised everyday words is still its name ("Windows Server")
        capitalised = hot and len(rest) >= 2 and all(w[:1].isupper() for w in rest)
        named = rest[0][:1].isupper() and (capitalised or any(_zipf(w.lower()) < EVERYDAY_ZIPF for w in rest))
        # a product named by an everyday word ("Property Boulevard", "Easy Dispatch", "Allscripts
        # Sunrise") keeps its vendor unless postings name it alone (a hot technology: "Excel")
        everyday = len(rest) == 1 and _zipf(rest[0].lower()) >= EVERYDAY_NAME_ZIPF and not hot
        # "Intuit QuickBooks" -> QuickBooks; not "Epic Practice Management" -> "Practice Management"
        if named and not everyday and " ".join(rest) not in FIELD_NAMES:
            forms.add(" ".join(rest))
    # "Trimble SketchUp Pro" -> SketchUp: an edition's word after a name no one writes in
    # lower case as a word (not "Microsoft Project Professional" -> "Project")
    for form in list(forms):
        *name, edition = form.split()
        if edition in EDITIONS and len(name) == 1 and _zipf(name[0].lower()) < EVERYDAY_NAME_ZIPF:
            forms.add(name[0])
    return forms


def _is_category(example: str) -> bool:
    """ "Spreadsheet software", "Word processing software": a kind of software, not a product."""
    words = example.split()
    if not example.endswith(" software") or any(ACRONYM.match(w) for w in words):
        return False
    # "Bookkeeping software", "Cartography software": a kind named by its activity or field
    activity = words[0].lower().endswith(("ing", "graphy", "logy", "ics"))
    return all(w.islower() for w in words[1:]) and (words[0].islower() or activity or _zipf(words[0].lower()) >= 3.0)


def _split_forms(forms: set[str]) -> tuple[list[str], list[str]]:
    """Forms matched in any case, and forms matched with their case."""
    any_case: set[str] = set()
    with_case: set[str] = set()
    for form in forms:
        form = " ".join(form.split())
        if len(form) < 2:
            continue
        words = form.split()
        if len(words) == 1:
            zipf = _zipf(form.lower())
            if zipf >= TOO_COMMON_ZIPF and not ACRONYM.match(form):
                continue
            if ACRONYM.match(form) or zipf >= EVERYDAY_WORD_ZIPF or len(form) <= 3:
                with_case.add(form)
                continue
        elif all(_zipf(w.lower()) >= EVERYDAY_ZIPF for w in words) and form[:1].isupper():
            with_case.add(form)  # "Epic Care", "Google Docs": everyday words in lower case
            continue
        any_case.add(form.lower())
    with_case -= {f for f in with_case if f.lower() in any_case}
    return sorted(any_case), sorted(with_case)


def _singular(phrase: str) -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from ats_match.matching import lemma_of

    words = phrase.split()
    last = words[-1]
    single = lemma_of(last) if last.islower() else last
    return " ".join([*words[:-1], single])


def software(onet: Path) -> list[list]:
    rows = _rows(onet / "Technology Skills.txt")
    occupations: dict[str, set[str]] = defaultdict(set)
    hot: set[str] = set()
    for row in rows:
        occupations[row["Example"]].add(row["O*NET-SOC Code"])
        if row["Hot Technology"] == "Y":
            hot.add(row["Example"])
    vendors = _vendors(list(occupations))
    entries = []
    for example in sorted(occupations):
        if example not in hot and len(occupations[example]) < 2:
            continue
        if _is_category(example):
            continue  # "Spreadsheet software": a kind of thing, not something a posting names
        forms = _software_forms(example, vendors, example in hot)
        any_case, with_case = _split_forms(forms)
        if any_case or with_case:
            entries.append([example, "tool", example in hot, any_case, with_case])
    return entries


SOFTWARE_KIND_EXAMPLES = 40  # the products of a kind a resume most likely names, by how many occupations use them


def software_kinds(onet: Path, entries: list[list]) -> list[list]:
    """Each kind of software ("Accounting software", "Customer relationship management CRM
    software") with the products of it kept as entries, the most used first: a posting that
    asks for the kind is shown by a resume that names one of them ("QuickBooks")."""
    index = {entry[0]: number for number, entry in enumerate(entries)}
    occupations: dict[str, set[str]] = defaultdict(set)
    titled: dict[str, Counter[str]] = defaultdict(Counter)  # example -> kind -> occupations filing it so
    for row in _rows(onet / "Technology Skills.txt"):
        occupations[row["Example"]].add(row["O*NET-SOC Code"])
        titled[row["Example"]][row["Commodity Title"]] += 1
    kind_of: dict[str, set[str]] = defaultdict(set)
    for example in index:
        if example in titled:
            # the kind most occupations file it under: Microsoft Teams is conferencing software,
            # though a few file it under project management
            kind = min(titled[example].items(), key=lambda item: (-item[1], item[0]))[0]
            kind_of[kind].add(example)
    kinds = []
    for title in sorted(kind_of):
        examples = sorted(kind_of[title], key=lambda e: (-len(occupations[e]), e))[:SOFTWARE_KIND_EXAMPLES]
        if len(examples) >= 2:
            kinds.append([title, [index[e] for e in examples]])
    return kinds


def tools(onet: Path) -> list[list]:
    rows = _rows(onet / "Tools Used.txt")
    occupations: dict[str, set[str]] = defaultdict(set)
    segment: dict[str, str] = {}
    for row in rows:
        occupations[row["Example"]].add(row["O*NET-SOC Code"])
        segment[row["Example"]] = row["Commodity Code"][:2]
    entries = []
    for example in sorted(occupations):
        if len(occupations[example]) < 3 or segment[example] in EXCLUDED_SEGMENTS:
            continue
        words = example.split()
        acronyms = [w for w in words if ACRONYM.match(w)]
        plain = " ".join(w for w in words if w not in acronyms)
        acronyms = [a for a in acronyms if a == words[-1] and _initials_match(a, plain.split())]
        single = _singular(plain.lower())
        if len(single.split()) == 1 and _zipf(single) >= 3.5:
            continue  # "Hammers", "Ladders": everyday words
        if any(ch.isdigit() for ch in single.split()[0]) and len(single.split()) == 1:
            continue
        forms_any = sorted({single})
        forms_case = sorted(a for a in acronyms if len(a) >= 3)
        entries.append([example, "equipment", False, forms_any, forms_case])
    return entries


def title_words(onet: Path) -> list[str]:
    """Head words of occupation and alternate titles, written by five titles or more."""
    counts: Counter[str] = Counter()
    for row in _rows(onet / "Alternate Titles.txt"):
        words = re.findall(r"[A-Za-z]+", row["Alternate Title"].split(",")[0])
        if words:
            counts[words[-1].lower()] += 1
    for row in _rows(onet / "Occupation Data.txt"):
        # occupation titles are plural, some inverted ("Cooks, Restaurant"): the first part's
        # last word when plural, else the whole title's ("Furnace, Kiln, ... Operators")
        words = re.findall(r"[A-Za-z]+", row["Title"].split(",")[0])
        if words and not words[-1].endswith("s"):
            words = re.findall(r"[A-Za-z]+", row["Title"].split("(")[0])
            words = words if words and words[-1].endswith("s") else []  # "..., All Other": no head
        if words:
            head = _singular(words[-1].lower())
            counts[head] += 5
            if head.endswith("s") and not head.endswith("ss"):
                counts[head[:-1]] += 5  # "Baristas" -> barista, where the lemma table has no entry
    return sorted(w for w, n in counts.items() if n >= 5 and len(w) > 2)


MIN_TASKS_OPENED = 3  # a word opening fewer task statements is too rare to call a duty verb
_NOUN_MARKERS = frozenset({"the", "a", "an", "of", "their", "its"})  # the word after them is a thing
# verbs that open asks as often as duties ("Hold a valid CDL", "Speak fluent Spanish", "Lift 50 lbs")
_ASKING_VERBS = frozenset(
    {"hold", "possess", "speak", "lift", "stand", "walk", "travel", "learn", "feel", "offer", "pay"}
)


def task_verbs(onet: Path) -> list[str]:
    """The words three or more task statements open with ("Prepare ...", "Restock ..."), unless
    the statements use them as nouns ("the water", "levels of") half as often: "Water plants"
    opens three tasks, but "water" is mostly a thing; adverbs ("Visually inspect") are no verbs."""
    opening: Counter[str] = Counter()
    as_noun: Counter[str] = Counter()
    for row in _rows(onet / "Task Statements.txt"):
        words = re.findall(r"[a-z]+(?:-[a-z]+)*", row["Task"].lower())  # "Pre-heat" is one word
        if not words:
            continue
        opening[words[0]] += 1
        for before, word in itertools.pairwise(words):
            if before in _NOUN_MARKERS:
                as_noun[word] += 1
                if word.endswith("s"):
                    as_noun[word[:-1]] += 1  # "the levels" is a use of "level"
    return sorted(
        word
        for word, count in opening.items()
        if count >= MIN_TASKS_OPENED
        and count >= 2 * as_noun[word]
        and not word.endswith("ly")
        and word not in _ASKING_VERBS
        and "-" not in word
    )


def build(onet: Path) -> dict:
    sources = [
        "Technology Skills.txt",
        "Tools Used.txt",
        "Alternate Titles.txt",
        "Occupation Data.txt",
        "Task Statements.txt",
    ]
    digest = hashlib.sha256(b"".join((onet / name).read_bytes() for name in sources)).hexdigest()
    programs = software(onet)
    return {
        "source": "O*NET 29.2 Database, USDOL/ETA, CC BY 4.0; modified by ats_match (tools/build_onet_lexicon.py)",
        "raw_sha256": digest,
        "entries": programs + tools(onet),
        "software_kinds": software_kinds(onet, programs),
        "title_words": title_words(onet),
    }


def main(argv: list[str]) -> int:
    onet = Path(argv[1]) if len(argv) > 1 else DEFAULT_ONET
    data = build(onet)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(data['entries'])} entries, {len(data['title_words'])} title words")
    verbs = task_verbs(onet)
    header = (
        "# The verbs O*NET 29.2 task statements open with (Task Statements.txt; USDOL/ETA, CC BY 4.0;\n"
        "# modified by ats_match: see tools/build_onet_lexicon.py). Regenerate with that script.\n"
    )
    VERBS_OUT.write_text(header + "\n".join(verbs) + "\n", encoding="utf-8")
    print(f"{VERBS_OUT.relative_to(ROOT)}: {len(verbs)} verbs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
