"""The command line on a full disk and on a locked library: one Swedish line naming the
cause, exit 2, no traceback, and the library as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_clean_error, run
from tests.conftest import DEMO
from tests.disk_faults import fill, free, locked_by_another_program, tiny_disk


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with tiny_disk(tmp_path / "disk") as mounted:
        yield mounted


def projects(data: Path) -> int:
    with sqlite3.connect(f"file:{data / 'library.sqlite3'}?mode=ro", uri=True) as raw:
        count = int(raw.execute("SELECT count(*) FROM project").fetchone()[0])
    raw.close()
    return count


def test_import_onto_a_full_disk_names_the_cause(disk: Path) -> None:
    data = disk / "data"
    assert run("list", data_dir=data).returncode == 0  # the library exists, empty
    fill(disk, data / "library.sqlite3")
    line = assert_clean_error(run("import", DEMO, data_dir=data))
    assert "disken är full" in line, line
    free(disk)
    assert projects(data) == 0
    assert run("import", DEMO, data_dir=data).returncode == 0


def test_import_into_a_locked_library_names_the_cause(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("list", data_dir=data).returncode == 0
    with locked_by_another_program(data / "library.sqlite3"):
        line = assert_clean_error(run("import", DEMO, data_dir=data))
    assert "låst av ett annat program" in line, line
    assert projects(data) == 0


def test_check_on_a_full_disk_blames_the_disk_not_the_library(disk: Path) -> None:
    """SQLite cannot even open a WAL library read-only when the disk is full; that is no
    proof of damage: `check` says what is wrong (exit 2) and never calls the library damaged."""
    data = disk / "data"
    assert run("import", DEMO, data_dir=data).returncode == 0
    (data / "library.sqlite3-shm").unlink(missing_ok=True)  # as after a clean close: it must be made anew
    fill(disk, data / "library.sqlite3")
    result = run("check", data_dir=data)
    line = assert_clean_error(result)
    assert "skadat" not in line and "kunde inte läsas" in line, line
    free(disk)
    assert run("check", data_dir=data).returncode == 0
    assert projects(data) == 1
