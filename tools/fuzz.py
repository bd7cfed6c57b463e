"""Fuzz the text path and both readers for a given number of minutes.

    python tools/fuzz.py --minutes 20 [--seed 1] [--save /tmp/fuzz-failures]

Each run takes a real resume (the test suite's PDF and DOCX builders, the examples, the
hostile fixtures), damages it a few ways (truncation, bit flips, spliced files, edited XML
inside a DOCX, changed numbers in a PDF, odd Unicode in text; rich markup, terminal
escapes, bidi controls and spreadsheet formulas in file names and lines) and scores it;
the "names" runs also render the terminal table, Markdown, HTML and CSV and check that
nothing from the file acts there. Anything but
an AtsMatchError is a failure, as is a report that breaks its contract (score outside
0-100, an item missing, JSON that does not load) or a run that outlasts --hang seconds.
Failures are grouped by exception type and the innermost ats_match frame; the summary
(runs, unique failures, elapsed) is printed and written to tools/fuzz_last_result.txt.

A plain seeded mutation fuzzer rather than a coverage-guided one: no extra dependency,
the same --seed replays the same inputs, and the damage it does is easy to read below.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import random
import re
import resource
import signal
import sys
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the fixture builders

import ats_match  # noqa: E402
from ats_match.reading import Limits  # noqa: E402
from ats_match.reading.pdf import guard as pdf_guard  # noqa: E402

ROLE = "machine-learning-engineer"
LIMITS = Limits(timeout_seconds=20.0)
MEMORY_CAP = 6 * 1024**3  # address space; past it a run gets MemoryError, reported as a failure


# ---------------------------------------------------------------------------- seeds


def seeds() -> dict[str, list[tuple[str, bytes]]]:
    """Real files of each kind, built by the test suite's fixture builders."""
    import docx_fixtures as dx
    import hostile_fixtures as hf
    import pdf_fixtures as px

    pdf_builders = [
        px.one_column, px.two_column, px.sidebar, px.skills_table, px.header_footer, px.hyphenated,
        px.ligatures, px.hidden_text, px.links, px.scanned, px.text_then_scan, px.cropped,
        px.broken_font_bbox, px.no_pages, lambda: px.encrypted(""), lambda: px.pages(3), hf.good_pdf,
        hf.deep_nesting_pdf, hf.page_tree_loop_pdf, hf.xref_loop_pdf, hf.self_reference_pdf,
    ]  # fmt: skip
    docx_builders = [
        dx.plain_resume, dx.skills_table_resume, dx.merged_cells_resume, dx.header_footer_resume,
        dx.text_box_resume, dx.hyperlink_resume, dx.look_headings_resume, dx.numbered_list_resume,
        dx.hidden_text_resume, dx.line_break_resume, dx.content_control_resume, dx.two_page_resume,
        dx.picture_and_dark_cell_resume, dx.empty_docx, hf.svg_picture_docx, hf.billion_laughs_docx,
    ]  # fmt: skip
    texts = [(p.name, p.read_bytes()) for p in sorted((ROOT / "examples").glob("resume_*"))]
    return {
        "pdf": [(getattr(b, "__name__", "pdf"), b()) for b in pdf_builders],
        "docx": [(getattr(b, "__name__", "docx"), b()) for b in docx_builders],
        "text": texts,
    }


# ---------------------------------------------------------------------------- mutations

_INTERESTING = [b"\x00", b"\xff", b"(", b")", b"<<", b">>", b"[", b"]", b"/", b"R", b" 0 R", b"obj", b"endobj",
                b"stream\n", b"endstream", b"-1", b"0", b"99999999999", b"1e308", b"<", b">", b"&", b"\"", b"%",
                b"PK\x03\x04", b"\r\n", b"\\"]  # fmt: skip
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
_WEIRD_NUMBERS = [b"0", b"-1", b"-0", b"2147483648", b"4294967296", b"9" * 40, b"1e9", b"0.0000001", b"-99999", b"3"]
_XML_SNIPPETS = [
    "<w:p>", "</w:p>", "<w:tbl><w:tr><w:tc>", "<w:r><w:t>Python</w:t></w:r>", '<w:sz w:val="-5"/>',
    '<w:sym w:char="FFFFFFFF"/>', '<w:br w:type="page"/>', "<w:lastRenderedPageBreak/>", '<w:hyperlink r:id="rId999">',
    '<w:numPr><w:ilvl w:val="99"/><w:numId w:val="-1"/></w:numPr>', '<w:gridSpan w:val="100000"/>', "\x00", "&#0;",
    '<w:pgSz w:w="0" w:h="-1"/>', '<w:cols w:num="99999"/>', "<Pages>999999999</Pages>",
]  # fmt: skip
_ODD_TEXT = ["\u0000", "\ufeff", "\u200b", "\u202e", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x85", "\r",
             "\t" * 50, "é", "e\u0301", "ﬁ", "Ｐｙｔｈｏｎ", "🐍", "\U0010ffff", "#", "# ", "**", "`", "[x](y)",
             "Python" * 200, "- ", "•", "Experience\n", "Skills:\n", "no experience with ", "learning ",
             "PyTorch", "\n" * 30, " " * 500, "\ud800", "𝐏𝐲𝐭𝐡𝐨𝐧", "ⅰⅱ", "İ", "ß"]  # fmt: skip


