"""A posting's text from what a user hands over: a path (.txt, .md, .pdf, .docx), bytes,
or the text itself. PDF and DOCX go through the resume readers (same limits and guards);
anything that is not text is a PostingError naming the file."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

from ..errors import AtsMatchError, PostingError

PostingSource = str | os.PathLike | bytes
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
SUFFIXES = (*TEXT_SUFFIXES, ".pdf", ".docx")
MAX_BYTES = 5 * 2**20
MAX_CHARS = 300_000  # as for a resume's text: a posting is a page or two
_DEFAULT_NAME = "<job posting>"


def _looks_like_path(text: str) -> bool:
    """A short one-line string naming a posting file, not a posting's text."""
    if "\n" in text or len(text) > 1024 or not text.strip():
        return False
    candidate = Path(text.strip())
    if candidate.suffix.lower() in SUFFIXES:
        return True
    try:
        return candidate.is_file()
    except (OSError, ValueError):  # a name too long for the file system is text
        return False


def posting_text(source: PostingSource) -> tuple[str, str]:
    """(text, name) of a posting. Raises PostingError: missing or unreadable file, binary
    content, a PDF or DOCX that cannot be read, more than MAX_CHARS characters."""
    text, name = _posting_text(source)
    text = _without_structured_data(_without_front_matter(_mended_encoding(text)))
    if _HTML_TAG.search(text):
        text = _flatten_html(text)
    if len(text) > MAX_CHARS:
        raise PostingError(
            f"job posting: longer than {MAX_CHARS:,} characters; a posting is a page or two", source=name
        )
    return text, name


