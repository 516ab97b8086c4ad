"""The check at start: a damaged library is never written to, it is copied aside and the
user chooses between the newest good backup and quitting; backups at start, while
working (only when something changed) and at close."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups, library_service, startup
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.backup import list_backup_files
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui.instance_lock import acquire
from samverkan_desktop.ui.shutdown import finish_run
from samverkan_desktop.ui.startup_checks import open_library_checked, start_backups
from tests.gui.conftest import answer_next_dialog

DAMAGE = {
    "garbage header": lambda data: b"\x13\x37" * 50 + data[100:],
    "zero length": lambda data: b"",
    "zeroed pages": lambda data: data[:4096] + b"\x00" * (len(data) - 4096),
    "encrypted-looking": lambda data: bytes((b * 131 + 7) % 256 for b in data),
}


def damaged_data_folder(tmp_path: Path, document: dict[str, Any], with_backup: bool = True,
                        damage: str = "garbage header") -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    library = open_library(paths)
    import_document(library, document)
    if with_backup:
        backups.make_backup(paths, backups.CLOSE)
    library.close()
    startup.mark_running(paths)  # the last run did not end cleanly
    paths.database.write_bytes(DAMAGE[damage](paths.database.read_bytes()))
    return paths


def opener(opened: list[DataPaths]):
    def open_it(paths: DataPaths) -> Library:
        opened.append(paths)
        return open_library(paths)
    return open_it


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_library_is_restored_from_the_newest_good_backup(
        qtbot: QtBot, tmp_path: Path, demo_document: dict[str, Any], damage: str) -> None:
    paths = damaged_data_folder(tmp_path, demo_document, damage=damage)
    damaged = paths.database.read_bytes()
    answer_next_dialog("Restore the backup")
    opened: list[DataPaths] = []
    library = open_library_checked(paths, opener(opened))
    assert library is not None and opened == [paths]
    try:
        assert [p.title for p in library_service.list_projects(library)] == [demo_document["project"]["title"]]
    finally:
        library.close()
    copies = list(paths.backups.glob("library-damaged-*.sqlite3"))
    assert len(copies) == 1 and copies[0].read_bytes() == damaged
    assert not startup.check_at_start(paths).damaged


def test_quitting_on_a_damaged_library_leaves_it_untouched(qtbot: QtBot, tmp_path: Path,
                                                           demo_document: dict[str, Any]) -> None:
    paths = damaged_data_folder(tmp_path, demo_document)
    damaged = paths.database.read_bytes()
    answer_next_dialog("Quit")
    opened: list[DataPaths] = []
    assert open_library_checked(paths, opener(opened)) is None
    assert opened == []  # never opened: no migration, no write
    assert paths.database.read_bytes() == damaged
    assert [c.read_bytes() for c in paths.backups.glob("library-damaged-*.sqlite3")] == [damaged]


def test_without_a_good_backup_the_user_may_start_empty(qtbot: QtBot, tmp_path: Path,
                                                        demo_document: dict[str, Any]) -> None:
    paths = damaged_data_folder(tmp_path, demo_document, with_backup=False)
    answer_next_dialog("Start with an empty library")
    library = open_library_checked(paths, opener([]))
    assert library is not None
    try:
        assert library_service.list_projects(library) == []
    finally:
        library.close()
    assert len(list(paths.backups.glob("library-damaged-*.sqlite3"))) == 1


def test_a_healthy_library_opens_without_a_question(qtbot: QtBot, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    library = open_library_checked(paths, opener([]))
    assert library is not None
    library.close()
    assert startup.marker(paths).exists()  # until a clean close


def test_backups_at_start_while_working_and_at_close(qtbot: QtBot, tmp_path: Path, library: Library,
                                                      demo_document: dict[str, Any]) -> None:
    from PySide6.QtWidgets import QMainWindow

    paths = DataPaths(tmp_path / "data")
    window = QMainWindow()
    qtbot.addWidget(window)
    keeper = start_backups(window, paths, "sv")
    written: list[str] = []
    keeper.done.connect(written.append)  # queued from the backup thread: arrives through the event loop
    qtbot.waitUntil(lambda: len(written) == 1)
    assert [b.reason for b in list_backup_files(paths.backups)] == [backups.START]
    started = keeper._thread
    keeper.tick()  # nothing changed: no backup
    assert keeper._thread is started
    import_document(library, demo_document)
    keeper.tick()
    qtbot.waitUntil(lambda: len(written) == 2, timeout=20000)
    made = list_backup_files(paths.backups)
    assert [b.reason for b in made] == [backups.PERIODIC, backups.START]
    assert written == [made[1].path.name, made[0].path.name]
    assert backups.list_backups(paths)[0].contents.projects == 1
    keeper.tick()  # idle again
    keeper.wait()
    assert len(list_backup_files(paths.backups)) == 2
    startup.mark_running(paths)
    lock = acquire(paths)
    assert lock is not None
    assert finish_run(keeper, paths, library, lock)
    assert list_backup_files(paths.backups)[0].reason == backups.CLOSE
    assert not startup.marker(paths).exists()
    assert not lock.isLocked()


def test_a_failed_backup_is_told_in_the_status_bar(qtbot: QtBot, tmp_path: Path, library: Library) -> None:
    from PySide6.QtWidgets import QMainWindow

    paths = DataPaths(tmp_path / "data")
    paths.backups.rmdir()
    paths.backups.write_bytes(b"a file where the backups folder should be")
    window = QMainWindow()
    qtbot.addWidget(window)
    keeper = start_backups(window, paths, "sv")
    qtbot.waitUntil(lambda: "Säkerhetskopian kunde inte göras" in window.statusBar().currentMessage())
    paths.backups.unlink()
    assert keeper.backup_now(backups.PERIODIC)  # the next one works again
    keeper.stop()


def test_the_real_app_backs_up_at_start_and_checks_fully_after_a_crash(tmp_path: Path) -> None:
    import signal

    from tests.gui.test_app_start import wait_for_log
    from tests.gui.test_single_instance import start

    data = tmp_path / "data"
    log = data / "logs" / "samverkan.log"
    first = start(data)
    try:
        wait_for_log(log, "backup (start) written", first)
        assert "start-up check (quick_check): missing" in log.read_text(encoding="utf-8")
        assert startup.marker(DataPaths(data)).exists()
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
    second = start(data)
    try:
        wait_for_log(log, "start-up check (integrity_check after an unclean shutdown): ok", second)
        wait_for_log(log, "main window shown", second)
    finally:
        second.send_signal(signal.SIGKILL)
        second.communicate(timeout=30)
    assert [b.reason for b in list_backup_files(data / "backups")][-1] == backups.START


def test_a_library_on_a_full_disk_is_not_called_damaged(qtbot: QtBot, tmp_path: Path,
                                                        demo_document: dict[str, Any]) -> None:
    """A check the disk prevents (full: SQLite cannot make the WAL index) says so and quits;
    no damaged-library dialog, nothing copied aside, the library unchanged."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.disk_faults import fill, free, tiny_disk

    with tiny_disk(tmp_path / "disk") as disk:
        paths = DataPaths(disk / "data")
        library = open_library(paths)
        import_document(library, demo_document)
        library.close()
        paths.database.with_name(paths.database.name + "-shm").unlink(missing_ok=True)
        before = paths.database.read_bytes()
        fill(disk, paths.database)
        seen: list[str] = []

        def read_box() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, read_box)
                return
            seen.append(box.text())
            box.done(0)

        QTimer.singleShot(0, read_box)
        opened: list[DataPaths] = []
        assert open_library_checked(paths, opener(opened)) is None
        free(disk)
        assert opened == [] and len(seen) == 1
        assert "full" in seen[0] and "damaged" not in seen[0] and "skadat" not in seen[0]
        assert not any("damaged" in p.name for p in paths.backups.glob("*")) if paths.backups.exists() else True
        assert paths.database.read_bytes() == before
