"""A file another program holds (the previous PDF open in a reader, antivirus, OneDrive):
Windows refuses ``os.replace``/``unlink`` with WinError 5, 32 or 33. The write is retried
briefly, then the user is told the file is open in another program, by its name; a
backup likewise. The error is injected as Windows raises it: an ``OSError`` whose
``winerror`` is set (its errno is EACCES). A folder given as a file gets its own message."""

from __future__ import annotations

import errno
import itertools
import os
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups
from samverkan_desktop.services.errors import ImportRefused, StorageFailed
from samverkan_desktop.services.files import write_bytes_atomically
from samverkan_desktop.services.interchange.parse import read_file
from samverkan_desktop.services.storage_faults import FaultKind, classify
from samverkan_desktop.storage import in_use
from samverkan_desktop.storage.backup import list_backup_files
from samverkan_desktop.storage.library import open_library
from tests.cli.test_cli import assert_clean_error, run
from tests.conftest import DEMO

WINDOWS_TEXT = {5: "Access is denied",
                32: "The process cannot access the file because it is being used by another process",
                33: "The process cannot access the file because another process has locked a portion of the file"}


def windows_error(winerror: int, path: os.PathLike[str] | str) -> OSError:
    """The ``PermissionError`` Windows raises for a file in use (``winerror`` set, errno EACCES)."""
    exc = PermissionError(errno.EACCES, WINDOWS_TEXT[winerror], os.fspath(path), winerror)
    if getattr(exc, "winerror", None) != winerror:  # not on Windows: the constructor ignores it
        exc.winerror = winerror  # type: ignore[misc]
    return exc


def refuse_replace(monkeypatch: pytest.MonkeyPatch, target_name: str, winerror: int,
                   times: int) -> list[float]:
    """Make ``os.replace`` onto a file named ``target_name`` fail ``times`` times; returns the
    moments of every attempt (the retries' spacing)."""
    import time

    real = os.replace
    attempts: list[float] = []

    def replace(source: Any, target: Any, **kwargs: Any) -> None:
        if Path(target).name == target_name:
            attempts.append(time.monotonic())
            if len(attempts) <= times:
                raise windows_error(winerror, target)
        real(source, target, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return attempts


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_brief_hold_is_waited_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, winerror: int) -> None:
    target = tmp_path / "dialograpport.pdf"
    target.write_bytes(b"old")
    attempts = refuse_replace(monkeypatch, target.name, winerror, times=3)
    write_bytes_atomically(b"new", target)
    assert target.read_bytes() == b"new"
    assert len(attempts) == 4
    gaps = [b - a for a, b in itertools.pairwise(attempts)]
    assert all(0.04 <= gap <= 0.5 for gap in gaps), gaps
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_file_kept_open_is_named_and_left_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      winerror: int) -> None:
    target = tmp_path / "Dialograpport Åsa.pdf"
    target.write_bytes(b"old")
    attempts = refuse_replace(monkeypatch, target.name, winerror, times=1000)
    with pytest.raises(StorageFailed) as raised:
        write_bytes_atomically(b"new", target)
    assert len(attempts) == in_use.ATTEMPTS
    assert 0.4 <= attempts[-1] - attempts[0] <= 3
    message = raised.value.text("sv")
    assert "filen är öppen i ett annat program" in message and "Dialograpport Åsa.pdf" in message
    assert "behörighet" not in message
    assert "open in another program" in raised.value.text("en")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_no_permission_is_not_taken_for_a_file_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain EACCES (no winerror: Linux, or a folder one may not write to) is not retried."""
    target = tmp_path / "rapport.pdf"
    real = os.replace
    calls: list[object] = []

    def replace(source: Any, target: Any, **kwargs: Any) -> None:
        calls.append(target)
        raise PermissionError(errno.EACCES, "Permission denied", os.fspath(target))

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(StorageFailed) as raised:
        write_bytes_atomically(b"new", target)
    monkeypatch.setattr(os, "replace", real)
    assert len(calls) == 1
    assert "behörighet" in raised.value.text("sv")


def test_a_backup_waits_out_a_hold_and_names_a_file_kept_open(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    paths = DataPaths(tmp_path / "data")
    open_library(paths).close()
    refused: list[object] = []
    real = os.replace

    def replace(source: Any, target: Any, **kwargs: Any) -> None:
        if str(source).endswith(".partial") and len(refused) < 3:
            refused.append(target)
            raise windows_error(32, target)
        real(source, target, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    made = backups.make_backup(paths, backups.PERIODIC)  # held three times, then let go
    assert len(refused) == 3
    assert made.path.exists() and backups.problem_with(made.path) is None

    def always(source: Any, target: Any, **kwargs: Any) -> None:
        if str(source).endswith(".partial"):
            raise windows_error(33, target)
        real(source, target, **kwargs)

    monkeypatch.setattr(os, "replace", always)
    with pytest.raises(backups.BackupError) as raised:
        backups.make_backup(paths, backups.PERIODIC)
    message = raised.value.text("sv")
    assert "är öppen i ett annat program" in message and ".sqlite3" in message
    assert [b.path for b in list_backup_files(paths.backups)] == [made.path]
    assert not list(paths.backups.glob("*.partial"))
    assert classify(raised.value) is not None and classify(raised.value).kind is FaultKind.LOCKED  # type: ignore[union-attr]


def test_a_folder_given_as_the_output_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("import", DEMO, data_dir=data).returncode == 0
    uid = run("list", data_dir=data).stdout.split("\t")[0]
    folder = tmp_path / "Rapporter"
    folder.mkdir()
    message = assert_clean_error(run("report", uid, "-o", folder, data_dir=data))
    assert "är en mapp, inte en fil" in message, message
    assert list(folder.iterdir()) == []


def test_a_folder_given_as_the_input_file_as_windows_reports_it(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows opens no folder: it says "Permission denied" (errno EACCES), not EISDIR."""
    real_open = Path.open

    def windows_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.is_dir():
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", windows_open)
    monkeypatch.setattr(Path, "read_bytes", lambda self: windows_open(self, "rb").read())
    with pytest.raises(ImportRefused) as raised:
        read_file(tmp_path)
    assert raised.value.text("sv") == f"{tmp_path} är en mapp, inte en fil."
    message = assert_clean_error(run("import", tmp_path, data_dir=tmp_path / "data"))
    assert "är en mapp, inte en fil" in message
