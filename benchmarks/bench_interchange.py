"""Benchmark importing and exporting a large project file against a raw-SQLite floor.

What is measured (each ``--repeat`` times; medians are reported, because these
machines are shared and noisy):

``validate``
    ``validate_document(doc)`` alone (JSON Schema plus the reference checks).
``import``
    ``import_document(library, doc)`` into a fresh on-disk library in a new temp
    folder: validation, building the rows, ``executemany`` through SQLAlchemy Core,
    one transaction, commit. Opening (and migrating) the library is not timed.
``import, write only``
    The same call with ``validate_document`` stubbed out in the importer module, so
    that the write path alone can be compared with the floor.
``export``
    ``export_document(library, uid)`` of the project just imported (to a ``dict``;
    no JSON encoding, no file).
``floor``
    The least any import can cost: the same rows into the same tables with the raw
    ``sqlite3`` module. A fresh library is opened with ``open_library`` (so the schema,
    indexes and constraints are those of the app) and closed again, and its search
    triggers are dropped (the floor is *trigger-free*: it writes the rows, no index); then, on a new
    ``sqlite3`` connection with the app's pragmas (``busy_timeout``, ``foreign_keys=ON``,
    ``journal_mode=WAL``, ``synchronous=FULL``), the timer covers ``BEGIN``, one
    ``executemany`` per table (project, party, person, mandate, question,
    question_mandate, tag, tag_mandate, session, session_adjuster, attendance,
    agenda_item, minute_note, entry, tagging, action_item, in the importer's order)
    and ``COMMIT``. The rows are precomputed tuples with their ids assigned, dates as
    ISO text, ``extra`` already JSON-encoded and ``created_at``/``updated_at`` filled
    in: the floor excludes reading the document, validation and row building.
``floor + search index``
    The floor, then the project's search index filled in one more transaction with the
    importer's own bulk statements (``search_index.FILL_PROJECT``): the least an import
    that keeps search working can cost. Informational.
``floor + row building``
    The floor plus the time to build those tuples from the document in plain Python
    (``FloorRows``): roughly what an importer that skipped SQLAlchemy's per-row
    parameter processing could reach. Informational; the ratios use the floor.

Before the timings, the floor's database is compared with the importer's, table by
table and row by row (all columns except ``created_at`` and ``updated_at``, and the
search index), so the floor provably writes the same rows.

Run::

    uv run python benchmarks/bench_interchange.py                      # 50 x 1,000, repeat 5
    uv run python benchmarks/bench_interchange.py --sessions 5 --repeat 3
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.interchange import fields as f
from samverkan_desktop.services.interchange import importer
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.interchange.validate import validate_document
from samverkan_desktop.storage.database import BUSY_TIMEOUT_MS
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.storage.search_index import FILL_PROJECT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import generated_document, machine, progress

AIM = 3.0
#: the tables in the order the importer writes them
ORDER = [m.Project, m.Party, m.Person, m.Mandate, m.Question, m.QuestionMandate, m.Tag, m.TagMandate,
         m.Session, m.SessionAdjuster, m.Attendance, m.AgendaItem, m.MinuteNote, m.Entry, m.Tagging,
         m.ActionItem]
STAMPS = ("created_at", "updated_at")




# --- the floor: the same rows, precomputed ---------------------------------------------


def _sql_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


class FloorRows:
    """Per table the rows an import of ``doc`` into an empty library writes, as tuples."""

    def __init__(self, doc: dict[str, Any], now: dt.datetime) -> None:
        self.stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
        self.rows: dict[str, list[dict[str, Any]]] = {table_of(t).name: [] for t in ORDER}
        self.next_id: dict[str, int] = {}
        self._build(doc)

    def add(self, model: type[m.Base], row: dict[str, Any], with_id: bool = True) -> int:
        name = table_of(model).name
        if with_id:
            row["id"] = self.next_id.get(name, 1)
            self.next_id[name] = row["id"] + 1
        self.rows[name].append(row)
        return int(row.get("id", 0))

    @staticmethod
    def plain(item: dict[str, Any], pairs: Sequence[tuple[str, str | None]], **more: Any) -> dict[str, Any]:
        row = {column: item.get(key) for key, column in pairs if column is not None}
        row["extra"] = f.extra(item, pairs)
        row.update(more)
        return row

    def _build(self, doc: dict[str, Any]) -> None:
        plain, add = self.plain, self.add
        add(m.Project, plain(doc["project"], f.PROJECT, file_extra=f.extra(doc, f.DOCUMENT)))
        party = {p["id"]: add(m.Party, plain(p, f.PARTY, project_id=1, sort_order=i))
                 for i, p in enumerate(doc.get("parties", []))}
        person = {p["id"]: add(m.Person, plain(p, f.PERSON, project_id=1, sort_order=i,
                                               party_id=party.get(p.get("party"))))
                  for i, p in enumerate(doc.get("people", []))}
        mandate: dict[str, int] = {}
        for i, item in enumerate(doc.get("mandates", [])):
            a = item.get("assessment")
            mandate[item["id"]] = add(m.Mandate, plain(
                item, f.MANDATE, project_id=1, sort_order=i, rating=(a or {}).get("rating"),
                motivation=(a or {}).get("motivation"),
                assessment_extra=None if a is None else f.extra(a, f.ASSESSMENT)))
        question: dict[str, int] = {}
        for i, item in enumerate(doc.get("questions", [])):
            question[item["id"]] = qid = add(m.Question, plain(item, f.QUESTION, project_id=1, sort_order=i))
            for j, uid in enumerate(item.get("mandates", [])):
                add(m.QuestionMandate, {"question_id": qid, "mandate_id": mandate[uid], "sort_order": j}, False)
        tag: dict[str, int] = {}
        pending = list(enumerate(doc.get("tags", [])))
        while pending:  # parents before children, as the importer hands out ids
            rest = []
            for i, item in pending:
                if item.get("parent") is not None and item["parent"] not in tag:
                    rest.append((i, item))
                    continue
                tag[item["id"]] = tid = add(m.Tag, plain(item, f.TAG, project_id=1, sort_order=i,
                                                         parent_id=tag.get(item.get("parent") or "")))
                for j, uid in enumerate(item.get("mandates", [])):
                    add(m.TagMandate, {"tag_id": tid, "mandate_id": mandate[uid], "sort_order": j}, False)
            pending = rest
        session: dict[str, int] = {}
        for i, item in enumerate(doc.get("sessions", [])):
            adj = item.get("adjusted")
            session[item["id"]] = sid = add(m.Session, plain(
                item, f.SESSION, project_id=1, sort_order=i,
                adjusted_at=None if adj is None else adj.get("at"), adjusted_hash=(adj or {}).get("content_hash"),
                adjusted_extra=None if adj is None else f.extra(adj, f.ADJUSTED)))
            for j, uid in enumerate((adj or {}).get("by", [])):
                add(m.SessionAdjuster, {"session_id": sid, "person_id": person[uid], "sort_order": j}, False)
            for j, line in enumerate(item.get("attendance", [])):
                add(m.Attendance, plain(line, f.ATTENDANCE, session_id=sid, sort_order=j,
                                        person_id=person[line["person"]]))
            agenda: dict[str, int] = {}
            for j, point in enumerate(item.get("agenda", [])):
                agenda[point["id"]] = aid = add(m.AgendaItem, plain(
                    point, f.AGENDA, session_id=sid, sort_order=j, question_id=question.get(point.get("question"))))
                for k, note in enumerate(point.get("minute_notes", [])):
                    add(m.MinuteNote, plain(note, f.MINUTE_NOTE, agenda_item_id=aid, sort_order=k,
                                            party_id=party[note["party"]]))
            for j, entry in enumerate(item.get("entries", [])):
                eid = add(m.Entry, plain(
                    entry, f.ENTRY, session_id=sid, sort_order=j, agenda_item_id=agenda.get(entry.get("agenda_item")),
                    question_id=question.get(entry.get("question")), party_id=party.get(entry.get("party")),
                    person_id=person.get(entry.get("person"))))
                for k, tagging in enumerate(entry.get("tags", [])):
                    add(m.Tagging, plain(tagging, f.TAGGING, entry_id=eid, sort_order=k, tag_id=tag[tagging["tag"]]))
        for i, item in enumerate(doc.get("actions", [])):
            add(m.ActionItem, plain(item, f.ACTION, project_id=1, sort_order=i,
                                    session_id=session.get(item.get("session")),
                                    improvement_id=tag.get(item.get("improvement"))))

    def statements(self) -> list[tuple[str, str, list[tuple[Any, ...]]]]:
        """``(table, INSERT statement, rows as tuples)`` per table, ready for ``executemany``."""
        out = []
        for model in ORDER:
            table = table_of(model)
            columns = [c.name for c in table.columns]
            json_columns = {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}
            tuples = []
            for row in self.rows[table.name]:
                values = []
                for column in columns:
                    if column in STAMPS:
                        values.append(self.stamp)
                    elif column in json_columns:
                        values.append(json.dumps(row.get(column)))
                    else:
                        values.append(_sql_value(row.get(column)))
                tuples.append(tuple(values))
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            out.append((table.name, f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', tuples))
        return out


def _connect(database: Path) -> sqlite3.Connection:
    """A raw connection with the pragmas of ``storage.database``."""
    connection = sqlite3.connect(database, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


def _timed_transaction(database: Path, work: Callable[[sqlite3.Connection], None]) -> tuple[float, float]:
    """Wall and CPU seconds for BEGIN, ``work``, COMMIT on a raw connection with the app's pragmas."""
    connection = _connect(database)

    def transaction() -> None:
        connection.execute("BEGIN")
        work(connection)
        connection.execute("COMMIT")

    try:
        wall, cpu, _ = timed(transaction)
        return wall, cpu
    finally:
        connection.close()


