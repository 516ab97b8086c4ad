"""Date fields as a secretary types them (issue 18, item 2), driven by real key events.

Every date of the editors and the wizard (Beslutsdatum, Redovisas senast, an action's
Klart senast, the session's date, the wizard's decision date): ``2026-03-18`` typed into
an empty field is that date, Tab leaves the field, an empty date stays empty and shows
so, what is no date is refused with a message (nothing stored), and the calendar opens
at today. The tests go through the focused widget, whatever the field is made of.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.services.survey.columns import describe
from samverkan_desktop.services.survey.importing import guide_questions
from samverkan_desktop.services.survey.reading import read_survey_bytes
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.actions_list import ActionsEditor
from samverkan_desktop.ui.editors.project_details import ProjectDetailsEditor
from samverkan_desktop.ui.editors.session import SessionEditor
from samverkan_desktop.ui.meeting.adjust_dialog import AdjustDialog
from samverkan_desktop.ui.optional_date_edit import OptionalDateEdit, parse_typed_date
from samverkan_desktop.ui.project_wizard import ProjectWizard
from samverkan_desktop.ui.survey.import_dialog import ResponsesImportDialog
from tests.gui.conftest import type_text
from tests.survey_files import forms_workbook

HELD = "session-2025-10-02-fsg-utb"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press and release on whatever has the focus, as the keyboard sends it."""
    widget = focused()
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, ""))
    QCoreApplication.processEvents()


def focus(qtbot: QtBot, field: QWidget) -> QWidget:
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return focused()


def type_into(qtbot: QtBot, field: QWidget, text: str) -> QWidget:
    """Focus a field, empty it with Ctrl+A Delete and type ``text`` character by character."""
    target = focus(qtbot, field)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Delete)
    type_text(target, text)
    return target


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


# -- what typed text means -----------------------------------------------------------------
@pytest.mark.parametrize(("typed", "day"), [
    ("2026-03-18", dt.date(2026, 3, 18)), ("  2026-3-8 ", dt.date(2026, 3, 8)), ("20260318", dt.date(2026, 3, 18)),
    ("", None), ("   ", None),
])
def test_typed_dates(typed: str, day: dt.date | None) -> None:
    assert parse_typed_date(typed) == day


@pytest.mark.parametrize("typed", ["2026-02-30", "2026-13-01", "18/3 2026", "i morgon", "1899-12-31",
                                   "2026-03-18x", "Kommunstyrelsen ger kommundirektören i uppdrag"])
def test_what_is_no_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_typed_date(typed)


# -- every date field ------------------------------------------------------------------------
def project_editor(qtbot: QtBot, ctx: EditContext, project: int) -> ProjectDetailsEditor:
    ctx.set_field(ctx.editor.get("project", project), "decision_date", None, "test")
    return show(qtbot, ProjectDetailsEditor(ctx, project))  # type: ignore[return-value]


def test_an_empty_decision_date_takes_a_typed_date_and_tab_moves_on(qtbot: QtBot, ctx: EditContext,
                                                                    demo_project: int) -> None:
    editor = project_editor(qtbot, ctx, demo_project)
    assert editor.decision_date.text() == "" and ctx.editor.get("project", demo_project)["decision_date"] is None
    type_into(qtbot, editor.decision_date, "2026-03-18")
    press(Qt.Key.Key_Tab)
    assert focused() is editor.commission  # Tab left the date for the next field
    assert ctx.editor.get("project", demo_project)["decision_date"] == dt.date(2026, 3, 18)
    assert editor.decision_date.text() == "2026-03-18"
    type_text(editor.commission, "Följ upp samverkan")
    assert editor.decision_date.date() == dt.date(2026, 3, 18)  # the text went where the cursor was


def test_an_emptied_date_is_stored_as_none_and_shows_empty(qtbot: QtBot, ctx: EditContext,
                                                           demo_project: int) -> None:
    editor = show(qtbot, ProjectDetailsEditor(ctx, demo_project))
    assert isinstance(editor, ProjectDetailsEditor)
    assert ctx.editor.get("project", demo_project)["due_date"] is not None
    type_into(qtbot, editor.due_date, "")
    press(Qt.Key.Key_Tab)
    assert ctx.editor.get("project", demo_project)["due_date"] is None
    assert editor.due_date.text() == "" and not editor.due_date.has_problem()
    assert editor.due_date.line.placeholderText()  # the empty field says how a date is written
    ctx.undo_stack.undo()
    assert editor.due_date.text() == "2025-11-20"


