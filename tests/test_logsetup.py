"""The log file: the app opens it without rotation and turns rotation on once its window is
drawn (samverkan_desktop/logsetup.py); no record is lost or written twice on the way."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from samverkan_desktop import logsetup
from samverkan_desktop.logsetup import APP_LOG, MAX_BYTES, configure_logging, rotate_log

log = logging.getLogger("test_logsetup")


@pytest.fixture
def restore_root() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _lines(folder: Path) -> list[str]:
    return [line.split(": ", 1)[1] for line in (folder / APP_LOG).read_text(encoding="utf-8").splitlines()]


def test_records_before_and_after_rotation_are_in_the_file_once_each(tmp_path: Path, restore_root: None) -> None:
    configure_logging(tmp_path, rotate=False)
    log.info("before the window <&> åäö 😀")
    rotate_log()
    rotate_log()  # twice is once
    log.info("after the window")
    assert _lines(tmp_path) == ["before the window <&> åäö 😀", "after the window"]


def test_the_log_rotates_only_once_rotation_is_on(tmp_path: Path, restore_root: None) -> None:
    configure_logging(tmp_path, rotate=False)
    line = "x" * 1000
    for _ in range(MAX_BYTES // 1000 + 10):
        log.info(line)
    assert not (tmp_path / f"{APP_LOG}.1").exists()
    rotate_log()
    log.info("after the window")
    assert (tmp_path / f"{APP_LOG}.1").exists()
    assert _lines(tmp_path) == ["after the window"]


def test_no_record_is_lost_or_doubled_while_rotation_is_turned_on(tmp_path: Path, restore_root: None) -> None:
    configure_logging(tmp_path, rotate=False)
    start = threading.Barrier(5)

    def write(name: str) -> None:
        start.wait()
        for number in range(300):
            log.info("%s %d", name, number)

    threads = [threading.Thread(target=write, args=(f"t{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    start.wait()
    rotate_log()
    for thread in threads:
        thread.join()
    assert sorted(_lines(tmp_path)) == sorted(f"t{n} {number}" for n in range(4) for number in range(300))


def test_the_command_line_log_rotates_from_the_start(tmp_path: Path, restore_root: None) -> None:
    configure_logging(tmp_path, file_name=logsetup.CLI_LOG)
    ours = [handler for handler in logging.getLogger().handlers if isinstance(handler, logsetup._LogFile)]
    assert len(ours) == 1 and isinstance(ours[0].file, logsetup._rotating_file())
