"""The app's colour scheme: always light, also when Windows is set to dark mode.

Windows 11 makes Qt follow the system's dark mode; several panels here carry light
backgrounds of their own (the red disk bar, the yellow notices, meeting mode's open
actions, search hits, the report preview's paper) and would put the palette's light text
on them. The app asks Qt for the light scheme, and where the platform keeps a dark palette
anyway it falls back to the style's standard (light) palette.

The scheme is asked for by the name of ``QStyleHints``' ``colorScheme`` property (its setter
is ``setColorScheme``), not with ``Qt.ColorScheme.Light``: the first use of PySide6's ``Qt``
namespace builds all of its enums, about 12 ms before the window could show
(docs/performance.md); tests/gui/test_app_start_cost.py checks the name means the light scheme.

``pseudo_dark_palette`` imitates the palette Windows' dark mode gives, so that tests and
``docs/make_screenshots.py --dark`` can check the app under it on any machine.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
#: the key of ``Qt.ColorScheme.Light``
LIGHT = "Light"


def is_dark(palette: QPalette) -> bool:
    """Whether a palette puts light text on dark windows."""
    return palette.color(QPalette.ColorRole.Window).lightness() < palette.color(
        QPalette.ColorRole.WindowText).lightness()


def use_light_scheme(app: QApplication) -> None:
    """Keep the app light whatever the system's colour scheme is (now and when it changes)."""
    if not app.styleHints().setProperty("colorScheme", LIGHT):  # = setColorScheme(Qt.ColorScheme.Light)
        log.warning("Qt refused the light colour scheme")
    _light_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _light_palette(app))


def _light_palette(app: QApplication) -> None:
    if is_dark(app.palette()):
        log.info("the system keeps a dark palette: using the style's light one")
        app.setPalette(app.style().standardPalette())


def pseudo_dark_palette() -> QPalette:
    """The palette of Windows 11's dark mode, near enough to check a screen against it."""
    palette = QPalette(QGuiApplication.palette())
    colours = {
        QPalette.ColorRole.Window: "#202020", QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#2b2b2b", QPalette.ColorRole.AlternateBase: "#323232",
        QPalette.ColorRole.Text: "#ffffff", QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2b2b2b",
        QPalette.ColorRole.ToolTipText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9d9d9d",
        QPalette.ColorRole.Highlight: "#4cc2ff", QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.Mid: "#3c3c3c", QPalette.ColorRole.Light: "#3c3c3c", QPalette.ColorRole.Dark: "#141414",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette
