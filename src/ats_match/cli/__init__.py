"""The `ats-match` command: a thin layer over the public functions. Domain errors become
one line on stderr (exit 1), usage errors exit 2; nothing prints a traceback.

    app.py       the typer app and the exit codes
    io.py        resumes in (paths, folders, stdin), reports out (stdout, files written whole), errors
    score.py     ats-match score
    commands.py  ats-match check, compare, roles
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .. import __version__
from . import commands, score  # noqa: F401  (they register their commands on the app)
from .app import EXIT_CODES, app

__all__ = ["EXIT_CODES", "app", "main"]


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"ats-match {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """How well a resume fits a role."""


def main() -> None:
    sys.exit(app())  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    main()
