"""Arkiv > Ta emot…: read a sent-back copy, preview the merge, write it, all off the GUI thread.

Reading and checking the file and planning the merge run through the job runner; the
preview (ui/collaboration/merge_dialog.py) asks for the conflicts' choices; then meeting
mode is closed (its writer stops, as for a restore) and the merge is written, after a
verified backup, in one transaction. The views are built again from the new content.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from samverkan_desktop.progress import Progress, part_of
from samverkan_desktop.services.merge import service
from samverkan_desktop.services.merge.threeway import MergePlan
from samverkan_desktop.ui.collaboration.merge_dialog import MergeDialog
from samverkan_desktop.ui.dialogs import show_error
from samverkan_desktop.ui.jobs import run_job

if TYPE_CHECKING:
    from samverkan_desktop.ui.workspace import Workspace

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
STATUS_MS = 30000



def receive_with_dialog(window: Workspace) -> None:
    """The menu command: choose the file sent back, then ``receive_file``."""
    name, _ = QFileDialog.getOpenFileName(
        window.window(), translate("Receive", "Receive a copy sent back"), str(Path.home()),
        translate("Receive", "Project archives and files (*.samverkan *.json);;All files (*)"))
    if name:
        receive_file(window, Path(name))


def receive_file(window: Workspace, path: Path) -> None:
    """Check and plan the merge of ``path`` into the open project off the GUI thread, then preview it."""
    from samverkan_desktop.services.archive import read_project_or_archive

    shown = window.current_project()
    if shown is None:
        window.show_status(translate("Receive", "Open the project to receive into first."), STATUS_MS)
        return
    _project_id, uid = shown
    window.flush_editors()
    library = window.ctx.library

    def job(progress: Progress) -> tuple[service.Prepared, MergePlan]:
        prepared = service.prepare(library, uid, read_project_or_archive(path), part_of(progress, 0, 8, 10))
        plan = service.plan(prepared)
        progress(10, 10)
        return prepared, plan

    run_job(window.window(), translate("Receive", "Reading and comparing the file…"), job,
            lambda found: _preview(window, found), language=window.ctx.language)


def _preview(window: Workspace, found: tuple[service.Prepared, MergePlan]) -> None:
    preview(window, *found)


def preview(window: Workspace, prepared: service.Prepared, plan: MergePlan) -> MergeDialog | None:
    """Show the preview; on "Receive", write the merge with the choices made."""
    if not plan.conflicts and not plan.changes_anything and not plan.tag_pairs:
        QMessageBox.information(window.window(), translate("Receive", "Receive"), QCoreApplication.translate("Receive",
            "Everything in the file is already in the project; nothing was changed."))
        return None
    dialog = MergeDialog(prepared, plan, window.window())
    dialog.accepted.connect(lambda: write(window, prepared, dialog))
    dialog.open()
    return dialog


def write(window: Workspace, prepared: service.Prepared, dialog: MergeDialog) -> None:
    if not window.close_meetings():  # its writer could not save: merging now could lose text
        show_error(window.window(), translate(
            "Receive", "Meeting mode could not save everything yet, so nothing was received."))
        return
    window.flush_editors()
    choices, combine = dialog.choices(), dialog.combine()
    library, paths = window.ctx.library, window.paths

    def job(progress: Progress) -> service.MergeResult:
        plan = service.plan(prepared, choices, None, combine)
        return service.apply(library, paths, prepared, plan, progress)

    def done(result: service.MergeResult) -> None:
        window.reload()  # every view of the library afresh, the undo history emptied
        totals = result.plan.totals()
        text = (translate("Receive", "Received from %1: %2 added, %3 changed, %4 removed.")
                .replace("%1", prepared.recipient)
                .replace("%2", str(totals["added"])).replace("%3", str(totals["changed"]))
                .replace("%4", str(totals["removed"])))
        if result.backup:
            text += " " + translate(
                "Receive", "To undo, restore the backup made before the merge (File > Restore from backup).")
        window.show_status(text, STATUS_MS)

    run_job(window.window(), translate("Receive", "Receiving…"), job, done, language=window.ctx.language,
            cancellable=False, exclusive=True)
