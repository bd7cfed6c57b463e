"""The package layout stays honest: no import cycle between ats_match's modules and no
private name (`_x`) taken from another module. Read from the source with `ast`, so a
lazy import inside a function counts as much as one at the top of a file.

A module importing `ats_match.p.q` also runs package `p`'s `__init__`, so that counts as
an import of `p` too, unless the importer lives inside `p` (its package is already
running then). This is what turns a re-export in an `__init__` into a cycle when one of
the package's modules imports something that imports the package back.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "ats_match"
ROOT = "ats_match"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(module: str, path: Path) -> list[tuple[str, list[str], int]]:
    """(imported module, names taken from it, line) for every ats_match import in the file."""
    is_package = path.name == "__init__.py"
    here = module.split(".") if is_package else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, [], node.lineno) for a in node.names if a.name.split(".")[0] == ROOT]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.split(".")[0] == ROOT:
                target = node.module
            else:
                continue
            names = [a.name for a in node.names]
            submodules = [n for n in names if f"{target}.{n}" in MODULES]
            found += [(f"{target}.{n}", [], node.lineno) for n in submodules]
            found.append((target, [n for n in names if n not in submodules], node.lineno))
    return found


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module, path in MODULES.items():
        for target, _, _ in _imports(module, path):
            parts = target.split(".")
            for depth in range(2, len(parts) + 1):  # the target and the packages it runs on the way
                ancestor = ".".join(parts[:depth])
                inside = module == ancestor or module.startswith(ancestor + ".")
                if ancestor in MODULES and ancestor != module and (depth == len(parts) or not inside):
                    graph[module].add(ancestor)
    return graph


def test_the_module_graph_has_no_cycle():
    try:
        order = list(graphlib.TopologicalSorter(_graph()).static_order())
    except graphlib.CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")
    assert set(order) == set(MODULES)


def test_no_module_takes_a_private_name_from_another():
    offences = []
    for module, path in MODULES.items():
        for target, names, line in _imports(module, path):
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private and target != module:
                offences.append(f"{path.relative_to(PACKAGE.parent)}:{line} takes {', '.join(private)} from {target}")
    assert not offences, "\n".join(offences)


def test_no_module_reads_a_private_attribute_of_another():
    """`from . import x` then `x._y` is the same reach into another module's internals."""
    offences = []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {}
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target, _, _ in _imports(module, path):
                    if target in MODULES:
                        aliases[target.rsplit(".", 1)[-1]] = target
                for alias in node.names:
                    if alias.asname and alias.name in aliases:
                        aliases[alias.asname] = aliases[alias.name]
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and aliases[node.value.id] != module
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                offences.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} reads {node.value.id}.{node.attr}")
    assert not offences, "\n".join(offences)


def test_the_checker_sees_a_cycle_and_a_private_import(tmp_path, monkeypatch):
    """The checks above can fail: on a made-up package with both faults they do."""
    package = tmp_path / ROOT
    (package / "inner").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from .inner.b import thing\n")
    (package / "inner" / "__init__.py").write_text("from .b import thing\n")
    (package / "inner" / "b.py").write_text("def thing():\n    from ..a import _hidden\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", package)
    monkeypatch.setattr(__import__(__name__), "MODULES", _modules())
    with pytest.raises(graphlib.CycleError):
        list(graphlib.TopologicalSorter(_graph()).static_order())
    with pytest.raises(AssertionError, match="takes _hidden from ats_match.a"):
        test_no_module_takes_a_private_name_from_another()


def test_the_tree_shows_the_flow():
    """One package per step of the data flow, and the wiring on top."""
    steps = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert {"reading", "matching", "roles", "postings", "recommend", "checks", "reports", "cli"} <= steps
    assert {"api.py", "batch.py", "scoring.py"} <= {p.name for p in PACKAGE.glob("*.py")}
    assert (PACKAGE / "cli" / "__init__.py").exists()
