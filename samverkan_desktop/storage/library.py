"""Open a library: the data folder's database, migrated, with a session factory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.storage import migrate
from samverkan_desktop.storage.database import make_engine, make_session_factory


@dataclass
class Library:
    """An open library database; ``sessions()`` hands out ORM sessions."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None
    migration_backup: Path | None = None

    def close(self) -> None:
        self.engine.dispose()


def open_library(paths: DataPaths) -> Library:
    """Create the data folder if needed and open its database at the newest schema."""
    paths.ensure()
    engine = make_engine(paths.database)
    backup = migrate.upgrade(engine, paths.database, paths.backups)
    return Library(engine, make_session_factory(engine), paths.database, backup)


def open_memory_library() -> Library:
    """A private in-memory library (self-test, tests of pure logic)."""
    engine = make_engine(None)
    migrate.upgrade(engine, None, None)
    return Library(engine, make_session_factory(engine), None)
