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
    FOCUS_NAVIGATOR = auto()
    SETTINGS = auto()
    ABOUT = auto()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True)
class Spec:
    label: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None


def specs() -> dict[ActionId, Spec]:
    """Labels and tips, translated when called (after the translators are installed)."""
    return {
        ActionId.NEW_PROJECT: Spec(_tr("&New project"), _tr("Create a new project"), "Ctrl+Shift+N"),
        ActionId.IMPORT_PROJECT: Spec(_tr("&Import project file…"),
                                      _tr("Import a project from a project file"), "Ctrl+O"),
        ActionId.EXPORT_PROJECT: Spec(_tr("&Export project file…"),
                                      _tr("Save the open project as a project file"), "Ctrl+E"),
        ActionId.DELETE_PROJECT: Spec(_tr("&Delete project…"),
                                      _tr("Delete the open project from the library")),
        ActionId.QUIT: Spec(_tr("&Quit"), _tr("Close Samverkan Desktop"), "Ctrl+Q"),
        ActionId.UNDO: Spec(_tr("&Undo"), _tr("Undo the last change"), QKeySequence.StandardKey.Undo),
        ActionId.REDO: Spec(_tr("&Redo"), _tr("Redo the change you undid"), QKeySequence.StandardKey.Redo),
        ActionId.ADD_ITEM: Spec(_tr("&Add"), _tr("Add a new item to the list"), "Ctrl+N"),
        ActionId.DELETE_ITEM: Spec(_tr("De&lete"), _tr("Delete the selected item"), "Ctrl+Delete"),
        ActionId.MOVE_UP: Spec(_tr("Move &up"), _tr("Move the selected item up"), "Alt+Shift+Up"),
        ActionId.MOVE_DOWN: Spec(_tr("Move &down"), _tr("Move the selected item down"), "Alt+Shift+Down"),
        ActionId.NEW_SESSION: Spec(_tr("New &session"), _tr("Plan a new session in the project"),
                                   "Ctrl+Shift+M"),
        ActionId.FOCUS_NAVIGATOR: Spec(_tr("Go to &navigator"), _tr("Move the focus to the navigator"),
                                       "Ctrl+L"),
        ActionId.SETTINGS: Spec(_tr("&Settings…"), _tr("Language and other settings"), "Ctrl+,"),
        ActionId.ABOUT: Spec(_tr("&About Samverkan Desktop"), _tr("Version and licences")),
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
