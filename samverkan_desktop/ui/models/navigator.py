"""The navigator's tree: projects, their sections and their sessions."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

if TYPE_CHECKING:  # the services (and SQLAlchemy) are not imported until the library is open
    from samverkan_desktop.services.library_service import ProjectSummary, SessionSummary


#: ``Qt.ItemDataRole.UserRole + 10``, written out: this module is imported before the main
#: window shows, and the first use of PySide6's ``Qt`` namespace costs about 12 ms (a test
#: checks the value)
NodeRole = 0x0100 + 10


class Section(Enum):
    PROJECT = "project"
    DETAILS = "details"
    MANDATES = "mandates"
    QUESTIONS = "questions"
    PARTIES = "parties"
    SESSIONS = "sessions"
    SESSION = "session"
    TAGS = "tags"
    ANALYSIS = "analysis"
    ASSESSMENT = "assessment"
    FOLLOW_UP = "follow_up"
    ACTIONS = "actions"
    REPORT = "report"


class Node(NamedTuple):
    """What a navigator item stands for: a section of a project, or one session (a named
    tuple: see ``paths.DataPaths``)."""

    section: Section
    project_id: int
    session_id: int | None = None


def section_labels() -> dict[Section, str]:
    return {
        Section.DETAILS: QCoreApplication.translate("Navigator", "Commission"),
        Section.MANDATES: QCoreApplication.translate("Navigator", "Political mandates"),
        Section.QUESTIONS: QCoreApplication.translate("Navigator", "Question guide"),
        Section.PARTIES: QCoreApplication.translate("Navigator", "Parties and people"),
        Section.SESSIONS: QCoreApplication.translate("Navigator", "Sessions"),
        Section.TAGS: QCoreApplication.translate("Navigator", "Themes and improvement areas"),
        Section.ANALYSIS: QCoreApplication.translate("Navigator", "Analysis"),
        Section.ASSESSMENT: QCoreApplication.translate("Navigator", "Assessment of mandates"),
        Section.FOLLOW_UP: QCoreApplication.translate("Navigator", "Follow-up of the previous round"),
        Section.ACTIONS: QCoreApplication.translate("Navigator", "Actions"),
        Section.REPORT: QCoreApplication.translate("Navigator", "Report"),
    }


def session_label(session: SessionSummary) -> str:
    return f"{session.date.isoformat()}  {session.title}"


class NavigatorModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("Navigator", "Projects")])

    def populate(self, projects: list[ProjectSummary],
                 sessions: dict[int, list[SessionSummary]]) -> None:
        self.removeRows(0, self.rowCount())
        labels = section_labels()
        for project in projects:
            top = self._item(project.title, Node(Section.PROJECT, project.id))
            for section, label in labels.items():
                child = self._item(label, Node(section, project.id))
                if section is Section.SESSIONS:
                    for session in sessions.get(project.id, []):
                        child.appendRow(self._item(session_label(session),
                                                   Node(Section.SESSION, project.id, session.id)))
                top.appendRow(child)
            self.appendRow(top)

    @staticmethod
    def _item(text: str, node: Node) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setToolTip(text)
        item.setData(node, NodeRole)
        return item

    def find(self, node: Node) -> QStandardItem | None:
        def walk(item: QStandardItem) -> QStandardItem | None:
            if item.data(NodeRole) == node:
                return item
            for row in range(item.rowCount()):
                found = walk(item.child(row))
                if found is not None:
                    return found
            return None
        return walk(self.invisibleRootItem())
