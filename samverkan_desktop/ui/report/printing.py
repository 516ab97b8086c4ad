"""Print a PDF held in memory: QPrintDialog, then pages rendered and painted in the background.

``print_pdf`` does the work on a configured QPrinter and needs no dialog (the CUPS test
calls it directly); ``print_with_dialog`` asks for printer, copies, page range and duplex
and runs ``print_pdf`` as a background job with progress and Cancel.

Pages are rendered by QtPdf into images at the printer's resolution, capped at
``MAX_DPI`` (an A4 page at 1200 dpi would be half a gigabyte) and painted page by page,
scaled to fit the printable paper and centred. A page without colour, and every page when
the printer prints in greyscale (a black-and-white laser printer, or "grayscale" chosen in
the dialog), is sent as an 8-bit greyscale image, a quarter of the 32-bit colour one (an
A4 page at 300 dpi: 8.7 MB instead of 35 MB for the spooler; benchmarks/bench_printing.py
measures spool size and time per page). The page range is handled here (only
the chosen pages are rendered); copies are left to the print system when it makes
them itself (CUPS, Windows: ``supportsMultipleCopies``), else the pages are repeated
here, collated or not as asked. Duplex and paper are the print system's business.
A cancelled run sends nothing: Windows aborts it; on CUPS it is withdrawn (``cups_jobs``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from samverkan_desktop.report.options import Progress
from samverkan_desktop.ui.jobs import JobFailed, Runner, Task, run_job
from samverkan_desktop.ui.report import cups_jobs
from samverkan_desktop.ui.report.pdf_source import is_ready, open_pdf

#: printing resolution limit: sharp text, bounded memory (an A4 page at 300 dpi is ~35 MB)
MAX_DPI = 300


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based page indexes, in printing order, of one copy as the printer settings ask."""
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 0), page_count - 1)]
    elif chosen == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
        ranges = printer.pageRanges()
        pages = [n - 1 for n in range(1, page_count + 1) if ranges.contains(n)]
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def sheet_sequence(printer: QPrinter, pages: list[int]) -> list[int]:
    """``pages`` repeated for the copies the print system does not make itself."""
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return pages
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def render_page(document: QPdfDocument, page: int, dpi: int, greyscale: bool = True,
                colour_printer: bool = True) -> QImage:
    """Page ``page`` at ``dpi``; with ``greyscale``, in 8-bit greyscale when the page has no
    colour or the printer prints none."""
    size = document.pagePointSize(page)
    pixels = QSize(max(1, round(size.width() * dpi / 72)), max(1, round(size.height() * dpi / 72)))
    image = document.render(page, pixels, format=QImage.Format.Format_RGB32,
                            fillColor=QColor(Qt.GlobalColor.white))
    if greyscale and (not colour_printer or image.allGray()):
        return image.convertToFormat(QImage.Format.Format_Grayscale8)
    return image


def fit_rect(paper: QRectF, width: float, height: float) -> QRectF:
    """The largest rectangle of the page's proportions centred in ``paper``."""
    scale = min(paper.width() / width, paper.height() / height)
    w, h = width * scale, height * scale
    return QRectF(paper.x() + (paper.width() - w) / 2, paper.y() + (paper.height() - h) / 2, w, h)


def print_pdf(data: bytes, printer: QPrinter, progress: Progress, current_page: int = 0,
              greyscale: bool = True) -> int:
    """Print ``data`` on ``printer`` as configured; returns the number of sheets sent.
    ``greyscale=False`` sends every page in colour (the benchmark's comparison).

    Safe on a worker thread (QPainter on a QPrinter is). ``progress`` raising
    BuildCancelled (or any failure) aborts the print run, so nothing reaches the printer.
    """
    document = open_pdf(data)  # this thread's own document: QtPdf objects stay on their thread
    if not is_ready(document):
        raise JobFailed(QCoreApplication.translate("Printing", "The document could not be read for printing."))
    sequence = sheet_sequence(printer, pages_to_print(printer, document.pageCount(), current_page))
    if not sequence:
        raise JobFailed(QCoreApplication.translate("Printing", "The chosen page range has no pages."))
    dpi = max(72, min(printer.resolution(), MAX_DPI))
    colour_printer = printer.colorMode() == QPrinter.ColorMode.Color
    printer.setFullPage(True)  # the document brings its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise JobFailed(QCoreApplication.translate(
            "Printing", "The printer could not be started. Check that it is on and connected."))
    try:
        paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        paper.moveTo(0, 0)
        for number, page in enumerate(sequence):
            progress(number, len(sequence))
            if number:
                printer.newPage()
            image = render_page(document, page, dpi, greyscale, colour_printer)
            painter.drawImage(fit_rect(paper, image.width(), image.height()), image)
        progress(len(sequence), len(sequence))
    except BaseException:  # cancelled or failed: nothing may reach the printer
        withdrawn = None if printer.abort() else cups_jobs.hold(printer)  # Windows aborts; CUPS cannot
        painter.end()
        if withdrawn is not None:
            cups_jobs.cancel_held(printer.printerName(), withdrawn)
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)  # Qt's PDF engine writes it anyway
        raise
    painter.end()
    return len(sequence)


def print_dialog(printer: QPrinter, page_count: int, parent: QWidget | None) -> QPrintDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    options = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(options.PrintPageRange | options.PrintCurrentPage | options.PrintCollateCopies
                      | options.PrintShowPageSize)
    dialog.setMinMax(1, page_count)
    dialog.setFromTo(1, page_count)
    return dialog


def print_with_dialog(parent: QWidget | None, data: bytes, title: str, page_count: int, current_page: int,
                      on_done: Callable[[int], None], *, language: str = "sv",
                      runner: Runner | None = None) -> Task[int] | None:
    """Ask how to print, then print in the background; None when the user cancelled the dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = print_dialog(printer, page_count, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return run_job(parent, QCoreApplication.translate("Printing", "Printing…"),
                   lambda progress: print_pdf(data, printer, progress, current_page), on_done,
                   language=language, runner=runner)
