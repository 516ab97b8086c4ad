"""The retention reminder's logic: calendar months, final projects only, the latest date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.retention import add_months, is_due, latest_date, projects_due, retention_due
from samverkan_desktop.storage.library import Library, open_library

D = dt.date


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_library(DataPaths(tmp_path / "data"))
    yield library
    library.close()


@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2024, 8, 31), 24, D(2026, 8, 31)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2024, 11, 15), 2, D(2025, 1, 15)),
    (D(2024, 12, 1), 0, D(2024, 12, 1)),
])
def test_add_months_counts_calendar_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_only_final_projects_past_the_time_are_due() -> None:
    latest = D(2024, 3, 10)
    assert is_due("final", latest, D(2026, 3, 10), 24)
    assert not is_due("final", latest, D(2026, 3, 9), 24)
    assert not is_due("draft", latest, D(2030, 1, 1), 24)
    assert not is_due(None, latest, D(2030, 1, 1), 24)
    assert not is_due("final", None, D(2030, 1, 1), 24)
    assert not is_due("final", latest, D(2030, 1, 1), 0)  # 0 months: the reminder is off


def test_the_demo_project_becomes_due_24_months_after_its_last_date(lib: Library,
                                                                     demo_document: dict[str, Any]) -> None:
    project = import_document(lib, demo_document).project_id
    dates = [D.fromisoformat(s["date"]) for s in demo_document["sessions"]]
    dates += [D.fromisoformat(demo_document["project"][k]) for k in ("decision_date", "due_date")]
    latest = max(dates)
    assert latest_date(lib, project) == latest
    later = add_months(latest, 24)
    assert retention_due(lib, project, later, 24) is None  # the demo is a draft
    Editor(lib).set("project", project, status="final")
    assert retention_due(lib, project, later - dt.timedelta(days=1), 24) is None
    due = retention_due(lib, project, later, 24)
    assert due is not None and (due.latest, due.due_since, due.title) == (
        latest, later, demo_document["project"]["title"])
    assert [d.project_id for d in projects_due(lib, later, 24)] == [project]
    assert projects_due(lib, later, 36) == []


def test_a_final_project_without_any_date_is_never_due(lib: Library) -> None:
    project = Editor(lib).create("project", None, {"title": "Tomt", "status": "final"})
    assert latest_date(lib, project.id) is None
    assert retention_due(lib, project.id, D(2100, 1, 1), 24) is None
