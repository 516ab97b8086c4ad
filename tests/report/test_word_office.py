"""The Word files as LibreOffice reads them: converted headless to PDF, the same text, pages and headings.

One LibreOffice run converts every document of this module (tests/report/office.py).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Mm, RGBColor
from pypdf import PdfReader

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.services.errors import TemplateRefused
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.reports import build_minutes, build_notice, build_report, read_template
from samverkan_desktop.storage.library import open_library
from tests.conftest import DEMO
from tests.report.conftest import body_text, outline_titles, poppler_text, squeeze
from tests.report.office import Office

OPTIONS = ReportOptions(minutes_appendix=True)
TEMPLATE_HEADER = "Ekdala kommun – kommunledningskontoret"


def make_template(folder: Path) -> tuple[Path, Path]:
    """A municipality's letterhead as .docx and .dotx: its own header, margins, heading colour and sample text."""
    template = docx.Document()
    section = template.sections[0]
    section.left_margin = section.right_margin = Mm(30)
    section.header.paragraphs[0].text = TEMPLATE_HEADER
    template.styles["Heading 1"].font.color.rgb = RGBColor(0x8B, 0x00, 0x00)
    template.add_paragraph("Mallens exempeltext som ska bort")
    path = folder / "brevmall.docx"
    template.save(path)
    dotx = folder / "brevmall.dotx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(dotx, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, data)
    return path, dotx


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory, office: Office) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("word-office")
    library = open_library(DataPaths(folder / "data"))
    try:
        document = json.loads(DEMO.read_text(encoding="utf-8"))
        import_document(library, document)
        uid, session = document["project"]["id"], document["sessions"][0]["id"]
        _docx_template, dotx = make_template(folder)
        files = {
            "report": build_report(library, uid, OPTIONS, "docx"),
            "final": build_report(library, uid, ReportOptions(minutes_appendix=True, final=True), "docx"),
            "minutes": build_minutes(library, uid, session, "docx"),
            "templated": build_report(library, uid, ReportOptions(template=read_template(dotx)), "docx"),
            "notice": build_notice(library, uid, session, "docx"),
        }
        paths = []
        for name, data in files.items():
            paths.append(folder / f"{name}.docx")
            paths[-1].write_bytes(data)
        pdfs = dict(zip(files, office.to_pdf(*paths), strict=True))
        yield {"document": document, "pdfs": pdfs, "folder": folder, "files": files,
               "report_pdf": build_report(library, uid, OPTIONS, "pdf"),
               "minutes_pdf": build_minutes(library, uid, session, "pdf"),
               "notice_pdf": build_notice(library, uid, session, "pdf")}
    finally:
        library.close()


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"[^\W\d_]+", text))


def test_libreoffice_prints_the_reports_text(converted: dict[str, Any], tmp_path: Path) -> None:
    word_pdf = converted["pdfs"]["report"].read_bytes()
    ours = converted["report_pdf"]
    text = poppler_text(word_pdf, tmp_path)
    # every word of the ReportLab PDF's pages (not the chart's labels: a picture in Word)
    expected, found = _words(body_text(ours)), _words(text)
    missing = expected - found
    assert sum(missing.values()) <= 0.01 * sum(expected.values()), missing.most_common(20)
    # the headings in the same order, as LibreOffice's bookmarks (from the Word headings)
    captions = ["Politiska uppdrag som utvärderas"]  # a table's heading in Word, not bookmarked in the PDF
    assert [t for t in outline_titles(word_pdf) if t not in captions] == outline_titles(ours)[1:]
    squeezed = squeeze(text).replace("-", "")  # poppler joins "individ-" at a line's end with the next line
    for session in converted["document"]["sessions"]:
        for entry in session.get("entries", []):
            assert squeeze(entry["text"]).replace("-", "") in squeezed, entry["id"]


def test_pages_numbered_and_close_to_the_pdf(converted: dict[str, Any], tmp_path: Path) -> None:
    for name, ours in (("report", converted["report_pdf"]), ("minutes", converted["minutes_pdf"]),
                       ("notice", converted["notice_pdf"])):
        word_pdf = converted["pdfs"][name].read_bytes()
        pages = len(PdfReader(io.BytesIO(word_pdf)).pages)
        assert 0.7 <= pages / len(PdfReader(io.BytesIO(ours)).pages) <= 1.3, name
        text = poppler_text(word_pdf, tmp_path)
        assert f"Sida 1 av {pages}" in text and f"Sida {pages} av {pages}" in text, name
        root = PdfReader(io.BytesIO(word_pdf)).trailer["/Root"]
        assert str(root.get("/Lang", "")).lower().startswith("sv"), name  # the document's language carried over


def test_the_minutes_print_in_libreoffice(converted: dict[str, Any], tmp_path: Path) -> None:
    text = squeeze(poppler_text(converted["pdfs"]["minutes"].read_bytes(), tmp_path)).replace("-", "")
    session = converted["document"]["sessions"][0]
    people = {p["id"]: p["name"] for p in converted["document"]["people"]}
    for expected in ("PROTOKOLL", session["title"], "Närvarande", "Justering",
                     *(people[line["person"]] for line in session.get("attendance", [])),
                     *(entry["text"] for entry in session.get("entries", []))):
        assert squeeze(expected).replace("-", "") in text, expected


def test_the_notice_prints_in_libreoffice_with_the_pdfs_words(converted: dict[str, Any], tmp_path: Path) -> None:
    text = poppler_text(converted["pdfs"]["notice"].read_bytes(), tmp_path)
    expected, found = _words(body_text(converted["notice_pdf"])), _words(text)
    assert not expected - found, expected - found


def test_the_municipalitys_template_gives_header_margins_and_styles(converted: dict[str, Any],
                                                                   tmp_path: Path) -> None:
    word_pdf = converted["pdfs"]["templated"].read_bytes()
    pages = poppler_text(word_pdf, tmp_path).split("\f")
    assert all(TEMPLATE_HEADER in page for page in pages if page.strip())
    assert f"Sida 2 av {len(pages) - 1}" in pages[1]  # the template has no footer: ours, with page numbers
    assert "Mallens exempeltext" not in "".join(pages)
    assert "1 Sammanfattning" in "".join(pages)
    document = docx.Document(converted["folder"] / "templated.docx")
    template = docx.Document(converted["folder"] / "brevmall.docx")
    assert document.sections[0].left_margin == template.sections[0].left_margin != Mm(25)
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0x8B, 0x00, 0x00)


def test_a_file_that_is_not_word_is_refused_in_swedish(tmp_path: Path, converted: dict[str, Any]) -> None:
    pdf = tmp_path / "mall.docx"
    pdf.write_bytes(converted["report_pdf"])
    macro = tmp_path / "mall.dotm"
    docx_template, _dotx = make_template(tmp_path)
    with zipfile.ZipFile(docx_template) as source, zipfile.ZipFile(macro, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
            target.writestr(info, data)
    for bad, reason in ((pdf, "inte ett Word-dokument"), (macro, "makron"), (tmp_path / "saknas.docx", "kunde inte")):
        with pytest.raises(TemplateRefused) as refused:
            read_template(bad)
        assert "Word-mallen" in refused.value.text("sv") and reason in refused.value.text("sv")
        assert "template" in refused.value.text("en").lower()


def _grey_page(pdf: Path, page: int, folder: Path) -> tuple[int, int, bytes]:
    """One page as poppler prints it, 24 dpi, 8-bit grey: width, height, pixels."""
    subprocess.run(["pdftoppm", "-gray", "-r", "24", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(folder / pdf.stem)], check=True, capture_output=True)
    data = (folder / f"{pdf.stem}.pgm").read_bytes()
    _magic, width, height, _depth, pixels = data.split(maxsplit=4)
    return int(width), int(height), pixels[-int(width) * int(height):]


def test_a_draft_prints_utkast_across_its_pages_in_libreoffice(converted: dict[str, Any], tmp_path: Path) -> None:
    """Word's own watermark shape in the draft's headers: LibreOffice prints it across the page
    (the contents page, otherwise the same as the final report's); a final report has none; a
    municipality's template keeps its header text and gets the watermark too."""
    width, height, draft = _grey_page(converted["pdfs"]["report"], 2, tmp_path)
    _w, _h, final = _grey_page(converted["pdfs"]["final"], 2, tmp_path)
    marked = [(i % width, i // width) for i in range(width * height) if draft[i] + 8 < final[i]]
    assert len(marked) > 500, len(marked)
    xs, ys = [x for x, _ in marked], [y for _, y in marked]
    assert max(xs) - min(xs) > width / 2 and max(ys) - min(ys) > height / 2  # across the page, not a speck

    def headers(data: bytes) -> str:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "".join(package.read(n).decode() for n in package.namelist() if n.startswith("word/header"))

    assert headers(converted["files"]["report"]).count('string="UTKAST"') == 2  # the title page's header too
    assert 'string="UTKAST"' not in headers(converted["files"]["final"])
    templated = headers(converted["files"]["templated"])
    assert TEMPLATE_HEADER in templated and 'string="UTKAST"' in templated
