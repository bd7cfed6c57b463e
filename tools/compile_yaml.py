"""Write src/ats_match/compiled_yaml.json: what each YAML data file the package ships parses
to, keyed by the sha256 of its text, so that start-up reads JSON, not YAML (datafiles.py).

    python tools/compile_yaml.py

Run it after editing any shipped YAML file (role_profiles/*.yaml, src/ats_match/**/*.yaml);
tests/test_datafiles.py fails until it is run. An edited file not compiled yet is still read
right, by parsing it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ats_match.datafiles import COMPILED, compile_texts  # noqa: E402


def shipped_yaml_files() -> list[Path]:
    """Every YAML file the wheel carries: the role profiles and the package's data."""
    return sorted([*(ROOT / "role_profiles").glob("*.yaml"), *(ROOT / "src" / "ats_match").rglob("*.yaml")])


def main() -> int:
    files = shipped_yaml_files()
    content = compile_texts([path.read_text(encoding="utf-8") for path in files])
    COMPILED.write_text(json.dumps(content, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{COMPILED.relative_to(ROOT)}: {len(content['entries'])} of {len(files)} YAML files compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
