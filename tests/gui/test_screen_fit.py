"""The first window fits the screen: a 1366 × 768 laptop or 1920 × 1080 at 150 % has less
room above the taskbar than the window asks for (the offscreen screen here is 800 × 600)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.ui import screen_fit
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.meeting.window import MeetingWindow
from tests.gui.test_meeting_mode import held_session


def inside_with_frame(window_geometry: QRect, room: QRect) -> bool:
    framed = window_geometry.adjusted(0, 0, screen_fit.FRAME.width(), screen_fit.FRAME.height())
    return room.contains(framed)


def test_the_first_main_window_fits_the_screen(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    room = screen_fit.available(window)
    assert room.width() < 1280  # the screen here is smaller than the window's wish
    assert inside_with_frame(window.geometry(), room), (window.geometry(), room)
    window.show()
    assert room.contains(window.frameGeometry())


def test_a_geometry_saved_on_a_larger_screen_is_brought_back(qtbot: QtBot, ctx: EditContext,
                                                             tmp_path: Path) -> None:
    settings = S.Settings(tmp_path / "settings.ini")
    big = MainWindow(ctx, DataPaths(tmp_path), settings)
    qtbot.addWidget(big)
    big.setGeometry(100, 80, 1800, 1000)  # as on the 27-inch screen at the office
    settings.set(S.WINDOW_GEOMETRY, big.saveGeometry())
    assert isinstance(settings.get(S.WINDOW_GEOMETRY), QByteArray)
    again = MainWindow(ctx, DataPaths(tmp_path), settings)
    qtbot.addWidget(again)
    again.show()
    assert screen_fit.available(again).contains(again.frameGeometry()), again.frameGeometry()


def test_meeting_mode_fits_when_it_is_not_maximised(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    meeting = MeetingWindow(ctx, held_session(ctx.library))
    qtbot.addWidget(meeting)
    assert inside_with_frame(meeting.geometry(), screen_fit.available(meeting))
    meeting.session.writer.close(5)


def test_the_size_on_the_laptops_of_the_issue() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 1366 × 768 less a 40-pixel taskbar
    scaled = QRect(0, 0, 1280, 688)  # 1920 × 1080 at 150 %, less the taskbar
    assert screen_fit.fit_size(QSize(1280, 760), laptop) == QSize(1280, 728 - screen_fit.FRAME.height())
    assert screen_fit.fit_size(QSize(1280, 760), scaled) == QSize(1280 - screen_fit.FRAME.width(),
                                                                  688 - screen_fit.FRAME.height())
    assert screen_fit.fit_size(QSize(900, 600), laptop) == QSize(900, 600)
