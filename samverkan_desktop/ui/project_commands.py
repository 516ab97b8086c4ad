"""The Project menu's commands on what is selected in the navigator: meeting mode, the notice,
the minutes, the dialogue report, written answers from a survey and the previous round.

``COMMANDS`` says which action runs which. Each takes a ``Selection`` (the main window is
the one): what is selected, the uids of its records, and the ``Workspace`` calls (store what
was typed, tell the user). When nothing fitting is selected, the status bar says what to
choose first. The work itself is done by
``ui/report/actions`` and ``ui/survey/actions``, imported when a command is first used (they
bring ReportLab and the services, which a start does not need).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.models.navigator import Node
from samverkan_desktop.ui.workspace import Workspace

STATUS_MESSAGE_MS = 8000


class Selection(Workspace, Protocol):
    @property
    def settings(self) -> S.Settings:
        """The user's settings (the report's last choices)."""

    def current_node(self) -> Node | None:
        """What the navigator has selected; None on the start page."""

    def uid_of(self, kind: RecordKind, record_id: int) -> str | None:
        """The uid of a record, None when it is gone."""

    def open_meeting(self, session_id: int) -> Any:
        """Meeting mode on a session (ui/main_window.py)."""


def no_project_hint(window: Selection) -> bool:
    """Say what to do when no project is open; True when one is."""
    if window.current_project() is not None:
        return True
    window.show_status(QCoreApplication.translate(
        "MainWindow", "No project is open. Create one (Ctrl+Shift+N) or open one on the start page."),
        STATUS_MESSAGE_MS)
    return False


def _choose_a_session(window: Selection) -> None:
    window.show_status(QCoreApplication.translate("MainWindow", "Choose a session in the navigator first."),
                       STATUS_MESSAGE_MS)


def _session_node(window: Selection) -> Node | None:
    """The node of the session selected in the navigator; else None, after saying what to do."""
    node = window.current_node()
    if not no_project_hint(window):
        return None
    if node is None or node.session_id is None:
        _choose_a_session(window)
        return None
    return node


def meeting_for_current(window: Selection) -> None:
    """Mötesläge (Ctrl+M) on the session selected in the navigator."""
    node = _session_node(window)
    if node is not None and node.session_id is not None:
        window.open_meeting(node.session_id)


def selected_session(window: Selection) -> tuple[str, str] | None:
    """The project and session uids of the session selected in the navigator (else a status
    message), with what was typed stored first."""
    node = _session_node(window)
    if node is None or node.session_id is None:
        return None
    project_uid = window.uid_of(RecordKind.PROJECT, node.project_id)
    session_uid = window.uid_of(RecordKind.SESSION, node.session_id)
    if project_uid is None or session_uid is None:
        _choose_a_session(window)
        return None
    window.flush_editors()
    return project_uid, session_uid


def preview_minutes(window: Selection) -> None:
    """Preview (then save or print) the minutes of the session selected in the navigator."""
    if (chosen := selected_session(window)) is not None:
        from samverkan_desktop.ui.report import actions as report_actions

        report_actions.preview_minutes(window.window(), window.ctx, *chosen, settings=window.settings)


def preview_notice(window: Selection) -> None:
    """Preview (then save as PDF or Word, or print) the notice of the session selected in the navigator."""
    if (chosen := selected_session(window)) is not None:
        from samverkan_desktop.ui.report import actions as report_actions

        report_actions.preview_notice(window.window(), window.ctx, *chosen, settings=window.settings)


def preview_report(window: Selection) -> None:
    """Ask for the report's settings, then preview (save, print) the open project's dialogue report."""
    shown = window.current_project()
    if shown is None:
        no_project_hint(window)
        return
    from samverkan_desktop.ui.report import actions as report_actions

    window.flush_editors()
    report_actions.preview_report(window.window(), window.ctx, window.settings, shown[1])


def _project_id(window: Selection) -> int | None:
    shown = window.current_project()
    if shown is None:
        window.show_status(QCoreApplication.translate("MainWindow", "Open a project first."),
                           STATUS_MESSAGE_MS)
        return None
    window.flush_editors()
    return shown[0]


def import_responses(window: Selection) -> None:
    """Importera svar…: employees' written answers from a survey export (ui/survey/actions.py)."""
    if (project_id := _project_id(window)) is not None:
        from samverkan_desktop.ui.survey import actions as survey_actions

        survey_actions.choose_and_import(window, window.ctx, project_id)  # it selects the new session


def show_previous_round(window: Selection) -> None:
    """Föregående uppföljning…: link and match the previous round (ui/survey/previous_dialog.py)."""
    if (project_id := _project_id(window)) is not None:
        from samverkan_desktop.ui.survey import actions as survey_actions

        survey_actions.show_previous_round(window, window.ctx, project_id)


#: what each action of ``main_window.SELECTION_COMMANDS`` does
COMMANDS: dict[ActionId, Callable[[Selection], None]] = {
    ActionId.MEETING_MODE: meeting_for_current,
    ActionId.PREVIEW_NOTICE: preview_notice,
    ActionId.PREVIEW_MINUTES: preview_minutes,
    ActionId.PREVIEW_REPORT: preview_report,
    ActionId.IMPORT_RESPONSES: import_responses,
    ActionId.PREVIOUS_ROUND: show_previous_round,
}
