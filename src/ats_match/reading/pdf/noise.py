"""pdfminer and pdfplumber log and warn about what they find odd, at times quoting the
file's bytes. While a read runs, those messages go to that read's list (they end up in
LayoutFacts.warnings), never to the terminal or a log."""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class ParserNoise(logging.Handler):
    """While any read runs, pdfminer's log records and Python warnings go to the list of
    the read running in the same thread, not to the terminal. Reads may run in threads:
    the loggers and warning hooks are set up by the first read and undone by the last
    (entering warnings.catch_warnings once per read would undo each other)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.local = threading.local()
        self.lock = threading.Lock()
        self.readers = 0
        self.propagate: dict[str, bool] = {}
        self.catcher: warnings.catch_warnings | None = None
        self.fallback = warnings.showwarning

    @contextmanager
    def capture(self) -> Iterator[list[str]]:
        """The messages of one read, in order."""
        sink: list[str] = []
        with self.lock:
            if self.readers == 0:
                self._install()
            self.readers += 1
        self.local.sink = sink
        try:
            yield sink
        finally:
            self.local.sink = None
            with self.lock:
                self.readers -= 1
                if self.readers == 0:
                    self._uninstall()

    def capturing(self) -> bool:
        """Whether a read in this thread is capturing already."""
        return getattr(self.local, "sink", None) is not None

    def emit(self, record: logging.LogRecord) -> None:
        self._keep(record.getMessage())

    def showwarning(
        self,
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: Any = None,
        line: str | None = None,
    ) -> None:
        if not self._keep(str(message)):  # a warning from a thread that is not reading
            self.fallback(message, category, filename, lineno, file, line)

    def _keep(self, text: str) -> bool:
        sink = getattr(self.local, "sink", None)
        if sink is not None:
            sink.append(text)
        return sink is not None

    def _install(self) -> None:
        for name in _NOISY:
            logger = logging.getLogger(name)
            self.propagate[name] = logger.propagate
            logger.propagate = False
            logger.addHandler(self)
        self.catcher = warnings.catch_warnings()
        self.catcher.__enter__()
        warnings.simplefilter("always")
        self.fallback, warnings.showwarning = warnings.showwarning, self.showwarning

    def _uninstall(self) -> None:
        if self.catcher is not None:
            self.catcher.__exit__(None, None, None)
            self.catcher = None
        for name in _NOISY:
            logger = logging.getLogger(name)
            logger.removeHandler(self)
            logger.propagate = self.propagate.pop(name, True)


_NOISY = ("pdfminer", "pdfplumber")
PARSER_NOISE = ParserNoise()
