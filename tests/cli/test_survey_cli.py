"""``import-responses`` and ``link-previous`` on the command line: the real program in a subprocess."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests import survey_files as sf
from tests.cli.test_cli import DEMO, assert_clean_error, run
from tests.services.test_survey_import import leaks


def _dump(data: Path) -> list[str]:
    connection = sqlite3.connect(data / "library.sqlite3")
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def data(tmp_path: Path, demo_document: dict[str, Any]) -> Path:
    folder = tmp_path / "data"
    assert run("import", DEMO, data_dir=folder).returncode == 0
    return folder


def test_import_responses_prints_the_new_session_last_and_keeps_no_identity(
        tmp_path: Path, data: Path, demo_document: dict[str, Any]) -> None:
    uid = demo_document["project"]["id"]
    source = tmp_path / "Svar från Forms.xlsx"
    source.write_bytes(sf.forms_workbook(sf.rows(swedish=True)))
    result = run("import-responses", uid, source, "--title", "Enkät våren 2026", "--group", "förvaltning",
                 data_dir=data)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Importerade 6 skriftliga svar från 4 svarande och 2 skattningar (2 HME-frågor)")
    assert "ID, Starttid, Sluttid, E-post, Namn, Senaste ändringstid" in lines[1]
    assert sf.OWN in lines[2]
    session = lines[-1]
    listed = run("sessions", uid, data_dir=data).stdout.splitlines()
    assert any(line.startswith(f"{session}\t") and line.endswith("Enkät våren 2026") for line in listed)
    out = tmp_path / "ut.json"
    assert run("export", uid, "-o", out, data_dir=data).returncode == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    written = next(s for s in document["sessions"] if s["id"] == session)
    assert written["kind"] == "written_answers" and {e["group"] for e in written["entries"]} == {
        "Socialförvaltningen", "Utbildningsförvaltningen"}
    found = run("search", uid, "skyddsombuden", data_dir=data)
    assert found.returncode == 0 and sf.CANARY_TOKEN not in found.stdout
    assert leaks(data) == []


@pytest.mark.parametrize(("name", "content", "words"), [
    ("svar.csv", b"\x00\x01binary\xff", "binära tecken"),
    ("svar.xlsx", None, "skadad eller ofullständig"),
    ("svar.csv", "ID;Namn;Fråga\r\n".encode(), "inga svar"),
    ("svar.csv", "ID;Namn;Något helt annat\r\n1;Åsa;Ja\r\n".encode(), "Ingen kolumn i filen motsvarar"),
    ("svar.docx", b"PK\x03\x04", "skadad"),
    ("svar.odt", b"hello", "varken en Excel-arbetsbok"),
])
def test_a_bad_file_is_exit_2_and_one_swedish_line_and_nothing_is_written(
        tmp_path: Path, data: Path, demo_document: dict[str, Any], name: str, content: bytes | None,
        words: str) -> None:
    source = tmp_path / name
    source.write_bytes(content if content is not None else sf.forms_workbook()[:900])
    before = _dump(data)
    result = run("import-responses", demo_document["project"]["id"], source, data_dir=data)
    line = assert_clean_error(result)
    assert line.startswith("samverkan-desktop: ") and words in line
    assert _dump(data) == before


def test_an_unknown_group_column_or_project_is_refused(tmp_path: Path, data: Path,
                                                        demo_document: dict[str, Any]) -> None:
    source = tmp_path / "svar.xlsx"
    source.write_bytes(sf.forms_workbook())
    line = assert_clean_error(run("import-responses", demo_document["project"]["id"], source, "--group", "Enhet",
                                  data_dir=data))
    assert "ingen kolumn som heter ”Enhet”" in line
    assert "finns inte" in assert_clean_error(run("import-responses", "inget-projekt", source, data_dir=data))


def test_link_previous_matches_by_name_and_names_what_it_could_not(
        tmp_path: Path, data: Path, demo_document: dict[str, Any]) -> None:
    old = copy.deepcopy(demo_document)
    old["project"]["id"], old["project"]["title"] = "project-2025", "Dialograpport 2025"
    old["mandates"][0]["title"] = "Tidig dialog"
    (tmp_path / "old.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    assert run("import", tmp_path / "old.json", data_dir=data).returncode == 0
    result = run("link-previous", demo_document["project"]["id"], "project-2025", data_dir=data)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Kopplade till föregående uppföljning ”Dialograpport 2025”: 4 politiska uppdrag")
    assert "14 taggar och 0 skattningar. 22 av 23 matchades på namn." in lines[0]
    assert lines[1:-1] == ["Utan motsvarighet: uppdrag ”Tidig dialog”"]
    assert lines[-1] == "project-2025"
    line = assert_clean_error(run("link-previous", demo_document["project"]["id"], demo_document["project"]["id"],
                                  data_dir=data))
    assert "sin egen föregående uppföljning" in line


def test_written_answers_have_no_minutes_or_notice_and_are_not_left_to_adjust(
        tmp_path: Path, data: Path, demo_document: dict[str, Any]) -> None:
    uid = demo_document["project"]["id"]
    source = tmp_path / "svar.csv"
    source.write_bytes(sf.csv_bytes(encoding="cp1252", bom=False))  # "CSV (semikolonavgränsad)"
    written = run("import-responses", uid, source, "--title", "Enkät våren 2026", data_dir=data).stdout.splitlines()[-1]
    for command in ("minutes", "notice"):
        target = tmp_path / f"{command}.pdf"
        line = assert_clean_error(run(command, uid, written, "-o", target, data_dir=data))
        assert line.startswith("samverkan-desktop: ”Enkät våren 2026” är skriftliga svar från en enkät, inget möte")
        assert not target.exists()
    report = run("report", uid, "-o", tmp_path / "rapport.pdf", "--final", data_dir=data)
    assert report.returncode == 0, report.stderr
    assert "Protokollet från ”Fokusgrupp" in report.stderr and "Enkät våren 2026" not in report.stderr


def test_one_answer_and_one_rating_item_are_counted_in_the_singular(
        tmp_path: Path, data: Path, demo_document: dict[str, Any]) -> None:
    source = tmp_path / "svar.xlsx"
    one = [[*row[:7], None, *row[8:9], None, *row[10:]] for row in sf.rows()[:2]]  # one answer, one rating item
    one[0] = sf.rows()[0]
    source.write_bytes(sf.forms_workbook(one))
    result = run("import-responses", demo_document["project"]["id"], source, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(
        "Importerade 1 skriftligt svar från 1 svarande och 1 skattning (1 HME-fråga) till")
