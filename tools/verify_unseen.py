"""Check the unseen resumes against their manifest, fetching nothing.

    python tools/verify_unseen.py [tests/data/unseen/MANIFEST.tsv]

For every row of the manifest, the file (shipped ones under files/, the others under
local/, which git ignores) is hashed when present. Prints present / missing / mismatched
per row and a summary; exits 1 if any present file's sha256 differs from the manifest.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "unseen" / "MANIFEST.tsv"


@dataclass(frozen=True)
class Row:
    file: str
    shipped: bool
    sha256: str
    state: str  # present | missing | mismatch


def check(manifest: Path = DEFAULT) -> list[Row]:
    base = manifest.parent
    rows = []
    with manifest.open(encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f, delimiter="\t"):
            path = base / rec["file"]
            if not path.is_file():
                state = "missing"
            elif hashlib.sha256(path.read_bytes()).hexdigest() != rec["sha256"]:
                state = "mismatch"
            else:
                state = "present"
            rows.append(Row(rec["file"], rec["shipped"] == "yes", rec["sha256"], state))
    return rows


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    rows = check(Path(args[0]) if args else DEFAULT)
    for row in rows:
        print(f"{row.state:9} {'shipped' if row.shipped else 'local  '} {row.file}")
    counts = {s: sum(r.state == s for r in rows) for s in ("present", "missing", "mismatch")}
    print(
        f"{len(rows)} rows: {counts['present']} present, {counts['missing']} missing, {counts['mismatch']} mismatched"
    )
    return 1 if counts["mismatch"] else 0


if __name__ == "__main__":
    sys.exit(main())
