"""A QPdfDocument read from PDF bytes in memory (no file on disk), for the preview and printing."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument


def open_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """The document of ``data``; check ``status()`` for Ready. The buffer lives as its child."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def is_ready(document: QPdfDocument) -> bool:
    return document.status() == QPdfDocument.Status.Ready and document.pageCount() > 0
