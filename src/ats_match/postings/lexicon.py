"""The skill lexicon a posting is read for: every item of every shipped role profile plus
data/skills.yaml (validated by pydantic), with the figures (learning hours, interview
weight) the shipped profiles give, and the TF-IDF background of other keywords."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..datafiles import read_yaml
from ..matching import Extractor
from ..roles import ITEM_ID, Item, RoleProfile, Source, list_roles, load_role


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LexiconEntry(_Model):
    """One skill or tool of data/skills.yaml: an Item without figures."""

    id: str = Field(pattern=ITEM_ID)
    name: str = Field(min_length=1)
    kind: Literal["skill", "tool"] | None = None  # default: the category's
    either_of: tuple[str, ...] = ()
    search_terms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    patterns: tuple[list[dict[str, Any]], ...] = ()


class LexiconCategory(_Model):
    category: str
    kind: Literal["skill", "tool"]
    entries: tuple[LexiconEntry, ...] = Field(min_length=1)


class LexiconFile(_Model):
    profile_categories: dict[str, str] = {}
    categories: tuple[LexiconCategory, ...]


@dataclass(frozen=True)
class Figures:
    """What a shipped profile says about an item: learning hours, interview weight, show example."""

    profile: str
    item: Item


@dataclass(frozen=True)
class Lexicon:
    """Every item a posting is read for, with where each comes from; built once per process."""

    items: tuple[Item, ...]  # matcher-ready, profile items first
    categories: dict[str, str]  # item id -> category
    figures: dict[str, Figures]  # item id -> the shipped profile item that gives its figures
    role: RoleProfile  # all items as one role, for the Extractor
    extractor: Extractor

    def item(self, item_id: str) -> Item:
        return self.role.item(item_id)


def lexicon_dir() -> Path:
    return Path(str(resources.files("ats_match.postings"))) / "data"


def load_lexicon_file(path: Path | None = None) -> LexiconFile:
    """data/skills.yaml, validated."""
    path = path or lexicon_dir() / "skills.yaml"
    return LexiconFile.model_validate(read_yaml(path.read_text(encoding="utf-8")))


def shipped_profiles() -> list[RoleProfile]:
    """Shipped profiles, those whose figures come from the career guide first, then by id."""
    profiles = [load_role(role_id) for role_id in list_roles()]
    return sorted(profiles, key=lambda p: (not any(i.source == "guide" for i in p.items), p.id))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon and its matcher. Building the matcher takes about a second; every call
    after the first reuses it."""
    data = load_lexicon_file()
    items: dict[str, Item] = {}
    categories: dict[str, str] = {}
    figures: dict[str, Figures] = {}
    for profile in shipped_profiles():
        for item in profile.items:
            if item.id not in items:
                # A posting names items; what they imply is not asked for, so no implications.
                items[item.id] = item.model_copy(update={"implied_by_items": (), "implied_by_terms": ()})
                categories[item.id] = data.profile_categories.get(item.id, "role profiles")
            if item.id not in figures and item.learning_hours is not None:
                figures[item.id] = Figures(profile.id, item)
    for category in data.categories:
        for entry in category.entries:
            if entry.id in items:
                continue  # a profile owns this id (tests keep the lexicon free of such duplicates)
            fields = entry.model_dump(exclude={"kind"})
            items[entry.id] = Item(**fields, kind=entry.kind or category.kind, importance=5, source="ours")
            categories[entry.id] = category.category
    ordered = tuple(items.values())
    role = RoleProfile(
        id="skill-lexicon",
        name="Skill lexicon",
        source=Source(title="ats_match skill lexicon"),
        skills=tuple(i for i in ordered if i.kind == "skill"),
        tools=tuple(i for i in ordered if i.kind == "tool"),
    )
    return Lexicon(ordered, categories, figures, role, Extractor(role))


@lru_cache(maxsize=1)
def background_documents() -> tuple[tuple[str, str], ...]:
    """(name, text) of the TF-IDF background: each shipped profile's words and our example
    postings, so that words every posting or profile uses weigh little."""
    docs = [(f"profile {p.id}", " ".join(_strings(p.to_dict()))) for p in shipped_profiles()]
    for path in sorted((lexicon_dir() / "postings").glob("*.md")):
        docs.append((f"posting {path.stem}", path.read_text(encoding="utf-8")))
    return tuple(docs)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []
