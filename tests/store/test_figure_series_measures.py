"""Figure series join only one measure and relation of one report series (generated reports, two layouts)."""

from __future__ import annotations

import io

import pytest
from docx import Document
from sqlalchemy import select, update

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.ingest.reparse import reparse
from sitroom.store import session_scope
from sitroom.store.tables import FigureRow
from sitroom.views.analysis import figure_series

LINES = [
    "Redeployment pool now holds {pool} staff from closed council services, {placed} placed so far.",
    "Total cases in care homes reached {total}, of which {active} are active and {recovered} recovered.",
    "Rainfall of {low}–{high} mm is forecast overnight.",
    "Staff absence at {absence}% across the service, up from 5% last week.",
]


def _docx(n: int, day: int, values: dict) -> bytes:
    doc = Document()
    doc.add_heading(f"Council Situation Report No. {n} – as of {day} April 2020", 0)
    doc.add_heading("WORKFORCE AND ACTIVITY", 1)
    for line in LINES:
        doc.add_paragraph(line.format(**values), style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _text(n: int, day: int, values: dict) -> bytes:
    body = "\n".join(f"• {line.format(**values)}" for line in LINES)
    return f"Council Situation Report No. {n} – as of {day} April 2020\n\nWORKFORCE AND ACTIVITY\n\n{body}\n".encode()


WEEKS = [
    (6, dict(pool=43, placed=12, total=212, active=64, recovered=140, low=15, high=25, absence=7)),
    (13, dict(pool=45, placed=20, total=230, active=50, recovered=170, low=5, high=10, absence=6)),
]


@pytest.mark.parametrize("layout", [_docx, _text])
def test_each_measure_is_its_own_series(engine, layout):
    for n, (day, values) in enumerate(WEEKS, start=1):
        name = f"sitrep-{n}.{'docx' if layout is _docx else 'txt'}"
        ingest_bytes(engine, layout(n, day, values), name, IngestOptions(series="Council"))
    with session_scope(engine, write=False) as s:
        groups = {(g["subject"], g["relation"]): g for g in figure_series(s, series="Council")}
    placed = groups[("staff placed", None)]
    assert [p["value"] for p in placed["points"]] == [12, 20]
    assert [p["value"] for p in groups[("staff from closed council services", None)]["points"]] == [43, 45]
    assert [p["value"] for p in groups[("active cases", "active")]["points"]] == [64, 50]
    assert [p["value"] for p in groups[("recovered cases", "recovered")]["points"]] == [140, 170]
    assert [p["value"] for p in groups[("total cases", "total")]["points"]] == [212, 230]
    rain = groups[("rainfall", None)]
    assert rain["unit"] == "mm"
    assert [(p["value"], p["value_high"]) for p in rain["points"]] == [(15, 25), (5, 10)]
    # the earlier value quoted in passing ("up from 5% last week") is no point of the series
    assert [p["value"] for p in groups[("staff off sick", None)]["points"]] == [7, 6]


def test_reparse_recomputes_figures_with_their_measures(engine):
    day, values = WEEKS[0]
    ingest_bytes(engine, _text(1, day, values), "sitrep-1.txt", IngestOptions(series="Council"))
    with session_scope(engine) as s:  # as figures stored before measures were kept
        s.execute(update(FigureRow).values(subject="staff from closed council", relation=None, value_high=None))
    reparse(engine, None, "auto")
    with session_scope(engine, write=False) as s:
        rows = s.execute(select(FigureRow.value, FigureRow.subject, FigureRow.value_high, FigureRow.earlier)).all()
    found = {(v, subj) for v, subj, _, _ in rows}
    assert (12, "staff placed") in found and (64, "active cases") in found
    assert {(v, high) for v, _, high, _ in rows if high is not None} == {(15, 25)}
    assert [v for v, _, _, earlier in rows if earlier] == [5]
