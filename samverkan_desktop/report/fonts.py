"""The bundled DejaVu Sans family, registered once with ReportLab and embedded in every PDF.

DejaVu Sans (free licence, ``resources/fonts/LICENSE-DejaVu.txt``) covers Swedish, Sámi,
Finnish, Polish, Turkish, typographic punctuation and the letters of Arabic script. The
folder is found through ``samverkan_desktop.assets``, so a PyInstaller bundle finds it too.
"""

from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samverkan_desktop.assets import resource

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "SamverkanSans", "SamverkanSans-Bold", "SamverkanSans-Oblique", \
    "SamverkanSans-BoldOblique"
FAMILY = REGULAR
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}


@functools.cache
def register_fonts() -> str:
    """Register the family (once per process); returns its name for styles."""
    folder = resource("fonts")
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return FAMILY


def covers(char: str) -> bool:
    """Whether the regular face has a glyph for ``char``."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return ord(char) in font.face.charToGlyph
