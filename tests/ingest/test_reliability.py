"""Crash safety and concurrency: SIGKILL half-way through a bulk ingest, two writers at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from sitroom.store import make_engine, session_scope
from sitroom.store.tables import Item, Report, Section

from .test_ingest import write_reports


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from sitroom.cli import main; main()", *args]


def _integrity(url: str) -> tuple[int, int, int, int]:
    """(reports, distinct sha256, reports without items, sections without report)."""
    engine = make_engine(url)
    with session_scope(engine) as s:
        reports = s.scalar(select(func.count(Report.id)))
        distinct = s.scalar(select(func.count(func.distinct(Report.sha256))))
        empty = s.scalar(
            select(func.count(Report.id)).where(~select(Item.id).where(Item.report_id == Report.id).exists())
        )
        orphans = s.scalar(
            select(func.count(Section.id)).where(~select(Report.id).where(Report.id == Section.report_id).exists())
        )
    engine.dispose()
    return reports, distinct, empty, orphans


# Enough files that the kill lands well inside the run, not so many that the test is a benchmark.
BULK, KILL_AT = 400, 80


def test_sigkill_half_way_then_rerun_ingests_every_file_once(db_url, tmp_path):
    folder = tmp_path / "bulk"
    write_reports(folder, BULK)
    make_engine(db_url).dispose()  # migrate first, so the kill lands in the ingest itself
    env = {**os.environ, "SITROOM_DB": db_url}
    proc = subprocess.Popen(_cli("ingest", str(folder)), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        reports = _integrity(db_url)[0]
        if reports >= KILL_AT:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reports, distinct, empty, orphans = _integrity(db_url)
    assert 0 < reports < BULK, "the kill should land half-way"
    assert (distinct, empty, orphans) == (reports, 0, 0)
    rerun = subprocess.run(_cli("ingest", str(folder)), env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert _integrity(db_url) == (BULK, BULK, 0, 0)


def test_two_processes_ingesting_at_once_both_succeed_without_duplicates(db_url, tmp_path):
    folder = tmp_path / "shared"
    write_reports(folder, 120)
    make_engine(db_url).dispose()
    env = {**os.environ, "SITROOM_DB": db_url}
    procs = [
        subprocess.Popen(
            _cli("ingest", str(folder)), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-2000:] for o in outs]
    assert _integrity(db_url) == (120, 120, 0, 0)
