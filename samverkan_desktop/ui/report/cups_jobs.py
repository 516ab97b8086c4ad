"""Withdraw a cancelled print run on CUPS, where Qt cannot abort one.

Qt's CUPS print engine spools the painted pages to a file and submits it when the
painter ends; ``QPrinter.abort()`` does nothing there (it works on Windows). So a
cancelled run is submitted *held* (``job-hold-until=indefinite``, under a title of its
own) and at once cancelled through libcups: no page reaches the printer. Where libcups
is missing (Windows) nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import uuid
from functools import cache

from PySide6.QtPrintSupport import QPrintEngine, QPrinter

log = logging.getLogger(__name__)

#: Qt's private PPK_CupsOptions (qcups_p.h): the CUPS job options as a flat [name, value, ...] list
CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)
WHICHJOBS_ACTIVE = 0


class _CupsJob(ctypes.Structure):
    _fields_ = [  # cups_job_t of <cups/cups.h>, stable since CUPS 1.1
        ("id", ctypes.c_int), ("dest", ctypes.c_char_p), ("title", ctypes.c_char_p), ("user", ctypes.c_char_p),
        ("format", ctypes.c_char_p), ("state", ctypes.c_int), ("size", ctypes.c_int), ("priority", ctypes.c_int),
        ("completed_time", ctypes.c_long), ("creation_time", ctypes.c_long), ("processing_time", ctypes.c_long),
    ]


@cache
def _libcups() -> ctypes.CDLL | None:
    if sys.platform in ("win32", "darwin"):  # Windows aborts itself; macOS does not use Qt's CUPS engine
        return None
    name = ctypes.util.find_library("cups") or "libcups.so.2"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.cupsGetJobs.argtypes = [ctypes.POINTER(ctypes.POINTER(_CupsJob)), ctypes.c_char_p, ctypes.c_int, ctypes.c_int]
    lib.cupsGetJobs.restype = ctypes.c_int
    lib.cupsCancelJob.argtypes = [ctypes.c_char_p, ctypes.c_int]
    lib.cupsCancelJob.restype = ctypes.c_int
    lib.cupsFreeJobs.argtypes = [ctypes.c_int, ctypes.POINTER(_CupsJob)]
    return lib


def hold(printer: QPrinter) -> str | None:
    """While a run is being painted: have it submitted held, under a new title (returned)."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or _libcups() is None:
        return None
    engine = printer.printEngine()
    options = list(engine.property(CUPS_OPTIONS) or [])
    engine.setProperty(CUPS_OPTIONS, [*options, "job-hold-until", "indefinite"])
    title = f"samverkan-withdrawn-{uuid.uuid4().hex}"
    engine.setProperty(QPrintEngine.PrintEnginePropertyKey.PPK_DocumentName, title)
    return title


def cancel_held(printer_name: str, title: str) -> int:
    """Cancel this user's jobs titled ``title`` on ``printer_name``; returns how many."""
    lib = _libcups()
    if lib is None:
        return 0
    destination = printer_name.split("/")[0].encode()
    jobs = ctypes.POINTER(_CupsJob)()
    count = lib.cupsGetJobs(ctypes.byref(jobs), destination, 1, WHICHJOBS_ACTIVE)
    cancelled = 0
    try:
        for index in range(max(count, 0)):
            job = jobs[index]
            if job.title and job.title.decode(errors="replace") == title:
                cancelled += bool(lib.cupsCancelJob(destination, job.id))
    finally:
        if count > 0:
            lib.cupsFreeJobs(count, jobs)
    if not cancelled:
        log.warning("the cancelled print run %s was not found in the queue of %s", title, printer_name)
    return cancelled