def floor_insert(database: Path, statements: list[tuple[str, str, list[tuple[Any, ...]]]]) -> tuple[float, float]:
    """One ``executemany`` per table in one transaction, on a schema-only library without its
    search triggers."""
    with sqlite3.connect(database) as connection:
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name LIKE 'search_index_%'").fetchall():
            connection.execute(f'DROP TRIGGER "{name}"')
    connection.close()

    def insert(connection: sqlite3.Connection) -> None:
        for _table, sql, rows in statements:
            if rows:
                connection.executemany(sql, rows)

    return _timed_transaction(database, insert)


def floor_index(database: Path, project_id: int) -> tuple[float, float]:
    """The project's search index filled in one transaction, with the importer's statements."""

    def fill(connection: sqlite3.Connection) -> None:
        for statement in FILL_PROJECT:
            connection.execute(statement, {"project": project_id})

    return _timed_transaction(database, fill)


def compare_databases(imported: Path, floor: Path) -> dict[str, int]:
    """Row counts per table; raises if the two databases hold different rows."""
    counts: dict[str, int] = {}
    a, b = sqlite3.connect(imported), sqlite3.connect(floor)
    try:
        for model in ORDER:
            table = table_of(model)
            columns = ", ".join(f'"{c.name}"' for c in table.columns if c.name not in STAMPS)
            sql = f'SELECT {columns} FROM "{table.name}" ORDER BY rowid'
            left, right = a.execute(sql).fetchall(), b.execute(sql).fetchall()
            if left != right:
                diff = next((i for i, (x, y) in enumerate(zip(left, right, strict=False)) if x != y), None)
                detail = f"first difference at row {diff}: {left[diff]!r} != {right[diff]!r}" if diff is not None \
                    else f"{len(left)} rows != {len(right)} rows"
                raise AssertionError(f"floor and import differ in table {table.name}: {detail}")
            counts[table.name] = len(left)
        sql = "SELECT rowid, kind, ref_id, project_id, session_id, entry_id, body FROM search_index ORDER BY rowid"
        if a.execute(sql).fetchall() != b.execute(sql).fetchall():
            raise AssertionError("floor and import differ in their search index")
    finally:
        a.close()
        b.close()
    return counts


