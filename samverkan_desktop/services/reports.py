"""The minutes of a session and the dialogue report as PDF or Word: what the app and the CLI call.

``build_report`` and ``build_minutes`` read the library, hand plain data to the pure
builders in ``samverkan_desktop.report`` (content first, then the PDF or Word renderer)
and return the file's bytes; ``build_report_pdf`` / ``build_minutes_pdf`` and their
``_docx`` twins name the format. ``progress(done, total)`` is called regularly from the
thread that runs the build (reading the library is the first fifth of the scale, writing
the file the rest) and may raise ``BuildCancelled`` to stop. A Word template that is not
a Word file raises ``TemplateRefused`` with a Swedish message. ``write_pdf`` (any
document, really) writes a file atomically.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.report.content import Document
from samverkan_desktop.report.dialogue import dialogue_content
from samverkan_desktop.report.labels import swedish_date
from samverkan_desktop.report.minutes import minutes_content
from samverkan_desktop.report.options import Progress, ReportOptions
from samverkan_desktop.report.pause import collector_paused
from samverkan_desktop.services.errors import LocalText, NotFound, TemplateRefused
from samverkan_desktop.services.files import write_bytes_atomically
from samverkan_desktop.services.library_service import project_id_for
from samverkan_desktop.services.minutes import ensure_meeting, find_session
from samverkan_desktop.services.report_data import report_data
from samverkan_desktop.services.report_minutes import minutes_data, minutes_loading
from samverkan_desktop.storage.library import Library

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")
SCALE = 1000
_READING = 200  # the part of the scale for reading the library
#: a Word template larger than this is surely not a letterhead
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024


def _scaled(progress: Progress | None, start: int, span: int) -> Progress | None:
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(start + span * min(done, total) // max(total, 1), SCALE)

    return report


def render(document: Document, fmt: Format, progress: Progress | None = None, template: bytes | None = None) -> bytes:
    """``document`` as a PDF or a Word file (with the municipality's ``template``, if any)."""
    if fmt == "pdf":
        from samverkan_desktop.report.pdf import render_pdf

        return render_pdf(document, progress)
    from samverkan_desktop.report import word

    try:
        return word.render_docx(document, template, progress)
    except word.TemplateRefused as refused:
        raise _refused(refused.sv, refused.en) from None


def _refused(sv: str, en: str) -> TemplateRefused:
    return TemplateRefused(LocalText(f"Word-mallen kan inte användas: {sv}. Välj en .docx- eller .dotx-fil "
                                     "sparad från Word.",
                                     f"The Word template cannot be used: {en}. Choose a .docx or .dotx file "
                                     "saved from Word."))


def read_template(path: Path) -> bytes:
    """The bytes of a Word template file, checked (``TemplateRefused`` with the reason otherwise)."""
    from samverkan_desktop.report import word

    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise _refused("filen är större än 50 MB", "the file is larger than 50 MB")
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateRefused(LocalText(f"Word-mallen {path} kunde inte läsas ({exc.strerror or exc}).",
                                        f"The Word template {path} could not be read ({exc.strerror or exc}).")
                              ) from None
    try:
        word.package.open_template(data)
    except word.TemplateRefused as refused:
        raise _refused(refused.sv, refused.en) from None
    return data


def _read_steps(progress: Progress | None) -> tuple[Callable[[], None], Progress | None]:
    steps = [0]
    reading = _scaled(progress, 0, _READING)

    def step() -> None:
        steps[0] += 1
        if reading is not None:
            reading(min(steps[0], 20), 20)

    if reading is not None:
        reading(0, 1)
    return step, _scaled(progress, _READING, SCALE - _READING)


@collector_paused  # reading, content and layout: see report/pause.py
def build_report(library: Library, project_uid: str, options: ReportOptions = ReportOptions(),  # noqa: B008 - frozen
                 fmt: Format = "pdf", progress: Progress | None = None) -> bytes:
    """The dialogue report of a project as ``fmt``; NotFound (Swedish message) when the project is missing."""
    project_id = project_id_for(library, project_uid)
    step, writing = _read_steps(progress)
    data = report_data(library, project_id, options, step)
    return render(dialogue_content(data, options), fmt, writing, options.template)


def build_report_pdf(library: Library, project_uid: str, options: ReportOptions = ReportOptions(),  # noqa: B008 - frozen
                     progress: Progress | None = None) -> bytes:
    return build_report(library, project_uid, options, "pdf", progress)


def build_report_docx(library: Library, project_uid: str, options: ReportOptions = ReportOptions(),  # noqa: B008
                      progress: Progress | None = None) -> bytes:
    return build_report(library, project_uid, options, "docx", progress)


@collector_paused
def build_minutes(library: Library, project_uid: str, session_uid: str, fmt: Format = "pdf",
                  progress: Progress | None = None, template: bytes | None = None) -> bytes:
    """The minutes of one session, naming the people present; NotFound when project or session is missing."""
    project_id_for(library, project_uid)
    _project_id, session_id = find_session(library, project_uid, session_uid)
    ensure_meeting(library, session_id)
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
    return render(minutes_content(data), fmt, _scaled(progress, _READING, SCALE - _READING), template)


def build_minutes_pdf(library: Library, project_uid: str, session_uid: str,
                      progress: Progress | None = None) -> bytes:
    return build_minutes(library, project_uid, session_uid, "pdf", progress)


def build_minutes_docx(library: Library, project_uid: str, session_uid: str,
                       progress: Progress | None = None, template: bytes | None = None) -> bytes:
    return build_minutes(library, project_uid, session_uid, "docx", progress, template)


@collector_paused
def build_notice(library: Library, project_uid: str, session_uid: str, fmt: Format = "pdf",
                 progress: Progress | None = None, template: bytes | None = None) -> bytes:
    """The notice (kallelse och dagordning) of one session; NotFound when project or session is missing."""
    from samverkan_desktop.report.notice import notice_content
    from samverkan_desktop.services.report_notice import notice_data

    project_id_for(library, project_uid)
    _project_id, session_id = find_session(library, project_uid, session_uid)
    ensure_meeting(library, session_id)
    with library.sessions() as db:
        session = db.get(m.Session, session_id, options=minutes_loading(entries=False))
        if session is None:
            raise NotFound(LocalText("Dialogtillfället finns inte längre.", "The session no longer exists."))
        data = notice_data(session)
    return render(notice_content(data), fmt, progress, template)


def notice_file_name(library: Library, project_uid: str, session_uid: str, fmt: Format = "pdf") -> str:
    """A suggested file name: ``Kallelse-<date>-<title>.pdf`` (or ``.docx``)."""
    return minutes_file_name(library, project_uid, session_uid, fmt, prefix="Kallelse")


def _slug(text: str) -> str:
    """``text`` as part of a file name Windows and Linux both accept ("4/25" stays "4-25")."""
    cleaned = re.sub(r"[^\w\s-]", "", re.sub(r"[/\\]+", "-", text), flags=re.UNICODE).strip()
    return re.sub(r"[\s_]+", "-", cleaned)[:60].strip("-") or "dokument"


def report_file_name(library: Library, project_uid: str, final: bool = False, fmt: Format = "pdf") -> str:
    """A suggested file name: ``Dialograpport-<title>[-utkast].pdf`` (or ``.docx``)."""
    with library.sessions() as db:
        title = db.scalar(select(m.Project.title).where(m.Project.uid == project_uid))
    if title is None:
        project_id_for(library, project_uid)  # raises NotFound
    return f"Dialograpport-{_slug(title or '')}{'' if final else '-utkast'}.{fmt}"


def minutes_file_name(library: Library, project_uid: str, session_uid: str, fmt: Format = "pdf",
                      prefix: str = "Protokoll") -> str:
    """A suggested file name: ``Protokoll-<date>-<title>.pdf`` (or ``.docx``; ``prefix`` for a notice)."""
    _project_id, session_id = find_session(library, project_uid, session_uid)
    with library.sessions() as db:
        session = db.get(m.Session, session_id)
        assert session is not None
        return f"{prefix}-{session.date.isoformat()}-{_slug(session.title)}.{fmt}"


def write_pdf(pdf: bytes, target: Path) -> None:
    """Write a document to ``target`` atomically: a temporary file beside it, then one rename."""
    write_bytes_atomically(pdf, Path(target), make_folder=True)


write_document = write_pdf

__all__ = ["FORMATS", "Format", "build_minutes", "build_minutes_docx", "build_minutes_pdf", "build_notice",
           "build_report",
           "build_report_docx", "build_report_pdf", "minutes_file_name", "notice_file_name", "read_template", "render",
           "report_file_name", "swedish_date", "write_document", "write_pdf"]
