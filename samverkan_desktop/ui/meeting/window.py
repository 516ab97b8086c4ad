"""Meeting mode: live minutes, keyboard first, and no typed word ever lost.

The entry being typed is handed to the ``MinutesWriter`` at most 250 ms after a
keystroke (a throttle, not a debounce: continuous typing is saved too), so it is on
disk well within a second without the UI thread waiting for the disk. Enter commits
the entry through the same writer, in order. Changes to earlier entries (text,
party, order, delete) go through the undoable edit context.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QListView, QMainWindow, QVBoxLayout, QWidget

from samverkan_desktop.domain.enums import EntryKind, RecordKind
from samverkan_desktop.services.editing import Row
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.minutes import EntryView, MeetingData, TopicView, load_meeting, now_iso
from samverkan_desktop.services.minutes_writer import Draft, MinutesWriter, NewEntry
from samverkan_desktop.ui import screen_fit
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.disk_status import DiskFaultBar
from samverkan_desktop.ui.meeting.entries_model import EntriesModel
from samverkan_desktop.ui.meeting.entry_delegate import EntryDelegate
from samverkan_desktop.ui.meeting.entry_editor import EntryEditor
from samverkan_desktop.ui.meeting.panels import Header, Legend, party_items
from samverkan_desktop.ui.session_labels import entry_kinds
from samverkan_desktop.ui.soon import call_soon

DRAFT_SAVE_MS = 250
KINDS = tuple(EntryKind)


class _Bridge(QObject):
    """Carries the writer thread's news to the UI thread (queued signals)."""

    stored = Signal(str, int)
    status = Signal(bool, str)
    saved = Signal()


