"""Windows 11 in dark mode: the app keeps its light scheme, so that no panel with a light
background of its own gets the dark palette's white text (docs/make_screenshots.py --dark
shoots every screen under the same palette, to look at)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.ui import appearance
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow


@pytest.fixture
def dark_system(qapp: QApplication) -> Iterator[QApplication]:
    """The application palette Windows' dark mode gives, restored afterwards."""
    before = QPalette(qapp.palette())
    qapp.setPalette(appearance.pseudo_dark_palette())
    assert appearance.is_dark(qapp.palette())
    yield qapp
    qapp.setPalette(before)


def test_the_app_stays_light_under_dark_mode(dark_system: QApplication, qtbot: QtBot, ctx: EditContext,
                                             tmp_path: Path) -> None:
    appearance.use_light_scheme(dark_system)
    assert not appearance.is_dark(dark_system.palette())
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    palette = window.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() > 200
    assert palette.color(QPalette.ColorRole.WindowText).lightness() < 80
    assert palette.color(QPalette.ColorRole.Base).lightness() > 200


def test_a_light_system_is_left_as_it_is(qapp: QApplication) -> None:
    before = QPalette(qapp.palette())
    appearance.use_light_scheme(qapp)
    assert qapp.palette() == before
