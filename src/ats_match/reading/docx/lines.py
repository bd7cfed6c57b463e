"""From runs to Lines: one paragraph's runs collected into lines (hidden runs kept apart)
and turned into Lines, a table row's cells joined into one line, and the character a
w:sym stands for. Kept apart from the walker, which decides what to read, not how it reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from ..document import HiddenText, Line
from ..normalize import BULLETS, normalize_text
from .styles import DEFAULT_SIZE, ParaStyle, RunProps


@dataclass
class _RawLine:
    page: int
    pieces: list[tuple[str, RunProps]] = field(default_factory=list)
    hidden: list[tuple[str, str]] = field(default_factory=list)  # (reason, text) chunks


class LineSplitter:
    """Collects one paragraph's runs into lines, splitting at w:br. Hidden runs are kept
    apart, so the visible part of the line reads as a person sees it."""

    def __init__(self) -> None:
        self.done: list[_RawLine] = []
        self.current: _RawLine | None = None
        self._joined_hidden = False  # the last piece was hidden: the next hidden one continues it

    @property
    def empty(self) -> bool:
        return not self.done and self.current is None

    def add(self, text: str, props: RunProps, reason: str | None, page: int) -> None:
        if self.current is None:
            self.current = _RawLine(page)
        if reason is None:
            self.current.pieces.append((text, props))
            self._joined_hidden = False
        elif self._joined_hidden and self.current.hidden and self.current.hidden[-1][0] == reason:
            self.current.hidden[-1] = (reason, self.current.hidden[-1][1] + text)
        else:
            self.current.hidden.append((reason, text))
            self._joined_hidden = True

    def newline(self) -> None:
        if self.current is not None:
            self.done.append(self.current)
        self.current, self._joined_hidden = None, False

    def finish(self, style: ParaStyle, region: str, hidden_out: list[HiddenText]) -> list[Line]:
        """Turn the collected runs into Lines; hidden runs become their own hidden Lines."""
        out: list[Line] = []
        first = True
        for raw in self.done:
            text = normalize_text("".join(t for t, _ in raw.pieces))
            if text:
                if style.listed and first and not text.startswith("- "):
                    text = "- " + text
                first = False
                inked = [(t, props) for t, props in raw.pieces if t.strip()]
                sizes: Counter[float] = Counter()
                for t, props in inked:
                    sizes[props.size or DEFAULT_SIZE] += len(t)
                out.append(
                    Line(
                        text=text,
                        page=raw.page,
                        region=region,
                        font_size=sizes.most_common(1)[0][0] if sizes else None,
                        bold=bool(inked) and all(props.bold for _, props in inked),
                        is_heading=style.heading,
                    )
                )
            for reason, hidden in raw.hidden:
                hidden_text = normalize_text(hidden)
                if hidden_text:
                    hidden_out.append(HiddenText(hidden_text, raw.page, reason))
                    out.append(Line(text=hidden_text, page=raw.page, region=region, hidden=True))
        return out


def row_lines(cells: list[list[Line]]) -> list[Line]:
    visible = [[ln for ln in cell if not ln.hidden] for cell in cells]
    if any(len(v) > 1 for v in visible):
        return [ln for cell in cells for ln in cell]
    texts = [v[0] for v in visible if v]
    hidden = [ln for cell in cells for ln in cell if ln.hidden]
    if not texts:
        return hidden
    longest = max(texts, key=lambda ln: len(ln.text))
    row = replace(
        texts[0],
        text=" | ".join(ln.text for ln in texts),
        font_size=longest.font_size,
        bold=all(ln.bold for ln in texts),
        is_heading=all(ln.is_heading for ln in texts),
    )
    return [row, *hidden]


def symbol(char: str | None) -> str:
    """w:sym: a glyph from a symbol font. Known bullet glyphs stay (normalize_text turns them
    into "- "); other private-use icons (phone, envelope) become a space."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    glyph = chr(code) if 0x20 <= code <= 0x10FFFF else ""
    return " " if 0xE000 <= code <= 0xF8FF and glyph not in BULLETS else glyph
