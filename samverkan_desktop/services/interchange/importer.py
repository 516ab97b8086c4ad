"""Write a validated project document into the library in one transaction.

Rows are inserted with one ``executemany`` per chunk (``storage.bulk``: the column types'
own conversions, without SQLAlchemy's per-row parameter building) and ids assigned here,
so a project of 50,000 entries imports in one pass without the ORM's per-object
bookkeeping; the search
index is filled once all rows are written (``search_index.filled_in_bulk``). Either
everything is written or, on any failure, nothing: a ``progress`` callback that raises
``Cancelled`` stops the import and rolls it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.progress import Progress, no_progress, part_of
from samverkan_desktop.services.errors import AlreadyExists, LocalText, StorageFailed
from samverkan_desktop.services.interchange import fields as f
from samverkan_desktop.services.interchange import report_part, rounds
from samverkan_desktop.services.interchange.collaboration import write_starting_points
from samverkan_desktop.services.interchange.validate import validate_document
from samverkan_desktop.services.storage_faults import classify
from samverkan_desktop.storage import bulk, search_index
from samverkan_desktop.storage.library import Library


@dataclass(frozen=True)
class ImportResult:
    project_uid: str
    project_id: int
    title: str
    sessions: int
    entries: int
    replaced: bool


def plain_row(item: dict[str, Any], pairs: Sequence[tuple[str, str | None]]) -> dict[str, Any]:
    """The plain columns of a file object (dates parsed) and its unmodelled keys as ``extra``."""
    row: dict[str, Any] = {}
    get = item.get
    for key, column, is_date in _columns(pairs):
        value = get(key)
        if is_date and value is not None:
            value = dt.date.fromisoformat(value)
        row[column] = value
    row["extra"] = f.extra(item, pairs)
    return row


#: id of a field list -> (the list, kept alive so the id is never reused; its copied columns)
_COLUMNS: dict[int, tuple[object, list[tuple[str, str, bool]]]] = {}


def _columns(pairs: Sequence[tuple[str, str | None]]) -> list[tuple[str, str, bool]]:
    """The (file key, column, is a date) of the values ``plain_row`` copies, worked out once."""
    cached = _COLUMNS.get(id(pairs))
    if cached is None or cached[0] is not pairs:
        cached = _COLUMNS[id(pairs)] = (pairs, [(key, column, column in f.DATE_COLUMNS)
                                                for key, column in pairs if column is not None])
    return cached[1]


def mandate_row(item: dict[str, Any]) -> dict[str, Any]:
    """A mandate's columns, its assessment included."""
    data = plain_row(item, f.MANDATE)
    assessment = item.get("assessment")
    data.update(rating=(assessment or {}).get("rating"), motivation=(assessment or {}).get("motivation"),
                assessment_extra=None if assessment is None else f.extra(assessment, f.ASSESSMENT))
    return data


def session_row(item: dict[str, Any]) -> dict[str, Any]:
    """A session's columns, its adjustment record included (not its adjusters)."""
    data = plain_row(item, f.SESSION)
    adjusted = item.get("adjusted")
    data.update(
        adjusted_at=None if adjusted is None or adjusted.get("at") is None else dt.date.fromisoformat(adjusted["at"]),
        adjusted_hash=(adjusted or {}).get("content_hash"),
        adjusted_extra=None if adjusted is None else f.extra(adjusted, f.ADJUSTED),
    )
    return data


#: rows per ``executemany``: small enough to report progress and stop often, large enough to cost nothing
CHUNK_ROWS = 2000
#: the share of the progress bar of each stage: checking the file, building the rows, writing them,
#: the search index
CHECKED, BUILT, WRITTEN, INDEXED = 15, 35, 80, 100


