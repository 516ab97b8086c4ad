"""``storage.bulk.insert_rows`` stores exactly what SQLAlchemy's ``insert(table)`` stores:
the same rows written both ways into two libraries are compared byte for byte, column by
column, as SQLite holds them (dates, timestamps, JSON, enums, hostile text, defaults)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Table, insert
from sqlalchemy.exc import StatementError

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.storage.bulk import insert_rows
from samverkan_desktop.storage.library import open_library

NOW = dt.datetime(2026, 12, 7, 19, 5, 3, 120034)
HOSTILE = "<b>&amp; \"citat\" 'x' — åäö ÅÄÖ 😀 \u0301e\n\ttab " + "ö" * 50_000


def rows() -> list[tuple[Table, list[dict[str, Any]]]]:
    project = {"id": 1, "uid": "p1", "title": HOSTILE, "status": "final", "decision_date": dt.date(2026, 2, 28),
               "due_date": None, "file_extra": {"x_tool": {"ver": [1, 2.5, None, True]}},
               "extra": {}, "created_at": NOW, "updated_at": NOW}
    sessions = [
        {"id": 1, "project_id": 1, "uid": "s1", "title": "Möte 1", "kind": "csg", "date": dt.date(2026, 3, 1),
         "status": "adjusted", "adjusted_extra": None, "origin": {"recorder": "Åsa", "laptop": "PC-1"},
         "respondents": None, "extra": {"x": "<&>"}, "sort_order": 0, "created_at": NOW, "updated_at": NOW},
        {"id": 2, "project_id": 1, "uid": "s2", "title": "Skriftliga svar", "kind": None,
         "date": dt.date(1999, 12, 31), "status": None, "adjusted_extra": {}, "origin": None,
         "respondents": 412, "extra": {}, "sort_order": 1, "created_at": NOW, "updated_at": NOW},
    ]
    entries = [
        {"id": index + 1, "session_id": 1 + index % 2, "uid": f"e{index}", "kind": kind, "text": text,
         "recorded_at": "2026-03-01T09:15:00+01:00", "origin": None, "respondent_group": None,
         "extra": {} if index % 3 else {"x_note": text[:10]}, "sort_order": index,
         "created_at": NOW, "updated_at": NOW}
        for index, (kind, text) in enumerate([("statement", "Vi & de <andra>"), (None, HOSTILE), ("decision", "")])
    ]
    return [(table_of(m.Project), [project]), (table_of(m.Session), sessions), (table_of(m.Entry), entries)]


def stored(tmp_path: Path, name: str, write: Callable[[Connection, Table, list[dict[str, Any]]], None],
           tables: list[tuple[Table, list[dict[str, Any]]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows as SQLite holds them after ``write`` put ``tables`` into a fresh library, their
    columns in the model's order."""
    library = open_library(DataPaths(tmp_path / name))
    try:
        with library.engine.begin() as connection:
            for table, batch in tables:
                write(connection, table, batch)
    finally:
        library.close()
    database = sqlite3.connect(next((tmp_path / name).glob("*.sqlite3")))
    try:
        return {table.name: database.execute(
                    f'SELECT {", ".join(column.name for column in table.columns)} FROM "{table.name}" ORDER BY id'
                ).fetchall() for table, _ in tables}
    finally:
        database.close()


def through_sqlalchemy(connection: Connection, table: Table, batch: list[dict[str, Any]]) -> None:
    connection.execute(insert(table), batch)


def test_the_same_rows_as_sqlalchemy_insert(tmp_path: Path) -> None:
    ours = stored(tmp_path, "bulk", insert_rows, rows())
    theirs = stored(tmp_path, "core", through_sqlalchemy, rows())
    assert ours == theirs
    assert [len(ours[name]) for name in ("project", "session", "entry")] == [1, 2, 3]
    assert ours["project"][0].count(HOSTILE) == 1  # the text is there, whole


def without_defaults() -> list[tuple[Table, list[dict[str, Any]]]]:
    tables = rows()
    for _table, batch in tables[1:]:
        for row in batch:
            del row["sort_order"], row["extra"], row["created_at"], row["updated_at"]
    return tables


def test_missing_keys_take_the_columns_defaults(tmp_path: Path) -> None:
    """``sort_order`` (a scalar default), ``extra`` (``dict``) and the timestamps (``utcnow``)
    come from the columns' defaults when the rows do not give them, as with ``insert``."""
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ours = stored(tmp_path, "bulk", insert_rows, without_defaults())
    theirs = stored(tmp_path, "core", through_sqlalchemy, without_defaults())
    for table in (table_of(m.Session), table_of(m.Entry)):
        keep = [i for i, column in enumerate(table.columns) if column.name not in ("created_at", "updated_at")]
        assert [[row[i] for i in keep] for row in ours[table.name]] == \
               [[row[i] for i in keep] for row in theirs[table.name]]
    columns = [c.name for c in table_of(m.Entry).columns]
    for row in ours["entry"]:
        assert row[columns.index("sort_order")] == 0 and row[columns.index("extra")] == "{}"
        assert dt.datetime.fromisoformat(row[columns.index("created_at")]) >= before  # utcnow, SQLAlchemy's format


def test_a_value_the_column_refuses_is_a_statement_error(tmp_path: Path) -> None:
    """An enum value outside the enum fails like SQLAlchemy's insert fails, and nothing is written."""
    tables = rows()
    tables[1][1][1]["kind"] = "not-a-kind"
    with pytest.raises(StatementError):
        stored(tmp_path, "bulk", insert_rows, tables)
    with pytest.raises(StatementError):
        stored(tmp_path, "core", through_sqlalchemy, rows()[:1] + tables[1:])
    database = sqlite3.connect(next((tmp_path / "bulk").glob("*.sqlite3")))
    assert database.execute("SELECT count(*) FROM project").fetchone() == (0,)
    database.close()


def test_a_key_that_is_no_column_is_refused(tmp_path: Path) -> None:
    tables = rows()
    tables[0][1][0]["colour"] = "red"
    with pytest.raises(KeyError, match="colour"):
        stored(tmp_path, "bulk", insert_rows, tables[:1])
