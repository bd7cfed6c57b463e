"""A role profile from a real job posting: the skills and tools it asks for, each with an
importance read from where and how the posting asks for it.

The posting is read like a resume (`read_text`) and matched with the same spaCy matchers
(`matching.Extractor`) against the skill lexicon: every item of every shipped role profile
plus the broader lexicon in `data/skills.yaml` (languages, ML, data engineering, cloud,
DevOps, databases, web, MLOps, GenAI, BI, testing, security, methodologies). An item counts
when it is named (by name, alias, term or pattern); implications (pandas implies Python)
are not requests of the posting and are left out.

Learning hours and interview weight come from a shipped profile that has the item (profiles
whose figures come from the guide first); else they are unknown (None), the overview lists
them, and an unknown interview weight scores as the role's default (Medium).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from ..errors import RoleError
from ..reading import read_text
from ..roles import Item, RoleProfile, Source
from .importance import FORMULA, Asked, Reading, asked_for, read_mention
from .keywords import KEYWORD_IMPORTANCE, OtherKeyword, other_keywords
from .lexicon import Lexicon, lexicon
from .sections import clean_title, header_words, posting_sections, title_of
from .text import TOKEN, slug

# spaCy keeps a slash glued to the word before a space ("Scala/ PySpark" -> "Scala/"): space it.
_GLUED_SLASH = re.compile(r"(?<=\w)/(?=\s)")


def role_from_job(text: str | os.PathLike[str], title: str | None = None) -> RoleProfile:
    """A RoleProfile of what a job posting asks for (plain text or Markdown; a Path is read).

    Items come from the skill lexicon with the posting's importance (see the module
    docstring for the formula); `overview` says why for each: {"from_posting": True,
    "title", "requirements": [{"id", "name", "kind", "category", "importance", "why",
    "lines"}], "other_keywords", "unknown": {"learning_hours", "interview_weight"},
    "figures_from", "formula"}."""
    if isinstance(text, os.PathLike):
        path = Path(text)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = (
                "file not found" if isinstance(exc, FileNotFoundError) else f"cannot read it ({exc.__class__.__name__})"
            )
            raise RoleError(f"job posting: {reason}", source=path.name) from None
    if not text or not text.strip():
        raise RoleError("the job posting is empty", source="<job posting>")
    text = _GLUED_SLASH.sub(" /", text)
    document = read_text(text, source="<job posting>")
    found = title_of(document)
    title = clean_title(title) if title else (clean_title(found.text) if found else None)
    title_line = found.number if found and title and clean_title(found.text).lower() == title.lower() else None
    if title and title_line is None:
        document = read_text(f"{title}\n{text}", source="<job posting>")
        title_line = 1
    lex = lexicon()
    mentions = [m for m in lex.extractor.extract(document) if m.tier != "implied" and not m.hidden]
    sections = posting_sections(document, title_line)
    readings: dict[str, list[Reading]] = {}
    for mention in mentions:
        readings.setdefault(mention.item_id, []).append(read_mention(mention, sections[mention.line]))
    asked = sorted(
        (asked_for(item_id, item_readings) for item_id, item_readings in readings.items()),
        key=lambda a: (-a.importance, a.first_line, a.item_id),
    )
    covered = {w.lower() for m in mentions for w in re.findall(TOKEN, m.text)}
    keywords = other_keywords(document.text, covered, header_words(document, title_line))
    return _build_role(lex, asked, keywords, title)


def _build_role(lex: Lexicon, asked: list[Asked], keywords: list[OtherKeyword], title: str | None) -> RoleProfile:
    items: list[Item] = []
    requirements: list[dict[str, Any]] = []
    figures_from: dict[str, str] = {}
    found_ids = {a.item_id for a in asked}
    for a in asked:
        base = lex.item(a.item_id)
        figures = lex.figures.get(a.item_id)
        update: dict[str, Any] = {"importance": a.importance, "source": "ours"}
        if figures is not None:
            shipped = figures.item
            figures_from[a.item_id] = figures.profile
            update |= {
                "learning_hours": shipped.learning_hours,
                "interview_weight": shipped.interview_weight,
                "show_example": shipped.show_example,
                # implications only among the items the posting asks for
                "implied_by_items": tuple(i for i in shipped.implied_by_items if i in found_ids),
                "implied_by_terms": shipped.implied_by_terms,
            }
        items.append(base.model_copy(update=update))
        requirements.append(
            {
                "id": a.item_id,
                "name": base.name,
                "kind": base.kind,
                "category": lex.categories.get(a.item_id, ""),
                "importance": a.importance,
                "why": a.why,
                "lines": list(a.lines),
            }
        )
    for k in keywords:
        items.append(Item(id=k.id, name=k.term, importance=KEYWORD_IMPORTANCE, search_terms=(k.term,), source="ours"))
        requirements.append(
            {
                "id": k.id,
                "name": k.term,
                "kind": "skill",
                "category": "other keywords",
                "importance": KEYWORD_IMPORTANCE,
                "why": f"distinctive term of the posting (TF-IDF {k.weight:.3f}, written {k.count} times), "
                f"matched literally; importance {KEYWORD_IMPORTANCE}",
                "lines": list(k.lines),
            }
        )
    if not items:
        raise RoleError("the job posting names no skill or tool of the lexicon", source="<job posting>")
    skills = tuple(i for i in items if i.kind == "skill")
    tools = tuple(i for i in items if i.kind == "tool")
    if not skills:  # a posting that names only tools is scored on them
        skills, tools = tools, ()
    overview = {
        "from_posting": True,
        "title": title,
        "requirements": requirements,
        "other_keywords": [{"id": k.id, "term": k.term, "weight": k.weight, "count": k.count} for k in keywords],
        "unknown": {
            "learning_hours": [i.id for i in items if i.learning_hours is None],
            "interview_weight": [i.id for i in items if i.id not in figures_from],
        },
        "figures_from": figures_from,
        "formula": FORMULA,
    }
    named = title or "Job posting"
    return RoleProfile(
        id=slug(title or "") or "job-posting",
        name=named,
        source=Source(
            title=f"job posting: {title}" if title else "job posting",
            notes="Built by ats_match.role_from_job from the posting's text; overview.requirements says why "
            "each item has its importance.",
        ),
        summary=f"What the posting asks for: {len(asked)} skills and tools of the lexicon, "
        f"{len(keywords)} other keywords.",
        overview=overview,
        skills=skills,
        tools=tools,
    )
