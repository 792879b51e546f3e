"""Links stored on ingest: against the previous report, late arrivals re-linked, items that skip a report."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.delete import delete_report
from sitroom.store.links import series_reports
from sitroom.store.tables import SUBMITTED, SUPERSEDED, Item, Link, Report

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


def _predecessors(engine) -> dict[int, int]:
    with session_scope(engine, write=False) as s:
        rows = s.execute(select(Link.item_id, Link.prev_item_id).where(Link.item_id.is_not(None))).all()
    counts: dict[int, int] = {}
    for item, prev in rows:
        counts[item] = counts.get(item, 0) + (prev is not None)
    return counts


def test_a_corrected_return_supersedes_the_earlier_one_for_its_date(engine):
    first = _ingest(engine, 1, "Day centres closed.", "Helpline open 9-5.", "Hotels house 120 rough sleepers.")
    second = _ingest(engine, 2, "Day centres closed.", "Helpline open 9-5.", "Hotels house 125 rough sleepers.")
    third = _ingest(engine, 3, "Day centres closed.", "Hotels house 130 rough sleepers.", "Food parcels delivered.")
    # the corrected return for the second report's date arrives after the third report
    corrected = _ingest(
        engine, 2, "Day centres closed.", "Helpline open 9-5.", "Hotels house 128 rough sleepers.", "Storm damage."
    )
    assert corrected not in (first, second, third)
    with session_scope(engine, write=False) as s:
        assert series_reports(s, s.get(Report, first).series_id) == [first, corrected, third]
        assert s.get(Report, second).status == SUPERSEDED
        assert s.get(Report, corrected).status == SUBMITTED
        old_items = set(s.scalars(select(Item.id).where(Item.report_id == second)))
        assert old_items, "the superseded return keeps its items"
        pointing_at_old = s.scalar(
            select(func.count(Link.id)).where(or_(Link.report_id == second, Link.prev_item_id.in_(old_items)))
        )
        assert pointing_at_old == 0
    assert _links(engine, corrected) == {
        ("Day centres closed.", "Day centres closed.", "continuing"),
        ("Helpline open 9-5.", "Helpline open 9-5.", "continuing"),
        ("Hotels house 128 rough sleepers.", "Hotels house 120 rough sleepers.", "updated"),
        ("Storm damage.", None, "new"),
    }
    assert ("Hotels house 130 rough sleepers.", "Hotels house 128 rough sleepers.", "updated") in _links(engine, third)
    assert (None, "Storm damage.", "dropped") in _links(engine, third)
    assert max(_predecessors(engine).values()) == 1
    # the earlier return sent again is a duplicate of stored bytes: the correction still counts
    items = ("Day centres closed.", "Helpline open 9-5.", "Hotels house 125 rough sleepers.")
    again = REPORT.format(n=2, d=2, items="\n".join(f"• {i}" for i in items)).encode()
    assert ingest_bytes(engine, again, "again.txt", IngestOptions(series="Housing")).status == "duplicate"
    with session_scope(engine, write=False) as s:
        assert s.get(Report, corrected).status == SUBMITTED
    # the correction deleted: the earlier return counts again, linked in its place
    with session_scope(engine) as s:
        delete_report(s, corrected)
    with session_scope(engine, write=False) as s:
        assert s.get(Report, second).status == SUBMITTED
    assert ("Hotels house 125 rough sleepers.", "Hotels house 120 rough sleepers.", "updated") in _links(engine, second)
    assert ("Hotels house 130 rough sleepers.", "Hotels house 125 rough sleepers.", "updated") in _links(engine, third)
    assert max(_predecessors(engine).values()) == 1


def test_two_numbered_reports_of_one_day_both_count(engine):
    morning = _ingest(engine, 4, "Day centres closed.")
    text = REPORT.format(n=5, d=4, items="• Day centres open again.")  # No. 5, same date as No. 4
    evening = ingest_bytes(engine, text.encode(), "housing-5.txt", IngestOptions(series="Housing")).report_ids[0]
    with session_scope(engine, write=False) as s:
        assert series_reports(s, s.get(Report, morning).series_id) == [morning, evening]
    assert ("Day centres open again.", "Day centres closed.", "updated") in _links(engine, evening)
