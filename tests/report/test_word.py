"""The report and the minutes as Word files: the PDF's structure, accessible parts, same bytes, real Word styles."""

from __future__ import annotations

import datetime as dt
import getpass
import io
import itertools
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from lxml import etree

from samverkan_desktop.report.dialogue import dialogue_content
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.report.word import render_docx
from samverkan_desktop.services.reports import build_minutes_docx, build_report_docx, build_report_pdf
from samverkan_desktop.storage.library import Library
from tests.report.conftest import outline_titles, sample_report, squeeze

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1], "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}
OPTIONS = ReportOptions(minutes_appendix=True)


def part(data: bytes, name: str) -> Any:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def word_text(data: bytes) -> str:
    """Every paragraph of the body, the tables' included, as python-docx reads them."""
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p"))


def word_headings(data: bytes) -> list[tuple[int, str]]:
    document = docx.Document(io.BytesIO(data))
    found = []
    for paragraph in document.paragraphs:
        match = re.fullmatch(r"Heading (\d)", paragraph.style.name)
        if match:
            found.append((int(match.group(1)), paragraph.text))
    return found


@pytest.fixture
def demo_word(library: Library, demo_uid: str) -> bytes:
    return build_report_docx(library, demo_uid, OPTIONS)


def test_headings_are_word_headings_in_the_pdfs_order(library: Library, demo_uid: str, demo_word: bytes) -> None:
    pdf = build_report_pdf(library, demo_uid, OPTIONS)
    found = word_headings(demo_word)
    keyed = [text for _level, text in found if text != "Politiska uppdrag som utvärderas"]  # a table's caption
    assert keyed == outline_titles(pdf)[1:]  # the PDF's bookmarks after "Innehåll"
    levels = [level for level, _text in found]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in itertools.pairwise(levels))  # never jump
    assert max(levels) <= 4
    assert [text for level, text in found if level == 1][:3] == ["1 Sammanfattning", "2 Bakgrund och uppdrag",
                                                                   "3 Metod"]


def test_accessible_parts(demo_word: bytes, demo_document: dict[str, Any]) -> None:
    document = part(demo_word, "word/document.xml")
    pictures = document.findall(".//wp:docPr", NS)
    assert pictures and all(p.get("descr", "").strip() for p in pictures)
    chart = next(p for p in pictures if p.get("name") == "Figur 1")
    assert "inlägg per tema" in chart.get("descr") and "Kommunal" in chart.get("descr")
    header_rows = document.findall(".//w:tr/w:trPr/w:tblHeader", NS)
    assert len(header_rows) >= 4  # the mandates, the sessions, the parties, attendance per party
    for row in (h.getparent().getparent() for h in header_rows):
        assert row.getparent().index(row) == 2  # the first row, after tblPr and tblGrid
    assert 'TOC \\o "1-2"' in etree.tostring(document, encoding="unicode")
    styles = part(demo_word, "word/styles.xml")
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(f"{W}val") == "sv-SE"
    assert {e.get(f"{W}val") for e in styles.iter(f"{W}lang")} == {"sv-SE"}
    settings = part(demo_word, "word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(f"{W}val") == "sv-SE"
    assert settings.find("w:updateFields", NS) is not None
    properties = docx.Document(io.BytesIO(demo_word)).core_properties
    project = demo_document["project"]
    assert properties.title == project["title"]
    assert properties.author == properties.last_modified_by == f"{project['organisation']} · {project['body']}"
    assert properties.created == dt.datetime(2025, 11, 20, tzinfo=dt.UTC)
    with zipfile.ZipFile(io.BytesIO(demo_word)) as archive:
        metadata = archive.read("docProps/core.xml") + archive.read("docProps/app.xml")
    assert getpass.getuser().encode() not in metadata and b"python-docx" not in metadata


def test_no_person_is_named_unless_names_are_on(library: Library, demo_uid: str, demo_word: bytes,
                                               demo_document: dict[str, Any]) -> None:
    text = squeeze(word_text(demo_word))
    said = squeeze(" ".join(e["text"] for s in demo_document["sessions"] for e in s.get("entries", [])))
    people = [p["name"] for p in demo_document["people"] if squeeze(p["name"]) not in said]
    assert people and not [name for name in people if squeeze(name) in text]
    named = squeeze(word_text(build_report_docx(library, demo_uid, ReportOptions(minutes_appendix=True,
                                                                                  names=True))))
    attended = {line["person"] for s in demo_document["sessions"] for line in s.get("attendance", [])}
    names = {p["id"]: p["name"] for p in demo_document["people"]}
    assert all(squeeze(names[i]) in named for i in attended)


def test_same_project_same_bytes(library: Library, demo_uid: str, demo_word: bytes) -> None:
    assert build_report_docx(library, demo_uid, OPTIONS) == demo_word
    with zipfile.ZipFile(io.BytesIO(demo_word)) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {info.date_time for info in infos} == {(2025, 11, 20, 0, 0, 0)}  # the report's date, not the clock
    later = render_docx(dialogue_content(sample_report("x", date=dt.date(2027, 1, 5))))
    assert later != render_docx(dialogue_content(sample_report("x")))


def test_every_section_quote_and_appendix_is_in_the_word_file(demo_word: bytes, library: Library,
                                                              demo_uid: str) -> None:
    from samverkan_desktop.report import content as c
    from samverkan_desktop.services.library_service import project_id_for
    from samverkan_desktop.services.report_data import report_data

    data = report_data(library, project_id_for(library, demo_uid), OPTIONS)
    content = dialogue_content(data, OPTIONS)
    text = squeeze(word_text(demo_word))
    expected: list[str] = []
    for node in c.walk(content.nodes):
        if isinstance(node, c.Heading):
            expected.append(node.text)
        elif isinstance(node, c.Quote):
            expected += [node.quoted, node.source_line]
        elif isinstance(node, c.Led):
            expected.append(f"{node.lead}: {node.text}")
        elif isinstance(node, c.Para):
            expected.append("".join(s.text for s in node.spans))
        elif isinstance(node, c.Table):
            expected += ["".join(s.text for s in cell.spans) for row in node.rows for cell in row]
    position = 0
    for piece in expected:  # everything, in the content's order
        found = text.find(squeeze(piece), position)
        assert found >= 0, piece
        position = found + len(squeeze(piece))


def test_the_minutes_as_word(library: Library, demo_uid: str, demo_document: dict[str, Any]) -> None:
    session = demo_document["sessions"][0]
    data = build_minutes_docx(library, demo_uid, session["id"])
    text = squeeze(word_text(data))
    people = {p["id"]: p["name"] for p in demo_document["people"]}
    for expected in ("PROTOKOLL", session["title"], "Närvarande", "Justering", "Vidprotokollet",
                     *(people[line["person"]] for line in session.get("attendance", [])),
                     *(entry["text"] for entry in session.get("entries", []))):
        assert squeeze(expected) in text, expected
    document = docx.Document(io.BytesIO(data))
    assert document.core_properties.title.startswith("Protokoll")
    section = document.sections[0]
    assert not section.different_first_page_header_footer  # no title page: the header on every page
    assert "Protokoll" in section.header.paragraphs[0].text
    assert build_minutes_docx(library, demo_uid, session["id"]) == data


def test_lists_and_hostile_text(tmp_path: Path) -> None:
    hostile = "<b>&amp;</b> \x00\x0b\ufffe 😀 محمد " + "lång " * 10_000
    report = sample_report(hostile, summary="Inledning\n\n- ett\n- två\n\n3. tre\n4. fyra")
    from samverkan_desktop.report import content as c

    content = dialogue_content(report, OPTIONS)
    assert [n.kind for n in c.walk(content.nodes) if isinstance(n, c.ListBlock)] == ["bullets", "numbered"]
    data = render_docx(content)  # the summary's lists, as the report's own text convention makes them
    text = word_text(data)
    assert "<b>&amp;</b>" in text and "😀" in text and "\x00" not in text and "\ufffe" not in text
    numbering = part(data, "word/numbering.xml")
    starts = [e.get(f"{W}val") for e in numbering.iter(f"{W}startOverride")]
    assert starts == ["3"]  # the numbered list counts from its own first number
    listed = [p for p in docx.Document(io.BytesIO(data)).paragraphs if p._p.pPr is not None
              and p._p.pPr.numPr is not None]
    assert [p.text for p in listed] == ["ett", "två", "tre", "fyra"]


def test_the_minutes_changes_reach_the_word_file(library: Library, demo_uid: str) -> None:
    import dataclasses

    from samverkan_desktop.report.data import MinutesEntry
    from samverkan_desktop.report.minutes import minutes_content
    from tests.report.conftest import sample_minutes

    found = word_headings(build_minutes_docx(library, demo_uid, "session-2025-10-02-fsg-utb"))
    grouped = [(level, text) for level, text in found if text.startswith("Central fråga")]
    assert grouped and {level for level, _text in grouped} == {2}  # beside the §, under the minutes' title
    item = dataclasses.replace(sample_minutes().items[0], entries=(
        MinutesEntry("Kommunal", "decision", "Beslutet."), MinutesEntry("Kommunal", "note", "Kommentaren.")))
    text = word_text(render_docx(minutes_content(sample_minutes(items=(item,)))))
    assert "Kommunal – Anteckning: Kommentaren." in text


def test_a_date_outside_what_a_zip_can_hold_still_gives_a_file() -> None:
    for year in (1919, 2200):
        data = render_docx(dialogue_content(sample_report("x", minutes=False, date=dt.date(year, 10, 6))))
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert {info.date_time[0] for info in archive.infolist()} == {min(max(year, 1980), 2107)}
        assert docx.Document(io.BytesIO(data)).core_properties.created.year == year


def test_the_organisation_in_the_properties_may_hold_any_text() -> None:
    name = "Ekdala\\1 kommun \\g<0> <&> \x0b\U0001f600"
    data = render_docx(dialogue_content(sample_report("x", minutes=False, organisation=name, body=None)))
    company = part(data, "docProps/app.xml").find("{*}Company").text
    assert company == "Ekdala\\1 kommun \\g<0> <&> \U0001f600"
    assert docx.Document(io.BytesIO(data)).core_properties.author == company
