"""The main window's actions, declared once and keyed by ``ActionId``.

Each action has a label, a shortcut (shown in its menu), a status tip and, where one
exists, a standard key. Menus and toolbars are composed from the ids, so a command
is defined in exactly one place.
"""

from __future__ import annotations

from enum import Enum, auto
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class ActionId(Enum):
    START_PAGE = auto()
    NEW_PROJECT = auto()
    IMPORT_PROJECT = auto()
    EXPORT_PROJECT = auto()
    SEND_OUT = auto()
    RECEIVE = auto()
    SEND_BACK = auto()
    DELETE_PROJECT = auto()
    RESTORE_BACKUP = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    NEW_SESSION = auto()
    MEETING_MODE = auto()
    PREVIEW_MINUTES = auto()
    PREVIEW_NOTICE = auto()
    PREVIEW_REPORT = auto()
    IMPORT_RESPONSES = auto()
    PREVIOUS_ROUND = auto()
    FOCUS_NAVIGATOR = auto()
    SEARCH = auto()
    SETTINGS = auto()
    USER_GUIDE = auto()
    ABOUT = auto()


class Spec(NamedTuple):
    """An action's words and keys (a named tuple: see ``paths.DataPaths``)."""

    label: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None
    # a second key for the same action, where the first needs Fn on many laptops (F5)
    alternative: str | None = None


