"""Every key of meeting mode, declared once, keyed by ``MeetingAction``.

From this one table come the window's QActions and their shortcuts (``build_actions``),
the entry editor's own keys (``matches``: Enter, Shift+Enter, Up), the context menu of an
earlier entry (``CONTEXT_MENU``) and the F1 overview (``overview_rows``). A key that needs
Fn on many laptops (F3, F11) has a second key that does not. A test presses every key the
overview shows and checks that it does what the overview says.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from samverkan_desktop.domain.enums import EntryKind
from samverkan_desktop.ui.tagging import TAG_KEY


class MeetingAction(Enum):
    COMMIT = auto()
    NEW_LINE = auto()
    PARTY_1 = auto()
    PARTY_2 = auto()
    PARTY_3 = auto()
    PARTY_4 = auto()
    PARTY_5 = auto()
    PARTY_6 = auto()
    PARTY_7 = auto()
    PARTY_8 = auto()
    PARTY_9 = auto()
    NO_PARTY = auto()
    KIND_STATEMENT = auto()
    KIND_DECISION = auto()
    KIND_ACTION = auto()
    KIND_NOTE = auto()
    NEXT_TOPIC = auto()
    PREVIOUS_TOPIC = auto()
    TO_LIST = auto()
    EDIT_ENTRY = auto()
    DELETE_ENTRY = auto()
    MOVE_UP = auto()
    MOVE_DOWN = auto()
    TAG = auto()
    QUOTE = auto()
    CREATE_ACTION = auto()
    BACK_TO_EDITOR = auto()
    HIDE_OPEN_ACTIONS = auto()
    UNDO = auto()
    REDO = auto()
    ATTENDANCE = auto()
    ADJUST = auto()
    FULL_SCREEN = auto()
    HELP = auto()
    CLOSE = auto()


PARTIES = (MeetingAction.PARTY_1, MeetingAction.PARTY_2, MeetingAction.PARTY_3, MeetingAction.PARTY_4,
           MeetingAction.PARTY_5, MeetingAction.PARTY_6, MeetingAction.PARTY_7, MeetingAction.PARTY_8,
           MeetingAction.PARTY_9)
# the entry kinds in the order of their keys Ctrl+1 … Ctrl+4
KINDS: dict[MeetingAction, str] = {
    MeetingAction.KIND_STATEMENT: EntryKind.STATEMENT, MeetingAction.KIND_DECISION: EntryKind.DECISION,
    MeetingAction.KIND_ACTION: EntryKind.ACTION, MeetingAction.KIND_NOTE: EntryKind.NOTE}
# the context menu of an earlier entry, in this order (None: a separator)
CONTEXT_MENU = (MeetingAction.TAG, MeetingAction.QUOTE, MeetingAction.CREATE_ACTION, None, MeetingAction.EDIT_ENTRY,
                MeetingAction.MOVE_UP, MeetingAction.MOVE_DOWN, None, MeetingAction.DELETE_ENTRY)


class Scope(Enum):
    """Where a key works."""

    WINDOW = auto()  # anywhere in meeting mode
    LIST = auto()  # on the earlier entries (the list has the focus)
    EDITOR = auto()  # in the entry being typed; the editor handles it itself (``matches``)
    PANEL = auto()  # while the open actions from earlier sessions show: in them or in the editor


@dataclass(frozen=True)
class Key:
    action: MeetingAction
    # the keys, portable names; the first is the one menus show, the others are alternatives
    keys: tuple[str, ...]
    # what the key does, as the overview says it
    label: str
    scope: Scope = Scope.WINDOW
    # the text in the context menu of an earlier entry, for the actions that are there
    menu: str | None = None
    # consecutive keys of one group share a row of the overview ("Alt+1 … Alt+9")
    group: str | None = None


translate = QCoreApplication.translate


def declarations() -> list[Key]:
    """The keys in the order the overview lists them (translated when called)."""
    party = translate("MeetingKeys", "Who is speaking: choose the party (it stays until changed); on a selected "
                             "earlier entry: change its party")
    a, editor, list_, panel = MeetingAction, Scope.EDITOR, Scope.LIST, Scope.PANEL
    return [
        Key(a.COMMIT, ("Return",), translate("MeetingKeys", "Save the entry and start the next"), editor),
        Key(a.NEW_LINE, ("Shift+Return",), translate("MeetingKeys", "New line in the entry"), editor),
        *(Key(action, (f"Alt+{n}",), party, group="party") for n, action in enumerate(PARTIES, start=1)),
        Key(a.NO_PARTY, ("Alt+0",), translate("MeetingKeys", "No party (e.g. the secretary's own note)")),
        Key(a.KIND_STATEMENT, ("Ctrl+1",), translate("MeetingKeys", "Kind: statement")),
        Key(a.KIND_DECISION, ("Ctrl+2",), translate("MeetingKeys", "Kind: decision")),
        Key(a.KIND_ACTION, ("Ctrl+3",), translate("MeetingKeys", "Kind: action")),
        Key(a.KIND_NOTE, ("Ctrl+4",), translate("MeetingKeys", "Kind: note")),
        Key(a.NEXT_TOPIC, ("Ctrl+PgDown",), translate("MeetingKeys", "Next agenda item or question")),
        Key(a.PREVIOUS_TOPIC, ("Ctrl+PgUp",), translate("MeetingKeys", "Previous agenda item or question")),
        Key(a.TO_LIST, ("Up",), translate("MeetingKeys", "From an empty entry: go to the earlier entries"), editor),
        Key(a.EDIT_ENTRY, ("F2",),
            translate("MeetingKeys", "Edit the selected earlier entry (Enter saves, Esc cancels)"), list_,
            translate("MeetingKeys", "&Edit text")),
        Key(a.DELETE_ENTRY, ("Del",), translate("MeetingKeys", "Delete the selected earlier entry"), list_,
            translate("MeetingKeys", "&Delete entry")),
        Key(a.MOVE_UP, ("Alt+Up",), translate("MeetingKeys", "Move the selected entry up"), list_,
            translate("MeetingKeys", "Move &up")),
        Key(a.MOVE_DOWN, ("Alt+Down",), translate("MeetingKeys", "Move the selected entry down"), list_,
            translate("MeetingKeys", "Move do&wn")),
        Key(a.TAG, (TAG_KEY,), translate("MeetingKeys", "Tag the selected earlier entry, or the one just saved"),
            menu=translate("MeetingKeys", "&Tag with…")),
        Key(a.QUOTE, ("Ctrl+Shift+C",),
            translate("MeetingKeys", "Quote the selected entry in the report (for a mandate or tag)"), list_,
            translate("MeetingKeys", "&Quote in the report…")),
        Key(a.CREATE_ACTION, ("Ctrl+Shift+A",),
            translate("MeetingKeys", "Make the selected entry of kind action an action item"), list_,
            translate("MeetingKeys", "Create &action item")),
        Key(a.BACK_TO_EDITOR, ("Esc",), translate("MeetingKeys", "Back to the entry being typed"), list_),
        Key(a.HIDE_OPEN_ACTIONS, ("Esc",),
            translate("MeetingKeys", "Hide the open actions from earlier sessions"), panel),
        Key(a.UNDO, ("Ctrl+Z",),
            translate("MeetingKeys", "Undo: typing first, then the entries saved and changed here")),
        Key(a.REDO, ("Ctrl+Y", "Ctrl+Shift+Z"), translate("MeetingKeys", "Redo")),
        Key(a.ATTENDANCE, ("F3", "Ctrl+Shift+N"), translate("MeetingKeys", "Show or hide the attendance list")),
        Key(a.ADJUST, ("Ctrl+J",), translate("MeetingKeys", "Adjust the minutes (lock them) or reopen them")),
        Key(a.FULL_SCREEN, ("F11", "Ctrl+Shift+F"), translate("MeetingKeys", "Full screen on or off")),
        Key(a.HELP, ("F1",), translate("MeetingKeys", "This overview of keys")),
        Key(a.CLOSE, ("Ctrl+W",), translate("MeetingKeys", "Leave meeting mode (everything is saved)")),
    ]


def key_of(action: MeetingAction) -> Key:
    return next(key for key in declarations() if key.action is action)


def build_actions(parent: QObject) -> dict[MeetingAction, QAction]:
    """A QAction for every key the editor does not handle itself, with its shortcuts and texts.

    The window adds them to itself (``Scope.WINDOW``), to the list of entries (``Scope.LIST``,
    active while the list has the focus) or to the editor and the open actions panel
    (``Scope.PANEL``), and connects them."""
    actions: dict[MeetingAction, QAction] = {}
    for key in declarations():
        if key.scope is Scope.EDITOR:
            continue
        action = QAction(key.menu or key.label, parent)
        action.setObjectName(f"meeting_{key.action.name.lower()}")
        action.setShortcuts([QKeySequence(k) for k in key.keys])
        action.setShortcutContext({Scope.LIST: Qt.ShortcutContext.WidgetShortcut,
                                   Scope.PANEL: Qt.ShortcutContext.WidgetWithChildrenShortcut}.get(
                                       key.scope, Qt.ShortcutContext.WindowShortcut))
        action.setStatusTip(key.label)
        action.setToolTip(key.label)
        actions[key.action] = action
    return actions


def matches(event: QKeyEvent, action: MeetingAction) -> bool:
    """Whether a key press is one of ``action``'s keys (for the keys a widget handles itself);
    the keypad's Enter counts as Return."""
    key = Qt.Key.Key_Return if event.key() == Qt.Key.Key_Enter else Qt.Key(event.key())
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    pressed = QKeySequence(QKeyCombination(modifiers, key))
    return any(pressed.matches(QKeySequence(k)) == QKeySequence.SequenceMatch.ExactMatch
               for k in key_of(action).keys)


