"""The parts of PDF/A-2b the builders write, checked one by one (no validator runs here)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from samverkan_desktop.report.dialogue import build_dialogue_report
from samverkan_desktop.report.minutes import build_minutes
from samverkan_desktop.report.options import ReportOptions
from tests.report.conftest import pdffonts, sample_minutes, sample_report


def test_xmp_output_intent_fonts_and_annotations(tmp_path: Path) -> None:
    for pdf in (build_minutes(sample_minutes("å")),
                build_dialogue_report(sample_report("å"), ReportOptions(minutes_appendix=True))):
        reader = PdfReader(io.BytesIO(pdf))
        assert not reader.is_encrypted and reader.trailer.get("/ID")
        info, xmp = reader.metadata, reader.xmp_metadata
        assert info is not None and xmp is not None
        assert xmp.dc_title == {"x-default": info.title}
        assert xmp.dc_creator == [info.author]
        assert xmp.pdf_producer == info.producer and xmp.xmp_creator_tool == info.creator
        created = str(info["/CreationDate"])  # D:YYYYMMDD...
        assert xmp.xmp_create_date.date().isoformat() == f"{created[2:6]}-{created[6:8]}-{created[8:10]}"
        assert b"<pdfaid:part>2</pdfaid:part>" in pdf and b"<pdfaid:conformance>B</pdfaid:conformance>" in pdf
        root = reader.trailer["/Root"]
        assert "/Filter" not in root["/Metadata"].get_object()
        intent = root["/OutputIntents"][0].get_object()
        assert intent["/S"] == "/GTS_PDFA1"
        profile = intent["/DestOutputProfile"].get_object()
        assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"  # an ICC profile
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                assert int(annotation.get_object()["/F"]) & 4  # printable
        fonts = pdffonts(pdf, tmp_path)
        assert fonts and all(row[-5] == "yes" for row in fonts)
