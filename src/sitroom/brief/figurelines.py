"""Figures of a cycle: each figure series' latest value in the cycle reports, and the one before it."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy.orm import Session

from sitroom.brief.model import FigureChange, Source
from sitroom.views.analysis import figure_series
from sitroom.views.cycle import SeriesCycle

# Enough for every figure a cycle of many series states; figure_series ranks by points first.
FIGURE_LIMIT = 100_000


def cycle_figures(
    session: Session,
    cycles: list[SeriesCycle],
    series: str | int | None = None,
    history_from: date | None = None,
    series_ids: Collection[int] | None = None,
) -> tuple[list[FigureChange], list[FigureChange]]:
    """(figures table, figures that moved since the baseline) for the series in the cycle.

    The table has each figure stated in a series' latest report, with the value of the report
    before; "moved" compares the latest value with the last one stated before the cycle.
    """
    by_name = {c.name: c for c in cycles if c.cycle}
    table: list[FigureChange] = []
    moved: list[FigureChange] = []
    known_of = {name: set(sc.order) for name, sc in by_name.items()}
    for group in figure_series(session, series=series, limit=FIGURE_LIMIT, since=history_from, series_ids=series_ids):
        sc = by_name.get(group["series"])
        if sc is None:
            continue
        known = known_of[group["series"]]
        points = [p for p in group["points"] if p["report_id"] in known]
        if not points or points[-1]["report_id"] != sc.latest:
            continue
        latest = points[-1]
        earlier = [p for p in points if p["report_id"] != latest["report_id"]]
        cycle = set(sc.cycle)
        before = [p for p in earlier if p["report_id"] not in cycle]

        def line(previous: dict | None, g=group, p=latest, dates=sc.dates) -> FigureChange:
            return FigureChange(
                series=g["series"],
                subject=g["subject"],
                unit=g["unit"],
                latest=p["value"],
                source=Source(g["series"], p["report_id"], dates[p["report_id"]], p["item_id"]),
                text=p["text"],
                currency=g["currency"],
                qualifier=p["qualifier"],
                previous=previous["value"] if previous else None,
                latest_high=p.get("value_high"),
                previous_high=previous.get("value_high") if previous else None,
                previous_date=dates[previous["report_id"]] if previous else None,
                previous_source=(
                    Source(g["series"], previous["report_id"], dates[previous["report_id"]], previous["item_id"])
                    if previous
                    else None
                ),
                previous_text=previous["text"] if previous else None,
            )

        table.append(line(earlier[-1] if earlier else None))
        if before and sc.missing is None and before[-1]["value"] != latest["value"]:
            moved.append(line(before[-1]))
    table.sort(key=lambda f: (f.series.lower(), f.subject))
    moved.sort(key=lambda f: (f.series.lower(), f.subject))
    return table, moved
