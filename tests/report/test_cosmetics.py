"""Cosmetic faults a first-use test found in the printed documents (issue 18), each fixed and kept fixed."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.legends import Legend

from samverkan_desktop.report import content as c
from samverkan_desktop.report.charts import statements_chart
from samverkan_desktop.report.data import Attendee, Chart
from samverkan_desktop.report.dialogue import build_dialogue_report, dialogue_content
from samverkan_desktop.report.document import header_lines
from samverkan_desktop.report.fonts import REGULAR
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.services.reports import build_report_pdf
from samverkan_desktop.storage.library import Library
from tests.report.conftest import page_texts, poppler_text, sample_minutes, sample_report, squeeze


def test_a_long_running_header_takes_two_lines_instead_of_being_cut(library: Library, demo_uid: str,
                                                                    demo_document: dict[str, Any]) -> None:
    project = demo_document["project"]
    header = squeeze(f"{project['organisation']} · {project['body']} – {project['title']}")
    pages = page_texts(build_report_pdf(library, demo_uid))
    assert all(header in squeeze(page) for page in pages[1:])  # every page but the title page, whole
    assert not any("…" in page.splitlines()[0] for page in pages[1:])
    endless = "Förbättringsområdesuppföljning" * 20
    first, second = header_lines(endless, REGULAR, 8, 300)
    assert (first + second.rstrip("…")) == endless[:len(first) + len(second) - 1]


def test_the_chart_legend_stays_inside_the_chart() -> None:
    for count in range(1, 11):
        parties = tuple(f"Part {n}" for n in range(count))
        drawing = statements_chart(Chart(("A", "B"), parties, ((1,) * count, (2,) * count)), 462)
        assert drawing is not None
        legend = next(item for item in drawing.contents if isinstance(item, Legend))
        _x0, bottom, _x1, top = legend.getBounds()
        assert bottom >= 0 and top <= drawing.height, (count, bottom, top)


def test_one_person_of_a_party_reads_alike_whatever_the_role(tmp_path: Path) -> None:
    minutes = sample_minutes("x", parties=("Arbetsgivaren", "Kommunal", "Vision"), attendees=(
        Attendee("Arbetsgivaren", None, None, "chair", True), Attendee("Kommunal", None, None, "participant", True),
        Attendee("Vision", None, None, "participant", True), Attendee("Vision", None, None, "secretary", True)))
    report = dataclasses.replace(sample_report("x", minutes=False), minutes=(minutes,))
    pdf = build_dialogue_report(report, ReportOptions(minutes_appendix=True))
    text = squeeze(poppler_text(pdf, tmp_path))
    assert "1person:ordförande" in text and "1person:deltagare" in text
    assert "1person:1deltagare" not in text
    assert "2personer:1deltagare,sekreterare" in text  # with others, the participants are counted


def test_the_demo_methods_text_opens_otherwise_than_the_generated_paragraph(library: Library,
                                                                           demo_uid: str) -> None:
    """The demo's method and the paragraph "Utkast från underlaget" inserts (and the report prints
    while no method is written) began with the same words; a secretary keeping both read it twice."""
    from samverkan_desktop.report.drafts import method_draft
    from samverkan_desktop.services.library_service import project_id_for
    from samverkan_desktop.services.report_data import report_data

    options = ReportOptions()
    data = report_data(library, project_id_for(library, demo_uid), options)
    assert data.method
    draft = method_draft(data.sessions, data.parties, data.guide)
    openings = [" ".join(text.split()[:3]) for text in (data.method, *draft.split("\n\n"))]
    assert len(set(openings)) == len(openings), openings
    nodes = dialogue_content(data, options).nodes
    assert any(isinstance(n, c.Para) and "".join(s.text for s in n.spans) == data.method for n in nodes)
