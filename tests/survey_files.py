"""Survey exports as the tools write them, built for the tests (nothing here is mocked).

``forms_workbook`` is a Microsoft Forms export: the identity columns first (in English
or in Swedish, with or without "Last modified time"), then one column per question;
``csv_bytes`` writes the same rows byte for byte as Excel saves them ("CSV UTF-8": BOM,
semicolons, CRLF; "CSV (semikolonavgränsad)": Windows-1252) or as other tools write
comma-separated UTF-8. The respondents carry canary names and e-mail addresses that
must never reach the data folder.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook

CANARY_NAME = "Qwxrespondent Åkesdotter"
CANARY_MAIL = "qwx.akesdotter@ekdala.example"
CANARY_TOKEN = "qwxrespondent"

ENGLISH_IDENTITY = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
SWEDISH_IDENTITY = ["ID", "Starttid", "Sluttid", "E-post", "Namn", "Senaste ändringstid"]

#: two questions of the demo project's guide, as a survey would head them
Q1 = "Kommer arbetstagarorganisationerna in tillräckligt tidigt för att kunna påverka besluten?"
Q3 = "I vilken mån är arbetsplatsträffen ett forum där medarbetarna kan påverka sin vardag?"
HME_1 = "Mitt arbete känns meningsfullt"
HME_4 = "Min närmaste chef visar uppskattning för mina arbetsinsatser"
GROUP = "Förvaltning"
OWN = "Övriga synpunkter på samverkan"

HEADERS = [Q1.upper() + "  ", Q3.rstrip("?"), HME_1, HME_4, GROUP, OWN]
ANSWERS: list[list[Any]] = [
    ["Vi får underlagen för sent, ofta samma dag som beslutet.", "APT är mest information.", 4, 5,
     "Socialförvaltningen", "Bra att ni frågar!"],
    ["=cmd|' /C calc'!A0", "<b>Inget</b> & inget 😀\nNy rad här.", 3, 4, "Socialförvaltningen", "   "],
    ["   ", "", 2, None, "Utbildningsförvaltningen", None],
    ["Det har blivit bättre i år; CSG har en årsplan.", "Vi påverkar schemat, ”ibland”.", 5, 3,
     "Utbildningsförvaltningen", "Mer tid för skyddsombuden – tack."],
    [None, None, None, None, None, None],
]


def identity(index: int, swedish: bool = False, modified: bool = True) -> list[Any]:
    """One respondent's identity cells; the second respondent is the canary."""
    start = dt.datetime(2026, 3, 2, 9, 0) + dt.timedelta(minutes=7 * index)
    name, mail = (CANARY_NAME, CANARY_MAIL) if index == 1 else (f"Person Nummer{index}", f"p{index}@ekdala.example")
    cells: list[Any] = [index + 1, start, start + dt.timedelta(minutes=4), mail, name]
    return [*cells, start + dt.timedelta(minutes=5)] if modified else cells


def rows(swedish: bool = False, modified: bool = True) -> list[list[Any]]:
    """The header row and the respondents' rows of a Forms export."""
    labels = SWEDISH_IDENTITY if swedish else ENGLISH_IDENTITY
    head = (labels if modified else labels[:-1]) + HEADERS
    return [head] + [identity(i, swedish, modified) + answer for i, answer in enumerate(ANSWERS)]


def forms_workbook(table: Sequence[Sequence[Any]] | None = None, sheet: str = "Sheet1") -> bytes:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for row in table if table is not None else rows():
        ws.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    text = value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else str(value)
    if any(ch in text for ch in (delimiter, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_bytes(table: Sequence[Sequence[Any]] | None = None, *, encoding: str = "utf-8", bom: bool = True,
              delimiter: str = ";", newline: str = "\r\n") -> bytes:
    """The rows as a CSV file, byte for byte as Excel (or another tool) writes it."""
    lines = [delimiter.join(_cell(v, delimiter) for v in row) for row in (table if table is not None else rows())]
    data = (newline.join(lines) + newline).encode(encoding, errors="replace")  # Excel writes ? for an emoji
    return (b"\xef\xbb\xbf" + data) if bom else data


#: the CSV variants a Swedish municipality meets: name -> bytes
def csv_variants(table: Sequence[Sequence[Any]] | None = None) -> dict[str, bytes]:
    return {
        "excel-csv-utf8": csv_bytes(table),
        "excel-semicolon-1252": csv_bytes(table, encoding="cp1252", bom=False),
        "comma-utf8": csv_bytes(table, bom=False, delimiter=",", newline="\n"),
    }
