"""Printing a PDF held in memory: page range, current page, copies, order and Cancel.

These print through QPrinter's own PDF engine into a file (no print system needed);
tests/gui/report/test_report_cups.py prints the same way onto a real CUPS queue.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.report.options import BuildCancelled, Progress
from samverkan_desktop.ui.jobs import JobFailed
from samverkan_desktop.ui.report.preview import PreviewWindow
from samverkan_desktop.ui.report.printing import pages_to_print, print_dialog, print_pdf
from tests.gui.report.conftest import pages_of


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(100)  # keeps the test files small; the page content is what is checked
    return printer


def no_progress(done: int, total: int) -> None:
    pass


def test_every_page_is_printed_in_order(qapp: QApplication, tmp_path: Path, five_pages: bytes) -> None:
    target = tmp_path / "utskrift.pdf"
    calls: list[tuple[int, int]] = []
    assert print_pdf(five_pages, pdf_printer(target), lambda d, t: calls.append((d, t))) == 5
    assert pages_of(target.read_bytes()) == [0, 1, 2, 3, 4]
    assert calls[0] == (0, 5) and calls[-1] == (5, 5)


def test_a_page_range_prints_only_those_pages(qapp: QApplication, tmp_path: Path, five_pages: bytes) -> None:
    target = tmp_path / "utdrag.pdf"
    printer = pdf_printer(target)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("2-3,5"))
    assert print_pdf(five_pages, printer, no_progress) == 3
    assert pages_of(target.read_bytes()) == [1, 2, 4]


def test_current_page_and_last_page_first(qapp: QApplication, tmp_path: Path, five_pages: bytes) -> None:
    printer = pdf_printer(tmp_path / "a.pdf")
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert print_pdf(five_pages, printer, no_progress, current_page=3) == 1
    assert pages_of((tmp_path / "a.pdf").read_bytes()) == [3]

    printer = pdf_printer(tmp_path / "b.pdf")
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    print_pdf(five_pages, printer, no_progress)
    assert pages_of((tmp_path / "b.pdf").read_bytes()) == [4, 3, 2, 1, 0]


@pytest.mark.parametrize(("collate", "expected"), [(True, [0, 1, 2, 0, 1, 2]), (False, [0, 0, 1, 1, 2, 2])])
def test_copies_are_made_here_when_the_printer_cannot(qapp: QApplication, tmp_path: Path, pdf_factory,
                                                      collate: bool, expected: list[int]) -> None:
    target = tmp_path / "kopior.pdf"
    printer = pdf_printer(target)
    printer.setCopyCount(2)
    printer.setCollateCopies(collate)
    assert not printer.supportsMultipleCopies()  # a PDF file cannot repeat pages by itself
    assert print_pdf(pdf_factory(3), printer, no_progress) == 6
    assert pages_of(target.read_bytes()) == expected


def test_an_empty_range_is_refused_with_a_message(qapp: QApplication, tmp_path: Path, five_pages: bytes) -> None:
    printer = pdf_printer(tmp_path / "tom.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("7-9"))
    with pytest.raises(JobFailed):
        print_pdf(five_pages, printer, no_progress)
    assert not (tmp_path / "tom.pdf").exists()


def test_pages_are_fitted_to_the_paper_and_centred(qapp: QApplication, tmp_path: Path, pdf_factory) -> None:
    from pypdf import PdfReader

    target = tmp_path / "letter.pdf"
    printer = pdf_printer(target)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    print_pdf(pdf_factory(1), printer, no_progress)
    page = PdfReader(target).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert pages_of(target.read_bytes()) == [0]


def test_cancel_during_printing_stops_at_the_next_page(qapp: QApplication, tmp_path: Path, pdf_factory) -> None:
    target = tmp_path / "avbruten.pdf"
    printed: list[int] = []

    def progress(done: int, total: int) -> None:
        printed.append(done)
        if done == 2:
            raise BuildCancelled()

    with pytest.raises(BuildCancelled):
        print_pdf(pdf_factory(6), pdf_printer(target), progress)
    assert printed == [0, 1, 2]
    assert not target.exists(), "a half-printed PDF file was left behind"


def test_the_page_range_of_the_print_dialog_is_ours(qapp: QApplication, five_pages: bytes) -> None:
    printer = QPrinter()
    dialog = print_dialog(printer, 5, None)
    options = QPrintDialog.PrintDialogOption
    assert dialog.testOption(options.PrintPageRange) and dialog.testOption(options.PrintCurrentPage)
    assert (dialog.minPage(), dialog.maxPage()) == (1, 5)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("4-5"))
    assert pages_to_print(printer, 5) == [3, 4]


def test_print_from_the_preview_runs_in_the_background(qtbot: QtBot, tmp_path: Path, five_pages: bytes,
                                                       messages: list[str]) -> None:
    window = PreviewWindow(five_pages, "Protokoll", "protokoll.pdf")
    window.show()
    qtbot.waitExposed(window)
    target = tmp_path / "från-förhandsgranskning.pdf"
    threads: list[str] = []

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(20, accept_dialog)
            return
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(100)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageRanges(QPageRanges.fromString("2-4"))
        threads.append(threading.current_thread().name)
        dialog.done(QPrintDialog.DialogCode.Accepted.value)

    printed: list[int] = []
    window.printed.connect(printed.append)
    QTimer.singleShot(0, accept_dialog)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(printed), timeout=10000)
    assert printed == [3]
    assert pages_of(target.read_bytes()) == [1, 2, 3]
    assert window.statusBar().currentMessage()
    assert messages == []
    window.close()


def test_closing_the_preview_while_printing_cancels_quietly(qtbot: QtBot, tmp_path: Path, pdf_factory,
                                                            messages: list[str]) -> None:
    window = PreviewWindow(pdf_factory(8), "Lång", "lång.pdf")
    window.show()
    qtbot.waitExposed(window)
    from samverkan_desktop.ui import jobs

    def slow(data: bytes, printer: QPrinter, progress: Progress, current_page: int = 0) -> int:
        for page in range(50):
            progress(page, 50)
            time.sleep(0.02)
        return 50

    job_task = jobs.run_job(window, "Skriver ut…", lambda p: slow(b"", QPrinter(), p), lambda n: None)
    window.print_task = job_task
    qtbot.wait(100)
    window.close()
    qtbot.waitUntil(lambda: job_task.state != "running", timeout=5000)
    assert job_task.state == "cancelled"
    assert messages == []


def image_colour_spaces(target: Path) -> list[str]:
    """The colour space of the page image on every page of a PDF Qt's engine printed."""
    from pypdf import PdfReader

    spaces = []
    for page in PdfReader(target).pages:
        images = page["/Resources"]["/XObject"]
        spaces += [str(images[name].get_object()["/ColorSpace"]) for name in images]
    return spaces


