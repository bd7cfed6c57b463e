"""The PDFium engine against its floor file by file, and by how the PDF draws its text.

    python bench/pdf_files.py [--repeats 9]

The same PDFs and the same floor as `bench/run.py --only pdfium` (pypdfium2: open, and
every character's text and box), each file timed alone, CPU time, the minimum of
`--repeats`. Files are grouped by characters per text object: Chrome and Google Docs
(Skia) draw every glyph as a text object of its own, so their text-object styles (five
calls into PDFium per object: font, size, matrix, fill, render mode) cost a call per
character on top of the floor's, where a LaTeX, Word or reportlab PDF draws a word or a
line per object. Prints the files furthest over their floor, then each group's total
against its floor.
"""

from __future__ import annotations

import argparse
import ctypes
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import pypdfium2  # noqa: E402
import run  # noqa: E402 (bench/run.py: the inputs and the floor)

from ats_match.reading.pdf.pdfium_native import VOID, batch, char_object  # noqa: E402

GLYPH_PER_OBJECT = 2.0  # characters per text object below which a PDF draws glyph by glyph


def chars_per_object(data: bytes) -> float:
    pdf = pypdfium2.PdfDocument(data)
    chars = objects = 0
    try:
        for page in pdf:
            textpage = page.get_textpage()
            count = textpage.count_chars()
            found = set(batch(char_object, ctypes.cast(textpage.raw, VOID).value, max(count, 0))) - {0}
            chars, objects = chars + max(count, 0), objects + len(found)
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return chars / objects if objects else 0.0


def best_ms(call, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return 1000 * min(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args(argv)
    pdfs = run.Inputs.make(replace(run.FULL, texts=1)).pdfs
    run.pdfium_floor(pdfs[:1])  # load the library before timing
    rows = []
    for name, data in pdfs:
        one = [(name, data)]
        ours = best_ms(lambda one=one: run.read_all(one, "pdfium"), args.repeats)
        floor = best_ms(lambda one=one: run.pdfium_floor(one), args.repeats)
        rows.append((name, ours, floor, chars_per_object(data)))
    rows.sort(key=lambda r: r[2] - r[1])  # furthest over the floor first
    print("file | ours ms | floor ms | ratio | characters per text object")
    for name, ours, floor, per_object in rows[:12]:
        print(f"{name} | {ours:.2f} | {floor:.2f} | {ours / floor:.2f} | {per_object:.1f}")
    groups = {
        f"a text object per glyph (under {GLYPH_PER_OBJECT} characters each)": [
            r for r in rows if 0 < r[3] < GLYPH_PER_OBJECT
        ],
        "a word or a line per text object": [r for r in rows if r[3] >= GLYPH_PER_OBJECT],
    }
    for label, group in groups.items():
        ours, floor = sum(r[1] for r in group), sum(r[2] for r in group)
        if floor:
            print(f"{label}: {len(group)} files, {ours:.1f} ms against {floor:.1f} ms, {ours / floor:.2f}")
    ours, floor = sum(r[1] for r in rows), sum(r[2] for r in rows)
    print(f"all: {len(rows)} files, {ours:.1f} ms against {floor:.1f} ms, {ours / floor:.2f}")


if __name__ == "__main__":
    main()
