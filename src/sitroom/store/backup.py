"""Backup and restore: one zip file holding the whole database (original files included: they are rows
of the ``original`` table) and a manifest that lets a restore check it before touching anything.

Two formats, chosen by the database backed up:

* SQLite — ``sitroom.db``, a copy made with SQLite's online backup API in a single step. That step
  reads one snapshot (WAL mode: writers carry on meanwhile), so the copy is consistent while the
  server and ingests run, and byte-exact, full-text index included.
* PostgreSQL — ``tables/<name>.jsonl``, every table's rows as JSON lines, read in one REPEATABLE READ,
  READ ONLY transaction (one snapshot: consistent while the server runs). Chosen over ``pg_dump``
  because pg_dump may be missing on the machine running sitroom, refuses servers newer than itself,
  needs the credentials passed to a subprocess, and its output restores only into PostgreSQL. JSON
  lines restore into any database sitroom supports, with the same code.

Either format restores into SQLite or PostgreSQL. A restore refuses a database that holds data unless
forced, checks the manifest (format, schema revision, each file's size and SHA-256), loads everything
in one transaction, migrates the result to the current schema, and audits itself.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, func, inspect, select, text
from sqlalchemy import types as sqltypes

from sitroom import __version__
from sitroom.errors import SitroomError
from sitroom.store import audit
from sitroom.store.engine import current_revision, make_engine, upgrade
from sitroom.store.tables import Base
from sitroom.store.version import bump_generation

FORMAT = "sitroom-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SQLITE_FILE = "sitroom.db"
BATCH = 500


class BackupError(SitroomError):
    """A backup cannot be made, read or restored."""

    exit_code = 2
    http_status = 400


class DatabaseNotEmpty(BackupError):
    http_status = 409


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sqlite_path(engine: Engine) -> Path:
    db = engine.url.database
    if not db or db == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up or restored")
    return Path(db)


# --- encoding of column values in JSON lines --------------------------------------------------------


def _encoding(column_type: sqltypes.TypeEngine) -> str:
    if isinstance(column_type, sqltypes.LargeBinary):
        return "base64"
    if isinstance(column_type, sqltypes.DateTime):
        return "datetime"
    if isinstance(column_type, sqltypes.Date):
        return "date"
    return "json"


def _encode(value: Any, encoding: str) -> Any:
    if value is None:
        return None
    if encoding == "base64":
        return base64.b64encode(bytes(value)).decode("ascii")
    if encoding in ("datetime", "date"):
        return value.isoformat()
    return value


def _decode(value: Any, encoding: str) -> Any:
    if value is None:
        return None
    if encoding == "base64":
        return base64.b64decode(value)
    if encoding == "datetime":
        return datetime.fromisoformat(value)
    if encoding == "date":
        return date.fromisoformat(value)
    return value


# --- backup -------------------------------------------------------------------------------------------


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
        summary = {"file": path.name, "revision": manifest["revision"], "rows": _row_counts(manifest)}
        audit.record(session, by, "backup", "database", None, after=summary, detail=str(path))
    return manifest


def _row_counts(manifest: dict) -> dict[str, int]:
    return {name: t["rows"] for name, t in manifest["tables"].items()}


def _manifest(dialect: str, revision: str | None, layout: str) -> dict:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "sitroom_version": __version__,
        "created_at": _now().isoformat(timespec="seconds"),
        "dialect": dialect,
        "layout": layout,
        "revision": revision,
        "tables": {},
        "files": {},
    }


def _backup_sqlite(engine: Engine, zf: zipfile.ZipFile) -> dict:
    source = _sqlite_path(engine)
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
            manifest = _manifest("sqlite", revision, "sqlite-file")
            for table in Base.metadata.sorted_tables:
                if table.name in present:
                    n = dst.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
                    manifest["tables"][table.name] = {"rows": n}
        finally:
            dst.close()
        manifest["files"][SQLITE_FILE] = _file_entry(copy)
        zf.write(copy, SQLITE_FILE)
    return manifest


def _file_entry(path: Path) -> dict:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return {"size": path.stat().st_size, "sha256": h.hexdigest()}


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
            manifest = _manifest(engine.dialect.name, revision, "jsonl")
            present = set(inspect(conn).get_table_names())
            for table in Base.metadata.sorted_tables:
                if table.name not in present:
                    continue
                name = f"tables/{table.name}.jsonl"
                encodings = {c.name: _encoding(c.type) for c in table.columns}
                rows = 0
                with zf.open(name, "w", force_zip64=True) as raw:
                    out = _HashingWriter(raw)
                    stmt = select(table).order_by(*table.primary_key.columns)
                    for row in conn.execution_options(yield_per=BATCH).execute(stmt).mappings():
                        record = {k: _encode(v, encodings[k]) for k, v in row.items()}
                        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
                        rows += 1
                manifest["tables"][table.name] = {"rows": rows, "file": name, "columns": encodings}
                manifest["files"][name] = {"size": out.size, "sha256": out.hash.hexdigest()}
    return manifest


# --- reading and checking a backup --------------------------------------------------------------------


def read_manifest(path: Path) -> dict:
    """The manifest of the backup at ``path``, after checking every file it lists (size and SHA-256)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    try:
        with zipfile.ZipFile(path) as zf:
            try:
                manifest = json.loads(zf.read(MANIFEST))
            except KeyError:
                raise BackupError(f"{path}: not a sitroom backup (no {MANIFEST})") from None
            if manifest.get("format") != FORMAT:
                raise BackupError(f"{path}: not a sitroom backup")
            if manifest.get("format_version") != FORMAT_VERSION:
                raise BackupError(f"{path}: backup format {manifest.get('format_version')} is not supported")
            _check_revision(manifest.get("revision"))
            if not manifest.get("files"):
                raise BackupError(f"{path}: the manifest lists no files")
            for name, entry in manifest["files"].items():
                _check_entry(zf, path, name, entry)
    except (zipfile.BadZipFile, json.JSONDecodeError, OSError) as e:
        raise BackupError(f"{path}: unreadable backup ({e})") from e
    return manifest


