"""The brief's line charts: layout, escaping and the PNG drawn from them."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from lxml import etree

from sitroom.brief.charts import svg_to_png
from sitroom.brief.linechart import Line, LineChart, draw_svg, nice_ticks, tick_labels

MONDAYS = tuple(date(2020, 5, 4) + timedelta(weeks=n) for n in range(12))


def _chart(**kw) -> LineChart:
    lines = (
        Line("Staff <sick> & absent", tuple((d, float(n)) for n, d in enumerate(MONDAYS))),
        Line("Housing", tuple((d, 20.0 - n) for n, d in enumerate(MONDAYS))),
    )
    args = dict(title="Staff off sick (%)", subtitle="As stated", y_title="%", lines=lines, ticks=MONDAYS)
    args.update(kw)
    return LineChart(**args)


def _parse(svg: str):
    return etree.fromstring(svg.encode())


def test_every_line_point_and_legend_entry_is_drawn_and_text_escaped():
    svg = draw_svg(_chart(legend_columns=3), hover=True)
    root = _parse(svg)  # well-formed XML, so the names were escaped
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert len(root.findall("s:polyline", ns)) == 2
    assert len(root.findall("s:circle", ns)) == 24
    assert root.find("s:circle/s:title", ns).text == "Staff <sick> & absent, 4 May 2020: 0"
    texts = ["".join(t.itertext()) for t in root.findall("s:text", ns)]
    assert "Staff off sick (%)" in texts and "As stated" in texts
    assert "Staff <sick> & absent" in texts and "Housing" in texts  # the legend
    assert "<script" not in svg and "style=" not in svg


def test_x_labels_never_overlap_and_the_newest_date_is_labelled():
    root = _parse(draw_svg(_chart(width=200)))
    ns = {"s": "http://www.w3.org/2000/svg"}
    labels = [
        t
        for t in root.findall("s:text", ns)
        if t.get("text-anchor") == "middle" and "rotate" not in (t.get("transform") or "")
    ]
    xs = sorted(float(t.get("x")) for t in labels)
    assert "20 Jul" in [t.text for t in labels]  # the last Monday: the cycle's own week
    assert len(xs) < len(MONDAYS)  # some were skipped to make room
    assert all(b - a >= 30 for a, b in itertools.pairwise(xs))


def test_documents_mark_points_only_on_sparse_lines():
    ns = {"s": "http://www.w3.org/2000/svg"}
    dense = _parse(draw_svg(_chart()))  # 12 points a line: still marked
    assert len(dense.findall("s:circle", ns)) == 24 and dense.find("s:circle/s:title", ns) is None
    weeks = tuple(date(2020, 1, 6) + timedelta(weeks=n) for n in range(30))
    long = _chart(lines=(Line("a", tuple((d, 1.0) for d in weeks)),), ticks=weeks[-9:])
    assert _parse(draw_svg(long)).findall("s:circle", ns) == []
    assert len(_parse(draw_svg(long, hover=True)).findall("s:circle", ns)) == 30


def test_without_title_the_page_states_it_instead():
    svg = draw_svg(_chart(), with_title=False)
    texts = ["".join(t.itertext()) for t in _parse(svg).iter("{http://www.w3.org/2000/svg}text")]
    assert "As stated" not in texts


def test_one_line_has_no_legend_and_one_point_is_centred():
    chart = _chart(lines=(Line("Only", ((date(2020, 5, 4), 3.0),)),), ticks=(date(2020, 5, 4),))
    root = _parse(draw_svg(chart))
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert root.findall("s:rect", ns)[1:] == []  # only the background: no legend swatch
    (circle,) = root.findall("s:circle", ns)
    assert float(circle.get("cx")) > 100


@pytest.mark.parametrize(
    ("lo", "hi", "zero", "first", "last"),
    [
        (3, 97, True, 0, 100),
        (1200, 1850, False, 1200, 2000),
        (5, 5, True, 0, 5),
        (0, 0, True, 0, 1),
        (-4, 3, False, -4, 4),
    ],
)
def test_ticks_are_round_and_cover_the_values(lo, hi, zero, first, last):
    ticks = nice_ticks(lo, hi, zero)
    assert ticks[0] <= min(lo, first) + 1e-9 and ticks[-1] >= hi
    assert ticks[0] == first and ticks[-1] == last
    steps = {round(b - a, 9) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1


def test_tick_labels_stay_short_and_one_axis_keeps_one_scale():
    assert tick_labels([0, 5000, 10000, 15000]) == ["0", "5k", "10k", "15k"]
    assert tick_labels([0, 1500, 3000]) == ["0", "1,500", "3,000"]
    assert tick_labels([0, 2_000_000, 4_000_000]) == ["0", "2M", "4M"]
    assert tick_labels([0, 0.5, 1, 1.5, 2.5]) == ["0", "0.5", "1", "1.5", "2.5"]


def test_png_is_drawn_from_the_svg():
    png = svg_to_png(draw_svg(_chart()))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png[16:20], "big")
    assert width > 1000  # twice the pixels, for print
