"""The diff of two reports shows each section once: dropped and new items under the same heading."""

from __future__ import annotations

from datetime import date

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.views.reportdiff import report_diff

REPORT = """Housing Sitrep No. {n} – as of {d} May 2020

KEY ACTIVITY HEADLINES

{activity}

WORKFORCE UPDATE

{workforce}
"""


def _ingest(engine, n: int, day: int, activity: list[str], workforce: list[str]) -> int:
    text = REPORT.format(
        n=n, d=day, activity="\n".join(f"• {a}" for a in activity), workforce="\n".join(f"• {w}" for w in workforce)
    )
    result = ingest_bytes(
        engine, text.encode(), f"h-{n}.txt", IngestOptions(series="Housing", period_date=date(2020, 5, day))
    )
    return result.report_ids[0]


def test_a_dropped_item_does_not_split_its_section_in_two(engine):
    _ingest(
        engine, 1, 4, ["Hotels house 120 rough sleepers."], ["Redeployment pool holds 43 staff from closed services."]
    )
    rid = _ingest(
        engine,
        2,
        11,
        ["Hotels house 120 rough sleepers.", "Night shelter reopened with 20 beds."],
        ["Volunteers trained for the food hub this week."],
    )
    with session_scope(engine, write=False) as s:
        diff = report_diff(s, rid)
    headings = [r.heading for r in diff.rows]
    blocks = [h for n, h in enumerate(headings) if n == 0 or headings[n - 1] != h]
    assert blocks == ["KEY ACTIVITY HEADLINES", "WORKFORCE UPDATE"]
    workforce = [r.status for r in diff.rows if r.heading == "WORKFORCE UPDATE"]
    assert sorted(workforce) == ["dropped", "new"]
