"""Report and series pages, and the store functions behind them (store tests on SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sitroom.generate import iter_series
from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.store.queries import ReportNotFound, list_reports
from sitroom.store.series import SeriesNotFound
from sitroom.views.originals import original_file, safe_filename
from sitroom.views.reportdiff import report_diff, word_diff
from sitroom.views.reportlist import BadFilter, ReportFilters, find_reports, organisations, series_timeline
from sitroom.views.reports import report_view
from sitroom.views.serieslist import list_series

from .conftest import seed_store

HTML = {"accept": "text/html"}

EVIL = """Eviltown <script>alert(1)</script> Sitrep No. {n} – as of {day} April 2020

KEY ACTIVITY HEADLINES

• Visits continue <img src=x onerror=alert(1)> for every child at risk;
• Staff absence is at {pct}% <script>alert("x")</script> across the service.

RISKS / CHALLENGES (AND MITIGATION)

• Supply of gloves is uncertain. Mitigation: <b onmouseover=alert(2)>order</b> early;
"""


def _seed(engine, series: int = 2, reports: int = 3) -> None:
    seed_store(engine, series=series, reports=reports)


# --- pure functions --------------------------------------------------------------------------------


def test_word_diff_marks_only_the_changed_words():
    old, new = word_diff("Additional costs of £135,000 to date;", "Additional costs of £158,000 to date.")
    assert ("delete", "135") in old and ("insert", "158") in new
    assert "".join(t for _, t in old) == "Additional costs of £135,000 to date;"
    assert "".join(t for _, t in new) == "Additional costs of £158,000 to date."
    assert [t for op, t in new if op == "insert"] == ["158", "."]


def test_word_diff_of_equal_texts_and_spacing_is_all_equal():
    assert word_diff("same text", "same text") == ([("equal", "same text")], [("equal", "same text")])
    old, new = word_diff("two  spaces", "two spaces")
    assert all(op == "equal" for op, _ in old + new)


def test_safe_filename_drops_folders_and_unsafe_characters():
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("C:\\Users\\me\\sit rep.docx") == "sit rep.docx"
    assert safe_filename('a"b\r\n;c.txt') == "a_b_c.txt"
    assert safe_filename("...") == "report"
    assert safe_filename("") == "report"
    long = safe_filename("x" * 300 + ".pdf")
    assert len(long) == 120 and long.endswith(".pdf")


# --- store functions, on both databases ------------------------------------------------------------


def test_report_view_statuses_neighbours_and_dropped(engine):
    _seed(engine)
    with session_scope(engine) as s:
        series = list_series(s)[0]
        order = [r["id"] for r in sorted(list_reports(s, series=series["id"]), key=lambda r: r["date"])]
        first, middle, last = (report_view(s, i) for i in order)
        assert first.first_in_series and first.previous is None and first.next.id == middle.report.id
        assert {st.status for st in first.statuses.values()} == {"new"}
        assert middle.previous.id == first.report.id and middle.next.id == last.report.id
        assert last.next is None
        items = [i for sec in middle.report.sections for i in sec.items]
        assert set(middle.statuses) == {i.id for i in items}  # every item has its status
        for it in items:
            st = middle.statuses[it.id]
            if st.status in ("updated", "continuing"):
                assert st.prev_item_id is not None and st.prev_text
        assert middle.counts["dropped"] == len(middle.dropped)
        assert sum(middle.counts[k] for k in ("new", "updated", "continuing")) == len(items)
        with pytest.raises(ReportNotFound):
            report_view(s, 10**6)


def test_report_diff_pairs_items_and_marks_changes(engine):
    _seed(engine)
    with session_scope(engine) as s:
        changed = [r for r in find_reports(s, ReportFilters(status="updated"), per_page=50).rows if r.counts["updated"]]
        assert changed, "the generated series update some items"
        rid = changed[0].id
        diff = report_diff(s, rid)
        view = report_view(s, rid)
        n_items = sum(len(sec.items) for sec in view.report.sections)
        assert len([r for r in diff.rows if r.new_item_id]) == n_items
        assert len([r for r in diff.rows if r.status == "dropped"]) == len(view.dropped)
        assert diff.previous.id == view.previous.id
        for row in diff.rows:
            if row.status == "new":
                assert row.old == [] and row.new and row.old_item_id is None
            elif row.status == "dropped":
                assert row.new == [] and row.old and row.new_item_id is None
            else:
                assert row.old and row.new and row.old_item_id is not None
        updated = [r for r in diff.rows if r.status == "updated"]
        assert updated and any(r.changed for r in updated)
        assert all(op in ("equal", "delete") for r in updated for op, _ in r.old)
        assert all(op in ("equal", "insert") for r in updated for op, _ in r.new)
        order = [" ".join((r.heading or "").lower().split()) for r in diff.rows]
        assert all(h not in order[: order.index(h)] or order[n - 1] == h for n, h in enumerate(order) if n)
        first = report_diff(s, report_view(s, rid).previous.id)
        assert first.rows  # the previous report diffs against its own predecessor (or all new when first)


def test_find_reports_filters_and_pages(engine):
    _seed(engine)
    with session_scope(engine) as s:
        all_rows = find_reports(s, ReportFilters(), per_page=50)
        assert all_rows.total == 6 and len(all_rows.rows) == 6
        dates = [r.date for r in all_rows.rows]
        assert dates == sorted(dates, reverse=True)
        page2 = find_reports(s, ReportFilters(), page=2, per_page=4)
        assert page2.total == 6 and page2.pages == 2 and len(page2.rows) == 2
        assert {r.id for r in page2.rows}.isdisjoint(r.id for r in find_reports(s, ReportFilters(), 1, 4).rows)
        assert find_reports(s, ReportFilters(), page=9, per_page=4).page == 2
        sid = list_series(s)[0]["id"]
        only = find_reports(s, ReportFilters(series=sid), per_page=50)
        assert only.total == 3 and {r.series_id for r in only.rows} == {sid}
        org = organisations(s)[0]
        assert {r.organisation for r in find_reports(s, ReportFilters(organisation=org), per_page=50).rows} == {org}
        assert find_reports(s, ReportFilters(organisation="Nobody"), per_page=50).total == 0
        ranged = find_reports(s, ReportFilters(since=date(2020, 4, 13), until=date(2020, 4, 13)), per_page=50)
        assert ranged.total == 2 and {r.date for r in ranged.rows} == {date(2020, 4, 13)}
        changed = find_reports(s, ReportFilters(status="changed"), per_page=50)
        assert changed.total == 4  # every report but each series' first
        assert all(r.counts["continuing"] or r.counts["updated"] for r in changed.rows)
        for kind in ("new", "updated", "dropped"):
            assert all(r.counts[kind] > 0 for r in find_reports(s, ReportFilters(status=kind), per_page=50).rows)
        with pytest.raises(BadFilter):
            find_reports(s, ReportFilters(status="bogus"))
        with pytest.raises(BadFilter):
            find_reports(s, ReportFilters(since=date(2020, 5, 1), until=date(2020, 4, 1)))
        with pytest.raises(SeriesNotFound):
            find_reports(s, ReportFilters(series=10**6))


def test_series_timeline_counts_by_status(engine):
    _seed(engine)
    with session_scope(engine) as s:
        sid = list_series(s)[0]["id"]
        tl = series_timeline(s, sid)
        assert [e.report.number for e in tl.entries] == [1, 2, 3]
        assert tl.entries[0].counts["new"] == tl.entries[0].items and tl.entries[0].counts["dropped"] == 0
        for e in tl.entries:
            assert e.counts["new"] + e.counts["updated"] + e.counts["continuing"] == e.items
        with pytest.raises(SeriesNotFound):
            series_timeline(s, 10**6)


def test_original_file_bytes_name_and_type(engine):
    it = next(iter(iter_series(1, 1, seed=3, organisations=1)))
    rep = next(iter(it))
    data = rep.render("docx")
    res = ingest_bytes(engine, data, '../evil dir/Weekly "sitrep".docx', IngestOptions(organisation="X"))
    with session_scope(engine) as s:
        f = original_file(s, res.report_ids[0])
        assert f.data == data
        assert f.filename == "Weekly _sitrep_.docx"
        assert f.media_type.endswith("wordprocessingml.document")


# --- pages (shared seeded store: 3 series × 4 reports) ---------------------------------------------


def _report_ids(client) -> list[int]:
    return [int(i) for i in re.findall(r'href="/reports/(\d+)"', client.get("/reports", headers=HTML).text)]


def test_reports_list_shows_every_report_with_filters(client):
    r = client.get("/reports", headers=HTML)
    assert r.status_code == 200
    assert '<table class="stack reports">' in r.text and 'data-label="Series"' in r.text
    assert "12 reports" in r.text
    assert 'hx-get="/reports"' in r.text and 'hx-push-url="true"' in r.text and 'hx-target="#results"' in r.text
    for field in ("series", "organisation", "since", "until", "status"):
        m = re.search(rf'id="(f-[a-z]+)"[^>]*name="{field}"|name="{field}"[^>]*id="(f-[a-z]+)"', r.text)
        assert m, field
        assert f'<label for="{m.group(1) or m.group(2)}">' in r.text  # every control is labelled
    assert len(set(_report_ids(client))) == 12


def test_reports_list_filter_by_series_and_status(client):
    series_id = re.search(r'<option value="(\d+)"', client.get("/reports", headers=HTML).text).group(1)
    r = client.get(f"/reports?series={series_id}", headers=HTML)
    assert "4 reports" in r.text
    assert set(re.findall(r'href="/series/(\d+)"', r.text)) == {series_id}
    assert f'<option value="{series_id}" selected>' in r.text
    changed = client.get("/reports?status=changed", headers=HTML)
    assert "9 reports" in changed.text and ">first report<" not in changed.text
    assert client.get("/reports?since=2020-04-20&until=2020-04-20", headers=HTML).text.count("<tr>") == 3 + 1
    none = client.get("/reports?organisation=Nobody", headers=HTML)
    assert "No reports match" in none.text


def test_reports_list_htmx_request_gets_the_results_fragment(client):
    r = client.get("/reports?status=new", headers={**HTML, "hx-request": "true"})
    assert r.status_code == 200 and "<html" not in r.text and "<table" in r.text
    assert "vary" in r.headers and "HX-Request" in r.headers["vary"]
    # A history restore asks for the whole page again.
    full = client.get("/reports", headers={**HTML, "hx-request": "true", "hx-history-restore-request": "true"})
    assert "<html" in full.text


def test_reports_list_pages_and_bad_filters(client):
    r = client.get("/reports?page=2", headers=HTML)  # past the last page: the last page
    assert r.status_code == 200 and "12 reports" in r.text and len(set(_report_ids(client))) == 12
    assert client.get("/reports?since=yesterday", headers=HTML).status_code == 400
    assert client.get("/reports?status=everything", headers=HTML).status_code == 400
    assert client.get("/reports?since=2020-05-01&until=2020-04-01", headers=HTML).status_code == 400
    assert client.get("/reports?series=99999", headers=HTML).status_code == 404
    assert client.get("/reports?page=0", headers=HTML).status_code == 422


def _report_with_updates(client) -> int:
    r = client.get("/reports?status=dropped", headers=HTML)
    ids = [int(i) for i in re.findall(r'href="/reports/(\d+)"', r.text)]
    for rid in ids:
        page = client.get(f"/reports/{rid}", headers=HTML).text
        if 'class="badge updated"' in page and "No longer reported" in page:
            return rid
    raise AssertionError("no seeded report has both updated and dropped items")


def test_report_page_has_items_with_ids_badges_and_neighbours(client):
    rid = _report_with_updates(client)
    r = client.get(f"/reports/{rid}", headers=HTML)
    assert r.status_code == 200
    items = re.findall(r'<li id="item-(\d+)">\s*<span class="badge (new|updated|continuing)">', r.text)
    assert len(items) >= 5
    assert len(items) == r.text.count('<li id="item-')  # every item has a badge
    assert 'rel="prev"' in r.text  # a report with dropped items has a predecessor
    assert "No longer reported" in r.text and "badge dropped" in r.text
    assert "Previous wording" in r.text
    assert "<strong>Mitigation:</strong>" in r.text  # the risk items' mitigations
    assert f'href="/reports/{rid}/diff"' in r.text and f'href="/reports/{rid}/original"' in r.text


def test_report_page_links_previous_and_next(client):
    ids = sorted(_report_ids(client))
    r = client.get(f"/reports/{ids[0]}", headers=HTML)
    assert "First report of the series" in r.text and 'rel="next"' in r.text
    nxt = int(re.search(r'href="/reports/(\d+)" rel="next"', r.text).group(1))
    back = client.get(f"/reports/{nxt}", headers=HTML).text
    assert f'href="/reports/{ids[0]}" rel="prev"' in back


def test_diff_page_shows_old_and_new_with_marked_words(client):
    rid = _report_with_updates(client)
    r = client.get(f"/reports/{rid}/diff", headers=HTML)
    assert r.status_code == 200
    assert '<table id="diff" class="stack difftable">' in r.text
    assert re.search(r"<del>[^<]+</del>", r.text) and re.search(r"<ins>[^<]+</ins>", r.text)
    assert 'class="diffrow dropped"' in r.text
    assert 'aria-current="page">Changes since previous' in r.text
    assert "/static/reports.js" in r.text and "<script>" not in r.text
    # One block per section: dropped and new items under the same heading, never a second block of it.
    headings = re.findall(r'<tr class="diffsection"><th colspan="2" scope="colgroup">(.*?)</th></tr>', r.text)
    assert headings and len(headings) == len({h.lower() for h in headings})


def test_diff_of_a_first_report_says_there_is_nothing_to_compare(client):
    first = min(_report_ids(client))
    r = client.get(f"/reports/{first}/diff", headers=HTML)
    assert r.status_code == 200 and "nothing before it to compare" in r.text


def test_original_download_is_an_attachment(client):
    rid = min(_report_ids(client))
    r = client.get(f"/reports/{rid}/original")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    assert re.fullmatch(r'attachment; filename="[A-Za-z0-9._ -]+\.txt"', r.headers["content-disposition"])
    assert b"Sitrep" in r.content or b"Situation" in r.content


@pytest.mark.parametrize(
    "path", ["/reports/999999", "/reports/999999/diff", "/reports/999999/original", "/series/999999", "/reports/abc"]
)
def test_unknown_ids_are_404_pages(client, path):
    r = client.get(path, headers=HTML)
    assert r.status_code == 404 and "Not found" in r.text


def test_series_list_and_series_page(client):
    r = client.get("/series", headers=HTML)
    assert r.status_code == 200 and r.text.count('<a href="/series/') == 3
    assert "every 7 days" in r.text and "badge received" in r.text
    sid = re.search(r'<a href="/series/(\d+)">', r.text).group(1)
    page = client.get(f"/series/{sid}", headers=HTML)
    assert page.status_code == 200
    svg = re.search(r'<svg class="bars".*?</svg>', page.text, re.S).group(0)
    assert "<title>Items by status" in svg and svg.count('class="seg ') >= 4
    assert page.text.count('data-label="New"') == 4  # one table row per report
    assert "Next due" in page.text or "next due" in page.text
    assert f'href="/reports?series={sid}"' in page.text


# --- escaping: a sitrep carrying markup is shown as text -------------------------------------------


def _ingest_evil(engine) -> list[int]:
    ids = []
    for n, (day, pct) in enumerate(((6, 5), (13, 7)), start=1):
        data = EVIL.format(n=n, day=day, pct=pct).encode()
        res = ingest_bytes(engine, data, f"evil-{n}.txt", IngestOptions(organisation="Evil <b>Org</b>"))
        assert res.report_ids, res.error
        ids += res.report_ids
    return ids


def _assert_inert(text: str) -> None:
    assert "<script>alert" not in text and '<script>alert("x")' not in text
    assert "<img" not in text and "<b onmouseover" not in text and "<b>Org" not in text
    assert "&lt;" in text


def test_markup_in_a_sitrep_is_shown_as_text(fresh_client):
    ids = _ingest_evil(fresh_client.app.state.engine)
    latest = ids[-1]
    for path in ("/", "/reports", f"/reports/{latest}", f"/reports/{latest}/diff", "/series"):
        r = fresh_client.get(path, headers=HTML)
        assert r.status_code == 200, path
        _assert_inert(r.text)
    page = fresh_client.get(f"/reports/{latest}", headers=HTML).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    sid = re.search(r'href="/series/(\d+)"', page).group(1)
    _assert_inert(fresh_client.get(f"/series/{sid}", headers=HTML).text)
