"""Several files stored in one transaction: the same store as one file a transaction, and a file that
fails inside a batch fails alone, with its reason, leaving nothing of itself while the others land."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sitroom.accounts.policy import Forbidden
from sitroom.generate import generate_corpus
from sitroom.ingest import IngestOptions, IngestStatus
from sitroom.ingest.pipeline import ingest_sources, list_sources
from sitroom.ingest.stages import sha256_of
from sitroom.store import make_engine, session_scope
from sitroom.store.tables import Audit, Original, Report, Series

from .snapshot import snapshot

REFUSED_ORGANISATION = "Southfield"


def refuse_southfield(session, series_name: str, organisation: str | None) -> None:
    """An ``authorise`` hook as the web's: this user may not file reports under one council's series."""
    if REFUSED_ORGANISATION in series_name:
        raise Forbidden(f"you may not add reports to {series_name!r}")


@pytest.fixture(scope="module")
def series(tmp_path_factory) -> Path:
    """Two councils' series of six reports, each report in TXT, DOCX or PDF in turn."""
    folder = tmp_path_factory.mktemp("batches")
    generate_corpus(folder, series=2, reports=6, formats=["txt", "docx", "pdf"], seed=11)
    return folder


def counts(engine) -> tuple[int, int, int]:
    with session_scope(engine, write=False) as s:
        return (
            s.scalar(select(func.count()).select_from(Original)),
            s.scalar(select(func.count()).select_from(Report)),
            s.scalar(select(func.count()).select_from(Audit)),
        )


def test_a_file_failing_inside_a_batch_fails_alone_and_leaves_nothing(series, engine, second_url, caplog):
    options = IngestOptions()
    sources = list_sources([series], options.max_bytes, options)
    north = [s for s in sources if REFUSED_ORGANISATION.lower() not in s.name]
    [south] = [s for s in sources if REFUSED_ORGANISATION.lower() in s.name][:1]
    # One batch: two reports of one series, a file its sender may not file, then that series goes on.
    order = [*north[:2], south, *north[2:5]]
    refusing = IngestOptions(authorise=refuse_southfield)

    with caplog.at_level(logging.INFO, logger="sitroom.ingest.stages"):
        batched = ingest_sources(engine, order, refusing, batch=16)
    assert "batch of 6 files rolled back" in caplog.text
    statuses = [r.status for r in batched.results]
    assert statuses == [IngestStatus.INGESTED] * 2 + [IngestStatus.FAILED] + [IngestStatus.INGESTED] * 3
    [failed] = batched.failed
    assert failed.source == south.name and failed.http_status == 403
    assert failed.reason and "may not add reports" in failed.reason

    # Nothing of the refused file: no original, no report, no series, no audit entry.
    with session_scope(engine, write=False) as s:
        assert s.scalar(select(Original).where(Original.sha256 == sha256_of(south.read()))) is None
        assert not [n for n in s.scalars(select(Series.name)) if REFUSED_ORGANISATION in n]
    assert counts(engine) == (5, 5, 5)

    # The others landed exactly as one file a transaction stores them.
    alone = make_engine(second_url, create=True)
    try:
        one_by_one = ingest_sources(alone, order, refusing, batch=1)
        assert [r.status for r in one_by_one.results] == statuses
        assert snapshot(engine) == snapshot(alone)
    finally:
        alone.dispose()

    # Resumable: run again with the right to file it, the refused file is stored and nothing twice.
    again = ingest_sources(engine, order, options, batch=16)
    assert [r.status for r in again.results] == [IngestStatus.DUPLICATE] * 2 + [IngestStatus.INGESTED] + [
        IngestStatus.DUPLICATE
    ] * 3
    assert counts(engine) == (6, 6, 6)


def test_batches_of_sixteen_store_what_one_file_a_transaction_stores(series, engine, second_url):
    options = IngestOptions()
    sources = list_sources([series], options.max_bytes, options)
    # The same bytes twice in one batch are stored once.
    sources = [*sources[:3], sources[1], *sources[3:]]
    batched = ingest_sources(engine, sources, options, batch=16)
    assert batched.count(IngestStatus.INGESTED) == 12 and batched.count(IngestStatus.DUPLICATE) == 1
    alone = make_engine(second_url, create=True)
    try:
        one_by_one = ingest_sources(alone, sources, options, batch=1)
        assert [(r.source, r.status) for r in one_by_one.results] == [(r.source, r.status) for r in batched.results]
        expected = snapshot(alone)
        assert expected["links"] and expected["figures"] and expected["themes"] and expected["risks"]
        assert snapshot(engine) == expected
    finally:
        alone.dispose()
