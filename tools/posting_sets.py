"""posting_recall.py and pair_agreement.py summed over several labelled sets.

    python tools/posting_sets.py /tmp/blind139 /tmp/blind140 --pairs /tmp/pairs139 /tmp/pairs140 [-v]

Each postings folder is measured as `posting_recall.py --folder` does, and each pairs folder
(same order, optional) as `pair_agreement.py --postings --pairs` does; the totals are the sums
of hits and totals, so a set of ten postings weighs twice a set of five. -v prints each set's
misses and disagreements.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pair_agreement  # noqa: E402
import posting_recall  # noqa: E402


def _add(into: dict[str, list[int]], totals: dict[str, list[int]]) -> None:
    for key, (hit, total) in totals.items():
        into.setdefault(key, [0, 0])
        into[key][0] += hit
        into[key][1] += total


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    cut = args.index("--pairs") if "--pairs" in args else len(args)
    postings, pairs = [Path(a) for a in args[:cut]], [Path(a) for a in args[cut + 1 :]]
    if not postings or (pairs and len(pairs) != len(postings)):
        print(__doc__)
        return 2
    read: dict[str, list[int]] = {}
    agreed: dict[str, list[int]] = {}
    for number, folder in enumerate(postings):
        said = io.StringIO()
        with contextlib.redirect_stdout(said):
            _add(read, posting_recall.measure(verbose, folder)["totals"])
            if pairs:
                _add(agreed, pair_agreement.measure(folder, pairs[number], verbose))
        if verbose:
            print(f"== {folder}\n{said.getvalue()}")
    for title, totals in (("postings", read), ("pairs", agreed)):
        if totals:
            print(title)
            for key, (hit, total) in totals.items():
                print(f"  {key}: {hit}/{total} = {hit / total if total else 0:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
