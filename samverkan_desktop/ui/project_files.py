"""Arkiv > Importera projektfil… and Exportera projektfil…: project files (JSON) and
archives (.samverkan), read, imported and written as background jobs (``ui/jobs.py``).

An import writes the library, so it is an exclusive job: the editors wait until it is
done, and Cancel rolls it back (it is one transaction). When the library already has
the project, the user is asked whether the file replaces it; that project's meeting-mode
windows are closed first and its views rebuilt after. An export only reads: the user
may go on working while the file is written, and Cancel leaves no file behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from samverkan_desktop.progress import Progress, part_of
from samverkan_desktop.services import library_service
from samverkan_desktop.services.errors import AlreadyExists, ServiceError
from samverkan_desktop.ui.dialogs import confirm, show_error
from samverkan_desktop.ui.jobs import Runner, Task, run_job
from samverkan_desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from samverkan_desktop.services.interchange.importer import ImportResult

#: the share of an import's progress bar that reading the file takes
READ_SHARE = 10


@dataclass(frozen=True)
class _Read:
    """A file read and imported (``result``), or the document of a project the library has.

    An imported document is not kept: it is let go on the worker thread, because freeing
    the millions of objects of a large one takes the GUI thread a tenth of a second."""

    result: ImportResult | None
    document: Any = None


def ask_and_import(workspace: Workspace, runner: Runner | None = None) -> Task[_Read] | None:
    """The menu command: choose a file, then import it in the background."""
    name, _ = QFileDialog.getOpenFileName(
        workspace.window(), QCoreApplication.translate("ProjectFiles", "Import project file"), str(Path.home()),
        QCoreApplication.translate("ProjectFiles", "Project files and archives (*.json *.samverkan);;All files (*)"))
    return import_file(workspace, Path(name), runner) if name else None


def import_file(workspace: Workspace, path: Path, runner: Runner | None = None) -> Task[_Read]:
    """Import a project file or a .samverkan archive; asks before replacing a project.

    The returned task is the first job (reading and importing); when the user agrees to
    replace a project, a second job follows from it (``Task.finished`` sees both end)."""
    ctx = workspace.ctx

    def read_and_import(progress: Progress) -> _Read:
        # imported here, on the worker: the first import of the reading code takes a while
        from samverkan_desktop.services.archive import read_project_or_archive
        from samverkan_desktop.services.interchange.importer import import_document

        progress(0, 100)
        document = read_project_or_archive(path)
        progress(READ_SHARE, 100)
        try:
            result = import_document(ctx.library, document, progress=part_of(progress, READ_SHARE, 100, 100))
        except AlreadyExists:
            return _Read(None, document)
        _let_go(document)
        return _Read(result)

    def read(outcome: _Read) -> None:
        if outcome.result is not None:
            _imported(workspace, outcome.result, None)
        else:
            _replace(workspace, outcome.document, runner)

    workspace.flush_editors()
    label = QCoreApplication.translate("ProjectFiles", "Importing the project…")
    return run_job(workspace.window(), label, read_and_import, read, language=ctx.language, runner=runner,
                   exclusive=True)


def _let_go(document: Any) -> None:
    """Free a parsed document a session at a time: freeing a large one in one go (its last
    reference dropped) holds the interpreter, and so the window, for a tenth of a second."""
    if isinstance(document, dict):
        for session in document.get("sessions") or ():
            if isinstance(session, dict):
                session.clear()
        document.clear()


def _replace(workspace: Workspace, document: Any, runner: Runner | None) -> Task[ImportResult] | None:
    ctx = workspace.ctx
    question = QCoreApplication.translate(
        "ProjectFiles", "The library already has this project. Replace it with the file's version? "
                        "What you changed since is lost.")
    if not confirm(workspace.window(), QCoreApplication.translate("ProjectFiles", "Replace project?"), question,
                   QCoreApplication.translate("ProjectFiles", "Replace")):
        return None
    try:
        old_id = library_service.project_id_for(ctx.library, document["project"]["id"])
    except ServiceError:
        old_id = None  # deleted meanwhile: the import below is then an ordinary one
    if old_id is not None and not workspace.close_meetings(old_id):
        show_error(workspace.window(), QCoreApplication.translate(
            "ProjectFiles", "Meeting mode could not save everything yet, so nothing was imported."))
        return None
    workspace.flush_editors()

    def replace(progress: Progress) -> ImportResult:
        from samverkan_desktop.services.interchange.importer import import_document

        result = import_document(ctx.library, document, replace=True, progress=progress)
        _let_go(document)
        return result

    return run_job(workspace.window(), QCoreApplication.translate("ProjectFiles", "Replacing the project…"),
                   replace, lambda result: _imported(workspace, result, old_id),
                   language=ctx.language, runner=runner, exclusive=True)


def _imported(workspace: Workspace, result: ImportResult, replaced_id: int | None) -> None:
    workspace.reload(replaced_id)
    workspace.open_project(result.project_uid)
    workspace.show_status(QCoreApplication.translate("ProjectFiles", "Imported %1").replace("%1", result.title))


def ask_and_export(workspace: Workspace, project_uid: str, runner: Runner | None = None) -> Task[Path] | None:
    """The menu command: choose where (an archive or a project file), then write it in the background."""
    archive_filter = QCoreApplication.translate(
        "ProjectFiles", "Project archive, to move or archive the project (*.samverkan)")
    json_filter = QCoreApplication.translate("ProjectFiles", "Project files (*.json)")
    name, chosen = QFileDialog.getSaveFileName(
        workspace.window(), QCoreApplication.translate("ProjectFiles", "Export project file"),
        str(Path.home() / f"{project_uid}.samverkan"), f"{archive_filter};;{json_filter}")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".json", ".samverkan"):
        path = path.with_name(path.name + (".samverkan" if chosen == archive_filter else ".json"))
    return export_file(workspace, project_uid, path, runner)


def export_file(workspace: Workspace, project_uid: str, path: Path, runner: Runner | None = None) -> Task[Path]:
    """Write the project to ``path``: an archive for a .samverkan name, a project file otherwise."""
    ctx = workspace.ctx

    def write(progress: Progress) -> Path:
        from samverkan_desktop.services.archive import is_archive_name, write_archive
        from samverkan_desktop.services.interchange.exporter import export_to_file

        return (write_archive if is_archive_name(path) else export_to_file)(ctx.library, project_uid, path, progress)

    workspace.flush_editors()

    def written(path: Path) -> None:
        workspace.show_status(QCoreApplication.translate("ProjectFiles", "Exported to %1").replace("%1", str(path)))

    return run_job(workspace.window(), QCoreApplication.translate("ProjectFiles", "Exporting the project…"),
                   write, written,
                   language=ctx.language, runner=runner)
