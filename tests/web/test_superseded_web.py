"""Superseded returns in the web app and API: left out of search, marked on report pages and lists;
and a series' cadence from its own reports on the series page."""

from __future__ import annotations

import re
from datetime import date, timedelta

from playwright.sync_api import expect

from sitroom.ingest import IngestOptions, ingest_bytes

REPORT = "Housing Sitrep No. 2 – as of 2 May 2020\n\nKEY ACTIVITY HEADLINES\n\n{items}\n"


def _pair(engine) -> tuple[int, int]:
    """An original return and its correction for the same date: (old, new)."""
    old = ingest_bytes(
        engine,
        REPORT.format(items="• Shelter roof leaking badly.\n• Hotels house 125 rough sleepers.").encode(),
        "housing-2.txt",
        IngestOptions(series="Housing"),
    ).report_ids[0]
    new = ingest_bytes(
        engine,
        REPORT.format(items="• Shelter roof repaired.\n• Hotels house 128 rough sleepers.").encode(),
        "housing-2-corrected.txt",
        IngestOptions(series="Housing"),
    ).report_ids[0]
    return old, new


def test_api_and_pages_mark_superseded_returns(fresh_client):
    old, new = _pair(fresh_client.app.state.engine)
    hits = fresh_client.get("/api/v1/search", params={"q": "shelter roof"}).json()["items"]
    assert [(h["report_id"], h["status"]) for h in hits] == [(new, "submitted")]
    every = fresh_client.get("/api/v1/search", params={"q": "shelter roof", "include_superseded": "true"}).json()
    assert {(h["report_id"], h["status"]) for h in every["items"]} == {(new, "submitted"), (old, "superseded")}
    reports = {r["id"]: r for r in fresh_client.get("/api/v1/reports").json()["items"]}
    assert (reports[old]["status"], reports[old]["superseded_by"]) == ("superseded", new)
    assert (reports[new]["status"], reports[new]["superseded_by"]) == ("submitted", None)
    assert fresh_client.get(f"/api/v1/reports/{old}").json()["superseded_by"] == new

    page = fresh_client.get(f"/reports/{old}", headers={"accept": "text/html"}).text
    assert re.search(rf'Superseded</strong> by <a href="/reports/{new}">report {new} \(', page)
    assert "Superseded" not in fresh_client.get(f"/reports/{new}", headers={"accept": "text/html"}).text
    listing = fresh_client.get("/reports", headers={"accept": "text/html"}).text
    assert listing.count("Superseded by") == 1 and f'href="/reports/{new}">report {new}' in listing
    assert "leaking" not in fresh_client.get("/search", params={"q": "shelter roof"}).text
    marked = fresh_client.get("/search", params={"q": "shelter roof", "superseded": "1"}).text
    assert "leaking" in marked and "badge superseded" in marked


def test_series_page_cadence_from_the_series_own_reports(fresh_client):
    engine = fresh_client.app.state.engine
    for n in range(1, 6):
        day = date(2021, 3, 1) + timedelta(days=7 * (n - 1))
        text = f"Ferries Sitrep No. {n} – as of {day:%d %B %Y}\n\nKEY ACTIVITY HEADLINES\n\n• Crossing {n} ran.\n"
        rid = ingest_bytes(engine, text.encode(), f"f{n}.txt", IngestOptions(series="Ferries")).report_ids[0]
    ferries = fresh_client.get(f"/api/v1/reports/{rid}").json()["series_id"]
    text = "Roads Sitrep No. 1 – as of 1 June 2023\n\nKEY ACTIVITY HEADLINES\n\n• Roads open.\n"
    ingest_bytes(engine, text.encode(), "r1.txt", IngestOptions(series="Roads"))
    page = fresh_client.get(f"/series/{ferries}", headers={"accept": "text/html"}).text
    assert "every 7 days" in page and "unknown" not in page


def test_browser_superseded_report_links_to_its_correction(live_server, page):
    old, new = _pair(live_server.app.state.engine)
    page.goto(f"{live_server.url}/reports/{old}")
    note = page.get_by_role("note")
    expect(note).to_contain_text(f"Superseded by report {new}")
    note.get_by_role("link").click()
    page.wait_for_url(re.compile(rf"/reports/{new}$"))
    expect(page.locator("body")).not_to_contain_text("Superseded")

    page.goto(f"{live_server.url}/search?q=shelter+roof")
    results = page.locator("#search-results")
    expect(results).to_contain_text("repaired")
    expect(results).not_to_contain_text("leaking")
    page.get_by_label("Include superseded returns").check()
    expect(results).to_contain_text("leaking")
    expect(results.locator(".badge.superseded")).to_have_count(1)
