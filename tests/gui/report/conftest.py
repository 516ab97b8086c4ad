"""Fixtures for the report UI tests: real multi-page PDFs made with ReportLab, and a real CUPS queue.

Every page of a test PDF is filled with a colour of its own (``page_colour``), so a
printed or rendered page tells which source page it was (``page_of``), even after
CUPS has turned it into PostScript and back.

``cups_queue`` makes sure cupsd runs with a cups-pdf queue whose output folder is known:
it writes an instance configuration ``/etc/cups/cups-pdf-samverkan.conf`` (cups-pdf reads
``cups-pdf-NAME.conf`` for a device URI ``cups-pdf:/NAME``), so the system's own
cups-pdf.conf is left alone. Where CUPS or cups-pdf is missing, the test is skipped
with the reason, except in CI (``CI`` set), where that is a failure.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import samverkan_desktop.ui  # noqa: F401 - installs the PySide6 workaround first
from samverkan_desktop.ui.report.pdf_source import open_pdf

QUEUE = "SamverkanTestPDF"
INSTANCE = "samverkan-test"
CUPS_PDF_CONF = Path(f"/etc/cups/cups-pdf-{INSTANCE}.conf")
CUPS_PDF_OUT = Path("/var/spool/cups-pdf-samverkan-test")
CUPS_PDF_PPD_DIRS = (Path("/usr/share/ppd/cups-pdf"), Path("/usr/share/cups/model"))
#: eight colours far apart, so a page survives PostScript, Ghostscript and JPEG recognisable
COLOURS = ((220, 30, 30), (30, 160, 30), (30, 60, 220), (230, 200, 20), (200, 40, 200), (20, 200, 200),
           (240, 130, 20), (110, 110, 110))


def page_colour(index: int) -> tuple[int, int, int]:
    return COLOURS[index % len(COLOURS)]


def make_pdf(pages: int, title: str = "Testrapport") -> bytes:
    """A real A4 PDF of ``pages`` pages: a large coloured block per page, a heading and body text."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.setTitle(title)
    width, height = A4
    for index in range(pages):
        r, g, b = page_colour(index)
        pdf.setFillColorRGB(r / 255, g / 255, b / 255)
        pdf.rect(width * 0.2, height * 0.3, width * 0.6, height * 0.4, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.setFont("Helvetica-Bold", 24)
        pdf.drawString(72, height - 90, f"{title} – sida {index + 1} av {pages}")
        pdf.setFont("Helvetica", 10)
        for line in range(12):
            pdf.drawString(72, height - 130 - 14 * line, f"Rad {line + 1}: Samverkan är därmed fullgjord i enighet.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pages_of(data: bytes, page_count: int = 8) -> list[int]:
    """The source page index of every page of ``data`` (a PDF printed from ``make_pdf``)."""
    document = open_pdf(data)
    assert document.pageCount() > 0, "not a readable PDF"
    found = []
    for page in range(document.pageCount()):
        image = document.render(page, QSize(60, 85))
        found.append(page_of(image.pixelColor(30, 42), page_count))
    return found


def page_of(colour: QColor, page_count: int) -> int:
    """The page whose colour is nearest; asserts that it is near enough to be sure."""
    distances = sorted((sum((a - b) ** 2 for a, b in zip(page_colour(i), colour.getRgb()[:3], strict=True)), i)
                       for i in range(min(page_count, len(COLOURS))))
    distance, index = distances[0]
    assert distance < 60**2, f"colour {colour.getRgb()} matches no page"
    return index


@pytest.fixture
def pdf_factory() -> Callable[..., bytes]:
    return make_pdf


@pytest.fixture
def five_pages() -> bytes:
    return make_pdf(5)


# -- CUPS --------------------------------------------------------------------------


@dataclass
class CupsQueue:
    name: str
    out_dir: Path

    def wait_for_output(self, doc_name: str, timeout: float = 60.0) -> Path:
        """The PDF cups-pdf wrote for the job titled ``doc_name`` (waits for the job to finish)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = [p for p in self.out_dir.glob(f"{doc_name}*.pdf") if p.stat().st_size > 0]
            if done and not _jobs_pending(self.name):
                return done[0]
            time.sleep(0.2)
        jobs = subprocess.run(["lpstat", "-W", "all", "-o", self.name], capture_output=True, text=True).stdout
        log = Path(f"/var/log/cups/cups-pdf-{self.name}_log")
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else "(no cups-pdf log)"
        raise AssertionError(f"no output for {doc_name} after {timeout} s; jobs:\n{jobs}\ncups-pdf log:\n{tail}")


    def active_jobs(self, settle: float = 0.0) -> list[str]:
        """The jobs not yet completed or cancelled, as lpstat lists them; with ``settle``, those
        still there after waiting up to that long for the queue to empty (another test's job,
        or the last one's end, takes a moment; a job left behind stays)."""
        deadline = time.monotonic() + settle
        jobs = _active_jobs(self.name)
        while jobs and time.monotonic() < deadline:
            time.sleep(0.2)
            jobs = _active_jobs(self.name)
        return jobs


def _active_jobs(queue: str) -> list[str]:
    result = subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True)
    return result.stdout.strip().splitlines()


def _jobs_pending(queue: str) -> bool:
    return bool(_active_jobs(queue))


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CUPS is required in CI: {reason}")
    pytest.skip(f"no CUPS print system here ({reason}); install cups and printer-driver-cups-pdf")


def _scheduler_running() -> bool:
    return subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.strip() == "scheduler is running"


def _ensure_scheduler() -> None:
    if _scheduler_running():
        return
    if os.geteuid() != 0:
        _unavailable("cupsd is not running, and only root may start it")
    subprocess.run(["cupsd"], check=True, timeout=30)  # forks into the background
    deadline = time.monotonic() + 20
    while not _scheduler_running():
        if time.monotonic() > deadline:
            _unavailable("cupsd was started but does not answer")
        time.sleep(0.2)


def _ppd() -> Path | None:
    for folder in CUPS_PDF_PPD_DIRS:
        for name in ("CUPS-PDF_opt.ppd", "CUPS-PDF_noopt.ppd", "CUPS-PDF.ppd"):
            if (folder / name).exists():
                return folder / name
    return None


@pytest.fixture(scope="session")
def cups_queue() -> Iterator[CupsQueue]:
    """A cups-pdf queue on a running cupsd; its PDFs land in ``out_dir``."""
    for tool in ("cupsd", "lpadmin", "lpstat"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} not found")
    backend = Path("/usr/lib/cups/backend/cups-pdf")
    ppd = _ppd()
    if not backend.exists() or ppd is None:
        _unavailable("the cups-pdf backend or its PPD is missing (Debian: printer-driver-cups-pdf)")
    assert ppd is not None
    if os.geteuid() == 0:
        CUPS_PDF_OUT.mkdir(parents=True, exist_ok=True)
        CUPS_PDF_CONF.write_text(f"Out {CUPS_PDF_OUT}\nAnonDirName {CUPS_PDF_OUT}\nLabel 1\n", encoding="utf-8")
    elif not CUPS_PDF_CONF.exists():
        _unavailable(f"{CUPS_PDF_CONF} is missing, and only root may write it")
    _ensure_scheduler()
    present = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True).returncode == 0
    if not present:
        added = subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", f"cups-pdf:/{INSTANCE}", "-P", str(ppd)],
                               capture_output=True, text=True)
        if added.returncode != 0:
            _unavailable(f"lpadmin could not create the queue: {added.stderr.strip()}")
    subprocess.run(["cupsenable", QUEUE], capture_output=True)
    subprocess.run(["cupsaccept", QUEUE], capture_output=True)
    queue = CupsQueue(QUEUE, CUPS_PDF_OUT)
    yield queue
    for printed in queue.out_dir.glob("samverkan-test-*.pdf"):
        printed.unlink(missing_ok=True)
