"""Meeting mode's window: live minutes, keyboard first, and no typed word ever lost.

The window is the view of a ``MeetingSession`` (the data, the writer, the choices, the
entries and meeting mode's undo history). It builds the widgets, takes its QActions from
the one key declaration (``keys``), and hands the features (``tagging_live``,
``quote_action``, ``open_actions``, ``save_state``, ``attendance_panel``, ``minutes_lock``)
the session; they hand back what the window shows. Its parts built before the minutes are
open are widgets of their own (``entry_editor``, ``entry_list``, ``minutes_lock.LockBar``).

It is built in two steps, so that ``--meeting`` can show it before the library is open
(app.py): ``MeetingWindow()`` is the frame with the entry editor, focused and taking typing,
built from modules that import nothing of the database layer; ``attach(ctx, session_id)``
reads the minutes and fills it in (header, entries, legends), then does what was typed
meanwhile (``early_input.EarlyTyping``). ``MeetingWindow(ctx, session_id)`` does both at once.

The entry being typed is handed to the writer at most 250 ms after a keystroke (a
throttle, not a debounce: continuous typing is saved too), so it is on disk well within a
second without the UI thread waiting for the disk. Enter commits the entry through the
same writer, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.ui import screen_fit
from samverkan_desktop.ui.meeting.early_input import AT_ONCE, CHOICES, EarlyTyping
from samverkan_desktop.ui.meeting.entry_editor import EntryEditor
from samverkan_desktop.ui.meeting.entry_list import EntryList
from samverkan_desktop.ui.meeting.keys import (
    CONTEXT_MENU,
    KINDS,
    PARTIES,
    MeetingAction,
    Scope,
    build_actions,
    declarations,
    key_of,
    key_text,
)
from samverkan_desktop.ui.meeting.minutes_lock import LockBar, adjust_or_reopen_minutes
from samverkan_desktop.ui.soon import call_soon

if TYPE_CHECKING:
    from samverkan_desktop.ui.context import EditContext
    from samverkan_desktop.ui.disk_status import DiskFaultBar
    from samverkan_desktop.ui.meeting.attendance_panel import AttendancePanel
    from samverkan_desktop.ui.meeting.open_actions import ActionItems
    from samverkan_desktop.ui.meeting.panels import Header, Legend
    from samverkan_desktop.ui.meeting.quote_action import ReportQuotes
    from samverkan_desktop.ui.meeting.save_state import SaveState
    from samverkan_desktop.ui.meeting.session import MeetingSession
    from samverkan_desktop.ui.meeting.tagging_live import LiveTagging

DRAFT_SAVE_MS = 250


class MeetingWindow(QMainWindow):
    closed = Signal()
    # set by attach(): the minutes and what shows them
    ctx: EditContext
    session: MeetingSession
    header: Header
    parties_legend: Legend
    kinds_legend: Legend
    save_state: SaveState
    disk_bar: DiskFaultBar
    tagging: LiveTagging
    quotes: ReportQuotes
    action_items: ActionItems
    attendance: AttendancePanel

    def __init__(self, ctx: EditContext | None = None, session_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingWindow")
        self.attached = False
        self.setWindowTitle(self.tr("Meeting mode – %1").replace("%1", self.tr("opening the minutes…")))

        self.text_font = QFont(self.font())
        self.text_font.setPointSizeF(max(13.0, self.font().pointSizeF() * 1.35))
        self.opening = QLabel(self.tr("Opening the minutes…"))  # where the header comes
        self.opening.setObjectName("meetingTitle")
        self.opening.setContentsMargins(12, 8, 12, 4)
        self.lock_bar = LockBar()
        self.lock_bar.reopen_button.clicked.connect(self.adjust_or_reopen)
        self.entries = EntryList()
        self.entries.menu_requested.connect(self._open_menu)
        self.editor = EntryEditor()
        self.editor.setFont(self.text_font)
        self.editor.setAccessibleName(self.tr("Entry being typed"))
        self.editor.setMinimumHeight(int(self.text_font.pointSizeF() * 6))
        self.editor.setMaximumHeight(int(self.text_font.pointSizeF() * 10))
        self.editor.setPlaceholderText(self._typing_hint())
        self.early = EarlyTyping(self.editor, self)  # what is typed before the minutes are open
        self.save_label = QLabel(self.tr("Opening the minutes…"))
        self.save_label.setObjectName("meetingSaveState")
        self.statusBar().addPermanentWidget(self.save_label)

        self.actions_by_id = build_actions(self)
        # what the keys do; those that need the minutes come with them (``attach``)
        self._handlers: dict[MeetingAction, Callable[[], object]] = {
            MeetingAction.FULL_SCREEN: self.toggle_full_screen, MeetingAction.HELP: self.show_keys,
            MeetingAction.CLOSE: self.close}
        self._place_actions()
        self._layout()

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.editor.textChanged.connect(self._typed)
        self.editor.commit.connect(self.commit_entry)
        self.editor.up_from_top.connect(self.entries.enter_from_below)
        self.editor.session_undo.connect(partial(self._act, MeetingAction.UNDO))
        self.editor.session_redo.connect(partial(self._act, MeetingAction.REDO))
        screen_fit.resize_within_screen(self, 1100, 760)  # its size once it is no longer maximised
        if ctx is not None and session_id is not None:
            self.attach(ctx, session_id)
        else:
            self.editor.setFocus()

    def present(self, full_screen: bool = False) -> None:
        """Show the window maximised (or full screen), active, with the cursor in the editor."""
        self.showFullScreen() if full_screen else self.showMaximized()
        self.activateWindow()
        self.editor.setFocus()

    def attach(self, ctx: EditContext, session_id: int) -> None:
        """Read the session's minutes and fill the window in; then do what was typed before."""
        from samverkan_desktop.ui.meeting.attendance_panel import AttendancePanel
        from samverkan_desktop.ui.meeting.entry_delegate import EntryDelegate
        from samverkan_desktop.ui.meeting.open_actions import ActionItems
        from samverkan_desktop.ui.meeting.panels import Header, Legend, party_items
        from samverkan_desktop.ui.meeting.quote_action import ReportQuotes
        from samverkan_desktop.ui.meeting.save_state import SaveState
        from samverkan_desktop.ui.meeting.session import MeetingSession
        from samverkan_desktop.ui.meeting.tagging_live import LiveTagging

        self.ctx = ctx
        self.session = MeetingSession(ctx, session_id, self)
        session = self.session
        self.setWindowTitle(self.tr("Meeting mode – %1").replace("%1", session.data.title))
        self.header = Header(session.data)
        self.entries.follow(session)
        self.delegate = EntryDelegate(self.text_font, self.entries)
        self.delegate.edited.connect(self.entry_edited)
        self.entries.setItemDelegate(self.delegate)
        self.parties_legend = Legend("Alt", "partyLegend")
        self.parties_legend.set_items([*party_items(session.data.parties),
                                       (key_text(key_of(MeetingAction.NO_PARTY).keys[0]), self.tr("no party"))])
        self.kinds_legend = Legend("Ctrl", "kindLegend")
        labels = session.model.kind_labels
        self.kinds_legend.set_items([(key_text(key_of(action).keys[0]), labels[kind]) for action, kind in KINDS.items()]
                                    + [(key_text(key_of(MeetingAction.HELP).keys[0]), self.tr("all keys"))])
        self.save_state = SaveState(session, self.save_label)
        self.disk_bar = self.save_state.disk_bar  # above the editor, where the secretary looks
        self.tagging = LiveTagging(session, self)
        self.attendance = AttendancePanel(session, self, self.editor)
        self.quotes = ReportQuotes(session, self)
        self.action_items = ActionItems(session)
        self._handlers.update(self._action_handlers())
        self._fill_layout()
        self._place_panel_actions()

        self.editor.refused.connect(session.refuse_locked)
        session.choices_changed.connect(self._show_choices)
        session.reloaded.connect(self._apply_lock)
        session.taken_back.connect(self._taken_back)
        session.message.connect(self.statusBar().showMessage)
        self.attached = True
        if self.early.catch_up(session, self._act):  # text being typed: to the writer at once
            self._typed()
            self.save_draft()
        self._apply_lock()
        self._show_choices()
        call_soon(self, self._scroll_to_end)

    # -- building ---------------------------------------------------------------------
    def _layout(self) -> None:
        """The frame: where the header comes, the list, the editor (the rest: ``_fill_layout``)."""
        central = QWidget()
        self.column = QVBoxLayout(central)
        self.column.setContentsMargins(0, 0, 0, 6)
        self.column.addWidget(self.opening)
        self.column.addWidget(self.lock_bar)
        self.column.addWidget(self.entries, 1)
        editor_box = QVBoxLayout()
        editor_box.setContentsMargins(12, 0, 12, 0)
        editor_box.addWidget(self.editor)
        self.column.addLayout(editor_box)
        self.setCentralWidget(central)

    def _fill_layout(self) -> None:
        """The header in the place kept for it; the open actions above the list; the legends
        and the disk bar above the editor. The editor stays where it is (and keeps the focus)."""
        self.column.replaceWidget(self.opening, self.header)
        self.opening.deleteLater()
        panel = self.action_items.panel()
        if panel is not None:
            panel.dismissed.connect(self.editor.setFocus)
            self.column.insertWidget(self.column.indexOf(self.entries), panel)
        below_list = self.column.indexOf(self.entries) + 1
        for offset, widget in enumerate((self.parties_legend, self.kinds_legend, self.disk_bar)):
            self.column.insertWidget(below_list + offset, widget)

    def _place_actions(self) -> None:
        """Every declared action on the widget of its scope, each going through ``_act``."""
        for key in declarations():
            action = self.actions_by_id.get(key.action)
            if action is None:
                continue
            action.triggered.connect(partial(self._act, key.action))
            if key.scope is Scope.LIST:
                self.entries.addAction(action)
            elif key.scope is Scope.PANEL:
                self.editor.addAction(action)
                action.setEnabled(False)  # until there is a panel (``_place_panel_actions``)
            else:
                self.addAction(action)

    def _place_panel_actions(self) -> None:
        panel = self.action_items.panel()
        if panel is None:
            return
        for key in declarations():
            action = self.actions_by_id.get(key.action)
            if action is not None and key.scope is Scope.PANEL:
                panel.addAction(action)
                action.setEnabled(True)

    def _action_handlers(self) -> dict[MeetingAction, Callable[[], object]]:
        """What the keys that need the minutes do."""
        s = self.session
        return {
            MeetingAction.NO_PARTY: partial(self.choose_party, 0),
            **{action: partial(self.choose_party, n) for n, action in enumerate(PARTIES, start=1)},
            **{action: partial(self.choose_kind, kind) for action, kind in KINDS.items()},
            MeetingAction.NEXT_TOPIC: partial(self.step_topic, +1),
            MeetingAction.PREVIOUS_TOPIC: partial(self.step_topic, -1),
            MeetingAction.EDIT_ENTRY: self.edit_selected,
            MeetingAction.DELETE_ENTRY: self.delete_selected,
            MeetingAction.MOVE_UP: partial(self.move_selected, -1),
            MeetingAction.MOVE_DOWN: partial(self.move_selected, +1),
            MeetingAction.TAG: self.tag_entry,
            MeetingAction.QUOTE: self.quote_entry,
            MeetingAction.CREATE_ACTION: self.create_action,
            MeetingAction.BACK_TO_EDITOR: self.editor.setFocus,
            MeetingAction.HIDE_OPEN_ACTIONS: self.action_items.dismiss,
            MeetingAction.UNDO: s.undo,
            MeetingAction.REDO: s.redo,
            MeetingAction.ATTENDANCE: self.attendance.toggle,
            MeetingAction.ADJUST: self.adjust_or_reopen,
        }

    def _act(self, action: MeetingAction) -> None:
        """A key of meeting mode; before the minutes are open a choice is kept for then, and
        what needs the minutes says that they are still being opened."""
        if self.attached or action in AT_ONCE:
            self._handlers[action]()
        elif action in CHOICES:
            self.early.choose(action)
        else:
            self.statusBar().showMessage(self.tr("The minutes are still being opened; this works in a moment."),
                                         5000)

    # -- state shown ------------------------------------------------------------------
    def _show_choices(self) -> None:
        s = self.session
        position = s.party_position()
        self.parties_legend.mark(len(s.data.parties[:9]) if position is None else position)
        self.kinds_legend.mark(list(KINDS.values()).index(s.kind))
        self.header.show_topic(s.current_topic(), s.topic_index, len(s.data.topics))

    def _apply_lock(self) -> None:
        """Locked minutes look locked: a bar says so and how to reopen them, the editor is
        read-only and greyed, the key legends (which would not work) are hidden."""
        locked = self.session.locked()
        adjust = key_text(key_of(MeetingAction.ADJUST).keys[0])
        self.lock_bar.show_lock(locked)
        self.editor.setReadOnly(locked)
        self.editor.setPlaceholderText(
            self.tr("The minutes are locked. Reopen them (%1) to add entries.").replace("%1", adjust) if locked
            else self._typing_hint())
        palette = self.editor.palette()  # read-only looks read-only: the window's grey, not white
        palette.setColor(QPalette.ColorRole.Base, self.palette().color(
            QPalette.ColorRole.Window if locked else QPalette.ColorRole.Base))
        self.editor.setPalette(palette)
        for legend in (self.parties_legend, self.kinds_legend):
            legend.setVisible(not locked)
        self.entries.set_editable(not locked)
        if not locked:
            self.editor.setFocus()

    def _typing_hint(self) -> str:
        return self.tr("Type what is said. Enter saves the entry, Shift+Enter is a new line.")

    def _scroll_to_end(self) -> None:
        self.entries.scrollToBottom()

    # -- typing -----------------------------------------------------------------------
    def _typed(self) -> None:
        if not self.attached:
            self.early.typed()
            return
        self.session.typed(self.editor.document().isEmpty())
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def save_draft(self) -> None:
        self._draft_timer.stop()
        if self.attached and not self.session.locked():
            self.session.save_draft(self.editor.toPlainText())
            self.save_state.pending()

    def commit_entry(self) -> None:
        self._draft_timer.stop()
        if not self.attached:  # kept, and saved once the minutes are open
            self.early.commit()
            return
        if not self.session.commit(self.editor.toPlainText()):
            return
        self.editor.clear_quietly()
        self.save_state.pending()
        self._scroll_to_end()

    def _taken_back(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.editor.setFocus()

    # -- choices ----------------------------------------------------------------------
    def choose_party(self, number: int) -> None:
        """Alt+number: the party that speaks; Alt+0 no party. On a selected earlier entry
        (focus in the list) it re-attributes that entry instead."""
        exists, party_id = self.session.party_of_number(number)
        if not exists:
            return
        row = self.entries.selected_row()
        if row is not None:
            self.session.set_entry_field(row, "party_id", party_id, self.tr("Change party"))
        elif self.session.locked():
            self.session.refuse_locked()
        else:
            self.session.choose_party(party_id)
            self.save_draft()

    def choose_kind(self, kind: str) -> None:
        if self.session.locked():
            self.session.refuse_locked()
            return
        self.session.choose_kind(kind)
        self.save_draft()

    def step_topic(self, step: int) -> None:
        self.session.step_topic(step)
        self.save_draft()

    # -- earlier entries ----------------------------------------------------------------
    def entry_edited(self, row: int, text: str) -> None:
        self.tagging.edit_text(row, text)  # the tagged spans move along with their words

    def edit_selected(self) -> None:
        index = self.entries.currentIndex()
        if not index.isValid():
            return
        if self.session.locked():
            self.session.refuse_locked()
            return
        self.entries.edit(index)

    def tag_entry(self) -> None:
        """Ctrl+T: tag the selected earlier entry (focus in the list), else the one committed last."""
        row = self.entries.selected_row()
        self.tagging.tag(self.session.model.rowCount() - 1 if row is None else row)

    def quote_entry(self) -> None:
        """Ctrl+Shift+C: quote the selected earlier entry in the report."""
        row = self.entries.selected_row()
        if row is not None:
            self.quotes.quote(row)

    def create_action(self) -> None:
        row = self.entries.selected_row()
        if row is not None:
            self.action_items.create_from(row)

    def delete_selected(self) -> None:
        row = self.entries.selected_row()
        if row is not None:
            self.session.delete(row)

    def move_selected(self, step: int) -> None:
        row = self.entries.selected_row()
        if row is not None and self.session.move(row, step):
            self.entries.select(row + step)

    def context_menu(self, row: int) -> QMenu:
        """The menu of an earlier entry: the declared actions (``keys.CONTEXT_MENU``) that apply to it."""
        menu = QMenu(self.entries)
        menu.setObjectName("meetingEntryMenu")
        for action_id in CONTEXT_MENU:
            if action_id is None:
                menu.addSeparator()
            elif action_id is not MeetingAction.CREATE_ACTION or self.action_items.applies(row):
                menu.addAction(self.actions_by_id[action_id])
        return menu

    def _open_menu(self, row: int, at: QPoint) -> None:
        self.context_menu(row).exec(at)

    # -- adjustment, keys -------------------------------------------------------------
    def adjust_or_reopen(self) -> None:
        self.save_draft()
        adjust_or_reopen_minutes(self.session, self)

    def show_keys(self) -> None:
        from samverkan_desktop.ui.meeting.key_overview import show_key_overview

        show_key_overview(self)

    # -- window -----------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def reload(self) -> None:
        self.session.reload()

    def flush(self, timeout: float) -> bool:
        """Hand the draft to the writer and wait for it; True when everything typed is on disk
        (a log-off or shutdown asks this of every meeting window, ``ui.shutdown``)."""
        self.save_draft()
        return self.session.writer.flush(timeout)

    def unsaved_text(self) -> str:
        """Before the minutes are open: everything typed so far (nothing of it is saved yet)."""
        return "" if self.attached else self.early.unsaved_text()

    def give_up(self, reason: str = "") -> None:
        """The minutes cannot be opened after all (the library or the session is not there):
        what was typed goes on the clipboard, the user is told (``reason`` first), the window
        closes. Nothing typed is dropped silently."""
        if not self.attached:
            self.early.give_up(reason)
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.attached:  # what was typed can only be saved once the minutes are open
            if self.unsaved_text():
                self.statusBar().showMessage(self.tr(
                    "The minutes are still being opened; what you typed is saved then. Close again in a "
                    "moment."), 5000)
                event.ignore()
                return
            self.closed.emit()
            super().closeEvent(event)
            return
        self.save_draft()
        if not self.session.close(10.0):  # the disk refuses: stay open, keep retrying
            self.statusBar().showMessage(
                LocalText(
                    "Allt är inte sparat ännu, så mötesläget stannar öppet medan det försöker igen.",
                    "Not everything is saved yet, so meeting mode stays open while it retries.",
                )(self.ctx.language)
            )
            event.ignore()
            return
        self.closed.emit()
        super().closeEvent(event)
