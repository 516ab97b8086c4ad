"""The schema comes from the migrations, the migrations match the models, and an
existing database is backed up (through the backup API) before it is migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from samverkan_desktop.domain.models import Base
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.storage import migrate
from samverkan_desktop.storage.library import open_library
from samverkan_desktop.storage.search_index import include_name


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    library = open_library(DataPaths(tmp_path))
    try:
        with library.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                                   "render_as_batch": True,
                                                                   "include_name": include_name})
            diff = compare_metadata(context, Base.metadata)
    finally:
        library.close()
    assert diff == []


def test_new_library_is_at_head_with_pragmas(tmp_path: Path) -> None:
    library = open_library(DataPaths(tmp_path))
    try:
        assert migrate.current_revision(library.engine) == migrate.head_revision()
        with library.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert library.migration_backup is None
    finally:
        library.close()
    assert (tmp_path / "library.sqlite3").exists()


def test_reopening_a_current_library_writes_no_backup(tmp_path: Path) -> None:
    open_library(DataPaths(tmp_path)).close()
    again = open_library(DataPaths(tmp_path))
    again.close()
    assert again.migration_backup is None
    assert list((tmp_path / "backups").iterdir()) == []


def test_existing_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path).ensure()
    old = sqlite3.connect(paths.database)
    old.execute("CREATE TABLE notes_from_before (text TEXT)")
    old.execute("INSERT INTO notes_from_before VALUES ('Mötet öppnades 13.05')")
    old.commit()
    old.close()

    library = open_library(paths)
    library.close()

    backup = library.migration_backup
    assert backup is not None and backup.parent == paths.backups
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT text FROM notes_from_before").fetchall() == [("Mötet öppnades 13.05",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()


def test_head_constant_matches_alembic() -> None:
    assert migrate.head_revision() == migrate.HEAD


def test_0004_moves_the_report_texts_into_their_own_search_rows(tmp_path: Path) -> None:
    """A library made before 0004 keeps its report texts searchable, now as "report" hits."""
    from alembic import command
    from sqlalchemy import text

    from samverkan_desktop.services.search import search
    from samverkan_desktop.storage.database import make_engine

    paths = DataPaths(tmp_path).ensure()
    engine = make_engine(paths.database)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.execute(text(
            "INSERT INTO project (id, uid, title, commission, summary, conclusions, created_at, updated_at, extra,"
            " file_extra) VALUES (1, 'p', 'Rapport om älgpass', 'Uppdraget', 'Sammanfattning om pärlplattor',"
            " 'Slutsats', '2026-01-01', '2026-01-01', '{}', '{}')"))
    engine.dispose()
    library = open_library(paths)
    try:
        assert [h.kind for h in search(library, 1, "pärlplattor")] == ["report"]
        assert [h.kind for h in search(library, 1, "älgpass")] == ["project"]
        with library.engine.connect() as connection:
            tables = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"report_quote", "report_name"} <= tables
        with library.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
        assert [h.kind for h in search(library, 1, "pärlplattor")] == ["project"]
    finally:
        library.close()
