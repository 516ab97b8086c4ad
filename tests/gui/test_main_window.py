"""The main window: navigator, project details and mandates editors, save state, undo,
and that everything typed is in the library after the window is closed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import library_service
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.mandates import MandatesEditor
from samverkan_desktop.ui.editors.project_details import ProjectDetailsEditor
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, NodeRole, Section
from tests.gui.conftest import answer_next_dialog, type_text


def make_window(qtbot: QtBot, ctx: EditContext, root: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_navigator_lists_projects_and_sections(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                               tmp_path: Path, demo_document: dict[str, Any]) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    model = window.navigator_model
    assert model.rowCount() == 1
    project = model.item(0)
    assert project.data(NodeRole) == Node(Section.PROJECT, demo_project)
    sections = [project.child(i).data(NodeRole).section for i in range(project.rowCount())]
    assert sections == [Section.DETAILS, Section.MANDATES, Section.QUESTIONS, Section.PARTIES, Section.SESSIONS,
                        Section.TAGS, Section.ANALYSIS, Section.ASSESSMENT, Section.FOLLOW_UP, Section.ACTIONS,
                        Section.REPORT]
    sessions = project.child(4)
    titles = sorted((s["date"], s["title"]) for s in demo_document["sessions"])
    assert [sessions.child(i).text() for i in range(sessions.rowCount())] == [f"{d}  {t}" for d, t in titles]


def test_typing_a_title_is_stored_and_undoable(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                               tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    editor = window.stack.currentWidget()
    assert isinstance(editor, ProjectDetailsEditor)
    editor.title.selectAll()
    type_text(editor.title, "Dialograpport – Åre & Östra Göinge <2026>")
    qtbot.waitUntil(lambda: Editor(ctx.library).get("project", demo_project)["title"]
                    == "Dialograpport – Åre & Östra Göinge <2026>", timeout=3000)
    assert window.save_label.text() != "Nothing changed yet"
    # the navigator follows the new title
    qtbot.waitUntil(lambda: window.navigator_model.item(0).text().startswith("Dialograpport – Åre"), timeout=3000)
    # the whole burst of typing is one undo step
    ctx.undo_stack.undo()
    title = Editor(ctx.library).get("project", demo_project)["title"]
    assert title != "Dialograpport – Åre & Östra Göinge <2026>"
    assert editor.title.text() == title
    ctx.undo_stack.redo()
    assert editor.title.text() == "Dialograpport – Åre & Östra Göinge <2026>"


def test_empty_title_is_refused_with_a_message(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                               tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    editor = window.stack.currentWidget()
    before = Editor(ctx.library).get("project", demo_project)["title"]
    editor.title.selectAll()
    editor.title.del_()
    editor.title.textEdited.emit("")
    editor.binder.flush()
    assert Editor(ctx.library).get("project", demo_project)["title"] == before
    assert "tomt" in window.statusBar().currentMessage()


def test_mandates_add_edit_move_delete_undo(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                            tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.MANDATES, demo_project))
    editor = window.stack.currentWidget()
    assert isinstance(editor, MandatesEditor)
    count = len(editor.model.rows)
    editor.list.setCurrentIndex(editor.model.index(count - 1))
    editor.add()
    assert len(editor.model.rows) == count + 1
    new = editor.current_row()
    assert new is not None and new["code"] == f"U{count + 1}"
    editor.title.selectAll()
    type_text(editor.title, "Stärkt arbetsmiljö för skyddsombud")
    editor.binder.flush()
    stored = Editor(ctx.library).get("mandate", new.id)
    assert stored["title"] == "Stärkt arbetsmiljö för skyddsombud"

    editor.move_current(-1)
    assert [r.id for r in editor.model.rows].index(new.id) == count - 1
    ctx.undo_stack.undo()
    assert [r.id for r in editor.model.rows].index(new.id) == count

    editor.list.setCurrentIndex(editor.model.index(count))
    answer_next_dialog(accept=False)
    editor.delete_current()
    assert len(editor.model.rows) == count + 1
    answer_next_dialog(accept=True)
    editor.delete_current()
    assert len(editor.model.rows) == count
    ctx.undo_stack.undo()
    assert len(editor.model.rows) == count + 1
    assert Editor(ctx.library).get("mandate", new.id)["title"] == "Stärkt arbetsmiljö för skyddsombud"


def test_new_project_survives_closing_the_app(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    ctx = EditContext(library)
    window = make_window(qtbot, ctx, tmp_path)
    window.new_project()
    editor = window.stack.currentWidget()
    assert isinstance(editor, ProjectDetailsEditor)
    type_text(editor.title, "Dialog om samverkan 2027")
    type_text(editor.organisation, "Överkalix kommun")
    window.close()  # flushes what is still waiting for the typing pause
    library.close()
    again = open_library(DataPaths(Path(str(library.path)).parent))
    try:
        projects = library_service.list_projects(again)
        assert [(p.title, p.organisation) for p in projects] == [("Dialog om samverkan 2027", "Överkalix kommun")]
    finally:
        again.close()
    assert S.Settings(tmp_path / "settings.ini").get(S.RECENT_PROJECTS) == [projects[0].uid]


def test_language_is_chosen_in_settings(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    from samverkan_desktop.ui.settings_dialog import SettingsDialog

    settings = S.Settings(tmp_path / "settings.ini")
    assert settings.get(S.LANGUAGE) == "sv"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert S.Settings(tmp_path / "settings.ini").get(S.LANGUAGE) == "en"


def test_every_menu_action_has_a_shortcut_and_a_status_tip(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    for action in window.actions_by_id.values():
        assert not action.shortcut().isEmpty(), action.text()
        assert action.statusTip(), action.text()
    shortcuts = [a.shortcut().toString() for a in window.actions_by_id.values()]
    assert len(shortcuts) == len(set(shortcuts))


def test_a_new_session_is_ready_for_its_title(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                               tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.SESSIONS, demo_project))
    window.new_session()
    editor = window.stack.currentWidget()
    qtbot.waitUntil(lambda: editor.details.title.hasFocus(), timeout=2000)
    assert editor.details.title.selectedText() == editor.details.title.text() != ""
    type_text(editor.details.title, "FSG Socialförvaltningen, möte 2")
    editor.details.binder.flush()
    assert Editor(ctx.library).get("session", editor.session_id)["title"] == "FSG Socialförvaltningen, möte 2"
