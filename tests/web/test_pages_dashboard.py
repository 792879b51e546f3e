"""The dashboard page and the cycle returns behind it (store tests on SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import date

from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.views.returns import LATE, MISSING, RECEIVED, cycle_returns
from sitroom.web.pages.minicharts import sparkline, status_bars

HTML = {"accept": "text/html"}


def _ingest(engine, picks: dict[int, list[int]]) -> None:
    """Ingest generated weekly reports: series index → which report indexes (0-based) to store."""
    for n, it in enumerate(iter_series(len(picks), 4, seed=1, organisations=2)):
        for k, rep in enumerate(it):
            if k in picks[n]:
                data = rep.render("txt")
                ingest_bytes(engine, data, f"s{n}-{rep.number}.txt", IngestOptions(organisation=rep.organisation))


def test_cycle_returns_received_late_and_missing(engine):
    # Series 0 reports every week; series 1 skipped week 3 (its week-4 report came late);
    # series 2 stopped after week 2 (its week-3 and week-4 returns are missing).
    _ingest(engine, {0: [0, 1, 2, 3], 1: [0, 1, 3], 2: [0, 1]})
    with session_scope(engine) as s:
        returns = {r.status: r for r in cycle_returns(s)}
        assert set(returns) == {RECEIVED, LATE, MISSING}
        on_time, late, missing = returns[RECEIVED], returns[LATE], returns[MISSING]
        assert on_time.cadence_days == 7 and on_time.last_date == date(2020, 4, 27)
        assert on_time.next_due == date(2020, 5, 4) and on_time.days_late == 0
        assert late.last_date == date(2020, 4, 27) and late.expected < late.last_date
        assert late.days_late == (late.last_date - late.expected).days > 0
        assert missing.last_date == date(2020, 4, 13) and missing.next_due == date(2020, 4, 20)
        assert missing.days_late == 7  # due 20 April, cycle date 27 April
        # As of an earlier date, series 2 was still on time.
        early = {r.series_id: r.status for r in cycle_returns(s, on=date(2020, 4, 13))}
        assert early[missing.series_id] == RECEIVED
        assert cycle_returns(s, on=date(2019, 1, 1)) == []


def test_cycle_returns_of_an_empty_store(engine):
    with session_scope(engine) as s:
        assert cycle_returns(s) == []


def test_sparkline_is_a_titled_polyline_with_escaped_text():
    svg = str(sparkline([1, 3, 2, 5], 'costs <b>"x"</b>'))
    assert svg.startswith('<svg class="spark"') and 'role="img"' in svg
    assert "<title>costs &lt;b&gt;&#34;x&#34;&lt;/b&gt;</title>" in svg
    points = re.search(r'<polyline points="([^"]+)"', svg).group(1).split()
    assert len(points) == 4
    ys = [float(p.split(",")[1]) for p in points]
    assert ys[3] < ys[0]  # the highest value is drawn highest (SVG y grows downwards)
    flat = str(sparkline([4, 4, 4], "flat"))
    assert len({p.split(",")[1] for p in re.search(r'points="([^"]+)"', flat).group(1).split()}) == 1


def test_status_bars_stack_each_status_with_counts():
    svg = str(status_bars([("#1", date(2020, 4, 6), {"new": 10}), ("#2", None, {"continuing": 8, "dropped": 2})], "t"))
    assert svg.count('class="seg new"') == 1 and 'class="seg continuing"' in svg and 'class="seg dropped"' in svg
    assert "<title>#2: 2 dropped</title>" in svg and ">6 Apr<" in svg
    axis = float(re.search(r'<line [^>]*y1="([\d.]+)"[^>]*class="axis"', svg).group(1))
    seg = r'y="([\d.]+)" width="28" height="([\d.]+)" class="seg (\w+)"'
    rects = {status: (float(y), float(h)) for y, h, status in re.findall(seg, svg)}
    # The report's own items end at the axis; what it dropped starts there and hangs below.
    assert rects["new"][0] + rects["new"][1] == axis and rects["continuing"][0] + rects["continuing"][1] == axis
    assert rects["dropped"][0] == axis
    assert rects["new"][1] > rects["continuing"][1] > rects["dropped"][1]  # 10, 8 and 2 items to one scale


def test_dashboard_shows_returns_changes_risks_and_trends(client):
    r = client.get("/", headers=HTML)
    assert r.status_code == 200
    assert "<h1>Cycle ending 27 April 2020</h1>" in r.text
    assert r.text.count('<span class="badge received">received</span>') == 3
    assert "What changed since the last cycle" in r.text and "Top open risks" in r.text
    for fmt in ("html", "md", "docx", "pdf"):
        assert f'href="/api/v1/brief?format={fmt}&amp;date=2020-04-27"' in r.text
    # Every change links to its item on the report page, and the item is there.
    links = re.findall(r'href="/reports/(\d+)#item-(\d+)"', r.text)
    assert len(links) >= 5
    for rid, item in set(links[:6]):
        page = client.get(f"/reports/{rid}", headers=HTML)
        assert f'id="item-{item}"' in page.text
    # The theme trend: a drawn chart with its trend in words, or the counts as a table.
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in r.text or '<table class="themes">' in r.text
    sparks = re.findall(r'<svg class="spark".*?</svg>', r.text, re.S)
    assert sparks and all("<title>" in s and "<polyline" in s for s in sparks)
    assert "<script>" not in r.text
    # A mitigation the risk's own text already says is not said twice.
    risks = r.text.split('id="risks-h"', 1)[1].split("</section>", 1)[0]
    for li in re.findall(r"<li>.*?</li>", risks, re.S):
        said = re.findall(r"Mitigation[^<]*?(?::|is)\s*(?:</strong>)?\s*([^<;.]{12,})", li)
        assert len(said) == len(set(said)), li


def test_dashboard_for_an_earlier_cycle_and_a_bad_date(client):
    r = client.get("/?on=2020-04-13", headers=HTML)
    assert r.status_code == 200 and "Cycle ending 13 April 2020" in r.text
    assert 'href="/">Latest</a>' in r.text
    assert client.get("/?on=13/04/2020", headers=HTML).status_code == 400


def test_empty_store_dashboard_points_to_upload_and_demo(fresh_client):
    r = fresh_client.get("/", headers=HTML)
    assert r.status_code == 200
    assert "No sitreps yet" in r.text and 'href="/upload"' in r.text and "sitroom demo" in r.text
