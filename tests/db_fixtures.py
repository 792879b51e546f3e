"""Database fixtures: every store test runs against a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from sitroom.store import make_engine

# The server CI starts (or the one this machine kind runs); override with SITROOM_TEST_PG.
PG_ADMIN_URL = os.environ.get("SITROOM_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def pg_admin():
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect():
            pass
    except Exception as e:  # CI must provide PostgreSQL: fail loudly there instead of skipping
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {e}")
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database URL of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sitroom.db'}"
        return
    admin = request.getfixturevalue("pg_admin")
    name = f"sitroom_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def second_url(db_url, request, tmp_path):
    """Another empty database of the same kind as ``db_url`` (to compare two ways of filling a store)."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'other.db'}"
        return
    admin = request.getfixturevalue("pg_admin")
    name = f"sitroom_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin.url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
