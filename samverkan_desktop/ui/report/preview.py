"""Förhandsgranska: a built PDF shown with QtPdf, with page navigation, zoom, save and print.

The window holds the PDF bytes it was given and nothing else: "Spara som PDF…" writes
exactly those bytes (atomically; a failure leaves the window as it was) and
"Skriv ut…" prints them (see ``printing``). Given a ``WordExport``, "Spara som Word…"
builds the same document as a Word file in the background (through the job runner,
with progress and Cancel) and writes it atomically. Pages scroll continuously; PgUp/PgDn go a
page back or forward, Ctrl+Home/Ctrl+End to the first/last page, Ctrl++/Ctrl+- zoom.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QSpinBox, QStyle, QToolBar, QToolButton, QWidget

from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.files import write_bytes_atomically
from samverkan_desktop.ui.dialogs import show_error
from samverkan_desktop.ui.jobs import Progress, Runner, Task, run_job
from samverkan_desktop.ui.report import printing
from samverkan_desktop.ui.report.pdf_source import is_ready, open_pdf

STATUS_MESSAGE_MS = 6000
#: zoom steps of Ctrl++ / Ctrl+-
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


@dataclass(frozen=True)
class WordExport:
    """How the previewed document is built as a Word file, and the file name suggested for it."""

    build: Callable[[Progress], bytes]
    file_name: str


class PreviewWindow(QMainWindow):
    """One built document; ``saved`` (PDF or Word file) and ``printed`` say what became of it."""

    saved = Signal(Path)
    printed = Signal(int)

    def __init__(self, pdf: bytes, title: str, suggested_name: str, *, language: str = "sv",
                 runner: Runner | None = None, parent: QWidget | None = None,
                 word: WordExport | None = None) -> None:
        super().__init__(parent)
        self.word = word
        self.word_task: Task[Path] | None = None
        self.setObjectName("previewWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Preview – %1").replace("%1", title))
        self.pdf, self.title, self.suggested_name = pdf, title, suggested_name
        self.language, self.runner = language, runner
        self.print_task: Task[int] | None = None
        self._pending_page: int | None = None
        self.document = open_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCentralWidget(self.view)
        self.page_count = self.document.pageCount() if is_ready(self.document) else 0
        self._build_toolbar()
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self._show_page(self.navigator.currentPage())
        self._show_zoom()
        self.view.viewport().installEventFilter(self)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        height = round(screen.height() * 0.9)
        self.resize(min(round(screen.width() * 0.9), max(800, round(height * 0.9))), height)

    # -- building ------------------------------------------------------------------
    def _action(self, text: str, tip: str, slot: Callable[[], object], shortcuts: list[QKeySequence.StandardKey | str],
                icon: QStyle.StandardPixmap | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip + "".join(f" ({QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)})"
                                        for s in shortcuts[:1]))
        action.setStatusTip(tip)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            bindings = (QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                        else [QKeySequence(shortcut)])
            keys += [key for key in bindings if key not in keys]  # a standard key may repeat another
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        std, px = QKeySequence.StandardKey, QStyle.StandardPixmap
        bar = QToolBar(self.tr("Preview"), self)
        bar.setObjectName("previewToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        self.save_action = self._action(self.tr("Save as PDF…"), self.tr("Save the document as a PDF file"),
                                        self.save_as, [std.Save], px.SP_DialogSaveButton, "savePdf")
        self.print_action = self._action(self.tr("Print…"), self.tr("Print the document"),
                                         self.print_document, [std.Print], name="printPdf")
        self.save_word_action = self._action(self.tr("Save as Word…"),
                                             self.tr("Save the document as a Word file (.docx) to edit it"),
                                             self.save_word, ["Ctrl+Shift+S"], name="saveWord")
        bar.addAction(self.save_action)
        if self.word is not None:
            bar.addAction(self.save_word_action)
        else:
            self.save_word_action.setEnabled(False)
        bar.addAction(self.print_action)
        bar.addSeparator()
        self.first_action = self._action(self.tr("First page"), self.tr("Go to the first page"),
                                         self.first_page, ["Ctrl+Home"], px.SP_MediaSkipBackward, "firstPage")
        self.prev_action = self._action(self.tr("Previous page"), self.tr("Go to the previous page"),
                                        self.previous_page, ["PgUp"], px.SP_ArrowUp, "previousPage")
        self.page_box = QSpinBox()
        self.page_box.setObjectName("pageNumber")
        self.page_box.setRange(1, max(1, self.page_count))
        before, _, after = self.tr("Page %1 of %2").partition("%1")
        self.page_box.setPrefix(before)
        self.page_box.setSuffix(after.replace("%2", str(self.page_count)))
        self.page_box.setKeyboardTracking(False)
        self.page_box.setToolTip(self.tr("Type a page number and press Enter"))
        self.page_box.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        self.next_action = self._action(self.tr("Next page"), self.tr("Go to the next page"),
                                        self.next_page, ["PgDown"], px.SP_ArrowDown, "nextPage")
        self.last_action = self._action(self.tr("Last page"), self.tr("Go to the last page"),
                                        self.last_page, ["Ctrl+End"], px.SP_MediaSkipForward, "lastPage")
        for action in (self.first_action, self.prev_action):
            bar.addAction(action)
        bar.addWidget(self.page_box)
        for action in (self.next_action, self.last_action):
            bar.addAction(action)
        for action in (self.first_action, self.prev_action, self.next_action, self.last_action):
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addSeparator()
        self.zoom_out_action = self._action(self.tr("−"), self.tr("Zoom out"), self.zoom_out,
                                            [std.ZoomOut, "Ctrl+-"], name="zoomOut")
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_action = self._action(self.tr("+"), self.tr("Zoom in"), self.zoom_in,
                                           [std.ZoomIn, "Ctrl+="], name="zoomIn")
        self.fit_width_action = self._action(self.tr("Fit width"), self.tr("Fit the page width to the window"),
                                             self.fit_width, ["Ctrl+2"], name="fitWidth")
        self.fit_page_action = self._action(self.tr("Whole page"), self.tr("Show the whole page"),
                                            self.fit_page, ["Ctrl+1"], name="fitPage")
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_width_action)
        bar.addAction(self.fit_page_action)
        self.close_action = self._action(self.tr("Close"), self.tr("Close the preview"), self.close,
                                         [std.Close, "Esc"], name="closePreview")
        for widget in (self.save_action, self.print_action, self.page_box, bar):
            widget.setEnabled(self.page_count > 0)
        self.save_word_action.setEnabled(self.word is not None and self.page_count > 0)

    # -- navigation ----------------------------------------------------------------
    def current_page(self) -> int:
        """0-based index of the page in view (or about to be, after a zoom or resize)."""
        return self.navigator.currentPage() if self._pending_page is None else self._pending_page

    def go_to_page(self, page: int) -> None:
        if self.page_count == 0:
            return
        page = min(max(page, 0), self.page_count - 1)
        if self._pending_page is not None:  # the pages are being laid out anew: go there afterwards
            self._pending_page = page
        else:
            self._scroll_to(page)
        self._show_page(page)

    def _scroll_to(self, page: int) -> None:
        """Put the top of ``page`` at the top of the view."""
        zoom = self.navigator.currentZoom()
        if self.page_count == 1:
            self.view.verticalScrollBar().setValue(0)
            return
        if self.navigator.currentPage() == page:
            # the navigator ignores a jump to the page it thinks is current, but after a zoom
            # or resize the view may show another one: make it think otherwise first
            self.navigator.update(page + 1 if page + 1 < self.page_count else page - 1, QPointF(), zoom)
        self.navigator.jump(page, QPointF(), zoom)

    def first_page(self) -> None:
        self.go_to_page(0)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def last_page(self) -> None:
        self.go_to_page(self.page_count - 1)

    def _show_page(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        last = self.page_count - 1
        for action, enabled in ((self.first_action, page > 0), (self.prev_action, page > 0),
                                (self.next_action, page < last), (self.last_action, page < last)):
            action.setEnabled(enabled)

    # -- zoom ----------------------------------------------------------------------
    def zoom(self) -> float:
        """The zoom in effect (1.0: the page at its real size on screen), in fit modes too."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count == 0:
            return self.view.zoomFactor()
        # as QPdfView lays pages out: points at the screen's logical dpi, inside the document margins
        size = self.document.pagePointSize(self.current_page()) * (self.view.logicalDpiX() / 72)
        margins, viewport = self.view.documentMargins(), self.view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / size.width()
        if mode == QPdfView.ZoomMode.FitToWidth:
            return width
        return min(width, (viewport.height() - margins.top() - margins.bottom()) / size.height())

    def zoom_in(self) -> None:
        factor = self.zoom()
        self._set_zoom(QPdfView.ZoomMode.Custom,
                       next((step for step in ZOOM_STEPS if step > factor + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        factor = self.zoom()
        self._set_zoom(QPdfView.ZoomMode.Custom,
                       next((step for step in reversed(ZOOM_STEPS) if step < factor - 0.001), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self._set_zoom(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self._set_zoom(QPdfView.ZoomMode.FitInView)

    def _set_zoom(self, mode: QPdfView.ZoomMode, factor: float | None = None) -> None:
        page = self.current_page()  # the same page stays in view, whatever the new page height
        self.view.setZoomMode(mode)
        if factor is not None:
            self.view.setZoomFactor(factor)
        if self.page_count:
            self._keep_page(page)  # once the view has laid the pages out anew
        self._show_zoom()

    def _show_zoom(self, *_args: object) -> None:
        mode = self.view.zoomMode()
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(f"{round(self.zoom() * 100)} %")
        self.zoom_in_action.setEnabled(self.page_count > 0 and self.zoom() < ZOOM_STEPS[-1] - 0.001)
        self.zoom_out_action.setEnabled(self.page_count > 0 and self.zoom() > ZOOM_STEPS[0] + 0.001)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # seen before the view relays its pages out: in a fit mode the page heights change with the
        # window, so the page in view is noted now and brought back afterwards
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            if self.view.zoomMode() != QPdfView.ZoomMode.Custom and self.page_count:
                self._keep_page(self.current_page())
            QTimer.singleShot(0, self, self._show_zoom)
        return super().eventFilter(watched, event)

    def _keep_page(self, page: int) -> None:
        """Bring ``page`` back into view once the view has laid its pages out anew."""
        if self._pending_page is None:
            QTimer.singleShot(0, self, self._restore_page)
        self._pending_page = page

    def _restore_page(self) -> None:
        page, self._pending_page = self._pending_page, None
        if page is not None:
            self._scroll_to(page)
            self._show_page(page)

    # -- save and print ------------------------------------------------------------
    def ask_save_path(self, word: bool = False) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.word.file_name if word and self.word is not None else self.suggested_name
        if word:
            dialog = QFileDialog(self, self.tr("Save as Word"), str(Path(folder) / name),
                                 self.tr("Word documents (*.docx)"))
        else:
            dialog = QFileDialog(self, self.tr("Save as PDF"), str(Path(folder) / name), self.tr("PDF files (*.pdf)"))
        dialog.setObjectName("saveWordDialog" if word else "savePdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("docx" if word else "pdf")
        dialog.selectFile(str(Path(folder) / name))
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def save_as(self) -> None:
        path = self.ask_save_path()
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the PDF to ``path``; on failure say why and keep the preview as it is."""
        try:
            write_bytes_atomically(self.pdf, path)
        except ServiceError as exc:
            show_error(self, exc.text(self.language))
            return False
        self.statusBar().showMessage(self.tr("Saved as %1").replace("%1", str(path)), STATUS_MESSAGE_MS)
        self.saved.emit(path)
        return True

    def save_word(self) -> None:
        path = self.ask_save_path(word=True)
        if path is not None:
            self.save_word_to(path)

    def save_word_to(self, path: Path) -> Task[Path] | None:
        """Build the Word file in the background and write it to ``path``; a failure is said, nothing half-written."""
        word = self.word
        if word is None or (self.word_task is not None and self.word_task.state == "running"):
            return None

        def job(progress: Progress) -> Path:
            write_bytes_atomically(word.build(progress), path)
            return path

        def done(saved: Path) -> None:
            self.statusBar().showMessage(self.tr("Saved as %1").replace("%1", str(saved)), STATUS_MESSAGE_MS)
            self.saved.emit(saved)

        self.word_task = run_job(self, self.tr("Writing the Word file…"), job, done, language=self.language,
                                 runner=self.runner)
        return self.word_task

    def print_document(self) -> None:
        if self.print_task is not None and self.print_task.state == "running":
            return
        self.print_task = printing.print_with_dialog(
            self, self.pdf, self.title, self.page_count, self.current_page(), self._printed,
            language=self.language, runner=self.runner)

    def _printed(self, sheets: int) -> None:
        self.statusBar().showMessage(self.tr("Sent %n page(s) to the printer.", "", sheets), STATUS_MESSAGE_MS)
        self.printed.emit(sheets)

    def closeEvent(self, event: QCloseEvent) -> None:
        for task in (self.print_task, self.word_task):
            if task is not None and task.state == "running":
                task.cancel()
        super().closeEvent(event)
