"""Backup and restore: round trips on SQLite and PostgreSQL, consistency during a concurrent ingest,
refusal to overwrite data, damaged backups."""

from __future__ import annotations

import json
import threading
import uuid
import zipfile

import pytest
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from sitroom.accounts.users import create_user
from sitroom.cli import app as cli
from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import make_engine, session_scope
from sitroom.store.backup import BackupError, DatabaseNotEmpty, backup, read_manifest, restore
from sitroom.store.tables import Base, Item, Original, Report, Section
from sitroom.views import audit as audit_view

PASSWORD = "correct horse battery staple"
runner = CliRunner()


def _generated(series: int, reports: int, seed: int = 5):
    for it in iter_series(series, reports, seed=seed, organisations=2):
        yield from it


def _ingest(engine, reps) -> int:
    n = 0
    for rep in reps:
        r = ingest_bytes(
            engine, rep.render("txt"), f"{rep.series}-{rep.number}.txt", IngestOptions(organisation=rep.organisation)
        )
        n += len(r.report_ids)
    return n


def _counts(engine) -> dict[str, int]:
    """Rows per table; the store generation setting is left out: a restore moves it on purpose (so caches of
    a running server drop what they hold)."""
    from sitroom.store.tables import Setting
    from sitroom.store.version import GENERATION

    with engine.connect() as conn:
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar() for t in Base.metadata.sorted_tables
        }
        counts["setting"] = conn.execute(
            select(func.count()).select_from(Setting).where(Setting.key != GENERATION)
        ).scalar()
        return counts


def _consistent(engine) -> None:
    """Every report has sections, items and its original; no item or section without its report."""
    with session_scope(engine, write=False) as s:
        for rid, sha in s.execute(select(Report.id, Report.sha256)):
            assert s.get(Original, sha) is not None, rid
            assert s.scalar(select(func.count()).select_from(Section).where(Section.report_id == rid)), rid
            assert s.scalar(select(func.count()).select_from(Item).where(Item.report_id == rid)), rid
        orphans = select(func.count()).select_from(Item).where(~Item.report_id.in_(select(Report.id)))
        assert s.scalar(orphans) == 0


