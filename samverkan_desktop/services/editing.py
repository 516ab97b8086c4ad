"""Editing the records of a project: create, change a field, reorder, delete, restore.

One small set of operations serves every editable kind of record (mandates,
questions, parties, people, sessions, attendance, agenda items ...), keyed by the
kind's name in ``KINDS``. Each call is one short transaction, so what the user
types is on disk when the call returns. Records cross to the UI as frozen ``Row``
snapshots, never as live ORM objects.

Deleting returns a ``Tombstone`` holding the record and every row that went with it
(cascaded children, links that were cleared), so that ``restore`` can undo it exactly.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.services.errors import LocalText, NotFound, ServiceError, StorageFailed
from samverkan_desktop.services.storage_faults import classify
from samverkan_desktop.storage.library import Library

T = TypeVar("T")


@dataclass(frozen=True)
class Numbering:
    """A number field that follows the list's order (§ numbers, question numbers).

    After every create, move, delete and restore the list is numbered anew in its
    order. ``keep_start``: count on from the lowest number in the list (an agenda may
    start at § 4), else from 1. ``only_if_numbered``: leave a list alone when none of
    its records has a number (an imported question guide without positions).
    """

    field: str = "number"
    keep_start: bool = False
    only_if_numbered: bool = False


@dataclass(frozen=True)
class Kind:
    """An editable kind of record: its model, the list it belongs to, its fields."""

    model: type[m.Base]
    parent: str | None
    fields: tuple[str, ...]
    required: Mapping[str, Any] = field(default_factory=dict)
    uid_prefix: str | None = None
    numbering: Numbering | None = None

    @property
    def table(self) -> Table:
        return table_of(self.model)


KINDS: dict[RecordKind, Kind] = {
    RecordKind.PROJECT: Kind(m.Project, None, (
        "title", "organisation", "body", "budget_year", "case_number", "commissioned_by",
        "commission", "decision_date", "responsible", "secretary", "due_date", "status",
        "summary", "method", "conclusions"), {"title": "Nytt projekt"}, "project"),
    RecordKind.PARTY: Kind(m.Party, "project_id", ("name", "side"),
                  {"name": "Ny part", "side": "union"}, "party"),
    RecordKind.PERSON: Kind(m.Person, "project_id", ("name", "party_id", "role"), {"name": "Ny person"}, "person"),
    RecordKind.MANDATE: Kind(m.Mandate, "project_id", ("code", "title", "description", "rating", "motivation"),
                    {"title": "Nytt politiskt uppdrag"}, "mandate"),
    RecordKind.QUESTION: Kind(m.Question, "project_id", ("number", "text", "guidance"),
                     {"text": "Ny fråga"}, "question", Numbering(only_if_numbered=True)),
    RecordKind.SESSION: Kind(m.Session, "project_id", (
        "title", "kind", "date", "start", "end", "location", "protocol_number", "status"),
        {"title": "Nytt dialogtillfälle", "status": "planned", "kind": "csg"}, "session"),
    RecordKind.ENTRY: Kind(m.Entry, "session_id", ("text", "party_id", "person_id", "kind", "agenda_item_id",
                                           "question_id", "recorded_at"), {"text": "…"}, "entry"),
    RecordKind.ATTENDANCE: Kind(m.Attendance, "session_id", ("person_id", "present", "role"), {"present": True}),
    RecordKind.AGENDA_ITEM: Kind(m.AgendaItem, "session_id", ("number", "title", "item_type", "question_id", "outcome"),
                        {"title": "Ny punkt", "number": 1}, "agenda",
                        Numbering(keep_start=True)),
    RecordKind.TAG: Kind(m.Tag, "project_id", ("kind", "name", "parent_id", "description", "color", "proposal",
                                       "priority", "owner"), {"name": "Nytt tema", "kind": "theme"}, "tag"),
    RecordKind.TAGGING: Kind(m.Tagging, "entry_id", ("tag_id", "start", "end", "memo"), {}),
    RecordKind.ACTION: Kind(m.ActionItem, "project_id", ("text", "owner", "due", "status", "session_id",
                                                "improvement_id"), {"text": "Ny åtgärd", "status": "open"}, "action"),
    RecordKind.MINUTE_NOTE: Kind(m.MinuteNote, "agenda_item_id", ("party_id", "text"), {"text": ""}),
    RecordKind.QUOTE: Kind(m.ReportQuote, "project_id", ("entry_id", "tagging_id", "mandate_id", "tag_id"), {},
                           "quote"),
    RecordKind.REPORT_NAME: Kind(m.ReportName, "project_id", ("name", "replacement"), {}),
    # the previous round's items (made by services.previous_round): only the user's decisions are edited
    RecordKind.PREVIOUS_ITEM: Kind(m.PreviousItem, "project_id", ("match_mandate_id", "match_question_id",
                                                               "match_tag_id", "status", "comment"), {}),
}


@dataclass(frozen=True)
class Row:
    """A snapshot of one record: its kind, ids, place in its list and field values."""

    kind: RecordKind
    id: int
    uid: str | None
    parent_id: int | None
    sort_order: int
    values: Mapping[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


@dataclass(frozen=True)
class Tombstone:
    """Everything a delete removed or changed, in the order needed to put it back."""

    kind: RecordKind
    id: int
    rows: tuple[tuple[str, dict[str, Any]], ...]
    cleared: tuple[tuple[str, int, str, int], ...]


#: the longest id the file format and the database accept
UID_LENGTH = 64

#: fields that may never be empty (the file format requires them)
NON_EMPTY = {"title", "name", "text", "date", "number"}
NON_EMPTY_EXCEPT = {(RecordKind.MINUTE_NOTE, "text")}


class InvalidValue(ServiceError):
    code = "invalid_value"


def _kind(name: RecordKind) -> Kind:
    return KINDS[name]


def _row(kind_name: RecordKind, data: Any) -> Row:
    kind = _kind(kind_name)
    values = {name: getattr(data, name) for name in kind.fields}
    parent = getattr(data, kind.parent) if kind.parent else None
    return Row(kind_name, data.id, getattr(data, "uid", None), parent,
               getattr(data, "sort_order", 0), MappingProxyType(values))


def _storage_failed(exc: Exception, where: Path | None) -> StorageFailed:
    fault = classify(exc, where)
    if fault is not None:
        return StorageFailed(fault.not_done())
    return StorageFailed(LocalText(
        f"Ändringen kunde inte sparas ({exc.__class__.__name__}). Inget halvfärdigt skrevs.",
        f"The change could not be saved ({exc.__class__.__name__}). Nothing half-done was written."))


def run_write(library: Library, work: Callable[[Connection], T]) -> T:
    """Run ``work`` in one transaction; a database failure becomes a ``StorageFailed``."""
    try:
        with library.engine.begin() as connection:
            return work(connection)
    except SQLAlchemyError as exc:
        raise _storage_failed(exc, library.path) from exc


class Editor:
    """The editing operations on one library."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def _run(self, work: Any) -> Any:
        return run_write(self.library, work)

    # -- reading ------------------------------------------------------------------
    def get(self, kind_name: RecordKind, record_id: int) -> Row:
        table = _kind(kind_name).table
        with self.library.engine.connect() as c:
            data = c.execute(select(table).where(table.c.id == record_id)).first()
        if data is None:
            raise NotFound(LocalText("Posten finns inte längre.", "The record no longer exists."))
        return _row(kind_name, data)

    def children(self, kind_name: RecordKind, parent_id: int) -> list[Row]:
        kind = _kind(kind_name)
        assert kind.parent is not None
        table = kind.table
        with self.library.engine.connect() as c:
            rows = c.execute(select(table).where(table.c[kind.parent] == parent_id)
                             .order_by(table.c.sort_order, table.c.id)).all()
        return [_row(kind_name, r) for r in rows]

    # -- writing ------------------------------------------------------------------
    def create(self, kind_name: RecordKind, parent_id: int | None, values: Mapping[str, Any] | None = None,
               index: int | None = None) -> Row:
        """Insert a record at ``index`` of its list (default: last).

        A ``uid`` in ``values`` asks for a readable id (e.g. "party-kommunal"); it is made
        unique within the record's list by a suffix ("-2", "-3" ...). Without one, the
        record gets a random id.
        """
        kind = _kind(kind_name)
        table = kind.table
        data: dict[str, Any] = {**kind.required, **(values or {})}
        requested = data.pop("uid", None)
        if requested is not None and not kind.uid_prefix:
            raise ValueError(f"{kind_name} records have no uid")
        if kind.uid_prefix and requested is None:
            data["uid"] = f"{kind.uid_prefix}-{uuid.uuid4().hex[:12]}"
        if kind_name == RecordKind.SESSION and "date" not in data:
            data["date"] = dt.date.today()

        def work(c: Connection) -> int:
            if kind.parent is not None:
                data[kind.parent] = parent_id
                count = c.execute(select(func.count()).select_from(table)
                                  .where(table.c[kind.parent] == parent_id)).scalar_one()
                position = count if index is None else max(0, min(index, count))
                c.execute(update(table).where(table.c[kind.parent] == parent_id,
                                              table.c.sort_order >= position)
                          .values(sort_order=table.c.sort_order + 1))
                data["sort_order"] = position
            if requested is not None:
                data["uid"] = _free_uid(c, kind, parent_id, str(requested))
            key = c.execute(insert(table).values(**data)).inserted_primary_key
            assert key is not None
            new_id = int(key[0])
            _renumber(c, kind, parent_id)
            return new_id

        return self.get(kind_name, self._run(work))

    def set(self, kind_name: RecordKind, record_id: int, **values: Any) -> Row:
        """Change fields of a record; an empty required text keeps its old value out."""
        kind = _kind(kind_name)
        unknown = set(values) - set(kind.fields)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        for name, value in list(values.items()):
            if value is None and (kind_name, name) in NON_EMPTY_EXCEPT:
                values[name] = ""  # may be empty, but the column holds text, never NULL
                continue
            empty = value is None or (isinstance(value, str) and not value.strip())
            if empty and name in NON_EMPTY and (kind_name, name) not in NON_EMPTY_EXCEPT:
                raise InvalidValue(LocalText(
                    "Fältet får inte vara tomt; det gamla värdet står kvar tills du skriver något.",
                    "The field must not be empty; the old value stays until you type something."))
        table = kind.table

        def work(c: Connection) -> None:
            found = c.execute(update(table).where(table.c.id == record_id)
                              .values(**values, updated_at=utcnow())).rowcount
            if not found:
                raise NotFound(LocalText("Posten finns inte längre.", "The record no longer exists."))
            _touch_project(c, kind_name, record_id)

        self._run(work)
        return self.get(kind_name, record_id)

    def move(self, kind_name: RecordKind, record_id: int, index: int) -> list[Row]:
        """Move a record to ``index`` in its list; returns the list in its new order."""
        kind = _kind(kind_name)
        assert kind.parent is not None
        table = kind.table
        parent_col = table.c[kind.parent]

        def work(c: Connection) -> int:
            parent_id = c.execute(select(parent_col).where(table.c.id == record_id)).scalar_one()
            ids = list(c.execute(select(table.c.id).where(parent_col == parent_id)
                                 .order_by(table.c.sort_order, table.c.id)).scalars())
            ids.remove(record_id)
            ids.insert(max(0, min(index, len(ids))), record_id)
            for order, rid in enumerate(ids):
                c.execute(update(table).where(table.c.id == rid).values(sort_order=order))
            _renumber(c, kind, parent_id)
            return int(parent_id)

        return self.children(kind_name, self._run(work))

    def delete(self, kind_name: RecordKind, record_id: int) -> Tombstone:
        """Delete a record and what depends on it; the tombstone can restore it all."""
        kind = _kind(kind_name)

        def work(c: Connection) -> Tombstone:
            rows: list[tuple[str, dict[str, Any]]] = []
            cleared: list[tuple[str, int, str, int]] = []
            _collect(c, kind.table, record_id, rows, cleared)
            parent_id: Any = rows[0][1][kind.parent] if kind.parent else None
            c.execute(delete(kind.table).where(kind.table.c.id == record_id))
            if kind.parent:
                _compact(c, kind.table, kind.parent, parent_id)
                _renumber(c, kind, parent_id)
            return Tombstone(kind_name, record_id, tuple(rows), tuple(cleared))

        result: Tombstone = self._run(work)
        return result

    def restore(self, tombstone: Tombstone) -> Row:
        """Put back exactly what ``delete`` removed, at its old place."""
        kind = _kind(tombstone.kind)

        def work(c: Connection) -> None:
            first = tombstone.rows[0][1]
            if kind.parent:
                c.execute(update(kind.table).where(kind.table.c[kind.parent] == first[kind.parent],
                                                   kind.table.c.sort_order >= first["sort_order"])
                          .values(sort_order=kind.table.c.sort_order + 1))
            # checked when the transaction commits: the rows go back in the order they were
            # collected, which may name a row (a tag's parent, a link's question) before it is back
            c.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for table_name, data in tombstone.rows:
                c.execute(insert(m.Base.metadata.tables[table_name]).values(**data))
            for table_name, row_id, column, value in tombstone.cleared:
                table = m.Base.metadata.tables[table_name]
                c.execute(update(table).where(table.c.id == row_id).values({column: value}))
            if kind.parent:
                _renumber(c, kind, first[kind.parent])

        self._run(work)
        return self.get(tombstone.kind, tombstone.id)


