"""`python -m ats_match` and the `ats-match` command.

Starting up makes a few hundred thousand objects that live as long as the process
(spaCy's vocabulary and registries, compiled patterns, pydantic models): the package
loads them with the cyclic collector mostly idle (ats_match/__init__.py), and the command
freezes them (gc.freeze), so that no collection walks them again while it scores; what
a command makes afterwards is collected as usual.
"""

from __future__ import annotations

import gc

from .cli import main


def run() -> None:
    gc.freeze()
    main()


if __name__ == "__main__":
    run()
