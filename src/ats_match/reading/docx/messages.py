"""The words a DOCX failure is reported in, shared by the guard and the reader."""

CORRUPT = "is not a readable DOCX (damaged or truncated); save it again from your editor"
