"""A failing disk while the secretary types: the real meeting window and the real main
window on a tiny tmpfs filled to the last byte (and a library locked by another
program). A red bar says why in plain Swedish while it lasts, the text stays, nothing
is lost, and the bar goes away once saving works again."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from samverkan_desktop import app
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.project_details import ProjectDetailsEditor
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.meeting.window import MeetingWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from tests.disk_faults import fill, free, locked_by_another_program, tiny_disk
from tests.gui.conftest import answer_next_dialog, type_text

FULL = "Det går inte att spara just nu: disken är full. Din text finns kvar och sparas så fort det går."
# DISK_FAULT_SCREENSHOTS=folder: save what the windows look like with the bar, to look at
SCREENSHOTS = Path(os.environ["DISK_FAULT_SCREENSHOTS"]) if os.environ.get("DISK_FAULT_SCREENSHOTS") else None


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with tiny_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def library_on_disk(disk: Path, demo_document: dict[str, Any]) -> Iterator[tuple[Library, int]]:
    library = open_library(DataPaths(disk / "data"))
    project_id = import_document(library, demo_document).project_id
    yield library, project_id
    library.close()


def held_session(library: Library) -> int:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        session_id = int(raw.execute("SELECT id FROM session WHERE status = 'held' ORDER BY date LIMIT 1")
                         .fetchone()[0])
    raw.close()
    return session_id


def stored(library: Library, session_id: int) -> tuple[list[str], str | None]:
    with sqlite3.connect(f"file:{library.path}?mode=ro", uri=True) as raw:
        entries = [r[0] for r in raw.execute("SELECT text FROM entry WHERE session_id = ? ORDER BY sort_order",
                                              (session_id,))]
        draft = raw.execute("SELECT text FROM entry_draft WHERE session_id = ?", (session_id,)).fetchone()
    raw.close()
    return entries, None if draft is None else str(draft[0])


def test_meeting_mode_says_the_disk_is_full_and_keeps_every_word(
        qtbot: QtBot, qapp: QApplication, disk: Path, library_on_disk: tuple[Library, int]) -> None:
    library, _project = library_on_disk
    ctx = EditContext(library, "sv")
    session_id = held_session(library)
    window = MeetingWindow(ctx, session_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.disk_bar.isVisible()

    type_text(window.editor, "Innan felet.")
    qtbot.waitUntil(lambda: stored(library, session_id)[1] == "Innan felet.", timeout=5000)
    fill(disk, library.path)
    type_text(window.editor, " Nu är disken full.\n")  # Enter commits the entry
    type_text(window.editor, "Jag skriver vidare – åäö.")
    qtbot.waitUntil(window.disk_bar.isVisible, timeout=15000)
    assert window.disk_bar.text() == FULL
    assert window.save_label.text() == "Not saved yet"
    assert window.session.model.entries[-1].text == "Innan felet. Nu är disken full."  # shown, kept in memory
    type_text(window.editor, " Och mer.")
    qtbot.wait(600)
    assert window.disk_bar.isVisible() and window.editor.toPlainText() == "Jag skriver vidare – åäö. Och mer."
    if SCREENSHOTS:
        SCREENSHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SCREENSHOTS / "meeting-disk-full.png"))

    free(disk)
    qtbot.waitUntil(lambda: not window.disk_bar.isVisible(), timeout=20000)
    assert "Allt är sparat igen." in window.statusBar().currentMessage()
    window.close()
    entries, draft = stored(library, session_id)
    assert entries[-1] == "Innan felet. Nu är disken full."
    assert draft == "Jag skriver vidare – åäö. Och mer."


def test_meeting_mode_names_a_lock_held_by_another_program(
        qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    session_id = held_session(ctx.library)
    window = MeetingWindow(ctx, session_id)
    qtbot.addWidget(window)
    window.show()
    with locked_by_another_program(ctx.library.path):  # type: ignore[arg-type]
        type_text(window.editor, "Skrivet medan filen är låst.\n")
        qtbot.waitUntil(window.disk_bar.isVisible, timeout=20000)
        assert "låst av ett annat program" in window.disk_bar.text()
        assert "Din text finns kvar" in window.disk_bar.text()
    qtbot.waitUntil(lambda: not window.disk_bar.isVisible(), timeout=20000)
    window.close()
    assert stored(ctx.library, session_id)[0][-1] == "Skrivet medan filen är låst."


def test_an_editor_keeps_and_retries_what_the_full_disk_refused(
        qtbot: QtBot, qapp: QApplication, disk: Path, library_on_disk: tuple[Library, int]) -> None:
    library, project_id = library_on_disk
    ctx = EditContext(library, "sv")
    root = disk.parent / "settings"
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.select_node(Node(Section.DETAILS, project_id))
    editor = window.stack.currentWidget()
    assert isinstance(editor, ProjectDetailsEditor)
    before = Editor(library).get("project", project_id)["commission"]
    fill(disk, library.path)

    editor.commission.selectAll()
    type_text(editor.commission, "Uppdraget, skrivet när disken är full – åäö.")
    editor.binder.flush()
    qtbot.waitUntil(window.disk_bar.isVisible, timeout=5000)
    assert window.disk_bar.text() == FULL
    assert editor.commission.toPlainText() == "Uppdraget, skrivet när disken är full – åäö."
    if SCREENSHOTS:
        SCREENSHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SCREENSHOTS / "main-disk-full.png"))
    # a change that is not typed text (a new session) is refused with a message, not a traceback
    messages: list[str] = []
    ctx.failed.connect(messages.append)
    assert ctx.create("session", project_id, "Nytt dialogtillfälle") is None
    assert messages and "disken är full" in messages[-1] and "Ändringen gjordes inte" in messages[-1]
    # the secretary moves on to another part of the project: the text is still kept
    window.select_node(Node(Section.MANDATES, project_id))
    answer_next_dialog("No")  # quitting now would lose it: the window asks, and stays
    window.close()
    assert window.isVisible()

    free(disk)
    qtbot.waitUntil(lambda: not window.disk_bar.isVisible(), timeout=10000)
    assert Editor(library).get("project", project_id)["commission"] == "Uppdraget, skrivet när disken är full – åäö."
    ctx.undo_stack.undo()  # the stored edit is an undo step like any other
    assert Editor(library).get("project", project_id)["commission"] == before


def test_a_disk_fault_nobody_caught_gets_the_plain_message(qtbot: QtBot, qapp: QApplication,
                                                           tmp_path: Path) -> None:
    """An action outside the editors that hits a full disk (the last resort, the excepthook)
    says so in Swedish instead of claiming that everything is saved."""
    raw = sqlite3.connect(tmp_path / "full.db")
    raw.execute("CREATE TABLE t (x BLOB)")
    raw.execute("PRAGMA max_page_count = 3")
    with pytest.raises(sqlite3.OperationalError) as caught:
        raw.execute("INSERT INTO t VALUES (zeroblob(100000))")
    raw.close()
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    app._excepthook(type(caught.value), caught.value, caught.value.__traceback__)
    assert shown == ["Det går inte att spara just nu: disken är full. Ändringen gjordes inte; försök igen om "
                     "en stund."]


def test_a_closed_meeting_window_no_longer_listens(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    window = MeetingWindow(ctx, held_session(ctx.library))
    window.show()
    window.close()
    window.deleteLater()
    qtbot.wait(50)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.storage_status.emit(False, "Det går inte att spara just nu")  # no error from a deleted bar
    ctx.storage_status.emit(True, "Allt är sparat igen.")


def test_a_lock_on_the_library_is_waited_out_without_freezing_the_editors(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path) -> None:
    """The first try waits the busy timeout (a short lock passes unnoticed); the retries
    while the lock lasts ask without waiting, so typing elsewhere is not held up."""
    root = tmp_path / "settings"
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.select_node(Node(Section.DETAILS, demo_project))
    editor = window.stack.currentWidget()
    assert isinstance(editor, ProjectDetailsEditor)
    with locked_by_another_program(ctx.library.path):  # type: ignore[arg-type]
        editor.commission.selectAll()
        type_text(editor.commission, "Skrivet medan antivirus låser biblioteket.")
        editor.binder.flush()
        assert window.disk_bar.isVisible() and "låst av ett annat program" in window.disk_bar.text()
        started = time.monotonic()
        assert not ctx.retry_unsaved()
        assert time.monotonic() - started < 1.0
    qtbot.waitUntil(lambda: not window.disk_bar.isVisible(), timeout=10000)
    stored_text = Editor(ctx.library).get("project", demo_project)["commission"]
    assert stored_text == "Skrivet medan antivirus låser biblioteket."


def test_an_earlier_entry_edited_during_a_lock_shows_the_new_text_and_is_stored(
        qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    session_id = held_session(ctx.library)
    window = MeetingWindow(ctx, session_id)
    qtbot.addWidget(window)
    window.show()
    row = window.session.model.rowCount() - 1
    with locked_by_another_program(ctx.library.path):  # type: ignore[arg-type]
        window.entry_edited(row, "Rättad text medan filen är låst – åäö.")
        assert window.disk_bar.isVisible()
        assert window.session.model.entries[row].text == "Rättad text medan filen är låst – åäö."
    qtbot.waitUntil(lambda: not window.disk_bar.isVisible(), timeout=10000)
    window.close()
    assert stored(ctx.library, session_id)[0][row] == "Rättad text medan filen är låst – åäö."


def test_an_undo_the_full_disk_refuses_leaves_the_history_in_step(
        qtbot: QtBot, qapp: QApplication, disk: Path, library_on_disk: tuple[Library, int]) -> None:
    library, project_id = library_on_disk
    ctx = EditContext(library, "sv")
    editor = Editor(library)
    original = editor.get("project", project_id)["commission"]
    first = ctx.set_field(editor.get("project", project_id), "commission", "Första", "Commission")
    assert first is not None
    ctx.end_merge()
    assert ctx.set_field(first, "commission", "Andra", "Commission") is not None
    assert ctx.undo_stack.count() == 2
    messages: list[str] = []
    ctx.failed.connect(messages.append)
    fill(disk, library.path)
    ctx.undo_stack.undo()
    assert messages and "Ändringen gjordes inte" in messages[-1]
    assert editor.get("project", project_id)["commission"] == "Andra"  # unchanged, and the stack says so:
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.index() == 1
    free(disk)
    ctx.undo_stack.undo()  # the next undo undoes the step before it
    assert editor.get("project", project_id)["commission"] == original
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.index() == 0
