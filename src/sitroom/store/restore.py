"""Restore: a backup replaces a database's contents entirely, or not at all.

A restore refuses a database that holds data unless forced, checks the backup's manifest, then checks
every row before the database sees it (lengths, NUL characters and integer ranges from the table
definitions, and every foreign key pointing at a row of the backup), naming the backup file, table and
row of the first that does not fit. Nothing is replaced until all of it has loaded:

* PostgreSQL — emptying the tables, migrating to the backup's schema revision, loading, migrating to
  today's schema and the restore's audit row are one transaction (PostgreSQL's DDL is transactional), so
  a failure at any point rolls the database back to exactly what it held.
* SQLite — the restored database is built in a new file beside the target, and copied over the target
  with SQLite's backup API, itself one write transaction: a failure leaves the target untouched.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, func, inspect, select, text
from sqlalchemy import types as sqltypes
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from sitroom.store import audit, limits
from sitroom.store.backupfile import (
    BATCH,
    SQLITE_FILE,
    BackupError,
    DatabaseNotEmpty,
    RowSource,
    read_manifest,
    row_counts,
    rows_from_engine,
    rows_from_jsonl,
    sqlite_path,
)
from sitroom.store.engine import make_engine
from sitroom.store.tables import Base
from sitroom.store.version import bump_generation

LAYOUTS = ("sqlite-file", "jsonl")


def database_has_data(engine: Engine) -> bool:
    """Whether any sitroom table of the database holds a row."""
    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name in present and conn.execute(select(func.count()).select_from(table)).scalar():
                return True
    return False


def restore(url: str, path: Path, *, force: bool = False, by: Any = audit.LOCAL) -> dict:
    """Restore the backup at ``path`` into the database at ``url``; returns the manifest.

    Refuses a database holding data unless ``force`` (its data is then replaced). A backup that cannot
    be restored raises ``BackupError`` and leaves the database exactly as it was. The server should be
    stopped: sessions open during a restore see the database change under them.
    """
    path = Path(path)
    manifest = read_manifest(path)
    if manifest["layout"] not in LAYOUTS:
        raise BackupError(f"{path}: unknown backup layout {manifest['layout']!r}")
    engine = make_engine(url, migrate=False)
    try:
        if database_has_data(engine) and not force:
            raise DatabaseNotEmpty(
                f"{engine.url.render_as_string(hide_password=True)} holds data; "
                "restore into an empty database, or pass --force to replace its contents"
            )
        if engine.dialect.name == "sqlite":
            _restore_sqlite(engine, path, manifest, by)
        else:
            _restore_in_place(engine, path, manifest, by)
    finally:
        engine.dispose()
    return manifest


def _restore_in_place(engine: Engine, path: Path, manifest: dict, by: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path) as zf:
        if manifest["layout"] == "sqlite-file":
            source = create_engine(f"sqlite:///{_extract_sqlite(zf, Path(tmp))}")
            try:
                with source.connect() as src, _refused(path), engine.begin() as conn:
                    _load(conn, path, manifest, rows_from_engine(src), by)
            finally:
                source.dispose()
        else:
            with _refused(path), engine.begin() as conn:
                _load(conn, path, manifest, rows_from_jsonl(zf, manifest), by)


def _restore_sqlite(engine: Engine, path: Path, manifest: dict, by: Any) -> None:
    target = sqlite_path(engine)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Beside the target: the same disk, which must hold the restored database anyway.
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{target.name}.restore-") as tmp:
        with zipfile.ZipFile(path) as zf:
            if manifest["layout"] == "sqlite-file":
                fresh = _extract_sqlite(zf, Path(tmp))
                build = make_engine(f"sqlite:///{fresh}", migrate=False)
                try:
                    with _refused(path), build.begin() as conn:
                        _check_file(conn, path, manifest)
                        _migrate(conn, "head")
                        _record(conn, path, manifest, by)
                finally:
                    build.dispose()
            else:
                fresh = Path(tmp) / SQLITE_FILE
                build = make_engine(f"sqlite:///{fresh}", migrate=False)
                try:
                    with _refused(path), build.begin() as conn:
                        _load(conn, path, manifest, rows_from_jsonl(zf, manifest), by)
                finally:
                    build.dispose()
        engine.dispose()
        _copy_sqlite_file(fresh, target)


@contextmanager
def _refused(path: Path) -> Iterator[None]:
    """The database refusing a row (a unique value twice, say) as a ``BackupError`` naming the file; the
    transaction it happened in is rolled back by then."""
    try:
        yield
    except DBAPIError as e:
        reason = str(e.orig).strip().splitlines()[0] if e.orig else str(e)
        raise BackupError(f"{path}: the database refused the backup's rows: {reason}") from e


def _extract_sqlite(zf: zipfile.ZipFile, folder: Path) -> Path:
    extracted = folder / SQLITE_FILE
    with zf.open(SQLITE_FILE) as src, extracted.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    conn = sqlite3.connect(extracted)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise BackupError(f"the database in the backup is damaged: {result}")
    return extracted


def _copy_sqlite_file(source: Path, target: Path) -> None:
    # Through the backup API rather than a file copy: it writes via SQLite's own locking and journal, in
    # one transaction, so a failure leaves the target as it was and a WAL file beside it cannot
    # resurrect old pages.
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target, timeout=60)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


# --- loading, in the caller's transaction -------------------------------------------------------------


def _migrate(conn: Connection, revision: str) -> None:
    """Bring the schema to ``revision`` (up or down) in ``conn``'s transaction."""
    from alembic import command
    from alembic.config import Config
    from alembic.migration import MigrationContext

    current = MigrationContext.configure(conn).get_current_revision()
    if current == revision:
        return
    cfg = Config()
    with resources.as_file(resources.files("sitroom.store") / "migrations") as script_path:
        cfg.set_main_option("script_location", str(script_path))
        cfg.attributes["connection"] = conn
        if revision == "head" or current is None or current < revision:
            command.upgrade(cfg, revision)
        else:
            command.downgrade(cfg, revision)


