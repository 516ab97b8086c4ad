"""report quotes, name choices, and the report's texts as their own search hits

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 09:00:00

Two tables for the report: ``report_quote`` (the passages chosen to be quoted for a
mandate or a tag) and ``report_name`` (what the report prints for a name typed into
an entry when names are off). And the search index gets a kind of its own for the
report's texts (summary, method, conclusions: code 7), so that a hit in them opens the
report's place instead of the project's details; the project's row keeps its title and
commission. This script holds its own copy of the SQL (a migration must not change
when the app's code does).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

COLUMNS = "rowid, kind, ref_id, project_id, session_id, entry_id, body"
PROJECT_BEFORE = (
    "SELECT {r}.id * 8 + 4, 'project', {r}.id, {r}.id, NULL, NULL, {r}.title"
    " || coalesce(char(10) || {r}.commission, '') || coalesce(char(10) || {r}.summary, '')"
    " || coalesce(char(10) || {r}.method, '') || coalesce(char(10) || {r}.conclusions, '')")
PROJECT_AFTER = (
    "SELECT {r}.id * 8 + 4, 'project', {r}.id, {r}.id, NULL, NULL, {r}.title"
    " || coalesce(char(10) || {r}.commission, '')")
REPORT = (
    "SELECT {r}.id * 8 + 7, 'report', {r}.id, {r}.id, NULL, NULL, "
    "trim(coalesce({r}.summary, '') || coalesce(char(10) || {r}.method, '')"
    " || coalesce(char(10) || {r}.conclusions, ''), char(10)) "
    "WHERE trim(coalesce({r}.summary, '') || coalesce({r}.method, '') || coalesce({r}.conclusions, '')) <> ''")


def _triggers(stem: str, code: int, watched: str, select: str) -> None:
    insert_new = f"INSERT INTO search_index({COLUMNS}) {select.format(r='new')};"
    remove_old = f"DELETE FROM search_index WHERE rowid = old.id * 8 + {code};"
    op.execute(f"CREATE TRIGGER search_index_{stem}_insert AFTER INSERT ON project BEGIN {insert_new} END")
    op.execute(f"CREATE TRIGGER search_index_{stem}_update AFTER UPDATE OF {watched} ON project "
               f"BEGIN {remove_old} {insert_new} END")
    op.execute(f"CREATE TRIGGER search_index_{stem}_delete AFTER DELETE ON project BEGIN {remove_old} END")


def _drop_triggers(stem: str) -> None:
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS search_index_{stem}_{event}")


def _backfill(select: str) -> None:
    body = select.format(r="project")
    if " WHERE " in body:
        body = body.replace(" WHERE ", " FROM project WHERE ", 1)
    else:
        body += " FROM project"
    op.execute(f"INSERT INTO search_index({COLUMNS}) {body}")


def upgrade() -> None:
    op.create_table('report_quote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('tagging_id', sa.Integer(), nullable=True),
    sa.Column('mandate_id', sa.Integer(), nullable=True),
    sa.Column('tag_id', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], name=op.f('fk_report_quote_entry_id_entry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mandate_id'], ['mandate.id'], name=op.f('fk_report_quote_mandate_id_mandate'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_report_quote_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_report_quote_tag_id_tag'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tagging_id'], ['tagging.id'], name=op.f('fk_report_quote_tagging_id_tagging'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_quote')),
    sa.UniqueConstraint('project_id', 'uid', name=op.f('uq_report_quote_project_id'))
    )
    with op.batch_alter_table('report_quote', schema=None) as batch_op:
        for column in ('entry_id', 'mandate_id', 'project_id', 'tag_id', 'tagging_id'):
            batch_op.create_index(batch_op.f(f'ix_report_quote_{column}'), [column], unique=False)

    op.create_table('report_name',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('replacement', sa.Text(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_report_name_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_name'))
    )
    with op.batch_alter_table('report_name', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_name_project_id'), ['project_id'], unique=False)

    _drop_triggers("project")
    op.execute("DELETE FROM search_index WHERE kind = 'project'")
    _triggers("project", 4, "title, commission", PROJECT_AFTER)
    _triggers("report", 7, "summary, method, conclusions", REPORT)
    _backfill(PROJECT_AFTER)
    _backfill(REPORT)


def downgrade() -> None:
    _drop_triggers("report")
    _drop_triggers("project")
    op.execute("DELETE FROM search_index WHERE kind IN ('project', 'report')")
    _triggers("project", 4, "title, commission, summary, method, conclusions", PROJECT_BEFORE)
    _backfill(PROJECT_BEFORE)
    with op.batch_alter_table('report_name', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_name_project_id'))
    op.drop_table('report_name')
    with op.batch_alter_table('report_quote', schema=None) as batch_op:
        for column in ('tagging_id', 'tag_id', 'project_id', 'mandate_id', 'entry_id'):
            batch_op.drop_index(batch_op.f(f'ix_report_quote_{column}'))
    op.drop_table('report_quote')
