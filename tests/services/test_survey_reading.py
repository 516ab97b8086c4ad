"""Reading survey exports: Forms workbooks and CSV as Excel writes them, identity dropped, bad files refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from samverkan_desktop.services.errors import ImportRefused
from samverkan_desktop.services.survey import hme, text_file
from samverkan_desktop.services.survey.columns import Use, automatic, describe
from samverkan_desktop.services.survey.reading import normalise, read_survey, read_survey_bytes
from tests import survey_files as sf

IDENTITY_VALUES = (sf.CANARY_NAME, sf.CANARY_MAIL, "2026-03-02 09:07", "p0@ekdala.example")


def _no_identity(table: object) -> None:
    text = repr(table)
    for value in IDENTITY_VALUES:
        assert value not in text


@pytest.mark.parametrize("swedish", [False, True])
@pytest.mark.parametrize("modified", [False, True])
def test_a_forms_workbook_loses_its_identity_columns_on_the_way_in(swedish: bool, modified: bool) -> None:
    table = read_survey_bytes(sf.forms_workbook(sf.rows(swedish, modified)), "Svar.xlsx")
    labels = sf.SWEDISH_IDENTITY if swedish else sf.ENGLISH_IDENTITY
    assert table.dropped == tuple(labels if modified else labels[:-1])
    assert table.headers == tuple(h.strip() for h in sf.HEADERS)
    assert table.file_format == "xlsx" and table.respondents == 4  # the empty last row is no respondent
    _no_identity(table)
    first, second = table.columns[0][:2]
    assert first == sf.ANSWERS[0][0]
    assert second == "=cmd|' /C calc'!A0"  # a formula is its text, never computed
    assert table.columns[1][1] == "<b>Inget</b> & inget 😀\nNy rad här."
    assert table.columns[2] == ("4", "3", "2", "5")


@pytest.mark.parametrize("variant", ["excel-csv-utf8", "excel-semicolon-1252", "comma-utf8"])
def test_csv_as_excel_and_other_tools_write_it_reads_the_same_answers(variant: str) -> None:
    data = sf.csv_variants(sf.rows(swedish=True))[variant]
    table = read_survey_bytes(data, "svar.csv")
    expected = read_survey_bytes(sf.forms_workbook(sf.rows(swedish=True)), "svar.xlsx")
    assert table.headers == expected.headers and table.dropped == expected.dropped
    assert (table.encoding, table.delimiter) == {
        "excel-csv-utf8": ("utf-8-sig", ";"), "excel-semicolon-1252": ("windows-1252", ";"),
        "comma-utf8": ("utf-8", ",")}[variant]
    emoji = "?" if variant == "excel-semicolon-1252" else "😀"
    assert table.columns[1][1] == f"<b>Inget</b> & inget {emoji}\nNy rad här."
    assert table.columns[1][3] == "Vi påverkar schemat, ”ibland”."
    assert table.columns[5][3] == "Mer tid för skyddsombuden – tack."
    assert table.columns[4] == ("Socialförvaltningen",) * 2 + ("Utbildningsförvaltningen",) * 2
    _no_identity(table)


def test_excel_sep_line_and_a_single_column_file() -> None:
    data = "sep=,\r\nID,Namn,Fråga; med semikolon\r\n1,Åsa,\"svar, med komma\"\r\n".encode()
    table = read_survey_bytes(data, "a.csv")
    assert table.headers == ("Fråga; med semikolon",) and table.columns == (("svar, med komma",),)
    table = read_survey_bytes("Vad tycker du?\r\nBra\r\nDåligt\r\n".encode(), "b.csv")
    assert table.headers == ("Vad tycker du?",) and table.columns == (("Bra", "Dåligt"),)


def test_a_column_of_e_mail_addresses_is_dropped_whatever_its_header() -> None:
    data = f"Kontakt;Fråga\r\n{sf.CANARY_MAIL};Ja\r\nx@y.se;Nej\r\n".encode()
    table = read_survey_bytes(data, "c.csv")
    assert table.headers == ("Fråga",) and table.dropped == ("Kontakt",)
    assert sf.CANARY_MAIL not in repr(table)


@pytest.mark.parametrize(("codec", "letters"), [("cp850", "Hälsa på öl"), ("mac_roman", "Åsa är här"),
                                                 ("cp850", "Öppna Ärenden"), ("cp437", "Fråga")])
def test_another_code_page_is_refused_rather_than_read_with_wrong_letters(codec: str, letters: str) -> None:
    data = f"Fråga;Skala\r\n{letters};3\r\n".encode(codec)
    with pytest.raises(ImportRefused) as caught:
        read_survey_bytes(data, "d.csv")
    assert "CSV UTF-8" in caught.value.text() and "å, ä och ö" in caught.value.text()


def test_utf8_mixed_with_windows_1252_is_refused() -> None:
    data = "Fråga\r\n".encode() + "Hälsa\r\n".encode("cp1252")
    with pytest.raises(ImportRefused, match="teckenkodning"):
        read_survey_bytes(data, "e.csv")


@pytest.mark.parametrize(("name", "data", "words"), [
    ("not-a-spreadsheet.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "varken en Excel-arbetsbok"),
    ("binary.csv", b"Fr\xc3\xa5ga;Skala\r\n\x00\x01\x02\xff\xfe;3\r\n", "binära tecken"),
    ("image.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binära tecken"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "gamla format (.xls)"),
    ("empty.csv", b"", "inga svar"),
    ("headers-only.csv", "\ufeffID;Namn;Fråga\r\n".encode(), "inga svar"),
    ("identity-only.csv", "ID;Namn\r\n1;Åsa\r\n".encode(), "inga svar"),
    ("cut-in-a-letter.csv", "Fråga\r\nSvar med å".encode()[:-1], "ofullständig"),
    ("open-quote.csv", "Fråga;Annan\r\n\"Svar som aldrig tar slut;3\r\n".encode(), "ofullständig"),
    ("word.xlsx", b"", "varken en Excel-arbetsbok"),
])
def test_bad_files_are_refused_with_one_swedish_line(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    if name == "word.xlsx":
        with zipfile.ZipFile(tmp_path / "w.zip", "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
        data = (tmp_path / "w.zip").read_bytes()
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportRefused) as caught:
        read_survey(path)
    message = caught.value.text()
    assert words in message and "\n" not in message
    assert caught.value.text("en") != message


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_a_truncated_workbook_is_refused(cut: float) -> None:
    data = sf.forms_workbook()
    with pytest.raises(ImportRefused, match="skadad eller ofullständig"):
        read_survey_bytes(data[: int(len(data) * cut)], "svar.xlsx")


def test_a_file_that_cannot_be_opened_is_a_clear_refusal(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="kunde inte läsas"):
        read_survey(tmp_path / "finns-inte.xlsx")


def test_columns_are_recognised_and_mapped_automatically() -> None:
    table = read_survey_bytes(sf.forms_workbook(), "svar.xlsx")
    guide = [(11, sf.Q1), (13, sf.Q3), (14, "Något annat")]
    found = describe(table, guide)
    assert [c.question_id for c in found] == [11, 13, None, None, None, None]
    assert [c.rating for c in found] == [False, False, True, True, False, False]
    assert [c.hme for c in found] == [None, None, "motivation_1", "ledarskap_1", None, None]
    assert [c.group for c in found] == [False, False, False, False, True, False]
    assert found[4].examples == ("Socialförvaltningen", "Utbildningsförvaltningen")
    mapping = automatic(found, group="förvaltning")
    assert [mapping[i].use for i in range(6)] == [Use.QUESTION, Use.QUESTION, Use.RATING, Use.RATING, Use.GROUP,
                                                 Use.SKIP]


def test_matching_ignores_case_spacing_and_trailing_punctuation_only() -> None:
    assert normalise("  Vad  FUNGERAR bra?? ") == normalise("vad fungerar bra")
    assert normalise("Vad fungerar bra") != normalise("Vad fungerar bra i samverkan")
    assert normalise("A\u030a") == normalise("Å")  # decomposed letters too


@pytest.mark.parametrize(("text", "key"), [
    ("3. Jag ser fram emot att gå till arbetet.", "motivation_3"),
    ("Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete", "ledarskap_3"),
    ("JAG VET VAD SOM FÖRVÄNTAS AV MIG I MITT ARBETE", "styrning_3"),
    ("Jag vet vad som gäller", None),
])
def test_the_nine_hme_items_are_known_by_their_words(text: str, key: str | None) -> None:
    assert hme.recognise(text) == key
    assert len(hme.ITEMS) == 9 and {i.area for i in hme.ITEMS.values()} == set(hme.AREAS)


def test_the_hme_index_is_mean_minus_one_times_25() -> None:
    assert hme.index([1, 0, 0, 0, 1]) == 50.0
    assert hme.index([0, 0, 1, 3, 0]) == pytest.approx((3.75 - 1) * 25)
    assert hme.index([0, 0, 0, 0, 0]) is None


def test_the_delimiter_is_the_one_that_splits_rows_evenly() -> None:
    text = 'Fråga;Annan\r\n"Ja, absolut";"Nej, aldrig"\r\nJa;Nej\r\n'
    assert text_file.sniff_delimiter(text)[0] == ";"
    text = 'Fråga,Annan\r\n"Ja; absolut","Nej; aldrig"\r\nJa,Nej\r\n'
    assert text_file.sniff_delimiter(text)[0] == ","


def test_reading_a_large_workbook_reports_progress_and_can_be_cancelled() -> None:
    from samverkan_desktop.progress import Cancelled

    rows = sf.rows()
    big = [rows[0]] + [rows[1]] * 1200
    seen: list[tuple[int, int]] = []
    table = read_survey_bytes(sf.forms_workbook(big), "svar.xlsx", lambda done, total: seen.append((done, total)))
    assert table.respondents == 1200
    assert [done for done, _total in seen] == [500, 1000] and all(total == 1201 for _d, total in seen)

    def cancel(_done: int, _total: int) -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        read_survey_bytes(sf.forms_workbook(big), "svar.xlsx", cancel)


def test_more_respondents_than_a_project_file_can_count_is_refused() -> None:
    from samverkan_desktop.services.survey.reading import MAX_ROWS

    data = ("Fråga\r\n" + "Ja\r\n" * (MAX_ROWS + 1)).encode()
    with pytest.raises(ImportRefused, match="för stor"):
        read_survey_bytes(data, "stor.csv")
    assert read_survey_bytes(("Fråga\r\n" + "Ja\r\n" * MAX_ROWS).encode(), "lagom.csv").respondents == MAX_ROWS
