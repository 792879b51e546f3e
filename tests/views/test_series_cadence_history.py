"""A series' cadence comes from its own reports, however long ago the newest of them is."""

from __future__ import annotations

from datetime import date, timedelta

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.series import find_series
from sitroom.views.returns import MISSING, cycle_returns

REPORT = "{name} Sitrep No. {n} – as of {day}\n\nKEY ACTIVITY HEADLINES\n\n• Item {n} of {name}.\n"


def _ingest(engine, name: str, n: int, day: date) -> None:
    text = REPORT.format(name=name, n=n, day=day.strftime("%d %B %Y"))
    ingest_bytes(engine, text.encode(), f"{name}-{n}.txt", IngestOptions(series=name))


def test_an_old_series_keeps_its_cadence_against_a_newer_one(engine):
    for n in range(1, 6):  # five weekly reports, two years before the newest report stored
        _ingest(engine, "Ferries", n, date(2021, 3, 1) + timedelta(days=7 * (n - 1)))
    _ingest(engine, "Roads", 1, date(2023, 6, 1))
    with session_scope(engine, write=False) as s:
        ferries = find_series(s, "Ferries").id
        [ret] = cycle_returns(s, date(2023, 6, 1), ferries)
    assert ret.cadence_days == 7
    assert ret.last_date == date(2021, 3, 29)
    assert ret.status == MISSING
