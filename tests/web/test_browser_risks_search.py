"""Risks, search and figures in real Chromium: live search, sorting, filtering, CSV download, charts, phone."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from playwright.sync_api import expect


def test_search_live_as_you_type(seeded_server, page, screenshot):
    page.goto(seeded_server.url + "/search")
    box = page.get_by_label("Search reports for")
    box.press_sequentially("staff", delay=40)  # no Enter: results come as the reader types
    marks = page.locator("#search-results mark")
    expect(marks.first).to_be_visible()
    expect(marks.first).to_have_text(re.compile("staff", re.I))
    expect(page).to_have_url(seeded_server.url + "/search?q=staff")  # pushed, so the search can be shared
    results = page.locator("#search-results ol.search-results > li")
    total = results.count()
    assert total >= 10
    link = results.first.get_by_role("link")
    assert re.fullmatch(r"/reports/\d+#item-\d+", link.get_attribute("href"))
    # A filter narrows the results without a page load.
    page.get_by_label("Section").select_option("workforce")
    expect(page).to_have_url(re.compile(r"section=workforce"))
    expect(results).not_to_have_count(total)
    for cite in page.locator("#search-results .cite").all_inner_texts():
        assert "workforce" in cite.lower()
    screenshot(page, "search-desktop")
    # Clearing the box leaves the form alone.
    box.fill("")
    expect(results).to_have_count(0)


def test_search_works_without_javascript(seeded_server, browser):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    try:
        pg.goto(seeded_server.url + "/search")
        pg.get_by_label("Search reports for").fill("placements")
        pg.get_by_role("button", name="Search").click()
        pg.wait_for_url(re.compile(r"q=placements"))
        assert pg.locator("#search-results mark").count() > 0
    finally:
        context.close()


def _rows(page):
    return page.locator("table.risks tbody tr")


def test_risk_register_sort_filter_and_download_csv(seeded_server, page, screenshot):
    page.goto(seeded_server.url + "/risks")
    total = _rows(page).count()
    assert total >= 10
    page.evaluate("window.sitroomKept = true")  # survives only if sorting swaps the table in place
    header = page.locator("th", has_text="Last seen")
    header.get_by_role("link").click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    expect(page).to_have_url(seeded_server.url + "/risks?sort=last_seen")
    page.locator("th", has_text="Last seen").get_by_role("link").click()
    expect(page.locator("th", has_text="Last seen")).to_have_attribute("aria-sort", "descending")
    dates = page.locator('table.risks td[data-label="Last seen"] time').evaluate_all(
        "els => els.map(e => e.getAttribute('datetime'))"
    )
    assert dates == sorted(dates, reverse=True) and len(set(dates)) > 1

    # Filtering keeps the sort; the table updates in place.
    page.get_by_label("Open only").check()
    expect(page).to_have_url(re.compile(r"open=1"))
    expect(page).to_have_url(re.compile(r"sort=-last_seen"))
    expect(_rows(page)).not_to_have_count(total)
    statuses = page.locator('table.risks td[data-label="Status"]').all_inner_texts()
    assert statuses and all(s.strip().lower() != "resolved" for s in statuses)
    assert any(s.strip().lower().startswith("not reported since ") for s in statuses)  # quiet risks stay, to chase
    assert page.evaluate("window.sitroomKept") is True  # sorted and filtered by htmx, no page load
    shown = [k.removeprefix("risk-") for k in _rows(page).evaluate_all("rows => rows.map(r => r.id)")]
    screenshot(page, "risks-desktop")

    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    download = info.value
    assert download.suggested_filename == "risks.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"))))
    assert [r["thread"] for r in rows] == shown  # the same risks, in the same order, as on screen
    assert all(r["status"] in ("open", "unreported") for r in rows)
    assert all(r["risk"] for r in rows)


def test_risk_text_filter_and_thread_history(seeded_server, page):
    page.goto(seeded_server.url + "/risks")
    page.get_by_label("Text contains").press_sequentially("foster", delay=30)
    expect(page).to_have_url(re.compile(r"q=foster"))
    first = _rows(page).first
    expect(first).to_contain_text(re.compile("foster", re.I))
    history = first.locator("details")
    expect(history.locator("ol.risk-history")).to_be_hidden()
    history.locator("summary").click()
    entries = history.locator("ol.risk-history > li")
    expect(entries.first).to_be_visible()
    reports = entries.count()
    assert reports >= 2
    for href in entries.get_by_role("link").evaluate_all("as => as.map(a => a.getAttribute('href'))"):
        assert re.fullmatch(r"/reports/\d+#item-\d+", href)
    history.get_by_role("link", name="Permanent link to this risk").click()
    expect(page.get_by_role("heading", name="Risk thread")).to_be_visible()
    expect(page.locator("ol.risk-history > li")).to_have_count(reports)


def test_figures_page_shows_charts(seeded_server, page, screenshot):
    page.goto(seeded_server.url + "/figures")
    charts = page.locator("section.figure .chart svg")
    assert charts.count() >= 5
    box = charts.first.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    expect(page.locator("section.figure table").first).to_be_visible()
    screenshot(page, "figures-desktop")
    page.get_by_label("Subject contains").press_sequentially("cases", delay=30)
    expect(page).to_have_url(re.compile(r"subject=cases"))
    headings = page.locator("section.figure h2")
    expect(headings.first).to_contain_text("Cases")
    for text in headings.all_inner_texts():
        assert "cases" in text.lower()


def test_phone_search_and_register_fit_the_screen(seeded_server, phone, screenshot):
    phone.goto(seeded_server.url + "/search?q=staff")
    expect(phone.locator("#search-results mark").first).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(phone, "search-phone")
    for path in ("/risks", "/figures"):
        phone.goto(seeded_server.url + path)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390, path
        screenshot(phone, f"{path.strip('/')}-phone")
