"""kiosk PIN, idea order, anonymous voters, the activity a response was given in

Only added columns. The new foreign key makes batch mode rebuild ``responses`` on SQLite; the app runs
migrations with foreign keys off (``db.database._upgrade``), so dropping the old table cascades to nothing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding columns only: batch mode on SQLite uses ALTER TABLE ADD COLUMN here, no table rebuild.
    with op.batch_alter_table('ideas', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('voter', sa.String(length=64), server_default='', nullable=False))

    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kiosk_pin_hash', sa.String(length=200), server_default='', nullable=False))

    with op.batch_alter_table('responses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('activity_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_responses_activity_id'), ['activity_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_responses_activity_id_activities'), 'activities',
                                    ['activity_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    # For developers only; the app never downgrades.
    with op.batch_alter_table('responses', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_responses_activity_id_activities'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_responses_activity_id'))
        batch_op.drop_column('activity_id')

    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_column('kiosk_pin_hash')

    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_column('voter')

    with op.batch_alter_table('ideas', schema=None) as batch_op:
        batch_op.drop_column('position')
