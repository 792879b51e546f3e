"""Sign-in on the web: single-user mode, sessions, CSRF, roles, API tokens, lockout, `serve` safe defaults."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitroom.accounts.tokens import create_token
from sitroom.accounts.users import create_user
from sitroom.cli import app as cli
from sitroom.store import make_engine, session_scope
from sitroom.views import audit as audit_view
from sitroom.web import create_app
from sitroom.web.auth import COOKIE

PASSWORD = "correct horse battery staple"
HTML = {"accept": "text/html"}


def csrf_of(client: TestClient) -> str:
    """The CSRF token of the client's session, read from a page (as a browser's htmx would)."""
    page = client.get("/account", headers=HTML)
    return re.search(r'"X-CSRF-Token": "([^"]+)"', page.text).group(1)


def login(client: TestClient, username: str, password: str = PASSWORD, next_url: str = "/"):
    token = csrf_of(client) if client.cookies.get(COOKIE) else _login_form_token(client)
    form = {"username": username, "password": password, "csrf_token": token, "next": next_url}
    return client.post("/login", data=form, headers=HTML, follow_redirects=False)


def _login_form_token(client: TestClient) -> str:
    page = client.get("/login", headers=HTML)
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


@pytest.fixture
def app_db(db_url):
    """A fresh app on SQLite and PostgreSQL, with its engine for setting accounts up."""
    app = create_app(db_url)
    yield app, app.state.engine
    app.state.engine.dispose()


@pytest.fixture
def client(app_db):
    with TestClient(app_db[0]) as c:
        yield c


def _users(engine, *specs: tuple[str, str]) -> None:
    with session_scope(engine) as s:
        for name, role in specs:
            create_user(s, name, PASSWORD, role, organisations=["Org A"])


def test_single_user_mode_needs_no_sign_in_but_still_checks_csrf(client):
    assert client.get("/", headers=HTML).status_code == 200
    assert client.get("/api/v1/series").status_code == 200
    page = client.get("/account", headers=HTML)
    assert page.status_code == 200 and "single-user mode" in page.text
    assert client.get("/admin/audit", headers=HTML).status_code == 200  # LOCAL is an admin
    assert client.post("/account/tokens", data={"name": "x"}, headers=HTML).status_code == 403
    forged = client.post("/account/tokens", data={"name": "x"}, headers={**HTML, "origin": "https://evil.example"})
    assert forged.status_code == 403


def test_once_a_user_exists_anonymous_gets_nothing_but_health_and_login(client, app_db):
    _users(app_db[1], ("root", "admin"))
    assert client.get("/api/v1/health").status_code == 200
    assert client.get("/login", headers=HTML).status_code == 200
    assert client.get("/static/app.css").status_code == 200
    page = client.get("/reports?series=1", headers=HTML, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=/reports%3Fseries%3D1"
    for path in ("/api/v1/series", "/api/v1/reports", "/api/v1/reports/1"):
        r = client.get(path)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", path
    htmx = client.get("/", headers={**HTML, "hx-request": "true"})
    assert htmx.status_code == 401 and htmx.headers["hx-redirect"] == "/login"


def test_login_and_logout(client, app_db):
    _users(app_db[1], ("root", "admin"))
    bad = login(client, "root", "wrong password!")
    assert bad.status_code == 200 and "wrong user name or password" in bad.text.lower()
    ok = login(client, "root", next_url="/admin/audit")
    assert ok.status_code == 303 and ok.headers["location"] == "/admin/audit"
    audit_page = client.get("/admin/audit", headers=HTML)
    assert audit_page.status_code == 200 and "login_failed" in audit_page.text
    assert ">root<" in client.get("/", headers=HTML).text
    evil = login(client, "root", next_url="//evil.example/x")
    assert evil.headers["location"] == "/"  # no open redirect
    out = client.post("/logout", headers={**HTML, "x-csrf-token": csrf_of(client)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login"
    assert client.get("/", headers=HTML, follow_redirects=False).status_code == 303
    with session_scope(app_db[1], write=False) as s:
        assert [r["action"] for r in audit_view.query(s, user="root")][:3] == ["logout", "login", "login"]


def test_post_without_a_csrf_token_is_refused(client, app_db):
    _users(app_db[1], ("root", "admin"))
    assert login(client, "root").status_code == 303
    assert client.post("/account/tokens", data={"name": "ci"}, headers=HTML).status_code == 403
    assert client.post("/account/tokens", data={"name": "ci", "csrf_token": "forged"}, headers=HTML).status_code == 403
    assert client.post("/logout", headers=HTML).status_code == 403
    good = client.post("/account/tokens", data={"name": "ci", "csrf_token": csrf_of(client)}, headers=HTML)
    assert good.status_code == 201 and "srt_" in good.text
    # the login form itself is protected: a foreign page cannot sign the browser in to another account
    fresh = TestClient(client.app)
    r = fresh.post("/login", data={"username": "root", "password": PASSWORD}, headers=HTML, follow_redirects=False)
    assert r.status_code == 403


def test_reader_cannot_write(client, app_db):
    _users(app_db[1], ("root", "admin"), ("rita", "reader"))
    assert login(client, "rita").status_code == 303
    token = csrf_of(client)
    r = client.post("/api/v1/upload", files={"files": ("a.txt", b"x")}, headers={"x-csrf-token": token})
    assert r.status_code == 403
    page = client.post("/upload", files={"files": ("a.txt", b"x")}, data={"csrf_token": token}, headers=HTML)
    assert page.status_code == 403
    assert client.get("/admin/audit", headers=HTML).status_code == 403
    # but she may manage her own tokens and sign out
    assert client.post("/account/tokens", data={"name": "read", "csrf_token": token}, headers=HTML).status_code == 201
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303


def test_bearer_tokens_work_for_the_api_until_revoked(client, app_db):
    engine = app_db[1]
    _users(engine, ("root", "admin"))
    with session_scope(engine) as s:
        row, token = create_token(s, "root", "ci")
    auth = {"authorization": f"Bearer {token}"}
    assert client.get("/api/v1/series", headers=auth).status_code == 200
    assert client.get("/api/v1/series", headers={"authorization": "Bearer srt_guessed"}).status_code == 401
    # no CSRF token needed with a Bearer token: there is no ambient credential to abuse
    sitrep = b"Sitrep No. 1 - as of 1 April 2020\n\nKEY ISSUES\n\n- Staffing is stable.\n"
    upload = client.post("/api/v1/upload", files={"files": ("s.txt", sitrep)}, headers=auth)
    assert upload.status_code == 200, upload.text
    with session_scope(engine) as s:
        from sitroom.accounts.tokens import list_tokens, revoke_token

        assert list_tokens(s)[0]["last_used_at"] is not None
        revoke_token(s, row.id)
    assert client.get("/api/v1/series", headers=auth).status_code == 401


def test_session_cookie_flags(app_db):
    app, engine = app_db
    _users(engine, ("root", "admin"))
    with TestClient(app) as plain:
        cookie = login(plain, "root").headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    with TestClient(app, base_url="https://testserver") as tls:
        cookie = login(tls, "root").headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "; Secure" in cookie
    with TestClient(app) as forger:  # a cookie that is not signed by the server is ignored
        forger.cookies.set(COOKIE, "eyJ1aWQiOjF9.forged.sig")
        assert forger.get("/", headers=HTML, follow_redirects=False).status_code == 303


def test_disabled_user_is_signed_out_at_once(client, app_db):
    from sitroom.accounts.users import set_disabled

    _users(app_db[1], ("root", "admin"), ("ann", "coordinator"))
    login(client, "ann")
    assert client.get("/", headers=HTML).status_code == 200
    with session_scope(app_db[1]) as s:
        set_disabled(s, "ann", by="root")
    assert client.get("/", headers=HTML, follow_redirects=False).status_code == 303


def test_lockout_and_per_address_rate_limit(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'l.db'}")
    _users(app.state.engine, ("root", "admin"), ("bob", "coordinator"))
    with TestClient(app) as c:
        for _ in range(5):
            assert "wrong user name" in login(c, "bob", "wrong password!").text.lower()
        locked = login(c, "bob")  # locked: even the right password fails now
        assert locked.status_code == 200 and "locked" in locked.text and "location" not in locked.headers
        for _ in range(4):
            login(c, "root", "wrong password!")
        limited = login(c, "root")  # ten failures from this address: it must wait
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
    app.state.engine.dispose()


def test_the_per_address_limit_is_shared_by_every_server_process(tmp_path):
    """Two apps on one store stand for two workers: failures at one count at the other."""
    url = f"sqlite:///{tmp_path / 'w.db'}"
    first, second = create_app(url), create_app(url)
    _users(first.state.engine, ("root", "admin"), *((f"user{n}", "reader") for n in range(10)))
    with TestClient(first) as a, TestClient(second) as b:
        for n in range(5):
            login(a, f"user{n}", "wrong password!")
        for n in range(5, 10):
            login(b, f"user{n}", "wrong password!")  # one failure per account: no account locks
        for c in (a, b):
            limited = login(c, "root")
            assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
    with session_scope(first.state.engine, write=False) as s:
        assert len(audit_view.query(s, action="login_failed")) == 10  # the refused tries were not even checked
    for app in (first, second):
        app.state.engine.dispose()


def test_serve_refuses_a_public_address_without_accounts(tmp_path, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 's.db'}"
    r = runner.invoke(cli, ["serve", "--host", "0.0.0.0", "--db", db])
    assert r.exit_code == 2 and "no user accounts" in r.output and not calls
    r = runner.invoke(cli, ["serve", "--db", db])
    assert r.exit_code == 0 and "single-user mode" in r.output and calls[-1]["host"] == "127.0.0.1"
    r = runner.invoke(cli, ["user", "add", "root", "--role", "admin", "--password-stdin", "--db", db], input=PASSWORD)
    assert r.exit_code == 0 and "sign-in is now required" in r.output
    r = runner.invoke(cli, ["serve", "--host", "0.0.0.0", "--db", db])
    assert r.exit_code == 0 and "single-user" not in r.output and calls[-1]["host"] == "0.0.0.0"
    engine = make_engine(db)
    with session_scope(engine, write=False) as s:
        assert audit_view.query(s, action="create")[0]["user"] == "local"
    engine.dispose()
