"""Log-off and shutdown, in the order Qt documents for Windows: ``commitDataRequest`` at
WM_QUERYENDSESSION (no window is closed), then, when the session really ends,
``aboutToQuit`` at WM_ENDSESSION, after which Windows ends the process within seconds.

The real app's wiring (``shutdown.install``) on a real library, main window and meeting
window. Python cannot make a ``QSessionManager`` and PySide crashes emitting
``commitDataRequest`` with one, so the slot connected to it gets a stand-in that records
what is asked of the manager; ``aboutToQuit`` is the real signal."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups, startup
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.backup import list_backup_files
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui import instance_lock, shutdown
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.project_details import ProjectDetailsEditor
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.startup_checks import start_backups
from tests.disk_faults import locked_by_another_program
from tests.gui.conftest import answer_next_dialog, type_text
from tests.gui.test_meeting_mode import draft_on_disk, held_session


class RecordingManager:
    """What ``commit_data`` asks of the session manager, in order."""

    def __init__(self, interaction: bool) -> None:
        self.interaction = interaction
        self.calls: list[str] = []

    def allowsInteraction(self) -> bool:
        self.calls.append("allowsInteraction")
        return self.interaction

    def cancel(self) -> None:
        self.calls.append("cancel")

    def release(self) -> None:
        self.calls.append("release")


class Running:
    """The app as ``run_app`` wires it, on a data folder of its own."""

    def __init__(self, qtbot: QtBot, app: QApplication, paths: DataPaths, project_id: int,
                 library: Library) -> None:
        self.paths, self.library, self.project_id = paths, library, project_id
        self.lock = instance_lock.acquire(paths)
        assert self.lock is not None
        startup.mark_running(paths)
        self.ctx = EditContext(library, "sv")
        self.window = MainWindow(self.ctx, paths, S.Settings(paths.root / "settings.ini"))
        qtbot.addWidget(self.window)
        self.keeper = start_backups(self.window, paths, "sv")
        self.finish = shutdown.install(app, self.window, self.keeper, paths, library, self.lock)
        self.guard = self.window.findChild(shutdown.SessionGuard)
        self.window.show()
        self.window.resize(900, 640)
        qtbot.waitUntil(lambda: bool(list_backup_files(paths.backups)), timeout=20000)  # the start backup

    def type_in_editor_and_meeting(self) -> int:
        """Text typed but not yet saved: in the project's details and in meeting mode's draft."""
        self.window.select_node(Node(Section.DETAILS, self.project_id))
        editor = self.window.stack.currentWidget()
        assert isinstance(editor, ProjectDetailsEditor)
        editor.commission.selectAll()
        type_text(editor.commission, "Uppdraget – skrivet strax före utloggningen.")
        session_id = held_session(self.library)
        meeting = self.window.open_meeting(session_id)
        type_text(meeting.editor, "Åsa: vi återkommer – inte skickat än")
        return session_id


@pytest.fixture
def running(qtbot: QtBot, qapp: QApplication, tmp_path: Path,
            demo_document: dict[str, Any]) -> Iterator[Running]:
    paths = DataPaths(tmp_path / "data")
    library = open_library(paths)
    project_id = import_document(library, demo_document).project_id
    app = Running(qtbot, qapp, paths, project_id, library)
    yield app
    qapp.aboutToQuit.disconnect(app.finish)
    for meeting in list(app.window.meetings.values()):
        meeting.session.writer.close(5)
    app.finish()


def test_a_log_off_saves_everything_then_ends_the_run_cleanly(running: Running, qapp: QApplication) -> None:
    session_id = running.type_in_editor_and_meeting()
    manager = RecordingManager(interaction=True)
    assert running.guard is not None
    running.guard.commit_data(manager)  # WM_QUERYENDSESSION
    assert manager.calls == []  # nothing unsaved: no question, no cancel
    assert draft_on_disk(running.library, session_id) == "Åsa: vi återkommer – inte skickat än"
    stored = Editor(running.library).get("project", running.project_id)["commission"]
    assert stored == "Uppdraget – skrivet strax före utloggningen."
    geometry = QSettings(str(running.paths.root / "settings.ini"), QSettings.Format.IniFormat)
    assert geometry.allKeys(), "the settings were not written"
    assert running.window.isVisible() and running.window.meetings  # Qt closes no window

    started = time.monotonic()
    qapp.aboutToQuit.emit()  # WM_ENDSESSION: Windows ends the process soon after this
    took = time.monotonic() - started
    assert took < shutdown.FLUSH_BUDGET_S + shutdown.SESSION_END_BACKUP_S + 1
    assert not startup.marker(running.paths).exists()  # the run is marked clean
    assert not running.lock.isLocked()
    assert backups.CLOSE in [b.reason for b in list_backup_files(running.paths.backups)]


def test_the_run_is_clean_and_unlocked_before_the_close_backup(running: Running,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows may end the process during the backup: by then the run is already marked clean,
    the lock released, and the backup waited for at most its time box."""
    seen: list[tuple[bool, bool]] = []

    def slow_backup(paths: DataPaths, reason: str, now: object = None) -> object:
        seen.append((startup.marker(paths).exists(), running.lock.isLocked()))
        time.sleep(5)
        raise AssertionError("never reached in time")

    monkeypatch.setattr(backups, "make_backup", slow_backup)
    running.guard.commit_data(RecordingManager(interaction=False))  # type: ignore[union-attr]
    started = time.monotonic()
    running.finish()
    assert seen == [(False, False)]
    assert time.monotonic() - started < shutdown.SESSION_END_BACKUP_S + 1


def test_unsaved_text_cancels_a_log_off_without_interaction(running: Running) -> None:
    running.type_in_editor_and_meeting()
    manager = RecordingManager(interaction=False)
    with locked_by_another_program(running.library.path):  # type: ignore[arg-type]
        started = time.monotonic()
        running.guard.commit_data(manager)  # type: ignore[union-attr]
        assert time.monotonic() - started < shutdown.FLUSH_BUDGET_S + 6  # one busy timeout at most
    assert manager.calls == ["allowsInteraction", "cancel"]
    assert not running.guard.ending  # type: ignore[union-attr]


@pytest.mark.parametrize(("log_off", "calls"), [
    (True, ["allowsInteraction", "release"]),
    (False, ["allowsInteraction", "release", "cancel"]),
])
def test_unsaved_text_asks_when_interaction_is_allowed(running: Running, log_off: bool, calls: list[str]) -> None:
    running.type_in_editor_and_meeting()
    manager = RecordingManager(interaction=True)
    with locked_by_another_program(running.library.path):  # type: ignore[arg-type]
        answer_next_dialog(accept=log_off)  # "Log off anyway" or "No"
        running.guard.commit_data(manager)  # type: ignore[union-attr]
    assert manager.calls == calls
    assert running.guard.ending is log_off  # type: ignore[union-attr]


def test_the_session_guard_is_connected_to_the_session_manager(running: Running, qapp: QApplication) -> None:
    assert qapp.receivers("2commitDataRequest(QSessionManager&)") >= 1
    assert qapp.receivers("2aboutToQuit()") >= 1
