"""Bytes to a JSON document, refusing what JSON itself would accept too loosely."""

from __future__ import annotations

import codecs
import errno
import json
from pathlib import Path
from typing import Any

from samverkan_desktop.services.errors import ImportRefused, LocalText

MAX_FILE_BYTES = 512 * 1024 * 1024


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ImportRefused(LocalText(
                f'Filen har nyckeln "{key}" två gånger i samma objekt.',
                f'The file has the key "{key}" twice in one object.',
            ))
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ImportRefused(LocalText(
        f"Filen innehåller {name}, som inte är ett giltigt tal i JSON.",
        f"The file contains {name}, which is not a valid JSON number.",
    ))


TOO_LARGE = LocalText(
    "Filen är för stor för att vara en projektfil (över 512 MB).",
    "The file is too large to be a project file (over 512 MB).",
)


#: decoded a megabyte at a time: one call over a large file would hold the interpreter (and
#: the window, when an import runs in the background) for a tenth of a second
DECODE_CHUNK = 1 << 20


def _decode(data: bytes, chunk: int = DECODE_CHUNK) -> str:
    """``data.decode("utf-8-sig")`` in pieces; an error's ``start`` counts bytes from the file's start."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    pieces = []
    begin = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    for offset in range(begin, len(data) + 1, chunk):
        held = len(decoder.getstate()[0])  # the start of a character cut at the last piece's end
        try:
            pieces.append(decoder.decode(data[offset:offset + chunk], final=offset + chunk > len(data)))
        except UnicodeDecodeError as exc:
            start = offset - held + exc.start
            raise UnicodeDecodeError("utf-8", data, start, start + (exc.end - exc.start), exc.reason) from None
    return "".join(pieces)


def parse_bytes(data: bytes) -> Any:
    """Decode UTF-8 (a BOM is tolerated) and parse strict JSON."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(TOO_LARGE)
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:
        raise ImportRefused(LocalText(
            f"Filen är inte UTF-8-text (fel vid byte {exc.start}). Är det rätt fil?",
            f"The file is not UTF-8 text (error at byte {exc.start}). Is it the right file?",
        )) from None
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants
        )
    except json.JSONDecodeError as exc:
        raise ImportRefused(LocalText(
            f"Filen är inte giltig JSON: rad {exc.lineno}, kolumn {exc.colno}.",
            f"The file is not valid JSON: line {exc.lineno}, column {exc.colno}.",
        )) from None
    except ValueError:  # an integer of more digits than Python converts (int_max_str_digits)
        raise ImportRefused(LocalText(
            "Filen innehåller ett orimligt stort tal.",
            "The file contains an absurdly large number.",
        )) from None
    except RecursionError:
        raise ImportRefused(LocalText(
            "Filen är för djupt nästlad för att vara en projektfil.",
            "The file is nested too deeply to be a project file.",
        )) from None


def read_input(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file the user gave (at most ``limit + 1`` are read), or ``ImportRefused``
    saying plainly why not: missing, a folder, unreadable."""
    try:
        if path.is_dir():  # Windows answers "permission denied" for a folder, not EISDIR
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise ImportRefused(LocalText(
            f"Filen {path} finns inte.", f"The file {path} does not exist."
        )) from None
    except IsADirectoryError:
        raise ImportRefused(LocalText(
            f"{path} är en mapp, inte en fil.", f"{path} is a folder, not a file."
        )) from None
    except OSError as exc:
        raise ImportRefused(LocalText(
            f"Filen {path} kan inte läsas: {exc.strerror}.",
            f"The file {path} cannot be read: {exc.strerror}.",
        )) from None


def read_file(path: Path) -> Any:
    """Read and parse a project file, with a clear message when it cannot be read."""
    try:
        too_large = path.is_file() and path.stat().st_size > MAX_FILE_BYTES
    except OSError:
        too_large = False  # read_input explains
    if too_large:
        raise ImportRefused(TOO_LARGE)
    return parse_bytes(read_input(path))
