"""The bundled DejaVu Sans family, registered once with ReportLab and embedded in every PDF.

DejaVu Sans (free licence, ``resources/fonts/LICENSE-DejaVu.txt``) covers Swedish, Sámi,
Finnish, Polish, Turkish, typographic punctuation and the letters of Arabic script. The
folder is found through ``samverkan_desktop.assets``, so a PyInstaller bundle finds it too.

The oblique faces lack Arabic script and some other letters the regular face has, and the
bold face lacks a few mathematical letters: ``with_fallback`` draws such characters in the
regular face instead of as empty boxes.
"""

from __future__ import annotations

import functools
import re
from itertools import groupby
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from samverkan_desktop.assets import resource

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "SamverkanSans", "SamverkanSans-Bold", "SamverkanSans-Oblique", \
    "SamverkanSans-BoldOblique"
FAMILY = REGULAR
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}


_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap with the Unicode side in UTF-16BE, as PDF requires.

    ReportLab writes a character beyond U+FFFF (an emoji, 𝔘) as five hex digits, e.g.
    ``<1F600>``: PDF readers cannot decode it, so the character is lost when text is copied,
    searched or read aloud from the PDF. Such characters are written as surrogate pairs.
    """
    cmap: str = _reportlab_cmap(fontname, subset)
    for code in {c for c in subset if c > 0xFFFF}:
        cmap = cmap.replace(f"<{code:04X}>", f"<{chr(code).encode('utf-16-be').hex().upper()}>")
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class FastTTFont(TTFont):  # type: ignore[misc]
    """ReportLab's TrueType font with a fast path for text it has seen before.

    ReportLab maps every character of every drawn line to its subset code in a Python loop
    (``splitString``), the largest single cost of laying out a long report. Once each
    character of a line has its code in this document (almost always, after the first
    pages), the codes are looked up in one pass; any other line takes ReportLab's own path,
    which assigns the new codes. The result is the same list of (subset, bytes) either way
    (tests/report/test_fonts.py compares them).
    """

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        if state is None or not isinstance(text, str):
            return super().splitString(text, doc, encoding)  # type: ignore[no-any-return]
        try:
            codes = list(map(state.assignments.__getitem__, map(ord, text)))
        except KeyError:  # a character without a code yet (or NBSP, which ReportLab maps to a space)
            return super().splitString(text, doc, encoding)  # type: ignore[no-any-return]
        try:
            return [(0, bytes(codes))] if codes else []
        except ValueError:  # codes beyond the first subset: one run per subset
            return [(subset, bytes(code & 0xFF for code in run)) for subset, run in groupby(codes, lambda c: c >> 8)]


@functools.cache
def register_fonts() -> str:
    """Register the family (once per process); returns its name for styles."""
    folder = resource("fonts")
    for name, file in _FILES.items():
        pdfmetrics.registerFont(FastTTFont(name, str(folder / file)))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return FAMILY


@functools.cache
def _lacking(font: str) -> re.Pattern[str] | None:
    """Runs of characters the regular face has and ``font`` lacks (None: the regular face or another font)."""
    if font not in _FILES or font == REGULAR:
        return None
    register_fonts()
    codes = set(pdfmetrics.getFont(REGULAR).face.charToGlyph).difference(pdfmetrics.getFont(font).face.charToGlyph)
    if not codes:
        return None
    ranges: list[list[int]] = []  # consecutive codes as one range: a long class of single characters is slow
    for code in sorted(codes):
        if ranges and ranges[-1][1] + 1 == code:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return re.compile("([" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]+)")


def draws_all(font: str, text: str) -> bool:
    """Whether ``font`` draws every character of ``text`` that the regular face draws."""
    lacking = _lacking(font)
    return lacking is None or text.isascii() or lacking.search(text) is None


def with_fallback(frags: list[Any]) -> list[Any]:
    """Paragraph fragments with each run of characters their face lacks (and the regular face has) in the regular face.

    A name in Arabic script in a quoted statement (oblique) or a mathematical letter in a
    bold heading would otherwise print as empty boxes. Text the face covers, nearly all,
    keeps its fragments as they are.
    """
    out: list[Any] = []
    for frag in frags:
        text, font = getattr(frag, "text", ""), getattr(frag, "fontName", REGULAR)
        lacking = _lacking(font)
        if lacking is None or not text or draws_all(font, text):
            out.append(frag)
            continue
        for index, part in enumerate(lacking.split(text)):  # odd parts are the runs the face lacks
            if part:
                out.append(frag.clone(text=part, fontName=REGULAR) if index % 2 else frag.clone(text=part))
    return out


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points in ``font`` (a binary search: text may be long)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits; text[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


def covers(char: str) -> bool:
    """Whether the regular face has a glyph for ``char``."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return ord(char) in font.face.charToGlyph
