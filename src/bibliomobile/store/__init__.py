"""The local store: SQLAlchemy models, engine, unit of work with change capture."""