def _load(conn: Connection, path: Path, manifest: dict, source: RowSource, by: Any) -> None:
    """Replace the database's rows with the backup's, then migrate to today's schema and audit."""
    for table in reversed(Base.metadata.sorted_tables):
        if inspect(conn).has_table(table.name):
            conn.execute(table.delete())
    _migrate(conn, manifest["revision"])  # the backup's rows fit its own revision's tables
    present = set(inspect(conn).get_table_names())
    meta = MetaData()
    meta.reflect(conn, only=[t for t in manifest["tables"] if t in present])
    unknown = set(manifest["tables"]) - set(meta.tables)
    if unknown:
        raise BackupError(
            f"{path}: the backup has tables its schema revision does not have: {', '.join(sorted(unknown))}"
        )
    checker = RowChecker(path)
    loaded: dict[str, int] = {}
    for table in meta.sorted_tables:  # parents before children, as the foreign keys require
        if table.name in manifest["tables"]:
            loaded[table.name] = _insert(conn, table, checker.rows(table.name, source(table.name)))
    _check_counts(path, manifest, loaded)
    if conn.dialect.name == "postgresql":
        _reset_sequences(conn, [meta.tables[n] for n in loaded])
    _migrate(conn, "head")  # a backup from an older sitroom is brought up to today's schema
    _record(conn, path, manifest, by)


def _check_file(conn: Connection, path: Path, manifest: dict) -> None:
    """Check every row of a backup's SQLite file, which is restored as it is."""
    checker = RowChecker(path)
    present = set(inspect(conn).get_table_names())
    source = rows_from_engine(conn)
    counted: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in manifest["tables"] and table.name in present:
            counted[table.name] = sum(1 for _ in checker.rows(table.name, source(table.name)))
    _check_counts(path, manifest, counted)


def _check_counts(path: Path, manifest: dict, loaded: dict[str, int]) -> None:
    for name, entry in manifest["tables"].items():
        if loaded.get(name, 0) != entry["rows"]:
            raise BackupError(
                f"{path}: table {name}: {loaded.get(name, 0)} rows read, the manifest says {entry['rows']}"
            )


def _record(conn: Connection, path: Path, manifest: dict, by: Any) -> None:
    session = Session(bind=conn)
    try:
        after = {"file": path.name, "created_at": manifest["created_at"], "rows": row_counts(manifest)}
        audit.record(session, by, "restore", "database", None, after=after, detail=str(path))
        bump_generation(session)  # caches of a server on this database drop what they hold
        session.flush()
    finally:
        session.close()


def _insert(conn: Connection, table: Table, rows: Iterator[dict]) -> int:
    n, batch = 0, []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            conn.execute(table.insert(), batch)
            n, batch = n + len(batch), []
    if batch:
        conn.execute(table.insert(), batch)
        n += len(batch)
    return n


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    # Rows came with their ids: each serial sequence must continue after the largest, or the next insert clashes.
    quote = conn.dialect.identifier_preparer.quote
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, sqltypes.Integer):
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": quote(table.name), "c": pk[0].name})
        seq_name = seq.scalar()
        if seq_name:
            conn.execute(
                text(
                    f"SELECT setval(:s, COALESCE((SELECT MAX({quote(pk[0].name)}) FROM {quote(table.name)}), 1), "
                    f"(SELECT COUNT(*) FROM {quote(table.name)}) > 0)"
                ),
                {"s": seq_name},
            )


# --- checking rows ------------------------------------------------------------------------------------


class RowChecker:
    """Checks a backup's rows, table by table in dependency order, against today's table definitions:
    each value fits its column, and each foreign key points at a row met earlier in the backup."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: set[str] = set()
        # Values of the columns foreign keys point at, per (table, column), as the rows go by.
        self.keys: dict[tuple[str, str], set] = {
            (fk.column.table.name, fk.column.name): set()
            for table in Base.metadata.tables.values()
            for fk in table.foreign_keys
        }

    def rows(self, name: str, rows: Iterator[dict]) -> Iterator[dict]:
        """``rows`` of table ``name``, each checked before it is passed on; ``BackupError`` at the first
        that does not fit."""
        table = Base.metadata.tables.get(name)
        if table is None:  # a table today's schema dropped: the migrations decide what becomes of it
            yield from rows
            return
        self.seen.add(name)
        # A parent table the backup does not have (an older schema) has nothing to check against.
        fks = [
            (fk.parent.name, fk.column.table.name, fk.column.name)
            for fk in table.foreign_keys
            if fk.column.table.name in self.seen
        ]
        kept = [(col, self.keys[(name, col)]) for (t, col) in self.keys if t == name]
        for row in rows:
            for wrong in limits.row_problems(table, row):
                self._fail(table, row, wrong)
            for col, parent, parent_col in fks:
                value = row.get(col)
                if value is not None and value not in self.keys[(parent, parent_col)]:
                    self._fail(table, row, f"column {col} points at {parent} {parent_col}={value!r}, not in the backup")
            for col, values in kept:
                values.add(row.get(col))
            yield row

    def _fail(self, table: Table, row: dict, wrong: str) -> None:
        key = ", ".join(f"{c.name}={row.get(c.name)!r}" for c in table.primary_key.columns)
        raise BackupError(f"{self.path}: table {table.name}, row {key}: {wrong}")
