"""Backups are consistent copies; the integrity check answers for any bytes on disk."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.backup import backup_database
from samverkan_desktop.storage.integrity import check_file
from samverkan_desktop.storage.library import open_library


def test_backup_copies_committed_data_while_the_library_is_open(tmp_path: Path,
                                                                demo_document: dict[str, Any]) -> None:
    library = open_library(DataPaths(tmp_path / "data"))
    try:
        import_document(library, demo_document)
        target = backup_database(library.path, tmp_path / "copy.sqlite3")  # type: ignore[arg-type]
    finally:
        library.close()
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT count(*) FROM entry").fetchone()[0] == sum(
            len(s.get("entries", [])) for s in demo_document["sessions"])
    finally:
        copy.close()
    assert check_file(target, full=True).healthy


def test_check_reports_damage_for_random_corruption(tmp_path: Path, demo_document: dict[str, Any]) -> None:
    library = open_library(DataPaths(tmp_path / "data"))
    import_document(library, demo_document)
    library.close()
    pristine = (tmp_path / "data" / "library.sqlite3").read_bytes()
    assert check_file(tmp_path / "data" / "library.sqlite3").healthy
    rng = random.Random(7)
    damaged_seen = 0
    for attempt in range(40):
        data = bytearray(pristine)
        start = rng.randrange(0, len(data) - 4096)
        for offset in range(start, start + rng.randrange(16, 4096)):
            data[offset] = rng.randrange(256)
        path = tmp_path / f"damaged-{attempt}.sqlite3"
        path.write_bytes(bytes(data))
        report = check_file(path, full=True)  # must never raise
        damaged_seen += not report.healthy
    assert damaged_seen > 0
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    assert not check_file(garbage).healthy
