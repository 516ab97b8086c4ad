"""The small things a first week showed (issue 18, cosmetic, UI side): nothing cut that the
secretary needs to read, nothing shown that is not there, and honest hints with no project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.analysis.assessment import AssessmentEditor
from samverkan_desktop.ui.analysis.bar_chart import MARGIN, Bar, BarChart
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.attendance import AttendanceTab
from samverkan_desktop.ui.editors.parties import PartiesPeopleEditor
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models import attendance as A
from samverkan_desktop.ui.models.navigator import section_labels
from samverkan_desktop.ui.session_labels import attendance_roles

HELD = "session-2025-10-02-fsg-utb"


def make_window(qtbot: QtBot, ctx: EditContext, root: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitActive(window)
    return window


# -- the navigator and the start ---------------------------------------------------------------
def test_no_blank_navigator_and_an_honest_hint_without_a_project(qtbot: QtBot, ctx: EditContext, library: Library,
                                                                tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    assert not window.navigator.isVisible()  # an empty library: the start page alone
    window.activateWindow()  # a window an earlier test of this process left behind may have been active
    qtbot.waitUntil(window.isActiveWindow)
    window.welcome.focus_first()
    qtbot.waitUntil(lambda: (focus := QApplication.focusWidget()) is not None and focus.window() is window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)  # Starta mötesläge with no project at all
    assert "No project is open" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.new_session()
    assert "No project is open" in window.statusBar().currentMessage()
    assert window.open_demo()
    assert window.navigator.isVisible()
    window.statusBar().clearMessage()
    window.navigator.setFocus()
    qtbot.waitUntil(window.navigator.hasFocus)
    qtbot.keyClick(window.navigator, Qt.Key.Key_F5)  # a project, but no session chosen
    assert "session" in window.statusBar().currentMessage()


def test_the_navigator_never_cuts_a_section_name(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                 tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.splitter.setSizes([40, 1200])  # dragged as narrow as it goes
    metrics = window.navigator.fontMetrics()
    widest = max(metrics.horizontalAdvance(label) for label in section_labels().values())
    assert window.navigator.width() >= widest + 2 * window.navigator.indentation()
    project = window.navigator_model.item(0)
    assert project.toolTip() == project.text()  # a long title is cut, and shown whole on hovering


# -- attendance ------------------------------------------------------------------------------------
def test_an_absent_person_has_no_role_and_every_role_fits(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    session = next(row.id for row in ctx.editor.children("session", demo_project) if row.uid == HELD)
    tab = AttendanceTab(ctx, demo_project, session)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    people = [p for party in tab.model.sheet for p in party.people]
    absent = next(p for p in people if not p.present and p.role == "participant")  # ticked once, then unticked
    present = next(p for p in people if p.present and p.role == "participant")
    assert tab.model.index_of_person(absent.person_id, A.ROLE).data() == ""
    assert tab.model.index_of_person(present.person_id, A.ROLE).data() == "Participant"
    assert tab.model.index_of_person(absent.person_id, A.ROLE).data(Qt.ItemDataRole.EditRole) == "participant"
    width = tab.view.header().sectionSize(A.ROLE)
    metrics = tab.view.fontMetrics()
    assert all(metrics.horizontalAdvance(label) + 24 <= width for _value, label in attendance_roles())


# -- parties and people ----------------------------------------------------------------------------
def test_a_party_without_people_shows_no_one_elses_details(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = PartiesPeopleEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    editor.show()
    people = editor.people
    assert people.name.text() != ""  # the employer's first person
    empty = ctx.create("party", demo_project, "Add party", {"name": "Ledarna", "side": "union"})
    assert empty is not None
    editor.parties.select_party(empty.id)
    assert people.model.rows == []
    assert (people.name.text(), people.role.text()) == ("", "")
    assert not people.name.isEnabled() and not people.erase_button.isEnabled()


# -- analysis and assessment ------------------------------------------------------------------------
def test_long_tag_names_go_above_their_bars_instead_of_being_cut(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.show()
    names = ["Återkoppling från CSG och FSG", "Tid för fackliga uppdrag", "Årsplan"]
    chart.set_bars([Bar(name, value, "#1f5f8b", depth) for name, value, depth in zip(names, (3, 1, 2), (0, 1, 0),
                                                                                        strict=True)])
    metrics = QFontMetrics(chart.font())
    chart.resize(metrics.horizontalAdvance(names[0]) + 2 * MARGIN + 40, 400)
    assert chart.stacked()
    rows = chart._layout()
    for bar, row in zip(chart.bars, rows, strict=True):
        assert row.label_rect.width() >= metrics.horizontalAdvance(bar.label)  # drawn whole
        assert row.bar_rect.top() >= row.label_rect.bottom() - 2  # the bar under its name
    assert chart.minimumHeight() >= 3 * chart.row_height()
    chart.resize(1200, 400)
    assert not chart.stacked()  # room enough: names beside the bars again
    assert chart.bar_rects()[0].width() == pytest.approx(3 * chart.bar_rects()[1].width())


def test_the_motivation_gets_room_to_write(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = AssessmentEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    editor.resize(1040, 700)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.motivation.width() >= 0.9 * editor.evidence.width()
    assert editor.motivation.width() >= 0.38 * editor.splitter.width()
