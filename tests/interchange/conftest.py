"""Fixtures of the interchange tests: the shared example, on-disk libraries, database dumps.

The shared example lives in ``../shared`` beside the checkout (CI has it); tests that
need it skip with a clear reason where it is absent.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.interchange.parse import parse_bytes
from samverkan_desktop.storage.backup import backup_database
from samverkan_desktop.storage.library import Library, open_library

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXAMPLE = SHARED / "interchange" / "example-project.json"
#: the project id under which the example is stored in the seeded library, so that a
#: document that slipped through validation would be written, not refused as a duplicate
SEED_UID = "project-seed"


@pytest.fixture(scope="session")
def example_bytes() -> bytes:
    if not EXAMPLE.is_file():
        pytest.skip("../shared is not beside the checkout")
    return EXAMPLE.read_bytes()


@pytest.fixture
def example(example_bytes: bytes) -> dict[str, Any]:
    """A fresh parsed copy of the shared example project, free to mutate."""
    document: dict[str, Any] = parse_bytes(example_bytes)
    return document


def dump_database(path: Path) -> list[str]:
    """Every line of ``iterdump()`` of the database at ``path``: schema and rows."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def db_dump() -> Callable[[Library], list[str]]:
    def dump(library: Library) -> list[str]:
        assert library.path is not None
        return dump_database(library.path)

    return dump


@pytest.fixture
def open_disk_library(tmp_path: Path) -> Iterator[Callable[[str], Library]]:
    """Open (and close at teardown) real on-disk libraries in sub-folders of ``tmp_path``."""
    opened: list[Library] = []

    def make(name: str = "data") -> Library:
        library = open_library(DataPaths(tmp_path / name))
        opened.append(library)
        return library

    yield make
    for library in opened:
        library.close()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory, example_bytes: bytes) -> Path:
    """A library database holding the example under the id ``SEED_UID``, built once."""
    paths = DataPaths(tmp_path_factory.mktemp("seeded-template"))
    seed = parse_bytes(example_bytes)
    seed["project"]["id"] = SEED_UID
    library = open_library(paths)
    try:
        import_document(library, seed)
    finally:
        library.close()
    return paths.database


@pytest.fixture
def seeded_library(tmp_path: Path, seeded_template: Path) -> Iterator[Library]:
    """An on-disk library that already holds one valid project (a copy of the template)."""
    paths = DataPaths(tmp_path / "seeded").ensure()
    backup_database(seeded_template, paths.database)
    library = open_library(paths)
    try:
        yield library
    finally:
        library.close()


def without_stamp(document: dict[str, Any]) -> dict[str, Any]:
    """The document as the exporter writes it back: without ``exported_at``, at format
    version 2 (a version 1 file is exported as version 2), as plain JSON values."""
    plain: dict[str, Any] = json.loads(json.dumps(document))
    plain.pop("exported_at", None)
    plain["version"] = 2
    return plain


@pytest.fixture
def strip_stamp() -> Callable[[dict[str, Any]], dict[str, Any]]:
    return without_stamp
