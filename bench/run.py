"""Speed and memory of ats_match, each figure as a ratio to its floor: the least work the
same job needs from the libraries underneath, measured in the same run on the same inputs.

    python bench/run.py              # everything, under 10 minutes on 2 cores
    python bench/run.py --runs 3     # three times over, for the spread of each figure
    python bench/run.py --quick      # fewer inputs and repeats, about a minute
    python bench/run.py --only text,pdfium
    python bench/run.py --table bench/results.json   # print the Markdown table of a past run

Inputs are made by bench/generate.py from a seed (text and PDF resumes of varied content
and layout), plus the PDFs of ../shared/corpus when present. Times are the minimum over
repeats (other processes only ever add time); in-process figures compare CPU time, which
a busy machine disturbs far less than wall time (both are in the JSON, with the load
average). The run writes bench/results.json.

Figures and floors:
  text         score_many() over N text resumes  vs  spacy.blank("en").pipe() over the same texts
  pdfplumber   read_resume(engine="pdfplumber")   vs  pdfplumber's extract_words() on every page
  pdfium       read_resume(engine="pdfium")       vs  pypdfium2: every character's text and box
  speedup      the pdfplumber engine's time / the pdfium engine's time
  agreement    items whose status is the same with both engines (ats_match.score)
  batch        score_many(jobs=1) / score_many(jobs=2) on 200 PDFs (wall time; a warm-up call starts the workers)
  cold-start   `ats-match score resume.txt` in a new process  vs  `import spacy; spacy.blank("en")` (CPU time)
  memory       peak RSS scoring 10 N distinct text resumes in one process  vs  N
"""

from __future__ import annotations

import argparse
import compileall
import gc
import io
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import generate

import ats_match

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("ATS_MATCH_CORPUS", HERE.parents[1] / "shared" / "corpus"))
ROLE = "machine-learning-engineer"
FIGURES = ("text", "pdfplumber", "pdfium", "agreement", "batch", "cold-start", "memory")


@dataclass
class Figure:
    """One line of the table. `ratio` is measured / floor; `goal` bounds it from above
    (at most) or, for speed-ups and agreement, from below (at least)."""

    name: str
    measured: float
    floor: float
    unit: str
    goal: float
    at_least: bool = False
    note: str = ""
    wall: tuple[float, float] | None = None  # (measured, floor) wall times when the ratio is of CPU times
    ratio: float = field(init=False)
    met: bool = field(init=False)

    def __post_init__(self) -> None:
        self.ratio = self.measured / self.floor if self.floor else float("inf")
        self.met = self.ratio >= self.goal if self.at_least else self.ratio <= self.goal


@dataclass
class Settings:
    quick: bool
    repeats: int
    texts: int
    generated_pdfs: int
    corpus_pdfs: int | None  # None: all of them
    batch_pdfs: int
    cold_repeats: int
    memory_small: int


FULL = Settings(
    False, repeats=3, texts=200, generated_pdfs=20, corpus_pdfs=None, batch_pdfs=200, cold_repeats=9, memory_small=1000
)
QUICK = Settings(
    True, repeats=2, texts=50, generated_pdfs=6, corpus_pdfs=4, batch_pdfs=60, cold_repeats=3, memory_small=200
)


@dataclass(frozen=True)
class Timing:
    """The fastest of several runs, in seconds: wall time, and CPU time of this process
    (what the ratios of in-process figures use: on a shared machine, other processes
    stretch wall time but not the CPU time a job needs)."""

    wall: float
    cpu: float


def best(job: Callable[[], object], repeats: int, setup: Callable[[], object] | None = None) -> Timing:
    walls, cpus = [], []
    for _ in range(repeats):
        if setup is not None:
            setup()
        gc.collect()
        gc.disable()  # as timeit does: a collection in one run would charge it for others' garbage
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            job()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        finally:
            gc.enable()
    return Timing(min(walls), min(cpus))


# ---------------------------------------------------------------------------- inputs


@dataclass
class Inputs:
    texts: list[str]
    pdfs: list[tuple[str, bytes]]  # (name, content): corpus first, then generated

    @classmethod
    def make(cls, settings: Settings) -> Inputs:
        corpus = sorted((CORPUS / "pdf").glob("*.pdf")) if (CORPUS / "pdf").is_dir() else []
        corpus = corpus[: settings.corpus_pdfs] if settings.corpus_pdfs is not None else corpus
        pdfs = [(p.name, p.read_bytes()) for p in corpus]
        pdfs += [
            (f"generated-{i:03d}.pdf", data)
            for i, data in enumerate(generate.pdf_resumes(settings.generated_pdfs, seed=2))
        ]
        return cls(generate.text_resumes(settings.texts, seed=1), pdfs)

    @property
    def pages(self) -> int:
        import pypdfium2

        return sum(len(pypdfium2.PdfDocument(data)) for _, data in self.pdfs)


