"""The minutes of a session and the dialogue report as PDF: what the app and the CLI call.

``build_report_pdf`` and ``build_minutes_pdf`` read the library, hand plain data to the
pure builders in ``samverkan_desktop.report`` and return the PDF bytes. ``progress(done,
total)`` is called regularly from the thread that runs the build (reading the library
is the first fifth of the scale, laying out pages the rest) and may raise
``BuildCancelled`` to stop. ``write_pdf`` writes a file atomically.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.report.dialogue import build_dialogue_report
from samverkan_desktop.report.labels import swedish_date
from samverkan_desktop.report.minutes import build_minutes
from samverkan_desktop.report.options import Progress, ReportOptions
from samverkan_desktop.services.errors import LocalText, NotFound
from samverkan_desktop.services.files import write_bytes_atomically
from samverkan_desktop.services.library_service import project_id_for
from samverkan_desktop.services.minutes import find_session
from samverkan_desktop.services.report_data import report_data
from samverkan_desktop.services.report_minutes import minutes_data, minutes_loading
from samverkan_desktop.storage.library import Library

SCALE = 1000
_READING = 200  # the part of the scale for reading the library


def _scaled(progress: Progress | None, start: int, span: int) -> Progress | None:
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(start + span * min(done, total) // max(total, 1), SCALE)

    return report


def build_report_pdf(library: Library, project_uid: str, options: ReportOptions = ReportOptions(),  # noqa: B008 - frozen
                     progress: Progress | None = None) -> bytes:
    """The dialogue report of a project; NotFound (Swedish message) when the project is missing."""
    project_id = project_id_for(library, project_uid)
    steps = [0]
    reading = _scaled(progress, 0, _READING)

    def step() -> None:
        steps[0] += 1
        if reading is not None:
            reading(min(steps[0], 20), 20)

    if reading is not None:
        reading(0, 1)
    data = report_data(library, project_id, options, step)
    return build_dialogue_report(data, options, _scaled(progress, _READING, SCALE - _READING))


def build_minutes_pdf(library: Library, project_uid: str, session_uid: str,
                      progress: Progress | None = None) -> bytes:
    """The minutes of one session, naming the people present; NotFound when project or session is missing."""
    project_id_for(library, project_uid)
    _project_id, session_id = find_session(library, project_uid, session_uid)
    reading = _scaled(progress, 0, _READING)
    if reading is not None:
        reading(0, 1)
    with library.sessions() as db:
        session = db.get(m.Session, session_id, options=minutes_loading())
        if session is None:
            raise NotFound(LocalText("Dialogtillfället finns inte längre.", "The session no longer exists."))
        data = minutes_data(session, names=True)
    if reading is not None:
        reading(1, 1)
    return build_minutes(data, _scaled(progress, _READING, SCALE - _READING))


def _slug(text: str) -> str:
    """``text`` as part of a file name Windows and Linux both accept ("4/25" stays "4-25")."""
    cleaned = re.sub(r"[^\w\s-]", "", re.sub(r"[/\\]+", "-", text), flags=re.UNICODE).strip()
    return re.sub(r"[\s_]+", "-", cleaned)[:60].strip("-") or "dokument"


def report_file_name(library: Library, project_uid: str, final: bool = False) -> str:
    """A suggested file name: ``Dialograpport-<title>[-utkast].pdf``."""
    with library.sessions() as db:
        title = db.scalar(select(m.Project.title).where(m.Project.uid == project_uid))
    if title is None:
        project_id_for(library, project_uid)  # raises NotFound
    return f"Dialograpport-{_slug(title or '')}{'' if final else '-utkast'}.pdf"


def minutes_file_name(library: Library, project_uid: str, session_uid: str) -> str:
    """A suggested file name: ``Protokoll-<date>-<title>.pdf``."""
    _project_id, session_id = find_session(library, project_uid, session_uid)
    with library.sessions() as db:
        session = db.get(m.Session, session_id)
        assert session is not None
        return f"Protokoll-{session.date.isoformat()}-{_slug(session.title)}.pdf"


def write_pdf(pdf: bytes, target: Path) -> None:
    """Write ``pdf`` to ``target`` atomically: a temporary file beside it, then one rename."""
    write_bytes_atomically(pdf, Path(target), make_folder=True)


__all__ = ["build_minutes_pdf", "build_report_pdf", "minutes_file_name", "report_file_name", "swedish_date",
           "write_pdf"]
