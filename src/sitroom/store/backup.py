"""Backup: one zip file holding the whole database (original files included: they are rows of the
``original`` table) and a manifest that lets a restore check it before touching anything.

Two formats, chosen by the database backed up:

* SQLite — ``sitroom.db``, a copy made with SQLite's online backup API in a single step. That step
  reads one snapshot (WAL mode: writers carry on meanwhile), so the copy is consistent while the
  server and ingests run, and byte-exact, full-text index included.
* PostgreSQL — ``tables/<name>.jsonl``, every table's rows as JSON lines, read in one REPEATABLE READ,
  READ ONLY transaction (one snapshot: consistent while the server runs). Chosen over ``pg_dump``
  because pg_dump may be missing on the machine running sitroom, refuses servers newer than itself,
  needs the credentials passed to a subprocess, and its output restores only into PostgreSQL. JSON
  lines restore into any database sitroom supports, with the same code.

Either format restores into SQLite or PostgreSQL (:mod:`sitroom.store.restore`); the file format and
its checks are in :mod:`sitroom.store.backupfile`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, inspect, select, text

from sitroom.store import audit
from sitroom.store.backupfile import (
    BATCH,
    MANIFEST,
    SQLITE_FILE,
    BackupError,
    DatabaseNotEmpty,
    encode,
    encoding,
    file_entry,
    new_manifest,
    read_manifest,
    row_counts,
    sqlite_path,
)
from sitroom.store.restore import database_has_data, restore
from sitroom.store.tables import Base

__all__ = ["BackupError", "DatabaseNotEmpty", "backup", "database_has_data", "read_manifest", "restore"]


def backup(engine: Engine, path: Path, *, by: Any = audit.LOCAL) -> dict:
    """Write a backup of ``engine``'s database to ``path`` (a zip); returns its manifest. Audited."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")  # a failed backup never leaves a truncated FILE behind
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            if engine.dialect.name == "sqlite":
                manifest = _backup_sqlite(engine, zf)
            else:
                manifest = _backup_rows(engine, zf)
            zf.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    from sitroom.store.engine import session_scope

    with session_scope(engine) as session:
        summary = {"file": path.name, "revision": manifest["revision"], "rows": row_counts(manifest)}
        audit.record(session, by, "backup", "database", None, after=summary, detail=str(path))
    return manifest


def _backup_sqlite(engine: Engine, zf: zipfile.ZipFile) -> dict:
    source = sqlite_path(engine)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / SQLITE_FILE
        src = sqlite3.connect(source, timeout=60)
        dst = sqlite3.connect(copy)
        try:
            src.backup(dst)  # pages=-1: the whole database in one step, i.e. from one read snapshot
        finally:
            src.close()
        try:
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            revision = dst.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            present = {r[0] for r in dst.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            manifest = new_manifest("sqlite", revision, "sqlite-file")
            for table in Base.metadata.sorted_tables:
                if table.name in present:
                    n = dst.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
                    manifest["tables"][table.name] = {"rows": n}
        finally:
            dst.close()
        manifest["files"][SQLITE_FILE] = file_entry(copy)
        zf.write(copy, SQLITE_FILE)
    return manifest


class _HashingWriter:
    """Writes to a zip entry while hashing and counting what is written."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out, self.hash, self.size = out, hashlib.sha256(), 0

    def write(self, data: bytes) -> None:
        self.out.write(data)
        self.hash.update(data)
        self.size += len(data)


def _backup_rows(engine: Engine, zf: zipfile.ZipFile) -> dict:
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(text("SET TRANSACTION READ ONLY"))
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            manifest = new_manifest(engine.dialect.name, revision, "jsonl")
            present = set(inspect(conn).get_table_names())
            for table in Base.metadata.sorted_tables:
                if table.name not in present:
                    continue
                name = f"tables/{table.name}.jsonl"
                encodings = {c.name: encoding(c.type) for c in table.columns}
                rows = 0
                with zf.open(name, "w", force_zip64=True) as raw:
                    out = _HashingWriter(raw)
                    stmt = select(table).order_by(*table.primary_key.columns)
                    for row in conn.execution_options(yield_per=BATCH).execute(stmt).mappings():
                        record = {k: encode(v, encodings[k]) for k, v in row.items()}
                        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
                        rows += 1
                manifest["tables"][table.name] = {"rows": rows, "file": name, "columns": encodings}
                manifest["files"][name] = {"size": out.size, "sha256": out.hash.hexdigest()}
    return manifest
