"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('participants',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants')),
    sa.UniqueConstraint('code', name=op.f('uq_participants_code'))
    )
    op.create_table('profile_questions',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('labels', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile_questions')),
    sa.UniqueConstraint('name', name=op.f('uq_profile_questions_name'))
    )
    op.create_table('stakeholder_maps',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('x_title', sa.String(length=200), nullable=False),
    sa.Column('y_title', sa.String(length=200), nullable=False),
    sa.Column('x_max', sa.Double(), nullable=False),
    sa.Column('y_max', sa.Double(), nullable=False),
    sa.Column('quadrant_names', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder_maps'))
    )
    op.create_table('surveys',
    sa.Column('form_id', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('default_language', sa.String(length=16), nullable=False),
    sa.Column('allow_anonymous', sa.Boolean(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_surveys')),
    sa.UniqueConstraint('form_id', 'version', name=op.f('uq_surveys_form_id_version'))
    )
    op.create_table('tombstones',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstones')),
    sa.UniqueConstraint('table_name', 'row_id', name=op.f('uq_tombstones_table_name_row_id'))
    )
    with op.batch_alter_table('tombstones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tombstones_row_id'), ['row_id'], unique=False)

    op.create_table('workshops',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('theme', sa.String(length=300), nullable=False),
    sa.Column('facilitator', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshops'))
    )
    op.create_table('activities',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.String(length=36), nullable=True),
    sa.Column('map_id', sa.String(length=36), nullable=True),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['map_id'], ['stakeholder_maps.id'], name=op.f('fk_activities_map_id_stakeholder_maps'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['survey_id'], ['surveys.id'], name=op.f('fk_activities_survey_id_surveys'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_activities_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activities_map_id'), ['map_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_survey_id'), ['survey_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('attendances',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_attendances_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_attendances_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendances')),
    sa.UniqueConstraint('workshop_id', 'participant_id', name=op.f('uq_attendances_workshop_id_participant_id'))
    )
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendances_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendances_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('choice_lists',
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['survey_id'], ['surveys.id'], name=op.f('fk_choice_lists_survey_id_surveys'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_choice_lists')),
    sa.UniqueConstraint('survey_id', 'name', name=op.f('uq_choice_lists_survey_id_name'))
    )
    with op.batch_alter_table('choice_lists', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_choice_lists_survey_id'), ['survey_id'], unique=False)

    op.create_table('consents',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=32), nullable=False),
    sa.Column('given_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.Column('withdrawn_recorded_by', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_consents_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_participant_id'), ['participant_id'], unique=False)

    op.create_table('personal_data',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_personal_data_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_data')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_personal_data_participant_id'))
    )
    op.create_table('profile_choices',
    sa.Column('question_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('labels', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['profile_questions.id'], name=op.f('fk_profile_choices_question_id_profile_questions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile_choices')),
    sa.UniqueConstraint('question_id', 'code', name=op.f('uq_profile_choices_question_id_code'))
    )
    with op.batch_alter_table('profile_choices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profile_choices_question_id'), ['question_id'], unique=False)

    op.create_table('responses',
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('participant_id', sa.String(length=36), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_responses_participant_id_participants'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['survey_id'], ['surveys.id'], name=op.f('fk_responses_survey_id_surveys'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_responses_workshop_id_workshops'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_responses'))
    )
    with op.batch_alter_table('responses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_responses_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_responses_survey_id'), ['survey_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_responses_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('stakeholders',
    sa.Column('map_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('sector', sa.String(length=16), nullable=False),
    sa.Column('x', sa.Double(), nullable=False),
    sa.Column('y', sa.Double(), nullable=False),
    sa.Column('attitude', sa.String(length=32), nullable=False),
    sa.Column('engagement', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['map_id'], ['stakeholder_maps.id'], name=op.f('fk_stakeholders_map_id_stakeholder_maps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholders'))
    )
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholders_map_id'), ['map_id'], unique=False)

    op.create_table('choices',
    sa.Column('list_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['choice_lists.id'], name=op.f('fk_choices_list_id_choice_lists'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_choices')),
    sa.UniqueConstraint('list_id', 'name', name=op.f('uq_choices_list_id_name'))
    )
    with op.batch_alter_table('choices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_choices_list_id'), ['list_id'], unique=False)

    op.create_table('idea_clusters',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('colour', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_idea_clusters_activity_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idea_clusters'))
    )
    with op.batch_alter_table('idea_clusters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idea_clusters_activity_id'), ['activity_id'], unique=False)

    op.create_table('profile_answers',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('question_id', sa.String(length=36), nullable=False),
    sa.Column('choice_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['choice_id'], ['profile_choices.id'], name=op.f('fk_profile_answers_choice_id_profile_choices'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_profile_answers_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['question_id'], ['profile_questions.id'], name=op.f('fk_profile_answers_question_id_profile_questions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile_answers')),
    sa.UniqueConstraint('participant_id', 'question_id', name=op.f('uq_profile_answers_participant_id_question_id'))
    )
    with op.batch_alter_table('profile_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profile_answers_participant_id'), ['participant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_profile_answers_question_id'), ['question_id'], unique=False)

    op.create_table('questions',
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('list_id', sa.String(length=36), nullable=True),
    sa.Column('or_other', sa.Boolean(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('relevant', sa.Text(), nullable=False),
    sa.Column('constraint', sa.Text(), nullable=False),
    sa.Column('calculation', sa.Text(), nullable=False),
    sa.Column('default', sa.Text(), nullable=False),
    sa.Column('appearance', sa.String(length=200), nullable=False),
    sa.Column('parameters', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['choice_lists.id'], name=op.f('fk_questions_list_id_choice_lists'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['questions.id'], name=op.f('fk_questions_parent_id_questions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['survey_id'], ['surveys.id'], name=op.f('fk_questions_survey_id_surveys'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questions')),
    sa.UniqueConstraint('survey_id', 'name', name=op.f('uq_questions_survey_id_name'))
    )
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questions_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_questions_survey_id'), ['survey_id'], unique=False)

    op.create_table('relationships',
    sa.Column('map_id', sa.String(length=36), nullable=False),
    sa.Column('from_id', sa.String(length=36), nullable=False),
    sa.Column('to_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('strength', sa.Integer(), nullable=False),
    sa.Column('directed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['from_id'], ['stakeholders.id'], name=op.f('fk_relationships_from_id_stakeholders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['map_id'], ['stakeholder_maps.id'], name=op.f('fk_relationships_map_id_stakeholder_maps'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_id'], ['stakeholders.id'], name=op.f('fk_relationships_to_id_stakeholders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relationships'))
    )
    with op.batch_alter_table('relationships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationships_from_id'), ['from_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationships_map_id'), ['map_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationships_to_id'), ['to_id'], unique=False)

    op.create_table('stakeholder_assessments',
    sa.Column('stakeholder_id', sa.String(length=36), nullable=False),
    sa.Column('assessed_at', sa.DateTime(), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('x', sa.Double(), nullable=False),
    sa.Column('y', sa.Double(), nullable=False),
    sa.Column('attitude', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholders.id'], name=op.f('fk_stakeholder_assessments_stakeholder_id_stakeholders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder_assessments'))
    )
    with op.batch_alter_table('stakeholder_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholder_assessments_stakeholder_id'), ['stakeholder_id'], unique=False)

    op.create_table('answers',
    sa.Column('response_id', sa.String(length=36), nullable=False),
    sa.Column('question_id', sa.String(length=36), nullable=False),
    sa.Column('instance', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], name=op.f('fk_answers_question_id_questions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['response_id'], ['responses.id'], name=op.f('fk_answers_response_id_responses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_answers')),
    sa.UniqueConstraint('response_id', 'question_id', 'instance', name=op.f('uq_answers_response_id_question_id_instance'))
    )
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_answers_question_id'), ['question_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_answers_response_id'), ['response_id'], unique=False)

    op.create_table('choice_translations',
    sa.Column('choice_id', sa.String(length=36), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['choice_id'], ['choices.id'], name=op.f('fk_choice_translations_choice_id_choices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_choice_translations')),
    sa.UniqueConstraint('choice_id', 'language', name=op.f('uq_choice_translations_choice_id_language'))
    )
    with op.batch_alter_table('choice_translations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_choice_translations_choice_id'), ['choice_id'], unique=False)

    op.create_table('ideas',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('cluster_id', sa.String(length=36), nullable=True),
    sa.Column('participant_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('colour', sa.String(length=16), nullable=False),
    sa.Column('x', sa.Double(), nullable=False),
    sa.Column('y', sa.Double(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_ideas_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cluster_id'], ['idea_clusters.id'], name=op.f('fk_ideas_cluster_id_idea_clusters'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_ideas_participant_id_participants'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ideas'))
    )
    with op.batch_alter_table('ideas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ideas_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ideas_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ideas_participant_id'), ['participant_id'], unique=False)

    op.create_table('question_translations',
    sa.Column('question_id', sa.String(length=36), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('hint', sa.Text(), nullable=False),
    sa.Column('constraint_message', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], name=op.f('fk_question_translations_question_id_questions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question_translations')),
    sa.UniqueConstraint('question_id', 'language', name=op.f('uq_question_translations_question_id_language'))
    )
    with op.batch_alter_table('question_translations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_translations_question_id'), ['question_id'], unique=False)

    op.create_table('votes',
    sa.Column('idea_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=True),
    sa.Column('dots', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('laptop_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['idea_id'], ['ideas.id'], name=op.f('fk_votes_idea_id_ideas'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_votes_participant_id_participants'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_votes'))
    )
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_votes_idea_id'), ['idea_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_votes_participant_id'), ['participant_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_votes_participant_id'))
        batch_op.drop_index(batch_op.f('ix_votes_idea_id'))

    op.drop_table('votes')
    with op.batch_alter_table('question_translations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_translations_question_id'))

    op.drop_table('question_translations')
    with op.batch_alter_table('ideas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ideas_participant_id'))
        batch_op.drop_index(batch_op.f('ix_ideas_cluster_id'))
        batch_op.drop_index(batch_op.f('ix_ideas_activity_id'))

    op.drop_table('ideas')
    with op.batch_alter_table('choice_translations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_choice_translations_choice_id'))

    op.drop_table('choice_translations')
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_answers_response_id'))
        batch_op.drop_index(batch_op.f('ix_answers_question_id'))

    op.drop_table('answers')
    with op.batch_alter_table('stakeholder_assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholder_assessments_stakeholder_id'))

    op.drop_table('stakeholder_assessments')
    with op.batch_alter_table('relationships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relationships_to_id'))
        batch_op.drop_index(batch_op.f('ix_relationships_map_id'))
        batch_op.drop_index(batch_op.f('ix_relationships_from_id'))

    op.drop_table('relationships')
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questions_survey_id'))
        batch_op.drop_index(batch_op.f('ix_questions_parent_id'))

    op.drop_table('questions')
    with op.batch_alter_table('profile_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profile_answers_question_id'))
        batch_op.drop_index(batch_op.f('ix_profile_answers_participant_id'))

    op.drop_table('profile_answers')
    with op.batch_alter_table('idea_clusters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idea_clusters_activity_id'))

    op.drop_table('idea_clusters')
    with op.batch_alter_table('choices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_choices_list_id'))

    op.drop_table('choices')
    with op.batch_alter_table('stakeholders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholders_map_id'))

    op.drop_table('stakeholders')
    with op.batch_alter_table('responses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_responses_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_responses_survey_id'))
        batch_op.drop_index(batch_op.f('ix_responses_participant_id'))

    op.drop_table('responses')
    with op.batch_alter_table('profile_choices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profile_choices_question_id'))

    op.drop_table('profile_choices')
    op.drop_table('personal_data')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_participant_id'))

    op.drop_table('consents')
    with op.batch_alter_table('choice_lists', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_choice_lists_survey_id'))

    op.drop_table('choice_lists')
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendances_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_attendances_participant_id'))

    op.drop_table('attendances')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activities_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_activities_survey_id'))
        batch_op.drop_index(batch_op.f('ix_activities_map_id'))

    op.drop_table('activities')
    op.drop_table('workshops')
    with op.batch_alter_table('tombstones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tombstones_row_id'))

    op.drop_table('tombstones')
    op.drop_table('surveys')
    op.drop_table('stakeholder_maps')
    op.drop_table('profile_questions')
    op.drop_table('participants')
