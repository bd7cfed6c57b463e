"""DOCX resumes: the zip guard runs first, then the reader walks the WordprocessingML tree."""

from .reader import read_docx

__all__ = ["read_docx"]
