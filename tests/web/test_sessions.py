"""Sessions end at once: signing out, a new password and disabling an account kill the old cookie on every
server process (two apps on one store stand for two workers; a real `serve --workers 2` checks it too)."""

from __future__ import annotations

import re

import httpx
import pytest
from fastapi.testclient import TestClient

from sitroom.accounts.users import create_user, set_disabled, set_password
from sitroom.store import make_engine, session_scope
from sitroom.web import create_app
from sitroom.web.auth import COOKIE

from .served import served
from .test_auth import HTML, PASSWORD, csrf_of, login

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def two_workers(db_url):
    """Two apps on one store (as two server processes are) and a signed-in admin and coordinator."""
    first, second = create_app(db_url), create_app(db_url)
    with session_scope(first.state.engine) as s:
        create_user(s, "root", PASSWORD, "admin")
        create_user(s, "ann", PASSWORD, "coordinator", organisations=["Org A"])
    with TestClient(first) as a, TestClient(second) as b:
        yield a, b
    for app in (first, second):
        app.state.engine.dispose()


def _signed_in(a: TestClient, b: TestClient, user: str) -> str:
    """Sign ``user`` in at the first worker; returns the cookie, checked to work at both."""
    assert login(a, user).status_code == 303
    cookie = a.cookies.get(COOKIE)
    b.cookies.set(COOKIE, cookie)
    for c in (a, b):
        assert c.get("/api/v1/series").status_code == 200
    return cookie


def _dead_everywhere(cookie: str, *clients: TestClient) -> None:
    for c in clients:
        c.cookies.clear()
        c.cookies.set(COOKIE, cookie)
        assert c.get("/api/v1/series").status_code == 401
        page = c.get("/", headers=HTML, follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_a_signed_out_cookie_is_dead_at_every_worker(two_workers):
    a, b = two_workers
    cookie = _signed_in(a, b, "ann")
    out = a.post("/logout", headers={**HTML, "x-csrf-token": csrf_of(a)}, follow_redirects=False)
    assert out.status_code == 303
    _dead_everywhere(cookie, a, b)  # a copy of the cookie kept from before does not bring the session back


def test_a_new_password_ends_every_session_of_the_user(two_workers):
    a, b = two_workers
    cookie = _signed_in(a, b, "ann")
    root = TestClient(a.app)
    assert login(root, "root").status_code == 303
    form = {"action": "password", "password": NEW_PASSWORD, "csrf_token": csrf_of(root)}
    assert root.post("/admin/users/ann", data=form, headers=HTML, follow_redirects=False).status_code == 303
    _dead_everywhere(cookie, a, b)
    assert root.get("/api/v1/series").status_code == 200  # the admin's own session is untouched
    fresh = TestClient(b.app)
    assert login(fresh, "ann", NEW_PASSWORD).status_code == 303 and fresh.get("/api/v1/series").status_code == 200


def test_disabling_ends_the_session_and_enabling_does_not_revive_it(two_workers):
    a, b = two_workers
    cookie = _signed_in(a, b, "ann")
    engine = a.app.state.engine
    with session_scope(engine) as s:
        set_disabled(s, "ann", by="root")
    _dead_everywhere(cookie, a, b)
    with session_scope(engine) as s:
        set_disabled(s, "ann", False, by="root")
    _dead_everywhere(cookie, a, b)


def test_the_command_line_password_change_ends_sessions(two_workers):
    a, b = two_workers
    cookie = _signed_in(a, b, "ann")
    with session_scope(a.app.state.engine) as s:
        set_password(s, "ann", NEW_PASSWORD)
    _dead_everywhere(cookie, a, b)


def test_signing_out_ends_only_that_session(two_workers):
    a, b = two_workers
    laptop = _signed_in(a, b, "ann")
    phone = TestClient(b.app)
    assert login(phone, "ann").status_code == 303
    assert phone.post("/logout", headers={**HTML, "x-csrf-token": csrf_of(phone)}).status_code == 200
    a.cookies.clear()
    a.cookies.set(COOKIE, laptop)
    assert a.get("/api/v1/series").status_code == 200


def test_sign_out_holds_across_two_server_processes(tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    engine = make_engine(db)
    with session_scope(engine) as s:
        create_user(s, "root", PASSWORD, "admin")
    engine.dispose()
    with served(db, "--workers", "2", start_within=60) as base:
        with httpx.Client(base_url=base, timeout=10) as browser:
            form_page = browser.get("/login", headers=HTML).text
            token = re.search(r'name="csrf_token" value="([^"]+)"', form_page).group(1)
            form = {"username": "root", "password": PASSWORD, "csrf_token": token, "next": "/"}
            assert browser.post("/login", data=form, headers=HTML).status_code == 303
            cookie = browser.cookies[COOKIE]
            # new connections each time: the kernel spreads them over both processes
            assert {httpx.get(f"{base}/api/v1/series", cookies={COOKIE: cookie}).status_code for _ in range(8)} == {200}
            csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', browser.get("/account", headers=HTML).text).group(1)
            assert browser.post("/logout", headers={**HTML, "x-csrf-token": csrf}).status_code == 303
        statuses = {httpx.get(f"{base}/api/v1/series", cookies={COOKIE: cookie}).status_code for _ in range(8)}
        assert statuses == {401}
