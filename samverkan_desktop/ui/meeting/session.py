"""The meeting being minuted, without any widget: what meeting mode's window shows and changes.

``MeetingSession`` holds the session's data, the ``MinutesWriter`` that saves the draft and
the committed entries off the UI thread, the current choices (party, kind, topic), the
entries (``EntriesModel``, the records the list shows) and meeting mode's own undo history.
Every change a user makes in meeting mode is an undo step of that history, never of the
shared one: Ctrl+Z there acts on what the meeting window shows and never changes a screen
behind it. The window and each feature (tagging, action items) take the session; it knows
none of them, and tells them what happened through its signals.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from samverkan_desktop.domain.enums import EntryKind, RecordKind
from samverkan_desktop.domain.rules import is_locked, now_iso
from samverkan_desktop.services.editing import Row, Tombstone
from samverkan_desktop.services.errors import LocalText, NotFound
from samverkan_desktop.services.minutes import (
    EntryView,
    MeetingData,
    TopicView,
    entries_of_session,
    load_meeting,
)
from samverkan_desktop.services.minutes_writer import Draft, MinutesWriter, NewEntry
from samverkan_desktop.ui import undo
from samverkan_desktop.ui.analysis.labels import entry_kind_labels
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.meeting.entries_model import EntriesModel
from samverkan_desktop.ui.meeting.keys import MeetingAction, key_of, key_text

MESSAGE_MS = 8000


class _Bridge(QObject):
    """Carries the writer thread's news to the UI thread (queued signals)."""

    stored = Signal(str, int)
    status = Signal(bool, str)
    saved = Signal()


