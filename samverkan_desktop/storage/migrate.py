"""Bring a library database to the current schema, backing it up first.

Migrations are Alembic scripts shipped inside the package and run from code at
start. A database that already holds data and is not at the newest revision is
copied with the backup API before anything touches it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError

from samverkan_desktop.storage.backup import backup_database, timestamped_name

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
#: the newest revision; a test proves it equals Alembic's head, so that opening a
#: current library needs no Alembic import (it costs a second of start-up)
HEAD = "0006"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))  # ConfigParser syntax
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no version table: an empty or a foreign database
            return None
    return None if value is None else str(value)


def upgrade(engine: Engine, database: Path | None, backup_dir: Path | None) -> Path | None:
    """Migrate to head; returns the backup written before migrating, if any."""
    current = current_revision(engine)
    if current == HEAD:
        return None
    from alembic import command

    head = head_revision()
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
