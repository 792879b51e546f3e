"""The Mail page in real Chromium: an admin adds a sender rule, sees a refused one's reason, edits and
deletes a rule, all with plain forms (CSRF tokens included), on desktop and phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect


@pytest.fixture
def admin_page(browser):
    """A desktop page failing on console errors, except the 422 a refused form is answered with (the
    browser logs every 4xx page load, and refusing bad input is what is under test)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" and "status of 422" not in m.text else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert not errors, f"browser console errors: {errors}"


def test_admin_manages_sender_rules_in_the_browser(seeded_server, admin_page, screenshot):
    page = admin_page
    page.goto(seeded_server.url + "/admin/mail")
    expect(page.get_by_role("heading", name="Mail intake")).to_be_visible()
    page.get_by_label("Sender: an address").fill("@north.example")
    page.get_by_label("Organisation", exact=True).fill("Northfield Council")
    page.get_by_label("Series (leave empty").fill("Northfield Council – Children's Services")
    page.get_by_role("button", name="Add rule").click()
    expect(page.get_by_role("status")).to_contain_text("Added the rule for @north.example")
    expect(page.get_by_label("Organisation of @north.example")).to_have_value("Northfield Council")

    page.get_by_label("Sender: an address").fill("nobody")
    page.get_by_label("Organisation", exact=True).fill("Somewhere")
    page.get_by_role("button", name="Add rule").click()
    expect(page.get_by_role("alert")).to_contain_text("must be an address or @domain")
    expect(page.get_by_label("Sender: an address")).to_have_value("nobody")  # kept to correct

    page.goto(seeded_server.url + "/admin/mail")
    page.get_by_label("Organisation of @north.example").fill("Northfield Borough Council")
    page.get_by_role("button", name="Save the rule for @north.example").click()
    expect(page.get_by_role("status")).to_contain_text("Saved the rule for @north.example")
    expect(page.get_by_label("Organisation of @north.example")).to_have_value("Northfield Borough Council")
    screenshot(page, "mail-rules")

    page.get_by_role("button", name="Delete the rule for @north.example").click()
    expect(page.get_by_role("status")).to_contain_text("Deleted the rule for @north.example")
    expect(page.get_by_text("No sender rules yet")).to_be_visible()


def test_mail_page_fits_a_phone(seeded_server, phone):
    phone.goto(seeded_server.url + "/admin/mail")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
