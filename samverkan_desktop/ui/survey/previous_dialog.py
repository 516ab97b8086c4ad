"""Föregående uppföljning: link the project to the previous round and match what has the same meaning.

At the top the user picks the earlier project in the library (imported from last year's
project file or archive) and links it: the earlier round is copied into this project and
its mandates, questions and tags are matched by name (``services.previous_round``). Below,
one tab per kind lists the earlier items with a combo box of this round's: the matches
found by name are set, the rest can be matched by hand or left without a match. Each
change is stored at once and can be undone (Ctrl+Z in the main window).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import library_service
from samverkan_desktop.services.comparison import PreviousItemView, previous_items
from samverkan_desktop.services.previous_round import LinkResult, link_previous, previous_link, unlink_previous
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import confirm
from samverkan_desktop.ui.jobs import Runner, run_job
from samverkan_desktop.ui.locale_format import date_text

KINDS = ("mandate", "question", "tag")
MATCH_FIELDS = {"mandate": "match_mandate_id", "question": "match_question_id", "tag": "match_tag_id"}


class PreviousRoundDialog(QDialog):
    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None,
                 runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id, self.runner = ctx, project_id, runner
        self._editing = False
        self.setObjectName("previousRoundDialog")
        self.setWindowTitle(self.tr("Previous round"))
        self.resize(900, 600)
        intro = QLabel(self.tr("Compare this round with the previous one: its ratings, the improvement areas it "
                               "proposed and its rating items. Choose last year's project (import its project file "
                               "or archive first) and link it. What has the same name is matched; match the rest "
                               "below, or leave it without a match."))
        intro.setWordWrap(True)
        intro.setObjectName("editorIntro")
        self.projects = QComboBox()
        self.projects.setObjectName("previousProject")
        self.projects.setAccessibleName(self.tr("The previous round's project"))
        label = QLabel(self.tr("&Previous round:"))
        label.setBuddy(self.projects)
        self.link_button = QPushButton(self.tr("&Link"))
        self.link_button.setObjectName("linkPrevious")
        self.link_button.clicked.connect(self.link)
        self.unlink_button = QPushButton(self.tr("&Remove link"))
        self.unlink_button.setObjectName("unlinkPrevious")
        self.unlink_button.clicked.connect(self.unlink)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.projects, 1)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        self.state = QLabel()
        self.state.setObjectName("previousState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("previousTabs")
        self.tables: dict[str, QTableWidget] = {}
        titles = {"mandate": self.tr("Political &mandates"), "question": self.tr("&Questions"),
                  "tag": self.tr("&Tags")}
        for kind in KINDS:
            table = QTableWidget(0, 2)
            table.setObjectName(f"previous_{kind}s")
            table.setHorizontalHeaderLabels([self.tr("In the previous round"), self.tr("In this round")])
            table.verticalHeader().setVisible(False)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setWordWrap(True)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            self.tables[kind] = table
            self.tabs.addTab(table, titles[kind])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # -- reading ---------------------------------------------------------------------
    def reload(self) -> None:
        link = previous_link(self.ctx.library, self.project_id)
        self.projects.clear()
        for project in library_service.list_projects(self.ctx.library):
            if project.id != self.project_id:
                self.projects.addItem(f"{project.title} ({project.uid})", project.id)
        if link is not None:
            position = next((i for i in range(self.projects.count())
                             if self.projects.itemText(i).endswith(f"({link.source_uid})")), -1)
            if position >= 0:
                self.projects.setCurrentIndex(position)
        self.link_button.setEnabled(self.projects.count() > 0)
        self.link_button.setText(self.tr("&Link again") if link else self.tr("&Link"))
        self.unlink_button.setEnabled(link is not None)
        items = previous_items(self.ctx.library, self.project_id) if link else []
        self._update_state()
        choices = self._choices()
        for kind in KINDS:
            self._fill(self.tables[kind], [item for item in items if item.kind == kind], choices[kind])
        self.tabs.setEnabled(link is not None)

    def _choices(self) -> dict[str, list[tuple[int, str]]]:
        editor = self.ctx.editor
        mandates = [(r.id, f"{r['code']} – {r['title']}" if r["code"] else str(r["title"]))
                    for r in editor.children(RecordKind.MANDATE, self.project_id)]
        questions = [(r.id, f"{r['number']}. {r['text']}" if r["number"] else str(r["text"]))
                     for r in editor.children(RecordKind.QUESTION, self.project_id)]
        kinds = {"theme": self.tr("theme"), "strength": self.tr("what works"), "improvement": self.tr("improvement")}
        tags = [(r.id, f"{r['name']} ({kinds.get(str(getattr(r['kind'], 'value', r['kind'])), '')})")
                for r in editor.children(RecordKind.TAG, self.project_id)]
        return {"mandate": mandates, "question": questions, "tag": tags}

    def _fill(self, table: QTableWidget, items: list[PreviousItemView], choices: list[tuple[int, str]]) -> None:
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            title = f"{item.code} – {item.title}" if item.code else item.title
            cell = QTableWidgetItem(title)
            cell.setToolTip(title)
            cell.setData(Qt.ItemDataRole.UserRole, item.id)
            table.setItem(row, 0, cell)
            combo = QComboBox()
            combo.setObjectName(f"match_{item.id}")
            combo.setAccessibleName(self.tr("“%1” in this round").replace("%1", title))
            combo.addItem(self.tr("— no match —"), None)
            for choice_id, label in choices:
                combo.addItem(label, choice_id)
            combo.setCurrentIndex(max(combo.findData(item.match_id), 0))
            combo.currentIndexChanged.connect(lambda _i, c=combo, i=item: self._matched(i, c.currentData()))
            table.setCellWidget(row, 1, combo)
        table.resizeRowsToContents()

    def combo_for(self, kind: str, title: str) -> QComboBox:
        """The match box of the earlier item ``title`` (for tests and screenshots)."""
        table = self.tables[kind]
        for row in range(table.rowCount()):
            cell = table.item(row, 0)
            if cell is not None and (cell.text() == title or cell.text().endswith(f" – {title}")):
                widget = table.cellWidget(row, 1)
                assert isinstance(widget, QComboBox)
                return widget
        raise KeyError(title)

    # -- writing ---------------------------------------------------------------------
    def _matched(self, item: PreviousItemView, value: Any) -> None:
        row = self.ctx.editor.get(RecordKind.PREVIOUS_ITEM, item.id)
        self._editing = True  # the change signal of our own edit rebuilds nothing
        try:
            self.ctx.set_field(row, MATCH_FIELDS[item.kind], value, self.tr("Match with the previous round"))
            self.ctx.end_merge()
        finally:
            self._editing = False
        self._update_state()

    def _update_state(self) -> None:
        link = previous_link(self.ctx.library, self.project_id)
        if link is None:
            self.state.setText(self.tr("Not linked to a previous round yet.") if self.projects.count()
                               else self.tr("The library has no other project yet. Import last year's project "
                                            "file or archive first (File > Import project file…)."))
        else:
            items = previous_items(self.ctx.library, self.project_id)
            matched = sum(1 for item in items if item.match_id is not None)
            text = self.tr("Linked to “%1”%2. %3 of %4 are matched.").replace("%1", link.title)
            text = text.replace("%2", f" ({date_text(link.date)})" if link.date else "")
            self.state.setText(text.replace("%3", str(matched)).replace("%4", str(len(items))))

    def link(self) -> None:
        previous_id = self.projects.currentData()
        if previous_id is None:
            return
        linked = previous_link(self.ctx.library, self.project_id)
        if linked is not None and not self.projects.currentText().endswith(f"({linked.source_uid})") and not confirm(
                self, self.tr("Link another round?"),
                self.tr("The project is linked to “%1”. Linking another project replaces it, with its matches "
                        "and follow-up.").replace("%1", linked.title), self.tr("Link")):
            return
        run_job(self, self.tr("Linking the previous round…"),
                lambda _progress: link_previous(self.ctx.library, self.project_id, previous_id), self._linked,
                language=self.ctx.language, runner=self.runner, exclusive=True)

    def _linked(self, _result: LinkResult) -> None:
        self.ctx.undo_stack.clear()  # its commands may hold the items the link replaced
        self.ctx.emit_list_changed(RecordKind.PREVIOUS_ITEM, self.project_id, -1)
        self.reload()

    def unlink(self) -> None:
        if not confirm(self, self.tr("Remove the link?"),
                       self.tr("The comparison with the previous round, its matches and the follow-up of its "
                               "improvement areas are removed from the project."), self.tr("Remove link")):
            return
        unlink_previous(self.ctx.library, self.project_id)
        self.ctx.undo_stack.clear()
        self.ctx.emit_list_changed(RecordKind.PREVIOUS_ITEM, self.project_id, -1)
        self.reload()

    def _on_changed(self, kind: str, _record_id: int) -> None:
        if kind == RecordKind.PREVIOUS_ITEM and self.isVisible() and not self._editing:
            self.reload()  # an undo in the main window
