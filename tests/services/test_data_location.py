"""Spotting a library in a sync client's folder or on a network share: by folder name, by
OneDrive's environment variables, by UNC path or mapped network drive on Windows, and by
the file system in /proc/mounts on Linux (fed here as text); local folders stay quiet."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from samverkan_desktop.services.data_location import RiskyLocation, detect, network_mount, warning

NO_ENV: dict[str, str] = {}


def on_windows(path: str, env: dict[str, str] | None = None, drive_type: int = 3) -> RiskyLocation | None:
    return detect(path, platform="win32", env=env or NO_ENV, drive_type=lambda _root: drive_type,
                  attributes=lambda _path: (FILE_ATTRIBUTE_DIRECTORY, 0))


FILE_ATTRIBUTE_DIRECTORY, FILE_ATTRIBUTE_REPARSE_POINT = 0x10, 0x400
FILE_ATTRIBUTE_PINNED, FILE_ATTRIBUTE_UNPINNED, FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS = 0x80000, 0x100000, 0x400000
TEAMS = r"C:\Users\linnea\Ekdala kommun\CSG - Dokument\Samverkan\data"


@pytest.mark.parametrize(("folder", "flags", "tag"), [
    (r"C:\Users\linnea\Ekdala kommun", FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT, 0x9000001A),
    (r"C:\Users\linnea\Ekdala kommun\CSG - Dokument", FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT,
     0x9000601A),  # IO_REPARSE_TAG_CLOUD_6
    (TEAMS, FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_PINNED, 0),  # "Always keep on this device"
    (TEAMS, FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_UNPINNED, 0),  # "Free up space"
    (TEAMS, FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS, 0),
])
def test_a_sharepoint_or_teams_library_synced_by_onedrive_by_its_cloud_attributes(
        folder: str, flags: int, tag: int) -> None:
    """The path says nothing of OneDrive: the folder, or one above it, carries the attributes
    Windows' Cloud Files API sets."""
    asked: list[str] = []

    def attributes(path: str) -> tuple[int, int]:
        asked.append(path)
        return (flags, tag) if path == folder else (FILE_ATTRIBUTE_DIRECTORY, 0)

    found = detect(TEAMS, platform="win32", env=NO_ENV, drive_type=lambda _root: 3, attributes=attributes)
    assert found == RiskyLocation("sync", "OneDrive")
    assert asked[0] == TEAMS


def test_ordinary_attributes_and_reparse_points_are_local() -> None:
    """A junction or a symbolic link (other reparse tags) is no cloud folder."""
    def attributes(path: str) -> tuple[int, int]:
        return FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT, 0xA0000003  # a mount point (junction)

    assert detect(TEAMS, platform="win32", env=NO_ENV, drive_type=lambda _root: 3, attributes=attributes) is None


@pytest.mark.parametrize(("path", "service"), [
    (r"C:\Users\linnea\OneDrive\Samverkan", "OneDrive"),
    (r"C:\Users\linnea\OneDrive - Ekdala kommun\Dokument\Samverkan", "OneDrive"),
    (r"C:\Users\linnea\Dropbox\Samverkan", "Dropbox"),
    (r"C:\Users\linnea\Dropbox (Ekdala)\Samverkan", "Dropbox"),
    (r"G:\Min enhet\Samverkan", "Google Drive"),
    (r"G:\My Drive\Samverkan", "Google Drive"),
    (r"C:\Users\linnea\iCloudDrive\Samverkan", "iCloud Drive"),
    (r"C:\Users\linnea\Box\Samverkan", "Box"),
])
def test_sync_folders_on_windows_by_name(path: str, service: str) -> None:
    assert on_windows(path) == RiskyLocation("sync", service)


def test_onedrive_by_its_environment_variables_even_under_another_name() -> None:
    env = {"OneDriveCommercial": r"D:\Jobbfiler Ekdala", "OneDrive": r"D:\Jobbfiler Ekdala"}
    assert on_windows(r"d:\jobbfiler ekdala\Protokoll\Samverkan", env) == RiskyLocation("sync", "OneDrive")
    assert on_windows(r"D:\Jobbfiler\Samverkan", env) is None  # a sibling is not inside


@pytest.mark.parametrize("path", [r"\\fileserver\hr\Samverkan", "//fileserver/hr/Samverkan",
                                  r"\\?\UNC\fileserver\hr\Samverkan"])
