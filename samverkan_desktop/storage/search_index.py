"""The full-text search index: an SQLite FTS5 table kept in sync by triggers.

``search_index`` holds one row per searchable text: an entry's text, a minute note,
a tagging's memo, and the project texts (the project's title and commission in one
row; the report's summary, method and conclusions in another, since migration 0004;
each mandate's title, description and motivation; each question's text and guidance).
It is a plain FTS5 table that keeps its own copy of the text, so ``snippet()`` and
``bm25()`` work without joins.

Triggers on the source tables (created by migrations 0003 and 0004) insert, replace and
delete the index rows, so every writer stays in sync without a Python code path to forget:
the importer's Core inserts, the editing service, meeting mode's writer, restores,
and the deletes that cascade from a project, session, agenda item or entry.

The rowid of an index row is ``ref_id * KIND_SLOTS + code`` (see ``KIND_CODES``), so
a trigger replaces or removes its row by rowid (a b-tree seek) instead of scanning
the UNINDEXED columns.

The tokenizer is ``unicode61`` with ``remove_diacritics 0``: å, ä and ö are letters
of their own ("möte" does not match "mote"); case is folded for every letter
(Å = å); combining marks count as part of a word (categories ``L* N* Co M*``), so
text typed in decomposed form stays one word.

Caution for later migrations: SQLite drops a table's triggers with the table, and
Alembic's batch mode recreates a table to alter it. A migration that batch-alters
``entry``, ``minute_note``, ``tagging``, ``project``, ``mandate``, ``question``,
``session`` or ``agenda_item`` must create the search triggers again afterwards.

Alembic's autogenerate must not see the index (it is not a model): ``include_name``
hides the FTS5 table and its shadow tables from it.

An import writes a whole project at once; one trigger run per row made FTS5 indexing
most of its time (docs/performance.md). ``filled_in_bulk`` suspends the insert
triggers inside the import's transaction and fills the project's index rows with one
``INSERT … SELECT`` per source (``FILL_PROJECT``, the same rows the triggers write;
a test compares both), then creates the triggers again from their own stored SQL. A
rollback restores them with everything else.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text

from samverkan_desktop.progress import Progress, no_progress

TABLE = "search_index"
#: rowid = ref_id * KIND_SLOTS + code
KIND_SLOTS = 8
#: the kinds of indexed text and the code of each in the rowid
KIND_CODES: dict[str, int] = {
    "entry": 1,
    "minute_note": 2,
    "memo": 3,
    "project": 4,
    "mandate": 5,
    "question": 6,
    "report": 7,
}
#: the column that holds the text (0-based, for snippet())
BODY_COLUMN = 5


def is_search_table(name: str | None) -> bool:
    """The FTS5 table or one of its shadow tables (``search_index_data`` ...)."""
    return name is not None and (name == TABLE or name.startswith(TABLE + "_"))


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic's ``include_name`` hook: hide the search index from autogenerate."""
    return not (type_ == "table" and is_search_table(name))


# -- filling the index in bulk (an import) ------------------------------------------------
#: the triggers that index a new row, suspended while an import writes a whole project
INSERT_TRIGGERS = tuple(f"search_index_{stem}_insert"
                        for stem in ("entry", "minute_note", "memo", "project", "mandate", "question", "report"))
_COLUMNS = "rowid, kind, ref_id, project_id, session_id, entry_id, body"
#: one project's index rows, source by source: exactly the rows the insert triggers
#: (migrations 0003 and 0004) write one at a time, ``:project`` the project's id
FILL_PROJECT: tuple[str, ...] = tuple(f"INSERT INTO {TABLE}({_COLUMNS}) {select}" for select in (
    "SELECT e.id * 8 + 1, 'entry', e.id, s.project_id, e.session_id, e.id, e.text "
    "FROM entry AS e JOIN session AS s ON s.id = e.session_id WHERE s.project_id = :project",
    "SELECT n.id * 8 + 2, 'minute_note', n.id, s.project_id, a.session_id, NULL, n.text "
    "FROM minute_note AS n JOIN agenda_item AS a ON a.id = n.agenda_item_id "
    "JOIN session AS s ON s.id = a.session_id WHERE s.project_id = :project AND n.text <> ''",
    "SELECT t.id * 8 + 3, 'memo', t.id, s.project_id, e.session_id, e.id, t.memo "
    "FROM tagging AS t JOIN entry AS e ON e.id = t.entry_id JOIN session AS s ON s.id = e.session_id "
    "WHERE s.project_id = :project AND coalesce(t.memo, '') <> ''",
    "SELECT p.id * 8 + 4, 'project', p.id, p.id, NULL, NULL, p.title || coalesce(char(10) || p.commission, '') "
    "FROM project AS p WHERE p.id = :project",
    "SELECT p.id * 8 + 7, 'report', p.id, p.id, NULL, NULL, trim(coalesce(p.summary, '')"
    " || coalesce(char(10) || p.method, '') || coalesce(char(10) || p.conclusions, ''), char(10)) "
    "FROM project AS p WHERE p.id = :project"
    " AND trim(coalesce(p.summary, '') || coalesce(p.method, '') || coalesce(p.conclusions, '')) <> ''",
    "SELECT m.id * 8 + 5, 'mandate', m.id, m.project_id, NULL, NULL, m.title"
    " || coalesce(char(10) || m.description, '') || coalesce(char(10) || m.motivation, '') "
    "FROM mandate AS m WHERE m.project_id = :project",
    "SELECT q.id * 8 + 6, 'question', q.id, q.project_id, NULL, NULL, q.text"
    " || coalesce(char(10) || q.guidance, '') FROM question AS q WHERE q.project_id = :project",
))


@contextmanager
def filled_in_bulk(connection: Connection, project_id: int, progress: Progress = no_progress) -> Iterator[None]:
    """Within the caller's transaction: the block writes a project's rows unindexed, then its
    index rows are filled at once (``progress`` after each source) and the insert triggers
    are back as they were. Should the block fail, the caller's rollback brings them back."""
    names = ", ".join(f"'{name}'" for name in INSERT_TRIGGERS)
    triggers = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names}) ORDER BY name").all()
    for name, _sql in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for done, statement in enumerate(FILL_PROJECT, start=1):
        connection.execute(text(statement), {"project": project_id})
        progress(done, len(FILL_PROJECT))
    for _name, sql in triggers:
        connection.exec_driver_sql(sql)
