"""Radera personuppgifter: the confirmation, the erasure and what the user is told after.

The confirmation says exactly what will happen before anything does: where the name
is replaced, that the entries keep their party, that every backup in the data folder
is deleted (they hold the name) and a new one made, that the undo history is emptied
(it holds the old texts in memory) and that files exported earlier are not touched.
Meeting-mode windows of the project are closed first, so no draft is written after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from samverkan_desktop.services import erasure
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.library_service import sessions_of_project
from samverkan_desktop.ui.dialogs import confirm, show_error

if TYPE_CHECKING:
    from samverkan_desktop.ui.main_window import MainWindow


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


def erase_person_with_confirmation(window: MainWindow, person_id: int) -> erasure.ErasureResult | None:
    """Ask, close the project's meeting windows, erase, clear the undo history and tell the user."""
    ctx = window.ctx
    window.flush_editors()
    try:
        plan = erasure.plan_erasure(ctx.library, window.paths, person_id)
    except ServiceError as exc:
        show_error(window, exc.text(ctx.language))
        return None
    if not confirm(window, QCoreApplication.translate("ErasePerson", "Erase personal data"), question(plan),
                   QCoreApplication.translate("ErasePerson", "Erase personal data")):
        return None
    session_ids = {s.id for s in sessions_of_project(ctx.library, plan.project_id)}
    for session_id, meeting in list(window.meetings.items()):
        if session_id in session_ids and not meeting.close():
            show_error(window, QCoreApplication.translate(
                "ErasePerson", "Meeting mode could not be closed, so nothing was erased. Try again in a moment."))
            return None
    # a large library takes some seconds (index rebuild, VACUUM): say so, and show it is busy
    window.statusBar().showMessage(QCoreApplication.translate("ErasePerson", "Erasing personal data…"))
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()
    try:
        result = erasure.erase_person(ctx.library, window.paths, person_id)
    except ServiceError as exc:
        show_error(window, exc.text(ctx.language))
        return None
    finally:
        QApplication.restoreOverrideCursor()
        window.statusBar().clearMessage()
        ctx.undo_stack.clear()  # it holds the old texts and the name, in memory
        window.reload_project(plan.project_id)
        people = getattr(window.stack.currentWidget(), "people", None)
        if people is not None:  # show the anonymised person where the named one was
            people.set_filter(people.filter, select_id=person_id)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ErasePerson", "Erase personal data"),
                      summary(result), QMessageBox.StandardButton.Ok, window)
    box.setObjectName("erasureDone")
    box.exec()
    return result
