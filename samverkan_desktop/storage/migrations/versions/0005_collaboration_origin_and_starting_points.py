"""collaboration: where sessions and entries came from, and the stored starting points

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 14:00:00

``session.origin`` and ``entry.origin`` hold the recorder and laptop a record was
merged in from (and the id it is a conflict copy of), None for the library's own.
``starting_point`` holds what a project sent out (role "sent") or was received as
(role "received"): the document of that moment, for a three-way merge by id, and
the people erased since (``erased``: a salted hash of the old id and the new id).

The columns are added with plain ALTER TABLE ADD COLUMN (no batch recreation), so
the search-index triggers of 0003 on ``session`` and ``entry`` stay in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('session', sa.Column('origin', sa.JSON(), nullable=True))
    op.add_column('entry', sa.Column('origin', sa.JSON(), nullable=True))
    op.create_table('starting_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('sent_at', sa.String(length=40), nullable=False),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('sender', sa.JSON(), nullable=False),
    sa.Column('sessions', sa.JSON(), nullable=False),
    sa.Column('document', sa.JSON(), nullable=False),
    sa.Column('merged', sa.JSON(), nullable=True),
    sa.Column('erased', sa.JSON(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_starting_point_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_starting_point')),
    sa.UniqueConstraint('project_id', 'uid', name=op.f('uq_starting_point_project_id'))
    )
    with op.batch_alter_table('starting_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_starting_point_project_id'), ['project_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('starting_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_starting_point_project_id'))
    op.drop_table('starting_point')
    op.drop_column('entry', 'origin')
    op.drop_column('session', 'origin')
