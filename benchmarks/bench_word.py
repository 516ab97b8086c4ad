"""Benchmark the dialogue report as Word against a bare python-docx document of the same paragraphs.

A project of ``sessions x entries-per-session`` entries (default 8 x 600 = 4,800: the PDF
of the report with its minutes appendix has about 440 pages) is generated with
``generate_project.generate`` and imported (not timed). Then ``--repeat`` rounds, each
timing the three one after the other (the medians kept):

``word``
    ``build_report_docx(library, project, ReportOptions(minutes_appendix=True))``: reading
    the library and writing the whole Word file (styles, title page, contents field,
    sections, the chart as a picture, the minutes appendix, the deterministic zip).
``render``
    ``render_docx(dialogue_content(data, options))`` alone, on data read once.
``floor``
    A bare python-docx document: ``Document()``, one ``add_paragraph(text)`` per paragraph
    the report prints (headings, paragraphs, entries, quotes and their sources, list items,
    table cells), then ``save``. No styles, tables, fields, pictures or properties.

It prints the medians and the ratios word/floor and render/floor (aim: <= 1.5x).

Run::

    uv run python benchmarks/bench_word.py
    uv run python benchmarks/bench_word.py --sessions 2 --entries-per-session 50 --repeat 1
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx

from samverkan_desktop.report import content as c
from samverkan_desktop.report.dialogue import dialogue_content
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.report.word import render_docx
from samverkan_desktop.services.library_service import project_id_for
from samverkan_desktop.services.report_data import report_data
from samverkan_desktop.services.reports import build_report_docx
from samverkan_desktop.storage.library import Library

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import generated_library, interleaved_medians, machine, progress

OPTIONS = ReportOptions(minutes_appendix=True)


def paragraphs(document: c.Document) -> list[str]:
    """Every paragraph's text the Word file prints, in order."""
    texts: list[str] = []
    for node in c.walk(document.nodes):
        if isinstance(node, c.Heading):
            texts.append(node.text)
        elif isinstance(node, c.Para):
            texts.append("".join(span.text for span in node.spans))
        elif isinstance(node, c.Led):
            texts.append(f"{node.lead}: {node.text}")
        elif isinstance(node, c.Quote):
            texts += [node.quoted, node.source_line]
        elif isinstance(node, c.ListBlock):
            texts += list(node.items)
        elif isinstance(node, c.Table):
            texts += ["".join(span.text for span in cell.spans) for row in node.rows for cell in row]
    return texts


def floor_docx(texts: list[str]) -> bytes:
    """The bare document: python-docx's default template, one paragraph per text."""
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def measure(library: Library, uid: str, repeat: int, say: Callable[[str], None]) -> dict[str, Any]:
    """The medians of ``repeat`` interleaved rounds of word, render and floor."""
    data = report_data(library, project_id_for(library, uid), OPTIONS)
    content = dialogue_content(data, OPTIONS)
    texts = paragraphs(content)
    medians, files = interleaved_medians({
        "word": lambda: build_report_docx(library, uid, OPTIONS),
        "render": lambda: render_docx(dialogue_content(data, OPTIONS)),
        "floor": lambda: floor_docx(texts),
    }, repeat)
    result = {"paragraphs": len(texts), "entries": sum(isinstance(n, c.Led) for n in c.walk(content.nodes)),
              "word_kb": len(files["word"]) // 1024, "floor_kb": len(files["floor"]) // 1024, **medians}
    say(f"  {result['paragraphs']} paragraphs ({result['entries']} entries): word {result['word_kb']} kB, "
        f"floor {result['floor_kb']} kB")
    return result


def run_size(sessions: int, per_session: int, repeat: int, say: Callable[[str], None]) -> dict[str, Any]:
    with generated_library(sessions, per_session, "samverkan-bench-word-", say) as (library, document):
        return measure(library, document["project"]["id"], repeat, say)


def report_line(r: dict[str, Any]) -> str:
    return (f"{r['paragraphs']} paragraphs | word {r['word']:.2f} s | render {r['render']:.2f} s | "
            f"floor {r['floor']:.2f} s | word/floor {r['word'] / r['floor']:.2f}x | "
            f"render/floor {r['render'] / r['floor']:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--entries-per-session", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)

    say = progress(args.quiet, to_stderr=True)
    print(f"machine: {machine()}")
    result = run_size(args.sessions, args.entries_per_session, args.repeat, say)
    print(f"median of {args.repeat} runs")
    print(report_line(result))
    print("aim: word/floor <= 1.5x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
