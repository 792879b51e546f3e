"""The backup file: its format, errors, the encoding of column values, and reading one back with every
check a restore makes before it touches a database (format, schema revision, each file's size and SHA-256).

A backup is one zip holding ``manifest.json`` and either ``sitroom.db`` (a copy of a SQLite store) or
``tables/<name>.jsonl`` (every table's rows as JSON lines); see :mod:`sitroom.store.backup`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, select
from sqlalchemy import types as sqltypes

from sitroom import __version__
from sitroom.errors import SitroomError

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


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def sqlite_path(engine: Engine) -> Path:
    """The file of a SQLite engine's database (an in-memory one has none to back up or restore into)."""
    db = engine.url.database
    if not db or db == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up or restored")
    return Path(db)


# --- encoding of column values in JSON lines --------------------------------------------------------


def encoding(column_type: sqltypes.TypeEngine) -> str:
    """How a column's values are written in JSON lines: base64, datetime, date or plain json."""
    if isinstance(column_type, sqltypes.LargeBinary):
        return "base64"
    if isinstance(column_type, sqltypes.DateTime):
        return "datetime"
    if isinstance(column_type, sqltypes.Date):
        return "date"
    return "json"


def encode(value: Any, how: str) -> Any:
    if value is None:
        return None
    if how == "base64":
        return base64.b64encode(bytes(value)).decode("ascii")
    if how in ("datetime", "date"):
        return value.isoformat()
    return value


def decode(value: Any, how: str) -> Any:
    if value is None:
        return None
    if how == "base64":
        return base64.b64decode(value)
    if how == "datetime":
        return datetime.fromisoformat(value)
    if how == "date":
        return date.fromisoformat(value)
    return value


# --- the manifest -------------------------------------------------------------------------------------


def new_manifest(dialect: str, revision: str | None, layout: str) -> dict:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "sitroom_version": __version__,
        "created_at": now().isoformat(timespec="seconds"),
        "dialect": dialect,
        "layout": layout,
        "revision": revision,
        "tables": {},
        "files": {},
    }


def row_counts(manifest: dict) -> dict[str, int]:
    return {name: t["rows"] for name, t in manifest["tables"].items()}


def file_entry(path: Path) -> dict:
    """A manifest entry for a file: its size and SHA-256."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return {"size": path.stat().st_size, "sha256": h.hexdigest()}


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


def _known_revisions() -> list[str]:
    versions = resources.files("sitroom.store") / "migrations" / "versions"
    # Read from each script, as a revision id may be longer than the number its file name starts with.
    scripts = (p for p in versions.iterdir() if p.name[:4].isdigit() and p.name.endswith(".py"))
    return sorted(m.group(1) for p in scripts if (m := re.search(r'^revision = "([^"]+)"', p.read_text(), re.M)))


def _check_revision(revision: str | None) -> None:
    known = _known_revisions()
    if revision not in known:
        raise BackupError(
            f"the backup's schema revision {revision!r} is unknown to sitroom {__version__} "
            f"(newest known: {known[-1]}): restore it with a newer sitroom"
        )


# --- reading rows back --------------------------------------------------------------------------------

RowSource = Callable[[str], Iterator[dict]]


def rows_from_jsonl(zf: zipfile.ZipFile, manifest: dict) -> RowSource:
    """A table's rows from the JSON lines of a backup, values decoded."""

    def rows(table: str) -> Iterator[dict]:
        entry = manifest["tables"][table]
        encodings = entry["columns"]
        with zf.open(entry["file"]) as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    row = {k: decode(v, encodings.get(k, "json")) for k, v in record.items()}
                except (ValueError, TypeError, AttributeError) as e:
                    raise BackupError(f"{zf.filename}: {entry['file']} line {number}: not a row ({e})") from e
                yield row

    return rows


def rows_from_engine(conn: Connection) -> RowSource:
    """A table's rows from a database (the SQLite file of a backup)."""

    def rows(table: str) -> Iterator[dict]:
        source = Table(table, MetaData(), autoload_with=conn)
        for row in conn.execute(select(source)).mappings():
            yield dict(row)

    return rows