def test_no_date_is_refused_with_a_message_and_nothing_is_stored(qtbot: QtBot, ctx: EditContext,
                                                                  demo_project: int) -> None:
    editor = show(qtbot, ProjectDetailsEditor(ctx, demo_project))
    assert isinstance(editor, ProjectDetailsEditor)
    before = ctx.editor.get("project", demo_project)["decision_date"]
    type_into(qtbot, editor.decision_date, "2026-02-30")
    press(Qt.Key.Key_Tab)
    assert ctx.editor.get("project", demo_project)["decision_date"] == before
    assert editor.decision_date.has_problem()
    assert "“2026-02-30”" in editor.decision_date.problem.text() and editor.decision_date.problem.isVisible()
    assert editor.decision_date.text() == "2026-02-30"  # left to be corrected
    focus(qtbot, editor.decision_date)
    press(Qt.Key.Key_Escape)  # Esc puts the stored date back
    assert editor.decision_date.text() == before.isoformat() and not editor.decision_date.has_problem()


def test_the_calendar_opens_at_today_and_enter_picks_a_day(qtbot: QtBot, ctx: EditContext,
                                                           demo_project: int) -> None:
    editor = project_editor(qtbot, ctx, demo_project)
    focus(qtbot, editor.decision_date)
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.decision_date.calendar()
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    shown = calendar.selectedDate()
    assert (shown.year(), shown.month(), shown.day()) == (today.year, today.month, today.day)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    names = [calendar.locale().dayName(day, calendar.locale().FormatType.ShortFormat) for day in range(1, 8)]
    assert calendar.width() / 8 >= max(calendar.fontMetrics().horizontalAdvance(n) for n in names)  # not cut
    focus(qtbot, calendar)
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert ctx.editor.get("project", demo_project)["decision_date"] == today + dt.timedelta(days=1)


