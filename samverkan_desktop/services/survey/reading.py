"""Reading a survey export into columns, with the respondents' identity dropped on the way in.

A file holds one row per respondent under one row of headers: Microsoft Forms puts its
identity columns first (``ID``, ``Start time``, ``Completion time``, ``Email``, ``Name``,
``Last modified time``; in Swedish ``Starttid``, ``Sluttid``, ``E-post``, ``Namn``,
``Senaste ändringstid``), then one column per question; other survey tools write the same
"one row per respondent" layout with their own identity columns. Identity columns are
recognised by their header (``IDENTITY_HEADERS``) or by their content (mostly e-mail
addresses), and their values are dropped right here: nothing later (the mapping, the
import, the log) ever sees them. Only their headers are kept, to tell the user what was left out.

The format is told by the content, not the name: a zip is an .xlsx workbook (read with
openpyxl in read-only mode, formulas as their text, never computed), the old binary
.xls is refused with advice, and text is CSV (``text_file``). Anything else, a damaged
workbook, a file without answers or an absurdly large one is refused with an
``ImportRefused`` whose one Swedish line says what to do.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samverkan_desktop.progress import Cancelled, Progress
from samverkan_desktop.services.errors import ImportRefused, LocalText
from samverkan_desktop.services.survey import text_file

log = logging.getLogger(__name__)

MAX_BYTES = 200 * 1024 * 1024
#: the project file holds no number above 100,000 (``interchange.validate``): no count may exceed it
MAX_ROWS = 100_000
MAX_COLUMNS = 1_000
#: a cell longer than this is not an answer anyone typed (and the project file refuses it)
MAX_CELL = 1_000_000
#: rows read between two progress reports
PROGRESS_ROWS = 500
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: headers of columns that identify a respondent, compared after ``normalise``
IDENTITY_HEADERS = frozenset({
    # Microsoft Forms, English and Swedish
    "id", "start time", "completion time", "email", "name", "last modified time",
    "starttid", "sluttid", "e-post", "namn", "senaste ändringstid", "tid för senaste ändring",
    # other survey tools (Google Forms, SurveyMonkey, Netigate, Esmaker ...)
    "timestamp", "tidstämpel", "tidsstämpel", "email address", "e-mail", "e-mail address", "e-postadress",
    "mail", "username", "user name", "användarnamn", "full name", "first name", "last name", "förnamn",
    "efternamn", "respondent", "respondent id", "respondent-id", "respondentid", "svarande", "svars-id",
    "response id", "collector id", "ip address", "ip-adress", "start date", "end date", "startdatum",
    "slutdatum", "personnummer", "anställningsnummer", "employee id", "telefon", "telefonnummer",
    "phone", "mobilnummer",
})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s.,:;!?…]+$")
#: control characters a workbook cell may hold but a project file may not; they become a space
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

NOT_SPREADSHEET = LocalText(
    "Filen är varken en Excel-arbetsbok (.xlsx) eller en CSV-fil. Exportera enkätens svar till Excel eller "
    "spara dem som CSV UTF-8, och försök igen.",
    "The file is neither an Excel workbook (.xlsx) nor a CSV file. Export the survey's answers to Excel or "
    "save them as CSV UTF-8, and try again.")
OLD_EXCEL = LocalText(
    "Filen är i Excels gamla format (.xls). Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx) eller "
    "CSV UTF-8, och försök igen.",
    "The file is in Excel's old format (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or "
    "CSV UTF-8, and try again.")
DAMAGED = LocalText(
    "Excel-filen är skadad eller ofullständig och kan inte läsas. Ladda ner svaren från enkätverktyget igen.",
    "The Excel file is damaged or incomplete and cannot be read. Download the answers from the survey tool "
    "again.")
NO_RESPONSES = LocalText(
    "Filen innehåller inga svar: bara rubriker, eller ingenting alls.",
    "The file holds no answers: only headers, or nothing at all.")
_ROWS, _COLUMNS = f"{MAX_ROWS:,}".replace(",", "\u00a0"), f"{MAX_COLUMNS:,}".replace(",", "\u00a0")
TOO_LARGE = LocalText(
    f"Filen är för stor för att vara en enkätexport (över {_ROWS} svar, {_COLUMNS} kolumner eller "
    f"{MAX_BYTES // (1024 * 1024)} MB).",
    f"The file is too large to be a survey export (over {MAX_ROWS:,} answers, {MAX_COLUMNS:,} columns or "
    f"{MAX_BYTES // (1024 * 1024)} MB).")
UNREADABLE = LocalText(
    "Filen kunde inte läsas. Kontrollera att den finns och inte är öppen i ett annat program.",
    "The file could not be read. Check that it exists and is not open in another program.")


@dataclass(frozen=True)
class SurveyTable:
    """The answers of a survey file, column by column, without the identity columns."""

    headers: tuple[str, ...]
    #: per header, one value per respondent (None for an empty cell); cells as text
    columns: tuple[tuple[str | None, ...], ...]
    #: the headers of the identity columns that were dropped unread
    dropped: tuple[str, ...]
    #: "xlsx" or "csv"
    file_format: str
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def respondents(self) -> int:
        return len(self.columns[0]) if self.columns else 0


def normalise(text: str) -> str:
    """A header or question for comparing: NFC, case folded, spacing collapsed, no trailing punctuation."""
    folded = _SPACES.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()
    return _TRAILING.sub("", folded)


def is_identity_header(header: str) -> bool:
    return normalise(header) in IDENTITY_HEADERS


def cell_text(value: Any) -> str | None:
    """A cell's value as the text the respondent sees: numbers without ".0", dates as dates."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return _CONTROL.sub(" ", str(value))