def black_and_white_pdf() -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    for page in range(2):
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 700, f"Protokoll – sida {page + 1}: svart text och grå linjer.")
        pdf.setStrokeGray(0.6)
        pdf.line(72, 690, 500, 690)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pages_without_colour_are_rendered_in_greyscale(qapp: QApplication, five_pages: bytes) -> None:
    """A quarter of the bytes to paint and spool (8-bit instead of 32-bit); pages with colour
    stay in colour (Qt's PDF engine, which CUPS gets, still writes colour on a colour printer)."""
    from samverkan_desktop.ui.report.pdf_source import open_pdf
    from samverkan_desktop.ui.report.printing import render_page

    black_and_white = open_pdf(black_and_white_pdf())
    page = render_page(black_and_white, 0, 100)
    assert page.format() == QImage.Format.Format_Grayscale8
    assert page.sizeInBytes() / render_page(black_and_white, 0, 100, greyscale=False).sizeInBytes() < 0.26
    coloured = open_pdf(five_pages)
    assert render_page(coloured, 0, 100).format() == QImage.Format.Format_RGB32
    assert render_page(coloured, 0, 100, colour_printer=False).format() == QImage.Format.Format_Grayscale8


def test_a_greyscale_printer_gets_every_page_in_greyscale(qapp: QApplication, tmp_path: Path,
                                                          five_pages: bytes) -> None:
    target = tmp_path / "svartvit.pdf"
    printer = pdf_printer(target)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)  # a black-and-white laser printer
    assert print_pdf(five_pages, printer, no_progress) == 5
    assert image_colour_spaces(target) == ["/DeviceGray"] * 5
