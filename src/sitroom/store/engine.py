"""Database engines: SQLite (the embedded default) and PostgreSQL, one code path, migrated on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from sitroom.errors import SitroomError
from sitroom.settings import data_settings

DEFAULT_URL = "sqlite:///sitroom.db"
# The newest migration's revision (a test checks it against the migration scripts): a store already
# there is opened without loading Alembic and its scripts, a tenth of a second of every command.
HEAD_REVISION = "0011_api_mail_rules"
# First key of the advisory lock that serialises migrations on PostgreSQL.
MIGRATION_LOCK = 0x5174


class DatabaseError(SitroomError):
    """The database cannot be opened, migrated or written."""

    exit_code = 2
    http_status = 503


class NoSuchDatabase(DatabaseError):
    """A command that only reads was pointed at a database file that does not exist."""


def database_url(url: str | None = None) -> str:
    """The URL given, else ``$SITROOM_DB``, else ``sqlite:///sitroom.db``. A plain path ("data/sitroom.db",
    "~/sitroom.db") is a SQLite file, as people type it."""
    url = url or data_settings().database or DEFAULT_URL
    if "://" not in url and url != ":memory:":
        return f"sqlite:///{Path(url).expanduser()}"
    return url


def _sqlite_file(url) -> Path | None:
    database = url.database
    if url.get_backend_name() != "sqlite" or database in (None, "", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL lets readers run during an ingest; busy_timeout makes a second writer wait, not fail.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:
    # A writing transaction takes the write lock up front (BEGIN IMMEDIATE), so two ingesting processes
    # queue on busy_timeout instead of failing when a read lock cannot be upgraded; readers stay deferred.
    immediate = conn.get_execution_options().get("sqlite_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str | None = None, *, migrate: bool = True, create: bool = True) -> Engine:
    """An engine for ``url``; the schema is brought up to date unless ``migrate`` is False.

    With ``create`` False a SQLite file that does not exist is an error (``NoSuchDatabase``) rather than a
    new empty database: commands that only read say so instead of reporting on nothing.
    """
    url = database_url(url)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as e:  # ValueError: a port that is not a number
        raise DatabaseError(
            f"{url}: not a database URL (give a SQLite file path such as data/sitroom.db, "
            "or a URL such as sqlite:///sitroom.db or postgresql://user@host/name)"
        ) from e
    file = _sqlite_file(parsed)
    if not create and file is not None and not file.exists():
        raise NoSuchDatabase(f"{file}: no such database (sitroom ingest or sitroom db upgrade creates one)")
    # The web app runs requests in up to 40 threads: connections beyond the pool would be opened and
    # closed per request (and SQLite's pragmas set again), so the pool is sized for a busy server.
    pool = {"pool_size": 10, "max_overflow": 30}
    if parsed.get_backend_name() == "sqlite":
        memory = parsed.database in (None, "", ":memory:")
        engine = create_engine(url, connect_args={"timeout": 60, "isolation_level": None}, **({} if memory else pool))
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True, **pool)
    else:
        raise DatabaseError(f"{url}: only sqlite and postgresql databases are supported")
    if migrate and current_revision(engine) != HEAD_REVISION:
        upgrade(engine)
    return engine


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision``."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    with resources.as_file(resources.files("sitroom.store") / "migrations") as path:
        cfg.set_main_option("script_location", str(path))
        try:
            # Processes opening a fresh store at once migrate one after the other: the first holds the
            # lock (PostgreSQL) or the write lock (SQLite) until it commits; the others then find the
            # schema at head and do nothing.
            with engine.execution_options(sqlite_write=True).begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:space, 0)"), {"space": MIGRATION_LOCK})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        except OperationalError as e:
            raise DatabaseError(f"{engine.url.render_as_string(hide_password=True)}: {e.orig}") from e


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision, or None for a store never migrated."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as e:
        if "alembic_version" in str(e.orig):  # no such table (SQLite) / relation does not exist
            return None
        raise DatabaseError(f"{engine.url.render_as_string(hide_password=True)}: {e.orig}") from e
    except ProgrammingError:  # PostgreSQL: undefined table
        return None


def _factory(engine: Engine, write: bool) -> sessionmaker:
    """One session factory per engine and mode, kept on the engine (building one costs more than a query)."""
    key = "sitroom_write_sessions" if write else "sitroom_read_sessions"
    factory = getattr(engine, key, None)
    if factory is None:
        bind = engine.execution_options(sqlite_write=True) if write else engine
        factory = sessionmaker(bind, expire_on_commit=False)
        setattr(engine, key, factory)
    return factory


@contextmanager
def session_scope(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """A session whose work is committed on success and rolled back on any error.

    ``write=False`` for read-only work: on SQLite it does not take the write lock.
    """
    factory = _factory(engine, write)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