def read_survey(path: Path, progress: Progress | None = None) -> SurveyTable:
    """Read the file at ``path`` (see the module's text); ``progress(rows read, rows)`` now and then."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportRefused(TOO_LARGE)
        data = path.read_bytes()
    except OSError as exc:
        log.warning("survey file unreadable: %s", exc.__class__.__name__)
        raise ImportRefused(UNREADABLE) from None
    return read_survey_bytes(data, path.name, progress)


def read_survey_bytes(data: bytes, name: str = "", progress: Progress | None = None) -> SurveyTable:
    """Read a survey file's bytes; ``name`` only tells a workbook's kind when the content does not."""
    if len(data) > MAX_BYTES:
        raise ImportRefused(TOO_LARGE)
    if data.startswith(OLE_MAGIC):
        raise ImportRefused(OLD_EXCEL)
    if data.startswith(ZIP_MAGIC) or name.lower().endswith((".xlsx", ".xlsm")):
        rows: Iterable[list[str | None]] = _workbook_rows(data, progress)
        return _table(rows, "xlsx")
    if not name.lower().endswith((".csv", ".txt", ".tsv")) and name:
        raise ImportRefused(NOT_SPREADSHEET)
    records, encoding, delimiter = text_file.read_records(data)
    return _table(([cell if cell.strip() else None for cell in record] for record in records),
                  "csv", encoding, delimiter)


def _workbook_rows(data: bytes, progress: Progress | None) -> Iterator[list[str | None]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise ImportRefused(NOT_SPREADSHEET)  # a zip, but no workbook: a Word file, an archive ...
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except ImportRefused:
        raise
    except Exception as exc:  # zipfile and openpyxl raise many kinds of errors on a broken file
        log.warning("survey workbook unreadable: %s", exc.__class__.__name__)
        raise ImportRefused(DAMAGED) from None
    try:
        if not book.worksheets:
            raise ImportRefused(NO_RESPONSES)
        sheet = book.worksheets[0]
        total = sheet.max_row or 0  # from the sheet's dimension; 0 when the file does not say
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if progress is not None and number % PROGRESS_ROWS == 0:
                progress(number, max(total, number + 1))
            yield [cell_text(value) for value in row]
    except (ImportRefused, Cancelled):
        raise
    except Exception as exc:  # a truncated or damaged part shows only while the rows are read
        log.warning("survey workbook damaged: %s", exc.__class__.__name__)
        raise ImportRefused(DAMAGED) from None
    finally:
        book.close()


def _table(rows: Iterable[list[str | None]], file_format: str, encoding: str | None = None,
           delimiter: str | None = None) -> SurveyTable:
    """Headers from the first non-empty row; identity columns dropped; empty rows skipped."""
    headers: list[str] | None = None
    body: list[list[str | None]] = []
    for row in rows:
        cells = [None if c is None or not c.strip() else c for c in row]
        if len(cells) > MAX_COLUMNS:
            if any(cells[MAX_COLUMNS:]):
                raise ImportRefused(TOO_LARGE)
            cells = cells[:MAX_COLUMNS]
        if not any(cells):
            continue
        if headers is None:
            headers = [c if c is not None else "" for c in row[:MAX_COLUMNS]]
            continue
        body.append(row[:MAX_COLUMNS])
        if len(body) > MAX_ROWS:
            raise ImportRefused(TOO_LARGE)
    if headers is None or not body:
        raise ImportRefused(NO_RESPONSES)
    width = max(len(headers), *(len(r) for r in body))
    while width > len(headers) and not any(len(r) >= width and r[width - 1] for r in body):
        width -= 1  # trailing empty cells: not a column
    names = [(h.strip() if h and h.strip() else f"Kolumn {i + 1}") for i, h in
             enumerate(headers + [""] * (width - len(headers)))]
    keep = [i for i, h in enumerate(names) if not is_identity_header(h)]
    dropped = [names[i] for i in range(width) if i not in set(keep)]
    columns: list[tuple[str | None, ...]] = []
    kept_names: list[str] = []
    for index in keep:
        values = tuple(_answer(r, index) for r in body)
        if _mostly_emails(values):
            dropped.append(names[index])
            continue
        columns.append(values)
        kept_names.append(names[index])
    del body
    answered = [row for row in range(len(columns[0]) if columns else 0) if any(c[row] is not None for c in columns)]
    if not answered:
        raise ImportRefused(NO_RESPONSES)
    if len(answered) < len(columns[0]):  # a respondent who left every question empty answered nothing
        columns = [tuple(column[row] for row in answered) for column in columns]
    return SurveyTable(tuple(kept_names), tuple(columns), tuple(dropped), file_format, encoding, delimiter)


def _answer(row: list[str | None], index: int) -> str | None:
    value = row[index] if index < len(row) else None
    if value is None or not value.strip():
        return None
    if len(value) > MAX_CELL:
        raise ImportRefused(TOO_LARGE)
    return value


def _mostly_emails(values: tuple[str | None, ...]) -> bool:
    """A column of e-mail addresses identifies its respondents, whatever its header says."""
    given = [v for v in values if v is not None]
    return bool(given) and sum(1 for v in given if _EMAIL.match(v.strip())) * 2 >= len(given)
