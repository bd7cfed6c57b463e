"""Where the PDFium engine spends its time reading a PDF, stage by stage, against its floor.

    python bench/pdf_stages.py              # the bench's PDFs: ../shared/corpus and 20 generated
    python bench/pdf_stages.py --only altacv --repeats 9

Each stage is timed in CPU time around the function the reader calls for it; a file's
stages are taken from its fastest of `--repeats` reads, and summed over the files. Stages
nest (the text-object styles are part of the characters), so they do not add up to the
whole; the floor is bench/run.py's (pypdfium2: open, every character's text and box).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pypdfium2
import run

from ats_match.reading.pdf import pdfium, pdfium_native, pdfium_words

# (what the table calls a stage, the object that holds the function, its name there)
STAGES: list[tuple[str, Any, str]] = [
    ("decompression guard", pdfium, "check_pdf_streams"),
    ("PDFium: load page (floor too)", pypdfium2.PdfDocument, "get_page"),
    ("PDFium: text page (floor too)", pypdfium2.PdfPage, "get_textpage"),
    ("characters", pdfium, "page_characters"),
    ("  of which text objects", pdfium_words, "text_objects"),
    ("  of which text-object styles", pdfium_native.Styles, "read"),
    ("shapes (fills, images, rules)", pdfium, "read_shapes"),
    ("words", pdfium, "words_from_characters"),
    ("ruled tables", pdfium, "find_tables"),
    ("layout (rows, columns, lines)", pdfium, "layout_page"),
    ("links", pdfium, "uri_links"),
    ("document (sections, fonts, links)", pdfium, "document_from_pages"),
]


def _timed(spent: Counter, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    return timed


def _cpu(job: Callable[[], object]) -> float:
    start = time.process_time()
    job()
    return time.process_time() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default="", help="only the PDFs whose name holds this")
    args = parser.parse_args(argv)
    pdfs = [p for p in run.Inputs.make(replace(run.FULL, texts=1)).pdfs if args.only in p[0]]
    run.read_all(pdfs, "pdfium")  # load the libraries before timing
    spent: Counter = Counter()
    for label, owner, name in STAGES:
        setattr(owner, name, _timed(spent, label, getattr(owner, name)))
    totals: Counter = Counter()
    ours = floor = 0.0
    for name, data in pdfs:
        best: tuple[float, Counter] | None = None
        for _ in range(args.repeats):
            spent.clear()
            took = _cpu(lambda name=name, data=data: run.read_all([(name, data)], "pdfium"))
            if best is None or took < best[0]:
                best = (took, Counter(spent))
        assert best is not None
        ours += best[0]
        totals.update(best[1])
        floor += min(_cpu(lambda name=name, data=data: run.pdfium_floor([(name, data)])) for _ in range(args.repeats))
    n = len(pdfs)
    print(
        f"{n} PDFs: the engine {1000 * ours / n:.2f} ms per file, its floor {1000 * floor / n:.2f} ms, {ours / floor:.2f}"
    )
    print("| stage | ms per file |\n|---|---|")
    for label, _, _ in STAGES:
        print(f"| {label} | {1000 * totals[label] / n:.2f} |")


if __name__ == "__main__":
    main()
