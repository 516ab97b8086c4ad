"""The dialogue report of the demo project: sections, contents, bookmarks, privacy, options, bytes."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from samverkan_desktop.report.dialogue import build_dialogue_report
from samverkan_desktop.report.options import ALL_SECTIONS, BuildCancelled, ReportOptions, Section
from samverkan_desktop.services.errors import NotFound
from samverkan_desktop.services.reports import build_report_pdf, report_file_name
from samverkan_desktop.storage.library import Library
from tests.report.conftest import outline_titles, page_texts, pdffonts, poppler_text, sample_report, squeeze

SECTION_HEADINGS = ["Sammanfattning", "Bakgrund och uppdrag", "Metod", "Resultat per central fråga",
                    "Det som fungerar", "Bedömning per politiskt uppdrag", "Förbättringsområden", "Åtgärder",
                    "Slutsatser och förslag", "Bilagor"]


@pytest.fixture
def demo_report(library: Library, demo_uid: str) -> bytes:
    return build_report_pdf(library, demo_uid, ReportOptions(minutes_appendix=True))


def test_sections_in_order_with_numbers(demo_report: bytes, demo_document: dict[str, Any]) -> None:
    titles = outline_titles(demo_report)
    chapters = [t for t in titles if re.match(r"^\d+ ", t)]
    assert chapters == [f"{i} {name}" for i, name in enumerate(SECTION_HEADINGS, start=1)]
    assert titles[0] == "Innehåll"
    for appendix in ("Bilaga A. Samtalsguide", "Bilaga B. Förteckning över dialogtillfällen",
                     "Bilaga C. Deltagande parter", "Bilaga D. Protokoll från dialogtillfällena"):
        assert appendix in titles
    for mandate in demo_document["mandates"]:
        assert any(mandate["title"] in t for t in titles)
    for session in demo_document["sessions"]:  # the minutes appendix: one bookmark per session
        assert session["title"] in titles


def test_minutes_appendix_prints_every_entry_under_its_party(demo_report: bytes, demo_document: dict[str, Any],
                                                             tmp_path: Path) -> None:
    text = squeeze(poppler_text(demo_report, tmp_path))
    parties = {p["id"]: p["name"] for p in demo_document["parties"]}
    for session in demo_document["sessions"]:
        for entry in session.get("entries", []):
            lead = f"{parties[entry['party']]}:" if entry.get("party") in parties else ""
            assert squeeze(entry["text"]) in text, entry["id"]
            if lead and entry.get("kind") not in ("decision", "action"):
                assert squeeze(lead + entry["text"]) in text, entry["id"]


def test_contents_page_numbers_point_at_the_headings(demo_report: bytes, tmp_path: Path) -> None:
    pages = poppler_text(demo_report, tmp_path, layout=True).split("\f")
    contents = pages[1]
    assert "Innehåll" in contents
    found = 0
    for line in contents.splitlines():
        match = re.match(r"^\s*(\d+ [^.]+?)\s*\.*\s+(\d+)\s*$", line)
        if not match:
            continue
        title, number = match.group(1).strip(), int(match.group(2))
        assert title in pages[number - 1], (title, number)
        found += 1
    assert found >= len(SECTION_HEADINGS)


def test_title_page_footer_and_draft(demo_report: bytes, demo_document: dict[str, Any], tmp_path: Path) -> None:
    text = poppler_text(demo_report, tmp_path)
    first = text.split("\f")[0]
    project = demo_document["project"]
    for expected in (project["organisation"], project["case_number"], "DIALOGRAPPORT", "Utkast"):
        assert squeeze(expected) in squeeze(first), expected
    assert squeeze(project["title"]) in squeeze(first)
    count = len(PdfReader(io.BytesIO(demo_report)).pages)
    assert f"Sida 1 av {count}" in text and f"Sida {count} av {count}" in text
    assert all("UTKAST" in page for page in page_texts(demo_report))


def test_final_report_has_no_watermark(library: Library, demo_uid: str) -> None:
    pdf = build_report_pdf(library, demo_uid, ReportOptions(final=True))
    assert not any("UTKAST" in page for page in page_texts(pdf))
    assert "Fastställd" in page_texts(pdf)[0]


def test_no_person_is_named_by_default(demo_report: bytes, demo_document: dict[str, Any], tmp_path: Path) -> None:
    text = squeeze(poppler_text(demo_report, tmp_path))
    mentioned_in_texts = squeeze(" ".join(
        e["text"] for s in demo_document["sessions"] for e in s.get("entries", [])))
    for person in demo_document["people"]:
        if squeeze(person["name"]) not in mentioned_in_texts:
            assert squeeze(person["name"]) not in text, person["name"]
    assert "Närvaronredovisasperpartochroll" in text


def test_names_appear_only_when_turned_on(library: Library, demo_uid: str, demo_document: dict[str, Any],
                                          tmp_path: Path) -> None:
    pdf = build_report_pdf(library, demo_uid, ReportOptions(minutes_appendix=True, names=True))
    text = squeeze(poppler_text(pdf, tmp_path))
    people = {p["id"]: p["name"] for p in demo_document["people"]}
    attended = {line["person"] for s in demo_document["sessions"] for line in s.get("attendance", [])}
    assert attended and all(squeeze(people[i]) in text for i in attended)


def test_statements_are_attributed_to_parties_with_counts(demo_report: bytes, tmp_path: Path) -> None:
    text = poppler_text(demo_report, tmp_path)
    assert "Per part:" in text and "— Kommunal," in text
    assert "Figur 1. Antal inlägg per tema och part." in text
    assert re.search(r"Underlag: \d+ inlägg", text)


def test_sections_can_be_left_out(library: Library, demo_uid: str) -> None:
    chosen = frozenset({Section.SUMMARY, Section.IMPROVEMENTS})
    titles = outline_titles(build_report_pdf(library, demo_uid, ReportOptions(sections=chosen)))
    assert [t for t in titles if re.match(r"^\d+ ", t)] == ["1 Sammanfattning", "2 Förbättringsområden"]
    assert len(ALL_SECTIONS) == len(SECTION_HEADINGS) + 1  # "Utveckling ..." only when linked (test_development)


def test_metadata_fonts_and_identical_bytes(library: Library, demo_uid: str, demo_report: bytes,
                                            demo_document: dict[str, Any], tmp_path: Path) -> None:
    again = build_report_pdf(library, demo_uid, ReportOptions(minutes_appendix=True))
    assert again == demo_report
    info = PdfReader(io.BytesIO(demo_report)).metadata
    project = demo_document["project"]
    assert info is not None and info.author == f"{project['organisation']} · {project['body']}"
    assert info.title == project["title"]
    assert b"anonymous" not in demo_report
    fonts = pdffonts(demo_report, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts


def test_logo_is_drawn_and_a_broken_logo_is_ignored(tmp_path: Path) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (80, 40), "#1f4e79").save(buffer, "PNG")
    logo = buffer.getvalue()
    with_logo = build_dialogue_report(sample_report(minutes=False), ReportOptions(logo=logo))
    reader = PdfReader(io.BytesIO(with_logo))
    assert "/XObject" in reader.pages[0]["/Resources"]
    broken = build_dialogue_report(sample_report(minutes=False), ReportOptions(logo=b"not an image"))
    assert "Dialograpport" in page_texts(broken)[0]


def test_progress_is_reported_and_can_cancel(library: Library, demo_uid: str) -> None:
    calls: list[tuple[int, int]] = []
    build_report_pdf(library, demo_uid, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) > 5 and calls[-1][0] == calls[-1][1]
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)

    def cancel(done: int, total: int) -> None:
        if done > total // 2:
            raise BuildCancelled

    with pytest.raises(BuildCancelled):
        build_report_pdf(library, demo_uid, progress=cancel)


def test_missing_project_and_file_name(library: Library, demo_uid: str) -> None:
    with pytest.raises(NotFound) as missing:
        build_report_pdf(library, "nope")
    assert "finns inte" in missing.value.text("sv")
    assert report_file_name(library, demo_uid).endswith("-utkast.pdf")
    assert report_file_name(library, demo_uid, final=True).startswith("Dialograpport-")


def test_file_names_keep_a_slash_readable(library: Library, demo_uid: str) -> None:
    from samverkan_desktop.services.reports import _slug

    assert _slug("Protokoll – CSG, sammanträde 4/25") == "Protokoll-CSG-sammanträde-4-25"
    assert _slug('Rapport: "Skola\\Omsorg" <utkast>?') == "Rapport-Skola-Omsorg-utkast"
    assert _slug("...") == "dokument"


def test_the_actions_part_lists_open_and_done_actions(library: Library, demo_uid: str, demo_report: bytes,
                                                       demo_document: dict[str, Any], tmp_path: Path) -> None:
    import datetime as dt

    from samverkan_desktop.report import content as c
    from samverkan_desktop.report.dialogue import dialogue_content
    from samverkan_desktop.report.labels import swedish_date
    from samverkan_desktop.services.library_service import project_id_for
    from samverkan_desktop.services.report_data import report_data

    text = squeeze(poppler_text(demo_report, tmp_path))
    chapter = text.rindex("8Åtgärder")  # the chapter, after its line in the contents
    opened, done = text.index("8.1Öppnaåtgärder", chapter), text.index("8.2Genomfördaåtgärder", chapter)
    assert chapter < opened < done < text.rindex("9Slutsatserochförslag")
    actions = demo_document["actions"]
    assert any(a["status"] == "done" for a in actions) and any(a["status"] != "done" for a in actions)
    assert f"{len(actions)}åtgärder" in text[chapter:]
    for action in actions:
        where = text.index(squeeze(action["text"]), chapter)
        assert (opened < where < done) if action["status"] != "done" else done < where
    # each row: the action, its owner, its due date, the improvement area it serves
    options = ReportOptions(minutes_appendix=True)
    content = dialogue_content(report_data(library, project_id_for(library, demo_uid), options), options)
    tables = [n for n in c.walk(content.nodes) if isinstance(n, c.Table)
              and [s.text for cell in n.rows[0] for s in cell.spans][:2] == ["Åtgärd", "Ansvarig"]]
    rows = [tuple("".join(s.text for s in cell.spans) for cell in row) for table in tables for row in table.rows[1:]]
    areas = {t["id"]: t["name"] for t in demo_document["tags"]}
    expected = [(a["text"], a.get("owner") or "", swedish_date(dt.date.fromisoformat(a["due"])) if a.get("due") else "",
                 areas.get(a.get("improvement", ""), "")) for a in actions]
    assert sorted(rows) == sorted(expected)
    assert [row[0] for row in rows[:2]] == [a["text"] for a in sorted(
        (a for a in actions if a["status"] != "done"), key=lambda a: a["due"])][:2]  # open ones by due date


def test_an_open_action_past_its_date_says_so(tmp_path: Path) -> None:
    import datetime as dt

    from samverkan_desktop.report.data import ActionInfo

    late = ActionInfo("Sen åtgärd", "HR", dt.date(2026, 1, 15), False, None)
    kept = ActionInfo("Gjord i tid", "HR", dt.date(2026, 1, 15), True, None)
    pdf = build_dialogue_report(sample_report(minutes=False, actions=(late, kept)))
    text = squeeze(poppler_text(pdf, tmp_path))
    assert "15januari2026(passerat)" in text and text.count("(passerat)") == 1
    empty = squeeze(poppler_text(build_dialogue_report(sample_report(minutes=False, actions=())), tmp_path))
    assert "Ingaåtgärderärbeslutade." in empty


def test_the_list_of_sessions_breaks_no_word(library: Library, demo_uid: str, demo_document: dict[str, Any],
                                             tmp_path: Path) -> None:
    """Bilaga B: every word of a session's title, kind and place stays whole in its column (it printed
    "Arbetsplatsträf / f (APT)" and "Utbildningsförvaltni / ngen,")."""
    text = poppler_text(build_report_pdf(library, demo_uid, ReportOptions()), tmp_path)
    appendix = text[text.rindex("Bilaga B. Förteckning över dialogtillfällen"):text.rindex("Bilaga C. Deltagande")]
    printed = set(appendix.split())
    for session in demo_document["sessions"]:
        for word in (session["title"] + " " + (session.get("location") or "")).split():
            assert word in printed, word
    assert "APT" in printed
