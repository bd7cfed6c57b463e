"""The role profile model, validated by pydantic: items (skills and tools) with their
weights and vocabulary, the roadmap, projects, questions, certifications, next roles.

A profile is data, not code: every figure the score uses (importance, interview weight,
strengths) and every name the matcher looks for lives in the file, so a coach can add a
role without touching Python. loading.py reads the files."""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

InterviewWeight = Literal["High", "Medium", "Low"]
Level = Literal["Beginner", "Intermediate", "Advanced"]
STATUSES = ("demonstrated", "listed", "implied", "missing")
ITEM_ID = r"^[a-z0-9][a-z0-9+#.-]*$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Item(_Model):
    """A skill or tool of the role, with what the matcher looks for."""

    id: str = Field(pattern=ITEM_ID)
    name: str = Field(min_length=1)
    kind: Literal["skill", "tool"] = "skill"
    importance: int = Field(description="1-10, how much the role depends on it")
    learning_hours: float | None = Field(default=None, description="hours to learn it from scratch")
    interview_weight: InterviewWeight | None = None
    either_of: tuple[str, ...] = Field(default=(), description="for a group such as PyTorch / TensorFlow")
    search_terms: tuple[str, ...] = Field(
        default=(), description="what a recruiter's Boolean search types; defaults to the name"
    )
    aliases: tuple[str, ...] = Field(default=(), description="other names of the same thing (sklearn)")
    case_sensitive: tuple[str, ...] = Field(default=(), description="names matched with their exact case (R, Go)")
    terms: tuple[str, ...] = Field(
        default=(), description="specific things that evidence it, matched by lemma (random forests)"
    )
    patterns: tuple[list[dict[str, Any]], ...] = Field(default=(), description="spaCy Matcher token patterns")
    all_words: tuple[tuple[str, ...], ...] = Field(
        default=(),
        description="word stems that evidence it when all of one set stand in one resume line, in any order and "
        "form (ours, for a posting's phrases: 'sample preparation' in 'prepared samples for HPLC')",
    )
    unless: tuple[list[dict[str, Any]], ...] = Field(
        default=(),
        description="token patterns of the other senses of its words: a mention inside a match is not evidence "
        "(ours: 'LLM data annotation' is not deep learning, a fine-tuned CNN is not LLM fine-tuning)",
    )
    implied_by_items: tuple[str, ...] = Field(default=(), description="ids of items whose mention implies this one")
    implied_by_terms: tuple[str, ...] = Field(default=(), description="names whose mention implies this one (Keras)")
    source: Literal["guide", "ours"] = Field(default="guide", description="where the importance figures come from")
    show_example: str | None = Field(
        default=None, description="a one-line pattern of an experience line that shows real use (ours)"
    )

    @field_validator("importance")
    @classmethod
    def _importance_range(cls, value: int) -> int:
        if not 1 <= value <= 10:
            raise ValueError(f"importance must be 1-10, got {value}")
        return value

    @field_validator("learning_hours")
    @classmethod
    def _hours_positive(cls, value: float | None) -> float | None:
        if value is not None and value <= 0:
            raise ValueError(f"learning_hours must be above 0, got {value:g}")
        return value

    @property
    def searches(self) -> tuple[str, ...]:
        return self.search_terms or self.either_of or (self.name,)


class Stage(_Model):
    level: Level
    duration: str
    focus: str
    build: str
    covers: tuple[str, ...] = Field(default=(), description="item ids learned at this stage (ours)")


class Project(_Model):
    name: str
    level: Level
    summary: str
    skills: tuple[str, ...] = Field(description="the skills as the guide writes them")
    covers: tuple[str, ...] = Field(description="item ids the project evidences (ours: resolved from skills)")


class Question(_Model):
    question: str
    difficulty: Literal["Easy", "Medium", "Hard"]
    testing: str = Field(description="what the interviewer is testing")
    tests: tuple[str, ...] = Field(min_length=1, description="item ids the question tests (ours)")


class Certification(_Model):
    name: str
    issuer: str
    value: str
    backs: tuple[str, ...] = Field(default=(), description="item ids it backs (ours)")


class NextRole(_Model):
    name: str
    id: str | None = None
    duration: str
    close: tuple[str, ...] = Field(description="what to learn to make the move")
    evidence: dict[str, tuple[str, ...]] = Field(
        default={}, description="for each skill in close, the terms that show it in a resume (ours)"
    )


