"""The store: SQLite or PostgreSQL through SQLAlchemy, migrated with Alembic, with full-text search."""

from sitroom.store.engine import DatabaseError, database_url, make_engine, session_scope

__all__ = ["DatabaseError", "database_url", "make_engine", "session_scope"]