def test_up_and_down_step_a_day(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = show(qtbot, ProjectDetailsEditor(ctx, demo_project))
    assert isinstance(editor, ProjectDetailsEditor)
    type_into(qtbot, editor.due_date, "2026-12-31")
    press(Qt.Key.Key_Up)
    assert editor.due_date.text() == "2027-01-01"
    press(Qt.Key.Key_Return)
    assert ctx.editor.get("project", demo_project)["due_date"] == dt.date(2027, 1, 1)


def test_a_session_date_is_typed_and_cannot_be_emptied(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    sid = next(row.id for row in ctx.editor.children("session", demo_project) if row.uid == HELD)
    editor = show(qtbot, SessionEditor(ctx, demo_project, sid))
    assert isinstance(editor, SessionEditor)
    date = editor.details.date
    type_into(qtbot, date, "2026-03-18")
    press(Qt.Key.Key_Tab)
    assert focused() is editor.details.start
    assert ctx.editor.get("session", sid)["date"] == dt.date(2026, 3, 18)
    type_into(qtbot, date, "")
    press(Qt.Key.Key_Tab)
    assert ctx.editor.get("session", sid)["date"] == dt.date(2026, 3, 18)
    assert date.has_problem() and "needed" in date.problem_text()


def test_an_action_due_date_is_typed_and_emptied(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = show(qtbot, ActionsEditor(ctx, demo_project))
    assert isinstance(editor, ActionsEditor)
    editor.add()
    action_id = editor.current_id()
    assert action_id is not None and editor.due.text() == ""
    type_into(qtbot, editor.due, "2026-03-18")
    press(Qt.Key.Key_Tab)
    assert focused() is editor.status
    assert ctx.editor.get("action", action_id)["due"] == dt.date(2026, 3, 18)
    type_into(qtbot, editor.due, "")
    press(Qt.Key.Key_Tab)
    assert ctx.editor.get("action", action_id)["due"] is None


# -- the wizard ---------------------------------------------------------------------------------
def test_the_wizard_date_is_typed_and_the_commission_lands_in_the_commission(qtbot: QtBot,
                                                                            library: Library) -> None:
    wizard = ProjectWizard(library, "sv")
    show(qtbot, wizard)
    d = wizard.details
    type_text(d.title_edit, "Samverkan 2027")
    type_into(qtbot, d.commissioned_by, "Kommunstyrelsen")
    press(Qt.Key.Key_Tab)
    assert focused() in (d.decision_date, *d.decision_date.findChildren(QWidget))
    type_text(focused(), "2026-03-18")
    press(Qt.Key.Key_Tab)
    assert focused() is d.commission
    type_text(focused(), "Kommunstyrelsen ger kommundirektören i uppdrag att följa upp samverkan.")
    assert d.commission.toPlainText() == "Kommunstyrelsen ger kommundirektören i uppdrag att följa upp samverkan."
    assert d.decision() == dt.date(2026, 3, 18)
    wizard.next()
    assert wizard.currentPage() is wizard.mandates
    assert wizard.draft().decision_date == dt.date(2026, 3, 18)


def test_the_wizard_refuses_a_text_typed_into_its_date(qtbot: QtBot, library: Library) -> None:
    wizard = ProjectWizard(library, "sv")
    show(qtbot, wizard)
    d = wizard.details
    type_text(d.title_edit, "Samverkan 2027")
    type_into(qtbot, d.decision_date, "Kommunstyrelsen ger i uppdrag")
    wizard.next()  # Next without leaving the field first
    assert wizard.currentPage() is d
    assert d.problem.isVisible() and "is not a date" in d.problem.text()
    assert d.decision() is None
    type_into(qtbot, d.decision_date, "")
    wizard.next()
    assert wizard.currentPage() is wizard.mandates and wizard.draft().decision_date is None


def test_every_date_field_is_the_one_widget(qtbot: QtBot, ctx: EditContext, library: Library,
                                            demo_project: int) -> None:
    """No QDateEdit is left behind in the editors and the wizard (their empty value was 1900)."""
    from PySide6.QtWidgets import QDateEdit

    sid = next(row.id for row in ctx.editor.children("session", demo_project) if row.uid == HELD)
    widgets: list[QWidget] = [ProjectDetailsEditor(ctx, demo_project), SessionEditor(ctx, demo_project, sid),
                              ActionsEditor(ctx, demo_project), ProjectWizard(library, "sv")]
    for widget in widgets:
        qtbot.addWidget(widget)
        assert widget.findChildren(QDateEdit) == []
        assert widget.findChildren(OptionalDateEdit)


# -- the dialogs' dates: the same field, typed the same way ------------------------------------
def test_the_survey_import_date_is_typed_and_a_refused_one_keeps_the_dialog_open(
        qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    table = read_survey_bytes(forms_workbook(), "svar.xlsx")
    guide = guide_questions(ctx.library, demo_project)
    dialog = show(qtbot, ResponsesImportDialog(table, describe(table, guide), guide, "svar.xlsx"))
    assert isinstance(dialog, ResponsesImportDialog)
    assert dialog.chosen_date() == dt.date.today() and dialog.date.text() == dt.date.today().isoformat()
    type_into(qtbot, dialog.date, "2026-03-18")
    press(Qt.Key.Key_Tab)
    assert dialog.chosen_date() == dt.date(2026, 3, 18)
    type_into(qtbot, dialog.date, "i går")
    dialog.import_button.click()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.date.has_problem() and "2026-03-18" in dialog.date.problem_text()
    type_into(qtbot, dialog.date, "2026-04-01")
    dialog.import_button.click()
    assert dialog.result() == 1 and dialog.chosen_date() == dt.date(2026, 4, 1)


def test_the_adjustment_date_is_typed_and_cannot_be_emptied(qtbot: QtBot, ctx: EditContext,
                                                            demo_project: int) -> None:
    sid = next(row.id for row in ctx.editor.children("session", demo_project) if row.uid == HELD)
    dialog = show(qtbot, AdjustDialog(load_meeting(ctx.library, sid)))
    assert isinstance(dialog, AdjustDialog)
    assert dialog.adjusted_on() == dt.date.today()
    type_into(qtbot, dialog.date, "")
    dialog.adjust_button.click()
    assert dialog.isVisible() and dialog.date.has_problem() and "needed" in dialog.date.problem_text()
    type_into(qtbot, dialog.date, "20260318")
    dialog.adjust_button.click()
    assert dialog.result() == 1 and dialog.adjusted_on() == dt.date(2026, 3, 18)
