"""A list of records on the left, the selected record's form on the right.

The base of the mandate, question, party and person editors: add, delete (with
confirmation), move up and down, all undoable, all reachable from the keyboard.
Subclasses name the kind, build the form with a ``FormBinder`` and label the rows.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.editing import Row
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import confirm
from samverkan_desktop.ui.models.row_list import RowListModel


class ListFormEditor(QWidget):
    kind: RecordKind  # each subclass names its kind

    def __init__(self, ctx: EditContext, parent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.parent_id = ctx, parent_id
        self.model = RowListModel(self.row_label, self)
        self.binder = FormBinder(ctx, self.kind, self)

        self.heading = QLabel(self.heading_text())
        self.heading.setObjectName("editorHeading")
        self.intro = QLabel(self.intro_text())
        self.intro.setWordWrap(True)
        self.intro.setObjectName("editorIntro")

        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setObjectName(f"{self.kind}List")
        self.list.setAccessibleName(self.heading_text())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.add_button = QPushButton(self.add_text())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.setToolTip(self.tr("Add (Ctrl+N)"))
        self.delete_button.setToolTip(self.tr("Delete (Ctrl+Delete)"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Shift+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Shift+Down)"))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        for keys, slot in (("Ctrl+N", self.add), ("Ctrl+Delete", self.delete_current),
                           ("Alt+Shift+Up", lambda: self.move_current(-1)),
                           ("Alt+Shift+Down", lambda: self.move_current(+1))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.build_form(self.form)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.form_widget)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)

        ctx.list_changed.connect(self._on_list_changed)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # -- for subclasses -------------------------------------------------------------
    def heading_text(self) -> str:
        return ""

    def intro_text(self) -> str:
        return ""

    def add_text(self) -> str:
        return self.tr("Add")

    def row_label(self, row: Row) -> str:
        return str(row.id)

    def build_form(self, form: QFormLayout) -> None:
        pass

    def new_values(self) -> dict[str, object]:
        return {}

    def delete_question(self, row: Row) -> str:
        return self.tr("Delete “%1”?").replace("%1", self.row_label(row))

    def current_changed(self, row: Row | None) -> None:
        """Hook: the selected record changed (after the binder loaded it)."""

    def fetch_rows(self) -> list[Row]:
        """The rows the list shows; a filtered list returns a subset, in stored order."""
        return self.ctx.editor.children(self.kind, self.parent_id)

    def stored_position(self, shown: int) -> int:
        """The place in the stored list of the row shown at ``shown`` (differs when filtered)."""
        return shown

    # -- behaviour ------------------------------------------------------------------
    def current_row(self) -> Row | None:
        index = self.list.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def reload(self, select_id: int | None = None) -> None:
        current = self.current_row()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(self.fetch_rows())
        position = self.model.row_index(keep) if keep is not None else -1
        if position < 0 and self.model.rows:
            position = 0
        if position >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(position), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        self.binder.load(row)
        self.delete_button.setEnabled(row is not None)
        position = self.list.currentIndex().row()
        self.up_button.setEnabled(row is not None and position > 0)
        self.down_button.setEnabled(row is not None and position < len(self.model.rows) - 1)
        self.current_changed(row)

    def add(self) -> None:
        self.binder.flush()
        current = self.list.currentIndex()
        index = self.stored_position(current.row()) + 1 if current.isValid() else None
        row = self.ctx.create(self.kind, self.parent_id, self.add_text().replace("&", ""),
                              self.new_values(), index)
        if row is not None:
            self.reload(row.id)
            self.focus_first_field()

    def focus_first_field(self) -> None:
        """Put the cursor in the form's first field with its text selected: a new record's
        placeholder name ("Ny person") is replaced by what is typed."""
        first = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        widget = first.widget() if first is not None else None
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.selectAll()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.binder.flush()
        if confirm(self, self.tr("Delete"), self.delete_question(row), self.tr("Delete")):
            self.ctx.delete(row, self.tr("Delete"))

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row is None:
            return
        self.binder.flush()
        old = self.list.currentIndex().row()
        new = old + step
        if 0 <= new < len(self.model.rows):
            self.ctx.move(row, self.stored_position(old), self.stored_position(new), self.tr("Move"))

    def _on_list_changed(self, kind: str, parent_id: int, select_id: int) -> None:
        if kind == self.kind and parent_id == self.parent_id:
            self.reload(select_id if select_id >= 0 else None)

    def _on_changed(self, kind: str, record_id: int) -> None:
        if kind == self.kind and self.model.row_index(record_id) >= 0:
            self.model.update_row(self.ctx.editor.get(self.kind, record_id))
