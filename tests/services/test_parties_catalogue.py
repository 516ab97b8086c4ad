"""The built-in list of common parties, readable ids, and explicit uids in Editor.create."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.domain.enums import PartySide
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.parties_catalogue import COMMON_PARTIES, CatalogueParty, is_in_project
from samverkan_desktop.services.uids import readable_uid, slug
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_library(DataPaths(tmp_path / "data"))
    yield library
    library.close()


@pytest.fixture
def project(lib: Library, demo_document: dict[str, Any]) -> int:
    return import_document(lib, demo_document).project_id


def test_catalogue_has_the_employer_first_and_current_union_names() -> None:
    names = [p.name for p in COMMON_PARTIES]
    assert COMMON_PARTIES[0] == CatalogueParty("Arbetsgivaren", PartySide.EMPLOYER)
    assert all(p.side is PartySide.UNION for p in COMMON_PARTIES[1:])
    for current in ("Kommunal", "Vision", "Sveriges Lärare", "Vårdförbundet", "Akademikerförbundet SSR",
                    "Ledarna", "Akavia", "Saco-förbunden (gemensamt)"):
        assert current in names
    for old in ("Jusek", "Lärarförbundet", "Lärarnas Riksförbund", "SKTF"):
        assert not any(old in name for name in names)
    assert len({name.casefold() for name in names}) == len(names)
    assert len({p.uid for p in COMMON_PARTIES}) == len(names)


def test_catalogue_ids_match_the_demo_project(demo_document: dict[str, Any]) -> None:
    demo = {party["name"]: party["id"] for party in demo_document["parties"]}
    for entry in COMMON_PARTIES:
        if entry.name in demo:
            assert entry.uid == demo[entry.name]


def test_slug_folds_swedish_letters() -> None:
    assert slug("Sveriges Lärare") == "sveriges-larare"
    assert slug("  Saco-förbunden (gemensamt) ") == "saco-forbunden-gemensamt"
    assert slug("Åsa Öst") == "asa-ost"
    assert readable_uid("party", "Vårdförbundet") == "party-vardforbundet"
    assert readable_uid("party", "???") == "party"
    assert len(readable_uid("party", "x" * 200)) <= 64


def test_is_in_project_ignores_case_and_spacing_and_knows_ids() -> None:
    kommunal = CatalogueParty("Kommunal", PartySide.UNION)
    assert is_in_project(kommunal, ["  kommunal "])
    assert is_in_project(kommunal, ["Kommunal sektion Ekdala"], ["party-kommunal"])
    assert not is_in_project(kommunal, ["Vision"], ["party-vision", None])


def test_create_takes_a_readable_uid_and_keeps_it_unique(lib: Library, project: int) -> None:
    editor = Editor(lib)
    first = editor.create("party", project, {"name": "Ledarna", "side": "union", "uid": "party-ledarna"})
    assert first.uid == "party-ledarna"
    # the demo project already has party-kommunal
    second = editor.create("party", project, {"name": "Kommunal", "uid": "party-kommunal"})
    third = editor.create("party", project, {"name": "Kommunal", "uid": "party-kommunal"})
    assert (second.uid, third.uid) == ("party-kommunal-2", "party-kommunal-3")
    # without a uid the id stays random; another project may reuse the same readable id
    assert editor.create("party", project, {"name": "X"}).uid.startswith("party-")
    other = editor.create("project", None, {"title": "Annat projekt"})
    assert editor.create("party", other.id, {"name": "Kommunal", "uid": "party-kommunal"}).uid == "party-kommunal"


def test_create_refuses_a_uid_for_kinds_without_one(lib: Library, project: int) -> None:
    with pytest.raises(ValueError):
        Editor(lib).create("minute_note", 1, {"uid": "x"})
