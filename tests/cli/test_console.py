"""``samverkan-cli``: the console command line shipped beside the windowed app. It prints,
returns exit codes and never opens a window (tests/packaging checks the bundle's own)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.test_cli import assert_clean_error
from tests.conftest import DEMO


def console(*args: str | Path, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "samverkan_desktop.console"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    # a display that does not exist: a window would fail loudly
    env = {**os.environ, "SAMVERKAN_LANG": "sv", "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":4243"}
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          timeout=120, env=env, check=False)


def test_version_and_help_print() -> None:
    version = console("--version")
    assert version.returncode == 0 and version.stdout.startswith("samverkan-desktop ")
    helped = console("--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith("användning: samverkan-cli")
    for command in ("import", "check", "report", "minutes", "erase-person"):
        assert f"    {command} " in helped.stdout
    assert "--demo" not in helped.stdout and "--meeting" not in helped.stdout  # options of the window


def test_without_a_command_it_prints_its_help_instead_of_starting_the_app() -> None:
    result = console()
    assert result.returncode == 2
    assert result.stdout.startswith("användning: samverkan-cli")
    assert "Traceback" not in result.stderr


def test_commands_and_exit_codes(tmp_path: Path) -> None:
    data = tmp_path / "Åsa Öberg #1"
    imported = console("import", DEMO, data_dir=data)
    assert imported.returncode == 0, imported.stderr
    assert console("check", data_dir=data).returncode == 0
    assert "okända argument" in assert_clean_error(console("--demo", data_dir=data))
    (data / "library.sqlite3").write_bytes(b"not a library")
    damaged = console("check", data_dir=data)
    assert damaged.returncode == 1 and "skadat" in damaged.stderr
