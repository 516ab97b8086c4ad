"""full-text search index (FTS5) kept in sync by triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 23:00:00

See samverkan_desktop/storage/search_index.py for the design. This script holds its
own copy of the SQL (a migration must not change when the app's code does).
"""

from __future__ import annotations

from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

SLOTS = 8
COLUMNS = "rowid, kind, ref_id, project_id, session_id, entry_id, body"

# For each source: (table, trigger name stem, kind, code, columns whose change re-indexes,
# SELECT of the index row from the record ``{r}`` (new or old), the row is indexed only WHERE ...)
SOURCES = [
    ("entry", "entry", "entry", 1, "text, session_id",
     "SELECT {r}.id * 8 + 1, 'entry', {r}.id, s.project_id, {r}.session_id, {r}.id, {r}.text "
     "FROM session AS s WHERE s.id = {r}.session_id"),
    ("minute_note", "minute_note", "minute_note", 2, "text, agenda_item_id",
     "SELECT {r}.id * 8 + 2, 'minute_note', {r}.id, s.project_id, a.session_id, NULL, {r}.text "
     "FROM agenda_item AS a JOIN session AS s ON s.id = a.session_id "
     "WHERE a.id = {r}.agenda_item_id AND {r}.text <> ''"),
    ("tagging", "memo", "memo", 3, "memo, entry_id",
     "SELECT {r}.id * 8 + 3, 'memo', {r}.id, s.project_id, e.session_id, e.id, {r}.memo "
     "FROM entry AS e JOIN session AS s ON s.id = e.session_id "
     "WHERE e.id = {r}.entry_id AND coalesce({r}.memo, '') <> ''"),
    ("project", "project", "project", 4, "title, commission, summary, method, conclusions",
     "SELECT {r}.id * 8 + 4, 'project', {r}.id, {r}.id, NULL, NULL, {r}.title"
     " || coalesce(char(10) || {r}.commission, '') || coalesce(char(10) || {r}.summary, '')"
     " || coalesce(char(10) || {r}.method, '') || coalesce(char(10) || {r}.conclusions, '')"),
    ("mandate", "mandate", "mandate", 5, "title, description, motivation, project_id",
     "SELECT {r}.id * 8 + 5, 'mandate', {r}.id, {r}.project_id, NULL, NULL, {r}.title"
     " || coalesce(char(10) || {r}.description, '') || coalesce(char(10) || {r}.motivation, '')"),
    ("question", "question", "question", 6, "text, guidance, project_id",
     "SELECT {r}.id * 8 + 6, 'question', {r}.id, {r}.project_id, NULL, NULL, {r}.text"
     " || coalesce(char(10) || {r}.guidance, '')"),
]


def _backfill(table: str, select: str) -> str:
    body = select.format(r=table)
    if " FROM " in body:  # join the source table in front of the trigger's FROM
        body = body.replace(" FROM ", f" FROM {table}, ", 1)
    else:
        body += f" FROM {table}"
    return f"INSERT INTO search_index({COLUMNS}) {body}"


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, project_id UNINDEXED, session_id UNINDEXED, "
        "entry_id UNINDEXED, body, "
        "tokenize = \"unicode61 remove_diacritics 0 categories 'L* N* Co M*'\", "
        "prefix = '1 2 3')"
    )
    for table, stem, _kind, code, watched, select in SOURCES:
        insert_new = f"INSERT INTO search_index({COLUMNS}) {select.format(r='new')};"
        remove_old = f"DELETE FROM search_index WHERE rowid = old.id * {SLOTS} + {code};"
        op.execute(f"CREATE TRIGGER search_index_{stem}_insert AFTER INSERT ON {table} "
                   f"BEGIN {insert_new} END")
        op.execute(f"CREATE TRIGGER search_index_{stem}_update AFTER UPDATE OF {watched} ON {table} "
                   f"BEGIN {remove_old} {insert_new} END")
        op.execute(f"CREATE TRIGGER search_index_{stem}_delete AFTER DELETE ON {table} "
                   f"BEGIN {remove_old} END")
        op.execute(_backfill(table, select))


def downgrade() -> None:
    for _table, stem, *_rest in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_{stem}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
