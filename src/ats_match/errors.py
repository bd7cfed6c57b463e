"""Domain errors. Every failure a user can cause is one of these, with a one-line
message that names the file and says what to do; nothing else escapes the API."""

from __future__ import annotations


class AtsMatchError(Exception):
    """Base of every error ats_match raises on bad input."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class ResumeError(AtsMatchError):
    """The resume cannot be read."""


class UnsupportedFormatError(ResumeError):
    """The file is not a PDF, DOCX, text or Markdown file."""


class CorruptFileError(ResumeError):
    """The file claims a format but its content is broken or truncated."""


class EncryptedFileError(ResumeError):
    """The file is password protected."""


class NoTextLayerError(ResumeError):
    """The file has pages but no text to read (a scan or an image)."""


class EmptyResumeError(ResumeError):
    """The file holds no text at all."""


class LimitExceededError(ResumeError):
    """The file is larger, longer or slower to read than the configured limits."""


class RoleError(AtsMatchError):
    """A role profile is missing or invalid."""


class PostingError(RoleError):
    """A job posting is missing, empty, binary or unreadable (a RoleError: the role is
    what a posting becomes)."""
