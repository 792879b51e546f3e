"""A scratch database for a benchmark run: a temporary SQLite file, or a PostgreSQL database made and
dropped on the server of ``pg_admin_url``. Removed afterwards either way."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text

from sitroom.store import make_engine

DEFAULT_PG = os.environ.get("SITROOM_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@contextmanager
def scratch_engine(kind: str, pg_admin_url: str = DEFAULT_PG) -> Iterator[Engine]:
    """A migrated engine on a fresh, empty database of ``kind`` ("sqlite" or "postgresql")."""
    if kind == "sqlite":
        folder = tempfile.mkdtemp(prefix="sitroom-bench-")
        engine = make_engine(f"sqlite:///{folder}/bench.db")
        try:
            yield engine
        finally:
            engine.dispose()
            shutil.rmtree(folder, ignore_errors=True)
        return
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    name = f"sitroom_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(admin.url.set(database=name).render_as_string(hide_password=False))
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
