"""Benchmark the dialogue report PDF against a bare ReportLab document of the same texts.

A project of ``sessions x entries-per-session`` entries (default 8 x 600 = 4,800, about 420 pages) is
generated with ``generate_project.generate`` and imported (not timed). Then ``--repeat``
rounds, each timing the three one after the other (the medians kept):

``report``
    ``build_report_pdf(library, project, ReportOptions(minutes_appendix=True))``: reading
    the library (analysis queries, the minutes of every session) and laying out every page
    (title page, contents, sections, chart, the minutes appendix with every entry).
``read``
    ``report_data(library, project, options)`` alone: the reading part of ``report``.
``layout``
    ``build_dialogue_report(data, options)`` alone, on data read once.
``floor``
    A bare ReportLab document: one Paragraph per entry text (escaped) in the same font file
    (ReportLab's stock TTFont) and style, in a SimpleDocTemplate with no header, footer,
    contents, bookmarks or tables.

It prints the pages, the medians and the ratios report/floor and layout/floor (aim:
<= 1.3x), then the same for a smaller project (5 x 80 entries, about 60 pages) (aim: report < 1 s).

Run::

    uv run python benchmarks/bench_report.py
    uv run python benchmarks/bench_report.py --sessions 2 --entries-per-session 50 --repeat 1
"""

from __future__ import annotations

import argparse
import functools
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from samverkan_desktop.assets import resource
from samverkan_desktop.report.dialogue import build_dialogue_report
from samverkan_desktop.report.document import BOTTOM, LEFT, RIGHT, TOP, styles
from samverkan_desktop.report.fonts import register_fonts
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.report.text import escape
from samverkan_desktop.services.library_service import project_id_for
from samverkan_desktop.services.report_data import report_data
from samverkan_desktop.services.reports import build_report_pdf
from samverkan_desktop.storage.library import Library

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import generated_library, interleaved_medians, machine, progress

OPTIONS = ReportOptions(minutes_appendix=True)
STOCK_FONT = "FloorSans"  # ReportLab's own TTFont of the report's regular face


def floor_pdf(texts: list[str]) -> bytes:
    """The bare document: the entry texts as Paragraphs in the report's body style and font file.

    The font is ReportLab's stock ``TTFont`` of the same file (DejaVu Sans), not the report's
    own ``FastTTFont``: the floor is what plain ReportLab does with the same text.
    """
    style = ParagraphStyle("floor", parent=styles()["statement"], fontName=_stock_font())
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                                 bottomMargin=BOTTOM, invariant=1)
    document.build([Paragraph(escape(text), style) for text in texts])
    return buffer.getvalue()


@functools.cache
def _stock_font() -> str:
    register_fonts()  # the report's styles
    font = TTFont(STOCK_FONT, str(resource("fonts") / "DejaVuSans.ttf"))
    font.face.name = STOCK_FONT.encode()  # ReportLab keeps one font per face name: this face is another one
    pdfmetrics.registerFont(font)
    return STOCK_FONT


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def measure(library: Library, document: dict[str, Any], repeat: int, say: Callable[[str], None]) -> dict[str, Any]:
    """The medians of ``repeat`` interleaved rounds of report, read, layout and floor."""
    uid = document["project"]["id"]
    project_id = project_id_for(library, uid)
    texts = [entry["text"] for session in document["sessions"] for entry in session.get("entries", [])]
    data = report_data(library, project_id, OPTIONS)
    medians, pdfs = interleaved_medians({
        "report": lambda: build_report_pdf(library, uid, OPTIONS),
        "read": lambda: report_data(library, project_id, OPTIONS),
        "layout": lambda: build_dialogue_report(data, OPTIONS),
        "floor": lambda: floor_pdf(texts),
    }, repeat)
    result = {"entries": len(texts), "pages": pages(pdfs["report"]), "floor_pages": pages(pdfs["floor"]), **medians}
    say(f"  {result['entries']} entries: report {result['pages']} pages, floor {result['floor_pages']} pages")
    return result


def run_size(sessions: int, per_session: int, repeat: int, say: Callable[[str], None]) -> dict[str, Any]:
    with generated_library(sessions, per_session, "samverkan-bench-report-", say) as (library, document):
        return measure(library, document, repeat, say)


def report_line(name: str, r: dict[str, Any]) -> str:
    return (f"{name}: {r['pages']} pages ({r['entries']} entries) | report {r['report']:.2f} s | "
            f"read {r['read']:.2f} s | layout {r['layout']:.2f} s | "
            f"floor {r['floor']:.2f} s ({r['floor_pages']} pages) | "
            f"report/floor {r['report'] / r['floor']:.2f}x | layout/floor {r['layout'] / r['floor']:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--entries-per-session", type=int, default=600)
    parser.add_argument("--small-sessions", type=int, default=5)
    parser.add_argument("--small-entries-per-session", type=int, default=80)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)

    say = progress(args.quiet, to_stderr=True)
    print(f"machine: {machine()}")
    say("large report")
    large = run_size(args.sessions, args.entries_per_session, args.repeat, say)
    say("small report")
    small = run_size(args.small_sessions, args.small_entries_per_session, args.repeat, say)
    print(f"median of {args.repeat} runs")
    print(report_line("large", large))
    print(report_line("small", small))
    print("aim: large report/floor <= 1.3x; small report < 1 s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
