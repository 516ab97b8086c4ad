"""Is a library file healthy? Answers for any bytes on disk, never raises."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class IntegrityReport:
    healthy: bool
    detail: str


def check_file(path: Path, full: bool = False) -> IntegrityReport:
    """Run ``quick_check`` (or ``integrity_check``) read-only on the file at ``path``."""
    if not path.exists():
        return IntegrityReport(True, "missing")
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
            fk = connection.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return IntegrityReport(False, str(exc))
    problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
    if fk:
        problems.append(f"{len(fk)} broken references")
    if problems:
        return IntegrityReport(False, "; ".join(problems[:5]))
    return IntegrityReport(True, "ok")
