"""written answers, rating items and the previous round

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:00:00

Adds a written answer's group to ``entry`` and the number of respondents to ``session``
(plain ADD COLUMN: the tables are not recreated, so the search index's triggers on
``entry`` stay), and the tables of rating items and of the previous round.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('extra', sa.JSON(), nullable=False)]


def upgrade() -> None:
    op.add_column('entry', sa.Column('respondent_group', sa.Text(), nullable=True))
    op.add_column('session', sa.Column('respondents', sa.Integer(), nullable=True))
    op.create_table('rating_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('hme', sa.String(length=20), nullable=True),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('groups', sa.JSON(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    *_stamps(),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_rating_item_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_rating_item_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating_item')),
    sa.UniqueConstraint('project_id', 'uid', name=op.f('uq_rating_item_project_id'))
    )
    op.create_index(op.f('ix_rating_item_project_id'), 'rating_item', ['project_id'], unique=False)
    op.create_index(op.f('ix_rating_item_session_id'), 'rating_item', ['session_id'], unique=False)
    op.create_table('previous_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('source_uid', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    *_stamps(),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_previous_round_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_previous_round')),
    sa.UniqueConstraint('project_id', name=op.f('uq_previous_round_project_id'))
    )
    op.create_table('previous_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('mandate', 'question', 'tag', 'rating_item', name='previouskind', native_enum=False, length=20), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('code', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('rating', sa.Enum('strengthened', 'partly', 'not_strengthened', 'not_assessed', name='rating', native_enum=False, length=20), nullable=True),
    sa.Column('motivation', sa.Text(), nullable=True),
    sa.Column('tag_kind', sa.Enum('theme', 'strength', 'improvement', name='tagkind', native_enum=False, length=20), nullable=True),
    sa.Column('proposal', sa.Text(), nullable=True),
    sa.Column('hme', sa.String(length=20), nullable=True),
    sa.Column('counts', sa.JSON(), nullable=True),
    sa.Column('entries', sa.Integer(), nullable=True),
    sa.Column('match_mandate_id', sa.Integer(), nullable=True),
    sa.Column('match_question_id', sa.Integer(), nullable=True),
    sa.Column('match_tag_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('done', 'in_progress', 'not_started', 'not_relevant', name='followupstatus', native_enum=False, length=20), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    *_stamps(),
    sa.ForeignKeyConstraint(['match_mandate_id'], ['mandate.id'], name=op.f('fk_previous_item_match_mandate_id_mandate'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['match_question_id'], ['question.id'], name=op.f('fk_previous_item_match_question_id_question'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['match_tag_id'], ['tag.id'], name=op.f('fk_previous_item_match_tag_id_tag'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_previous_item_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_previous_item')),
    sa.UniqueConstraint('project_id', 'kind', 'uid', name=op.f('uq_previous_item_project_id'))
    )
    op.create_index(op.f('ix_previous_item_project_id'), 'previous_item', ['project_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_previous_item_project_id'), table_name='previous_item')
    op.drop_table('previous_item')
    op.drop_table('previous_round')
    op.drop_index(op.f('ix_rating_item_session_id'), table_name='rating_item')
    op.drop_index(op.f('ix_rating_item_project_id'), table_name='rating_item')
    op.drop_table('rating_item')
    op.drop_column('session', 'respondents')
    op.drop_column('entry', 'respondent_group')