def _check_entry(zf: zipfile.ZipFile, path: Path, name: str, entry: dict) -> None:
    h, size = hashlib.sha256(), 0
    try:
        with zf.open(name) as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
                size += len(chunk)
    except KeyError:
        raise BackupError(f"{path}: {name} is listed in the manifest but missing") from None
    if size != entry.get("size") or h.hexdigest() != entry.get("sha256"):
        raise BackupError(f"{path}: {name} does not match its checksum: the backup is damaged")


_REVISION = re.compile(r'^revision = "([^"]+)"', re.M)


def _known_revisions() -> list[str]:
    """Each migration's revision id as its script declares it (not always the file name's number)."""
    versions = resources.files("sitroom.store") / "migrations" / "versions"
    found = []
    for p in sorted(versions.iterdir(), key=lambda p: p.name):
        if p.name[:4].isdigit() and p.name.endswith(".py"):
            m = _REVISION.search(p.read_text(encoding="utf-8"))
            found.append(m.group(1) if m else p.name.split("_")[0])
    return found


def _check_revision(revision: str | None) -> None:
    known = _known_revisions()
    if revision not in known:
        raise BackupError(
            f"the backup's schema revision {revision!r} is unknown to sitroom {__version__} "
            f"(newest known: {known[-1]}): restore it with a newer sitroom"
        )


