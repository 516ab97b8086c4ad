"""Åtgärder: the project's action items in a sortable table, edited in a form below it.

Add, edit and delete are undoable; the form stores as the user types. The table can
show only the open actions. Each action has an owner (ansvarig), an optional due date,
a status, the session where it was decided and the improvement area it serves.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.actions import get_action, list_actions
from samverkan_desktop.services.editing import Row
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import confirm
from samverkan_desktop.ui.models.actions_table import IMPROVEMENT, OWNER, SESSION, TEXT, ActionsTableModel, IdRole
from samverkan_desktop.ui.optional_date_edit import OptionalDateEdit


class ActionsEditor(QWidget):
    kind = RecordKind.ACTION

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        heading = QLabel(self.tr("Actions"))
        heading.setObjectName("editorHeading")
        intro = QLabel(self.tr("What was decided to be done, by whom and when. Open actions from earlier "
                               "sessions are shown when meeting mode starts a new session."))
        intro.setObjectName("editorIntro")
        intro.setWordWrap(True)

        self.model = ActionsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OWNER, 150), (SESSION, 200), (IMPROVEMENT, 180)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.activated.connect(lambda _i: self.text.setFocus())

        self.only_open = QCheckBox(self.tr("Show &only open actions"))
        self.only_open.setObjectName("onlyOpenActions")
        self.only_open.toggled.connect(self._filter)
        self.add_button = QPushButton(self.tr("&Add action"))
        self.add_button.setToolTip(self.tr("Add (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete (Ctrl+Delete)"))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_current)
        for keys, slot in (("Ctrl+N", self.add), ("Ctrl+Delete", self.delete_current)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        bar = QHBoxLayout()
        for widget in (self.add_button, self.delete_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.only_open)

        self.binder = FormBinder(ctx, RecordKind.ACTION, self)
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_form(form)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.form_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

        ctx.list_changed.connect(self._on_list_changed)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _build_form(self, form: QFormLayout) -> None:
        self.text = QPlainTextEdit()
        self.text.setObjectName("actionText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwner")
        self.owner.setPlaceholderText(self.tr("Who is responsible, e.g. “HR-chefen”"))
        self.due = OptionalDateEdit()
        self.due.setObjectName("actionDue")
        self.status = QComboBox()
        self.status.setObjectName("actionStatus")
        self.status.addItem(self.tr("Open"), "open")
        self.status.addItem(self.tr("Done"), "done")
        self.status.setMaximumWidth(220)
        self.session = QComboBox()
        self.session.setObjectName("actionSession")
        self.improvement = QComboBox()
        self.improvement.setObjectName("actionImprovement")
        self._fill_choices()
        form.addRow(self.tr("A&ction:"), self.text)
        form.addRow(self.tr("O&wner:"), self.owner)
        form.addRow(self.tr("D&ue date:"), self.due)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Decided at sess&ion:"), self.session)
        form.addRow(self.tr("Improvement a&rea:"), self.improvement)
        self.binder.text(self.text, "text", self.tr("Action text"))
        self.binder.line(self.owner, "owner", self.tr("Action owner"))
        self.binder.date(self.due, "due", self.tr("Action due date"))
        self.binder.combo(self.status, "status", self.tr("Action status"))
        self.binder.combo(self.session, "session_id", self.tr("Action session"))
        self.binder.combo(self.improvement, "improvement_id", self.tr("Action improvement area"))

    def _fill_choices(self) -> None:
        """The sessions (by date) and the improvement areas of the project, each with "none"."""
        for combo in (self.session, self.improvement):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
        sessions = sorted(self.ctx.editor.children(RecordKind.SESSION, self.project_id), key=lambda r: r["date"])
        for row in sessions:
            self.session.addItem(f"{row['date']:%Y-%m-%d} {row['title']}", row.id)
        for row in self.ctx.editor.children(RecordKind.TAG, self.project_id):
            if str(getattr(row["kind"], "value", row["kind"])) == "improvement":
                self.improvement.addItem(row["name"], row.id)
        for combo in (self.session, self.improvement):
            combo.blockSignals(False)

    # -- showing --------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(self.model.data(index, IdRole)) if index.isValid() else None

    def current_row(self) -> Row | None:
        action_id = self.current_id()
        return self.ctx.editor.get(RecordKind.ACTION, action_id) if action_id is not None else None

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_id()
        self.model.set_actions(list_actions(self.ctx.library, self.project_id))
        self.select(keep)

    def select(self, action_id: int | None) -> None:
        position = self.model.row_of(action_id) if action_id is not None else -1
        if position < 0 and self.model.rows:
            position = 0
        if position >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(position, TEXT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        if self.binder.row is not None and row is not None and self.binder.row.id == row.id:
            return
        self.binder.load(row)
        self.delete_button.setEnabled(row is not None)

    def _filter(self, only_open: bool) -> None:
        self.binder.flush()
        keep = self.current_id()
        self.model.set_only_open(only_open)
        self.select(keep)

    # -- editing ----------------------------------------------------------------------
    def add(self) -> None:
        self.binder.flush()
        row = self.ctx.create(RecordKind.ACTION, self.project_id, self.tr("Add action"),
                              {"text": self.tr("New action"), "status": "open"})
        if row is not None:
            self.reload(row.id)
            self.text.setFocus()
            self.text.selectAll()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.binder.flush()
        question = self.tr("Delete the action “%1”?").replace("%1", " ".join(row["text"].split())[:80])
        if confirm(self, self.tr("Delete"), question, self.tr("Delete")):
            self.ctx.delete(row, self.tr("Delete action"))

    def _on_list_changed(self, kind: str, parent_id: int, select_id: int) -> None:
        if kind == RecordKind.ACTION and parent_id == self.project_id:
            self.reload(select_id if select_id >= 0 else None)
        elif kind in (RecordKind.SESSION, RecordKind.TAG) and parent_id == self.project_id:
            self.binder.flush()
            self._fill_choices()
            self.binder.load(self.current_row())

    def _on_changed(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.ACTION and self.model.row_of(record_id) >= 0:
            self.model.replace(get_action(self.ctx.library, record_id))
        elif kind in (RecordKind.SESSION, RecordKind.TAG):
            self.binder.flush()
            self._fill_choices()
            self.binder.load(self.current_row())
