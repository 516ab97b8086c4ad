"""Characters the bold or oblique face lacks print from the regular face, not as empty boxes.

Found by the hostile-input soak: an agenda title with U+1EE1F (which the regular face has
and the bold face lacks) printed as an empty box in the minutes' bold heading. The oblique
faces lack Arabic script altogether, so a statement quoted in the report (oblique) by a
speaker writing in Arabic printed as boxes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from samverkan_desktop.report.dialogue import build_dialogue_report
from samverkan_desktop.report.document import markup, para
from samverkan_desktop.report.fonts import BOLD, ITALIC, REGULAR, register_fonts
from samverkan_desktop.report.minutes import build_minutes
from samverkan_desktop.report.options import ReportOptions
from tests.report.conftest import page_texts, poppler_text, sample_minutes, sample_report, squeeze

ARABIC = "محمد"  # the oblique faces lack it
MATH = "\U0001d5a0\U0001ee1f"  # 𝖠 and an Arabic mathematical letter: the bold face lacks both


def _face(font: str) -> set[int]:
    register_fonts()
    return set(pdfmetrics.getFont(font).face.charToGlyph)


def test_the_example_characters_are_ones_only_the_regular_face_has() -> None:
    regular, bold, italic = _face(REGULAR), _face(BOLD), _face(ITALIC)
    assert all(ord(ch) in regular and ord(ch) not in bold for ch in MATH)
    assert all(ord(ch) in regular and ord(ch) not in italic for ch in ARABIC)


def test_only_the_runs_a_face_lacks_change_font() -> None:
    quoted = para(f"Hon sa {ARABIC} i dag", "quote_text")
    assert [(f.text, f.fontName) for f in quoted.frags] == [
        ("Hon sa ", ITALIC), (ARABIC, REGULAR), (" i dag", ITALIC)]
    bold = markup(f"<b>Rubrik {MATH}!</b> och <i>vanlig</i>")
    assert [(f.text, f.fontName) for f in bold.frags] == [
        ("Rubrik ", BOLD), (MATH, REGULAR), ("!", BOLD), (" och ", REGULAR), ("vanlig", ITALIC)]
    plain = para("Vanlig text på svenska", "quote_text")
    assert [(f.text, f.fontName) for f in plain.frags] == [("Vanlig text på svenska", ITALIC)]


def test_a_bold_agenda_title_prints_every_letter_the_regular_face_has(tmp_path: Path) -> None:
    minutes = sample_minutes()
    item = dataclasses.replace(minutes.items[0], title=f"S9{MATH}R")
    pdf = build_minutes(dataclasses.replace(minutes, items=(item,)))
    assert f"S9{MATH}R" in squeeze(poppler_text(pdf, tmp_path))


def test_no_empty_box_in_either_document_with_arabic_or_mathematical_letters_in_every_field() -> None:
    for typed in (ARABIC, MATH):
        for pdf in (build_minutes(sample_minutes(typed)),
                    build_dialogue_report(sample_report(typed), ReportOptions(minutes_appendix=True))):
            text = "".join(page_texts(pdf))
            assert "\x00" not in text  # what pypdf reads for a glyph the face lacks (an empty box)
            assert typed in text or typed[::-1] in text
