"""How long reading a job posting takes (issue 15: under 50 ms a posting after start-up).

    python bench/postings.py [--repeats 5]

Reads every posting of tests/data/jobs/fields (20 fields, written by us) and of
../shared/corpus/jobs when present with `ats_match.read_job`. The first call builds the
matchers (tech lexicon, O*NET vocabulary, wordfreq's table): reported apart as "first
use". Then each posting is read `--repeats` times; its time is the minimum (other
processes only ever add time), CPU time of this process. Also the time of
`role_from_job` (read_job plus the TF-IDF other keywords) for comparison.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

import ats_match  # noqa: E402

CORPUS_JOBS = ROOT.parent / "shared" / "corpus" / "jobs"


def postings() -> list[Path]:
    paths = sorted((ROOT / "tests" / "data" / "jobs" / "fields").glob("*.md"))
    if CORPUS_JOBS.is_dir():
        paths += sorted(CORPUS_JOBS.glob("*.txt"))
    return paths


def best_ms(call, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.process_time()
        call()
        times.append((time.process_time() - start) * 1000)
    return min(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    paths = postings()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    start = time.perf_counter()
    ats_match.read_job(texts[0])
    first = time.perf_counter() - start
    read = [best_ms(lambda t=t: ats_match.read_job(t), args.repeats) for t in texts]
    role = [best_ms(lambda t=t: ats_match.role_from_job(t), args.repeats) for t in texts]
    print(f"postings: {len(paths)} ({sum(len(t.split()) for t in texts) // len(texts)} words on average)")
    print(f"first use (matchers built): {first:.2f} s")
    print(
        f"read_job: median {statistics.median(read):.1f} ms, mean {statistics.mean(read):.1f} ms, "
        f"max {max(read):.1f} ms ({paths[read.index(max(read))].name})"
    )
    print(f"role_from_job: median {statistics.median(role):.1f} ms, max {max(role):.1f} ms")
    return 0 if max(read) < 50 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
