"""Backups of the library and restoring from them, on real files: listing with contents,
restore and its undo, the newest good backup, and a damaged library replaced at start."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups, library_service, startup
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.backup import KEEP_NEWEST, list_backup_files, timestamped_name
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def library(paths: DataPaths) -> Iterator[Library]:
    lib = open_library(paths)
    yield lib
    lib.close()


def titles(library: Library) -> list[str]:
    return sorted(p.title for p in library_service.list_projects(library))


def new_project(library: Library, document: dict[str, Any], uid: str, title: str) -> None:
    copy = {**document, "project": {**document["project"], "id": uid, "title": title}}
    import_document(library, copy)


def test_a_backup_is_listed_with_what_it_holds(paths: DataPaths, library: Library,
                                               demo_document: dict[str, Any]) -> None:
    assert backups.list_backups(paths) == []
    backups.make_backup(paths, backups.START)
    import_document(library, demo_document)
    made = backups.make_backup(paths, backups.PERIODIC)
    listed = backups.list_backups(paths)
    assert [b.reason for b in listed] == [backups.PERIODIC, backups.START]  # newest first
    assert listed[0].path == made.path
    sessions = len(demo_document["sessions"])
    entries = sum(len(s.get("entries", [])) for s in demo_document["sessions"])
    assert listed[0].contents == backups.Contents(1, sessions, entries)
    assert listed[1].contents == backups.Contents(0, 0, 0)
    assert backups.reason_text(backups.BEFORE_RESTORE)("sv") == "före återställning"


def test_restore_brings_back_the_older_content_and_can_be_undone(paths: DataPaths, library: Library,
                                                                 demo_document: dict[str, Any]) -> None:
    new_project(library, demo_document, "p-early", "Tidigt projekt")
    older = backups.make_backup(paths, backups.PERIODIC)
    new_project(library, demo_document, "p-late", "Senare projekt")
    assert titles(library) == ["Senare projekt", "Tidigt projekt"]

    undo = backups.restore(library, paths, older.path)
    assert titles(library) == ["Tidigt projekt"]
    assert undo.reason == backups.BEFORE_RESTORE and undo.path.exists()
    # the library stays usable after the restore: a new write lands in the restored content
    new_project(library, demo_document, "p-after", "Efter återställning")
    assert titles(library) == ["Efter återställning", "Tidigt projekt"]

    backups.restore(library, paths, undo.path)
    assert titles(library) == ["Senare projekt", "Tidigt projekt"]
    raw = sqlite3.connect(paths.database)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        raw.close()


def test_the_backup_being_restored_and_the_newest_undo_survive_rotation(paths: DataPaths,
                                                                      library: Library) -> None:
    base = dt.datetime.now() - dt.timedelta(days=60)
    oldest = backups.make_backup(paths, backups.PERIODIC, now=base)
    for hour in range(1, KEEP_NEWEST):  # the oldest is now the tenth newest: the next backup drops it
        backups.make_backup(paths, backups.PERIODIC, now=base + dt.timedelta(hours=hour))
    assert oldest.path.exists()
    undo = backups.restore(library, paths, oldest.path)  # its "before restore" backup must not drop it
    assert undo.path.exists() and oldest.path.exists()
    for _ in range(12):
        backups.make_backup(paths, backups.PERIODIC)
    assert undo.path.exists()  # the newest "before restore" is kept however many follow


def test_a_failed_restore_changes_nothing(paths: DataPaths, library: Library, demo_document: dict[str, Any],
                                          tmp_path: Path) -> None:
    import_document(library, demo_document)
    bad = paths.backups / timestamped_name(backups.PERIODIC)
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(backups.BackupError) as caught:
        backups.restore(library, paths, bad)
    assert "kan inte återställas" in caught.value.text("sv")
    assert titles(library) == [demo_document["project"]["title"]]
    assert not any(b.reason == backups.BEFORE_RESTORE for b in list_backup_files(paths.backups))


def test_the_newest_good_backup_skips_damaged_ones(paths: DataPaths, library: Library) -> None:
    good = backups.make_backup(paths, backups.START)
    damaged = paths.backups / timestamped_name(backups.PERIODIC, dt.datetime.now() + dt.timedelta(minutes=1))
    damaged.write_bytes(b"\x00" * 8192)
    found = backups.newest_good_backup(paths)
    assert found is not None and found.path == good.path
    assert found.contents == backups.Contents(0, 0, 0)


def test_a_damaged_library_is_copied_aside_and_replaced_by_a_good_backup(
        paths: DataPaths, demo_document: dict[str, Any]) -> None:
    library = open_library(paths)
    import_document(library, demo_document)
    backups.make_backup(paths, backups.CLOSE)
    library.close()
    data = bytearray(paths.database.read_bytes())
    data[0:100] = b"garbage!" * 12 + b"garb"
    paths.database.write_bytes(bytes(data))
    damaged_bytes = bytes(data)
    wal = paths.database.with_name(paths.database.name + "-wal")
    wal.write_bytes(b"frames of the damaged library" * 100)
    check = startup.check_at_start(paths)
    assert check.damaged
    copy = backups.copy_aside_damaged(paths)
    assert copy.read_bytes() == damaged_bytes and paths.database.read_bytes() == damaged_bytes  # never written
    assert backups.copy_aside_damaged(paths) == copy  # the same damage is not copied twice
    assert backups.list_backups(paths)[0].reason == backups.CLOSE  # damaged copies are not backups
    good = backups.newest_good_backup(paths)
    assert good is not None
    backups.replace_damaged(paths, good.path)
    assert not wal.exists()  # never replayed onto the restored library
    assert copy.with_name(copy.name + "-wal").read_bytes() == b"frames of the damaged library" * 100
    assert not startup.check_at_start(paths).damaged
    reopened = open_library(paths)
    try:
        assert titles(reopened) == [demo_document["project"]["title"]]
    finally:
        reopened.close()


def test_an_unclean_shutdown_asks_for_the_full_check(paths: DataPaths, library: Library) -> None:
    assert not startup.check_at_start(paths).unclean_shutdown
    startup.mark_running(paths)
    assert startup.check_at_start(paths).unclean_shutdown
    startup.mark_closed(paths)
    assert not startup.check_at_start(paths).unclean_shutdown


@pytest.mark.parametrize("content", [b"", b"\x00" * 4096, b"PK\x03\x04" + bytes(range(256)) * 20],
                         ids=["empty", "zeros", "not-a-database"])
def test_an_empty_or_foreign_file_is_damaged(paths: DataPaths, content: bytes) -> None:
    paths.ensure()
    paths.database.write_bytes(content)
    assert startup.check_at_start(paths).damaged


def test_a_database_of_another_program_is_not_a_library(paths: DataPaths) -> None:
    paths.ensure()
    other = sqlite3.connect(paths.database)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    check = startup.check_at_start(paths)
    assert check.damaged and "not a Samverkan" in check.report.detail


def test_the_fingerprint_changes_with_a_write(paths: DataPaths, library: Library,
                                              demo_document: dict[str, Any]) -> None:
    before = backups.fingerprint(paths)
    assert backups.fingerprint(paths) == before
    import_document(library, demo_document)
    assert backups.fingerprint(paths) != before


def test_a_backup_from_an_older_version_is_migrated_after_the_restore(paths: DataPaths, library: Library,
                                                                      tmp_path: Path,
                                                                      demo_document: dict[str, Any]) -> None:
    from alembic import command

    from samverkan_desktop.storage import migrate
    from samverkan_desktop.storage.backup import backup_database
    from samverkan_desktop.storage.database import make_engine

    old_file = tmp_path / "old.sqlite3"
    engine = make_engine(old_file)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    old = backup_database(old_file, paths.backups / timestamped_name("before-migration-0002"))
    import_document(library, demo_document)
    assert backups.list_backups(paths)[0].contents == backups.Contents(0, 0, 0)

    backups.restore(library, paths, old)
    assert migrate.current_revision(library.engine) == migrate.HEAD
    assert titles(library) == []
    import_document(library, demo_document)  # the search triggers of 0003 are there again
    from samverkan_desktop.services.search import search

    assert search(library, demo_document["project"]["id"], "samverkan", limit=1)


def test_no_backup_is_made_while_held_off(paths: DataPaths, library: Library) -> None:
    import threading

    done = threading.Event()
    with backups.no_backup_meanwhile():
        worker = threading.Thread(target=lambda: (backups.make_backup(paths, backups.PERIODIC), done.set()))
        worker.start()
        assert not done.wait(0.5)
        assert list_backup_files(paths.backups) == []
    worker.join(30)
    assert done.is_set() and len(list_backup_files(paths.backups)) == 1
