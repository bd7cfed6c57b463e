"""Met vs missing on resume-posting pairs, against a careful recruiter's verdicts.

    python tools/pair_agreement.py --postings DIR --pairs DIR [-v]

DIR of postings: NN_name.md files (as for tools/posting_recall.py). DIR of pairs:
NN_name.resume.md for each posting, and labels.json {"NN_name": {"<labelled item>": "met" |
"missing"}}: each item of the posting judged by hand, "missing" also for a credential
negated, in progress or expired. For each labelled item the reader found in the posting
(the same judge as posting_recall.py), the status `score` gives it in report.requirements
is compared with the verdict, requirement by requirement: agreement is the share where met
is met and missing (or unknown) is missing. Labels that fall under one requirement are
judged together: alternatives ("PHTLS or ITLS or TCCC") are met by any one, others by all. Items the reader did not find in the posting are counted apart: no
status can agree or disagree with them. -v lists each disagreement with the evidence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from posting_recall import find, find_by_words  # noqa: E402

from ats_match import read_job, score  # noqa: E402
from ats_match.postings import role_from_job  # noqa: E402


def measure(postings: Path, pairs: Path, verbose: bool = False) -> dict[str, list[int]]:
    verdicts = json.loads((pairs / "labels.json").read_text(encoding="utf-8"))
    totals = {"agree": [0, 0], "met agree": [0, 0], "missing agree": [0, 0], "read": [0, 0], "unknown": [0, 0]}
    for stem, items in verdicts.items():
        if stem.startswith("_"):
            continue
        posting = read_job(next(p for p in (postings / f"{stem}.md", postings / f"{stem}.txt") if p.is_file()))
        resume = next(pairs.glob(f"{stem}.resume.*"))  # Markdown or plain text
        report = score(resume, role_from_job(posting))
        status = {result.name: result for result in report.requirements}
        # labels by the requirement they fall under: alternatives ("PHTLS, ITLS and/or TCCC",
        # read as one requirement) are met by any one, other shared requirements by all
        under: dict[str, list[tuple[str, str]]] = {}
        for label, verdict in items.items():
            requirement = find(posting, label) or find_by_words(posting, label)
            totals["read"][1] += 1
            if requirement is None or requirement.name not in status:
                continue
            totals["read"][0] += 1
            under.setdefault(requirement.name, []).append((label, verdict))
        for name, judged in under.items():
            verdicts = [verdict == "met" for _, verdict in judged]
            met = any(verdicts) if " or " in name.lower() else all(verdicts)
            verdict = "met" if met else "missing"
            result = status[name]
            totals["unknown"][0] += result.status == "unknown"
            totals["unknown"][1] += 1
            agrees = (result.status == "met") == met
            totals["agree"][0] += agrees
            totals["agree"][1] += 1
            totals[f"{verdict} agree"][0] += agrees
            totals[f"{verdict} agree"][1] += 1
            if verbose and not agrees:
                evidence = result.evidence[0][:90] if result.evidence else result.reason[:90]
                labels = ", ".join(label for label, _ in judged)
                print(f"{stem}: {labels!r} is {verdict}, read {result.status} as {name!r}: {evidence}")
    return totals


def main(argv: list[str]) -> int:
    postings = Path(argv[argv.index("--postings") + 1])
    pairs = Path(argv[argv.index("--pairs") + 1])
    for key, (hit, total) in measure(postings, pairs, "-v" in argv).items():
        print(f"{key}: {hit}/{total} = {hit / total if total else 0:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
