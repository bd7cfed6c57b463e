"""The YAML data files the package ships (role profiles, vocabularies), read without
parsing YAML at start-up.

YAML is for people to edit, but PyYAML builds its objects in Python: the shipped
profile and the foreign-language vocabulary took 80 ms to parse, a third of what a
`score` adds to spaCy's own start. tools/compile_yaml.py stores what each shipped file
parses to in compiled_yaml.json, keyed by the sha256 of the file's text; read_yaml
returns that for a text whose hash it holds (json.loads is C), and parses the YAML
otherwise. The key is the content, so an edited file is never read stale: it is parsed
until the tool is run again (tests/test_datafiles.py says when to).

Every YAML file is read with one loader: libyaml's parser where installed, and a
mapping that names a key twice refused (PyYAML would keep the last silently).
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

COMPILED = Path(__file__).with_name("compiled_yaml.json")


class YamlError(ValueError):
    """A YAML text that does not parse: the problem, and the line (1-based) when known."""

    def __init__(self, problem: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {problem}" if line else problem)
        self.problem = problem
        self.line = line


def read_yaml(text: str) -> Any:
    """What `text` parses to, from compiled_yaml.json when it holds the text's hash."""
    compiled = compiled_entries().get(text_hash(text))
    if compiled is not None:
        return json.loads(compiled)  # a fresh copy each time: callers may change what they get
    return parse_yaml(text)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_yaml(text: str) -> Any:
    """The YAML parse itself (yaml is imported here, on the first file not compiled)."""
    import yaml

    try:
        return yaml.load(text, Loader=_unique_key_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlError(f"invalid YAML: {problem}", mark.line + 1 if mark else None) from None


@cache
def compiled_entries() -> dict[str, str]:
    """sha256 of a text -> its parse, as JSON text (each decoded only when asked for)."""
    try:
        entries = json.loads(COMPILED.read_text(encoding="utf-8"))["entries"]
    except (OSError, ValueError, KeyError, TypeError):  # missing or damaged: every file is parsed
        return {}
    return {key: value for key, value in entries.items() if isinstance(value, str)}


def compile_texts(texts: list[str]) -> dict[str, Any]:
    """The content of compiled_yaml.json for these texts (tools/compile_yaml.py writes it).
    A text whose parse JSON cannot hold as it is (dates, keys that are not strings) is
    left out, and so parsed at run time."""
    entries = {}
    for text in texts:
        data = parse_yaml(text)
        try:
            encoded = json.dumps(data, ensure_ascii=False)  # keys in the file's order: callers may rely on it
        except (TypeError, ValueError):
            continue
        if json.loads(encoded) == data:
            entries[text_hash(text)] = encoded
    return {
        "_about": "What each shipped YAML file parses to, by the sha256 of its text: see datafiles.py. "
        "Written by tools/compile_yaml.py; do not edit.",
        "entries": dict(sorted(entries.items())),
    }


@cache
def _unique_key_loader() -> type:
    import yaml

    class UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser: 10x faster
        """PyYAML keeps the last of two equal keys; a data file with one is a mistake to report."""

    def construct_mapping(loader: Any, node: Any, deep: bool = False) -> dict:
        mapping: dict = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in mapping:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            mapping[key] = loader.construct_object(value_node, deep=deep)
        return mapping

    UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return UniqueKeyLoader
