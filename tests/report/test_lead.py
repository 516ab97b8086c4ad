"""An entry's party drawn from cached PDF code (report.lead) looks exactly like ReportLab's bullet."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from reportlab.platypus import Paragraph

from samverkan_desktop.report.document import Metadata, PageDecor, render, styles
from samverkan_desktop.report.fonts import register_fonts
from samverkan_desktop.report.lead import LeadParagraph, lead_paragraph
from samverkan_desktop.report.text import escape
from tests.report.conftest import poppler_text

META = Metadata("Protokoll", "Björkviks kommun", "Protokoll", (), dt.date(2026, 11, 27))
DECOR = PageDecor("Björkviks kommun", "Utkast", draft=True)
LONG = "Arbetsplatsträffarna behöver mer tid för dialog om verksamhetens förändringar. " * 40
ENTRIES = [("Kommunal:", "Schemat kom för sent."), ("Vision – Beslut:", LONG),
           ("Sveriges Lärare:", "AT&T <b> & more"), ("Kommunal:", "Åsa Öberg höll med."), ("Kommunal:", "")]


def _pdf(lead: bool) -> bytes:
    register_fonts()
    story = [lead_paragraph(text, "statement_lead", who) if lead else
             Paragraph(escape(text), styles()["statement_lead"], bulletText=who) for who, text in ENTRIES * 6]
    return render(story, DECOR, META)


def _pages(pdf: bytes, folder: Path, name: str) -> list[bytes]:
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-gray", str(path), str(folder / name)], check=True)
    return [png.read_bytes() for png in sorted(folder.glob(f"{name}-*.pgm"))]


def test_pages_with_lead_forms_render_exactly_like_reportlab_bullets(tmp_path: Path) -> None:
    stamped, bulleted = _pdf(lead=True), _pdf(lead=False)
    assert stamped != bulleted  # the leads really are drawn another way...
    pages = _pages(stamped, tmp_path, "stamped")
    assert len(pages) > 2  # the long entry splits over a page break
    assert pages == _pages(bulleted, tmp_path, "bulleted")  # ...and every pixel is the same


def test_the_text_layer_reads_the_lead_before_its_entry(tmp_path: Path) -> None:
    text = " ".join(poppler_text(_pdf(lead=True), tmp_path).split())
    assert "Kommunal: Schemat kom för sent." in text
    assert "Sveriges Lärare: AT&T <b> & more" in text
    assert text.count("Kommunal:") == 2 * 6  # an empty entry prints nothing, its lead neither (as ReportLab)


def test_off_the_document_canvas_it_is_an_ordinary_bulleted_paragraph() -> None:
    paragraph = lead_paragraph("Schemat kom för sent.", "statement_lead", "Kommunal:")
    assert isinstance(paragraph, LeadParagraph) and paragraph.bulletText == "Kommunal:"
    from io import BytesIO

    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(BytesIO()).build([paragraph])  # a plain canvas has no text stamps: the bullet is drawn
