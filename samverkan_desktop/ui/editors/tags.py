"""The tag manager: themes, what works and improvement areas, each a tree of its own.

Create (Ctrl+N beside the current tag, Ctrl+Shift+N as its child), rename (F2 in the
tree or the form), colour, nest (drag and drop, Alt+Left/Right, or "Move under…"),
merge and delete: every change is one undo step through the edit context.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import tags
from samverkan_desktop.ui import tag_commands
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import confirm
from samverkan_desktop.ui.editors.tag_form import TOP_LEVEL, TagForm, ask_merge_target
from samverkan_desktop.ui.models.tag_tree import COUNT, NAME, TagTreeModel

KINDS = ("theme", "strength", "improvement")


class TagManager(QWidget):
    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.collapsed: set[int] = set()

        heading = QLabel(self.tr("Themes and improvement areas"))
        heading.setObjectName("editorHeading")
        intro = QLabel(self.tr("The tags the minutes are coded with. Drag a tag onto another to nest it; "
                               "F2 renames, Alt+Left and Alt+Right move a tag out of or into the one above."))
        intro.setWordWrap(True)
        intro.setObjectName("editorIntro")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tagKinds")
        self.models: dict[str, TagTreeModel] = {}
        self.trees: dict[str, QTreeView] = {}
        titles = {"theme": self.tr("&Themes"), "strength": self.tr("W&hat works"),
                  "improvement": self.tr("&Improvement areas")}
        for kind in KINDS:
            model = TagTreeModel(kind, self)
            model.rename_requested.connect(self.rename)
            model.reparent_requested.connect(self._dropped, Qt.ConnectionType.QueuedConnection)
            tree = QTreeView()
            tree.setObjectName(f"{kind}Tree")
            tree.setModel(model)
            tree.setAccessibleName(titles[kind].replace("&", ""))
            tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
            tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            tree.setDefaultDropAction(Qt.DropAction.MoveAction)
            tree.setUniformRowHeights(True)
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
            tree.selectionModel().currentChanged.connect(lambda *_: self._show_current())
            tree.collapsed.connect(lambda index: self.collapsed.add(index.internalId()))
            tree.expanded.connect(lambda index: self.collapsed.discard(index.internalId()))
            self.models[kind], self.trees[kind] = model, tree
            self.tabs.addTab(tree, titles[kind])
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())

        self.add_button = QPushButton(self.tr("Ne&w"))
        self.child_button = QPushButton(self.tr("New &sub-tag"))
        self.merge_button = QPushButton(self.tr("Mer&ge into…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.setToolTip(self.tr("New tag beside the selected one (Ctrl+N)"))
        self.child_button.setToolTip(self.tr("New tag under the selected one (Ctrl+Shift+N)"))
        self.merge_button.setToolTip(self.tr("Move every tagging of this tag to another one and remove it"))
        self.delete_button.setToolTip(self.tr("Delete (Ctrl+Delete)"))
        self.add_button.clicked.connect(lambda: self.add())
        self.child_button.clicked.connect(lambda: self.add(child=True))
        self.merge_button.clicked.connect(lambda: self.merge_current())
        self.delete_button.clicked.connect(self.delete_current)
        for keys, slot in (("Ctrl+N", lambda: self.add()), ("Ctrl+Shift+N", lambda: self.add(child=True)),
                           ("Ctrl+Delete", self.delete_current)):
            self._shortcut(keys, slot, self)
        for keys, slot in (("Alt+Right", self.indent_current), ("Alt+Left", self.outdent_current)):
            self._shortcut(keys, slot, self.tabs)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.child_button, self.merge_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addLayout(buttons)

        self.form = TagForm(ctx, project_id)
        self.form.move_requested.connect(lambda tag_id, parent: self.reparent(
            tag_id, None if parent == TOP_LEVEL else parent, None))
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

        ctx.list_changed.connect(self._on_list_changed)
        ctx.changed.connect(self._on_changed)
        self.reload()

    @staticmethod
    def _shortcut(keys: str, slot: object, scope: QWidget) -> None:
        shortcut = QShortcut(QKeySequence(keys), scope)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- state --------------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[self.tabs.currentIndex()]

    def model(self) -> TagTreeModel:
        return self.models[self.kind()]

    def tree(self) -> QTreeView:
        return self.trees[self.kind()]

    def current_id(self) -> int | None:
        index = self.tree().currentIndex()
        return index.internalId() if index.isValid() else None

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_id()
        nodes = tags.tag_tree(self.ctx.library, self.project_id)
        for name, model in self.models.items():
            tree = self.trees[name]
            current = tree.currentIndex().internalId() if tree.currentIndex().isValid() else None
            if model.set_nodes(nodes):
                self._expand(name)
            if current is not None and not tree.currentIndex().isValid():
                self._select(name, current)
        kind = next((k for k, m in self.models.items() if keep in m.nodes), None) if keep is not None else None
        if kind is not None:
            self.tabs.setCurrentIndex(KINDS.index(kind))
            self._select(kind, keep)
        elif self.current_id() is None and self.model().kids[None]:
            self._select(self.kind(), self.model().kids[None][0])
        self._show_current()

    def _expand(self, kind: str) -> None:
        tree, model = self.trees[kind], self.models[kind]
        tree.expandAll()
        for tag_id in self.collapsed & set(model.nodes):
            tree.collapse(model.index_of(tag_id))

    def _select(self, kind: str, tag_id: int | None) -> None:
        index = self.models[kind].index_of(tag_id) if tag_id is not None else None
        if index is not None and index.isValid():
            self.trees[kind].selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.trees[kind].scrollTo(index)

    def _tab_changed(self) -> None:
        if self.current_id() is None and self.model().kids[None]:
            self._select(self.kind(), self.model().kids[None][0])
        self._show_current()

    def _show_current(self) -> None:
        tag_id = self.current_id()
        self.form.show_tag(self.model(), tag_id)
        for button in (self.child_button, self.merge_button, self.delete_button):
            button.setEnabled(tag_id is not None)
        self.merge_button.setEnabled(tag_id is not None and len(self.model().nodes) > 1)

    # -- editing ------------------------------------------------------------------
    def add(self, child: bool = False) -> None:
        self.form.binder.flush()
        kind, current = self.kind(), self.current_id()
        parent = current if child else (self.model().parent_of(current) if current is not None else None)
        if child and current is None:
            return
        names = {"theme": self.tr("New theme"), "strength": self.tr("New strength"),
                 "improvement": self.tr("New improvement area")}
        values = {"kind": kind, "name": names[kind], "parent_id": parent,
                  "color": tags.default_color(kind, len(self.model().nodes))}
        label = self.tr("New sub-tag") if child else self.tr("New tag")
        row = self.ctx.create(RecordKind.TAG, self.project_id, label, values)
        if row is not None:
            self.reload(row.id)
            self.form.name.setFocus()
            self.form.name.selectAll()

    def rename(self, tag_id: int, name: str) -> None:
        self.ctx.set_field(self.ctx.editor.get(RecordKind.TAG, tag_id), "name", name, self.tr("Tag name"))

    def reparent(self, tag_id: int, parent_id: int | None, index: int | None) -> bool:
        self.form.binder.flush()
        return tag_commands.reparent(self.ctx, self.project_id, tag_id, parent_id, index, self.tr("Move tag"))

    def _dropped(self, tag_id: int, parent_id: int, index: int) -> None:
        self.reparent(tag_id, None if parent_id < 0 else parent_id, None if index < 0 else index)

    def indent_current(self) -> None:
        """Alt+Right: the tag becomes the last child of the tag above it."""
        tag_id = self.current_id()
        if tag_id is None:
            return
        siblings = self.model().siblings(tag_id)
        position = siblings.index(tag_id)
        if position > 0:
            self.reparent(tag_id, siblings[position - 1], None)

    def outdent_current(self) -> None:
        """Alt+Left: the tag moves out of its parent, to just below it."""
        tag_id = self.current_id()
        model = self.model()
        parent = model.parent_of(tag_id) if tag_id is not None else None
        if tag_id is None or parent is None:
            return
        self.reparent(tag_id, model.parent_of(parent), model.siblings(parent).index(parent) + 1)

    def merge_current(self, target_id: int | None = None) -> bool:
        source_id = self.current_id()
        if source_id is None:
            return False
        self.form.binder.flush()
        if target_id is None:
            target_id = ask_merge_target(self.model(), source_id, self)
        if target_id is None:
            return False
        model = self.model()
        source, target = model.nodes[source_id], model.nodes[target_id]
        question = self.tr("Merge “%1” into “%2”? %3 taggings move to “%2”, and “%1” is removed.")
        question = question.replace("%1", source.name).replace("%2", target.name).replace(
            "%3", str(source.taggings))
        if not confirm(self, self.tr("Merge tags"), question, self.tr("Merge")):
            return False
        return tag_commands.merge(self.ctx, self.project_id, source_id, target_id, self.tr("Merge tags"))

    def delete_current(self) -> bool:
        tag_id = self.current_id()
        if tag_id is None:
            return False
        self.form.binder.flush()
        node = self.model().nodes[tag_id]
        if node.taggings:
            question = self.tr("Delete “%1”? It carries %2 taggings in %3 entries; they are removed with it.")
        else:
            question = self.tr("Delete “%1”? It is not used in any tagging.")
        question = question.replace("%1", node.name).replace("%2", str(node.taggings)).replace(
            "%3", str(node.entries))
        if self.model().kids.get(tag_id):
            question += " " + self.tr("Its sub-tags move up one level.")
        if not confirm(self, self.tr("Delete tag"), question, self.tr("Delete")):
            return False
        parent = self.model().parent_of(tag_id)
        if tag_commands.delete(self.ctx, self.project_id, tag_id, self.tr("Delete tag")):
            if parent is not None:
                self._select(self.kind(), parent)
            return True
        return False

    # -- reacting -----------------------------------------------------------------
    def _on_list_changed(self, kind: str, parent_id: int, select_id: int) -> None:
        if kind == RecordKind.TAG and parent_id == self.project_id:
            self.reload(select_id if select_id >= 0 else None)
        elif kind == RecordKind.TAGGING:
            self.reload()

    def _on_changed(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.TAGGING or (
                kind == RecordKind.TAG and any(record_id in m.nodes for m in self.models.values())):
            self.reload()
