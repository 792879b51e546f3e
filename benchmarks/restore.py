"""Restore: time to restore a backup of generated reports, and what a restore failing on its last row
costs and leaves behind.

    python benchmarks/restore.py [REPORTS]        # default 300; PostgreSQL at SITROOM_BENCH_PG if set

For each target database (a SQLite file; PostgreSQL when ``SITROOM_BENCH_PG`` names a server such as
postgresql+psycopg://postgres@127.0.0.1:5432/postgres): seconds and rows per second of a good restore,
then of one whose last item row is damaged, and whether the target's row counts stayed as they were.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import make_engine
from sitroom.store.backup import BackupError, backup, restore
from sitroom.store.tables import Base


def counts(url: str) -> dict[str, int]:
    engine = make_engine(url, migrate=False)
    with engine.connect() as conn:
        out = {t.name: conn.execute(select(func.count()).select_from(t)).scalar() for t in Base.metadata.sorted_tables}
    engine.dispose()
    return out


def damaged_copy(good: Path, out: Path) -> None:
    """The backup with its last item's text holding a NUL character (checksums made valid again)."""
    import hashlib

    with zipfile.ZipFile(good) as zf, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        manifest = json.loads(zf.read("manifest.json"))
        for name in zf.namelist():
            data = zf.read(name)
            if name == "tables/item.jsonl":
                lines = data.splitlines()
                last = json.loads(lines[-1])
                last["text"] += "\x00"
                data = b"\n".join([*lines[:-1], json.dumps(last).encode()]) + b"\n"
                manifest["files"][name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            if name != "manifest.json":
                dst.writestr(name, data)
        dst.writestr("manifest.json", json.dumps(manifest))


def main() -> None:
    reports = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    pg = os.environ.get("SITROOM_BENCH_PG")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        src_url, admin, name = f"sqlite:///{tmp_path / 'src.db'}", None, None
        if pg:  # a JSON-lines backup, the layout whose rows are all loaded and checked one by one
            admin = create_engine(pg, isolation_level="AUTOCOMMIT")
            name = f"sitroom_bench_{uuid.uuid4().hex[:8]}"
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            src_url = admin.url.set(database=name).render_as_string(hide_password=False)
        try:
            src = make_engine(src_url)
            per_series = max(1, reports // 10)
            for it in iter_series(10, per_series, seed=1, organisations=3):
                for rep in it:
                    opts = IngestOptions(organisation=rep.organisation)
                    ingest_bytes(src, rep.render("txt"), f"{rep.series}-{rep.number}.txt", opts)
            manifest = backup(src, tmp_path / "good.zip")
            src.dispose()
            rows = sum(t["rows"] for t in manifest["tables"].values())
            print(f"backup: {manifest['tables']['report']['rows']} reports, {rows} rows, layout {manifest['layout']}")
            targets = [("sqlite", f"sqlite:///{tmp_path / 'target.db'}")]
            if pg:
                targets.append(("postgresql", admin.url.set(database=name).render_as_string(hide_password=False)))
            for kind, url in targets:
                started = time.perf_counter()
                restore(url, tmp_path / "good.zip", force=True)
                took = time.perf_counter() - started
                print(f"{kind:10} good restore   {took:6.2f} s  {rows / took:8.0f} rows/s")
                if manifest["layout"] != "jsonl":
                    continue
                damaged_copy(tmp_path / "good.zip", tmp_path / "bad.zip")
                before = counts(url)
                started = time.perf_counter()
                try:
                    restore(url, tmp_path / "bad.zip", force=True)
                except BackupError as e:
                    took = time.perf_counter() - started
                    same = counts(url) == before
                    print(f"{kind:10} failed restore {took:6.2f} s  counts unchanged: {same}  ({str(e)[-60:]})")
        finally:
            if admin is not None:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()


if __name__ == "__main__":
    main()
