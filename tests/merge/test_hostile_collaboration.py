"""The new parts of the format, hostile: a checked archive whose collaboration block (the
starting point, its nested documents, the origin marks) lies is refused with a Swedish
message naming the place, by import and by merge alike, and nothing is written."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.services.archive import read_project_or_archive
from samverkan_desktop.services.errors import ImportRefused
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.merge import service
from tests.merge.conftest import FSG, PROJECT, Laptop
from tests.services.test_archive import _valid

Doc = dict[str, Any]


def _origin(d: Doc) -> Doc:
    origin: Doc = d["collaboration"]["origin"]
    return origin


def _nest(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def _set(change: Callable[[Doc], None]) -> Callable[[Doc], Doc]:
    def build(d: Doc) -> Doc:
        d = copy.deepcopy(d)
        change(d)
        return d
    return build


HOSTILE: dict[str, tuple[Callable[[Doc], Doc], str]] = {
    "starting point of another project": (
        _set(lambda d: _origin(d)["document"]["project"].update(id="project-annat")), "annat projekt"),
    "nested collaboration block": (
        _set(lambda d: _origin(d)["document"].update(collaboration={})), "egen samarbetsdel"),
    "nested document too deep": (
        _set(lambda d: _origin(d)["document"]["project"].update(x=_nest(120))), "för djupt"),
    "nested document with a control character": (
        _set(lambda d: _origin(d)["document"]["project"].update(title="a\x00b")), "styrtecken"),
    "nested document with a dangling reference": (
        _set(lambda d: _origin(d)["document"]["sessions"][0]["entries"][0].update(party="party-finns-inte")),
        "collaboration.origin.document: sessions[0].entries[0].party"),
    "nested document is not a project": (_set(lambda d: _origin(d).update(document={"a": 1})), "ingen projektfil"),
    "unknown session": (_set(lambda d: _origin(d)["sessions"].append("session-x")),
                        'okänt dialogtillfälle "session-x"'),
    "the same starting point twice": (
        _set(lambda d: d["collaboration"].update(sent_out=[_origin(d)])), "två gånger"),
    "bad time of sending": (_set(lambda d: _origin(d).update(sent_at="igår")), "giltig tidpunkt"),
    "empty recipient": (_set(lambda d: _origin(d).update(recipient="")), "får inte vara tom"),
    "endless recipient": (_set(lambda d: _origin(d).update(recipient="x" * 5000)), "längre än 200"),
    "origin is not an object": (_set(lambda d: d["collaboration"].update(origin="sp-1")), "ska vara ett objekt"),
    "entry origin is not an object": (
        _set(lambda d: d["sessions"][0]["entries"][0].update(origin=["FSG"])), "ska vara ett objekt"),
    "conflict copy of a too long id": (
        _set(lambda d: d["sessions"][0]["entries"][0].update(origin={"conflict_copy_of": "e" * 65})), "längre än 64"),
}


def _dump(it: Laptop) -> list[str]:
    assert it.library.path is not None
    connection = sqlite3.connect(it.library.path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_lying_collaboration_part_is_refused_by_import_and_merge(
        case: str, central: Laptop, fsg: Laptop, tmp_path: Path) -> None:
    fsg.add_entry(FSG, "Nytt hos FSG.")
    build, expected = HOSTILE[case]
    path = tmp_path / "in.samverkan"
    path.write_bytes(_valid(build(json.loads(json.dumps(fsg.export())))))
    before_central, before_fsg = _dump(central), _dump(fsg)
    with pytest.raises(ImportRefused) as by_import:
        import_document(fsg.library, read_project_or_archive(path), replace=True)
    with pytest.raises(ImportRefused) as by_merge:
        service.prepare(central.library, PROJECT, read_project_or_archive(path))
    for refused in (by_import.value, by_merge.value):
        message = refused.text("sv")
        assert expected in message and "\n" not in message and len(message) < 400, message
    assert _dump(central) == before_central and _dump(fsg) == before_fsg
