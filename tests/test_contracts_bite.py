"""The import-linter contracts in pyproject.toml do forbid what they say: a copy of the
package with forbidden imports injected fails ``lint-imports``, each contract naming its
own offending import (test_code_quality.py checks the real package passes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: (module of the copy, the import injected into it, the contract that must break)
INJECTED = [
    ("ui/welcome.py", "from sqlalchemy import select", "The UI runs no SQL"),
    ("ui/about.py", "from samverkan_desktop.storage import database", "The UI runs no SQL"),
    ("ui/dialogs.py", "from samverkan_desktop.storage.migrate import upgrade", "The UI runs no SQL"),
    ("services/usage.py", "from samverkan_desktop.ui import dialogs", "Layers"),
    ("storage/integrity.py", "from samverkan_desktop.report import options", "Layers"),
    ("cli/__init__.py", "from samverkan_desktop.ui import settings", "Layers"),
    ("report/text.py", "from samverkan_desktop.services import errors", "The report builders are pure"),
    ("domain/rules.py", "from PySide6 import QtCore", "Non-UI layers never import Qt"),
]


def test_each_contract_breaks_on_a_forbidden_import(tmp_path: Path) -> None:
    shutil.copytree(REPO / "samverkan_desktop", tmp_path / "samverkan_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    for module, statement, _contract in INJECTED:
        path = tmp_path / "samverkan_desktop" / module
        path.write_text(path.read_text(encoding="utf-8") + f"\n{statement}  # injected\n", encoding="utf-8")
    environment = dict(os.environ, PYTHONPATH=str(tmp_path))  # the copy is found before the checkout
    result = subprocess.run([str(Path(sys.executable).with_name("lint-imports")), "--no-cache"], cwd=tmp_path,
                            env=environment, capture_output=True, text=True, timeout=600, check=False)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    contracts = {contract for *_rest, contract in INJECTED}
    assert f"Contracts: 0 kept, {len(contracts)} broken." in out, out  # every contract of pyproject.toml
    for contract in contracts:
        assert contract in out
    for module, statement, _contract in INJECTED:
        importer = "samverkan_desktop." + module.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        assert importer in out, f"{importer} ({statement}) is not named:\n{out}"
