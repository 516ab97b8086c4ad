"""The project archive (.samverkan): one self-contained file to move or archive a project.

An archive is a zip of exactly two members: ``project.json``, the interchange document
(services/interchange, format version 1 or 2; a project sent out to another recorder
carries its starting point there, in the collaboration block), and ``manifest.json``, which names the format,
the app that wrote it and the SHA-256 of ``project.json``. The same project gives the
same bytes: the time stamps (the zip's member dates, the manifest's ``created_at`` and
the document's ``exported_at``) are the time of the project's last change, not the clock.

Reading trusts nothing in the file. Everything is read into memory with hard caps
(never by the sizes the zip claims), nothing is extracted to disk, and an archive with
an unexpected, linked, absolute or climbing member, an oversized or highly compressed
member (a zip bomb), a bad checksum or a missing manifest is refused with a clear
message before the importer (which validates the JSON and writes atomically) sees it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from samverkan_desktop import __version__
from samverkan_desktop.domain import models as m
from samverkan_desktop.progress import Progress, no_progress
from samverkan_desktop.services.errors import ImportRefused, LocalText
from samverkan_desktop.services.files import write_bytes_atomically
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.parse import MAX_FILE_BYTES, parse_bytes, read_file, read_input
from samverkan_desktop.storage.library import Library

SUFFIX = ".samverkan"
FORMAT = "samverkan-archive"
VERSION = 1
PROJECT_MEMBER = "project.json"
MANIFEST_MEMBER = "manifest.json"
MEMBERS = (PROJECT_MEMBER, MANIFEST_MEMBER)
#: an archive with more members than this is refused before any name is looked at
MAX_MEMBERS = 8
MAX_MANIFEST_BYTES = 64 * 1024
#: the whole archive, and project.json unpacked: the importer's own limit
MAX_PROJECT_BYTES = MAX_FILE_BYTES
#: JSON compresses five- to tenfold; a bomb a thousandfold. Small members are never bombs.
MAX_RATIO = 100
RATIO_FROM_BYTES = 1024 * 1024
ZIP_EPOCH = dt.datetime(1980, 1, 1)


def is_archive_name(path: Path) -> bool:
    return path.suffix.lower() == SUFFIX


# -- writing -------------------------------------------------------------------------------
def last_change(library: Library, project_uid: str) -> dt.datetime:
    """The newest ``updated_at`` of the project and its sessions and entries (UTC, naive)."""
    with library.sessions() as db:
        project = db.scalar(select(m.Project).where(m.Project.uid == project_uid))
        if project is None:
            return ZIP_EPOCH
        sessions = select(m.Session.id).where(m.Session.project_id == project.id)
        candidates = [
            project.updated_at,
            db.scalar(select(func.max(m.Session.updated_at)).where(m.Session.project_id == project.id)),
            db.scalar(select(func.max(m.Entry.updated_at)).where(m.Entry.session_id.in_(sessions))),
        ]
    return max(c for c in candidates if c is not None)


def _json_bytes(document: Any) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def archive_bytes(library: Library, project_uid: str, progress: Progress = no_progress) -> bytes:
    """The archive of a project, byte for byte the same as long as the project is unchanged."""
    progress(0, 3)
    document = export_document(library, project_uid)
    progress(1, 3)
    return pack_document(document, last_change(library, project_uid))


def pack_document(document: dict[str, Any], changed: dt.datetime) -> bytes:
    """The archive of a project document, stamped with ``changed`` (UTC, naive)."""
    project_uid = document["project"]["id"]
    changed = changed.replace(microsecond=0)
    stamp = changed.replace(tzinfo=dt.UTC).isoformat()
    document["exported_at"] = stamp
    project = _json_bytes(document)
    manifest = _json_bytes({
        "format": FORMAT, "version": VERSION, "app_version": __version__,
        "project_id": project_uid, "created_at": stamp,
        "files": {PROJECT_MEMBER: {"sha256": hashlib.sha256(project).hexdigest(), "bytes": len(project)}},
    })
    when = max(changed, ZIP_EPOCH)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in ((MANIFEST_MEMBER, manifest), (PROJECT_MEMBER, project)):
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # the same bytes on Windows and Linux
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data, compresslevel=6)
    return buffer.getvalue()


def write_archive(library: Library, project_uid: str, target: Path, progress: Progress = no_progress) -> Path:
    """Write the project's archive to ``target`` atomically (temporary file, fsync, rename);
    ``progress`` may raise ``Cancelled`` until the file is written."""
    data = archive_bytes(library, project_uid, progress)
    progress(2, 3)
    return write_bytes_atomically(data, target, make_folder=True)


# -- reading -------------------------------------------------------------------------------
def _refuse(sv: str, en: str) -> ImportRefused:
    return ImportRefused(LocalText(f"Arkivet kan inte importeras: {sv} Ingenting har ändrats.",
                                   f"The archive cannot be imported: {en} Nothing was changed."))


def _check_member(info: zipfile.ZipInfo) -> None:
    name = info.filename
    shown = name[:80]
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in name.split("/"):
        raise _refuse(f'det innehåller sökvägen "{shown}", som pekar utanför arkivet.',
                      f'it contains the path "{shown}", which points outside the archive.')
    if stat.S_ISLNK(info.external_attr >> 16):
        raise _refuse(f'"{shown}" är en länk, och länkar tas aldrig emot.',
                      f'"{shown}" is a link, and links are never accepted.')
    if name not in MEMBERS:
        raise _refuse(f'det innehåller "{shown}", som inte hör hemma i ett projektarkiv.',
                      f'it contains "{shown}", which does not belong in a project archive.')
    if info.flag_bits & 0x1:
        raise _refuse("det är krypterat.", "it is encrypted.")
    limit = MAX_MANIFEST_BYTES if name == MANIFEST_MEMBER else MAX_PROJECT_BYTES
    if info.file_size > limit:
        raise _refuse(f'"{name}" är för stort.', f'"{name}" is too large.')
    if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _refuse(f'"{name}" är packat orimligt hårt (en så kallad zipbomb).',
                      f'"{name}" is compressed implausibly hard (a so-called zip bomb).')


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, read with a hard cap; its declared size must be its real size."""
    limit = MAX_MANIFEST_BYTES if info.filename == MANIFEST_MEMBER else MAX_PROJECT_BYTES
    with archive.open(info) as stream:
        data = stream.read(min(limit, info.file_size) + 1)
        if len(data) > limit:
            raise _refuse(f'"{info.filename}" är för stort.', f'"{info.filename}" is too large.')
        if len(data) != info.file_size or stream.read(1):
            raise _refuse(f'"{info.filename}" är inte så stort som arkivet säger.',
                          f'"{info.filename}" is not the size the archive claims.')
    return data


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse("innehållsförteckningen (manifest.json) är inte läsbar.",
                      "its manifest (manifest.json) cannot be read.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse("det är inte ett projektarkiv från Samverkan Desktop.",
                      "it is not a Samverkan Desktop project archive.")
    if manifest.get("version") != VERSION:
        raise _refuse(f"det har formatversion {str(manifest.get('version'))[:20]}, och den här versionen av "
                      f"programmet läser version {VERSION}.",
                      f"it has format version {str(manifest.get('version'))[:20]}; this version of the app "
                      f"reads version {VERSION}.")
    return manifest


