"""The retention reminder (gallringspåminnelse) in the status bar: quiet, but there.

When the shown project is final and its latest date lies longer back than the
setting (default 24 months; 0 turns it off), a short note sits in the status bar; its
tooltip says what to do: export the project as an archive, then erase the personal
data or delete the project. It never interrupts with a dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from samverkan_desktop.services.retention import retention_due
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import settings as S


class RetentionNotice:
    def __init__(self, window: QMainWindow, library: Library, settings: S.Settings,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.library, self.settings, self.today = library, settings, today
        self.label = QLabel()
        self.label.setObjectName("retentionNotice")
        self.label.hide()
        window.statusBar().addWidget(self.label)

    def update(self, project_id: int | None) -> bool:
        """Show the note for this project when it is due, hide it otherwise; True when shown."""
        months = self.settings.get(S.RETENTION_MONTHS)
        due = None if project_id is None else retention_due(self.library, project_id, self.today(), months)
        if due is None:
            self.label.hide()
            return False
        self.label.setText(QCoreApplication.translate(
            "RetentionNotice", "Final and older than %1 months: time to archive and purge personal data")
            .replace("%1", str(months)))
        self.label.setToolTip(QCoreApplication.translate(
            "RetentionNotice", "The project “%1” is final and its latest date is %2. Export it as an archive "
            "(File, Export project file…), then erase the personal data of its people or delete the project "
            "from the library. The time is set in Settings.")
            .replace("%1", due.title).replace("%2", due.latest.isoformat()))
        self.label.show()
        return True
