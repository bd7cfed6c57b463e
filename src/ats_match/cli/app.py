"""The typer application every command registers on, and the exit codes they keep to."""

from __future__ import annotations

import typer

EXIT_CODES = (
    "Exit codes: 0 done; 1 bad input: a file, role or posting that cannot be read (one line on stderr); "
    "2 usage error: an unknown option or value, a missing argument; 3 a resume scored below --min-score; "
    "130 interrupted (Ctrl-C)."
)

app = typer.Typer(
    help=f"How well a resume fits a role, with evidence, and what to do about the gap.\n\n{EXIT_CODES}",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)
roles_app = typer.Typer(invoke_without_command=True, rich_markup_mode=None, no_args_is_help=False)
app.add_typer(roles_app, name="roles")
