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
"""

from __future__ import annotations

from typing import Any

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
