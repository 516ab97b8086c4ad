"""The form of one tag in the tag manager: name, colour, place in the tree, description,
and for improvement areas the proposal, priority, owner and the mandates they concern.

Text fields are stored as the user types (``FormBinder``); the colour and the
"Move under…" choice are undoable edits of their own. Also the small dialog that
picks the tag to merge into.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import links, tags
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.link_checklist import LinkChecklist
from samverkan_desktop.ui.models.tag_tree import TagTreeModel

TOP_LEVEL = -1
SWATCH = 18


def swatch_icon(color: str) -> QIcon:
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def indented_names(model: TagTreeModel, exclude: set[int]) -> list[tuple[int, str]]:
    """The model's tags depth first, each name indented by its depth, leaving out ``exclude``."""
    return [(tag_id, "    " * model.depth(tag_id) + model.nodes[tag_id].name)
            for tag_id in model.ordered() if tag_id not in exclude]


class TagForm(QWidget):
    #: the user chose a new place: (tag id, parent id or -1 for the top level)
    move_requested = Signal(int, int)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.binder = FormBinder(ctx, RecordKind.TAG, self)
        self.model: TagTreeModel | None = None
        self._loading = False

        self.name = QLineEdit()
        self.name.setObjectName("tagName")
        self.color_button = QPushButton(self.tr("Choose co&lour…"))
        self.color_button.setObjectName("tagColor")
        self.color_button.clicked.connect(self.choose_color)
        self.swatches: list[QToolButton] = []
        colors = QHBoxLayout()
        colors.setContentsMargins(0, 0, 0, 0)
        colors.addWidget(self.color_button)
        for number in range(len(tags.PALETTES["theme"])):
            swatch = QToolButton()
            swatch.setObjectName(f"tagSwatch{number}")
            swatch.setAutoRaise(True)
            swatch.setFixedSize(SWATCH + 8, SWATCH + 8)
            swatch.clicked.connect(lambda _c=False, n=number: self._preset(n))
            self.swatches.append(swatch)
            colors.addWidget(swatch)
        colors.addStretch(1)
        self.parent_combo = QComboBox()
        self.parent_combo.setObjectName("tagParent")
        self.parent_combo.activated.connect(self._parent_chosen)
        self.description = QPlainTextEdit()
        self.description.setObjectName("tagDescription")
        self.description.setTabChangesFocus(True)
        self.usage = QLabel()
        self.usage.setObjectName("tagUsage")
        self.usage.setWordWrap(True)

        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels go above, not off-screen
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Colour:"), colors)
        form.addRow(self.tr("&Move under:"), self.parent_combo)
        form.addRow(self.tr("Used:"), self.usage)
        form.addRow(self.tr("&Description:"), self.description)

        self.proposal = QPlainTextEdit()
        self.proposal.setObjectName("tagProposal")
        self.proposal.setTabChangesFocus(True)
        self.priority = QComboBox()
        self.priority.setObjectName("tagPriority")
        self.priority.addItem(self.tr("Not set"), None)
        self.priority.addItem(self.tr("High"), "high")
        self.priority.addItem(self.tr("Medium"), "medium")
        self.priority.addItem(self.tr("Low"), "low")
        self.owner = QLineEdit()
        self.owner.setObjectName("tagOwner")
        self.mandates = LinkChecklist(
            ctx, links.TAG_MANDATE, RecordKind.MANDATE, project_id,
            lambda row: f"{row['code']} – {row['title']}" if row["code"] else row["title"],
            self.tr("Mandates of the improvement area"),
            self.tr("The project has no political mandates yet."))
        self.improvement_rows = (self.proposal, self.priority, self.owner, self.mandates)
        form.addRow(self.tr("&Proposal:"), self.proposal)
        form.addRow(self.tr("P&riority:"), self.priority)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("M&andates:"), self.mandates)
        self.description.setMaximumHeight(110)
        self.proposal.setMaximumHeight(150)
        self.layout_form = form

        self.binder.line(self.name, "name", self.tr("Tag name"), empty_is_none=False)
        self.binder.text(self.description, "description", self.tr("Tag description"))
        self.binder.text(self.proposal, "proposal", self.tr("Proposal"))
        self.binder.combo(self.priority, "priority", self.tr("Priority"))
        self.binder.line(self.owner, "owner", self.tr("Owner"))

    # -- showing ------------------------------------------------------------------
    def show_tag(self, model: TagTreeModel, tag_id: int | None) -> None:
        self.model = model
        shown = self.binder.row
        if shown is None or shown.id != tag_id:  # the same tag: the binder follows it by itself
            self.binder.load(self.ctx.editor.get(RecordKind.TAG, tag_id) if tag_id is not None else None)
            self.mandates.set_owner(tag_id)
        for widget in self.improvement_rows:
            self.layout_form.setRowVisible(widget, model.kind == "improvement")
        for number, swatch in enumerate(self.swatches):
            color = tags.default_color(model.kind, number)
            swatch.setIcon(swatch_icon(color))
            swatch.setToolTip(self.tr("Colour %1").replace("%1", color))
            swatch.setAccessibleName(swatch.toolTip())
        for control in (self.color_button, self.parent_combo, *self.swatches):
            control.setEnabled(tag_id is not None)
        self._fill_parents(tag_id)
        node = model.nodes.get(tag_id) if tag_id is not None else None
        self.color_button.setIcon(swatch_icon(node.color) if node and node.color else QIcon())
        if node is None:
            self.usage.clear()
            return
        total = tags.tagging_count(self.ctx.library, node.id, include_descendants=True)
        text = self.tr("Taggings: %1, in %2 entries").replace("%1", str(node.taggings)).replace(
            "%2", str(node.entries))
        if total[0] != node.taggings:
            text += " " + self.tr("(%1 taggings with its sub-tags)").replace("%1", str(total[0]))
        self.usage.setText(text)

    def _fill_parents(self, tag_id: int | None) -> None:
        self._loading = True
        try:
            self.parent_combo.clear()
            self.parent_combo.addItem(self.tr("(top level)"), TOP_LEVEL)
            if self.model is None or tag_id is None:
                return
            exclude = {tag_id} | tags.descendant_ids(self.model.nodes.values(), tag_id)
            for other, label in indented_names(self.model, exclude):
                self.parent_combo.addItem(label, other)
            parent = self.model.parent_of(tag_id)
            self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(
                TOP_LEVEL if parent is None else parent)))
        finally:
            self._loading = False

    # -- editing ------------------------------------------------------------------
    def _parent_chosen(self, _index: int) -> None:
        row = self.binder.row
        if self._loading or row is None:
            return
        self.move_requested.emit(row.id, int(self.parent_combo.currentData()))

    def set_color(self, color: str) -> None:
        row = self.binder.row
        if row is not None:
            self.binder.flush()
            self.ctx.set_field(self.binder.row or row, "color", color, self.tr("Tag colour"))

    def _preset(self, number: int) -> None:
        if self.model is not None:
            self.set_color(tags.default_color(self.model.kind, number))

    def choose_color(self) -> None:
        row = self.binder.row
        if row is None:
            return
        chosen = QColorDialog.getColor(QColor(row["color"] or "#1f5f8b"), self, self.tr("Tag colour"))
        if chosen.isValid():
            self.set_color(chosen.name())


class MergeDialog(QDialog):
    """Pick the tag of the same kind that another tag is merged into."""

    def __init__(self, model: TagTreeModel, source_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge into…"))
        self.setObjectName("mergeDialog")
        intro = QLabel(self.tr("Merge “%1” into:").replace("%1", model.nodes[source_id].name))
        intro.setWordWrap(True)
        self.targets = QComboBox()
        self.targets.setObjectName("mergeTarget")
        for tag_id, label in indented_names(model, {source_id}):
            self.targets.addItem(label, tag_id)
        intro.setBuddy(self.targets)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.targets.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.targets)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def target_id(self) -> int | None:
        data = self.targets.currentData()
        return int(data) if self.targets.count() and data is not None else None


def ask_merge_target(model: TagTreeModel, source_id: int, parent: QWidget) -> int | None:
    """Ask which tag to merge into; None when cancelled."""
    dialog = MergeDialog(model, source_id, parent)
    return dialog.target_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