def mutate_bytes(data: bytes, rng: random.Random, others: list[bytes]) -> tuple[bytes, str]:
    """One generic damage to a file's bytes, and its name."""
    n = len(data)
    kind = rng.choice(["truncate", "flip", "interesting", "delete", "duplicate", "splice", "numbers", "zero-run"])
    if n == 0:
        return rng.choice(others)[: rng.randrange(1, 200)], "empty+"
    if kind == "truncate":
        return data[: rng.randrange(n)], kind
    if kind == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 16)):
            out[rng.randrange(n)] ^= 1 << rng.randrange(8)
        return bytes(out), kind
    if kind == "interesting":
        at = rng.randrange(n)
        return data[:at] + rng.choice(_INTERESTING) + data[at + rng.randint(0, 4) :], kind
    if kind == "delete":
        at = rng.randrange(n)
        return data[:at] + data[at + rng.randint(1, max(1, n // 10)) :], kind
    if kind == "duplicate":
        at, size = rng.randrange(n), rng.randint(1, max(1, n // 5))
        return data[:at] + data[at : at + size] * rng.randint(2, 8) + data[at:], kind
    if kind == "splice":
        other = rng.choice(others)
        return data[: rng.randrange(n)] + other[rng.randrange(max(1, len(other))) :], kind
    if kind == "numbers":
        spots = list(_NUMBER.finditer(data))
        if not spots:
            return data[:-1], "truncate"
        out = data
        for match in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 6))), key=lambda m: -m.start()):
            out = out[: match.start()] + rng.choice(_WEIRD_NUMBERS) + out[match.end() :]
        return out, kind
    at = rng.randrange(n)
    return data[:at] + b"\x00" * rng.randint(1, 4096) + data[at:], kind


def mutate_docx(data: bytes, rng: random.Random, others: list[bytes]) -> tuple[bytes, str]:
    """Damage inside the zip (an XML part edited, a part dropped or renamed) and re-zip, so
    the damage reaches python-docx and the reader instead of failing the zip's CRC; or
    damage the zip itself."""
    if rng.random() < 0.3:
        return mutate_bytes(data, rng, others)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {info.filename: archive.read(info) for info in archive.infolist()}
    except Exception:
        return mutate_bytes(data, rng, others)
    names = sorted(parts)
    kind = rng.choice(["xml", "xml", "xml", "drop", "rename", "bytes"])
    target = rng.choice([n for n in names if n.endswith((".xml", ".rels"))] or names)
    if kind == "drop":
        del parts[target]
    elif kind == "rename":
        parts[target + rng.choice(["x", ".bak", "/"])] = parts.pop(target)
    elif kind == "bytes":
        parts[target] = mutate_bytes(parts[target], rng, list(parts.values()))[0]
    else:
        text = parts[target].decode("utf-8", "replace")
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(text) + 1)
            choice = rng.random()
            if choice < 0.4:
                text = text[:at] + rng.choice(_XML_SNIPPETS) + text[at:]
            elif choice < 0.6:
                text = text[:at] + text[at + rng.randint(1, 200) :]
            elif choice < 0.8:
                tags = re.findall(r"<w:\w+", text)
                if tags:
                    text = text.replace(rng.choice(tags), rng.choice(tags), rng.randint(1, 3))
            else:
                span = text[at : at + rng.randint(1, 2000)]
                text = text[:at] + span * rng.randint(2, 20) + text[at:]
        parts[target] = text.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue(), f"docx-{kind}:{target}"


