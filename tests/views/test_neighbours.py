"""A report's previous and next report, read from a window of the date index, match the series order."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.links import latest_report_id, series_reports
from sitroom.store.tables import Report
from sitroom.views import reports as reportview


@pytest.mark.parametrize("nearby", [2, 3, 4, 25])
def test_neighbours_match_the_full_series_order(engine, monkeypatch, nearby):
    for it in iter_series(1, 9, seed=2):
        for rep in it:
            ingest_bytes(engine, rep.render("txt"), rep.file_name("txt"), IngestOptions())
    # Two more reports on one date (told apart by number), so the window meets ties.
    for it in iter_series(1, 2, seed=2, start=date(2020, 5, 4), cadence_days=7):
        for n, rep in enumerate(it):
            text = rep.render("txt").decode().replace("as of 11 May", "as of 4 May") + f"\n\nExtra {n}\n"
            ingest_bytes(engine, text.encode(), f"extra-{n}.txt", IngestOptions(period_date=date(2020, 5, 4)))
    monkeypatch.setattr(reportview, "NEARBY", nearby)  # small windows, so ties and cut dates are met
    with session_scope(engine, write=False) as session:
        reports = session.query(Report).all()
        series_id = reports[0].series_id
        order = series_reports(session, series_id)
        assert len(order) == 11
        assert latest_report_id(session, series_id) == order[-1]
        for report in reports:
            pos = order.index(report.id)
            prev, nxt = reportview.neighbours(session, report)
            assert (prev.id if prev else None) == (order[pos - 1] if pos > 0 else None), report.id
            assert (nxt.id if nxt else None) == (order[pos + 1] if pos + 1 < len(order) else None), report.id