@pytest.fixture
def other_url(db_url, request, tmp_path):
    """A second empty database of the same kind as ``db_url``."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored.db'}"
        return
    admin = request.getfixturevalue("pg_admin")
    name = f"sitroom_restore_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin.url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_round_trip_keeps_every_row_and_file(engine, other_url, tmp_path):
    _ingest(engine, _generated(2, 3))
    with session_scope(engine) as s:
        create_user(s, "root", PASSWORD, "admin", organisations=["Elsewhere"])
    before = _counts(engine)
    originals = {}
    with session_scope(engine, write=False) as s:
        originals = dict(s.execute(select(Original.sha256, Original.data)).all())
    manifest = backup(engine, tmp_path / "b.zip")
    assert manifest["tables"]["report"]["rows"] == before["report"] == 6
    assert manifest["layout"] == ("sqlite-file" if engine.dialect.name == "sqlite" else "jsonl")

    restore(other_url, tmp_path / "b.zip")
    restored = make_engine(other_url)
    try:
        after = _counts(restored)
        assert after.pop("audit") == before.pop("audit") + 1  # the restore's own row (the backup's came after it)
        assert after == before
        with session_scope(restored, write=False) as s:
            assert dict(s.execute(select(Original.sha256, Original.data)).all()) == originals
            assert audit_view.query(s, action="restore")[0]["after"]["rows"]["report"] == 6
        _consistent(restored)
        # ids continue after the restored ones (PostgreSQL sequences were reset)
        _ingest(restored, _generated(1, 1, seed=99))
        assert _counts(restored)["report"] == 7
    finally:
        restored.dispose()


def test_restore_refuses_a_database_holding_data_unless_forced(engine, tmp_path):
    _ingest(engine, _generated(1, 2))
    url = engine.url.render_as_string(hide_password=False)
    backup(engine, tmp_path / "b.zip")
    _ingest(engine, _generated(1, 1, seed=42))
    with pytest.raises(DatabaseNotEmpty, match="--force"):
        restore(url, tmp_path / "b.zip")
    assert _counts(engine)["report"] == 3
    engine.dispose()
    restore(url, tmp_path / "b.zip", force=True)
    assert _counts(engine)["report"] == 2
    _consistent(engine)


def test_a_damaged_or_foreign_file_is_refused_before_anything_changes(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    engine = make_engine(url)
    _ingest(engine, _generated(1, 1))
    backup(engine, tmp_path / "b.zip")
    engine.dispose()
    with zipfile.ZipFile(tmp_path / "b.zip") as src, zipfile.ZipFile(tmp_path / "bad.zip", "w") as dst:
        dst.writestr("manifest.json", src.read("manifest.json"))
        dst.writestr("sitroom.db", src.read("sitroom.db")[:-10] + b"x" * 10)
    with pytest.raises(BackupError, match="checksum"):
        read_manifest(tmp_path / "bad.zip")
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(BackupError, match="unreadable"):
        restore(f"sqlite:///{tmp_path / 'new.db'}", tmp_path / "junk.zip")


def test_sqlite_backup_restores_into_postgresql(tmp_path, pg_admin):
    src = make_engine(f"sqlite:///{tmp_path / 's.db'}")
    _ingest(src, _generated(1, 2))
    before = _counts(src)
    backup(src, tmp_path / "b.zip")
    src.dispose()
    name = f"sitroom_cross_{uuid.uuid4().hex[:12]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = pg_admin.url.set(database=name).render_as_string(hide_password=False)
    try:
        restore(url, tmp_path / "b.zip")
        pg = make_engine(url)
        after = _counts(pg)
        assert after.pop("audit") == before.pop("audit") + 1 and after == before
        with pg.connect() as conn:  # PostgreSQL's generated search column was filled in
            assert conn.execute(text("SELECT count(*) FROM item WHERE search IS NOT NULL")).scalar() == after["item"]
        pg.dispose()
    finally:
        with pg_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_backup_during_a_concurrent_ingest_restores_to_a_consistent_moment(db_url, tmp_path):
    engine = make_engine(db_url)
    _ingest(engine, _generated(1, 2, seed=7))
    reps = list(_generated(3, 6, seed=11))
    done = threading.Event()
    errors: list[BaseException] = []

    def ingest_all() -> None:
        try:
            _ingest(engine, reps)
        except BaseException as e:  # surfaced in the main thread
            errors.append(e)
        finally:
            done.set()

    worker = threading.Thread(target=ingest_all)
    worker.start()
    manifests = []
    try:
        while not done.is_set() or not manifests:
            manifests.append(backup(engine, tmp_path / f"b{len(manifests)}.zip"))
    finally:
        worker.join(120)
    assert not errors, errors
    final = _counts(engine)["report"]
    assert final == 2 + len(reps)
    taken_during = [m for m in manifests if m["tables"]["report"]["rows"] < final]
    assert taken_during, "no backup overlapped the ingest"
    m = taken_during[len(taken_during) // 2]
    k = manifests.index(m)
    target = f"sqlite:///{tmp_path / f'r{k}.db'}"  # every backup format restores into SQLite
    restore(target, tmp_path / f"b{k}.zip")
    restored = make_engine(target)
    try:
        counts = _counts(restored)
        for table, entry in m["tables"].items():
            expected = entry["rows"] + (1 if table == "audit" else 0)  # plus the restore's own audit row
            assert counts[table] == expected, table
        _consistent(restored)
        with session_scope(restored, write=False) as s:
            # the audit log is from the same moment: one ingest row per report
            assert len(audit_view.query(s, action="ingest", limit=10_000)) == counts["report"]
    finally:
        restored.dispose()
        engine.dispose()


def test_cli_backup_restore_and_report_delete(tmp_path):
    db = f"sqlite:///{tmp_path / 'c.db'}"
    engine = make_engine(db)
    _ingest(engine, _generated(1, 2))
    with session_scope(engine, write=False) as s:
        rid = s.scalar(select(func.min(Report.id)))
    engine.dispose()
    r = runner.invoke(cli, ["backup", str(tmp_path / "c.zip"), "--db", db])
    assert r.exit_code == 0, r.output
    assert "2 reports" in r.output
    r = runner.invoke(cli, ["report", "delete", str(rid), "--yes", "--db", db])
    assert r.exit_code == 0 and "original file deleted" in r.output, r.output
    r = runner.invoke(cli, ["restore", str(tmp_path / "c.zip"), "--db", db])
    assert isinstance(r.exception, DatabaseNotEmpty) and r.exception.exit_code == 2  # main() maps it to exit 2
    r = runner.invoke(cli, ["restore", str(tmp_path / "c.zip"), "--force", "--db", db])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["audit", "--format", "json", "--db", db])
    actions = [row["action"] for row in json.loads(r.output)]
    assert actions[0] == "restore" and "backup" not in actions  # the backup row was written after the snapshot
