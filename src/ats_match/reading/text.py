"""Plain text and Markdown to a ResumeDocument: headings by `#`, links kept, emphasis dropped."""

from __future__ import annotations

import re

from ..errors import EmptyResumeError
from .build import build_document
from .document import LayoutFacts, Line, Link, PageFacts, ResumeDocument
from .links import text_links, unique_links
from .normalize import join_hyphenated, normalize_text

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# A heading underlined (Markdown's setext style): "About the Role" over "--------------"
_SETEXT_RULE = re.compile(r"^\s{0,3}(?:={3,}|-{3,})\s*$")
_SETEXT_HEADING = re.compile(r"^[ \t]{0,3}\S[^\n]*\n[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$", re.M)
_SETEXT_WORDS = 8  # longer, a paragraph over a rule
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")  # "---", "* * *", "___"
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)")
_MD_STAR_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")  # *word*, not "* item" nor "5*3"
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")  # [label](url "title")
# Inline HTML that Markdown and pasted text carry ("<u>Hair Stylist</u>", "<br/>"): markup,
# not words; only the tags' names, so "<5 years" or "<job title>" stay
_HTML_TAG = re.compile(
    r"</?(?:u|b|i|em|strong|span|p|div|br|font|small|big|sup|sub|center|mark|ins|del|s|strike|li|ul|ol|h[1-6])"
    r"(?:\s[^<>]*)?/?>",
    re.I,
)
_URL = re.compile(
    r"(?:mailto:)?[\w.+-]+@[\w-]+\.[\w.-]+|https?://[^\s)>\]]+|(?:www\.)?(?:linkedin\.com|github\.com)/[^\s)>\]|,;]+"
)


def _link_text(link: re.Match[str]) -> str:
    """ "label (https://...)": an address a reader sees; a file beside the page ("./Form.docx")
    only by its label."""
    label, url = link.group(1), link.group(2)
    return f"{label} ({url})" if re.match(r"[a-z][a-z+.-]*:|www\.", url, re.I) else label


def read_text(text: str, *, source: str = "<text>", markdown: bool | None = None) -> ResumeDocument:
    """A ResumeDocument from plain text or Markdown (headings by `#`, bold by `**`)."""
    if not text or not text.strip():
        raise EmptyResumeError("the resume has no text", source=source)
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # a lone surrogate becomes U+FFFD
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown is None:
        markdown = bool(re.search(r"^\s{0,3}#{1,6}\s+\S", text, re.M) or _SETEXT_HEADING.search(text))
    raw_lines = text.split("\n")
    cleaned: list[str] = []
    headings: set[int] = set()
    links: list[Link] = []
    for index, raw in enumerate(raw_lines):
        if markdown:
            underlined = index + 1 < len(raw_lines) and _SETEXT_RULE.match(raw_lines[index + 1])
            if underlined and raw.strip() and len(raw.split()) <= _SETEXT_WORDS:
                headings.add(len(cleaned))  # "Requirements" over "------------"
            if _MD_HEADING.match(raw):
                headings.add(len(cleaned))
                raw = _MD_HEADING.sub("", raw).rstrip("#").strip()
            for label, url in _MD_LINK.findall(raw):
                links.append(Link(url, label, 1))
            raw = _MD_LINK.sub(_link_text, raw)
            if _RULE.match(raw) or _SETEXT_RULE.match(raw):
                raw = ""  # a thematic break, or the underline of a heading
            raw = _MD_EMPHASIS.sub("", raw)
            raw = _MD_STAR_EMPHASIS.sub(r"\1", raw)  # "a *SPARK* back": the word, not the stars
        cleaned.append(normalize_text(_HTML_TAG.sub("", raw)))
    keep = [i for i, t in enumerate(cleaned) if t]
    texts = join_hyphenated([cleaned[i] for i in keep])
    lines = [Line(text=t, is_heading=i in headings) for i, t in zip(keep, texts, strict=True) if t]
    chars = sum(len(t.replace(" ", "")) for t in texts)
    layout = LayoutFacts(pages=(PageFacts(number=1, chars=chars),), file_size=len(text.encode("utf-8")))
    return build_document(
        source, "markdown" if markdown else "text", lines, unique_links(links + text_links(lines)), layout
    )
