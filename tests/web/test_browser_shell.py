"""The shell in a real browser: it loads without console errors (so no CSP violation) on desktop and phone."""

from __future__ import annotations


def test_dashboard_loads_in_chromium_without_errors(seeded_server, page, screenshot):
    page.goto(seeded_server.url + "/")
    assert page.title().startswith("Dashboard")
    assert page.evaluate("typeof window.htmx") == "object"  # htmx served locally and allowed by the CSP
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    screenshot(page, "shell-dashboard")


def test_phone_width_has_no_horizontal_scroll(seeded_server, phone):
    phone.goto(seeded_server.url + "/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
