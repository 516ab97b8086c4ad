"""Sending sessions out: the project frame, the chosen sessions and only their people.

The file is an ordinary project file (a .samverkan archive or JSON) that the recipient
imports as usual; its collaboration block carries the starting point (what was sent),
which the sending library keeps too, so that the copy can be merged back by id.
Nobody's name travels but those of the people of the chosen sessions (attendance,
speakers, adjusters); actions travel only with their session.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.services.archive import is_archive_name, pack_document
from samverkan_desktop.services.errors import LocalText, NotFound, StorageFailed
from samverkan_desktop.services.files import write_bytes_atomically
from samverkan_desktop.services.interchange.collaboration import SENT, identity, point_row
from samverkan_desktop.services.interchange.exporter import export_document, write_json_atomically
from samverkan_desktop.services.interchange.validate import validate_document
from samverkan_desktop.storage.library import Library

FRAME = ("format", "version", "project", "parties", "mandates", "questions", "tags")


@dataclass(frozen=True)
class SentOut:
    path: Path
    starting_point: str
    sessions: int
    people: int


def _people_of(sessions: list[dict[str, Any]]) -> set[str]:
    found: set[str] = set()
    for session in sessions:
        found.update(line["person"] for line in session.get("attendance", []))
        found.update(e["person"] for e in session.get("entries", []) if e.get("person"))
        found.update((session.get("adjusted") or {}).get("by", []))
    return found


def send_out_document(full: dict[str, Any], session_uids: list[str]) -> dict[str, Any]:
    """The part of a project document that a recipient of ``session_uids`` gets."""
    by_id = {s["id"]: s for s in full.get("sessions", [])}
    missing = [uid for uid in session_uids if uid not in by_id]
    if missing:
        raise NotFound(LocalText(f'Dialogtillfället "{missing[0]}" finns inte i projektet.',
                                 f'The session "{missing[0]}" is not in the project.'))
    if not session_uids:
        raise NotFound(LocalText("Välj minst ett dialogtillfälle att skicka ut.",
                                 "Choose at least one session to send out."))
    chosen = set(session_uids)
    sessions = [s for s in full.get("sessions", []) if s["id"] in chosen]
    people = _people_of(sessions)
    document = {key: full[key] for key in FRAME if key in full}
    document["people"] = [p for p in full.get("people", []) if p["id"] in people]
    document["sessions"] = sessions
    document["actions"] = [a for a in full.get("actions", []) if a.get("session") in chosen]
    return document


def send_out(library: Library, project_uid: str, session_uids: list[str], recipient: str,
             target: Path, now: dt.datetime | None = None) -> SentOut:
    """Write the send-out file to ``target`` and keep its starting point in the library."""
    recipient = " ".join(recipient.split())[:200]
    if not recipient:
        raise NotFound(LocalText("Skriv vem dialogtillfällena skickas till.",
                                 "Write who the sessions are sent to."))
    base = send_out_document(export_document(library, project_uid), session_uids)
    when = (now or dt.datetime.now()).astimezone().replace(microsecond=0)
    point_uid = f"sp-{uuid.uuid4().hex[:12]}"
    point: dict[str, Any] = {"id": point_uid, "sent_at": when.isoformat(), "recipient": recipient,
             "sent_by": identity(), "sessions": list(session_uids), "document": base}
    document = dict(base, exported_at=when.isoformat(),
                    collaboration={"exported_by": identity(), "origin": point})
    validate_document(document)
    if is_archive_name(target):
        write_bytes_atomically(pack_document(document, when.astimezone(dt.UTC).replace(tzinfo=None)),
                               target, make_folder=True)
    else:
        write_json_atomically(document, target)
    try:
        with library.engine.begin() as c:
            projects, table = table_of(m.Project), table_of(m.StartingPoint)
            project_id = c.execute(select(projects.c.id).where(projects.c.uid == project_uid)).scalar_one()
            order = c.execute(select(func.count()).where(table.c.project_id == project_id)).scalar_one()
            c.execute(insert(table), [point_row(point, SENT, project_id, int(order) + 1)])
    except SQLAlchemyError as exc:
        target.unlink(missing_ok=True)  # a file whose starting point was not kept must not go out
        raise StorageFailed(LocalText(
            "Utskicket kunde inte sparas i biblioteket, och ingen fil skrevs.",
            "The send-out could not be stored in the library, and no file was written.")) from exc
    return SentOut(target, point_uid, len(base["sessions"]), len(base["people"]))
