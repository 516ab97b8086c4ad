"""Adjusting (justera) the minutes of a session, and reopening adjusted minutes.

Adjusting records who adjusted and when, and a hash of the minutes' content, and locks
the session against edits (``domain.rules.is_read_only``). Reopening needs the user's
confirmation in the UI and is itself recorded in the adjustment record, so that the
history of a public record stays visible.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import delete, insert, select, update

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import SessionStatus
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.services.errors import LocalText, NotFound
from samverkan_desktop.storage.library import Library


def content_hash(library: Library, session_id: int) -> str:
    """SHA-256 over the minutes' content: agenda, notes and entries, in order."""
    with library.sessions() as db:
        session = db.get(m.Session, session_id)
        if session is None:
            raise NotFound(LocalText("Dialogtillfället finns inte längre.", "The session no longer exists."))
        content: dict[str, Any] = {
            "agenda": [[a.uid, a.number, a.title, a.outcome.value if a.outcome else None,
                        [[n.party_id, n.text] for n in a.minute_notes]] for a in session.agenda],
            "entries": [[e.uid, e.text, e.party_id, e.kind.value if e.kind else None] for e in session.entries],
        }
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def adjust(library: Library, session_id: int, adjuster_ids: list[int], on: dt.date) -> str:
    """Lock the minutes as adjusted by ``adjuster_ids`` on ``on``; returns the content hash."""
    digest = content_hash(library, session_id)
    session = table_of(m.Session)
    with library.engine.begin() as c:
        extra = c.execute(select(session.c.adjusted_extra).where(session.c.id == session_id)).scalar()
        c.execute(update(session).where(session.c.id == session_id).values(
            status=SessionStatus.ADJUSTED.value, adjusted_at=on, adjusted_hash=digest,
            adjusted_extra=extra or {}, updated_at=utcnow()))
        adjusters = table_of(m.SessionAdjuster)
        c.execute(delete(adjusters).where(adjusters.c.session_id == session_id))
        for order, person_id in enumerate(adjuster_ids):
            c.execute(insert(adjusters).values(session_id=session_id, person_id=person_id, sort_order=order))
    return digest


def reopen(library: Library, session_id: int, when: dt.datetime | None = None) -> None:
    """Unlock adjusted minutes for changes, recording when they were reopened."""
    moment = (when or dt.datetime.now().astimezone()).isoformat(timespec="seconds")
    session = table_of(m.Session)
    with library.engine.begin() as c:
        extra = dict(c.execute(select(session.c.adjusted_extra).where(session.c.id == session_id)).scalar() or {})
        extra["reopened"] = [*extra.get("reopened", []), {"at": moment}]
        c.execute(update(session).where(session.c.id == session_id).values(
            status=SessionStatus.HELD.value, adjusted_extra=extra, updated_at=utcnow()))