# UTF-8 read as Windows-1252 and saved again: "Bachelorâ€™s", "CafÃ©". A posting copied
# through such a page reads the words wrong ("Bachelorâ€TMs" asks no bachelor's).
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def _mended_encoding(text: str) -> str:
    """The text with mojibake undone by ftfy (made for it), only where it shows: ftfy's
    other repairs (quotes, line breaks) would change text that was fine."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy  # only for a posting that needs it

    return ftfy.fix_encoding(text)


_STRUCTURED_DATA = re.compile(r'\{\s*"@context"\s*:\s*"https?://schema\.org/?"')
_SCRIPT_OPEN = re.compile(r"<script\b[^>]*>\s*\Z", re.I)
_SCRIPT_CLOSE = re.compile(r"\s*</script\s*>", re.I)
# The fields of a schema.org JobPosting that say what it asks for
_ASKING_FIELDS = ("experienceRequirements", "educationRequirements", "qualifications", "skills")


def _without_structured_data(text: str) -> str:
    """The text with a page's schema.org JSON-LD object (the posting's fields as the page
    embeds them for search engines) replaced by what it asks for, as a requirements list
    ("Minimum 1 year experience as a Registered Massage Therapist"): as JSON the reader
    would split it into nonsense lines. The object ends where its braces balance."""
    start = _STRUCTURED_DATA.search(text)
    while start is not None:
        end = _balanced_end(text, start.start())
        if end is None:
            return text  # unbalanced: leave it as it is
        outside = text[: start.start()] + text[end:]
        asks = [line for line in _asked_fields(text[start.start() : end]) if line not in outside]
        listed = "\n\nRequirements:\n" + "\n".join(f"- {line}" for line in asks) + "\n\n" if asks else "\n"
        opening = _SCRIPT_OPEN.search(text, 0, start.start())  # <script type="application/ld+json"> around it
        closing = _SCRIPT_CLOSE.match(text, end)
        begin = opening.start() if opening else start.start()
        text = text[:begin] + listed + text[closing.end() if closing else end :]
        start = _STRUCTURED_DATA.search(text, begin + len(listed))
    return text


def _balanced_end(text: str, start: int) -> int | None:
    depth, quoted, escaped = 0, False, False
    for at in range(start, len(text)):
        char = text[at]
        if quoted:
            quoted = char != '"' or escaped
            escaped = char == "\\" and not escaped
        elif char == '"':
            quoted = True
        elif char in "{}":
            depth += 1 if char == "{" else -1
            if depth == 0:
                return at + 1
    return None


def _asked_fields(data: str) -> list[str]:
    try:
        posting = json.loads(data)
    except ValueError:
        return []
    if not isinstance(posting, dict):
        return []
    lines = []
    for key in _ASKING_FIELDS:
        value = posting.get(key)
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, dict):  # {"@type": "EducationalOccupationalCredential", "credentialCategory": ...}
                item = item.get("credentialCategory") or item.get("name") or item.get("description")
            if isinstance(item, str) and item.strip() and "<" not in item:
                lines.append(" ".join(item.split()))
    return lines


def _posting_text(source: PostingSource) -> tuple[str, str]:
    if isinstance(source, str) and not _looks_like_path(source):
        return source, _DEFAULT_NAME
    if isinstance(source, bytes):
        return _from_bytes(source, _DEFAULT_NAME), _DEFAULT_NAME
    path = Path(source.strip() if isinstance(source, str) else source)
    name = path.name or str(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise PostingError(f"job posting: larger than {MAX_BYTES // 2**20} MB", source=name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise PostingError("job posting: file not found", source=name) from None
    except IsADirectoryError:
        raise PostingError("job posting: is a folder, not a file", source=name) from None
    except OSError as exc:
        raise PostingError(f"job posting: cannot read it ({exc.__class__.__name__})", source=name) from None
    return _from_bytes(data, name), name


def _from_bytes(data: bytes, name: str) -> str:
    if data.startswith(b"%PDF") or data.startswith(b"PK\x03\x04"):
        from ..reading import read_resume  # only a PDF or DOCX posting loads those readers

        try:
            document = read_resume(data)
        except AtsMatchError as exc:
            reason = str(exc).split(": ", 1)[-1]
            raise PostingError(f"job posting: cannot read it ({reason})", source=name) from None
        return "\n".join(line.text for line in document.lines if not line.hidden)
    if b"\x00" in data[:4096]:
        raise PostingError("job posting: cannot read it (binary content, not text)", source=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PostingError("job posting: cannot read it (not UTF-8 text)", source=name) from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 50):
        raise PostingError("job posting: cannot read it (binary content, not text)", source=name)
    return text


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<fields>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# Front-matter fields that hold the posting itself; the rest (ids, dates, URLs, a recruiter's
# notes and screening questions) are the site's, not the posting's.
_CONTENT_FIELD = re.compile(
    r"title|description|summary|overview|qualification|requirement|responsibilit|dut(?:y|ies)|skill|experience"
    r"|education|certification|licen[cs]e|preferred|benefit",
    re.I,
)


def _without_front_matter(text: str) -> str:
    """A Markdown page's front matter (Jekyll, Hugo, Grav) read as the posting's own fields:
    its title as a heading, the fields that hold posting text ("qualifications: Valid Food
    Handler Certification ...") as sections after the body, line breaks kept; the site's
    other fields (ids, dates, a recruiter's notes) dropped. Read line by line, not as YAML:
    a folded YAML string loses the line breaks that part a posting's items."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    fields: list[tuple[str, list[str]]] = []
    for line in match.group("fields").splitlines():
        field = _FIELD_LINE.match(line)
        if field:
            fields.append((field.group(1), [field.group(2)]))
        elif fields:
            fields[-1][1].append(line)
    title, sections = [], []
    for key, lines in fields:
        value = "\n".join(lines).strip().strip("'\"").strip()
        if not value or not _CONTENT_FIELD.search(key):
            continue
        if key.lower() == "title":
            title.append(f"# {value}")
        else:
            sections.append(f"{key.replace('_', ' ').capitalize()}:\n{value}")
    return "\n\n".join([*title, text[match.end() :], *sections])


_FIELD_LINE = re.compile(r"^([A-Za-z_][\w-]*):(.*)$")  # a top-level field; indented lines belong to the one before


# A posting pasted from a careers page often keeps its HTML ("<ul><li>Sketch, Adobe CS</li>"):
# its list items are lines, as in Markdown.
_HTML_TAG = re.compile(r"<(?:li|ul|ol|p|br|div|h[1-6]|strong|b|em|span|table|tr|td)\b[^<>]*>", re.I)
_BLOCKS = frozenset({"ul", "ol", "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr"})


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self.parts.append("\n* ")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS or tag == "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _flatten_html(text: str) -> str:
    """The text of HTML markup left in a posting, list items as "* " lines (html.parser,
    the standard library's reader, so entities and odd tags are handled as a browser would)."""
    flattener = _Flattener()
    flattener.feed(text)
    flattener.close()
    return "".join(flattener.parts)
