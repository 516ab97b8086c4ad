"""A paragraph led by a short bold text (an entry's party), the lead's PDF code made once.

The minutes print every entry as "**Kommunal:** what was said". ReportLab draws a bullet
text anew for each paragraph (a text object, its font and colour, the text encoded), which
costs about as much as a line of text, for thousands of entries. ``LeadParagraph`` lays out
exactly like a paragraph with ``bulletText`` (its style's first-line indent is the bullet's
width, so ReportLab's own bullet room adds nothing), but draws the lead with
``DocCanvas.stamp_text``, which encodes each distinct lead once per document and then only
places that code. On any other canvas, for a paragraph ReportLab lays out in fragments, or
for a paragraph's second half after a page break, it is an ordinary Paragraph.
tests/report/test_lead.py compares the rendered pages with ReportLab's bullet.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.rl_config import paraFontSizeHeightOffset

from samverkan_desktop.report.document import TextParagraph, para, styles

#: the room ReportLab leaves after a bullet, in bullet font sizes
_BULLET_GAP = 0.6


class LeadParagraph(TextParagraph):
    """A Paragraph whose bullet text is placed as PDF code encoded once per document (see the module doc)."""

    def draw(self) -> None:
        lead = self.__dict__.get("bulletText")  # (an instance attribute ReportLab sets)
        canvas, lines = self.canv, self.blPara
        if not isinstance(lead, str) or not hasattr(canvas, "stamp_text") or lines.kind != 0 or not lines.lines:
            super().draw()
            return
        style = self.style
        top = lines.fontSize if paraFontSizeHeightOffset else getattr(lines, "ascent", lines.fontSize)
        color = getattr(style, "bulletColor", style.textColor)
        canvas.stamp_text(lead, style.bulletFontName, style.bulletFontSize, color, style.bulletIndent,
                          self.height - top + getattr(style, "bulletOffsetY", 0))
        self.bulletText = None
        try:
            super().draw()
        finally:
            self.bulletText = lead


def lead_paragraph(text: str | None, style: str, lead: str) -> Paragraph:
    """User ``text`` in ``style`` (which sets the bullet's font), led by ``lead``."""
    look = styles()[style]
    return para(text, _lead_style(style, stringWidth(lead, look.bulletFontName, look.bulletFontSize)), lead,
                kind=LeadParagraph)


@functools.cache
def _lead_style(style: str, lead_width: float) -> ParagraphStyle:
    look: Any = styles()[style]
    indent = look.bulletIndent + lead_width + _BULLET_GAP * look.bulletFontSize - look.leftIndent
    return ParagraphStyle(f"{style}-lead-{lead_width:.3f}", parent=look, firstLineIndent=max(indent, 0))
