"""A restore replaces everything or nothing: a backup holding a row the database cannot take (too long,
a NUL character, a foreign key to a row it lacks, a unique value twice) fails with a message naming the
file, table and row, and leaves the target exactly as it was, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from sitroom.cli import app as cli
from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import make_engine
from sitroom.store.backup import BackupError, backup, restore
from sitroom.store.tables import Base

runner = CliRunner()


def _ingest(engine, series: int, reports: int, seed: int) -> None:
    for it in iter_series(series, reports, seed=seed, organisations=2):
        for rep in it:
            name = f"{rep.series}-{rep.number}.txt"
            ingest_bytes(engine, rep.render("txt"), name, IngestOptions(organisation=rep.organisation))


def _content(engine) -> dict[str, list[tuple]]:
    """Every row of every table, in key order: what "exactly as it was" compares."""
    with engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in Base.metadata.sorted_tables
        }


def _sqlite_store_backup(tmp_path: Path, change: str) -> Path:
    """A backup of a SQLite store of 2 reports, its database file changed by the SQL ``change`` with foreign
    keys off (as an older sitroom or a damaged store could hold it), its checksum made valid again."""
    src = make_engine(f"sqlite:///{tmp_path / 'src.db'}")
    _ingest(src, 1, 2, seed=3)
    backup(src, tmp_path / "plain.zip")
    src.dispose()
    with zipfile.ZipFile(tmp_path / "plain.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        (tmp_path / "x.db").write_bytes(zf.read("sitroom.db"))
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(change)
    conn.commit()
    conn.close()
    data = (tmp_path / "x.db").read_bytes()
    manifest["files"]["sitroom.db"] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    out = tmp_path / "changed.zip"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("sitroom.db", data)
    return out


@pytest.fixture
def target(engine):
    """The database restored into (SQLite and PostgreSQL), holding data of its own."""
    _ingest(engine, 2, 2, seed=8)
    return engine


def _assert_refused(target, backup_file: Path, *needles: str) -> None:
    before = _content(target)
    url = target.url.render_as_string(hide_password=False)
    with pytest.raises(BackupError) as caught:
        restore(url, backup_file, force=True)
    for needle in (str(backup_file), *needles):
        assert needle in str(caught.value), caught.value
    target.dispose()
    assert _content(target) == before


def test_a_source_name_too_long_for_the_database_is_refused_and_nothing_changes(target, tmp_path):
    long = "a/" * 300 + "weekly.txt"  # 610 characters: a deep zip member path
    zipped = _sqlite_store_backup(tmp_path, f"UPDATE report SET source = '{long}' WHERE id = 2")
    _assert_refused(target, zipped, "table report", "row id=2", "column source", "610 characters", "500")


def test_a_row_pointing_at_a_missing_section_is_refused_and_nothing_changes(target, tmp_path):
    zipped = _sqlite_store_backup(tmp_path, "UPDATE item SET section_id = 99999 WHERE id = 3")
    _assert_refused(target, zipped, "table item", "row id=3", "section_id", "99999", "not in the backup")


def test_the_command_line_names_the_file_and_exits_non_zero(target, tmp_path):
    zipped = _sqlite_store_backup(tmp_path, "UPDATE item SET section_id = 99999 WHERE id = 3")
    before = _content(target)
    url = target.url.render_as_string(hide_password=False)
    r = runner.invoke(cli, ["restore", str(zipped), "--force", "--db", url])
    assert isinstance(r.exception, BackupError) and r.exception.exit_code == 2  # main() prints it, exits 2
    assert str(zipped) in str(r.exception) and "table item" in str(r.exception)
    target.dispose()
    assert _content(target) == before


@pytest.fixture
def pg_backup(pg_admin, tmp_path):
    """A JSON-lines backup of a PostgreSQL store of 2 series × 2 reports; returns a function that writes a
    copy with one table's rows changed (checksums valid)."""
    name = f"sitroom_src_{uuid.uuid4().hex[:12]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    src = make_engine(pg_admin.url.set(database=name).render_as_string(hide_password=False))
    try:
        _ingest(src, 2, 2, seed=4)
        backup(src, tmp_path / "pg.zip")
    finally:
        src.dispose()
        with pg_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def changed(table: str, change) -> Path:
        out = tmp_path / f"pg-{table}.zip"
        with zipfile.ZipFile(tmp_path / "pg.zip") as zf, zipfile.ZipFile(out, "w") as dst:
            manifest = json.loads(zf.read("manifest.json"))
            for entry in zf.namelist():
                if entry == "manifest.json":
                    continue
                data = zf.read(entry)
                if entry == f"tables/{table}.jsonl":
                    rows = change([json.loads(line) for line in data.splitlines()])
                    data = b"".join(json.dumps(r).encode() + b"\n" for r in rows)
                    manifest["files"][entry] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                    manifest["tables"][table]["rows"] = len(rows)
                dst.writestr(entry, data)
            dst.writestr("manifest.json", json.dumps(manifest))
        return out

    return changed


def test_a_restore_failing_half_way_leaves_the_target_unchanged(target, pg_backup):
    # The series rows hold one name twice: only the database's unique index finds it, after the target's
    # tables were emptied and the organisations loaded.
    def twice(rows):
        return [*rows, {**rows[0], "id": 999}]

    _assert_refused(target, pg_backup("series", twice), "refused")


def test_a_nul_character_in_a_backup_row_is_refused(target, pg_backup):
    def nul(rows):
        rows[-1]["text"] = "Road closed\x00 at the bridge"
        return rows

    _assert_refused(target, pg_backup("item", nul), "table item", "column text holds a NUL character")


def test_a_good_backup_still_restores_over_data(target, pg_backup, tmp_path):
    good = pg_backup("organisation", lambda rows: rows)
    restore(target.url.render_as_string(hide_password=False), good, force=True)
    target.dispose()
    assert len(_content(target)["report"]) == 4


def test_a_backup_of_an_older_schema_restores_over_a_newer_database(target, tmp_path):
    from sitroom.store.engine import HEAD_REVISION, current_revision, upgrade

    old = make_engine(f"sqlite:///{tmp_path / 'old.db'}", migrate=False)
    upgrade(old, "0005")
    with old.begin() as conn:
        conn.execute(text("INSERT INTO organisation (id, name) VALUES (1, 'Eastshire Council')"))
    backup(old, tmp_path / "old.zip")
    old.dispose()
    url = target.url.render_as_string(hide_password=False)
    restore(url, tmp_path / "old.zip", force=True)  # the target is taken down to 0005, loaded, brought up again
    target.dispose()
    assert current_revision(target) == HEAD_REVISION
    content = _content(target)
    assert content["organisation"] == [(1, "Eastshire Council")] and content["report"] == []


def test_a_line_that_is_no_row_is_refused(target, pg_backup):
    _assert_refused(target, pg_backup("item", lambda rows: [*rows[:-1], ["not", "a", "row"]]), "tables/item.jsonl line")
