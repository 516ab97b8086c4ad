"""Bring a library database to the current schema, backing it up first.

Migrations are Alembic scripts shipped inside the package and run from code at
start. A database that already holds data and is not at the newest revision is
copied with the backup API before anything touches it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from samverkan_desktop.storage.backup import backup_database, timestamped_name

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, database: Path | None, backup_dir: Path | None) -> Path | None:
    """Migrate to head; returns the backup written before migrating, if any."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    backup: Path | None = None
    has_tables = bool(inspect(engine).get_table_names())
    if has_tables and database is not None and backup_dir is not None:
        name = timestamped_name(f"before-migration-{current or 'none'}")
        backup = backup_database(database, backup_dir / name)
        log.info("backed up %s to %s before migrating %s -> %s", database, backup, current, head)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