def _key(table: Table, data: Any) -> tuple[Any, ...]:
    return (table.name, *(data[column.name] for column in table.primary_key.columns))


def _collect(c: Connection, table: Table, row_id: int, rows: list[tuple[str, dict[str, Any]]],
             cleared: list[tuple[str, int, str, int]], seen: set[tuple[Any, ...]] | None = None) -> None:
    """Gather a row and, depth first, every row a delete of it would cascade to.

    A row reached twice (an attendance line through its session and its person, a quote
    through its entry and its tagging) is kept once.
    """
    seen = set() if seen is None else seen
    data = c.execute(select(table).where(table.c.id == row_id)).mappings().one()
    if _key(table, data) in seen:
        return
    seen.add(_key(table, data))
    rows.append((table.name, dict(data)))
    for other in m.Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not table:
                continue
            column = fk.parent
            if fk.ondelete == "CASCADE":
                if "id" in other.c:
                    for child in c.execute(select(other.c.id).where(column == row_id)).scalars():
                        _collect(c, other, child, rows, cleared, seen)
                else:  # link tables without their own id
                    for link in c.execute(select(other).where(column == row_id)).mappings():
                        if _key(other, link) not in seen:
                            seen.add(_key(other, link))
                            rows.append((other.name, dict(link)))
            elif fk.ondelete == "SET NULL" and "id" in other.c:
                for ref in c.execute(select(other.c.id).where(column == row_id)).scalars():
                    cleared.append((other.name, ref, column.name, row_id))


