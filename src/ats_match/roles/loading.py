"""Finding and loading role profiles: shipped ones by id, others by path. YAML is read by
libyaml where present, duplicate keys are refused, profiles may share matcher vocabulary
(`vocabulary_from`), and pydantic's errors become one line naming the file, the entry
and the field."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..datafiles import YamlError, read_yaml
from ..errors import RoleError
from .profile import RoleProfile


def profiles_dir() -> Path:
    """The shipped profiles: inside the wheel, or at the repository root in a checkout."""
    packaged = Path(str(resources.files("ats_match"))) / "role_profiles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "role_profiles"


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
        data = read_yaml(raw)  # the shipped profiles from their compiled form (datafiles.py)
    except YamlError as exc:
        raise RoleError(str(exc), source=name) from None
    if not isinstance(data, dict):
        raise RoleError("a role file must be a YAML mapping with id, name, skills, ...", source=name)
    _inherit_vocabulary(data, name)
    try:
        return RoleProfile.model_validate(data)
    except ValidationError as exc:
        raise RoleError(_explain(exc, data), source=name) from None


VOCABULARY_KEYS = ("search_terms", "aliases", "case_sensitive", "terms", "patterns", "unless")


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
