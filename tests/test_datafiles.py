"""The shipped YAML files read from their compiled form (ats_match/datafiles.py): the same
content as parsing them, never stale after an edit, and the same errors as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ats_match import datafiles
from ats_match.datafiles import YamlError, parse_yaml, read_yaml, text_hash
from ats_match.errors import RoleError
from ats_match.roles import load_role

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted([*(ROOT / "role_profiles").glob("*.yaml"), *(ROOT / "src" / "ats_match").rglob("*.yaml")])


def test_the_shipped_yaml_files_are_found():
    names = {path.name for path in SHIPPED}
    assert {"machine-learning-engineer.yaml", "foreign.yaml", "credentials.yaml", "skills.yaml"} <= names


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_yaml_file_is_compiled(path):
    """Fails after an edit until `python tools/compile_yaml.py` is run: the file would still
    be read right, but parsed at every start-up."""
    text = path.read_text(encoding="utf-8")
    assert text_hash(text) in datafiles.compiled_entries(), f"run: python tools/compile_yaml.py ({path.name} changed)"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_compiled_content_is_the_parse(path):
    text = path.read_text(encoding="utf-8")
    compiled, parsed = read_yaml(text), parse_yaml(text)
    assert compiled == parsed
    assert json.dumps(compiled) == json.dumps(parsed)  # keys in the file's order too


def test_each_read_is_a_fresh_copy():
    text = (ROOT / "role_profiles" / "machine-learning-engineer.yaml").read_text(encoding="utf-8")
    first = read_yaml(text)
    first["skills"].clear()
    assert read_yaml(text)["skills"]


def test_an_edited_profile_is_read_as_edited_not_from_the_compiled_copy(tmp_path):
    text = (ROOT / "role_profiles" / "machine-learning-engineer.yaml").read_text(encoding="utf-8")
    edited = text.replace("name: Machine Learning Engineer", "name: Edited ML Engineer", 1)
    assert edited != text and text_hash(edited) not in datafiles.compiled_entries()
    path = tmp_path / "edited.yaml"
    path.write_text(edited, encoding="utf-8")
    assert load_role(path).name == "Edited ML Engineer"
    assert load_role("machine-learning-engineer").name == "Machine Learning Engineer"


def test_a_duplicate_key_is_refused_with_its_line():
    with pytest.raises(YamlError) as caught:
        read_yaml("id: a\nname: A\nid: b\n")
    assert caught.value.line == 3
    assert "duplicate key 'id'" in str(caught.value)


def test_a_broken_role_file_names_the_file_and_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("id: x\nname: [unclosed\n", encoding="utf-8")
    with pytest.raises(RoleError) as caught:
        load_role(path)
    message = str(caught.value)
    assert "broken.yaml" in message and "invalid YAML" in message and "line " in message


def test_dates_are_left_to_the_parser():
    """JSON cannot hold a date as YAML parses it: such a file is not compiled."""
    content = datafiles.compile_texts(["when: 2024-01-31\n", "name: plain\n"])
    assert list(content["entries"]) == [text_hash("name: plain\n")]


def test_a_missing_compiled_file_means_parsing_not_failing(tmp_path, monkeypatch):
    text = (ROOT / "role_profiles" / "machine-learning-engineer.yaml").read_text(encoding="utf-8")
    monkeypatch.setattr(datafiles, "COMPILED", tmp_path / "absent.json")
    datafiles.compiled_entries.cache_clear()
    try:
        assert datafiles.compiled_entries() == {}
        assert read_yaml(text) == parse_yaml(text)
    finally:
        monkeypatch.undo()
        datafiles.compiled_entries.cache_clear()
    assert datafiles.compiled_entries()
