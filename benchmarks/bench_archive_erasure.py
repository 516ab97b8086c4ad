"""Time the project archive (write, read) and erasing a person on a large library.

A library of ``sessions x entries-per-session`` entries (default 50 x 1,000) is built
from ``generate_project.generate`` with ``import_document`` (not timed). Then, once each:

``archive write``
    ``archive_bytes``: the export, the JSON, deflate, the manifest (the file write is
    not timed; the bytes are kept in memory).
``archive read``
    ``read_archive_bytes``: every check, the CRC and SHA-256, the strict JSON parse
    (not the import).
``erase plan``
    ``plan_erasure``: what the confirmation shows (every text of the project is read).
``erase``
    ``erase_person`` of the person with the most entries: rows, search-index rebuild,
    VACUUM, WAL truncation, backups removed and a fresh one written.

Run::

    uv run python benchmarks/bench_archive_erasure.py
    uv run python benchmarks/bench_archive_erasure.py --sessions 2 --entries-per-session 50
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import archive, erasure
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import open_library

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import generated_document, machine, timed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--entries-per-session", type=int, default=1000)
    options = parser.parse_args(argv)
    document = generated_document(options.sessions, options.entries_per_session, seed=0)
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-") as folder:
        paths = DataPaths(Path(folder)).ensure()
        library = open_library(paths)
        try:
            imported = import_document(library, document)
            with library.sessions() as db:
                person_id = db.execute(
                    select(m.Entry.person_id, func.count()).where(m.Entry.person_id.is_not(None))
                    .group_by(m.Entry.person_id).order_by(func.count().desc())).first()[0]
            database_mb = paths.database.stat().st_size / 1e6
            write_s, data = timed(lambda: archive.archive_bytes(library, imported.project_uid))
            read_s, _doc = timed(lambda: archive.read_archive_bytes(data))
            plan_s, plan = timed(lambda: erasure.plan_erasure(library, paths, person_id))
            erase_s, result = timed(lambda: erasure.erase_person(library, paths, person_id))
        finally:
            library.close()
    print(f"machine: {machine()}")
    print(f"library: {imported.sessions} sessions, {imported.entries} entries, {database_mb:.1f} MB")
    print(f"archive write  {write_s:6.2f} s  ({len(data) / 1e6:.1f} MB archive)")
    print(f"archive read   {read_s:6.2f} s")
    print(f"erase plan     {plan_s:6.2f} s  ({plan.entries} entries, {plan.attendance} attendance lines)")
    print(f"erase          {erase_s:6.2f} s  ({result.entries} entries anonymised)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
