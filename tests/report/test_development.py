"""The report's written answers, rating items and the chapter "Utveckling sedan föregående uppföljning"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from samverkan_desktop.report.content import Figure, Table, walk
from samverkan_desktop.report.dialogue import dialogue_content
from samverkan_desktop.report.options import ReportOptions, Section
from samverkan_desktop.services.comparison import comparison
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.library_service import project_id_for
from samverkan_desktop.services.previous_round import link_previous
from samverkan_desktop.services.report_data import report_data
from samverkan_desktop.services.reports import build_report_pdf
from samverkan_desktop.services.survey.columns import automatic, describe
from samverkan_desktop.services.survey.importing import guide_questions, import_responses
from samverkan_desktop.services.survey.reading import read_survey_bytes
from samverkan_desktop.storage.library import Library
from tests import survey_files as sf
from tests.report.conftest import outline_titles, poppler_text, squeeze
from tests.services.test_previous_round import _previous_document


def _survey(library: Library, project_id: int, rows: list[list[Any]] | None = None) -> None:
    table = read_survey_bytes(sf.forms_workbook(rows), "svar.xlsx")
    import_responses(library, project_id, table, automatic(describe(table, guide_questions(library, project_id)),
                                                           sf.GROUP))


def _linked(library: Library, demo_uid: str, demo_document: dict[str, Any]) -> int:
    previous = import_document(library, _previous_document(demo_document)).project_id
    current = project_id_for(library, demo_uid)
    _survey(library, previous, [[*r[:8], 2, 2, *r[10:]] if 0 < i < 5 else r for i, r in enumerate(sf.rows())])
    _survey(library, current)
    link_previous(library, current, previous)
    found = comparison(library, current)
    assert found is not None
    areas = {f.name: f.previous_item_id for f in found.follow_ups}
    editor = Editor(library)
    editor.set("previous_item", areas["Arbetsplatsträffar som ger inflytande"], status="done",
               comment="Gemensam struktur för APT sedan i höstas.")
    editor.set("previous_item", areas["Lokaler för samverkan"], status="not_relevant")
    return current


def test_the_chapter_compares_with_the_previous_round(library: Library, demo_uid: str,
                                                      demo_document: dict[str, Any], tmp_path: Path) -> None:
    _linked(library, demo_uid, demo_document)
    pdf = build_report_pdf(library, demo_uid, ReportOptions())
    chapters = [t for t in outline_titles(pdf) if re.match(r"^\d+ ", t)]
    assert chapters[5:8] == ["6 Bedömning per politiskt uppdrag", "7 Utveckling sedan föregående uppföljning",
                             "8 Förbättringsområden"]
    titles = outline_titles(pdf)
    for sub in ("7.1 Politiska uppdrag då och nu", "7.2 Förbättringsområden från föregående uppföljning",
                "7.3 Medarbetarnas skattningar då och nu", "4.6 Medarbetarnas skattningar"):
        assert sub in titles
    text = squeeze(poppler_text(pdf, tmp_path))
    for words in ("”Dialograpport 2025” (31 mars 2025)",
                  "U1 Tidig dialog inför beslutInte stärktsDelvis stärktsStärkts mer",
                  "U2 Gemensamt arbetsmiljöarbeteStärktsStärktsOförändrat",
                  "Figur 2. Bedömningen av de politiska uppdragen då och nu.",
                  "StatusGenomfört", "KommentarGemensam struktur för APT sedan i höstas.",
                  "StatusInte längre aktuellt", "StatusInte uppföljt",
                  f"{sf.HME_1}42,043,5+1,5",  # n, mean then and now, the change with a decimal comma
                  "Medarbetarnas skattningar då och nu"):
        assert squeeze(words) in text, words


def test_written_answers_are_a_source_of_their_own_with_their_count(
        library: Library, demo_uid: str, tmp_path: Path) -> None:
    _survey(library, project_id_for(library, demo_uid))
    pdf = build_report_pdf(library, demo_uid, ReportOptions(minutes_appendix=True))
    text = squeeze(poppler_text(pdf, tmp_path))
    assert squeeze("Därtill lämnade 4 medarbetare skriftliga svar i en enkät") in text
    assert squeeze("6 svar på samtalsguidens frågor. De redovisas som en egen källa, skriftliga svar från "
                   "medarbetare") in text
    from samverkan_desktop.report.drafts import method_draft
    from samverkan_desktop.services.report_data import method_inputs

    draft = method_draft(*method_inputs(library, project_id_for(library, demo_uid)))
    assert "Underlaget bygger på 4 strukturerade dialoger" in draft  # the survey is no dialogue
    assert squeeze("Socialförvaltningen (skriftliga svar)") in text
    # Bilaga B counts the respondents of written answers as their Närv., and says so
    assert squeeze("För skriftliga svar anger Närv. antalet svarande.") in text
    assert squeeze(f"{sf.HME_1}43,563") in text and squeeze(f"{sf.HME_4}34,075") in text
    # two of HME's nine items asked: the indices say they are partial, never a bare "HME"
    assert squeeze("Motivation (1 av 3 frågor)") in text and squeeze("Ledarskap (1 av 3 frågor)") in text
    assert squeeze("HME (2 av 9 frågor)") in text
    for identity in (sf.CANARY_NAME, sf.CANARY_MAIL, sf.CANARY_TOKEN):
        assert squeeze(identity) not in text
    titles = outline_titles(pdf)  # the minutes appendix has the meetings, not the survey
    assert "Skriftliga svar från medarbetare" not in titles and "Bilaga D. Protokoll från dialogtillfällena" in titles


def test_no_chapter_and_no_tables_without_a_previous_round_or_a_survey(
        library: Library, demo_uid: str, tmp_path: Path) -> None:
    pdf = build_report_pdf(library, demo_uid, ReportOptions())
    titles = outline_titles(pdf)
    assert squeeze("antalet svarande") not in squeeze(poppler_text(pdf, tmp_path))
    assert not any("Utveckling" in t or "skattningar" in t for t in titles)
    assert "skriftliga svar" not in poppler_text(pdf, tmp_path)


def test_the_content_model_carries_the_chapter_for_every_renderer(
        library: Library, demo_uid: str, demo_document: dict[str, Any]) -> None:
    project_id = _linked(library, demo_uid, demo_document)
    data = report_data(library, project_id, ReportOptions())
    assert data.development is not None and data.written and data.ratings and data.hme
    nodes = list(walk(dialogue_content(data, ReportOptions()).nodes))
    figures = [n for n in nodes if isinstance(n, Figure)]
    rating_chart = next(f for f in figures if not f.chart.stacked)
    assert rating_chart.chart.scale[-1] == "Stärkts" and rating_chart.chart.parties == ("Föregående", "Nu")
    assert "U1 Tidig dialog inför beslut: inte stärkts då, delvis stärkts nu" in rating_chart.alt.lower() \
        or "U1 Tidig dialog inför beslut: Inte stärkts då, Delvis stärkts nu" in rating_chart.alt
    tables = [n for n in nodes if isinstance(n, Table)]
    assert any(t.rows[0][0].spans[0].text == "HME-index" for t in tables)
    sessions = next(t for t in tables if t.rows[0][1].spans[0].text == "Dialogtillfälle")
    written = [[c.spans[0].text for c in row] for row in sessions.rows if row[2].spans[0].text == "Skriftliga svar"]
    assert [(row[1], row[4], row[5]) for row in written] == [("Skriftliga svar från medarbetare", "4", "6")]
    left_out = dialogue_content(data, ReportOptions(sections=frozenset({Section.ASSESSMENT})))
    assert not any(isinstance(n, Figure) for n in walk(left_out.nodes))


def test_the_word_report_has_the_chapter_too(library: Library, demo_uid: str, demo_document: dict[str, Any],
                                             tmp_path: Path) -> None:
    import io
    import zipfile

    from docx import Document as Docx

    from samverkan_desktop.services.reports import build_report_docx

    _linked(library, demo_uid, demo_document)
    data = build_report_docx(library, demo_uid, ReportOptions())
    document = Docx(io.BytesIO(data))
    paragraphs = [p.text for p in document.paragraphs]
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    for title in ("7 Utveckling sedan föregående uppföljning", "7.1 Politiska uppdrag då och nu",
                  "7.2 Förbättringsområden från föregående uppföljning", "7.3 Medarbetarnas skattningar då och nu",
                  "4.6 Medarbetarnas skattningar"):
        assert title in headings, title
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert {"Stärkts mer", "Genomfört", "Inte längre aktuellt", "HME-index"} <= cells
    assert "Figur 2. Bedömningen av de politiska uppdragen då och nu." in paragraphs
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert sum(1 for name in package.namelist() if name.startswith("word/media/")) >= 2  # both charts


def test_a_tagged_span_under_an_earlier_area_is_quoted_with_its_ellipses(
        library: Library, demo_uid: str, demo_document: dict[str, Any], tmp_path: Path) -> None:
    """The follow-up's statements quote as every other part of the report does: the span of a
    tagged passage with […] where the entry goes on, never a half sentence without a mark."""
    current = _linked(library, demo_uid, demo_document)
    development = report_data(library, current, ReportOptions()).development
    assert development is not None
    area = next(f for f in development.follow_ups if f.name == "Tidiga underlag och öppna alternativ")
    span = next(s for s in area.statements if s.text.startswith("hört talas om flytten"))
    assert span.cut_before and not span.cut_after
    whole = next(s for s in area.statements if s is not span)
    assert not whole.cut_before and not whole.cut_after
    text = squeeze(poppler_text(build_report_pdf(library, demo_uid, ReportOptions()), tmp_path))
    chapter = text[text.rindex(squeeze("7.2 Förbättringsområden från föregående uppföljning")):
                   text.rindex(squeeze("8 Förbättringsområden"))]  # this chapter's quotes, not chapter 8's
    assert squeeze("”[…] hört talas om flytten innan frågan kom till CSG”") in chapter
