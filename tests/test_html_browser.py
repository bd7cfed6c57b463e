"""The HTML report in a real headless Chromium: it loads with no console errors and no
requests beyond the file itself, the DOM shows the score and the chart, hostile resume text
stays text, and the screenshot is not blank.

How console errors are caught: the test speaks the Chrome DevTools Protocol over
`--remote-debugging-pipe` (JSON messages ending in a NUL byte; commands go in on the
browser's fd 3, replies and events come out on fd 4; no port, no websocket). With the
Runtime, Log and Network domains enabled it records every uncaught exception
(Runtime.exceptionThrown), every console.error/console.assert (Runtime.consoleAPICalled),
every error-level browser log entry such as a failed load or a Content-Security-Policy
violation (Log.entryAdded) and every URL the page requests (Network.requestWillBeSent).
A control page with a deliberate error of each kind proves the detector sees them.
Scraping `--enable-logging=stderr` output would depend on the log format of one build.

Run as a script to refresh the example screenshot:
    python tests/test_html_browser.py --write-example     # writes examples/report_screenshot.png
"""

from __future__ import annotations

import base64
import fcntl
import io
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import ats_match
from ats_match.reports.html import html_from_dict

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "resume_junior_sklearn.txt"
EXAMPLE_SCREENSHOT = ROOT / "examples" / "report_screenshot.png"
ROLE = "machine-learning-engineer"
WIDTH, HEIGHT = 1280, 2000
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


# ---------------------------------------------------------------- a tiny DevTools client


@dataclass
class PageLoad:
    """What one page did while loading, and what it looked like after."""

    url: str
    dom: str = ""  # document.documentElement.outerHTML after load (what --dump-dom prints)
    text: str = ""  # document.body.innerText: what a reader sees
    bars: int = 0  # rendered SVG bars
    screenshot: bytes = b""  # PNG of the WIDTH x HEIGHT viewport
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


class Browser:
    """Headless Chromium driven over --remote-debugging-pipe. Use as a context manager."""

    def __init__(self, chromium: str, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="ats-chromium-")  # a fresh profile every run
        self.log = open(Path(self.profile) / "stderr.log", "wb")  # noqa: SIM115 (closed in close())
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()

        def give_fds_3_and_4() -> None:  # runs in the child, before exec
            # Copy out of the way first (fd >= 10) so that placing one cannot clobber the other.
            read_end = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)  # dup2 targets are inheritable; the os.pipe() originals close on exec
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [chromium, *FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=self.log,  # a file, not a pipe nobody reads: a full pipe would stall the browser
            preexec_fn=give_fds_3_and_4,
            close_fds=False,  # else fds 3 and 4 would be closed after give_fds_3_and_4
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.commands, self.replies = to_browser_w, from_browser_r
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            if not select.select([self.replies], [], [], max(0.0, deadline - time.monotonic()))[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.replies, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium exited: " + Path(self.log.name).read_text(errors="replace")[-2000:])
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        """Run one command and return its result; events that arrive meanwhile are kept."""
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, session: str) -> None:
        deadline = time.monotonic() + self.timeout
        while not any(e.get("method") == method and e.get("sessionId") == session for e in self.events):
            self.events.append(self._message(deadline))

    def load(self, path: Path, *, screenshot: bool = True) -> PageLoad:
        """Open a file in a new tab, wait for its load event, and collect what happened."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            self.send(f"{domain}.enable", session=session)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
            session,
        )
        page = PageLoad(url=path.resolve().as_uri())
        self.events.clear()
        self.send("Page.navigate", {"url": page.url}, session)
        self.wait_for("Page.loadEventFired", session)

        def evaluate(expression: str) -> Any:
            return self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)["result"][
                "value"
            ]

        page.dom = evaluate("document.documentElement.outerHTML")
        page.text = evaluate("document.body.innerText")
        page.bars = evaluate("document.querySelectorAll('svg g.bar rect.fill').length")
        if screenshot:
            page.screenshot = base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"}, session)["data"])
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                page.errors.append(details.get("exception", {}).get("description") or details["text"])
            elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                page.errors.append(
                    "console: " + " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
                )
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                page.errors.append(f"log: {params['entry']['text']} {params['entry'].get('url', '')}".strip())
            elif method == "Network.requestWillBeSent":
                page.requests.append(params["request"]["url"])
            elif method == "Page.javascriptDialogOpening":
                page.dialogs.append(params["message"])
        self.send("Target.closeTarget", {"targetId": target})
        return page

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.send("Browser.close")
            self.process.wait(timeout=10)
        except (OSError, RuntimeError, TimeoutError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self.commands)
            os.close(self.replies)
            self.log.close()
            shutil.rmtree(self.profile, ignore_errors=True)


# ---------------------------------------------------------------- is the screenshot blank?


def png_rows(png: bytes, max_rows: int | None = None) -> tuple[int, int, list[bytes]]:
    """Width, height and the first `max_rows` pixel rows of an 8-bit RGB/RGBA PNG, decoded
    with zlib alone (for machines without Pillow). Each row is width x channels bytes."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, compressed = 8, b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        body = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace:
                raise ValueError("only 8-bit, non-interlaced RGB or RGBA PNGs")
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            compressed += body
        pos += 12 + length
    raw = zlib.decompress(compressed)
    stride = width * channels
    rows, above = [], bytearray(stride)
    for y in range(min(height, max_rows or height)):
        kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):  # undo the row filter (PNG spec, section 9)
            left = row[i - channels] if i >= channels else 0
            up, corner = above[i], (above[i - channels] if i >= channels else 0)
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + up) & 255
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                guess = min((abs(p - left), 0, left), (abs(p - up), 1, up), (abs(p - corner), 2, corner))[2]
                row[i] = (row[i] + guess) & 255
        rows.append(bytes(row))
        above = row
    return width, height, rows


