"""The series a report joins and the links it gets do not depend on the order files arrive in: a folder
ingested in any order stores what it stores in date order."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from sitroom.generate import generate_corpus
from sitroom.ingest import IngestOptions, ingest_paths
from sitroom.store import make_engine, session_scope
from sitroom.store.tables import Item, Link, Report

ORDERS = 3


def _stored(url: str) -> tuple[set[frozenset[str]], dict[str, set[tuple]]]:
    """The series as sets of files, and each report's links by content (content hashes, item positions)."""
    engine = make_engine(url)
    with session_scope(engine, write=False) as s:
        reports = s.execute(select(Report.id, Report.sha256, Report.series_id)).all()
        position = dict(s.execute(select(Item.id, Item.position)).all())
        rows = s.execute(
            select(Link.report_id, Link.item_id, Link.prev_report_id, Link.prev_item_id, Link.status)
        ).all()
    engine.dispose()
    name = {rid: sha[:12] for rid, sha, _ in reports}  # one report per generated file
    series: dict[int, set[str]] = defaultdict(set)
    for rid, _, sid in reports:
        series[sid].add(name[rid])
    links: dict[str, set[tuple]] = defaultdict(set)
    for rid, item, prev_report, prev_item, status in rows:
        links[name[rid]].add((position.get(item), name.get(prev_report), position.get(prev_item), status))
    return {frozenset(v) for v in series.values()}, dict(links)


@pytest.mark.parametrize("seed", [3, 11])
def test_shuffled_arrivals_give_the_series_and_links_of_date_order(tmp_path, seed):
    # Services of two councils on one house style: their returns share vocabulary and part of a template,
    # under titles of their own.
    files = generate_corpus(tmp_path / "in", series=3, reports=8, formats=["txt", "docx"], seed=seed, organisations=3)
    by_date = [f.path for f in sorted(files, key=lambda f: (f.path.name, f.path.parent.name))]
    paths = [f.path for f in files]

    def ingest(order: list[Path], tag: str):
        url = f"sqlite:///{tmp_path / tag}.db"
        engine = make_engine(url)
        for path in order:  # one at a time, as a watched folder receives them
            ingest_paths(engine, [path], IngestOptions())
        engine.dispose()
        return _stored(url)

    expected_series, expected_links = ingest(by_date, "dated")
    assert sorted(map(len, expected_series)) == [8, 8, 8]
    for k in range(ORDERS):
        order = paths[:]
        random.Random(seed * 100 + k).shuffle(order)
        series, links = ingest(order, f"shuffled{k}")
        assert series == expected_series, f"order {k}: the series differ"
        differing = sorted(r for r in expected_links if links.get(r) != expected_links[r])
        assert differing == [], f"order {k}: {len(differing)} of {len(paths)} reports linked differently"


def test_the_same_services_of_two_councils_are_twelve_series_not_six(tmp_path):
    """Two councils' returns of the same six services share headings and much of their wording; each
    council's return carries its own name and both issue no. 1 on the same day."""
    files = generate_corpus(tmp_path / "in", series=12, reports=3, formats=["txt"], seed=1, organisations=2)
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    ingest_paths(engine, [tmp_path / "in"], IngestOptions())
    engine.dispose()
    series, _ = _stored(f"sqlite:///{tmp_path / 'x.db'}")
    assert len({f.path.parent for f in files}) == 12
    assert sorted(map(len, series)) == [3] * 12