class MeetingWindow(QMainWindow):
    closed = Signal()

    def __init__(self, ctx: EditContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingWindow")
        self.ctx, self.session_id = ctx, session_id
        self.data: MeetingData = load_meeting(ctx.library, session_id)
        self.setWindowTitle(self.tr("Meeting mode – %1").replace("%1", self.data.title))
        self.bridge = _Bridge(self)
        self.bridge.stored.connect(self._stored)
        self.bridge.status.connect(self._writer_status)
        self.bridge.saved.connect(self._saved)
        self.writer = MinutesWriter(
            ctx.library,
            on_status=lambda ok, message: self.bridge.status.emit(ok, message(ctx.language) if message else ""),
            on_saved=self.bridge.saved.emit,
        )

        draft = self.data.draft
        self.party_id: int | None = draft.party_id if draft else None
        self.kind: str = draft.kind if draft and draft.kind else EntryKind.STATEMENT
        self.started_at: str | None = draft.started_at if draft else None
        self.topic_index = self._initial_topic(
            draft.agenda_item_id if draft else None, draft.question_id if draft else None
        )

        self.text_font = QFont(self.font())
        self.text_font.setPointSizeF(max(13.0, self.font().pointSizeF() * 1.35))
        self.header = Header(self.data)
        self.banner = QLabel(self.tr("These minutes are adjusted and locked. Ctrl+J reopens them."))
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.model = EntriesModel({p.id: p.name for p in self.data.parties}, entry_kinds(), self)
        self.model.set_entries(list(self.data.entries))
        self.entries = QListView()
        self.entries.setObjectName("meetingEntries")
        self.entries.setModel(self.model)
        self.entries.setWordWrap(True)
        self.entries.setUniformItemSizes(False)
        # lay rows out in batches between events: an Enter in a session of 1,000 entries
        # otherwise relaid every row in one go (a 50 ms stall)
        self.entries.setLayoutMode(QListView.LayoutMode.Batched)
        self.entries.setBatchSize(100)
        self.entries.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entries.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.delegate = EntryDelegate(self.text_font, self.entries)
        self.delegate.edited.connect(self.entry_edited)
        self.entries.setItemDelegate(self.delegate)
        self.entries.setAccessibleName(self.tr("Earlier entries"))
        self.parties_legend = Legend("Alt", "partyLegend")
        self.parties_legend.set_items([*party_items(self.data.parties), ("Alt+0", self.tr("no party"))])
        self.kinds_legend = Legend("Ctrl", "kindLegend")
        labels = entry_kinds()
        self.kinds_legend.set_items(
            [(f"Ctrl+{n}", labels[k]) for n, k in enumerate(KINDS, start=1)] + [("F1", self.tr("all keys"))]
        )
        self.editor = EntryEditor()
        self.editor.setFont(self.text_font)
        self.editor.setAccessibleName(self.tr("Entry being typed"))
        self.editor.setPlaceholderText(self.tr("Type what is said. Enter saves the entry, Shift+Enter is a new line."))
        self.editor.setMinimumHeight(int(self.text_font.pointSizeF() * 6))
        self.editor.setMaximumHeight(int(self.text_font.pointSizeF() * 10))
        if draft is not None:
            self.editor.setPlainText(draft.text)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.editor.textChanged.connect(self._typed)
        self.editor.commit.connect(self.commit_entry)
        self.editor.up_from_top.connect(self._to_list)
        self.editor.session_undo.connect(self.ctx.undo_stack.undo)
        self.editor.session_redo.connect(self.ctx.undo_stack.redo)
        self.save_label = QLabel(self.tr("Everything is saved"))
        self.save_label.setObjectName("meetingSaveState")
        self.statusBar().addPermanentWidget(self.save_label)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 6)
        for widget, stretch in (
            (self.header, 0),
            (self.banner, 0),
            (self.entries, 1),
            (self.parties_legend, 0),
            (self.kinds_legend, 0),
        ):
            layout.addWidget(widget, stretch)
        self.disk_bar = DiskFaultBar()  # above the editor, where the secretary looks
        self.disk_bar.follow(ctx)
        layout.addWidget(self.disk_bar)
        editor_box = QVBoxLayout()
        editor_box.setContentsMargins(12, 0, 12, 0)
        editor_box.addWidget(self.editor)
        layout.addLayout(editor_box)
        self.setCentralWidget(central)

        self.attendance_dock: QDockWidget | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        ctx.list_changed.connect(self._list_changed)
        ctx.changed.connect(self._entry_changed)
        from samverkan_desktop.ui.meeting.shortcuts import install_shortcuts

        self.shortcuts: dict[str, QShortcut] = install_shortcuts(self)
        from samverkan_desktop.ui.meeting.tagging_live import install_tagging

        install_tagging(self)
        from samverkan_desktop.ui.meeting.open_actions import install_open_actions

        self.open_actions_panel = install_open_actions(self)
        self._apply_read_only()
        self._show_choices()
        screen_fit.resize_within_screen(self, 1100, 760)  # its size once it is no longer maximised
        call_soon(self, self._scroll_to_end)

    # -- state shown ------------------------------------------------------------------
    def _initial_topic(self, agenda_item_id: int | None, question_id: int | None) -> int:
        for position, topic in enumerate(self.data.topics):
            if (topic.kind == RecordKind.AGENDA_ITEM and topic.id == agenda_item_id) or (
                topic.kind == RecordKind.QUESTION and topic.id == question_id and agenda_item_id is None
            ):
                return position
        return 0

    def current_topic(self) -> TopicView | None:
        return self.data.topics[self.topic_index] if self.data.topics else None

    def _show_choices(self) -> None:
        position = next((n for n, p in enumerate(self.data.parties[:9]) if p.id == self.party_id), None)
        self.parties_legend.mark(len(self.data.parties[:9]) if position is None else position)
        self.kinds_legend.mark(KINDS.index(self.kind))
        self.header.show_topic(self.current_topic(), self.topic_index, len(self.data.topics))

    def _apply_read_only(self) -> None:
        read_only = self.data.read_only
        self.banner.setVisible(read_only)
        self.editor.setReadOnly(read_only)
        self.entries.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        if not read_only:
            self.editor.setFocus()

    def _scroll_to_end(self) -> None:
        self.entries.scrollToBottom()

    # -- typing -----------------------------------------------------------------------
    def _typed(self) -> None:
        if self.started_at is None and self.editor.toPlainText():
            self.started_at = now_iso()
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def _draft(self, text: str, started_at: str | None) -> Draft:
        topic = self.current_topic()
        return Draft(
            self.session_id,
            text,
            self.party_id,
            None,
            self.kind,
            topic.id if topic and topic.kind == RecordKind.AGENDA_ITEM else None,
            topic.question_id if topic else None,
            started_at,
        )

    def save_draft(self) -> None:
        self._draft_timer.stop()
        if not self.data.read_only:
            self.writer.save_draft(self._draft(self.editor.toPlainText(), self.started_at))
            self._pending_label()

    def commit_entry(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text or self.data.read_only:
            return
        self._draft_timer.stop()
        draft = self._draft(text, self.started_at or now_iso())
        entry = NewEntry(
            self.session_id,
            f"entry-{uuid.uuid4().hex[:12]}",
            text,
            draft.party_id,
            None,
            draft.kind,
            draft.agenda_item_id,
            draft.question_id,
            draft.started_at,
            next_draft=self._draft("", None),
        )
        uid = entry.uid
        self.writer.commit_entry(entry, lambda entry_id: self.bridge.stored.emit(uid, entry_id))
        self.model.append(entry_view_of(entry))
        self.started_at = None
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self._pending_label()
        self._scroll_to_end()

    def _pending_label(self) -> None:
        if self.writer.pending():
            self.save_label.setText(self.tr("Not saved yet") if self.disk_bar.failing else self.tr("Saving…"))

    def _stored(self, uid: str, entry_id: int) -> None:
        self.model.stored(uid, entry_id)

    def _saved(self) -> None:
        if not self.writer.pending():
            from datetime import datetime

            self.save_label.setText(self.tr("Saved %1").replace("%1", f"{datetime.now():%H:%M:%S}"))

    def _writer_status(self, ok: bool, message: str) -> None:
        """The writer cannot save (the red bar says why and stays) or can again."""
        self.disk_bar.report("writer", ok, message)
        if ok:
            self.statusBar().showMessage(message, 5000)
        else:
            self.save_label.setText(self.tr("Not saved yet"))

    # -- choices ----------------------------------------------------------------------
    def choose_party(self, number: int) -> None:
        """Alt+number: the party that speaks; Alt+0 no party. On a selected earlier entry
        (focus in the list) it re-attributes that entry instead."""
        party_id = self.data.parties[number - 1].id if 0 < number <= min(9, len(self.data.parties)) else None
        if number and party_id is None:
            return
        if self.entries.hasFocus() and self.entries.currentIndex().isValid():
            self._set_entry_field(self.entries.currentIndex().row(), "party_id", party_id, self.tr("Change party"))
            return
        self.party_id = party_id
        self._show_choices()
        self.save_draft()

    def choose_kind(self, number: int) -> None:
        self.kind = KINDS[number - 1]
        self._show_choices()
        self.save_draft()

    def step_topic(self, step: int) -> None:
        if not self.data.topics:
            return
        self.topic_index = max(0, min(len(self.data.topics) - 1, self.topic_index + step))
        self._show_choices()
        self.save_draft()

    # -- earlier entries ----------------------------------------------------------------
    def _to_list(self) -> None:
        if self.model.rowCount():  # coming up from the editor: the newest entry first
            self.entries.setFocus()
            self.entries.setCurrentIndex(self.model.index(self.model.rowCount() - 1))

    def back_to_editor(self) -> None:
        self.editor.setFocus()

    def _row(self, row: int) -> Row | None:
        """The stored record of the entry in ``row``; an entry saved a moment ago is
        waited for (its id arrives by a queued signal, so deliver that first)."""
        entry = self.model.entries[row]
        if not entry.id:
            self.writer.flush(2.0)
            QCoreApplication.sendPostedEvents(self.bridge)
            entry = self.model.entries[row]
        return self.ctx.editor.get(RecordKind.ENTRY, entry.id) if entry.id else None

    def _set_entry_field(self, row: int, field: str, value: object, label: str) -> None:
        if self.data.read_only:
            return
        record = self._row(row)
        if record is not None:
            self.ctx.set_field(record, field, value, label)
            self.ctx.end_merge()

    def entry_edited(self, row: int, text: str) -> None:
        from samverkan_desktop.ui.meeting.tagging_live import edit_entry_text

        edit_entry_text(self, row, text)  # the tagged spans move along with their words

    def tag_entry(self) -> None:
        """Ctrl+T: tag the selected earlier entry, or the one committed last."""
        from samverkan_desktop.ui.meeting.tagging_live import tag_current

        tag_current(self)

    def delete_selected(self) -> None:
        index = self.entries.currentIndex()
        if self.data.read_only or not index.isValid() or not self.entries.hasFocus():
            return
        record = self._row(index.row())
        if record is not None:
            self.ctx.delete(record, self.tr("Delete entry"))

    def move_selected(self, step: int) -> None:
        index = self.entries.currentIndex()
        if self.data.read_only or not index.isValid() or not self.entries.hasFocus():
            return
        new = index.row() + step
        record = self._row(index.row())
        if record is not None and 0 <= new < self.model.rowCount():
            self.ctx.move(record, index.row(), new, self.tr("Move entry"))
            self.entries.setCurrentIndex(self.model.index(new))

    def _list_changed(self, kind: str, parent_id: int, select_id: int) -> None:
        if kind == RecordKind.TAGGING:
            from samverkan_desktop.ui.meeting.tagging_live import refresh_taggings

            refresh_taggings(self)
        if kind != RecordKind.ENTRY or parent_id != self.session_id:
            return
        self.writer.flush(2.0)
        current = self.entries.currentIndex().row()
        self.model.set_entries(list(load_meeting(self.ctx.library, self.session_id).entries))
        row = self.model.row_of(select_id) if select_id >= 0 else min(current, self.model.rowCount() - 1)
        if row >= 0:
            self.entries.setCurrentIndex(self.model.index(row))

    def _entry_changed(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.ENTRY and self.model.row_of(record_id) >= 0:
            row = self.ctx.editor.get(RecordKind.ENTRY, record_id)
            view = self.model.entries[self.model.row_of(record_id)]
            values = row.values
            self.model.replace_entry(
                replace(view, text=values["text"], party_id=values["party_id"], kind=_value(values["kind"]))
            )

    # -- attendance and adjustment -------------------------------------------------------
    def toggle_attendance(self) -> None:
        if self.attendance_dock is None:
            from samverkan_desktop.ui.editors.attendance import AttendanceTab

            self.attendance_dock = QDockWidget(self.tr("Attendance"), self)
            self.attendance_dock.setObjectName("attendanceDock")
            self.attendance_dock.setWidget(AttendanceTab(self.ctx, self.data.project_id, self.session_id))
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.attendance_dock)
            self.attendance_dock.widget().setFocus()
            return
        visible = not self.attendance_dock.isVisible()
        self.attendance_dock.setVisible(visible)
        (self.attendance_dock.widget() if visible else self.editor).setFocus()

    def adjust_or_reopen(self) -> None:
        from samverkan_desktop.services import adjustment
        from samverkan_desktop.ui.dialogs import confirm
        from samverkan_desktop.ui.meeting.adjust_dialog import AdjustDialog

        self.save_draft()
        self.writer.flush(5.0)
        if self.data.read_only:
            if not confirm(
                self,
                self.tr("Reopen the minutes"),
                self.tr(
                    "The minutes are adjusted. Reopen them for changes? The reopening is "
                    "recorded, and they must be adjusted again."
                ),
                self.tr("Reopen"),
            ):
                return
            adjustment.reopen(self.ctx.library, self.session_id)
        else:
            dialog = AdjustDialog(load_meeting(self.ctx.library, self.session_id), self)
            if dialog.exec() != AdjustDialog.DialogCode.Accepted:
                return
            adjustment.adjust(self.ctx.library, self.session_id, dialog.adjusters(), dialog.adjusted_on())
        self.ctx.undo_stack.clear()  # edits from before the lock cannot be undone into it
        self.ctx.emit_changed(RecordKind.SESSION, self.session_id)
        self.reload()

    # -- window -----------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def reload(self) -> None:
        self.data = load_meeting(self.ctx.library, self.session_id)
        self.model.set_entries(list(self.data.entries))
        self._apply_read_only()
        self._show_choices()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_draft()
        if not self.writer.close(10.0):  # the disk refuses: stay open, keep retrying
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


def _value(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def entry_view_of(entry: NewEntry) -> EntryView:
    return EntryView(
        0,
        entry.uid,
        entry.text,
        entry.party_id,
        entry.person_id,
        entry.kind,
        entry.agenda_item_id,
        entry.question_id,
        entry.recorded_at,
    )
