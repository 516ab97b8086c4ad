"""Decoding a CSV file as Swedish Excel saves it, without ever guessing wrong silently.

Excel writes "CSV UTF-8" with a byte order mark, semicolons and CRLF, and the older
"CSV (semikolonavgränsad)" in Windows-1252; other tools write comma-separated UTF-8.
The encoding is decided from the bytes: a BOM decides; valid UTF-8 is UTF-8; otherwise
Windows-1252, but only when the result reads as Swedish text. Bytes from another code
page (the old DOS 850, Mac Roman) decode in Windows-1252 to letters such as † „ Š
inside words; those files are refused with a message that says how to save the file,
rather than imported with wrong letters. UTF-8 cut off in the middle of a letter is a
truncated file, not Windows-1252.

The delimiter is the one of ``;`` ``,`` and tab that splits the first records into the
same number of fields, preferring the most fields; Excel's ``sep=;`` first line decides.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from samverkan_desktop.services.errors import ImportRefused, LocalText

DELIMITERS = (";", ",", "\t")
#: records read to decide the delimiter
SAMPLE_RECORDS = 50
#: bytes 0x80-0x9F of Windows-1252 that no Swedish text has: they are å, ä, ö of another code page
_FOREIGN = re.compile("[†‡ˆ‰Š‹ŒŽ˜™š›œžŸƒ]")
#: punctuation of 0x80-0x9F that is fine between words, but never between two letters of a word
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[„”“•…](?=[^\W\d_])")
#: UTF-8 read as Windows-1252: "Ã¥" for å, "Ã¤" for ä, "Ã¶" for ö ...
_HIGH_1252 = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")
_DOUBLE_ENCODED = re.compile(f"Ã[{re.escape(_HIGH_1252)}]")
#: control characters a text file never holds (tab, line feed and carriage return are fine)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

ENCODING_UNSURE = LocalText(
    "Filens teckenkodning går inte att avgöra säkert, och å, ä och ö skulle kunna bli fel. Öppna filen i "
    "Excel och spara den som ”CSV UTF-8 (kommaavgränsad)” eller som Excel-arbetsbok (.xlsx), och försök igen.",
    "The file's character encoding cannot be told for certain, and å, ä and ö could come out wrong. Open the "
    "file in Excel and save it as “CSV UTF-8 (Comma delimited)” or as an Excel workbook (.xlsx), and try again.")
BINARY = LocalText(
    "Filen innehåller binära tecken och är ingen textfil (CSV). Spara enkätens svar som CSV UTF-8 eller som "
    "Excel-arbetsbok (.xlsx) och försök igen.",
    "The file holds binary characters and is not a text (CSV) file. Save the survey's answers as CSV UTF-8 or "
    "as an Excel workbook (.xlsx) and try again.")
TRUNCATED = LocalText(
    "CSV-filen tar slut mitt i ett tecken eller ett citat och verkar ofullständig. Ladda ner eller spara svaren "
    "från enkätverktyget igen.",
    "The CSV file ends in the middle of a character or a quotation and seems incomplete. Download or save the "
    "answers from the survey tool again.")


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the name of its encoding; ``ImportRefused`` when unsure or not text."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(name)), name
            except UnicodeDecodeError as exc:
                raise ImportRefused(TRUNCATED if exc.end >= len(data) - 1 else ENCODING_UNSURE) from None
    if b"\x00" in data:
        raise ImportRefused(BINARY)
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            raise ImportRefused(TRUNCATED) from None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportRefused(ENCODING_UNSURE) from None
    if _FOREIGN.search(text) or _INSIDE_WORD.search(text) or _DOUBLE_ENCODED.search(text):
        raise ImportRefused(ENCODING_UNSURE)
    return _checked(text), "windows-1252"


def _checked(text: str) -> str:
    if _CONTROL.search(text):
        raise ImportRefused(BINARY)
    return text


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    found: list[list[str]] = []
    try:
        for record in reader:
            found.append(record)
            if limit is not None and len(found) >= limit:
                break
    except csv.Error:
        if limit is None:
            raise ImportRefused(TRUNCATED) from None
    return found


def sniff_delimiter(text: str) -> tuple[str, str]:
    """The delimiter, and the text without an Excel ``sep=`` line."""
    first, _, rest = text.partition("\n")
    hint = first.rstrip("\r")
    if hint.lower().startswith("sep=") and len(hint) == 5:
        return hint[4], rest
    best: tuple[float, int, int] = (-1.0, 0, 0)
    chosen = DELIMITERS[0]
    for preference, delimiter in enumerate(DELIMITERS):
        sample = [r for r in _records(text, delimiter, SAMPLE_RECORDS) if any(cell.strip() for cell in r)]
        if not sample:
            continue
        width = len(sample[0])
        if width < 2:
            continue
        consistent = sum(1 for r in sample if len(r) == width) / len(sample)
        score = (consistent, width, -preference)
        if score > best:
            best, chosen = score, delimiter
    return chosen, text


def read_records(data: bytes) -> tuple[list[list[str]], str, str]:
    """The CSV file's records (lists of cells), its encoding and its delimiter."""
    text, encoding = decode(data)
    delimiter, body = sniff_delimiter(text)
    return _records(body, delimiter), encoding, delimiter
