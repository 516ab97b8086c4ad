"""Swedish throughout: Qt's own dialogs (message boxes, file dialogs, wizards) speak
Swedish with the Swedish catalogue installed, and dates, times and numbers follow the
Swedish conventions (ISO dates, 24-hour times, "1 234" and "3,5") in the widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import library_service
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import i18n
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.locale_format import date_text, long_date_text, number_text, time_text
from samverkan_desktop.ui.optional_date_edit import OptionalDateEdit


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The translators and default locale of one language for one test; removed afterwards."""
    locale = QLocale()
    assert i18n.install(request.param, tmp_path / "cache") == request.param
    try:
        yield request.param
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(locale)


def test_standard_buttons_speak_the_language(language: str, qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Samverkan Desktop", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(buttons)
    texts = [box.button(QMessageBox.StandardButton.Cancel).text(),
             buttons.button(QDialogButtonBox.StandardButton.Close).text(),
             buttons.button(QDialogButtonBox.StandardButton.Yes).text().replace("&", "")]
    assert texts == (["Avbryt", "Stäng", "Ja"] if language == "sv" else ["Cancel", "Close", "Yes"])


def test_file_dialog_and_wizard_buttons_speak_the_language(language: str, qtbot: QtBot) -> None:
    swedish = language == "sv"
    dialog = QFileDialog(None, "Importera projektfil")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Windows' own dialog follows Windows' language
    qtbot.addWidget(dialog)
    accept = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
    assert accept.text().replace("&", "") == ("Öppna" if swedish else "Open")
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "").strip(" >") == (
        "Nästa" if swedish else "Next")
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == ("Avbryt" if swedish else "Cancel")


def test_dates_times_and_numbers(language: str) -> None:
    day = dt.date(2026, 11, 27)
    assert QLocale().name() == ("sv_SE" if language == "sv" else "en_SE")
    assert date_text(day) == "2026-11-27"
    assert time_text(dt.datetime(2026, 11, 27, 9, 5)) == "09:05"
    assert long_date_text(day) == ("27 november 2026" if language == "sv" else "27 November 2026")
    assert number_text(1234) == "1\u00a0234"
    assert number_text(3.5) == "3,5"


def test_date_fields_and_lists_show_iso_dates(language: str, qtbot: QtBot, ctx: EditContext, library: Library,
                                              demo_project: int) -> None:
    """The session editor's date field, the navigator's session labels and the sessions list agree."""
    from PySide6.QtWidgets import QAbstractItemView

    from samverkan_desktop.ui.editors.registry import create_editor
    from samverkan_desktop.ui.models.navigator import Node, Section

    (project,) = library_service.list_projects(library)
    session = library_service.list_sessions(library, project.uid)[0]
    editor = create_editor(ctx, Node(Section.SESSION, demo_project, session.id))
    qtbot.addWidget(editor)
    dates = [w for w in editor.findChildren(OptionalDateEdit) if w.date() is not None]
    assert dates and all(w.text() == date_text(session.date) for w in dates)
    listing = create_editor(ctx, Node(Section.SESSIONS, demo_project))
    qtbot.addWidget(listing)
    view = next(v for v in listing.findChildren(QAbstractItemView) if v.model() is not None
                and v.model().rowCount() > 0)
    model = view.model()
    shown = {model.index(row, column).data() for row in range(model.rowCount())
             for column in range(model.columnCount())}
    assert date_text(session.date) in shown


def test_pseudo_localisation_is_reachable_from_the_command_line(qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from samverkan_desktop import cli

    assert cli.parse(["--pseudo"]).pseudo is True
    assert cli.parse([]).pseudo is False
    locale = QLocale()
    i18n.install("sv", tmp_path / "cache", pseudo=True)
    try:
        stretched = QCoreApplication.translate("Actions", "Start &page")
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(locale)
    assert stretched.startswith("«Stàrt &pàgé") and stretched.endswith("~»")
    assert len(stretched) > len("Start &page") * 1.3