# --- the measurements ---------------------------------------------------------------------


@contextmanager
def fresh_library(base: Path | None) -> Iterator[Library]:
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-", dir=base) as folder:
        library = open_library(DataPaths(Path(folder)))
        try:
            yield library
        finally:
            library.close()


def timed(call: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall-clock seconds, CPU seconds of this process, and the result of ``call()``."""
    gc.collect()
    cpu = time.process_time()
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, time.process_time() - cpu, result


class Samples:
    """Wall-clock and CPU seconds per measurement, one value per round."""

    KEYS = ("floor", "indexed", "built", "validate", "import", "write", "export")

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {k: [] for k in self.KEYS}
        self.cpu: dict[str, list[float]] = {k: [] for k in self.KEYS}

    def add(self, key: str, wall: float, cpu: float) -> None:
        self.wall[key].append(wall)
        self.cpu[key].append(cpu)


def _no_validation(document: Any) -> dict[str, Any]:
    return dict(document)


def run(doc: dict[str, Any], repeat: int, base: Path | None,
        log: Callable[[str], None]) -> tuple[Samples, dict[str, int]]:
    """All measurements, ``repeat`` times each, interleaved; and the row counts."""
    uid = doc["project"]["id"]
    times = Samples()
    counts: dict[str, int] = {}
    for round_ in range(repeat):
        build_wall, build_cpu, statements = timed(
            lambda: FloorRows(doc, dt.datetime.now(dt.UTC).replace(tzinfo=None)).statements())
        times.add("validate", *timed(lambda: validate_document(doc))[:2])
        with fresh_library(base) as library:
            times.add("import", *timed(lambda lib=library: import_document(lib, doc))[:2])
            times.add("export", *timed(lambda lib=library: export_document(lib, uid))[:2])
            imported_db = library.path
            with fresh_library(base) as floor_library:
                floor_db = floor_library.path
                floor_library.close()  # only its schema is wanted; the floor writes through sqlite3
                assert imported_db is not None and floor_db is not None
                wall, cpu = floor_insert(floor_db, statements)
                times.add("floor", wall, cpu)
                times.add("built", build_wall + wall, build_cpu + cpu)
                index_wall, index_cpu = floor_index(floor_db, statements[0][2][0][0])
                times.add("indexed", wall + index_wall, cpu + index_cpu)
                if round_ == 0:
                    library.engine.dispose()
                    counts = compare_databases(imported_db, floor_db)
        with fresh_library(base) as library, mock.patch.object(importer, "validate_document", _no_validation):
            times.add("write", *timed(lambda lib=library: import_document(lib, doc))[:2])
        log(f"  round {round_ + 1}/{repeat}: " + ", ".join(f"{k} {v[-1]:.3f}s" for k, v in times.wall.items()))
    return times, counts




def report(samples: Samples, counts: dict[str, int], doc_bytes: int,
           sessions: int, per_session: int, repeat: int) -> str:
    times = samples.wall
    med = {k: statistics.median(v) for k, v in times.items()}
    cpu = {k: statistics.median(v) for k, v in samples.cpu.items()}
    best = {k: min(v) for k, v in times.items()}
    floor = med["floor"]
    lines = [
        f"Machine: {machine()}",
        f"Project: {sessions} sessions x {per_session:,} entries = {sessions * per_session:,} entries; "
        f"{doc_bytes / 1e6:.1f} MB of JSON (compact)",
        "Rows written: " + ", ".join(f"{name} {n:,}" for name, n in counts.items() if n),
        f"Total rows: {sum(counts.values()):,}. Repeat: {repeat}. Wall-clock seconds (median, min, max),",
        "median CPU seconds of this process, and the median wall time as a multiple of the floor's.",
        "",
        f"{'measurement':<40} {'median s':>9} {'min s':>8} {'max s':>8} {'cpu s':>8} {'x floor':>8}",
        "-" * 86,
    ]
    labels = [
        ("floor", "floor: raw sqlite3 executemany"),
        ("indexed", "floor + bulk search index"),
        ("built", "floor + building its rows from the doc"),
        ("validate", "validate_document alone"),
        ("import", "import_document (incl. validation)"),
        ("write", "import_document, validation stubbed"),
        ("export", "export_document (to dict)"),
    ]
    for key, label in labels:
        values = times[key]
        lines.append(f"{label:<40} {med[key]:>9.3f} {min(values):>8.3f} {max(values):>8.3f} "
                     f"{cpu[key]:>8.3f} {med[key] / floor:>7.1f}x")
    ratio = med["import"] / floor
    lines += [
        "",
        "ratios           medians  (of minimums)",
        f"import / floor   {ratio:>6.1f}x  ({best['import'] / best['floor']:.1f}x)"
        f"   aim <= {AIM:.0f}x: {'met' if ratio <= AIM else 'NOT met'}",
        f"write  / floor   {med['write'] / floor:>6.1f}x  ({best['write'] / best['floor']:.1f}x)"
        "   (import with validation stubbed out)",
        f"export / floor   {med['export'] / floor:>6.1f}x  ({best['export'] / best['floor']:.1f}x)",
        f"validation is {med['validate'] / med['import']:.0%} of the median import",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark project import/export against a raw sqlite3 floor.")
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--entries-per-session", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dir", type=Path, default=None, help="folder for the temporary libraries")
    parser.add_argument("--quiet", action="store_true", help="no per-round lines")
    args = parser.parse_args(argv)

    log = progress(args.quiet)
    log(f"generating {args.sessions} x {args.entries_per_session} entries (seed {args.seed}) ...")
    doc = generated_document(args.sessions, args.entries_per_session, args.seed)
    doc_bytes = len(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    times, counts = run(doc, args.repeat, args.dir, log)
    print(report(times, counts, doc_bytes, args.sessions, args.entries_per_session, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