def test_unc_paths_are_network_folders(path: str) -> None:
    found = on_windows(path)
    assert found is not None and found.kind == "network" and "fileserver" in found.service.lower()


def test_a_mapped_network_drive_by_its_drive_type() -> None:
    seen: list[str] = []

    def drive_type(root: str) -> int:
        seen.append(root)
        return 4  # DRIVE_REMOTE

    assert detect(r"H:\Samverkan", platform="win32", env=NO_ENV, drive_type=drive_type) == \
        RiskyLocation("network", "H:")
    assert seen == ["H:\\"]


@pytest.mark.parametrize("path", [
    r"C:\Users\linnea\AppData\Local\Samverkan Desktop",
    r"\\?\C:\Users\linnea\AppData\Local\Samverkan Desktop",
    r"C:\Users\linnea\Boxning\Samverkan",  # not Box
    r"C:\Users\linnea\Dokument\Dropboxar att beställa",  # not Dropbox either
])
def test_local_windows_folders_are_fine(path: str) -> None:
    assert on_windows(path) is None


MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
fileserver:/export/hr /mnt/hr nfs4 rw,relatime,vers=4.2 0 0
//fileserver/protokoll /home/linnea/Nätverk\\040protokoll cifs rw,relatime,vers=3.1.1 0 0
linnea@server:/data /home/linnea/fjärr fuse.sshfs rw,nosuid,nodev 0 0
/dev/nvme0n1p3 /mnt/hr/local ext4 rw,relatime 0 0
lxcfs /var/lib/lxcfs fuse.lxcfs rw,nosuid,nodev 0 0
/dev/sdb1 /media/usb fuseblk rw,nosuid,nodev 0 0
"""


@pytest.mark.parametrize(("path", "fstype"), [
    ("/mnt/hr/Samverkan", "nfs4"),
    ("/home/linnea/Nätverk protokoll/Samverkan", "cifs"),
    ("/home/linnea/fjärr/Samverkan", "fuse.sshfs"),
])
def test_network_mounts_on_linux(path: str, fstype: str) -> None:
    found = detect(path, platform="linux", env=NO_ENV, mounts_text=MOUNTS)
    assert found is not None and found.kind == "network" and found.service.startswith(fstype + ":")


@pytest.mark.parametrize("path", ["/home/linnea/.local/share/Samverkan Desktop", "/mnt/hr/local/Samverkan",
                                  "/media/usb/Samverkan", "/var/lib/lxcfs/x", "/mnt/hrx/Samverkan"])
def test_local_mounts_on_linux_are_fine(path: str) -> None:
    assert detect(path, platform="linux", env=NO_ENV, mounts_text=MOUNTS) is None


def test_a_dropbox_folder_on_linux_by_name() -> None:
    assert detect("/home/linnea/Dropbox/Samverkan", platform="linux", env=NO_ENV, mounts_text=MOUNTS) == \
        RiskyLocation("sync", "Dropbox")


def test_this_machines_own_mount_table_is_read(tmp_path: Path) -> None:
    """A real tmp folder on this machine is local: the real /proc/mounts is read without error."""
    if not Path("/proc/mounts").exists():
        pytest.skip("no /proc/mounts here")
    assert network_mount(PurePosixPath(tmp_path.as_posix()), Path("/proc/mounts").read_text()) is None
    assert detect(tmp_path, env=NO_ENV) is None


def test_the_warning_names_the_folder_the_risk_and_the_way_out() -> None:
    text = warning(RiskyLocation("sync", "OneDrive"), r"C:\Users\linnea\OneDrive\Samverkan",
                   r"C:\Users\linnea\AppData\Local\Samverkan Desktop")
    assert r"C:\Users\linnea\OneDrive\Samverkan" in text.sv and "OneDrive synkroniserar" in text.sv
    assert "halvskriven" in text.sv and "konfliktkopior" in text.sv and "låsningen" in text.sv
    assert r'--data-dir "C:\Users\linnea\AppData\Local\Samverkan Desktop"' in text.sv
    assert "OneDrive synchronises" in text.en
    network = warning(RiskyLocation("network", r"\\fileserver\hr"), r"\\fileserver\hr\Samverkan", r"C:\Samverkan")
    assert "nätverksmapp" in network.sv
