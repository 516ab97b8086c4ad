"""Is the library in a folder that a sync client or a network share manages?

A SQLite library must live on a local disk: a sync client (OneDrive, Dropbox, Google
Drive, iCloud, Box …) copies the database while it is being written, so that the copy
is half-written, and makes conflicting copies when two laptops open it; a network share
may not honour the file locks and may drop in the middle of a write. ``detect`` says
whether ``path`` is such a place, from the path itself, the sync clients' environment
variables (Windows), the file attributes Windows sets on cloud files (a SharePoint or
Teams library synced by OneDrive need not have "OneDrive" in its path), the drive type
of a mapped drive (Windows) or the file system type in ``/proc/mounts`` (Linux).
Everything it reads can be passed in, so tests feed it fake environments and mount tables.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from samverkan_desktop.services.errors import LocalText

#: folder names the sync clients create (compared without case; "OneDrive - Ekdala kommun"
#: is OneDrive for work, "Dropbox (Ekdala)" a Dropbox team folder)
SYNC_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("min enhet", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("box", "Box"),
    ("box sync", "Box"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
)
#: environment variables that the OneDrive client sets to its folders on Windows
SYNC_ENV = (("OneDrive", "OneDrive"), ("OneDriveCommercial", "OneDrive"), ("OneDriveConsumer", "OneDrive"))
#: Linux file systems that live on another machine (or in a cloud) rather than on a local disk
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs", "lustre", "davfs", "coda",
    "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.gvfsd-fuse", "fuse.onedriver",
    "fuse.google-drive-ocamlfuse", "fuse.davfs2", "fuse.glusterfs", "fuse.cephfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW
#: file attributes the Cloud Files API sets on what a sync client (OneDrive, also for
#: SharePoint and Teams) manages: pinned, unpinned, recall on open, recall on data access
CLOUD_ATTRIBUTES = 0x00080000 | 0x00100000 | 0x00040000 | 0x00400000
#: reparse tags of cloud placeholders: IO_REPARSE_TAG_CLOUD and its variants 0x9000X01A
CLOUD_REPARSE_TAG, CLOUD_REPARSE_MASK = 0x9000001A, 0xFFFF0FFF

Attributes = Callable[[str], tuple[int, int]]
"""``(file attributes, reparse tag)`` of a file or folder on Windows; ``(0, 0)`` when it cannot be read."""


@dataclass(frozen=True)
class RiskyLocation:
    """Where the library is: ``sync`` (a sync client's folder) or ``network`` (a share)."""

    kind: str
    service: str  # "OneDrive", "Dropbox" … or the file system / the share

    def place(self) -> LocalText:
        if self.kind == "sync":
            return LocalText(f"en mapp som {self.service} synkroniserar",
                             f"a folder that {self.service} synchronises")
        return LocalText(f"en nätverksmapp ({self.service})", f"a network folder ({self.service})")


def _sync_by_name(path: PurePath) -> RiskyLocation | None:
    for part in path.parts:
        name = part.strip().lower()
        for folder, service in SYNC_FOLDERS:
            if name == folder or name.startswith((f"{folder} - ", f"{folder} (")):
                return RiskyLocation("sync", service)
    return None


def _inside(path: PurePath, folder: PurePath) -> bool:
    def key(p: PurePath) -> tuple[str, ...]:
        return tuple(part.lower() for part in p.parts) if isinstance(p, PureWindowsPath) else p.parts
    return key(path)[:len(key(folder))] == key(folder)


def _sync_by_env(path: PurePath, env: Mapping[str, str]) -> RiskyLocation | None:
    for variable, service in SYNC_ENV:
        value = env.get(variable)
        if value and _inside(path, type(path)(value)):
            return RiskyLocation("sync", service)
    return None


def _windows_attributes(path: str) -> tuple[int, int]:
    try:
        status = os.lstat(path)
    except OSError:
        return 0, 0
    return int(getattr(status, "st_file_attributes", 0)), int(getattr(status, "st_reparse_tag", 0))


def _cloud_by_attributes(path: PureWindowsPath, attributes: Attributes) -> RiskyLocation | None:
    """A folder the Cloud Files API manages: it, or a folder above it, carries cloud attributes."""
    for folder in (path, *path.parents):
        flags, tag = attributes(str(folder))
        if flags & CLOUD_ATTRIBUTES or (tag & CLOUD_REPARSE_MASK) == CLOUD_REPARSE_TAG:
            return RiskyLocation("sync", "OneDrive")
    return None


def unescape_mount_field(field: str) -> str:
    """``/proc/mounts`` writes space, tab, newline and backslash as octal escapes."""
    for code in ("\\040", "\\011", "\\012", "\\134"):
        field = field.replace(code, chr(int(code[1:], 8)))
    return field


def network_mount(path: PurePosixPath, mounts_text: str) -> RiskyLocation | None:
    """The network file system ``path`` is on, from the text of ``/proc/mounts``."""
    best: tuple[int, str, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, fstype = unescape_mount_field(fields[0]), unescape_mount_field(fields[1]), fields[2]
        mount = PurePosixPath(point)
        if _inside(path, mount) and (best is None or len(mount.parts) >= best[0]):
            best = (len(mount.parts), fstype, source)
    if best is None:
        return None
    _depth, fstype, source = best
    if fstype in NETWORK_FS or fstype.startswith(("nfs", "smb", "cifs")):
        return RiskyLocation("network", f"{fstype}: {source}")
    return None


def _windows_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def detect(path: str | os.PathLike[str], *, platform: str | None = None, env: Mapping[str, str] | None = None,
           mounts_text: str | None = None, drive_type: Callable[[str], int] | None = None,
           attributes: Attributes | None = None) -> RiskyLocation | None:
    """Whether the data folder at ``path`` is in a sync client's folder or on a network share.

    ``platform`` (``sys.platform`` by default), ``env`` (``os.environ``), ``mounts_text``
    (``/proc/mounts`` on Linux), ``drive_type`` (``GetDriveTypeW`` on Windows) and
    ``attributes`` (``os.lstat`` on Windows) are read from the running system unless given."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    windows = platform.startswith("win")
    text, unc = os.fspath(path), False
    if windows:
        lowered = text.replace("/", "\\").lower()
        if lowered.startswith("\\\\?\\unc\\"):
            text, unc = "\\\\" + text[8:], True
        elif lowered.startswith(("\\\\?\\", "\\\\.\\")):
            text = text[4:]  # a long-path or device prefix before a local path
        else:
            unc = lowered.startswith("\\\\")
    pure: PurePath = PureWindowsPath(text) if windows else PurePosixPath(text)
    found = _sync_by_env(pure, env) or _sync_by_name(pure)
    if found is not None:
        return found
    if unc:
        return RiskyLocation("network", pure.anchor.rstrip("\\") or text)
    if windows:
        assert isinstance(pure, PureWindowsPath)
        cloud = _cloud_by_attributes(pure, attributes or _windows_attributes)
        if cloud is not None:
            return cloud
        drive = pure.drive
        if drive and len(drive) == 2 and drive[1] == ":":
            kind = (drive_type or _windows_drive_type)(drive + "\\")
            if kind == DRIVE_REMOTE:
                return RiskyLocation("network", drive)
        return None
    if platform.startswith("linux"):
        if mounts_text is None:
            try:
                mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            except OSError:
                return None
        return network_mount(PurePosixPath(text), mounts_text)
    return None


def warning(location: RiskyLocation, folder: str | os.PathLike[str], local_folder: str | os.PathLike[str]) -> LocalText:
    """The warning shown once for a library in ``location``, with a local folder to move it to."""
    here, there = os.fspath(folder), os.fspath(local_folder)
    place = location.place()
    return LocalText(
        f"Biblioteket ligger i {place.sv}: {here}\nDet är riskabelt för en databas som sparas medan du skriver: "
        "en synkroniseringstjänst kan kopiera filen när den är halvskriven och skapa konfliktkopior om "
        "biblioteket öppnas på två datorer, och en nätverksmapp kan tappa anslutningen eller låsningen mitt i "
        "en sparning. Då kan protokoll skadas eller gå förlorade.\nFlytta biblioteket till en lokal mapp, t.ex. "
        f"{there}: stäng programmet, flytta mappen dit och starta med --data-dir \"{there}\". Ta gärna "
        "kopior till molnet eller nätverket i stället, med Arkiv > Exportera projektfil.",
        f"The library is in {place.en}: {here}\nThat is risky for a database that is saved while you type: a "
        "sync client may copy the file while it is half-written and make conflicting copies when the library "
        "is opened on two computers, and a network folder may lose the connection or the lock in the middle of "
        "a save. Minutes may then be damaged or lost.\nMove the library to a local folder, e.g. "
        f"{there}: quit the app, move the folder there and start it with --data-dir \"{there}\". Put copies "
        "in the cloud or on the network with File > Export project file instead.")
