"""The wheel carries the role profiles: built here, installed into a folder outside the
checkout, and loaded from there. (.ci/run also installs it into a fresh virtualenv.)"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from helpers import ROOT

pytestmark = pytest.mark.slow  # builds and installs a wheel


def test_wheel_ships_the_profiles_and_loads_them_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(dist)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("ats_match-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "ats_match/role_profiles/machine-learning-engineer.yaml" in names
    assert "ats_match/roles/role_profile.schema.json" in names
    assert "ats_match/reports/templates/report.html.j2" in names
    assert "ats_match/matching/data/foreign.yaml" in names
    for data in (
        "onet_lexicon.json",
        "task_verbs.txt",
        "credentials.yaml",
        "ATTRIBUTION.txt",
    ):  # issue 15: O*NET, CC BY 4.0
        assert f"ats_match/postings/data/{data}" in names
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import ats_match, json; r = ats_match.load_role('machine-learning-engineer');"
        "s = ats_match.score(ats_match.read_text('Skills\\nApprentissage automatique'), r).statuses;"
        "p = ats_match.read_job('Requirements:\\n- Active RN license\\n- Epic');"
        "print(json.dumps([ats_match.__file__, ats_match.list_roles(), len(r.items), s['ml-algorithms'],"
        " [q.kind for q in p.requirements]]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    module_file, roles, items, french, kinds = json.loads(out)
    assert module_file.startswith(str(site)), "imported the installed wheel, not the checkout"
    assert "machine-learning-engineer" in roles
    assert items == 15
    assert french == "listed"  # the foreign-language vocabulary came with the wheel
    assert kinds == ["license", "tool"], "the posting vocabulary ships in the wheel"
