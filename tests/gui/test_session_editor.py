"""One session's editor: the details form, the attendance model (without widgets) and
tab, and the locked state of an adjusted session. The agenda tab is tested in
test_session_agenda.py."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.session_planning import PartyAttendance, PersonAttendance
from samverkan_desktop.storage.library import open_library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.session import SessionEditor
from samverkan_desktop.ui.models import attendance as A
from tests.gui.conftest import answer_next_dialog, type_text

ADJUSTED = "session-2025-09-18-csg"
HELD = "session-2025-10-02-fsg-utb"


def session_id(ctx: EditContext, project_id: int, uid: str) -> int:
    return next(row.id for row in ctx.editor.children("session", project_id) if row.uid == uid)


def person_id(ctx: EditContext, project_id: int, name: str) -> int:
    return next(row.id for row in ctx.editor.children("person", project_id) if row["name"] == name)


def open_editor(qtbot: QtBot, ctx: EditContext, project_id: int, uid: str = HELD) -> SessionEditor:
    editor = SessionEditor(ctx, project_id, session_id(ctx, project_id, uid))
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    return editor


def attendance_of(ctx: EditContext, session: int, person: int) -> tuple[bool, str | None] | None:
    rows = [r for r in ctx.editor.children("attendance", session) if r["person_id"] == person]
    return (rows[0]["present"], rows[0]["role"]) if rows else None


# -- details ------------------------------------------------------------------------------
def test_details_are_stored_as_typed_and_undoable(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                  tmp_path: Path) -> None:
    editor = open_editor(qtbot, ctx, demo_project)
    details, sid = editor.details, editor.session_id
    old_title = ctx.editor.get("session", sid)["title"]
    details.title.selectAll()
    type_text(details.title, "Samtal om arbetsmiljö – Åsa & Örjan")
    qtbot.waitUntil(lambda: ctx.editor.get("session", sid)["title"] == "Samtal om arbetsmiljö – Åsa & Örjan")
    assert editor.heading.text() == "Samtal om arbetsmiljö – Åsa & Örjan"
    details.kind.setCurrentIndex(details.kind.findData("focus_group"))
    details.date.line.selectAll()
    type_text(details.date.line, "2026-02-03")
    details.date.commit_typed()
    details.location.selectAll()
    type_text(details.location, "Stadshuset, rum Älven")
    details.binder.flush()
    details.start.setFocus()
    details.start.selectAll()
    qtbot.keyClick(details.start, Qt.Key.Key_Delete)  # clearing the time: "not set"
    details.binder.flush()
    assert ctx.editor.get("session", sid)["start"] is None
    qtbot.keyClicks(details.start, "0915")
    details.binder.flush()
    row = ctx.editor.get("session", sid)
    assert (row["kind"], row["date"], row["start"], row["location"]) == (
        "focus_group", dt.date(2026, 2, 3), "09:15", "Stadshuset, rum Älven")
    again = open_library(DataPaths(tmp_path / "data"))
    try:
        assert Editor(again).get("session", sid)["start"] == "09:15"
    finally:
        again.close()
    while ctx.undo_stack.canUndo():
        ctx.undo_stack.undo()
    row = ctx.editor.get("session", sid)
    assert (row["title"], row["start"], row["kind"]) == (old_title, "08:30", "fsg")
    assert details.title.text() == old_title and details.start.time().toString("HH:mm") == "08:30"


def test_a_title_is_required(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = open_editor(qtbot, ctx, demo_project)
    old_title = ctx.editor.get("session", editor.session_id)["title"]
    with qtbot.waitSignal(ctx.failed):
        editor.details.title.clear()
        editor.details.binder._typed("title")
        editor.details.binder.flush()
    assert ctx.editor.get("session", editor.session_id)["title"] == old_title


def test_adjusted_is_shown_but_cannot_be_chosen(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    status = open_editor(qtbot, ctx, demo_project).details.status
    adjusted = status.findData("adjusted")
    assert not status.model().item(adjusted).isEnabled()
    assert status.currentData() == "held"


def test_ctrl_page_down_and_up_move_between_tabs(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = open_editor(qtbot, ctx, demo_project)
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.details.title.setFocus()
    qtbot.waitUntil(editor.details.title.hasFocus)
    qtbot.keyClick(editor.details.title, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentWidget() is editor.attendance
    editor.step_tab(-1)
    editor.step_tab(-1)
    assert editor.tabs.currentWidget() is editor.review  # wraps around to the last tab


def test_closing_flushes_every_form(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = open_editor(qtbot, ctx, demo_project)
    agenda = editor.agenda.agenda
    agenda.add()
    type_text(agenda.title, "Övriga frågor")
    editor.details.location.selectAll()
    type_text(editor.details.location, "Förvaltningshuset")
    editor.binder.flush()  # what the main window does when it closes
    assert ctx.editor.get("agenda_item", agenda.current_row().id)["title"] == "Övriga frågor"
    assert ctx.editor.get("session", editor.session_id)["location"] == "Förvaltningshuset"


# -- the attendance model, without widgets -----------------------------------------------------
def person(pid: int, name: str, party: int | None, present: bool = False, row: int | None = None,
           role: str | None = None) -> PersonAttendance:
    return PersonAttendance(pid, name, "Huvudskyddsombud", party, row, present, role)


SHEET = (
    PartyAttendance(1, "Arbetsgivaren", (person(1, "Eva Bergström", 1, True, 10, "chair"),
                                         person(2, "Magnus Ekholm", 1))),
    PartyAttendance(2, "Vårdförbundet", ()),
    PartyAttendance(None, None, (person(3, "Åsa Öberg", None, True, 11, "participant"),)),
)


def test_attendance_model_shows_parties_and_people(qapp: Any, qtmodeltester: Any) -> None:
    commits: list[tuple[int, dict[str, Any]]] = []
    model = A.AttendanceModel(lambda p, values: commits.append((p.person_id, values)))
    model.set_sheet(SHEET)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    employer = model.index(0, 0)
    assert employer.data() == "Arbetsgivaren  (1 of 2 present)"
    assert employer.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0).data() == "Vårdförbundet"
    assert model.index(2, 0).data() == "Without a party  (1 of 1 present)"
    assert model.rowCount(employer) == 2
    eva = model.index(0, 0, employer)
    assert [model.index(0, c, employer).data() for c in range(3)] == ["Eva Bergström", "Chair", "Huvudskyddsombud"]
    assert eva.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    magnus = model.index(1, 0, employer)
    assert magnus.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(1, A.ROLE, employer).data() == ""
    assert model.parent(magnus) == employer
    assert model.person_at(magnus).name == "Magnus Ekholm" and model.person_at(employer) is None
    assert model.party_at(magnus).name == "Arbetsgivaren"
    assert model.index_of_person(3, A.ROLE) == model.index(0, A.ROLE, model.index(2, 0))
    assert model.flags(eva) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(model.index(0, A.ROLE, employer)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(employer) & Qt.ItemFlag.ItemIsUserCheckable
    # changes go to the callback; unchanged values do not
    assert model.setData(magnus, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(0, A.ROLE, employer), "adjuster")
    assert model.setData(eva, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(employer, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert commits == [(2, {"present": True}), (1, {"role": "adjuster"})]
    model.set_read_only(True)
    assert not model.flags(eva) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(magnus, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert len(commits) == 2


def test_attendance_model_updates_in_place_when_only_values_change(qapp: Any, qtbot: QtBot) -> None:
    model = A.AttendanceModel(lambda *_: None)
    model.set_sheet(SHEET)
    ticked = (PartyAttendance(1, "Arbetsgivaren", (SHEET[0].people[0], person(2, "Magnus Ekholm", 1, True, 12))),
              *SHEET[1:])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_sheet(ticked)
    assert model.index(0, 0).data() == "Arbetsgivaren  (2 of 2 present)"
    with qtbot.waitSignal(model.modelReset):
        model.set_sheet(SHEET[:1])
    assert model.rowCount() == 1


# -- the attendance tab -------------------------------------------------------------------------
def test_ticking_a_person_without_a_row_creates_one_and_undo_removes_it(
        qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    tab = open_editor(qtbot, ctx, demo_project).attendance
    sid, magnus = tab.session_id, person_id(ctx, demo_project, "Magnus Ekholm")
    assert attendance_of(ctx, sid, magnus) is None
    index = tab.model.index_of_person(magnus)
    assert tab.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert attendance_of(ctx, sid, magnus) == (True, "participant")
    assert tab.model.index_of_person(magnus).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    ctx.undo_stack.undo()
    assert attendance_of(ctx, sid, magnus) is None
    assert tab.model.index_of_person(magnus).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    ctx.undo_stack.redo()
    assert attendance_of(ctx, sid, magnus) == (True, "participant")


def test_space_toggles_the_selected_person_each_press_one_undo_step(
        qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = open_editor(qtbot, ctx, demo_project)
    tab = editor.attendance
    editor.tabs.setCurrentWidget(tab)
    sid, pia = tab.session_id, person_id(ctx, demo_project, "Pia Lundgren")
    assert attendance_of(ctx, sid, pia) == (False, "participant")
    tab.view.setCurrentIndex(tab.model.index_of_person(pia, A.ROLE))
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert attendance_of(ctx, sid, pia) == (True, "participant")
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert attendance_of(ctx, sid, pia) == (False, "participant")
    assert tab.model.person_at(tab.view.currentIndex()).person_id == pia  # the selection stays
    ctx.undo_stack.undo()
    assert attendance_of(ctx, sid, pia) == (True, "participant")


def test_mark_party_and_everyone_present_are_one_undo_step_each(
        qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    tab = open_editor(qtbot, ctx, demo_project).attendance
    sid = tab.session_id
    pia, ahmed = person_id(ctx, demo_project, "Pia Lundgren"), person_id(ctx, demo_project, "Ahmed Karimi")
    assert attendance_of(ctx, sid, ahmed) is None
    tab.view.setCurrentIndex(tab.model.index_of_person(ahmed))
    steps = ctx.undo_stack.count()
    tab.party_button.click()
    assert attendance_of(ctx, sid, pia) == (True, "participant")
    assert attendance_of(ctx, sid, ahmed) == (True, "participant")
    assert ctx.undo_stack.count() == steps + 1
    tab.all_button.click()
    assert all(p.present for party in tab.model.sheet for p in party.people)
    assert ctx.undo_stack.count() == steps + 2
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert attendance_of(ctx, sid, pia) == (False, "participant")
    assert attendance_of(ctx, sid, ahmed) is None
    # Space on a party row marks the party present
    tab.view.setCurrentIndex(tab.model.index_of_party(tab.model.party_at(tab.model.index_of_person(pia)).party_id))
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert attendance_of(ctx, sid, ahmed) == (True, "participant")


def test_f2_chooses_a_role_from_the_list(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = open_editor(qtbot, ctx, demo_project)
    tab = editor.attendance
    editor.tabs.setCurrentWidget(tab)
    sid, magnus = tab.session_id, person_id(ctx, demo_project, "Magnus Ekholm")
    tab.view.setCurrentIndex(tab.model.index_of_person(magnus))
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    combo = tab.view.findChild(QComboBox, "attendanceRoleEditor")
    assert combo is not None
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the list opens at once
    for _ in range(combo.findData("adjuster") - combo.currentIndex()):
        qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: attendance_of(ctx, sid, magnus) == (False, "adjuster"))
    assert tab.model.index_of_person(magnus, A.ROLE).data() == "Adjuster"


# -- locked when adjusted -------------------------------------------------------------------------
def test_an_adjusted_session_is_read_only_with_a_banner(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = open_editor(qtbot, ctx, demo_project, ADJUSTED)
    assert editor.read_only and editor.banner.isVisible()
    assert "locked" in editor.banner_text.text()
    details = editor.details
    assert details.title.isReadOnly() and details.start.isReadOnly() and not details.kind.isEnabled()
    before = ctx.undo_stack.count()
    tab = editor.attendance
    eva = tab.model.index_of_person(person_id(ctx, demo_project, "Eva Bergström"))
    assert not tab.model.flags(eva) & Qt.ItemFlag.ItemIsUserCheckable
    tab.toggle(eva)
    tab.mark_all_present()
    assert not tab.all_button.isEnabled() and not tab.party_button.isEnabled()
    agenda = editor.agenda.agenda
    count = len(agenda.model.rows)
    agenda.add()
    agenda.move_current(1)
    agenda.fill_standard_agenda()
    assert len(ctx.editor.children("agenda_item", editor.session_id)) == count
    assert agenda.title.isReadOnly() and not agenda.add_button.isEnabled() and not agenda.item_type.isEnabled()
    notes = editor.agenda.notes
    assert not notes.add_button.isEnabled() and notes.text.isReadOnly()
    assert ctx.undo_stack.count() == before


def test_the_editor_locks_when_the_session_is_adjusted_and_unlocks_on_undo(
        qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = open_editor(qtbot, ctx, demo_project)
    assert not editor.read_only and not editor.banner.isVisible()
    row = ctx.editor.get("session", editor.session_id)
    ctx.set_field(row, "status", "adjusted", "Adjust")
    assert editor.read_only and editor.banner.isVisible() and editor.details.location.isReadOnly()
    assert editor.attendance.model.read_only
    ctx.undo_stack.undo()
    assert not editor.read_only and not editor.banner.isVisible()
    assert not editor.details.location.isReadOnly() and editor.attendance.all_button.isEnabled()


@pytest.mark.parametrize("uid", [ADJUSTED, HELD])
def test_every_person_of_the_project_is_listed(qtbot: QtBot, ctx: EditContext, demo_project: int, uid: str) -> None:
    tab = open_editor(qtbot, ctx, demo_project, uid).attendance
    listed = sorted(p.person_id for party in tab.model.sheet for p in party.people)
    assert listed == sorted(p.id for p in ctx.editor.children("person", demo_project))


def test_a_title_without_spaces_does_not_widen_the_editor(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    """A pasted URL as the title must not make the editor (and the main window) wider than a screen."""
    from samverkan_desktop.services import library_service
    from samverkan_desktop.ui.editors.registry import create_editor
    from samverkan_desktop.ui.models.navigator import Node, Section

    (project,) = library_service.list_projects(ctx.library)
    session = library_service.list_sessions(ctx.library, project.uid)[0]
    Editor(ctx.library).set("session", session.id, title="https://example.org/" + "x" * 600)
    editor = create_editor(ctx, Node(Section.SESSION, demo_project, session.id))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.minimumSizeHint().width() < 1000


def background(widget: QWidget) -> QColor:
    """The colour drawn inside a field, away from its text and frame."""
    image = widget.grab().toImage()
    inner = widget.lineEdit().geometry() if isinstance(widget, QAbstractSpinBox) else widget.rect()
    return image.pixelColor(inner.right() - 4, inner.center().y())


def test_a_locked_session_says_how_to_reopen_it_and_looks_read_only(qtbot: QtBot, ctx: EditContext,
                                                                     demo_project: int) -> None:
    editor = open_editor(qtbot, ctx, demo_project, ADJUSTED)
    said = editor.banner_text.text()
    assert "locked" in said and "reopen" in said and "Ctrl+J" in said and "meeting mode" in said
    assert editor.reopen_button.isVisible()
    window, base = editor.palette().color(QPalette.ColorRole.Window), editor.palette().color(QPalette.ColorRole.Base)
    assert window != base
    details = editor.details
    for field in (details.title, details.location, details.protocol_number, details.date.line, details.start,
                  editor.agenda.agenda.title, editor.agenda.notes.text):
        assert background(field) == window, field.objectName()
    assert not editor.details.date.button.isEnabled()

    answer_next_dialog(accept=False)
    editor.reopen_button.click()  # No: stays locked
    assert editor.read_only and ctx.editor.get("session", editor.session_id)["status"] == "adjusted"
    answer_next_dialog(accept=True)
    editor.reopen_button.click()
    assert ctx.editor.get("session", editor.session_id)["status"] == "held"
    assert not editor.read_only and not editor.banner.isVisible()
    with ctx.library.engine.connect() as c:  # the reopening is on record
        extra = c.execute(text("SELECT adjusted_extra FROM session WHERE id = :id"), {"id": editor.session_id}).scalar()
    assert "reopened" in json.loads(extra)
    for field in (details.title, details.location, details.date.line, editor.agenda.agenda.title):
        assert background(field) == base, field.objectName()  # editable again, and looks it
    details.location.selectAll()
    type_text(details.location, "Stadshuset, rum Björken")
    details.binder.flush()
    assert ctx.editor.get("session", editor.session_id)["location"] == "Stadshuset, rum Björken"
