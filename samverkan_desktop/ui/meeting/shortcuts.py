"""The shortcuts of meeting mode, created from the declarations in ``keys``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from samverkan_desktop.ui.meeting.window import MeetingWindow


def install_shortcuts(window: MeetingWindow) -> dict[str, QShortcut]:
    shortcuts: dict[str, QShortcut] = {}

    def add(name: str, sequence: str, slot: Callable[[], object], widget: QWidget | None = None) -> None:
        shortcut = QShortcut(QKeySequence(sequence), widget or window)
        shortcut.setContext(
            Qt.ShortcutContext.WidgetShortcut if widget is not None else Qt.ShortcutContext.WindowShortcut
        )
        shortcut.activated.connect(slot)
        shortcuts[name] = shortcut

    for number in range(10):
        add(f"party_{number}", f"Alt+{number}", partial(window.choose_party, number))
    for number in range(1, 5):
        add(f"kind_{number}", f"Ctrl+{number}", partial(window.choose_kind, number))
    add("next_topic", "Ctrl+PgDown", lambda: window.step_topic(+1))
    add("previous_topic", "Ctrl+PgUp", lambda: window.step_topic(-1))
    add("delete_entry", "Delete", window.delete_selected, window.entries)
    add("move_entry_up", "Alt+Up", lambda: window.move_selected(-1), window.entries)
    add("move_entry_down", "Alt+Down", lambda: window.move_selected(+1), window.entries)
    add("back_to_editor", "Escape", window.back_to_editor, window.entries)
    add("undo", "Ctrl+Z", window.ctx.undo_stack.undo, window.entries)
    add("redo", "Ctrl+Y", window.ctx.undo_stack.redo, window.entries)
    add("tag_entry", "Ctrl+T", window.tag_entry)
    add("fullscreen", "F11", window.toggle_full_screen)
    add("help", "F1", lambda: show_key_overview(window))
    add("attendance", "F3", window.toggle_attendance)
    add("adjust", "Ctrl+J", window.adjust_or_reopen)
    add("close", "Ctrl+W", window.close)
    from samverkan_desktop.ui.meeting.open_actions import create_action_from_selected

    add("action_from_entry", "Ctrl+Shift+A", partial(create_action_from_selected, window), window.entries)
    from samverkan_desktop.ui.meeting.quote_action import SHORTCUT, quote_selected

    add("quote_entry", SHORTCUT, partial(quote_selected, window), window.entries)
    return shortcuts


def show_key_overview(parent: QWidget) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    from samverkan_desktop.ui.meeting.keys import meeting_keys

    dialog = QDialog(parent)
    dialog.setObjectName("keyOverview")
    dialog.setWindowTitle(QCoreApplication.translate("MeetingKeys", "Keys in meeting mode"))
    rows = "".join(
        f"<tr><td style='padding:2px 16px 2px 0'><b>{k.sequence}</b></td><td>{k.label}</td></tr>"
        for k in meeting_keys()
    )
    label = QLabel(f"<table>{rows}</table>")
    label.setTextFormat(Qt.TextFormat.RichText)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(buttons)
    dialog.exec()
