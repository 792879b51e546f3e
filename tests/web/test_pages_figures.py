"""The figures page: one chart per subject with its data table, filters, paging and fragments."""

from __future__ import annotations

import re

from sitroom.store import session_scope
from sitroom.views.figures import figure_charts
from sitroom.views.serieslist import list_series

HTML = {"accept": "text/html"}
HTMX = {"accept": "text/html", "hx-request": "true"}
SECTION = re.compile(r'<section class="figure"[^>]*>(.*?)</section>', re.S)


def _sections(html: str) -> list[str]:
    return SECTION.findall(html)


def _page(client, **kw):
    with session_scope(client.app.state.engine, write=False) as s:
        return figure_charts(s, **kw)


def test_each_subject_has_a_chart_and_a_data_table(client):
    r = client.get("/figures", headers=HTML)
    assert r.status_code == 200
    sections = _sections(r.text)
    expected = _page(client)
    assert len(sections) == len(expected.charts) > 1
    for html, chart in zip(sections, expected.charts, strict=True):
        assert f">{chart.title}" in html.replace("&#39;", "'")
        assert '<div class="chart" role="img" aria-label="Line chart of' in html
        assert "<svg" in html and "</svg>" in html
        assert "<table" in html and "<caption>" in html
        # Every figure is in the table, its value linking to the item that states it.
        links = re.findall(r'<td data-label="Value" class="num"><a href="/reports/(\d+)#item-(\d+)">', html)
        assert [(int(a), int(b)) for a, b in links] == [(p["report_id"], p["item_id"]) for p in chart.points]
    # Several inline SVGs share one page: no id may repeat (the chart ids are scoped per chart).
    ids = re.findall(r'\bid="([^"]+)"', r.text)
    assert len(ids) == len(set(ids))
    assert f"{expected.total} subjects; page 1 of {expected.pages}" in r.text


def test_multi_series_subject_draws_one_line_per_series(client):
    html = _sections(client.get("/figures", headers=HTML).text)[0]
    chart = _page(client).charts[0]
    assert len(chart.series) >= 2
    for name in chart.series:
        assert name.replace("'", "&#39;") in html


def test_subject_and_series_filters(client):
    r = client.get("/figures?subject=PEOPLE", headers=HTML)
    sections = _sections(r.text)
    assert sections
    assert all("people" in re.search(r"<h2[^>]*>(.*?)</h2>", s).group(1).lower() for s in sections)
    assert 'value="PEOPLE"' in r.text

    with session_scope(client.app.state.engine, write=False) as s:
        series = next(x for x in list_series(s) if "Education" in x["name"])
    r = client.get(f"/figures?series={series['id']}", headers=HTML)
    sections = _sections(r.text)
    assert sections
    for html in sections:
        names = set(re.findall(r'<td data-label="Series">(.*?)</td>', html))
        assert names == {series["name"]}
    assert f'<option value="{series["id"]}" selected>' in r.text

    r = client.get("/figures?subject=zzzz", headers=HTML)
    assert not _sections(r.text) and "No figures match these filters." in r.text


def test_pages_of_subjects(client):
    first = _page(client)
    assert first.pages >= 2
    r = client.get("/figures?page=2", headers=HTML)
    assert r.status_code == 200
    titles = re.findall(r"<h2 id=\"fig-\d+-title\">(.*?)</h2>", r.text)
    second = _page(client, page=2)
    assert [t.replace("&#39;", "'") for t in titles] == [c.title for c in second.charts]
    assert not set(titles) & {c.title for c in first.charts}
    assert 'href="/figures" hx-get="/figures" rel="prev"' in r.text
    # Past the last page shows the last page; a page below one is a clear error.
    last = client.get(f"/figures?page={first.pages + 5}", headers=HTML)
    assert f"page {first.pages} of {first.pages}" in last.text
    assert client.get("/figures?page=0", headers=HTML).status_code == 422


def test_htmx_gets_the_charts_fragment_only(client):
    r = client.get("/figures?subject=cases", headers=HTMX)
    assert r.status_code == 200
    assert "<html" not in r.text and "<form" not in r.text
    assert _sections(r.text)
    assert r.headers["vary"] == "HX-Request"


def test_empty_store_says_no_figures(fresh_client):
    r = fresh_client.get("/figures", headers=HTML)
    assert r.status_code == 200
    assert "No figures stored yet." in r.text
    assert '<label for="figure-subject">' in r.text and '<label for="figure-series">' in r.text
