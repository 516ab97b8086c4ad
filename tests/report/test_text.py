"""Any text prints: markup, entities and image tags typed by a user print literally, in both documents."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A6
from reportlab.platypus import SimpleDocTemplate

from samverkan_desktop.report.dialogue import build_dialogue_report
from samverkan_desktop.report.document import para
from samverkan_desktop.report.fonts import covers
from samverkan_desktop.report.minutes import build_minutes
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.report.text import clean, escape, one_line
from tests.report.conftest import page_texts, sample_minutes, sample_report, squeeze

HOSTILE = ["<b>x</b>", "x<y", "AT&T;", "&amp;", "&lt;", "<br/>", "<para>", "</para>", "<font size=40>",
           "<a href='http://example.invalid'>länk</a>", "]]>", "<!-- c -->", "&#x41;", "&nbsp;"]


def test_escape_makes_markup_literal_and_keeps_line_breaks() -> None:
    assert escape("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert escape("AT&T;") == "AT&amp;T;"
    assert escape("a\nb\r\nc\rd") == "a<br/>b<br/>c<br/>d"
    assert escape(None) == "" and escape("") == ""
    assert escape("tab\there") == "tab here"


def test_clean_drops_unprintable_characters() -> None:
    assert clean("a\x00b\x07c\x1bd\ufffe") == "abcd"
    assert clean("x\u2028y") == "x\ny"
    assert one_line("  a \n b\t c ") == "a b c"


def test_soft_hyphens_stay_only_inside_words() -> None:
    assert clean("ord \xadnästa\xad \xad\xadsam\xad\xadverkans\xadavtal\xad") == "ord nästa sam\xadverkans\xadavtal"
    assert clean("\xad") == "" and clean("a\n\xadb") == "a\nb"


@pytest.mark.parametrize("typed", ["\xad \xad" + "x" * 27 + " nästa",
                                   "\xad\xad" + "x" * 8 + "nästa" + "x" * 5 + "ordordord",
                                   "ord " * 4 + "\xad" + "y" * 40])
def test_a_soft_hyphen_at_a_word_edge_prints_no_lone_hyphen(typed: str) -> None:
    # ReportLab breaks a line at a soft hyphen and prints "-" there, even with no letter before it
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A6).build([para(typed)])
    lines = [line.strip() for line in page_texts(out.getvalue())[0].splitlines()]
    assert not [line for line in lines if line.startswith("-")], lines
    assert squeeze(typed.replace("\xad", "")) in squeeze("".join(lines))


@pytest.mark.parametrize("word", ["Áŋŧđčšž", "Åsa Öberg", "Jyväskylä", "Łódź Żółć", "İstanbul ğış",
                                  "„citat” – ‘så’ … «här»", "محمد", "Ørsted"])
def test_the_bundled_font_covers_the_letters_users_type(word: str) -> None:
    assert all(covers(ch) for ch in word if not ch.isspace()), [ch for ch in word if not covers(ch)]


def _no_images(pdf: bytes) -> bool:
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for obj in xobjects.values():
            if obj.get_object().get("/Subtype") == "/Image":
                return False
    return True


def test_hostile_text_prints_literally_and_opens_no_file(tmp_path: Path) -> None:
    image = tmp_path / "bild.png"
    # a real image: if ReportLab followed the tag, the PDF would contain it
    from PIL import Image

    Image.new("RGB", (20, 20), "#c0703a").save(image, "PNG")
    typed = " ".join([*HOSTILE, f'<img src="{image}" width="20" height="20"/>'])
    for pdf in (build_minutes(sample_minutes(typed)),
                build_dialogue_report(sample_report(typed), ReportOptions(minutes_appendix=True))):
        text = squeeze(" ".join(page_texts(pdf)))
        for piece in [*HOSTILE, f'<imgsrc="{image}"']:
            assert squeeze(piece) in text, piece
        assert _no_images(pdf)


def test_characters_beyond_the_basic_plane_come_back_from_the_pdf_text() -> None:
    # ReportLab wrote them as "<1F600>" in the ToUnicode map, which no reader decodes: the
    # emoji the font has vanished from copied, searched and extracted text
    typed = "Bra möte 😀 😃😉 slut"
    assert all(covers(ch) for ch in "😀😃😉")
    for pdf in (build_minutes(sample_minutes(typed)), build_dialogue_report(sample_report(typed))):
        assert squeeze(typed) in squeeze(" ".join(page_texts(pdf)))
