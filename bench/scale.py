"""Files per second on a Dask cluster (ats_match.scale.score_frame) against the local batch
(ats_match.score_many, jobs=2), on the same generated PDFs and the same two cores.

    python bench/scale.py               # 200 PDFs, 5 rounds; about 5 minutes on 2 cores
    python bench/scale.py --quick       # 60 PDFs, 3 rounds
    python bench/scale.py --json out.json

Each job is timed twice over: wall time, and the CPU time of this process and every process
under it (score_many's workers; the cluster's scheduler, nannies and workers), read from
/proc. Wall time is what a user waits; CPU time is what a cluster must be sized for, and
other work on a shared machine disturbs it far less. Each figure is the best of the rounds,
the jobs taking turns in every round. The cluster and score_many's workers are started and
warmed before any timing (bench/run.py's batch figure does the same).

  throughput   N PDFs x 1 role: score_many(jobs=2) and score_frame(...).compute() on
               ats_match.scale.local_cluster(2) (2 worker processes x 1 thread, as
               `ats-match score --scheduler local -j 2` starts); files per second of each and
               their ratio (goal: the cluster within 15% of score_many)
  no JSON      score_frame(report_json=False): the share of the rows' report JSON
  parquet      the same frame written by the workers with write_parquet (nothing gathered)
  acceptance   40 PDFs x 2 roles: score_frame's wall time over score_many's, one call per
               role as score_many takes one role (goal: at most 1.5)

What the ratio measures: what Dask and the table add on one machine (scheduler round trips,
each report's JSON and a pandas frame per partition, the rows sent back) against
score_many's pipes and Report objects. It says nothing of object stores or many machines:
the figure to carry over is files per core-second. The PDFs are made by bench/generate.py
in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import generate

import ats_match

ROLES = ("machine-learning-engineer", "data-scientist")
WORKERS = 2
TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu() -> float:
    """CPU seconds (user + system) used so far by this process and all its descendants."""
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # it ended meanwhile
            continue
        parents[int(entry)] = int(fields[1])
        used[int(entry)] = (int(fields[11]) + int(fields[12])) / TICKS
    ours, grew = {os.getpid()}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in ours} - ours
        ours |= more
        grew = bool(more)
    return sum(used[pid] for pid in ours if pid in used)


def interleaved(jobs: dict[str, Callable[[], object]], rounds: int) -> dict[str, tuple[float, float]]:
    """(wall, cpu) seconds of each job: the least of `rounds`, the jobs taking turns in each
    round so that a busy moment of the machine hits them all."""
    wall: dict[str, list[float]] = {name: [] for name in jobs}
    cpu: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(rounds):
        for name, job in jobs.items():
            cpu_start, start = tree_cpu(), time.perf_counter()
            job()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(tree_cpu() - cpu_start)
    return {name: (min(wall[name]), min(cpu[name])) for name in jobs}


def write_pdfs(folder: Path, count: int) -> list[Path]:
    paths = []
    for index, data in enumerate(generate.pdf_resumes(count, seed=3)):  # bench/run.py's batch PDFs
        path = folder / f"resume-{index:03d}.pdf"
        path.write_bytes(data)
        paths.append(path)
    return paths


def measure(count: int, rounds: int) -> dict:
    import distributed

    from ats_match.batch import stop_workers
    from ats_match.scale import local_cluster, score_frame, write_parquet

    role = ats_match.load_role(ROLES[0])
    roles = [ats_match.load_role(r) for r in ROLES]
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        paths = write_pdfs(folder, count)
        sources = [str(p) for p in paths]
        few, few_sources = paths[:40], sources[:40]
        begun = time.perf_counter()
        cluster = local_cluster(WORKERS)  # as `ats-match score --scheduler local -j 2` starts it
        client = distributed.Client(cluster)
        cluster_start = time.perf_counter() - begun
        try:
            for profile in roles:  # warm: score_many's workers, the cluster's imports and matchers
                ats_match.score_many(paths[:10], profile, jobs=WORKERS)
            client.compute(score_frame(sources[:20], roles, client=client)).result()

            def frame(report_json: bool = True) -> None:
                table = client.compute(score_frame(sources, role, client=client, report_json=report_json)).result()
                assert len(table) == count and table.error.isna().all()

            def parquet() -> None:
                out = Path(tempfile.mkdtemp(dir=folder)) / "scores"
                write_parquet(score_frame(sources, role, client=client), str(out), client=client, progress=False)

            one_role = interleaved(
                {
                    "score_many": lambda: ats_match.score_many(paths, role, jobs=WORKERS),
                    "score_frame": frame,
                    "score_frame_without_json": lambda: frame(report_json=False),
                    "write_parquet": parquet,
                },
                rounds,
            )
            # score_many takes one role: a call per role, as a batch user runs it (batch.py
            # keeps workers for one role, so the second call starts its own).
            two_roles = interleaved(
                {
                    "score_many": lambda: [ats_match.score_many(few, r, jobs=WORKERS) for r in roles],
                    "score_frame": lambda: client.compute(score_frame(few_sources, roles, client=client)).result(),
                },
                rounds,
            )
        finally:
            client.close()
            cluster.close()
            stop_workers()
    return {"cluster_start_s": cluster_start, "one_role": one_role, "two_roles": two_roles}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="60 PDFs and 3 rounds")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    count, rounds = (60, 3) if args.quick else (200, 5)
    started, load = time.perf_counter(), os.getloadavg()
    measured = measure(count, rounds)
    one, two = measured["one_role"], measured["two_roles"]
    many_wall, many_cpu = one["score_many"]
    frame_wall, frame_cpu = one["score_frame"]
    results = {
        "command": "python bench/scale.py" + (" --quick" if args.quick else ""),
        "files": count,
        "rounds": rounds,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 2) for x in load],
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "cluster_start_s": round(measured["cluster_start_s"], 2),
        "files_per_s": {name: round(count / wall, 2) for name, (wall, _) in one.items()},
        "cpu_ms_per_file": {name: round(cpu / count * 1000, 1) for name, (_, cpu) in one.items()},
        "throughput_ratio_wall": round(many_wall / frame_wall, 3),
        "throughput_ratio_cpu": round(many_cpu / frame_cpu, 3),
        "acceptance_s": {name: round(wall, 2) for name, (wall, _) in two.items()},
        "acceptance_ratio": round(two["score_frame"][0] / two["score_many"][0], 3),
        "seconds": round(time.perf_counter() - started, 1),
    }
    rate, cpu = results["files_per_s"], results["cpu_ms_per_file"]
    print(f"{count} generated PDFs x 1 role, {WORKERS} workers, {os.cpu_count()} cores, best of {rounds} rounds:")
    print(f"  {'':34} {'files/s':>8} {'CPU ms/file':>12}")
    for name in one:
        print(f"  {name:34} {rate[name]:8.2f} {cpu[name]:12.1f}")
    print(f"  score_frame / score_many: {results['throughput_ratio_wall']:.3f} in files/s (goal >= 0.85), ", end="")
    print(f"{results['throughput_ratio_cpu']:.3f} in files per CPU-second")
    print(f"acceptance, 40 PDFs x {len(ROLES)} roles (wall):")
    print(f"  score_many(jobs={WORKERS}), a call per role {results['acceptance_s']['score_many']:7.2f} s")
    print(f"  score_frame                        {results['acceptance_s']['score_frame']:7.2f} s")
    print(f"  ratio {results['acceptance_ratio']:.3f} (goal <= 1.5)")
    print(
        f"cluster start {results['cluster_start_s']} s (not timed); {results['seconds']} s in all; "
        f"load average {results['load_average_at_start']} at start, {results['load_average_at_end']} at end"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
