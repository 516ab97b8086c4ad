"""The neutral content model (report.content) and its PDF renderer (report.pdf)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader

from samverkan_desktop.report import content as c
from samverkan_desktop.report.data import Chart
from samverkan_desktop.report.dialogue import build_dialogue_report, chart_alt_text, dialogue_content
from samverkan_desktop.report.minutes import minutes_content
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.report.pdf import render_pdf
from tests.report.conftest import outline_titles, pdffonts, poppler_text, sample_minutes, sample_report, squeeze

INFO = c.DocInfo("Prov", "Ekdala kommun", "Prov", ("prov",), dt.date(2026, 11, 27))


def _document(*nodes: c.Node) -> c.Document:
    return c.Document(INFO, c.Furniture("Ekdala kommun – Prov", "Utkast", draft=False), nodes)


def test_every_kind_of_node_prints_in_order(tmp_path: Path) -> None:
    document = _document(
        c.Contents(),
        c.Heading("1 Kapitel", 0, "k1"),
        c.Para((c.Span("Fet", bold=True), c.Span(" och "), c.Span("kursiv", italic=True))),
        c.ListBlock("bullets", ("Första punkten", "Andra punkten")),
        c.ListBlock("numbered", ("Tredje steget", "Fjärde steget"), start=3),
        c.Heading("1.1 Avsnitt", 1, "k11"),
        c.Led("Kommunal", "Vi vill ha mer tid."),
        c.Quote("Det fungerar bra.", "Vision, 1 oktober 2026"),
        c.Table(((c.Cell(c.plain("Namn")), c.Cell(c.plain("Värde"))), (c.Cell(c.plain("a"), "cell_bold"),
                                                                       c.Cell(c.plain("b")))), (40, None)),
        c.Keep((c.Heading("Grupp", 2, None, rank=3), c.Keep((c.Para(c.plain("inuti")),)))),
    )
    pdf = render_pdf(document)
    text = squeeze(poppler_text(pdf, tmp_path))
    expected = ["Innehåll", "1Kapitel", "Fetochkursiv", "•Förstapunkten", "•Andrapunkten",
                "3.Tredjesteget", "4.Fjärdesteget", "1.1Avsnitt", "Kommunal:Vivillhamertid.",
                "”Detfungerarbra.”", "—Vision,1oktober2026", "NamnVärde", "ab", "Grupp", "inuti"]
    position = 0
    for piece in expected:
        found = text.find(piece, position)
        assert found >= 0, piece
        position = found + len(piece)
    assert outline_titles(pdf) == ["Innehåll", "1 Kapitel", "1.1 Avsnitt"]
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2  # the contents page, then one page: groups never nest
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the list markers too: no Helvetica


def test_the_report_and_the_minutes_are_rendered_from_their_content() -> None:
    report, options = sample_report("x"), ReportOptions(minutes_appendix=True)
    assert render_pdf(dialogue_content(report, options)) == build_dialogue_report(report, options)
    content = dialogue_content(report, options)
    chapters = [h.text for h in c.headings(content.nodes) if h.level == 0]
    assert chapters[:3] == ["1 Sammanfattning", "2 Bakgrund och uppdrag", "3 Metod"]
    assert content.title_page is not None and content.title_page.label == "DIALOGRAPPORT"
    assert content.info.language == "sv-SE" and content.info.author == "Ekdala kommun x · CSG x"
    minutes = minutes_content(sample_minutes("y"))
    assert [h.text for h in c.headings(minutes.nodes)][:2] == ["Sammanträde y", "Närvarande"]
    assert minutes.furniture.draft and minutes.title_page is None


def test_the_chart_alt_text_says_what_the_chart_shows() -> None:
    chart = Chart(("Arbetsmiljö", "Lön"), ("Kommunal", "Vision"), ((3, 1), (0, 2)))
    alt = chart_alt_text(chart)
    assert "Arbetsmiljö: 4 inlägg (Kommunal 3, Vision 1)" in alt
    assert "Lön: 2 inlägg (Vision 2)" in alt
    figure = next(n for n in c.walk(dialogue_content(sample_report("z")).nodes) if isinstance(n, c.Figure))
    assert figure.alt == chart_alt_text(sample_report("z").chart)


def test_text_blocks_follow_the_plain_text_convention() -> None:
    nodes = c.text_blocks("Inledning\n\n- ett\n- två\n\n1. först\n2. sen")
    assert nodes == [c.Para(c.plain("Inledning")), c.ListBlock("bullets", ("ett", "två")),
                     c.ListBlock("numbered", ("först", "sen"))]
    assert c.paragraphs("a\nb\n\nc") == [c.Para(c.plain("a\nb")), c.Para(c.plain("c"))]