def key_names() -> dict[str, str]:
    """How the overview names the keys whose names are words (the rest, "Ctrl+T", stay as they are)."""
    return {
        "Return": translate("MeetingKeys", "Enter", "key name"),
        "Shift": translate("MeetingKeys", "Shift", "key name"),
        "Up": translate("MeetingKeys", "Up", "key name"),
        "Down": translate("MeetingKeys", "Down", "key name"),
        "Del": translate("MeetingKeys", "Delete", "key name"),
    }


def key_text(keys: str) -> str:
    """A portable key sequence ("Shift+Return") as the overview shows it ("Skift+Enter")."""
    names = key_names()
    return "+".join(names.get(part, part) for part in keys.split("+"))


def overview_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the F1 overview: alternatives after a slash, a group as one row."""
    rows: list[tuple[str, str]] = []
    declared = declarations()
    position = 0
    while position < len(declared):
        key = declared[position]
        members = [key]
        while (key.group is not None and position + len(members) < len(declared)
               and declared[position + len(members)].group == key.group):
            members.append(declared[position + len(members)])
        position += len(members)
        if len(members) > 1:
            shown = f"{key_text(members[0].keys[0])} … {key_text(members[-1].keys[0])}"
        else:
            shown = " / ".join(key_text(k) for k in key.keys)
        rows.append((shown, key.label))
    return rows
