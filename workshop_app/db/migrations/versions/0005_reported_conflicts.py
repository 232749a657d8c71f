"""reported conflicts: the row versions a merge dropped and already listed, so merging again lists nothing new

Only a new table, so no batch alters are needed on SQLite. The table is this database's own bookkeeping: it is
never packed or merged.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reported_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('dropped_laptop_id', sa.String(length=36), nullable=False),
    sa.Column('dropped_stamp', sa.String(length=40), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reported_conflicts')),
    sa.UniqueConstraint('table_name', 'row_id', 'dropped_laptop_id', 'dropped_stamp',
                        name='uq_reported_conflicts_version')
    )


def downgrade() -> None:
    # For developers only; the app never downgrades.
    op.drop_table('reported_conflicts')
