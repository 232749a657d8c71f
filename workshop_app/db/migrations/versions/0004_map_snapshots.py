"""map snapshots: the saved state of a stakeholder map at a meeting, to compare with later

Only new tables, so no batch alters are needed on SQLite. ``snapshot_positions.stakeholder_id`` has no foreign
key on purpose: a stakeholder deleted later stays in the snapshots taken before.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('map_snapshots',
    sa.Column('map_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['map_id'], ['stakeholder_maps.id'], name=op.f('fk_map_snapshots_map_id_stakeholder_maps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_map_snapshots'))
    )
    with op.batch_alter_table('map_snapshots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_map_snapshots_map_id'), ['map_id'], unique=False)

    op.create_table('snapshot_positions',
    sa.Column('snapshot_id', sa.String(length=36), nullable=False),
    sa.Column('stakeholder_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('x', sa.Double(), nullable=False),
    sa.Column('y', sa.Double(), nullable=False),
    sa.Column('attitude', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['snapshot_id'], ['map_snapshots.id'], name=op.f('fk_snapshot_positions_snapshot_id_map_snapshots'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_snapshot_positions'))
    )
    with op.batch_alter_table('snapshot_positions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_snapshot_positions_snapshot_id'), ['snapshot_id'], unique=False)


def downgrade() -> None:
    # For developers only; the app never downgrades.
    with op.batch_alter_table('snapshot_positions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_snapshot_positions_snapshot_id'))

    op.drop_table('snapshot_positions')
    with op.batch_alter_table('map_snapshots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_map_snapshots_map_id'))

    op.drop_table('map_snapshots')