def _free_uid(c: Connection, kind: Kind, parent_id: int | None, wanted: str) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3`` ... whichever is not yet taken in the list."""
    table = kind.table
    stem = wanted.strip()[:UID_LENGTH - 4] or (kind.uid_prefix or "id")
    query = select(table.c.uid).where(table.c.uid.startswith(stem, autoescape=True))
    if kind.parent is not None:
        query = query.where(table.c[kind.parent] == parent_id)
    taken = set(c.execute(query).scalars())
    candidate, number = stem, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def _compact(c: Connection, table: Table, parent: str, parent_id: Any) -> None:
    ids = c.execute(select(table.c.id).where(table.c[parent] == parent_id)
                    .order_by(table.c.sort_order, table.c.id)).scalars().all()
    for order, rid in enumerate(ids):
        c.execute(update(table).where(table.c.id == rid).values(sort_order=order))


def _renumber(c: Connection, kind: Kind, parent_id: Any) -> None:
    """Make a numbered list's numbers follow its order (see ``Numbering``)."""
    numbering = kind.numbering
    if numbering is None or kind.parent is None or parent_id is None:
        return
    table = kind.table
    number = table.c[numbering.field]
    items = c.execute(select(table.c.id, number).where(table.c[kind.parent] == parent_id)
                      .order_by(table.c.sort_order, table.c.id)).all()
    numbers = [value for _, value in items if value is not None]
    if not numbers and numbering.only_if_numbered:
        return
    base = (min(numbers) or 1) if numbering.keep_start and numbers else 1
    for offset, (rid, old) in enumerate(items):
        if old != base + offset:
            c.execute(update(table).where(table.c.id == rid).values({numbering.field: base + offset}))


def _touch_project(c: Connection, kind_name: RecordKind, record_id: int) -> None:
    """Mark the owning project as changed now, so recent projects sort right."""
    if kind_name == RecordKind.PROJECT:
        return
    kind = _kind(kind_name)
    if kind.parent == "project_id":
        project_id = c.execute(select(kind.table.c.project_id).where(kind.table.c.id == record_id)).scalar()
        if project_id is not None:
            project = table_of(m.Project)
            c.execute(update(project).where(project.c.id == project_id).values(updated_at=utcnow()))