# ---------------------------------------------------------------------------- figures


def _forget_lines() -> None:
    """Empty ats_match's caches keyed by line text, so that every repeat scores resumes it
    has never seen (a repeat must not find its own lines cached). spaCy's tokenizer keeps
    its word cache, for the floor and for ats_match alike."""
    from ats_match.facts import find_dates
    from ats_match.matching.qualifiers import _has_cue
    from ats_match.reading.sections import heading_key

    for cached in (find_dates, _has_cue, heading_key):
        cached.cache_clear()


def text_path(inputs: Inputs, settings: Settings) -> list[Figure]:
    """score_many over text resumes against spaCy tokenizing the same words. The floor
    tokenizes each text with its whitespace collapsed, as ats_match tokenizes a resume
    (its lines joined by single spaces): spaCy treats every newline as a special case
    and caches no word beside one, which makes raw text many times slower (noted)."""
    import spacy

    role = ats_match.load_role(ROLE)
    sources = [t.encode("utf-8") for t in inputs.texts]
    ats_match.score_many(sources[:5], role)  # build the matcher once, as every batch does
    nlp = spacy.blank("en")
    collapsed = [" ".join(t.split()) for t in inputs.texts]
    list(nlp.pipe(collapsed))  # the floor's vocabulary has seen the words, as ours has
    floor = best(lambda: list(nlp.pipe(collapsed)), settings.repeats + 2)
    raw = best(lambda: list(nlp.pipe(inputs.texts)), settings.repeats)
    measured = best(lambda: ats_match.score_many(sources, role), settings.repeats, setup=_forget_lines)
    n = len(sources)
    note = (
        f"{n} text resumes, mean {sum(map(len, inputs.texts)) // n} chars; CPU time; "
        f"spaCy on the raw texts (newlines kept): {1000 * raw.cpu / n:.2f} ms"
    )
    return [
        Figure(
            "text: score_many per resume",
            1000 * measured.cpu / n,
            1000 * floor.cpu / n,
            "ms",
            2.0,
            note=note,
            wall=(1000 * measured.wall / n, 1000 * floor.wall / n),
        )
    ]


def _pdfplumber_floor(pdfs: Sequence[tuple[str, bytes]]) -> None:
    """pdfplumber's own word extraction over every page, with the reader's arguments."""
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings about odd fonts, as the reader hides them

    from ats_match.reading.pdf.rows import WORD_GAP

    for _, data in pdfs:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"], x_tolerance_ratio=WORD_GAP)
                page.close()


def pdfium_floor(pdfs: Sequence[tuple[str, bytes]]) -> None:
    """Bare pypdfium2: open, and every character's text and box on every page."""
    import pypdfium2

    for _, data in pdfs:
        pdf = pypdfium2.PdfDocument(data)
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            for i in range(textpage.count_chars()):
                textpage.get_charbox(i)
            textpage.close()
            page.close()
        pdf.close()


def read_all(pdfs: Sequence[tuple[str, bytes]], engine: str) -> list[object]:
    out: list[object] = []
    for _, data in pdfs:
        try:
            out.append(ats_match.read_resume(data, engine=engine))
        except ats_match.AtsMatchError as exc:
            out.append(type(exc).__name__)
    return out


def pdf_paths(inputs: Inputs, settings: Settings, state: dict) -> list[Figure]:
    """The pdfplumber and pdfium figures, the speed-up, and keeps both engines' documents
    for the agreement figure."""
    pdfs, repeats = inputs.pdfs, settings.repeats
    files = f"{len(pdfs)} PDFs, {inputs.pages} pages; CPU time"
    plumber_floor = best(lambda: _pdfplumber_floor(pdfs), repeats)
    plumber = best(lambda: state.__setitem__("pdfplumber", read_all(pdfs, "pdfplumber")), repeats)
    pdfium_floor(pdfs)  # load the library before timing it
    floor = best(lambda: pdfium_floor(pdfs), repeats + 2)
    pdfium = best(lambda: state.__setitem__("pdfium", read_all(pdfs, "pdfium")), repeats + 2)
    n = len(pdfs)

    def ms(timing: Timing) -> float:
        return 1000 * timing.cpu / n

    def walls(a: Timing, b: Timing) -> tuple[float, float]:
        return 1000 * a.wall / n, 1000 * b.wall / n

    return [
        Figure(
            "pdf: read_resume pdfplumber, per file",
            ms(plumber),
            ms(plumber_floor),
            "ms",
            1.3,
            note=f"{files}; floor: pdfplumber.open + extract_words with the reader's arguments",
            wall=walls(plumber, plumber_floor),
        ),
        Figure(
            "pdf: read_resume pdfium, per file",
            ms(pdfium),
            ms(floor),
            "ms",
            1.5,
            note=f"{files}; floor: pypdfium2 open + get_text_range + get_charbox of every character",
            wall=walls(pdfium, floor),
        ),
        Figure(
            "pdf: pdfium engine speed-up",
            ms(plumber),
            ms(pdfium),
            "ms",
            10.0,
            at_least=True,
            note="pdfplumber engine / pdfium engine",
            wall=walls(plumber, pdfium),
        ),
    ]