def colour_counts(png: bytes) -> Counter:
    """How many pixels of each colour: Pillow when installed, else png_rows on the top part."""
    try:
        from PIL import Image
    except ImportError:
        width, _, rows = png_rows(png, max_rows=600)
        channels = len(rows[0]) // width
        return Counter(row[i : i + 3] for row in rows for i in range(0, len(row), channels))
    with Image.open(io.BytesIO(png)) as image:
        return Counter({colour: n for n, colour in image.convert("RGB").getcolors(maxcolors=1 << 24)})


def assert_not_blank(png: bytes) -> None:
    counts = colour_counts(png)
    top_share = counts.most_common(1)[0][1] / sum(counts.values())
    assert len(counts) > 50, f"only {len(counts)} colours"
    assert top_share < 0.97, f"{top_share:.0%} of the page is one colour"


def small_png(png: bytes) -> bytes:
    """The screenshot made small for the repository: full size (text stays sharp), a
    256-colour palette, which a page of flat colours survives unchanged (Pillow)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        out = io.BytesIO()
        image.convert("RGB").quantize(256, method=Image.Quantize.FASTOCTREE).save(out, format="PNG", optimize=True)
        return out.getvalue()


# ---------------------------------------------------------------- tests

CHROMIUM = find_chromium()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium, chromium-browser or google-chrome on PATH"),
]


@pytest.fixture(scope="module")
def browser():
    with Browser(CHROMIUM) as running:
        yield running


@pytest.fixture(scope="module")
def example(browser, tmp_path_factory) -> tuple[ats_match.Report, PageLoad]:
    report = ats_match.score(EXAMPLE, ROLE)
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(report.to_html(), encoding="utf-8")
    return report, browser.load(path)


def test_the_detector_sees_errors_failed_loads_and_requests(browser, tmp_path):
    """Control: without this, "no errors" could mean "not listening"."""
    path = tmp_path / "broken.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>broken</title></head><body>"
        "<script>console.error('logged on purpose'); throw new Error('thrown on purpose')</script>"
        '<img src="http://127.0.0.1:9/missing.png" alt=""></body></html>'
    )
    page = browser.load(path, screenshot=False)
    assert any("thrown on purpose" in e for e in page.errors), page.errors
    assert any("logged on purpose" in e for e in page.errors), page.errors
    assert any("missing.png" in e for e in page.errors), page.errors
    assert "http://127.0.0.1:9/missing.png" in page.requests


def test_the_report_loads_with_no_errors_and_no_requests(example):
    report, page = example
    assert page.errors == []
    assert page.dialogs == []
    assert page.requests == [page.url]  # the file itself, nothing else: self-contained


def test_the_dom_shows_the_score_and_one_bar_per_item(example):
    report, page = example
    score = format(round(report.score, 2), "g")
    assert f"ATS match {score}" in page.dom  # the <title>
    assert score in page.text
    assert page.bars == len(report.items)
    for item in report.items:
        assert item.name in page.text
    assert "ATS checks: not run" in page.text or "ATS readability" in page.text


def test_the_screenshot_is_not_blank(example):
    _, page = example
    assert page.screenshot[:8] == b"\x89PNG\r\n\x1a\n"
    assert_not_blank(page.screenshot)


def test_the_png_decoder_agrees_with_pillow(example):
    """The fallback decoder (no Pillow) reads Chromium's PNG as Pillow does."""
    image_module = pytest.importorskip("PIL.Image")
    _, page = example
    width, height, rows = png_rows(page.screenshot, max_rows=40)
    with image_module.open(io.BytesIO(page.screenshot)) as image:
        assert (width, height) == image.size == (WIDTH, HEIGHT)
        channels = len(rows[0]) // width
        mode = "RGB" if channels == 3 else "RGBA"
        expected = image.convert(mode).tobytes()[: 40 * width * channels]
    assert b"".join(rows) == expected


def test_hostile_resume_text_stays_text_in_the_browser(browser, tmp_path):
    text = "Ada Hacker\n\nEXPERIENCE\n- Shipped <script>alert(1)</script> and <img src=x onerror=alert(2)> in Python.\n"
    data = ats_match.score(ats_match.read_text(text), ROLE).to_dict()
    path = tmp_path / "hostile.html"
    path.write_text(html_from_dict(data), encoding="utf-8")
    page = browser.load(path, screenshot=False)
    assert page.errors == [] and page.dialogs == []
    assert page.requests == [page.url]  # the <img> never became an element
    assert "<script>alert(1)</script>" in page.text  # shown to the reader as written


# ---------------------------------------------------------------- the example screenshot


def write_example() -> None:
    chromium = find_chromium()
    if chromium is None:
        sys.exit("no chromium binary found")
    with tempfile.TemporaryDirectory() as tmp, Browser(chromium) as running:
        path = Path(tmp) / "report.html"
        path.write_text(ats_match.score(EXAMPLE, ROLE).to_html(), encoding="utf-8")
        page = running.load(path)
    if page.errors:
        sys.exit(f"the page logged errors: {page.errors}")
    EXAMPLE_SCREENSHOT.write_bytes(small_png(page.screenshot))
    print(f"wrote {EXAMPLE_SCREENSHOT.relative_to(ROOT)} ({EXAMPLE_SCREENSHOT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write-example"]:
        sys.exit(__doc__)
    write_example()
