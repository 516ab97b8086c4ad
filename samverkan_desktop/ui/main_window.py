"""The main window: navigator, editor area, menus and the save state in the status bar."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import library_service
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.ui import disk_status
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId, build_actions
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import confirm, show_error
from samverkan_desktop.ui.editors.registry import create_editor
from samverkan_desktop.ui.models.navigator import NavigatorModel, Node, NodeRole, Section

if TYPE_CHECKING:
    from samverkan_desktop.services.search import Hit
    from samverkan_desktop.ui.search.search_dialog import SearchDialog

log = logging.getLogger(__name__)
STATUS_MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    def __init__(self, ctx: EditContext, paths: DataPaths, settings: S.Settings) -> None:
        super().__init__()
        self.ctx, self.paths, self.settings = ctx, paths, settings
        self.setObjectName("mainWindow")
        self.setWindowTitle("Samverkan Desktop")
        self.actions_by_id = build_actions(self)
        self.editors: dict[Node, QWidget] = {}
        self.meetings: dict[int, QWidget] = {}
        self.search_dialog: SearchDialog | None = None

        self.navigator_model = NavigatorModel(self)
        self.navigator = QTreeView()
        self.navigator.setObjectName("navigator")
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName(self.tr("Navigator"))
        self.navigator.selectionModel().currentChanged.connect(self._navigated)
        self.stack = QStackedWidget()
        self.stack.setObjectName("editorArea")
        self.welcome = self._welcome_page()
        self.stack.addWidget(self.welcome)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 1000])
        self.setCentralWidget(self.splitter)
        self.disk_bar = disk_status.install(self, ctx)

        self.save_label = QLabel(self.tr("Nothing changed yet"))
        self.save_label.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_label)
        ctx.saved.connect(self._saved)
        ctx.failed.connect(self._failed)
        ctx.list_changed.connect(self._list_changed)
        ctx.changed.connect(self._record_changed)

        self._build_menus()
        self._connect_actions()
        self._restore_geometry()
        self.refresh_navigator()

    # -- construction -----------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcomePage")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to Samverkan Desktop"))
        title.setObjectName("welcomeTitle")
        text = QLabel(self.tr("Choose a project in the navigator, or create a new one."))
        text.setWordWrap(True)
        new_button = QPushButton(self.tr("Create new project"))
        new_button.setObjectName("welcomeNewProject")
        new_button.clicked.connect(self.new_project)
        for widget in (title, text, new_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_menus(self) -> None:
        a = self.actions_by_id
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action_id in (ActionId.NEW_PROJECT, ActionId.IMPORT_PROJECT, ActionId.EXPORT_PROJECT):
            file_menu.addAction(a[action_id])
        self.recent_menu = QMenu(self.tr("&Recent projects"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.DELETE_PROJECT])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action_id in (ActionId.UNDO, ActionId.REDO):
            edit_menu.addAction(a[action_id])
        edit_menu.addSeparator()
        edit_menu.addAction(a[ActionId.SETTINGS])
        project_menu = bar.addMenu(self.tr("&Project"))
        project_menu.addAction(a[ActionId.NEW_SESSION])
        project_menu.addAction(a[ActionId.MEETING_MODE])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(a[ActionId.FOCUS_NAVIGATOR])
        view_menu.addAction(a[ActionId.SEARCH])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionId.ABOUT])
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action_id in (ActionId.NEW_PROJECT, ActionId.NEW_SESSION, ActionId.MEETING_MODE, ActionId.UNDO,
                          ActionId.REDO):
            toolbar.addAction(a[action_id])

    def _connect_actions(self) -> None:
        a = self.actions_by_id
        a[ActionId.NEW_PROJECT].triggered.connect(self.new_project)
        a[ActionId.IMPORT_PROJECT].triggered.connect(self.import_project)
        a[ActionId.EXPORT_PROJECT].triggered.connect(self.export_project)
        a[ActionId.DELETE_PROJECT].triggered.connect(self.delete_project)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.UNDO].triggered.connect(self.ctx.undo_stack.undo)
        a[ActionId.REDO].triggered.connect(self.ctx.undo_stack.redo)
        self.ctx.undo_stack.canUndoChanged.connect(a[ActionId.UNDO].setEnabled)
        self.ctx.undo_stack.canRedoChanged.connect(a[ActionId.REDO].setEnabled)
        a[ActionId.UNDO].setEnabled(False)
        a[ActionId.REDO].setEnabled(False)
        a[ActionId.NEW_SESSION].triggered.connect(self.new_session)
        a[ActionId.MEETING_MODE].triggered.connect(self._meeting_for_current)
        a[ActionId.FOCUS_NAVIGATOR].triggered.connect(lambda: self.navigator.setFocus())
        a[ActionId.SEARCH].setShortcuts([QKeySequence("Ctrl+Shift+F"), QKeySequence(QKeySequence.StandardKey.Find)])
        a[ActionId.SEARCH].triggered.connect(self.show_search)
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        a[ActionId.SETTINGS].triggered.connect(self.show_settings)

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(S.WINDOW_GEOMETRY)
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)

    # -- navigation ---------------------------------------------------------------------
    def refresh_navigator(self) -> None:
        current = self.current_node()
        expanded = self._expanded_nodes()
        projects = library_service.list_projects(self.ctx.library)
        sessions = {p.id: library_service.list_sessions(self.ctx.library, p.uid) for p in projects}
        self.navigator.selectionModel().blockSignals(True)
        self.navigator_model.populate(projects, sessions)
        for node in expanded:
            item = self.navigator_model.find(node)
            if item is not None:
                self.navigator.expand(item.index())
        self.navigator.selectionModel().blockSignals(False)
        if current is not None:
            self.select_node(current, create=False)

    def _expanded_nodes(self) -> list[Node]:
        nodes: list[Node] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.navigator_model.rowCount(parent)):
                index = self.navigator_model.index(row, 0, parent)
                if self.navigator.isExpanded(index):
                    nodes.append(index.data(NodeRole))
                walk(index)
        walk(QModelIndex())
        return nodes

    def current_node(self) -> Node | None:
        index = self.navigator.currentIndex()
        return index.data(NodeRole) if index.isValid() else None

    def current_project_id(self) -> int | None:
        node = self.current_node()
        return node.project_id if node else None

    def select_node(self, node: Node, create: bool = True) -> bool:
        item = self.navigator_model.find(node)
        if item is None:
            return False
        index = item.index()
        self.navigator.expand(index.parent())
        if node.section is Section.PROJECT:
            self.navigator.expand(index)
        if self.navigator.currentIndex() != index:
            self.navigator.setCurrentIndex(index)
        elif create:
            self._show(node)
        return True

    def open_project(self, uid: str) -> bool:
        for project in library_service.list_projects(self.ctx.library):
            if project.uid == uid:
                self.select_node(Node(Section.DETAILS, project.id))
                top = self.navigator_model.find(Node(Section.PROJECT, project.id))
                if top is not None:
                    self.navigator.expand(top.index())
                self.settings.remember_project(uid)
                return True
        return False

    def _navigated(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = current.data(NodeRole) if current.isValid() else None
        if node is None:
            self.stack.setCurrentWidget(self.welcome)
            return
        self._show(node)

    def _show(self, node: Node) -> None:
        if node.section is Section.PROJECT:
            node = Node(Section.DETAILS, node.project_id)
        editor = self.editors.get(node)
        if editor is None:
            editor = create_editor(self.ctx, node)
            self.editors[node] = editor
            self.stack.addWidget(editor)
            open_session = getattr(editor, "open_session", None)
            if open_session is not None:
                open_session.connect(lambda sid, p=node.project_id: self._open_session(p, sid))
            if hasattr(editor, "jump_to_entry"):
                editor.jump_to_entry.connect(self.show_entry)
        self.stack.setCurrentWidget(editor)
        uid = self._project_uid(node.project_id)
        if uid:
            self.settings.remember_project(uid)

    def _open_session(self, project_id: int, session_id: int) -> None:
        """Select a session's node; a session created a moment ago needs the navigator refreshed."""
        node = Node(Section.SESSION, project_id, session_id)
        if not self.select_node(node):
            self.refresh_navigator()
            self.select_node(node)

    def _project_uid(self, project_id: int) -> str | None:
        try:
            return str(self.ctx.editor.get("project", project_id).uid)
        except ServiceError:
            return None

    def _drop_editors(self, project_id: int | None = None, session_id: int | None = None) -> None:
        for node in list(self.editors):
            if (project_id is not None and node.project_id == project_id) or (
                    session_id is not None and node.session_id == session_id):
                widget = self.editors.pop(node)
                self.stack.removeWidget(widget)
                widget.deleteLater()

    # -- reacting to edits ----------------------------------------------------------------
    def _saved(self, when: dt.datetime) -> None:
        self.save_label.setText(self.tr("Saved %1").replace("%1", when.strftime("%H:%M:%S")))

    def _failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Not saved"))
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def _list_changed(self, kind: str, _parent_id: int, _select: int) -> None:
        if kind in ("session", "project"):
            if kind == "session" and _select < 0:
                self._drop_missing_sessions()
            QTimer.singleShot(0, self.refresh_navigator)

    def _record_changed(self, kind: str, _record_id: int) -> None:
        if kind in ("project", "session"):
            QTimer.singleShot(0, self._relabel)

    def _relabel(self) -> None:
        self.refresh_navigator()

    def _drop_missing_sessions(self) -> None:
        for node in list(self.editors):
            if node.session_id is not None:
                try:
                    self.ctx.editor.get("session", node.session_id)
                except ServiceError:
                    self._drop_editors(session_id=node.session_id)

    # -- commands ---------------------------------------------------------------------
    def new_project(self) -> None:
        row = self.ctx.create("project", None, self.tr("New project"),
                              {"title": self.tr("New project"), "status": "draft"})
        if row is None:
            return
        self.ctx.undo_stack.clear()  # a new project starts its own history
        self.refresh_navigator()
        self.select_node(Node(Section.DETAILS, row.id))
        editor = self.editors.get(Node(Section.DETAILS, row.id))
        if editor is not None and hasattr(editor, "title"):
            editor.title.setFocus()
            editor.title.selectAll()

    def new_session(self) -> None:
        project_id = self.current_project_id()
        if project_id is None:
            self.statusBar().showMessage(self.tr("Choose a project first."), STATUS_MESSAGE_MS)
            return
        row = self.ctx.create("session", project_id, self.tr("New session"),
                              {"title": self.tr("New session")})
        if row is not None:
            self.refresh_navigator()
            node = Node(Section.SESSION, project_id, row.id)
            self.select_node(node)
            details = getattr(self.editors.get(node), "details", None)
            if details is not None:  # ready to type the new session's title
                details.title.setFocus()
                details.title.selectAll()

    def show_search(self) -> SearchDialog:
        """Open the global search window on the current project (Ctrl+F, Ctrl+Shift+F)."""
        from samverkan_desktop.ui.search.search_dialog import SearchDialog

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.ctx, self)
            self.search_dialog.hit_activated.connect(self._search_hit)
        self.search_dialog.open_for(self.current_project_id())
        return self.search_dialog

    def _search_hit(self, hit: Hit) -> None:
        """Jump to where a search hit is: its entry, its session, or the project's texts."""
        project_id = self.search_dialog.project_id if self.search_dialog is not None else None
        if hit.entry_id is not None:
            self.show_entry(hit.entry_id)
        elif hit.session_id is not None and project_id is not None:
            self._open_session(project_id, hit.session_id)
        elif project_id is not None:
            section = {"mandate": Section.MANDATES, "question": Section.QUESTIONS}.get(hit.kind, Section.DETAILS)
            self.select_node(Node(section, project_id))
        self.activateWindow()

    def show_entry(self, entry_id: int) -> bool:
        """Jump to an entry: open its session's editor, which shows and selects it."""
        try:
            entry = self.ctx.editor.get("entry", entry_id)
            session = self.ctx.editor.get("session", int(entry.parent_id or 0))
        except ServiceError:
            return False
        node = Node(Section.SESSION, int(session.parent_id or 0), session.id)
        if not self.select_node(node):
            return False
        self._show(node)
        editor = self.editors.get(node)
        show = getattr(editor, "show_entry", None)
        if show is not None:
            show(entry_id)
        return True

    def _meeting_for_current(self) -> None:
        node = self.current_node()
        if node is None or node.session_id is None:
            self.statusBar().showMessage(self.tr("Choose a session in the navigator first."), STATUS_MESSAGE_MS)
            return
        self.open_meeting(node.session_id)

    def open_meeting(self, session_id: int, full_screen: bool = False):  # type: ignore[no-untyped-def]
        """Open meeting mode on a session, with the cursor in the entry editor."""
        from samverkan_desktop.ui.meeting.window import MeetingWindow

        for editor in self.editors.values():
            binder = getattr(editor, "binder", None)
            if binder is not None:
                binder.flush()
        existing = self.meetings.get(session_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        window = MeetingWindow(self.ctx, session_id)
        self.meetings[session_id] = window
        window.closed.connect(lambda: self.meetings.pop(session_id, None))
        window.showFullScreen() if full_screen else window.showMaximized()
        window.activateWindow()
        window.editor.setFocus()
        return window

    def import_project(self) -> None:
        from samverkan_desktop.services.interchange.importer import import_document
        from samverkan_desktop.services.interchange.parse import read_file

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import project file"), str(Path.home()),
                                              self.tr("Project files (*.json);;All files (*)"))
        if not name:
            return
        try:
            document = read_file(Path(name))
            try:
                result = import_document(self.ctx.library, document)
            except ServiceError as exc:
                if exc.code != "already_exists" or not confirm(
                        self, self.tr("Replace project?"),
                        self.tr("The library already has this project. Replace it with the file's "
                                "version? What you changed since is lost."), self.tr("Replace")):
                    raise
                self._drop_editors(project_id=library_service.project_id_for(
                    self.ctx.library, document["project"]["id"]))
                result = import_document(self.ctx.library, document, replace=True)
        except ServiceError as exc:
            if exc.code != "already_exists":
                show_error(self, exc.text(self.ctx.language))
            return
        self.ctx.undo_stack.clear()
        self.refresh_navigator()
        self.open_project(result.project_uid)
        self.statusBar().showMessage(self.tr("Imported %1").replace("%1", result.title), STATUS_MESSAGE_MS)

    def export_project(self) -> None:
        from samverkan_desktop.services.interchange.exporter import export_to_file

        project_id = self.current_project_id()
        uid = self._project_uid(project_id) if project_id is not None else None
        if uid is None:
            self.statusBar().showMessage(self.tr("Choose a project first."), STATUS_MESSAGE_MS)
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export project file"),
                                              str(Path.home() / f"{uid}.json"),
                                              self.tr("Project files (*.json)"))
        if not name:
            return
        try:
            export_to_file(self.ctx.library, uid, Path(name))
        except ServiceError as exc:
            show_error(self, exc.text(self.ctx.language))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", name), STATUS_MESSAGE_MS)

    def delete_project(self) -> None:
        project_id = self.current_project_id()
        if project_id is None:
            return
        row = self.ctx.editor.get("project", project_id)
        if not confirm(self, self.tr("Delete project"),
                       self.tr("Delete the project “%1” and everything recorded in it? "
                               "You can undo this with Ctrl+Z until you close the app.")
                       .replace("%1", row["title"]), self.tr("Delete project")):
            return
        self._drop_editors(project_id=project_id)
        self.ctx.delete(row, self.tr("Delete project"))
        self.refresh_navigator()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        projects = {p.uid: p for p in library_service.list_projects(self.ctx.library)}
        for uid in self.settings.get(S.RECENT_PROJECTS):
            project = projects.get(uid)
            if project is None:
                continue
            action = QAction(project.title, self.recent_menu)
            action.triggered.connect(lambda _checked=False, u=uid: self.open_project(u))
            self.recent_menu.addAction(action)
        if self.recent_menu.isEmpty():
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)

    def show_settings(self) -> None:
        from samverkan_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def show_about(self) -> None:
        from samverkan_desktop.ui.about import show_about

        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in self.editors.values():
            binder = getattr(editor, "binder", None)
            if binder is not None:
                binder.flush()
        if not self.ctx.retry_unsaved() and not confirm(
                self, self.tr("Not everything is saved"),
                self.tr("Some of what you typed cannot be saved right now (see the red bar). If you quit, "
                        "it is lost. Quit anyway?"), self.tr("Quit without saving")):
            event.ignore()
            return
        self.settings.set(S.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
