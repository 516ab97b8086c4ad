"""The main window: navigator, editor area, menus and the save state in the status bar.

It is the one ``Workspace`` (ui/workspace.py): the helpers that change the library under
the views (import, erasure, restore) close meeting mode, flush the editors and have the
views rebuilt through it.

The app shows it before the library is opened: ``MainWindow(None, paths, settings)`` is
the window with its menus (disabled) and an empty navigator, cheap to build because this
module imports no service and so no SQLAlchemy; ``attach(ctx)`` connects it to the opened
library. What a screen needs (the services, the editors, the report) is imported when it
is first shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.ui import screen_fit
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId, build_actions
from samverkan_desktop.ui.dialogs import confirm, show_error
from samverkan_desktop.ui.models.navigator import NavigatorModel, Node, NodeRole, Section, section_labels

if TYPE_CHECKING:
    from pathlib import Path

    from samverkan_desktop.services.search import Hit
    from samverkan_desktop.ui.context import EditContext
    from samverkan_desktop.ui.jobs import Runner, Task
    from samverkan_desktop.ui.meeting.window import MeetingWindow
    from samverkan_desktop.ui.retention_notice import RetentionNotice
    from samverkan_desktop.ui.search.search_dialog import SearchDialog
    from samverkan_desktop.ui.user_guide import UserGuideWindow
    from samverkan_desktop.ui.welcome import WelcomePage

log = logging.getLogger(__name__)
STATUS_MESSAGE_MS = 8000
# the Project menu's commands on what is selected, in ui/project_commands.py
SELECTION_COMMANDS = (ActionId.MEETING_MODE, ActionId.PREVIEW_NOTICE, ActionId.PREVIEW_MINUTES,
                      ActionId.PREVIEW_REPORT, ActionId.IMPORT_RESPONSES, ActionId.PREVIOUS_ROUND)


class MainWindow(QMainWindow):
    ctx: EditContext  # set by attach()
    retention: RetentionNotice
    welcome: WelcomePage  # the start page, built by attach(): nothing to choose from before

    def __init__(self, ctx: EditContext | None, paths: DataPaths, settings: S.Settings) -> None:
        super().__init__()
        self.paths, self.settings = paths, settings
        self.attached = False
        self.setObjectName("mainWindow")
        self.setWindowTitle("Samverkan Desktop")
        self.actions_by_id = build_actions(self)
        self.editors: dict[Node, QWidget] = {}
        self.meetings: dict[int, QWidget] = {}
        self.search_dialog: SearchDialog | None = None
        #: where the long jobs run (None: a thread each); tests may put a SyncRunner here
        self.runner: Runner | None = None
        self.user_guide: UserGuideWindow | None = None

        self.navigator_model = NavigatorModel(self)
        self.navigator = QTreeView()
        self.navigator.setObjectName("navigator")
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName(self.tr("Navigator"))
        # the sections' names are never cut (long project and session titles are, with a tooltip)
        self.navigator.setMinimumWidth(max(self.navigator.fontMetrics().horizontalAdvance(label)
                                           for label in section_labels().values()) + 3 * 20 + 16)
        self.navigator.selectionModel().currentChanged.connect(self._navigated)
        self.stack = QStackedWidget()
        self.stack.setObjectName("editorArea")
        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 1000])
        self.setCentralWidget(self.splitter)

        self.save_label = QLabel(self.tr("Opening the library…"))
        self.save_label.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_label)

        self._build_menus()
        self._connect_actions()
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)
        else:  # until the library is open, nothing can be done with it, and there is nothing to list yet
            self.stack.setCurrentIndex(self.stack.addWidget(QWidget()))
            self.splitter.setEnabled(False)
            for action_id, action in self.actions_by_id.items():
                action.setEnabled(action_id in (ActionId.QUIT, ActionId.ABOUT))

    def attach(self, ctx: EditContext) -> None:
        """Connect the window to the opened library: its editing context, the save state, the
        disk and retention notices, the undo actions, the navigator's projects."""
        from samverkan_desktop.ui import disk_status, jobs
        from samverkan_desktop.ui.retention_notice import RetentionNotice
        from samverkan_desktop.ui.welcome import WelcomePage

        self.ctx, self.attached = ctx, True
        self.welcome = WelcomePage()
        self.welcome.new_project_requested.connect(self.new_project_wizard)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.project_chosen.connect(self.open_project)
        self.stack.insertWidget(0, self.welcome)
        self.disk_bar = disk_status.install(self, ctx)
        self.save_label.setText(self.tr("Nothing changed yet"))
        self.retention = RetentionNotice(self, ctx.library, self.settings)
        ctx.saved.connect(self._saved)
        jobs.notices().library_written.connect(self._library_written)
        ctx.failed.connect(self._failed)
        ctx.list_changed.connect(self._list_changed)
        ctx.changed.connect(self._record_changed)
        a = self.actions_by_id
        for action in a.values():
            action.setEnabled(True)
        a[ActionId.UNDO].triggered.connect(ctx.undo_stack.undo)
        a[ActionId.REDO].triggered.connect(ctx.undo_stack.redo)
        ctx.undo_stack.canUndoChanged.connect(a[ActionId.UNDO].setEnabled)
        ctx.undo_stack.canRedoChanged.connect(a[ActionId.REDO].setEnabled)
        a[ActionId.UNDO].setEnabled(False)
        a[ActionId.REDO].setEnabled(False)
        self.splitter.setEnabled(True)
        self.refresh_navigator()
        if self.stack.currentWidget() is self.welcome:
            self.welcome.focus_first()

    # -- construction -----------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions_by_id
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action_id in (ActionId.START_PAGE, ActionId.NEW_PROJECT, ActionId.IMPORT_PROJECT,
                          ActionId.EXPORT_PROJECT):
            file_menu.addAction(a[action_id])
        self.recent_menu = QMenu(self.tr("&Recent projects"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        for action_id in (ActionId.SEND_OUT, ActionId.RECEIVE, ActionId.SEND_BACK):
            file_menu.addAction(a[action_id])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.DELETE_PROJECT])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.RESTORE_BACKUP])
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
        project_menu.addSeparator()
        project_menu.addAction(a[ActionId.PREVIEW_NOTICE])
        project_menu.addAction(a[ActionId.PREVIEW_MINUTES])
        project_menu.addAction(a[ActionId.PREVIEW_REPORT])
        project_menu.addSeparator()
        project_menu.addAction(a[ActionId.IMPORT_RESPONSES])
        project_menu.addAction(a[ActionId.PREVIOUS_ROUND])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(a[ActionId.FOCUS_NAVIGATOR])
        view_menu.addAction(a[ActionId.SEARCH])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionId.USER_GUIDE])
        help_menu.addSeparator()
        help_menu.addAction(a[ActionId.ABOUT])
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action_id in (ActionId.NEW_PROJECT, ActionId.NEW_SESSION, ActionId.MEETING_MODE,
                          ActionId.PREVIEW_MINUTES, ActionId.PREVIEW_REPORT, ActionId.UNDO, ActionId.REDO):
            toolbar.addAction(a[action_id])

    def _connect_actions(self) -> None:
        a = self.actions_by_id
        a[ActionId.NEW_PROJECT].triggered.connect(self.new_project_wizard)
        a[ActionId.START_PAGE].triggered.connect(self.show_welcome)
        a[ActionId.IMPORT_PROJECT].triggered.connect(self.import_project)
        a[ActionId.EXPORT_PROJECT].triggered.connect(self.export_project)
        a[ActionId.DELETE_PROJECT].triggered.connect(self.delete_project)
        a[ActionId.SEND_OUT].triggered.connect(self.send_out)
        a[ActionId.RECEIVE].triggered.connect(self.receive)
        a[ActionId.SEND_BACK].triggered.connect(self.send_back)
        a[ActionId.RESTORE_BACKUP].triggered.connect(self.restore_backup)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.NEW_SESSION].triggered.connect(self.new_session)
        for action_id in SELECTION_COMMANDS:
            a[action_id].triggered.connect(lambda _checked=False, i=action_id: self.run_command(i))
        a[ActionId.FOCUS_NAVIGATOR].triggered.connect(lambda: self.navigator.setFocus())
        a[ActionId.SEARCH].setShortcuts([QKeySequence("Ctrl+Shift+F"), QKeySequence(QKeySequence.StandardKey.Find)])
        a[ActionId.SEARCH].triggered.connect(self.show_search)
        a[ActionId.USER_GUIDE].triggered.connect(self.show_user_guide)
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        a[ActionId.SETTINGS].triggered.connect(self.show_settings)

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(S.WINDOW_GEOMETRY)
        if geometry and not geometry.isEmpty() and self.restoreGeometry(geometry):
            screen_fit.keep_within_screen(self)  # saved on a larger screen than this one
        else:
            screen_fit.resize_within_screen(self, 1280, 760)

    # -- navigation ---------------------------------------------------------------------
    def refresh_navigator(self) -> None:
        from samverkan_desktop.services import library_service

        current = self.current_node()
        expanded = self._expanded_nodes()
        projects = library_service.list_projects(self.ctx.library)
        sessions = {p.id: library_service.list_sessions(self.ctx.library, p.uid) for p in projects}
        self.navigator.selectionModel().blockSignals(True)
        self.navigator_model.populate(projects, sessions)
        self.navigator.setVisible(bool(projects))  # no projects: the start page alone, not a blank pane
        for node in expanded:
            item = self.navigator_model.find(node)
            if item is not None:
                self.navigator.expand(item.index())
        self.navigator.selectionModel().blockSignals(False)
        if current is not None:
            self.select_node(current, create=False)
        if not self.navigator.currentIndex().isValid():
            self.show_welcome()  # nothing open: at the start, or the open project is gone

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
        from samverkan_desktop.services import library_service

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
            self.show_welcome()
            self.retention.update(None)
            return
        self._show(node)

    def _show(self, node: Node) -> None:
        if node.section is Section.PROJECT:
            node = Node(Section.DETAILS, node.project_id)
        editor = self.editors.get(node)
        if editor is None:
            from samverkan_desktop.ui.editors.registry import create_editor

            editor = create_editor(self.ctx, node)
            self.editors[node] = editor
            self.stack.addWidget(editor)
            open_session = getattr(editor, "open_session", None)
            if open_session is not None:
                open_session.connect(lambda sid, p=node.project_id: self._open_session(p, sid))
            created = getattr(editor, "session_created", None)
            if created is not None:
                created.connect(lambda sid, p=node.project_id: self._edit_new_session(p, sid))
            if hasattr(editor, "jump_to_entry"):
                editor.jump_to_entry.connect(self.show_entry)
            if hasattr(editor, "erase_requested"):
                editor.erase_requested.connect(self.erase_person)
            if hasattr(editor, "place_chosen"):
                editor.place_chosen.connect(self.go_to)
            if hasattr(editor, "previous_requested"):
                editor.previous_requested.connect(lambda: self.run_command(ActionId.PREVIOUS_ROUND))
        self.stack.setCurrentWidget(editor)
        self.retention.update(node.project_id)
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
        return self.uid_of(RecordKind.PROJECT, project_id)

    def uid_of(self, kind: RecordKind, record_id: int) -> str | None:
        try:
            return str(self.ctx.editor.get(kind, record_id).uid)
        except ServiceError:
            return None

    def _drop_editors(self, project_id: int | None = None, session_id: int | None = None,
                      everything: bool = False) -> None:
        for node in list(self.editors):
            if everything or (project_id is not None and node.project_id == project_id) or (
                    session_id is not None and node.session_id == session_id):
                widget = self.editors.pop(node)
                self.stack.removeWidget(widget)
                widget.deleteLater()

    # -- reacting to edits ----------------------------------------------------------------
    def _saved(self, when: dt.datetime) -> None:
        from samverkan_desktop.ui.disk_status import saved_text  # imported with the library (attach)

        self.save_label.setText(saved_text(when))

    def _library_written(self) -> None:
        """An import, a merge, a restore ... wrote the library: it is saved as an edit is."""
        self._saved(dt.datetime.now())

    def _failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Not saved"))
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def _list_changed(self, kind: str, _parent_id: int, _select: int) -> None:
        if kind in (RecordKind.SESSION, RecordKind.PROJECT):
            if kind == RecordKind.SESSION and _select < 0:
                self._drop_missing_sessions()
            QTimer.singleShot(0, self.refresh_navigator)

    def _record_changed(self, kind: str, _record_id: int) -> None:
        if kind in (RecordKind.PROJECT, RecordKind.SESSION):
            QTimer.singleShot(0, self._relabel)

    def _relabel(self) -> None:
        self.refresh_navigator()
        self.retention.update(self.current_project_id())  # the status may have become final

    def _drop_missing_sessions(self) -> None:
        for node in list(self.editors):
            if node.session_id is not None:
                try:
                    self.ctx.editor.get(RecordKind.SESSION, node.session_id)
                except ServiceError:
                    self._drop_editors(session_id=node.session_id)

    def show_welcome(self) -> None:
        """The start page (Arkiv > Startsida): no project selected, the projects listed."""
        if self.navigator.currentIndex().isValid():
            self.navigator.setCurrentIndex(QModelIndex())  # comes back here through _navigated
            return
        from samverkan_desktop.services import library_service

        recent: list[str] = self.settings.get(S.RECENT_PROJECTS)
        self.welcome.set_projects(library_service.list_projects(self.ctx.library), recent)
        if self.stack.currentWidget() is not self.welcome:
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.focus_first()

    # -- commands ---------------------------------------------------------------------
    def new_project_wizard(self) -> bool:
        """Skapa nytt projekt: the wizard; on Finish the new project is open. False when cancelled."""
        from samverkan_desktop.ui.project_wizard import ProjectWizard

        wizard = ProjectWizard(self.ctx.library, self.ctx.language, self)
        if wizard.exec() != ProjectWizard.DialogCode.Accepted or wizard.project_id is None:
            return False
        self._opened_new(wizard.project_id)
        return True

    def open_demo(self) -> bool:
        """Öppna exempelprojektet: import the bundled demo unless it is there, and open it."""
        from samverkan_desktop.services.demo_project import ensure_demo_project

        try:
            uid = ensure_demo_project(self.ctx.library)
        except ServiceError as exc:
            show_error(self, exc.text(self.ctx.language))
            return False
        self.refresh_navigator()
        return self.open_project(uid)

    def _opened_new(self, project_id: int) -> None:
        self.ctx.undo_stack.clear()  # a new project starts its own history
        self.refresh_navigator()
        uid = self._project_uid(project_id)
        if uid is not None:
            self.open_project(uid)

    def new_project(self) -> None:
        """A blank project, straight into its details (the wizard is ``new_project_wizard``)."""
        row = self.ctx.create(RecordKind.PROJECT, None, self.tr("New project"),
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

    def send_out(self) -> None:
        from samverkan_desktop.ui.collaboration import send_out

        send_out.send_out_with_dialog(self)

    def receive(self) -> None:
        from samverkan_desktop.ui.collaboration import receive

        receive.receive_with_dialog(self)

    def send_back(self) -> None:
        from samverkan_desktop.ui.collaboration import send_out

        send_out.send_back_with_dialog(self)

    def _no_project_hint(self) -> bool:
        from samverkan_desktop.ui import project_commands

        return project_commands.no_project_hint(self)

    def new_session(self) -> None:
        project_id = self.current_project_id()
        if project_id is None:
            self._no_project_hint()
            return
        row = self.ctx.create(RecordKind.SESSION, project_id, self.tr("New session"),
                              {"title": self.tr("New session")})
        if row is not None:
            self._edit_new_session(project_id, row.id)

    def _edit_new_session(self, project_id: int, session_id: int) -> None:
        """Open a session created a moment ago with its title selected, ready to type over."""
        self._open_session(project_id, session_id)
        details = getattr(self.editors.get(Node(Section.SESSION, project_id, session_id)), "details", None)
        if details is not None:
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
            section = {"mandate": Section.MANDATES, "question": Section.QUESTIONS,
                       "report": Section.REPORT}.get(hit.kind, Section.DETAILS)
            self.select_node(Node(section, project_id))
        self.activateWindow()

    def go_to(self, place: object, project_id: int | None = None) -> bool:
        """Go where a missing thing of the report is fixed (a ``readiness.Place``): a report text or
        the names, a mandate's assessment, an improvement area, a session."""
        project_id = project_id if project_id is not None else self.current_project_id()
        section, record = getattr(place, "section", None), getattr(place, "record_id", None)
        if project_id is None or section is None:
            return False
        if section == "session" and record is not None:
            self._open_session(project_id, record)
            return True
        target = {"report": Section.REPORT, "assessment": Section.ASSESSMENT, "tag": Section.TAGS}.get(section)
        if target is None or not self.select_node(Node(target, project_id)):
            return False
        editor: Any = self.editors.get(Node(target, project_id))
        if section == "report" and hasattr(editor, "show_place"):
            editor.show_place(place)
        elif section == "assessment" and record is not None and hasattr(editor, "select_mandate"):
            editor.select_mandate(record)
        elif section == "tag" and record is not None and hasattr(editor, "reload"):
            editor.reload(record)
        self.activateWindow()
        return True

    def show_entry(self, entry_id: int) -> bool:
        """Jump to an entry: open its session's editor, which shows and selects it."""
        try:
            entry = self.ctx.editor.get(RecordKind.ENTRY, entry_id)
            session = self.ctx.editor.get(RecordKind.SESSION, int(entry.parent_id or 0))
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

    def run_command(self, action_id: ActionId) -> None:
        """One of the Project menu's commands on the selection (``project_commands.COMMANDS``,
        imported on first use: it brings the report and the services)."""
        from samverkan_desktop.ui import project_commands

        project_commands.COMMANDS[action_id](self)

    def open_meeting(self, session_id: int, full_screen: bool = False,  # type: ignore[no-untyped-def]
                     shown: MeetingWindow | None = None):
        """Open meeting mode on a session, with the cursor in the entry editor (None, after saying why,
        for a session that is no meeting); ``shown`` is a meeting window already shown before the
        library was open (``--meeting``), filled in now."""
        from samverkan_desktop.services.minutes import ensure_meeting
        from samverkan_desktop.ui.meeting.window import MeetingWindow

        try:
            ensure_meeting(self.ctx.library, session_id)  # written answers from a survey are no meeting
        except ServiceError as error:
            if shown is not None:  # its caller keeps what was typed in it (app._open_meeting)
                raise
            show_error(self, error.text(self.ctx.language))
            return None
        self.flush_editors()
        existing = self.meetings.get(session_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        if shown is not None:
            shown.attach(self.ctx, session_id)
        window = shown or MeetingWindow(self.ctx, session_id)
        self.meetings[session_id] = window
        window.closed.connect(lambda: self.meetings.pop(session_id, None))
        if shown is None:
            window.present(full_screen)
        return window

    def import_project(self) -> Task[Any] | None:
        from samverkan_desktop.ui import project_files

        return project_files.ask_and_import(self, self.runner)

    def import_project_from(self, path: Path) -> Task[Any]:
        """Import a project file or a .samverkan archive in the background; asks before replacing a project."""
        from samverkan_desktop.ui import project_files

        return project_files.import_file(self, path, self.runner)

    def export_project(self) -> Task[Any] | None:
        from samverkan_desktop.ui import project_files

        project_id = self.current_project_id()
        uid = self._project_uid(project_id) if project_id is not None else None
        if uid is None:
            self._no_project_hint()
            return None
        return project_files.ask_and_export(self, uid, self.runner)

    def erase_person(self, person_id: int) -> Task[Any]:
        """Erase a person's personal data, after the user confirms (ui/erase_person.py)."""
        from samverkan_desktop.ui.erase_person import erase_person_with_confirmation

        return erase_person_with_confirmation(self, person_id, lambda _result: self._select_person(person_id),
                                              self.runner)

    def _select_person(self, person_id: int) -> None:
        """Show the (anonymised) person where the named one was, in the people list shown now."""
        people = getattr(self.stack.currentWidget(), "people", None)
        if people is not None:
            people.set_filter(people.filter, select_id=person_id)

    # -- the Workspace (ui/workspace.py) ------------------------------------------------
    def flush_editors(self) -> None:
        from samverkan_desktop.ui.binding import flush_pending

        for editor in self.editors.values():
            flush_pending(editor)

    def close_meetings(self, project_id: int | None = None) -> bool:
        from samverkan_desktop.services import library_service

        sessions = None if project_id is None else {
            s.id for s in library_service.sessions_of_project(self.ctx.library, project_id)}
        for session_id, meeting in list(self.meetings.items()):
            if (sessions is None or session_id in sessions) and not meeting.close():
                return False
        return True

    def reload(self, project_id: int | None = None) -> None:
        self.ctx.undo_stack.clear()  # its commands hold rows of the content that was replaced
        if project_id is None and self.search_dialog is not None:
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        current = self.current_node()
        if project_id is None:
            self._drop_editors(everything=True)
        else:
            self._drop_editors(project_id=project_id)
        self.refresh_navigator()
        if current is not None and (project_id is None or current.project_id == project_id):
            self.select_node(current)

    def current_project(self) -> tuple[int, str] | None:
        project_id = self.current_project_id()
        uid = self._project_uid(project_id) if project_id is not None else None
        return None if project_id is None or uid is None else (project_id, uid)

    def show_status(self, message: str, timeout_ms: int = STATUS_MESSAGE_MS) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def delete_project(self) -> None:
        project_id = self.current_project_id()
        if project_id is None:
            return
        row = self.ctx.editor.get(RecordKind.PROJECT, project_id)
        if not confirm(self, self.tr("Delete project"),
                       self.tr("Delete the project “%1” and everything recorded in it? "
                               "You can undo this with Ctrl+Z until you close the app.")
                       .replace("%1", row["title"]), self.tr("Delete project")):
            return
        self._drop_editors(project_id=project_id)
        self.ctx.delete(row, self.tr("Delete project"))
        self.refresh_navigator()

    def restore_backup(self) -> Task[Any] | None:
        from samverkan_desktop.ui.restore_dialog import restore_with_dialog

        return restore_with_dialog(self, self.runner)

    def _fill_recent(self) -> None:
        from samverkan_desktop.services import library_service

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
        self.retention.update(self.current_project_id())

    def show_user_guide(self) -> UserGuideWindow:
        """Hjälp > Användarguide (F1): the guide, at the chapter of the screen in front."""
        from samverkan_desktop.ui.user_guide import UserGuideWindow, chapter_for

        if self.user_guide is None:
            self.user_guide = UserGuideWindow(self)
        self.user_guide.show()
        self.user_guide.raise_()
        self.user_guide.activateWindow()
        self.user_guide.show_chapter(chapter_for(self.current_node()))  # once laid out at its width
        return self.user_guide

    def show_about(self) -> None:
        from samverkan_desktop.ui.about import show_about

        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.attached:  # closed before the library was open: nothing to keep
            super().closeEvent(event)
            return
        self.flush_editors()
        if not self.ctx.retry_unsaved() and not confirm(
                self, self.tr("Not everything is saved"),
                self.tr("Some of what you typed cannot be saved right now (see the red bar). If you quit, "
                        "it is lost. Quit anyway?"), self.tr("Quit without saving")):
            event.ignore()
            return
        self.save_window_settings()
        super().closeEvent(event)

    def save_window_settings(self) -> None:
        """The window's place and size, and every setting, to disk (at close and at a log-off)."""
        self.settings.set(S.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.sync()
