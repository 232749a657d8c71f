"""Storage: SQLAlchemy models, the database file and its migrations. Never imports Qt."""
