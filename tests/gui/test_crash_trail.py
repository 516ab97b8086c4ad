"""Every failure reaches the log and none reaches the user as a traceback: a hard crash
(faulthandler, moved into the log at the next start), Qt's own warnings, an error on a
thread, and a data folder that cannot be created (a Swedish dialog)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication

from samverkan_desktop.logsetup import configure_logging
from samverkan_desktop.ui import crash_trail


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    hook = threading.excepthook
    configure_logging(folder)
    yield folder
    threading.excepthook = hook
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(None)
    import faulthandler

    faulthandler.disable()
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_samverkan", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def logged(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (folder / "samverkan.log").read_text(encoding="utf-8")


def test_qt_warnings_and_thread_errors_reach_the_log(qapp: QApplication, logs: Path) -> None:
    crash_trail.install(logs)
    qWarning("QPainter::begin: Paint device returned engine == 0 (a test)")
    worker = threading.Thread(target=lambda: 1 / 0, name="backup")
    worker.start()
    worker.join()
    text = logged(logs)
    assert "Qt (default): QPainter::begin: Paint device returned engine == 0 (a test)" in text
    assert "unexpected error on the thread backup" in text and "ZeroDivisionError" in text


def test_a_hard_crash_is_in_the_log_at_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    crash = ("import faulthandler, pathlib; from samverkan_desktop.logsetup import configure_logging; "
             "from samverkan_desktop.ui import crash_trail; "
             f"folder = pathlib.Path({str(folder)!r}); configure_logging(folder); crash_trail.install(folder); "
             "faulthandler._sigsegv()")
    died = subprocess.run([sys.executable, "-c", crash], capture_output=True, timeout=60, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert died.returncode != 0
    assert "Segmentation fault" in (folder / crash_trail.TRACE_NAME).read_text(encoding="utf-8")
    configure_logging(folder)
    try:
        crash_trail.install(folder)
        text = logged(folder)
        assert "the previous run ended in a hard crash" in text and "Segmentation fault" in text
        assert (folder / crash_trail.TRACE_NAME).read_text(encoding="utf-8") == ""  # told once
    finally:
        import faulthandler

        faulthandler.disable()
        threading.excepthook = threading.__excepthook__


def test_a_data_folder_that_cannot_be_created_is_explained(qapp: QApplication, tmp_path: Path,
                                                           messages: list[str],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "en fil"
    blocker.write_text("not a folder", encoding="utf-8")
    assert crash_trail.data_folder_or_explain(str(blocker / "data")) is None
    assert len(messages) == 1 and messages[0].startswith(f"Datamappen {blocker / 'data'} kunde inte skapas")
    assert "(en fil står i vägen för mappen)" in messages[0]
    assert "--data-dir" in messages[0]
    assert capsys.readouterr().err.strip() == messages[0]


def test_the_app_starts_no_further_than_the_dialog(tmp_path: Path) -> None:
    """The real entry point: exit code 2 and the Swedish line, never a traceback."""
    blocker = tmp_path / "en fil"
    blocker.write_text("not a folder", encoding="utf-8")
    code = ("import sys; from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication; "
            "app = QApplication(sys.argv[:1]); "
            "QTimer.singleShot(500, lambda: [w.close() for w in app.topLevelWidgets()]); "
            "from samverkan_desktop.__main__ import main; "
            f"sys.exit(main(['--data-dir', {str(blocker / 'data')!r}]))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                            timeout=60, check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "kunde inte skapas" in result.stderr
