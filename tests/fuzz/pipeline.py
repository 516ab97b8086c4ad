"""One fuzz example end to end: import -> every screen's model -> search -> both PDFs -> export.

``run_example`` is what the suite test (tests/fuzz/test_hostile_input.py) and the soak
(benchmarks/fuzz_soak.py) both do with a hostile document: it returns "refused" or
"imported" and raises AssertionError (or whatever broke) on any failure.
"""

from __future__ import annotations

import functools
import json
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

import samverkan_desktop.ui  # noqa: F401 - installs the PySide6 workaround first
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.blocks import parse_blocks
from samverkan_desktop.report.fonts import covers
from samverkan_desktop.report.options import ReportOptions, Section
from samverkan_desktop.report.text import clean
from samverkan_desktop.services import library_service
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.reports import build_minutes_pdf, build_report_docx, build_report_pdf
from samverkan_desktop.services.search import search
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.registry import create_editor
from samverkan_desktop.ui.meeting.window import MeetingWindow
from samverkan_desktop.ui.models.navigator import NavigatorModel, NodeRole
from samverkan_desktop.ui.report.pdf_source import open_pdf
from samverkan_desktop.ui.search.search_dialog import SearchDialog
from tests.report.conftest import page_texts, squeeze
from tests.report.test_robustness import _printable, _rtl
from tests.report.test_text import _no_images

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
         Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.DecorationRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
         Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.SizeHintRole,
         Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2)


def read_model(model: QAbstractItemModel, parent: QModelIndex | None = None) -> int:
    """Read every role of every cell (children too) and the headers; the number of cells read."""
    parent = parent if parent is not None else QModelIndex()
    cells = 0
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)  # PySide hides it
    if not parent.isValid():
        for orientation, count in ((Qt.Orientation.Horizontal, columns),
                                   (Qt.Orientation.Vertical, min(model.rowCount(parent), 50))):
            for section in range(count):
                for role in ROLES:
                    model.headerData(section, orientation, role)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ROLES:
                model.data(index, role)
            model.flags(index)
            cells += 1
        first = model.index(row, 0, parent)
        if not isinstance(model, QAbstractListModel) and model.rowCount(first) > 0:
            cells += read_model(model, first)
    return cells


#: the models of the screens, which every example must have read
SCREEN_MODELS = {"NavigatorModel", "RowListModel", "SessionTableModel", "AttendanceModel", "TagTreeModel",
                 "ActionsTableModel", "EvidenceModel", "MatrixModel", "EntriesModel"}


def read_screen(widget: QWidget, seen: set[str]) -> int:
    """Read every item view's model in a screen and paint it once (delegates included)."""
    cells = 0
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            cells += read_model(model)
            while isinstance(model, QAbstractProxyModel):
                model = model.sourceModel()
            seen.add(type(model).__name__)
    for label in widget.findChildren(QLabel):
        assert not shows_as_html(label.text(), label.textFormat()), (label.objectName(), label.text()[:200])
    widget.resize(1000, 700)
    widget.grab()
    return cells