def read_archive_bytes(data: bytes) -> Any:
    """The project document of an archive, checked; ``ImportRefused`` for anything amiss."""
    if len(data) > MAX_PROJECT_BYTES:
        raise _refuse("filen är för stor.", "the file is too large.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise _refuse("filen är inte ett helt zip-arkiv (skadad, avkortad eller av en annan sort).",
                      "the file is not a complete zip archive (damaged, truncated or of another kind).") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(f"det innehåller {len(infos)} filer; ett projektarkiv har två.",
                          f"it contains {len(infos)} files; a project archive has two.")
        for info in infos:
            _check_member(info)
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise _refuse("det innehåller samma fil två gånger.", "it contains the same file twice.")
        if MANIFEST_MEMBER not in names:
            raise _refuse("innehållsförteckningen (manifest.json) saknas.", "its manifest (manifest.json) is missing.")
        if PROJECT_MEMBER not in names:
            raise _refuse("projektfilen (project.json) saknas.", "the project file (project.json) is missing.")
        try:
            manifest = _manifest(_read_member(archive, archive.getinfo(MANIFEST_MEMBER)))
            project = _read_member(archive, archive.getinfo(PROJECT_MEMBER))
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
            raise _refuse("en fil i det är skadad (kontrollsumman stämmer inte eller datat är avbrutet).",
                          "a file in it is damaged (its checksum does not match or the data is cut short).") from None
    expected = (manifest.get("files") or {}).get(PROJECT_MEMBER) if isinstance(manifest.get("files"), dict) else None
    digest = expected.get("sha256") if isinstance(expected, dict) else None
    if digest != hashlib.sha256(project).hexdigest():
        raise _refuse("kontrollsumman för projektfilen stämmer inte; filen har ändrats eller skadats.",
                      "the project file's checksum does not match; it has been changed or damaged.")
    return parse_bytes(project)


def read_archive(path: Path) -> Any:
    """Read and check an archive file (at most ``MAX_PROJECT_BYTES`` are ever read)."""
    data = read_input(path, MAX_PROJECT_BYTES)
    return read_archive_bytes(data)


def read_project_or_archive(path: Path) -> Any:
    """A project document from a .samverkan archive or a project file (JSON)."""
    if is_archive_name(path) or _starts_like_zip(path):
        return read_archive(path)
    return read_file(path)


def _starts_like_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False  # read_file explains
