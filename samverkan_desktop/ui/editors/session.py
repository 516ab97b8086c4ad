"""One session (dialogtillfälle): its details, attendance, agenda, and entries with their
tagging, each on a tab.

Written answers (skriftliga svar, imported from a survey) have no attendance and no agenda:
those tabs are hidden for them. An adjusted session (justerat protokoll) is locked: every tab
turns read-only, its fields look read-only, and a banner says why and how to reopen the minutes
(its button here, or Ctrl+J in meeting mode). The rule itself is ``domain.rules.is_read_only``;
the editor follows the session's status as it changes (for example when the minutes are
adjusted).
Ctrl+PgUp and Ctrl+PgDown (and Qt's own Ctrl+Tab) move between the tabs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.domain.rules import is_read_only
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.agenda import AgendaTab
from samverkan_desktop.ui.editors.attendance import AttendanceTab
from samverkan_desktop.ui.editors.session_details import SessionDetailsTab
from samverkan_desktop.ui.read_only_look import install as install_read_only_look
from samverkan_desktop.ui.read_only_look import refresh as refresh_read_only_look
from samverkan_desktop.ui.reopen_minutes import reopen_minutes
from samverkan_desktop.ui.tagging.review_view import ReviewView

BANNER_STYLE = ("QFrame#lockedBanner { background: palette(tooltip-base); border: 1px solid palette(mid); "
                "border-radius: 4px; } QLabel#lockedText { color: palette(tooltip-text); font-weight: 600; }")


class _AllBinders:
    def __init__(self, binders: tuple[FormBinder, ...]) -> None:
        self.binders = binders

    def flush(self) -> None:
        for binder in self.binders:
            binder.flush()


class SessionEditor(QWidget):
    def __init__(self, ctx: EditContext, project_id: int, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id, self.session_id = ctx, project_id, session_id
        self.read_only = False
        self._applied = False

        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the session title: never markup
        # a title without spaces (a pasted URL) cannot wrap: let it be cut rather than widen the window
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.banner = self._locked_banner()
        self.written_note = QLabel(self.tr("Written answers from employees, imported from a survey. Each answer is "
                                           "attributed to its group, never to a person; tag them as any entry. "
                                           "They are no meeting: no meeting mode, no minutes."))
        self.written_note.setObjectName("editorIntro")
        self.written_note.setWordWrap(True)

        self.details = SessionDetailsTab(ctx, session_id)
        self.attendance = AttendanceTab(ctx, project_id, session_id)
        self.agenda = AgendaTab(ctx, project_id, session_id)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.attendance, self.tr("&Attendance"))
        self.tabs.addTab(self.agenda, self.tr("A&genda"))
        self.review = ReviewView(ctx, project_id, session_id)
        self.tabs.addTab(self.review, self.tr("&Entries and tagging"))
        for tab in (self.details, self.attendance, self.agenda):
            install_read_only_look(tab)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):  # QTabWidget itself only knows Ctrl+Tab
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_tab(step))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.written_note)
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _locked_banner(self) -> QFrame:
        """Says the minutes are locked, and how and where to reopen them."""
        banner = QFrame()
        banner.setObjectName("lockedBanner")
        banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel(self.tr(
            "The minutes are adjusted and locked. To correct something, reopen them: with the button here, "
            "or with Ctrl+J in meeting mode (F5). Reopened minutes must be adjusted again."))
        self.banner_text.setObjectName("lockedText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(self.tr("Locked"))
        self.reopen_button = QPushButton(self.tr("&Reopen the minutes…"))
        self.reopen_button.setObjectName("reopenMinutes")
        self.reopen_button.setToolTip(self.tr("Unlock the minutes for changes; the reopening is recorded"))
        self.reopen_button.clicked.connect(lambda: reopen_minutes(self, self.ctx, self.session_id))
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.reopen_button)
        return banner

    def step_tab(self, step: int) -> None:
        """Go to the next (1) or previous (-1) tab, wrapping around."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    @property
    def binder(self) -> _AllBinders:
        """Every form's binder as one (the main window flushes ``editor.binder`` on close)."""
        return _AllBinders((self.details.binder, self.agenda.agenda.binder, self.agenda.notes.binder,
                            self.review.binder))

    def show_entry(self, entry_id: int) -> bool:
        """Go to the entries tab and select the entry (a jump from search or evidence)."""
        self.tabs.setCurrentWidget(self.review)
        return self.review.show_entry(entry_id)

    def refresh(self) -> None:
        """Show the session's title and lock state as they are stored now."""
        try:
            row = self.ctx.editor.get(RecordKind.SESSION, self.session_id)
        except ServiceError:
            return  # deleted; the main window drops this editor
        self.heading.setText(row["title"])
        written = str(getattr(row["kind"], "value", row["kind"])) == "written_answers"
        for tab in (self.attendance, self.agenda):  # written answers have no attendance and no agenda
            self.tabs.setTabVisible(self.tabs.indexOf(tab), not written)
        self.written_note.setVisible(written)
        locked = is_read_only(row["status"])
        if locked != self.read_only or not self._applied:
            self.set_read_only(locked)

    def set_read_only(self, read_only: bool) -> None:
        self._applied = True
        self.read_only = read_only
        self.banner.setVisible(read_only)
        self.details.set_read_only(read_only)
        self.attendance.set_read_only(read_only)
        self.agenda.set_read_only(read_only)
        self.review.set_read_only(read_only)
        for tab in (self.details, self.attendance, self.agenda):
            refresh_read_only_look(tab)

    def _on_changed(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.SESSION and record_id == self.session_id:
            self.refresh()
