"""The search page: form, filters, highlighted results, htmx fragments, friendly errors and escaping."""

from __future__ import annotations

import re

from sitroom.ingest import IngestOptions, ingest_bytes
from sitroom.store import session_scope
from sitroom.views.serieslist import list_series

HTML = {"accept": "text/html"}
HTMX = {"accept": "text/html", "hx-request": "true"}
RESULT = re.compile(
    r'<li>\s*<p class="snippet"><a href="/reports/(\d+)#item-(\d+)">(.*?)</a></p>\s*<p class="cite">(.*?)</p>', re.S
)

SCRIPT_SITREP = """Eastfield Council – Housing Sitrep No. 3 – as of 11 May 2020

KEY ACTIVITY HEADLINES

• Rough sleepers housed in hotels: 42 people; <script>alert('owned')</script> was typed into a form.
• A <b>bold</b> claim & an ampersand about hotels.

RISKS AND MITIGATIONS

• Cost of hotel rooms is rising.
"""


def _results(html: str) -> list[tuple[int, int, str, str]]:
    return [(int(r), int(i), snippet, cite) for r, i, snippet, cite in RESULT.findall(html)]


def _series(client) -> list[dict]:
    with session_scope(client.app.state.engine, write=False) as s:
        return list_series(s)


def test_empty_query_shows_the_labelled_form_only(client):
    r = client.get("/search", headers=HTML)
    assert r.status_code == 200
    assert '<label for="search-q">' in r.text and 'id="search-q" name="q"' in r.text
    for control in ("search-series", "search-section", "search-since", "search-until"):
        assert f'<label for="{control}">' in r.text
    assert 'method="get" action="/search"' in r.text  # works without JavaScript
    assert 'hx-trigger="submit, change from:.search-filter, input changed delay:300ms from:#search-q"' in r.text
    assert not _results(r.text)
    assert "result" not in r.text.split('id="search-results"')[1]
    # Whitespace alone is no query either.
    assert not _results(client.get("/search?q=+++", headers=HTML).text)


def test_results_are_highlighted_and_link_to_their_item(client):
    r = client.get("/search?q=staff", headers=HTML)
    assert r.status_code == 200
    results = _results(r.text)
    assert len(results) >= 5
    # An item said week after week is one result, its newest, with its earlier reports folded under it.
    texts = [re.sub(r"<.*?>", "", snippet) for _, _, snippet, _ in results]
    assert len(set(texts)) == len(texts)
    assert re.search(r"<summary>and \d+ earlier reports?</summary>", r.text)
    assert all("<mark>" in snippet.lower() for _, _, snippet, _ in results)
    assert all(re.search(r"<mark>staff</mark>", snippet, re.I) for _, _, snippet, _ in results)
    _, _, _, cite = results[0]
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\d">\d{1,2} \w+ \d{4}</time>', cite)
    assert any(s["name"].replace("'", "&#39;") in cite for s in _series(client))
    assert re.search(r"(\d+ results|Results 1–25) for “staff”", r.text)
    assert "<title>Search: staff · sitroom</title>" in r.text
    assert 'value="staff"' in r.text  # the box keeps the query


def test_more_results_page_on_without_repeats(client, monkeypatch):
    from sitroom.web.pages import search

    monkeypatch.setattr(search, "PAGE", 3)
    first = client.get("/search?q=staff", headers=HTML).text
    page1 = _results(first)
    assert len(page1) == 3 and "Results 1–3 for “staff”" in first
    link = re.search(r'href="(/search\?q=staff&amp;page=2)"', first)
    assert link, "a full page of hits offers the next one"
    second = client.get(link.group(1).replace("&amp;", "&"), headers=HTML).text
    page2 = _results(second)
    assert page2 and "Results 4–" in second and '<ol class="search-results" start="4">' in second
    assert not {i for _, i, _, _ in page1} & {i for _, i, _, _ in page2}
    # The two pages are the one ranking, cut in two.
    both = _results(client.get("/search?q=staff&page=2", headers=HTMX).text)
    assert both == page2
    assert client.get("/search?q=staff&page=0", headers=HTML).status_code == 422


def test_filters_narrow_the_results(client):
    everything = _results(client.get("/search?q=staff", headers=HTML).text)
    series = next(s for s in _series(client) if "Education" in s["name"])
    by_series = _results(client.get(f"/search?q=staff&series={series['id']}", headers=HTML).text)
    assert by_series and len(by_series) < len(everything)
    assert all(series["name"] in cite for *_, cite in by_series)

    by_section = _results(client.get("/search?q=staff&section=workforce", headers=HTML).text)
    assert by_section and len(by_section) < len(everything)
    assert all("workforce" in cite.lower() for *_, cite in by_section)

    window = _results(client.get("/search?q=staff&since=2020-04-13&until=2020-04-20", headers=HTML).text)
    days = {re.search(r'datetime="([\d-]+)"', cite).group(1) for *_, cite in window}
    assert days and days <= {"2020-04-13", "2020-04-20"}
    r = client.get("/search?q=staff&since=2020-04-13&until=2020-04-20&section=workforce", headers=HTML)
    assert 'value="2020-04-13"' in r.text and '<option value="workforce" selected>' in r.text


def test_htmx_gets_the_results_fragment_only(client):
    r = client.get("/search?q=staff", headers=HTMX)
    assert r.status_code == 200
    assert "<html" not in r.text and "<form" not in r.text
    assert _results(r.text)
    assert r.headers["vary"] == "HX-Request"
    empty = client.get("/search?q=", headers=HTMX)
    assert empty.status_code == 200 and empty.text.strip() == ""


def test_bad_queries_get_a_friendly_message(client):
    r = client.get("/search?q=%21%21%21", headers=HTML)
    assert r.status_code == 200
    assert "Type a word or a number to search for" in r.text
    r = client.get("/search?q=staff&since=last+week", headers=HTML)
    assert r.status_code == 200
    assert "is not a date for “From”: use YYYY-MM-DD." in r.text
    assert not _results(r.text)
    r = client.get("/search?q=zzzznothing", headers=HTMX)
    assert "Nothing found for “zzzznothing”." in r.text


def test_report_text_is_escaped_and_only_marks_are_markup(fresh_client):
    engine = fresh_client.app.state.engine
    result = ingest_bytes(engine, SCRIPT_SITREP.encode(), "eastfield-3.txt", IngestOptions(organisation="Eastfield"))
    assert result.report_ids, result
    r = fresh_client.get("/search?q=hotels", headers=HTML)
    assert r.status_code == 200
    results = _results(r.text)
    assert len(results) == 3
    region = r.text.split('id="search-results"')[1]
    assert "<script" not in region and "<b>" not in region
    for _, _, snippet, cite in results:
        assert set(re.findall(r"</?([a-z]+)", snippet)) == {"mark"}  # the only markup is the highlight
        assert "<mark>hotel" in snippet
        assert set(re.findall(r"</?([a-z]+)", cite)) <= {"time"}
    tagged = next(snippet for _, _, snippet, _ in results if "owned" in snippet)
    amp = next(snippet for _, _, snippet, _ in results if "claim" in snippet)
    assert "&amp;" in amp
    if engine.dialect.name == "sqlite":
        # SQLite's snippet quotes the text as written: the tags show as text.
        assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in tagged
        assert "&lt;b&gt;bold&lt;/b&gt;" in amp
    else:
        # PostgreSQL's headline drops what its parser reads as tags; the rest is escaped text.
        assert "alert(&#39;owned&#39;)" in tagged
