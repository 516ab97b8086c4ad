"""Radera personuppgifter: the confirmation, the erasure and what the user is told after.

The confirmation says exactly what will happen before anything does: where the name
is replaced, that the entries keep their party, that every backup in the data folder
is deleted (they hold the name) and a new one made, that the undo history is emptied
(it holds the old texts in memory) and that files exported earlier are not touched.
Meeting-mode windows of the project are closed first, so no draft is written after.

Both the counting (it reads every text of the project) and the erasure run as jobs
(``ui/jobs.py``); the erasure is exclusive and cannot be cancelled half way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.services import erasure
from samverkan_desktop.ui.dialogs import confirm, show_error
from samverkan_desktop.ui.jobs import Runner, Task, run_job
from samverkan_desktop.ui.workspace import Workspace


def question(plan: erasure.ErasurePlan) -> str:
    party = plan.party or QCoreApplication.translate("ErasePerson", "no party")
    lines = [
        QCoreApplication.translate("ErasePerson", "Erase the personal data of “%1” (%2)? This is what happens:")
        .replace("%1", plan.name).replace("%2", party),
        QCoreApplication.translate(
            "ErasePerson", "• The name becomes “%1” in the list of people, in the attendance and wherever the "
            "full name is written in the project's texts (attendance lines: %2, places in the texts: %3).")
        .replace("%1", erasure.PLACEHOLDER).replace("%2", str(plan.attendance)).replace("%3", str(plan.occurrences)),
        QCoreApplication.translate(
            "ErasePerson", "• The entries keep their party but no longer name the person (entries: %1).")
        .replace("%1", str(plan.entries)),
        QCoreApplication.translate(
            "ErasePerson", "• Every backup in the data folder is deleted, since they hold the name (files: %1); "
            "a new backup is made afterwards.").replace("%1", str(len(plan.backups))),
    ]
    if plan.adjusted_sessions:
        lines.append(QCoreApplication.translate(
            "ErasePerson", "• Adjusted minutes that change get a note that they were anonymised (sessions: %1).")
            .replace("%1", str(plan.adjusted_sessions)))
    lines += [
        QCoreApplication.translate(
            "ErasePerson", "• Open meeting mode windows of the project are closed and the undo history is emptied. "
            "The erasure cannot be undone."),
        QCoreApplication.translate(
            "ErasePerson", "Files you exported earlier (project files, archives, PDFs) are not changed; "
            "delete them yourself if they should go too."),
    ]
    return "\n\n".join(lines)


def summary(result: erasure.ErasureResult) -> str:
    return QCoreApplication.translate(
        "ErasePerson", "The personal data is erased and a new backup is made. Places where the name was replaced: "
        "%1. Entries that keep their party without a person: %2. Backups deleted: %3.") \
        .replace("%1", str(result.occurrences)).replace("%2", str(result.entries)) \
        .replace("%3", str(result.backups_removed))


def erase_person_with_confirmation(workspace: Workspace, person_id: int,
                                   on_erased: Callable[[erasure.ErasureResult], None] | None = None,
                                   runner: Runner | None = None) -> Task[erasure.ErasurePlan]:
    """Count, ask, close the project's meeting windows, erase, rebuild the views and tell the user.

    Returns the counting job; the erasure is a job started from it. ``on_erased`` runs once
    the views show the erased project, before the summary."""
    ctx = workspace.ctx
    workspace.flush_editors()

    def ask(plan: erasure.ErasurePlan) -> None:
        title = QCoreApplication.translate("ErasePerson", "Erase personal data")
        if not confirm(workspace.window(), title, question(plan), title):
            return
        if not workspace.close_meetings(plan.project_id):
            show_error(workspace.window(), QCoreApplication.translate(
                "ErasePerson", "Meeting mode could not be closed, so nothing was erased. Try again in a moment."))
            return
        workspace.flush_editors()
        run_job(workspace.window(), QCoreApplication.translate("ErasePerson", "Erasing personal data…"),
                lambda progress: erasure.erase_person(ctx.library, workspace.paths, person_id, progress=progress),
                lambda result: erased(plan, result), language=ctx.language, runner=runner,
                cancellable=False, exclusive=True, on_failed=lambda _exc: workspace.reload(plan.project_id))

    def erased(plan: erasure.ErasurePlan, result: erasure.ErasureResult) -> None:
        workspace.reload(plan.project_id)  # the undo history goes too: it holds the old texts and the name
        if on_erased is not None:
            on_erased(result)
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("ErasePerson", "Erase personal data"),
                          summary(result), QMessageBox.StandardButton.Ok, workspace.window())
        box.setObjectName("erasureDone")
        box.exec()

    return run_job(workspace.window(), QCoreApplication.translate("ErasePerson", "Finding the personal data…"),
                   lambda progress: erasure.plan_erasure(ctx.library, workspace.paths, person_id), ask,
                   language=ctx.language, runner=runner)
