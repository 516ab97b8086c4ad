"""Rapportinställningar: options round-trip through the dialog and the settings file; logos are checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from samverkan_desktop.report.options import ALL_SECTIONS, ReportOptions, Section
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.report.options_dialog import ReportOptionsDialog


@pytest.fixture
def settings(tmp_path: Path) -> S.Settings:
    return S.Settings(tmp_path / "settings.ini")


def open_dialog(qtbot: QtBot, settings: S.Settings) -> ReportOptionsDialog:
    dialog = ReportOptionsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def image_file(path: Path, fmt: str) -> Path:
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa8"))
    assert image.save(str(path), fmt)
    return path


def test_the_defaults_are_everything_as_a_draft_without_names(qtbot: QtBot, settings: S.Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert dialog.options() == ReportOptions()
    assert [box.text() for box in dialog.section_boxes.values()] == [
        "Summary", "Background and commission", "Method", "Results per central question", "What works",
        "Assessment per political mandate", "Development since the previous round", "Improvement areas", "Actions",
        "Conclusions and proposals", "Appendices"]
    assert dialog.draft.isChecked() and not dialog.names.isChecked()


def test_choices_come_back_as_options_and_are_remembered(qtbot: QtBot, settings: S.Settings,
                                                         tmp_path: Path) -> None:
    logo = image_file(tmp_path / "logga.png", "PNG")
    dialog = open_dialog(qtbot, settings)
    dialog.section_boxes[Section.METHOD].setChecked(False)
    dialog.section_boxes[Section.STRENGTHS].setChecked(False)
    dialog.minutes_appendix.setChecked(True)
    dialog.names.setChecked(True)
    dialog.final.setChecked(True)
    assert dialog.use_logo_file(logo)
    dialog.accept()
    expected_sections = frozenset(ALL_SECTIONS) - {Section.METHOD, Section.STRENGTHS}
    assert dialog.options() == ReportOptions(sections=expected_sections, minutes_appendix=True, names=True,
                                             final=True, logo=logo.read_bytes())

    settings.sync()
    again = open_dialog(qtbot, S.Settings(tmp_path / "settings.ini"))  # read back from the file
    options = again.options()
    assert options.sections == expected_sections
    assert options.minutes_appendix is True
    assert options.logo == logo.read_bytes()
    assert again.logo_name.text() == "logga.png"
    assert not again.logo_preview.pixmap().isNull()
    # names and "final" are asked anew for every report
    assert options.names is False and options.final is False


def test_the_minutes_appendix_needs_the_appendices(qtbot: QtBot, settings: S.Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.minutes_appendix.setChecked(True)
    dialog.section_boxes[Section.APPENDICES].setChecked(False)
    assert not dialog.minutes_appendix.isEnabled()
    assert dialog.options().minutes_appendix is False
    dialog.section_boxes[Section.APPENDICES].setChecked(True)
    assert dialog.minutes_appendix.isEnabled() and dialog.options().minutes_appendix is True


def test_a_report_without_sections_is_refused(qtbot: QtBot, settings: S.Settings, messages: list[str]) -> None:
    dialog = open_dialog(qtbot, settings)
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    dialog.accept()
    assert messages == ["Choose at least one section for the report."]
    assert dialog.isVisible() and dialog.result() == 0
    assert settings.get(S.REPORT_SECTIONS) == []


def test_a_jpeg_logo_is_taken_and_can_be_removed(qtbot: QtBot, settings: S.Settings, tmp_path: Path) -> None:
    logo = image_file(tmp_path / "logga.jpg", "JPEG")
    dialog = open_dialog(qtbot, settings)
    assert dialog.use_logo_file(logo)
    assert dialog.options().logo == logo.read_bytes()
    dialog.remove_logo.click()
    assert dialog.options().logo is None
    assert dialog.logo_name.text() == "No logo"


@pytest.mark.parametrize("kind", ["text", "gif", "missing", "folder", "huge"])
def test_a_bad_logo_file_gets_a_message_and_changes_nothing(qtbot: QtBot, settings: S.Settings, tmp_path: Path,
                                                           messages: list[str], kind: str) -> None:
    good = image_file(tmp_path / "logga.png", "PNG")
    bad = tmp_path / f"fel-{kind}.png"
    if kind == "text":
        bad.write_text("inte en bild", encoding="utf-8")
    elif kind == "gif":
        bad.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    elif kind == "folder":
        bad.mkdir()
    elif kind == "huge":
        bad.write_bytes(good.read_bytes() + bytes(6_000_000))
    dialog = open_dialog(qtbot, settings)
    assert dialog.use_logo_file(good)
    assert not dialog.use_logo_file(bad)
    assert len(messages) == 1 and bad.name in messages[0]
    assert dialog.options().logo == good.read_bytes()


def test_a_remembered_logo_that_is_gone_is_dropped_quietly(qtbot: QtBot, settings: S.Settings,
                                                          tmp_path: Path, messages: list[str]) -> None:
    settings.set(S.REPORT_LOGO, str(tmp_path / "borttagen.png"))
    dialog = open_dialog(qtbot, settings)
    assert dialog.options().logo is None
    assert dialog.logo_name.text() == "No logo"
    assert messages == []
