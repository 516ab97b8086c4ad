"""Data folders with names a Windows account or folder may have: ``#``, ``%41``, spaces,
``Åsa Öberg`` and a very long name. Import, check, backups, restore and the app's start
work in them; a damaged library there is reported damaged; and nothing is created
beside the data folder (SQLite ends a ``file:`` URI at ``#`` and decodes ``%HH``)."""

from __future__ import annotations

import json
import signal
from pathlib import Path, PureWindowsPath

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups, library_service
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.backup import list_backup_files
from samverkan_desktop.storage.integrity import check_file
from samverkan_desktop.storage.library import open_library
from samverkan_desktop.storage.sqlite_uri import sqlite_uri
from tests.cli.test_cli import assert_clean_error, run
from tests.conftest import DEMO

NAMES = {
    "hash": "CSG #2",
    "percent": "Möten %41 100%",
    "spaces": "  mellan  rum ",
    "swedish": "Åsa Öberg",
    "question": "Varför?",
    "long": "Centrala samverkansgruppen " + "mycket långt namn " * 10,
}
if PureWindowsPath("Varför?").name != "Varför?":  # pragma: no cover - "?" is not allowed on Windows
    del NAMES["question"]


def files_outside(parent: Path, data: Path) -> list[Path]:
    """Everything under ``parent`` that is neither the data folder, its ancestors nor inside it."""
    inside = {data, *data.parents}
    return [p for p in parent.rglob("*") if p not in inside and data not in p.parents]


@pytest.fixture(params=list(NAMES.values()), ids=list(NAMES))
def data(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return tmp_path / "parent" / request.param / "data"


def test_import_check_backup_restore_in_the_folder(data: Path) -> None:
    parent = data.parents[1]
    assert run("import", DEMO, data_dir=data).returncode == 0
    healthy = run("check", data_dir=data)
    assert healthy.returncode == 0 and "helt" in healthy.stdout, healthy.stderr
    paths = DataPaths(data)
    made = backups.make_backup(paths, backups.PERIODIC)
    assert made.path.parent == paths.backups and made.path.exists()
    assert next(b.contents for b in backups.list_backups(paths)) == backups.contents_of(paths.database)
    library = open_library(paths)
    try:
        before = [p.title for p in library_service.list_projects(library)]
        document = json.loads(DEMO.read_text("utf-8"))
        import_document(library, {**document, "project": {**document["project"], "id": "efter", "title": "Efter"}})
        assert len(library_service.list_projects(library)) == 2
        undo = backups.restore(library, paths, made.path)
        assert [p.title for p in library_service.list_projects(library)] == before
    finally:
        library.close()
    assert undo.path.exists() and backups.problem_with(undo.path) is None
    assert files_outside(parent, data) == []


def test_a_damaged_library_in_the_folder_is_reported_damaged(data: Path) -> None:
    parent = data.parents[1]
    assert run("import", DEMO, data_dir=data).returncode == 0
    database = data / "library.sqlite3"
    raw = bytearray(database.read_bytes())
    raw[4096:8192] = b"\xff" * 4096
    database.write_bytes(bytes(raw))
    assert check_file(database).damaged
    assert "skadat" in assert_clean_error(run("check", data_dir=data), code=1)
    assert backups.problem_with(database) is not None
    assert files_outside(parent, data) == []


def test_the_app_starts_and_closes_cleanly_in_the_folder(data: Path) -> None:
    from tests.gui.test_app_start import start_demo, wait_for_log

    parent = data.parents[1]
    process = start_demo(data)
    try:
        wait_for_log(data / "logs" / "samverkan.log", "main window shown", process)
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
    assert b"Traceback" not in err, err
    reasons = {b.reason for b in list_backup_files(DataPaths(data).backups)}
    assert {backups.START, backups.CLOSE} <= reasons
    listed = run("list", data_dir=data)
    assert listed.stdout.splitlines()[0].split("\t")[0] == json.loads(DEMO.read_text("utf-8"))["project"]["id"]
    assert files_outside(parent, data) == []


@pytest.mark.parametrize(("path", "expected"), [
    (r"C:\Users\Åsa Öberg\CSG #2\library.sqlite3",
     "file:///C:/Users/%C3%85sa%20%C3%96berg/CSG%20%232/library.sqlite3?mode=ro"),
    (r"\\server\share\Möten %41\library.sqlite3",
     "file:////server/share/M%C3%B6ten%20%2541/library.sqlite3?mode=ro"),
    ("D:/a?b/library.sqlite3", "file:///D:/a%3Fb/library.sqlite3?mode=ro"),
])
def test_windows_paths_become_uris_sqlite_reads_as_the_same_file(path: str, expected: str) -> None:
    """Drive letters and UNC paths (SQLite's four-slash form, not ``Path.as_uri()``'s host name)."""
    assert sqlite_uri(PureWindowsPath(path), windows=True, mode="ro") == expected
    assert sqlite_uri(path, windows=True, mode="ro") == expected
