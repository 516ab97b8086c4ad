"""Printing onto a real CUPS queue (cups-pdf) through QPrinter and Qt's CUPS print plugin.

The queue turns each job into a PDF file, so the test can count what came out of the
print system: every page, a page range, copies made by CUPS, and nothing for a
cancelled job. See ``cups_queue`` in conftest.py for how the queue is set up.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from samverkan_desktop.report.options import BuildCancelled
from samverkan_desktop.ui.report.printing import print_pdf
from tests.gui.report.conftest import CupsQueue, pages_of


def cups_printer(queue: CupsQueue, doc_name: str) -> QPrinter:
    if queue.name not in [info.printerName() for info in QPrinterInfo.availablePrinters()]:
        pytest.fail(f"Qt does not see the CUPS queue {queue.name}: is its CUPS print plugin "
                    "(PySide6/Qt/plugins/printsupport/libcupsprintersupport.so) loadable?")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue.name)
    assert printer.isValid()
    assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat  # a real print system, not a file
    printer.setDocName(doc_name)
    printer.setResolution(150)  # keeps the jobs small on a shared machine
    return printer


def job_name() -> str:  # the conftest removes the printed files of this name after the session
    return f"samverkan-test-{uuid.uuid4().hex[:10]}"


def test_a_multi_page_document_comes_out_of_cups_whole(qapp: QApplication, cups_queue: CupsQueue,
                                                        five_pages: bytes) -> None:
    name = job_name()
    printer = cups_printer(cups_queue, name)
    assert print_pdf(five_pages, printer, lambda done, total: None) == 5
    output = cups_queue.wait_for_output(name)
    assert len(PdfReader(output).pages) == 5
    assert pages_of(output.read_bytes()) == [0, 1, 2, 3, 4]


def test_a_page_range_on_cups(qapp: QApplication, cups_queue: CupsQueue, five_pages: bytes) -> None:
    name = job_name()
    printer = cups_printer(cups_queue, name)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("2-4"))
    assert print_pdf(five_pages, printer, lambda done, total: None) == 3
    output = cups_queue.wait_for_output(name)
    assert len(PdfReader(output).pages) == 3
    assert pages_of(output.read_bytes()) == [1, 2, 3]


def test_cups_makes_the_copies(qapp: QApplication, cups_queue: CupsQueue, pdf_factory) -> None:
    name = job_name()
    printer = cups_printer(cups_queue, name)
    assert printer.supportsMultipleCopies()  # so print_pdf sends each page once
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert print_pdf(pdf_factory(3), printer, lambda done, total: None) == 3
    output = cups_queue.wait_for_output(name)
    assert pages_of(output.read_bytes()) == [0, 1, 2, 0, 1, 2]


def test_a_cancelled_print_sends_no_job(qapp: QApplication, cups_queue: CupsQueue, five_pages: bytes) -> None:
    name = job_name()
    printer = cups_printer(cups_queue, name)

    def cancel_at_third(done: int, total: int) -> None:
        if done == 2:
            raise BuildCancelled()

    with pytest.raises(BuildCancelled):
        print_pdf(five_pages, printer, cancel_at_third)
    # a job sent now would be done within seconds; prove none comes by printing a marker after it
    marker = job_name()
    print_pdf(five_pages, cups_printer(cups_queue, marker), lambda done, total: None)
    cups_queue.wait_for_output(marker)
    assert not cups_queue.active_jobs(settle=20), "the withdrawn run is left in the queue"
    assert not list(Path(cups_queue.out_dir).glob(f"{name}*"))
    assert not list(Path(cups_queue.out_dir).glob("samverkan-withdrawn-*"))
