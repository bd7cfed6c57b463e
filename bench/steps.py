"""Where scoring a resume already read spends its time, step by step, and what a second
role costs once the first is scored.

    python bench/steps.py            # the PDFs and DOCX files of ../shared/corpus, or generated resumes
    python bench/steps.py --role data-scientist

Each step of ats_match.score() is timed in CPU time around the function the API calls
for it (the minimum over repeats), on documents read beforehand; the shares are of the
whole score() call, so the rest (building the report) is what they leave.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from datetime import date

import generate
from run import CORPUS  # the corpus bench/run.py reads (ATS_MATCH_CORPUS or ../shared/corpus)

import ats_match
from ats_match import api
from ats_match.matching.extractor import Extractor

STEPS = {  # what the README calls each step -> the name score() calls it by in api.py
    "facts (dates, places, education, contact)": "facts_of",
    "role-free checks": "run_document_checks",
    "matching (tokens, phrases, patterns, qualifiers)": "extract",
    "next-role skills": "next_role_skills",
    "scoring items": "score_items",
    "keyword forms": "keyword_coverage",
    "recommendations (what-ifs, plan, projects)": "build_recommendations",
    "role checks (glyphs, keyword-form)": "run_checks",
}


def documents() -> list[ats_match.ResumeDocument]:
    files = sorted(CORPUS.glob("pdf/*.pdf")) + sorted(CORPUS.glob("docx/*.docx")) if CORPUS.is_dir() else []
    out = []
    for path in files:
        try:
            out.append(ats_match.read_resume(path))
        except ats_match.AtsMatchError:
            continue  # a scan: nothing to score
    return out or [ats_match.read_resume(t.encode()) for t in generate.text_resumes(40, seed=1)]


def timed(spent: dict[str, float], key: str, function: Callable) -> Callable:
    def wrapper(*args: object, **kwargs: object) -> object:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] = spent.get(key, 0.0) + time.process_time() - start

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--role", default="machine-learning-engineer")
    parser.add_argument("--second", default="data-scientist", help="the second role")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    role, second = ats_match.load_role(args.role), ats_match.load_role(args.second)
    docs = documents()
    spent: dict[str, float] = {}
    for label, name in STEPS.items():
        if hasattr(api, name):
            setattr(api, name, timed(spent, label, getattr(api, name)))
        else:
            setattr(Extractor, name, timed(spent, label, getattr(Extractor, name)))
    as_of = date(2026, 1, 1)

    def score_all(*roles: ats_match.RoleProfile) -> float:
        gc.collect()
        start = time.process_time()
        for document in docs:
            for each in roles:
                ats_match.score(document, each, as_of=as_of)
        return time.process_time() - start

    score_all(role, second)  # matchers built, caches warm
    best: dict[str, float] = {}
    for _ in range(args.repeats):
        spent.clear()
        total = score_all(role)
        for key, value in [*spent.items(), ("total", total)]:
            best[key] = min(best.get(key, float("inf")), value)
    n = len(docs)
    print(f"{n} resumes, role {role.id}; CPU time per resume (minimum of {args.repeats} runs)\n")
    print("| step | ms | share |\n|---|---|---|")
    for label in STEPS:
        if label in best:
            print(f"| {label} | {1000 * best[label] / n:.2f} | {100 * best[label] / best['total']:.0f}% |")
    print(f"| **score() in all** | {1000 * best['total'] / n:.2f} | 100% |")
    one = min(score_all(role) for _ in range(args.repeats))
    two = min(score_all(role, second) for _ in range(args.repeats))
    print(
        f"\nA second role ({second.id}) for a resume just scored: {1000 * (two - one) / n:.2f} ms "
        f"against {1000 * one / n:.2f} ms for the first (the facts, role-free checks and tokens are reused)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
