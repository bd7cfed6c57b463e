"""Recall and precision of read_job on hand-labelled postings (a folder with labels.json).

    python tools/posting_recall.py [-v] [--heldout | --real | --folder DIR]

Default: our own 20 postings (tests/data/jobs/fields). --real measures the real postings of
tests/data/jobs/real (those shipped; the others are kept by label and hash, see
SOURCES.tsv), collected from public repositories and labelled blind; --heldout the five
postings of tests/data/jobs/heldout, labelled after the rules were fixed and never tuned on;
--folder any folder of NN_name.md (or .txt) files with a labels.json of the same form.

For each posting: the share of its labelled required and preferred items found (a label is
found when a requirement's name or one of its forms holds it, any case), whether each
found one is marked required or preferred as labelled, and whether years and degree level
are right. Precision of required: of the items read as required (years and degree
aside), how many hold a labelled item, required or preferred (a requirement that is real
but marked at the wrong strength counts for precision and against the flag accuracy).
-v lists what was missed and what was marked required without a label. "(words)" lines
count a label found also when a requirement holds its content words, lemmatised, in any
order ("Medicaid billing" for "billing ... Medicaid"): the judgement of a person reading
both lists, where the plain figure asks for the label's exact words. A set whose labels.json
gives each label's kind ("kinds": {label: skill | tool | certification | license |
experience | language | soft}) also gets the recall of skills, tools, certifications and
licences alone: the kinds the issue's 0.85 counts.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ats_match import AtsMatchError, JobPosting, read_job  # noqa: E402

FIELDS = ROOT / "tests" / "data" / "jobs" / "fields"
NOT_COUNTED = ("experience", "degree")  # years and degree level are measured on their own
# The kinds the recall bar counts, when a set's labels say their kind ("kinds").
COUNTED_KINDS = ("skill", "tool", "certification", "license")


def _plain(text: str) -> str:
    """Lower case, with curly apostrophes straight: "driver’s license" is "driver's license"."""
    return text.lower().replace("’", "'")


def texts_of(req) -> list[str]:
    return [_plain(req.name), *(_plain(f) for f in req.forms)]


def find(posting, label: str):
    wanted = _plain(label)
    # a short label ("R", "Go") is a whole word of a name, not any letters of one ("years")
    short = re.compile(rf"(?<![a-z0-9]){re.escape(wanted)}s?(?![a-z0-9])") if len(wanted) <= 3 else None
    for req in posting.requirements:
        if any((short.search(text) if short else wanted in text) for text in texts_of(req)):
            return req
    return None


# Words that say how much or what kind of asking, not what: left out of the word match.
_GENERIC_WORDS = (
    "skill skills experience knowledge ability abilities proficiency proficient basic strong excellent good "
    "working work understanding familiarity and or of in with the a an to"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())


def _content_lemmas(text: str) -> frozenset[str]:
    from ats_match.matching import lemma_of

    words = re.findall(r"[a-z0-9+#]+", text.lower())
    return frozenset(lemma_of(w) for w in words if w not in _GENERIC)


def find_by_words(posting, label: str):
    """A looser judge, closer to a person's: a requirement whose name or a form holds every
    content word of the label, lemmatised ("Medicare billing" in "billing of Medicare"), or
    whose content words are all but one of the label's, two at least ("clean driving" for
    "clean driving record"; "billing" for "Medicare billing" is not)."""
    wanted = _content_lemmas(label)
    if not wanted:
        return None
    for req in posting.requirements:
        for text in texts_of(req):
            have = _content_lemmas(text)
            if have and (wanted <= have or (have <= wanted and len(have) >= max(2, len(wanted) - 1))):
                return req
    return None


def is_labelled(req, labels: list[str]) -> bool:
    """A requirement read is real when it holds a labelled item, or a labelled item holds
    it ("Excel" read where "Microsoft Excel" is labelled)."""
    texts = texts_of(req)
    for label in (_plain(label) for label in labels):
        if any(label in text or (len(text) > 3 and text in label) for text in texts):
            return True
    return False


def measure(verbose: bool = False, folder: Path = FIELDS) -> dict:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    totals = {
        "required": [0, 0],
        "preferred": [0, 0],
        "required (words)": [0, 0],
        "preferred (words)": [0, 0],
        "precision": [0, 0],
        "flag": [0, 0],
        "years": [0, 0],
        "degree": [0, 0],
    }
    rows = []
    for stem, label in labels.items():
        path = next(
            (folder / f"{stem}{suffix}" for suffix in (".md", ".txt") if (folder / f"{stem}{suffix}").is_file()), None
        )
        if stem.startswith("_") or path is None:
            continue
        try:
            posting = read_job(path)
        except AtsMatchError as exc:  # a posting it cannot read counts as nothing found
            print(f"{stem}: not read: {exc}")
            posting = JobPosting(title=None, requirements=(), years=None, degree=None, degree_field=None)
        row = {"posting": stem, "field": label["field"]}
        for kind in ("required", "preferred"):
            found = [(item, find(posting, item)) for item in label[kind]]
            hits = [item for item, req in found if req is not None]
            totals[kind][0] += len(hits)
            totals[kind][1] += len(found)
            for _item, req in found:
                if req is not None:
                    totals["flag"][0] += req.required == (kind == "required")
                    totals["flag"][1] += 1
            row[kind] = f"{len(hits)}/{len(found)}"
            by_words = [item for item, req in found if req is not None or find_by_words(posting, item)]
            totals[f"{kind} (words)"][0] += len(by_words)
            totals[f"{kind} (words)"][1] += len(label[kind])
            if verbose and len(hits) < len(found):
                print(f"{stem}: {kind} missed {[i for i, r in found if r is None]}")
            kinds = label.get("kinds", {})  # a newer set says each label's kind
            counted = [(item, req) for item, req in found if kinds.get(item) in COUNTED_KINDS]
            if kinds:
                key = f"{kind} (skills, tools, credentials)"
                totals.setdefault(key, [0, 0])
                totals[key][0] += sum(1 for _, req in counted if req is not None)
                totals[key][1] += len(counted)
        marked = [r for r in posting.requirements if r.required and r.kind not in NOT_COUNTED]
        real = [r for r in marked if is_labelled(r, label["required"] + label["preferred"])]
        totals["precision"][0] += len(real)
        totals["precision"][1] += len(marked)
        row["precision"] = f"{len(real)}/{len(marked)}"
        if verbose and len(real) < len(marked):
            print(f"{stem}: marked required, not labelled {[r.name for r in marked if r not in real]}")
        totals["years"][0] += posting.years == label["years"]
        totals["years"][1] += 1
        totals["degree"][0] += posting.degree == label["degree"]
        totals["degree"][1] += 1
        row["years"] = f"{posting.years} ({label['years']})"
        row["degree"] = f"{posting.degree} ({label['degree']})"
        rows.append(row)
    return {"rows": rows, "totals": totals}


def folder_of(argv: list[str]) -> Path:
    if "--folder" in argv:
        return Path(argv[argv.index("--folder") + 1])
    if "--heldout" in argv:
        return FIELDS.parent / "heldout"
    if "--real" in argv:
        return FIELDS.parent / "real"
    return FIELDS


def main(argv: list[str]) -> int:
    result = measure("-v" in argv, folder_of(argv))
    print(
        "| posting | field | required found | preferred found | real of marked required | years (label) | degree (label) |"
    )
    print("|---|---|---|---|---|---|---|")
    for row in result["rows"]:
        print(
            f"| {row['posting']} | {row['field']} | {row['required']} | {row['preferred']} | {row['precision']}"
            f" | {row['years']} | {row['degree']} |"
        )
    for key, (hit, total) in result["totals"].items():
        print(f"{key}: {hit}/{total} = {hit / total if total else 0:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
