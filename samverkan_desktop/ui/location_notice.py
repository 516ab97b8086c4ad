"""The warning about a library in a OneDrive/Dropbox/… folder or on a network share: a
yellow bar at the top of the main window, with the folder, the risk and the way out,
shown at start until the user dismisses it for that data folder."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from samverkan_desktop.paths import local_data_dir
from samverkan_desktop.services import data_location
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.disk_status import add_top_bar

log = logging.getLogger(__name__)
STYLE = ("QWidget#locationNotice { background: #fff3cd; border-bottom: 1px solid #e0c060; }"
         "QLabel#locationNoticeText { color: #4a3800; }")


class LocationNotice(QWidget):
    """The bar: the warning and an "I understand" button that dismisses it for good."""

    def __init__(self, text: str, on_dismiss: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationNotice")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(text)
        self.label.setObjectName("locationNoticeText")
        self.label.setWordWrap(True)
        self.dismiss = QPushButton(self.tr("I understand"))
        self.dismiss.setObjectName("locationNoticeDismiss")
        self.dismiss.clicked.connect(on_dismiss)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)


def install(window: QMainWindow, folder: Path, settings: S.Settings, language: str,
            location: data_location.RiskyLocation | None = None) -> LocationNotice | None:
    """Show the warning above ``window``'s content when ``folder`` (the data folder) is in
    a sync client's folder or on a network share and the user has not dismissed it for
    this folder; ``location`` overrides the detection (tests)."""
    folder = folder.resolve()
    if settings.get(S.LOCATION_WARNING_DISMISSED) == str(folder):
        return None
    found = location or data_location.detect(folder)
    if found is None:
        return None
    log.warning("the library is in %s (%s): %s", found.kind, found.service, folder)
    local = local_data_dir()
    if local == folder or data_location.detect(local) is not None:
        local = Path.home() / "Samverkan"

    def dismissed() -> None:
        settings.set(S.LOCATION_WARNING_DISMISSED, str(folder))
        settings.sync()

    notice = LocationNotice(data_location.warning(found, folder, local)(language), dismissed, window)
    add_top_bar(window, notice)
    return notice
