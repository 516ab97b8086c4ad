"""The global search window (Ctrl+F, Ctrl+Shift+F): results update as you type.

It searches the current project through ``services.search`` 150 ms after the last key,
shows each hit with where it comes from and a snippet with the matched words in bold,
and on Enter or a double click emits ``hit_activated`` with the ``Hit``; the main window
then jumps to the entry (or the session, or the project section) it belongs to.

The snippet's markers are private-use characters; the text is HTML-escaped first and
only then are the markers turned into ``<b>``, so nothing the user wrote is markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.search import Hit, search
from samverkan_desktop.ui.context import EditContext

DEBOUNCE_MS = 150
MARKS = ("\ue000", "\ue001")
HitRole = Qt.ItemDataRole.UserRole + 1


def snippet_html(snippet: str) -> str:
    """The snippet as rich text: escaped, with the marked words in bold."""
    escaped = html.escape(snippet, quote=False)
    return escaped.replace(MARKS[0], "<b>").replace(MARKS[1], "</b>")


class SearchDialog(QDialog):
    """A non-modal window with a search field and the list of hits."""

    hit_activated = Signal(object)

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project_id: int | None = None
        self.hits: list[Hit] = []
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Search in the project:"))
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Words, the beginning of words, or \"an exact phrase\""))
        self.field.setClearButtonEnabled(True)
        label.setBuddy(self.field)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAlternatingRowColors(True)
        # the hits are labels over the items: a light selection keeps their text readable
        self.results.setStyleSheet(
            "QListWidget::item:selected { background: #d6e6f7; border-left: 3px solid #2f6fb0; }")
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        for widget in (label, self.field, self.results, self.status):
            layout.addWidget(widget)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(self._activate_item)

    def kind_labels(self) -> dict[str, str]:
        return {
            "entry": self.tr("Entry"),
            "memo": self.tr("Memo"),
            "minute_note": self.tr("Minute note"),
            "project": self.tr("Project"),
            "mandate": self.tr("Mandate"),
            "question": self.tr("Question"),
            "report": self.tr("The report's texts"),
        }

    # -- opening --------------------------------------------------------------------------
    def open_for(self, project_id: int | None) -> None:
        """Show the window for a project, the field focused and its text selected."""
        self.project_id = project_id
        self.run_search()  # the texts may have changed since the window was last open
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    # -- searching ------------------------------------------------------------------------
    def run_search(self) -> None:
        self.timer.stop()
        query = self.field.text()
        if self.project_id is None:
            self._show_hits([], self.tr("Choose a project first."))
            return
        try:
            hits = search(self.ctx.library, self.project_id, query, marks=MARKS)
        except ServiceError as exc:
            self._show_hits([], exc.text(self.ctx.language))
            return
        if not query.strip():
            message = ""
        elif hits:
            message = self.tr("%n hit(s), best first", "", len(hits))
        else:
            message = self.tr("No hits")
        self._show_hits(hits, message)

    def _show_hits(self, hits: list[Hit], message: str) -> None:
        self.hits = hits
        self.results.clear()
        labels = self.kind_labels()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HitRole, self.results.count())
            view = QLabel(self._hit_html(hit, labels))
            view.setTextFormat(Qt.TextFormat.RichText)
            view.setWordWrap(True)
            view.setContentsMargins(4, 3, 4, 3)
            view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            plain = hit.snippet.replace(MARKS[0], "").replace(MARKS[1], "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)  # the label is what is seen
            self.results.addItem(item)
            self.results.setItemWidget(item, view)
            width = max(200, self.results.viewport().width() - 4)
            item.setSizeHint(QSize(width, view.heightForWidth(width) + 2))
        if hits:
            self.results.setCurrentRow(0)
        self.status.setText(message)

    def _hit_html(self, hit: Hit, labels: dict[str, str]) -> str:
        where = [labels.get(hit.kind, hit.kind)]
        if hit.session_date is not None:
            where.append(hit.session_date.isoformat())
        for part in (hit.session_title, hit.party, hit.tag):
            if part:
                where.append(part)
        head = html.escape(" · ".join(where), quote=False)
        return f"<span style='color:#5f6368'>{head}</span><br>{snippet_html(hit.snippet)}"

    # -- jumping --------------------------------------------------------------------------
    def activate_current(self) -> bool:
        item = self.results.currentItem() or self.results.item(0)
        if item is None:
            return False
        self._activate_item(item)
        return True

    def _activate_item(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)
        if 0 <= row < len(self.hits):
            self.hit_activated.emit(self.hits[row])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run_search()
                self.activate_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                QCoreApplication.sendEvent(self.results, event)  # move in the list, keep typing here
                return True
        return super().eventFilter(watched, event)
