"""Signing in, creating an API token and signing out in real Chromium (CSP violations fail the test)."""

from __future__ import annotations

from sitroom.accounts.users import create_user
from sitroom.store import session_scope

PASSWORD = "correct horse battery staple"


def test_sign_in_create_token_and_sign_out(live_server, page, phone, screenshot):
    with session_scope(live_server.app.state.engine) as s:
        create_user(s, "root", PASSWORD, "admin")
    page.goto(live_server.url + "/account")
    assert page.url.endswith("/login?next=/account")
    page.get_by_label("User name").fill("root")
    page.get_by_label("Password").fill("wrong password!")
    page.get_by_role("button", name="Sign in").click()
    assert "wrong user name or password" in page.get_by_role("alert").inner_text().lower()
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/account")
    page.get_by_label("Name (what the token is for)").fill("nightly export")
    page.get_by_role("button", name="Create token").click()
    token = page.get_by_label("Your new token").input_value()
    assert token.startswith("srt_")
    screenshot(page, "account-token")
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Revoke token nightly export").click()
    page.wait_for_url(live_server.url + "/account")
    assert "revoked" in page.locator("table").inner_text()
    page.goto(live_server.url + "/admin/audit")
    assert "token_revoke" in page.locator("table").inner_text()
    screenshot(page, "admin-audit")
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(live_server.url + "/login")
    phone.goto(live_server.url + "/login")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(phone, "login-phone")
