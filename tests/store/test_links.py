"""Links stored on ingest: against the previous report, late arrivals re-linked, items that skip a report."""

from __future__ import annotations

from sqlalchemy import select

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.tables import Item, Link

REPORT = "Housing Sitrep No. {n} – as of {d} May 2020\n\nKEY ACTIVITY HEADLINES\n\n{items}\n"


def _ingest(engine, n: int, *items: str) -> int:
    text = REPORT.format(n=n, d=n, items="\n".join(f"• {i}" for i in items))
    result = ingest_bytes(engine, text.encode(), f"housing-{n}.txt", IngestOptions(series="Housing"))
    return result.report_ids[0]


def _links(engine, report_id: int) -> set[tuple[str | None, str | None, str]]:
    with session_scope(engine, write=False) as s:
        rows = s.execute(select(Link.item_id, Link.prev_item_id, Link.status).where(Link.report_id == report_id)).all()
        text = dict(s.execute(select(Item.id, Item.text)).all())
    return {(text.get(i), text.get(p), st) for i, p, st in rows}


def test_links_follow_items_from_report_to_report(engine):
    _ingest(engine, 1, "Hotels house 120 rough sleepers.", "Day centres closed.", "Helpline open 9-5.")
    second = _ingest(engine, 2, "Hotels house 135 rough sleepers.", "Day centres closed.", "Food parcels delivered.")
    assert _links(engine, second) == {
        ("Hotels house 135 rough sleepers.", "Hotels house 120 rough sleepers.", "updated"),
        ("Day centres closed.", "Day centres closed.", "continuing"),
        ("Food parcels delivered.", None, "new"),
        (None, "Helpline open 9-5.", "dropped"),
    }


def test_a_late_report_is_linked_in_its_place(engine):
    first = _ingest(engine, 1, "Day centres closed.", "Helpline open 9-5.")
    third = _ingest(engine, 3, "Day centres closed.", "Helpline open 9-5.", "Food parcels delivered.")
    second = _ingest(engine, 2, "Day centres closed.", "Food parcels delivered.")  # arrives last
    assert ("Day centres closed.", "Day centres closed.", "continuing") in _links(engine, second)
    assert (None, "Helpline open 9-5.", "dropped") in _links(engine, second)
    assert ("Food parcels delivered.", "Food parcels delivered.", "continuing") in _links(engine, third)
    # the helpline skipped report 2 and is back in report 3: linked to report 1, not new
    assert ("Helpline open 9-5.", "Helpline open 9-5.", "continuing") in _links(engine, third)
    assert {st for *_, st in _links(engine, first)} == {"new"}
