"""Alembic environment: the app passes an open connection; the ``alembic`` tool uses ``alembic.ini``."""

from alembic import context
from sqlalchemy import create_engine

import workshop_app.db.models  # noqa: F401  (registers every table)
from workshop_app.db.base import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:
    context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # developers: `alembic -c workshop_app/db/migrations/alembic.ini revision --autogenerate -m "..."`
    with create_engine(config.get_main_option("sqlalchemy.url")).begin() as conn:
        _run(conn)
