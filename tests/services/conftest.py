"""Fixtures of the service tests: a real on-disk library and the demo project imported into it
(a test file that needs another library defines its own ``library``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


@pytest.fixture
def demo_project(library: Library, demo_document: dict[str, Any]) -> int:
    """The demo project's internal id."""
    return import_document(library, demo_document).project_id