# --- restore ------------------------------------------------------------------------------------------


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

    Refuses a database holding data unless ``force`` (its data is then replaced). The server should be
    stopped: sessions open during a restore see the database change under them.
    """
    path = Path(path)
    manifest = read_manifest(path)
    engine = make_engine(url, migrate=False)
    try:
        if database_has_data(engine) and not force:
            raise DatabaseNotEmpty(
                f"{engine.url.render_as_string(hide_password=True)} holds data; "
                "restore into an empty database, or pass --force to replace its contents"
            )
        with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path) as zf:
            if manifest["layout"] == "sqlite-file":
                extracted = Path(tmp) / SQLITE_FILE
                with zf.open(SQLITE_FILE) as src, extracted.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
                _check_sqlite_file(extracted)
                if engine.dialect.name == "sqlite":
                    engine.dispose()
                    _copy_sqlite_file(extracted, _sqlite_path(engine))
                else:
                    source = create_engine(f"sqlite:///{extracted}")
                    try:
                        with source.connect() as conn:
                            _load(engine, manifest, _rows_from_engine(conn))
                    finally:
                        source.dispose()
            elif manifest["layout"] == "jsonl":
                _load(engine, manifest, _rows_from_jsonl(zf, manifest))
            else:
                raise BackupError(f"{path}: unknown backup layout {manifest['layout']!r}")
        engine.dispose()
        upgrade(engine)  # a backup from an older sitroom is brought up to today's schema
        from sitroom.store.engine import session_scope

        with session_scope(engine) as session:
            after = {"file": path.name, "created_at": manifest["created_at"], "rows": _row_counts(manifest)}
            audit.record(session, by, "restore", "database", None, after=after, detail=str(path))
            bump_generation(session)
    finally:
        engine.dispose()
    return manifest


def _check_sqlite_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise BackupError(f"the database in the backup is damaged: {result}")


def _copy_sqlite_file(source: Path, target: Path) -> None:
    # Through the backup API rather than a file copy: it writes via SQLite's own locking and journal, so a
    # WAL file left beside the target cannot resurrect old pages.
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target, timeout=60)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


RowSource = Callable[[str], Iterator[dict]]


def _rows_from_jsonl(zf: zipfile.ZipFile, manifest: dict) -> RowSource:
    def rows(table: str) -> Iterator[dict]:
        entry = manifest["tables"][table]
        encodings = entry["columns"]
        with zf.open(entry["file"]) as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    yield {k: _decode(v, encodings.get(k, "json")) for k, v in record.items()}

    return rows


def _rows_from_engine(conn: Connection) -> RowSource:
    def rows(table: str) -> Iterator[dict]:
        source = Table(table, MetaData(), autoload_with=conn)
        for row in conn.execute(select(source)).mappings():
            yield dict(row)

    return rows


def _wipe(conn: Connection, present: set[str]) -> None:
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in present:
            conn.execute(table.delete())


def _migrate_to(engine: Engine, revision: str) -> None:
    """Bring an empty database to exactly ``revision`` (up or down), so the backup's rows fit its tables."""
    from alembic import command
    from alembic.config import Config

    current = current_revision(engine)
    if current == revision:
        return
    if current is None or current < revision:
        upgrade(engine, revision)
        return
    cfg = Config()
    with resources.as_file(resources.files("sitroom.store") / "migrations") as script_path:
        cfg.set_main_option("script_location", str(script_path))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)


def _load(engine: Engine, manifest: dict, source: RowSource) -> None:
    with engine.begin() as conn:
        _wipe(conn, set(inspect(conn).get_table_names()))
    _migrate_to(engine, manifest["revision"])
    with engine.begin() as conn:  # one transaction: a failed restore leaves the (empty) database unchanged
        present = set(inspect(conn).get_table_names())
        meta = MetaData()
        meta.reflect(conn, only=[t for t in manifest["tables"] if t in present])
        unknown = set(manifest["tables"]) - set(meta.tables)
        if unknown:
            raise BackupError(f"the backup has tables its schema revision does not have: {', '.join(sorted(unknown))}")
        loaded: dict[str, int] = {}
        for table in meta.sorted_tables:  # parents before children, as the foreign keys require
            if table.name in manifest["tables"]:
                loaded[table.name] = _insert(conn, table, source(table.name))
        for name, entry in manifest["tables"].items():
            if loaded.get(name, 0) != entry["rows"]:
                raise BackupError(f"table {name}: {loaded.get(name, 0)} rows read, the manifest says {entry['rows']}")
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn, [meta.tables[n] for n in loaded])


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
