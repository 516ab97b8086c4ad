"""Action items (åtgärder): listing them, making one from an entry, and the open ones
left from earlier sessions (shown when a new session starts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import ActionStatus, RecordKind
from samverkan_desktop.services.editing import Editor, Row
from samverkan_desktop.services.errors import LocalText, NotFound
from samverkan_desktop.storage.library import Library


@dataclass(frozen=True)
class ActionView:
    """One action item with the names of its session and improvement area."""

    id: int
    uid: str
    text: str
    owner: str | None
    due: dt.date | None
    status: str
    session_id: int | None
    session_title: str | None
    session_date: dt.date | None
    improvement_id: int | None
    improvement: str | None
    sort_order: int

    @property
    def is_open(self) -> bool:
        return self.status != ActionStatus.DONE.value


def _query() -> Any:
    a, s, t = m.ActionItem, m.Session, m.Tag
    return (
        select(a.id, a.uid, a.text, a.owner, a.due, a.status, a.session_id, s.title, s.date,
               a.improvement_id, t.name, a.sort_order)
        .outerjoin(s, s.id == a.session_id)
        .outerjoin(t, t.id == a.improvement_id)
    )


def _view(r: Any) -> ActionView:
    status = r[5]
    return ActionView(r[0], r[1], r[2], r[3], r[4],
                      str(getattr(status, "value", status) or ActionStatus.OPEN.value),
                      r[6], r[7], r[8], r[9], r[10], r[11])


def _open() -> Any:
    return (m.ActionItem.status.is_(None)) | (m.ActionItem.status != ActionStatus.DONE)


def list_actions(library: Library, project_id: int, only_open: bool = False) -> list[ActionView]:
    """The project's actions in their stored order; ``only_open`` leaves out the done ones."""
    query = _query().where(m.ActionItem.project_id == project_id)
    if only_open:
        query = query.where(_open())
    with library.engine.connect() as c:
        rows = c.execute(query.order_by(m.ActionItem.sort_order, m.ActionItem.id)).all()
    return [_view(r) for r in rows]


def get_action(library: Library, action_id: int) -> ActionView:
    with library.engine.connect() as c:
        found = c.execute(_query().where(m.ActionItem.id == action_id)).first()
    if found is None:
        raise NotFound(LocalText("Åtgärden finns inte längre.", "The action no longer exists."))
    return _view(found)


def open_actions_before(library: Library, project_id: int, session_id: int) -> list[ActionView]:
    """Open actions decided at sessions dated before ``session_id``'s date, oldest first."""
    with library.engine.connect() as c:
        date = c.execute(select(m.Session.date).where(m.Session.id == session_id)).scalar_one_or_none()
        if date is None:
            return []
        query = (_query().where(m.ActionItem.project_id == project_id, _open(), m.Session.date < date)
                 .order_by(m.Session.date, m.Session.sort_order, m.ActionItem.sort_order, m.ActionItem.id))
        rows = c.execute(query).all()
    return [_view(r) for r in rows]


def action_values_from_entry(library: Library, entry_id: int) -> tuple[int, dict[str, Any]]:
    """The project id and the values of a new action made from an entry (its text and session)."""
    with library.engine.connect() as c:
        found = c.execute(
            select(m.Session.project_id, m.Entry.text, m.Entry.session_id)
            .join(m.Session, m.Session.id == m.Entry.session_id)
            .where(m.Entry.id == entry_id)
        ).first()
    if found is None:
        raise NotFound(LocalText("Anteckningen finns inte längre.", "The entry no longer exists."))
    return int(found[0]), {"text": found[1], "session_id": found[2], "status": ActionStatus.OPEN.value}


def create_action_from_entry(library: Library, entry_id: int) -> Row:
    """Make an open action of an entry: its text, decided at the entry's session."""
    project_id, values = action_values_from_entry(library, entry_id)
    return Editor(library).create(RecordKind.ACTION, project_id, values)
