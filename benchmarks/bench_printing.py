"""Benchmark printing the dialogue report: spool size and time per page, in colour and in greyscale.

The demo project's report (or a generated one, ``--sessions``/``--entries-per-session``) is
printed with ``ui.report.printing.print_pdf`` onto a QPrinter writing PDF (Qt's own PDF
engine, which is what CUPS receives; on Windows GDI receives the raster images themselves)
at ``--dpi`` (300, the cap of ``MAX_DPI``), ``--repeat`` times each way, medians kept:

``colour``
    every page sent as a 32-bit colour image (how every page was printed before): the floor.
``auto``
    a colour printer: pages without colour sent in 8-bit greyscale, the others in colour.
``grey printer``
    a printer set to greyscale (a black-and-white laser printer): every page in greyscale.

For each it prints the time per page, the spool (the PDF Qt writes) per page, and the raster
per page (the bytes of the images painted, what a GDI spool carries), and the ratios to the
floor. Run::

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/bench_printing.py
    QT_QPA_PLATFORM=offscreen uv run python benchmarks/bench_printing.py --dpi 72 --repeat 1
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_common import generated_document, machine
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.services.demo_project import ensure_demo_project
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.reports import build_report_pdf
from samverkan_desktop.storage.library import open_library
from samverkan_desktop.ui.report.pdf_source import open_pdf
from samverkan_desktop.ui.report.printing import MAX_DPI, print_pdf, render_page

#: (label, greyscale pages without colour, the printer prints colour)
WAYS = (("colour", False, True), ("auto", True, True), ("grey printer", True, False))


def report(sessions: int, entries: int) -> bytes:
    library = open_library(DataPaths(Path(tempfile.mkdtemp(prefix="samverkan-bench-print-"))))
    try:
        if sessions:
            document = generated_document(sessions, entries, seed=0)
            uid = document["project"]["id"]
            import_document(library, document)
        else:
            uid = ensure_demo_project(library)
        return build_report_pdf(library, uid, ReportOptions())
    finally:
        library.close()


def print_once(pdf: bytes, dpi: int, greyscale: bool, colour: bool, target: Path) -> tuple[float, int, int]:
    """(seconds, pages, spool bytes) of one print run."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(dpi)
    printer.setColorMode(QPrinter.ColorMode.Color if colour else QPrinter.ColorMode.GrayScale)
    started = time.perf_counter()
    pages = print_pdf(pdf, printer, lambda _done, _total: None, greyscale=greyscale)
    return time.perf_counter() - started, pages, target.stat().st_size


def raster_bytes(pdf: bytes, dpi: int, greyscale: bool, colour: bool) -> tuple[int, int]:
    """(bytes of all page images, pages sent in greyscale)."""
    document = open_pdf(pdf)
    images = [render_page(document, page, dpi, greyscale, colour) for page in range(document.pageCount())]
    return sum(image.sizeInBytes() for image in images), sum(image.allGray() and image.depth() == 8
                                                              for image in images)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dpi", type=int, default=MAX_DPI)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sessions", type=int, default=0, help="a generated project instead of the demo")
    parser.add_argument("--entries-per-session", type=int, default=100)
    options = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    pdf = report(options.sessions, options.entries_per_session)
    print(f"machine: {machine()}")
    folder = Path(tempfile.mkdtemp(prefix="samverkan-bench-print-"))
    results: dict[str, tuple[float, float, float, int, int]] = {}
    for label, greyscale, colour in WAYS:
        runs = [print_once(pdf, options.dpi, greyscale, colour, folder / f"{label}-{n}.pdf")
                for n in range(options.repeat)]
        seconds = statistics.median(run[0] for run in runs)
        pages, spool = runs[0][1], statistics.median(run[2] for run in runs)
        raster, grey_pages = raster_bytes(pdf, options.dpi, greyscale, colour)
        results[label] = (seconds / pages, spool / pages, raster / pages, pages, grey_pages)
    floor = results["colour"]
    for label, (per_page, spool, raster, pages, grey_pages) in results.items():
        print(f"{label:>12}: {pages} pages at {options.dpi} dpi ({grey_pages} in greyscale): "
              f"{per_page * 1000:.0f} ms/page, spool {spool / 1e6:.2f} MB/page, raster {raster / 1e6:.1f} MB/page; "
              f"time/floor {per_page / floor[0]:.2f}, spool/floor {spool / floor[1]:.2f}, "
              f"raster/floor {raster / floor[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
