"""Two libraries in one test act as two laptops: the central secretary's and an FSG secretary's."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.archive import read_project_or_archive, write_archive
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.merge.sendout import send_out
from samverkan_desktop.storage.library import Library, open_library

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo-project.json"
PROJECT = "project-ekdala-dialograpport-2026"
ADJUSTED = "session-2025-09-18-csg"
FSG, FOCUS = "session-2025-10-02-fsg-utb", "session-2025-10-16-fokusgrupp"
OTHER = "session-2025-11-06-hemtjanst-norra"
#: when the sessions were sent out: before anything the recipient exports (the sent file itself has this time)
SENT_AT = dt.datetime(2026, 1, 12, 9, 30, tzinfo=dt.UTC)


@dataclass
class Laptop:
    paths: DataPaths
    library: Library

    @property
    def editor(self) -> Editor:
        return Editor(self.library)

    def export(self) -> dict[str, Any]:
        return export_document(self.library, PROJECT)

    def id_of(self, model: type[m.Base], uid: str, session: str | None = None) -> int:
        table = m.table_of(model)
        query = select(table.c.id).where(table.c.uid == uid)
        if session is not None:
            sessions = m.table_of(m.Session)
            query = query.where(table.c.session_id == select(sessions.c.id).where(sessions.c.uid == session)
                                .scalar_subquery())
        with self.library.engine.connect() as c:
            return int(c.execute(query).scalar_one())

    def entry(self, session: str, uid: str) -> dict[str, Any]:
        found = next(s for s in self.export()["sessions"] if s["id"] == session)
        return next(e for e in found.get("entries", []) if e["id"] == uid)

    def entries(self, session: str) -> list[dict[str, Any]]:
        return list(next(s for s in self.export()["sessions"] if s["id"] == session).get("entries", []))

    def add_entry(self, session: str, text: str, party: str | None = None) -> str:
        values: dict[str, Any] = {"text": text}
        if party is not None:
            values["party_id"] = self.id_of(m.Party, party)
        return self.editor.create("entry", self.id_of(m.Session, session), values).uid

    def set_entry(self, session: str, uid: str, **values: Any) -> None:
        """Change an entry as the app does: a new text moves its marked spans along."""
        from samverkan_desktop.services.tagging import set_entry_text

        entry_id = self.id_of(m.Entry, uid, session)
        if "text" in values:
            set_entry_text(self.library, entry_id, values.pop("text"))
        if values:
            self.editor.set("entry", entry_id, **values)

    def archive(self, target: Path) -> Path:
        return write_archive(self.library, PROJECT, target)

    def dump(self) -> str:
        """The whole database as SQL text, to prove that nothing changed."""
        assert self.library.path is not None
        connection = sqlite3.connect(self.library.path)
        try:
            return "\n".join(line for line in connection.iterdump() if "search_index" not in line)
        finally:
            connection.close()


def laptop(root: Path) -> Laptop:
    paths = DataPaths(root)
    return Laptop(paths, open_library(paths))


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Laptop]:
    it = laptop(tmp_path / "central")
    import_document(it.library, json.loads(DEMO.read_text(encoding="utf-8")))
    yield it
    it.library.close()


@pytest.fixture
def sent(central: Laptop, tmp_path: Path) -> Path:
    """The central secretary sends the FSG and the focus-group session to the FSG secretary."""
    return send_out(central.library, PROJECT, [FSG, FOCUS], "FSG Utbildning – Karin", tmp_path / "ut.samverkan",
                    now=SENT_AT).path


@pytest.fixture
def fsg(sent: Path, tmp_path: Path) -> Iterator[Laptop]:
    """The FSG secretary's laptop, with the sent-out file imported as usual."""
    it = laptop(tmp_path / "fsg")
    import_document(it.library, read_project_or_archive(sent))
    yield it
    it.library.close()
