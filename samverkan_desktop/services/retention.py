"""Gallringspåminnelse: which final projects are old enough to archive and purge of personal data.

A project is due when its status is final (fastställd) and its latest date (the last
session, the decision or due date, an adjustment) lies at least the configured number
of months back. Months are calendar months: 24 months after 31 August 2024 is
31 August 2026, and after 29 February it is the last day of February. 0 months turns
the reminder off. Pure logic over plain values, and one read of the library.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import ProjectStatus
from samverkan_desktop.storage.library import Library

DEFAULT_MONTHS = 24


@dataclass(frozen=True)
class RetentionDue:
    project_id: int
    title: str
    latest: dt.date
    #: the day the reminder became due
    due_since: dt.date


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later (the month's last day when it is shorter)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_since(status: str | None, latest: dt.date | None, months: int) -> dt.date | None:
    """When a project of this status and latest date becomes due; None when it never does."""
    if months <= 0 or status != ProjectStatus.FINAL.value or latest is None:
        return None
    return add_months(latest, months)


def is_due(status: str | None, latest: dt.date | None, today: dt.date, months: int) -> bool:
    since = due_since(status, latest, months)
    return since is not None and since <= today


def latest_date(library: Library, project_id: int) -> dt.date | None:
    """The project's latest date: its sessions, adjustments, decision and due dates."""
    with library.sessions() as db:
        project = db.get(m.Project, project_id)
        if project is None:
            return None
        sessions = db.execute(select(func.max(m.Session.date), func.max(m.Session.adjusted_at))
                              .where(m.Session.project_id == project_id)).one()
        dates = [project.decision_date, project.due_date, *sessions]
    known = [d for d in dates if d is not None]
    return max(known) if known else None


def retention_due(library: Library, project_id: int, today: dt.date, months: int) -> RetentionDue | None:
    """The reminder for one project, or None when it is not (yet) due."""
    with library.sessions() as db:
        project = db.get(m.Project, project_id)
        if project is None:
            return None
        status, title = (project.status.value if project.status else None), project.title
    latest = latest_date(library, project_id)
    since = due_since(status, latest, months)
    if since is None or since > today or latest is None:
        return None
    return RetentionDue(project_id, title, latest, since)


def projects_due(library: Library, today: dt.date, months: int) -> list[RetentionDue]:
    """Every project of the library that is due, oldest first."""
    with library.sessions() as db:
        ids = db.scalars(select(m.Project.id).order_by(m.Project.id)).all()
    found = [due for pid in ids if (due := retention_due(library, pid, today, months)) is not None]
    return sorted(found, key=lambda d: (d.latest, d.project_id))
