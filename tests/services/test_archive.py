"""The project archive (.samverkan): round trip, reproducible bytes, and every refusal.

Hostile archives are built by hand with zipfile (and raw byte edits where zipfile
will not write the lie), then imported the way the app and the CLI import them. A
refused archive leaves the library's dump and the folder's files exactly as they were.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import archive
from samverkan_desktop.services.errors import ImportRefused
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_library(DataPaths(tmp_path / "data"))
    yield library
    library.close()


@pytest.fixture
def demo_uid(lib: Library, demo_document: dict[str, Any]) -> str:
    return import_document(lib, demo_document).project_uid


def _without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_round_trip_gives_the_same_project(tmp_path: Path, lib: Library, demo_uid: str) -> None:
    path = archive.write_archive(lib, demo_uid, tmp_path / "out" / "projekt.samverkan")
    with zipfile.ZipFile(path) as zipped:
        assert sorted(zipped.namelist()) == ["manifest.json", "project.json"]
        manifest = json.loads(zipped.read("manifest.json"))
        project = zipped.read("project.json")
    assert manifest["format"] == "samverkan-archive" and manifest["version"] == 1
    assert manifest["files"]["project.json"]["sha256"] == hashlib.sha256(project).hexdigest()

    other = open_library(DataPaths(tmp_path / "other"))
    try:
        document = archive.read_project_or_archive(path)
        import_document(other, document)
        assert _without_time(export_document(other, demo_uid)) == _without_time(export_document(lib, demo_uid))
    finally:
        other.close()


def test_the_same_project_gives_the_same_bytes(tmp_path: Path, lib: Library, demo_uid: str) -> None:
    first = archive.write_archive(lib, demo_uid, tmp_path / "a.samverkan").read_bytes()
    second = archive.write_archive(lib, demo_uid, tmp_path / "b.samverkan").read_bytes()
    assert first == second
    manifest = json.loads(zipfile.ZipFile(tmp_path / "a.samverkan").read("manifest.json"))
    assert manifest["created_at"] == json.loads(
        zipfile.ZipFile(tmp_path / "a.samverkan").read("project.json"))["exported_at"]


def test_writing_replaces_the_target_whole(tmp_path: Path, lib: Library, demo_uid: str) -> None:
    target = tmp_path / "p.samverkan"
    target.write_bytes(b"old")
    archive.write_archive(lib, demo_uid, target)
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "p.samverkan"]  # no temporary file left


# -- hostile archives ----------------------------------------------------------------------
def _project_bytes(demo_document: dict[str, Any]) -> bytes:
    return json.dumps(demo_document, ensure_ascii=False).encode("utf-8")


def _manifest(project: bytes, **changes: Any) -> bytes:
    manifest: dict[str, Any] = {"format": "samverkan-archive", "version": 1, "app_version": "test",
                                "files": {"project.json": {"sha256": hashlib.sha256(project).hexdigest()}}}
    manifest.update(changes)
    return json.dumps(manifest).encode()


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name a test wants
        for name, data in members:
            zipped.writestr(name, data)
    return buffer.getvalue()


def _valid(doc: dict[str, Any], extra: list[tuple[str | zipfile.ZipInfo, bytes]] | None = None,
           project_name: str | zipfile.ZipInfo = "project.json") -> bytes:
    project = _project_bytes(doc)
    return _zip([("manifest.json", _manifest(project)), (project_name, project), *(extra or [])])


def _symlink(doc: dict[str, Any]) -> bytes:
    info = zipfile.ZipInfo("project.json")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return _valid(doc, project_name=info)


def _central_size(data: bytes, name: bytes, size: int) -> bytes:
    """Rewrite the uncompressed size that the central directory declares for ``name``."""
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + name_length] == name:
            return data[:at + 24] + struct.pack("<I", size) + data[at + 28:]
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError("member not found")


def _corrupt_data(doc: dict[str, Any]) -> bytes:
    data = bytearray(_valid(doc))
    at = data.find(b"project.json") + len("project.json") + 200  # inside the compressed stream
    for i in range(at, at + 16):
        data[i] ^= 0x5A
    return bytes(data)


def _bomb(_doc: dict[str, Any]) -> bytes:
    project = b'{"format": "samverkan-project"' + b" " * (20 * 1024 * 1024) + b"}"
    return _zip([("manifest.json", _manifest(project)), ("project.json", project)])


HOSTILE: dict[str, tuple[Callable[[dict[str, Any]], bytes], str]] = {
    "climbing path": (lambda d: _valid(d, [("../evil.txt", b"x")]), "pekar utanför"),
    "absolute path": (lambda d: _valid(d, [("/tmp/evil.txt", b"x")]), "pekar utanför"),
    "drive path": (lambda d: _valid(d, [("C:/evil.txt", b"x")]), "pekar utanför"),
    "drive-relative path": (lambda d: _valid(d, [("C:evil.txt", b"x")]), "pekar utanför"),
    "backslash": (lambda d: _valid(d, [("sub\\..\\..\\evil.txt", b"x")]), "pekar utanför"),
    "symlink": (_symlink, "länk"),
    "unexpected member": (lambda d: _valid(d, [("readme.exe", b"MZ")]), "hör hemma"),
    "too many members": (lambda d: _valid(d, [(f"f{i}.json", b"{}") for i in range(20)]), "två"),
    "duplicate member": (lambda d: _valid(d, [("project.json", b"{}")]), "två gånger"),
    "oversized manifest": (lambda d: _zip([("manifest.json", b" " * (archive.MAX_MANIFEST_BYTES + 1)),
                                           ("project.json", _project_bytes(d))]), "för stort"),
    "zip bomb": (_bomb, "zipbomb"),
    "size declared too small": (lambda d: _central_size(_valid(d), b"project.json", 100), "skadad"),
    "size declared too large": (lambda d: _central_size(_valid(d), b"project.json", 900_000), "inte så stort"),
    "corrupt data": (_corrupt_data, "skadad"),
    "bad checksum": (lambda d: _zip([("manifest.json", _manifest(b"other")), ("project.json", _project_bytes(d))]),
                     "kontrollsumman"),
    "missing manifest": (lambda d: _zip([("project.json", _project_bytes(d))]), "saknas"),
    "missing project": (lambda d: _zip([("manifest.json", _manifest(b""))]), "saknas"),
    "foreign manifest": (lambda d: _zip([("manifest.json", b'{"format": "other"}'),
                                         ("project.json", _project_bytes(d))]), "inte ett projektarkiv"),
    "unreadable manifest": (lambda d: _zip([("manifest.json", b"\xff\xfe{"),
                                            ("project.json", _project_bytes(d))]), "inte läsbar"),
    "newer format": (lambda d: _zip([("manifest.json", _manifest(_project_bytes(d), version=2)),
                                     ("project.json", _project_bytes(d))]), "formatversion 2"),
    "not a zip": (lambda d: b"just some text, not an archive\n" * 10, "zip"),
    "empty file": (lambda d: b"", "zip"),
    "truncated": (lambda d: _valid(d)[: len(_valid(d)) // 2], "zip"),
}


def _dump(lib: Library) -> list[str]:
    assert lib.path is not None
    connection = sqlite3.connect(lib.path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "logs" not in p.parts}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_archive_is_refused_and_nothing_is_written(
        case: str, tmp_path: Path, lib: Library, demo_document: dict[str, Any]) -> None:
    build, expected = HOSTILE[case]
    demo_document["project"]["id"] = "annat-projekt"  # not yet in the library: an import would add it
    import_document(lib, {**demo_document, "project": {**demo_document["project"], "id": "finns-redan"}})
    path = tmp_path / "in" / "projekt.samverkan"
    path.parent.mkdir()
    path.write_bytes(build(demo_document))
    before_dump, before_files = _dump(lib), _files(tmp_path)
    with pytest.raises(ImportRefused) as refused:
        import_document(lib, archive.read_project_or_archive(path))
    message = refused.value.text("sv")
    assert message.startswith("Arkivet kan inte importeras") and expected in message, message
    assert "Ingenting har ändrats" in message
    assert "\n" not in message and len(message) < 300
    assert refused.value.text("en").startswith("The archive cannot be imported")
    assert _dump(lib) == before_dump
    assert _files(tmp_path) == before_files


def test_a_valid_handmade_archive_imports(tmp_path: Path, lib: Library, demo_document: dict[str, Any]) -> None:
    """The hostile cases differ from this one only in what they break."""
    path = tmp_path / "ok.samverkan"
    path.write_bytes(_valid(demo_document))
    result = import_document(lib, archive.read_project_or_archive(path))
    assert result.project_uid == demo_document["project"]["id"]


def test_oversized_project_is_refused_before_reading(tmp_path: Path, lib: Library, demo_document: dict[str, Any],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.samverkan"
    path.write_bytes(_valid(demo_document))
    monkeypatch.setattr(archive, "MAX_PROJECT_BYTES", 10_000)
    with pytest.raises(ImportRefused, match="för stor"):
        archive.read_project_or_archive(path)


def test_a_zip_named_json_is_read_as_an_archive(tmp_path: Path, demo_document: dict[str, Any]) -> None:
    path = tmp_path / "projekt.json"
    path.write_bytes(_valid(demo_document))
    assert archive.read_project_or_archive(path)["project"]["id"] == demo_document["project"]["id"]


def test_invalid_json_inside_a_good_archive_is_refused_by_the_importer(tmp_path: Path, lib: Library) -> None:
    project = b'{"format": "samverkan-project", "version": 1}'
    path = tmp_path / "x.samverkan"
    path.write_bytes(_zip([("manifest.json", _manifest(project)), ("project.json", project)]))
    before = _dump(lib)
    with pytest.raises(ImportRefused):
        import_document(lib, archive.read_project_or_archive(path))
    assert _dump(lib) == before
