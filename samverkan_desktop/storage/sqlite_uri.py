"""The one way to open an SQLite file through a ``file:`` URI (read-only opens need one).

SQLite ends a URI's path at ``?`` and ``#`` and decodes ``%HH``, so ``f"file:{path}?mode=ro"``
on a folder named ``CSG #2`` opens ``CSG `` read-write and creates it. Here every byte of
the path that is not plainly safe is percent-encoded (UTF-8, as SQLite decodes it), and
the path is always given absolute after an empty authority (``file:///...``).

``Path.as_uri()`` is no help: it turns a Windows UNC path (``\\\\server\\share\\...``)
into ``file://server/share/...``, a host name SQLite refuses. SQLite's own form for a
UNC path is four slashes, ``file:////server/share/...``, which this module writes.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote, urlencode

#: characters left as they are in the path; everything else is percent-encoded
_SAFE = "/:-._~"


def sqlite_uri(path: str | os.PathLike[str], windows: bool | None = None, **params: str) -> str:
    """The ``file:`` URI SQLite reads as exactly ``path``, with query ``params`` (e.g. ``mode="ro"``).

    ``windows`` picks the path rules (default: this machine's), so the Windows forms can
    be tested anywhere. A relative path is made absolute against the working folder.
    """
    on_windows = os.name == "nt" if windows is None else windows
    if on_windows:
        text = PureWindowsPath(path).as_posix() if isinstance(path, PurePath) else os.fspath(path)
        text = text.replace("\\", "/")
        if not PureWindowsPath(text).is_absolute():
            text = PureWindowsPath(os.path.abspath(text)).as_posix() if os.name == "nt" else text
        if not text.startswith("/"):  # C:/Users/... -> /C:/Users/... (SQLite drops that slash)
            text = "/" + text
        # a UNC path (//server/share/...) keeps its two slashes after the empty authority
    else:
        text = os.path.abspath(os.fspath(path))
    query = f"?{urlencode(params)}" if params else ""
    return f"file://{quote(text, safe=_SAFE)}{query}"


def connect_read_only(path: str | os.PathLike[str], timeout: float = 5.0) -> sqlite3.Connection:
    """A read-only connection to the database file at ``path`` (never creates or writes it)."""
    return sqlite3.connect(sqlite_uri(Path(path), mode="ro"), uri=True, timeout=timeout)
