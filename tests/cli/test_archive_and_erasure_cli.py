"""The CLI's archive export/import and erase-person, run as the user runs them (a subprocess)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from tests.cli.test_cli import assert_clean_error, run
from tests.conftest import DEMO


def _dump(data: Path) -> list[str]:
    connection = sqlite3.connect(data / "library.sqlite3")
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_export_archive_and_import_it_elsewhere(tmp_path: Path, demo_document: dict[str, Any]) -> None:
    uid = demo_document["project"]["id"]
    assert run("import", DEMO, data_dir=tmp_path / "a").returncode == 0
    target = tmp_path / "flytt" / "projekt.samverkan"
    exported = run("export", uid, "-o", target, data_dir=tmp_path / "a")
    assert exported.returncode == 0, exported.stderr
    assert zipfile.ZipFile(target).namelist() == ["manifest.json", "project.json"]
    imported = run("import", target, data_dir=tmp_path / "b")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines()[-1] == uid
    again = tmp_path / "again.json"
    assert run("export", uid, "-o", again, data_dir=tmp_path / "b").returncode == 0
    document = json.loads(again.read_text(encoding="utf-8"))
    assert document.pop("version") == 2  # the demo ships as version 1; every export is the current version
    for doc in (document, demo_document):
        doc.pop("exported_at", None)
    demo_document.pop("version")
    assert document == demo_document


def test_a_hostile_archive_gives_one_swedish_line_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("import", DEMO, data_dir=data).returncode == 0
    before = _dump(data)
    evil = tmp_path / "evil.samverkan"
    with zipfile.ZipFile(evil, "w") as zipped:
        zipped.writestr("manifest.json", "{}")
        zipped.writestr("../../outside.txt", "x")
    message = assert_clean_error(run("import", evil, data_dir=data))
    assert message.startswith("samverkan-desktop: Arkivet kan inte importeras") and "utanför" in message
    assert _dump(data) == before
    assert not (tmp_path / "outside.txt").exists() and not (data.parent.parent / "outside.txt").exists()


def test_erase_person_removes_the_name_from_the_data_folder(tmp_path: Path, demo_document: dict[str, Any]) -> None:
    data = tmp_path / "data"
    uid = demo_document["project"]["id"]
    person = demo_document["people"][0]
    assert run("import", DEMO, data_dir=data).returncode == 0
    assert run("export", uid, "-o", tmp_path / "x.samverkan", data_dir=data).returncode == 0
    (data / "backups" / "library-old.sqlite3").write_bytes((data / "library.sqlite3").read_bytes())
    spoken = sum(1 for s in demo_document["sessions"] for e in s.get("entries", []) if e.get("person") == person["id"])

    result = run("erase-person", uid, person["id"], data_dir=data)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "säkerhetskopior" in lines[0] and lines[1].startswith(f"Klart: {spoken} anteckningar")
    assert lines[-1] == "person-anonymiserad"
    needle = person["name"].encode("utf-8")
    for path in data.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), path
    exported = tmp_path / "after.json"
    assert run("export", uid, "-o", exported, data_dir=data).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    entries = [e for s in document["sessions"] for e in s.get("entries", [])]
    assert len(entries) == sum(len(s.get("entries", [])) for s in demo_document["sessions"])
    assert not any(e.get("person") == person["id"] for e in entries)
    assert [p["name"] for p in document["people"] if p["id"] == "person-anonymiserad"] == ["[namn borttaget]"]


def test_erase_person_of_an_unknown_id_is_one_clear_line(tmp_path: Path, demo_document: dict[str, Any]) -> None:
    data = tmp_path / "data"
    assert run("import", DEMO, data_dir=data).returncode == 0
    message = assert_clean_error(run("erase-person", demo_document["project"]["id"], "person-99", data_dir=data))
    assert 'Personen "person-99" finns inte' in message


def test_writing_commands_wait_for_the_app_to_close_the_library(
        tmp_path: Path, demo_document: dict[str, Any]) -> None:
    """While the app holds the library, erase-person and import change nothing; reading works."""
    from samverkan_desktop.paths import DataPaths
    from samverkan_desktop.ui.instance_lock import acquire

    data = tmp_path / "data"
    uid, person = demo_document["project"]["id"], demo_document["people"][0]["id"]
    assert run("import", DEMO, data_dir=data).returncode == 0
    before = _dump(data)
    app_lock = acquire(DataPaths(data))  # as the running app holds it
    assert app_lock is not None and app_lock.isLocked()
    try:
        for command in (("erase-person", uid, person), ("import", "--replace", DEMO)):
            message = assert_clean_error(run(*command, data_dir=data))
            assert message == (f"samverkan-desktop: Biblioteket i {data} är öppet i Samverkan Desktop. "
                               "Stäng programmet och kör kommandot igen; ingenting har ändrats.")
        assert _dump(data) == before
        assert run("export", uid, "-o", tmp_path / "read.json", data_dir=data).returncode == 0  # reading is fine
    finally:
        app_lock.unlock()
    result = run("erase-person", uid, person, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert (data / "library.lock").exists() is False  # the CLI let go of the lock
    again = acquire(DataPaths(data))  # and the app can start again
    assert again is not None
    again.unlock()