class Scoring(_Model):
    """How statuses and interview weights turn into points (ours; the guide gives no formula)."""

    interview_factors: dict[InterviewWeight, float] = {"High": 1.0, "Medium": 0.6, "Low": 0.3}
    strengths: dict[str, float] = {"demonstrated": 1.0, "listed": 0.6, "implied": 0.4, "missing": 0.0}
    tool_interview_weight: InterviewWeight = "Medium"

    @field_validator("strengths")
    @classmethod
    def _strengths_complete(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = set(value) - set(STATUSES)
        if unknown:
            raise ValueError(f"unknown status {sorted(unknown)[0]!r}; statuses are {', '.join(STATUSES)}")
        merged = {"demonstrated": 1.0, "listed": 0.6, "implied": 0.4, "missing": 0.0} | value
        for status, strength in merged.items():
            if not 0 <= strength <= 1:
                raise ValueError(f"strength of {status} must be 0-1, got {strength}")
        return merged


class Source(_Model):
    title: str
    notes: str = ""


class RoleProfile(_Model):
    """A role: what it asks for and everything the guide says about getting there."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    source: Source
    summary: str = ""
    overview: dict[str, Any] = {}
    skills: tuple[Item, ...] = Field(min_length=1)
    tools: tuple[Item, ...] = ()
    core_tools: tuple[str, ...] = Field(default=(), description="item ids of the core tools, in the guide's order")
    roadmap: tuple[Stage, ...] = ()
    projects: tuple[Project, ...] = ()
    interview_questions: tuple[Question, ...] = ()
    certifications: tuple[Certification, ...] = ()
    career_path: tuple[str, ...] = ()
    next_roles: tuple[NextRole, ...] = ()
    related_roles: tuple[str, ...] = ()
    faq: tuple[dict[str, str], ...] = ()
    scoring: Scoring = Scoring()
    vocabulary_from: tuple[str, ...] = Field(
        default=(),
        description="shipped roles whose matcher vocabulary an item of the same id takes when it gives none",
    )

    @field_validator("skills")
    @classmethod
    def _skills_are_skills(cls, value: tuple[Item, ...]) -> tuple[Item, ...]:
        return tuple(item if item.kind == "skill" else item.model_copy(update={"kind": "skill"}) for item in value)

    @field_validator("tools", mode="before")
    @classmethod
    def _tools_are_tools(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [
                dict(entry, kind="tool") if isinstance(entry, dict) and "kind" not in entry else entry
                for entry in value
            ]
        return value

    @model_validator(mode="after")
    def _references_resolve(self) -> RoleProfile:
        ids = [item.id for item in self.items]
        seen: set[str] = set()
        for item in self.items:
            where = _entry_label(self, item)
            if item.id in seen:
                raise ValueError(f"{where}: duplicate item id {item.id!r}")
            seen.add(item.id)
            for other in item.implied_by_items:
                if other not in ids or other == item.id:
                    raise ValueError(
                        f"{where}: implied_by_items names {other!r}, which is not another item of the profile"
                    )
        known = set(ids)
        for i, project in enumerate(self.projects):
            _check_ids(known, project.covers, f"projects[{i}] ({project.name}): covers")
        for i, question in enumerate(self.interview_questions):
            _check_ids(known, question.tests, f"interview_questions[{i}] ({question.question}): tests")
        for i, cert in enumerate(self.certifications):
            _check_ids(known, cert.backs, f"certifications[{i}] ({cert.name}): backs")
        _check_ids(known, self.core_tools, "core_tools")
        for i, stage in enumerate(self.roadmap):
            _check_ids(known, stage.covers, f"roadmap[{i}] ({stage.level}): covers")
        return self

    # Cached (the profile is frozen): every what-if of the recommendations asks for these.
    @cached_property
    def items(self) -> tuple[Item, ...]:
        return self.skills + self.tools

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    @cached_property
    def _weights(self) -> dict[str, float]:
        return {item.id: self._weight(item) for item in self.items}

    @cached_property
    def skill_weights(self) -> tuple[tuple[str, float], ...]:
        """(id, weight) of each skill: what the score is made of."""
        return tuple((item.id, self.weight(item)) for item in self.skills)

    @cached_property
    def implications(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(id, the items that imply it) of each item some other item implies."""
        return tuple((item.id, tuple(item.implied_by_items)) for item in self.items if item.implied_by_items)

    def item(self, item_id: str) -> Item:
        return self._items_by_id[item_id]

    def weight(self, item: Item) -> float:
        """Importance x interview factor: what one item is worth in the score."""
        return self._weights[item.id] if self._items_by_id.get(item.id) is item else self._weight(item)

    def _weight(self, item: Item) -> float:
        level = item.interview_weight or self.scoring.tool_interview_weight
        return item.importance * self.scoring.interview_factors.get(level, 1.0)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def _entry_label(profile: RoleProfile, item: Item) -> str:
    group = "skills" if item in profile.skills else "tools"
    index = (profile.skills if group == "skills" else profile.tools).index(item)
    return f"{group}[{index}] ({item.name})"


def _check_ids(known: set[str], ids: tuple[str, ...], where: str) -> None:
    for item_id in ids:
        if item_id not in known:
            raise ValueError(f"{where} names {item_id!r}, which is not an item of the profile")


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a role file, for editor help when writing one's own profile."""
    schema = RoleProfile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "ats_match role profile"
    return schema


def write_json_schema(path: Path) -> None:
    path.write_text(json.dumps(json_schema(), indent=2) + "\n", encoding="utf-8")
