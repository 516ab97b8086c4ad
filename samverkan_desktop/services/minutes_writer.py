"""The writer of meeting mode: saves the draft and commits entries off the UI thread.

Typing must never wait for the disk, and no typed word may be lost. The UI hands
over the draft as it is typed (``save_draft``: only the newest version of a session's
draft is kept in the queue) and each entry as it is committed with Enter
(``commit_entry``); one background thread writes them in the order they came, each
in its own short transaction. A write that fails (disk full, read-only folder,
database locked by a backup or an antivirus scanner) stays at the head of the queue
and is retried; ``on_status`` tells the UI why (``services.storage_faults``), which keeps
showing the text, and tells it again when everything is saved.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.storage_faults import classify
from samverkan_desktop.storage.library import Library

log = logging.getLogger(__name__)
RETRY_SECONDS = (0.25, 0.5, 1.0, 2.0)


@dataclass(frozen=True)
class Draft:
    session_id: int
    text: str
    party_id: int | None = None
    person_id: int | None = None
    kind: str | None = None
    agenda_item_id: int | None = None
    question_id: int | None = None
    started_at: str | None = None


@dataclass(frozen=True)
class NewEntry:
    session_id: int
    uid: str
    text: str
    party_id: int | None
    person_id: int | None
    kind: str | None
    agenda_item_id: int | None
    question_id: int | None
    recorded_at: str | None
    #: the draft that remains after the commit (empty text, sticky choices kept)
    next_draft: Draft | None = None


@dataclass
class _Task:
    kind: str  # "draft" or "entry"
    payload: Any
    done: Callable[[int], None] | None = None
    attempts: int = field(default=0)


SAVE_FAILED = LocalText(
    "Det går inte att spara just nu. Din text finns kvar och sparas så fort det går.",
    "Saving is not possible right now. Your text stays here and is saved as soon as possible.")
SAVED_AGAIN = LocalText("Allt är sparat igen.", "Everything is saved again.")


class MinutesWriter:
    """One background thread writing drafts and entries of meeting mode, in order."""

    def __init__(self, library: Library,
                 on_status: Callable[[bool, LocalText | None], None] | None = None,
                 on_saved: Callable[[], None] | None = None) -> None:
        self.library = library
        self.on_status = on_status
        self.on_saved = on_saved
        self._queue: deque[_Task] = deque()
        self._lock = threading.Condition()
        self._closing = False
        self._busy = False
        self._failing = False
        self._message: LocalText | None = None
        self._thread = threading.Thread(target=self._run, name="minutes-writer", daemon=True)
        self._thread.start()

    # -- called from the UI thread ------------------------------------------------------
    def save_draft(self, draft: Draft) -> None:
        with self._lock:
            last = self._queue[-1] if self._queue else None
            if last is not None and last.kind == "draft" and last.payload.session_id == draft.session_id \
                    and not (self._busy and len(self._queue) == 1):
                last.payload = draft
            else:
                self._queue.append(_Task("draft", draft))
            self._lock.notify()

    def commit_entry(self, entry: NewEntry, done: Callable[[int], None] | None = None) -> None:
        """Queue an entry; ``done(entry_id)`` is called from the writer thread once stored."""
        with self._lock:
            self._queue.append(_Task("entry", entry, done))
            self._lock.notify()

    def pending(self) -> int:
        with self._lock:
            return len(self._queue) + (1 if self._busy else 0)

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued is on disk; False if it is not by ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._queue or self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._lock.wait(remaining)
        return True

    def close(self, timeout: float = 5.0) -> bool:
        """Flush and stop. If the queue cannot be written by ``timeout`` the thread keeps
        running (and retrying) and False is returned: nothing queued is ever dropped."""
        flushed = self.flush(timeout)
        if not flushed:
            return False
        with self._lock:
            self._closing = True
            self._lock.notify_all()
        self._thread.join(timeout=1.0)
        return flushed

    # -- the writer thread ---------------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._queue and not self._closing:
                    self._lock.wait()
                if not self._queue and self._closing:
                    return
                task = self._queue[0]
                self._busy = True
            ok = self._write(task)
            with self._lock:
                if ok and self._queue and self._queue[0] is task:
                    self._queue.popleft()
                self._busy = False
                self._lock.notify_all()
                closing = self._closing
            if not ok:
                if closing:
                    return
                time.sleep(RETRY_SECONDS[min(task.attempts - 1, len(RETRY_SECONDS) - 1)])

    def _write(self, task: _Task) -> bool:
        try:
            with self.library.engine.begin() as connection:
                if task.kind == "draft":
                    _write_draft(connection, task.payload)
                    entry_id = 0
                else:
                    entry_id = _write_entry(connection, task.payload)
        except Exception as exc:  # whatever it is, the text stays queued and is retried: the thread lives on
            task.attempts += 1
            fault = classify(exc, self.library.path)
            log.warning("meeting-mode write failed (attempt %d, %s): %s", task.attempts,
                        fault.kind.value if fault else "unknown", exc)
            message = fault.while_typing() if fault is not None else SAVE_FAILED
            if not self._failing or message != self._message:  # told once, and again if the reason changes
                self._failing, self._message = True, message
                self._status(False, message)
            return False
        if self._failing:
            self._failing, self._message = False, None
            self._status(True, SAVED_AGAIN)
        if task.done is not None:
            task.done(entry_id)
        if self.on_saved is not None:
            self.on_saved()
        return True

    def _status(self, ok: bool, message: LocalText | None) -> None:
        if self.on_status is not None:
            self.on_status(ok, message)


def _draft_values(draft: Draft) -> dict[str, Any]:
    return {"session_id": draft.session_id, "text": draft.text, "party_id": draft.party_id,
            "person_id": draft.person_id, "kind": draft.kind, "agenda_item_id": draft.agenda_item_id,
            "question_id": draft.question_id, "started_at": draft.started_at, "updated_at": utcnow()}


def _write_draft(connection: Connection, draft: Draft) -> None:
    table = table_of(m.EntryDraft)
    values = _draft_values(draft)
    statement = sqlite_insert(table).values(**values)
    connection.execute(statement.on_conflict_do_update(
        index_elements=[table.c.session_id], set_={k: v for k, v in values.items() if k != "session_id"}))


def _write_entry(connection: Connection, entry: NewEntry) -> int:
    table = table_of(m.Entry)
    order = connection.execute(select(func.count()).select_from(table)
                               .where(table.c.session_id == entry.session_id)).scalar_one()
    now = utcnow()
    key = connection.execute(insert(table).values(
        session_id=entry.session_id, uid=entry.uid, text=entry.text, party_id=entry.party_id,
        person_id=entry.person_id, kind=entry.kind, agenda_item_id=entry.agenda_item_id,
        question_id=entry.question_id, recorded_at=entry.recorded_at, sort_order=order,
        created_at=now, updated_at=now, extra={})).inserted_primary_key
    assert key is not None
    if entry.next_draft is not None:
        _write_draft(connection, entry.next_draft)
    else:
        connection.execute(delete(table_of(m.EntryDraft)).where(
            table_of(m.EntryDraft).c.session_id == entry.session_id))
    return int(key[0])
