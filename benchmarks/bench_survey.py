"""Time importing employees' written answers: a survey export of 10,000 respondents.

The file is a Microsoft Forms export in Swedish (the six identity columns first), with
three free-text questions of the demo project's guide (each answered by about 70 %),
the nine HME items (1-5) and the administration as the group: 10,000 rows, 19 columns,
about 21,000 written answers. The same rows are also written as Excel's "CSV UTF-8".
Each measurement runs ``--repeat`` times (default 5) on a fresh on-disk library with the
demo project; the medians are printed with their ratio to a floor measured in the same run:

``floor: read``
    openpyxl's read-only ``iter_rows(values_only=True)`` over the workbook, doing nothing
    with the values: the least any reading of the .xlsx can take.
``read xlsx`` / ``read csv``
    ``read_survey``: the format told from the bytes, the identity columns dropped, the
    columns built (CSV: the encoding and the delimiter detected).
``floor: write``
    the same entry and rating-item rows written with the raw ``sqlite3`` module in one
    transaction (``executemany``; the search-index triggers fire, as for the app).
``import``
    ``import_responses``: the checks, the session, the entries, the rating items with
    their groups, one transaction and its commit.

Run::

    uv run python benchmarks/bench_survey.py
    uv run python benchmarks/bench_survey.py --respondents 200 --repeat 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.survey import hme
from samverkan_desktop.services.survey.columns import automatic, describe
from samverkan_desktop.services.survey.importing import count, guide_questions, import_responses
from samverkan_desktop.services.survey.reading import read_survey_bytes
from samverkan_desktop.storage.library import Library, open_library

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import machine, timed

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo-project.json"
WORDS = ("samverkan", "arbetsplatsträff", "chef", "skyddsombud", "underlag", "dialog", "tid", "inflytande",
         "förändring", "information", "förvaltning", "möte", "ansvar", "återkoppling", "arbetsmiljö")
AREAS = ("Socialförvaltningen", "Utbildningsförvaltningen", "Samhällsbyggnadsförvaltningen", "Kulturförvaltningen",
         "Kommunledningsförvaltningen", "Vård- och omsorgsförvaltningen")


def survey_rows(respondents: int, questions: list[str], seed: int = 0) -> list[list[Any]]:
    rng = random.Random(seed)
    head = ["ID", "Starttid", "Sluttid", "E-post", "Namn", "Senaste ändringstid", *questions,
            *(item.text for item in hme.ITEMS.values()), "Förvaltning"]
    rows: list[list[Any]] = [head]
    start = dt.datetime(2026, 3, 2, 8)
    for number in range(1, respondents + 1):
        moment = start + dt.timedelta(seconds=97 * number)
        texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 40))).capitalize() + "."
                 if rng.random() < 0.7 else None for _ in questions]
        ratings = [min(5, max(1, round(rng.gauss(3.5, 1)))) for _ in hme.ITEMS]
        rows.append([number, moment, moment + dt.timedelta(minutes=6), f"person{number}@kommun.example",
                     f"Förnamn Efternamn {number}", None, *texts, *ratings, rng.choice(AREAS)])
    return rows


def workbook(rows: list[list[Any]]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Blad1")
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_utf8(rows: list[list[Any]]) -> bytes:
    def cell(value: Any) -> str:
        text = "" if value is None else value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) \
            else str(value)
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in ';"\n') else text
    return b"\xef\xbb\xbf" + "".join(";".join(cell(v) for v in row) + "\r\n" for row in rows).encode()


def read_floor(data: bytes) -> int:
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    n = sum(1 for _row in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return n


def fresh_library(folder: Path, name: str) -> tuple[Library, int]:
    library = open_library(DataPaths(folder / name))
    project_id = import_document(library, json.loads(DEMO.read_text(encoding="utf-8"))).project_id
    return library, project_id


def write_floor(library: Library, project_id: int, table: Any, mapping: Any) -> float:
    """The import's rows through raw sqlite3: entries and rating items, one transaction."""
    now = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    texts = [i for i, c in mapping.items() if c.use.value == "question"]
    ratings = [i for i, c in mapping.items() if c.use.value == "rating"]
    group_at = next(i for i, c in mapping.items() if c.use.value == "group")
    groups = [g or "Medarbetare" for g in table.columns[group_at]]
    assert library.path is not None
    library.close()
    db = sqlite3.connect(library.path, isolation_level=None)
    for pragma in ("busy_timeout=5000", "foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        db.execute(f"PRAGMA {pragma}")
    session_id = 10_000
    entries = [(session_id, f"entry-{uuid.uuid4().hex[:12]}", mapping[i].question_id, "statement", value,
                groups[row], n, now, now, "{}")
               for n, (i, row, value) in enumerate((i, r, v) for i in texts for r, v in enumerate(table.columns[i])
                                                   if v is not None)]
    items = [(project_id, f"rating-{i}", session_id, table.headers[i], None, json.dumps(count(table.columns[i])),
              "[]", i, now, now, "{}") for i in ratings]
    start = time.perf_counter()
    db.execute("BEGIN")
    db.execute("INSERT INTO session (id, project_id, uid, title, kind, date, status, respondents, sort_order, "
               "created_at, updated_at, extra) VALUES (?, ?, 'session-floor', 'Floor', 'written_answers', "
               "'2026-03-20', 'held', ?, 99, ?, ?, '{}')", (session_id, project_id, table.respondents, now, now))
    db.executemany("INSERT INTO entry (session_id, uid, question_id, kind, text, respondent_group, sort_order, "
                   "created_at, updated_at, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
    db.executemany("INSERT INTO rating_item (project_id, uid, session_id, text, hme, counts, groups, sort_order, "
                   "created_at, updated_at, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def import_round(folder: Path, table: Any, mapping: Any) -> tuple[float, Any]:
    """``import_responses`` into a fresh library with the demo project, timed."""
    library, project_id = fresh_library(folder.parent, folder.name)
    try:
        return timed(lambda: import_responses(library, project_id, table, mapping))
    finally:
        library.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args(argv)
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    questions = [q["text"] for q in demo["questions"][:3]]
    rows = survey_rows(options.respondents, questions)
    xlsx, csv = workbook(rows), csv_utf8(rows)
    times: dict[str, list[float]] = {name: [] for name in ("floor: read", "read xlsx", "read csv", "floor: write",
                                                           "import")}
    result = None
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-survey-") as folder:
        for round_number in range(options.repeat):
            times["floor: read"].append(timed(lambda: read_floor(xlsx))[0])
            elapsed, table = timed(lambda: read_survey_bytes(xlsx, "svar.xlsx"))
            times["read xlsx"].append(elapsed)
            times["read csv"].append(timed(lambda: read_survey_bytes(csv, "svar.csv"))[0])
            library, project_id = fresh_library(Path(folder), f"floor-{round_number}")
            mapping = automatic(describe(table, guide_questions(library, project_id)), "Förvaltning")
            times["floor: write"].append(write_floor(library, project_id, table, mapping))
            elapsed, result = import_round(Path(folder) / f"import-{round_number}", table, mapping)
            times["import"].append(elapsed)
    assert result is not None
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"machine: {machine()}")
    print(f"file: {options.respondents} respondents, {len(rows[0])} columns ({len(xlsx) / 1e6:.1f} MB xlsx, "
          f"{len(csv) / 1e6:.1f} MB csv); imported {result.answers} answers, {result.rating_items} rating items; "
          f"{options.repeat} rounds")
    for name, median in medians.items():
        floor = medians["floor: read"] if name.startswith("read") or name == "floor: read" else medians["floor: write"]
        print(f"{name:14s} {median:7.3f} s  {median / floor:5.1f}x floor")
    total = medians["read xlsx"] + medians["import"]
    print(f"{'xlsx to library':14s} {total:7.3f} s  {total / (medians['floor: read'] + medians['floor: write']):5.1f}x "
          "floor (read + write)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
