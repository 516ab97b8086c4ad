"""Shared helpers of the report tests: a library with the demo project, PDF text and fonts."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.data import (
    ActionInfo,
    Attendee,
    Chart,
    GuideQuestion,
    Improvement,
    MandateResult,
    MinutesData,
    MinutesEntry,
    MinutesItem,
    MinutesNote,
    PartyCount,
    PartyInfo,
    QuestionResult,
    ReportData,
    SessionInfo,
    Statement,
    ThemeResult,
)
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


@pytest.fixture
def demo_uid(library: Library, demo_document: dict[str, Any]) -> str:
    import_document(library, demo_document)
    return str(demo_document["project"]["id"])


def poppler_text(pdf: bytes, tmp_path: Path, layout: bool = False) -> str:
    """The text of every page as poppler renders it (form XObjects included: page numbers)."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=True).stdout


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page as pypdf extracts it."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def squeeze(text: str) -> str:
    """Text without any whitespace: line wrapping differs between source and PDF."""
    return "".join(text.split())


def pdffonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """pdffonts' rows (name, type, encoding, emb, sub, uni ...), header skipped."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def outline_titles(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def sample_minutes(text: str = "Parterna diskuterade.", adjusted: bool = False, **changes: Any) -> MinutesData:
    """Small minutes with every field set; ``text`` goes into every user-typed field."""
    values: dict[str, Any] = dict(
        organisation=f"Ekdala kommun {text}", body=f"CSG {text}", project_title=f"Projekt {text}",
        case_number=f"KS 2026/1 {text}", title=f"Sammanträde {text}", kind="csg", protocol_number=f"4/26 {text}",
        date=dt.date(2026, 11, 27), start="13:00", end="15:30", location=f"Sal Eken {text}",
        parties=(f"Arbetsgivaren {text}", f"Kommunal {text}"),
        attendees=(Attendee(f"Arbetsgivaren {text}", f"Anna Ordf {text}", f"HR-chef {text}", "chair", True),
                   Attendee(f"Arbetsgivaren {text}", f"Sara Sekr {text}", None, "secretary", True),
                   Attendee(f"Kommunal {text}", f"Kim Just {text}", None, "adjuster", True),
                   Attendee(f"Kommunal {text}", f"Frida Frånv {text}", None, None, False)),
        items=(MinutesItem(1, f"Information {text}", "information", f"Fråga {text}",
                           (MinutesEntry(f"Kommunal {text}", "statement", f"Inlägg {text}"),
                            MinutesEntry(None, "decision", f"Beslut {text}")),
                           (MinutesNote(f"Kommunal {text}", f"Anteckning {text}"),), "agreement"),),
        other_entries=(MinutesEntry(f"Kommunal {text}", "note", f"Övrigt {text}"),),
        adjusted=adjusted, adjusted_at=dt.date(2026, 12, 3) if adjusted else None,
        secretary=f"Sara Sekr {text}", chair=f"Anna Ordf {text}", adjusters=(f"Kim Just {text}",),
        created=dt.date(2026, 11, 27))
    values.update(changes)
    return MinutesData(**values)


def sample_report(text: str = "Text", minutes: bool = True, **changes: Any) -> ReportData:
    """A report with every field and every list set; ``text`` goes into every user-typed field."""
    statement = Statement(f"Kommunal {text}", f"Uttalande {text}", dt.date(2026, 10, 1))
    counts = (PartyCount(f"Kommunal {text}", 2), PartyCount(f"Vision {text}", 1))
    theme = ThemeResult(f"Tema {text}", f"Beskrivning {text}", 3, counts, (statement,))
    values: dict[str, Any] = dict(
        title=f"Dialograpport {text}", organisation=f"Ekdala kommun {text}", body=f"CSG {text}",
        case_number=f"KS 2026/2 {text}", date=dt.date(2026, 11, 27), commissioned_by=f"Kommunstyrelsen {text}",
        commission=f"Uppdraget {text}", decision_date=dt.date(2026, 2, 1), due_date=dt.date(2026, 11, 27),
        summary=f"Sammanfattning {text}", method=f"Metoden {text}", conclusions=f"Slutsatser {text}",
        responsible=None, secretary=None,
        parties=(PartyInfo(f"Kommunal {text}", "union"), PartyInfo(f"Vision {text}", "union")),
        sessions=(SessionInfo(f"Möte {text}", "csg", dt.date(2026, 10, 1), "13:00", "15:00", f"Plats {text}",
                              (f"Kommunal {text}",), 5, 12),),
        guide=(GuideQuestion(1, f"Fråga {text}", f"Stöd {text}", (f"U1 Uppdrag {text}",)),),
        questions=(QuestionResult(1, f"Fråga {text}", f"Stöd {text}", 4, (theme,)),),
        strengths=(ThemeResult(f"Styrka {text}", f"Styrkans beskrivning {text}", 1, counts[:1], (statement,)),),
        mandates=(MandateResult("U1", f"Uppdrag {text}", f"Uppdragets beskrivning {text}", "partly",
                                f"Motivering {text}", 2, counts, (statement,)),),
        improvements=(Improvement(f"Område {text}", f"Områdets beskrivning {text}", f"Förslag {text}", "high",
                                  f"Ägare {text}", (f"U1 Uppdrag {text}",), 2, (f"Kommunal {text}",),
                                  (statement,)),),
        actions=(ActionInfo(f"Åtgärd {text}", f"Ansvarig {text}", dt.date(2026, 12, 1), False, f"Område {text}"),
                 ActionInfo(f"Gjord {text}", None, None, True, None)),
        chart=Chart((f"Tema {text}",), (f"Kommunal {text}", f"Vision {text}"), ((2, 1),)),
        minutes=(sample_minutes(text),) if minutes else ())
    values.update(changes)
    return ReportData(**values)


def body_text(pdf: bytes) -> str:
    """The text inside the page frames only: no running header, footer or watermark."""
    from samverkan_desktop.report.document import BOTTOM, PAGE_HEIGHT, TOP

    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: Any) -> None:
        if abs(cm[1]) > 1e-6 or abs(tm[1]) > 1e-6:  # rotated: the watermark
            return
        y = tm[5] * cm[3] + cm[5]
        if BOTTOM - 2 <= y <= PAGE_HEIGHT - TOP + 2:
            parts.append(text)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return "".join(parts)


from tests.report.office import office  # noqa: E402,F401 - the LibreOffice fixture of the Word tests
