"""The start page (Startsida): what the app is for, a new project, the demo, your projects.

Shown when no project is open: at the first start, when the last project is gone or
deleted, and from Arkiv > Startsida. Everything on it is reachable with Tab, and
Enter activates the focused button or project.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.ui.locale_format import date_text

if TYPE_CHECKING:  # the services (and SQLAlchemy) are not imported until the library is open
    from samverkan_desktop.services.library_service import ProjectSummary

UidRole = Qt.ItemDataRole.UserRole


def ordered_projects(projects: Sequence[ProjectSummary], recent: Sequence[str]) -> list[ProjectSummary]:
    """The recently opened projects first (most recent first), then the rest as the library lists them."""
    by_uid = {p.uid: p for p in projects}
    first = [by_uid[uid] for uid in dict.fromkeys(recent) if uid in by_uid]
    seen = {p.uid for p in first}
    return first + [p for p in projects if p.uid not in seen]


class WelcomePage(QWidget):
    new_project_requested = Signal()
    demo_requested = Signal()
    #: the uid of the project to open
    project_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to Samverkan Desktop"))
        title.setObjectName("welcomeTitle")
        title.setWordWrap(True)
        purpose = QLabel(self.tr(
            "Take the minutes of the central collaboration group, follow up the political mandates and "
            "write the dialogue report – everything stays on this computer."))
        purpose.setObjectName("welcomePurpose")
        purpose.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&Create new project…"))
        self.new_button.setObjectName("welcomeNewProject")
        self.new_button.setToolTip(self.tr("A few short steps: details, mandates, question guide and parties"))
        self.demo_button = QPushButton(self.tr("Open the &example project"))
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.setToolTip(self.tr("Ekdala kommun, a made-up municipality: look around and try things out"))
        for button in (self.new_button, self.demo_button):
            button.setAutoDefault(True)  # Enter presses the focused button
            button.setMinimumHeight(36)
        self.new_button.clicked.connect(self.new_project_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        self.recent_heading = QLabel(self.tr("&Your projects"))
        self.recent_heading.setObjectName("welcomeRecentHeading")
        self.recent = QListWidget()
        self.recent.setObjectName("welcomeRecent")
        self.recent.setAccessibleName(self.tr("Your projects"))
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent.setSpacing(3)
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemClicked.connect(self._activated)
        self.recent_heading.setBuddy(self.recent)
        self.empty = QLabel(self.tr("No projects yet. Start with the example project, or create your own."))
        self.empty.setObjectName("welcomeEmpty")
        self.empty.setWordWrap(True)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(purpose)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(self.recent_heading)
        column.addWidget(self.recent, 1)
        column.addWidget(self.empty)
        column.addStretch(0)  # takes the height only while the list is hidden
        holder = QWidget()
        holder.setObjectName("welcomeColumn")
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 24)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        self.setTabOrder(self.new_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.recent)

    def set_projects(self, projects: Sequence[ProjectSummary], recent: Sequence[str]) -> None:
        """Fill the list: recently opened projects first."""
        self.recent.clear()
        for project in ordered_projects(projects, recent):
            changed = project.updated_at.replace(tzinfo=dt.UTC).astimezone().date()  # stored in UTC
            details = [part for part in (project.organisation, self.tr("changed %1").replace("%1", date_text(changed)))
                       if part]
            item = QListWidgetItem(f"{project.title}\n{'  ·  '.join(details)}")
            item.setData(UidRole, project.uid)
            item.setToolTip(project.title)
            self.recent.addItem(item)
        has_projects = self.recent.count() > 0
        self.recent.setVisible(has_projects)
        self.recent_heading.setVisible(has_projects)
        self.empty.setVisible(not has_projects)
        if has_projects:
            self.recent.setCurrentRow(0)

    def project_uids(self) -> list[str]:
        return [str(self.recent.item(row).data(UidRole)) for row in range(self.recent.count())]

    def focus_first(self) -> None:
        """The first place a keyboard user wants: their latest project, else "Create new project"."""
        (self.recent if self.recent.count() else self.new_button).setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        self.project_chosen.emit(str(item.data(UidRole)))
