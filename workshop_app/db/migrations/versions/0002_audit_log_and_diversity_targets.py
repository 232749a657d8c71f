"""audit log (erasures) and diversity targets

Only new tables, so no batch alters are needed on SQLite.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    op.create_table('diversity_targets',
    sa.Column('question_name', sa.String(length=64), nullable=False),
    sa.Column('codes', sa.String(length=500), nullable=False),
    sa.Column('min_share', sa.Float(), nullable=False),
    sa.Column('labels', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diversity_targets')),
    sa.UniqueConstraint('question_name', 'codes', name=op.f('uq_diversity_targets_question_name_codes'))
    )


def downgrade() -> None:
    op.drop_table('diversity_targets')
    op.drop_table('audit_entries')
