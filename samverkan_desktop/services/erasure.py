"""Erasing a person (GDPR): the name leaves the project, the database file and the backups.

What stays, so that the minutes still read as minutes: every entry, attendance line,
minute note and adjustment stays, with its party. What goes:

- the person's row keeps its place (attendance lines and adjusters point to it) but its
  name becomes ``[namn borttaget]``, its role and unmodelled keys are cleared and its id
  (made from the name) becomes ``person-anonymiserad``, ``-2`` ...;
- entries and the meeting-mode draft lose their link to the person (the party stays);
- every occurrence of the full name, in any case and spacing, in the project's texts
  (entries, minute notes, memos, agenda titles, outcomes' texts, drafts, actions, the
  project's own texts, the report's name choices and unmodelled keys) becomes
  ``[namn borttaget]``; a tagged span whose words changed becomes a tagging of the
  whole entry, without quoting the words;
- the stored starting points of a project sent out or received (services/merge) get the
  same treatment in their documents;
- adjusted minutes that changed get a new content hash and an ``anonymised`` note in
  their adjustment record, so the history of a public record stays visible.

Then no copy may remain in the data folder: the full-text index is rebuilt (FTS5 keeps
old tokens in its segments until then), the database is vacuumed with secure_delete on
and its WAL checkpointed and truncated, the name is scrubbed from the log files, every
backup (and any other SQLite copy in the folder) is removed and a fresh backup written.
The UI must also clear its undo history, which holds the old texts in memory.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, ColumnElement, Connection, Enum, String, Table, select, update
from sqlalchemy.exc import SQLAlchemyError

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.progress import Progress, no_progress, part_of
from samverkan_desktop.services.adjustment import content_hash
from samverkan_desktop.services.backups import no_backup_meanwhile
from samverkan_desktop.services.editing import run_write
from samverkan_desktop.services.errors import LocalText, NotFound, StorageFailed
from samverkan_desktop.services.interchange.collaboration import erase_in_starting_points
from samverkan_desktop.services.tagging import rebase_spans
from samverkan_desktop.storage.backup import backup_database, timestamped_name
from samverkan_desktop.storage.library import Library
from samverkan_desktop.storage.search_index import TABLE as SEARCH_TABLE

log = logging.getLogger(__name__)
PLACEHOLDER = "[namn borttaget]"
ANONYMOUS_UID = "person-anonymiserad"
#: a shorter name would match ordinary words; its links are still removed
MIN_NAME_LENGTH = 3
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a person will do, for the confirmation the user reads first."""

    person_id: int
    project_id: int
    name: str
    party: str | None
    entries: int
    attendance: int
    adjusted_sessions: int
    occurrences: int
    backups: list[Path]


@dataclass(frozen=True)
class ErasureResult:
    person_uid: str
    entries: int
    attendance: int
    occurrences: int
    adjusted_sessions: int
    backups_removed: int
    logs_scrubbed: int
    backup: Path | None


# -- finding the name ----------------------------------------------------------------------
def name_pattern(name: str) -> re.Pattern[str] | None:
    """The full name as a whole word sequence, any case, any run of spaces between its words."""
    words = name.split()
    if len(" ".join(words)) < MIN_NAME_LENGTH or " ".join(words) == PLACEHOLDER:
        return None
    body = r"\s+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def scrub(value: Any, pattern: re.Pattern[str]) -> tuple[Any, int]:
    """``value`` with the name replaced in every string it holds (JSON values too)."""
    if isinstance(value, str):
        return pattern.subn(PLACEHOLDER, value)
    if isinstance(value, list):
        pairs = [scrub(item, pattern) for item in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        result: dict[Any, Any] = {}
        total = 0
        for key, item in value.items():
            new_key, n_key = scrub(key, pattern)
            new_item, n_item = scrub(item, pattern)
            result[new_key] = new_item
            total += n_key + n_item
        return result, total
    return value, 0


def _text_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns
            if (isinstance(c.type, String) and not isinstance(c.type, Enum) and c.name != "uid")
            or isinstance(c.type, JSON)]