def specs() -> dict[ActionId, Spec]:
    """Labels and tips, translated when called (after the translators are installed)."""
    std = QKeySequence.StandardKey
    return {
        ActionId.START_PAGE: Spec(
            QCoreApplication.translate("Actions", "Start &page"),
            QCoreApplication.translate("Actions", "Show the start page: new project, the example project, "
                                                  "your projects"),
            "Alt+Home",
        ),
        ActionId.NEW_PROJECT: Spec(
            QCoreApplication.translate("Actions", "&New project…"),
            QCoreApplication.translate("Actions", "Create a new project"),
            "Ctrl+Shift+N",
        ),
        ActionId.IMPORT_PROJECT: Spec(
            QCoreApplication.translate("Actions", "&Import project file…"),
            QCoreApplication.translate("Actions", "Import a project from a project file"),
            "Ctrl+O",
        ),
        ActionId.EXPORT_PROJECT: Spec(
            QCoreApplication.translate("Actions", "&Export project file…"),
            QCoreApplication.translate("Actions", "Save the open project as a project file"),
            "Ctrl+E",
        ),
        ActionId.SEND_OUT: Spec(
            QCoreApplication.translate("Actions", "Send &out sessions…"),
            QCoreApplication.translate("Actions", "Write chosen sessions to a file for another secretary to record"),
            "Ctrl+Shift+U",
        ),
        ActionId.RECEIVE: Spec(
            QCoreApplication.translate("Actions", "Re&ceive…"),
            QCoreApplication.translate("Actions", "Merge a copy sent back by another secretary into the project, "
                                                  "with a preview first"),
            "Ctrl+Shift+T",
        ),
        ActionId.SEND_BACK: Spec(
            QCoreApplication.translate("Actions", "Send &back…"),
            QCoreApplication.translate("Actions", "Write the sessions you recorded to a file for the one who sent "
                                                  "them out"),
            "Ctrl+Shift+K",
        ),
        ActionId.DELETE_PROJECT: Spec(
            QCoreApplication.translate("Actions", "&Delete project…"),
            QCoreApplication.translate("Actions", "Delete the open project from the library"),
            "Ctrl+Shift+Del",
        ),
        ActionId.RESTORE_BACKUP: Spec(
            QCoreApplication.translate("Actions", "&Restore from backup…"),
            QCoreApplication.translate("Actions", "Go back to one of the library's backups (it can be undone)"),
            "Ctrl+Shift+B",
        ),
        ActionId.QUIT: Spec(
            QCoreApplication.translate("Actions", "&Quit"),
            QCoreApplication.translate("Actions", "Close Samverkan Desktop"),
            "Ctrl+Q",
        ),
        ActionId.UNDO: Spec(
            QCoreApplication.translate("Actions", "&Undo"),
            QCoreApplication.translate("Actions", "Undo the last change"),
            std.Undo,
        ),
        ActionId.REDO: Spec(
            QCoreApplication.translate("Actions", "&Redo"),
            QCoreApplication.translate("Actions", "Redo the change you undid"),
            std.Redo,
        ),
        ActionId.NEW_SESSION: Spec(
            QCoreApplication.translate("Actions", "New &session"),
            QCoreApplication.translate("Actions", "Plan a new session in the project"),
            "Ctrl+Shift+M",
        ),
        ActionId.MEETING_MODE: Spec(
            QCoreApplication.translate("Actions", "Start &meeting mode"),
            QCoreApplication.translate("Actions", "Take the minutes of the selected session live"),
            "F5",
            "Ctrl+M",
        ),
        ActionId.PREVIEW_MINUTES: Spec(
            QCoreApplication.translate("Actions", "&Minutes of the session…"),
            QCoreApplication.translate("Actions", "Preview the session's minutes as PDF, then save or print them"),
            "Ctrl+Shift+P",
        ),
        ActionId.PREVIEW_NOTICE: Spec(
            QCoreApplication.translate("Actions", "&Notice and agenda…"),
            QCoreApplication.translate("Actions", "Preview the notice of the session with its agenda, then save it "
                                                  "(PDF or Word) or print it to send before the meeting"),
            "Ctrl+Shift+D",
        ),
        ActionId.PREVIEW_REPORT: Spec(
            QCoreApplication.translate("Actions", "Dialogue &report…"),
            QCoreApplication.translate("Actions", "Choose the contents, preview the report as PDF, then save or print"),
            "Ctrl+Shift+R",
        ),
        ActionId.IMPORT_RESPONSES: Spec(
            QCoreApplication.translate("Actions", "Import &answers…"),
            QCoreApplication.translate("Actions", "Import employees' written answers from a survey export (Excel or "
                                                  "CSV); the respondents' identity is never stored"),
            "Ctrl+Shift+I",
        ),
        ActionId.PREVIOUS_ROUND: Spec(
            QCoreApplication.translate("Actions", "Pre&vious round…"),
            QCoreApplication.translate("Actions", "Link the project to the previous round and match its mandates, "
                                                  "questions and tags"),
            "Ctrl+Shift+G",
        ),
        ActionId.FOCUS_NAVIGATOR: Spec(
            QCoreApplication.translate("Actions", "Go to &navigator"),
            QCoreApplication.translate("Actions", "Move the focus to the navigator"),
            "Ctrl+L",
        ),
        ActionId.SEARCH: Spec(
            QCoreApplication.translate("Actions", "&Search…"),
            QCoreApplication.translate("Actions", "Search the project's minutes, memos and texts (also Ctrl+F)"),
            "Ctrl+Shift+F",
        ),
        ActionId.SETTINGS: Spec(
            QCoreApplication.translate("Actions", "&Settings…"),
            QCoreApplication.translate("Actions", "Language and other settings"),
            "Ctrl+,",
        ),
        ActionId.USER_GUIDE: Spec(
            QCoreApplication.translate("Actions", "&User guide"),
            QCoreApplication.translate("Actions", "The user guide, at the chapter about the screen in front"),
            std.HelpContents,
        ),
        ActionId.ABOUT: Spec(
            QCoreApplication.translate("Actions", "&About Samverkan Desktop"),
            QCoreApplication.translate("Actions", "Version and licences"),
            "Ctrl+F1",
        ),
    }


def build_actions(parent: QObject) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in specs().items():
        action = QAction(spec.label, parent)
        action.setObjectName(f"action_{action_id.name.lower()}")
        tip = spec.tip if spec.alternative is None else f"{spec.tip} ({spec.shortcut} / {spec.alternative})"
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if spec.shortcut is not None:
            action.setShortcuts([QKeySequence(k) for k in (spec.shortcut, spec.alternative) if k is not None])
        actions[action_id] = action
    return actions
