"""The main window's actions, declared once and keyed by ``ActionId``.

Each action has a label, a shortcut (shown in its menu), a status tip and, where one
exists, a standard key. Menus and toolbars are composed from the ids, so a command
is defined in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class ActionId(Enum):
    NEW_PROJECT = auto()
    IMPORT_PROJECT = auto()
    EXPORT_PROJECT = auto()
    DELETE_PROJECT = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    ADD_ITEM = auto()
    DELETE_ITEM = auto()
    MOVE_UP = auto()
    MOVE_DOWN = auto()
    NEW_SESSION = auto()
    MEETING_MODE = auto()
    FOCUS_NAVIGATOR = auto()
    SETTINGS = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class Spec:
    label: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None


def specs() -> dict[ActionId, Spec]:
    """Labels and tips, translated when called (after the translators are installed)."""
    tr = QCoreApplication.translate
    std = QKeySequence.StandardKey
    return {
        ActionId.NEW_PROJECT: Spec(
            tr("Actions", "&New project"), tr("Actions", "Create a new project"), "Ctrl+Shift+N"),
        ActionId.IMPORT_PROJECT: Spec(
            tr("Actions", "&Import project file…"), tr("Actions", "Import a project from a project file"),
            "Ctrl+O"),
        ActionId.EXPORT_PROJECT: Spec(
            tr("Actions", "&Export project file…"), tr("Actions", "Save the open project as a project file"),
            "Ctrl+E"),
        ActionId.DELETE_PROJECT: Spec(
            tr("Actions", "&Delete project…"), tr("Actions", "Delete the open project from the library")),
        ActionId.QUIT: Spec(tr("Actions", "&Quit"), tr("Actions", "Close Samverkan Desktop"), "Ctrl+Q"),
        ActionId.UNDO: Spec(tr("Actions", "&Undo"), tr("Actions", "Undo the last change"), std.Undo),
        ActionId.REDO: Spec(tr("Actions", "&Redo"), tr("Actions", "Redo the change you undid"), std.Redo),
        ActionId.ADD_ITEM: Spec(tr("Actions", "&Add"), tr("Actions", "Add a new item to the list"), "Ctrl+N"),
        ActionId.DELETE_ITEM: Spec(
            tr("Actions", "De&lete"), tr("Actions", "Delete the selected item"), "Ctrl+Delete"),
        ActionId.MOVE_UP: Spec(
            tr("Actions", "Move &up"), tr("Actions", "Move the selected item up"), "Alt+Shift+Up"),
        ActionId.MOVE_DOWN: Spec(
            tr("Actions", "Move &down"), tr("Actions", "Move the selected item down"), "Alt+Shift+Down"),
        ActionId.NEW_SESSION: Spec(
            tr("Actions", "New &session"), tr("Actions", "Plan a new session in the project"), "Ctrl+Shift+M"),
        ActionId.MEETING_MODE: Spec(
            tr("Actions", "Start &meeting mode"), tr("Actions", "Take the minutes of the selected session live"),
            "F5"),
        ActionId.FOCUS_NAVIGATOR: Spec(
            tr("Actions", "Go to &navigator"), tr("Actions", "Move the focus to the navigator"), "Ctrl+L"),
        ActionId.SETTINGS: Spec(tr("Actions", "&Settings…"), tr("Actions", "Language and other settings"), "Ctrl+,"),
        ActionId.ABOUT: Spec(tr("Actions", "&About Samverkan Desktop"), tr("Actions", "Version and licences")),
    }


def build_actions(parent: QObject) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in specs().items():
        action = QAction(spec.label, parent)
        action.setObjectName(f"action_{action_id.name.lower()}")
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        actions[action_id] = action
    return actions
