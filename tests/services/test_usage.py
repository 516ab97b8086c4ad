"""Counting what refers to a party or a person (for delete confirmations)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.usage import party_usage, person_usage
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_library(DataPaths(tmp_path / "data"))
    yield library
    library.close()


def _ids(lib: Library, project: int, model: Any) -> dict[str, int]:
    with lib.sessions() as db:
        return {uid: id_ for uid, id_ in db.execute(select(model.uid, model.id).where(model.project_id == project))}


def test_counts_match_the_demo_document(lib: Library, demo_document: dict[str, Any]) -> None:
    project = import_document(lib, demo_document).project_id
    parties, people = _ids(lib, project, m.Party), _ids(lib, project, m.Person)
    sessions = demo_document["sessions"]
    person_party = {p["id"]: p.get("party") for p in demo_document["people"]}

    kommunal = party_usage(lib, parties["party-kommunal"])
    assert kommunal.people == sum(1 for party in person_party.values() if party == "party-kommunal")
    assert kommunal.entries == sum(1 for s in sessions for e in s.get("entries", [])
                                   if e.get("party") == "party-kommunal")
    assert kommunal.attendance == sum(1 for s in sessions for a in s.get("attendance", [])
                                      if person_party[a["person"]] == "party-kommunal")
    assert kommunal.minute_notes == sum(1 for s in sessions for item in s.get("agenda", [])
                                        for note in item.get("minute_notes", [])
                                        if note.get("party") == "party-kommunal")
    assert not kommunal.unused

    eva = person_usage(lib, people["person-01"])
    assert eva.entries == sum(1 for s in sessions for e in s.get("entries", []) if e.get("person") == "person-01")
    assert eva.attendance == sum(1 for s in sessions for a in s.get("attendance", []) if a["person"] == "person-01")
    assert eva.adjusted == sum(1 for s in sessions if "person-01" in (s.get("adjusted") or {}).get("by", []))


def test_a_new_party_and_person_are_unused(lib: Library, demo_document: dict[str, Any]) -> None:
    project = import_document(lib, demo_document).project_id
    editor = Editor(lib)
    party = editor.create("party", project, {"name": "Ledarna"})
    person = editor.create("person", project, {"name": "Åsa", "party_id": party.id})
    assert party_usage(lib, party.id).people == 1
    assert person_usage(lib, person.id).unused
    editor.delete("person", person.id)
    assert party_usage(lib, party.id).unused
