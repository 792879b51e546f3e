"""Each series' latest reports, as choosing a report's series reads them: read from the index on
PostgreSQL, ranked by a window elsewhere; the same rows in the same order either way."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import insert

from sitroom.store import session_scope
from sitroom.store.series import get_or_create_series
from sitroom.store.series_identity import RECENT_NUMBERS, _recent_reports
from sitroom.store.tables import Original, Report, ReportFingerprint
from sitroom.store.write import store_original


def _fill(session) -> list[int]:
    """Three series: one longer than the window, with undated reports and several reports on one day;
    one short; one empty. Some reports have no fingerprint (stored before fingerprints were kept)."""
    store_original(session, "0" * 64, "x.txt", b"x")
    long = get_or_create_series(session, "Long series").id
    short = get_or_create_series(session, "Short series").id
    empty = get_or_create_series(session, "Empty series").id
    rows = []
    for n in range(RECENT_NUMBERS + 12):
        undated = n % 9 == 4
        on = None if undated else date(2021, 1, 1) + timedelta(days=n // 2)  # two reports a day
        rows.append({"series_id": long, "period_date": on, "number": n if n % 5 else None})
    rows += [{"series_id": short, "period_date": date(2021, 3, 1) + timedelta(days=n), "number": n} for n in range(4)]
    common = {"sha256": "0" * 64, "source": "x.txt", "format": "txt", "status": "submitted", "warnings": []}
    ids = []
    for part, row in enumerate(rows):
        ids.append(
            session.scalar(
                insert(Report)
                .values(**common, **row, part=part, ingested_at=date(2021, 1, 1), parser_version="t")
                .returning(Report.id)
            )
        )
    for n, report_id in enumerate(ids):
        if n % 4:
            session.add(ReportFingerprint(report_id=report_id, title_key="k", lines=[f"line {n}"]))
    session.flush()
    assert session.get(Original, "0" * 64) is not None
    return [long, short, empty]


def _expected(session, series_ids: list[int], nulls_first: bool) -> list[tuple]:
    """The latest reports of each series worked out in Python: newest date first (undated ones first on
    PostgreSQL, last on SQLite, as each sorts NULL in a descending order), then newest id."""
    reports = session.query(Report).all()
    lines = {f.report_id: f.lines for f in session.query(ReportFingerprint).all()}
    out = []
    for sid in sorted(series_ids):
        mine = [r for r in reports if r.series_id == sid]
        dated = sorted((r for r in mine if r.period_date), key=lambda r: (r.period_date, r.id), reverse=True)
        undated = sorted((r for r in mine if not r.period_date), key=lambda r: r.id, reverse=True)
        ordered = undated + dated if nulls_first else dated + undated
        out += [(sid, r.number, r.period_date, r.format, lines.get(r.id)) for r in ordered[:RECENT_NUMBERS]]
    return out


def test_latest_reports_of_each_series_newest_first(engine):
    with session_scope(engine) as session:
        series_ids = _fill(session)
        postgres = engine.dialect.name == "postgresql"
        expected = _expected(session, series_ids, nulls_first=postgres)
        assert len(expected) == RECENT_NUMBERS + 4
        ranked = [tuple(r) for r in session.execute(_recent_reports(False), {"series": series_ids})]
        assert ranked == expected
        if postgres:
            from_index = [tuple(r) for r in session.execute(_recent_reports(True), {"series": series_ids})]
            assert from_index == expected
