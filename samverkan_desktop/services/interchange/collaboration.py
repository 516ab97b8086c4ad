"""The collaboration block of a project file (version 2): starting points and identities.

A project sent out to another recorder travels with its *starting point*: the document
as it was sent, the sessions the recipient records and who sent it. The recipient's
library keeps it (role ``received``, the file's ``collaboration.origin``); the sending
library keeps what it sent (role ``sent``, ``collaboration.sent_out``), plus the
recipient's document it last merged back (``merged``), the base of the next merge.
Both travel in every export, so an export and ``import --replace`` keep them.

``exported_by`` names the recorder (the login name) and laptop (the computer's name)
that wrote a file; a merge marks what it brings in with them.
"""

from __future__ import annotations

import getpass
import hashlib
import platform
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, insert, select, update

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.services.errors import ImportRefused, LocalText

SENT, RECEIVED = "sent", "received"
MAX_NAME = 200


def identity() -> dict[str, str]:
    """This computer's recorder and laptop, as a merge will mark what came from here."""
    try:
        recorder = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        recorder = ""
    laptop = platform.node()
    return {"recorder": (recorder or laptop or "okänd")[:MAX_NAME], "laptop": laptop[:MAX_NAME]}


def point_out(row: Any) -> dict[str, Any]:
    """A stored starting point as the file writes it."""
    item: dict[str, Any] = {"id": row.uid, "sent_at": row.sent_at, "recipient": row.recipient,
                            "sent_by": row.sender, "sessions": list(row.sessions), "document": row.document}
    if row.role == SENT:
        item["merged"] = row.merged
    if row.erased:
        item["erased"] = list(row.erased)
    return item


def collaboration_out(connection: Connection, project_id: int) -> dict[str, Any] | None:
    """The file's collaboration block for a project; None when it has no starting point."""
    table = table_of(m.StartingPoint)
    rows = connection.execute(select(table).where(table.c.project_id == project_id)
                              .order_by(table.c.sort_order)).all()
    if not rows:
        return None
    block: dict[str, Any] = {"exported_by": identity()}
    received = [r for r in rows if r.role == RECEIVED]
    if received:
        block["origin"] = point_out(received[0])
    sent = [point_out(r) for r in rows if r.role == SENT]
    if sent:
        block["sent_out"] = sent
    return block


def point_row(item: dict[str, Any], role: str, project_id: int, order: int) -> dict[str, Any]:
    return {"project_id": project_id, "uid": item["id"], "role": role, "sent_at": item["sent_at"],
            "recipient": item["recipient"], "sender": item.get("sent_by") or {},
            "sessions": list(item["sessions"]), "document": item["document"],
            "merged": item.get("merged") if role == SENT else None, "erased": item.get("erased"),
            "sort_order": order}


def write_starting_points(connection: Connection, document: dict[str, Any], project_id: int) -> None:
    """Store the starting points of an imported (already validated) document."""
    block = document.get("collaboration") or {}
    rows = []
    if block.get("origin") is not None:
        rows.append(point_row(block["origin"], RECEIVED, project_id, 0))
    rows += [point_row(item, SENT, project_id, order + 1)
             for order, item in enumerate(block.get("sent_out", []))]
    if rows:
        connection.execute(insert(table_of(m.StartingPoint)), rows)


def check_collaboration(document: dict[str, Any], check_document: Callable[[Any], Any],
                        check_datetime: Callable[[Any, tuple[str | int, ...]], None]) -> None:
    """The collaboration block's own rules; ``check_document`` validates a nested document.

    A nested document is a project file of the same project without a collaboration block;
    the sessions a starting point names are in its document; starting point ids are unique.
    """
    from samverkan_desktop.services.interchange.schema import refused

    block = document.get("collaboration")
    if block is None:
        return
    points: list[tuple[tuple[str | int, ...], dict[str, Any]]] = []
    if block.get("origin") is not None:
        points.append((("collaboration", "origin"), block["origin"]))
    points += [(("collaboration", "sent_out", i), p) for i, p in enumerate(block.get("sent_out", []))]
    seen: set[str] = set()
    for path, point in points:
        if point["id"] in seen:
            raise refused((*path, "id"), LocalText(f'startpunkten "{point["id"]}" står två gånger',
                                                   f'the starting point "{point["id"]}" appears twice'))
        seen.add(point["id"])
        check_datetime(point["sent_at"], (*path, "sent_at"))
        for key in ("document", "merged"):
            nested = point.get(key)
            if nested is None:
                continue
            where = (*path, key)
            if isinstance(nested, dict) and "collaboration" in nested:
                raise refused(where, LocalText("ett sparat projekt får inte ha en egen samarbetsdel",
                                               "a stored project must not have a collaboration part of its own"))
            try:
                check_document(nested)
            except ImportRefused as exc:  # the nested document's own message, under its path
                raise refused(where, exc.message) from None
            if nested["project"]["id"] != document["project"]["id"]:
                raise refused((*where, "project", "id"), LocalText(
                    "är ett annat projekt än filens", "is another project than the file's"))
        known = {s["id"] for s in point["document"].get("sessions", [])}
        for index, uid in enumerate(point["sessions"]):
            if uid not in known:
                raise refused((*path, "sessions", index), LocalText(
                    f'okänt dialogtillfälle "{uid}"', f'unknown session "{uid}"'))


def erased_hash(point_uid: str, person_uid: str) -> str:
    """How a starting point remembers an erased person's old id without keeping it (salted SHA-256),
    so that a copy sent back from a laptop where the person was not erased is anonymised too."""
    return hashlib.sha256(f"{point_uid}\n{person_uid}".encode()).hexdigest()


def erase_in_starting_points(connection: Connection, project_id: int, person_uid: str, new_uid: str,
                             placeholder: str, scrub: Callable[[Any], tuple[Any, int]]) -> None:
    """Erase a person from the stored documents as erasure does in the project: the person
    keeps its place under ``new_uid`` with ``placeholder`` for a name, entries lose the
    link, and ``scrub`` replaces the name wherever it stands in a text."""

    def person_out(document: dict[str, Any]) -> dict[str, Any]:
        doc: dict[str, Any] = scrub(document)[0]
        doc["people"] = [{"id": new_uid, "name": placeholder} | ({"party": p["party"]} if p.get("party") else {})
                         if p["id"] == person_uid else p for p in doc.get("people", [])]
        for session in doc.get("sessions", []):
            for line in session.get("attendance", []):
                if line["person"] == person_uid:
                    line["person"] = new_uid
            for entry in session.get("entries", []):
                if entry.get("person") == person_uid:
                    del entry["person"]
            adjusted = session.get("adjusted") or {}
            if person_uid in adjusted.get("by", []):
                adjusted["by"] = [new_uid if uid == person_uid else uid for uid in adjusted["by"]]
        return doc

    table = table_of(m.StartingPoint)
    for row in connection.execute(select(table).where(table.c.project_id == project_id)).all():
        erased = [*(row.erased or []), {"hash": erased_hash(row.uid, person_uid), "uid": new_uid}]
        values = {"document": person_out(row.document),
                  "merged": None if row.merged is None else person_out(row.merged), "erased": erased}
        connection.execute(update(table).where(table.c.id == row.id).values(values))