def shows_as_html(text: str, text_format: Qt.TextFormat) -> bool:
    """Whether a label would render a user's markup: the app's own rich text never holds an image."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    return rich and any(tag in text for tag in ("<img", "<script", "<table", "<qt>", "<html"))


def _flush() -> None:
    """Deliver posted events, then delete the closed screens now.

    ``sendPostedEvents(None, 0)`` leaves DeferredDelete out: without the second call every
    example left its dozen screens (some 1,000 widgets) alive, and the next test's event
    loop spent more than 30 s deleting the 300 examples' screens.
    """
    QCoreApplication.sendPostedEvents(None, 0)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def check_screens(library: Library, uid: str, query: str) -> None:
    """Every screen the navigator leads to, each session's meeting window, and a search."""
    ctx = EditContext(library, "sv")
    navigator = NavigatorModel()
    projects = library_service.list_projects(library)
    navigator.populate(projects, {p.id: library_service.list_sessions(library, p.uid) for p in projects})
    assert read_model(navigator) > 0
    nodes = []

    def walk(parent: QModelIndex) -> None:
        for row in range(navigator.rowCount(parent)):
            index = navigator.index(row, 0, parent)
            if index.data(NodeRole) is not None:
                nodes.append(index.data(NodeRole))
            walk(index)

    walk(QModelIndex())
    screens: list[QWidget] = []
    seen = {"NavigatorModel"}
    try:
        for node in nodes:
            screen = create_editor(ctx, node)
            screens.append(screen)
            read_screen(screen, seen)
            select_all_tags(screen)
            if node.session_id is not None:
                meeting = MeetingWindow(ctx, node.session_id)
                screens.append(meeting)
                read_screen(meeting, seen)
        dialog = SearchDialog(ctx)
        screens.append(dialog)
        dialog.field.setText(query)
        dialog.open_for(projects[0].id)
        labels = dialog.kind_labels()
        for hit in dialog.hits:
            html = dialog._hit_html(hit, labels)
            assert "<img" not in html and "<a " not in html and "<script" not in html, html
        read_screen(dialog, seen)
        for hit in search(library, uid, query):  # the plain service, default marks
            assert isinstance(hit.snippet, str)
        assert seen >= SCREEN_MODELS, SCREEN_MODELS - seen
    finally:
        for screen in screens:
            screen.close()
            screen.deleteLater()
        navigator.deleteLater()
        _flush()


def select_all_tags(screen: QWidget) -> None:
    """In the analysis view: show the evidence of each tag (the evidence table is filled on demand)."""
    from samverkan_desktop.ui.analysis.evidence_panel import EvidencePanel

    for panel in screen.findChildren(EvidencePanel):
        for tag_id in list(panel.tags):
            panel.select_tag(tag_id)
            read_model(panel.model)


def _visible(text: str) -> str:
    """The text as compared: compatibility forms folded, without marks and invisible characters.

    PDFium reads the "ﬁ" ligature as "fi" and "´" as a combining accent (NFKD folds both
    sides alike). It leaves out a combining mark after a space and does not join a mark to
    a letter across a line break, so marks (Mn) are left out; so are invisible format
    characters (Cf), which have no place of their own in a text layer, and U+FFFD, which
    PDFium uses for "unknown" and drops. It reports a hyphen at a line end as U+FFFE and
    reads "¼" as "1/4" where NFKD has a fraction slash.
    """
    folded = unicodedata.normalize("NFKD", "".join(text.split()).replace("\ufffe", "-")).replace("\u2044", "/")
    return "".join(ch for ch in folded if ch != "\ufffd" and unicodedata.category(ch) not in ("Mn", "Cf"))


def found(expected_source: str, pdf_text: str) -> bool:
    """The printable characters of a source text are in the PDF text.

    Text with right-to-left letters or bidi controls (U+200F...) comes back from the text
    layer in another order, the neutral characters around them (``&#;`` spaces, digits)
    move with them and PDFium mirrors brackets in a right-to-left run ("<" reads as ">"):
    such text is compared as a multiset with mirrored pairs as one, any other text in order.
    A soft hyphen where a line breaks prints as "-": with soft hyphens in the source,
    hyphens are left out of the comparison.
    Invisible format characters (U+FEFF, joiners, bidi marks) have no place of their own in
    the text layer (an extractor may put one before its neighbour): they are left out too.
    What is printable is what the regular face has; a character only the bold face has
    (U+1D5D9) prints in a bold heading, so characters the regular face lacks are left out of
    the PDF text as well as of the source.
    """
    expected = squeeze(_visible(_printable(expected_source)))  # folding may make spaces ("´" is " ́")
    have = _comparable(pdf_text)
    if "\u00ad" in expected_source:
        expected, have = expected.replace("-", ""), have.replace("-", "")
    if _rtl(expected) or _BIDI_CONTROLS.intersection(expected_source):
        return not Counter(expected.translate(_MIRRORED)) - Counter(have.translate(_MIRRORED))
    return expected in have


@functools.lru_cache(maxsize=8)  # one PDF's text is compared with many sources
def _comparable(pdf_text: str) -> str:
    # NUL: a glyph the font lacks; U+FFFE: PDFium's line-end hyphen, which _visible reads as "-"
    return squeeze(_visible("".join(ch for ch in pdf_text if ch == "\ufffe" or covers(ch))))


_BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MIRRORED = str.maketrans(">)]}»›", "<([{«‹")


def pdf_text(pdf: bytes) -> str:
    """The text of every page as PDFium (QtPdf, the app's own preview) extracts it.

    About ten times as fast as pypdf on these documents, which re-reads every font at each
    use of a form XObject; that speed is what lets the suite run hundreds of examples.
    """
    # as the preview opens it (the app keeps PDFium started: a restart per PDF used up the
    # process's memory mappings at about 1,750 soak examples)
    document = open_pdf(pdf)
    try:
        assert document.status() == QPdfDocument.Status.Ready, document.error()
        return "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    finally:
        document.close()


class PrintedText:
    """What a PDF's text layer holds, read by PDFium and, only when PDFium misses a text, by pypdf.

    Each extractor drops or reorders something the other reads (PDFium drops an emoji after
    a right-to-left run; pypdf moves "&" behind a following U+FEFF): a text counts as
    missing only when neither finds it, which is what a missing text means.
    """

    def __init__(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.pdfium = pdf_text(pdf)
        self._pypdf: str | None = None

    def has(self, source: str) -> bool:
        if found(source, self.pdfium):
            return True
        if self._pypdf is None:
            self._pypdf = "".join(page_texts(self.pdf))
        return found(source, self._pypdf)


def check_pdfs(library: Library, document: dict[str, Any], options: ReportOptions) -> None:
    """The report (with the drawn settings) and each session's minutes: no image, the texts found again."""
    uid = document["project"]["id"]
    report = build_report_pdf(library, uid, options)
    assert _no_images(report)
    text = PrintedText(report)
    for section, key in ((Section.SUMMARY, "summary"), (Section.CONCLUSIONS, "conclusions")):
        if section in options.sections:  # printed by the plain-text convention: list markers become bullets
            for block in parse_blocks(document["project"][key]):
                for item in block.items:
                    assert text.has(item), (key, ascii(item))
    appendix = options.minutes_appendix and Section.APPENDICES in options.sections
    for session in document["sessions"]:
        minutes = build_minutes_pdf(library, uid, session["id"])
        assert _no_images(minutes)
        in_appendix = appendix and session.get("kind") != "written_answers"  # a survey's answers are no minutes
        for where, printed in (("minutes", PrintedText(minutes)), ("report", text if in_appendix else None)):
            for item in session["agenda"] if printed is not None else ():
                assert printed.has(item["title"]), (where, "agenda title", ascii(item["title"]))


def check_word(library: Library, document: dict[str, Any], options: ReportOptions) -> None:
    """The report as a Word file opens in python-docx and holds the summary and conclusions as typed."""
    import io

    import docx

    word = docx.Document(io.BytesIO(build_report_docx(library, document["project"]["id"], options)))
    text = squeeze("".join(t.text or "" for t in word.element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
    for section, key in ((Section.SUMMARY, "summary"), (Section.CONCLUSIONS, "conclusions")):
        if section in options.sections and document["project"].get(key, "").strip():
            assert squeeze(clean(document["project"][key])) in text, (key, ascii(document["project"][key]))


def run_example(document: dict[str, Any], query: str, options: ReportOptions) -> str:
    """The whole pipeline for one document: "refused" (a clean Swedish refusal) or "imported"."""
    # a library on disk: the meeting window writes from a thread of its own
    with tempfile.TemporaryDirectory() as folder:
        return _run(open_library(DataPaths(Path(folder))), document, query, options)


def _run(library: Library, document: dict[str, Any], query: str, options: ReportOptions) -> str:
    try:
        try:
            import_document(library, json.loads(json.dumps(document)))
        except ServiceError as refusal:
            message = refusal.text("sv")
            assert message and message.strip(), "a refusal without a message"
            return "refused"
        uid = document["project"]["id"]
        check_screens(library, uid, query)
        check_pdfs(library, document, options)
        check_word(library, document, options)
        exported = export_document(library, uid)
        exported.pop("exported_at")
        sent = json.loads(json.dumps(document))
        sent.pop("exported_at")
        sent["version"] = 2  # a file is written back at the newest version
        assert exported == sent
        return "imported"
    finally:
        library.close()
