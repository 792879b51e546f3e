"""The risk register as `sitroom risks` computes it (open, unreported, resolved), each thread with its history."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.store.lookup import series_id_of
from sitroom.store.risks import risk_register
from sitroom.store.tables import Report


def risk_threads(
    session: Session,
    series: str | int | None = None,
    only_open: bool = False,
    since: date | None = None,
    series_ids: Collection[int] | None = None,
) -> list[dict]:
    """Risk threads (open first, escalating first) in the export's columns, each with ``history``: every
    statement of the risk with its item, report and report date, oldest first. Only the threads of the
    series in ``series_ids`` unless it is None."""
    threads = risk_register(session, series_id_of(session, series), only_open, since, series_ids)
    report_ids = {r for t in threads for r in t.report_ids}
    dates: dict[int, date | None] = {}
    if report_ids:
        dates = dict(session.execute(select(Report.id, Report.period_date).where(Report.id.in_(report_ids))).all())
    return [
        {
            **t.to_row(),
            "history": [
                {"item_id": i, "report_id": r, "report_date": dates.get(r), "text": text}
                for i, r, text in zip(t.item_ids, t.report_ids, t.history, strict=True)
            ],
        }
        for t in threads
    ]
