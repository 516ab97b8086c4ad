"""Entry points for the main window: "Importera svar…" and "Föregående uppföljning…".

``choose_and_import`` asks for the file; ``read_and_map`` reads it off the GUI thread
(the identity columns are dropped there), then opens the mapping dialog
(``ResponsesImportDialog``, window-modal, not blocking); Import runs ``start_import``:
the import off the GUI thread with progress and Cancel, as an exclusive job (it writes
the library). A bad file is a message that says what to do; nothing is written. When
done, the new session of written answers is opened in the navigator.

``show_previous_round`` opens the dialog that links the project to the previous round
and matches its mandates, questions and tags.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.survey.columns import Choice, describe
from samverkan_desktop.services.survey.importing import ResponsesImported, guide_questions, import_responses
from samverkan_desktop.services.survey.reading import SurveyTable, read_survey
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.jobs import Runner, Task, run_job
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.survey.import_dialog import ResponsesImportDialog
from samverkan_desktop.ui.survey.labels import import_counts

STATUS_MESSAGE_MS = 10_000


def choose_and_import(window: Any, ctx: EditContext, project_id: int) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("SurveyActions", "Import answers"), str(Path.home()),
        QCoreApplication.translate("SurveyActions", "Survey answers (*.xlsx *.csv *.txt);;All files (*)"))
    if name:
        read_and_map(window, ctx, project_id, Path(name))


def read_and_map(window: Any, ctx: EditContext, project_id: int, path: Path,
                 runner: Runner | None = None) -> Task[SurveyTable]:
    """Read the file in the background, then show the mapping dialog (``window.responses_dialog``)."""

    def show(table: SurveyTable) -> None:
        if not shiboken6.isValid(window):
            return
        questions = guide_questions(ctx.library, project_id)
        dialog = ResponsesImportDialog(table, describe(table, questions), questions, path.name, window)
        window.responses_dialog = dialog
        dialog.accepted.connect(lambda: start_import(window, ctx, project_id, table, dialog.mapping(),
                                                     dialog.title_text(), dialog.chosen_date(), runner))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    return run_job(window, QCoreApplication.translate("SurveyActions", "Reading the file…"),
                   lambda progress: read_survey(path, progress), show, language=ctx.language, runner=runner)


def start_import(window: Any, ctx: EditContext, project_id: int, table: SurveyTable, mapping: dict[int, Choice],
                 title: str, date: dt.date, runner: Runner | None = None) -> Task[ResponsesImported]:
    return run_job(window, QCoreApplication.translate("SurveyActions", "Importing the answers…"),
                   lambda progress: import_responses(ctx.library, project_id, table, mapping, title=title or None,
                                                     date=date, progress=progress),
                   lambda result: _imported(window, ctx, project_id, result),
                   language=ctx.language, runner=runner, exclusive=True)


def _imported(window: Any, ctx: EditContext, project_id: int, result: ResponsesImported) -> None:
    ctx.emit_list_changed(RecordKind.SESSION, project_id, result.session_id)
    ctx.emit_list_changed(RecordKind.ENTRY, result.session_id, -1)
    if not shiboken6.isValid(window):
        return
    window.refresh_navigator()
    window.select_node(Node(Section.SESSION, project_id, result.session_id))
    counted = import_counts(result.answers, result.respondents, result.rating_items)
    text = QCoreApplication.translate("SurveyActions", "Imported %1 from %2 and %3.")
    text = text.replace("%1", counted[0]).replace("%2", counted[1]).replace("%3", counted[2])
    window.statusBar().showMessage(text, STATUS_MESSAGE_MS)


def show_previous_round(window: Any, ctx: EditContext, project_id: int, runner: Runner | None = None) -> Any:
    """Open the previous round's dialog (``window.previous_dialog``); returns it."""
    from samverkan_desktop.ui.survey.previous_dialog import PreviousRoundDialog

    dialog = PreviousRoundDialog(ctx, project_id, window, runner=runner)
    window.previous_dialog = dialog
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
