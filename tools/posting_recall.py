"""Recall of read_job on our hand-labelled postings (tests/data/jobs/fields/labels.json).

    python tools/posting_recall.py [-v] [--heldout | --real]

--real measures the real postings of tests/data/jobs/real (those shipped; the others are
kept by label and hash, see SOURCES.tsv), collected from public repositories and labelled
blind; --heldout measures the five postings of tests/data/jobs/heldout instead, labelled after the
rules were fixed and never tuned on.

For each posting: the share of its labelled required and preferred items found (a label is
found when a requirement's name or one of its forms holds it, any case), whether each
found one is marked required or preferred as labelled, and whether years and degree level
are right. -v lists what was missed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ats_match import read_job  # noqa: E402

FIELDS = ROOT / "tests" / "data" / "jobs" / "fields"


def find(posting, label: str):
    wanted = label.lower()
    for req in posting.requirements:
        texts = [req.name.lower(), *(f.lower() for f in req.forms)]
        if any(wanted in text for text in texts):
            return req
    return None


def measure(verbose: bool = False, folder: Path = FIELDS) -> dict:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    totals = {"required": [0, 0], "preferred": [0, 0], "flag": [0, 0], "years": [0, 0], "degree": [0, 0]}
    rows = []
    for stem, label in labels.items():
        if stem.startswith("_") or not (folder / f"{stem}.md").is_file():
            continue
        posting = read_job(folder / f"{stem}.md")
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
            if verbose and len(hits) < len(found):
                print(f"{stem}: {kind} missed {[i for i, r in found if r is None]}")
        totals["years"][0] += posting.years == label["years"]
        totals["years"][1] += 1
        totals["degree"][0] += posting.degree == label["degree"]
        totals["degree"][1] += 1
        row["years"] = f"{posting.years} ({label['years']})"
        row["degree"] = f"{posting.degree} ({label['degree']})"
        rows.append(row)
    return {"rows": rows, "totals": totals}


def main(argv: list[str]) -> int:
    folder = (
        FIELDS.parent / "heldout" if "--heldout" in argv else FIELDS.parent / "real" if "--real" in argv else FIELDS
    )
    result = measure("-v" in argv, folder)
    print("| posting | field | required found | preferred found | years (label) | degree (label) |")
    print("|---|---|---|---|---|---|")
    for row in result["rows"]:
        print(
            f"| {row['posting']} | {row['field']} | {row['required']} | {row['preferred']} | {row['years']} | {row['degree']} |"
        )
    for key, (hit, total) in result["totals"].items():
        print(f"{key}: {hit}/{total} = {hit / total:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
