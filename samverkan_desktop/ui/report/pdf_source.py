"""A QPdfDocument read from PDF bytes in memory (no file on disk), for the preview and printing."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QThread
from PySide6.QtPdf import QPdfDocument

# QtPdf starts PDFium with the first QPdfDocument and stops it with the last; every restart
# leaves 8 memory mappings behind, and a process has 65,530. One empty document, a child of
# the application, keeps PDFium started between previews and print runs.
_KEEPER: list[QPdfDocument] = []


def open_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """The document of ``data``; check ``status()`` for Ready. The buffer lives as its child."""
    _keep_pdfium_started()
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def _keep_pdfium_started() -> None:
    app = QCoreApplication.instance()
    # only on the application's thread: a print run's thread ends, the application stays
    if not _KEEPER and app is not None and QThread.currentThread() is app.thread():
        _KEEPER.append(QPdfDocument(app))


def is_ready(document: QPdfDocument) -> bool:
    return document.status() == QPdfDocument.Status.Ready and document.pageCount() > 0
