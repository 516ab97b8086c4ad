"""The SQLite engine of a library, with the pragmas every connection needs.

WAL lets the UI read while a write is in flight; ``synchronous=FULL`` makes every
commit durable even against a power cut (the minutes cannot be typed again);
foreign keys are enforced; a busy timeout rides out a brief lock by a backup or an
antivirus scanner instead of failing at once. SQLAlchemy's errors never carry the bound
values: they hold what the user typed (names, personal data), and errors go to the log.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy own BEGIN/COMMIT (pysqlite's own handling defers BEGIN oddly).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path | None) -> Engine:
    """An engine on the database file at ``path`` (``None``: a private in-memory one)."""
    connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000}
    if path is None:  # one shared connection, or every checkout would see a new empty database
        engine = create_engine("sqlite://", connect_args=connect_args, poolclass=StaticPool, hide_parameters=True)
    else:
        # URL.create, not f"sqlite:///{path}": that form decodes %HH and ends at "?"
        url = URL.create("sqlite", database=str(path))
        engine = create_engine(url, connect_args=connect_args, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
