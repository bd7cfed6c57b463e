"""Where resumes come from on a cluster: local paths, globs, folders and fsspec URLs
(s3://, gs://, zip://...::file://...). Folders and globs are listed by a task on a worker,
never on the client (a bucket of a million files, or a disk only the workers mount); each
file is then read on the worker that scores it, under the same limits as a local read."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path, PurePosixPath

from ..batch import RESUME_SUFFIXES
from ..errors import AtsMatchError, LimitExceededError, ResumeError
from ..reading import Limits, ResumeDocument, read_resume

GLOB = re.compile(r"[*?\[]")


def is_plain_path(source: str) -> bool:
    """A local path, not a URL (`s3://...`) or a chained one (`zip://a.pdf::file://b.zip`)."""
    return "://" not in source and "::" not in source


def absolute(source: str) -> str:
    """A relative local path made absolute against the client's folder (workers run
    elsewhere). Text only: nothing on disk is touched."""
    return os.path.abspath(os.path.expanduser(source)) if is_plain_path(source) else source


def label(source: str) -> str:
    """A file's display name: its last path component, as ats_match.score shows a path."""
    first = source.split("::", 1)[0].rstrip("/")
    return PurePosixPath(first.split("://", 1)[-1]).name or first


def expand(patterns: list[str], follow_symlinks: bool = False) -> list[str]:
    """Runs on a worker: each pattern as the files it names, in order. A glob gives its
    matches (sorted); a folder its resume files (sorted, not recursive, no hidden files;
    links leading out of a local folder only with `follow_symlinks`); anything else is a
    file, listed as given so that a missing one becomes a row with its error."""
    files: list[str] = []
    for pattern in patterns:
        if GLOB.search(pattern.split("::", 1)[0]):
            files += _glob(pattern)
        elif pattern.split("::", 1)[0].lower().endswith(RESUME_SUFFIXES):
            files.append(pattern)  # a file by its name: no request to the storage for it
        elif is_plain_path(pattern):
            files += _local_folder(Path(pattern), follow_symlinks) if os.path.isdir(pattern) else [pattern]
        else:
            files += _remote_folder(pattern)
    return files


def _filesystem(pattern: str):
    from fsspec.core import url_to_fs

    try:
        return url_to_fs(pattern)
    except (ImportError, ValueError) as exc:  # a protocol whose package is missing (s3fs, gcsfs)
        raise ResumeError(f"cannot open this kind of URL ({exc})", source=pattern) from None


def _url(pattern: str, fs, path: str) -> str:
    """A listed path as a URL a worker can open again: a local path stays a path, a chained
    URL keeps its chain."""
    if is_plain_path(pattern):
        return path
    chain = pattern.split("::", 1)[1] if "::" in pattern else None
    return fs.unstrip_protocol(path) + (f"::{chain}" if chain else "")


def _glob(pattern: str) -> list[str]:
    fs, path = _filesystem(pattern)
    try:
        found = fs.glob(path, detail=True)
    except OSError as exc:
        raise ResumeError(f"cannot list it ({exc.strerror or type(exc).__name__})", source=pattern) from None
    return [_url(pattern, fs, name) for name, info in sorted(found.items()) if info.get("type") == "file"]


def _local_folder(folder: Path, follow_symlinks: bool) -> list[str]:
    """As the CLI lists a folder (cli/io.py resume_sources): links out of it are skipped."""
    inside = folder.resolve()
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise ResumeError(f"cannot list it ({exc.strerror or type(exc).__name__})", source=str(folder)) from None
    return [
        str(path)
        for path in entries
        if not path.name.startswith(".")
        and path.is_file()
        and path.suffix.lower() in RESUME_SUFFIXES
        and (follow_symlinks or not path.is_symlink() or path.resolve().is_relative_to(inside))
    ]


def _remote_folder(pattern: str) -> list[str]:
    fs, path = _filesystem(pattern)
    try:
        if not fs.isdir(path):
            return [pattern]
        entries = fs.ls(path, detail=True)
    except OSError as exc:
        raise ResumeError(f"cannot list it ({exc.strerror or type(exc).__name__})", source=pattern) from None
    names = sorted(
        entry["name"]
        for entry in entries
        if entry.get("type") == "file"
        and not PurePosixPath(entry["name"]).name.startswith(".")
        and entry["name"].lower().endswith(RESUME_SUFFIXES)
    )
    return [_url(pattern, fs, name) for name in names]


def read_source(source: str, limits: Limits) -> ResumeDocument:
    """Runs on a worker: one file read as ats_match.read_resume reads it. A local path goes
    to read_resume as a path (its checks: regular file, size before reading); a URL's bytes
    come through fsspec, refused by their listed size first, then read to at most
    limits.max_bytes + 1, under the file's own name so the report is score(path)'s."""
    if is_plain_path(source):
        return read_resume(source, limits=limits)
    name = label(source)
    fs, path = _filesystem(source)
    try:
        info = fs.info(path)
        if info.get("type") != "file":
            raise ResumeError("is a directory, not a resume file", source=name)
        size = info.get("size")
        if size is not None and size > limits.max_bytes:
            raise LimitExceededError(
                f"file is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.1f} MB limit", source=name
            )
        with fs.open(path, "rb") as stream:
            data = stream.read(limits.max_bytes + 1)
    except AtsMatchError:
        raise
    except FileNotFoundError:
        raise ResumeError("file not found", source=name) from None
    except Exception as exc:  # a storage error of any kind (fsspec backends raise their own)
        raise ResumeError(f"cannot read the file ({type(exc).__name__})", source=name) from None
    named = io.BytesIO(data)
    named.name = name
    return read_resume(named, limits=limits)
