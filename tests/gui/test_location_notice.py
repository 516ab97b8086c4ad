"""The warning about a library in a sync client's folder or on a network share: shown in
the main window with the folder and the way out, until dismissed for that folder; and
the real app shows it at start for a data folder inside "Dropbox"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.data_location import RiskyLocation
from samverkan_desktop.ui import location_notice
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from tests.gui.test_app_start import wait_for_log

SCREENSHOTS = Path(os.environ["DISK_FAULT_SCREENSHOTS"]) if os.environ.get("DISK_FAULT_SCREENSHOTS") else None


def test_the_warning_shows_until_dismissed_for_this_folder(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive - Ekdala kommun" / "Samverkan"
    settings = S.Settings(tmp_path / "settings.ini")
    window = MainWindow(ctx, DataPaths(folder), settings)
    qtbot.addWidget(window)
    notice = location_notice.install(window, folder, settings, "sv")  # as app.py does, before show()
    window.show()
    assert notice is not None and notice.isVisible()
    text = notice.label.text()
    assert str(folder) in text and "OneDrive synkroniserar" in text and "--data-dir" in text
    assert notice.geometry().bottom() <= window.stack.mapTo(window, window.stack.rect().topLeft()).y()
    if SCREENSHOTS:
        SCREENSHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SCREENSHOTS / "location-notice.png"))
    notice.dismiss.click()
    assert not notice.isVisible()
    again = S.Settings(tmp_path / "settings.ini")  # remembered in the settings file
    assert location_notice.install(window, folder, again, "sv") is None
    other = tmp_path / "Dropbox" / "Samverkan"  # another folder is warned about anew
    assert location_notice.install(window, other, again, "sv") is not None


def test_a_local_folder_gets_no_warning(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    settings = S.Settings(tmp_path / "settings.ini")
    window = MainWindow(ctx, DataPaths(tmp_path / "data"), settings)
    qtbot.addWidget(window)
    assert location_notice.install(window, tmp_path / "data", settings, "sv") is None
    forced = location_notice.install(window, tmp_path / "data", settings, "en",
                                     RiskyLocation("network", r"\\fileserver\hr"))
    assert forced is not None and "network folder" in forced.label.text()


def test_the_app_warns_at_start_for_a_library_in_dropbox(tmp_path: Path) -> None:
    data = tmp_path / "Dropbox" / "Samverkan"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for_log(data / "logs" / "samverkan.log", "main window shown", process)
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert b"Traceback" not in err
    log = (data / "logs" / "samverkan.log").read_text(encoding="utf-8")
    assert f"the library is in sync (Dropbox): {data.resolve()}" in log