def agreement(inputs: Inputs, state: dict) -> list[Figure]:
    """Items with the same status when each engine's document is scored."""
    role = ats_match.load_role(ROLE)
    same = total = 0
    differing = []
    for (name, _), a, b in zip(inputs.pdfs, state["pdfplumber"], state["pdfium"], strict=True):
        if isinstance(a, str) or isinstance(b, str):
            same, total = same + (a == b), total + 1  # both refuse the file the same way
            if a != b:
                differing.append(name)
            continue
        sa, sb = ats_match.score(a, role).statuses, ats_match.score(b, role).statuses
        same += sum(sa[k] == sb[k] for k in sa)
        total += len(sa)
        differing += [f"{name}:{k}" for k in sa if sa[k] != sb[k]]
    note = f"{total} items of {len(inputs.pdfs)} PDFs" + (f"; differ: {', '.join(differing[:5])}" if differing else "")
    return [Figure("pdf: same status, pdfium vs pdfplumber", same, total, "items", 0.99, at_least=True, note=note)]


def batch(settings: Settings) -> list[Figure]:
    role = ats_match.load_role(ROLE)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, data in enumerate(generate.pdf_resumes(settings.batch_pdfs, seed=3)):
            path = Path(folder) / f"resume-{i:03d}.pdf"
            path.write_bytes(data)
            paths.append(path)
        times = {}
        for jobs in (1, 2):
            ats_match.score_many(paths[:20], role, jobs=jobs)  # warm this process and start the workers
            times[jobs] = best(lambda jobs=jobs: ats_match.score_many(paths, role, jobs=jobs), settings.repeats).wall
    note = (
        f"{len(paths)} PDFs; {os.cpu_count()} cores; wall time; workers started by the warm-up call are "
        "taken up again (batch.py parks them)"
    )
    return [Figure("batch: jobs=2 speed-up over jobs=1", times[1], times[2], "s", 1.7, at_least=True, note=note)]


def cold_start(settings: Settings) -> list[Figure]:
    """A new process scoring one text resume against its floor, a new process that imports
    spaCy and builds a blank English pipeline. The ratio is of the processes' CPU time
    (user + system, from the children's rusage): on a shared machine other processes
    stretch wall time but hardly the CPU time a start-up needs. Wall times are in `wall`."""
    # As an installed package starts: its modules compiled to bytecode once (pip does it for a
    # wheel; a source tree run under PYTHONDONTWRITEBYTECODE compiles every changed module
    # again on every start: 1.31 against 1.26 after a day's edits).
    compileall.compile_dir(str(Path(ats_match.__file__).parent), quiet=1)
    script = Path(sys.executable).with_name("ats-match")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "ats_match"]
    with tempfile.TemporaryDirectory() as folder:
        resume = Path(folder) / "resume.txt"
        resume.write_text(generate.text_resume(11), encoding="utf-8")
        ours = [*command, "score", str(resume), "--role", ROLE]
        floor = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
        cpu: dict[str, list[float]] = {"ours": [], "floor": []}
        wall: dict[str, list[float]] = {"ours": [], "floor": []}
        for _ in range(settings.cold_repeats):  # alternate, so that a busy moment hits both
            for key, argv in (("floor", floor), ("ours", ours)):
                before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
                subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                wall[key].append(time.perf_counter() - start)
                cpu[key].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return [
        Figure(
            "cold start: ats-match score resume.txt",
            min(cpu["ours"]),
            min(cpu["floor"]),
            "s",
            1.3,
            note="CPU time of a new process (user + system)",
            wall=(min(wall["ours"]), min(wall["floor"])),
        )
    ]


