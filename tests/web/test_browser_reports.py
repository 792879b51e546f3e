"""Dashboard, report, diff and report list in real Chromium: click-through, htmx filters, phone layout."""

from __future__ import annotations

import re

from playwright.sync_api import expect


def test_dashboard_to_report_to_diff(seeded_server, page, screenshot):
    page.goto(seeded_server.url + "/")
    assert page.title().startswith("Dashboard")
    assert page.locator("svg.spark").count() >= 1
    screenshot(page, "reports-dashboard")

    # Follow an updated item from "what changed" to its place in its report.
    link = page.locator(".card li:has(.badge.updated) a").first
    href = link.get_attribute("href")
    item_id = href.split("#item-")[1]
    link.click()
    page.wait_for_url(re.compile(r"/reports/\d+#item-\d+$"))
    target = page.locator(f"#item-{item_id}")
    assert target.is_visible() and target.locator(".badge").inner_text().lower() in ("updated", "new")
    assert page.evaluate("location.hash") == f"#item-{item_id}"
    assert page.locator("li[id^=item-] .badge").count() == page.locator("li[id^=item-]").count()
    screenshot(page, "reports-report")

    page.get_by_role("link", name="Changes since previous").click()
    page.wait_for_url(re.compile(r"/reports/\d+/diff$"))
    assert page.locator("#diff del").count() >= 1 and page.locator("#diff ins").count() >= 1
    del_bg = page.locator("#diff del").first.evaluate("e => getComputedStyle(e).backgroundColor")
    ins_bg = page.locator("#diff ins").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert del_bg != "rgba(0, 0, 0, 0)" and ins_bg != "rgba(0, 0, 0, 0)"  # the changes are highlighted
    screenshot(page, "reports-diff")

    # Hiding unchanged items (a script file, allowed by the CSP) leaves only the changes.
    same = page.locator("#diff tr.same")
    assert same.count() >= 1 and same.first.is_visible()
    page.get_by_label("Hide unchanged items").check()
    assert not same.first.is_visible()
    assert page.locator("#diff tr.updated").first.is_visible()


def test_report_list_filters_update_in_place(seeded_server, page):
    page.goto(seeded_server.url + "/reports")
    assert "12 reports" in page.locator("#results").inner_text()
    page.evaluate("window.__marker = 1")  # survives only if htmx swaps instead of reloading
    results = page.locator("#results")
    page.get_by_label("Changes").select_option("changed")
    expect(page).to_have_url(re.compile(r"status=changed"))
    expect(results).to_contain_text("9 reports")
    assert page.evaluate("window.__marker") == 1
    page.get_by_label("Series").select_option(index=1)
    expect(results).to_contain_text("3 reports")
    assert "series=" in page.url and "status=changed" in page.url
    page.go_back()
    expect(results).to_contain_text("9 reports")


def test_phone_dashboard_and_report_fit_the_screen(seeded_server, phone, screenshot):
    phone.goto(seeded_server.url + "/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(phone, "reports-phone-dashboard")
    phone.locator("table.stack a[href^='/reports/']").first.click()
    phone.wait_for_url(re.compile(r"/reports/\d+$"))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(phone, "reports-phone-report")
    phone.get_by_role("link", name="Changes since previous").click()
    phone.wait_for_url(re.compile(r"/diff$"))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
