"""A session of written answers (skriftliga svar) in the main window: F5 and "Protokoll för
tillfället" say plainly that a survey's answers are no meeting instead of opening meeting mode or
printing them as minutes with signatures, and its details show no time, place, protocol number
or status; a meeting of the same project still opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.minutes import find_session
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.session import SessionEditor
from samverkan_desktop.ui.editors.session_details import SessionDetailsTab
from samverkan_desktop.ui.jobs import SyncRunner
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from tests.services.test_written_answers_no_meeting import written_session

NOT_A_MEETING = "”Enkät våren 2026” är skriftliga svar från en enkät, inget möte"


def window_on(qtbot: QtBot, ctx: EditContext, root: Path, project_id: int, session_id: int) -> MainWindow:
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.runner = SyncRunner()
    window.show()
    window.refresh_navigator()
    assert window.select_node(Node(Section.SESSION, project_id, session_id))
    return window


def test_meeting_mode_and_minutes_of_written_answers_say_why_not(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, messages: list[str]) -> None:
    written = written_session(ctx.library, demo_project)
    window = window_on(qtbot, ctx, tmp_path, demo_project, written)
    window.actions_by_id[ActionId.MEETING_MODE].trigger()
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert messages[0].startswith(NOT_A_MEETING) and not window.meetings
    window.actions_by_id[ActionId.PREVIEW_MINUTES].trigger()
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[1].startswith(NOT_A_MEETING)
    window.actions_by_id[ActionId.PREVIEW_NOTICE].trigger()
    qtbot.waitUntil(lambda: len(messages) == 3)
    assert messages[2].startswith(NOT_A_MEETING)


def test_a_meeting_of_the_same_project_still_opens_in_meeting_mode(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, messages: list[str]) -> None:
    written_session(ctx.library, demo_project)
    _project, meeting = find_session(ctx.library, "project-ekdala-dialograpport-2026", "session-2025-09-18-csg")
    window = window_on(qtbot, ctx, tmp_path, demo_project, meeting)
    window.actions_by_id[ActionId.MEETING_MODE].trigger()
    qtbot.waitUntil(lambda: meeting in window.meetings)
    assert messages == []
    window.meetings[meeting].close()


def test_written_answers_show_no_meeting_fields_and_keep_their_kind(
        qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    written = written_session(ctx.library, demo_project)
    _project, meeting = find_session(ctx.library, "project-ekdala-dialograpport-2026", "session-2025-09-18-csg")
    shown = {}
    for session in (written, meeting):
        details = SessionDetailsTab(ctx, session)
        qtbot.addWidget(details)
        details.show()
        shown[session] = details
    survey, minutes = shown[written], shown[meeting]
    for name in ("time_label", "location", "protocol_number", "status"):
        assert not survey.form.isRowVisible(getattr(survey, name)) and minutes.form.isRowVisible(getattr(minutes, name))
    assert survey.title.isVisible() and survey.date.isVisible()
    editor = SessionEditor(ctx, demo_project, written)
    qtbot.addWidget(editor)
    assert "no meeting mode, no minutes" in editor.written_note.text()
    assert not survey.kind.isEnabled() and minutes.kind.isEnabled()
    # a meeting cannot be made into written answers (only the survey import makes them)
    kinds = minutes.kind.model()
    assert isinstance(kinds, QStandardItemModel)
    assert not kinds.item(minutes.kind.findData("written_answers")).isEnabled()
    assert kinds.item(minutes.kind.findData("focus_group")).isEnabled()
