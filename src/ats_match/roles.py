"""Role profiles: one YAML file per role, validated by pydantic on load.

A profile is data, not code: every figure the score uses (importance, interview weight,
strengths) and every name the matcher looks for lives in the file, so a coach can add a
role without touching Python. Errors name the file, the entry and the field in one line.
"""

from __future__ import annotations

import json
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import RoleError

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


# ---------------------------------------------------------------- loading


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser: 10x faster
    """PyYAML keeps the last of two equal keys; a profile with one is a mistake to report."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    mapping: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in mapping:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def profiles_dir() -> Path:
    """The shipped profiles: inside the wheel, or at the repository root in a checkout."""
    packaged = Path(str(resources.files("ats_match"))) / "role_profiles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "role_profiles"


def list_roles() -> list[str]:
    """Ids of the shipped roles, sorted."""
    return sorted(path.stem for path in profiles_dir().glob("*.yaml"))


def load_role(id_or_path: str | Path | RoleProfile) -> RoleProfile:
    """A shipped role by id, or a profile file by path."""
    if isinstance(id_or_path, RoleProfile):
        return id_or_path
    text = str(id_or_path)
    if isinstance(id_or_path, Path) or text.endswith((".yaml", ".yml")) or "/" in text or "\\" in text:
        return _load_file(Path(id_or_path).resolve())
    path = profiles_dir() / f"{text}.yaml"
    if not path.is_file():
        roles = ", ".join(list_roles())
        raise RoleError(f"unknown role {text!r}; shipped roles are: {roles}")
    return _load_file(path)


@lru_cache(maxsize=64)
def _load_file(path: Path) -> RoleProfile:
    name = _display_name(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RoleError("role file not found", source=name) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RoleError(f"cannot read the role file ({exc.__class__.__name__})", source=name) from None
    try:
        data = yaml.load(raw, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RoleError(f"{where}invalid YAML: {problem}", source=name) from None
    if not isinstance(data, dict):
        raise RoleError("a role file must be a YAML mapping with id, name, skills, ...", source=name)
    _inherit_vocabulary(data, name)
    try:
        return RoleProfile.model_validate(data)
    except ValidationError as exc:
        raise RoleError(_explain(exc, data), source=name) from None


VOCABULARY_KEYS = ("search_terms", "aliases", "case_sensitive", "terms", "patterns")


def _inherit_vocabulary(data: dict, name: str) -> None:
    """An item that names no vocabulary of its own takes that of the same item in the roles
    of `vocabulary_from`, so that one id means one thing in every profile."""
    sources = data.get("vocabulary_from") or []
    if not sources:
        return
    if not isinstance(sources, list) or data.get("id") in sources:
        raise RoleError("vocabulary_from must list other shipped roles", source=name)
    shared: dict[str, dict] = {}
    for role_id in sources:
        try:
            source = load_role(str(role_id))
        except RoleError as exc:
            raise RoleError(f"vocabulary_from: {exc}", source=name) from None
        for item in source.items:
            shared.setdefault(item.id, item.model_dump(include=set(VOCABULARY_KEYS)))
    for group in ("skills", "tools"):
        for entry in data.get(group) or []:
            if isinstance(entry, dict) and entry.get("id") in shared and not any(k in entry for k in VOCABULARY_KEYS):
                entry.update(shared[entry["id"]])


def _display_name(path: Path) -> str:
    """role_profiles/x.yaml for shipped files, the path as given otherwise."""
    try:
        return str(path.relative_to(profiles_dir().parent))
    except ValueError:
        return path.name


def _explain(exc: ValidationError, data: dict) -> str:
    """pydantic's errors as one line: entry, field, problem."""
    messages = []
    for error in exc.errors():
        loc = list(error["loc"])
        where = _loc_label(loc, data)
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = f"unknown key {loc[-1]!r}"
            where = _loc_label(loc[:-1], data)
        elif error["type"] == "missing":
            message = f"missing required key {loc[-1]!r}"
            where = _loc_label(loc[:-1], data)
        elif error["type"] != "value_error" and "input" in error:
            message = f"{message}, got {error['input']!r}"
        field = str(loc[-1]) if loc else ""
        if where.endswith(f": {field}") and message.startswith(field):
            where = where.removesuffix(f": {field}")  # "importance must be 1-10" names the field already
        messages.append(f"{where}: {message}" if where else message)
    more = f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""
    return messages[0] + more


def _loc_label(loc: list, data: Any) -> str:
    """("skills", 3, "importance") -> "skills[3] (SQL): importance"."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            label = f"{parts.pop() if parts else ''}[{key}]"
            node = node[key] if isinstance(node, list) and key < len(node) else None
            name = node.get("name") or node.get("question") if isinstance(node, dict) else None
            parts.append(f"{label} ({name})" if name else label)
        else:
            node = node.get(key) if isinstance(node, dict) else None
            parts.append(str(key))
    if not parts:
        return ""
    head, *tail = parts
    entry = head
    while tail and "[" in tail[0]:
        entry = f"{entry}.{tail.pop(0)}"
    return f"{entry}: {'.'.join(tail)}" if tail else entry


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a role file, for editor help when writing one's own profile."""
    schema = RoleProfile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "ats_match role profile"
    return schema


def write_json_schema(path: Path) -> None:
    path.write_text(json.dumps(json_schema(), indent=2) + "\n", encoding="utf-8")
