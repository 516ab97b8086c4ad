"""The app icon: every size is there, drawn at that size, and the window uses it."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QImage

from samverkan_desktop.assets import app_icon_file, resource

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_has_its_size_and_a_transparent_corner(size: int) -> None:
    image = QImage(str(resource("icons", f"samverkan-desktop-{size}.png")))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is see-through
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255


def test_ico_directory_lists_every_size() -> None:
    data = app_icon_file().read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _colours, _zero, _planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        assert width == height and bits == 32
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert tuple(sorted(sizes)) == ICO_SIZES


def test_qt_reads_every_size_of_the_ico(qapp: object) -> None:
    icon = QIcon(str(app_icon_file()))
    assert sorted(size.width() for size in icon.availableSizes()) == list(ICO_SIZES)
    small = icon.pixmap(16, 16).toImage()
    assert small.pixelColor(8, 8).alpha() == 255


def test_the_windows_icon_is_the_ico_picture_for_picture(qapp: object) -> None:
    """The app builds its windows' icon from the PNGs (read lazily, app.app_icon): every size the
    ``.ico`` has, and each the same pixels as the ``.ico``'s."""
    from samverkan_desktop.app import app_icon
    from samverkan_desktop.assets import ICON_SIZES

    assert ICON_SIZES == ICO_SIZES
    ico, built = QIcon(str(app_icon_file())), app_icon()
    assert sorted(size.width() for size in built.availableSizes()) == list(ICO_SIZES)
    for size in ICO_SIZES:
        expected = ico.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        actual = built.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert actual == expected, size


def test_the_app_window_carries_the_icon(tmp_path: Path) -> None:
    """The real app start (run_app) sets the icon; read back from inside the running app."""
    script = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from samverkan_desktop import cli
from samverkan_desktop.app import run_app

def report():
    sizes = sorted(s.width() for s in QApplication.windowIcon().availableSizes())
    print("sizes", *sizes, flush=True)
    QApplication.instance().quit()

app = QApplication(sys.argv[:1])
QTimer.singleShot(0, report)
sys.exit(run_app(cli.parse(["--data-dir", sys.argv[1]])))
"""
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.returncode == 0, result.stderr
    assert f"sizes {' '.join(map(str, ICO_SIZES))}" in result.stdout