class _Rows:
    """Rows per table, with ids handed out from each table's next free id."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.next_id: dict[str, int] = {}
        self.now = utcnow()  # one timestamp for the whole import, not two calls per row

    def add(self, table: Table, row: dict[str, Any], with_id: bool = True) -> int:
        name = table.name
        if "created_at" in table.c:
            row["created_at"] = row["updated_at"] = self.now
        if with_id:
            if name not in self.next_id:
                top = self.connection.execute(select(func.max(table.c.id))).scalar()
                self.next_id[name] = (top or 0) + 1
            row["id"] = self.next_id[name]
            self.next_id[name] += 1
        self.rows.setdefault(name, []).append(row)
        return int(row.get("id", 0))

    def flush(self, order: list[Table], progress: Progress) -> None:
        total = sum(len(self.rows.get(table.name, ())) for table in order)
        done = 0
        for table in order:
            batch = self.rows.get(table.name, [])
            for start in range(0, len(batch), CHUNK_ROWS):
                chunk = batch[start:start + CHUNK_ROWS]
                bulk.insert_rows(self.connection, table, chunk)
                done += len(chunk)
                progress(done, total)


def _tags_parents_first(tags: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    placed: set[str] = set()
    ordered: list[tuple[int, dict[str, Any]]] = []
    pending = list(enumerate(tags))
    while pending:
        rest = []
        for index, tag in pending:
            if tag.get("parent") is None or tag["parent"] in placed:
                ordered.append((index, tag))
                placed.add(tag["id"])
            else:
                rest.append((index, tag))
        pending = rest
    return ordered


def _write(connection: Connection, doc: dict[str, Any], project_id: int, progress: Progress) -> tuple[int, int]:
    rows = _Rows(connection)
    building = part_of(progress, CHECKED, BUILT, 100)
    project = doc["project"]
    row = plain_row(project, f.PROJECT)
    row.update(id=project_id, file_extra=f.extra(doc, f.DOCUMENT) | report_part.extra_of(doc))
    connection.execute(insert(table_of(m.Project)), [row])

    def simple(name: str, table: type[m.Base], pairs: Sequence[tuple[str, str | None]]) -> dict[str, int]:
        ids: dict[str, int] = {}
        for order, item in enumerate(doc.get(name, [])):
            data = plain_row(item, pairs)
            data.update(project_id=project_id, sort_order=order)
            ids[item["id"]] = rows.add(table_of(table), data)
        return ids

    party = simple("parties", m.Party, f.PARTY)
    person: dict[str, int] = {}
    for order, item in enumerate(doc.get("people", [])):
        data = plain_row(item, f.PERSON)
        data.update(project_id=project_id, sort_order=order, party_id=party.get(item.get("party")))
        person[item["id"]] = rows.add(table_of(m.Person), data)
    mandate: dict[str, int] = {}
    for order, item in enumerate(doc.get("mandates", [])):
        data = mandate_row(item)
        data.update(project_id=project_id, sort_order=order)
        mandate[item["id"]] = rows.add(table_of(m.Mandate), data)
    question: dict[str, int] = {}
    for order, item in enumerate(doc.get("questions", [])):
        data = plain_row(item, f.QUESTION)
        data.update(project_id=project_id, sort_order=order)
        question[item["id"]] = qid = rows.add(table_of(m.Question), data)
        for link, uid in enumerate(item.get("mandates", [])):
            rows.add(table_of(m.QuestionMandate),
                     {"question_id": qid, "mandate_id": mandate[uid], "sort_order": link}, False)
    tag: dict[str, int] = {}
    for order, item in _tags_parents_first(doc.get("tags", [])):
        data = plain_row(item, f.TAG)
        data.update(project_id=project_id, sort_order=order, parent_id=tag.get(item.get("parent") or ""))
        tag[item["id"]] = tid = rows.add(table_of(m.Tag), data)
        for link, uid in enumerate(item.get("mandates", [])):
            rows.add(table_of(m.TagMandate),
                     {"tag_id": tid, "mandate_id": mandate[uid], "sort_order": link}, False)
    session: dict[str, int] = {}
    entry_ids: dict[str, int] = {}
    spans: report_part.Spans = {}
    entry_count = 0
    sessions = doc.get("sessions", [])
    for order, item in enumerate(sessions):
        building(order, len(sessions))
        data = session_row(item)
        data.update(project_id=project_id, sort_order=order)
        adjusted = item.get("adjusted")
        session[item["id"]] = sid = rows.add(table_of(m.Session), data)
        for link, uid in enumerate((adjusted or {}).get("by", [])):
            rows.add(table_of(m.SessionAdjuster),
                     {"session_id": sid, "person_id": person[uid], "sort_order": link}, False)
        for line_order, line in enumerate(item.get("attendance", [])):
            data = plain_row(line, f.ATTENDANCE)
            data.update(session_id=sid, sort_order=line_order, person_id=person[line["person"]])
            rows.add(table_of(m.Attendance), data)
        agenda: dict[str, int] = {}
        for agenda_order, point in enumerate(item.get("agenda", [])):
            data = plain_row(point, f.AGENDA)
            data.update(session_id=sid, sort_order=agenda_order,
                        question_id=question.get(point.get("question")))
            agenda[point["id"]] = aid = rows.add(table_of(m.AgendaItem), data)
            for note_order, note in enumerate(point.get("minute_notes", [])):
                data = plain_row(note, f.MINUTE_NOTE)
                data.update(agenda_item_id=aid, sort_order=note_order, party_id=party[note["party"]])
                rows.add(table_of(m.MinuteNote), data)
        for entry_order, entry in enumerate(item.get("entries", [])):
            data = plain_row(entry, f.ENTRY)
            data.update(
                session_id=sid, sort_order=entry_order,
                agenda_item_id=agenda.get(entry.get("agenda_item")),
                question_id=question.get(entry.get("question")),
                party_id=party.get(entry.get("party")), person_id=person.get(entry.get("person")),
            )
            entry_ids[entry["id"]] = eid = rows.add(table_of(m.Entry), data)
            entry_count += 1
            for tagging_order, tagging in enumerate(entry.get("tags", [])):
                data = plain_row(tagging, f.TAGGING)
                data.update(entry_id=eid, sort_order=tagging_order, tag_id=tag[tagging["tag"]])
                tagging_id = rows.add(table_of(m.Tagging), data)
                if data["start"] is not None:
                    spans.setdefault((eid, data["start"], data["end"]), tagging_id)
    for order, item in enumerate(doc.get("actions", [])):
        data = plain_row(item, f.ACTION)
        data.update(project_id=project_id, sort_order=order,
                    session_id=session.get(item.get("session")),
                    improvement_id=tag.get(item.get("improvement")))
        rows.add(table_of(m.ActionItem), data)
    report_part.add_rows(rows.add, doc, project_id, entry_ids, spans, mandate, tag)
    rounds.write(doc, project_id, rows.add, {"sessions": session, "mandates": mandate, "questions": question,
                                              "tags": tag})
    rows.flush([table_of(t) for t in (
        m.Party, m.Person, m.Mandate, m.Question, m.QuestionMandate, m.Tag, m.TagMandate,
        m.Session, m.SessionAdjuster, m.Attendance, m.AgendaItem, m.MinuteNote, m.Entry,
        m.Tagging, m.ActionItem, m.ReportQuote, m.ReportName, m.RatingItem, m.PreviousRound, m.PreviousItem)],
        part_of(progress, BUILT, WRITTEN, 100))
    write_starting_points(connection, doc, project_id)
    return len(session), entry_count


def _storage_failed(exc: SQLAlchemyError, library: Library, what: LocalText) -> StorageFailed:
    fault = classify(exc, library.path)
    why = fault.reason if fault else LocalText(exc.__class__.__name__, exc.__class__.__name__)
    return StorageFailed(LocalText(f"{what.sv} kunde inte sparas i biblioteket, och ingenting ändrades: {why.sv}.",
                                   f"{what.en} could not be stored in the library; nothing was changed: {why.en}."))


def import_document(library: Library, document: Any, replace: bool = False,
                    progress: Progress = no_progress) -> ImportResult:
    """Validate and import a parsed project document; atomic, refuses duplicates.

    ``progress`` is called with ``(done, 100)`` between the steps, inside the transaction:
    ``Cancelled`` raised from it leaves the library as it was."""
    progress(0, 100)
    doc = validate_document(document)
    progress(CHECKED, 100)
    uid = doc["project"]["id"]
    project_table = table_of(m.Project)
    try:
        with library.engine.begin() as connection:
            existing = connection.execute(
                select(project_table.c.id).where(project_table.c.uid == uid)
            ).scalar()
            if existing is not None:
                if not replace:
                    raise AlreadyExists(LocalText(
                        f'Projektet "{uid}" finns redan i biblioteket. Välj att ersätta det '
                        "(--replace) om filen ska skriva över det.",
                        f'The project "{uid}" is already in the library. Choose to replace it '
                        "(--replace) if the file should overwrite it.",
                    ))
                connection.execute(delete(project_table).where(project_table.c.id == existing))
            top = connection.execute(select(func.max(project_table.c.id))).scalar()
            project_id = (top or 0) + 1
            with search_index.filled_in_bulk(connection, project_id, part_of(progress, WRITTEN, INDEXED, 100)):
                sessions, entries = _write(connection, doc, project_id, progress)
    except SQLAlchemyError as exc:
        raise _storage_failed(exc, library, LocalText("Importen", "The import")) from exc
    return ImportResult(uid, project_id, doc["project"]["title"], sessions, entries,
                        existing is not None)
