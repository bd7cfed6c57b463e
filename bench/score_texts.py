"""Score N distinct generated text resumes one after another in this process, then print
the peak resident set size in MiB (VmHWM). bench/run.py starts it twice (N and 10 N) to see
whether memory grows with the number of resumes seen.

    python bench/score_texts.py 1000 [--role machine-learning-engineer] [--seed 7]
"""

from __future__ import annotations

import argparse
import resource
import sys
from pathlib import Path

import generate

import ats_match


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("--role", default="machine-learning-engineer")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    role = ats_match.load_role(args.role)
    for i in range(args.count):  # one at a time: the inputs themselves must not fill memory
        text = generate.text_resume(args.seed * 1_000_003 + i)
        ats_match.score(text.encode("utf-8"), role)
    print(f"{peak_mib():.1f}")


def peak_mib() -> float:
    """This process's peak resident set size. Linux's VmHWM, not getrusage: ru_maxrss
    keeps the high-water mark of the parent's memory this process was forked from."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux, bytes on macOS


if __name__ == "__main__":
    sys.exit(main())
