"""Concurrent writers on PostgreSQL: four real `sitroom ingest` processes give what one gives."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text

from sitroom.generate import generate_corpus
from sitroom.ingest import IngestOptions, IngestStatus, ingest_bytes
from sitroom.store import make_engine, session_scope
from sitroom.store.tables import Item, Link, Report, Series

WRITERS = 4


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from sitroom.cli import main; main()", *args]


@pytest.fixture
def pg_urls(pg_admin):
    """Two fresh, empty (unmigrated) PostgreSQL databases."""
    names = [f"sitroom_test_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    with pg_admin.connect() as conn:
        for name in names:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield [pg_admin.url.set(database=n).render_as_string(hide_password=False) for n in names]
    with pg_admin.connect() as conn:
        for name in names:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _ingest(url: str, files: list[Path]) -> subprocess.Popen:
    env = {**os.environ, "SITROOM_DB": url}
    args = _cli("ingest", *map(str, files))
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def link_table(url: str) -> dict[str, set[tuple]]:
    """Every report's links by content, comparable across databases: report → {(item position,
    previous report, previous item position, status, possible)}, reports named by sha256 and part."""
    engine = make_engine(url)
    with session_scope(engine, write=False) as s:
        names = {r: f"{sha[:12]}/{part}" for r, sha, part in s.execute(select(Report.id, Report.sha256, Report.part))}
        position = dict(s.execute(select(Item.id, Item.position)).all())
        rows = s.execute(
            select(Link.report_id, Link.item_id, Link.prev_report_id, Link.prev_item_id, Link.status, Link.possible)
        ).all()
    engine.dispose()
    out: dict[str, set[tuple]] = defaultdict(set)
    for report, item, prev_report, prev_item, status, possible in rows:
        out[names[report]].add(
            (
                position.get(item),
                names.get(prev_report),
                position.get(prev_item),
                status,
                bool(possible),
            )
        )
    return dict(out)


def _predecessors_per_item(url: str) -> dict[int, int]:
    engine = make_engine(url)
    with session_scope(engine, write=False) as s:
        rows = s.execute(select(Link.item_id, Link.prev_item_id).where(Link.item_id.is_not(None))).all()
    engine.dispose()
    counts: dict[int, int] = defaultdict(int)
    for item, prev in rows:
        counts[item] += prev is not None
    return counts


def test_four_concurrent_ingests_store_every_report_with_the_links_of_one(pg_urls, tmp_path):
    files = sorted(f.path for f in generate_corpus(tmp_path / "reports", series=2, reports=20, formats=["txt"], seed=3))
    concurrent_url, sequential_url = pg_urls
    procs = [_ingest(concurrent_url, files[k::WRITERS]) for k in range(WRITERS)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0] * WRITERS, [err[-2000:] for _, err in outs]
    sequential = _ingest(sequential_url, files)
    _, err = sequential.communicate(timeout=600)
    assert sequential.returncode == 0, err[-2000:]

    expected, got = link_table(sequential_url), link_table(concurrent_url)
    assert len(got) == len(expected) == len(files)
    differing = sorted(r for r in expected if got.get(r) != expected[r])
    assert differing == [], f"{len(differing)} of {len(files)} reports linked differently"
    # a split item may have two predecessors, never more, and never more than one ingest gives it
    assert max(_predecessors_per_item(concurrent_url).values()) <= max(_predecessors_per_item(sequential_url).values())


def test_a_series_created_by_another_writer_meanwhile_is_used_not_reported_duplicate(engine):
    """The other writer has inserted the series but not committed when this ingest creates it."""
    text_ = "Housing Sitrep No. 1 – as of 1 May 2020\n\nKEY ACTIVITY HEADLINES\n\n• Day centres closed.\n"
    results = []
    with engine.connect() as other:
        other.execute(insert(Series).values(name="Housing", created_at=datetime(2020, 5, 1)))
        ingesting = threading.Thread(
            target=lambda: results.append(
                ingest_bytes(engine, text_.encode(), "housing-1.txt", IngestOptions(series="Housing"))
            )
        )
        ingesting.start()
        ingesting.join(timeout=1.5)
        assert ingesting.is_alive(), "the ingest should wait for the other writer"
        other.commit()
    ingesting.join(timeout=60)
    [result] = results
    assert result.status is IngestStatus.INGESTED, result.reason
    with session_scope(engine, write=False) as s:
        assert s.scalar(select(func.count(Series.id))) == 1
        assert s.scalar(select(Report.series_id)) == s.scalar(select(Series.id))


def _sitrep(n: int, day: int) -> bytes:
    return (
        f"Housing Sitrep No. {n} – as of {day} May 2020\n\nKEY ACTIVITY HEADLINES\n\n• Day centres closed.\n\n"
        "• Rough sleepers offered rooms at the Station Hotel.\n\nRISKS\n\n• Staff absence at Riverside House.\n"
    ).encode()


def test_two_writers_starting_one_publication_at_once_start_it_once(engine, tmp_path):
    """The other writer has planned and stored the first report of a new publication, not yet committed,
    when this ingest plans the second: it waits, then joins that series instead of starting a second one
    (the name of which would not collide: the other writer named it, as ``--series`` does)."""
    from sitroom.read import parse_bytes
    from sitroom.store.series import get_or_create_series
    from sitroom.store.series_identity import plan_series, remember
    from sitroom.store.write import add_report, store_original

    first = parse_bytes(_sitrep(1, 1), "first.txt")[0]
    results = []
    with session_scope(engine) as other:
        assert plan_series(other, first).series_id is None  # a new series: the lock is held from here
        series = get_or_create_series(other, "Housing")
        store_original(other, "a" * 64, "first.txt", _sitrep(1, 1))
        row = add_report(other, first, series_id=series.id, sha256="a" * 64, part=0)
        remember(other, series.id, row.id, first)
        other.flush()
        ingesting = threading.Thread(
            target=lambda: results.append(ingest_bytes(engine, _sitrep(2, 8), "second.txt", IngestOptions()))
        )
        ingesting.start()
        ingesting.join(timeout=1.5)
        if engine.dialect.name == "postgresql":
            assert ingesting.is_alive(), "the ingest should wait for the other writer's new series"
    ingesting.join(timeout=60)
    [result] = results
    assert result.status is IngestStatus.INGESTED, result.reason
    with session_scope(engine, write=False) as s:
        assert s.scalar(select(func.count(Series.id))) == 1
        assert set(s.scalars(select(Report.series_id))) == {series.id}