def memory(settings: Settings) -> list[Figure]:
    small, large = settings.memory_small, settings.memory_small * 10

    def peak(count: int) -> float:
        result = subprocess.run(
            [sys.executable, str(HERE / "score_texts.py"), str(count)], check=True, capture_output=True, text=True
        )
        return float(result.stdout.strip().splitlines()[-1])

    return [
        Figure(
            f"memory: peak RSS, {large} vs {small} resumes",
            peak(large),
            peak(small),
            "MiB",
            1.2,
            note="distinct generated text resumes scored one by one in a new process; VmHWM",
        )
    ]


# ---------------------------------------------------------------------------- report


def table(figures: Sequence[dict]) -> str:
    """The Markdown table. A figure measured in several runs shows the ratio of its median
    run, the spread (lowest-highest ratio) and in how many runs it met its goal."""
    rows = ["| figure | measured | floor / reference | ratio | spread | goal | met? |", "|---|---|---|---|---|---|---|"]
    for f in figures:
        goal = f"{'>=' if f['at_least'] else '<='} {f['goal']:g}"
        spread = f.get("spread") or [f["ratio"], f["ratio"]]
        runs = f.get("runs", 1)
        met = ("yes" if f["met"] else "no") + (f" ({f['met_runs']} of {runs} runs)" if runs > 1 else "")
        rows.append(
            f"| {f['name']} | {f['measured']:.4g} {f['unit']} | {f['floor']:.4g} {f['unit']} | {f['ratio']:.3g} "
            f"| {spread[0]:.3g}-{spread[1]:.3g} | {goal} | {met} |"
        )
    return "\n".join(rows)


def summary(runs: Sequence[Sequence[Figure]]) -> list[dict]:
    """Each figure as measured in its median run (by ratio), with the spread of all runs."""
    out = []
    for name in [f.name for f in runs[0]]:
        measured = sorted((f for run in runs for f in run if f.name == name), key=lambda f: f.ratio)
        middle = asdict(measured[(len(measured) - 1) // 2])
        middle.update(
            spread=[measured[0].ratio, measured[-1].ratio], runs=len(measured), met_runs=sum(f.met for f in measured)
        )
        out.append(middle)
    return out


def environment() -> dict:
    import pdfplumber
    import pypdfium2
    import spacy

    return {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cores": os.cpu_count(),
        "spacy": spacy.__version__,
        "pdfplumber": pdfplumber.__version__,
        "pypdfium2": str(pypdfium2.version.PYPDFIUM_INFO),
        "corpus": CORPUS.is_dir(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer inputs and repeats (about a minute)")
    parser.add_argument("--only", default=",".join(FIGURES), help=f"comma-separated subset of {','.join(FIGURES)}")
    parser.add_argument("--runs", type=int, default=1, help="measure everything this many times, for the spread")
    parser.add_argument("--json", type=Path, default=HERE / "results.json", help="where to write the results")
    parser.add_argument(
        "--table", type=Path, metavar="RESULTS", help="print the Markdown table of a results file and stop"
    )
    args = parser.parse_args(argv)
    if args.table:
        print(table(json.loads(args.table.read_text(encoding="utf-8"))["figures"]))
        return 0
    wanted = set(args.only.split(","))
    settings = QUICK if args.quick else FULL
    started, load = time.perf_counter(), os.getloadavg()
    inputs = Inputs.make(settings)
    if wanted & {"pdfium", "agreement"}:
        wanted.add("pdfplumber")  # one step times both engines and keeps their documents
    runs: list[list[Figure]] = []
    for number in range(1, args.runs + 1):
        state: dict = {}
        figures: list[Figure] = []
        steps: list[tuple[str, Callable[[], list[Figure]]]] = [
            ("text", lambda: text_path(inputs, settings)),
            ("pdfplumber", lambda state=state: pdf_paths(inputs, settings, state)),
            ("agreement", lambda state=state: agreement(inputs, state)),
            ("batch", lambda: batch(settings)),
            ("cold-start", lambda: cold_start(settings)),
            ("memory", lambda: memory(settings)),
        ]
        for key, step in steps:
            if key in wanted:
                begun = time.perf_counter()
                figures += step()
                print(f"[run {number}, {key}: {time.perf_counter() - begun:.0f} s]", file=sys.stderr)
        runs.append(figures)
    results = {
        "command": "python bench/run.py" + (" --quick" if settings.quick else "") + f" --runs {args.runs}",
        "settings": asdict(settings),
        "environment": {**environment(), "load_average_at_start": [round(x, 2) for x in load]},
        "seconds": round(time.perf_counter() - started, 1),
        "figures": summary(runs),
        "runs": [[asdict(f) for f in run] for run in runs],
    }
    print(table(results["figures"]))
    print(f"\n{results['seconds']} s; times are minima over repeats, each figure from its median run; notes:")
    for f in runs[0]:
        print(f"  {f.name}: {f.note}")
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
