"""Where the app keeps its files: one data folder per user, overridable.

Everything the app writes (library database, backups, lock, log) lives under the
data folder, chosen in this order: ``--data-dir DIR``, ``SAMVERKAN_DATA_DIR``, the
per-user local data folder (on Windows ``%LOCALAPPDATA%\\SamverkanDesktop``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

APP_NAME = "SamverkanDesktop"
ENV_DATA_DIR = "SAMVERKAN_DATA_DIR"
DATABASE_NAME = "library.sqlite3"


class DataPaths(NamedTuple):
    """The files and folders of one data folder.

    The small records on the way to the main window are ``NamedTuple``s, not dataclasses:
    importing ``dataclasses`` and building one class with it cost about 2.5 ms there, a
    named tuple a tenth of a millisecond (docs/performance.md)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock(self) -> Path:
        return self.root / "library.lock"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder for this run (not yet created)."""
    if option:
        return DataPaths(Path(option).expanduser().resolve())
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return DataPaths(Path(from_env).expanduser().resolve())
    return DataPaths(local_data_dir())


def local_data_dir() -> Path:
    """The per-user local data folder, the default (never a roaming or synced profile folder).
    ``platformdirs`` is imported here: a start with ``--data-dir`` does not need it."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