class MeetingSession(QObject):
    # the party, kind or topic for the next entry changed
    choices_changed = Signal()
    # the data was read again: the lock may have changed (adjusted, reopened)
    reloaded = Signal()
    # the entries were read again from the library; the id to select, or -1
    entries_reloaded = Signal(int)
    # an undo took the entry just saved back into the editor: its text
    taken_back = Signal(str)
    # something for the status bar: (text, milliseconds)
    message = Signal(str, int)
    # the writer cannot save (False, why) or can again (True, message)
    writer_status = Signal(bool, str)
    # everything the writer was given is on disk
    saved = Signal()

    def __init__(self, ctx: EditContext, session_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session_id = ctx, session_id
        self.data: MeetingData = load_meeting(ctx.library, session_id)
        self.history = QUndoStack(self)
        # whether the last undo took the entry just saved back into the editor
        self.took_back = False
        self.bridge = _Bridge(self)
        self.bridge.stored.connect(self._stored)
        self.bridge.status.connect(self.writer_status)
        self.bridge.saved.connect(self.saved)
        # entry ids as the writer reports them (from its thread), by uid
        self._stored_ids: dict[str, int] = {}
        self.writer = MinutesWriter(
            ctx.library,
            on_status=lambda ok, message: self.bridge.status.emit(ok, message(ctx.language) if message else ""),
            on_saved=self.bridge.saved.emit,
        )
        draft = self.data.draft
        self.party_id: int | None = draft.party_id if draft else None
        self.kind: str = draft.kind if draft and draft.kind else EntryKind.STATEMENT
        self.started_at: str | None = draft.started_at if draft else None
        # whether the editor holds no text (the view says so as it changes)
        self.typing_empty = not (draft and draft.text)
        self.topic_index = self._topic_position(draft.agenda_item_id if draft else None,
                                                draft.question_id if draft else None)
        self.model = EntriesModel({p.id: p.name for p in self.data.parties}, entry_kind_labels(), self)
        self.model.set_topics(self.data.topics, self.tr("Other notes"))
        self.model.set_entries(list(self.data.entries))
        self.refresh_taggings()
        ctx.list_changed.connect(self._list_changed)
        ctx.changed.connect(self._changed)

    # -- what is locked ---------------------------------------------------------------
    def locked(self, kind: str = "entry") -> bool:
        """Whether records of ``kind`` are locked: the minutes are once adjusted, tagging never."""
        return is_locked(self.data.status, kind)

    def refuse_locked(self) -> None:
        """Say that the minutes are locked and how to reopen them (a refused key is never silent)."""
        self.message.emit(self.tr("These minutes are adjusted and locked. To change them, reopen them with %1 "
                                  "or the button above.").replace(
            "%1", key_text(key_of(MeetingAction.ADJUST).keys[0])), MESSAGE_MS * 2)

    # -- the choices for the next entry -------------------------------------------------
    def _topic_position(self, agenda_item_id: int | None, question_id: int | None) -> int:
        for position, topic in enumerate(self.data.topics):
            if (topic.kind == RecordKind.AGENDA_ITEM and topic.id == agenda_item_id) or (
                    topic.kind == RecordKind.QUESTION and topic.id == question_id and agenda_item_id is None):
                return position
        return 0

    def current_topic(self) -> TopicView | None:
        return self.data.topics[self.topic_index] if self.data.topics else None

    def party_position(self) -> int | None:
        """Which of the first nine parties speaks (0-based), None for no party."""
        return next((n for n, p in enumerate(self.data.parties[:9]) if p.id == self.party_id), None)

    def party_of_number(self, number: int) -> tuple[bool, int | None]:
        """The party of Alt+``number`` (0: no party); False when there is no such party."""
        if number == 0:
            return True, None
        if 0 < number <= min(9, len(self.data.parties)):
            return True, self.data.parties[number - 1].id
        return False, None

    def choose_party(self, party_id: int | None) -> None:
        self.party_id = party_id
        self.choices_changed.emit()

    def choose_kind(self, kind: str) -> None:
        self.kind = kind
        self.choices_changed.emit()

    def step_topic(self, step: int) -> None:
        if self.data.topics:
            self.topic_index = max(0, min(len(self.data.topics) - 1, self.topic_index + step))
            self.choices_changed.emit()

    # -- typing and committing ----------------------------------------------------------
    def typed(self, empty: bool) -> None:
        """The editor's text changed; the first character of an entry starts its clock."""
        self.typing_empty = empty
        if self.started_at is None and not empty:
            self.started_at = now_iso()

    def _draft(self, text: str, started_at: str | None) -> Draft:
        topic = self.current_topic()
        return Draft(self.session_id, text, self.party_id, None, self.kind,
                     topic.id if topic and topic.kind == RecordKind.AGENDA_ITEM else None,
                     topic.question_id if topic else None, started_at)

    def save_draft(self, text: str) -> None:
        if not self.locked():
            self.writer.save_draft(self._draft(text, self.started_at))

    def commit(self, text: str) -> bool:
        """Enter: save the entry (through the writer, in order) as an undo step of meeting mode."""
        text = text.strip()
        if not text or self.locked():
            return False
        draft = self._draft(text, self.started_at or now_iso())
        entry = NewEntry(self.session_id, f"entry-{uuid.uuid4().hex[:12]}", text, draft.party_id, None, draft.kind,
                         draft.agenda_item_id, draft.question_id, draft.started_at,
                         next_draft=self._draft("", None))
        uid = entry.uid
        self.writer.commit_entry(entry, lambda entry_id: self._written(uid, entry_id))
        self.model.append(_view_of(entry))
        self.started_at = None
        self.typing_empty = True
        self.history.push(CommitEntry(self, entry, self.tr("Save entry")))
        return True

    def _written(self, uid: str, entry_id: int) -> None:
        """In the writer's thread: the entry ``uid`` is stored."""
        self._stored_ids[uid] = entry_id
        self.bridge.stored.emit(uid, entry_id)

    def _stored(self, uid: str, entry_id: int) -> None:
        self.model.stored(uid, entry_id)

    def entry_id(self, uid: str) -> int | None:
        """The stored id of the entry ``uid``; an entry saved a moment ago is waited for."""
        found = self._stored_ids.get(uid)
        if found is None:
            self.writer.flush(2.0)
            found = self._stored_ids.get(uid)
        row = self.model.row_of_uid(uid)
        if found is None and row >= 0 and self.model.entries[row].id:
            found = self.model.entries[row].id
        return found

    def record(self, row: int) -> Row | None:
        """The stored record of the entry in ``row`` (None: out of range or not stored)."""
        if not 0 <= row < self.model.rowCount():
            return None
        entry_id = self.model.entries[row].id or self.entry_id(self.model.entries[row].uid)
        return self.ctx.editor.get(RecordKind.ENTRY, entry_id) if entry_id else None

    def record_to_change(self, row: int, kind: str = "entry") -> Row | None:
        """The stored entry at ``row`` when a change of ``kind`` ("entry", "tagging", "quote") is
        allowed; None otherwise (a locked session says so and how to reopen it)."""
        if self.locked(kind):
            self.refuse_locked()
            return None
        return self.record(row)

    def take_back(self, entry: NewEntry) -> None:
        """Undo of the entry just saved, with the editor empty: its text and choices come back."""
        self.party_id, self.kind = entry.party_id, entry.kind or self.kind
        self.topic_index = self._topic_position(entry.agenda_item_id, entry.question_id)
        self.started_at = entry.recorded_at
        self.choices_changed.emit()
        self.taken_back.emit(entry.text)

    # -- changes to earlier entries, each an undo step of meeting mode -------------------
    def push(self, command: undo.EditCommand) -> bool:
        """Run an undoable change and put it on meeting mode's history; a refusal is said here
        (``message``), in the meeting window, not behind it."""
        return self.ctx.push(command, self.history, self._refused)

    def _refused(self, text: str) -> None:
        self.message.emit(text, MESSAGE_MS)

    def set_entry_field(self, row: int, field: str, value: object, label: str) -> bool:
        record = self.record_to_change(row)
        if record is None or record.values.get(field) == value:
            return False
        done = self.push(undo.SetField(self.ctx, record, field, value, label))
        self.ctx.end_merge()
        return done

    def delete(self, row: int) -> bool:
        record = self.record_to_change(row)
        return record is not None and self.push(undo.Delete(self.ctx, record, self.tr("Delete entry")))

    def move(self, row: int, step: int) -> bool:
        new = row + step
        record = self.record_to_change(row)
        if record is None or not 0 <= new < self.model.rowCount():
            return False
        return self.push(undo.Move(self.ctx, record, row, new, self.tr("Move entry")))

    # -- undo ---------------------------------------------------------------------------
    def undo(self) -> None:
        self._step_history(self.history.canUndo(), self.history.undoText(), self.history.undo,
                           self.tr("Undone: %1"), self.tr("Nothing to undo in meeting mode."))

    def redo(self) -> None:
        self._step_history(self.history.canRedo(), self.history.redoText(), self.history.redo,
                           self.tr("Redone: %1"), self.tr("Nothing to redo in meeting mode."))

    def _step_history(self, possible: bool, what: str, step: Callable[[], None], done: str, nothing: str) -> None:
        if not possible:
            self.message.emit(nothing, MESSAGE_MS)
            return
        self.took_back = False
        step()
        if self.took_back:
            done = self.tr("Undone: %1 – the text is back in the entry being typed.")
        self.message.emit(done.replace("%1", what), MESSAGE_MS)

    # -- changes from anywhere -----------------------------------------------------------
    def refresh_taggings(self) -> None:
        from samverkan_desktop.services.tagging import taggings_of_session

        self.model.set_taggings(taggings_of_session(self.ctx.library, self.session_id))

    def _list_changed(self, kind: str, parent_id: int, select_id: int) -> None:
        if kind == RecordKind.TAG or (kind == RecordKind.TAGGING and self.model.row_of(parent_id) >= 0):
            self.refresh_taggings()
        elif kind == RecordKind.ENTRY and parent_id == self.session_id:
            self.writer.flush(2.0)
            self.model.set_entries(list(entries_of_session(self.ctx.library, self.session_id)))
            self.entries_reloaded.emit(select_id)

    def _changed(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.ENTRY and self.model.row_of(record_id) >= 0:
            values = self.ctx.editor.get(RecordKind.ENTRY, record_id).values
            view = self.model.entries[self.model.row_of(record_id)]
            self.model.replace_entry(replace(view, text=values["text"], party_id=values["party_id"],
                                             kind=_value(values["kind"])))
        elif kind == RecordKind.SESSION and record_id == self.session_id:
            self.reload()

    # -- the lock ----------------------------------------------------------------------
    def adjust(self, adjusters: list[int], on: dt.date) -> None:
        """Lock the minutes (reopening them is ``ui.reopen_minutes``, shared with the session editor)."""
        from samverkan_desktop.services import adjustment

        self.writer.flush(5.0)
        adjustment.adjust(self.ctx.library, self.session_id, adjusters, on)
        self.ctx.undo_stack.clear()  # edits from before the lock cannot be undone into it
        self.ctx.emit_changed(RecordKind.SESSION, self.session_id)  # reloads this session too

    def reload(self) -> None:
        """Read the session again; when it was locked or reopened (here or in the session editor),
        meeting mode's history starts afresh, as the shared one does."""
        locked = self.locked()
        self.data = load_meeting(self.ctx.library, self.session_id)
        if self.locked() != locked:
            self.history.clear()
        self.model.set_entries(list(self.data.entries))
        self.refresh_taggings()
        self.reloaded.emit()

    def close(self, timeout: float) -> bool:
        """Stop the writer once everything is on disk; False (and still writing) when it is not."""
        return self.writer.close(timeout)


class CommitEntry(undo.EditCommand):
    """Saving an entry with Enter, as an undo step. The writer stores it; undo deletes it and,
    when the editor is empty, puts its text and choices back there as if Enter had not been
    pressed (then there is nothing to redo: Enter saves it again). With text in the editor,
    undo only deletes it, and redo puts the very same entry back."""

    def __init__(self, session: MeetingSession, entry: NewEntry, label: str) -> None:
        super().__init__(session.ctx, label)
        self.session, self.entry = session, entry
        self.tombstone: Tombstone | None = None

    def apply(self) -> None:
        assert self.tombstone is not None
        row = self.ctx.editor.restore(self.tombstone)
        self.ctx.emit_list_changed(RecordKind.ENTRY, self.session.session_id, row.id)

    def revert(self) -> None:
        entry_id = self.session.entry_id(self.entry.uid)
        if entry_id is None:
            raise NotFound(LocalText("Inlägget är inte sparat än, så det går inte att ångra förrän det är sparat.",
                                     "The entry is not saved yet, so it cannot be undone until it is."))
        self.tombstone = self.ctx.editor.delete(RecordKind.ENTRY, entry_id)
        self.ctx.emit_list_changed(RecordKind.ENTRY, self.session.session_id, None)
        if self.session.typing_empty:
            self.session.take_back(self.entry)
            self.session.took_back = True
            self.setObsolete(True)  # Enter saves it again; nothing to redo


def _value(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def _view_of(entry: NewEntry) -> EntryView:
    return EntryView(0, entry.uid, entry.text, entry.party_id, entry.person_id, entry.kind,
                     entry.agenda_item_id, entry.question_id, entry.recorded_at)
