"""What every command shares on the way in and out: resumes from paths, folders and
standard input; reports to stdout or a file written whole or not at all; errors as one
line with the file's name shown safely; the exit codes of app.py."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, NoReturn

import typer
from rich.console import Console

from ..batch import RESUME_SUFFIXES
from ..errors import AtsMatchError, RoleError
from ..reading import DEFAULT_LIMITS, Limits
from ..reports.safe import visible
from ..roles import RoleProfile

STDIN = "-"
STDIN_NAME = "<stdin>"
FILE_WIDTH = 120  # columns of a table written to a file


def error(message: str) -> None:
    """One line on stderr; whatever came from a file is shown, never run by the terminal."""
    typer.echo(f"ats-match: error: {visible(message)}", err=True)


def fail(exc: AtsMatchError | str, code: int = 1) -> NoReturn:
    error(str(exc))
    raise typer.Exit(code)


def usage(message: str) -> NoReturn:
    fail(message, code=2)


def console(no_color: bool = False) -> Console:
    # rich already honours NO_COLOR and only colours a terminal; --no-color forces it off.
    return Console(no_color=no_color or "NO_COLOR" in os.environ, highlight=False)


def render(draw, width: int = FILE_WIDTH) -> str:
    """What `draw(console)` prints, as plain text: for tables written to a file."""
    buffer = io.StringIO()
    draw(Console(file=buffer, no_color=True, width=width, highlight=False))
    return buffer.getvalue()


def emit(text: str, output: Path | None) -> None:
    """To stdout, or to `output` written whole (write_whole). A device or pipe
    (`-o /dev/stdout`) is written directly. A path that cannot be written is one line and
    exit 1."""
    if output is None and not text:
        return  # printed to the terminal already
    text = text if text.endswith("\n") else text + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    if output.exists() and not output.is_file() and not output.is_dir():
        try:
            with output.open("w", encoding="utf-8") as stream:
                stream.write(text)
        except OSError as exc:
            fail(f"{visible(os.fsdecode(output))}: cannot write it ({exc.strerror or type(exc).__name__})")
        return
    write_whole(output, lambda path: Path(path).write_text(text, encoding="utf-8", errors="surrogateescape"))


def write_whole(output: Path, write: Callable[[str], object], hint: str = "") -> None:
    """Write `output` through a temporary file beside it (`write(temporary_path)`), then
    rename it over `output`: a failed write leaves no partial file. A folder, a missing
    folder or a full disk is one line and exit 1; `hint` ends the folder's line."""
    name = visible(os.fsdecode(output))
    if output.is_dir():
        fail(f"{name}: is a directory; give a file name for --output{hint}")
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        fail(f"{name}: the folder {visible(os.fsdecode(folder))} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        fail(f"{name}: cannot write it ({exc.strerror or type(exc).__name__})")
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, output)
    except OSError as exc:
        fail(f"{name}: cannot write it ({exc.strerror or type(exc).__name__})")
    finally:
        Path(temporary).unlink(missing_ok=True)


def resume_sources(
    arguments: Iterable[Path], limits: Limits = DEFAULT_LIMITS, *, follow_symlinks: bool = False
) -> list[Path | BinaryIO]:
    """Files as given, the resume files inside folders (sorted, not recursive), and `-` as
    the text on standard input (read once). What a folder holds but is not scored is listed
    on stderr, not dropped without a word: files that are not resumes, and links that lead
    out of the folder (a `passwd.txt` pointing at /etc/passwd) unless `follow_symlinks`."""
    sources: list[Path | BinaryIO] = []
    skipped: list[Path] = []
    outside: list[Path] = []
    for argument in arguments:
        if str(argument) == STDIN:
            sources.append(read_stdin(limits))
        elif argument.is_dir():
            folder = argument.resolve()
            for path in sorted(argument.iterdir()):
                if path.name.startswith(".") or not path.is_file():
                    continue
                if path.is_symlink() and not follow_symlinks and not path.resolve().is_relative_to(folder):
                    outside.append(path)
                elif path.suffix.lower() in RESUME_SUFFIXES:
                    sources.append(path)
                else:
                    skipped.append(path)
        else:
            sources.append(argument)
    if skipped:
        kinds = ", ".join(sorted({p.suffix.lower() or "no extension" for p in skipped}))
        note(
            f"skipped {len(skipped)} file(s) that are not resumes ({kinds}): {_names(skipped)}; "
            f"resumes are {', '.join(RESUME_SUFFIXES)}"
        )
    if outside:
        note(
            f"skipped {len(outside)} link(s) that lead out of their folder: {_names(outside)}; "
            "--follow-symlinks scores them"
        )
    return sources


def note(message: str) -> None:
    """A line on stderr that is not an error."""
    typer.echo(f"ats-match: {visible(message)}", err=True)


def _names(paths: list[Path]) -> str:
    return ", ".join(p.name for p in paths[:5]) + (" ..." if len(paths) > 5 else "")


def one_source(argument: Path) -> Path | BinaryIO:
    """One resume: a path, or `-` for standard input."""
    return read_stdin() if str(argument) == STDIN else argument


def read_stdin(limits: Limits = DEFAULT_LIMITS) -> BinaryIO:
    """Standard input as a named binary stream (pasted text, or a piped file)."""
    data = sys.stdin.buffer.read(limits.max_bytes + 1)
    stream = io.BytesIO(data)
    stream.name = STDIN_NAME
    return stream


def with_progress(results: Iterator, total: int) -> Iterator:
    """A tqdm bar on stderr for batches, only when stderr is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield from results
        return
    from tqdm import tqdm

    yield from tqdm(results, total=total, unit="resume", file=sys.stderr)


def posting_role(job: str, title: str | None) -> RoleProfile:
    """The role a posting asks for (`--job FILE` or `-`). URLs are not fetched: a page
    behind one is rarely the posting's text alone, and nothing here reaches the network."""
    from ..postings import role_from_job

    if job.lower().startswith(("http://", "https://", "www.")):
        raise RoleError(
            "URLs are not fetched; save the posting's page as a file (or copy its text) and pass that",
            source=job,
        )
    if job == STDIN:
        return role_from_job(read_stdin().read().decode("utf-8", errors="replace"), title=title)
    return role_from_job(Path(job), title=title)
