"""Search says an item's thread once: the newest hit, its earlier reports under it."""

from __future__ import annotations

from datetime import date

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.search import collapse_threads, search_items

REPORT = """Housing Sitrep No. {n} – as of {d} May 2020

WORKFORCE UPDATE

• Staff absence is at 5% across the service.
• {other}
"""


def test_a_thread_of_weekly_items_is_one_hit_newest_first(engine):
    others = ["Hotels house 120 rough sleepers.", "Staff trained for the food hub.", "Helpline open 9-5."]
    for n, (day, other) in enumerate(zip((4, 11, 18), others, strict=True), start=1):
        text = REPORT.format(n=n, d=day, other=other)
        ingest_bytes(
            engine, text.encode(), f"h-{n}.txt", IngestOptions(series="Housing", period_date=date(2020, 5, day))
        )
    with session_scope(engine, write=False) as s:
        hits = search_items(s, "staff")
        threads = collapse_threads(s, hits)
    assert len(hits) == 4
    absence = [t for t in threads if t["text"].startswith("Staff absence")]
    assert len(absence) == 1 and len(threads) == 2
    assert absence[0]["date"] == "2020-05-18"
    assert [e["date"] for e in absence[0]["earlier"]] == ["2020-05-11", "2020-05-04"]
    assert [t["earlier"] for t in threads if t["text"].startswith("Staff trained")] == [[]]
