"""Every backup is verified after writing; one that fails is removed, never left half-done."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.backup import BackupFailed, backup_database, verify_copy
from samverkan_desktop.storage.library import open_library
from samverkan_desktop.storage.migrate import HEAD


@pytest.fixture
def database(tmp_path: Path, demo_document: dict[str, Any]) -> Path:
    library = open_library(DataPaths(tmp_path / "data"))
    import_document(library, demo_document)
    library.close()
    return tmp_path / "data" / "library.sqlite3"


def test_a_copy_at_the_expected_revision_is_kept(database: Path, tmp_path: Path) -> None:
    target = backup_database(database, tmp_path / "b" / "copy.sqlite3", expected_revision=HEAD, full_check=True)
    assert verify_copy(target, HEAD, full_check=True) is None
    assert [p.name for p in target.parent.iterdir()] == ["copy.sqlite3"]  # no partial, no journal left


def test_a_copy_that_fails_verification_is_removed(database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    with pytest.raises(BackupFailed, match="schema revision"):
        backup_database(database, folder / "copy.sqlite3", expected_revision="9999")
    assert list(folder.iterdir()) == []


def test_a_damaged_source_leaves_no_copy_behind(database: Path, tmp_path: Path) -> None:
    """Damage that the backup API copies faithfully is caught by the check of the copy."""
    pristine = database.read_bytes()
    rng = random.Random(3)
    caught = 0
    for attempt in range(40):
        data = bytearray(pristine)
        page = rng.randrange(1, len(data) // 4096)
        for offset in range(page * 4096 + 100, page * 4096 + 400):
            data[offset] = rng.randrange(256)
        source = tmp_path / f"damaged-{attempt}.sqlite3"
        source.write_bytes(bytes(data))
        folder = tmp_path / f"b{attempt}"
        try:
            backup_database(source, folder / "copy.sqlite3", expected_revision=HEAD, full_check=True)
        except (BackupFailed, sqlite3.Error):
            caught += 1
            assert not folder.exists() or list(folder.iterdir()) == []
        else:
            assert verify_copy(folder / "copy.sqlite3", HEAD, full_check=True) is None
    assert caught >= 3
