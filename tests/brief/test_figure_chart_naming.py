"""A figure chart names the measure as the reports state it, and its trend words say that measure."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from sitroom.analyse.figures import extract_figures
from sitroom.brief.charts import figure_chart
from sitroom.brief.model import format_number


def _chart_of(texts: list[str], unit: str):
    figs = [next(f for f in extract_figures(t) if f.unit == unit) for t in texts]
    assert len({f.subject for f in figs}) == 1
    days = [date(2020, 4, 6), date(2020, 4, 13)]
    line = (SimpleNamespace(series="Council"), [(d, f.value) for d, f in zip(days, figs, strict=True)])
    return figs[0], figure_chart(figs[0].subject, figs[0].unit, figs[0].currency, [line])  # type: ignore[list-item]


def test_income_lost_is_charted_and_described_as_income_lost():
    fig, spec = _chart_of(
        [
            "Income lost from day centre closures is estimated at £1.2m to date.",
            "Income lost from day centre closures is estimated at £1.5m to date.",
        ],
        "money",
    )
    assert fig.relation == "lost"
    assert spec.title == "Income lost (GBP)"
    assert "income lost rose from 1,200,000 GBP" in spec.alt


def test_lengths_and_durations_say_their_unit():
    assert format_number(3.42, "m") == "3.42 m"
    assert format_number(6, "days") == "6 days"
    assert format_number(6, "count") == "6"
    _, spec = _chart_of(
        ["River levels at the town bridge reached 3.42 m.", "River levels at the town bridge reached 2.9 m."], "m"
    )
    assert spec.title == "River levels (m)" and "fell from 3.42 m" in spec.alt


def test_a_range_is_stated_with_both_ends_and_no_change_is_made_up():
    from sitroom.brief.model import FigureChange, Source, format_range

    assert format_range(15, 25, "mm") == "15–25 mm"
    assert format_range(90, 95, "percent") == "90–95%"
    assert format_range(5, None, "percent") == "5%"
    src = Source("Council", 1, date(2020, 4, 13), 1)
    rain = FigureChange("Council", "rainfall", "mm", 5, src, "5–10 mm", previous=15, latest_high=10, previous_high=25)
    assert rain.change is None and rain.moved
    same = FigureChange("Council", "rainfall", "mm", 5, src, "5–10 mm", previous=5, latest_high=10, previous_high=10)
    assert not same.moved
