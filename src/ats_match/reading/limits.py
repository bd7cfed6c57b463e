"""How much work one file may cause: the limits a reader enforces, the wall-clock
deadline it checks between units of work, and inflation in bounded steps (DOCX zips and
PDF streams both inflate)."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..errors import LimitExceededError

INFLATE_CHUNK = 64 * 1024  # inflate in steps this size, so no single step can allocate much


@dataclass(frozen=True)
class Limits:
    """What a reader accepts before it refuses a file. Resumes are small; these bound the
    work a hostile or broken upload can cause."""

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 30
    # DOCX zips and PDF streams (docx/guard.py, pdf/guard.py): refused before the parser inflates them
    max_zip_entries: int = 1000  # Word writes 10-40 parts
    max_unzipped_bytes: int = 100 * 1024 * 1024  # every DOCX part, or every PDF stream, inflated
    max_zip_ratio: float = 200.0  # inflated / compressed, for DOCX parts over 1 MiB; Word's XML is 5-20
    # One DOCX XML part, before python-docx parses it: lxml builds the whole tree at once, at
    # about 15 times the XML's size in memory, so these bound the reader's memory (a long
    # resume's document.xml is 100-500 KB with 5,000-20,000 elements).
    max_xml_bytes: int = 24 * 1024 * 1024
    max_xml_elements: int = 400_000
    # Wall-clock seconds per file (None: no limit). A read checks it between PDF pages; a batch
    # with worker processes (batch.py) stops a worker that runs past it.
    timeout_seconds: float | None = 30.0


DEFAULT_LIMITS = Limits()


class Deadline:
    """A wall-clock limit checked by the reader between units of work. Cooperative: a
    single unit that never returns is stopped only by batch.py, which runs files in worker
    processes and ends a worker that overruns."""

    def __init__(self, seconds: float | None, source: str) -> None:
        self.seconds = seconds
        self.source = source
        self.end = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self.end is not None and time.monotonic() > self.end:
            raise LimitExceededError(timeout_message(self.seconds or 0), source=self.source)


HARD_GRACE = 1.0  # seconds past the limit before the alarm stops a step the cooperative checks did not


@contextmanager
def hard_deadline(seconds: float | None, source: str) -> Iterator[None]:
    """Stop whatever runs in this block once `seconds` (plus HARD_GRACE) have passed, even
    inside one step (a slow PDF page, a long parse): SIGALRM raises LimitExceededError
    where Python code next runs. Only in the main thread of a POSIX process (signals go
    there); elsewhere the block runs with the cooperative Deadline alone, and batches with
    worker processes end a worker that overruns."""
    usable = seconds is not None and hasattr(signal, "setitimer")
    if not usable or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise LimitExceededError(timeout_message(seconds or 0), source=source)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, (seconds or 0) + HARD_GRACE)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timeout_message(seconds: float) -> str:
    """The one wording for a file stopped by the time limit, in a read or in a batch."""
    return f"took longer than {seconds:g} s; stopped"


def inflate_bounded(raw: bytes | memoryview, limit: int, *, zip_entry: bool = False) -> Iterator[bytes]:
    """Inflate `raw` (a zlib stream, or a zip entry's bare deflate) in steps of at most
    INFLATE_CHUNK bytes out, stopping once `limit` bytes came out, at the end of the stream,
    or where the data breaks (what came out still counts).

    ISA-L (isal), not zlib: the same inflate at twice the speed, and inflating the fonts a
    Word export embeds was most of the PDF guard's time. The input goes in in slices of
    INFLATE_CHUNK: an inflater copies what it has not used (the rest of the file, when `raw`
    runs past the stream). ISA-L takes in input ahead of the output it may give, so once
    every slice is in, it is asked for the rest until it gives nothing."""
    from isal import isal_zlib  # loaded on the first inflate, not at start-up

    inflater = isal_zlib.decompressobj(-isal_zlib.MAX_WBITS if zip_entry else isal_zlib.MAX_WBITS)
    view = memoryview(raw)
    produced = offset = 0
    pending: bytes | memoryview = b""
    while produced < limit and not inflater.eof:
        drained = not pending and offset >= len(view)  # every slice is in: only what it holds is left
        if not pending and not drained:
            pending, offset = view[offset : offset + INFLATE_CHUNK], offset + INFLATE_CHUNK
        try:
            piece = inflater.decompress(pending, min(INFLATE_CHUNK, limit - produced))
        except isal_zlib.error:
            return
        if drained and not piece:
            return
        pending = inflater.unconsumed_tail
        produced += len(piece)
        yield piece


def size_text(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size / 2**10:.0f} KB"