def mutate_text(data: bytes | str, rng: random.Random, others: list[bytes]) -> tuple[str, str]:
    """A resume's text with odd Unicode, repeated or cut lines; sometimes pure noise."""
    if rng.random() < 0.15:
        alphabet = [chr(rng.randrange(0x20, 0x2FFF)) for _ in range(40)] + list(" \n\t.,-#*") + _ODD_TEXT
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3000))), "noise"
    text = data if isinstance(data, str) else data.decode("utf-8", "replace")
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(text) + 1)
        choice = rng.random()
        if choice < 0.5:
            text = text[:at] + rng.choice(_ODD_TEXT) + text[at:]
        elif choice < 0.7:
            text = text[:at] + text[at + rng.randint(1, 300) :]
        elif choice < 0.85:
            text = text[:at] + text[at : at + rng.randint(1, 400)] * rng.randint(2, 30) + text[at:]
        else:
            other = rng.choice(others).decode("utf-8", "replace")
            text = text[:at] + other[rng.randrange(len(other) + 1) :]
    return text, "text"


_MARKUP = [
    "[/]",
    "[bold]",
    "[/bold]",
    "[link=javascript:alert(1)]x[/link]",
    "[red on white]",
    "[",
    "]",
    "\\[",
    "[@click=app.quit]",
    ":smile:",
    "[#ff0000]",
]
_TERMINAL = [
    "\x1b[2J",
    "\x1b]0;title\x07",
    "\x1b]52;c;ZXZpbA==\x07",
    "\x1b]8;;http://x\x1b\\",
    "\x07",
    "\x08",
    "\r",
    "\n",
    "\x9b",
    "\x85",
    "\u202e",
    "\u2066",
    "\u200f",
    "\udcff",
]
_FORMULA = ["=", "+", "-", "@", "\t", "\r", '=HYPERLINK("http://x")', "+cmd|' /C calc'!A0"]


def mutate_names(data: bytes | str, rng: random.Random, others: list[bytes]) -> tuple[str, str]:
    """A file name and a resume line with rich markup, terminal escapes, bidi controls and
    spreadsheet formulas: what reaches the terminal, Markdown and CSV around the reader."""
    text = data if isinstance(data, str) else data.decode("utf-8", "replace")
    name, body = json.loads(text) if text.startswith('["') else ["cv.txt", text]
    pieces = _MARKUP + _TERMINAL + _FORMULA
    for _ in range(rng.randint(1, 5)):
        piece = rng.choice(pieces)
        if rng.random() < 0.5:
            at = rng.randrange(len(name) + 1)
            name = name[:at] + piece.replace("/", "") + name[at:]
        else:
            at = rng.randrange(len(body) + 1)
            body = body[:at] + piece + body[at:]
    return json.dumps([name, body]), "names"


_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def check_outputs(report: ats_match.Report, profile: ats_match.RoleProfile) -> None:
    """What leaves through the terminal, Markdown, HTML and CSV holds no control character
    from the file and no formula start, and rich markup in it never raises."""
    from rich.console import Console

    from ats_match.cli.score import batch_csv
    from ats_match.reports.safe import visible
    from ats_match.reports.terminal import print_brief, print_report

    for draw in (print_report, print_brief):
        buffer = io.StringIO()
        draw(report, Console(file=buffer, width=100, no_color=True, force_terminal=False))
        assert not _RAW_CONTROL.search(buffer.getvalue()), f"raw control in the {draw.__name__} output"
    for text in (report.to_markdown(), report.to_html()):
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text, "escape in Markdown or HTML"
    for row in csv.reader(io.StringIO(batch_csv([report], profile))):
        for value in row:
            assert not value.startswith(("=", "+", "@", "\t", "\r")) or _is_number(value), f"formula cell {value!r}"
            assert not (value.startswith("-") and not _is_number(value)), f"formula cell {value!r}"
    line = visible(f"{report.resume.source}: the file is empty")
    assert "\n" not in line and not _RAW_CONTROL.search(line), "raw control in an error line"


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------- runs and failures


class Hang(Exception):
    """A run outlasted --hang seconds (raised from a SIGALRM handler)."""


def check_report(report: ats_match.Report, profile: ats_match.RoleProfile) -> None:
    """The contract of every report: what test_fuzz.py asserts with hypothesis."""
    assert 0.0 <= report.score <= 100.0, f"score {report.score}"
    assert [item.id for item in report.items] == [item.id for item in profile.items], "items incomplete"
    json.loads(report.to_json())
    report.to_markdown()
    report.to_html()


def run_one(kind: str, payload: bytes | str, profile: ats_match.RoleProfile, engine: str) -> None:
    """Read (with the given PDF engine) and score; for PDFs, first the fast stream check
    alone, as the PDFium engine uses it."""
    if kind == "names":
        assert isinstance(payload, str)
        name, body = json.loads(payload)
        report = ats_match.score(ats_match.read_text(body, source=name), profile, limits=LIMITS)
        check_report(report, profile)
        check_outputs(report, profile)
        return
    if kind == "text":
        assert isinstance(payload, str)
        document = ats_match.read_text(payload)
    else:
        assert isinstance(payload, bytes)
        if kind == "pdf":
            with contextlib.suppress(ats_match.AtsMatchError):
                pdf_guard.check_pdf_streams(payload, "fuzz.pdf", LIMITS)
        document = ats_match.read_resume(payload, limits=LIMITS, engine=engine)
    check_report(ats_match.score(document, profile, limits=LIMITS), profile)


