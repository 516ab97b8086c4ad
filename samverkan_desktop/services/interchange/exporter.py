"""Write a project of the library out as an interchange document, ids unchanged.

Known keys come first in the schema's order, then the keys the file had that this
version does not model. Optional values that are absent stay absent; empty nested
lists are left out, the top-level lists are always written and root tags carry
``"parent": null`` (the form of the shared example).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.progress import Progress, no_progress
from samverkan_desktop.services.errors import LocalText, NotFound
from samverkan_desktop.services.files import write_bytes_atomically
from samverkan_desktop.services.interchange import fields as f
from samverkan_desktop.services.interchange import report_part, rounds
from samverkan_desktop.services.interchange.collaboration import collaboration_out
from samverkan_desktop.services.interchange.schema import VERSIONS
from samverkan_desktop.storage.library import Library


def _value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _out(row: Any, pairs: Sequence[tuple[str, str | None]], refs: dict[str, Any]) -> dict[str, Any]:
    """A file object from a row: plain columns, then ``refs`` by key, then extras."""
    item: dict[str, Any] = {}
    for key, column in pairs:
        value = refs.get(key) if column is None else _value(getattr(row, column))
        if value is not None or (key == "parent" and key in refs):
            item[key] = value
    item.update(row.extra or {})
    return item


def _rows(connection: Connection, table: Table, column: str, ids: list[int]) -> list[Any]:
    if not ids:
        return []
    result: list[Any] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        result.extend(connection.execute(
            select(table).where(table.c[column].in_(chunk)).order_by(table.c[column], table.c.sort_order)
        ))
    return result


def _grouped(rows: list[Any], column: str) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, column)].append(row)
    return groups


def export_document(library: Library, project_uid: str) -> dict[str, Any]:
    """The project ``project_uid`` as a document of format version 2 (the newest)."""
    with library.engine.connect() as c:
        t = {name: table_of(model) for name, model in {
            "project": m.Project, "party": m.Party, "person": m.Person, "mandate": m.Mandate,
            "question": m.Question, "qm": m.QuestionMandate, "tag": m.Tag, "tm": m.TagMandate,
            "session": m.Session, "adj": m.SessionAdjuster, "att": m.Attendance,
            "agenda": m.AgendaItem, "note": m.MinuteNote, "entry": m.Entry,
            "tagging": m.Tagging, "action": m.ActionItem, "quote": m.ReportQuote,
            "name": m.ReportName}.items()}
        project = c.execute(select(t["project"]).where(t["project"].c.uid == project_uid)).first()
        if project is None:
            raise NotFound(LocalText(f'Projektet "{project_uid}" finns inte i biblioteket.',
                                     f'The project "{project_uid}" is not in the library.'))
        pid = [project.id]

        def of_project(name: str) -> list[Any]:
            return _rows(c, t[name], "project_id", pid)

        parties, people, mandates = of_project("party"), of_project("person"), of_project("mandate")
        questions, tags, sessions = of_project("question"), of_project("tag"), of_project("session")
        actions, quotes, names = of_project("action"), of_project("quote"), of_project("name")
        uid = {name: {r.id: r.uid for r in rows} for name, rows in (
            ("party", parties), ("person", people), ("mandate", mandates),
            ("question", questions), ("tag", tags), ("session", sessions))}
        qm = _grouped(_rows(c, t["qm"], "question_id", [r.id for r in questions]), "question_id")
        tm = _grouped(_rows(c, t["tm"], "tag_id", [r.id for r in tags]), "tag_id")
        session_ids = [r.id for r in sessions]
        adj = _grouped(_rows(c, t["adj"], "session_id", session_ids), "session_id")
        att = _grouped(_rows(c, t["att"], "session_id", session_ids), "session_id")
        agenda_rows = _rows(c, t["agenda"], "session_id", session_ids)
        agenda = _grouped(agenda_rows, "session_id")
        agenda_uid = {r.id: r.uid for r in agenda_rows}
        notes = _grouped(_rows(c, t["note"], "agenda_item_id", list(agenda_uid)), "agenda_item_id")
        entry_rows = _rows(c, t["entry"], "session_id", session_ids)
        entries = _grouped(entry_rows, "session_id")
        tagging_rows = _rows(c, t["tagging"], "entry_id", [r.id for r in entry_rows])
        taggings = _grouped(tagging_rows, "entry_id")
        collaboration = collaboration_out(c, project.id)
        round_keys = rounds.export(c, project.id, {"sessions": uid["session"], "mandates": uid["mandate"],
                                                   "questions": uid["question"], "tags": uid["tag"]})

    def links(groups: dict[int, list[Any]], key: int, column: str, kind: str) -> list[str] | None:
        found = [uid[kind][getattr(r, column)] for r in groups.get(key, [])]
        return found or None

    def mandate_out(r: Any) -> dict[str, Any]:
        assessment = None
        if r.assessment_extra is not None:
            assessment = {k: _value(v) for k, v in (("rating", r.rating), ("motivation", r.motivation))
                          if v is not None} | r.assessment_extra
        return _out(r, f.MANDATE, {"assessment": assessment})

    def session_out(s: Any) -> dict[str, Any]:
        adjusted = None
        if s.adjusted_extra is not None:
            adjusted = {k: v for k, v in (
                ("by", links(adj, s.id, "person_id", "person")),
                ("at", _value(s.adjusted_at)), ("content_hash", s.adjusted_hash)) if v is not None}
            adjusted |= s.adjusted_extra
        return _out(s, f.SESSION, {
            "attendance": [_out(a, f.ATTENDANCE, {"person": uid["person"][a.person_id]})
                           for a in att.get(s.id, [])] or None,
            "agenda": [_out(a, f.AGENDA, {
                "question": uid["question"].get(a.question_id),
                "minute_notes": [_out(n, f.MINUTE_NOTE, {"party": uid["party"][n.party_id]})
                                 for n in notes.get(a.id, [])] or None,
            }) for a in agenda.get(s.id, [])] or None,
            "entries": [_out(e, f.ENTRY, {
                "agenda_item": agenda_uid.get(e.agenda_item_id),
                "question": uid["question"].get(e.question_id),
                "party": uid["party"].get(e.party_id), "person": uid["person"].get(e.person_id),
                "tags": [_out(g, f.TAGGING, {"tag": uid["tag"][g.tag_id]})
                         for g in taggings.get(e.id, [])] or None,
            }) for e in entries.get(s.id, [])] or None,
            "adjusted": adjusted,
        })

    document: dict[str, Any] = {
        "format": "samverkan-project",
        "version": VERSIONS[-1],
        "exported_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "project": _out(project, f.PROJECT, {}),
        "parties": [_out(r, f.PARTY, {}) for r in parties],
        "people": [_out(r, f.PERSON, {"party": uid["party"].get(r.party_id)}) for r in people],
        "mandates": [mandate_out(r) for r in mandates],
        "questions": [_out(r, f.QUESTION, {"mandates": links(qm, r.id, "mandate_id", "mandate")})
                      for r in questions],
        "tags": [_out(r, f.TAG, {"parent": uid["tag"].get(r.parent_id),
                                 "mandates": links(tm, r.id, "mandate_id", "mandate")})
                 for r in tags],
        "sessions": [session_out(s) for s in sessions],
        "actions": [_out(r, f.ACTION, {"session": uid["session"].get(r.session_id),
                                       "improvement": uid["tag"].get(r.improvement_id)})
                    for r in actions],
    }
    extra = dict(project.file_extra or {})
    report_extra = extra.pop(report_part.EXTRA_KEY, None)
    report = report_part.export(
        quotes, names, {r.id: r.uid for r in entry_rows}, {r.id: (r.start, r.end) for r in tagging_rows},
        uid["mandate"], uid["tag"], report_extra if isinstance(report_extra, dict) else {})
    if report is not None:
        document["report"] = report
    if collaboration is not None:
        document["collaboration"] = collaboration
    document.update(round_keys)
    document.update(extra)
    return document


def write_json_atomically(document: Any, target: Path, before_writing: Callable[[], None] | None = None) -> None:
    """Write JSON to a temporary file beside ``target``, fsync, then rename over it;
    ``before_writing`` runs once the text is ready (it may still stop the export)."""
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    data = text.encode("utf-8")
    if before_writing is not None:
        before_writing()
    write_bytes_atomically(data, target, make_folder=True)


def export_to_file(library: Library, project_uid: str, target: Path, progress: Progress = no_progress) -> Path:
    """Write the project file; ``progress`` may raise ``Cancelled`` until the file is written."""
    progress(0, 3)
    document = export_document(library, project_uid)
    progress(1, 3)
    write_json_atomically(document, target, lambda: progress(2, 3))
    return target