def _project_tables(project_id: int) -> list[tuple[Table, ColumnElement[bool]]]:
    """Every table that holds a project's rows, with the condition that selects them."""
    session, agenda, entry = table_of(m.Session), table_of(m.AgendaItem), table_of(m.Entry)
    sessions = select(session.c.id).where(session.c.project_id == project_id)
    agenda_items = select(agenda.c.id).where(agenda.c.session_id.in_(sessions))
    entries = select(entry.c.id).where(entry.c.session_id.in_(sessions))
    result: list[tuple[Table, ColumnElement[bool]]] = [(table_of(m.Project), table_of(m.Project).c.id == project_id)]
    owned: tuple[type[m.Base], ...] = (m.Party, m.Person, m.Mandate, m.Question, m.Tag, m.Session, m.ActionItem,
                                       m.ReportQuote, m.ReportName, m.RatingItem, m.PreviousRound, m.PreviousItem)
    for model in owned:
        table = table_of(model)
        result.append((table, table.c.project_id == project_id))
    in_session: tuple[type[m.Base], ...] = (m.Attendance, m.AgendaItem, m.EntryDraft)
    for model in in_session:
        table = table_of(model)
        result.append((table, table.c.session_id.in_(sessions)))
    note, tagging = table_of(m.MinuteNote), table_of(m.Tagging)
    result += [(note, note.c.agenda_item_id.in_(agenda_items)), (entry, entry.c.session_id.in_(sessions)),
               (tagging, tagging.c.entry_id.in_(entries))]
    return result


def _replacements(c: Connection, project_id: int, person_id: int, pattern: re.Pattern[str] | None,
                  ) -> list[tuple[Table, dict[str, Any], dict[str, Any], int]]:
    """(table, primary key, new values, occurrences) of every row whose texts hold the name."""
    found: list[tuple[Table, dict[str, Any], dict[str, Any], int]] = []
    if pattern is None:
        return found
    person = table_of(m.Person)
    for table, condition in _project_tables(project_id):
        columns = _text_columns(table)
        keys = [c.name for c in table.primary_key.columns]
        if table is person:
            condition = condition & (person.c.id != person_id)  # its own row is rewritten whole
        for row in c.execute(select(*(table.c[k] for k in keys + columns)).where(condition)).mappings():
            values: dict[str, Any] = {}
            count = 0
            for column in columns:
                new, n = scrub(row[column], pattern)
                if n:
                    values[column], count = new, count + n
            if values:
                found.append((table, {k: row[k] for k in keys}, values, count))
    return found


# -- the plan ------------------------------------------------------------------------------
def _person(c: Connection, person_id: int) -> Any:
    person, party = table_of(m.Person), table_of(m.Party)
    row = c.execute(select(person.c.id, person.c.uid, person.c.project_id, person.c.name, party.c.name.label("party"))
                    .outerjoin(party, party.c.id == person.c.party_id).where(person.c.id == person_id)).first()
    if row is None:
        raise NotFound(LocalText("Personen finns inte längre i projektet.", "The person is no longer in the project."))
    return row


def find_person(library: Library, project_uid: str, person_uid: str) -> int:
    """The internal id of a person named by the project's and the person's ids (the CLI's words)."""
    from samverkan_desktop.services.library_service import project_id_for

    project_id = project_id_for(library, project_uid)
    person = table_of(m.Person)
    with library.engine.connect() as c:
        found = c.execute(select(person.c.id).where(person.c.project_id == project_id,
                                                    person.c.uid == person_uid)).scalar()
    if found is None:
        raise NotFound(LocalText(f'Personen "{person_uid}" finns inte i projektet "{project_uid}".',
                                 f'The person "{person_uid}" is not in the project "{project_uid}".'))
    return int(found)


def _adjusted_sessions(c: Connection, project_id: int, person_id: int, touched: set[int]) -> set[int]:
    """The adjusted sessions of the project that the erasure changes."""
    session, attendance, entry = table_of(m.Session), table_of(m.Attendance), table_of(m.Entry)
    adjusters = table_of(m.SessionAdjuster)
    ids = set(touched)
    for query in (select(attendance.c.session_id).where(attendance.c.person_id == person_id),
                  select(entry.c.session_id).where(entry.c.person_id == person_id),
                  select(adjusters.c.session_id).where(adjusters.c.person_id == person_id)):
        ids.update(c.execute(query).scalars())
    adjusted = c.execute(select(session.c.id).where(session.c.project_id == project_id,
                                                    session.c.adjusted_hash.is_not(None))).scalars()
    return ids & set(adjusted)


