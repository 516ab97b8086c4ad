"""Read-only views of the library: which projects and sessions it holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.services.errors import LocalText, NotFound
from samverkan_desktop.storage.library import Library


@dataclass(frozen=True)
class ProjectSummary:
    id: int
    uid: str
    title: str
    organisation: str | None
    status: str | None
    sessions: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class SessionSummary:
    id: int
    uid: str
    title: str
    date: dt.date
    kind: str | None
    status: str | None
    entries: int
    #: start and end time as "HH:MM", None when not set
    start: str | None = None
    end: str | None = None
    location: str | None = None
    #: where a merge brought the session from ({"recorder", "laptop"}); None for the library's own
    origin: dict[str, str] | None = None
    #: the recipient it was sent out to, when this library sent it out (services/merge)
    sent_to: str | None = None
    #: who sent it here, when this library received it to record ("recorder laptop")
    received_from: str | None = None


def list_projects(library: Library) -> list[ProjectSummary]:
    """Every project, most recently changed first."""
    count = (select(func.count(m.Session.id)).where(m.Session.project_id == m.Project.id)
             .scalar_subquery())
    query = select(m.Project, count).order_by(m.Project.updated_at.desc(), m.Project.id.desc())
    with library.sessions() as db:
        return [
            ProjectSummary(p.id, p.uid, p.title, p.organisation,
                           p.status.value if p.status else None, n, p.updated_at)
            for p, n in db.execute(query)
        ]


def project_id_for(library: Library, project_uid: str) -> int:
    with library.sessions() as db:
        found = db.scalar(select(m.Project.id).where(m.Project.uid == project_uid))
    if found is None:
        raise NotFound(LocalText(f'Projektet "{project_uid}" finns inte i biblioteket.',
                                 f'The project "{project_uid}" is not in the library.'))
    return found


def list_sessions(library: Library, project_uid: str) -> list[SessionSummary]:
    """The sessions of a project in date order."""
    return sessions_of_project(library, project_id_for(library, project_uid))


def sessions_of_project(library: Library, project_id: int) -> list[SessionSummary]:
    """The sessions of a project (by internal id) in date order, each with its number of entries."""
    count = (select(func.count(m.Entry.id)).where(m.Entry.session_id == m.Session.id)
             .scalar_subquery())
    query = (select(m.Session, count).where(m.Session.project_id == project_id)
             .order_by(m.Session.date, m.Session.start, m.Session.sort_order))
    with library.sessions() as db:
        sent_to: dict[str, str] = {}
        received_from: dict[str, str] = {}
        for point in db.scalars(select(m.StartingPoint).where(m.StartingPoint.project_id == project_id)
                                .order_by(m.StartingPoint.sort_order)):
            sender = " ".join(str(point.sender.get(k) or "") for k in ("recorder", "laptop")).strip()
            for uid in point.sessions:
                if point.role == "sent":
                    sent_to[uid] = point.recipient
                else:
                    received_from[uid] = sender or point.recipient
        return [
            SessionSummary(s.id, s.uid, s.title, s.date, s.kind.value if s.kind else None,
                           s.status.value if s.status else None, n, s.start, s.end, s.location, s.origin,
                           sent_to.get(s.uid), received_from.get(s.uid))
            for s, n in db.execute(query)
        ]
