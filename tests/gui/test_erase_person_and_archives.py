"""The people editor's "Erase personal data…" (confirm both ways), the archive file dialogs, and
import and export as background jobs (replacing a project, Cancel)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import library_service
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.storage.backup import backup_database
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.parties import PartiesPeopleEditor
from samverkan_desktop.ui.editors.people import ALL_PARTIES
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section


def make_window(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(tmp_path / "data"), S.Settings(tmp_path / "data" / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def answer_boxes(accept_first: bool) -> list[str]:
    """Answer the message boxes as they open: the first Yes or No, any later one OK; returns their texts."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        if len(seen) == 1:
            role = QMessageBox.ButtonRole.YesRole if accept_first else QMessageBox.ButtonRole.NoRole
            next(b for b in box.buttons() if box.buttonRole(b) == role).click()
            if accept_first:
                QTimer.singleShot(10, click)
        else:
            box.accept()

    QTimer.singleShot(0, click)
    return seen


def people_pane(window: MainWindow, project: int, name: str) -> PartiesPeopleEditor:
    window.select_node(Node(Section.PARTIES, project))
    editor = window.stack.currentWidget()
    assert isinstance(editor, PartiesPeopleEditor)
    editor.people.set_filter(ALL_PARTIES)
    row = next(i for i, r in enumerate(editor.people.model.rows) if r["name"] == name)
    editor.people.list.setCurrentIndex(editor.people.model.index(row))
    return editor


def test_erasing_a_person_confirm_both_ways(qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path,
                                            demo_document: dict[str, Any]) -> None:
    person = demo_document["people"][0]
    data = DataPaths(tmp_path / "data")
    assert ctx.library.path is not None
    backup_database(ctx.library.path, data.backups / "library-old.sqlite3")
    window = make_window(qtbot, ctx, tmp_path)
    editor = people_pane(window, demo_project, person["name"])
    ctx.set_field(editor.people.current_row(), "role", "HR-chef", "role")  # something to undo
    assert ctx.undo_stack.count() == 1
    with ctx.library.sessions() as db:
        person_id = db.scalar(select(m.Person.id).where(m.Person.uid == person["id"]))
        session_id = db.scalar(select(m.Session.id).where(m.Session.project_id == demo_project))
    assert person_id is not None and session_id is not None
    window.open_meeting(session_id)

    seen = answer_boxes(accept_first=False)
    editor.people.erase_button.click()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10000)  # the counting runs as a job
    assert len(seen) == 1 and f"“{person['name']}” (Arbetsgivaren)" in seen[0]
    assert "backup" in seen[0] and "cannot be undone" in seen[0] and "entries keep their party" in seen[0]
    assert Editor(ctx.library).get("person", person_id)["name"] == person["name"]
    assert ctx.undo_stack.count() == 1 and (data.backups / "library-old.sqlite3").exists()
    assert session_id in window.meetings

    seen = answer_boxes(accept_first=True)
    editor.people.erase_button.click()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert "personal data is erased" in seen[1]
    assert Editor(ctx.library).get("person", person_id)["name"] == "[namn borttaget]"
    assert ctx.undo_stack.count() == 0 and window.meetings == {}
    assert [p.name for p in data.backups.iterdir()] != ["library-old.sqlite3"]
    assert not (data.backups / "library-old.sqlite3").exists() and len(list(data.backups.iterdir())) == 1
    shown = window.stack.currentWidget()
    assert isinstance(shown, PartiesPeopleEditor) and shown is not editor
    current = shown.people.current_row()
    assert current is not None and current.id == person_id and shown.people.name.text() == "[namn borttaget]"
    shown.people.set_filter(ALL_PARTIES)
    labels = [shown.people.row_label(r) for r in shown.people.model.rows]
    assert person["name"] not in " ".join(labels) and any(label.startswith("[namn borttaget]") for label in labels)


def _answer_file_dialog(path: Path) -> None:
    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, pick)
            return
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, pick)


def test_export_offers_an_archive_and_import_reads_it(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                      tmp_path: Path, demo_document: dict[str, Any]) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    target = tmp_path / "flytt" / "projekt.samverkan"
    target.parent.mkdir()
    _answer_file_dialog(target)
    task = window.export_project()
    assert task is not None
    qtbot.waitUntil(lambda: task.state != "running", timeout=10000)
    assert task.state == "done"
    assert zipfile.ZipFile(target).namelist() == ["manifest.json", "project.json"]

    ctx.library.engine.dispose()
    with ctx.library.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM project")
    window.refresh_navigator()
    _answer_file_dialog(target)
    imported = window.import_project()
    assert imported is not None
    qtbot.waitUntil(lambda: imported.state != "running", timeout=10000)
    assert imported.state == "done"
    assert window.navigator_model.rowCount() == 1
    assert "Imported" in window.statusBar().currentMessage()


def test_a_hostile_archive_shows_the_refusal(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    evil = tmp_path / "evil.samverkan"
    with zipfile.ZipFile(evil, "w") as zipped:
        zipped.writestr("../manifest.json", "{}")
    seen: list[str] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read)
    task = window.import_project_from(evil)
    qtbot.waitUntil(lambda: task.state != "running" and bool(seen), timeout=10000)
    assert task.state == "failed"
    assert len(seen) == 1 and seen[0].startswith("Arkivet kan inte importeras")
    assert window.navigator_model.rowCount() == 0


def test_importing_a_project_the_library_has_replaces_it_after_asking(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, demo_document: dict[str, Any]) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    with ctx.library.sessions() as db:
        session_id = db.scalar(select(m.Session.id).where(m.Session.project_id == demo_project))
    assert session_id is not None
    meeting = window.open_meeting(session_id)
    changed = dict(demo_document, project=dict(demo_document["project"], title="Ekdala, från filen"))
    source = tmp_path / "projekt.json"
    source.write_text(json.dumps(changed), encoding="utf-8")
    seen: list[str] = []

    def answer_yes() -> None:  # the question "Replace project?", once
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer_yes)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole).click()

    QTimer.singleShot(0, answer_yes)
    finished: list[str] = []
    task = window.import_project_from(source)
    task.finished.append(lambda t: finished.append(t.state))
    qtbot.waitUntil(lambda: bool(finished) and "Imported" in window.statusBar().currentMessage(), timeout=15000)
    assert "already has this project" in seen[0]
    assert not meeting.isVisible() and window.meetings == {}  # closed before its sessions were replaced
    titles = [p.title for p in library_service.list_projects(ctx.library)]
    assert titles == ["Ekdala, från filen"]
    assert window.statusBar().currentMessage() == "Imported Ekdala, från filen"
    assert window.stack.currentWidget().title.text() == "Ekdala, från filen"  # a fresh editor on the new rows


def test_cancelling_an_import_leaves_the_library_as_it_was(qtbot: QtBot, ctx: EditContext, tmp_path: Path,
                                                           demo_document: dict[str, Any]) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    source = tmp_path / "projekt.json"
    source.write_text(json.dumps(demo_document), encoding="utf-8")
    task = window.import_project_from(source)
    task.cancel()
    qtbot.waitUntil(lambda: task.state != "running", timeout=10000)
    assert task.state == "cancelled"
    assert library_service.list_projects(ctx.library) == []
    assert window.navigator_model.rowCount() == 0