def _session_of(c: Connection, table: Table, key: dict[str, Any]) -> int | None:
    """The session a changed row belongs to, for rows inside a session's minutes."""
    if table is table_of(m.Entry) or table is table_of(m.AgendaItem):
        value = c.execute(select(table.c.session_id).where(table.c.id == key["id"])).scalar()
        return None if value is None else int(value)
    if table is table_of(m.MinuteNote):
        agenda, note = table_of(m.AgendaItem), table
        value = c.execute(select(agenda.c.session_id).join(note, note.c.agenda_item_id == agenda.c.id)
                          .where(note.c.id == key["id"])).scalar()
        return None if value is None else int(value)
    return None


def backup_files(paths: DataPaths) -> list[Path]:
    """Every copy of the library in the data folder: the backups, and any other SQLite file."""
    found: set[Path] = set()
    if paths.backups.is_dir():
        found.update(p for p in paths.backups.rglob("*") if p.is_file())
    live = {paths.database.name + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    for path in paths.root.rglob("*"):
        if path.is_file() and not (path.parent == paths.root and path.name in live) and _is_sqlite(path):
            found.add(path)
            for suffix in ("-wal", "-shm", "-journal"):
                sibling = path.with_name(path.name + suffix)
                if sibling.exists():
                    found.add(sibling)
    return sorted(found)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def plan_erasure(library: Library, paths: DataPaths | None, person_id: int) -> ErasurePlan:
    """Count what erasing the person changes, without changing anything."""
    with library.engine.connect() as c:
        person = _person(c, person_id)
        pattern = name_pattern(person.name)
        found = _replacements(c, person.project_id, person_id, pattern)
        touched = {s for table, key, _v, _n in found if (s := _session_of(c, table, key)) is not None}
        entry, attendance = table_of(m.Entry), table_of(m.Attendance)
        entries = len(c.execute(select(entry.c.id).where(entry.c.person_id == person_id)).all())
        lines = len(c.execute(select(attendance.c.id).where(attendance.c.person_id == person_id)).all())
        adjusted = _adjusted_sessions(c, person.project_id, person_id, touched)
    return ErasurePlan(person_id, int(person.project_id), str(person.name), person.party, entries, lines,
                       len(adjusted), sum(n for *_rest, n in found),
                       backup_files(paths) if paths is not None else [])


# -- erasing -------------------------------------------------------------------------------
def _anonymous_uid(c: Connection, project_id: int, person_id: int) -> str:
    person = table_of(m.Person)
    taken = set(c.execute(select(person.c.uid).where(person.c.project_id == project_id,
                                                     person.c.id != person_id)).scalars())
    candidate, number = ANONYMOUS_UID, 1
    while candidate in taken:
        number += 1
        candidate = f"{ANONYMOUS_UID}-{number}"
    return candidate


def _rewrite_entry(c: Connection, key: dict[str, Any], values: dict[str, Any]) -> None:
    """Move the spans of an entry whose text changed; a span that lost its words tags the whole entry."""
    if "text" not in values:
        return
    entry, tagging = table_of(m.Entry), table_of(m.Tagging)
    old = c.execute(select(entry.c.text).where(entry.c.id == key["id"])).scalar() or ""
    rows = c.execute(select(tagging.c.id, tagging.c.start, tagging.c.end).where(
        tagging.c.entry_id == key["id"], tagging.c.start.is_not(None), tagging.c.end.is_not(None))).all()
    moved = rebase_spans(old, values["text"], [(int(r.start), int(r.end)) for r in rows])
    for row, span in zip(rows, moved, strict=True):
        start, end = span if span is not None else (None, None)
        c.execute(update(tagging).where(tagging.c.id == row.id).values(start=start, end=end))


def _erase_rows(c: Connection, person_id: int) -> tuple[str, int, int, int, set[int]]:
    c.exec_driver_sql("PRAGMA secure_delete = ON")  # old cell contents are zeroed, not just unlinked
    person = _person(c, person_id)
    project_id = int(person.project_id)
    found = _replacements(c, project_id, person_id, name_pattern(person.name))
    touched = {s for table, key, _v, _n in found if (s := _session_of(c, table, key)) is not None}
    adjusted = _adjusted_sessions(c, project_id, person_id, touched)
    entry_table = table_of(m.Entry)
    for table, key, values, _count in found:
        if table is entry_table:
            _rewrite_entry(c, key, values)
        condition = [table.c[k] == v for k, v in key.items()]
        c.execute(update(table).where(*condition).values(values))
    entry, draft, attendance = entry_table, table_of(m.EntryDraft), table_of(m.Attendance)
    entries = c.execute(update(entry).where(entry.c.person_id == person_id).values(person_id=None)).rowcount
    c.execute(update(draft).where(draft.c.person_id == person_id).values(person_id=None))
    lines = len(c.execute(select(attendance.c.id).where(attendance.c.person_id == person_id)).all())
    uid = _anonymous_uid(c, project_id, person_id)
    pattern = name_pattern(person.name)
    erase_in_starting_points(c, project_id, person.uid, uid, PLACEHOLDER,
                             (lambda value: scrub(value, pattern)) if pattern else (lambda value: (value, 0)))
    people = table_of(m.Person)
    c.execute(update(people).where(people.c.id == person_id).values(
        name=PLACEHOLDER, role=None, extra={}, uid=uid, updated_at=utcnow()))
    project = table_of(m.Project)
    c.execute(update(project).where(project.c.id == project_id).values(updated_at=utcnow()))
    c.exec_driver_sql("PRAGMA secure_delete = OFF")  # the pooled connection goes back as it came
    return uid, int(entries or 0), lines, sum(n for *_rest, n in found), adjusted


def _mark_adjusted(library: Library, session_ids: Iterable[int], when: dt.datetime) -> None:
    """Adjusted minutes that changed: a new content hash, and a note of when and why."""
    session = table_of(m.Session)
    moment = when.isoformat(timespec="seconds")
    for session_id in session_ids:
        digest = content_hash(library, session_id)

        def work(c: Connection, sid: int = session_id, new: str = digest) -> None:
            extra = dict(c.execute(select(session.c.adjusted_extra).where(session.c.id == sid)).scalar() or {})
            extra["anonymised"] = [*extra.get("anonymised", []), {"at": moment}]
            c.execute(update(session).where(session.c.id == sid).values(
                adjusted_hash=new, adjusted_extra=extra, updated_at=utcnow()))

        run_write(library, work)


def _compact_database(library: Library, progress: Progress = no_progress) -> None:
    """Rebuild the search index, vacuum and truncate the WAL: no old page keeps the name.

    On the raw connection, in autocommit: VACUUM cannot run inside the transaction that
    SQLAlchemy begins for every statement.
    """
    raw = library.engine.raw_connection()
    try:
        db = raw.driver_connection
        assert isinstance(db, sqlite3.Connection)
        db.execute("PRAGMA secure_delete = ON")
        db.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")
        progress(4, 10)
        db.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")
        progress(5, 10)
        db.execute("VACUUM")
        progress(9, 10)
        for _attempt in range(50):
            busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is not None and busy[0] == 0:
                break
            time.sleep(0.1)
        else:
            raise StorageFailed(LocalText(
                "Databasen används av något annat just nu, så de gamla sidorna kunde inte skrivas över. "
                "Stäng andra program och försök igen.",
                "The database is in use by something else just now, so the old pages could not be "
                "overwritten. Close other programs and try again."))
        db.execute("PRAGMA secure_delete = OFF")
    finally:
        raw.close()


@dataclass(frozen=True)
class Scrubbed:
    changed: int
    failed: list[Path]


def scrub_logs(log_dir: Path, name: str) -> Scrubbed:
    """Replace the name in every log file, in place (the app may hold the file open)."""
    pattern = name_pattern(name)
    if pattern is None or not log_dir.is_dir():
        return Scrubbed(0, [])
    changed, failed = 0, []
    for path in sorted(p for p in log_dir.rglob("*") if p.is_file()):
        try:
            text = path.read_bytes().decode("utf-8", errors="surrogateescape")
            new, count = pattern.subn(PLACEHOLDER, text)
            if count:
                with path.open("r+b") as handle:
                    handle.write(new.encode("utf-8", errors="surrogateescape"))
                    handle.truncate()
                changed += 1
        except OSError:
            failed.append(path)
    return Scrubbed(changed, failed)


def erase_person(library: Library, paths: DataPaths | None, person_id: int,
                 when: dt.datetime | None = None, progress: Progress = no_progress) -> ErasureResult:
    """Erase the person's name from the project and the data folder (see the module's text).

    The logs are scrubbed right after the rows, while the name is still known: should a
    later step fail, erasing the (now anonymous) person again finishes the rest. No backup
    runs meanwhile (one started before would write the name back into the backups).
    ``progress`` follows the steps (``(done, 100)``); an erasure is not to be stopped half
    way, so a callback that raises leaves it to be repeated as a failure would.
    """
    with no_backup_meanwhile():
        return _erase_person(library, paths, person_id, when, progress)


def _erase_person(library: Library, paths: DataPaths | None, person_id: int,
                  when: dt.datetime | None, progress: Progress) -> ErasureResult:
    progress(0, 100)
    name = _person_name(library, person_id)
    uid, entries, lines, occurrences, adjusted = run_write(library, lambda c: _erase_rows(c, person_id))
    progress(20, 100)
    scrubbed = scrub_logs(paths.logs, name) if paths is not None else Scrubbed(0, [])
    try:
        _mark_adjusted(library, sorted(adjusted), when or dt.datetime.now().astimezone())
        progress(25, 100)
        _compact_database(library, part_of(progress, 25, 90, 100))
    except (sqlite3.Error, SQLAlchemyError) as exc:  # VACUUM and the pragmas run outside run_write
        log.error("erasing a person failed while rewriting the database: %s", exc.__class__.__name__)
        raise StorageFailed(LocalText(
            f"Databasen kunde inte skrivas om ({exc.__class__.__name__}). Namnet är borttaget ur projektet, "
            f"men gamla sidor och säkerhetskopior finns kvar: radera personen ({PLACEHOLDER}) en gång till.",
            f"The database could not be rewritten ({exc.__class__.__name__}). The name is gone from the "
            f"project, but old pages and backups remain: erase the person ({PLACEHOLDER}) once more.")) from None
    progress(90, 100)
    removed, fresh, failed = 0, None, list(scrubbed.failed)
    if paths is not None:
        for path in backup_files(paths):
            try:
                remove_file(path)
                removed += 1
            except OSError:
                failed.append(path)
        if library.path is not None:
            try:
                fresh = backup_database(library.path, paths.backups / timestamped_name("after-erasure"))
            except (OSError, sqlite3.Error) as exc:
                log.error("no backup after erasing a person: %s", exc.__class__.__name__)
    progress(100, 100)
    log.info("a person was erased: %d entries, %d attendance lines, %d text occurrences, %d backups removed",
             entries, lines, occurrences, removed)
    if failed:
        shown = ", ".join(str(p) for p in failed[:3])
        raise StorageFailed(LocalText(
            f"Namnet är borttaget ur biblioteket, men {len(failed)} filer med namnet kunde inte raderas eller "
            f"rensas ({shown}). Stäng program som kan använda dem och radera personen ({PLACEHOLDER}) en gång "
            "till, eller radera filerna själv.",
            f"The name is gone from the library, but {len(failed)} files holding it could not be deleted or "
            f"scrubbed ({shown}). Close programs that may use them and erase the person ({PLACEHOLDER}) once "
            "more, or delete the files yourself."))
    return ErasureResult(uid, entries, lines, occurrences, len(adjusted), removed, scrubbed.changed, fresh)


def remove_file(path: Path) -> None:
    """Delete one copy of the library (its own function, so a test can make it fail)."""
    path.unlink(missing_ok=True)


def _person_name(library: Library, person_id: int) -> str:
    with library.engine.connect() as c:
        return str(_person(c, person_id).name)