def signature(exc: BaseException) -> str:
    """Exception type and the innermost frame in ats_match (else the innermost frame)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "ats_match" in f.filename]
    frame = (ours or frames or [None])[-1]
    where = f"{Path(frame.filename).name}:{frame.lineno} {frame.name}" if frame else "?"
    return f"{type(exc).__name__} at {where}"


@dataclass
class Tally:
    runs: dict[str, int] = field(default_factory=dict)
    failures: dict[str, dict] = field(default_factory=dict)  # signature -> count, example, message

    def failed(self, sig: str, label: str, message: str, payload: bytes | str, save: Path | None) -> None:
        entry = self.failures.setdefault(sig, {"count": 0, "example": label, "message": message[:300]})
        entry["count"] += 1
        if save is not None and entry["count"] == 1:
            save.mkdir(parents=True, exist_ok=True)
            name = re.sub(r"[^\w.-]+", "_", sig)[:120]
            blob = payload.encode("utf-8", "surrogatepass") if isinstance(payload, str) else payload
            (save / f"{name}.bin").write_bytes(blob)


def fuzz(minutes: float, seed: int, hang: float, save: Path | None) -> tuple[Tally, float]:
    rng = random.Random(seed)
    corpus = seeds()
    profile = ats_match.load_role(ROLE)
    mutators: dict[str, Callable] = {
        "pdf": mutate_bytes,
        "docx": mutate_docx,
        "text": mutate_text,
        "names": mutate_names,
    }
    corpus["names"] = corpus["text"]
    tally = Tally()
    signal.signal(signal.SIGALRM, _alarm)
    start = time.monotonic()
    end = start + minutes * 60
    while time.monotonic() < end:
        kind = rng.choice(["pdf", "pdf", "docx", "docx", "text", "names"])
        name, data = rng.choice(corpus[kind])
        others = [d for _, d in corpus[kind]]
        payload: bytes | str = data
        steps = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            payload, step = mutators[kind](payload, rng, others)
            steps.append(step)
        engine = rng.choice(["pdfplumber", "pdfium"]) if kind == "pdf" else "auto"
        label = f"{kind} {name} ({engine}) <- {' + '.join(steps)}"
        tally.runs[kind] = tally.runs.get(kind, 0) + 1
        signal.setitimer(signal.ITIMER_REAL, hang)
        try:
            run_one(kind, payload, profile, engine)
        except ats_match.AtsMatchError:
            pass
        except (Exception, Hang) as exc:  # noqa: BLE001 - every other exception is what we look for
            signal.setitimer(signal.ITIMER_REAL, 0)
            tally.failed(signature(exc), label, f"{type(exc).__name__}: {exc}", payload, save)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return tally, time.monotonic() - start


def _alarm(signum: int, frame: object) -> None:
    raise Hang("run outlasted the hang limit")


def summary(tally: Tally, elapsed: float, seed: int) -> str:
    runs = sum(tally.runs.values())
    lines = [
        f"ats_match fuzz: seed {seed}",
        f"runs: {runs} ({', '.join(f'{k} {v}' for k, v in sorted(tally.runs.items()))})",
        f"unique failures: {len(tally.failures)}",
        f"elapsed: {elapsed / 60:.1f} min ({runs / max(elapsed, 1e-9):.1f} runs/s)",
    ]
    for sig, entry in sorted(tally.failures.items(), key=lambda kv: -kv[1]["count"]):
        lines.append(f"- {sig}: {entry['count']}x, e.g. {entry['example']}: {entry['message']}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=20.0, help="how long to run")
    parser.add_argument("--seed", type=int, default=1, help="the same seed replays the same inputs")
    parser.add_argument("--hang", type=float, default=60.0, help="seconds after which one run is a failure")
    parser.add_argument("--save", type=Path, default=None, help="a folder for one input per failure")
    parser.add_argument("--result", type=Path, default=ROOT / "tools" / "fuzz_last_result.txt")
    args = parser.parse_args(argv)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    tally, elapsed = fuzz(args.minutes, args.seed, args.hang, args.save)
    text = summary(tally, elapsed, args.seed)
    print(text, end="")
    args.result.write_text(text, encoding="utf-8")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
